package lint

import (
	"strings"
	"testing"
)

// TestOpenOrWidePay: a floor with no top ("and up", "from", "or more",
// "+") gives neither the starting pay nor its range, in any currency; nor
// does a range whose top is more than twice its bottom. A shift
// differential beside the pay is not the pay, and a plus that adds a
// word ("+ commissions") adds pay, it does not open the figure.
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
		{rule: "pay-range", lang: "en", country: "GB", text: "Permanent, Leeds. Salary from £31,000, reviewed yearly.", want: true},
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
		// a record asked is filed under the record's ground, as readers
		// label it; the data rule is cited beside it
		"a record asked about, en": {category: "other-ground", lang: "en",
			flagged: []string{"The application form asks whether you have ever been convicted of an offence.",
				"Have you ever been convicted of a misdemeanor? Answer on page two.",
				"Our form asks about any criminal convictions in the past seven years."},
			clean: []string{"You will help clients who were convicted years ago find stable housing.",
				"Send us your CV and a short cover letter."}},
		"a request in tu, fr": {category: "personal-data", lang: "fr",
			flagged: []string{"Joins ta photo à ton CV.",
				"Indique ta date de naissance dans ton message."},
			clean: []string{"Un extrait de casier judiciaire pourra t'être demandé après l'entretien, comme la loi le permet pour ce poste.",
				"Envoie ton CV et ta lettre de motivation à recrutement@exemple.fr.", "Logement et repas fournis, déduits selon les normes AVS."}},
	})
}

// TestWhatTheJobDoesOrTheLawSays: a faith named among the job's duties is
// the work; a ground said not to be asked, an interview guaranteed to
// disabled applicants, a word of an e-mail address and the numbers of a
// statute's section are no criterion; a heading's ground is read with the
// reason of the paragraph it heads; a clergy post is a religious post.
func TestWhatTheJobDoesOrTheLawSays(t *testing.T) {
	posting := func(heading, line string) string {
		return "# Teacher\n\nA weekend school.\n\n## " + heading + "\n\n- " + line + "\n\n## How to apply\n\nWrite to us.\n"
	}
	for _, c := range []struct {
		lang, text string
		want       bool
	}{
		// duties: the work
		{"en", posting("What you will do", "Lead the pupils in the short morning prayer before lessons."), false},
		{"en", posting("Responsibilities", "Plan Bible study, prayer and worship for the youth group."), false},
		{"fr", posting("Missions", "Enseigner aux élèves les fondements de la pratique religieuse."), false},
		// the same faith asked of the person
		{"en", posting("About you", "You must be a practising Christian."), true},
		{"fr", posting("Profil", "Vous êtes pratiquant et partagez notre foi."), true},
		{"en", posting("What you will do", "Teach maths. Only practising Christians will be considered."), true},
		// said not to be asked; positive action; an address; a statute's section
		{"fr", posting("Profil", "Aucune pratique religieuse n'est attendue de votre part."), false},
		{"en", posting("About you", "Membership of any church is not required for this role."), false},
		{"en", posting("About you", "We guarantee an interview to disabled applicants who meet the essential criteria."), false},
		{"fr", posting("Candidature", "Écrivez à recrutement@mosquee-exemple.fr avant le 10 mars."), false},
		{"en", posting("About you", "A record check after a conditional offer, as required for school staff by C.R.S. § 22-32-109.8."), false},
		{"en", posting("About you", "Applicants must be aged 22-32."), true},
		// a heading's ground, its reason in the paragraph below
		{"en", "# Support Worker\n\n## The requirement to be a woman\n\nStaff live alongside residents at night. Being a woman is an occupational qualification for this post under the Act.\n", false},
		{"en", "# Support Worker\n\n## The requirement to be a woman\n\nThe team works days and nights in our warehouse.\n", true},
		// a clergy post
		{"en", posting("About you", "This is a clergy position. Candidates must be observant Jews, able to lead services in Hebrew."), false},
	} {
		got := scoredAt(t, c.lang, Markdown, c.text, 0)
		if (len(got) > 0) != c.want {
			t.Errorf("%q: findings %v, want any: %v", c.text, got, c.want)
		}
	}
}

// TestEnglishTitleInOneGender: the job name of an English title in one
// gender is an inclusive-title finding, by its form ("-man", "-men",
// "-woman", "-ess", "-maid"); the rest of the title (a place, an
// employer), a department and a title naming both forms are not.
func TestEnglishTitleInOneGender(t *testing.T) {
	l, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"Tyre Fitter / Tyreman – Leicester depot", true},
		{"Experienced Ropeswoman for our rigging loft", true},
		{"Theatre Seamstress (fixed term)", true},
		{"Relief Signalmen Wanted – Crewe", true},
		{"Head Laundress, Hotel Bellevue", true},
		{"Press Operator – Chapman & Freeman Print, Leeds", false},
		{"Sales Assistant, Men's Outfitters", false},
		{"Waiter or Waitress – Harbour Café", false},
		{"Human Resources Adviser – German-speaking team", false},
	} {
		d, err := Parse("posting", "en", Markdown, []byte("# "+c.title+"\n\nOur team works days, Monday to Friday.\n"))
		if err != nil {
			t.Fatal(err)
		}
		// the title's own finding is filed with the titles in one gender,
		// and no finding of the sex ground repeats it on its line
		got := 0
		for _, f := range l.Lint(d).Findings {
			if f.Line == 1 && (f.Category == "sex" || f.Category == "inclusive-title") && f.Severity >= Warning {
				if f.Rule != "inclusive-title" || f.Category != "inclusive-title" {
					t.Errorf("%q: a sex finding on the title besides the title's own: %s", c.title, f.Message)
				}
				got++
			}
		}
		if (got == 1) != c.want || got > 1 {
			t.Errorf("%q: %d title findings, want one: %v", c.title, got, c.want)
		}
	}
}

// TestHealthByMeasureClaimOrBar: a body mass index is a health measure, a
// past workplace-injury claim a health record, and a bar on disabled
// people said outright stays one whatever welcoming word it names; the
// index a job measures, a claim it handles and the welcome stay lawful.
func TestHealthByMeasureClaimOrBar(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"BMI, injury claims and bars, en": {category: "health", lang: "en",
			flagged: []string{"Candidates must have a BMI below 28.", "You must not have had a WSIB claim in the past three years.",
				"Applicants with previous workers' compensation claims will not be considered.", "Perfect eyesight is required for this role."},
			clean: []string{"You will record each patient's body mass index at intake.", "You will process workers' compensation claims for our clients.",
				"Disabled applicants are welcome and we make reasonable adjustments."}},
		"IMC, lésions professionnelles et exclusions, fr": {category: "health", lang: "fr",
			flagged: []string{"IMC inférieur à 29 exigé.", "Aucun antécédent de lésion professionnelle n'est accepté.",
				"Les personnes bénéficiant d'une RQTH ne peuvent pas postuler.", "Aucune personne en situation de handicap.", "Vue parfaite exigée."},
			clean: []string{"Vous calculez l'IMC des patients lors des consultations.", "Les candidatures de personnes bénéficiant d'une RQTH sont les bienvenues.",
				"Vous déclarez les accidents du travail à la CPAM."}},
	})
}

// TestDeprivedAreaAndBank: a deprived area turned away is a place of
// residence, the ground the law names, not a commute; an account at a bank
// of one country or region asked is bank domiciliation.
func TestDeprivedAreaAndBank(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"deprived areas, fr": {category: "residence", lang: "fr",
			flagged: []string{"Les candidats domiciliés en quartier prioritaire ne seront pas retenus.", "Pas de candidats issus des QPV, merci.",
				"Les candidatures issues des quartiers nord ne seront pas examinées."},
			clean: []string{"Vous animez des ateliers dans les quartiers prioritaires de la ville.", "Le poste est basé dans les quartiers nord de Marseille."}},
		"deprived areas, en": {category: "residence", lang: "en",
			flagged: []string{"We do not consider applicants living in Seine-Saint-Denis (93).", "Applicants must not live on a council estate.",
				"No applicants from deprived areas, please."},
			clean: []string{"You will run youth clubs on two council estates in Salford.", "Our depot is in an inner-city industrial park."}},
		"a bank of one place, fr": {category: "other-ground", lang: "fr",
			flagged: []string{"Joignez un RIB d'une banque ayant une agence dans le Nord.", "Salaire versé uniquement sur un compte ouvert dans une agence bancaire française.",
				"Un compte ouvert en France est exigé pour postuler."},
			clean: []string{"Le salaire est versé sur le compte de votre choix.", "Vous accueillez les clients de notre agence bancaire française."}},
	})
}

// TestGenderCodedFrenchTraits: the person sought as a mother ("une vraie
// maman", "maternelle"), a homemaker fairy or an adventurer is gender-coded;
// the nursery school, the childminder's trade, the mother tongue and mother
// and child care are not.
func TestGenderCodedFrenchTraits(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"traits of one gender, fr": {category: "gender-coded", lang: "fr",
			flagged: []string{"Tu es maternelle et rassurante avec les résidents.", "Pour nos résidents, tu seras une vraie maman.",
				"Un vrai baroudeur, prêt à partir en mission au pied levé.", "Vous êtes une vraie fée du logis."},
			clean: []string{"Vous accompagnez les élèves de l'école maternelle.", "Diplôme d'assistante maternelle apprécié.",
				"Vous intervenez en classe maternelle deux matinées par semaine.", "Vous travaillez au centre de protection maternelle et infantile."}},
	})
}

// TestAgeByLabel: an age stated after the word "age" ("Age 21 to 35",
// "Age below 40") or beside "a young bloke" is an age condition; a body
// mass index, a figure in thousands and a role's playing age are not.
func TestAgeByLabel(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"an age by its label, en": {category: "age", lang: "en",
			flagged: []string{"Age 19 to 32.", "Age below 40, ideally.", "We want a young bloke, 20 to 28, to join the crew.",
				"Âge 25 à 35 ans."},
			clean: []string{"We treat patients with a BMI under 35 at our weight clinic.", "Our vans are under 26,001 lbs, so no CDL is needed.",
				"Trucks weigh under 18,000 kg when loaded."}},
		"un âge par son libellé, fr": {category: "age", lang: "fr",
			flagged: []string{"Âge : 20-30 ans.", "Âge inférieur à 35 ans.", "Âge maximum 45 ans."},
			clean:   []string{"IMC inférieur à 30 pour les patients opérés.", "Nos camions pèsent moins de 26 000 kg."}},
	})
}

// TestSpacesAfterAnAmount: spaces running on after an amount, past where a
// range's second figure could stand, leave nothing to read after it (the
// reader once sliced past its own end and panicked).
func TestSpacesAfterAnAmount(t *testing.T) {
	text := "Pay: $20" + strings.Repeat(" ", 80) + "an hour, part-time in Albany, New York, NY."
	checkRuleCases(t, []ruleCase{
		{rule: "pay-range", lang: "en", country: "US", text: text, want: false},
		{rule: "pay-range", lang: "en", country: "US", text: "Pay: $20" + strings.Repeat(" ", 80) + "and up, in Albany, New York, NY.", want: false},
	})
}
