package explore

import (
	"bytes"
	"io"
	"testing"
)

// TestGolden renders each command's outputs in each format and compares
// them with testdata/; go test -update rewrites them.
func TestGolden(t *testing.T) {
	c := load(t)
	must := func(v any, err error) any {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	card := func(id, lang, size string) *CardData { return must(Card(c, id, lang, size)).(*CardData) }
	compare := func(lang, size string, ids ...string) *Comparison {
		return must(Compare(c, ids, lang, size)).(*Comparison)
	}
	org := func(lang, size string) *OrgChart { return must(Org(c, lang, size)).(*OrgChart) }
	matrix := func(lang, family string) *SkillMatrix { return must(Matrix(c, lang, family)).(*SkillMatrix) }
	match := func(lang, mission string, specs ...string) *MatchResult {
		asks := must(ParseAsks(c, specs)).([]Ask)
		return must(Match(c, asks, mission, lang, "")).(*MatchResult)
	}
	unicode, ascii := Options{}, Options{ASCII: true}
	for _, tc := range []struct {
		file  string
		write func(io.Writer) error
	}{
		{"card/community-manager.fr.small.md", func(w io.Writer) error { return card("community-manager", "fr", "small").Markdown(w, unicode) }},
		{"card/community-manager.en.md", func(w io.Writer) error { return card("community-manager", "en", "").Markdown(w, unicode) }},
		{"card/social-media-manager.fr.small.ascii.md", func(w io.Writer) error { return card("social-media-manager", "fr", "small").Markdown(w, ascii) }},
		{"card/digital-manager.en.large.md", func(w io.Writer) error { return card("digital-manager", "en", "large").Markdown(w, unicode) }},
		{"card/content-curator.fr.json", func(w io.Writer) error { return card("content-curator", "fr", "medium").JSON(w) }},
		{"compare/cm-smm.fr.md", func(w io.Writer) error {
			return compare("fr", "", "community-manager", "social-media-manager").Markdown(w, unicode)
		}},
		{"compare/three.en.large.md", func(w io.Writer) error {
			return compare("en", "large", "social-media-strategist", "corporate-social-strategist", "social-media-manager").Markdown(w, ascii)
		}},
		{"compare/cm-smm.fr.json", func(w io.Writer) error {
			return compare("fr", "", "community-manager", "social-media-manager").JSON(w)
		}},
		{"matrix/all.fr.md", func(w io.Writer) error { return matrix("fr", "").Markdown(w, unicode) }},
		{"matrix/all.en.csv", func(w io.Writer) error { return matrix("en", "").CSV(w) }},
		{"matrix/community.en.json", func(w io.Writer) error { return matrix("en", "community").JSON(w) }},
		{"org/medium.fr.txt", func(w io.Writer) error { return org("fr", "medium").Text(w, unicode) }},
		{"org/small.en.ascii.txt", func(w io.Writer) error { return org("en", "small").Text(w, ascii) }},
		{"org/large.fr.md", func(w io.Writer) error { return org("fr", "large").Markdown(w, unicode) }},
		{"org/large.fr.mmd", func(w io.Writer) error { return org("fr", "large").Mermaid(w) }},
		{"org/medium.en.json", func(w io.Writer) error { return org("en", "").JSON(w) }},
		{"match/web.fr.md", func(w io.Writer) error {
			return match("fr", "refondre le site et améliorer le référencement", "seo", "web-development:4", "writing:2").Markdown(w, unicode)
		}},
		{"match/weak.en.md", func(w io.Writer) error {
			return match("en", "", "paid-social:4", "legal-basics:4", "sourcing:4").Markdown(w, ascii)
		}},
		{"match/web.en.json", func(w io.Writer) error { return match("en", "", "seo", "web-development:4").JSON(w) }},
	} {
		t.Run(tc.file, func(t *testing.T) {
			var b bytes.Buffer
			if err := tc.write(&b); err != nil {
				t.Fatal(err)
			}
			var again bytes.Buffer
			if err := tc.write(&again); err != nil || !bytes.Equal(b.Bytes(), again.Bytes()) {
				t.Errorf("two runs differ")
			}
			golden(t, tc.file, b.Bytes())
		})
	}
}
