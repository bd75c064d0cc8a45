package lint

import (
	"maps"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// A concept finds a ground by what a sentence means rather than by the
// sentence a phrase was written from: a word of its lexicon (a sex, an
// age, a health topic…) and, in the same sentence or list item, a word of
// each of its cue groups (a preference, a request to the applicant…).
// Phrases catch the wordings they list; concepts catch the wordings no
// one listed ("women are ideally suited", "tell us about any injuries").
//
// Lexicon and cue terms are folded text matched from a word start:
//   - "*" ends a stem: any word ending follows (féminin* → féminines);
//   - "#" is an age, a number from 15 to 75; "%" any number; "$" a sum
//     of money, a number with its currency before or after it ("150 €",
//     "£45", "CHF 300", "90 euros");
//   - "~" joins a range: "-", "–", "/", " to ", " à ", " et ", " and ";
//   - "_" is any run of spaces, "'" either apostrophe;
//   - "+" after "_" lets up to three words stand there ("années_+devant_eux"
//     reads "années de terrain devant eux"): a phrase's words kept, a
//     qualifier between them allowed;
//   - otherwise a term ends on a word boundary.
type concept struct {
	rule, category string
	what           string
	terms          []string   // what the sentence is about
	cues           [][]string // one of each group must be in the sentence
	alone          []string   // or one of these, not after "vous", "you" or "we"
	lawful         []string   // in the sentence, they make it lawful (substrings)
	// lawfulWith make it lawful only together, one of each list in the
	// sentence: a distance in minutes is the response time on-call duty
	// needs beside an on-call word, and where the candidate lives alone.
	lawfulWith [2][]string
	notAfter   []string  // right after the term, it means something else
	notBefore  []string  // the word right before the term makes it something else ("établissement catholique")
	suggest    [2]string // fr, en
	// sentence: the cues are read in the whole sentence, not the term's
	// clause; an idiom turned round keeps its words across a comma
	// ("des casquettes, vous en porterez plusieurs").
	sentence bool
	// selects is how many of the first cue groups say the person is
	// selected on the term. A line of the profile section that opens
	// with the term ("Under thirty-five", "Christian values") and a
	// sentence that turns people away ("… need not apply", "… ne seront
	// pas retenus") say so with no cue word written.
	selects int
	// toSum: a finding quotes the term through the sum of money nearest
	// it in its clause ("Tenue complète : caution de 150 €"), the price
	// being what the finding is about.
	toSum bool
}

// conceptSet is the concepts with their terms indexed by their first
// bytes, so one pass over a document's words finds every concept's terms,
// and each concept's cue groups indexed the same way.
type conceptSet struct {
	n int
	// table holds the snapshot's concepts, made into Go values one at a
	// time as a run needs them; nil for built ones, which are all made.
	table *conceptTable
	made  []atomic.Pointer[madeConcept]
	terms termIndex
}

// madeConcept is a concept a run has needed, with its cue groups and
// its alone terms indexed.
type madeConcept struct {
	concept
	cues  []termIndex // by group
	alone termIndex
}

// at is concept i.
func (cs *conceptSet) at(i int) *madeConcept {
	if m := cs.made[i].Load(); m != nil {
		return m
	}
	m := cs.table.concept(i)
	if cs.made[i].CompareAndSwap(nil, m) {
		return m
	}
	return cs.made[i].Load()
}

// head is concept i's rule, category and how many cue groups select,
// read without making it.
func (cs *conceptSet) head(i int) (rule, category string, selects int) {
	if cs.table == nil {
		c := cs.at(i)
		return c.rule, c.category, c.selects
	}
	return cs.table.head(i)
}

type conceptTerm struct {
	concept int
	term    string
}

// termIndex is terms by their first three bytes, or their first two or
// first one when a wildcard stands sooner; terms that start with a number
// are under "#". Three bytes, because many terms share a frequent word's
// first two ("no_", "not", "notre", "nous") and each one tried costs a read
// of its syntax.
// It holds no pointer but its text's: its keys are sorted codes, not
// hashed strings, and its terms are places in its text, so the indexes of
// concepts_snapshot.go are read-only data a run starts with, reads only
// where it looks, and the garbage collector never scans (a map would be
// filled on every run that lints; strings would be copied, or scanned).
type termIndex struct {
	keys   []uint32    // keyCode of the first byte, the first two or the first three
	starts []uint32    // the terms under keys[i] are terms[starts[i]:starts[i+1]]
	terms  []indexTerm // under each key in list order
	text   string      // the bytes the terms are
	// first[b] is the first key whose first byte is b or more, when
	// made (byFirstByte): a look-up searches only the keys of its byte.
	first []uint16
	// leads are the terms' first literal bytes, when made (lead): a term
	// is tried only where the text starts with them; keyFirst, made with
	// them, are the keys' first bytes, without which a word tries none.
	leads    []termLead
	keyFirst byteSet
}

// termLead is up to eight literal bytes a term starts with, in the low
// bytes of a word first, and which bits of the word they are: the text at
// a word start, read as a word, is one of the term's only when
// text&mask == bytes. Many terms share a key's three bytes ("con",
// "can"), and telling all but the right ones apart by their fourth byte
// or later cost a read of each one's syntax, word after word.
type termLead struct{ bytes, mask uint64 }

// byFirstByte makes ix.first: the index every word of a document is
// looked up in searches a few keys rather than all of them.
func (ix *termIndex) byFirstByte() {
	ix.first = firstByteStarts(ix.keys, func(k uint32) byte { return byte(k >> 16) })
	ix.lead()
}

// lead makes ix.keyFirst, and ix.leads unless the index was read with
// them (concepts_snapshot.go holds every term's): a term index holds
// both or neither.
func (ix *termIndex) lead() {
	for _, k := range ix.keys {
		ix.keyFirst.add(byte(k >> 16))
	}
	if ix.leads != nil {
		return
	}
	ix.leads = make([]termLead, len(ix.terms))
	for k, t := range ix.terms {
		ix.leads[k] = leadOf(ix.text[t.off : t.off+t.n])
	}
}

// leadOf is term's lead: none for a term tried a byte before the word
// ("(" first), which is always tried.
func leadOf(term string) termLead {
	var l termLead
	if term[0] == '(' {
		return l
	}
	for j := 0; j < len(term) && j < 8 && !isTermSyntax(term[j]); j++ {
		l.bytes |= uint64(term[j]) << (8 * j)
		l.mask |= 0xff << (8 * j)
	}
	return l
}

// isTermSyntax says whether c is a byte of a term that termAt does not
// match as itself. A switch: every term's first bytes are asked once a
// run that lints.
func isTermSyntax(c byte) bool {
	switch c {
	case '*', '#', '%', '$', '~', '_', '+', '\'':
		return true
	}
	return false
}

// word is the eight bytes of low from i as a word, the first in the low
// byte; past the end of low, zeros, which no term holds.
func word(low string, i int) uint64 {
	if i+8 <= len(low) {
		return uint64(low[i]) | uint64(low[i+1])<<8 | uint64(low[i+2])<<16 | uint64(low[i+3])<<24 |
			uint64(low[i+4])<<32 | uint64(low[i+5])<<40 | uint64(low[i+6])<<48 | uint64(low[i+7])<<56
	}
	var w uint64
	for j := 0; i+j < len(low); j++ {
		w |= uint64(low[i+j]) << (8 * j)
	}
	return w
}

// indexTerm is a term of a termIndex: its concept and its bytes in the
// index's text.
type indexTerm struct{ concept, off, n uint32 }

// keyCode is a key of one to three bytes as a number.
func keyCode(b0, b1, b2 byte) uint32 { return uint32(b0)<<16 | uint32(b1)<<8 | uint32(b2) }

// termKey is the code of the key t is indexed under.
func termKey(t string) uint32 {
	literal := func(b byte) bool { return !isTermSyntax(b) && b != '(' && b < utf8.RuneSelf }
	switch {
	case t[0] == '$':
		return keyCode('$', 0, 0) // a sum starts with a digit: no number word is tried for it
	case t[0] == '#' || t[0] == '%' || t[0] == '(':
		return keyCode('#', 0, 0)
	case len(t) > 2 && literal(t[1]) && literal(t[2]):
		return keyCode(t[0], t[1], t[2])
	case len(t) > 2 && literal(t[1]) && t[2] == '_':
		// a two-letter word, then a gap ("no_older", "un_homme"): not
		// tried at the words those two letters start ("nous", "une")
		return keyCode(t[0], t[1], ' ')
	case len(t) > 1 && literal(t[1]):
		return keyCode(t[0], t[1], 0)
	}
	return keyCode(t[0], 0, 0)
}

// indexTerms is the index of the terms ts.
func indexTerms(ts []conceptTerm) termIndex {
	by := map[uint32][]conceptTerm{}
	for _, t := range ts {
		k := termKey(t.term)
		by[k] = append(by[k], t)
	}
	ix := termIndex{keys: slices.Sorted(maps.Keys(by)), starts: []uint32{0}}
	var text strings.Builder
	at := map[string]uint32{}
	for _, k := range ix.keys {
		for _, t := range by[k] {
			off, ok := at[t.term]
			if !ok {
				off = uint32(text.Len())
				at[t.term] = off
				text.WriteString(t.term)
			}
			ix.terms = append(ix.terms, indexTerm{uint32(t.concept), off, uint32(len(t.term))})
		}
		ix.starts = append(ix.starts, uint32(len(ix.terms)))
	}
	ix.text = text.String()
	return ix
}

// get is the terms under key k; nil when none is.
func (ix *termIndex) get(k uint32) []indexTerm {
	if from, to := ix.under(k); from < to {
		return ix.terms[from:to]
	}
	return nil
}

// under is where the terms under key k are in ix.terms.
func (ix *termIndex) under(k uint32) (from, to int) {
	keys, lo := ix.keys, 0
	if ix.first != nil {
		lo = int(ix.first[k>>16])
		keys = keys[lo:ix.first[k>>16+1]]
	}
	if i, ok := slices.BinarySearch(keys, k); ok {
		return int(ix.starts[lo+i]), int(ix.starts[lo+i+1])
	}
	return 0, 0
}

// each yields the terms under key k whose lead w, the text's bytes where
// they are tried, starts with; false when yield stopped.
func (ix *termIndex) each(k uint32, w uint64, yield func(conceptTerm) bool) bool {
	from, to := ix.under(k)
	for j := from; j < to; j++ {
		if ix.leads != nil && w&ix.leads[j].mask != ix.leads[j].bytes {
			continue
		}
		if !yield(ix.term(ix.terms[j])) {
			return false
		}
	}
	return true
}

// term is t with its bytes.
func (ix *termIndex) term(t indexTerm) conceptTerm {
	return conceptTerm{int(t.concept), ix.text[t.off : t.off+t.n]}
}

// at yields the terms that may start at offset i of low, a word start.
func (ix *termIndex) at(low string, i int, yield func(conceptTerm) bool) {
	var w uint64
	digit := '0' <= low[i] && low[i] <= '9'
	if ix.leads != nil {
		// A number tries the terms under "#" and "$" only; a word, those
		// under its first byte, and "#" when it may be a number written
		// out (c to v).
		kf := &ix.keyFirst
		switch c := low[i]; {
		case digit:
			if !kf.has('#') && !kf.has('$') {
				return
			}
		case 'c' <= c && c <= 'v':
			if !kf.has(c) && !kf.has('#') {
				return
			}
		case !kf.has(c):
			return
		}
		w = word(low, i)
	}
	if digit || 'c' <= low[i] && low[i] <= 'v' {
		from, to := ix.under(keyCode('#', 0, 0))
		if digit || to > from && writtenNumber(low, i) {
			if !ix.each(keyCode('#', 0, 0), w, yield) {
				return
			}
		}
		if digit {
			ix.each(keyCode('$', 0, 0), w, yield)
			return
		}
	}
	if !ix.each(keyCode(low[i], 0, 0), w, yield) || i+2 > len(low) {
		return
	}
	if !ix.each(keyCode(low[i], low[i+1], 0), w, yield) {
		return
	}
	if i+3 <= len(low) {
		if !ix.each(keyCode(low[i], low[i+1], low[i+2]), w, yield) {
			return
		}
		if gapStart(low[i+2]) {
			ix.each(keyCode(low[i], low[i+1], ' '), w, yield)
		}
	}
}

// gapStart says whether a term's "_" may start at byte c other than a
// space: another space, or an inclusive ending ("un·e homme", "né(e)s
// au"; see skipInclusive).
func gapStart(c byte) bool {
	return c == '\t' || c == '\n' || c == '(' || c == '.' || c == "·"[0]
}

// concepts is the concepts and their indexes as concepts_snapshot.go
// holds them, built by buildConcepts at `go generate`: the concepts
// copied once a run, the indexes read where they lie.
var concepts = sync.OnceValue(func() *conceptSet {
	cs := tableConcepts(conceptsSnapshot())
	cs.terms.byFirstByte()
	return cs
})

// buildConcepts is conceptList indexed, every concept made.
func buildConcepts() *conceptSet {
	all := conceptList()
	cs := &conceptSet{n: len(all), made: make([]atomic.Pointer[madeConcept], len(all))}
	var terms []conceptTerm
	for i, c := range all {
		for _, t := range c.terms {
			terms = append(terms, conceptTerm{i, t})
		}
		m := &madeConcept{concept: c, alone: indexTerms(conceptTermsOf(i, c.alone))}
		for _, g := range c.cues {
			m.cues = append(m.cues, indexTerms(conceptTermsOf(i, g)))
		}
		// The indexes are the terms' only form a run reads.
		m.terms, m.concept.cues, m.concept.alone = nil, nil, nil
		cs.made[i].Store(m)
	}
	cs.terms = indexTerms(terms)
	return cs
}

func conceptTermsOf(concept int, ts []string) []conceptTerm {
	out := make([]conceptTerm, len(ts))
	for i, t := range ts {
		out[i] = conceptTerm{concept, t}
	}
	return out
}

// conceptHit is a concept's term found in the document.
type conceptHit struct {
	concept int
	span
}

// conceptTerms appends to hits the concepts' terms at the words of low,
// in text order: one pass over the words for every concept. A block's are
// found once and kept with its analysis.
func conceptTerms(low string, words []span, hits []conceptHit) []conceptHit {
	cs := concepts()
	for _, w := range words {
		if w.end-w.start < 2 {
			continue // no term is a single letter or digit
		}
		hits = termsAt(cs, low, w.start, hits)
		// French elides an article or a preposition into the word that
		// follows ("d'activités", "l'orientation"): its terms start there too.
		if e := elided(low, w); e > 0 {
			hits = termsAt(cs, low, e, hits)
		}
	}
	return hits
}

// elided returns where the word after an elided article or preposition
// starts in word w ("d'", "l'", "qu'"), or 0 when w opens with none.
func elided(low string, w span) int {
	// One letter of d, l, n, s, j, c, m, t, or "qu", then an apostrophe:
	// tested on the word's first byte, as every word goes through here.
	n := 1
	switch low[w.start] {
	case 'd', 'l', 'n', 's', 'j', 'c', 'm', 't':
	case 'q':
		if !strings.HasPrefix(low[w.start:w.end], "qu") {
			return 0
		}
		n = 2
	default:
		return 0
	}
	i := w.start + n
	if i >= w.end {
		return 0
	}
	switch {
	case low[i] == '\'':
		return i + 1
	case strings.HasPrefix(low[i:], "’"):
		return i + len("’")
	}
	return 0
}

// termsAt appends the concept terms that match at offset i of low.
func termsAt(cs *conceptSet, low string, i int, hits []conceptHit) []conceptHit {
	// Terms under one key often share their part up to a first gap
	// ("candidat*_" begins thirty of them, "candidature*_" thirty
	// more): where each such part ends is found once.
	type head struct {
		part    string
		at, end int
	}
	var heads [8]head
	n := 0
	cs.terms.at(low, i, func(ct conceptTerm) bool {
		at := i
		if ct.term[0] == '(' {
			at-- // a bracketed range, "(21–28)": the word is its first number
			if at < 0 || low[at] != '(' {
				return true
			}
		}
		e := -1
		if k := strings.IndexByte(ct.term, '_'); k >= 0 && k+1 < len(ct.term) && strings.IndexByte(ct.term[:k], '+') < 0 {
			part, end := ct.term[:k+1], -2
			for _, h := range heads[:min(n, len(heads))] {
				if h.part == part && h.at == at {
					end = h.end
					break
				}
			}
			if end == -2 {
				var done bool
				if end, done = termRun(low, at, part); done {
					end = -1 // without a "+", done is a failure
				}
				heads[n%len(heads)] = head{part, at, end}
				n++
			}
			if end >= 0 {
				e = termAt(low, end, ct.term[k+1:])
			}
		} else {
			e = termAt(low, at, ct.term)
		}
		// a word of an address or a number of a citation says nothing
		if e >= 0 && !inAddress(low, at) && !postalAddress(low, e) && !codeNumber(low, at, e) {
			hits = append(hits, conceptHit{ct.concept, span{at, e}})
		}
		return true
	})
	return hits
}

// concepts finds the concept matches of rule in the document: at most
// one a sentence and category, none in a sentence where a phrase match of
// the category (in have) already starts before it. One that starts
// earlier is where the sentence states its problem ("a $150 charge for
// your kit, deducted from your first pay"; "up to 28 years old, to match
// our youthful team"), and is kept.
func (r *run) conceptMatches(rule string, have []match) []match {
	cs := concepts()
	low := r.d.low
	type said struct {
		sentence int
		category string
	}
	var done []said
	phraseAt := map[said]int{} // the first phrase match of each sentence and category
	type onLine struct {
		line     int
		category string
	}
	// where the phrase matches stand: the sentences of each line that
	// hold one, two at most (enough to tell whether another holds one)
	lines := map[onLine][]int{}
	lineOf := lineStarts(low)
	for _, m := range have {
		if r.notACriterion(m) {
			continue // it will not stand: a concept in its sentence may
		}
		k := said{r.a.sentenceAt(m.start).start, m.p.category}
		if at, ok := phraseAt[k]; !ok || m.start < at {
			phraseAt[k] = m.start
		}
		at := onLine{lineOf(m.start), m.p.category}
		if ss := lines[at]; len(ss) < 2 && !slices.Contains(ss, k.sentence) {
			lines[at] = append(ss, k.sentence)
		}
	}
	var out []match
	for _, h := range r.a.concepts {
		c := cs.at(h.concept)
		if c.rule != rule || r.servedBy(c.category, h.start) {
			continue
		}
		s := r.sentenceAround(h.span)
		k := said{s.start, c.category}
		// A line whose other sentence already states the problem in a
		// phrase's words ("No felony convictions. Do not apply with a
		// record.") holds one problem, not two.
		if slices.ContainsFunc(lines[onLine{lineOf(h.start), c.category}], func(o int) bool { return o != s.start }) {
			continue
		}
		// After a phrase's or a concept's match in its sentence, a
		// concept's is the same problem said on: a ground's rule and a
		// fee merge them into one finding that quotes both; another rule
		// keeps the first.
		merges := rule == "discrimination" || c.category == "fee"
		// A list of data asked ("your CV, a copy of your ID, your HIV
		// test result and your M-Pesa statement") is as many requests:
		// only the same item read again is left out (under another
		// ground, the list's merge reads both).
		listed := rule == "forbidden-request"
		if listed && (overlaps(h.span, c.category, have) || overlaps(h.span, c.category, out)) {
			continue
		}
		one := !merges && !listed // the sentence's first match states its problem
		if at, ok := phraseAt[k]; ok && h.end > at && one || slices.Contains(done, k) && one || within(h.span, have) || insideOther(h.span, c.category, have) || !r.holds(h, reachOf(low, s, h.span)) || r.saidIn(s, c.category) {
			continue
		}
		m := match{h.span, c.phrase(r.d.Lang)}
		if c.toSum {
			m.span = withSum(low, clauseOf(low, reachOf(low, s, h.span), h.span), h.span)
		}
		if r.notACriterion(m) {
			continue // not this one: a later one in the sentence may be
		}
		done = append(done, k)
		out = append(out, m)
	}
	return out
}

// sentenceLabel is the label of three words or fewer, ending in a colon,
// that opens sentence s before clause cl ("Requirements:", "Profil
// recherché :"); ok is false when s opens otherwise or cl holds it.
func sentenceLabel(low string, s, cl span) (label span, ok bool) {
	if cl.start <= s.start {
		return span{}, false
	}
	head := low[s.start:cl.start]
	i := strings.IndexByte(head, ':')
	if i < 0 || len(strings.Fields(head[:i])) > 3 || strings.ContainsAny(head[:i], ",;.!?") {
		return span{}, false
	}
	return span{s.start, s.start + i}, true
}

// sentenceReach is how far from a term, in a sentence that runs on with
// no full stop, its cues are looked for: further than a real sentence
// reaches, and a text of one endless sentence costs a bounded time per
// term (a posting of 8,000 repeated words took fifteen seconds).
const sentenceReach = 400

// reachOf is sentence s around the term at t, cut to sentenceReach bytes on
// each side.
func reachOf(low string, s, t span) span {
	if s.start < t.start-sentenceReach {
		s.start = runeStart(low, t.start-sentenceReach)
	}
	if s.end > t.end+sentenceReach {
		s.end = runeStart(low, t.end+sentenceReach)
	}
	return s
}

// lineStarts returns where the line holding an offset of low starts:
// scanned back from the offset on a short line, the common case; on a
// long one, found by halving over the line breaks, found once (scanning
// back from each offset made a posting written on one line quadratic).
func lineStarts(low string) func(i int) int {
	const scan = 512
	var breaks []int
	return func(i int) int {
		from := max(0, i-scan)
		if j := strings.LastIndexByte(low[from:i], '\n'); j >= 0 || from == 0 {
			return from + j + 1
		}
		if breaks == nil {
			breaks = []int{0}
			for k := 0; ; {
				j := strings.IndexByte(low[k:], '\n')
				if j < 0 {
					break
				}
				k += j + 1
				breaks = append(breaks, k)
			}
		}
		k, _ := slices.BinarySearch(breaks, i+1)
		return breaks[k-1]
	}
}

// lawfulFor says whether sentence text holds what a concept of the rule
// and category knows makes its ground lawful or someone else's ("…within
// 30 minutes, as on-call duty requires a fast response").
func lawfulFor(rule, category, text string) bool {
	cs := concepts()
	for i := range cs.n {
		if r, cat, selects := cs.head(i); r == rule && cat == category && selects > 0 && cs.at(i).lawfulIn(text) {
			return true
		}
	}
	return false
}

// within says whether a phrase match of any category starts at span h
// and covers it: the phrase read that wording, and one wording is one
// finding ("Maman vous-même" is a family situation, not a second finding
// on sex). A phrase filed under the catch-all other-ground does not
// hide the ground a concept names.
// have is in text order, as find returns it.
func within(h span, have []match) bool {
	return covering(h, have, func(m *match) bool { return m.start == h.start && m.p.category != "other-ground" })
}

// overlaps says whether h overlaps one of ms of category cat.
func overlaps(h span, cat string, ms []match) bool {
	return slices.ContainsFunc(ms, func(m match) bool { return m.p.category == cat && m.start < h.end && h.start < m.end })
}

// covering says whether ok holds for one of the matches of have (in
// text order) that hold span h, the nearest start first.
func covering(h span, have []match, ok func(m *match) bool) bool {
	i := sort.Search(len(have), func(i int) bool { return have[i].start > h.start })
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if h.end <= have[j].end && ok(&have[j]) {
			return true
		}
	}
	return false
}

// insideOther says whether a phrase match of another ground than cat
// holds span h: the phrase read those words as its ground ("maman" in
// "un papa et une maman", a couple of one man and one woman sought), and
// one wording is one finding. The catch-all categories (other-ground,
// and personal-data for a request) do not hide the ground a concept names,
// nor do looks the person they describe ("an attractive lady": her looks
// and her sex).
func insideOther(h span, cat string, have []match) bool {
	return covering(h, have, func(m *match) bool {
		return m.p.category != cat && m.p.category != "other-ground" && m.p.category != "personal-data" &&
			(m.p.category != "appearance" || cat != "sex")
	})
}

// saidIn says whether another rule already reported a finding of the
// category on the lines of sentence s ("in their twenties" is an age
// limit; "young" beside it is the same problem, not a second one).
func (r *run) saidIn(s span, category string) bool {
	if r.at != nil {
		return false // a role file's texts are placed in that file
	}
	first, last := -1, -1
	for _, f := range r.res.Findings {
		if f.Category != category || f.Rule == r.rule.ID {
			continue
		}
		if first < 0 {
			first, _ = r.d.position(s.start)
			last, _ = r.d.position(max(s.start, s.end-1))
		}
		if f.Line >= first && f.Line <= last {
			return true
		}
	}
	return false
}

// servedBy says whether the word before offset at names the public a
// job serves ("une clientèle européenne", "our female guests",
// "auprès des jeunes enfants"): a sex, an origin, an age or a family
// there is theirs.
func (r *run) servedBy(category string, at int) bool {
	switch category {
	case "sex", "origin", "age", "family":
	default:
		return false
	}
	w, i := wordBefore(r.d.low, at)
	g, _ := wordBefore(r.d.low, i)
	// "auprès des jeunes enfants": the people the job works with
	if g == "auprès" && slices.Contains([]string{"des", "de", "du", "d'", "d’"}, w) {
		return true
	}
	if category == "family" {
		return false // children or a spouse named otherwise are the applicant's
	}
	if slices.Contains(publicWords, w) || w == "clientèle" || w == "public" {
		return true
	}
	// "une équipe de filles", "a class for boys": a group the job runs,
	// named by what it is made of.
	return slices.Contains([]string{"de", "d'", "of", "for", "pour"}, w) && slices.Contains(groupWords, strings.TrimSuffix(g, "s"))
}

// groupWords are the groups a job runs or serves, named by their members:
// "team of girls", "classe de garçons", "club for boys".
var groupWords = []string{"team", "équipe", "squad", "club", "class", "classe", "group", "groupe", "league", "ligue", "section",
	"choir", "chorale", "ward", "service", "unit", "unité", "home", "foyer", "school", "école", "session", "séance", "atelier",
	"workshop", "camp", "colonie", "centre", "center", "programme", "program", "dormitory", "dortoir", "internat"}

// holds says whether the concept's term h, in sentence s, is the concept:
// its cues are in the sentence, nothing there makes it lawful.
func (r *run) holds(h conceptHit, s span) bool {
	cs, low := concepts(), r.d.low
	c := cs.at(h.concept)
	after := low[h.end:runeStart(low, min(len(low), h.end+24))]
	for _, n := range c.notAfter {
		if strings.HasPrefix(after, n) {
			return false
		}
	}
	if c.category == "age" {
		// "12 jeunes majeurs", "40 young people": a count of the people
		// the job serves, not the person sought
		if w, _ := wordBefore(low, h.start); digits(w, len(w)) {
			return false
		}
	}
	if len(c.notBefore) > 0 {
		w, i := wordBefore(low, h.start)
		// "une clientèle exclusivement féminine": a degree word between
		// them leaves the word before it in charge
		if slices.Contains(degreeWords, w) {
			w, _ = wordBefore(low, i)
		}
		if slices.Contains(c.notBefore, w) {
			return false
		}
	}
	// The cues are read in the term's clause: a condition in another
	// clause of the sentence is about something else ("Notre école est
	// catholique ; un CAPES est exigé").
	cl := s
	if !c.sentence {
		cl = clauseOf(low, s, h.span)
	}
	// A list's introducing line asks what it says of each item ("Your
	// cover letter should include:", then "- your family situation"). A
	// condition stays its item's own: the line before a list of rules
	// ("everyone in production must:") is mostly their reason.
	var lead span
	listed := false
	if c.rule == "forbidden-request" {
		lead, listed = r.d.listLead(h.start)
	}
	// A short label opening the sentence says what its list of clauses
	// is ("Requirements: a licence; male, physically strong").
	label, labelled := sentenceLabel(low, s, cl)
	has := func(ix *termIndex, ok func(low string, i int) bool) bool {
		return r.hasTerm(cl, ix, h.span, ok) || listed && r.hasTerm(lead, ix, h.span, ok) || labelled && r.hasTerm(label, ix, h.span, ok)
	}
	cued := len(c.alone.keys) > 0 && has(&c.alone, notAfterSubject)
	selected := -1 // whether the sentence selects on the term by its place or an exclusion, found on first need
	for g := range c.cues {
		if cued {
			break
		}
		if has(&c.cues[g], nil) {
			continue
		}
		if g >= c.selects {
			return false
		}
		if selected < 0 {
			selected = 0
			if r.profileTrait(h.span, s) || r.excludes(h.start) {
				selected = 1
			}
		}
		if selected == 0 {
			return false
		}
	}
	text := low[s.start:s.end]
	if listed {
		// what the introducing line gives as the list's reason ("Because
		// we are licensed under the food regulations, everyone must:")
		// makes its items lawful too
		text = low[lead.start:lead.end] + "\n" + text
	}
	switch c.category {
	case "health":
		// A bar said outright ("Les personnes bénéficiant d'une RQTH sont
		// priées de ne pas postuler", "Aucune personne en situation de
		// handicap") is one, whatever welcoming word it names.
		if w, _ := wordBefore(low, h.start); r.excludes(h.start) || slices.Contains(noneWords, w) {
			return !equalOpportunityIn(text)
		}
	case "orientation":
		// Applicants turned away for what clients expect ("our VIP
		// clients expect a classic look, so we are unable to consider
		// applicants who are transitioning") are turned away: the clients
		// named are no public the job serves.
		if r.excludes(h.start) && !containsAny(text, welcomingWords) {
			return !equalOpportunityIn(text)
		}
	}
	if welcomesEvery(text) {
		return false
	}
	if publicTaste(text) {
		// What the public likes given as the reason ("our VIP clients
		// expect a classic look"): the public named makes nothing lawful.
		return !c.lawfulBeyondPublic(text) && !equalOpportunityIn(text)
	}
	return !c.lawfulIn(text) && !equalOpportunityIn(text)
}

// welcomingWords say a sentence welcomes the people it names.
var welcomingWords = []string{"support", "soutien", "welcom", "accueill", "inclusi"}

// lawfulBeyondPublic is lawfulIn without the lawful words that name the
// public a job serves ("client", "customer", "patients").
func (c *concept) lawfulBeyondPublic(text string) bool {
	for _, l := range c.lawful {
		w := strings.TrimSpace(l)
		if slices.ContainsFunc(publicWords, func(p string) bool { return strings.HasPrefix(p, w) || strings.HasPrefix(w, p) }) {
			continue
		}
		if startsWord(text, l) {
			return true
		}
	}
	return startsAny(text, c.lawfulWith[0]) && startsAny(text, c.lawfulWith[1])
}

// lawfulIn says whether sentence text holds what makes c's ground lawful.
func (c *concept) lawfulIn(text string) bool {
	if c.category == "fee" && (containsAny(text, laterRefunds) || containsAny(text, noRefunds)) {
		// "35 € à régler à l'inscription, remboursés après la période
		// d'essai": paid first, refunded on a condition, still a payment
		// asked; "5 000 FCFA, non remboursables" is never refunded. The
		// other lawful words still count.
		text = refundWords.Replace(text)
	}
	return startsAny(text, c.lawful) || startsAny(text, c.lawfulWith[0]) && startsAny(text, c.lawfulWith[1])
}

// startsAny says whether one of words starts a word of text, or is
// found where a word or a space before it ends: a lawful word is a word
// or a stem ("PPE", "pharmac"), never the inside of another ("ppe" in
// "happens").
func startsAny(text string, words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return startsWord(text, w) })
}

// startsWord says whether w is found in text where a word starts.
func startsWord(text, w string) bool {
	for at := range occurrences(text, w) {
		if boundary(text, at) {
			return true
		}
	}
	return false
}

// refundWords take out the words of a refund, which laterRefunds make no
// lawful context.
var refundWords = strings.NewReplacer("rembours", "", "reimburs", "", "refund", "")

// laterRefunds give back a sum paid first, on a condition or later.
var laterRefunds = []string{"remboursés après", "remboursé après", "remboursée après", "remboursées après", "remboursable après",
	"remboursables après", "remboursé à la fin", "remboursés à la fin", "remboursé au bout", "remboursée au bout", "remboursés au bout",
	"remboursées au bout", "refunded after", "refundable after", "reimbursed after",
	"refunded at the end", "refunded once", "refunded if", "remboursé si", "remboursés si"}

// noRefunds say a sum is never given back.
var noRefunds = []string{"non remboursable", "non-remboursable", "non refundable", "non-refundable", "not refundable", "nonrefundable"}

// noneWords, right before a ground, turn everyone it names away.
var noneWords = []string{"aucun", "aucune", "no", "nul", "nulle"}

// clauseBreaks end a clause inside a sentence: a semicolon, or a
// conjunction after a comma that opens a clause of its own ("We are a
// faith-and-family company, and we expect…", "…, but you must…"). A
// consequence links them: "the crew is 22–30, so you'll fit right in"
// asks the age of the reader.
var clauseBreaks = []string{";", ", and ", ", but ", ", whereas ", ", while ", ", et ", ", mais ", ", alors que ", ", tandis que "}

// clauseOf is the clause of sentence s that holds the term at t: s cut
// at the nearest clause break on each side. A colon does not cut: what
// follows it most often explains what precedes ("Our team has always
// been all men: we need someone who will blend in").
func clauseOf(low string, s, t span) span {
	// Every break opens with a semicolon or a comma: only those bytes
	// are tried, nearest the term first.
	for i := t.start - 1; i >= s.start; i-- {
		if c := low[i]; c == ';' || c == ',' {
			if n := clauseBreakAt(low, i); n > 0 && i+n <= t.start {
				s.start = i + n
				break
			}
		}
	}
	for i := t.end; i < s.end; i++ {
		if c := low[i]; (c == ';' || c == ',') && clauseBreakAt(low, i) > 0 {
			s.end = i
			break
		}
	}
	return s
}

// clauseBreakAt is the length of the clause break at offset i of low, 0
// when none starts there.
func clauseBreakAt(low string, i int) int {
	for _, b := range clauseBreaks {
		if strings.HasPrefix(low[i:], b) {
			if b == ", and " && serialAnd(low, i) {
				return 0
			}
			return len(b)
		}
	}
	return 0
}

// serialAnd says whether ", and " at offset i of low closes a list ("tell
// us your current pay, the year you graduated, and whether you have a
// record"), as a serial comma does: a comma before it in its sentence,
// and no subject after it to open a clause of its own ("…, and we
// need…").
func serialAnd(low string, i int) bool {
	j := strings.LastIndexAny(low[:i], ",.;:!?\n")
	if j < 0 || low[j] != ',' {
		return false
	}
	rest := low[i+len(", and "):]
	w := rest[:len(rest)-len(strings.TrimLeftFunc(rest, isWordRune))]
	return !slices.Contains(subjectWords, w)
}

// subjectWords open a clause of their own after "and".
var subjectWords = []string{"we", "you", "they", "i", "he", "she", "it", "there"}

// notAfterSubject says whether the word at offset i of low follows no
// subject: "joignez" asks, "vous joignez" describes.
func notAfterSubject(low string, i int) bool {
	w, _ := wordBefore(low, i)
	return !slices.Contains([]string{"vous", "you", "we", "nous", "they", "ils", "elles", "on"}, w)
}

// hasTerm says whether a term of ix starts a word of sentence s, outside
// the term the concept matched; "?" is a question.
func (r *run) hasTerm(s span, ix *termIndex, not span, ok func(low string, i int) bool) bool {
	low := r.d.low
	if ix.get(keyCode('?', 0, 0)) != nil && strings.Contains(low[s.start:s.end], "?") {
		return true
	}
	i := sort.Search(len(r.a.words), func(i int) bool { return r.a.words[i].start >= s.start })
	for ; i < len(r.a.words) && r.a.words[i].start < s.end; i++ {
		w := r.a.words[i].start
		if w >= not.start && w < not.end {
			continue
		}
		if r.cueAt(ix, s, w, ok) {
			return true
		}
		// a cue elided into its word ("merci d'éviter", "l'idéal")
		if e := elided(low, r.a.words[i]); e > 0 && (e < not.start || e >= not.end) && r.cueAt(ix, s, e, ok) {
			return true
		}
	}
	return false
}

// cueAt says whether a term of ix starts at offset w of sentence s.
func (r *run) cueAt(ix *termIndex, s span, w int, ok func(low string, i int) bool) bool {
	low, found := r.d.low, false
	ix.at(low, w, func(ct conceptTerm) bool {
		if termAt(low[:s.end], w, ct.term) >= 0 && (ok == nil || ok(low, w)) {
			found = true
			return false
		}
		return true
	})
	return found
}

// termAt returns the end of term t matched at offset i of low, or -1.
func termAt(low string, i int, t string) int {
	i, done := termRun(low, i, t)
	if done {
		return i
	}
	last := t[len(t)-1]
	if (isWordRune(rune(last)) || last >= utf8.RuneSelf || last == '#' || last == '%' || last == '$') && !boundary(low, i) {
		return -1
	}
	return i
}

// termRun matches the bytes of term t, or of its first part, at offset i
// of low: where they end, or, done, termAt's answer (-1, or the end of a
// term whose "+" ended the match).
func termRun(low string, i int, t string) (end int, done bool) {
	for j := 0; j < len(t); j++ {
		switch c := t[j]; c {
		case '*':
			for i < len(low) {
				r, size := utf8.DecodeRuneInString(low[i:])
				if !isWordRune(r) && r != '·' {
					break
				}
				i += size
			}
		case '#', '%':
			k := i
			for k < len(low) && '0' <= low[k] && low[k] <= '9' {
				k++
			}
			if k == i && c == '#' {
				// an age written out: "thirty-five", "trente ans"
				n, e := numberWord(low, i)
				if e < 0 || n < 15 || n > 75 {
					return -1, true
				}
				i = e
				continue
			}
			if k == i || k-i > 6 {
				return -1, true
			}
			if c == '#' {
				n, _ := strconv.Atoi(low[i:k])
				if k-i > 2 || n < 15 || n > 75 {
					return -1, true
				}
			}
			i = k
		case '$':
			if i = amount(low, i); i < 0 {
				return -1, true
			}
		case '~':
			k := skipSpaces(low, i)
			switch {
			case strings.HasPrefix(low[k:], "-") || strings.HasPrefix(low[k:], "/"):
				k++
			case strings.HasPrefix(low[k:], "–") || strings.HasPrefix(low[k:], "—"):
				k += len("–")
			default:
				w := k
				for _, sep := range []string{"to ", "à ", "et ", "and "} {
					if strings.HasPrefix(low[k:], sep) {
						k += len(sep)
						break
					}
				}
				if k == w {
					return -1, true
				}
			}
			i = skipSpaces(low, k)
		case '_':
			k := skipSpaces(low, skipInclusive(low, i))
			if k == i {
				return -1, true
			}
			i = skipFiller(low, k)
		case '+':
			return gapThen(low, i, t[j+1:]), true
		case '\'':
			switch {
			case strings.HasPrefix(low[i:], "'"):
				i++
			case strings.HasPrefix(low[i:], "’"):
				i += len("’")
			default:
				return -1, true
			}
		default:
			if i >= len(low) || low[i] != c {
				return -1, true
			}
			i++
		}
	}
	return i, false
}

// withSum is term t stretched to the sum of money nearest it in clause
// cl, when one stands within a line's reach of it.
func withSum(low string, cl, t span) span {
	const reach = 120
	best, dist := t, reach+1
	for i := max(cl.start, t.start-reach); i < min(cl.end, t.end+reach); i++ {
		if low[i] < '0' || low[i] > '9' || i > 0 && '0' <= low[i-1] && low[i-1] <= '9' {
			continue
		}
		e := amount(low, i)
		if e < 0 {
			continue
		}
		switch {
		case e <= t.start && t.start-i < dist:
			best, dist = span{signBefore(low, i), t.end}, t.start-i
		case i >= t.end && e-t.end < dist:
			best, dist = span{t.start, e}, e-t.end
		}
	}
	return best
}

// signBefore is where the sum whose number starts at i starts: at its
// currency sign when one stands right before it ("$150", "CHF 300").
func signBefore(low string, i int) int {
	b := i
	for b > 0 && low[b-1] == ' ' {
		b--
	}
	for _, c := range currencies {
		if strings.HasSuffix(low[:b], c) && (c[0] >= utf8.RuneSelf || !isWordRune(rune(c[0])) || boundary(low, b-len(c))) {
			return b - len(c)
		}
	}
	return i
}

// currencies are the signs and codes a sum of money is written with,
// before or after its number; "k€" is a thousand euros.
var currencies = slices.Concat([]string{"€", "£", "$", "k€", "k£", "k$", "eur", "euro", "euros", "chf", "fr.", "francs", "usd", "gbp",
	"dollars", "us$", "a$", "c$", "s$", "$ca", "$ can"}, currencyCodes)

// amount returns the end of a sum of money at offset i of low, a number in
// figures (its thousands apart by a space, a comma, a dot or an
// apostrophe; cents after a comma or a dot) with a currency before or
// after it, or -1.
func amount(low string, i int) int {
	digit := func(k int) bool { return k < len(low) && '0' <= low[k] && low[k] <= '9' }
	k := i
	for digit(k) {
		k++
	}
	if k == i || k-i > 7 {
		return -1
	}
	for k+1 < len(low) && strings.IndexByte(" ,.'", low[k]) >= 0 && digit(k+1) {
		n := 1
		for digit(k + 1 + n) {
			n++
		}
		if n != 3 && (low[k] == ' ' || low[k] == '\'' || n > 2) {
			break
		}
		k += 1 + n
		if n < 3 {
			break // cents end the number
		}
	}
	// a currency before it ("£45", "CHF 300")
	b := i
	for b > 0 && low[b-1] == ' ' {
		b--
	}
	for _, c := range currencies {
		if strings.HasSuffix(low[:b], c) && (c[0] >= utf8.RuneSelf || !isWordRune(rune(c[0])) || boundary(low, b-len(c))) {
			return k
		}
	}
	// or after it ("150 €", "90 euros", "45k€")
	a := skipSpaces(low, k)
	if a == k && k < len(low) && low[k] == 'k' {
		a++
	}
	for _, c := range currencies {
		if strings.HasPrefix(low[a:], c) && (!isWordRune(rune(c[len(c)-1])) || boundary(low, a+len(c))) {
			return a + len(c)
		}
	}
	return -1
}

// gapWords is how many words a "+" in a term lets stand between its parts.
const gapWords = 3

// gapThen returns the end of term rest matched at offset i of low or after
// one to gapWords words and their spaces, or -1: the nearest match wins.
func gapThen(low string, i int, rest string) int {
	for range gapWords + 1 {
		if e := termAt(low, i, rest); e >= 0 {
			return e
		}
		k := i
		for k < len(low) {
			r, size := utf8.DecodeRuneInString(low[k:])
			// a sum is a word there: "contribute £1,500 towards"
			sum := strings.ContainsRune("£€$", r) || (r == ',' || r == '.') && k > i && isDigit(low[k-1]) && k+1 < len(low) && isDigit(low[k+1])
			if !isWordRune(r) && r != '·' && r != '\'' && r != '’' && r != '-' && !sum {
				break
			}
			k += size
		}
		if k == i {
			return -1 // not a word: punctuation ends the phrase
		}
		if i = skipSpaces(low, k); i == k {
			return -1
		}
	}
	return -1
}

// skipInclusive returns the end of the feminine or plural ending written
// at offset i of low, inclusive style, or i: "né(e)s", "candidat·e·s",
// "salarié.e.s", so that "né_au" reads "né(e)s au" as it reads "nés au".
func skipInclusive(low string, i int) int {
	k := i
	for k < len(low) {
		e := k
		switch {
		case strings.HasPrefix(low[k:], "(e)") || strings.HasPrefix(low[k:], "(s)"):
			e = k + 3
		case strings.HasPrefix(low[k:], "(es)"):
			e = k + 4
		case strings.HasPrefix(low[k:], "·") || low[k] == '.':
			j := k + len("·")
			if low[k] == '.' {
				j = k + 1
			}
			for _, end := range []string{"es", "e", "s"} {
				if strings.HasPrefix(low[j:], end) && boundary(low, j+len(end)) {
					e = j + len(end)
					break
				}
			}
		case low[k] == 'e' || low[k] == 's':
			if k > i && boundary(low, k+1) { // the "s" of "(e)s"
				e = k + 1
			}
		}
		if e == k {
			break
		}
		k = e
	}
	return k
}

// fillerWords may stand inside a term without changing what it says:
// "vous vivez déjà à Genève" is "vivez à", "you must currently live in"
// is "live in".
var fillerWords = []string{"déjà", "already", "currently", "actuellement", "idéalement", "ideally", "preferably", "impérativement",
	"obligatoirement", "nécessairement", "necessarily", "still", "toujours", "really", "vraiment", "also", "aussi"}

// skipFiller returns the offset after a filler word and its spaces at
// offset i of low, or i.
func skipFiller(low string, i int) int {
	if i >= len(low) || !strings.ContainsRune("daciponstrv", rune(low[i])) {
		return i // no filler starts with this byte: most words stop here
	}
	// The word up to the next space, compared whole: a filler's length
	// tells most words apart without reading them.
	// The word up to the next space, compared whole: a filler's length
	// tells most words apart without reading them.
	if j := strings.IndexByte(low[i:], ' '); j > 0 && slices.Contains(fillerWords, low[i:i+j]) {
		return skipSpaces(low, i+j)
	}
	return i
}

func skipSpaces(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') {
		i++
	}
	return i
}

// phrase is the concept as the law rules read a match: its rule,
// category, what it asks for and a rewording.
func (c *concept) phrase(lang string) *phrase {
	p := &phrase{rule: c.rule, lang: lang, category: c.category, what: c.what, suggest: c.suggest[1]}
	if lang == "fr" {
		p.suggest = c.suggest[0]
	}
	return p
}

// withConcepts adds to a rule's phrase matches the concept matches the
// phrases missed.
func (r *run) withConcepts(rule string, ms []match) []match {
	more := r.conceptMatches(rule, ms)
	if len(more) == 0 {
		return ms
	}
	out := append(ms[:len(ms):len(ms)], more...)
	slices.SortStableFunc(out, func(a, b match) int { return a.start - b.start })
	return out
}

// degreeWords qualify the term after them without changing what it is
// said of.
var degreeWords = []string{"exclusivement", "uniquement", "majoritairement", "essentiellement", "principalement", "entièrement",
	"exclusively", "mainly", "mostly", "predominantly", "largely", "entirely", "only"}

// inAddress says whether the word at offset i of low is part of an e-mail
// address or a web address ("ecole@mosquee-exemple.fr", "www.church-jobs.org"):
// a name, not what the sentence says.
func inAddress(low string, i int) bool {
	a := i
	for a > 0 && a > i-64 && low[a-1] != ' ' && low[a-1] != '\n' && low[a-1] != '(' && low[a-1] != '<' {
		a--
	}
	e := i
	for e < len(low) && e < i+64 && low[e] != ' ' && low[e] != '\n' && low[e] != ')' && low[e] != '>' {
		e++
	}
	w := low[a:e]
	return strings.IndexByte(w, '@') >= 0 || strings.Contains(w, "://") || strings.HasPrefix(w, "www.")
}

// postalAddressAfter is the rest of a postal address after a name in it:
// a street number and its street, then more of the address up to a
// postcode ("…Episcopal Church, 2880 N. High St., Columbus, OH 43202",
// "…curé, Presbytère des Chartreux, 21 place Edmond-Audran, 13004
// Marseille"). A count is no street ("attend church, 3 times a week,
// and…"): the postcode tells them apart.
var postalAddressAfter = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[^\n]{0,60}?, \d{1,5}[a-z]?,? \pL[^\n,]{0,40},[^\n]{0,60}?(?:\b\d{4,5}\b|\b[a-z]{1,2}\d{1,2}[a-z]? \d[a-z]{2}\b)`)
})

// postalAddress says whether the word ending at offset e of low names a
// place or a person of a postal address: where to send an application,
// not what the sentence asks.
func postalAddress(low string, e int) bool {
	if e >= len(low) || low[e] != ',' {
		return false
	}
	return postalAddressAfter().MatchString(low[e:min(len(low), e+160)])
}

// codeNumber says whether a term at low[i:e] that opens or ends with a
// number is part of a code or a citation rather than an age: after a
// section sign ("§ 22-32-109.8"), or running on into another number
// ("22-32-109").
func codeNumber(low string, i, e int) bool {
	if !isDigit(low[i]) && !isDigit(low[e-1]) {
		return false
	}
	before := strings.TrimRight(low[max(0, i-4):i], " ")
	if strings.HasSuffix(before, "§") {
		return true
	}
	return e+1 < len(low) && (low[e] == '-' || low[e] == '.' || low[e] == '/') && isDigit(low[e+1]) || inThousands(low, e)
}

// inThousands says whether the figure ending at offset e of low goes on
// in thousands: "under 26,001 lbs".
func inThousands(low string, e int) bool {
	return e > 0 && isDigit(low[e-1]) && e+3 < len(low) && low[e] == ',' && isDigit(low[e+1]) && isDigit(low[e+2]) && isDigit(low[e+3])
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }
