package lint

import "testing"

// TestConcepts holds each concept to wordings none of the phrases lists:
// five or more that state the ground, five or more lawful look-alikes.
func TestConcepts(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"concept age, en": {category: "age", lang: "en",
			flagged: []string{"Applicants should be aged 19 to 26.", "Ideal candidate (21–28) with a degree.", "We are looking for a 25-year-old graduate.",
				"Candidates must be no older than 35.", "You are ideally under 30 years old.", "Our team is looking for someone in their twenties."},
			clean: []string{"We have been trading for 25 years.", "Deliveries take under 30 minutes.", "A team of 19 to 26 engineers.",
				"At least 21 years old, the federal minimum for interstate driving.", "We welcome applicants regardless of age, sex or background.",
				"You will have 25 years of experience to draw on."}},
		"concept age, fr": {category: "age", lang: "fr",
			flagged: []string{"Candidat·e âgé·e de 22 à 27 ans.", "Vous avez moins de 32 ans.", "Idéalement, vous avez la vingtaine.",
				"Profil de 25-30 ans recherché.", "Nous recherchons un vendeur de plus de 45 ans pour notre clientèle.", "Vous êtes un quadra motivé."},
			clean: []string{"L'entreprise existe depuis plus de 40 ans.", "Vous avez plus de 15 ans d'expérience.", "Une équipe de 25-30 personnes.",
				"Poste ouvert à toutes et à tous, quel que soit l'âge.", "Livraisons en moins de 30 minutes.", "Nos résidents, âgés de 80 ans en moyenne, sont accueillants."}},
		"concept sex, en": {category: "sex", lang: "en",
			flagged: []string{"The role is ideally suited to a woman.", "We prefer male applicants for the night shift.", "Looking for strong guys for the warehouse.",
				"Girls only behind the bar.", "A female receptionist would be preferred.", "We want men who can lift."},
			clean: []string{"We welcome women and men alike.", "Our clients are mostly women over fifty.", "Marc, our founder, is a man of few words who prefers email.",
				"You will sell our women's collection.", "Applications are welcome regardless of sex.", "Help female customers choose a fit that suits them."}},
		"concept sex, fr": {category: "sex", lang: "fr",
			flagged: []string{"Une femme conviendrait mieux pour ce poste.", "Candidature féminine de préférence.", "Nous recherchons idéalement un homme.",
				"Profil masculin souhaité.", "Les garçons sont plutôt placés en réserve.", "Poste réservé aux hommes."},
			clean: []string{"Poste ouvert aux femmes et aux hommes.", "Vente de prêt-à-porter femme, idéalement avec expérience.", "Notre clientèle féminine apprécie le conseil.",
				"Égalité des chances : femmes et hommes sont recherchés.", "Vous conseillez les clientes sur la collection homme.", "L'équipe recherche un·e commercial·e."}},
		"concept origin, en": {category: "origin", lang: "en",
			flagged: []string{"A neutral accent is essential.", "Your name should be easy to pronounce for our clients.", "Ideally you were born and raised in Yorkshire.",
				"Candidates who grew up in Singapore preferred.", "Caucasian applicants preferred.", "A clear British accent is required."},
			clean: []string{"We put the accent on quality.", "Our founder grew up in Leeds.", "Right to work in the UK required; British or EU passport accepted.",
				"Fluent English, C1 level.", "Our restaurant serves African and Asian dishes, ideally with a twist.", "You will pronounce the menu to our guests."}},
		"concept origin, fr": {category: "origin", lang: "fr",
			flagged: []string{"Un accent neutre est indispensable.", "Un nom facile à prononcer serait un atout.", "Idéalement, vous êtes né en Bretagne.",
				"Une candidate asiatique conviendrait naturellement.", "Vous avez grandi en Alsace, idéalement.", "Candidat européen de préférence."},
			clean: []string{"Nous mettons l'accent sur la qualité.", "Notre fondatrice est née à Lyon.", "Autorisation de travail en France requise.",
				"Cuisine asiatique, plats préparés sur place, de préférence frais.", "Anglais courant, niveau C1.", "Vous accueillez une clientèle européenne."}},
		"concept appearance, en": {category: "appearance", lang: "en",
			flagged: []string{"You are slim and well-groomed.", "No visible tattoos.", "Beards are not accepted.",
				"A clean-shaven look is required.", "Minimum height of 1m75.", "Beards are not allowed."},
			clean: []string{"Beards must be covered with a net in production for food hygiene.", "We sell athletic wear.", "You will build athletic programmes for members.",
				"Our barber shop needs someone to trim beards.", "No visible tattoos is not a rule here; come as you are, regardless of appearance.", "Our tattoo studio needs a receptionist."}},
		"concept appearance, fr": {category: "appearance", lang: "fr",
			flagged: []string{"Vous êtes mince et élancée.", "Tatouages visibles interdits.", "Barbe non acceptée.", "Maquillage exigé en boutique.",
				"Taille minimale 1m70.", "Pas de dreadlocks ni de tresses."},
			clean: []string{"Vous animez les cours de préparation physique.", "Barbe couverte d'une charlotte en production pour des raisons d'hygiène.",
				"Vous conseillez les clientes sur la gamme de maquillage.", "Notre studio de tatouage recrute un·e accueillant·e.", "Entreprise de taille humaine.",
				"Vous vendez des produits de maquillage, idéalement avec expérience."}},
		"concept health request, en": {category: "health", lang: "en",
			flagged: []string{"Tell us about any medication you take.", "Have you had any injuries in the last five years?", "List your sick days over the past year.",
				"Do you have a disability we should know about?", "Please include details of any time off sick in the last two years.", "State any workers' compensation claims you have made.", "Applicants must disclose any chronic illness."},
			clean: []string{"Health insurance from day one.", "You will prepare prescriptions and advise patients on medication.", "We do not ask about your health.",
				"Report injuries on site to the safety officer.", "Sick leave at full pay for ten days a year.", "Our wellness programme covers your health."}},
		"concept health request, fr": {category: "health", lang: "fr",
			flagged: []string{"Précisez vos traitements en cours.", "Avez-vous des problèmes de dos ?", "Indiquez vos arrêts maladie des deux dernières années.",
				"Joignez la liste de vos éventuelles allergies.", "Avez-vous eu un accident du travail ?", "Mentionnez tout handicap."},
			clean: []string{"Mutuelle santé prise en charge à 60 %.", "Vous déclarez les accidents du travail auprès de la CPAM.", "Vous préparez les traitements des patients.",
				"Nous ne demandons aucune information sur votre santé.", "Visite médicale d'embauche organisée par la médecine du travail.", "Vous êtes garant de la santé et sécurité du chantier."}},
		"concept family request": {category: "family", lang: "en",
			flagged: []string{"Are you planning to start a family soon?", "Please state your marital status.", "Tell us whether you are pregnant.",
				"Do you have children under five?", "Indiquez votre situation familiale.", "Avez-vous des enfants ?"},
			clean: []string{"Parental leave of 20 weeks.", "You will run activities for children at our school.", "Our crèche is open to the children of staff.",
				"Congé maternité complété à 100 %.", "Nous ne posons aucune question sur vos enfants.", "Our nursery is open to staff."}},
		"concept personal data request": {category: "personal-data", lang: "en",
			flagged: []string{"Attach a full-length photo to your application.", "Send us your passport number.",
				"Joignez deux photos (visage et silhouette).", "Indiquez votre numéro de sécurité sociale."},
			clean: []string{"Send photos of our products to the marketing team.", "Attach your portfolio of past projects.", "We do not ask for a photo.",
				"Nous ne demandons pas de photo.", "You will photograph our products for the website.", "Photos de nos réalisations sur notre site."}},
		"concept pay history": {category: "pay-history", lang: "en",
			flagged: []string{"Tell us your current base and bonus.", "What is your current package?", "Please state your previous salary.",
				"Indiquez votre rémunération actuelle.", "Joignez vos trois derniers bulletins de salaire.", "Précisez votre salaire actuel."},
			clean: []string{"Indiquez vos prétentions salariales.", "Tell us your salary expectations.", "The salary range is £30,000 to £35,000.",
				"We pay a bonus every quarter.", "Votre rémunération : 35 à 40 k€ selon expérience.", "You will process the payroll and bulletins de salaire."}},
		"concept fee": {category: "fee", lang: "en",
			flagged: []string{"A refundable deposit of £50 is payable on your first day.", "The starter kit is deducted from your first pay.",
				"Training is at your own expense.", "Une participation de 40 € aux frais de dossier vous sera facturée.", "La tenue est à votre charge.",
				"You must buy your own uniform."},
			clean: []string{"Uniform provided free of charge.", "Training is paid by the company.", "La tenue est fournie.", "Formation prise en charge par l'employeur.",
				"We will pay for your licence.", "Nothing is deducted from your pay."}},
	})
}

// TestTermAt holds the concept term syntax to what conceptlist.go writes.
func TestTermAt(t *testing.T) {
	for _, c := range []struct {
		text, term string
		want       int
	}{
		{"aged 19 to 26", "aged_#~#", 13},
		{"aged 19–26", "aged_#~#", len("aged 19–26")},
		{"aged 12", "aged_#", -1},
		{"aged 1900", "aged_#", -1},
		{"féminines", "féminin*", len("féminines")},
		{"âgé·es de 30", "âgé*_de_#", len("âgé·es de 30")},
		{"quelqu’un", "quelqu'un", len("quelqu’un")},
		{"mensuel", "men", -1},
		{"35 €", "%_€", len("35 €")},
	} {
		if got := termAt(c.text, 0, c.term); got != c.want {
			t.Errorf("termAt(%q, %q) = %d, want %d", c.text, c.term, got, c.want)
		}
	}
}

// elided finds where the word after an elided article or preposition
// starts: after one of d, l, n, s, j, c, m, t or "qu" and an apostrophe.
func TestElided(t *testing.T) {
	for low, want := range map[string]int{
		"d'activités": 2, "l’orientation": 4, "qu'il": 3, "qu’elle": 5, "c'est": 2, "t'a": 2,
		"q'x": 0, "quoi": 0, "x'y": 0, "dl'": 0, "jusqu'à": 0, "d": 0, "qu": 0,
	} {
		if got := elided(low, span{0, len(low)}); got != want {
			t.Errorf("elided(%q) = %d, want %d", low, got, want)
		}
	}
}
