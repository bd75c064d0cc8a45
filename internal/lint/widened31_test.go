package lint

import (
	"slices"
	"testing"
)

// TestWordings31: wordings read by their meaning, each beside the
// wording closest to it that is not the problem: no baby plans, a stay
// within a distance of the hub, a sick-leave record, a salary statement,
// a respectable address, a birth certificate copied, the owners' views on
// marriage respected, discretion about one's lifestyle, a small size in
// brackets, men of the harvest, good vibes only; in French, a nationality
// or a settled permit, a private life by good morals, a small size worn,
// a faith's values held, the traditional family, no long sick leave, one's
// community of origin, a CEGEP student, a tight-knit gang, born in a
// place; and younger teens, a client base under 30, which are no
// criterion.
func TestWordings31(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"no baby plans": {lang: "en", category: "family",
			flagged: []string{"- No baby plans in the next two years"},
			clean:   []string{"- Paid parental leave from day one"}},
		"a stay within a distance": {lang: "en", category: "residence",
			flagged: []string{"- Must stay within 5km of the hub"},
			clean:   []string{"- Our hub is 5km from the city centre"}},
		"a sick-leave record": {lang: "en", category: "health",
			flagged: []string{"Applicants with a high medical leave record will not be considered."},
			clean:   []string{"You get 14 days of paid medical leave a year."}},
		"a respectable address": {lang: "en", category: "residence",
			flagged: []string{"- A respectable address in town"},
			clean:   []string{"Our office is in a respectable address on Frederick Street."}},
		"the owners' views on marriage": {lang: "en", category: "orientation",
			flagged: []string{"We ask staff to respect our Christian values, including our views on marriage.", "Staff must be discreet about their lifestyle."},
			clean:   []string{"We photograph marriages of every kind."}},
		"a small size in brackets": {lang: "en", category: "appearance",
			flagged: []string{"- Able to wear our fitted uniform (sizes S/M)"},
			clean:   []string{"- Uniform provided in every size"}},
		"men of the harvest": {lang: "en", category: "sex",
			flagged: []string{"- Harvest men who can lift 50 lb bales all day"},
			clean:   []string{"- Harvest crew members who can lift 50 lb bales with a partner"}},
		"good vibes only": {lang: "en", category: "cliche",
			flagged: []string{"Good vibes only at our surf shop."},
			clean:   []string{"Our shop sells surfboards and wax."}},
		"a nationality or a settled permit": {lang: "fr", category: "origin",
			flagged: []string{"- Suissesse ou titulaire d'un permis C"},
			clean:   []string{"- Autorisation de travail en Suisse (permis B ou C, ou frontalier)"}},
		"a private life by good morals": {lang: "fr", category: "orientation",
			flagged: []string{"- Moralité irréprochable et vie privée conforme aux bonnes mœurs", "- Attaché·e aux valeurs de l'entreprise et à la famille traditionnelle"},
			clean:   []string{"- Respect de la vie privée des élèves"}},
		"a small size worn": {lang: "fr", category: "appearance",
			flagged: []string{"- Tu portes du S ou du M (nos t-shirts de boutique)"},
			clean:   []string{"- Tu portes le t-shirt de la boutique, fourni dans toutes les tailles"}},
		"a faith's values held": {lang: "fr", category: "religion",
			flagged: []string{"- Attachée aux valeurs chrétiennes de notre maison"},
			clean:   []string{"- Respect des convictions de chacun"}},
		"no long sick leave": {lang: "fr", category: "health",
			flagged: []string{"- Aucun arrêt de longue durée ces trois dernières années"},
			clean:   []string{"- Maintien de salaire en cas d'arrêt de longue durée"}},
		"one's community of origin": {lang: "fr", category: "origin",
			flagged: []string{"- Issu·e des Hauts Plateaux, pour parler à nos cueilleurs"},
			clean:   []string{"- Des produits issus de la région"}},
		"a CEGEP student": {lang: "fr", category: "age",
			flagged: []string{"Parfait pour un cégépien ou une cégépienne."},
			clean:   []string{"Horaires compatibles avec les études."}},
		"a tight-knit gang": {lang: "fr", category: "cliche",
			flagged: []string{"Tu rejoins une gang tissée serrée."},
			clean:   []string{"Tu rejoins une équipe de six animateurs."}},
		"born in a place": {lang: "fr", category: "origin",
			flagged: []string{"- Saint-Pierrais·e ou Miquelonnais·e de naissance"},
			clean:   []string{"- Vous gérez les déclarations de naissance et de décès."}},
		"younger teens, a client base under 30": {lang: "en", category: "age",
			flagged: []string{"We want younger staff who fit in."},
			clean:   []string{"- Florida's child labor rules limit the hours younger teens can work", "- A warm manner with our mostly under-30 client base"}},
	})
}

// TestRepeatsOfTheTitlesGender: the text that repeats the one-gender job
// name of an English title, or agrees with a French title in one gender,
// is the title's problem, reported once; among the missions, a task on
// the public's data is no request of the candidate's.
func TestRepeatsOfTheTitlesGender(t *testing.T) {
	en := "# Roofing Foreman (Residential)\n\nWe roof houses in Calgary.\n\nOur foremen must hold a fall-protection ticket.\n"
	if got := scoredAt(t, "en", Markdown, en, 5); slices.Contains(got, "sex(discrimination)") {
		t.Errorf("foremen under a Foreman title: %v, want the title's finding only", got)
	}
	missions := "# Agent·e de restauration scolaire (H/F)\n\nNotre cuisine sert 600 repas.\n\n## Vos missions\n\n- Notez les quantités servies et signalez les allergies et régimes particuliers.\n"
	if got := scoredAt(t, "fr", Markdown, missions, 0); slices.Contains(got, "health(forbidden-request)") {
		t.Errorf("a task among the missions: %v, want no request", got)
	}
	if got := scoredAt(t, "fr", Text, "Indiquez vos allergies dans votre candidature.", 0); !slices.Contains(got, "health(forbidden-request)") {
		t.Errorf("allergies asked: %v, want a request", got)
	}
	fr := "# Assistante en détatouage laser (CDI)\n\nNotre clinique est à Lausanne.\n\nVous êtes diplômée d'une école d'esthétique.\n"
	if got := scoredAt(t, "fr", Markdown, fr, 5); slices.Contains(got, "sex(discrimination)") {
		t.Errorf("diplômée under a feminine title: %v, want the title's finding only", got)
	}
}
