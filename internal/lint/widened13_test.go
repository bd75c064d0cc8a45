package lint

import "testing"

// TestOpenOrWidePay: where the law asks for pay in dollars, a floor with no
// top ("and up", "from", "or more", "+") gives neither the starting pay nor
// its range; nor, anywhere, does a range whose top is more than twice its
// bottom. A floor in euros or pounds is the initial pay the EU directive
// allows; a shift differential beside the pay is not the pay.
func TestOpenOrWidePay(t *testing.T) {
	ny := " Full time in Albany, New York, NY."
	checkRuleCases(t, []ruleCase{
		{rule: "pay-range", lang: "en", country: "US", text: "Wage: $24 an hour or more, based on tickets held." + ny, want: true, has: "floor", sev: Warning},
		{rule: "pay-range", lang: "en", country: "US", text: "You'll earn $26.50/hr and upwards once trained." + ny, want: true, has: "floor"},
		{rule: "pay-range", lang: "en", country: "US", text: "Hourly rate starting at $23, reviewed each spring." + ny, want: true, has: "floor"},
		{rule: "pay-range", lang: "en", country: "US", text: "Salary: $48k+ depending on licences." + ny, want: true, has: "floor"},
		{rule: "pay-range", lang: "en", country: "US", text: "Salary: $40,000 to $105,000 a year, depending on experience." + ny, want: true, has: "so wide"},
		{rule: "pay-range", lang: "fr", country: "FR", text: "CDI à Lyon. Rémunération : de 1 900 € à 4 500 € brut par mois, primes en sus.", want: true, has: "so wide"},
		// lawful: a range, a floor where one figure is the initial pay, a differential beside a range
		{rule: "pay-range", lang: "en", country: "US", text: "Pay: $24.00 to $29.50 an hour, plus overtime." + ny, want: false},
		{rule: "pay-range", lang: "en", country: "US", text: "Pay: $21–$25/hour, with a night differential of $2.00." + ny, want: false},
		{rule: "pay-range", lang: "en", country: "GB", text: "Permanent, Leeds. Salary from £31,000, reviewed yearly.", want: false},
		{rule: "pay-range", lang: "fr", country: "FR", text: "CDI à Nantes. Salaire : 2 150 € à 2 450 € brut mensuel, primes en plus.", want: false},
	})
}

// TestPlaceInAPlace: the words of a place are not read again as another
// ("New York" holds "York"), so a job in New York is in the US.
func TestPlaceInAPlace(t *testing.T) {
	for _, s := range []string{"# Steward, Bronx\n\nStadium work in New York for the season.", "# Porter\n\nOur hotel in New York City hires porters.",
		"# Driver\n\nDeliveries across New York and New Jersey."} {
		if c, _ := inferCountry(s, fold(s)); c != "US" {
			t.Errorf("%q: country %q, want US", s, c)
		}
	}
	if c, _ := inferCountry("# Porter\n\nOur hotel in York hires porters.", fold("# Porter\n\nOur hotel in York hires porters.")); c != "GB" {
		t.Errorf("York: country %q, want GB", c)
	}
}

// TestRecordQuestionsAndFamiliarRequests: a question about a record is a
// request for data the job does not need, not a bar on the person; a
// request made in "tu" is made of the applicant as one in "vous" is; a
// request the law allows, said so, is lawful.
func TestRecordQuestionsAndFamiliarRequests(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"a record asked about, en": {category: "personal-data", lang: "en",
			flagged: []string{"The application form asks whether you have ever been convicted of an offence.",
				"Have you ever been convicted of a misdemeanor? Answer on page two.",
				"Our form asks about any criminal convictions in the past seven years."},
			clean: []string{"You will help clients who were convicted years ago find stable housing.",
				"Send us your CV and a short cover letter."}},
		"a request in tu, fr": {category: "personal-data", lang: "fr",
			flagged: []string{"Envoie ton CV avec un extrait de ton casier judiciaire.", "Joins ta photo à ton CV.",
				"Indique ta date de naissance dans ton message."},
			clean: []string{"Un extrait de casier judiciaire pourra t'être demandé après l'entretien, comme la loi le permet pour ce poste.",
				"Envoie ton CV et ta lettre de motivation à recrutement@exemple.fr."}},
	})
}
