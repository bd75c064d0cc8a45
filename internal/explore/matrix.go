package explore

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/strictyaml"
	"github.com/jobdesc/jobdesc/internal/term"
)

// SkillMatrix is the skills × roles table: a row per skill any of the
// roles asks, grouped by kind, a column per role.
type SkillMatrix struct {
	Lang   string     `json:"lang"`
	Family string     `json:"family,omitempty"`
	Roles  []Ref      `json:"roles"`
	Rows   []SkillRow `json:"skills"`
}

// Matrix builds the skills matrix of every role of the catalogue, or of
// one family's roles.
func Matrix(c *catalog.Catalog, lang, family string) (*SkillMatrix, error) {
	if err := checkLang(lang); err != nil {
		return nil, err
	}
	if err := checkFamily(c, family); err != nil {
		return nil, err
	}
	m := &SkillMatrix{Lang: lang, Family: family}
	var skills [][]role.SkillRef
	for _, r := range allRoles(c) {
		if family == "" || r.Family == family {
			m.Roles = append(m.Roles, Ref{r.ID, text(r.Title, lang)})
			skills = append(skills, r.Skills)
		}
	}
	m.Rows = skillRows(c, skills, lang)
	return m, nil
}

// allRoles returns the catalogue's roles in id order, leaving out those a
// partial load did not read.
func allRoles(c *catalog.Catalog) []*role.Role {
	var out []*role.Role
	for _, id := range c.IDs() {
		if r, err := c.Role(id); err == nil {
			out = append(out, r)
		}
	}
	return out
}

// Families returns the families the catalogue's roles belong to, sorted:
// the values of a --family flag.
func Families(c *catalog.Catalog) []string {
	seen := map[string]bool{}
	for _, r := range allRoles(c) {
		if r.Family != "" {
			seen[r.Family] = true
		}
	}
	return role.SortedKeys(seen)
}

func checkFamily(c *catalog.Catalog, family string) error {
	if family == "" {
		return nil
	}
	all := Families(c)
	for _, f := range all {
		if f == family {
			return nil
		}
	}
	if near := strictyaml.Closest(family, all); near != "" {
		return fmt.Errorf("unknown family %q; did you mean %q?", family, near)
	}
	return fmt.Errorf("unknown family %q; use one of %s", family, strings.Join(all, ", "))
}

// JSON writes the matrix as JSON.
func (m *SkillMatrix) JSON(w io.Writer) error { return writeJSON(w, m) }

// CSV writes the matrix with a header row: kind, skill id, skill name,
// then one column per role id; a role that does not ask a skill has an
// empty cell.
func (m *SkillMatrix) CSV(w io.Writer) error {
	cw := term.NewCSVWriter(w)
	head := []string{"kind", "skill", "name"}
	for _, r := range m.Roles {
		head = append(head, r.ID)
	}
	_ = cw.Write(head)
	for _, s := range m.Rows {
		row := []string{s.Kind, s.ID, s.Name}
		for _, l := range s.Levels {
			row = append(row, level(l))
		}
		_ = cw.Write(row)
	}
	return cw.Flush()
}

// level is a level as a cell: its digit, empty for a skill not asked.
func level(l *int) string {
	if l == nil {
		return ""
	}
	return strconv.Itoa(*l)
}

// Markdown writes the matrix as a table, levels as digits (1 basics to 4
// expert) so that every role keeps a narrow column, a bold row heading
// each kind of skill.
func (m *SkillMatrix) Markdown(w io.Writer, _ Options) error {
	wd := words{m.Lang}
	var doc doc
	title := wd.get(lMatrix)
	if m.Family != "" {
		title += " (" + wd.family(m.Family) + ")"
	}
	doc.heading(1, title)
	head := []string{wd.get(lSkill)}
	for _, r := range m.Roles {
		head = append(head, mdEscape(r.Title))
	}
	rows := [][]string{head}
	kind := "-"
	for _, s := range m.Rows {
		if s.Kind != kind {
			kind = s.Kind
			rows = append(rows, kindRow(wd, kind, len(m.Roles)))
		}
		row := []string{mdEscape(s.Name)}
		for _, l := range s.Levels {
			row = append(row, level(l))
		}
		rows = append(rows, row)
	}
	doc.add(table(rows)...)
	return doc.write(w)
}
