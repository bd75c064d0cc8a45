package lint

import (
	"strings"
	"testing"
)

// TestWidenedGrounds20: wordings a blind read found unread or misread,
// each beside the lawful wording closest to it.
func TestWidenedGrounds20(t *testing.T) {
	checkClasses(t, map[string]classCase{
		// an application refused for leaving it out is one that must give it
		"refused without it, en": {category: "pay-history", lang: "en",
			flagged: []string{"Applications that do not include your current salary and salary history will not be considered.",
				"Applications without salary history will not be considered."},
			clean: []string{"You do not need to include your salary history.",
				"Please do not include your salary history; applications with one will not be considered."}},
		"a uniform in a few sizes, en": {category: "appearance", lang: "en",
			flagged: []string{"Uniform provided and laundered by the hotel; our uniforms are cut in sizes 36 to 38."},
			clean:   []string{"Uniform provided and laundered by the hotel, in sizes 34 to 56."}},
		"living in a place, en": {category: "residence", lang: "en",
			flagged: []string{"Able to live in Paris intra-muros so you can cover the late closing."},
			clean:   []string{"Able to lift 20 kg and to stand for long periods."}},
		"easier if you live there, fr": {category: "residence", lang: "fr",
			flagged: []string{"Comme on ferme tard le samedi, c'est plus simple si vous habitez la rive gauche."}},
		"a team made younger": {category: "age", lang: "fr",
			flagged: []string{"Dans le cadre du rajeunissement de nos équipes, la commune recrute un agent.",
				"Nous souhaitons rajeunir l'équipe."}},
		"a team made younger, en": {category: "age", lang: "en",
			flagged: []string{"We are looking to rejuvenate the team.", "This hire will help lower the team's average age."},
			clean:   []string{"The spa's treatments rejuvenate tired skin."}},
		"a stage of life ruled out, en": {category: "age", lang: "en",
			flagged: []string{"We want someone ready to put in the long haul: this is not a semi-retirement job."}},
		"a year asked, en": {category: "age", lang: "en",
			flagged: []string{"Please include the year you graduated high school so we can plan our training groups."},
			clean:   []string{"Please tell us about the climbing you have done this year."}},
		"a feminine form of the applicant, fr": {category: "sex", lang: "fr",
			flagged: []string{"Expérience en nettoyage de bureaux appréciée, débutante acceptée."},
			clean: []string{"Expérience en nettoyage de bureaux appréciée, débutant ou débutante accepté·e.",
				"Expérience appréciée, débutant·e accepté·e."}},
		"a generation, fr": {category: "age", lang: "fr",
			flagged: []string{"Être quelqu'un de notre génération, qui parle le même langage que la team."}},
		"a generation, en": {category: "age", lang: "en",
			flagged: []string{"We'd love someone of our generation who gets the culture."},
			clean:   []string{"We are training the next generation of nurses."}},
		"single, en": {category: "family", lang: "en",
			flagged: []string{"Single and able to travel at short notice, sometimes for two weeks."},
			clean:   []string{"A single point of contact, able to travel at short notice."}},
		"an identity card with the application, en": {category: "personal-data", lang: "en",
			flagged: []string{"Attach a copy of your driver's license and Social Security card with your application."}},
		"a non-union outfit, en": {category: "union", lang: "en",
			flagged: []string{"We're a non-union outfit and we like it that way."}},
		"a sex at birth, en": {category: "orientation", lang: "en",
			flagged: []string{"Staff are expected to dress in keeping with their biological sex."}},
		"a sex at birth, fr": {category: "orientation", lang: "fr",
			flagged: []string{"Féminine de naissance, notre clientèle étant exclusivement féminine."}},
		"the family cliché's variants, en": {category: "cliche", lang: "en",
			flagged: []string{"Honestly, we're more of a family than a gym.", "Work hard, climb hard."}},
		"the family cliché's variants, fr": {category: "cliche", lang: "fr",
			flagged: []string{"Ici, on est plus une famille qu'une entreprise.", "Work hard, climb hard : chez nous, on grimpe."}},
		"a job as a way of life": {category: "cliche", lang: "fr",
			flagged: []string{"Passionné, vraiment : ici ce n'est pas un job, c'est un mode de vie."}},
		"a job as a way of life, en": {category: "cliche", lang: "en",
			flagged: []string{"This is not just a job, it's a way of life."}},
		"one man and one woman, fr": {category: "orientation", lang: "fr",
			flagged: []string{"Nous recherchons un couple (lui et elle) prêt à s'installer durablement en Dordogne."}},
		"health in other words, fr": {category: "health", lang: "fr",
			flagged: []string{"En parfaite forme, sans restriction d'aptitude.", "Pas d'antécédents médicaux."}},
		"a look that fits the brand": {category: "appearance", lang: "fr",
			flagged: []string{"Look en phase avec l'univers de la boutique."},
			clean:   []string{"Un look soigné ? Peu importe : on aime les tatouages."}},
		"a look that fits the brand, en": {category: "appearance", lang: "en",
			flagged: []string{"Comfortable on air occasionally, with a conventional on-air image."}},
		"a native speaker in English, fr": {category: "origin", lang: "fr",
			flagged: []string{"Vous êtes native or bilingual English speaker, à l'aise à l'oral."}},
		"a feminine form of the hire, fr": {category: "sex", lang: "fr",
			flagged: []string{"Nous cherchons une collaboratrice disponible sur la durée.", "Issue d'un BTS Support à l'action managériale."},
			clean: []string{"Vous rejoindrez une collaboratrice et deux collaborateurs expérimentés.",
				"À l'issue de la formation, vous serez autonome sur la ligne."}},
		"residence as a need, fr": {category: "residence", lang: "fr",
			flagged: []string{"Comme le site n'est pas desservi à 6 h, il faut habiter Villeneuve-d'Ascq ou Hem."}},
		"a passport the job's travel needs, fr": {category: "origin", lang: "fr",
			clean: []string{"Passeport valide ou carte NEXUS, nécessaires pour les livraisons hebdomadaires au Vermont."}},
		"a campaign's target, fr": {category: "age", lang: "fr",
			clean: []string{"Notre campagne vise en priorité les 18-35 ans, qui représentent moins de 10 % de nos donateurs."}},
		"the costs of a home the job comes with, fr": {category: "fee", lang: "fr",
			flagged: []string{"Les chaussures de sécurité sont à votre charge."},
			clean:   []string{"Logement de fonction gratuit (charges à votre charge)."}},
		"a qualification year, en": {category: "age", lang: "en",
			flagged: []string{"Diploma in Dental Technology or equivalent, obtained 2018 onwards."}},
		"payslips, en": {category: "pay-history", lang: "en",
			flagged: []string{"Send your CV and cover letter, together with your last three payslips."}},
		"an accent liked, en": {category: "origin", lang: "en",
			flagged: []string{"A proper Cork accent goes down well with our regulars."}},
		"a faith put second, en": {category: "religion", lang: "en",
			flagged: []string{"Sundays off are not possible: if church comes first for you, this isn't the job."},
			clean:   []string{"Sundays off are not possible: milking happens every day of the year."}},
		"pronouns, en": {category: "orientation", lang: "en",
			flagged: []string{"We keep our brand clear of pronoun politics."}},
		"a stage of life, en": {category: "age", lang: "en",
			flagged: []string{"A mature, settled person with a calm manner."}},
		"experience capped by what is not wanted, en": {category: "age", lang: "en",
			flagged: []string{"We're not looking for someone with 15+ years; we want someone still hungry to learn."}},
		"a faith given no exception, en": {category: "religion", lang: "en",
			flagged: []string{"Saturday shifts are mandatory, no exceptions for church or anything else."}},
		"straight-acting, en": {category: "orientation", lang: "en",
			flagged: []string{"We'd like someone straight-acting and low drama for the front desk."}},
		"an accent and a profile, en": {category: "origin", lang: "en",
			flagged: []string{"Clients are mostly tradies, so a local profile and accent helps."}},
		"a height in feet, en": {category: "appearance", lang: "en",
			flagged: []string{"Door staff: minimum 6ft and well-built."}},
		"a voice of an age": {category: "age", lang: "fr",
			flagged: []string{"Une voix jeune qui parle aux 18-30 ans."},
			clean:   []string{"Une voix claire qui parle aux 18-30 ans, cœur de cible de notre antenne."}},
		"hair uncovered, fr": {category: "religion", lang: "fr",
			flagged: []string{"Cheveux attachés et découverts pendant les soins."}},
		"sick leave never taken, fr": {category: "health", lang: "fr",
			flagged: []string{"Costaud et jamais arrêté pour le dos : le métier est physique, on le sait."}},
		"an oath year, fr": {category: "age", lang: "fr",
			flagged: []string{"Avocat·e au barreau de Paris, idéalement prestation de serment 2021 ou 2022."}},
		"a current fee asked in a gerund, fr": {category: "pay-history", lang: "fr",
			flagged: []string{"Merci d'adresser votre CV en indiquant votre rétrocession actuelle."}},
		"a disability status refused, fr": {category: "health", lang: "fr",
			flagged: []string{"En parfaite santé, aucune reconnaissance RQTH."}},
		"a father and a mother, fr": {category: "orientation", lang: "fr",
			flagged: []string{"Idéalement un papa et une maman, les familles accueillies s'y retrouvant plus facilement."}},
		"soft and feminine, fr": {category: "gender-coded", lang: "fr",
			flagged: []string{"Douce et féminine, vous mettez la clientèle à l'aise."}},
		"fees the employer pays, en": {category: "fee", lang: "en",
			clean: []string{"Your VCI annual registration fee and professional indemnity paid by the practice.",
				"Notary Public commission preferred (the firm will sponsor the application fee)."}},
		"a right-to-work document, en": {category: "origin", lang: "en",
			clean: []string{"Bring your passport or other right-to-work document to the open day."}},
		"young people helped, en": {category: "age", lang: "en",
			clean: []string{"Help young people gain Dynamic Youth and Youth Achievement Awards."}},
		"the firm as il, fr": {category: "sex", lang: "fr",
			flagged: []string{"Il assiste le capitaine et le timonier lors des manœuvres."},
			// "il" in a relative clause stands for the noun before it
			// ("le poste… les chargé·es qu'il épaule")
			clean: []string{"Le cabinet Morel, inscrit à l'Ordre, réunit 38 collaborateurs autour de quatre associés. Il assure la comptabilité de PME.",
				"Fondé en 1991, le cabinet réunit quatre associés et onze collaborateurs. Il intervient en droit des sociétés.",
				"Le poste assiste le recrutement et les chargé·es de recrutement qu'il épaule."}},
		"an age below, en": {category: "age", lang: "en",
			flagged: []string{"Energetic and ideally below 32 to match our team."},
			clean:   []string{"Keep the water temperature below 32 degrees."}},
		"a received accent, en": {category: "origin", lang: "en",
			flagged: []string{"Speak well-spoken (RP) English on the phone."}},
		"school pick-ups, en": {category: "family", lang: "en",
			flagged: []string{"Ideal for someone with no school pick-ups to worry about."}},
		"homeowners served, en": {category: "other-ground", lang: "en",
			clean: []string{"Must explain the work clearly when dealing with GCs and homeowners."}},
		"fees the firm pays, en": {category: "fee", lang: "en",
			clean: []string{"The firm pays registration and exam fees for Levels I–III."}},
		"sick leave repeated, fr": {category: "health", lang: "fr",
			flagged: []string{"Pas d'arrêts à répétition les saisons passées."}},
		"a student profile, fr": {category: "age", lang: "fr",
			flagged: []string{"Profil étudiant·e recherché pour les week-ends."}},
		"a dominant presence, fr": {category: "gender-coded", lang: "fr",
			flagged: []string{"Une présence dominante pour tenir l'entrée."},
			clean:   []string{"Vous éduquez des chiens au tempérament dominant."}},
		"debts, fr": {category: "other-ground", lang: "fr",
			flagged: []string{"Logement fixe et aucune dette en cours exigés."},
			clean:   []string{"Vous accompagnez les familles dans le remboursement de dettes en cours."}},
		"a native speaker of Dutch, fr": {category: "origin", lang: "fr",
			flagged: []string{"Bilingue français-néerlandais ; idéalement néerlandophone de naissance."}},
		"elle with a verb of the job, fr": {category: "sex", lang: "fr",
			flagged: []string{"Elle assistera deux associés du département Corporate."}},
		"a fee a fund pays, fr": {category: "fee", lang: "fr",
			flagged: []string{"Équipement professionnel (mallette de couteaux) financé par le candidat à hauteur de 500 €."},
			clean:   []string{"Premier équipement professionnel (mallette de couteaux, fusil) financé par l'OPCO jusqu'à 500 €."}},
		"a licence the project pays, en": {category: "fee", lang: "en",
			clean: []string{"A full driving licence; the project will pay for the D1 minibus licence and training within six months."}},
		"swimmers counted, en": {category: "age", lang: "en",
			clean: []string{"You'll plan squad sessions for our Age Group squads (roughly 15–25 swimmers per lane group)."}},
		"pregnancy, en": {category: "family", lang: "en",
			flagged: []string{"The position is not suitable for women who are pregnant or planning a pregnancy."}},
		"a language named by its level, en": {category: "origin", lang: "en",
			flagged: []string{"Irish applicants preferred for this role."},
			clean: []string{"Conversational Irish, for the study strand where some participants prefer to be interviewed in Irish.",
				"Fluent Irish is a lovely bonus, but honestly not a must."}},
		"a kids' club, en": {category: "family", lang: "en",
			flagged: []string{"Ideal for someone with no kids, as the shifts run late."},
			clean:   []string{"Our guests must be 18+, so there's no kids' club to run."}},
		"back pain in a history, fr": {category: "health", lang: "fr",
			flagged: []string{"Pas d'antécédents de maux de dos (les manutentions sont quotidiennes)."}},
		"sight without correction": {category: "health", lang: "fr",
			flagged: []string{"Excellente vue sans correction et grande dextérité."}},
		"light duty, en": {category: "health", lang: "en",
			flagged: []string{"Must not be on any work restrictions or light duty."},
			clean:   []string{"Good eyesight (with or without glasses) and steady hands for fine work."}},
		"a faith shared, en": {category: "religion", lang: "en",
			flagged: []string{"We are a firm rooted in Judeo-Christian principles, and we look for colleagues who share them."}},
		"sweet and gentle, en": {category: "gender-coded", lang: "en",
			flagged: []string{"Sweet and gentle with clients, and quick with a file."}},
		"an English cliché in a French posting": {category: "age", lang: "fr",
			flagged: []string{"Rejoins une young and ambitious team au cœur de Lyon."}},
		"the Québec work hard": {category: "cliche", lang: "fr",
			flagged: []string{"On travaille fort pis on a du fun : fais-toi pas peur avec les rushs du samedi."}},
		"a cap in years at the bar, fr": {category: "age", lang: "fr",
			flagged: []string{"Avocat·e justifiant de 2 à 4 ans de barre maximum en corporate."}},
		"the nail trade's own work": {category: "appearance", lang: "fr",
			flagged: []string{"Ongles manucurés exigés."},
			clean:   []string{"Manucures et pédicures classiques et spa."}},
		"a fee the employer covers, fr": {category: "fee", lang: "fr",
			clean: []string{"La prise en charge des cours complémentaires et des frais d'inscription au Barreau."}},
		"an area, not a height, en": {category: "appearance", lang: "en",
			clean: []string{"You will run a 12,000 m² bonded warehouse and lead a team of 14 operators over two shifts."}},
		"a region, not a nationality, en": {category: "origin", lang: "en",
			clean: []string{"Spanish is a plus for our Latin American arbitration matters, ideally."}},
		"a target named by a label, fr": {category: "age", lang: "fr",
			flagged: []string{"L'énergie de nos voyageurs : on a tous moins de 30 ans."},
			clean:   []string{"Notre cible : les 18-30 ans, étudiants et jeunes actifs."}},
		"housing on the site, fr": {category: "fee", lang: "fr",
			clean: []string{"Logement sur l'exploitation : CHF 330.– par mois, déduit du salaire."}},
		"the bargaining unit stated, en": {category: "union", lang: "en",
			flagged: []string{"This is a non-union site, so don't apply if you plan to unionize."},
			clean:   []string{"Union: CUPE 503 (Inside/Outside)."}},
		"languages useful on the routes, en": {category: "origin", lang: "en",
			clean: []string{"Ability to communicate with riders and dispatch in English; Spanish, Amharic or Vietnamese is a plus on many of our routes."}},
		"a magazine's readers, fr": {category: "age", lang: "fr",
			clean: []string{"Contribuer à « Next Gen », le nouveau magazine hebdomadaire destiné aux 15-25 ans."}},
		"a record check weighed within the law, en": {category: "other-ground", lang: "en",
			clean: []string{"A criminal record check, assessed individually against the duties of the role and only as far as permitted by the BC Human Rights Code."}},
		"the vehicle parked near home, fr": {category: "residence", lang: "fr",
			flagged: []string{"Vous devez habiter à proximité du dépôt.",
				"Because parking in town is impossible, we only consider applicants living within a 10-minute walk of the hotel."},
			clean: []string{"Car attitré, stationnement possible à proximité de votre domicile selon les circuits."}},
		"the age with the name, en": {category: "personal-data", lang: "en",
			flagged: []string{"WhatsApp us with your name, age and phone number."},
			clean:   []string{"Send us your name, agency and phone number."}},
	})
}

// TestDetectLangFrenchTitle: a posting split between French and English
// headings is read in the language its title names the job in.
func TestDetectLangFrenchTitle(t *testing.T) {
	body := "\n\n## Ce que tu feras\n- Concevoir et livrer des fonctionnalités de bout en bout avec l'équipe\n" +
		"- Participer aux choix d'architecture et à la revue de code des développeurs\n\n" +
		"## About the team\nOur tech team is fully international and works in English day to day. We ship to production " +
		"several times a day and we care deeply about the developer experience of the whole team.\n\n" +
		"## Ce qu'on cherche\n- Cinq ans d'expérience dans le développement web, et le goût de la qualité\n" +
		"- Tu aimes transmettre ce que tu sais et tu as envie de faire grandir les plus jeunes de l'équipe\n\n" +
		"## What we offer\n- A yearly learning budget and a laptop of your choice\n\n## Process\nSend us your resume.\n"
	for title, want := range map[string]string{
		"# Développeur Full-Stack Senior – Nantes": "fr",
		"# Full-Stack Developer – Nantes":          "en",
	} {
		d, err := ParseMarkdown("posting.md", "", []byte(title+body))
		if err != nil {
			t.Fatal(err)
		}
		if d.Lang != want {
			t.Errorf("%q: language %s, want %s", title, d.Lang, want)
		}
	}
}

// TestFrenchElisionJoins: in French, an elided word joins the next one
// with no space ("pas d'antécédents"): a pattern that puts one after it
// ("(?:sans|pas d') antécédents") never matches the elided form.
func TestFrenchElisionJoins(t *testing.T) {
	for n, line := range strings.Split(phrasesTSV, "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 7 || f[1] != "fr" {
			continue
		}
		for _, p := range f[4:7] {
			for i := 0; i+3 < len(p); i++ {
				group := p[i] == '\'' && (p[i+1] == '|' || p[i+1] == ')')
				if !group {
					continue
				}
				// the alternative ends the group, or a later one does: the
				// space after the group's end must be optional
				end := strings.IndexByte(p[i:], ')')
				if end < 0 || strings.LastIndexByte(p[i:i+end], '(') >= 0 {
					continue
				}
				if rest := p[i+end+1:]; strings.HasPrefix(rest, " ") && !strings.HasPrefix(rest, " ?") {
					t.Errorf("phrases.tsv:%d: %q: an elision followed by a space never matches; put the space in the other alternatives", n+1, p)
					break
				}
			}
		}
	}
}

// TestTitlesOfTheWater: job names of boats, locks and workshops are read
// in their masculine and feminine forms.
func TestTitlesOfTheWater(t *testing.T) {
	for _, title := range []string{"# Matelot – Saison 2026", "# Éclusier – Canal de Bourgogne", "# Luthier (CDI)", "# Polisseuse – Atelier horloger"} {
		var got []string
		for _, f := range lintText(t, "fr", Markdown, title+"\n\nVous rejoignez l'équipe.\n", nil) {
			if f.Rule == "inclusive-title" {
				got = append(got, f.Message)
			}
		}
		if len(got) == 0 {
			t.Errorf("%q: no inclusive-title finding", title)
		}
	}
}

// TestPayFindings: the one pay-range finding a posting gets, quoting
// what stands where the pay should be. A ceiling or an amount on a perk
// is not the pay, so it hides neither the pay nor its floor.
func TestPayFindings(t *testing.T) {
	for _, c := range []struct{ text, quote string }{
		{"# Litigation Paralegal\n\nFull-time. Compensation: $70,000+ DOE.\n\n## Benefits\n\n" +
			"- A tuition reimbursement program of up to $5,000 per year\n", "$70,000+"},
		{"# Video Producer\n\n## Pay\n\n- $70,000+ DOE\n- $1,000 annual gear and learning stipend, paid by us\n", "$70,000+"},
		{"# Pourman\n\nTop pay for the right candidate.\n", "Top pay for the right candidate"},
	} {
		var got []string
		for _, f := range lintText(t, "en", Markdown, c.text, nil) {
			if f.Rule == "pay-range" {
				got = append(got, f.Message)
			}
		}
		if len(got) != 1 || !strings.Contains(got[0], c.quote) {
			t.Errorf("%q: pay-range findings %q, want one quoting %q", c.text, got, c.quote)
		}
	}
}

// TestDetectLangTutoiement: a French posting that says "tu" is read as
// French by its headings ("Ton quotidien", "Ton profil") when its other
// sections are in English.
func TestDetectLangTutoiement(t *testing.T) {
	text := "# Full-Stack Developer (H/F) – Lyon\n\n## About us\n\nWe are a start-up of 28 people and we raised a round last year.\n\n" +
		"## Ton quotidien\n\n- Tu développes de nouvelles fonctionnalités de bout en bout avec la squad\n- Tu participes aux revues de code et à la CI\n\n" +
		"## Ton profil\n\n- Tu as trois ans d'expérience sur un poste similaire\n- Tu lis la documentation en anglais sans souci\n\n" +
		"## What we offer\n\n- A permanent contract and a laptop of your choice\n\n## Le process\n\n1. Un appel de 30 minutes avec notre équipe\n"
	d, err := ParseMarkdown("posting.md", "", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if d.Lang != "fr" {
		t.Errorf("language %s, want fr", d.Lang)
	}
}
