package lint

import (
	"iter"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// span is a run of the text: [start, end) byte offsets.
type span struct{ start, end int }

// sentence is a sentence or a block that stands alone (a heading, a list
// item): readers take both in one breath.
type sentence struct {
	span
	words int
}

// analysis is what every rule shares: the words and the sentences, and
// what the phrase and gender rules look up word by word, so that a block
// a batch has seen before costs them nothing.
type analysis struct {
	words []span
	// starts are every offset where a run of letters or digits starts,
	// inside words too.
	starts    []int
	sentences []sentence
	syllables int
	// hits are the phrase keys of the language at word starts, in text
	// order, each start's keys in index order.
	hits []hit
	// masc and fem are the gender-coded words (gender-decoder's stems in
	// English, their counterparts in French).
	masc, fem []codedWord
	// concepts are the concept terms at word starts, in text order.
	concepts []conceptHit
	// blocks are the text's blocks (between blank lines), in order, with
	// their function words of each language: what tells a part written in
	// the other language.
	blocks []blockLang
	// needs are the numbers in needs() of the literals each block holds
	// (no literal holds a line break, so these are all the text's), when
	// known: only an analysis made of the blocks a batch remembers has them.
	needs      []uint16
	needsKnown bool
	// byPhrase holds a run's hits in phrase order (keyHits), kept with
	// the analysis so a batch does not allocate them again.
	byPhrase []hit
}

// blockLang is a block and how many French and English function words
// and words it has.
type blockLang struct {
	span
	fr, en, words int
}

// asciiWordLo and asciiWordHi are the ASCII letters and digits as bit
// sets of code points 0–63 and 64–127: the test every byte of a posting
// goes through, kept to a shift and a mask.
const (
	asciiWordLo = 0x03ff000000000000 // 0-9
	asciiWordHi = 0x07fffffe07fffffe // A-Z, a-z
)

func isWordRune(r rune) bool {
	if r < 64 {
		return asciiWordLo>>uint(r)&1 == 1
	}
	if r < utf8.RuneSelf {
		return asciiWordHi>>uint(r-64)&1 == 1
	}
	return isLetterOrDigit(r)
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// joiner runes stay inside a word when letters follow: a hyphen
// (savoir-faire), an apostrophe (aujourd'hui) or the median dot (chargé·e).
func joiner(r rune) bool {
	return r == '-' || r == '\'' || r == '’' || r == '·' || r == '\u2011'
}

func terminal(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

// abbreviation says whether the full stop at low[i] ends an abbreviation
// inside a sentence: dotted initials ("U.S. citizens", "U.K.") or a word
// of abbreviations ("e.g. a driving licence", "approx. 40 hours"), with
// more of the line after it. A lone letter ("Plan B.") ends a sentence:
// the folded text cannot tell an initial from it.
func abbreviation(low string, i int) bool {
	if low[i] != '.' {
		return false
	}
	j := i
	for j > 0 && (low[j-1] >= 'a' && low[j-1] <= 'z' || low[j-1] == '.') {
		j--
	}
	w := low[j:i]
	if j > 0 && isWordRune(rune(low[j-1])) {
		return false // a word ending in a letter outside a–z
	}
	initials := len(w) == 3 && w[1] == '.' // "u.s"
	if !initials && !slices.Contains(abbreviations, w) {
		return false
	}
	// the sentence goes on only if what follows is not a new sentence
	k := i + 1
	for k < len(low) && low[k] == ' ' {
		k++
	}
	return k < len(low) && low[k] != '\n' && k > i+1
}

// abbreviations end with a full stop inside a sentence.
var abbreviations = []string{"e.g", "i.e", "vs", "mr", "mrs", "ms", "dr", "st", "approx", "incl", "dept", "cf", "ex", "ca", "env", "p.ex"}

// analyses keeps the slices of finished analyses: a batch lints
// thousands of postings of one size, and reusing them spares the
// collector most of what linting allocates.
var analyses = sync.Pool{New: func() any { return new(analysis) }}

// release hands an analysis back for reuse; it must not be read after.
func (a *analysis) release() {
	a.words, a.starts, a.sentences, a.syllables = a.words[:0], a.starts[:0], a.sentences[:0], 0
	a.hits, a.masc, a.fem, a.concepts, a.blocks = a.hits[:0], a.masc[:0], a.fem[:0], a.concepts[:0], a.blocks[:0]
	a.needs, a.needsKnown, a.byPhrase = a.needs[:0], false, a.byPhrase[:0]
	analyses.Put(a)
}

// blockKey is a block of text (the text between two blank lines) in a
// language: its analysis depends on nothing else.
type blockKey struct{ lang, text string }

// analyse splits low into words and sentences. Sentences never run over
// a blank line, so each block is analysed on its own, and a block seen
// before (the same role's text in another posting of a batch) is taken
// from blocks, when given, instead of analysed again.
func analyse(low, lang string, blocks *memo[blockKey, *analysis]) *analysis {
	a := analyses.Get().(*analysis)
	if a.words == nil {
		a.words, a.starts, a.sentences = make([]span, 0, len(low)/6), make([]int, 0, len(low)/5), make([]sentence, 0, len(low)/80)
	}
	if blocks == nil {
		a.add(low, lang)
		a.lookUp(low, lang)
		a.concepts = conceptTerms(low, a.words, a.concepts)
		for b := range pieces(low, "\n\n") {
			a.blocks = append(a.blocks, langOfBlock(low, b))
		}
		return a
	}
	ni := needs()
	a.needsKnown = ni != nil
	for blk := range pieces(low, "\n\n") {
		s, e := blk.start, blk.end
		if s == len(low) {
			break // the empty rest after a final blank line
		}
		k := blockKey{lang, low[s:e]}
		b, ok := blocks.get(k)
		if !ok {
			k.text = strings.Clone(k.text)
			b = analyseBlock(k.text, lang, ni)
			blocks.put(k, b)
		}
		for _, w := range b.words {
			a.words = append(a.words, span{w.start + s, w.end + s})
		}
		for _, t := range b.starts {
			a.starts = append(a.starts, t+s)
		}
		for _, t := range b.sentences {
			a.sentences = append(a.sentences, sentence{span{t.start + s, t.end + s}, t.words})
		}
		for _, h := range b.hits {
			a.hits = append(a.hits, hit{h.phrase, h.at + s, h.n})
		}
		for _, w := range b.masc {
			a.masc = append(a.masc, codedWord{span{w.start + s, w.end + s}, w.word, w.stem})
		}
		for _, w := range b.fem {
			a.fem = append(a.fem, codedWord{span{w.start + s, w.end + s}, w.word, w.stem})
		}
		for _, h := range b.concepts {
			a.concepts = append(a.concepts, conceptHit{h.concept, span{h.start + s, h.end + s}})
		}
		for _, l := range b.blocks {
			a.blocks = append(a.blocks, blockLang{span{l.start + s, l.end + s}, l.fr, l.en, l.words})
		}
		a.needs = append(a.needs, b.needs...)
		a.syllables += b.syllables
	}
	return a
}

// analyseBlock is the analysis of block, a text between blank lines, for
// a memo: made in a pooled analysis's buffers, and kept in slices of its
// exact sizes. Grown from empty, its slices were allocated a dozen times
// each, at every block a batch had not seen (the posting's own values),
// and kept up to twice the room they needed.
func analyseBlock(block, lang string, ni *needIndex) *analysis {
	t := analyses.Get().(*analysis)
	// A block holds its words, keys and coded words whole: it ends at a
	// blank line, which no key holds and no word.
	t.add(block, lang)
	t.lookUp(block, lang)
	t.concepts = conceptTerms(block, t.words, t.concepts)
	if ni != nil {
		t.needs = ni.held(block, t.needs)
	}
	b := &analysis{words: exact(t.words), starts: exact(t.starts), sentences: exact(t.sentences), syllables: t.syllables,
		hits: exact(t.hits), masc: exact(t.masc), fem: exact(t.fem), concepts: exact(t.concepts), needs: exact(t.needs),
		blocks: []blockLang{langOfBlock(block, span{0, len(block)})}}
	t.release()
	return b
}

// exact is a copy of s in an array of its length; nil when s is empty.
func exact[S ~[]E, E any](s S) S {
	if len(s) == 0 {
		return nil
	}
	return append(S(nil), s...)
}

// langOfBlock counts the function words of block b of low.
func langOfBlock(low string, b span) blockLang {
	fr, en, words := langCount(low[b.start:b.end])
	return blockLang{b, fr, en, words}
}

// wordsAt yields, in text order, the word starts of low where one of ws
// begins, with its index in ws: the occurrences of the words a boundary
// precedes, found without searching the whole text. Each of ws starts with
// a letter or a digit.
func (a *analysis) wordsAt(low string, ws []string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		// The words' first bytes: most word starts hold none of them.
		var first [4]uint64
		for _, w := range ws {
			first[w[0]>>6] |= 1 << (w[0] & 63)
		}
		for _, at := range a.starts {
			if c := low[at]; first[c>>6]&(1<<(c&63)) == 0 {
				continue
			}
			for k, w := range ws {
				if strings.HasPrefix(low[at:], w) && !yield(at, k) {
					return
				}
			}
		}
	}
}

// lookUp finds the phrase keys at the word starts of low, analysed by
// add, and its gender-coded words.
func (a *analysis) lookUp(low, lang string) {
	a.hits = lookUpKeys(low, lang, a.starts, a.hits)
	a.masc, a.fem = genderWords(low, lang, a.masc, a.fem)
}

// lookUpKeys appends to hits the phrase keys of lang at starts, word
// starts of low, in order.
func lookUpKeys(low, lang string, starts []int, hits []hit) []hit {
	idx := phrases().index(lang)
	for _, at := range starts {
		if at+prefixLen > len(low) {
			continue
		}
		for _, k := range idx.lookup(low[at : at+prefixLen]) {
			if strings.HasPrefix(low[at:], idx.key(k)) {
				hits = append(hits, hit{int(k.phrase), at, int(k.n)})
			}
		}
	}
	return hits
}

// add appends the words and sentences of low, a whole text or a block.
func (a *analysis) add(low, lang string) {
	cur := sentence{span: span{-1, -1}}
	end := func(at int) {
		if cur.words > 0 {
			cur.end = at
			a.sentences = append(a.sentences, cur)
		}
		cur = sentence{span: span{-1, -1}}
	}
	start := -1
	var prev rune
	for i := 0; i < len(low); {
		r, size := rune(low[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(low[i:])
		}
		next := i + size
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			if i == 0 || !isWordRune(prev) {
				a.starts = append(a.starts, i)
			}
			prev, i = r, next
			continue
		}
		prev = r
		if start >= 0 && joiner(r) && next < len(low) {
			if n, _ := utf8.DecodeRuneInString(low[next:]); isWordRune(n) {
				i = next
				continue
			}
		}
		if start >= 0 {
			a.words = append(a.words, span{start, i})
			a.syllables += syllables(low[start:i], lang)
			if cur.start < 0 {
				cur.start = start
			}
			cur.words++
			start = -1
		}
		switch {
		case terminal(r):
			if (next >= len(low) || low[next] == ' ' || low[next] == '\n' || low[next] == '"' || low[next] == ')') && !abbreviation(low, i) {
				end(next)
			}
		case r == '\n' && next < len(low) && low[next] == '\n':
			end(i)
		}
		i = next
	}
	if start >= 0 {
		a.words = append(a.words, span{start, len(low)})
		a.syllables += syllables(low[start:], lang)
		if cur.start < 0 {
			cur.start = start
		}
		cur.words++
	}
	end(len(low))
}

// sentenceAt returns the sentence that holds text offset t, or the span of
// the text around it when t falls between sentences.
func (a *analysis) sentenceAt(t int) span {
	i := sort.Search(len(a.sentences), func(i int) bool { return a.sentences[i].end > t })
	if i < len(a.sentences) && a.sentences[i].start <= t {
		return a.sentences[i].span
	}
	return span{t, t}
}

// syllables approximates the spoken syllables of a lower-case word by its
// groups of vowels, as the readability formulas were calibrated on counts
// made by hand. English drops a silent final "e" and the "-es"/"-ed" that
// add no sound; French drops the mute final "e", "es" and the verb ending
// "ent" after a consonant. Hiatus ("réalité", "création") is counted as one
// group and so undercounted; over a posting the error is a few percent,
// less than the formulas' own.
func syllables(w, lang string) int {
	n := 0
	vowelBefore := false
	lastGroupEnd := 0
	for i, r := range w {
		v := isVowel(r, lang)
		if v && !vowelBefore {
			n++
		}
		if v {
			lastGroupEnd = i + utf8.RuneLen(r)
		}
		vowelBefore = v
	}
	if n <= 1 {
		return max(n, 1)
	}
	tail := w[lastGroupEnd:]
	switch lang {
	case "en":
		switch {
		case strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "le") && !strings.HasSuffix(w, "ee") && !strings.HasSuffix(w, "ye"):
			n--
		case strings.HasSuffix(w, "es") && len(w) > 3 && !strings.ContainsRune("sxzh", rune(w[len(w)-3])):
			n--
		case strings.HasSuffix(w, "ed") && len(w) > 3 && !strings.ContainsRune("td", rune(w[len(w)-3])):
			n--
		}
	case "fr":
		switch {
		case tail == "" && strings.HasSuffix(w, "e"), tail == "s" && strings.HasSuffix(w, "es"):
			if prev, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(strings.TrimSuffix(w, "s"), "e")); !isVowel(prev, lang) {
				n--
			}
		case tail == "nt" && strings.HasSuffix(w, "ent") && len(w) > 4 && !isVowel(rune(w[len(w)-4]), lang):
			n--
		}
	}
	return max(n, 1)
}

// asciiVowels is a, e, i, o, u and y as a bit set of code points 64–127.
const asciiVowels = 1<<('a'-64) | 1<<('e'-64) | 1<<('i'-64) | 1<<('o'-64) | 1<<('u'-64) | 1<<('y'-64)

func isVowel(r rune, lang string) bool {
	if r < utf8.RuneSelf {
		return r >= 64 && asciiVowels>>uint(r-64)&1 == 1
	}
	return lang == "fr" && strings.ContainsRune("àâäéèêëîïôöùûüÿœæ", r)
}
