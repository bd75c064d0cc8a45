package lint

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzLint lints any text, in both languages and every input format:
// whatever a posting holds, lint reports on it and does not crash, and
// every finding's line is one of the text's. The seeds are the labelled
// corpus, which a mutation turns into the near-misses real postings are.
func FuzzLint(f *testing.F) {
	for _, lang := range []string{"en", "fr"} {
		files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "lint", "corpus", lang, "*.md"))
		for _, p := range files {
			b, err := os.ReadFile(p)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(string(b), lang == "fr", false)
		}
	}
	f.Add("- We're not a union shop and never will be\n\nIf you love a puzzle", false, false)
	f.Add("<p>Résider à Lyon</p>", true, true)
	l, err := New(Config{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string, french, html bool) {
		lang, format := "en", Markdown
		if french {
			lang = "fr"
		}
		if html {
			format = HTML
		}
		d, err := Parse("posting", lang, format, []byte(text))
		if err != nil {
			return // refused as input, which is an answer
		}
		lines := strings.Count(text, "\n") + 1
		for _, fd := range l.Lint(d).Findings {
			if strings.Contains(fd.Message, "could not check this posting") {
				t.Fatal(fd.Message)
			}
			if fd.Line < 0 || fd.Line > lines {
				t.Fatalf("finding %s on line %d of a text of %d lines", fd.Rule, fd.Line, lines)
			}
		}
	})
}
