package lint

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
)

// testTexts are the postings of the labelled corpus and of testdata, and
// texts that reach the corners of splitting at blank lines.
func testTexts(t *testing.T) map[string]string {
	t.Helper()
	texts := map[string]string{
		"triple":   "one two.\n\n\nthree four\n\nfive",
		"joiner":   "savoir-\n\nfaire aujourd'\n\nhui chargé·\n\ne",
		"trailing": "a sentence. another one\n\n",
		"leading":  "\n\nword\n\n\n\n",
		"terminal": "end?\n\n\"quoted\" (x.)\n\nlast…",
		"empty":    "",
	}
	var files []string
	for _, g := range []string{"../../testdata/lint/corpus/*/*.md", "../../testdata/lint/corpus/*.md", "testdata/*.md", "testdata/*.txt", "testdata/*.html"} {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	if len(files) < 10 {
		t.Fatalf("%d postings, want 10 or more", len(files))
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := Parse(f, "", Markdown, src)
		if err != nil {
			t.Fatal(err)
		}
		texts[f] = d.low
	}
	return texts
}

// Analysing a text block by block, with blocks remembered from the texts
// before, finds the same words, word starts, sentences, syllables, phrase keys and
// gender-coded words as analysing it whole.
func TestAnalyseByBlocks(t *testing.T) {
	var blocks memo[blockKey, *analysis]
	keys, codedWords := 0, 0
	for pass := range 2 { // the second pass takes every block from the memo
		for name, low := range testTexts(t) {
			for _, lang := range []string{"fr", "en"} {
				whole := analyse(low, lang, nil)
				want := analysis{words: append([]span{}, whole.words...), starts: append([]int{}, whole.starts...), hits: append([]hit{}, whole.hits...),
					sentences: append([]sentence{}, whole.sentences...), syllables: whole.syllables,
					masc: append([]codedWord{}, whole.masc...), fem: append([]codedWord{}, whole.fem...)}
				whole.release()
				keys, codedWords = keys+len(want.hits), codedWords+len(want.masc)+len(want.fem)
				got := analyse(low, lang, &blocks)
				if !slices.Equal(got.words, want.words) || !slices.Equal(got.starts, want.starts) || !slices.Equal(got.hits, want.hits) ||
					!slices.Equal(got.sentences, want.sentences) || got.syllables != want.syllables ||
					!slices.Equal(got.masc, want.masc) || !slices.Equal(got.fem, want.fem) {
					t.Errorf("pass %d, %s (%s): by blocks %d words, %d sentences, %d syllables, %d keys, %d+%d coded; whole %d, %d, %d, %d, %d+%d",
						pass, name, lang, len(got.words), len(got.sentences), got.syllables, len(got.hits), len(got.masc), len(got.fem),
						len(want.words), len(want.sentences), want.syllables, len(want.hits), len(want.masc), len(want.fem))
				}
				got.release()
			}
		}
	}
	if keys == 0 || codedWords == 0 {
		t.Fatalf("%d phrase keys, %d coded words: the test compares nothing", keys, codedWords)
	}
}

// Linting a posting again with the same linter, which then takes its
// phrase candidates, blocks and lines from what it remembers, finds the
// same as a fresh linter.
func TestLintRemembersTheSame(t *testing.T) {
	l, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for name, low := range testTexts(t) {
		for range 2 {
			fresh, _ := New(Config{})
			d1, _ := Parse(name, "", Text, []byte(low))
			d2, _ := Parse(name, "", Text, []byte(low))
			if got, want := l.Lint(d1), fresh.Lint(d2); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: remembered %+v\nfresh %+v", name, got.Findings, want.Findings)
			}
		}
	}
}

// The English lines of a French posting are the same found afresh or
// remembered.
func TestForeignLinesRemembered(t *testing.T) {
	var seen memo[string, string]
	found := 0
	texts := testTexts(t)
	texts["english"] = "nous recrutons.\nwe are looking for a person who will be in charge of the team and of the work\nfin"
	for pass := range 2 {
		for name, low := range texts {
			want := foreignParagraphs(low, nil)
			found += len(want)
			if got := foreignParagraphs(low, &seen); !slices.Equal(got, want) {
				t.Errorf("pass %d, %s: remembered %v, fresh %v", pass, name, got, want)
			}
		}
	}
	if found == 0 {
		t.Fatal("no English line found: the test compares nothing")
	}
}
