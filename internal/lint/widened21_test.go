package lint

import (
	"strings"
	"testing"
)

// TestWidenedGrounds21: wordings a blind read found misread, each beside
// the wording closest to it that is the problem.
func TestWidenedGrounds21(t *testing.T) {
	checkClasses(t, map[string]classCase{
		// the public a job serves, kept to the law's age, is no candidate
		"the public's age, en": {category: "age", lang: "en",
			flagged: []string{"We don't hire anyone under 25.", "Applicants must be under 25."},
			clean: []string{"Checking photo ID for every client: we don't tattoo anyone under 18, as the Tattooing of Minors Act 1969 requires.",
				"You will never serve alcohol to anyone under 18."}},
		// an animal's pregnancy is the job's work
		"an animal's pregnancy, en": {category: "family", lang: "en",
			flagged: []string{"Tell us whether you are planning a pregnancy."},
			clean:   []string{"Attend farm calls for cattle, sheep and alpacas, including pregnancy testing in autumn."}},
		// photos and videos of what the candidate made are work samples
		"work samples, en": {category: "personal-data", lang: "en",
			flagged: []string{"Please attach two recent photos with your application."},
			clean:   []string{"If you have photos or video of your sets, please include a link."}},
		// a record check the law sets for work with minors, said so
		"a record check for work with minors, en": {category: "personal-data", lang: "en",
			clean: []string{"As you will work with minors, an extract of your criminal record will be requested before hiring."}},
		"a record check for work with minors, fr": {category: "personal-data", lang: "fr",
			clean: []string{"Comme vous travaillerez auprès de mineurs, un extrait de casier judiciaire (bulletin n°3) vous sera demandé avant l'embauche."}},
		// a preference among applicants selects as a refusal does
		"a residence preferred, fr": {category: "residence", lang: "fr",
			flagged: []string{"Priorité aux personnes déjà domiciliées dans la vallée."},
			clean:   []string{"Nous accompagnons en priorité les personnes domiciliées dans la vallée."}},
		"a residence preferred, en": {category: "residence", lang: "en",
			flagged: []string{"Priority will be given to applicants living in the valley."}},
		"a gender expression judged, fr": {category: "orientation", lang: "fr",
			flagged: []string{"Les profils efféminés ne tiendront pas longtemps sur le chantier."}},
		"strikes and staff representatives, fr": {category: "union", lang: "fr",
			flagged: []string{"Tu n'as jamais été impliqué·e dans un conflit social.", "Pas besoin de délégués, on se parle directement."},
			clean:   []string{"Vous animez nos ateliers sur les mouvements sociaux du XIXe siècle.", "Vous êtes l'interlocuteur·rice des délégués du personnel."}},
		"aggressive, addressed, fr": {category: "gender-coded", lang: "fr",
			flagged: []string{"Tu es assez agressif pour te faufiler dans la circulation."},
			clean:   []string{"Le marché est agressif et nous voulons y grandir."}},
		// a job name in one gender, plural ("tradesmen", "salesmen"):
		// the phrase's keys held the singular only
		"a job name in one gender, plural, en": {category: "sex", lang: "en",
			flagged: []string{"Experienced boilermaker tradesmen wanted.", "Salesmen wanted for our showroom."},
			clean:   []string{"Experienced boilermakers wanted.", "Sales staff wanted for our showroom."}},
		"the uniform bought, en": {category: "fee", lang: "en",
			flagged: []string{"You'll need to buy our branded shirt ($35) on your first day.", "Smocks are $40 for two."},
			clean:   []string{"We'll buy your uniform.", "We provide two smocks and launder them."}},
		"trained in one country only, en": {category: "origin", lang: "en",
			flagged: []string{"Australian-trained tradespeople only."},
			clean:   []string{"Trade-qualified boilermakers; overseas qualifications welcome with a skills assessment."}},
		"a job said to suit a wife, en": {category: "sex", lang: "en",
			flagged: []string{"Would suit a farmer's wife or someone after school hours."},
			clean:   []string{"Would suit someone after part-time, school-hours work."}},
		"students as the people sought, en": {category: "age", lang: "en",
			flagged: []string{"Ideal for college students or someone just starting out."},
			clean:   []string{"We run tours for college students and school groups."}},
		"what you made, en": {category: "pay-history", lang: "en",
			flagged: []string{"Please tell us what you made at your last job so we can make you a fair offer."},
			clean:   []string{"Please tell us what you made of our tasting notes."}},
		"years since qualifying capped, en": {category: "age", lang: "en",
			flagged: []string{"No more than five years since completing your apprenticeship."},
			clean:   []string{"At least five years since completing your apprenticeship."}},
		"organizing turned away, en": {category: "union", lang: "en",
			flagged: []string{"If you're looking to organize, this isn't the gig for you."},
			clean:   []string{"We're looking to organize events for our members."}},
		"a stage of life and a caring role, en": {category: "age", lang: "en",
			flagged: []string{"Our clients love a young, fresh face behind the chair.", "Perfect for a retired policeman.", "Qualified in 2024 or 2025."},
			clean:   []string{"Our clients love a friendly face behind the chair."}},
		"caring commitments, en": {category: "family", lang: "en",
			flagged: []string{"This isn't a role for someone with caring commitments."},
			clean:   []string{"We fit shifts around caring commitments."}},
		"retirees turned away, fr": {category: "age", lang: "fr",
			flagged: []string{"Retraités et préretraités s'abstenir."},
			clean:   []string{"Nos clients retraités apprécient votre patience."}},
		"a village's people only, fr": {category: "residence", lang: "fr",
			flagged: []string{"Candidats du village ou des communes voisines uniquement."},
			clean:   []string{"Le poste est basé au village ; un véhicule de service est fourni."}},
		"a family life without constraints, fr": {category: "family", lang: "fr",
			flagged: []string{"Nous cherchons une personne avec une situation familiale sans contrainte.", "Idéal pour une personne dont les enfants sont grands."}},
		"an absence record, fr": {category: "health", lang: "fr",
			flagged: []string{"Un profil au faible taux d'absentéisme est attendu."}},
		"a pretty face, fr": {category: "appearance", lang: "fr",
			flagged: []string{"Sourire et joli minois appréciés de notre clientèle.", "Bonne gueule exigée pour le comptoir."},
			clean:   []string{"Un sourire et un accueil chaleureux appréciés de notre clientèle."}},
		"a regional or national culture, fr": {category: "origin", lang: "fr",
			flagged: []string{"Vous êtes de culture suisse de préférence."},
			clean:   []string{"Vous partagez notre culture d'entreprise."}},
		"tools bought from the employer's supplier, fr": {category: "fee", lang: "fr",
			flagged: []string{"Les ciseaux sont à acheter via notre fournisseur, env. CHF 400."},
			clean:   []string{"Les ciseaux et les tenues sont fournis et à notre charge."}},
		"a till's float, fr": {category: "fee", lang: "fr",
			flagged: []string{"Une caution de 300 € vous sera demandée à l'arrivée."},
			clean:   []string{"Vous tenez la caisse et le comptoir confiserie (fonds de caisse de 300 €, clôture quotidienne)."}},
		"a work permit for non-EEA nationals, fr": {category: "origin", lang: "fr",
			clean: []string{"Pour les candidat·e·s ressortissant·e·s d'un pays hors Espace économique européen : permis unique (autorisation de séjour et de travail) requis."}},
		"new drivers as the public, fr": {category: "age", lang: "fr",
			flagged: []string{"Profil jeune recherché pour rejoindre nos moniteurs."},
			clean:   []string{"Vous animez la formation post-permis destinée aux jeunes conducteurs."}},
		"an observance accommodated, en": {category: "religion", lang: "en",
			flagged: []string{"Practising Catholics are preferred."},
			clean:   []string{"Flexible roster: if you need adjustments for religious observance or caregiving, tell us and we will work it out with you."}},
		// a hygiene rule bars the ill, not those who once were
		"a health history a hygiene rule does not justify, en": {category: "health", lang: "en",
			flagged: []string{"Because of food hygiene rules, applicants with a history of skin conditions will not be considered."},
			clean:   []string{"Because of food hygiene rules, you must stay off work while you have sickness or diarrhoea."}},
	})
}

// A phrase does not run from one list item into the next: "General Sale
// List products" then "Conduct medication reviews" asks for no list of
// medications.
func TestPhraseStaysInItsItem(t *testing.T) {
	md := "# Retail pharmacist\n\n## Responsibilities\n\n- Recommend and supply pharmacy medicines and General Sale List products\n- Conduct medication reviews for elderly patients\n"
	for _, f := range lintText(t, "en", Markdown, md, nil) {
		if f.Category == "health" {
			t.Errorf("finding across two items: %s", f.Message)
		}
	}
	joined := "# Retail pharmacist\n\nPlease list your medications.\n"
	if !strings.Contains(categoriesOf(lintText(t, "en", Markdown, joined, nil)), "health") {
		t.Errorf("a request for the list of medications is no longer read")
	}
}

// A French posting's first line, standing alone, is its title when no
// heading names the job; what comes before "Offre d'emploi" is the
// employer's name.
func TestLeadLineTitle(t *testing.T) {
	for text, want := range map[string]bool{
		"Accordeur de pianos – CDI – Lyon\n\nNous recrutons pour notre atelier.\n\n## Missions\n\nAccorder les pianos.\n": true,
		"**Repasseuse (H/F) – Pressing des Eaux-Vives**\n\nNous recrutons pour notre pressing.\n":                         true,
		"Accordeur·euse de pianos – CDI – Lyon\n\nNous recrutons pour notre atelier.\n":                                   false,
		"Pépinières Les Jeunes Pousses – Offre d'emploi\n\nNous recrutons un·e ouvrier·ère.\n":                            false,
		"Bonjour à tous,\n\nNous cherchons un·e accordeur·euse de pianos pour notre atelier.\n":                           false,
	} {
		got := false
		for _, f := range lintText(t, "fr", Markdown, text, nil) {
			got = got || f.Rule == "inclusive-title"
		}
		if got != want {
			t.Errorf("%q: title finding %v, want %v", text, got, want)
		}
	}
}

// categoriesOf joins the categories of findings at warning or above.
func categoriesOf(fs []Finding) string {
	var out []string
	for _, f := range fs {
		if f.Severity >= Warning {
			out = append(out, f.Category)
		}
	}
	return strings.Join(out, " ")
}
