package explore

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/messages"
	"github.com/jobdesc/jobdesc/internal/role"
)

// SchemaURL is the JSON Schema the modeline of a new role file names when
// no schema file is beside it: absolute, so that an editor finds it from
// any folder.
const SchemaURL = "https://raw.githubusercontent.com/jobdesc/jobdesc/main/roles/role.schema.json"

// SchemaFile is the name 'jobdesc schema' output is saved under beside
// role files; a new role file's modeline names it when it is there, the
// schema of the version the user runs.
const SchemaFile = "role.schema.json"

// ScaffoldOptions say what a new role file starts from; both empty gives
// a blank role with one example of each part.
type ScaffoldOptions struct {
	From    string // copy this role whole, under the new id
	Extends string // a child of this role, with commented examples
	// Schema is what the modeline names: SchemaURL when empty.
	Schema string
	// Msg words the comments, for the person who edits the file: in the
	// interface language (nil: English).
	Msg *messages.Localizer
}

// Scaffold returns the YAML of a new role file named id, ready to edit:
// the schema modeline, then a comment on each section. The file loads as
// it is in a user's roles folder.
func Scaffold(c *catalog.Catalog, id string, opts ScaffoldOptions) ([]byte, error) {
	if err := role.CheckID(id); err != nil {
		return nil, err
	}
	var out []byte
	var err error
	switch {
	case opts.From != "" && opts.Extends != "":
		return nil, errors.New("a new role copies a role or extends one, not both")
	case opts.Extends == id:
		return nil, fmt.Errorf("role %q cannot extend itself; give the new role another id", id)
	case opts.From != "":
		out, err = scaffoldFrom(opts.Msg, c, id, opts.From)
	case opts.Extends != "":
		out, err = scaffoldChild(opts.Msg, c, id, opts.Extends)
	default:
		out, err = encode(roleNode(opts.Msg, blankRole(c, id), nil), "")
	}
	if err != nil {
		return nil, err
	}
	if opts.Schema != "" {
		out = bytes.Replace(out, []byte("$schema="+SchemaURL), []byte("$schema="+opts.Schema), 1)
	}
	// What we write must read back: a failure here is a bug of ours.
	if _, _, err := catalog.ParseRole(id+".yaml", out); err != nil {
		return nil, fmt.Errorf("scaffold of %s does not parse: %w", id, err)
	}
	return out, nil
}

// scaffoldFrom copies role from under id. Its manages lines are dropped:
// the roles it names report to the original, and would not name the copy.
func scaffoldFrom(msg *messages.Localizer, c *catalog.Catalog, id, from string) ([]byte, error) {
	src, err := c.Role(from)
	if err != nil {
		return nil, err
	}
	r := *src
	r.ID, r.Extends = id, ""
	dropped := slices.Clone(r.Manages)
	r.Manages = nil
	if r.Contexts != nil {
		r.Contexts = map[string]role.Context{}
		for size, ctx := range src.Contexts {
			for _, m := range ctx.Manages {
				if !slices.Contains(dropped, m) {
					dropped = append(dropped, m)
				}
			}
			if len(ctx.Manages) > 0 {
				ctx.Manages = nil
			}
			r.Contexts[size] = ctx
		}
	}
	notes := map[string]string{}
	if len(dropped) > 0 {
		r.Manages = []string{}
		notes["manages"] = msg.T("scaffold.from.manages", from, strings.Join(dropped, ", "), id)
	}
	return encode(roleNode(msg, &r, notes), msg.T("scaffold.from.intro", from))
}

// scaffoldChild writes a child of parent: only what it must override, and
// commented examples of the rest.
func scaffoldChild(msg *messages.Localizer, c *catalog.Catalog, id, parent string) ([]byte, error) {
	p, err := c.Role(parent)
	if err != nil {
		return nil, err
	}
	child := &role.Role{ID: id, Extends: parent}
	notes := map[string]string{}
	// The parent's manages would be inherited, and the roles it names do
	// not report to the child.
	if len(p.Manages) > 0 {
		child.Manages = []string{}
		notes["manages"] = msg.T("scaffold.child.manages", parent, strings.Join(p.Manages, ", "), id)
	}
	for _, size := range role.SortedKeys(p.Contexts) {
		if ctx := p.Contexts[size]; len(ctx.Manages) > 0 {
			if child.Contexts == nil {
				child.Contexts = map[string]role.Context{}
				notes["contexts"] = msg.T("scaffold.child.contexts")
			}
			ctx.Manages = []string{}
			child.Contexts[size] = ctx
		}
	}
	out, err := encode(roleNode(msg, child, notes), msg.T("scaffold.child.intro", parent, parent))
	if err != nil {
		return nil, err
	}
	ex := &role.Role{Title: p.Title, Summary: p.Summary}
	if len(p.Missions) > 0 {
		ex.Missions = p.Missions[:1]
	}
	if len(p.Skills) > 0 {
		s := p.Skills[0]
		s.Level = min(s.Level+1, role.MaxLevel)
		ex.Skills = []role.SkillRef{s}
	}
	examples, err := encode(roleNode(msg, ex, nil), "")
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.Write(out)
	b.WriteString("\n")
	for l := range strings.Lines(msg.T("scaffold.child.examples")) {
		b.WriteString("# " + l)
	}
	b.WriteString("\n#\n")
	for _, l := range strings.Split(strings.TrimSpace(stripComments(examples)), "\n") {
		b.WriteString(strings.TrimRight("# "+l, " ") + "\n")
	}
	return b.Bytes(), nil
}

// stripComments drops the comment lines of YAML we wrote.
func stripComments(y []byte) string {
	var keep []string
	for _, l := range strings.Split(string(y), "\n") {
		if !strings.HasPrefix(strings.TrimSpace(l), "#") && strings.TrimSpace(l) != "" {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "\n")
}

// blankRole is a role with one example of each part, in both languages,
// that loads as it is.
func blankRole(c *catalog.Catalog, id string) *role.Role {
	skill := "communication"
	if c.Skill(skill) == nil && len(c.SkillIDs()) > 0 {
		skill = c.SkillIDs()[0]
	}
	zero, three, six := 0, 3, 6
	return &role.Role{
		ID:        id,
		Family:    "community",
		Title:     role.Text{"fr": "Intitulé du poste", "en": "Job title"},
		Summary:   role.Text{"fr": "Une phrase : ce dont ce poste est seul responsable.", "en": "One sentence: what this role alone is responsible for."},
		Pitch:     role.Text{"fr": "Vous … (deux ou trois phrases adressées à la personne candidate).", "en": "You … (two or three sentences to the candidate)."},
		Reporting: role.Text{"fr": "la direction générale", "en": "the managing director"},
		Notes: role.Notes{
			HireWhen: role.Text{"fr": "Choisissez ce poste quand …", "en": "Choose this role when …"},
			Not:      role.Text{"fr": "Ce n'est pas … (nommez les postes voisins).", "en": "This is not … (name the neighbouring roles)."},
		},
		Missions: []role.Mission{{
			ID: "first-mission", Key: true,
			Title:      role.Text{"fr": "Première mission (un verbe à l'infinitif)", "en": "First mission (an imperative)"},
			Activities: []role.Text{{"fr": "Une activité concrète, de 8 à 20 mots, la plus parlante d'abord", "en": "A concrete activity of 8 to 20 words, the most telling first"}},
		}},
		Skills: []role.SkillRef{{ID: skill, Level: 3, Key: true,
			Offer: role.Text{"fr": "Vous savez … (ce que ce poste fait de la compétence, dit à la personne candidate).", "en": "You can … (what this role does with the skill, to the candidate)."}}},
		Profile: role.Profile{Experience: role.Experience{Junior: &zero, Confirmed: &three, Senior: &six}},
	}
}

// sectionComments explain each top-level key of a role file, in the
// interface language.
func sectionComments(msg *messages.Localizer) map[string]string {
	return map[string]string{
		"id":         msg.T("scaffold.section.id"),
		"extends":    msg.T("scaffold.section.extends"),
		"family":     msg.T("scaffold.section.family"),
		"title":      msg.T("scaffold.section.title"),
		"aliases":    msg.T("scaffold.section.aliases"),
		"summary":    msg.T("scaffold.section.summary"),
		"pitch":      msg.T("scaffold.section.pitch"),
		"reports_to": msg.T("scaffold.section.reports_to"),
		"reporting":  msg.T("scaffold.section.reporting"),
		"manages":    msg.T("scaffold.section.manages"),
		"codes":      msg.T("scaffold.section.codes"),
		"tools":      msg.T("scaffold.section.tools"),
		"notes":      msg.T("scaffold.section.notes"),
		"missions":   msg.T("scaffold.section.missions"),
		"skills":     msg.T("scaffold.section.skills"),
		"profile":    msg.T("scaffold.section.profile"),
		"seniority":  msg.T("scaffold.section.seniority"),
		"contexts":   msg.T("scaffold.section.contexts"),
	}
}

// encode writes a role mapping as a YAML document under the modeline and
// an optional introduction.
func encode(m *yaml.Node, intro string) ([]byte, error) {
	head := "yaml-language-server: $schema=" + SchemaURL
	if intro != "" {
		head += "\n\n" + intro
	}
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(&yaml.Node{Kind: yaml.DocumentNode, HeadComment: head, Content: []*yaml.Node{m}}); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// roleNode lays a role out as the shipped files are written: texts as
// flow mappings, skills one a line, a comment on each section (notes
// override the usual comment of a section).
func roleNode(msg *messages.Localizer, r *role.Role, notes map[string]string) *yaml.Node {
	comments := sectionComments(msg)
	for k, v := range notes {
		comments[k] = v
	}
	m := block()
	put := func(key string, v *yaml.Node) {
		if v == nil {
			return
		}
		k := str(key)
		k.Style = 0
		k.HeadComment = comments[key]
		m.Content = append(m.Content, k, v)
	}
	put("id", nonEmpty(r.ID))
	put("extends", nonEmpty(r.Extends))
	put("family", nonEmpty(r.Family))
	put("title", textNode(r.Title))
	put("aliases", textsNode(r.Aliases))
	put("summary", textNode(r.Summary))
	put("pitch", textNode(r.Pitch))
	if r.ReportsTo != "" || r.Reporting != nil {
		put("reports_to", str(r.ReportsTo))
	}
	put("reporting", textNode(r.Reporting))
	if r.Manages != nil {
		put("manages", strSeq(r.Manages))
	}
	put("codes", codesNode(r.Codes))
	put("tools", textsNode(r.Tools))
	put("notes", some(pairs(block(), "hire_when", textNode(r.Notes.HireWhen), "not", textNode(r.Notes.Not), "history", textNode(r.Notes.History))))
	put("missions", missionsNode(r.Missions))
	if len(r.Skills) > 0 {
		skills := &yaml.Node{Kind: yaml.SequenceNode}
		for _, s := range r.Skills {
			n := pairs(flow(), "id", str(s.ID), "level", num(s.Level))
			if s.Key {
				pairs(n, "key", boolean(true))
			}
			if len(s.Offer) > 0 {
				pairs(n, "offer", textNode(s.Offer))
			}
			skills.Content = append(skills.Content, n)
		}
		put("skills", skills)
	}
	e := r.Profile.Experience
	put("profile", some(pairs(block(),
		"experience", some(pairs(flow(), "junior", intPtr(e.Junior), "confirmed", intPtr(e.Confirmed), "senior", intPtr(e.Senior))),
		"education", textNode(r.Profile.Education),
		"background", textNode(r.Profile.Background),
		"english", nonEmpty(r.Profile.English),
		"english_use", textNode(r.Profile.EnglishUse))))
	put("seniority", some(pairs(block(), "junior", variantNode(r.Seniority.Junior), "senior", variantNode(r.Seniority.Senior))))
	if len(r.Contexts) > 0 {
		ctxs := block()
		sizes := slices.Clone(role.Sizes())
		for _, k := range role.SortedKeys(r.Contexts) {
			if !slices.Contains(sizes, k) {
				sizes = append(sizes, k)
			}
		}
		for _, size := range sizes {
			if ctx, ok := r.Contexts[size]; ok {
				pairs(ctxs, size, contextNode(ctx))
			}
		}
		put("contexts", ctxs)
	}
	return m
}

func contextNode(c role.Context) *yaml.Node {
	n := pairs(block(), "note", textNode(c.Note))
	if c.ReportsTo != nil {
		pairs(n, "reports_to", str(*c.ReportsTo))
	}
	pairs(n, "reporting", textNode(c.Reporting))
	if c.Manages != nil {
		pairs(n, "manages", strSeq(c.Manages))
	}
	pairs(n, "works_with", textNode(c.WorksWith))
	if c.Drop != nil {
		pairs(n, "drop", strSeq(c.Drop))
	}
	pairs(n, "missions", missionsNode(c.Missions), "swap_tools", strMap(c.SwapTools), "tools", textsNode(c.Tools), "english", nonEmpty(c.English), "english_use", textNode(c.EnglishUse))
	if u := c.Unsuitable; u != nil {
		pairs(n, "unsuitable", unsuitableNode(u))
	}
	if len(n.Content) == 0 {
		n.Style = yaml.FlowStyle // {}
	}
	return n
}

func variantNode(v role.Variant) *yaml.Node {
	if v.IsZero() {
		return nil
	}
	n := block()
	if v.Pitch != nil {
		pairs(n, "pitch", textNode(v.Pitch))
	}
	if v.Education != nil {
		pairs(n, "education", textNode(v.Education))
	}
	if v.Drop != nil {
		pairs(n, "drop", strSeq(v.Drop))
	}
	return pairs(n, "missions", missionsNode(v.Missions))
}

func missionsNode(ms []role.Mission) *yaml.Node {
	if len(ms) == 0 {
		return nil
	}
	seq := &yaml.Node{Kind: yaml.SequenceNode}
	for _, m := range ms {
		n := pairs(block(), "id", str(m.ID))
		if m.Key {
			pairs(n, "key", boolean(true))
		}
		if m.Replaces != "" {
			pairs(n, "replaces", str(m.Replaces))
		}
		if m.After != "" {
			pairs(n, "after", str(m.After))
		}
		acts := &yaml.Node{Kind: yaml.SequenceNode}
		for _, a := range m.Activities {
			acts.Content = append(acts.Content, textNode(a))
		}
		seq.Content = append(seq.Content, pairs(n, "title", textNode(m.Title), "activities", acts))
	}
	return seq
}

func codesNode(c role.Codes) *yaml.Node {
	return some(pairs(block(), "rome", nonEmpty(c.ROME), "rome_note", textNode(c.ROMENote), "esco", nonEmpty(c.ESCO), "isco", nonEmpty(c.ISCO)))
}

// textNode writes {fr: "…", en: "…"}, the supported languages first.
func textNode(t role.Text) *yaml.Node {
	if len(t) == 0 {
		return nil
	}
	n := flow()
	for _, l := range langOrder(t) {
		pairs(n, l, str(t[l]))
	}
	return n
}

func textsNode(t role.Texts) *yaml.Node {
	if len(t) == 0 {
		return nil
	}
	n := block()
	for _, l := range langOrder(t) {
		pairs(n, l, strSeq(t[l]))
	}
	return n
}

// langOrder is the languages of a text, the supported ones first.
func langOrder[V any](t map[string]V) []string {
	var out []string
	for _, l := range role.Languages() {
		if _, ok := t[l]; ok {
			out = append(out, l)
		}
	}
	for _, l := range role.SortedKeys(t) {
		if !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}

func block() *yaml.Node { return &yaml.Node{Kind: yaml.MappingNode} }

func flow() *yaml.Node { return &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle} }

// pairs appends key/value pairs to mapping m, leaving out nil values.
func pairs(m *yaml.Node, kv ...any) *yaml.Node {
	for i := 0; i+1 < len(kv); i += 2 {
		if v, _ := kv[i+1].(*yaml.Node); v != nil {
			m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: kv[i].(string)}, v)
		}
	}
	return m
}

// some is m, or nil when m is empty so its key is left out.
func some(m *yaml.Node) *yaml.Node {
	if len(m.Content) == 0 {
		return nil
	}
	return m
}

func str(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s, Style: yaml.DoubleQuotedStyle}
}

func nonEmpty(s string) *yaml.Node {
	if s == "" {
		return nil
	}
	return str(s)
}

func num(n int) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(n)}
}

func intPtr(p *int) *yaml.Node {
	if p == nil {
		return nil
	}
	return num(*p)
}

func boolean(b bool) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: strconv.FormatBool(b)}
}

// strMap is a flow mapping of m's keys in order, or nil when m is empty.
func strMap(m map[string]string) *yaml.Node {
	if len(m) == 0 {
		return nil
	}
	n := flow()
	for _, k := range role.SortedKeys(m) {
		pairs(n, k, str(m[k]))
	}
	return n
}

func strSeq(ss []string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
	for _, s := range ss {
		n.Content = append(n.Content, str(s))
	}
	return n
}

func unsuitableNode(u *role.Unsuitable) *yaml.Node {
	n := pairs(block(), "instead", str(u.Instead), "note", textNode(u.Note))
	if len(u.Seniority) > 0 {
		pairs(n, "seniority", strSeq(u.Seniority))
	}
	return n
}
