package lint

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/jobdesc/jobdesc/internal/messages"
)

// TestPhraseWhatsInTheCatalogue: the "what" of every phrase and concept (the words
// a finding's message gives the problem) has its entry in the
// interface's catalogues, keyed by its English text, so a French
// recruiter reads it in French; a phrase added without one fails here.
func TestPhraseWhatsInTheCatalogue(t *testing.T) {
	en, err := messages.Catalogue("en")
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for id, m := range en {
		if strings.HasPrefix(id, "text.what.") {
			known[m.Other] = true
		}
	}
	f, err := os.Open("data/phrases.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) < 8 || fields[7] == "" {
			continue
		}
		n++
		if !known[fields[7]] {
			t.Errorf("phrases.tsv: what %q has no text.what.* entry in internal/messages/catalog/en.yaml and fr.yaml", fields[7])
		}
	}
	if n == 0 {
		t.Fatal("no phrase read: the check is broken")
	}
	// and the concepts' own, which their findings give the same way
	cs := concepts()
	for i := range cs.n {
		if c := cs.at(i); !known[c.what] {
			t.Errorf("concept %s/%s: what %q has no text.what.* entry in internal/messages/catalog/en.yaml and fr.yaml", c.rule, c.category, c.what)
		}
	}
}

// TestTextReportInFrench: under a French interface, a finding's message
// and the summary are in French; rule ids and levels stay as they are,
// and the JSON report stays in English.
func TestTextReportInFrench(t *testing.T) {
	rep := Report{
		Results: []Result{{File: "offre.md", Lang: "fr", Jurisdiction: "France", Country: "FR", Findings: []Finding{{
			Rule: "discrimination", Severity: Error, File: "offre.md", Line: 12, Col: 43,
			Message:    `"de nationalité française" selects candidates on nationality, a ground of discrimination; Code du travail L1132-1 (France)`,
			Suggestion: "supprimez la mention",
		}}}},
		Msg: messages.New("fr"),
	}
	var b strings.Builder
	if err := rep.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	want := "offre.md:12:43: error discrimination: \"de nationalité française\" sélectionne les candidats sur la nationalité, un critère de discrimination\u00a0; Code du travail L1132-1 (France) (suggestion\u00a0: supprimez la mention)\n"
	if !strings.HasPrefix(b.String(), want) {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	if !strings.Contains(b.String(), "bilan\u00a0: 1 annonce vérifiée\u00a0; 1 erreur, 0 avertissement, 0 info") {
		t.Errorf("summary not in French:\n%s", b.String())
	}
	b.Reset()
	if err := rep.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "selects candidates on nationality") {
		t.Errorf("JSON is not in English:\n%s", b.String())
	}
}

// TestPhraseSuggestionsInTheCatalogue: the suggestion of every phrase for
// English postings reads in French under a French interface (each part
// after "; " on its own); an example of wording, quoted, stays as written.
func TestPhraseSuggestionsInTheCatalogue(t *testing.T) {
	fr := messages.New("fr")
	data, err := os.ReadFile("data/phrases.tsv")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for line := range strings.Lines(string(data)) {
		fields := strings.Split(strings.TrimRight(line, "\n"), "\t")
		if strings.HasPrefix(line, "#") || len(fields) < 9 || fields[1] != "en" || fields[8] == "" {
			continue
		}
		for part := range strings.SplitSeq(fields[8], "; ") {
			if strings.HasPrefix(part, `"`) {
				continue
			}
			n++
			if fr.Translate(part) == part {
				t.Errorf("phrases.tsv: suggestion %q has no text.* entry in internal/messages/catalog/en.yaml and fr.yaml", part)
			}
		}
	}
	if n == 0 {
		t.Fatal("no suggestion read: the check is broken")
	}
}
