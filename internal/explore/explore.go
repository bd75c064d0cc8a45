// Package explore holds what the recruiter-facing commands compute: role
// cards, comparisons, the skills matrix, the organisation chart, matching
// roles to asked skills, and the scaffold of a new role file. It knows
// nothing of cobra or of the terminal: each command's logic builds plain
// data from a loaded catalogue, and the data renders itself as Markdown
// (for piping, and for glamour on a terminal) and as JSON, CSV or Mermaid
// where the command offers them. Output is deterministic.
//
// The commands call, one per file:
//
//	Card(c, id, lang, size)              -> *CardData; .Markdown(w, opts), .JSON(w)
//	Compare(c, ids, lang, size)          -> *Comparison; .Markdown(w, opts), .JSON(w)
//	Matrix(c, lang, family)              -> *SkillMatrix; .Markdown(w, opts), .CSV(w), .JSON(w)
//	Org(c, lang, size)                   -> *OrgChart; .Text(w, opts), .Markdown(w, opts), .Mermaid(w), .MermaidBlock(w), .JSON(w)
//	ParseAsks(c, specs) + Match(c, asks, mission, lang, size)
//	                                     -> *MatchResult; .Markdown(w, opts), .JSON(w)
//	Scaffold(c, id, ScaffoldOptions{From|Extends}) -> []byte, the YAML of a new role file
//
// lang is "fr" or "en"; size is "small", "medium", "large" or "" for the
// role as written (which describes a medium-size company; Org reads "" as
// medium). Errors are one line, ready to print, and an unknown role is a
// *catalog.UnknownRoleError so the command can map it to a usage error.
// Card and Compare work on a catalogue from catalog.LoadRoles of the ids
// asked (it reads the roles their reporting lines name); Matrix, Org and
// Match need the whole catalogue from catalog.Load.
//
// Texts come from the role files in the language asked, falling back to
// the other language for a user's role written in one language only;
// French output gets French typography. Fixed wording (headings, legends)
// is in labels.go.
package explore

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/internal/role"
)

// Options shape the Markdown and text outputs.
type Options struct {
	// ASCII draws levels as "3/4" and trees with plain characters, for a
	// terminal that cannot show ●○ or box drawing.
	ASCII bool
}

// Width is the widest line the Markdown outputs write: piped, they fit an
// 80-column terminal; laid out by glamour, which keeps a margin of two
// columns each side, they fit it without being reflowed.
const Width = 76

// CardMaxLines is the height a card fits, rendered at 80 columns. The
// card once fitted 40 lines by cutting its notes; now the notes are whole
// and the card also says the titles candidates search, the years asked,
// the sizes, the tools and what the levels mean, which takes the longest
// shipped card to 67 lines at 80 columns. On a shorter terminal the pager
// shows the rest; the notes on the size and the background still give
// way first.
const CardMaxLines = 72

func typography(s, lang string) string { return posting.Typography(s, lang) }

// checkLang refuses a language the catalogue does not carry.
func checkLang(lang string) error {
	if slices.Contains(role.Languages(), lang) {
		return nil
	}
	return fmt.Errorf("unknown language %q; use %s", lang, strings.Join(role.Languages(), " or "))
}

// checkSize refuses an organisation size that is not one of role.Sizes;
// "" is allowed and means the role as written.
func checkSize(size string) error {
	if size == "" || slices.Contains(role.Sizes(), size) {
		return nil
	}
	return fmt.Errorf("unknown company size %q; use %s", size, strings.Join(role.Sizes(), ", "))
}

// text returns t in lang, or in the other language when a user's role
// carries only that one, with the language's typography.
func text(t role.Text, lang string) string {
	if s := t.In(lang); s != "" {
		return typography(s, lang)
	}
	for _, l := range role.Languages() {
		if s := t.In(l); s != "" {
			return typography(s, lang)
		}
	}
	for _, k := range role.SortedKeys(t) {
		return typography(t[k], lang)
	}
	return ""
}

// otherLang is the language shown next to lang (the title in English on a
// French card).
func otherLang(lang string) string {
	for _, l := range role.Languages() {
		if l != lang {
			return l
		}
	}
	return lang
}

// roleTitle is the title of a role of the catalogue, or its id when the
// catalogue did not read it.
func roleTitle(c *catalog.Catalog, id, lang string) string {
	r, err := c.Role(id)
	if err != nil {
		return id
	}
	return text(r.Title, lang)
}

// skillName is the name of a skill, or its id for a skill the catalogue
// lacks (the loader reports those; the outputs never fail on them).
func skillName(c *catalog.Catalog, id, lang string) (name, kind string) {
	s := c.Skill(id)
	if s == nil {
		return id, ""
	}
	return text(s.Name, lang), s.Kind
}

// bar draws a level: ●●●○, or 3/4 in ASCII; an absent skill is blank.
func bar(level int, ascii bool) string {
	if level <= 0 {
		return ""
	}
	level = min(level, role.MaxLevel)
	if ascii {
		return fmt.Sprintf("%d/%d", level, role.MaxLevel)
	}
	return strings.Repeat("●", level) + strings.Repeat("○", role.MaxLevel-level)
}

// wrap breaks s into lines of at most width columns, the first starting
// with first and the others with rest (a list item's bullet and its
// indent). A word longer than a line stands alone on its line.
func wrap(s, first, rest string, width int) []string {
	var lines []string
	cur := first
	empty := true
	// Only ordinary spaces break: a no-break space is there to hold.
	for _, word := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\n' || r == '\t' }) {
		switch {
		case empty:
			cur += word
			empty = false
		case utf8.RuneCountInString(cur)+1+utf8.RuneCountInString(word) <= width:
			cur += " " + word
		default:
			lines = append(lines, cur)
			cur = rest + word
		}
	}
	return append(lines, cur)
}

// doc collects Markdown blocks and writes them separated by blank lines.
type doc struct{ blocks [][]string }

func (d *doc) add(lines ...string) { d.blocks = append(d.blocks, lines) }

func (d *doc) para(s string) { d.add(wrap(s, "", "", Width)...) }

func (d *doc) heading(level int, s string) { d.add(strings.Repeat("#", level) + " " + s) }

// list adds a tight list, each item wrapped under its bullet.
func (d *doc) list(bullet string, items []string) {
	var lines []string
	for _, it := range items {
		lines = append(lines, wrap(it, bullet, strings.Repeat(" ", len(bullet)), Width)...)
	}
	if lines != nil {
		d.add(lines...)
	}
}

// lines is how many lines the document takes.
func (d *doc) lines() int {
	n := max(len(d.blocks)-1, 0)
	for _, b := range d.blocks {
		n += len(b)
	}
	return n
}

func (d *doc) write(w io.Writer) error {
	var b strings.Builder
	for i, block := range d.blocks {
		if i > 0 {
			b.WriteByte('\n')
		}
		for _, l := range block {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// mdEscape keeps a role's text from turning into Markdown markup: a user's
// title with * or _ or a leading # would otherwise change the card.
func mdEscape(s string) string { return mdEscaper().Replace(s) }

// mdEscaper is built on first use, not at start-up.
var mdEscaper = sync.OnceValue(func() *strings.Replacer {
	return strings.NewReplacer(
		`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", `\<`, ">", `\>`, "#", `\#`, "|", `\|`,
	)
})

// writeJSON writes v as indented JSON, the form every JSON output takes.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
