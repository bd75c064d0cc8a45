package lint

import "testing"

// TestWordings26: wordings read by their meaning, each beside the
// wording closest to it that is not the problem: a feminine adjective or
// job name given to the reader, the candidate as "he" or "his", origin
// asked by a state, a region or a native place, permanent residents only,
// a native level, English at every working moment, pay asked in the past
// tense, a parent's trade, an age range as a preference, a one-sex
// presentation, a presentation in the image of the salon, warriors in
// the plural, a faith as a preference, a cap on years in the trade, the sex a document states,
// and a pay history denied with "ni … ni".
func TestWordings26(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"a feminine adjective describing the reader": {lang: "fr", category: "sex",
			flagged: []string{"Douce et à l'écoute, vous accueillez nos clients.", "Rigoureuse dans la tenue des stocks, vous tenez la caisse.", "- Souriante et dynamique, vous accueillez la clientèle du magasin."},
			clean: []string{"Rigoureuse ou rigoureux, vous tenez la caisse.", "Rigoureux·se, vous tenez la caisse.",
				"Notre équipe est patiente et souriante, vous verrez.", "Curieux ou curieuse, vous aimez apprendre."}},
		"the candidate's possessive in one sex": {lang: "en", category: "sex",
			flagged: []string{"The ideal candidate knows his perennials from his annuals.", "The successful applicant will bring her expertise to the team."},
			clean: []string{"The new hire will shadow her for two weeks.", "Each candidate and his or her referees will be contacted.",
				"The postholder reports to the manager and supports her team.", "The successful applicant will bring their own ideas."}},
		"permanent residents only": {lang: "en", category: "origin",
			flagged: []string{"- HK permanent residents only", "Applicants must be permanent residents of Hong Kong."},
			clean:   []string{"Open to permanent residents or anyone with a valid work visa.", "We sponsor visas; permanent residency is not required."}},
		"origin asked: a state, a region, a native place": {lang: "en", category: "origin",
			flagged: []string{"Indicate your state of origin in the body of the email.", "Send biodata with your native place."},
			clean:   []string{"Tell us which states you can travel to.", "Our honey keeps the taste of its place of origin."}},
		"a native level of a language": {lang: "en", category: "origin",
			flagged: []string{"- A good level of English – native level preferred"},
			clean:   []string{"- A good level of English (B2), for the safety briefings"}},
		"English only at every working moment": {lang: "en", category: "origin",
			flagged: []string{"- Employees speak English only while on the clock – no exceptions"},
			clean:   []string{"- Radio calls are in English only, for safety."}},
		"pay asked in the past tense": {lang: "en", category: "pay-history",
			flagged: []string{"Email your résumé and tell us what you were paid at your last shop."},
			clean:   []string{"We will ask neither your current salary nor your past pay."}},
		"a parent's trade asked": {lang: "en", category: "other-ground",
			flagged: []string{"Send biodata with father's occupation."},
			clean:   []string{"Our founder took over his father's occupation as a beekeeper."}},
		"the candidate, then he": {lang: "en", category: "sex",
			flagged: []string{"The right candidate shows up on time, and he takes pride in every car that leaves the tunnel."},
			clean:   []string{"The right candidate shows up on time, and takes pride in every car that leaves the tunnel."}},
		"an age range as a preference": {lang: "en", category: "age",
			flagged: []string{"- Suits someone fit, ideally 20-35, who can lift ice boxes"},
			clean:   []string{"Shifts are ideally 20-35 hours a week."}},
		"a one-sex presentation": {lang: "en", category: "orientation",
			flagged: []string{"- Game masters perform in character, so we need a classic male or female presentation"},
			clean:   []string{"- Game masters perform in character; costumes for any presentation are provided"}},
		"a feminine job name for the reader": {lang: "fr", category: "sex",
			flagged: []string{"Pour accompagner notre développement, vous serez notre troisième toiletteuse."},
			clean:   []string{"Vous serez notre troisième toiletteur·euse.", "Vous serez la force motrice de l'équipe.", "Vous serez notre nouvelle vendeuse ou notre nouveau vendeur."}},
		"a cap on years in the trade": {lang: "fr", category: "age",
			flagged: []string{"Profil junior recherché (moins de 5 ans d'atelier) pour grandir avec nous."},
			clean:   []string{"Profil junior bienvenu : 2 ans d'atelier suffisent."}},
		"the sex as a document states it": {lang: "fr", category: "orientation",
			flagged: []string{"Indiquez votre sexe tel qu'il figure sur votre pièce d'identité (organisation des vestiaires)."},
			clean:   []string{"Chaque personne choisit son vestiaire."}},
		"a region of origin asked": {lang: "fr", category: "origin",
			flagged: []string{"- CV mentionnant votre région d'origine"},
			clean:   []string{"- CV mentionnant les régions où vous pouvez vous déplacer"}},
		"pay history denied with ni … ni": {lang: "fr", category: "pay-history",
			flagged: []string{"Indiquez votre salaire actuel et vos salaires précédents."},
			clean:   []string{"Nous ne vous demanderons ni votre salaire actuel ni vos salaires précédents : la rémunération dépend du poste."}},
		"a presentation in the image of the salon": {lang: "fr", category: "appearance",
			flagged: []string{"On attend de vous une présentation à l'image de notre salon."},
			clean:   []string{"Une présentation conforme au cahier des charges."}},
		"warriors, in the plural": {lang: "fr", category: "gender-coded",
			flagged: []string{"On cherche de vrais guerriers qui ne lâchent rien."},
			clean:   []string{"Nous sommes une équipe de vrais professionnels."}},
		"a faith as a preference": {lang: "fr", category: "religion",
			flagged: []string{"- Chrétienne de préférence : notre maison partage les valeurs du mariage chrétien", "Non croyant de préférence."},
			clean:   []string{"Notre école catholique accueille des élèves de toutes confessions."}},
	})
}
