package lint

import (
	"cmp"
	_ "embed"
	"fmt"
	"iter"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jobdesc/jobdesc/internal/snapshot"
)

//go:embed data/phrases.tsv
var phrasesTSV string

// phrase is one line of data/phrases.tsv. Its patterns are made the
// first time a document holds one of its keys: compiling every pattern up
// front cost a single render about 10 ms. They are decoded from
// phrases_snapshot.go, compiled at build time, while the file is the one
// it was made from; compiled otherwise.
type phrase struct {
	rule, lang    string
	category      string // the ground or kind of problem a match is
	keys          []string
	pattern       string   // as written in the file
	needs         []string // literals a match holds one of, each NUL-separated; when known
	rx            func() (phraseRx, error)
	what, suggest string
}

// phraseRx are a phrase's compiled patterns.
type phraseRx struct {
	anchored *pattern // the phrase, matched from a word start
	after    *pattern // matched at the text right after a match: not a finding
	before   *pattern // matched at the text right before a match: not a finding
}

// compilePhrase compiles a phrase's patterns; n is its line, for errors.
func compilePhrase(n int, pattern, after, before string) (phraseRx, error) {
	var rx phraseRx
	var err error
	if rx.anchored, err = compilePattern(expr(pattern)); err != nil {
		return rx, fmt.Errorf("data/phrases.tsv:%d: %w", n, err)
	}
	if after != "" {
		if rx.after, err = compilePattern(expr(after)); err != nil {
			return rx, fmt.Errorf("data/phrases.tsv:%d: %w", n, err)
		}
	}
	if before != "" {
		if rx.before, err = compilePattern(`(?:` + expr(before) + `)$`); err != nil {
			return rx, fmt.Errorf("data/phrases.tsv:%d: %w", n, err)
		}
	}
	return rx, nil
}

// phraseSet holds the compiled phrases and, per language, an index of
// their keys by first bytes, so a document's words are looked up once
// instead of the text being searched once per key.
type phraseSet struct {
	all  []phrase
	keys map[string]*keyIndex // by language
}

// keyIndex is a language's keys by prefix, made the first time a
// document in that language is linted: a run seldom needs both.
type keyIndex struct {
	phrases  []int // in the language
	once     sync.Once
	byPrefix map[string][]keyRef
}

// index is lang's keys by prefix; nil when no phrase is in lang.
func (ps *phraseSet) index(lang string) map[string][]keyRef {
	ki := ps.keys[lang]
	if ki == nil {
		return nil
	}
	ki.once.Do(func() {
		ki.byPrefix = map[string][]keyRef{}
		for _, i := range ki.phrases {
			for _, k := range ps.all[i].keys {
				ki.byPrefix[k[:prefixLen]] = append(ki.byPrefix[k[:prefixLen]], keyRef{i, k})
			}
		}
	})
	return ki.byPrefix
}

type keyRef struct {
	phrase int // index in all
	key    string
}

// prefixLen is how many bytes of a key index it; keys are at least that long.
const prefixLen = 3

//go:generate go run gensnapshot.go

var phrases = sync.OnceValue(func() *phraseSet {
	ps, err := phrasesOf(phrasesTSV, phrasesSnapshot())
	if err != nil {
		panic(err) // the embedded file is tested; reaching this is a build mistake
	}
	return ps
})

// phrasesOf reads a phrases file, its patterns the snapshot's programs
// while the file is still the bytes they were compiled from.
func phrasesOf(tsv string, d snapshot.Decoded[[][]string]) (*phraseSet, error) {
	progs, _ := d.Take([]byte(tsv))
	return parsePhrases(tsv, progs)
}

// expr turns a data-file pattern into RE2: a space is any run of white
// space (" ?" any, or none), an apostrophe either apostrophe, {n} a number
// in figures or in words (French or English), {e} the endings a French
// adjective or noun takes in the feminine, the plural and inclusive
// writing (é, ée, é(e), é·e, é·es…).
func expr(p string) string {
	p = strings.ReplaceAll(p, "{n}", numberExpr)
	p = strings.ReplaceAll(p, "{e}", `(?:e|\(e\)|·e|\.e|-e)?s?`)
	p = strings.ReplaceAll(p, "'", "['’]")
	p = strings.ReplaceAll(p, " ?", `\s*`)
	return strings.ReplaceAll(p, " ", `\s+`)
}

// numberExpr is a number as postings write a count of years, a size or an
// age: in figures, or a word ("trois", "three", "several"). A list of the
// number words would make a pattern too big for the regexp backtracker,
// and the words around the number carry the meaning.
const numberExpr = `(?:\d+(?:[.,]\d+)?|\p{L}+)`

// parsePhrases reads a phrases file; progs, when not nil, are its
// patterns compiled (phrasesSnapshot).
func parsePhrases(tsv string, progs [][]string) (*phraseSet, error) {
	ps := &phraseSet{keys: map[string]*keyIndex{}}
	for n, line := range strings.Split(tsv, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 9 {
			return nil, fmt.Errorf("data/phrases.tsv:%d: %d fields, want 9", n+1, len(f))
		}
		for i := range f {
			if f[i] == "-" {
				f[i] = ""
			}
		}
		line, pattern, after, before, prog := n+1, f[4], f[5], f[6], ""
		var needs []string
		if len(ps.all) < len(progs) && len(progs[len(ps.all)]) > 0 {
			prog, needs = progs[len(ps.all)][0], progs[len(ps.all)][1:]
		}
		p := phrase{rule: f[0], lang: f[1], category: f[2], keys: strings.Split(f[3], "|"), pattern: pattern, what: f[7], suggest: f[8], needs: needs,
			rx: sync.OnceValues(func() (phraseRx, error) {
				if rx, err := decodePhrase(prog); err == nil {
					return rx, nil
				}
				return compilePhrase(line, pattern, after, before)
			})}
		if ps.keys[p.lang] == nil {
			ps.keys[p.lang] = &keyIndex{}
		}
		ps.keys[p.lang].phrases = append(ps.keys[p.lang].phrases, len(ps.all))
		for _, k := range p.keys {
			if progs != nil {
				break // the file was checked when the snapshot was made
			}
			if r, _ := utf8.DecodeRuneInString(k); len(k) < prefixLen || k != fold(k) || !isWordRune(r) {
				return nil, fmt.Errorf("data/phrases.tsv:%d: key %q must be lower-case, start with a letter and be %d bytes or more", n+1, k, prefixLen)
			}
		}
		ps.all = append(ps.all, p)
	}
	return ps, nil
}

// hit is a key found at the start of a word.
type hit struct{ phrase, at, n int }

// keyHits are the phrase keys that start a word of the document, in
// phrase order: the first phrase listed wins an overlap.
func (r *run) keyHits() []hit {
	if r.hits == nil {
		r.hits = append([]hit{}, r.a.hits...)
		slices.SortFunc(r.hits, func(a, b hit) int { return cmp.Or(a.phrase-b.phrase, a.at-b.at) })
	}
	return r.hits
}

// match is a phrase found in a document's text.
type match struct {
	span
	p *phrase
}

// window is how far around a key a pattern is tried: no pattern of
// data/phrases.tsv reaches further from its key. It bounds the cost of a
// pattern, which grows with the text it is tried on.
const window = 64

func runeStart(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

// near reports whether re matches around an occurrence of one of keys in
// low, trying re only on a window around each: a regexp over a whole
// posting costs milliseconds, over a hundred bytes nanoseconds.
func near(low string, keys []string, re *regexp.Regexp) bool {
	for _, k := range keys {
		for at := range occurrences(low, k) {
			if around(low, at, len(k), window, re) {
				return true
			}
		}
	}
	return false
}

// occurrences yields the offset of each occurrence of k in s, left to right.
func occurrences(s, k string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for from := 0; from < len(s); {
			j := strings.Index(s[from:], k)
			if j < 0 || !yield(from+j) {
				return
			}
			from += j + len(k)
		}
	}
}

// around reports whether re matches low over the n bytes at offset at,
// trying it within radius bytes.
func around(low string, at, n, radius int, re *regexp.Regexp) bool {
	ws, we := runeStart(low, max(0, at-radius)), runeStart(low, min(len(low), at+n+radius))
	for _, m := range re.FindAllStringIndex(low[ws:we], -1) {
		if ws+m[0] <= at && ws+m[1] >= at+n {
			return true
		}
	}
	return false
}

// hasAnyWord reports whether low holds one of words between word boundaries.
func hasAnyWord(low string, words []string) bool {
	for _, w := range words {
		if hasWord(low, w) {
			return true
		}
	}
	return false
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

// find returns the matches of a rule's phrases in the document's language,
// in text order, never two that overlap: the first phrase listed wins, so
// specific phrases go before general ones.
func (r *run) find(rule string) []match {
	low := r.d.low
	ps := phrases()
	var out []match
	// taken marks the bytes matches cover. A candidate spans at most a
	// key and two windows, so checking it costs a bounded time whatever
	// was matched before: linear in the hits, where comparing it with
	// every earlier match was quadratic (166,666 matches took minutes).
	var covered bitset
	for _, h := range r.keyHits() {
		p := &ps.all[h.phrase]
		if p.rule != rule {
			continue
		}
		// Everything a candidate depends on lies within two windows of
		// the key: the candidates are a function of that context, which
		// the postings of one role share but for the values near it.
		ws, we := runeStart(low, max(0, h.at-window)), runeStart(low, min(len(low), h.at+h.n+window))
		cs, ce := runeStart(low, max(0, ws-window)), runeStart(low, min(len(low), we+window))
		key := contextKey{phrase: int32(h.phrase), at: int32(h.at - cs), n: int32(h.n), text: low[cs:ce]}
		cands, ok := r.l.seen.contexts.get(key)
		if !ok {
			cands = candidates(low[cs:ce], h.at-cs, h.n, p)
			key.text = strings.Clone(key.text) // not the whole posting's text
			r.l.seen.contexts.put(key, cands)
		}
		for _, c := range cands {
			s, e := cs+c.start, cs+c.end
			if covered.any(s, e) {
				continue
			}
			if covered == nil {
				covered = make(bitset, len(low)/64+1)
			}
			covered.set(s, e)
			out = append(out, match{span{s, e}, p})
			break
		}
	}
	slices.SortFunc(out, func(a, b match) int { return a.start - b.start })
	return out
}

// candidates are the spans of low where phrase p matches around its key
// (n bytes at offset at), first start first: each starts a word, holds
// the key, ends a word, and the unless-after and unless-before
// expressions do not hold around it. low reaches at least two windows
// past the key on both sides, or to the end of the text.
func candidates(low string, at, n int, p *phrase) []span {
	ws, we := runeStart(low, max(0, at-window)), runeStart(low, min(len(low), at+n+window))
	// A match lies within low[ws:we]: it holds one literal of each of
	// the phrase's needs.
	for _, lits := range p.needs {
		found := false
		for lit := range strings.SplitSeq(lits, "\x00") {
			if strings.Contains(low[ws:we], lit) {
				found = true
				break
			}
		}
		if !found {
			return nil
		}
	}
	rx, err := p.rx()
	if err != nil {
		panic(err) // the embedded file is tested; reaching this is a build mistake
	}
	var out []span
	// A match holds the key, so it starts at most a window before it:
	// the pattern is tried, anchored, at each word boundary there,
	// which costs far less than searching the window from every byte.
	for s := ws; s <= at; s++ {
		if rx.anchored.first != nil && !rx.anchored.first.has(low[s]) || !utf8.RuneStart(low[s]) || !boundary(low, s) {
			continue
		}
		m := rx.anchored.matchAt(low[s:we])
		if m < 0 {
			continue
		}
		e := s + m
		if e < at+n || e == s || !boundary(low, e) {
			continue
		}
		if rx.after != nil && rx.after.matchAt(low[e:runeStart(low, min(len(low), e+window))]) >= 0 {
			continue
		}
		if rx.before != nil && rx.before.matchesEnd(low[runeStart(low, max(0, s-window)):s]) {
			continue
		}
		out = append(out, span{s, e})
	}
	return out
}

// contextKey is a key at its place in the text around it.
type contextKey struct {
	phrase, at, n int32
	text          string
}

// bitset is a set of byte offsets; a nil one is empty.
type bitset []uint64

func (b bitset) set(s, e int) {
	for i := s; i < e; i++ {
		b[i/64] |= 1 << (i % 64)
	}
}

// any reports whether an offset in [s, e) is in the set.
func (b bitset) any(s, e int) bool {
	if b == nil {
		return false
	}
	for i := s; i < e; i++ {
		if b[i/64]&(1<<(i%64)) != 0 {
			return true
		}
	}
	return false
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
