package lint

import (
	"slices"
	"testing"
)

// TestWordings30: wordings read by their meaning, each beside the
// wording closest to it that is not the problem: a health questionnaire
// before an offer, a traditional view of marriage, fresh graduates, an
// identity card or identity numbers, a photo slipped in with the CV, a
// crew's prayer, a look made for social media, a state's indigenes,
// Friday prayer hours, party affiliations; in French, someone
// "straight", no back or knee problems, an age close to the public's, no
// long absence planned, not afraid to get one's hands dirty; and energetic
// dogs, tides of 20 feet, which are no criterion.
func TestWordings30(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"a health questionnaire before an offer": {lang: "en", category: "health",
			flagged: []string{"To apply, complete our short health questionnaire."},
			clean:   []string{"You'll complete a health questionnaire once you accept our offer."}},
		"a traditional view of marriage": {lang: "en", category: "orientation",
			flagged: []string{"You share our traditional outlook on marriage."},
			clean:   []string{"We shoot weddings of every kind, traditional or not."}},
		"fresh graduates": {lang: "en", category: "age",
			flagged: []string{"University students or fresh graduates only."},
			clean:   []string{"Fresh graduates are welcome to apply; full training is provided."}},
		"an identity card or identity numbers": {lang: "en", category: "personal-data",
			flagged: []string{"Attach a copy of your HKID card.", "Include your Bank Verification Number (BVN).", "List your SSS, PhilHealth, Pag-IBIG and TIN numbers."},
			clean:   []string{"You'll check a copy of the passport of each guest at check-in."}},
		"a photo slipped in with the CV": {lang: "en", category: "personal-data",
			flagged: []string{"Pop a photo in with your CV."},
			clean:   []string{"Pop your CV in an email to jobs@example.nz."}},
		"a crew's prayer": {lang: "en", category: "religion",
			flagged: []string{"Every day starts with crew prayer at 7am."},
			clean:   []string{"Every day starts with a crew briefing at 7am."}},
		"a look made for social media": {lang: "en", category: "appearance",
			flagged: []string{"- An Instagram-ready look, since you'll be in our socials"},
			clean:   []string{"- You'll post to our Instagram twice a week"}},
		"a state's indigenes": {lang: "en", category: "origin",
			flagged: []string{"Lagos indigenes will have an advantage."},
			clean:   []string{"You'll install signs across Lagos and Ogun."}},
		"Friday prayer hours": {lang: "en", category: "religion",
			flagged: []string{"Available six days a week, including Jumat hours."},
			clean:   []string{"We allow time off for Jumat prayers."}},
		"party affiliations": {lang: "en", category: "union",
			flagged: []string{"We prefer candidates with no known party affiliations."},
			clean:   []string{"We hire regardless of party affiliation."}},
		"someone straight": {lang: "fr", category: "orientation",
			flagged: []string{"On cherche quelqu'un de straight, sans histoires."},
			clean:   []string{"On cherche quelqu'un de droit et sans histoires."}},
		"no back or knee problems": {lang: "fr", category: "health",
			flagged: []string{"Aucun problème de genoux ou de dos.", "Pas de dos fragile."},
			clean:   []string{"Le port de charges est limité à 15 kg, avec un diable."}},
		"an age close to the public's": {lang: "fr", category: "age",
			flagged: []string{"Idéalement proche en âge de notre public ado."},
			clean:   []string{"Vous animez des ateliers pour notre public ado."}},
		"no long absence planned": {lang: "fr", category: "family",
			flagged: []string{"Disponible toute l'année, sans absence prolongée prévue sur cette période."},
			clean:   []string{"Disponible toute l'année, avec cinq semaines de congés payés."}},
		"not afraid to get one's hands dirty": {lang: "fr", category: "cliche",
			flagged: []string{"Tu n'as pas peur de te salir les mains."},
			clean:   []string{"Tu portes des gants et un tablier fournis."}},
		"energetic dogs, tides": {lang: "en", category: "age",
			flagged: []string{"We want energetic staff."},
			clean:   []string{"- Comfortable working around big, energetic dogs"}},
		"tides of 20 feet": {lang: "en", category: "appearance",
			flagged: []string{"Applicants must be at least 5 feet 8 tall."},
			clean:   []string{"- Comfortable on floating docks with tides of over 20 feet"}},
	})
}

// TestPaySignOpensItsSentence: a currency sign before a list item's
// figure belongs to that item, not to the item or heading above it ("we
// cover the cost" is no other sum of the pay below).
func TestPaySignOpensItsSentence(t *testing.T) {
	text := "# Cook\n\n- A police certificate – we cover the cost\n\n## Pay and benefits\n\n- $31.62 per hour, plus weekend penalty rates\n- Salary packaging of up to $15,900 a year\n"
	for _, f := range lintText(t, "en", Markdown, text, nil) {
		if f.Rule == "pay-range" {
			t.Errorf("pay-range: %s", f.Message)
		}
	}
}

// TestFeminineWordUnderFeminineTitle: under a title in the feminine, the
// text that repeats the job name is the title's problem; another word
// saying a woman is sought is one of its own.
func TestFeminineWordUnderFeminineTitle(t *testing.T) {
	text := func(body string) string {
		return "# Vendeuse en poissonnerie – CDI – Concarneau\n\nPublié le 3 mars 2026.\n\n" + body + "\n"
	}
	if got := scoredAt(t, "fr", Markdown, text("Notre Marie-Jo prend sa retraite et nous cherchons sa remplaçante."), 5); !slices.Contains(got, "sex(discrimination)") {
		t.Errorf("sa remplaçante: got %v, want sex", got)
	}
	if got := scoredAt(t, "fr", Markdown, text("Nous recrutons une vendeuse pour le comptoir."), 5); slices.Contains(got, "sex(discrimination)") {
		t.Errorf("une vendeuse: got %v, want the title's finding only", got)
	}
}

// TestTitleAfterAVacancyLabel: "Job Vacancy:" labels the line; the job
// name after it is read.
func TestTitleAfterAVacancyLabel(t *testing.T) {
	for _, f := range lintText(t, "en", Markdown, "# Job Vacancy: Cemetery Groundsman – Kumasi\n\nWe maintain three cemeteries.\n", nil) {
		if f.Rule == "inclusive-title" {
			return
		}
	}
	t.Error("no inclusive-title finding for a groundsman title after a label")
}
