package lint

import "testing"

// TestPronounsForTheHolder: whom "he", "she", "il" or "elle" stands for.
// A pronoun assumes who holds the job, so an intimate-care duty beside
// it states no requirement; a plural public ("guests", "residents") is
// no antecedent of a singular pronoun; a phrase opening the sentence
// about the job ("Reporting to…, he'll", "Rattaché au…, il") describes
// the pronoun; an adverb before it ("Idéalement, il a déjà…") does not
// hide it; the employer's service as its sentence's subject is what
// "il" stands for, and the job the title names is the holder.
func TestPronounsForTheHolder(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"pronoun, en": {category: "sex", lang: "en",
			flagged: []string{"She will assist residents with bathing, dressing, grooming and meals.",
				"Many of our guests arrive from late flights, and he will be the first face they see.",
				"Reporting to the Football Operations Manager, he'll work closely with the coaching staff."},
			clean: []string{"Our founder Maria Lopez opened the shop in 1990. She will train you on every machine.",
				"Female carer required: this is an occupational requirement under the Equality Act 2010, as the role involves intimate personal care. She will assist residents with bathing."}},
		"pronoun, fr": {category: "sex", lang: "fr",
			flagged: []string{"Une première expérience en déménagement. Idéalement, il a déjà travaillé avec un monte-meubles.",
				"Rattaché au conducteur de travaux, il organise le chantier.", "Rattachée à la directrice, elle gère les plannings.",
				"Au quotidien, il assurera la relation client.", "Idéalement, elle maîtrise Excel.",
				"Le candidat retenu rejoindra le pôle achats ; il pilotera les appels d'offres."},
			clean: []string{"Le service des publics du musée conçoit les visites. Il dispose d'un budget de 180 000 €.",
				"Notre atelier existe depuis 1985 ; il a formé plus de 200 apprentis.", "Le salon est ouvert depuis 2010 et il a été rénové.",
				"Au sein de l'équipe, il y a six personnes."}},
	})
}
