package lint

import (
	"slices"
	"testing"
)

// TestExclusionIsNotExcluding: "exclusion from school" is what the public
// a job serves lives through; a sentence that holds it is not one that
// turns people away, so the public's ages and family lives stay theirs.
// A form of "exclude" still turns people away.
func TestExclusionIsNotExcluding(t *testing.T) {
	for text, want := range map[string]bool{
		"many of the young people we see face exclusion from school":  false,
		"nos jeunes vivent souvent l'exclusion scolaire":              false,
		"an exclusive contract with the council":                      false,
		"smokers are excluded from the shortlist":                     true,
		"les candidatures incomplètes seront exclues":                 true,
		"we exclude applicants without a licence":                     true,
		"toute personne de plus de 50 ans est exclue de la sélection": true,
	} {
		if got := excluding(text); got != want {
			t.Errorf("excluding(%q) = %v, want %v", text, got, want)
		}
	}
	checkClasses(t, map[string]classCase{
		"the public's age beside its exclusion from school, en": {category: "age", lang: "en",
			flagged: []string{"Applicants aged over 50 are excluded from this campaign."},
			clean: []string{"Every week around 120 young people aged 11 to 19 come through our doors, and many of them face exclusion from school.",
				"Our clubs welcome children aged 8 to 12, some of them at risk of exclusion."}},
	})
}

// TestGenderedEnglishTitleWords: an English title that names the job by a
// woman or a man ("Cleaning Lady", "Shop Girl", "Delivery Boy") names it
// in one gender, as "-man" and "-ess" titles do; a department ("Ladies'
// Fashion") or both forms named is not.
func TestGenderedEnglishTitleWords(t *testing.T) {
	for title, want := range map[string]bool{
		"Cleaning Lady – Offices & Common Areas": true,
		"Shop Girl (Saturdays)":                  true,
		"Delivery Boy, Leeds":                    true,
		"Stable Lad – Newmarket Yard":            true,
		"Ladies' Fashion Sales Assistant":        false,
		"Cleaner – Offices & Common Areas":       false,
	} {
		fs := lintCase(t, ruleCase{rule: "inclusive-title", lang: "en", country: "GB", format: Markdown,
			text: "# " + title + "\n\nPart-time work in Leeds, £12.60 an hour. Send your CV to jobs@example.co.uk."})
		got := slices.ContainsFunc(fs, func(f Finding) bool { return f.Category == "sex" || f.Category == "inclusive-title" })
		if got != want {
			t.Errorf("%q: flagged %v, want %v (%v)", title, got, want, fs)
		}
	}
}

// TestWidenedGrounds14: the spellings a rule was missing, each with a
// lawful sentence that uses the same words.
func TestWidenedGrounds14(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"a sick record, en": {category: "health", lang: "en",
			flagged: []string{"Must have a clean sick record.", "You will need a good sick record from your last job.",
				"A spotless sick history is essential."},
			clean: []string{"Sick pay from your first day, on top of statutory sick pay."}},
		"recent grads, en": {category: "age", lang: "en",
			flagged: []string{"Ideal for recent grads.", "This role suits a fresh grad."},
			clean:   []string{"Recent grads are welcome to apply, as are career changers.", "No experience needed."}},
		"a fee the candidate pays, en": {category: "fee", lang: "en",
			flagged: []string{"The €150 brand certification fee is paid by the candidate.", "Uniform costs are borne by successful applicants.",
				"A $75 deposit, payable by new starters, secures your locker."},
			clean: []string{"The certification fee is paid by us.", "Training costs are covered by the company."}},
		"a clothing size, fr": {category: "appearance", lang: "fr",
			flagged: []string{"Vous portez idéalement du 36-38.", "Vous faites du 38 – 40.", "Vous portez du 36 ou du 38."},
			clean:   []string{"Tenue fournie du 34 au 56.", "Ouvert du 36-38 rue Victor-Hugo, Lyon."}},
		"a graduation year, fr": {category: "age", lang: "fr",
			flagged: []string{"Vous êtes diplômé(e) en 2023 ou 2024 d'une école de commerce.", "Profil recherché : diplômée depuis 2022.",
				"Diplômé·es à partir de 2021 uniquement."},
			clean: []string{"Vous êtes diplômé·e d'une école de commerce.", "Nous formons chaque année depuis 2015 des diplômés de BTS."}},
	})
}

// TestOneFindingASentence: a warning in a sentence where an error of its
// category stands is the same problem, reported once; in another
// sentence, it is reported.
func TestOneFindingASentence(t *testing.T) {
	l, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	count := func(text string) (errs, warns int) {
		d, err := Parse("t.md", "en", Markdown, []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		d.Country = "GB"
		for _, f := range l.Lint(d).Findings {
			if f.Category != "age" {
				continue
			}
			switch f.Severity {
			case Error:
				errs++
			case Warning:
				warns++
			}
		}
		return errs, warns
	}
	const head = "# Frontend Engineer\n\nLeeds. £50,000–£60,000 a year.\n\n"
	if e, w := count(head + "Applicants must be under 30 – we find recent grads adapt best to our pace.\n"); e != 1 || w != 0 {
		t.Errorf("one sentence: %d age errors, %d warnings; want 1 and 0", e, w)
	}
	if e, w := count(head + "Applicants must be under 30.\n\nWe find recent grads adapt best to our pace.\n"); e != 1 || w != 1 {
		t.Errorf("two sentences: %d age errors, %d warnings; want 1 and 1", e, w)
	}
}

// TestFrenchHoursClicheAndSilhouette: "pas de 9h-18h" promises hours
// without limits, unlike the hours given; a silhouette described is the
// body asked for, whatever the adjective.
func TestFrenchHoursClicheAndSilhouette(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"hours without limits, fr": {category: "cliche", lang: "fr",
			flagged: []string{"Ici, pas de 9h-18h : on avance ensemble.", "Oubliez le métro-boulot-dodo.", "Chez nous, fini le 9 h – 17 h."},
			clean:   []string{"Horaires : 9 h - 18 h du lundi au vendredi.", "Accueil du public de 9h à 18h."}},
		"a silhouette, fr": {category: "appearance", lang: "fr",
			flagged: []string{"Vous avez une silhouette affûtée.", "Silhouette sportive souhaitée."},
			clean:   []string{"Vous dessinez la silhouette des collections de la saison."}},
	})
}

// TestCountsOfThePublic: a bound followed by the people the job serves is
// how many of them there are, and teenagers named "ados" are the public,
// not the candidate.
func TestCountsOfThePublic(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"a count of pupils, en": {category: "age", lang: "en",
			flagged: []string{"Candidates up to 35 years old preferred.", "Ideally under 30, to fit our young team."},
			clean: []string{"You will teach a class of up to 22 students aged 9 to 11.",
				"Groups of up to 12 young people aged 14 to 18 join each camp."}},
		"the public's ages, fr": {category: "age", lang: "fr",
			flagged: []string{"Candidat·es de moins de 30 ans uniquement."},
			clean:   []string{"Vous animez l'espace des ados 11-17 ans.", "Vous encadrez des groupes de 12 jeunes âgés de 14 à 18 ans."}},
	})
}

// TestWidenedGrounds14b: union activity named as something to keep away
// from, a workplace adjustment ruled out, a "young image", a non-union
// workplace of any kind, a younger person of any trade, the staff the
// hire joins named as lads, and skin or teeth asked for.
func TestWidenedGrounds14b(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"union, fr": {category: "union", lang: "fr",
			flagged: []string{"Profil éloigné des conflits sociaux.", "Vous restez à l'écart des mouvements de grève.", "Vous restez loin des conflits sociaux."},
			clean:   []string{"Vous suivez les relations sociales avec les délégués du personnel.", "En cas de grève des transports, le télétravail est possible."}},
		"health, fr": {category: "health", lang: "fr",
			flagged: []string{"Apte au travail posté, sans restriction ni aménagement de poste.", "Poste ne nécessitant aucun aménagement de poste."},
			clean:   []string{"Nous étudions tout aménagement de poste utile, RQTH ou non."}},
		"age, fr": {category: "age", lang: "fr",
			flagged: []string{"Vous collez à l'image jeune de notre marque.", "Notre image jeune et dynamique vous ressemble."},
			clean:   []string{"Vous travaillez l'image de nos clients."}},
		"union, en": {category: "union", lang: "en",
			flagged: []string{"We're a non-union farm and intend to stay that way.", "It is a non-union warehouse, and we like it that way."},
			clean:   []string{"We are a unionised site and work closely with our union reps."}},
		"age, en": {category: "age", lang: "en",
			flagged: []string{"Suits a younger, high-energy officer.", "We'd like a young, self-motivated engineer."},
			clean:   []string{"You will mentor younger colleagues as they learn the trade."}},
		"sex, en": {category: "sex", lang: "en",
			flagged: []string{"Come and join our lads in the yard."},
			clean:   []string{"You will coach our girls' football team on Saturdays."}},
		"appearance, en": {category: "appearance", lang: "en",
			flagged: []string{"Flawless skin and full make-up every day.", "A great smile and clear skin are a must."},
			clean:   []string{"You will help clients achieve clear skin with our facial treatments."}},
	})
}

// TestLiftedLimitsAndAid: a limit lifted for the people a sentence names
// does not turn them away, and an aid towards equipment or a licence is
// not a fee.
func TestLiftedLimitsAndAid(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"a limit lifted, fr": {category: "health", lang: "fr",
			flagged: []string{"Les bénéficiaires d'une RQTH ne seront pas retenus."},
			clean:   []string{"Pas de limite d'âge pour les personnes bénéficiant d'une RQTH (art. L6222-2)."}},
		"an aid, fr": {category: "fee", lang: "fr",
			flagged: []string{"Kit de démarrage de 150 €, payable à l'embauche."},
			clean: []string{"Aide au premier équipement et aide au permis de conduire de 500 € (aide de l'État pour les apprenti·es majeur·es).",
				"Bourse d'équipement de 300 € versée à l'entrée en formation."}},
	})
}
