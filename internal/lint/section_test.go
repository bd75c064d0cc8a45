package lint

import (
	"fmt"
	"strings"
	"testing"
)

func TestAgesInWords(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"age written out, en": {category: "age", lang: "en",
			flagged: []string{"Candidates should be aged twenty-five to thirty-five.", "This role suits someone under forty.",
				"Applicants must be no older than thirty.", "Ideally a twenty-eight-year-old graduate.", "Candidates aged thirty or under.",
				"Applicants under the age of thirty-five only.", "You are between twenty and thirty years old."},
			clean: []string{"The depot is thirty minutes from the station.", "Twenty years of experience in logistics is welcome.",
				"We employ forty people in Leeds.", "A team of twenty-five engineers.", "Over twenty countries use our software.",
				"Applicants must be over eighteen to serve alcohol, as the Licensing Act 2003 requires."}},
		"age written out, fr": {category: "age", lang: "fr",
			flagged: []string{"Vous avez entre vingt-cinq et trente-cinq ans.", "Candidat·e de moins de trente ans.", "Vous êtes âgé de vingt-cinq à trente ans.",
				"Âgé·e de trente ans au plus.", "Une personne de moins de quarante ans."},
			clean: []string{"L'entreprise fête ses trente ans cette année.", "Le dépôt est à vingt minutes de la gare.", "Une équipe de quarante personnes.",
				"Vingt ans d'expérience dans la logistique.", "L'apprentissage est ouvert de seize à vingt-cinq ans, comme le prévoit le contrat d'apprentissage."}},
	})
}

// An exclusion ("need not apply", "ne seront pas retenus") selects on the
// ground it names as a preference cue would.
func TestExclusionSelects(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"residence by exclusion, en": {category: "residence", lang: "en",
			flagged: []string{"Applicants who live outside the borough need not apply.", "People living outside Zone 2 will not be considered.",
				"Applicants who live locally only."},
			clean: []string{"We deliver to customers who live outside the borough.", "Staff who live locally can cycle to work."}},
		"residence by selection, en": {category: "residence", lang: "en",
			flagged: []string{"This role suits someone living in Camden.", "Applicants who live in Hackney will be prioritised."},
			clean:   []string{"You will visit clients living in Camden.", "Our tenants who live in Hackney get a discount."}},
		"residence by exclusion, fr": {category: "residence", lang: "fr",
			flagged: []string{"Les candidats domiciliés hors de la métropole ne seront pas retenus.", "Habitants hors du département, s'abstenir."},
			clean:   []string{"Nous livrons les habitants de la métropole."}},
		"pregnancy as a criterion": {category: "family", lang: "fr",
			flagged: []string{"Idéalement, vous n'envisagez pas de grossesse dans les deux ans.", "Candidates must not be pregnant.",
				"Ideally not planning a family soon."},
			clean: []string{"Le congé de grossesse est maintenu à plein salaire.", "Pregnant employees are welcome to adjust their hours."}},
		"graduation recency": {category: "age", lang: "en",
			flagged: []string{"Ideally you finished your degree no more than two years ago.", "Applicants graduated within the last three years.",
				"Ideally a graduate from the last few years."},
			clean: []string{"Our graduate programme started three years ago.", "You will mentor graduates in their first year."}},
		"graduation recency, fr": {category: "age", lang: "fr",
			flagged: []string{"Diplômé·e depuis moins de trois ans.", "Vous avez obtenu votre diplôme il y a moins de deux ans."},
			clean:   []string{"Diplômé·e d'un BTS logistique.", "Vous accompagnerez des diplômés de l'année."}},
		"height as a bound": {category: "appearance", lang: "en",
			flagged: []string{"Must be under 5'10\" to fit the cockpit.", "Applicants must be at least 1.80 m tall.", "Ideally taller than 175 cm."},
			clean:   []string{"Boxes are under 60 cm and 15 kg.", "You will work at height on scaffolds up to 12 m.", "Our screens are 80 cm wide."}},
		"height as a bound, fr": {category: "appearance", lang: "fr",
			flagged: []string{"Vous mesurez au moins 1m75.", "Taille minimum exigée : 1,70 m."},
			clean:   []string{"Les colis mesurent moins de 60 cm.", "Travail en hauteur jusqu'à 12 m."}},
	})
}

// scoredIn lints a posting whose section under heading holds line, and
// returns the scored categories found on that line.
func scoredIn(t *testing.T, lang, heading, line string) []string {
	t.Helper()
	src := fmt.Sprintf("# Team leader\n\nA post in our Leeds depot.\n\n## %s\n\n- %s\n- Something else.\n", heading, line)
	return scoredAt(t, lang, Markdown, src, 7)
}

// A ground word is a condition on the candidate where the posting says
// what the candidate brings, and the employer's own where it says what
// the employer offers or is.
func TestWhereAGroundStands(t *testing.T) {
	type at struct{ lang, heading, line, category string }
	traits := []at{
		{"en", "About you", "Under thirty-five, with bags of energy.", "age"},
		{"en", "What you bring", "Male, as the crew is all men.", "sex"},
		{"en", "Requirements", "Christian values.", "religion"},
		{"en", "Your profile", "You are a woman with retail experience.", "sex"},
		{"en", "The ideal candidate", "Lives within the LS1 postcode.", "residence"},
		{"en", "Who you are", "Married, with a stable home life.", "family"},
		{"en", "Essential criteria", "British, with a local accent.", "origin"},
		{"fr", "Votre profil", "Un homme, l'équipe étant exclusivement masculine.", "sex"},
		{"fr", "Profil recherché", "Vous habitez le 3e arrondissement.", "residence"},
		{"fr", "Ce que vous apportez", "Valeurs chrétiennes.", "religion"},
		{"fr", "Qui êtes-vous ?", "Moins de trente-cinq ans, plein d'énergie.", "age"},
		{"fr", "Compétences requises", "Marié·e, avec une vie de famille stable.", "family"},
		{"fr", "Profil", "Sexe : féminin.", "sex"},
		{"en", "Requirements", "Marital status: single.", "family"},
	}
	for _, c := range traits {
		if got := scoredIn(t, c.lang, c.heading, c.line); !strings.Contains(strings.Join(got, " "), c.category+"(") {
			t.Errorf("%s / %q: findings %v, want one of category %s", c.heading, c.line, got, c.category)
		}
	}
	// The same words about someone else, or in what the employer offers
	// or is, select no one.
	traps := []at{
		{"en", "About you", "Experience supporting women in recovery.", ""},
		{"en", "About you", "Experience working with young people aged 16 to 25.", ""},
		{"en", "Requirements", "Comfortable caring for residents in their eighties.", ""},
		{"en", "What we offer", "Family private medical cover and enhanced maternity leave.", ""},
		{"en", "What we offer", "A multi-faith prayer room on site.", ""},
		{"en", "Benefits", "Free membership of our LGBT+ network.", ""},
		{"en", "About us", "Founded by two women in 1982, we run youth football camps.", ""},
		{"en", "About us", "We are a Christian charity serving homeless families.", ""},
		{"en", "Who we are", "A union-recognised employer since 1990.", ""},
		{"fr", "Ce que nous offrons", "Mutuelle famille et congé maternité complété.", ""},
		{"fr", "Avantages", "Une crèche d'entreprise pour vos jeunes enfants.", ""},
		{"fr", "Qui sommes-nous ?", "Une association fondée par des femmes, au service des jeunes de 16 à 25 ans.", ""},
		{"fr", "Qui sommes-nous ?", "Une entreprise familiale, née en Bretagne en 1950.", ""},
		{"fr", "Votre profil", "Expérience auprès de personnes âgées ou de jeunes enfants.", ""},
		{"en", "About you", "Languages: English and Polish.", ""},
		{"fr", "Votre profil", "Public : des femmes victimes de violences.", ""},
	}
	for _, c := range traps {
		if got := scoredIn(t, c.lang, c.heading, c.line); len(got) > 0 {
			t.Errorf("%s / %q: findings %v, want none", c.heading, c.line, got)
		}
	}
}

// A ground word about the public served, the employer's sector, a
// requirement stated with its legal basis or a benefit selects no one.
func TestGroundsAboutSomeoneElse(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"not the candidate, en": {lang: "en", clean: []string{
			"Our Catholic primary school is looking for a teaching assistant.",
			"We are a women's refuge seeking a support worker; under Schedule 9 of the Equality Act, this post is open to women only.",
			"Our halal butcher's shop needs a counter assistant.",
			"We are hiring a sales assistant for our Polish deli, serving the Polish community of Ealing.",
			"You must be 18 or over to sell alcohol.",
			"We are looking for someone to coach our under-16 girls' team.",
			"Ideally you have experience with older adults living with dementia.",
			"You will support young mothers and their babies.",
			"We offer a family-friendly rota and a generous parental leave policy.",
			"You will manage a budget of £2m and a portfolio of thirty accounts.",
			"The apprenticeship is open to applicants aged 16 to 24, as the apprenticeship funding rules set.",
			"Ideally you live within 30 minutes of the depot, as on-call duty requires a fast response.",
			"Boxes are under 60 cm and 15 kg.",
			"Staff who live locally can cycle to work."}},
		"not the candidate, fr": {lang: "fr", clean: []string{
			"Notre école primaire catholique recherche un·e assistant·e d'éducation.",
			"Notre boucherie halal recherche un·e vendeur·se.",
			"Vous devez être majeur·e pour servir de l'alcool, conformément au Code de la santé publique.",
			"Nous recherchons un·e entraîneur·e pour notre équipe de filles de moins de 16 ans.",
			"Vous accompagnerez de jeunes mères et leurs bébés.",
			"Nous proposons des horaires compatibles avec la vie de famille et un congé parental complété.",
			"Vous gérerez un budget de 2 M€ et un portefeuille de trente clients.",
			"Le contrat d'apprentissage est ouvert aux jeunes de 16 à 29 ans, comme le prévoit le Code du travail.",
			"Idéalement, vous habitez à moins de 30 minutes du dépôt, l'astreinte exigeant une intervention rapide.",
			"Notre maison de retraite accueille des résidents de plus de 80 ans.",
			"Formation au CACES prise en charge par l'entreprise.",
			"Connaissance de la réglementation de l'état civil appréciée."}},
	})
}

func TestMoreGroundsWorded(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"sick-leave history, en": {category: "health", lang: "en",
			flagged: []string{"You must not have taken more than 5 sick days last year.", "Ideally no sickness absence in the past two years.",
				"Applicants with a history of sick leave need not apply."},
			clean: []string{"25 days' holiday plus paid sick leave from day one.", "You will record sick leave and holidays for the team.",
				"We do not ask about your sick leave before an offer."}},
		"sick-leave history, fr": {category: "health", lang: "fr",
			flagged: []string{"Moins de 5 jours d'arrêt maladie l'an dernier.", "Idéalement, aucun arrêt maladie ces deux dernières années."},
			clean: []string{"Maintien de salaire en cas d'arrêt maladie.", "Vous n'avez pas à déclarer vos arrêts maladie.",
				"Vous saisirez les arrêts maladie de l'équipe dans le logiciel de paie."}},
		"travellers and birthplace": {category: "origin", lang: "fr",
			flagged: []string{"Les gens du voyage ne seront pas retenus.", "Candidats nés au Maroc s'abstenir.", "Candidates nées à l'étranger : merci de vous abstenir."},
			clean:   []string{"Nous accompagnons les gens du voyage dans leurs démarches.", "Notre fondateur, né au Maroc, a ouvert la boutique en 1990."}},
		"birthplace, inclusive forms": {category: "origin", lang: "fr",
			flagged: []string{"Candidat(e)s né(e)s au Maroc s'abstenir.", "Idéalement, candidat.e.s né.e.s en France.",
				"Candidat·e·s né·e·s à l'étranger : merci de vous abstenir."},
			clean: []string{"Notre fondatrice, née au Maroc, a créé l'atelier en 1990."}},
		"travellers, en": {category: "origin", lang: "en",
			flagged: []string{"Applicants from the Traveller community need not apply.", "No gypsies or travellers, sorry."},
			clean:   []string{"You will support Traveller families with school enrolment."}},
		"religion asked": {category: "religion", lang: "fr",
			flagged: []string{"Vous pratiquez une religion ? Merci de le préciser.", "Êtes-vous catholique ?"},
			clean:   []string{"Notre aumônerie accueille toutes les religions.", "Une salle de prière est à disposition."}},
	})
}
