package lint

import "testing"

// TestWordings28: wordings read by their meaning, each beside the
// wording closest to it that is not the problem: a generation by what it
// grew up with, a recent school-leaver or a graduating class, a birth
// year, family ties or a maternity leave held against the candidate, a
// staff without representatives kept that way, a strike history, an
// ethnic community, a post for one sex, the ideal waitress, nationalities
// as a preference, recent graduates, a job
// that would suit a student, an upper age, the team's twenties, a young
// fella, an attractive look, "our counter girls", the school attended,
// an ID picture; and the photos a job sends, a portfolio account, the
// health of the animal in one's care, which are no request.
func TestWordings28(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"a generation by what it grew up with": {lang: "fr", category: "age",
			flagged: []string{"Vous avez grandi avec Harry Potter et vous en parlez encore."},
			clean:   []string{"Vous avez grandi avec l'envie de transmettre le goût de lire."}},
		"a recent school-leaver or a graduating class": {lang: "fr", category: "age",
			flagged: []string{"- Une sortie de CAP récente est idéale", "- Issu·e des promotions 2023 à 2025 d'une école de céramique"},
			clean:   []string{"- Un CAP de tournage ou une expérience équivalente"}},
		"a birth year": {lang: "fr", category: "age",
			flagged: []string{"- Être né(e) entre 1995 et 2003"},
			clean:   []string{"Notre imprimerie est née en 1987 à Lomé."}},
		"family ties held against the candidate": {lang: "fr", category: "family",
			flagged: []string{"Idéalement, ne pas avoir de contraintes familiales, les horaires étant tardifs.", "Un congé maternité serait difficilement gérable pour la saison."},
			clean:   []string{"Les horaires tardifs sont compensés par deux jours de repos consécutifs."}},
		"a staff without representatives kept that way": {lang: "fr", category: "union",
			flagged: []string{"L'entreprise fonctionne sans délégation du personnel et souhaite que cela reste ainsi."},
			clean:   []string{"Vos élus du CSE sont à votre écoute dès votre arrivée."}},
		"a strike history": {lang: "fr", category: "union",
			flagged: []string{"Profil n'ayant pas pris part aux blocages des taxis de 2024."},
			clean:   []string{"Vous gérez les appels pendant les blocages routiers et réorganisez les courses."}},
		"an ethnic community": {lang: "fr", category: "origin",
			flagged: []string{"Idéalement issu de la communauté betsimisaraka, pour la confiance des cueilleurs."},
			clean:   []string{"Vous animez la communauté des cueilleurs de toutes origines."}},
		"a post for one sex": {lang: "fr", category: "sex",
			flagged: []string{"Pour nos cours, une enseignante est indispensable.", "La serveuse idéale sait accueillir chaque client."},
			clean:   []string{"Une enseignante ou un enseignant diplômé d'État est indispensable.", "La serveuse ou le serveur idéal sait accueillir chaque client."}},
		"nationalities as a preference": {lang: "fr", category: "origin",
			flagged: []string{"- Belge ou Luxembourgeois de préférence", "Personnel belge uniquement."},
			clean:   []string{"Nos fromages suisses uniquement.", "Cuisine marocaine de préférence, mais nous ouvrons la carte."}},
		"recent graduates, a student, an upper age, the team's twenties, a young fella": {lang: "en", category: "age",
			flagged: []string{"Recent trade school graduates preferred.", "The hours would suit a sixth-former or university student.",
				"- Up to 35 years of age", "Our team is mostly in their twenties, so you'll fit right in.", "Ideal for a young fella who wants to learn the trade."},
			clean: []string{"Recent graduates and experienced applicants are equally welcome.", "We run a student discount on Tuesdays."}},
		"an attractive look": {lang: "en", category: "appearance",
			flagged: []string{"Our counter needs an attractive, polished look.", "- With pleasing personality"},
			clean:   []string{"Keep our displays attractive and well stocked."}},
		"our counter girls": {lang: "en", category: "sex",
			flagged: []string{"Join our counter girls at the airport desk."},
			clean:   []string{"Join the girls' football team as assistant coach."}},
		"the school attended": {lang: "en", category: "religion",
			flagged: []string{"Please tell us which secondary school you attended."},
			clean:   []string{"Please tell us which qualifications you hold."}},
		"an ID picture": {lang: "en", category: "personal-data",
			flagged: []string{"Send a 2x2 ID picture with your application."},
			clean:   []string{"- Send photo updates and visit notes through our app"}},
		"a portfolio account": {lang: "fr", category: "personal-data",
			flagged: []string{"Envoie ton CV et ton compte Instagram."},
			clean:   []string{"Envoie ton CV et le lien de ton compte Instagram pro (photos de tes coupes) à jobs@exemple.fr.", "- Tenir le carnet de liaison et envoyer une photo aux maîtres après chaque balade."}},
		"the health of the animal in one's care": {lang: "fr", category: "health",
			flagged: []string{"- Aucun souci de santé."},
			clean:   []string{"- Signaler tout souci de santé ou de comportement de l'animal."}},
	})
}
