package lint

import (
	"slices"
	"strings"
	"testing"
)

// TestWidenedGrounds19: wordings a blind read found unread or misread,
// each beside the lawful wording closest to it.
func TestWidenedGrounds19(t *testing.T) {
	checkClasses(t, map[string]classCase{
		// a group or a public of LGBTQ+ people the job runs or serves
		"a group the job runs, en": {category: "orientation", lang: "en",
			flagged: []string{"Candidates must keep their sexual orientation private at work."},
			clean: []string{"You will co-run our LGBTQ+ youth group on Thursday evenings.",
				"Our services include a lesbian and gay community helpline."}},
		// the UK's guaranteed interview scheme is a positive action
		"a guaranteed interview, en": {category: "health", lang: "en",
			clean: []string{"Disabled candidates who meet the minimum criteria are guaranteed an interview."}},
		"a colleague's post, en": {category: "sex", lang: "en",
			flagged: []string{"We are looking for an experienced foreman."},
			clean:   []string{"You will report to the site foreman each morning."}},
		"a way of life, en": {category: "residence", lang: "en",
			flagged: []string{"Applicants must be living in the borough."},
			clean:   []string{"Staff are expected to be living in line with our safeguarding code."}},
		"a record check the employer runs, en": {category: "other-ground", lang: "en",
			clean: []string{"A criminal record check under the provincial Criminal Records Review Act is required for this route; we submit and pay for it."}},
		"graduates welcome, en": {category: "age", lang: "en",
			clean: []string{"Two years in a salon preferred (recent graduates of any accredited beauty course welcome)."}},
		"a bloke, a voice, clients' taste, en": {category: "sex", lang: "en",
			flagged: []string{"Venues expect a tall bloke on the door.", "We need a warm female voice for the night show.",
				"Our regulars love a friendly girl behind the bar."},
			clean: []string{"Our regulars love a friendly face behind the bar."}},
		"a career stage, en": {category: "age", lang: "en",
			flagged: []string{"Ideally you are in the early stages of your career."}},
		"a family the team is, en": {category: "cliche", lang: "en",
			flagged: []string{"You'll be part of the Greenway family from day one."},
			clean:   []string{"You'll be part of the Greenway family of garden centres."}},
		"organising, en": {category: "union", lang: "en",
			flagged: []string{"This is a non-union site, so don't apply if you plan to unionize.",
				"Please do not apply if you intend to organise the crew."}},
		"a station named after a union, en": {category: "union", lang: "en",
			clean: []string{"The office is a short walk from Union Station."}},
		"single and free, en": {category: "family", lang: "en",
			flagged: []string{"Ideally single and free to relocate at short notice."}},
		"observance, en": {category: "religion", lang: "en",
			flagged: []string{"Staff are expected to attend Sunday Mass with the boarders."}},
		"appearance, en": {category: "appearance", lang: "en",
			flagged: []string{"A clean-cut look is essential for front-of-house staff.", "Camera-ready appearance required."}},
		"the tutoiement, fr": {category: "age", lang: "fr",
			flagged: []string{"Tu as l'énergie de tes 22 ans et tu aimes bouger."},
			clean:   []string{"Tu as l'énergie de tes 10 ans d'expérience en cuisine."}},
		"people the job suits, fr": {category: "age", lang: "fr",
			flagged: []string{"Idéal pour étudiants de 19 à 24 ans."},
			clean:   []string{"Un séjour idéal pour des enfants de 6 à 12 ans."}},
		"the public's taste is no reason, fr": {category: "sex", lang: "fr",
			flagged: []string{"Nos résidentes, pour la plupart âgées, préfèrent être aidées par une femme pour la toilette."}},
		"a family break, fr": {category: "family", lang: "fr",
			flagged: []string{"Pas de projet de pause familiale dans les deux ans à venir."}},
		"a generation, fr": {category: "age", lang: "fr",
			flagged: []string{"Vous animerez les soirées des étudiants du campus et vous êtes de leur génération."}},
		"a processing, fr": {category: "health", lang: "fr",
			flagged: []string{"Indiquez vos traitements médicaux en cours."},
			clean:   []string{"Indiquez votre référence pour faciliter le traitement de votre candidature."}},
		"a certificate of the household, fr": {category: "personal-data", lang: "fr",
			flagged: []string{"Envoyez votre CV et votre composition de ménage."}},
		"an accommodation refused, fr": {category: "health", lang: "fr",
			flagged: []string{"Pas d'aménagement de poste possible pour ce poste de nuit."},
			clean:   []string{"Un aménagement de poste est possible sur demande."}},
		"a private life judged, fr": {category: "orientation", lang: "fr",
			flagged: []string{"Un profil « classique » dans votre vie privée est attendu."},
			clean:   []string{"Nous respectons votre vie privée et vos données."}},
		"a shark, a dominant attitude, fr": {category: "gender-coded", lang: "fr",
			flagged: []string{"Vous êtes un vrai requin de la vente.", "Attitude dominante exigée face aux clients difficiles."}},
		"a family the team is, fr": {category: "cliche", lang: "fr",
			flagged: []string{"Vous ferez partie de la famille Martin dès votre arrivée."},
			clean:   []string{"Vous ferez partie de la famille de produits bio."}},
		"a stated preference among people, fr": {category: "family", lang: "fr",
			flagged: []string{"Vu les horaires de nuit, nous privilégions les personnes sans enfants en bas âge."}},
		"applications from people living near, fr": {category: "residence", lang: "fr",
			flagged: []string{"Nous ne retiendrons que les candidatures de personnes qui habitent la commune."},
			clean:   []string{"Les familles que nous accompagnons habitent la commune."}},
		"people the job suits best, en": {category: "family", lang: "en",
			flagged: []string{"Best for people with no little ones at home, as shifts end late."}},
		"an insurer named as the reason, en": {category: "health", lang: "en",
			flagged: []string{"A clean health record is required for our insurance."},
			clean:   []string{"You will get full health insurance from day one."}},
		"a faith's church, en": {category: "religion", lang: "en",
			flagged: []string{"A Church of England background would be appreciated."},
			clean:   []string{"We are a Church of England primary school in Bath."}},
		"a couple's traditional conception, fr": {category: "orientation", lang: "fr",
			flagged: []string{"Vous partagez notre conception traditionnelle du couple."}},
		"an online bank, an administrative address, fr": {category: "other-ground", lang: "fr",
			flagged: []string{"Pas de compte en ligne : un compte dans une agence est exigé.", "Pas de domiciliation CCAS."}},
		"kids as candidates, en": {category: "age", lang: "en",
			flagged: []string{"This season job is perfect for college kids."}},
		// an attraction, not a trait; a beekeeper's veil; a question for the first day
		"things named like traits, en": {category: "cliche", lang: "en",
			flagged: []string{"You are a true coding ninja."},
			clean:   []string{"Our park has a ninja-style obstacle course and a climbing wall."}},
		"protective veils, en": {category: "religion", lang: "en",
			flagged: []string{"Staff must not wear veils at work."},
			clean:   []string{"Bee suits, gloves, veils and all PPE supplied."}},
		"a health question after the offer, en": {category: "health", lang: "en",
			clean: []string{"Before you start, we will talk with you about any severe allergy to stings, for your safety."}},
		"a class year, not a place, en": {category: "residence", lang: "en",
			clean: []string{"Applicants from the cohort we trained last spring are welcome."}},
		"a photo of a licence, en": {category: "personal-data", lang: "en",
			flagged: []string{"Send your CV and a photo."},
			clean:   []string{"Send your CV and a photo of your licences."}},
		"volunteers described, fr": {category: "age", lang: "fr",
			flagged: []string{"Nous recherchons des bénévoles âgés de 18 à 25 ans."},
			clean:   []string{"L'association compte 200 bénévoles âgés de 20 à 80 ans."}},
		"the age of the clientele, fr": {category: "age", lang: "fr",
			flagged: []string{"Vous avez idéalement l'âge de notre clientèle."}},
		"family distractions, en": {category: "family", lang: "en",
			flagged: []string{"Ideally without family distractions during the season."}},
		"a graduation year, fr": {category: "age", lang: "fr",
			flagged: []string{"Diplômé·e d'un BTS en 2024 ou 2025."}},
		// a fourth blind read
		"a weight is no payment, en": {category: "fee", lang: "en",
			flagged: []string{"Applicants pay a $40 registration fee."},
			clean:   []string{"The job involves carrying boxes of up to 40 pounds."}},
		"experience capped in a trade, en": {category: "age", lang: "en",
			flagged: []string{"Ideally no more than 10 years in the industry."}},
		"one country's experience, en": {category: "origin", lang: "en",
			flagged: []string{"Canadian warehouse experience required."}},
		"a compensation claim, en": {category: "health", lang: "en",
			flagged: []string{"No WCB claims in the past five years."}},
		"hearing aids, en": {category: "health", lang: "en",
			flagged: []string{"No hearing aids, as the workshop is loud."},
			clean:   []string{"Free hearing aids for you and your family."}},
		"an arrest record, en": {category: "other-ground", lang: "en",
			flagged: []string{"Applicants must never have been arrested: no arrest record of any kind."}},
		"born one sex, en": {category: "orientation", lang: "en",
			flagged: []string{"Therapists born male only, for our men's hammam."}},
		"a record check at the offer, fr": {category: "other-ground", lang: "fr",
			clean: []string{"Notre assureur exige un extrait du casier judiciaire, demandé au moment de l'offre d'engagement."}},
		// a fifth blind read
		"a sum added to a rate, en": {category: "pay-range", lang: "en",
			clean: []string{"Pay: $21.00/hr + $2.00/hr weekend premium, reviewed yearly."}},
		"a language useful, not essential, en": {category: "origin", lang: "en",
			clean: []string{"Some Welsh is useful, as half the team speak it, but it isn't essential."}},
		"a questionnaire at onboarding, en": {category: "health", lang: "en",
			clean: []string{"As part of onboarding, you will complete a short health questionnaire for the lab's safety."}},
		"housing offered, its rent from pay, en": {category: "fee", lang: "en",
			clean: []string{"Staff housing available in town (rent is deducted from pay, from $600 a month)."}},
		"a belief said with conviction, fr": {category: "other-ground", lang: "fr",
			clean: []string{"Vous présentez nos actions avec conviction."}},
		"Travellers, a settled background, en": {category: "origin", lang: "en",
			flagged: []string{"Applicants from a settled background preferred."}},
		"locally born, en": {category: "origin", lang: "en",
			flagged: []string{"Locally born candidates preferred."}},
		"housewives, en": {category: "sex", lang: "en",
			flagged: []string{"Suitable for housewives wanting a few hours a week."}},
		"a voice needed, fr": {category: "sex", lang: "fr",
			flagged: []string{"Pour l'équilibre de l'antenne, on a besoin d'une voix féminine."}},
		"a diploma's recency, fr": {category: "age", lang: "fr",
			flagged: []string{"Diplôme d'esthétique obtenu il y a moins de 2 ans."}},
		"a family business named so, en": {category: "cliche", lang: "en",
			flagged: []string{"We are a family here, and we look after each other."},
			clean:   []string{"We are a family dairy farm with 80 cows."}},
	})
}

// A line of the profile that opens with a bank account at a branch asks
// for it.
func TestBankAccountInProfile(t *testing.T) {
	got := scoredAt(t, "fr", Markdown, "# Fromager·ère\n\n## Profil\n\n- Compte bancaire dans une agence de la région, pour le virement du salaire\n", 0)
	if !strings.Contains(strings.Join(got, " "), "other-ground(") {
		t.Errorf("findings %v, want other-ground", got)
	}
}

// The minimum wage, stated as the pay, is a pay the law sets; a floor
// said of it is not.
func TestMinimumWagePay(t *testing.T) {
	for src, want := range map[string]bool{
		"# Cueilleur·se\n\n## Conditions\n\nSalaire : SMIC horaire + 8 %, à Avignon.\n":           false,
		"# Cueilleur·se\n\n## Conditions\n\nRémunération au-dessus du SMIC, à Avignon.\n":         true,
		"# Picker\n\n## Pay\n\nThe national minimum wage for your age, paid weekly, in Lyon.\n":   false,
		"# Picker\n\n## Pay\n\nWe pay from the minimum wage, depending on experience, in Lyon.\n": true,
	} {
		lang := "fr"
		if strings.HasPrefix(src, "# Picker") {
			lang = "en"
		}
		got := slices.ContainsFunc(lintText(t, lang, Markdown, src, nil), func(f Finding) bool { return f.Rule == "pay-range" })
		if got != want {
			t.Errorf("%q: pay-range finding %v, want %v", src, got, want)
		}
	}
}
