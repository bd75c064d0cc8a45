package lint

import (
	"slices"
	"strconv"
	"strings"
	"sync"
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
//   - "#" is an age, a number from 15 to 75; "%" any number;
//   - "~" joins a range: "-", "–", "/", " to ", " à ", " et ", " and ";
//   - "_" is any run of spaces, "'" either apostrophe;
//   - otherwise a term ends on a word boundary.
type concept struct {
	rule, category string
	what           string
	terms          []string   // what the sentence is about
	cues           [][]string // one of each group must be in the sentence
	alone          []string   // or one of these, not after "vous", "you" or "we"
	lawful         []string   // in the sentence, they make it lawful (substrings)
	notAfter       []string   // right after the term, it means something else
	suggest        [2]string  // fr, en
}

// conceptSet is the concepts with their terms indexed by first byte, so
// one pass over a document's words finds every concept's terms.
type conceptSet struct {
	all   []concept
	first map[byte][]conceptTerm
}

type conceptTerm struct {
	concept int
	term    string
}

var concepts = sync.OnceValue(func() *conceptSet {
	cs := &conceptSet{all: conceptList(), first: map[byte][]conceptTerm{}}
	for i, c := range cs.all {
		for _, t := range c.terms {
			for _, b := range firstBytesOf(t) {
				cs.first[b] = append(cs.first[b], conceptTerm{i, t})
			}
		}
	}
	return cs
})

// firstBytesOf are the bytes a term can start with.
func firstBytesOf(t string) []byte {
	if t[0] == '#' || t[0] == '%' || t[0] == '(' {
		return []byte("0123456789")
	}
	return []byte{t[0]}
}

// concepts finds the concept matches of rule in the document: at most
// one a sentence and category, none in a sentence where a phrase match of
// the category (in have) already is.
func (r *run) concepts(rule string, have []match) []match {
	cs := concepts()
	low := r.d.low
	type said struct {
		sentence int
		category string
	}
	done := map[said]bool{}
	for _, m := range have {
		done[said{r.a.sentenceAt(m.start).start, m.p.category}] = true
	}
	var out []match
	for _, w := range r.a.words {
		for _, ct := range cs.first[low[w.start]] {
			c := &cs.all[ct.concept]
			if c.rule != rule {
				continue
			}
			at := w.start
			if ct.term[0] == '(' {
				at-- // a bracketed range, "(21–28)": the word is its first number
				if at < 0 || low[at] != '(' {
					continue
				}
			}
			e := termAt(low, at, ct.term)
			if e < 0 || r.servedBy(c.category, at) {
				continue
			}
			s := r.a.sentenceAt(w.start)
			if s.end <= s.start {
				s = span{runeStart(low, max(0, w.start-window)), runeStart(low, min(len(low), e+window))}
			}
			k := said{s.start, c.category}
			if done[k] || !c.holds(low, s, w.start, e) {
				continue
			}
			done[k] = true
			out = append(out, match{span{at, e}, c.phrase(r.d.Lang)})
		}
	}
	return out
}

// servedBy says whether the word before offset at names the public a
// job serves ("une clientèle européenne", "our female guests"): a sex,
// an origin or an age there is theirs.
func (r *run) servedBy(category string, at int) bool {
	switch category {
	case "sex", "origin", "age":
		w, _ := wordBefore(r.d.low, at)
		return slices.Contains(publicWords, w) || w == "clientèle" || w == "public"
	}
	return false
}

// holds says whether the term at [at, e) of low, in sentence s, is the
// concept: its cues are in the sentence, nothing there makes it lawful.
func (c *concept) holds(low string, s span, at, e int) bool {
	after := low[e:runeStart(low, min(len(low), e+24))]
	for _, n := range c.notAfter {
		if strings.HasPrefix(after, n) {
			return false
		}
	}
	text := low[s.start:s.end]
	if containsAny(text, c.lawful) || containsAny(text, equalOpportunity) {
		return false
	}
	if len(c.alone) > 0 && hasTerm(low, s, c.alone, at, e, notAfterSubject) {
		return true
	}
	for _, group := range c.cues {
		if !hasTerm(low, s, group, at, e, nil) {
			return false
		}
	}
	return true
}

// notAfterSubject says whether the word at offset i of low follows no
// subject: "joignez" asks, "vous joignez" describes.
func notAfterSubject(low string, i int) bool {
	w, _ := wordBefore(low, i)
	return !slices.Contains([]string{"vous", "you", "we", "nous", "they", "ils", "elles", "on"}, w)
}

// hasTerm says whether one of terms starts a word of the sentence s of
// low, outside the span [at, e) the lexicon matched; "?" is a question.
func hasTerm(low string, s span, terms []string, at, e int, ok func(low string, i int) bool) bool {
	for _, t := range terms {
		if t == "?" {
			if strings.Contains(low[s.start:s.end], "?") {
				return true
			}
			continue
		}
		for i := s.start; i < s.end; {
			j := strings.Index(low[i:s.end], t[:1])
			if t[0] == '#' || t[0] == '%' {
				j = strings.IndexAny(low[i:s.end], "0123456789")
			}
			if j < 0 {
				break
			}
			i += j
			if (i < at || i >= e) && boundary(low, i) {
				if end := termAt(low[:s.end], i, t); end >= 0 && (ok == nil || ok(low, i)) {
					return true
				}
			}
			i++
		}
	}
	return false
}

// termAt returns the end of term t matched at offset i of low, or -1.
func termAt(low string, i int, t string) int {
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
			if k == i || k-i > 6 {
				return -1
			}
			if c == '#' {
				n, _ := strconv.Atoi(low[i:k])
				if k-i > 2 || n < 15 || n > 75 {
					return -1
				}
			}
			i = k
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
					return -1
				}
			}
			i = skipSpaces(low, k)
		case '_':
			k := skipSpaces(low, i)
			if k == i {
				return -1
			}
			i = k
		case '\'':
			switch {
			case strings.HasPrefix(low[i:], "'"):
				i++
			case strings.HasPrefix(low[i:], "’"):
				i += len("’")
			default:
				return -1
			}
		default:
			if i >= len(low) || low[i] != c {
				return -1
			}
			i++
		}
	}
	last := t[len(t)-1]
	if (isWordRune(rune(last)) || last >= utf8.RuneSelf || last == '#' || last == '%') && !boundary(low, i) {
		return -1
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
	more := r.concepts(rule, ms)
	if len(more) == 0 {
		return ms
	}
	out := append(ms[:len(ms):len(ms)], more...)
	slices.SortStableFunc(out, func(a, b match) int { return a.start - b.start })
	return out
}
