package lint

import (
	"bytes"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/internal/render"
)

// Document is a posting to lint: its language, where it comes from, and
// its text with markup removed, mapped back to the source so every finding
// points at the line and column a person sees in their editor.
type Document struct {
	File    string
	Lang    string // fr or en
	Country string // ISO 3166-1 alpha-2 of the job's place, upper-case; empty when unknown
	// LangDetected: no language was given, Lang is what the text reads as.
	LangDetected bool
	// CountryFrom says what in the text Country was inferred from; empty
	// when the caller gave the country (or none was found).
	CountryFrom string
	// countryGiven: Country and CountryFrom are the caller's, not to be
	// inferred from the text (FromPosting).
	countryGiven bool
	// Facts, when set, are what the caller knows for certain about the
	// posting (a posting jobdesc renders); the completeness, pay and dating
	// rules trust them over what they guess from the text.
	Facts *Facts
	// Ignore are the rules the posting's role silences (its lint.ignore).
	Ignore []string

	src      string
	lines    []int    // offset of each source line's first byte
	runes    []int    // runes[k]: how many code points src holds before byte k*runeStep
	text     string   // the words a reader sees; blocks are separated by a blank line
	low      string   // text in lower case, byte for byte aligned with text
	anchors  []anchor // where runs of text start in the source
	headings []heading
	items    []item
	links    []string // link targets that are not in the text (HTML href)
	title    string   // the page title of an HTML document
	money    []string // moneyKeys, once found
}

// Facts are the structured facts of a posting. When a document carries
// them, rules do not guess from headings.
type Facts struct {
	Title        string // the job title as published
	Missions     int    // how many missions (or key responsibilities) the posting lists
	Profile      bool   // a section says what the candidate brings
	Conditions   bool   // a section gives the pay, contract and benefits
	Apply        bool   // a section says how to apply
	Salary       bool   // a pay amount or range is published
	Posted       bool   // the posting carries the date it was published
	Location     bool
	Contract     bool
	ApplyChannel bool // an e-mail address or a link to apply
	// ValidThrough: the posting says until when it is open (JSON-LD
	// validThrough); read only when JobBoardChecked.
	ValidThrough bool
	// FrenchVersion: a French version is published beside this one, as
	// Code du travail L5331-4 allows for a job in France.
	FrenchVersion bool
	// JobBoard lists what the posting's JSON-LD lacks that Google for Jobs
	// requires; read only when JobBoardChecked.
	JobBoard        []render.MissingError
	JobBoardChecked bool
	// The terms and pay the values gave, the seniority asked, whether the
	// posting manages anyone and whether its role is a head-of role: what
	// the minimum-wage, status and on-call rules weigh.
	Terms     posting.Terms
	Pay       *posting.Pay
	Seniority string
	Manages   bool
	Lead      bool
}

type anchor struct{ t, s int }

type heading struct {
	level int
	t     int    // text offset of the heading's first byte
	text  string // folded
}

type item struct{ t int }

// Format is the syntax of a posting written elsewhere.
type Format int

// The formats a posting can be read from.
const (
	Text Format = iota
	Markdown
	HTML
)

// FormatOf guesses a format from a file name's extension.
func FormatOf(name string) (Format, error) {
	i := strings.LastIndexByte(name, '.')
	ext := ""
	if i >= 0 {
		ext = strings.ToLower(name[i+1:])
	}
	switch ext {
	case "md", "markdown":
		return Markdown, nil
	case "txt", "text":
		return Text, nil
	case "html", "htm":
		return HTML, nil
	}
	return 0, fmt.Errorf("%s: cannot tell the format of a %q file; use .md, .txt or .html", name, "."+ext)
}

// Parse reads a posting in a format. lang is fr or en, or empty to detect
// it from the text.
func Parse(file, lang string, f Format, src []byte) (*Document, error) {
	switch lang {
	case "fr", "en", "":
	default:
		return nil, fmt.Errorf("unknown language %q; use fr or en", lang)
	}
	if !utf8.Valid(src) {
		return nil, fmt.Errorf("%s: not UTF-8 text; convert it to UTF-8 first", file)
	}
	src = bytes.TrimPrefix(src, []byte("\ufeff"))
	b := &builder{src: string(src), anchors: make([]anchor, 0, len(src)/16)}
	b.text.Grow(len(src))
	switch f {
	case Markdown:
		b.markdown()
	case HTML:
		b.html()
	default:
		b.plain()
	}
	d := &Document{File: file, Lang: lang, src: b.src, text: b.text.String(), anchors: b.anchors,
		headings: b.headings, items: b.items, links: b.links, title: b.title}
	d.low = fold(d.text)
	for i := range d.headings {
		h := &d.headings[i]
		h.text = strings.TrimSpace(d.low[h.t:h.end(d)])
	}
	if lang == "" {
		d.Lang, d.LangDetected = detectLang(d.low, d.headings), true
	}
	d.addLabels(b.labels)
	d.index()
	return d, nil
}

// ParseMarkdown reads a Markdown posting.
func ParseMarkdown(file, lang string, src []byte) (*Document, error) {
	return Parse(file, lang, Markdown, src)
}

// end is where a heading's text stops: the next block break.
func (h heading) end(d *Document) int {
	if i := strings.Index(d.text[h.t:], "\n\n"); i >= 0 {
		return h.t + i
	}
	return len(d.text)
}

// position turns an offset in the text into a 1-based line and column of
// the source, counting columns in code points.
func (d *Document) position(t int) (line, col int) {
	s := 0
	if i := sort.Search(len(d.anchors), func(i int) bool { return d.anchors[i].t > t }) - 1; i >= 0 {
		a := d.anchors[i]
		s = a.s + t - a.t
		if i+1 < len(d.anchors) && s > d.anchors[i+1].s {
			s = d.anchors[i+1].s
		}
	}
	s = min(s, len(d.src))
	l := sort.Search(len(d.lines), func(i int) bool { return d.lines[i] > s }) - 1
	if s-d.lines[l] <= runeStep {
		return l + 1, runeStarts(d.src[d.lines[l]:s]) + 1 // a line of a few words: counted whole
	}
	return l + 1, d.runesBefore(s) - d.runesBefore(d.lines[l]) + 1
}

// runeStep is how many bytes of source one entry of Document.runes covers.
const runeStep = 1024

// index records where the source's lines start.
func (d *Document) index() {
	d.lines = append(make([]int, 0, len(d.src)/40+1), 0)
	for i := 0; ; {
		j := strings.IndexByte(d.src[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
		d.lines = append(d.lines, i)
	}
}

// countRunes records how many code points come before every runeStep
// bytes: a column is then counted over at most runeStep bytes, not from
// the start of its line, which on a posting of one long line made placing
// its findings quadratic. Only a finding on a line that long needs it, so
// it is counted then: a rendered posting's lines are short.
func (d *Document) countRunes() {
	d.runes = make([]int, 0, len(d.src)/runeStep+1)
	n := 0
	for k := 0; k < len(d.src); k += runeStep {
		d.runes = append(d.runes, n)
		n += runeStarts(d.src[k:min(k+runeStep, len(d.src))])
	}
}

// runeStarts counts the bytes of s that start a code point.
func runeStarts(s string) int {
	n := len(s)
	for i := 0; i < len(s); i++ {
		if s[i]&0xc0 == 0x80 {
			n--
		}
	}
	return n
}

// runesBefore counts the code points of the (valid UTF-8) source before
// byte offset s.
func (d *Document) runesBefore(s int) int {
	if d.runes == nil {
		d.countRunes()
	}
	k := s / runeStep
	if k >= len(d.runes) {
		k = len(d.runes) - 1
	}
	if k < 0 {
		return 0
	}
	n := d.runes[k]
	for i := k * runeStep; i < s; i++ {
		if utf8.RuneStart(d.src[i]) {
			n++
		}
	}
	return n
}

// fold lowers text without changing a byte offset: a rune whose lower case
// has another length stays as it is, and the no-break spaces French
// typography puts before ":" become plain spaces so patterns see them.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	from := 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) && !foldable8(s[i:i+8]) {
			i += 8
			continue // most of a text: eight bytes at a time
		}
		c := s[i]
		if c < utf8.RuneSelf && (c < 'A' || 'Z' < c) {
			i++
			continue // the common case, copied by runs
		}
		if c == 0xc3 && i+1 < len(s) && s[i+1] >= 0xa0 && s[i+1] <= 0xbf {
			i += 2
			continue // à to ÿ: lower case already
		}
		b.WriteString(s[from:i])
		if c < utf8.RuneSelf {
			b.WriteByte(c + 'a' - 'A')
			i++
			from = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\u00a0':
			b.WriteString("  ")
		case r == '\u202f' || r == '\u2009' || r == '\u2007':
			b.WriteString("   ")
		default:
			l := unicode.ToLower(r)
			if utf8.RuneLen(l) != size {
				l = r
			}
			b.WriteRune(l)
		}
		i += size
		from = i
	}
	b.WriteString(s[from:])
	return b.String()
}

// foldable8 says whether 8 bytes hold one that fold may change: beyond
// ASCII, or an ASCII capital. Each byte below 0x80 plus 0x3f reaches the
// high bit from 'A' up, plus 0x25 from past 'Z' up, with no carry into
// the next byte.
func foldable8(s string) bool {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	return x&high != 0 || (x+0x3f*ones)&^(x+0x25*ones)&high != 0
}

// builder writes the text of a document and remembers where each run of it
// came from.
type builder struct {
	src      string
	text     strings.Builder
	anchors  []anchor
	headings []heading
	items    []item
	links    []string
	title    string
	// labels are one-line paragraphs right above a list ("What we're
	// after", then "- ..."): section labels written without markup, kept
	// as headings once the language says they name a section.
	labels []heading
}

// emit appends src[s:s+len(str)], which is str.
func (b *builder) emit(s int, str string) {
	if str == "" {
		return
	}
	t := b.text.Len()
	if n := len(b.anchors); n == 0 || b.anchors[n-1].s+t-b.anchors[n-1].t != s {
		b.anchors = append(b.anchors, anchor{t, s})
	}
	b.text.WriteString(str)
}

// put appends text that stands for the source at s but is not a copy of it.
func (b *builder) put(s int, str string) {
	b.anchors = append(b.anchors, anchor{b.text.Len(), s})
	b.text.WriteString(str)
	// A sentinel anchor so the next emit starts a run of its own.
	b.anchors = append(b.anchors, anchor{b.text.Len(), s + 1})
}

// brk ends a block: a heading, a list item, a paragraph.
func (b *builder) brk(s int) {
	str := b.text.String()
	switch {
	case str == "" || strings.HasSuffix(str, "\n\n"):
	case strings.HasSuffix(str, "\n"):
		b.put(s, "\n")
	default:
		b.put(s, "\n\n")
	}
}

func (b *builder) heading(level int) {
	b.headings = append(b.headings, heading{level: level, t: b.text.Len()})
}

// lines calls fn with each source line (without its end of line) and its offset.
func (b *builder) eachLine(fn func(s int, line string)) {
	for s := 0; s < len(b.src); {
		e := strings.IndexByte(b.src[s:], '\n')
		next := s + e + 1
		if e < 0 {
			e, next = len(b.src)-s, len(b.src)
		}
		fn(s, strings.TrimSuffix(b.src[s:s+e], "\r"))
		s = next
	}
}

// bullet returns the length of a list marker and the space after it.
func bullet(line string, markers string) int {
	i := len(line) - len(strings.TrimLeft(line, " \t"))
	j := i
	for j < len(line) && j-i < 3 && '0' <= line[j] && line[j] <= '9' {
		j++
	}
	if j > i && j < len(line) && (line[j] == '.' || line[j] == ')') {
		j++
	} else {
		r, size := utf8.DecodeRuneInString(line[i:])
		if size == 0 || !strings.ContainsRune(markers, r) {
			return 0
		}
		j = i + size
	}
	if j < len(line) && (line[j] == ' ' || line[j] == '\t') {
		return j + 1
	}
	return 0
}

func (b *builder) plain() {
	prevBlank := true
	b.eachLine(func(s int, line string) {
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "":
			b.brk(s)
			prevBlank = true
			return
		case bullet(line, "-*•–·▪◦‣+") > 0:
			n := bullet(line, "-*•–·▪◦‣+")
			b.brk(s)
			b.items = append(b.items, item{b.text.Len()})
			b.emit(s+n, line[n:])
		case len(b.headings) == 0 && b.text.Len() == 0:
			b.heading(1)
			b.emit(s, line)
			b.brk(s + len(line))
		case prevBlank && looksLikeHeading(trimmed) || colonLabel(trimmed):
			b.brk(s)
			b.heading(2)
			b.emit(s, line)
			b.brk(s + len(line))
		default:
			if str := b.text.String(); str != "" && !strings.HasSuffix(str, "\n") {
				b.put(s, "\n")
			}
			b.emit(s, line)
		}
		prevBlank = false
	})
}

// symbolBullet returns the length of a symbol that opens a line as a
// list marker ("✅ Picking orders", "👉 Vous gérez…", "• Packing") and
// the space after it, 0 when the line opens otherwise. A bold label
// after the symbol ("💵 **Pay:** …") is a line of its own kind, not an item.
func symbolBullet(line string) int {
	i := len(line) - len(strings.TrimLeft(line, " \t"))
	r, size := utf8.DecodeRuneInString(line[i:])
	if size == 0 || !unicode.Is(unicode.So, r) && !strings.ContainsRune("•–·▪◦‣→", r) {
		return 0
	}
	j := i + size
	if v, n := utf8.DecodeRuneInString(line[j:]); v == '\ufe0f' {
		j += n
	}
	if j < len(line) && line[j] == ' ' && !strings.HasPrefix(line[j+1:], "**") {
		return j + 1
	}
	return 0
}

// capsLabel says whether a line is a short label in capitals alone
// ("HOW TO APPLY", "VOTRE PROFIL"), as plain-text postings mark their
// sections.
func capsLabel(line string) bool {
	letters := false
	for _, r := range line {
		switch {
		case unicode.IsLower(r) || unicode.IsDigit(r):
			return false // most lines, at their first word
		case unicode.IsLetter(r):
			letters = true
		}
	}
	line = strings.TrimSuffix(strings.TrimSpace(line), ":")
	return letters && strings.Count(line, " ") >= 1 && looksLikeHeading(line)
}

// boldLabel says whether a line is bold text alone, short enough to be
// a section's label ("**Your profile**", "👷 **Le profil qu'on
// cherche**", "**Benefits:**"), a symbol before it allowed.
func boldLabel(line string) bool {
	line = strings.TrimRight(line, " \t")
	i := strings.Index(line, "**")
	if i < 0 || !strings.HasSuffix(line, "**") && !strings.HasSuffix(line, "**:") || strings.IndexFunc(line[:i], unicode.IsLetter) >= 0 ||
		strings.IndexFunc(line[:i], unicode.IsDigit) >= 0 {
		return false
	}
	inner := strings.TrimSuffix(strings.TrimSuffix(line[i+2:], ":"), "**")
	inner = strings.TrimSpace(strings.TrimSuffix(inner, ":"))
	// an employer's name and address in bold ("**Greenhaven, Osborne
	// Park WA 6017**") is no section's label; a position's number is
	// ("**Position 2 – Front-of-House Hostess**")
	return inner != "" && !strings.Contains(inner, "**") && !strings.Contains(inner, ",") && !longNumber(inner) && looksLikeHeading(inner)
}

// longNumber says whether s holds a run of three digits or more: a
// postcode or a street number, where a heading numbers its part with one
// or two.
func longNumber(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			if run++; run >= 3 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// colonLabel says whether a line is a label ending in a colon ("Who
// you are:", "Requirements:"): a heading where no markup says one.
func colonLabel(line string) bool {
	line = strings.TrimRight(line, " \t")
	return strings.HasSuffix(line, ":") && looksLikeHeading(line)
}

// looksLikeHeading: a short line with no sentence punctuation at its end.
func looksLikeHeading(line string) bool {
	if strings.ContainsAny(line[len(line)-1:], ".,;!?") {
		return false
	}
	return len(strings.Fields(line)) <= 8
}

func (b *builder) markdown() {
	fence := ""
	// label is the text offset of a one-line paragraph that may name
	// the list below it, -1 when the last block is none.
	label := -1
	b.eachLine(func(s int, line string) {
		trimmed := strings.TrimLeft(line, " ")
		indent := len(line) - len(trimmed)
		if fence != "" {
			if strings.HasPrefix(trimmed, fence) {
				fence = ""
			}
			return
		}
		blank := strings.TrimSpace(line) == ""
		listItem := !blank && (bullet(line, "-*+") > 0 || symbolBullet(line) > 0)
		if listItem && label >= 0 {
			b.labels = append(b.labels, heading{level: 2, t: label})
		}
		if !blank {
			label = -1
		}
		switch {
		case strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~"):
			fence = trimmed[:3]
			b.brk(s)
		case strings.TrimSpace(line) == "" || thematicBreak(trimmed):
			b.brk(s)
		case indent < 4 && strings.HasPrefix(trimmed, "#"):
			n := len(trimmed) - len(strings.TrimLeft(trimmed, "#"))
			rest := trimmed[n:]
			if n > 6 || (rest != "" && rest[0] != ' ' && rest[0] != '\t') {
				b.inline(s, line)
				return
			}
			content := strings.TrimRight(strings.TrimRight(strings.TrimSpace(rest), "#"), " ")
			b.brk(s)
			b.heading(n)
			if content != "" {
				b.inline(s+strings.Index(line, content), content)
			}
			b.brk(s + len(line))
		case indent < 4 && (boldLabel(trimmed) || capsLabel(trimmed)):
			// "**What you'll do**" alone on its line, as many job boards
			// lay out a posting: a heading by its place, not its markup.
			b.brk(s)
			b.heading(2)
			b.inline(s+indent, trimmed)
			b.brk(s + len(line))
		case bullet(line, "-*+") > 0 || symbolBullet(line) > 0:
			n := max(bullet(line, "-*+"), symbolBullet(line))
			b.brk(s)
			b.items = append(b.items, item{b.text.Len()})
			b.inline(s+n, line[n:])
		case strings.HasPrefix(trimmed, ">"):
			n := indent + 1
			if n < len(line) && line[n] == ' ' {
				n++
			}
			b.paragraphLine(s+n, line[n:])
		case strings.HasPrefix(trimmed, "|"):
			if strings.Trim(trimmed, "|-: ") == "" {
				return
			}
			b.brk(s)
			b.inline(s, line)
			b.brk(s + len(line))
		case indent < 4 && colonLabel(trimmed):
			// "Who you are:" above a list: a section's label, as job
			// boards lay out postings without markup.
			b.brk(s)
			b.heading(2)
			b.inline(s+indent, trimmed)
			b.brk(s + len(line))
		default:
			if str := b.text.String(); indent < 4 && (str == "" || strings.HasSuffix(str, "\n\n")) && looksLikeHeading(strings.TrimSpace(trimmed)) {
				label = b.text.Len()
			}
			b.paragraphLine(s, line)
		}
	})
}

// addLabels keeps as headings the labels that name a section in the
// posting's language, each at the level of the heading before it (a
// label under a title is a section's).
func (d *Document) addLabels(labels []heading) {
	for _, l := range labels {
		l.text = strings.TrimSpace(d.low[l.t:l.end(d)])
		if sectionKindOf(l.text, d.Lang) == otherSection {
			continue
		}
		i := sort.Search(len(d.headings), func(i int) bool { return d.headings[i].t > l.t })
		if i > 0 {
			l.level = max(l.level, d.headings[i-1].level)
		}
		d.headings = slices.Insert(d.headings, i, l)
	}
}

func (b *builder) paragraphLine(s int, line string) {
	if str := b.text.String(); str != "" && !strings.HasSuffix(str, "\n") {
		b.put(s, "\n")
	}
	b.inline(s, line)
}

func thematicBreak(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || !strings.ContainsRune("-*_=", rune(line[0])) {
		return false
	}
	// Three or more of one marker, spaces between them allowed; checked
	// in place, as every list item of a posting comes through here.
	n := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case line[0]:
			n++
		case ' ':
		default:
			return false
		}
	}
	return n >= 3
}

func wordByte(c byte) bool {
	return c >= 0x80 || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// inlineMarks are the bytes inline looks at; the words between them are
// copied as they are.
var inlineMarks = [256]bool{'\\': true, '*': true, '`': true, '|': true, '_': true, '!': true, '[': true, ']': true, '<': true}

// inline copies a line of Markdown without its emphasis, code and link
// markers; a link keeps its words and its target, as a reader of the
// rendered page can follow it.
func (b *builder) inline(s int, line string) {
	from := 0
	flush := func(i int) {
		b.emit(s+from, line[from:i])
	}
	for i := 0; i < len(line); i++ {
		c := line[i]
		if !inlineMarks[c] {
			continue
		}
		switch {
		case c == '\\' && i+1 < len(line) && line[i+1] < utf8.RuneSelf && unicode.IsPunct(rune(line[i+1])):
			flush(i)
			from = i + 1
			i++
		case c == '*' || c == '`' || c == '|':
			flush(i)
			if c == '|' {
				b.put(s+i, " ")
			}
			from = i + 1
		case c == '_' && (i == 0 || !wordByte(line[i-1]) || i+1 == len(line) || !wordByte(line[i+1])):
			flush(i)
			from = i + 1
		case c == '!' && i+1 < len(line) && line[i+1] == '[':
			flush(i)
			from = i + 1
		case c == '[':
			flush(i)
			from = i + 1
		case c == ']' && i+1 < len(line) && line[i+1] == '(':
			flush(i)
			j := strings.IndexByte(line[i:], ')')
			if j < 0 {
				from = i
				continue
			}
			b.put(s+i, " ")
			b.emit(s+i+2, line[i+2:i+j])
			i += j
			from = i + 1
		case c == '<':
			j := strings.IndexByte(line[i:], '>')
			if j < 0 || i+1 == len(line) || !(line[i+1] == '/' || 'a' <= line[i+1]|0x20 && line[i+1]|0x20 <= 'z') {
				continue
			}
			flush(i)
			inner := line[i+1 : i+j]
			if strings.Contains(inner, "://") || strings.Contains(inner, "@") || strings.HasPrefix(inner, "mailto:") {
				b.emit(s+i+1, inner)
			} else {
				b.put(s+i, " ")
			}
			i += j
			from = i + 1
		}
	}
	flush(len(line))
}

// blockTags end a run of text where a browser starts a new block.
var blockTags = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "br": true, "dd": true,
	"div": true, "dl": true, "dt": true, "fieldset": true, "figcaption": true, "figure": true,
	"footer": true, "form": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true,
	"h6": true, "header": true, "hr": true, "li": true, "main": true, "nav": true, "ol": true,
	"p": true, "pre": true, "section": true, "table": true, "td": true, "th": true, "tr": true,
	"ul": true, "title": true, "body": true, "head": true, "html": true,
}

func (b *builder) html() {
	z := html.NewTokenizer(strings.NewReader(b.src))
	off := 0
	skip := "" // inside script or style
	inTitle := false
	for {
		tt := z.Next()
		raw := z.Raw()
		s := off
		off += len(raw)
		if tt == html.ErrorToken {
			return
		}
		name, hasAttr := z.TagName()
		tag := string(name)
		if skip != "" {
			if tt == html.EndTagToken && tag == skip {
				skip = ""
			}
			continue
		}
		switch tt {
		case html.TextToken:
			if inTitle {
				// The page title is the browser tab's, not the posting's text.
				b.title += html.UnescapeString(string(raw))
				continue
			}
			if str := b.text.String(); strings.TrimSpace(string(raw)) == "" && (str == "" || strings.HasSuffix(str, "\n") || strings.HasSuffix(str, " ")) {
				continue
			}
			b.htmlText(s, string(raw))
		case html.StartTagToken, html.SelfClosingTagToken:
			switch tag {
			case "script", "style", "noscript", "template", "svg":
				if tt == html.StartTagToken {
					skip = tag
				}
				continue
			case "a":
				for hasAttr {
					var k, v []byte
					k, v, hasAttr = z.TagAttr()
					if string(k) == "href" {
						b.links = append(b.links, string(v))
					}
				}
			}
			if blockTags[tag] {
				b.brk(s)
			}
			switch {
			case len(tag) == 2 && tag[0] == 'h' && '1' <= tag[1] && tag[1] <= '6':
				b.heading(int(tag[1] - '0'))
			case tag == "li":
				b.items = append(b.items, item{b.text.Len()})
			case tag == "title":
				inTitle, b.title = true, ""
			}
		case html.EndTagToken:
			if tag == "title" {
				inTitle, b.title = false, strings.Join(strings.Fields(b.title), " ")
			}
			if blockTags[tag] {
				b.brk(s)
			}
		}
	}
}

// htmlText copies a text node, decoding character references and turning
// line ends into spaces, as a browser shows them.
func (b *builder) htmlText(s int, raw string) {
	for raw != "" {
		i := strings.IndexAny(raw, "&\n\r\t")
		if i < 0 {
			b.emit(s, raw)
			return
		}
		b.emit(s, raw[:i])
		s, raw = s+i, raw[i:]
		if raw[0] != '&' {
			b.put(s, " ")
			s, raw = s+1, raw[1:]
			continue
		}
		j := strings.IndexByte(raw, ';')
		if j < 0 || j > 32 {
			b.emit(s, "&")
			s, raw = s+1, raw[1:]
			continue
		}
		dec := html.UnescapeString(raw[:j+1])
		dec = strings.Map(func(r rune) rune {
			if r == '\n' || r == '\r' || r == '\t' {
				return ' '
			}
			return r
		}, dec)
		b.put(s, dec)
		s, raw = s+j+1, raw[j+1:]
	}
}
