package lint

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed data/gender-decoder.txt
var genderTXT string

//go:embed data/gender-fr.txt
var genderFrTXT string

// genderLists are the stems of one language's list, indexed by their
// first byte so a word costs a few prefix tests, not a hundred.
type genderLists struct {
	masculine, feminine *[256][]string
	hyphenated          []string
	exceptions          map[string]bool
}

// genderEN and genderFR are the lists: gender-decoder's English stems
// and their French counterparts, each parsed when a posting in its
// language first needs it.
var (
	genderEN = sync.OnceValue(func() *genderLists { return parseGender(genderTXT) })
	genderFR = sync.OnceValue(func() *genderLists { return parseGender(genderFrTXT) })
)

// genderData is lang's lists; nil for a language without them.
func genderData(lang string) *genderLists {
	switch lang {
	case "en":
		return genderEN()
	case "fr":
		return genderFR()
	}
	return nil
}

func parseGender(txt string) *genderLists {
	g := &genderLists{masculine: new([256][]string), feminine: new([256][]string), exceptions: map[string]bool{}}
	section := ""
	for _, line := range strings.Split(txt, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || line[0] == '#':
		case line[0] == '[':
			section = strings.Trim(line, "[]")
		case section == "masculine":
			g.masculine[line[0]] = append(g.masculine[line[0]], line)
		case section == "feminine":
			g.feminine[line[0]] = append(g.feminine[line[0]], line)
		case section == "hyphenated":
			g.hyphenated = append(g.hyphenated, line)
		case section == "exceptions" || section == "exceptions-jobdesc":
			g.exceptions[line] = true
		}
	}
	return g
}

func coded(index *[256][]string, w string) string {
	if w == "" {
		return ""
	}
	for _, stem := range index[w[0]] {
		if strings.HasPrefix(w, stem) {
			return stem
		}
	}
	return ""
}

// GenderReport is the gender-decoder verdict on a text. Its JSON keys and
// coding strings are the gender-decoder project's, so tools written for it
// read ours.
type GenderReport struct {
	MasculineWordCount  int      `json:"masculine_word_count"`
	FeminineWordCount   int      `json:"feminine_word_count"`
	MasculineCodedWords []string `json:"masculine_coded_words"`
	FeminineCodedWords  []string `json:"feminine_coded_words"`
	// Coding is "empty", "neutral", "feminine-coded", "strongly
	// feminine-coded", "masculine-coded" or "strongly masculine-coded".
	Coding string `json:"coding"`
}

// codedWord is a coded word and where it is.
type codedWord struct {
	span
	word, stem string
}

// genderWords splits English text as gender-decoder does (on punctuation,
// slashes, ampersands and dashes) and returns its coded words. A
// hyphenated word counts whole when the whole is coded ("co-operative",
// "self-confident") and else by its parts ("servant-leader" is "leader").
// Unlike gender-decoder, a word that starts with two stems of one list
// ("dominant": "domina" and "dominant") counts once.
// The words are appended to masc and fem.
func genderWords(low, lang string, masc, fem []codedWord) ([]codedWord, []codedWord) {
	g := genderData(lang)
	if g == nil {
		return masc, fem
	}
	check := func(s, e int) {
		if lang == "fr" {
			s = afterElision(low, s, e)
		}
		w := low[s:e]
		if w == "" || g.exceptions[w] {
			return
		}
		if stem := coded(g.masculine, w); stem != "" {
			masc = append(masc, codedWord{span{s, e}, w, stem})
		}
		if stem := coded(g.feminine, w); stem != "" {
			fem = append(fem, codedWord{span{s, e}, w, stem})
		}
	}
	word := func(s, e int) {
		w := low[s:e]
		if !strings.Contains(w, "-") {
			check(s, e)
			return
		}
		for _, h := range g.hyphenated {
			if strings.HasPrefix(w, h) {
				check(s, e)
				return
			}
		}
		for s < e {
			i := strings.IndexByte(low[s:e], '-')
			if i < 0 {
				i = e - s
			}
			check(s, s+i)
			s += i + 1
		}
	}
	start := -1
	for i := 0; i < len(low); {
		r, size := rune(low[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(low[i:])
		}
		if isWordRune(r) || r == '-' {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			word(start, i)
			start = -1
		}
		i += size
	}
	if start >= 0 {
		word(start, len(low))
	}
	return masc, fem
}

// afterElision is where a French word starts after an elided article or
// pronoun ("l'", "d'", "qu'", "s'"): the stems are the word's, not the
// article's.
func afterElision(low string, s, e int) int {
	for i := s; i < e && i < s+3; i++ {
		if low[i] == '\'' {
			return i + 1
		}
		if strings.HasPrefix(low[i:e], "’") {
			return i + len("’")
		}
	}
	return s
}

// GenderDecode scores an English text as gender-decoder does.
func GenderDecode(text string) GenderReport {
	m, f := genderWords(fold(text), "en", nil, nil)
	return genderReport(m, f)
}

func genderReport(m, f []codedWord) GenderReport {
	rep := GenderReport{MasculineWordCount: len(m), FeminineWordCount: len(f),
		MasculineCodedWords: make([]string, len(m)), FeminineCodedWords: make([]string, len(f))}
	for i, w := range m {
		rep.MasculineCodedWords[i] = w.word
	}
	for i, w := range f {
		rep.FeminineCodedWords[i] = w.word
	}
	switch score := len(f) - len(m); {
	case score == 0 && len(f) == 0:
		rep.Coding = "empty"
	case score == 0:
		rep.Coding = "neutral"
	case score > 3:
		rep.Coding = "strongly feminine-coded"
	case score > 0:
		rep.Coding = "feminine-coded"
	case score < -3:
		rep.Coding = "strongly masculine-coded"
	default:
		rep.Coding = "masculine-coded"
	}
	return rep
}

const genderHelp = "Gaucher, Friesen and Kay (2011) found that job ads worded with more " +
	"masculine-coded words (\"competitive\", \"dominant\", \"leader\") draw fewer women, who " +
	"judge they would belong less, while feminine-coded wording barely changes how men " +
	"see the job. The English word stems are the study's, as the gender-decoder project publishes them; " +
	"the French ones render them (data/gender-fr.txt)."

func checkGender(r *run) {
	if genderData(r.d.Lang) == nil {
		return
	}
	if r.gender == nil {
		r.masc, r.fem = r.ownWords(r.a.masc), r.ownWords(r.a.fem)
		rep := genderReport(r.masc, r.fem)
		r.gender, r.res.Gender = &rep, &rep
	}
	m, f, rep := r.masc, r.fem, *r.gender
	if r.rule.ID == "gender-coded-word" {
		for _, w := range m {
			r.add(w.start, 0, fmt.Sprintf("%q is masculine-coded (stem %q)", r.quote(w.span), w.stem), "")
		}
		return
	}
	if !strings.HasSuffix(rep.Coding, "masculine-coded") {
		return
	}
	words := make([]string, 0, len(m))
	seen := map[string]bool{}
	for _, w := range m {
		if !seen[w.word] {
			seen[w.word] = true
			words = append(words, fmt.Sprintf("%q", w.word))
		}
	}
	// A count of listed words sums ordinary ones ("lead", "active",
	// "analytical") as much as macho ones: it is advice, as gender-decoder
	// gives it. Explicit macho wording ("killer instinct", "alpha") is
	// the cliché rule's, at warning.
	r.add(m[0].start, 0, fmt.Sprintf("%s wording: %d masculine-coded words (%s) against %d feminine-coded; such ads draw fewer women applicants",
		rep.Coding, len(m), strings.Join(words, ", "), len(f)),
		"reword some of them or describe the collaborative side of the job (\"support\", \"collaborate\", \"understand\")")
}

// ownWords are the coded words the posting chose to describe the job: not
// the job's title ("Head of Sales", "Analyste") nor a proper name (a
// company called "Independent Press"), which a reader does not take as
// the employer's tone.
func (r *run) ownWords(ws []codedWord) []codedWord {
	// A one-line text is its own title: its words are still its wording.
	// Labelled title lines ("Job title: …") are rare; the heading is the
	// title, and looking for labels would cost a scan of every posting.
	title, _ := r.d.mainTitle()
	if title.start < 0 || strings.TrimSpace(r.d.text[title.end:]) == "" {
		title = span{-1, -1}
	}
	out := make([]codedWord, 0, len(ws))
	for _, w := range ws {
		if title.start <= w.start && w.end <= title.end || properName(r.d.text, w.start) {
			continue
		}
		out = append(out, w)
	}
	return out
}

// properName says whether the word at i is capitalised in the middle of a
// sentence: a name, not a description.
func properName(text string, i int) bool {
	if i >= len(text) || text[i] < 'A' || text[i] > 'Z' {
		return false
	}
	j := i - 1
	for j >= 0 && (text[j] == ' ' || text[j] == '\t') {
		j--
	}
	return j >= 0 && !strings.ContainsRune(".!?:;\n-•*(«\"'’", rune(text[j]))
}
