package lint

import "testing"

// TestWordings27: wordings read by their meaning, each beside the
// wording closest to it that is not the problem: a nationality as a
// preference, politics barred, a private life judged by a faith's view of
// marriage, a headshot, a headscarf by its Malay name, staff assigned or
// a post given by sex, commercial aggression, a life lived for a product,
// a residence near the job or inside a ring road, a height that is the
// public's, a fee that is customers' income, a pay rate per class, a
// completed apprenticeship, a photo said not to be needed, a
// husband-and-wife couple (read as sexual orientation and family
// situation), single status, elegance in keeping with an image, hiring
// from districts, a light build hedged, a faith's morals, good vibes
// only.
func TestWordings27(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"a nationality as a preference": {lang: "en", category: "origin",
			flagged: []string{"- Preferably Maltese", "Ideally Ghanaian applicants."},
			clean:   []string{"Ideally local to Valletta.", "Preferably English speaking, for our guests."}},
		"politics barred": {lang: "en", category: "union",
			flagged: []string{"- Must not be involved in partisan politics"},
			clean:   []string{"We are a politically neutral employer: staff may belong to any party or to none."}},
		"a private life judged by a faith's view of marriage": {lang: "en", category: "orientation",
			flagged: []string{"Staff must live a lifestyle consistent with biblical marriage."},
			clean:   []string{"Our studio welcomes every member, whatever their faith or family."}},
		"a headshot": {lang: "en", category: "personal-data",
			flagged: []string{"Send a headshot of yourself and your CV."},
			clean:   []string{"You'll shoot headshots for our corporate clients."}},
		"a headscarf by its Malay name": {lang: "en", category: "religion",
			flagged: []string{"- Tudung is not permitted on the floor"},
			clean:   []string{"- Uniform provided; a tudung in the company colours is available"}},
		"staff assigned by sex": {lang: "fr", category: "sex",
			flagged: []string{"- Les candidates seront plutôt affectées à la caisse et à la confiserie", "- Un tailleur homme pour la coupe et le montage des costumes ;"},
			clean:   []string{"- Chaque recrue est affectée à la caisse ou aux manèges selon le planning"}},
		"commercial aggression": {lang: "fr", category: "gender-coded",
			flagged: []string{"- un profil agressif commercialement, qui ne lâche jamais une vente ;"},
			clean:   []string{"- un profil tenace et courtois avec la clientèle"}},
		"a life lived for a product": {lang: "fr", category: "cliche",
			flagged: []string{"- Une équipe de passionnés qui vit café, mange café, dort café"},
			clean:   []string{"- Une équipe qui torréfie chaque matin et goûte chaque lot"}},
		"a residence near the job": {lang: "fr", category: "residence",
			flagged: []string{"- Résidence à Beaune ou dans un rayon de 10 km impérative, pour plus de réactivité.", "- Tu vis intra-rocade, idéalement aux Chartrons"},
			clean:   []string{"- Le poste est à Beaune ; parking gratuit pour le personnel"}},
		"a height that is the public's": {lang: "fr", category: "appearance",
			flagged: []string{"Taille minimale : 1,70 m."},
			clean:   []string{"- Conduite des manèges, vérification de la taille minimale des enfants à l'entrée"}},
		"a fee that is customers' income": {lang: "en", category: "fee",
			flagged: []string{"A $150 course fee is payable by applicants."},
			clean:   []string{"Our $1.4m annual budget is funded by course fees, grants and sponsors."}},
		"a pay rate per class": {lang: "en", category: "fee",
			flagged: []string{"Instructors pay a $50 course fee before starting."},
			clean:   []string{"$40–$60 per class, plus private session rates"}},
		"a completed apprenticeship is no apprenticeship contract": {lang: "fr", category: "age",
			flagged: []string{"- Âgé(e) de 20 à 30 ans ;\n- Titulaire d'une attestation de libération d'apprentissage ;"},
			clean:   []string{"Contrat d'apprentissage : âgé(e) de 16 à 29 ans, comme la loi le prévoit."}},
		"a photo said not to be needed": {lang: "fr", category: "personal-data",
			flagged: []string{"Envoyez CV et photo à emploi@exemple.lu."},
			clean:   []string{"Envoyez CV et lettre de motivation (photo non requise) à emploi@exemple.lu."}},
		"a husband-and-wife couple": {lang: "en", category: "orientation",
			flagged: []string{"We'd love a husband-and-wife couple to run the farm stay.", "Husband-and-wife team wanted for the lodge."},
			clean:   []string{"Our founders, a husband-and-wife team, still roast every batch."}},
		"single status": {lang: "en", category: "family",
			flagged: []string{"- Single status (bachelor accommodation provided)"},
			clean:   []string{"We provide single-status accommodation near the rink for staff who want it."}},
		"elegance in keeping with an image": {lang: "en", category: "appearance",
			flagged: []string{"- Elegant and well presented, in keeping with our refined image"},
			clean:   []string{"- Our showroom is elegant and well lit, in keeping with the pieces we sell."}},
		"hiring from districts": {lang: "en", category: "residence",
			flagged: []string{"- We only hire from Northeast Philly and Lower Bucks"},
			clean:   []string{"- We hire from every background and every neighborhood."}},
		"a light build, hedged": {lang: "fr", category: "appearance",
			flagged: []string{"Un gabarit plutôt léger serait un vrai plus."},
			clean:   []string{"Le poste demande de porter des selles de 10 kg ; nous formons au port de charges."}},
		"a faith's morals": {lang: "fr", category: "religion",
			flagged: []string{"- De bonne moralité chrétienne ;"},
			clean:   []string{"- Un extrait de casier judiciaire sera demandé après l'embauche, comme la loi l'exige pour ce poste."}},
		"good vibes only": {lang: "fr", category: "cliche",
			flagged: []string{"- Bienveillance, ancrage, good vibes only"},
			clean:   []string{"- Bienveillance et ponctualité envers les élèves"}},
	})
}

// TestListLeadIsTheReason: a list item's reason stated on the line that
// introduces the list makes its condition one to check, not a fault.
func TestListLeadIsTheReason(t *testing.T) {
	l, _ := New(Config{})
	for _, c := range []struct {
		text string
		sev  Severity
	}{
		{"Under the DMV's rules, instructors must:\n\n- be at least 21 years old\n- hold a driver license\n", Info},
		{"Instructors must:\n\n- be at least 21 years old\n- hold a driver license\n", Error},
	} {
		if got := highestOf(l, "en", "US", "age", c.text); got != c.sev {
			t.Errorf("%q: age finding at %v, want %v", c.text, got, c.sev)
		}
	}
}
