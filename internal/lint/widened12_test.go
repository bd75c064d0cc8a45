package lint

import "testing"

// TestWidenedByMeaning holds the classes the blind measure found weakest
// (orientation, the other grounds of L1132-1, language, family, gender-
// coded idioms, clichés, residence) to wordings of their own and to traps
// that look alike but are lawful or about someone else.
func TestWidenedByMeaning(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"orientation, en": {category: "orientation", lang: "en",
			flagged: []string{"We would prefer a straight candidate for this front-of-house role.",
				"Applicants should share our traditional family values in their private lives.",
				"Transgender applicants will not be considered for this position.",
				"We are looking for someone with a normal lifestyle, no alternative arrangements."},
			clean: []string{"You will work straight away with our clients.", "We support our trans and non-binary colleagues through our LGBTQ+ network.",
				"A normal working week is 37.5 hours."}},
		"orientation, fr": {category: "orientation", lang: "fr",
			flagged: []string{"Nous recherchons de préférence un candidat hétéro.",
				"Vous partagez les valeurs de la famille traditionnelle dans votre vie privée.",
				"Les personnes transgenres ne seront pas retenues.",
				"Nous souhaitons une personne à la vie « normale », sans mode de vie alternatif."},
			clean: []string{"Nous accompagnons les personnes trans dans leurs démarches.", "Une semaine normale de travail compte 35 heures.",
				"Le réseau LGBT+ de l'entreprise est ouvert à toutes et tous."}},
		"other grounds of L1132-1, fr": {category: "other-ground", lang: "fr",
			flagged: []string{"Les personnes en perte d'autonomie ne peuvent pas postuler.",
				"Un compte bancaire domicilié dans une banque française est exigé pour postuler.",
				"Les personnes en situation de surendettement s'abstenir.",
				"Vous ne devez présenter aucune prédisposition génétique à une maladie."},
			clean: []string{"Vous accompagnez les habitants des quartiers prioritaires.", "Vous instruisez les dossiers de surendettement des clients.",
				"Le laboratoire mène des recherches en génétique."}},
		"family ties ruled out, fr": {category: "family", lang: "fr",
			flagged: []string{"Poste idéal pour une personne sans contrainte familiale.", "Vous êtes disponible sans attaches et prêt à partir.",
				"Idéalement sans enfants, car les déplacements sont fréquents.", "Vous n'avez pas de projet de grossesse dans les deux ans."},
			clean: []string{"Horaires compatibles avec les contraintes familiales.", "Nous accueillons des familles avec enfants au centre aéré."}},
		"family ties ruled out, en": {category: "family", lang: "en",
			flagged: []string{"Ideal for someone with no family commitments.", "Best suited to a candidate without children, as travel is frequent.",
				"You will not be planning a family in the next two years.", "Please state your marital status and the ages of your children."},
			clean: []string{"We offer flexible hours around family commitments.", "You will plan activities for families with children."}},
		"residence without a job reason, en": {category: "residence", lang: "en",
			flagged: []string{"Applicants must live within 5 miles of the store.", "Only candidates living in Croydon will be considered.",
				"You must reside within 10 km of our office."},
			clean: []string{"You must be able to reach any site within 45 minutes when on call, as our contract requires.",
				"We serve customers living in Croydon and Sutton."}},
		"residence without a job reason, fr": {category: "residence", lang: "fr",
			flagged: []string{"Vous devez habiter à moins de 10 km de l'agence.", "Les candidats domiciliés en quartier prioritaire ne seront pas retenus.", "Seuls les candidats résidant à Villeurbanne seront retenus.",
				"Vous résidez obligatoirement dans la commune."},
			clean: []string{"Nos clients habitent à moins de 10 km de l'agence.", "Un logement de fonction est fourni sur place pour les astreintes."}},
	})
}
