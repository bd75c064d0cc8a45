package lint

import (
	"strings"
	"testing"
)

// completenessOf lints a posting with no facts given, so they are read
// from its text, and returns its completeness messages.
func completenessOf(t *testing.T, lang, md string) string {
	t.Helper()
	l, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse("posting.md", lang, Markdown, []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	var msgs []string
	for _, f := range l.Lint(d).Findings {
		if f.Rule == "completeness" {
			msgs = append(msgs, f.Message)
		}
	}
	return strings.Join(msgs, "\n")
}

func TestCompletenessReadsMeaning(t *testing.T) {
	for _, c := range []struct {
		name, lang, md string
		absent         string // a completeness message that must not appear, if any
		present        string // one that must, so the case can fail both ways
	}{
		{"place on the title line", "fr", "# Électricien·ne H/F — Rennes —\n\nDu texte.\n", "no place of work", "no missions section"},
		{"place after a bar", "en", "# Staff nurse | Dundee\n\nSome text.\n", "no place of work", "no missions section"},
		{"place in a sentence", "en", "# Baker\n\nYou will work in our Manchester bakery.\n", "no place of work", "no profile section"},
		{"place in a French sentence", "fr", "# Boulanger·ère\n\nVous travaillerez dans notre fournil de Bordeaux.\n", "no place of work", "no profile section"},
		{"no place", "en", "# Baker\n\nYou will bake bread.\n", "", "no place of work"},
		{"missions by meaning", "en", "# Baker\n\n## What you'll be doing\n\n- bake\n- sell\n- clean\n", "no missions section", "no profile section"},
		{"profile by meaning", "en", "# Baker\n\n## Your background\n\nBaking.\n", "no profile section", "no missions section"},
		{"profile by meaning, fr", "fr", "# Boulanger·ère\n\n## Ce qu'il vous faut\n\nDu goût.\n", "no profile section", "no missions section"},
		{"conditions by meaning, fr", "fr", "# Boulanger·ère\n\n## Pourquoi nous rejoindre\n\nUne équipe.\n", "no conditions section", "no missions section"},
		{"conditions by meaning", "en", "# Baker\n\n## What's in it for you\n\nA team.\n", "no conditions section", "no missions section"},
		{"apply by meaning, fr", "fr", "# Boulanger·ère\n\n## Les étapes\n\nUn appel, un essai.\n", "no section on how to apply", "no missions section"},
		{"apply by meaning", "en", "# Baker\n\n## What happens next\n\nA call.\n", "no section on how to apply", "no missions section"},
		{"bare domain", "en", "# Baker\n\nApply at example.org/jobs today.\n", "no e-mail address or link", "no missions section"},
		{"bare subdomain", "fr", "# Boulanger·ère\n\nPostulez sur carrieres.exemple.fr.\n", "no e-mail address or link", "no missions section"},
		{"not a domain", "en", "# Developer\n\nYou know node.js, e.g. Express.\n", "", "no e-mail address or link"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := completenessOf(t, c.lang, c.md)
			if c.absent != "" && strings.Contains(got, c.absent) {
				t.Errorf("findings\n%s\nsay %q", got, c.absent)
			}
			if !strings.Contains(got, c.present) {
				t.Errorf("findings\n%s\nlack %q", got, c.present)
			}
		})
	}
}
