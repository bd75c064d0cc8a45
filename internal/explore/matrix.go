package explore

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

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
	// families are the roles' families, in the order of Roles.
	families []string
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
			m.families = append(m.families, r.Family)
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

// Terminal writes the matrix for a terminal width columns wide: a table
// per family, a narrow numbered column per role with the roles in a
// legend under it, and skill names wrapped at spaces within their column.
// Nothing is cut and no word is broken: a word wider than its column is
// left to overflow.
func (m *SkillMatrix) Terminal(w io.Writer, width int) error {
	wd := words{m.Lang}
	var b strings.Builder
	for _, fam := range role.SortedKeys(setOf(m.families)) {
		var cols []int // the family's roles, by index in m.Roles
		for i, f := range m.families {
			if f == fam {
				cols = append(cols, i)
			}
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(strings.ToUpper(wd.family(fam)) + "\n\n")
		codes := len(strconv.Itoa(len(cols))) + 1 // a code and its space
		longest := ansi.StringWidth(wd.get(lSkill))
		for _, r := range m.Rows {
			longest = max(longest, ansi.StringWidth(r.Name)+2)
		}
		nameWidth := min(longest, max(width-codes*len(cols)-1, 12))
		cell := func(name string, levels []string) {
			lines := wrapWords(name, nameWidth)
			for i, line := range lines {
				b.WriteString(line)
				if i == len(lines)-1 {
					b.WriteString(strings.Repeat(" ", max(nameWidth-ansi.StringWidth(line), 0)))
					for _, l := range levels {
						b.WriteString(fmt.Sprintf(" %*s", codes-1, l))
					}
				}
				b.WriteByte('\n')
			}
		}
		head := make([]string, len(cols))
		for k := range cols {
			head[k] = strconv.Itoa(k + 1)
		}
		cell(wd.get(lSkill), head)
		kind := "-"
		for _, s := range m.Rows {
			levels, asked := make([]string, len(cols)), false
			for k, i := range cols {
				if levels[k] = level(s.Levels[i]); levels[k] == "" {
					levels[k] = "·"
				} else {
					asked = true
				}
			}
			if !asked {
				continue
			}
			if s.Kind != kind {
				kind = s.Kind
				b.WriteString(wd.kind(kind) + "\n")
			}
			cell("  "+s.Name, levels)
		}
		b.WriteByte('\n')
		for k, i := range cols {
			for _, line := range wrapWords(fmt.Sprintf("%*d  %s (%s)", codes-1, k+1, m.Roles[i].Title, m.Roles[i].ID), width) {
				b.WriteString(line + "\n")
			}
		}
	}
	_, err := io.WriteString(w, trimLines(b.String()))
	return err
}

// setOf is the set of ss.
func setOf(ss []string) map[string]bool {
	m := map[string]bool{}
	for _, s := range ss {
		m[s] = true
	}
	return m
}

// wrapWords cuts s into lines of at most width columns at spaces; a word
// wider than width is a line of its own, whole. A continuation line keeps
// s's indent and two spaces more.
func wrapWords(s string, width int) []string {
	body := strings.TrimLeft(s, " ")
	indent := s[:len(s)-len(body)]
	var lines []string
	line := indent
	for _, word := range strings.Fields(body) {
		switch {
		case line == indent || line == indent+"  ":
			line += word
		case ansi.StringWidth(line)+1+ansi.StringWidth(word) > width:
			lines = append(lines, line)
			line = indent + "  " + word
		default:
			line += " " + word
		}
	}
	return append(lines, line)
}

// trimLines drops the spaces that pad the ends of lines.
func trimLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}
