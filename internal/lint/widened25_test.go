package lint

import "testing"

// TestWordings25: nationals of any country preferred, pay earned last
// season, a fee for an apprenticeship, the age of the couples a venue
// serves asked of the candidate, a stance held against claims, Canadian
// experience made mandatory, a national identity card copy; each beside
// the wording closest to it that is not the problem.
func TestWordings25(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"nationals of any country preferred": {lang: "en", category: "origin",
			flagged: []string{"- Maltese nationals preferred", "- Luxembourg nationals will be given priority", "Kenyan nationals only."},
			clean: []string{"EU nationals or those with the right to work in the UK are welcome.", "Third-country nationals will need a visa, which we sponsor.",
				"We welcome applications regardless of nationality; Maltese nationals and others with the right to work may apply."}},
		"pay earned last season": {lang: "en", category: "pay-history",
			flagged: []string{"Tell us what you earned last season so we can make you a fair offer.", "Let us know what you currently earn."},
			clean:   []string{"What you earn here depends on the hours you choose.", "Last season our crew earned tips on top of the hourly rate."}},
		"a fee for the apprenticeship": {lang: "en", category: "fee",
			flagged: []string{"Apprentices pay a $4,000 apprenticeship fee, split into monthly installments.", "A £250 assessment fee is payable by applicants."},
			clean:   []string{"We pay your course fees in full.", "Your apprenticeship fees are covered by the employer."}},
		"the age of the couples served": {lang: "fr", category: "age",
			flagged: []string{"- Vous avez l'âge de nos mariés et parlez leur langage ;", "Vous avez le même âge que nos élèves."},
			clean:   []string{"Vous accueillez nos mariés, quel que soit leur âge.", "Nos mariés ont souvent l'âge de leurs témoins."}},
		"the couple a venue serves": {lang: "fr", category: "family",
			clean:   []string{"Vous serez le premier visage des mariés le jour J.", "Nos mariés attendent une coordination sans faille."},
			flagged: []string{"Vous êtes marié de préférence."}},
		"same age as the public, in English": {lang: "en", category: "age",
			flagged: []string{"You're about the same age as our guests and speak their language."},
			clean:   []string{"Our guests are about the same age as the hotel, built in 1990."}},
		"a stance on claims held against applicants": {lang: "fr", category: "union",
			flagged: []string{"Nous tenons au dialogue direct : les profils revendicatifs passeront leur chemin."},
			clean:   []string{"Vous passerez votre chemin de ronde chaque soir à 22 h."}},
		"experience in one country made mandatory": {lang: "fr", category: "origin",
			flagged: []string{"- Expérience d'enseignement au Canada obligatoire"},
			clean:   []string{"- Expérience d'enseignement obligatoire, au Canada ou ailleurs"}},
		"a copy of the national identity card": {lang: "fr", category: "personal-data",
			flagged: []string{"Envoyez votre CV et une copie de votre CIN à rh@exemple.mg."},
			clean:   []string{"Votre CIN vous sera demandée le jour de l'embauche, pour le contrat."}},
	})
}

// TestEnglishTitleSexMark: a mark of one sex after the job in an
// English title ("Locksmith (m)") says whom the job is for; marks for
// everyone, and a mark whose reason the posting states (a refuge's
// occupational requirement), are not that.
func TestEnglishTitleSexMark(t *testing.T) {
	l, _ := New(Config{})
	for _, c := range []struct {
		text string
		sev  Severity // of the sex finding; 0 for none
	}{
		{"# Locksmith (m) – Luxembourg City\n\nYou fit and repair locks for homes and shops.\n", Error},
		{"# Driver (female) – London\n\nYou drive our vans across the city.\n", Error},
		{"# Locksmith (m/f/d) – Luxembourg City\n\nYou fit and repair locks for homes and shops.\n", 0},
		{"# Refuge Support Worker (Women Only) – Leeds\n\nUnder Schedule 9, Part 1 of the Equality Act 2010, the postholder must be a woman: the role involves living-in cover at night in a women-only refuge.\n", Info},
	} {
		if got := highestOf(l, "en", "GB", "sex", c.text); got != c.sev {
			t.Errorf("%q: sex finding at %v, want %v", c.text, got, c.sev)
		}
	}
}

// highestOf is the highest level of the findings of category in text,
// linted as a posting in lang for a job in country; 0 for none.
func highestOf(l *Linter, lang, country, category, text string) Severity {
	d, _ := ParseMarkdown("p.md", lang, []byte(text))
	d.Country = country
	var got Severity
	for _, f := range l.Lint(d).Findings {
		if f.Category == category {
			got = max(got, f.Severity)
		}
	}
	return got
}
