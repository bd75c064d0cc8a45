package lint

import (
	"cmp"
	_ "embed"
	"fmt"
	"iter"
	"maps"
	"math"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/jobdesc/jobdesc/internal/snapshot"
)

//go:embed data/phrases.tsv
var phrasesTSV string

// phrase is one line of data/phrases.tsv. Its patterns are made the
// first time a document holds one of its keys: compiling every pattern up
// front cost a single render about 10 ms. The phrases, their programs and
// the key indexes are data in phrases_snapshot.go, made at build time,
// while the file is the one they were made from; otherwise the file is
// parsed and its patterns compiled.
type phrase struct {
	rule, lang    string
	category      string // the ground or kind of problem a match is
	keys          []string
	pattern       string // as written in the file
	after, before string // the unless-after and unless-before patterns
	line          int    // in the file, for errors
	prog          string // the patterns compiled and encoded (phrasecode.go); empty when not known
	// needs are the literals a match holds: groups separated by \x01, a
	// match holds one literal of each group, the group's literals
	// separated by NUL; empty when not known
	needs         string
	what, suggest string
}

// madePhrase is a phrase a run has needed, with its patterns, made once.
type madePhrase struct {
	phrase
	once sync.Once
	rx   phraseRx
	err  error
}

// patterns are the phrase's patterns: decoded from its program, compiled
// when it has none or it does not decode.
func (m *madePhrase) patterns() (phraseRx, error) {
	p, c := &m.phrase, m
	c.once.Do(func() {
		if p.prog != "" {
			if c.rx, c.err = decodePhrase(p.prog); c.err == nil {
				return
			}
		}
		c.rx, c.err = compilePhrase(p.line, p.pattern, p.after, p.before)
	})
	return c.rx, c.err
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

// phraseSet holds the phrases and, per language, an index of their keys
// by first bytes, so a document's words are looked up once instead of
// the text being searched once per key.
type phraseSet struct {
	n int
	// table holds the snapshot's phrases, made into Go values one at a
	// time as a run needs them; nil for a parsed file, whose phrases
	// are all made.
	table *phraseTable
	made  []atomic.Pointer[madePhrase]
	keys  []*keyIndex // one per language
	// rules are the rule of each phrase, a byte each, an index in
	// ruleNames: find reads a hit's rule here, where reading it from
	// the phrase cost a batch a pointer chased for every hit of every rule
	rules     string
	ruleNames []string
}

// ruleIndex is the rule of each phrase as a byte, and the rules' names.
func ruleIndex(all []phrase) (string, []string, error) {
	var names []string
	b := make([]byte, len(all))
	for i, p := range all {
		k := slices.Index(names, p.rule)
		if k < 0 {
			k = len(names)
			names = append(names, p.rule)
		}
		if k > math.MaxUint8 {
			return "", nil, fmt.Errorf("data/phrases.tsv: more than %d rules", math.MaxUint8+1)
		}
		b[i] = byte(k)
	}
	return string(b), names, nil
}

// at is phrase i.
func (ps *phraseSet) at(i int) *madePhrase {
	if m := ps.made[i].Load(); m != nil {
		return m
	}
	return ps.make(i)
}

// needsOf is phrase i's needs, read without making the phrase.
func (ps *phraseSet) needsOf(i int) string {
	if m := ps.made[i].Load(); m != nil {
		return m.needs
	}
	return ps.table.phrase(i).needs
}

// make makes phrase i of the table, once whoever asks first.
func (ps *phraseSet) make(i int) *madePhrase {
	m := &madePhrase{phrase: ps.table.phrase(i)}
	if ps.made[i].CompareAndSwap(nil, m) {
		return m
	}
	return ps.made[i].Load()
}

// phraseTable is phrases as data without pointers, which the program
// starts with and the garbage collector does not read: a run reads the
// pages of the phrases it needs, where building every phrase as a Go
// value cost a render 200 KB and a third of a millisecond.
type phraseTable struct {
	text string // every string of the phrases, each once
	// rules and ruleNames are phraseSet's
	rules     string
	ruleNames []string
	// fields are phraseFields numbers a phrase: where each of its
	// strings starts and ends in text, then its line.
	fields []uint32
}

// phraseFields is how many numbers of phraseTable.fields a phrase takes:
// two for each of its ten strings, one for its line.
const phraseFields = 21

// phrase is phrase i of the table.
func (t *phraseTable) phrase(i int) phrase {
	f := t.fields[i*phraseFields : (i+1)*phraseFields]
	s := func(k int) string { return t.text[f[2*k]:f[2*k+1]] }
	return phrase{rule: s(0), lang: s(1), category: s(2), pattern: s(3), after: s(4), before: s(5),
		prog: s(6), needs: s(7), what: s(8), suggest: s(9), line: int(f[20])}
}

// keyIndex is a language's keys by prefix: the prefixes sorted, and the
// keys each starts, in phrase order. Data without pointers, not a map:
// the snapshot's indexes are data the program starts with, where
// filling a map cost a render more than the search it serves.
type keyIndex struct {
	lang     string
	prefixes string   // prefixLen bytes each
	starts   []uint16 // the keys of prefix i are refs[starts[i]:starts[i+1]]
	refs     []keyRef
	text     string // the keys
	// first[b] is the first prefix whose first byte is b or more: a
	// look-up, made at every word, searches only the prefixes of its
	// byte.
	first []uint16
}

// keyRef is a key of a phrase: text[off:off+n] of its index.
type keyRef struct {
	phrase uint16 // its index in the set
	n      uint16
	off    uint32
}

// lookup are the keys that start with prefix, prefixLen bytes.
func (ki *keyIndex) lookup(prefix string) []keyRef {
	if ki == nil {
		return nil
	}
	lo, hi := int(ki.first[prefix[0]]), int(ki.first[int(prefix[0])+1])
	for lo < hi {
		if mid := int(uint(lo+hi) >> 1); ki.prefixes[mid*prefixLen:(mid+1)*prefixLen] < prefix {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo*prefixLen < len(ki.prefixes) && ki.prefixes[lo*prefixLen:(lo+1)*prefixLen] == prefix {
		return ki.refs[ki.starts[lo]:ki.starts[lo+1]]
	}
	return nil
}

// key is the text of r.
func (ki *keyIndex) key(r keyRef) string { return ki.text[r.off : r.off+uint32(r.n)] }

// index is lang's keys by prefix; nil when no phrase is in lang.
func (ps *phraseSet) index(lang string) *keyIndex {
	for _, ki := range ps.keys {
		if ki.lang == lang {
			return ki
		}
	}
	return nil
}

// prefixLen is how many bytes of a key index it; keys are at least that long.
const prefixLen = 3

// indexKeys makes the key indexes of phrases, one per language, in the
// order of the languages' names.
func indexKeys(all []phrase) ([]*keyIndex, error) {
	if len(all) > math.MaxUint16 {
		return nil, fmt.Errorf("data/phrases.tsv: %d phrases, more than %d", len(all), math.MaxUint16)
	}
	type ref struct {
		phrase int
		key    string
	}
	byLang := map[string]map[string][]ref{}
	for i, p := range all {
		if byLang[p.lang] == nil {
			byLang[p.lang] = map[string][]ref{}
		}
		for _, k := range p.keys {
			byLang[p.lang][k[:prefixLen]] = append(byLang[p.lang][k[:prefixLen]], ref{i, k})
		}
	}
	var out []*keyIndex
	for _, lang := range slices.Sorted(maps.Keys(byLang)) {
		m := byLang[lang]
		prefixes := slices.Sorted(maps.Keys(m))
		ki := &keyIndex{lang: lang, prefixes: strings.Join(prefixes, ""), starts: []uint16{0}}
		var text strings.Builder
		for _, pre := range prefixes {
			for _, r := range m[pre] {
				ki.refs = append(ki.refs, keyRef{phrase: uint16(r.phrase), n: uint16(len(r.key)), off: uint32(text.Len())})
				text.WriteString(r.key)
			}
			if len(ki.refs) > math.MaxUint16 || text.Len() > math.MaxUint32 {
				return nil, fmt.Errorf("data/phrases.tsv: more than %d keys in %s", math.MaxUint16, lang)
			}
			ki.starts = append(ki.starts, uint16(len(ki.refs)))
		}
		ki.text = text.String()
		ki.first = firstByteStarts(prefixes, func(p string) byte { return p[0] })
		out = append(out, ki)
	}
	return out, nil
}

//go:generate go run gensnapshot.go

var phrases = sync.OnceValue(func() *phraseSet {
	ps, err := phrasesOf(phrasesTSV, phrasesSnapshot())
	if err != nil {
		panic(err) // the embedded file is tested; reaching this is a build mistake
	}
	return ps
})

// phrasesOf is the phrases of the embedded file: the snapshot's while
// the file has the size it was made from (TestSnapshotsAreCurrent checks
// the bytes), parsed otherwise.
func phrasesOf(tsv string, d snapshot.Decoded[*phraseSet]) (*phraseSet, error) {
	if ps, ok := d.TakeEmbedded(len(tsv)); ok {
		return ps, nil
	}
	return parsePhrases(tsv, nil)
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
// phrases' encoded programs, in order (tests give broken ones).
func parsePhrases(tsv string, progs []string) (*phraseSet, error) {
	var all []phrase
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
		p := phrase{rule: f[0], lang: f[1], category: f[2], keys: strings.Split(f[3], "|"), pattern: f[4], after: f[5], before: f[6],
			line: n + 1, what: f[7], suggest: f[8]}
		if len(all) < len(progs) {
			p.prog = progs[len(all)]
		}
		for _, k := range p.keys {
			if r, _ := utf8.DecodeRuneInString(k); len(k) < prefixLen || k != fold(k) || !isWordRune(r) {
				return nil, fmt.Errorf("data/phrases.tsv:%d: key %q must be lower-case, start with a letter and be %d bytes or more", n+1, k, prefixLen)
			}
		}
		all = append(all, p)
	}
	keys, err := indexKeys(all)
	if err != nil {
		return nil, err
	}
	rules, names, err := ruleIndex(all)
	if err != nil {
		return nil, err
	}
	ps := &phraseSet{n: len(all), made: make([]atomic.Pointer[madePhrase], len(all)), keys: keys, rules: rules, ruleNames: names}
	for i := range all {
		ps.made[i].Store(&madePhrase{phrase: all[i]})
	}
	return ps, nil
}

// tablePhrases is the set of a table and its key indexes.
func tablePhrases(t *phraseTable, keys []*keyIndex) *phraseSet {
	n := len(t.fields) / phraseFields
	return &phraseSet{n: n, table: t, made: make([]atomic.Pointer[madePhrase], n), keys: keys, rules: t.rules, ruleNames: t.ruleNames}
}

// hit is a key found at the start of a word.
type hit struct{ phrase, at, n int }

// keyHits are the phrase keys that start a word of the document, in
// phrase order: the first phrase listed wins an overlap.
func (r *run) keyHits() []hit {
	if r.hits == nil {
		// in the analysis's buffer, which it keeps for the next document
		buf := r.a.byPhrase[:0]
		if buf == nil {
			buf = make([]hit, 0, len(r.a.hits))
		}
		r.hits = r.foreignHits(append(buf, r.a.hits...))
		slices.SortFunc(r.hits, func(a, b hit) int { return cmp.Or(a.phrase-b.phrase, a.at-b.at) })
		r.a.byPhrase = r.hits
	}
	return r.hits
}

// foreignHits appends to hits the phrase keys of the other language in
// the parts of the posting clearly written in it (an English section or
// paragraph in a French posting): what they ask of candidates is asked
// all the same. A section tells its language as a whole where its blocks
// (a list of benefits) are too short to.
func (r *run) foreignHits(hits []hit) []hit {
	other := otherLang(r.d.Lang)
	if other == "" {
		return hits
	}
	keys := func(s span) {
		i, _ := slices.BinarySearch(r.a.starts, s.start)
		j, _ := slices.BinarySearch(r.a.starts, s.end)
		hits = lookUpKeys(r.d.low[:s.end], other, r.a.starts[i:j], hits)
	}
	bs := r.a.blocks
	for _, sec := range r.d.sections() {
		k := 0
		for k < len(bs) && bs[k].start < sec.end {
			k++
		}
		in := bs[:k]
		bs = bs[k:]
		var sum blockLang
		for _, b := range in {
			sum.fr, sum.en, sum.words = sum.fr+b.fr, sum.en+b.en, sum.words+b.words
		}
		if langOf(sum.fr, sum.en, sum.words) == other {
			keys(sec)
			continue
		}
		for _, b := range in {
			if langOf(b.fr, b.en, b.words) == other {
				keys(b.span)
			}
		}
	}
	return hits
}

// otherLang is the other of the two languages lint reads, "" for
// another.
func otherLang(lang string) string {
	switch lang {
	case "fr":
		return "en"
	case "en":
		return "fr"
	}
	return ""
}

// langs is the memo of pieceLang, in a batch.
func (r *run) langs() *memo[string, string] {
	if r.seen == nil {
		return nil
	}
	return &r.seen.langs
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
	id := slices.Index(ps.ruleNames, rule)
	if id < 0 {
		return nil
	}
	var out []match
	// taken marks the bytes matches cover. A candidate spans at most a
	// key and two windows, so checking it costs a bounded time whatever
	// was matched before: linear in the hits, where comparing it with
	// every earlier match was quadratic (166,666 matches took minutes).
	// Coded wording has bytes of its own: "a backend rockstar" is a
	// cliché and masculine-coded, a finding each; other matches take the
	// bytes they cover.
	var covered [2]bitset
	for _, h := range r.keyHits() {
		if int(ps.rules[h.phrase]) != id {
			continue
		}
		m := ps.at(h.phrase)
		p := &m.phrase
		// Everything a candidate depends on lies within two windows of
		// the key: the candidates are a function of that context, which
		// the postings of one role share but for the values near it.
		ws, we := runeStart(low, max(0, h.at-window)), runeStart(low, min(len(low), h.at+h.n+window))
		cs, ce := runeStart(low, max(0, ws-window)), runeStart(low, min(len(low), we+window))
		key := contextKey{phrase: int32(h.phrase), at: int32(h.at - cs), n: int32(h.n), text: low[cs:ce]}
		// Most keys stand where the rest of their phrase does not: a
		// window without the phrase's needs has no match, which is told
		// quicker than the context is looked up.
		var cands []span
		ok := false
		if r.a.needsKnown {
			ok = !needs().holds(low[ws:we], h.phrase, r.neededHere())
		}
		if !ok && r.seen != nil {
			cands, ok = r.seen.contexts.get(key)
		}
		if !ok {
			cands = candidates(low[cs:ce], h.at-cs, h.n, m)
			if r.seen != nil {
				key.text = strings.Clone(key.text) // not the whole posting's text
				r.seen.contexts.put(key, cands)
			}
		}
		for _, c := range cands {
			s, e := cs+c.start, cs+c.end
			k := 0
			if p.category == "gender-coded" {
				k = 1
			}
			if covered[k].any(s, e) || r.d.itemWithin(s, e) {
				continue
			}
			if covered[k] == nil {
				covered[k] = make(bitset, len(low)/64+1)
			}
			covered[k].set(s, e)
			out = append(out, match{span{s, e}, p})
			break
		}
	}
	slices.SortFunc(out, func(a, b match) int { return a.start - b.start })
	return out
}

// neededHere is the set of the literals of needs() the document holds.
func (r *run) neededHere() []uint64 {
	if r.needed == nil {
		r.needed = make([]uint64, (len(needs().lits)+63)/64)
		for _, id := range r.a.needs {
			r.needed[id/64] |= 1 << (id % 64)
		}
	}
	return r.needed
}

// candidates are the spans of low where phrase p matches around its key
// (n bytes at offset at), first start first: each starts a word, holds
// the key, ends a word, and the unless-after and unless-before
// expressions do not hold around it. low reaches at least two windows
// past the key on both sides, or to the end of the text.
func candidates(low string, at, n int, m *madePhrase) []span {
	p := &m.phrase
	ws, we := runeStart(low, max(0, at-window)), runeStart(low, min(len(low), at+n+window))
	if !holdsNeeds(low[ws:we], p.needs) {
		return nil
	}
	rx, err := m.patterns()
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
		// The words around a match qualify it within its block: the
		// paragraph or list item before ("Un CAP esthétique", ending in
		// "que") or after it says nothing of it.
		if rx.after != nil && rx.after.matchAt(blockAfter(low[e:runeStart(low, min(len(low), e+window))])) >= 0 {
			continue
		}
		if rx.before != nil && rx.before.matchesEnd(blockBefore(low[runeStart(low, max(0, s-window)):s])) {
			continue
		}
		out = append(out, span{s, e})
	}
	return out
}

// holdsNeeds says whether w holds one literal of each group of nd (a
// phrase's needs): a match within w does only then. Empty needs are met.
func holdsNeeds(w, nd string) bool {
	// by hand, not with strings.SplitSeq: a render asks it at every key
	// it finds, and the iterators cost more than most look-ups
	for more := nd != ""; more; {
		var group string
		group, nd, more = strings.Cut(nd, "\x01")
		for {
			lit, rest, other := strings.Cut(group, "\x00")
			if strings.Contains(w, lit) {
				break
			}
			if !other {
				return false
			}
			group = rest
		}
	}
	return true
}

// blockBefore is the end of before from the last block break in it.
func blockBefore(before string) string {
	if i := strings.LastIndex(before, "\n\n"); i >= 0 {
		return before[i+2:]
	}
	return before
}

// blockAfter is the start of after up to the first block break in it.
func blockAfter(after string) string {
	if i := strings.Index(after, "\n\n"); i >= 0 {
		return after[:i]
	}
	return after
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
