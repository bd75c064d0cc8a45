package lint

import "testing"

// TestCountryOutsideTheLists: South Africa, New Zealand and Monaco are
// read from their places, phone prefixes, currencies and domains, so a
// job there is not held to the EU directive's pay rule; a Luxembourg
// town on the title outweighs a French contract name.
func TestCountryOutsideTheLists(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"# Wine Sales Consultant – Stellenbosch Store\n\nApply to jobs@cellar.co.za.", "ZA"},
		{"# Security Officers\n\nA uniform costs R350.", "ZA"},
		{"# Ramp Agent – Auckland Airport\n\nCall +64 9 555 0100.", "NZ"},
		{"# Assistante dentaire – Monaco\n\nCDI à temps plein.", "MC"},
		{"# Technicien·ne data center (F/H) – Bissen\n\nCDI. 4 200 € brut. Nos data centers au Luxembourg accueillent des frontaliers de France.", "LU"},
		{"# Barista – Lyon\n\nContact: jobs@cafe.fr", "FR"},
		{"# Research Associate\n\nCentral, Hong Kong | Full-time", "HK"},
		{"# Collections Executive – Dubai\n\nA book of AED 40 million.", "AE"},
		{"# Snow & Ice Operator – Snoqualmie Pass / I-90\n\nWe work for WSDOT.", "US"},
		// a code's article is no sum in rand
		{"# Comédienne – Lyon\n\nRôle féminin (article R1142-1 du Code du travail).", "FR"},
	} {
		if got, _ := inferCountry(c.text, fold(c.text)); got != c.want {
			t.Errorf("%q: country %q, want %q", c.text, got, c.want)
		}
	}
	if randSum("Article R1142-1") || randSum("Grade R 12") || !randSum("a deposit of R350.") {
		t.Error("randSum reads a code's article or a grade as a sum, or misses a sum")
	}
	if c, _ := domainCountry("write to jobs@acme.co.za or see acme.com"); c != "ZA" {
		t.Errorf("domain country %q, want ZA", c)
	}
	if c, _ := domainCountry("see www.example.com/fr/jobs or jobs@acme.com"); c != "" {
		t.Errorf("a path's language read as a domain: %q", c)
	}
}

// TestCodedWordInTitle: a title or a heading capitalises its words, so a
// capital there is no name; inside a sentence, a capitalised word is
// one ("Guru Labs").
func TestCodedWordInTitle(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"coded jargon in a title, en": {category: "gender-coded", lang: "en",
			flagged: []string{"# Customer Care Rockstar (Inbound Call Center)\n\nYou answer calls from customers.",
				"# Sales assistant\n\n## Sales Ninja Wanted\n\nYou sell to shops."},
			clean: []string{"# Sales assistant\n\nYou sell to Guru Labs and other studios."}},
	})
}

// TestWidenedGrounds22: wordings a blind read found misread, each beside
// the wording closest to it that is the problem.
func TestWidenedGrounds22(t *testing.T) {
	checkClasses(t, map[string]classCase{
		// a role written for a woman (R1142-1): the character's family
		// and the performer's photo are the role's, not the candidate's
		"a performed role's family, fr": {category: "family", lang: "fr",
			flagged: []string{"Poste idéal pour une mère de famille qui souhaite des horaires compatibles avec l'école."},
			clean:   []string{"Nous cherchons l'interprète de Bernarda, mère de famille autoritaire ; l'âge apparent du personnage est la soixantaine."}},
		"a performer's photo, fr": {category: "personal-data", lang: "fr",
			flagged: []string{"Envoyez une photo et votre CV à rh@example.fr."},
			clean:   []string{"Casting pour le rôle de Bernarda : envoyez une photo de jeu récente et une bande démo."}},
		"the young and fit, en": {category: "age", lang: "en",
			flagged: []string{"- Young and fit – the runs are physical", "You're young, fit and keen to learn."},
			clean:   []string{"We're a young and growing business.", "We grow young and healthy vines."}},
		"men looked for, en": {category: "sex", lang: "en",
			flagged: []string{"We look for men who have never been on strike.", "We're looking for men with a forklift licence."},
			clean:   []string{"We look for people who have a forklift licence."}},
		"many hats, fr": {category: "cliche", lang: "fr",
			flagged: []string{"Vous portez plusieurs chapeaux sans vous plaindre."},
			clean:   []string{"En boutique, vous conseillez plusieurs chapeaux à chaque cliente."}},
	})
}

// TestPerformedRoleTitle: a title naming a role written for a woman is
// the artists' exception (R1142-1), reported as information.
func TestPerformedRoleTitle(t *testing.T) {
	text := "# Appel à candidatures : comédienne pour le rôle de Bernarda (rôle féminin)\n\nLa compagnie crée La Maison de Bernarda Alba. Envoyez une photo de jeu et une bande démo.\n"
	for _, f := range lintText(t, "fr", Markdown, text, nil) {
		if f.Rule == "inclusive-title" && f.Severity != Info {
			t.Errorf("a role's title: %s %s", f.Severity, f.Message)
		}
	}
	for _, f := range lintText(t, "fr", Markdown, "# Vendeuse en boulangerie\n\nVous accueillez la clientèle.\n", nil) {
		if f.Rule == "inclusive-title" && f.Severity < Warning {
			t.Errorf("a shop's title: %s %s", f.Severity, f.Message)
		}
	}
}

// TestWidenedGrounds22b: more of the blind read's misreadings.
func TestWidenedGrounds22b(t *testing.T) {
	checkClasses(t, map[string]classCase{
		// "rabbi*" read "rabbits", "pastor*" read "pastoral"
		"a faith's ministers, en": {category: "religion", lang: "en",
			flagged: []string{"Ideally you are a practising Christian with a letter from your pastor."},
			clean:   []string{"Our clinic cares for dogs, cats, rabbits and other small pets.", "You support pupils' pastoral care."}},
		"no religious constraint, en": {category: "religion", lang: "en",
			flagged: []string{"- No religious restrictions on handling dogs or pig-derived medications"},
			clean:   []string{"Tell us if you need an adjustment for religious observance."}},
		"no religious constraint, fr": {category: "religion", lang: "fr",
			flagged: []string{"Aucune contrainte religieuse pour manipuler le porc."}},
		// a restriction that is no health condition
		"restrictions that are not health, en": {category: "health", lang: "en",
			flagged: []string{"No pre-existing conditions.", "No medical restrictions.", "No previous injuries."},
			clean:   []string{"Applicants with no visa restrictions.", "We have no parking restrictions on site.", "No dress code restrictions."}},
		// "not suitable for anyone" says nothing of a family until the
		// children come
		"unsuitable for whom, en": {category: "family", lang: "en",
			flagged: []string{"Not suitable for anyone with young children.", "The role is not suitable for parents."},
			clean:   []string{"Not suitable for anyone who is scared of heights."}},
		"on a benefit, en": {category: "other-ground", lang: "en",
			flagged: []string{"- Not suitable for anyone currently on a benefit"},
			clean:   []string{"You help benefit recipients find work."}},
		// a health questionnaire asked before an offer is health
		// information asked, filed under health as readers mostly file it
		"a health questionnaire, fr": {category: "health", lang: "fr",
			flagged: []string{"3. Questionnaire de santé à remplir en ligne avant l'entretien."},
			clean:   []string{"Vous gérez les questionnaires de santé des adhérents."}},
	})
}

// TestWidenedGrounds22c: a parent oneself is a family situation, as the
// French "maman vous-même" is; organising a union is union activity.
func TestWidenedGrounds22c(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"a parent oneself, en": {category: "family", lang: "en",
			flagged: []string{"Ideally a mum yourself, as you'll understand our families."},
			clean:   []string{"You'll talk with the parents of young children."}},
		"organising, en": {category: "union", lang: "en",
			flagged: []string{"If you've been involved in organizing, this isn't the place for you."},
			clean:   []string{"You'll be involved in organizing our events."}},
	})
}

// TestWidenedGrounds22d: a resident of a canton preferred is the
// residence ground; the residents a home houses are its public.
func TestWidenedGrounds22d(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"residents preferred, fr": {category: "residence", lang: "fr",
			flagged: []string{"- Résident·e genevois·e de préférence", "Priorité aux résidents genevois."},
			clean:   []string{"Vous accompagnez les résidents en priorité lors des repas.", "Vous veillez au confort des résidents, en priorité les plus fragiles."}},
	})
}

// TestSecondJobNameInTitle: a job name after the dash is the job's too;
// a place or a company there is not.
func TestSecondJobNameInTitle(t *testing.T) {
	lex := frTitles()
	for title, want := range map[string]bool{
		"caviste – conseiller de vente":             true,
		"caviste – conseiller·ère de vente":         false,
		"vendeur·se – lyon":                         false,
		"responsable de rayon – boulangerie martin": false,
	} {
		if _, _, _, got := genderedTitle(title); got != want {
			t.Errorf("%q: gendered %v, want %v", title, got, want)
		}
	}
	if !opensWithJobNoun("conseillers de vente", lex) || opensWithJobNoun("lyon 3e", lex) {
		t.Error("opensWithJobNoun misreads a part")
	}
}

// TestWidenedGrounds22e: a name imposed in place of one's own is the
// origin ground; calls taken are no on-call duty.
func TestWidenedGrounds22e(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"a name imposed, fr": {category: "origin", lang: "fr",
			flagged: []string{"- Pour faciliter la relation, un prénom d'emprunt à consonance française vous sera attribué"},
			clean:   []string{"Vous travaillez sous votre propre prénom."}},
		"a name imposed, en": {category: "origin", lang: "en",
			flagged: []string{"You'll be assigned a Western name for calls.", "Agents use an English-sounding work name."},
			clean:   []string{"You can use your own name."}},
	})
	for _, text := range []string{"Coaching on calls every week.", "Agents use their own name on calls."} {
		for _, f := range lintText(t, "en", Text, text, nil) {
			if f.Rule == "on-call" {
				t.Errorf("%q: %s", text, f.Message)
			}
		}
	}
	found := false
	for _, f := range lintText(t, "en", Text, "You are on call one weekend a month.", nil) {
		found = found || f.Rule == "on-call"
	}
	if !found {
		t.Error("on-call duty without its pay not reported")
	}
}

// TestWidenedGrounds22f: the second blind read of this round, read at
// its causes.
func TestWidenedGrounds22f(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"a retention period is no experience cap, fr": {category: "age", lang: "fr",
			flagged: []string{"Profil junior : deux ans au plus dans le métier."},
			clean:   []string{"Vos données sont utilisées uniquement pour ce recrutement et conservées deux ans au plus."}},
		"a feminine presence sought, fr": {category: "sex", lang: "fr",
			flagged: []string{"Chez les maternelles, une présence féminine rassure."},
			clean:   []string{"Vous animez des ateliers chez les maternelles."}},
		"a feminine presence sought, en": {category: "sex", lang: "en",
			flagged: []string{"With the little ones, a female presence is reassuring."}},
		"unsuited to young children's parents, fr": {category: "family", lang: "fr",
			flagged: []string{"- Disponibilité totale pour les tournées : le poste convient mal aux parents de jeunes enfants ;"}},
		"a record as a bar, fr": {category: "other-ground", lang: "fr",
			flagged: []string{"- Tout dossier criminel, quel qu'il soit, est éliminatoire."}},
		"roots, fr": {category: "origin", lang: "fr",
			flagged: []string{"- Un attachement à l'île et des racines corses seront appréciés ;"},
			clean:   []string{"Vous taillez les racines des arbres."}},
		"roots, en": {category: "origin", lang: "en",
			flagged: []string{"Local roots are a plus."},
			clean:   []string{"We grow root vegetables for the market."}},
		"a strike history, fr": {category: "union", lang: "fr",
			flagged: []string{"- Nous ne travaillons plus avec des agents qui ont l'habitude de faire grève les soirs de match."},
			clean:   []string{"Le droit de grève est garanti."}},
		"the digital generation, fr": {category: "age", lang: "fr",
			flagged: []string{"- Issu·e de la génération numérique, vous êtes à l'aise avec les outils collaboratifs ;"}},
		"a Swiss social insurance card, fr": {category: "personal-data", lang: "fr",
			flagged: []string{"Votre dossier complet (lettre, CV, copie de votre carte AVS) est à adresser à rh@example.ch."}},
		"pay asked in other words, en": {category: "pay-history", lang: "en",
			flagged: []string{"2. Your current hourly rate and your last three employers", "Tell us what you made at your last gig."},
			clean:   []string{"Our current hourly rate for overtime is time and a half."}},
		"experience capped, en": {category: "age", lang: "en",
			flagged: []string{"- Between 5 and 10 years post-qualification; we are not looking for anyone more senior than that", "Some experience, but no more than 5 years."},
			clean:   []string{"At least 3 years of experience."}},
	})
}

// TestMinorsBarred: the minors a law or an employer bars ("the law does
// not allow young workers under 18 to work at night") set a lower bound,
// not an upper one.
func TestMinorsBarred(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"minors barred, en": {category: "age", lang: "en",
			flagged: []string{"Applicants must be under 25.", "We want young workers for our bar."},
			clean: []string{"You must be 18 or over: the Labour Code does not allow young workers under 18 to work at night.",
				"We don't hire anyone under 18."}},
	})
}

// TestNationalityALawSets: a nationality priority a statute sets (Monaco's
// law 629, stated with it) is reported as information to check; a
// nationality asked without one stays the origin ground's finding.
func TestNationalityALawSets(t *testing.T) {
	text := "# Assistante dentaire – Monaco\n\nConformément à la loi n° 629 du 17 juillet 1957, la priorité d'emploi s'applique dans l'ordre prévu par les textes (personnes de nationalité monégasque, puis conjoints de Monégasques).\n"
	for _, f := range lintText(t, "fr", Markdown, text, nil) {
		if f.Category == "origin" && f.Severity > Info {
			t.Errorf("a priority the law sets: %s %s", f.Severity, f.Message)
		}
	}
	found := false
	for _, f := range lintText(t, "fr", Text, "Nationalité française exigée.", nil) {
		found = found || f.Category == "origin" && f.Severity >= Warning
	}
	if !found {
		t.Error("a nationality asked without a law is not reported")
	}
}

// TestWidenedGrounds22g: personal social accounts asked, a graduation
// year bound in French, a gender identity derided.
func TestWidenedGrounds22g(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"personal social accounts, fr": {category: "personal-data", lang: "fr",
			flagged: []string{"Portfolio, CV et liens vers vos comptes Facebook et Instagram personnels à déposer sur notre site."},
			clean:   []string{"Vous animez nos comptes Instagram et Facebook."}},
		"personal social accounts, en": {category: "personal-data", lang: "en",
			flagged: []string{"Send links to your personal Facebook and Instagram accounts."},
			clean:   []string{"You run our Facebook and Instagram accounts."}},
		"a graduation year bound, fr": {category: "age", lang: "fr",
			flagged: []string{"Diplômé·e d'une école nationale supérieure de paysage en 2020 ou plus récemment, vous maîtrisez AutoCAD."},
			clean:   []string{"Créée en 2020, l'agence a grandi et après deux ans compte douze personnes."}},
		"a gender identity derided, en": {category: "orientation", lang: "en",
			flagged: []string{"- We're not the right fit if you're into the whole pronouns thing"},
			clean:   []string{"Share your pronouns if you like."}},
	})
}
