package lint

import (
	"os"
	"path/filepath"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// Every pattern of data/phrases.tsv matches, with the matcher lint runs,
// exactly what package regexp matches: at every word start around every
// key of every posting of the labelled corpus and the test postings, the
// same end or none, and the same verdict of the unless-after and
// unless-before expressions.
func TestPatternsMatchAsRegexp(t *testing.T) {
	if raceDetector {
		// One goroutine compares two matchers at every start around every
		// key of every posting: the race detector has nothing to find
		// here and made this the suite's longest test by minutes.
		// .ci/run runs it again without -race.
		t.Skip("a single-goroutine comparison: run without -race, as .ci/run does")
	}
	var files []string
	for _, g := range []string{"../../testdata/lint/corpus/*/*.md", "../../testdata/lint/corpus/*.md", "testdata/*.md", "testdata/*.txt", "testdata/*.html"} {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	if len(files) < 10 {
		t.Fatalf("%d postings to match on, want 10 or more", len(files))
	}
	// A few lines that reach the patterns' corners: \p{L} runs in other
	// scripts, apostrophes, numbers in words, inclusive endings.
	extra := "moins de 35 ans. âgé(e) de 25 à 35 ans ; âge max : 30 ans. jeune et dynamique, motivé·e·s.\n\n" +
		"we want a young man, males only. no history of back injuries. current and expected salary? what you currently earn.\n\n" +
		"vous êtes jeune ? candidatе молодой jeunes дружелюбные. caution de 200 €. wear many hats, rock stars, ninjas.\n\n" +
		"pas d'activité syndicale ni grève. 3 ans d'expérience maximum. no more than three years' experience.\n\n"
	ps := phrases()
	type compiled struct{ anchored, after, before *regexp.Regexp }
	std := make([]compiled, ps.n)
	lines := strings.Split(phrasesTSV, "\n")
	for i := range ps.n {
		p := ps.at(i)
		// The fields as the file writes them, found again by the phrase's pattern.
		var after, before string
		for _, l := range lines {
			f := strings.Split(l, "\t")
			if len(f) == 9 && f[0] == p.rule && f[1] == p.lang && f[4] == p.pattern {
				after, before = f[5], f[6]
				break
			}
		}
		std[i].anchored = regexp.MustCompile(`^(?:` + expr(p.pattern) + `)`)
		if after != "-" && after != "" {
			std[i].after = regexp.MustCompile(`^(?:` + expr(after) + `)`)
		}
		if before != "-" && before != "" {
			std[i].before = regexp.MustCompile(`(?:` + expr(before) + `)$`)
		}
	}
	l, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	tried := 0
	check := func(name, lang, text string) {
		low := fold(text)
		d := &Document{Lang: lang, low: low}
		r := &run{l: l, d: d, a: analyse(low, lang, nil)}
		defer r.a.release()
		for _, h := range r.keyHits() {
			rx, err := ps.at(h.phrase).patterns()
			if err != nil {
				t.Fatal(err)
			}
			want := std[h.phrase]
			ws, we := runeStart(low, max(0, h.at-window)), runeStart(low, min(len(low), h.at+h.n+window))
			for s := ws; s <= h.at; s++ {
				if !utf8.RuneStart(low[s]) {
					continue
				}
				tried++
				got, m := rx.anchored.matchAt(low[s:we]), want.anchored.FindStringIndex(low[s:we])
				if m == nil && got != -1 || m != nil && got != m[1] {
					t.Fatalf("%s: phrase %q at %q: end %d, regexp says %v", name, ps.at(h.phrase).pattern, clip(low[s:we], 40), got, m)
				}
				if want.after != nil {
					in := low[s:we]
					if got, w := rx.after.matchAt(in) >= 0, want.after.MatchString(in); got != w {
						t.Fatalf("%s: unless-after of %q on %q: %v, regexp says %v", name, ps.at(h.phrase).pattern, clip(in, 40), got, w)
					}
				}
				if want.before != nil {
					in := low[ws:s]
					if got, w := rx.before.matchesEnd(in), want.before.MatchString(in); got != w {
						t.Fatalf("%s: unless-before of %q on %q: %v, regexp says %v", name, ps.at(h.phrase).pattern, clip(in, 40), got, w)
					}
				}
			}
		}
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, lang := range []string{"fr", "en"} {
			check(f, lang, string(src))
		}
	}
	for _, lang := range []string{"fr", "en"} {
		check("extra", lang, extra)
	}
	if tried < 10_000 {
		t.Fatalf("%d starts compared, want 10,000 or more", tried)
	}
}

// A pattern the placeholder for \p{L} cannot stand in is refused, not
// compiled to something else.
func TestPatternLettersRefused(t *testing.T) {
	for _, src := range []string{`[^\p{L}]+`, "a\U0010FFFDb", `[^a-z\p{L}]`} {
		if _, err := compilePattern(src); err == nil {
			t.Errorf("%q compiled", src)
		}
	}
	for _, src := range []string{`\S+\p{L}`, `[\p{L}-]+`, `x\p{L}*y`, `[^\s]\p{L}`} {
		p, err := compilePattern(src)
		if err != nil {
			t.Errorf("%q: %v", src, err)
			continue
		}
		want := regexp.MustCompile(`^(?:` + src + `)`)
		for _, in := range []string{"xéy", "x-y", "ab-cd", "été", "x1y", "молодой z", "-é", "a b"} {
			if got, m := p.matchAt(in), want.FindStringIndex(in); m == nil && got != -1 || m != nil && got != m[1] {
				t.Errorf("%q on %q: %d, regexp says %v", src, in, got, m)
			}
		}
	}
}

// The class of letters made from unicode.L is the one the parser gives
// \p{L}.
func TestLetterClassIsTheParsers(t *testing.T) {
	re, err := syntax.Parse(`\p{L}`, syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(letterClass(), re.Rune) {
		t.Errorf("letterClass has %d runes, the parser's \\p{L} %d, or they differ", len(letterClass()), len(re.Rune))
	}
}

// A shorter match found first does not hide a longer one that ends where
// the text does: the pairs a search leaves untried are not failures.
func TestMatchesEndPastAShorterMatch(t *testing.T) {
	for _, c := range []struct{ expr, in string }{
		{`\S* ?(?:q|q r)`, "a q r"},
		{`(?:no|we|we'll reimburse\p{L}* the) `, "we'll reimburse the "},
	} {
		p, err := compilePattern(c.expr)
		if err != nil {
			t.Fatal(err)
		}
		want := regexp.MustCompile(`(?:` + c.expr + `)$`).MatchString(c.in)
		if got := p.matchesEnd(c.in); got != want {
			t.Errorf("%q on %q: %v, regexp says %v", c.expr, c.in, got, want)
		}
	}
}
