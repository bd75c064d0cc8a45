package lint

import (
	_ "embed"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/phrases.tsv
var phrasesTSV string

// phrase is one line of data/phrases.tsv, compiled.
type phrase struct {
	rule, lang    string
	keys          []string
	re            *regexp.Regexp
	after         *regexp.Regexp // matched at the text right after a match: not a finding
	before        *regexp.Regexp // matched at the text right before a match: not a finding
	what, suggest string
}

// phraseSet holds the compiled phrases, by rule and language.
type phraseSet map[string][]phrase

func (ps phraseSet) of(rule, lang string) []phrase { return ps[rule+"/"+lang] }

var phrases = sync.OnceValue(func() phraseSet {
	ps, err := parsePhrases(phrasesTSV)
	if err != nil {
		panic(err) // the embedded file is tested; reaching this is a build mistake
	}
	return ps
})

// expr turns a data-file pattern into RE2: a space is any run of white
// space (" ?" any, or none), an apostrophe either apostrophe.
func expr(p string) string {
	p = strings.ReplaceAll(p, "'", "['’]")
	p = strings.ReplaceAll(p, " ?", `\s*`)
	return strings.ReplaceAll(p, " ", `\s+`)
}

func parsePhrases(tsv string) (phraseSet, error) {
	ps := phraseSet{}
	for n, line := range strings.Split(tsv, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 8 {
			return nil, fmt.Errorf("data/phrases.tsv:%d: %d fields, want 8", n+1, len(f))
		}
		for i := range f {
			if f[i] == "-" {
				f[i] = ""
			}
		}
		p := phrase{rule: f[0], lang: f[1], keys: strings.Split(f[2], "|"), what: f[6], suggest: f[7]}
		var err error
		if p.re, err = regexp.Compile(expr(f[3])); err != nil {
			return nil, fmt.Errorf("data/phrases.tsv:%d: %v", n+1, err)
		}
		if f[4] != "" {
			if p.after, err = regexp.Compile(`^(?:` + expr(f[4]) + `)`); err != nil {
				return nil, fmt.Errorf("data/phrases.tsv:%d: %v", n+1, err)
			}
		}
		if f[5] != "" {
			if p.before, err = regexp.Compile(`(?:` + expr(f[5]) + `)$`); err != nil {
				return nil, fmt.Errorf("data/phrases.tsv:%d: %v", n+1, err)
			}
		}
		for _, k := range p.keys {
			if k == "" || k != fold(k) {
				return nil, fmt.Errorf("data/phrases.tsv:%d: key %q must be lower-case and not empty", n+1, k)
			}
		}
		ps[p.rule+"/"+p.lang] = append(ps[p.rule+"/"+p.lang], p)
	}
	return ps, nil
}

// match is a phrase found in a document's text.
type match struct {
	span
	p *phrase
}

// window is how far around a key a pattern is tried: the longest pattern
// in data/phrases.tsv spans fewer bytes.
const window = 96

func runeStart(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

// boundary says whether a word boundary is at offset i of s.
func boundary(s string, i int) bool {
	if i <= 0 || i >= len(s) {
		return true
	}
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i:])
	return !isWordRune(before) || !isWordRune(after)
}

// find returns the matches of a rule's phrases in the document's language
// in text order, never two that overlap: the first phrase listed wins, so
// specific phrases go before general ones.
func (r *run) find(rule, lang string) []match {
	low := r.d.low
	var out []match
	taken := func(s, e int) bool {
		for _, m := range out {
			if s < m.end && m.start < e {
				return true
			}
		}
		return false
	}
	ps := phrases().of(rule, lang)
	for i := range ps {
		p := &ps[i]
		for _, k := range p.keys {
			for from := 0; from < len(low); {
				j := strings.Index(low[from:], k)
				if j < 0 {
					break
				}
				at := from + j
				from = at + len(k)
				ws, we := runeStart(low, max(0, at-window)), runeStart(low, min(len(low), at+len(k)+window))
				for _, m := range p.re.FindAllStringIndex(low[ws:we], -1) {
					s, e := ws+m[0], ws+m[1]
					if s > at || e < at+len(k) || e == s || taken(s, e) {
						continue
					}
					if !boundary(low, s) || !boundary(low, e) {
						continue
					}
					if p.after != nil && p.after.MatchString(low[e:min(len(low), e+window)]) {
						continue
					}
					if p.before != nil && p.before.MatchString(low[runeStart(low, max(0, s-window)):s]) {
						continue
					}
					out = append(out, match{span{s, e}, p})
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b match) int { return a.start - b.start })
	return out
}

// quote is a match as the posting writes it, for messages.
func (r *run) quote(s span) string { return clean(r.d.text[s.start:s.end]) }

// clean makes text from a posting fit for a one-line message: white space
// collapsed, control characters dropped, so a hostile posting cannot move
// a terminal's cursor or forge a line of the report.
func clean(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && !unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}
