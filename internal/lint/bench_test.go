package lint

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkLint runs every rule on one posting of about 500 words, parsing
// included: what linting a batch costs per posting.
func BenchmarkLint(b *testing.B) {
	for _, lang := range []string{"fr", "en"} {
		b.Run(lang, func(b *testing.B) {
			src, err := os.ReadFile(filepath.Join("testdata", "bench."+lang+".md"))
			if err != nil {
				b.Fatal(err)
			}
			l, err := New(Config{PayTransparency: []string{"eu-2023-970"}})
			if err != nil {
				b.Fatal(err)
			}
			d, err := ParseMarkdown("bench.md", lang, src)
			if err != nil {
				b.Fatal(err)
			}
			d.Country = "FR"
			l.Lint(d) // compile the rules' data once, as the first posting of a batch does
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				d, _ := ParseMarkdown("bench.md", lang, src)
				d.Country = "FR"
				l.Lint(d)
			}
		})
	}
}

// BenchmarkLintManyMatches lints a posting that is one phrase repeated
// 166,666 times ("jeune " is a finding every time): the cost must grow
// with the number of matches, not with its square.
func BenchmarkLintManyMatches(b *testing.B) {
	src := []byte(strings.Repeat("jeune ", 166_666))
	l, err := New(Config{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		d, err := ParseMarkdown("many.md", "fr", src)
		if err != nil {
			b.Fatal(err)
		}
		if r := l.Lint(d); len(r.Findings) == 0 {
			b.Fatal("no finding")
		}
	}
}

// BenchmarkLintFresh lints one posting with a new linter each time, which
// remembers nothing from the postings before: what the check render runs
// on a single posting costs, the patterns compiled once per process.
func BenchmarkLintFresh(b *testing.B) {
	for _, lang := range []string{"fr", "en"} {
		b.Run(lang, func(b *testing.B) {
			src, err := os.ReadFile(filepath.Join("testdata", "bench."+lang+".md"))
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				l, err := New(Config{PayTransparency: []string{"eu-2023-970"}})
				if err != nil {
					b.Fatal(err)
				}
				d, _ := ParseMarkdown("bench.md", lang, src)
				d.Country = "FR"
				l.Lint(d)
			}
		})
	}
}

// BenchmarkAnalyseBlock analyses the blocks of a posting as a batch does
// those it has not seen (the ones holding a posting's own values): words
// and sentences, phrase keys, gender-coded words, concept terms and the
// needs' literals the block holds.
func BenchmarkAnalyseBlock(b *testing.B) {
	for _, lang := range []string{"fr", "en"} {
		b.Run(lang, func(b *testing.B) {
			src, err := os.ReadFile(filepath.Join("testdata", "bench."+lang+".md"))
			if err != nil {
				b.Fatal(err)
			}
			d, err := ParseMarkdown("bench.md", lang, src)
			if err != nil {
				b.Fatal(err)
			}
			var blocks []string
			for blk := range pieces(d.low, "\n\n") {
				if blk.end > blk.start {
					blocks = append(blocks, d.low[blk.start:blk.end])
				}
			}
			ni := needs()
			b.SetBytes(int64(len(d.low)))
			b.ReportAllocs()
			for b.Loop() {
				for _, blk := range blocks {
					analyseBlock(blk, lang, ni)
				}
			}
		})
	}
}
