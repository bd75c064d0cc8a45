package lint

import (
	"strings"
	"testing"
)

// A union stance whose match runs past its sentence's end (a list item
// with no full stop) is quoted as matched: it once crashed the linter.
func TestUnionStanceAtAnItemsEnd(t *testing.T) {
	text := "# Locksmith\n\nA few other things:\n- You must hold a licence\n- We're not a union shop and never will be\n\nIf you love a puzzle, write to jobs@example.com.\n"
	var found bool
	for _, f := range lintText(t, "en", Markdown, text, nil) {
		if f.Category == "union" {
			found = true
		}
	}
	if !found {
		t.Fatal("no union finding on \"We're not a union shop and never will be\"")
	}
}

// TestWordings39 holds the causes of a seventeenth blind reading, each
// beside the wording closest to it that is not the problem: vague pay
// written as a label ("Wage: DOE"), religious practice asked or refused an
// exception, a private life to keep private, a residence by a river's
// side, a course payable on booking, a share bought before starting,
// political organisations, credit checks, genetic tests, an experience
// cap written "8 max", a retiree a job suits, a home language, Kenyan
// community languages, the island's natives, a national ID card, a wife a
// job suits, an all-male brigade, the women it is easier to work
// between, a count of saleswomen, a little family, feminine delicacy, a
// go-getter, children grown up, rarely ill, a lean build, a generation
// raised on something, what you earn now; and the near-misses the same
// reading found warned: the public a sports business serves, a lorry
// named by its country, photos of grooms you are proud of, a check a
// licence requires, a women-only class, a family resort, a school's
// ethos, a character's playing age, a salon's name.
func TestWordings39(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"no exception for a day of worship": {lang: "en", category: "religion",
			flagged: []string{"You'll work Sundays and all holidays, no exceptions."},
			clean:   []string{"You'll work one Sunday in four."}},
		"prayer asked of staff": {lang: "en", category: "religion",
			flagged: []string{"You'll pray with the crew at our Monday huddle."},
			clean:   []string{"A quiet room is free for anyone who wishes to pray."}},
		"religious ceremony asked, fr": {lang: "fr", category: "religion",
			flagged: []string{"Participation à la bénédiction des vendanges."},
			clean:   []string{"Participation aux vendanges de septembre."}},
		"a practising believer, fr": {lang: "fr", category: "religion",
			flagged: []string{"Un frère pratiquant s'intégrera mieux."},
			clean:   []string{"Vous pratiquez un sport ? Tant mieux."}},
		"eating pork asked, fr": {lang: "fr", category: "religion",
			flagged: []string{"Tu manges de tout, porc compris."},
			clean:   []string{"Repas du midi offert."}},
		"a private life kept private": {lang: "en", category: "orientation",
			flagged: []string{"We like staff who keep their private lifestyles private."},
			clean:   []string{"We keep your application private."}},
		"a traditional family modelled": {lang: "en", category: "orientation",
			flagged: []string{"Staff model a traditional mother-and-father family life."},
			clean:   []string{"Staff meet mothers and fathers at pick-up."}},
		"a married couple, man and woman, fr": {lang: "fr", category: "orientation",
			flagged: []string{"Idéal pour un couple marié (homme et femme).", "Un profil de mœurs classiques."},
			clean:   []string{"Le gîte accueille des couples et des familles."}},
		"a girlfriend's perk, fr": {lang: "fr", category: "orientation",
			flagged: []string{"Et ta blonde grimpe gratis !"},
			clean:   []string{"Et tes proches grimpent gratis !"}},
		"a side of the river lived on": {lang: "en", category: "residence",
			flagged: []string{"- You must live north of the river"},
			clean:   []string{"- Our workshop is north of the river"}},
		"a district preferred, fr": {lang: "fr", category: "residence",
			flagged: []string{"Profil du secteur sud (8e, 9e) privilégié."},
			clean:   []string{"Le port est dans le secteur sud."}},
		"a course payable on booking": {lang: "en", category: "fee",
			flagged: []string{"Complete our two-day induction course ($495, payable on booking)."},
			clean:   []string{"Complete our two-day induction course (paid, on us)."}},
		"a share bought before starting": {lang: "en", category: "fee",
			flagged: []string{"Purchase one TT$500 member share before starting."},
			clean:   []string{"Members share the honey harvest each year."}},
		"political organisations": {lang: "en", category: "union",
			flagged: []string{"Not involved in any political or cultural organisations."},
			clean:   []string{"You'll host cultural organisations' events."}},
		"a political leaning sought": {lang: "en", category: "union",
			flagged: []string{"We're looking for like-minded, small-c conservative folks."},
			clean:   []string{"We're looking for like-minded plant lovers."}},
		"a credit check consented to": {lang: "en", category: "other-ground",
			flagged: []string{"You must consent to a credit check."},
			clean:   []string{"You'll process credit card payments."}},
		"a credit score, fr": {lang: "fr", category: "other-ground",
			flagged: []string{"Une bonne cote de crédit est exigée."},
			clean:   []string{"Vous gérez les demandes de crédit des clients."}},
		"a genetic test": {lang: "fr", category: "other-ground",
			flagged: []string{"Un test de dépistage de la drépanocytose est demandé."},
			clean:   []string{"Un test de français est demandé."}},
		"an experience cap written as a maximum": {lang: "en", category: "age",
			flagged: []string{"3 to 8 years of residential service, 8 max."},
			clean:   []string{"3 to 8 years of residential service."}},
		"a retiree a job suits": {lang: "en", category: "age",
			flagged: []string{"Perfect for an active retiree."},
			clean:   []string{"Perfect for a keen sailor."}},
		"a home language": {lang: "en", category: "origin",
			flagged: []string{"English must be your home language."},
			clean:   []string{"English must be fluent."}},
		"a community language": {lang: "en", category: "origin",
			flagged: []string{"Fluency in Kikuyu is an added advantage."},
			clean:   []string{"Fluency in Kiswahili and English is required."}},
		"the island's natives, fr": {lang: "fr", category: "origin",
			flagged: []string{"Priorité aux natifs de l'île."},
			clean:   []string{"Nos guides, natifs de la région, vous font découvrir le parc."}},
		"a national ID card, fr": {lang: "fr", category: "origin",
			flagged: []string{"Pièce d'identité ivoirienne exigée."},
			clean:   []string{"Pièce d'identité exigée à l'embauche."}},
		"a wife a job suits": {lang: "en", category: "sex",
			flagged: []string{"Perfect for a farm wife."},
			clean:   []string{"Perfect for a farm lover."}},
		"an all-male brigade": {lang: "en", category: "sex",
			flagged: []string{"Our brigade is all-male and works best that way."},
			clean:   []string{"Our brigade is small and works best that way."}},
		"easier among women, fr": {lang: "fr", category: "sex",
			flagged: []string{"L'équipe est plus à l'aise entre femmes."},
			clean:   []string{"L'équipe est plus à l'aise entre deux services."}},
		"a count of saleswomen, fr": {lang: "fr", category: "sex",
			flagged: []string{"Nous recrutons 3 vendeuses pour la saison."},
			clean:   []string{"Nous recrutons 3 vendeur·ses pour la saison."}},
		"a little family, fr": {lang: "fr", category: "cliche",
			flagged: []string{"Chez nous, on est une vraie petite famille."},
			clean:   []string{"Chez nous, on est une entreprise familiale."}},
		"feminine delicacy, fr": {lang: "fr", category: "gender-coded",
			flagged: []string{"Un sens du détail très féminin.", "Une douceur et une discrétion toutes féminines."},
			clean:   []string{"Un sens du détail."}},
		"a go-getter, fr": {lang: "fr", category: "gender-coded",
			flagged: []string{"Un profil fonceur et intrépide.", "Une énergie de pom-pom girl !"},
			clean:   []string{"Un profil curieux et rigoureux."}},
		"children grown up": {lang: "fr", category: "family",
			flagged: []string{"Idéal si vos enfants sont déjà grands."},
			clean:   []string{"Idéal si vous aimez les grands espaces."}},
		"rarely ill": {lang: "fr", category: "health",
			flagged: []string{"Vous êtes rarement malade."},
			clean:   []string{"Vous êtes rarement en retard."}},
		"a lean build, fr": {lang: "fr", category: "appearance",
			flagged: []string{"Un gabarit affûté pour le vélo-cargo."},
			clean:   []string{"Un vélo-cargo de gros gabarit."}},
		"a generation raised on it, fr": {lang: "fr", category: "age",
			flagged: []string{"Tu fais partie de la génération qui a grandi avec les IPA."},
			clean:   []string{"Nos bières plaisent à toutes les générations."}},
		"what you earn now, fr": {lang: "fr", category: "pay-history",
			flagged: []string{"Dis-nous combien tu gagnes présentement."},
			clean:   []string{"Dis-nous combien tu souhaites gagner."}},
		"the public a sports business serves": {lang: "en", category: "age",
			flagged: []string{"Ideal for someone in their sixties."},
			clean:   []string{"A loyal crew of climbers in their sixties comes every week."}},
		"goods named by their country": {lang: "en", category: "origin",
			flagged: []string{"Dutch applicants preferred."},
			clean:   []string{"You'll unload stock when the Dutch lorry comes in."}},
		"work photos you are proud of": {lang: "en", category: "personal-data",
			flagged: []string{"Send your CV with a photo."},
			clean:   []string{"Email your CV (and a few photos of grooms you're proud of).", "Send your CV and a few photos of your plates."}},
		"a check a licence requires": {lang: "en", category: "other-ground",
			flagged: []string{"A Police Certificate of Character is required for all staff."},
			clean:   []string{"- Certificate of Good Conduct (DCI), as required for the PSV badge"}},
		"the children the job is with": {lang: "en", category: "family",
			flagged: []string{"Do you have children?"},
			clean:   []string{"Interviews include a short, supervised session with the children."}},
		"a one-sex class the business runs": {lang: "en", category: "sex",
			flagged: []string{"Women only need apply."},
			clean:   []string{"We also run a women-only evening class with a community centre."}},
		"a family business by another name": {lang: "en", category: "cliche",
			flagged: []string{"We're a family here."},
			clean:   []string{"We are a family resort on the west coast."}},
		"a school's ethos": {lang: "en", category: "religion",
			flagged: []string{"Good moral and Islamic character."},
			clean:   []string{"We are a school with a Christian ethos, and staff of every faith are welcome."}},
		"a character's playing age, fr": {lang: "fr", category: "age",
			flagged: []string{"Vous avez entre 55 et 65 ans."},
			clean:   []string{"Le rôle de Madeleine. Âge de jeu : 55 à 65 ans."}},
		"a salon's name, fr": {lang: "fr", category: "gender-coded",
			flagged: []string{"Vous avez des doigts de fée."},
			clean:   []string{"Bienvenue aux Doigts de Fée, onglerie à Dakar."}},
		"fees reimbursed": {lang: "en", category: "fee",
			flagged: []string{"Pay the application fee."},
			clean:   []string{"We'll reimburse the application fee."}},
	})
}

// Vague pay written as a label is warned wherever the job is (the classes
// tests leave the pay rule out: they are read without pay facts).
func TestVaguePayAsALabel(t *testing.T) {
	for lang, c := range map[string]struct{ flagged, clean []string }{
		"en": {flagged: []string{"- Wage: DOE", "- Salary: Attractive", "A market-related salary, with medical aid.", "Salary on application.", "A monthly allowance will be discussed.", "Competitive hourly + commission + tips", "Base plus tips"},
			clean: []string{"- Wage: £11.44 an hour", "We pay a good salary of £30,000."}},
		"fr": {flagged: []string{"- salaire en rapport avec vos compétences ;", "- salaire attrayant + commissions"},
			clean: []string{"- salaire de 2 100 € brut par mois ;"}},
	} {
		vague := func(text string) bool {
			for _, f := range lintText(t, lang, Markdown, "# Job\n\n"+text+"\n", nil) {
				if f.Rule == "pay-range" && f.Severity >= Warning && strings.Contains(f.Message, "stands where the pay should be") {
					return true
				}
			}
			return false
		}
		for _, s := range c.flagged {
			if !vague(s) {
				t.Errorf("%q: no vague pay found", s)
			}
		}
		for _, s := range c.clean {
			if vague(s) {
				t.Errorf("%q: read as vague pay", s)
			}
		}
	}
}

// A fee matched past the end of the clause read around it (a sentence
// with an aside in brackets before it) is quoted as matched: it once
// crashed the linter.
func TestFeePastItsClause(t *testing.T) {
	text := "# Moniteur\n\n- Formation interne aux protocoles de l'école (parcours lagon, consignes courant et météo) sur une semaine, avec une participation de 15 000 XPF demandée à l'inscription\n\n## Pour postuler\n"
	var found bool
	for _, f := range lintText(t, "fr", Markdown, text, nil) {
		found = found || f.Category == "fee"
	}
	if !found {
		t.Fatal("no fee finding on \"participation de 15 000 XPF demandée à l'inscription\"")
	}
}

// A rule that fails on a posting reports it, names itself, and leaves
// the other rules to run.
func TestRuleFailureReported(t *testing.T) {
	l, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range l.rules {
		if l.rules[i].ID == "cliche" {
			l.rules[i].check = func(*run) { panic("broken") }
		}
	}
	d, err := Parse("posting", "en", Markdown, []byte("# Waiter\n\nYou'll serve our guests. Must be under 30.\n"))
	if err != nil {
		t.Fatal(err)
	}
	var failed, other bool
	for _, f := range l.Lint(d).Findings {
		failed = failed || f.Rule == "cliche" && f.Severity == Error && strings.Contains(f.Message, "rule cliche could not check this posting (broken)")
		other = other || f.Category == "age"
	}
	if !failed || !other {
		t.Fatalf("failure reported %v, other rules run %v", failed, other)
	}
}

// A numbered joint committee's scale states the pay; a scale unnamed
// does not.
func TestJointCommitteeScale(t *testing.T) {
	for text, want := range map[string]bool{
		"Une rémunération conforme aux barèmes de la CP 200, majorée d'une prime.": false,
		"Een loon volgens de barema's van PC 200.":                                 false,
		"Une rémunération conforme aux barèmes.":                                   true,
	} {
		var got bool
		for _, f := range lintText(t, "fr", Markdown, "# Conseiller\n\n"+text+"\n", nil) {
			got = got || f.Rule == "pay-range"
		}
		if got != want {
			t.Errorf("%q: pay-range finding %v, want %v", text, got, want)
		}
	}
}
