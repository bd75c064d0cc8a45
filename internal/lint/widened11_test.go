package lint

import "testing"

// TestWidenedByLaw holds the classes widened from the law and from how
// postings say it: each in wordings of its own and traps that look alike
// but are lawful or about someone else.
func TestWidenedByLaw(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"health by other words, en": {category: "health", lang: "en",
			flagged: []string{"You should not have any ongoing medical conditions.", "Candidates with a long-term illness will not be considered.",
				"No medical restrictions of any kind are accepted.", "Applicants must be free of chronic conditions."},
			clean: []string{"You will care for patients with chronic illnesses.", "We support colleagues with long-term conditions through our wellbeing programme."}},
		"health by other words, fr": {category: "health", lang: "fr",
			flagged: []string{"Aucune pathologie chronique.", "Vous n'avez aucune restriction médicale.", "Les personnes ayant une maladie chronique ne seront pas retenues."},
			clean:   []string{"Vous accompagnez des patients atteints de maladies chroniques.", "Une entreprise sans problèmes de santé financière."}},
		"appearance by other words, en": {category: "appearance", lang: "en",
			flagged: []string{"Clear skin and a neat look required.", "You must have an attractive appearance.", "A youthful appearance is preferred for this counter."},
			clean:   []string{"We offer an attractive package and a great location.", "You will advise clients on clear skin routines."}},
		"appearance by other words, fr": {category: "appearance", lang: "fr",
			flagged: []string{"Physique agréable exigé.", "Une apparence jeune est souhaitée.", "Peau nette et teint frais exigés."},
			clean:   []string{"Un cadre de travail attractif.", "Vous conseillez les clientes sur les soins pour une peau nette."}},
		"personal data at application, en": {category: "personal-data", lang: "en",
			flagged: []string{"Attach a copy of your passport to your application.", "Applicants must provide their social media passwords.",
				"Please send a copy of your passport with your CV."},
			clean: []string{"You will reset customer passwords and manage access.", "A copy of your passport is required on your first day for right to work checks."}},
		"personal data at application, fr": {category: "personal-data", lang: "fr",
			flagged: []string{"Merci de joindre la copie de votre passeport.", "Joignez une copie recto-verso de votre carte d'identité."},
			clean:   []string{"Vous gérez les mots de passe et les accès des utilisateurs.", "Vous traitez les demandes de passeport des usagers."}},
		"marital status in other words, fr": {category: "family", lang: "fr",
			flagged: []string{"Indiquez votre situation maritale.", "Précisez votre statut matrimonial.", "Merci de mentionner votre situation matrimoniale."},
			clean:   []string{"Le statut matrimonial n'est jamais demandé.", "Les familles avec enfants seront accueillies en priorité au centre aéré."}},
		"a language other than French, fr": {category: "other-ground", lang: "fr",
			flagged: []string{"La pratique d'une autre langue que le français au bureau est interdite.", "Les langues étrangères sont proscrites dans l'atelier.",
				"Merci d'éviter toute langue étrangère sur le site."},
			clean: []string{"Les langues étrangères sont un atout.", "Vous accueillez des visiteurs en langue étrangère."}},
		"other languages banned, en": {category: "other-ground", lang: "en",
			flagged: []string{"Speaking other languages on the shop floor is not allowed.", "Home languages are banned on site, even on breaks.",
				"Please refrain from using other languages at work."},
			clean: []string{"Other languages are a plus.", "Avoid jargon and foreign language terms in customer emails."}},
		"debts and credit, en": {category: "other-ground", lang: "en",
			flagged: []string{"No bad credit history.", "Applicants must be debt-free.", "Candidates with poor credit need not apply."},
			clean:   []string{"You will run credit checks on tenants.", "We help families get out of debt."}},
		"debts and credit, fr": {category: "other-ground", lang: "fr",
			flagged: []string{"Vous n'avez pas de dettes.", "Les personnes fichées à la Banque de France s'abstenir.", "Aucun interdit bancaire."},
			clean:   []string{"Nous aidons les familles à sortir des dettes.", "Vous analysez les dossiers de surendettement des clients."}},
		"health as a whole, en": {category: "health", lang: "en",
			flagged: []string{"Good physical and mental health is essential.", "Perfect general health required.", "You must be in excellent physical health."},
			clean:   []string{"We offer good mental health support and an employee assistance programme.", "Good health and wellbeing benefits."}},
		"health as a whole, fr": {category: "health", lang: "fr",
			flagged: []string{"Bonne santé physique et mentale indispensable.", "Personnes valides uniquement.", "Excellente santé générale exigée."},
			clean:   []string{"Permis de conduire valide exigé.", "Nous prenons soin de la bonne santé de nos équipes : mutuelle et salle de sport."}},
		"looks said to count, en": {category: "appearance", lang: "en",
			flagged: []string{"Good looks are essential for this front-of-house role.", "You must be a healthy weight.", "Tell us your height and dress size."},
			clean:   []string{"The parcels must weigh under 20 kg.", "The appearance of the shop floor matters to us."}},
		"looks said to count, fr": {category: "appearance", lang: "fr",
			flagged: []string{"Vous êtes l'image de la marque : le physique compte.", "Indiquez votre taille et votre poids.", "Un joli visage est indispensable."},
			clean:   []string{"Indiquez la taille de votre équipe actuelle.", "Le look de la boutique compte beaucoup pour nos clients."}},
		"other grounds of L1132-1, fr": {category: "other-ground", lang: "fr",
			flagged: []string{"Vous n'exercez aucun mandat électif.", "Les lanceurs d'alerte ne sont pas les bienvenus.", "Pas de trou dans le CV.",
				"Vous n'avez aucune activité mutualiste."},
			clean: []string{"Vous travaillerez auprès des élus de la commune.", "Dispositif d'alerte interne conforme à la loi Sapin II.",
				"Les interruptions de carrière ne sont pas un problème."}},
		"other grounds, en": {category: "other-ground", lang: "en",
			flagged: []string{"Applicants holding elected office need not apply.", "Candidates must not have a history of whistleblowing.",
				"No gaps in your employment history.", "An honourable discharge is required."},
			clean: []string{"Our whistleblowing policy protects staff who raise concerns.", "You will liaise with elected officials and council officers.",
				"We offer career break schemes and welcome returners."}},
		"grooming and hair, fr": {category: "appearance", lang: "fr",
			flagged: []string{"Vous avez une allure soignée et un style élégant.", "Cheveux naturels, sans coloration fantaisie.", "Allure irréprochable exigée."},
			clean:   []string{"Vous avez une bonne connaissance des colorations pour notre salon de coiffure.", "Vous avez le sens du service."}},
		"hair colour, en": {category: "appearance", lang: "en",
			flagged: []string{"No dyed or unnatural hair colours.", "Bright hair colours are not permitted.", "Unnatural hair shades are not allowed on shift."},
			clean:   []string{"You have experience with coloured hair and balayage.", "You have a great eye for detail."}},
		"place of residence in other words, fr": {category: "residence", lang: "fr",
			flagged: []string{"Votre lieu de résidence doit être à Lyon intra-muros.", "Lieu de résidence obligatoirement dans le 13e arrondissement.", "Le lieu de résidence doit se situer dans la commune."},
			clean:   []string{"Votre lieu de résidence n'a aucune importance.", "Vous accompagnez les résidents dans leur lieu de résidence."}},
		"religious signs banned, fr": {category: "religion", lang: "fr",
			flagged: []string{"Foulard et autres signes religieux : à laisser à la maison.", "Les signes religieux ostentatoires sont proscrits.", "Pas de voile au travail."},
			clean:   []string{"Vous pouvez porter le signe religieux de votre choix.", "Salle de prière à disposition des salariés."}},
		"religious signs banned, en": {category: "religion", lang: "en",
			flagged: []string{"Religious symbols are to be left at home.", "Headscarves are banned on the shop floor.", "No visible religious symbols at work."},
			clean:   []string{"Staff may wear religious symbols; please leave your coat in the locker.", "A quiet prayer room is available on site."}},
		"job names in one gender, en": {category: "sex", lang: "en",
			flagged: []string{"Headmaster for our village primary school.", "Stockman wanted for a 400-head beef farm.", "Seamstress for our alterations shop.",
				"Signalman, night shifts, Crewe."},
			clean: []string{"You will work with the headmaster and the governors.", "Board: Jane Doe (Chairman), Paul Roe (Treasurer).", "We are proud of our craftsmanship.",
				"Barman / Barmaid wanted for weekend shifts.", "Waiter or waitress, full time."}},
	})
}

// TestCountryByPlace: a French region, town or resort places an English
// posting's job in France, where L5331-4 asks for the French text.
func TestCountryByPlace(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Grape pickers – Côte de Beaune (Burgundy)\n\nJoin our harvest team.", "FR"},
		{"Ski technician – Val Thorens\n\nWinter season.", "FR"},
		{"Cellar door host – Barossa Valley\n\nWeekend work.", "AU"},
		{"Warehouse operative – Milton Keynes\n\nDays.", "GB"},
	} {
		if got, _ := inferCountry(c.text, fold(c.text)); got != c.want {
			t.Errorf("%q: country %q, want %q", c.text, got, c.want)
		}
	}
}

// TestFrenchJobNouns: a title is read from a list of job nouns and their
// feminine forms, not from a list of titles.
func TestFrenchJobNouns(t *testing.T) {
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"Soigneur animalier (H/F) – Parc zoologique", true},
		{"Toiletteur canin – salon à Toulon", true},
		{"Coach sportif (H/F)", true},
		{"Chanteuse lyrique pour la saison", true},
		{"Homme d'entretien", true},
		{"Second de cuisine", true},
		{"Téléconseiller – Lille", true},
		{"Toiletteur·se canin·e – salon à Toulon", false},
		{"Visite médicale et sécurité", false},
		{"Agence immobilière du centre", false},
		{"Second·e de cuisine", false},
	} {
		_, _, _, got := inclusiveTitle(c.title)
		if got != c.want {
			t.Errorf("%q: flagged %v, want %v", c.title, got, c.want)
		}
	}
}

// TestCountryByTerms: the French terms of an employment contract place an
// English posting's job in France.
func TestCountryByTerms(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Data analyst\n\nPermanent contract under the Syntec convention collective, mutuelle and tickets restaurant.", "FR"},
		{"Network engineer\n\nYou will reduce RTT on our backbone.", ""},
	} {
		if got, _ := inferCountry(c.text, fold(c.text)); got != c.want {
			t.Errorf("%q: country %q, want %q", c.text, got, c.want)
		}
	}
}

// TestPayNonRanges: where a range is due, a ceiling or a "see together"
// gives neither the starting pay nor its range; a range written with a
// ceiling word is a range.
func TestPayNonRanges(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       bool
	}{
		{"en", "Sales Assistant – Denver, CO\n\nPay: up to $25 an hour.", true},
		{"fr", "Vendeur·se – Lyon\n\nSalaire jusqu'à 2 400 € brut par mois.", true},
		{"fr", "Vendeur·se – Lyon\n\nSalaire à voir ensemble selon ton niveau.", true},
		{"fr", "Vendeur·se – Lyon\n\nRémunération : nous consulter.", true},
		{"en", "Sales Assistant – Dublin\n\nSalary: to be discussed, depending on experience.", true},
		{"en", "Sales Assistant – Denver, CO\n\nPay from $20 up to $25 an hour.", false},
		{"fr", "Vendeur·se – Lyon\n\nSalaire de 2 000 jusqu'à 2 400 € brut par mois.", false},
		{"en", "Sales Assistant – Vancouver, BC\n\nPostcode V6K 1N6. Pay $21 to $24 an hour.", false},
		{"en", "Warehouse operative – Joliet, IL\n\nPay $19 to $22 an hour, plus a $1.50/hour shift differential.", false},
	} {
		l, err := New(Config{})
		if err != nil {
			t.Fatal(err)
		}
		d, err := Parse("posting", c.lang, Text, []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, f := range l.Lint(d).Findings {
			got = got || f.Rule == "pay-range" && f.Severity >= Warning
		}
		if got != c.want {
			t.Errorf("%q: pay-range warning %v, want %v", c.text, got, c.want)
		}
	}
}
