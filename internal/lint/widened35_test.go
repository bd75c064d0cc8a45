package lint

import "testing"

// TestWordings35: wordings read by their meaning, each beside the
// wording closest to it that is not the problem: the new lad, a lass, a
// life that reflects values, ties at home, DOE after a pay word, rates
// on the day, a fast-paced environment with its adjectives, a job that is
// a lifestyle, who grew up where, a jacket every new hire buys, a ZIP
// code lived in, a young personality, skin complaints, not for anyone
// expecting, a medical report with blood tests, a birth certificate
// copied, ballsy, a uniform to look good in; only girls taken, a bare
// maximum age, a boy aged 18 to 25, a file fee, a cégep graduate, not
// through a union, straightened hair; and a photo sent to owners, a
// residence a statute sets, looks a hygiene rule never justifies.
func TestWordings35(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"the new lad": {lang: "en", category: "sex",
			flagged: []string{"The new lad will be out in the yard most mornings.", "We need a cheery lass for the front counter."},
			clean:   []string{"The new yard opens in March."}},
		"a life that reflects values": {lang: "en", category: "orientation",
			flagged: []string{"We want a photographer whose own life reflects those values."},
			clean:   []string{"Our photos reflect the values of each couple."}},
		"ties at home": {lang: "en", category: "family",
			flagged: []string{"You'll have no commitments at home that would pull you away."},
			clean:   []string{"You'll work from home on Fridays."}},
		"a fast-paced environment with adjectives": {lang: "en", category: "cliche",
			flagged: []string{"You'll thrive in a fast-paced, guest-obsessed environment."},
			clean:   []string{"You'll work in a quiet studio with two therapists."}},
		"a job that is a lifestyle": {lang: "en", category: "cliche",
			flagged: []string{"This isn't a job, it's a lifestyle."},
			clean:   []string{"This is a full-time job with weekends off."}},
		"who grew up where": {lang: "en", category: "origin",
			flagged: []string{"We hire people who grew up skiing the Tetons."},
			clean:   []string{"We hire people who know ski bindings inside out."}},
		"a jacket every new hire buys": {lang: "en", category: "fee",
			flagged: []string{"Every new hire buys the staff shell jacket ($120)."},
			clean:   []string{"Every new hire gets the staff shell jacket free."}},
		"a ZIP code lived in": {lang: "en", category: "residence",
			flagged: []string{"You must live in the 53202, 53204 or 53207 ZIP codes."},
			clean:   []string{"Our lockers are in the 53202 and 53204 ZIP codes."}},
		"a young personality": {lang: "en", category: "age",
			flagged: []string{"A bubbly young personality for the counter."},
			clean:   []string{"A friendly personality for the counter."}},
		"skin complaints": {lang: "en", category: "health",
			flagged: []string{"No skin complaints like eczema or psoriasis."},
			clean:   []string{"Gloves are provided for anyone with sensitive skin."}},
		"not for anyone expecting": {lang: "en", category: "family",
			flagged: []string{"Heavy lifting, so not suitable for anyone expecting.", "Late parties, so it isn't a fit for parents of little ones."},
			clean:   []string{"Heavy lifting: we provide hoists and trolleys."}},
		"a medical report with blood tests": {lang: "en", category: "health",
			flagged: []string{"Send a full medical report including blood tests with your CV."},
			clean:   []string{"Send your CV and two references."}},
		"a birth certificate copied": {lang: "en", category: "personal-data",
			flagged: []string{"Attach a certified copy of Omang and birth certificate."},
			clean:   []string{"Attach your CV and a cover letter."}},
		"ballsy": {lang: "en", category: "gender-coded",
			flagged: []string{"Thick-skinned and ballsy behind the bar."},
			clean:   []string{"Calm and quick behind the bar."}},
		"a uniform to look good in": {lang: "en", category: "appearance",
			flagged: []string{"You must look good in our fitted black singlet uniform."},
			clean:   []string{"We provide a black uniform in every size."}},
		"only girls taken": {lang: "fr", category: "sex",
			flagged: []string{"Au comptoir, on ne prend que des filles.", "Nous préférons des dames, plus soigneuses."},
			clean:   []string{"Au comptoir, on prend les commandes et les paiements."}},
		"a bare maximum age": {lang: "fr", category: "age",
			flagged: []string{"Max 25 ans (contrat étudiant possible)."},
			clean:   []string{"Contrat de mission de 6 mois, max 35 heures par semaine."}},
		"a boy aged 18 to 25": {lang: "fr", category: "age",
			flagged: []string{"Nous cherchons un garçon de 18 à 25 ans."},
			clean:   []string{"Nous recherchons un éducateur pour 12 jeunes de 16 à 18 ans."}},
		"a file fee": {lang: "fr", category: "fee",
			flagged: []string{"Des frais d'étude de dossier de 5 000 F CFA sont demandés."},
			clean:   []string{"Aucun frais d'étude de dossier : la candidature est gratuite."}},
		"a cégep graduate": {lang: "fr", category: "age",
			flagged: []string{"Poste idéal pour un finissant du cégep."},
			clean:   []string{"Diplôme d'études collégiales ou expérience équivalente."}},
		"not through a union": {lang: "fr", category: "union",
			flagged: []string{"Nous réglons les questions d'horaires directement, plutôt que par l'intermédiaire d'un syndicat."},
			clean:   []string{"Le délégué syndical de l'entreprise vous accueille le premier jour."}},
		"straightened hair": {lang: "fr", category: "appearance",
			flagged: []string{"Cheveux attachés et lissés exigés, pas de locks."},
			clean:   []string{"Cheveux attachés en cuisine, pour l'hygiène."}},
		"a photo sent to owners": {lang: "en", category: "personal-data",
			flagged: []string{"Apply with a photo and your CV."},
			clean:   []string{"You'll update owners through our app with a photo and a note."}},
		"looks no hygiene rule justifies": {lang: "fr", category: "appearance",
			flagged: []string{"Cheveux attachés pour l'hygiène. Physique agréable exigé."},
			clean:   []string{"Cheveux attachés pour l'hygiène."}},
	})
}

// TestStatuteSetsResidence: a residence a named statute sets for the
// contract (France's adulte-relais) is a condition to check, not a fault.
func TestStatuteSetsResidence(t *testing.T) {
	text := "# Animateur·rice\n\nCe poste est financé dans le cadre du dispositif adulte-relais (articles L5134-100 et suivants du Code du travail). Pour y être éligible, vous devez résider dans un quartier prioritaire de la politique de la ville.\n"
	for _, f := range lintText(t, "fr", Markdown, text, nil) {
		if f.Category == "residence" && f.Severity >= Warning {
			t.Errorf("%s", f.Message)
		}
	}
}
