package lint

import (
	"strings"
	"testing"
)

// TestOtherLanguageParts: a section or a paragraph of a posting written
// in the other language is read with that language's phrases: what it
// asks of candidates is asked all the same. A short line of that language
// in a posting's own (a product name, a quote) is not.
func TestOtherLanguageParts(t *testing.T) {
	fr := "# Développeur web (H/F)\n\nNous sommes une agence de Lyon qui conçoit des sites pour les artisans et les commerçants de la région depuis dix ans.\n\n" +
		"## Vos missions\n\n- Développer les nouvelles fonctionnalités du site\n- Participer aux revues de code avec l'équipe\n\n"
	en := "# Web Developer\n\nWe are an agency in Leeds that builds websites for the shops and trades of the region, and we have done so for ten years.\n\n" +
		"## What you will do\n\n- Build the new features of the site\n- Take part in code reviews with the team\n\n"
	for _, c := range []struct {
		lang, doc, want string
	}{
		{"fr", fr + "## What we offer\n\n- Competitive salary + BSPCE\n- Hybrid work: 3 days a week at the office\n- A learning budget of €1,500 per year for the team\n", "pay-range"},
		{"fr", fr + "## About the team\n\nOur tech team is fully international and all our code reviews are in English. Native English speakers will feel right at home with us.\n", "origin"},
		{"en", en + "## Votre profil\n\nVous êtes de nationalité française et vous avez moins de 30 ans, pour rejoindre une équipe jeune.\n", "origin"},
		{"en", en + "## Votre profil\n\nVous êtes de nationalité française et vous avez moins de 30 ans, pour rejoindre une équipe jeune.\n", "age"},
	} {
		d, err := Parse("posting", c.lang, Markdown, []byte(c.doc))
		if err != nil {
			t.Fatal(err)
		}
		l, err := New(Config{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range l.Lint(d).Findings {
			if f.Severity >= Warning && f.Category == c.want && f.Line > 1 {
				got = append(got, f.Message)
			}
		}
		if len(got) == 0 {
			t.Errorf("%s posting with a part in the other language: no %s finding in\n%s", c.lang, c.want, c.doc)
		}
	}
	// A motto in English inside a French sentence is French text.
	got := strings.Join(scoredAt(t, "fr", Markdown, fr+"## Notre devise\n\nChez nous, « work smart » veut dire des horaires clairs et un salaire de 38 000 à 42 000 € brut par an.\n", 0), " ")
	if got != "" {
		t.Errorf("a French posting quoting an English motto: findings %s", got)
	}
}
