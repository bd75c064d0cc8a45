package lint

import (
	"slices"
	"strings"
	"testing"
)

// TestWidenedGrounds18: wordings a blind read found unread or misread,
// each beside the lawful wording closest to it.
func TestWidenedGrounds18(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"people preferred after an age, fr": {category: "age", lang: "fr",
			flagged: []string{"Étudiants de 18 à 25 ans de préférence, l'ambiance est jeune et sympa."},
			clean:   []string{"Vous animerez des ateliers pour des étudiants de 18 à 25 ans."}},
		"one sex among others sought, en": {category: "sex", lang: "en",
			flagged: []string{"Ex-military guys and former police strongly preferred."},
			clean:   []string{"Men and women are equally welcome.", "We are a man and van removals firm, preferred by local families."}},
		"gender identity, en": {category: "orientation", lang: "en",
			flagged: []string{"We run a traditional outfit here: no pronoun politics on site."}},
		"union, fr": {category: "union", lang: "fr",
			flagged: []string{"Chez nous pas de place pour les discours syndicaux, on se parle directement."}},
		"sick leave, fr": {category: "health", lang: "fr",
			flagged: []string{"Aucun congé de maladie dans les deux dernières années."}},
		"hearing, en": {category: "health", lang: "en",
			flagged: []string{"You must have normal hearing yourself to perform screenings."}},
		"childcare, en": {category: "family", lang: "en",
			flagged: []string{"Given late evenings, the role suits someone without childcare juggling."},
			clean:   []string{"We support parents with childcare juggling through flexible hours."}},
		"age of the public, en": {category: "age", lang: "en",
			flagged: []string{"To connect with our teenage students you'll ideally be close to their age.",
				"Our target audience is 25–44, so ideally you're part of that demo yourself."}},
		"a name and a mother tongue, en": {category: "origin", lang: "en",
			flagged: []string{"You have mother-tongue English."}},
		"a name, fr": {category: "origin", lang: "fr",
			flagged: []string{"Un nom facile à prononcer au téléphone serait apprécié par nos clients."}},
		"a fee for training, en": {category: "fee", lang: "en",
			flagged: []string{"The in-house induction weekend costs €250, refunded after 8 weeks of service."},
			clean:   []string{"$52,000 – $60,000 + talent fee for live events."}},
		// French "convictions" are beliefs, not a criminal record; a check
		// a regulation requires, related to the job, is the law's
		"beliefs and checks the law sets, fr": {category: "other-ground", lang: "fr",
			flagged: []string{"Casier judiciaire vierge exigé."},
			clean: []string{"Vous respectez les convictions religieuses de chacun.",
				"Vérification des antécédents judiciaires en lien avec l'emploi, exigée par le Règlement sur la certification des résidences privées pour aînés.",
				"Conformément aux exigences de garantie d'une activité irréprochable, un extrait du casier judiciaire et un extrait du registre des poursuites seront demandés au candidat retenu au stade de l'offre."}},
		"a check before or after the offer, en": {category: "other-ground", lang: "en",
			flagged: []string{"All final candidates will be asked to consent to a satisfactory credit check before an offer is made."}},
		"experience capped, a diploma's age, fr": {category: "age", lang: "fr",
			flagged: []string{"Profil junior : max. 3 ans d'expérience en logistique.", "DCG ou DSCG depuis moins de 5 ans.",
				"Docteur·e en photonique, thèse soutenue il y a moins de 3 ans.", "Idéalement finissant DEP 2023 ou 2024 en charpenterie."}},
		"a diploma's age, en": {category: "age", lang: "en",
			flagged: []string{"PhD awarded less than 3 years ago.", "Applicants from the 2023/2024 graduating cohort only."}},
		"the reader as a woman, fr": {category: "sex", lang: "fr",
			flagged: []string{"Vous travaillerez seule ou en binôme."},
			clean:   []string{"Vous travaillerez seulement le matin."}},
		"a gem, fr": {category: "cliche", lang: "fr",
			flagged: []string{"Notre institut cherche sa nouvelle perle !"},
			clean:   []string{"Vous conseillez nos clients sur les colliers de perles de culture."}},
		"union, more, fr": {category: "union", lang: "fr",
			flagged: []string{"On règle les problèmes entre nous, sans passer par le délégué."}},
		"union, more, en": {category: "union", lang: "en",
			flagged: []string{"We deal with problems face to face; anyone looking to organize won't be a fit here.",
				"If you're into union stuff, this probably isn't the place for you."}},
		"marital status, en": {category: "family", lang: "en",
			flagged: []string{"Ideally single, as the role requires regional travel at short notice."},
			clean:   []string{"Ideally a single point of contact for our clients."}},
		"private life, fr": {category: "family", lang: "fr",
			flagged: []string{"Nous cherchons une personne dont la vie privée permet une grande disponibilité."}},
		"a home near, fr": {category: "residence", lang: "fr",
			flagged: []string{"Domicile à proximité immédiate du showroom."}},
		"looks, fr": {category: "appearance", lang: "fr",
			flagged: []string{"Visage télégénique exigé.", "Silhouette et présentation irréprochables exigées."}},
		"eyesight, fr": {category: "health", lang: "fr",
			flagged: []string{"Acuité visuelle parfaite sans correction exigée."}},
		"a clean record, en": {category: "other-ground", lang: "en",
			flagged: []string{"Because our crews work in secure buildings, you must have a clean record - no exceptions."}},
		"a founder's faith shared, en": {category: "religion", lang: "en",
			flagged: []string{"Although we are not a faith organisation, someone who shares our founders' Christian values would fit best."},
			clean:   []string{"Our founders' Christian values shaped the charity in 1952."}},
		"a French bank account, en": {category: "other-ground", lang: "en",
			flagged: []string{"Practical: for payroll you'll need a French bank account."}},
		"a cohort, an age bound, en": {category: "age", lang: "en",
			flagged: []string{"Bootcamp and CS grads from 2021 onward especially welcome.", "Pleasant manner, suits someone below 35."}},
		"marital status and leave, en": {category: "family", lang: "en",
			flagged: []string{"Single preferred, as overtime is frequent during peak periods.",
				"Looking for a long-term career, without any extended leave on the horizon in the next couple of years."}},
		"health, more, en": {category: "health", lang: "en",
			flagged: []string{"No current mental health treatment, given the responsibility of the role.",
				"The job is physical, so we need people with no medical restrictions of any kind."},
			clean: []string{"We support people with long-term conditions to live at home."}},
		"height, en": {category: "appearance", lang: "en",
			flagged: []string{"Six foot or taller with a presence that makes people think twice."}},
		"born or educated in one country, en": {category: "origin", lang: "en",
			flagged: []string{"Canadian-born or Canadian-educated candidates will be prioritized."}},
		"one sex sought, more, en": {category: "sex", lang: "en",
			flagged: []string{"We're after a female voice to balance Dave on air."}},
		"sex at birth, en": {category: "orientation", lang: "en",
			flagged: []string{"On the online form, please indicate your sex as assigned at birth."}},
		"walkouts, en": {category: "union", lang: "en",
			flagged: []string{"If you're the kind of person who organises walkouts, this isn't the place for you."}},
		"living inside a ring road, en": {category: "residence", lang: "en",
			flagged: []string{"Because the mornings start early, you must live inside the rocade, no further."}},
		"union turned away, fr": {category: "union", lang: "fr",
			flagged: []string{"Les profils revendicatifs ou syndiqués, passez votre chemin."}},
		"an age preference, fr": {category: "age", lang: "fr",
			flagged: []string{"Nous cherchons une personne plutôt d'âge mûr.", "Diplôme obtenu depuis moins de cinq ans."}},
		"the holder as a woman, fr": {category: "sex", lang: "fr",
			flagged: []string{"Placée sous l'autorité directe de deux associés, vous gérez les agendas."},
			clean:   []string{"Vous travaillez avec une équipe placée sous l'autorité du directeur."}},
		"origin, more, fr": {category: "origin", lang: "fr",
			flagged: []string{"Un profil oriental serait apprécié, nos clients aiment retrouver l'authenticité de nos tapis chez la personne qui les leur présente.", "Suissesse ou titulaire d'un permis C uniquement."}},
		"proof by postmark, fr": {category: "religion", lang: "fr",
			clean: []string{"Les candidatures doivent être envoyées par recommandé, le cachet de la poste faisant foi."}},
		"experience capped in a field, en": {category: "age", lang: "en",
			flagged: []string{"Retail experience welcome, but no more than 5 years in retail overall.", "Ideally a few years out of high school."}},
		"a young team, fr": {category: "age", lang: "fr",
			flagged: []string{"Vous rejoindrez une équipe de réception jeune.", "Une rédaction jeune et soudée."}},
		"taller, en": {category: "appearance", lang: "en",
			flagged: []string{"Taller candidates preferred for the high shelving."}},
		"data left out, a sign language, en": {category: "", lang: "en",
			clean: []string{"You don't need to include your age, date of birth or school graduation dates in your application.",
				"British Sign Language Level 2 or above, as the study includes Deaf participants."}},
		"a workshop's average age, fr": {category: "age", lang: "fr",
			flagged: []string{"Vous rejoindrez un atelier où la moyenne d'âge est de 32 ans."}},
		"a deposit refunded later, fr": {category: "fee", lang: "fr",
			flagged: []string{"Une participation de 25 € est retenue à l'embauche pour la tenue, remboursée au bout de 6 mois de présence."}},
		"a home, whatever the commute, fr": {category: "residence", lang: "fr",
			flagged: []string{"Vous résidez à Roubaix, Tourcoing ou Wattrelos : les plannings sont faits pour limiter les trajets."}},
		"a photo beside a right-to-work check, en": {category: "personal-data", lang: "en",
			flagged: []string{"Send your CV and a recent full-length photo to careers@example.co.uk. We'll ask everyone invited to interview to bring proof of their right to work in the UK, as the law requires."}},
		"living on a side of town, en": {category: "residence", lang: "en",
			flagged: []string{"You live on the Right Bank, within 15 km of the workshop, as the van leaves at 6."},
			clean:   []string{"You'll need to live on the farm: the house comes with the job."}},
		"a language rule on breaks, a name, en": {category: "origin", lang: "en",
			flagged: []string{"English only on the ranch, including breaks.", "With our clients, an Irish name goes a long way."},
			clean:   []string{"All reports are written in English only."}},
		"younger people, a crew's ages, en": {category: "age", lang: "en",
			flagged: []string{"In our experience younger leads keep up better with the picking pace.", "Most of our crew is 20 to 28, so you'll fit right in."}},
		"suitable for one sex, en": {category: "sex", lang: "en",
			flagged: []string{"This role is suitable for male candidates because of the night shifts."}},
		"walk-outs, en": {category: "union", lang: "en",
			flagged: []string{"We won't consider anyone involved in organising walk-outs at a previous site."}},
		"a family operation, en": {category: "cliche", lang: "en",
			flagged: []string{"We're a tight-knit family and we look after each other."},
			clean:   []string{"We're a third-generation family nursery growing perennials on 120 acres."}},
		"effeminate, fr": {category: "orientation", lang: "fr",
			flagged: []string{"Pas de profil efféminé pour ce poste."}},
		"a wage garnishment, a sporty look, fr": {category: "other-ground", lang: "fr",
			flagged: []string{"Vous avez une situation saine : pas de saisie sur salaire en cours."}},
		"a diploma's years, fr": {category: "age", lang: "fr",
			flagged: []string{"Diplôme obtenu en 2023 ou 2024 exigé."},
			clean:   []string{"Les titulaires du diplôme obtenu en 2024 ou 2025 sont bienvenu·es."}},
		"public service neutrality, sailing, fr": {category: "religion", lang: "fr",
			clean: []string{"Respect du principe de neutralité du service public : aucune manifestation d'appartenance religieuse pendant le service.",
				"BPJEPS Voile exigé pour encadrer contre rémunération."}},
		"a target audience's ages, fr": {category: "age", lang: "fr",
			clean: []string{"Notre auditoire cible les 25-44 ans, actifs et branchés."}},
		"a couple, both sexes, fr": {category: "sex", lang: "fr",
			clean: []string{"Poste ouvert homme/femme, débutant·e accepté·e, nous recherchons une personne fiable."}},
		"where the work is done, fr": {category: "residence", lang: "fr",
			flagged: []string{"Vous habitez à moins de 15 km de l'atelier, c'est obligatoire."},
			clean:   []string{"Une expérience en ménage à domicile est un plus, c'est souhaité."}},
		"a public service's nationality, fr": {category: "origin", lang: "fr",
			flagged: []string{"Nationalité française exigée."},
			clean:   []string{"Nationalité française ou ressortissant d'un État membre de l'Union européenne, jouissance des droits civiques."}},
		"a municipal service, fr": {category: "family", lang: "fr",
			flagged: []string{"Merci d'indiquer votre état civil."},
			clean:   []string{"État civil, élections, urbanisme, cimetière."}},
	})
}

// TestColonLabelHeading: a Markdown line "Who you are:" above a list is
// its section's label, as a plain-text one is, so a trait listed under it
// is asked of the candidate.
func TestColonLabelHeading(t *testing.T) {
	doc := "# Morning Show Co-Host\n\nWho you are:\n- 2+ years on-air experience\n- A female voice to balance Mike on air\n"
	if got := strings.Join(scoredAt(t, "en", Markdown, doc, 5), " "); !strings.Contains(got, "sex(") {
		t.Errorf("findings on line 5: %q, want one of sex", got)
	}
	d, err := ParseMarkdown("label.md", "en", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if got := d.sectionAt(strings.Index(d.low, "a female")); got != profileSection {
		t.Errorf("section of the list under %q: %v, want the profile", "Who you are:", got)
	}
}

// TestFeeIsNoPay: a sum the fee rule reads as asked of applicants is no
// pay, so a posting whose only sum it is still lacks its pay range.
func TestFeeIsNoPay(t *testing.T) {
	text := "Commercial Cleaner – Vancouver, BC\n\nAll new hires pay $75 for the WHMIS course, deducted from the first paycheque.\n"
	fs := lintText(t, "en", Text, text, nil)
	if !slices.ContainsFunc(fs, func(f Finding) bool { return f.Rule == "pay-range" }) {
		t.Errorf("findings %v, want one of pay-range", fs)
	}
}

// TestRegularTitleNouns: a title's first word in -eur the lexicon does
// not list names the masculine only, with the regular feminine.
func TestRegularTitleNouns(t *testing.T) {
	for title, want := range map[string]string{
		"Affûteur scies à ruban – CDI": "Affûteur·euse scies à ruban – CDI",
		"Modélisateur BIM (H/F)":       "Modélisateur·rice BIM (H/F)",
	} {
		if _, sug, _, ok := inclusiveTitle(title); !ok || sug != want {
			t.Errorf("inclusiveTitle(%q): %q, %v; want %q", title, sug, ok, want)
		}
	}
	if _, _, _, ok := inclusiveTitle("Secteur logistique : préparation de commandes"); ok {
		t.Error("a sector named first is no job name")
	}
}

// TestPayFloorBesideVagueWording: a floor with no top is reported where
// vague wording stands beside it, and a budget is no pay range there.
func TestPayFloorBesideVagueWording(t *testing.T) {
	floor := "Vendeur·se showroom – Lyon\n\nRémunération : fixe + commissions attractives (à partir de 2 000 € brut mensuels), mutuelle.\n"
	if !slices.ContainsFunc(lintText(t, "fr", Text, floor, nil), func(f Finding) bool { return f.Rule == "pay-range" && strings.Contains(f.Message, "2 000") }) {
		t.Errorf("%q: no finding of the floor", floor)
	}
	budget := "Content producer – Paris\n\nCompetitive salary. You track production budgets of €5k to €80k per project.\n"
	if slices.ContainsFunc(lintText(t, "en", Text, budget, nil), func(f Finding) bool { return strings.Contains(f.Message, "so wide") }) {
		t.Errorf("%q: a budget read as a pay range", budget)
	}
}

// TestHeadingsDecideAMixedPosting: a posting in French with whole
// paragraphs in English is French when its headings are, so the French
// rules (its language, its title) read it.
func TestHeadingsDecideAMixedPosting(t *testing.T) {
	doc := "# Développeur Full-Stack Senior\n\n## Qui on est\n\nKwiko, c'est la néobanque des indépendants : des milliers de freelances nous confient leur compte et leur facturation.\n\n## Ce que tu vas faire\n\n" +
		"- Concevoir et livrer des features de bout en bout\n- Participer aux choix d'architecture et aux revues de code\n\n## Who you are\n\nWe are an international team and English is our working language at the office. " +
		"You will join a squad of six engineers spread between Paris, Lisbon and Berlin, and you will work with the product team every day.\n\n" +
		"You are a true engineer with five years of experience and you have shipped products that people use every day. " +
		"Ideally you have worked in a team like ours, and you are at ease with code review.\n\n" +
		"## Ce qu'on t'offre\n\n- Un package et des jours de télétravail\n"
	d, err := ParseMarkdown("mixed.md", "", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if d.Lang != "fr" {
		t.Errorf("language %q, want fr", d.Lang)
	}
}

// TestPaidTestIsNoPay: a take-home test paid for is no salary, so a
// posting whose pay is only a floor still gets its finding.
func TestPaidTestIsNoPay(t *testing.T) {
	text := "Backend Engineer – Brooklyn, NY\n\n- $175,000+ base\n\nProcess: a take-home (3 hours, paid at $150).\n"
	if !slices.ContainsFunc(lintText(t, "en", Text, text, nil), func(f Finding) bool { return f.Rule == "pay-range" && strings.Contains(f.Message, "175,000") }) {
		t.Errorf("%q: the floor is not reported", text)
	}
}

// TestAreaCodeIsNoDepartment: "(03)" before a phone number's digits is an
// area code, not a French department after a town.
func TestAreaCodeIsNoDepartment(t *testing.T) {
	d, err := ParseMarkdown("au.md", "en", []byte("# Route Setter\n\nApply by e-mail. Questions: (03) 9416 2270, ask for Sam.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if c, _ := inferCountry(d.text, d.low); c == "FR" {
		t.Error("an area code read as a French department")
	}
	d, _ = ParseMarkdown("fr.md", "fr", []byte("# Agent d'accueil (H/F)\n\nPoste basé à Laval (53), en CDI.\n"))
	if c, _ := inferCountry(d.text, d.low); c != "FR" {
		t.Errorf("Laval (53): country %q, want FR", c)
	}
}
