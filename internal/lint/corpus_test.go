package lint

import (
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"go.yaml.in/yaml/v3"
)

// sidecar is what the corpus's readers labelled in a posting.
type sidecar struct {
	Lang     string `yaml:"lang"`
	Country  string `yaml:"country"`
	Sector   string `yaml:"sector"`
	Clean    bool   `yaml:"clean"`
	Problems []struct {
		Category string `yaml:"category"`
		Phrase   string `yaml:"phrase"`
		Why      string `yaml:"why"`
	} `yaml:"problems"`
}

// tally counts, for one category or language, the problems found and the
// scored findings that were right.
type tally struct{ problems, found, findings, right int }

func (t tally) recall() float64    { return ratio(t.found, t.problems) }
func (t tally) precision() float64 { return ratio(t.right, t.findings) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// letters keeps the letters and digits of s, folded, with the offset in s
// of each, so a labelled phrase is found whatever markup or spacing the
// posting puts around its words.
func letters(s string) (string, []int) {
	var b strings.Builder
	var at []int
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n := b.Len()
			b.WriteRune(unicode.ToLower(r))
			for range b.Len() - n {
				at = append(at, i)
			}
		}
	}
	return b.String(), at
}

// about is the span of text a finding is about: from its line and column
// to the end of the words it quotes; start -1 for the whole posting.
func about(d *Document, f Finding) (start, end int) {
	if f.Line == 1 && f.Col == 1 && !strings.HasPrefix(f.Message, `"`) && !strings.HasPrefix(f.Message, "job title") {
		return -1, -1
	}
	start = -1
	for t := range len(d.text) {
		if l, c := d.position(t); l == f.Line && c == f.Col {
			start = t
			break
		}
	}
	if start < 0 {
		return -1, -1
	}
	n := 1
	if q, err := strconv.QuotedPrefix(f.Message); err == nil {
		if u, err := strconv.Unquote(q); err == nil {
			n = len(u)
		}
	}
	return start, start + n
}

// corpusDir scores another labelled corpus, laid out as the shipped one
// (postings beside their sidecars, in folders or not): one its rules were
// not written against, for a measure that does not flatter them.
var corpusDir = flag.String("corpus", "", "score lint on the labelled corpus in this folder instead of testdata/lint/corpus")

// corpusScore lints every posting of the labelled corpus with neither its
// language nor its country given, and scores the warnings and errors
// against the labels: a finding is right when a problem of its category
// overlaps it (or, for a problem of absence, has its category); a problem
// is found when a finding is right about it.
func corpusScore(t *testing.T) (byCat, byLang map[string]*tally, falseClean []string, report string) {
	t.Helper()
	dir, least := *corpusDir, 1
	if dir == "" {
		dir, least = filepath.Join("..", "..", "testdata", "lint", "corpus"), 190
	}
	files, err := filepath.Glob(filepath.Join(dir, "*", "*.md"))
	if more, _ := filepath.Glob(filepath.Join(dir, "*.md")); len(more) > 0 {
		files = append(files, more...)
	}
	if err != nil || len(files) < least {
		t.Fatalf("corpus: %d postings (%v), want %d or more", len(files), err, least)
	}
	l, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	byCat, byLang = map[string]*tally{}, map[string]*tally{}
	get := func(m map[string]*tally, k string) *tally {
		if m[k] == nil {
			m[k] = &tally{}
		}
		return m[k]
	}
	var log strings.Builder
	var langWrong, countryWrong []string
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		side, err := os.ReadFile(strings.TrimSuffix(f, ".md") + ".yaml")
		if err != nil {
			t.Fatal(err)
		}
		var sc sidecar
		if err := yaml.Unmarshal(side, &sc); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		d, err := Parse(filepath.Base(f), "", Markdown, src)
		if err != nil {
			t.Fatal(err)
		}
		res := l.Lint(d)
		name := filepath.Base(filepath.Dir(f)) + "/" + filepath.Base(f)
		if res.Lang != sc.Lang {
			langWrong = append(langWrong, fmt.Sprintf("%s: %s, labelled %s", name, res.Lang, sc.Lang))
		}
		if d.Country != sc.Country {
			countryWrong = append(countryWrong, fmt.Sprintf("%s: %q, labelled %s", name, d.Country, sc.Country))
		}
		text, at := letters(d.text)
		type labelled struct {
			cat   string
			s     span // start -1: a problem of absence
			found bool
		}
		var probs []labelled
		for _, p := range sc.Problems {
			lp := labelled{cat: p.Category, s: span{-1, -1}}
			if q, _ := letters(p.Phrase); q != "" {
				if i := strings.Index(text, q); i >= 0 {
					lp.s = span{at[i], at[i+len(q)-1] + 1}
				}
			}
			probs = append(probs, lp)
		}
		for _, fd := range res.Findings {
			if fd.Severity < Warning || fd.Category == "" {
				continue
			}
			s, e := about(d, fd)
			right := false
			for i := range probs {
				p := &probs[i]
				if p.cat != fd.Category {
					continue
				}
				// A finding about the whole posting (a verdict, something
				// missing) is right about any problem of its category.
				if p.s.start < 0 || s < 0 || (s < p.s.end && p.s.start < e) {
					p.found, right = true, true
				}
			}
			for _, k := range []*tally{get(byCat, fd.Category), get(byLang, sc.Lang)} {
				k.findings++
				if right {
					k.right++
				}
			}
			if !right {
				fmt.Fprintf(&log, "  false alarm %s:%d: [%s] %s\n", name, fd.Line, fd.Category, fd.Message)
			}
			if sc.Clean {
				falseClean = append(falseClean, fmt.Sprintf("%s:%d: %s", name, fd.Line, fd.Message))
			}
		}
		for i, p := range probs {
			for _, k := range []*tally{get(byCat, p.cat), get(byLang, sc.Lang)} {
				k.problems++
				if p.found {
					k.found++
				}
			}
			if !p.found {
				fmt.Fprintf(&log, "  missed %s: [%s] %q\n", name, p.cat, sc.Problems[i].Phrase)
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-16s %9s %9s %9s %9s\n", "", "problems", "recall", "findings", "precision")
	for _, m := range []map[string]*tally{byLang, byCat} {
		for _, k := range slices.Sorted(maps.Keys(m)) {
			v := m[k]
			fmt.Fprintf(&b, "%-16s %9d %9.2f %9d %9.2f\n", k, v.problems, v.recall(), v.findings, v.precision())
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "language detected wrongly: %d %v\ncountry inferred wrongly: %d %v\nclean postings with a warning: %d\n",
		len(langWrong), langWrong, len(countryWrong), countryWrong, len(falseClean))
	for _, c := range falseClean {
		b.WriteString("  " + c + "\n")
	}
	return byCat, byLang, falseClean, b.String() + "\n" + log.String()
}

// TestCorpus holds the rules to the recall and precision they reach on the
// labelled corpus, so a change that loses ground fails. Run with -v to see
// the table, every missed problem and every false alarm.
//
// The corpus grew in batches, each written blind (by readers who never saw
// the rules) and frozen, sidecars included, before any rule was tuned on it:
// the numbered postings and the b*, c*, d* and e* batches. One correction
// since: five labels that filed political opinions alone under
// other-ground, against the corpus's own brief (union: membership,
// activity, political opinions, strikes), say union, as its other labels
// of political opinions do. The d* batch (40
// postings in subtler wording, 8 clean) scored, before it joined: en recall
// 0.75 precision 0.90, fr 0.70 and 0.79, 4 of its clean postings warned. The
// e* batch (40 postings, 8 clean, mostly trades and small employers) was
// frozen before any rule was tuned on it and scored, when it joined: en
// recall 0.78 precision 0.80, fr 0.67 and 0.89, 2 of its clean postings
// warned.
func TestCorpus(t *testing.T) {
	_, byLang, falseClean, report := corpusScore(t)
	t.Log("\n" + report)
	// Coded slang ("rockstar", "ninja") is reported as a cliché and as
	// masculine-coded wording: this corpus labels most of it a cliché
	// only, the blind ones gender-coded, so precision here pays for it.
	// So does a wording standing for the pay ("competitive salary") where
	// no law asks for pay: a warning, as the blind corpora since the
	// 66th label it, where this one's readers (Singapore, Georgia) did not.
	floors := map[string][2]float64{ // language: recall, precision
		"fr": {0.93, 0.92},
		"en": {0.95, 0.92},
	}
	for lang, f := range floors {
		got := byLang[lang]
		if got == nil {
			t.Fatalf("no %s posting scored", lang)
		}
		if got.recall() < f[0] || got.precision() < f[1] {
			t.Errorf("%s: recall %.4f, precision %.4f; want at least %.2f and %.2f", lang, got.recall(), got.precision(), f[0], f[1])
		}
	}
	if len(falseClean) > 0 {
		t.Errorf("%d warnings on clean postings", len(falseClean))
	}
}
