package explore

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/role"
)

// OrgChart is the catalogue's reporting tree at one organisation size.
// Every role of the catalogue is in it exactly once: in a tree, or apart.
type OrgChart struct {
	Lang string `json:"lang"`
	Size string `json:"company_size"`
	// Tops are the posts outside the catalogue the trees report to, each
	// with the roles directly under it.
	Tops []OrgTop `json:"tops"`
	// Apart are the roles outside every tree: reporting outside the
	// catalogue with no one under them, or not existing at this size.
	Apart []ApartRole `json:"apart,omitempty"`
}

// OrgTop is a post outside the catalogue and the roles reporting to it.
type OrgTop struct {
	Outside string     `json:"outside"`
	Roots   []*OrgNode `json:"roles"`
}

// OrgNode is a role in the tree, with the roles reporting to it.
type OrgNode struct {
	Ref
	Children []*OrgNode `json:"manages,omitempty"`
}

// ApartRole is a role outside the tree and why.
type ApartRole struct {
	Ref
	// Outside words the post the role reports to, outside the catalogue.
	Outside string `json:"reports_to,omitempty"`
	// Instead is set when the role does not exist at this size.
	Instead *Ref `json:"instead,omitempty"`
}

// Org builds the reporting tree at an organisation size; "" is a medium
// company, which the role files describe.
func Org(c *catalog.Catalog, lang, size string) (*OrgChart, error) {
	if err := checkLang(lang); err != nil {
		return nil, err
	}
	if err := checkSize(size); err != nil {
		return nil, err
	}
	if size == "" {
		size = "medium"
	}
	o := &OrgChart{Lang: lang, Size: size, Tops: []OrgTop{}, Apart: []ApartRole{}}
	all := allRoles(c)
	shapes := map[string]role.Shape{}
	for _, r := range all {
		shapes[r.ID] = r.ShapeAt(size, "")
	}
	exists := func(id string) bool {
		s, ok := shapes[id]
		return ok && s.Unsuitable == nil
	}
	// A role's own reports_to decides where it stands; the boss's manages
	// only orders the children.
	children := map[string][]string{}
	var tops []string
	for _, r := range all {
		s := shapes[r.ID]
		switch {
		case s.Unsuitable != nil:
		case s.ReportsTo != "" && s.ReportsTo != r.ID && exists(s.ReportsTo):
			children[s.ReportsTo] = append(children[s.ReportsTo], r.ID)
		default:
			tops = append(tops, r.ID)
		}
	}
	for boss, ids := range children {
		order := shapes[boss].Manages
		slices.SortStableFunc(ids, func(a, b string) int { return rank(order, a) - rank(order, b) })
	}
	placed := map[string]bool{}
	var grow func(id string) *OrgNode
	grow = func(id string) *OrgNode {
		placed[id] = true
		n := &OrgNode{Ref: Ref{id, roleTitle(c, id, lang)}}
		for _, ch := range children[id] {
			if !placed[ch] {
				n.Children = append(n.Children, grow(ch))
			}
		}
		return n
	}
	at := map[string]int{}
	for _, id := range tops {
		// A role reporting outside the catalogue heads a tree under that
		// post, even alone: in a small company every role reports to the
		// managing director, and the chart says so.
		outside := outsideOf(c, shapes[id], lang)
		i, ok := at[outside]
		if !ok {
			i = len(o.Tops)
			at[outside] = i
			o.Tops = append(o.Tops, OrgTop{Outside: outside})
		}
		o.Tops[i].Roots = append(o.Tops[i].Roots, grow(id))
	}
	// Apart: unsuitable roles, and roles a reporting cycle (which the
	// loader reports) keeps out of every tree.
	for _, r := range all {
		if placed[r.ID] {
			continue
		}
		a := ApartRole{Ref: Ref{r.ID, roleTitle(c, r.ID, lang)}}
		if u := shapes[r.ID].Unsuitable; u != nil {
			a.Instead = &Ref{u.Instead, roleTitle(c, u.Instead, lang)}
		} else {
			a.Outside = outsideOf(c, shapes[r.ID], lang)
		}
		o.Apart = append(o.Apart, a)
	}
	return o, nil
}

// rank is where id stands in a boss's manages; ids it does not list come
// after, in the order given.
func rank(order []string, id string) int {
	if i := slices.Index(order, id); i >= 0 {
		return i
	}
	return len(order)
}

// outsideOf words the post a role reports to outside the catalogue: its
// reporting text, or the id it names when that role does not exist here.
func outsideOf(c *catalog.Catalog, s role.Shape, lang string) string {
	if t := text(s.Reporting, lang); t != "" {
		return t
	}
	if s.ReportsTo != "" {
		return roleTitle(c, s.ReportsTo, lang)
	}
	return "?"
}

// JSON writes the chart as JSON.
func (o *OrgChart) JSON(w io.Writer) error { return writeJSON(w, o) }

// treeLines draws the trees, each outside post on a line of its own with
// its roles indented under it.
func (o *OrgChart) treeLines(opts Options) []string {
	branch, last, pipe := "├── ", "└── ", "│   "
	if opts.ASCII {
		branch, last, pipe = "|-- ", "`-- ", "|   "
	}
	var lines []string
	var draw func(nodes []*OrgNode, indent string)
	draw = func(nodes []*OrgNode, indent string) {
		for i, n := range nodes {
			mark, more := branch, pipe
			if i == len(nodes)-1 {
				mark, more = last, "    "
			}
			lines = append(lines, indent+mark+n.Title)
			draw(n.Children, indent+more)
		}
	}
	for i, t := range o.Tops {
		if i > 0 {
			lines = append(lines, "")
		}
		lines = append(lines, "("+t.Outside+")")
		draw(t.Roots, "")
	}
	return lines
}

// why words where a role apart stands.
func (a ApartRole) why(wd words) string {
	if a.Instead != nil {
		return wd.f(lInstead, a.Instead.Title)
	}
	return wd.f(lOutside, a.Outside)
}

func (o *OrgChart) apartItems(wd words) []string {
	var items []string
	for _, a := range o.Apart {
		items = append(items, a.Title+wd.colon()+a.why(wd))
	}
	return items
}

// Text writes the chart as an indented tree, then the roles apart.
func (o *OrgChart) Text(w io.Writer, opts Options) error {
	wd := words{o.Lang}
	var doc doc
	doc.add(wd.get(lOrg) + " (" + wd.size(o.Size) + ")")
	doc.add(o.treeLines(opts)...)
	if items := o.apartItems(wd); items != nil {
		var lines []string
		for _, it := range items {
			lines = append(lines, wrap(it, "- ", "  ", Width)...)
		}
		doc.add(append([]string{wd.get(lApart)}, lines...)...)
	}
	return doc.write(w)
}

// Markdown writes the chart with the tree in a code block, which keeps
// its indentation through glamour and on a forge.
func (o *OrgChart) Markdown(w io.Writer, opts Options) error {
	wd := words{o.Lang}
	var doc doc
	doc.heading(1, wd.get(lOrg)+" ("+wd.size(o.Size)+")")
	doc.add(append(append([]string{"```text"}, o.treeLines(opts)...), "```")...)
	if items := o.apartItems(wd); items != nil {
		doc.heading(2, wd.get(lApart))
		for i := range items {
			items[i] = mdEscape(items[i])
		}
		doc.list("- ", items)
	}
	return doc.write(w)
}

// MermaidBlock writes the chart as a fenced ```mermaid block, the form
// GitHub and GitLab draw in a Markdown file: bare, the flowchart shows
// there as text.
func (o *OrgChart) MermaidBlock(w io.Writer) error {
	if _, err := io.WriteString(w, "```mermaid\n"); err != nil {
		return err
	}
	if err := o.Mermaid(w); err != nil {
		return err
	}
	_, err := io.WriteString(w, "```\n")
	return err
}

// Mermaid writes the chart as a bare Mermaid flowchart, what mermaid-cli
// (mmdc) reads from a .mmd file: outside posts as rounded nodes with
// dotted links, the roles apart in a subgraph of their own.
func (o *OrgChart) Mermaid(w io.Writer) error {
	wd := words{o.Lang}
	var b strings.Builder
	b.WriteString("flowchart TD\n")
	var links []string
	var node func(n *OrgNode)
	node = func(n *OrgNode) {
		fmt.Fprintf(&b, "  %s[\"%s\"]\n", mermaidID(n.ID), mermaidLabel(n.Title))
		for _, ch := range n.Children {
			links = append(links, fmt.Sprintf("  %s --> %s\n", mermaidID(n.ID), mermaidID(ch.ID)))
			node(ch)
		}
	}
	for i, t := range o.Tops {
		top := fmt.Sprintf("outside_%d", i+1)
		fmt.Fprintf(&b, "  %s([\"%s\"])\n", top, mermaidLabel(t.Outside))
		for _, r := range t.Roots {
			links = append(links, fmt.Sprintf("  %s -.-> %s\n", top, mermaidID(r.ID)))
			node(r)
		}
	}
	for _, l := range links {
		b.WriteString(l)
	}
	if len(o.Apart) > 0 {
		fmt.Fprintf(&b, "  subgraph apart[\"%s\"]\n", mermaidLabel(wd.get(lApart)))
		for _, a := range o.Apart {
			fmt.Fprintf(&b, "    %s[\"%s<br/>%s\"]\n", mermaidID(a.ID), mermaidLabel(a.Title), mermaidLabel(a.why(wd)))
		}
		b.WriteString("  end\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// mermaidID makes a node id of a role id: letters, digits and
// underscores, prefixed so that no id is a Mermaid keyword ("end").
func mermaidID(id string) string {
	var b strings.Builder
	b.WriteString("r_")
	for _, r := range id {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	return b.String()
}

// mermaidLabel escapes a text for a quoted Mermaid label, with Mermaid's
// own entity codes: a quote would end the label, and < > & # start markup
// or an entity.
func mermaidLabel(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString("#quot;")
		case '#':
			b.WriteString("#35;")
		case '<':
			b.WriteString("#lt;")
		case '>':
			b.WriteString("#gt;")
		case '&':
			b.WriteString("#amp;")
		case '`':
			b.WriteString("#96;")
		case '\n', '\r':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
