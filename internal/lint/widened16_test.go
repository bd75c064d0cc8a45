package lint

import (
	"slices"
	"strings"
	"testing"
)

// TestOtherLanguageParts: a section or a paragraph of a posting written
// in the other language is read with that language's phrases: what it
// asks of candidates is asked all the same. A short line of that language
// in a posting's own (a product name, a quote) is not.
func TestOtherLanguageParts(t *testing.T) {
	fr := "# Développeur web (H/F)\n\nNous sommes une agence de Lyon qui conçoit des sites pour les artisans et les commerçants de la région depuis dix ans.\n\n" +
		"## Vos missions\n\n- Développer les nouvelles fonctionnalités du site\n- Participer aux revues de code avec l'équipe\n\n"
	en := "# Web Developer\n\nWe are an agency in Leeds that builds websites for the shops and trades of the region, and we have done so for ten years.\n\n" +
		"## What you will do\n\n- Build the new features of the site\n- Take part in code reviews with the team\n\n"
	for _, c := range []struct {
		lang, doc, want string
	}{
		{"fr", fr + "## What we offer\n\n- Competitive salary + BSPCE\n- Hybrid work: 3 days a week at the office\n- A learning budget of €1,500 per year for the team\n", "pay-range"},
		{"fr", fr + "## About the team\n\nOur tech team is fully international and all our code reviews are in English. Native English speakers will feel right at home with us.\n", "origin"},
		{"en", en + "## Votre profil\n\nVous êtes de nationalité française et vous avez moins de 30 ans, pour rejoindre une équipe jeune.\n", "origin"},
		{"en", en + "## Votre profil\n\nVous êtes de nationalité française et vous avez moins de 30 ans, pour rejoindre une équipe jeune.\n", "age"},
	} {
		var got []string
		for _, f := range lintMarkdown(t, c.lang, c.doc) {
			if f.Severity >= Warning && f.Category == c.want && f.Line > 1 {
				got = append(got, f.Message)
			}
		}
		if len(got) == 0 {
			t.Errorf("%s posting with a part in the other language: no %s finding in\n%s", c.lang, c.want, c.doc)
		}
	}
	// A motto in English inside a French sentence is French text.
	got := strings.Join(scoredAt(t, "fr", Markdown, fr+"## Notre devise\n\nChez nous, « work smart » veut dire des horaires clairs et un salaire de 38 000 à 42 000 € brut par an.\n", 0), " ")
	if got != "" {
		t.Errorf("a French posting quoting an English motto: findings %s", got)
	}
}

// TestDepositsAndWelcomes: a deposit with its amount is a payment asked,
// unless it is the customers' or the tenants' the job handles; the
// third-party payment of a pharmacy is no payment asked; body art
// welcomed is no rule on it.
func TestDepositsAndWelcomes(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"deposit, fr": {category: "fee", lang: "fr",
			flagged: []string{"Matos pro fourni contre 150 € de caution pour la machine du studio.", "Un dépôt de garantie de 200 € est demandé à l'embauche."},
			clean: []string{"Vous encaissez les 800 € de caution des locataires.", "Tenue du tiers payant avec les caisses maladie et les mutuelles.",
				"Vous gérez le tiers-payant et les dossiers des patients."}},
		"deposit, en": {category: "fee", lang: "en",
			flagged: []string{"A £200 refundable deposit for your toolkit is taken on day one.", "New starters leave a $100 cash deposit for the uniform."},
			clean:   []string{"You will process £200 deposits from tenants.", "Hire bikes need a £50 deposit per booking."}},
		"body art, en": {category: "appearance", lang: "en",
			flagged: []string{"No visible tattoos, no exceptions.", "Tattoos must be covered at all times."},
			clean:   []string{"Visible tattoos obviously welcome.", "Tattoos and piercings are absolutely fine here.", "Beards welcome."}},
		"body art, fr": {category: "appearance", lang: "fr",
			flagged: []string{"Pas de tatouages visibles."},
			clean:   []string{"Tatouages et piercings : aucun souci.", "Tatouages bienvenus, évidemment."}},
	})
}

// TestOneProblemOneFinding: a warning of a sentence and the error of its
// category there are one problem, quoted from the first words to the last.
func TestOneProblemOneFinding(t *testing.T) {
	l, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse("p", "en", Text, []byte("You'll fit right into our young crew – most of the team are in their early twenties."))
	if err != nil {
		t.Fatal(err)
	}
	var age []Finding
	for _, f := range l.Lint(d).Findings {
		if f.Category == "age" && f.Severity >= Warning {
			age = append(age, f)
		}
	}
	if len(age) != 1 || !strings.HasPrefix(age[0].Message, `"young crew – most of the team are in their early twenties"`) || age[0].Col != 27 {
		t.Errorf("age findings %+v, want one error quoting from \"young crew\" to \"twenties\", at column 27", age)
	}
}

// TestWidenedGrounds16: a stage of life asked in other words, a cap on
// years in a trade written "max", a faith the candidate would feel at
// home with, a hairstyle or make-up kept to a standard, and a concept
// said after a phrase in one sentence.
func TestWidenedGrounds16(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"age, en": {category: "age", lang: "en",
			flagged: []string{"We find a more mature presence reassures customers.", "This role suits someone with some life behind them.",
				"Max 10 years in the trade.", "We want someone hungry, not set in their ways."},
			clean: []string{"At least 10 years in the trade.", "You will support mature students returning to study.", "Old machines set in their ways need patience."}},
		"religion, en": {category: "religion", lang: "en",
			flagged: []string{"Many families we serve come from the parish, and a churchgoer would feel at home here."},
			clean:   []string{"You'll feel at home in our friendly team, whatever your faith."}},
		"appearance, en": {category: "appearance", lang: "en",
			flagged: []string{"Hair in a conventional, conservative style at all times.", "With make-up and hair done to a polished standard every day."},
			clean:   []string{"You will do clients' hair and make-up for weddings.", "Our brand has a conservative style of communication."}},
	})
	got := strings.Join(scoredAt(t, "en", Text, "Always well groomed, with make-up and hair done to a polished standard every day.", 0), " ")
	if got != "appearance(discrimination)" {
		t.Errorf("a phrase and a concept of one ground in a sentence: findings %s, want one appearance finding", got)
	}
}

// TestWidenedGrounds16b: a competitive spirit asked, the gender on an
// identity document, school runs turned away, a history of back problems
// ruled out by someone who would "consider people with" none, a record
// barred by someone who would "take on people with" none, and a pronoun
// after the working days, which are no person it could stand for.
func TestWidenedGrounds16b(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"gender-coded, en": {category: "gender-coded", lang: "en",
			flagged: []string{"A competitive spirit and a sales mindset.", "You thrive on competition."},
			clean:   []string{"You'll track competitive pricing across the region.", "We pay a competitive salary of £30,000 to £34,000."}},
		"orientation, en": {category: "orientation", lang: "en",
			flagged: []string{"Professional appearance consistent with the gender on your ID."},
			clean:   []string{"Record the gender on the patient's chart as they state it, your choice of uniform applies."}},
		"family, en": {category: "family", lang: "en",
			flagged: []string{"Split shifts, perfect if you're not juggling school runs."},
			clean:   []string{"Flexible hours so you can do the school run."}},
		"health, en": {category: "health", lang: "en",
			flagged: []string{"We can only consider people with no history of back or joint problems."},
			clean:   []string{"You will support people with no history of mental health problems to stay well."}},
		"other ground, en": {category: "other-ground", lang: "en",
			flagged: []string{"We can only take on people with no criminal record whatsoever."},
			clean:   []string{"We work with people with a criminal record to find jobs."}},
	})
	got := strings.Join(scoredAt(t, "en", Markdown, "# Production Supervisor\n\nWe need a Production Supervisor for our 2nd shift (Monday to Friday, some Saturdays). He will oversee a crew of 30.", 0), " ")
	if got != "sex(discrimination)" {
		t.Errorf("a pronoun after the working days: findings %s, want a sex finding", got)
	}
}

// TestServedAndCited16: the parents a tutor's families are, every faith
// respected and a figure that is a title of a code are no criterion; two
// warnings of one ground in a sentence are one finding.
func TestServedAndCited16(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"family, en": {category: "family", lang: "en",
			flagged: []string{"Ideal for parents returning to work."},
			clean:   []string{"Tutors who speak Malay preferred, as the parents feel more comfortable.", "You will work with parents and teachers."}},
		"religion, en": {category: "religion", lang: "en",
			clean: []string{"Respectful of every faith and of families with no faith at all."}},
		"age, en": {category: "age", lang: "en",
			flagged: []string{"Applicants must be under 49."},
			clean:   []string{"A medical certificate, as required for CDL holders under 49 C.F.R. 391.41."}},
	})
	got := scoredAt(t, "en", Text, "Max 10 years in the trade – we want someone still hungry, not set in their ways.", 0)
	if strings.Join(got, " ") != "age(age-limit)" {
		t.Errorf("two age warnings in a sentence: findings %v, want one", got)
	}
}

// TestWidenedFrench16: the reader addressed in the feminine only, a
// pronoun after the team's size, a woman sought in other words, the
// couple's wife given her post, a body that must match the brand, an iron
// constitution, and titles that name one gender.
func TestWidenedFrench16(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"sex, fr": {category: "sex", lang: "fr",
			flagged: []string{"Rattachée à la gouvernante générale, vous encadrez une équipe de huit personnes.", "Vous pourrez aussi être amenée à faire des retouches.",
				"Nous cherchons idéalement une dame habituée au repassage.", "Idéal pour un couple : Madame pourrait renforcer l'équipe au caveau.",
				"Au sein d'une équipe de cinq personnes, elle saura conseiller notre clientèle."},
			clean: []string{"Rattaché·e à la gouvernante générale, vous encadrez une équipe de huit personnes.", "Vous pourrez être amené·e à faire des retouches.",
				"Basée à Lyon, notre société vous accueille dans une équipe de cinq personnes."}},
		"appearance, fr": {category: "appearance", lang: "fr",
			flagged: []string{"Un physique en accord avec notre image premium."},
			clean:   []string{"Le travail est physique : port de charges jusqu'à 15 kg."}},
	})
	checkFrenchTitles(t, map[string]string{"Lingère – Blanchisserie industrielle": "lingère", "Collaborateur en droit social – Paris 8e": "collaborateur",
		"Tuteur en mathématiques": "tuteur", "Tuteur·rice en mathématiques": ""})
}

func lintMarkdown(t *testing.T, lang, doc string) []Finding {
	t.Helper()
	return lintText(t, lang, Markdown, doc, nil)
}

// checkFrenchTitles checks the inclusive-title finding on each title: one
// naming the word given, none for "".
func checkFrenchTitles(t *testing.T, titles map[string]string) {
	t.Helper()
	for title, want := range titles {
		got := ""
		for _, f := range lintMarkdown(t, "fr", "# "+title+"\n\nNous recrutons pour notre équipe de Lille une personne motivée.\n") {
			if f.Rule == "inclusive-title" {
				got = f.Message
			}
		}
		if want == "" && got != "" || want != "" && !strings.Contains(got, `"`+want+`"`) {
			t.Errorf("title %q: inclusive-title finding %q, want one naming %q", title, got, want)
		}
	}
}

// TestWidenedFrench16b: a credit check run on every applicant, passion
// asked of the candidate, new blood for an ageing workshop, profiles that
// are "not politicised", and a generation named by what it grew up with.
func TestWidenedFrench16b(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"other ground": {category: "other-ground", lang: "fr",
			flagged: []string{"Nous procédons aussi à une vérification de crédit pour tous nos tuteurs."},
			clean:   []string{"Vous réalisez les vérifications de crédit de nos clients pour la banque."}},
		"cliche, fr": {category: "cliche", lang: "fr",
			flagged: []string{"Passionné par le bel ouvrage et le travail bien fait.", "Vous êtes passionné·e, prêt·e à vous lever tôt."},
			clean:   []string{"L'atelier a été repris par une cheffe passionnée de typographie.", "Pixelbleu, c'est 28 passionnés qui conçoivent des sites."}},
		"age, fr": {category: "age", lang: "fr",
			flagged: []string{"Pour apporter du sang neuf à un atelier vieillissant.", "Si t'as grandi avec les Skyblog et MySpace, tu vas te sentir chez toi."},
			clean:   []string{"Nos équipements vieillissants seront remplacés en 2027."}},
		"union, fr": {category: "union", lang: "fr",
			flagged: []string{"Nous privilégions des profils apaisés et non politisés."},
			clean:   []string{"Vous couvrirez un sujet très politisé pour le journal."}},
		"age, en": {category: "age", lang: "en",
			flagged: []string{"If you grew up on MTV and Game Boys, you'll fit right in."},
			clean:   []string{"Our founder grew up in the 90s in Leeds."}},
	})
}

// TestWidenedFrench16c: a nationality asked beside a refusal to obtain a
// permit, a team's age after a colon, a district one must live in, a
// record of any kind, a clean medical file and a young voice.
func TestWidenedFrench16c(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"origin, fr": {category: "origin", lang: "fr",
			flagged: []string{"Nationalité française ou européenne exigée, nous ne faisons pas les démarches de titre de séjour."},
			clean:   []string{"Nationalité française, européenne ou titre de séjour autorisant le travail."}},
		"origin, en": {category: "origin", lang: "en",
			clean: []string{"Right to work in the UK required (British, Irish or settled status); we cannot sponsor visas."}},
		"age, fr": {category: "age", lang: "fr",
			flagged: []string{"Tu as l'énergie de nos voyageurs : on a tous moins de 30 ans ici !", "Une voix jeune et pêchue pour la matinale."},
			clean:   []string{"Public : jeunes de 11 à 17 ans, en soirée."}},
		"residence, fr": {category: "residence", lang: "fr",
			flagged: []string{"Comme il n'y a pas de transport la nuit, tu habites le 1er, le 2e ou le 3e arrondissement."}},
		"other ground, fr": {category: "other-ground", lang: "fr",
			flagged: []string{"Aucun antécédent judiciaire, quel qu'il soit."}},
		"health, fr": {category: "health", lang: "fr",
			flagged: []string{"Dossier de santé vierge exigé."}},
	})
}

// TestWidenedGrounds16c: a settled address for a time, a traditional
// view of marriage, a cap on years "preferred", a candidate described as
// "himself", a young graduate's energy, a bad back, a record of any kind,
// make-up and uniform sizes, religious headwear named after headwear; a
// European language, early school leavers served, a licence the employer
// pays for and a family club are none of these.
func TestWidenedGrounds16c(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"residence, en": {category: "residence", lang: "en",
			flagged: []string{"A settled address in Galway for at least 12 months."},
			clean:   []string{"You will check the address of each tenant in Galway."}},
		"orientation, en": {category: "orientation", lang: "en",
			flagged: []string{"You uphold traditional views on marriage."}},
		"age, en": {category: "age", lang: "en",
			flagged: []string{"3+ years of experience (no more than 5 years preferred, as we like to train people).", "Ideally you bring fresh-graduate energy."},
			clean:   []string{"We work with young people aged 11 to 19, with a particular focus on early school leavers."}},
		"sex, en": {category: "sex", lang: "en",
			flagged: []string{"Ideally an ex-player himself."}},
		"health, en": {category: "health", lang: "en",
			flagged: []string{"Must be fit, with no history of a bad back."}},
		"other ground, en": {category: "other-ground", lang: "en",
			flagged: []string{"No one with a record, period.", "Credit check required; applicants with recent defaults need not apply."}},
		"appearance, en": {category: "appearance", lang: "en",
			flagged: []string{"Hair and make-up done every shift.", "Able to fit our uniform sizes (8–10)."}},
		"religion, en": {category: "religion", lang: "en",
			flagged: []string{"Headwear, including religious headwear, is not part of our look."}},
		"origin, en": {category: "origin", lang: "en",
			clean: []string{"Any other European language is a bonus: we get lots of French groups."}},
		"fee, en": {category: "fee", lang: "en",
			clean: []string{"To pass the D4 medical the law requires for a bus licence – we book it and pay for it."}},
		"cliche, en": {category: "cliche", lang: "en",
			clean: []string{"We're a family club run by volunteers since 1962."}},
	})
	got := scoredAt(t, "en", Text, "Headwear, including religious headwear, is not part of our look.", 0)
	if len(got) != 1 {
		t.Errorf("headwear named twice in a sentence: findings %v, want one", got)
	}
}

// TestWidenedFrench16d: a copy of an identity document, a distance from
// unions, a barrister's current fee share, a swearing-in window, a dress
// that must match the civil register, a feminine participle opening a
// profile's line; a title that names a job by its sex in words.
func TestWidenedFrench16d(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"personal data, fr": {category: "personal-data", lang: "fr",
			flagged: []string{"Envoyez votre CV et une copie de votre pièce d'identité."},
			clean:   []string{"Vous contrôlez la copie de la pièce d'identité des clients."}},
		"personal data, en": {category: "personal-data", lang: "en",
			flagged: []string{"Send your CV and a copy of your passport."},
			clean:   []string{"You will check a copy of the passport of each guest."}},
		"union, fr": {category: "union", lang: "fr",
			flagged: []string{"Un profil éloigné des logiques syndicales."}},
		"pay history, fr": {category: "pay-history", lang: "fr",
			flagged: []string{"Indiquez le montant de votre rétrocession actuelle."}},
		"age, fr": {category: "age", lang: "fr",
			flagged: []string{"Avocat·e ayant prêté serment entre 2020 et 2022."},
			clean:   []string{"Inscrit·e au barreau depuis 2018 au moins."}},
		"orientation, fr": {category: "orientation", lang: "fr",
			flagged: []string{"Pour les vidéos, tenue masculine ou féminine conforme à votre état civil."}},
		"family, fr": {category: "family", lang: "fr",
			flagged: []string{"Indiquez votre état civil et le nombre de vos enfants."}},
	})
	doc := "# Prothésiste ongulaire\n\nNotre bar à ongles de Namur recrute.\n\n## Profil\n\n- Diplômée ou en cours de formation en prothésie ongulaire\n\nUne conserverie spécialisée dans les produits de la mer, issue du groupe Breizh.\n"
	var sex []string
	for _, f := range lintMarkdown(t, "fr", doc) {
		if f.Category == "sex" && f.Severity >= Warning {
			sex = append(sex, f.Message)
		}
	}
	if len(sex) != 1 || !strings.HasPrefix(sex[0], `"Diplômée ou"`) {
		t.Errorf("sex findings %q, want one on \"Diplômée ou\"", sex)
	}
	checkFrenchTitles(t, map[string]string{"Agent d'entretien / Femme de ménage – Lille": "femme de ménage", "Femme de chambre (H/F)": "femme de chambre",
		"Valet ou femme de chambre": "", "Homme ou femme de ménage": ""})
}

// TestOneListOneRequest: a list of data asked is one problem, filed as
// personal data when its items reveal several grounds, under the ground
// when they reveal one; requests apart in a sentence stay apart; a
// document and what it states is the ground it reveals.
func TestOneListOneRequest(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       []string
	}{
		{"en", "To apply, state your race, religion and marital status in your email.", []string{"personal-data"}},
		{"fr", "Envoie ton dossier complet (CV avec photo, date de naissance et état civil, copies des diplômes).", []string{"personal-data"}},
		{"fr", "Joindre au dossier un certificat médical de bonne santé de moins de trois mois.", []string{"health"}},
		{"en", "Tell us about your family medical history.", []string{"other-ground"}},
	} {
		var got []string
		for _, f := range lintMarkdown(t, c.lang, c.text) {
			if f.Severity >= Warning && f.Category != "" && f.Rule != "pay-range" && f.Rule != "fr-undated" && f.Rule != "inclusive-title" && f.Rule != "completeness" {
				got = append(got, f.Category)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: finding categories %v, want %v", c.text, got, c.want)
		}
	}
}

// TestWidenedGrounds16d: caregiving and childcare issues ruled out, a
// team in its twenties, an age with a plus that fits best, empty nesters,
// a school-leaving year or later, bad backs, a team culture by the
// language it speaks, a sick-leave history, a medical file to attach (the
// health it reveals),
// care constraints "incompatible", a post "non adapté" to disabled
// workers, a deposit asked by its amount; a terminal one lives in, the
// youth law and training the employer pays for are none.
func TestWidenedGrounds16d(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"family, en": {category: "family", lang: "en",
			flagged: []string{"Free of caregiving commitments.", "No childcare issues that could affect the rotating shift pattern."}},
		"age, en": {category: "age", lang: "en",
			flagged: []string{"We're a high-energy crew, most of us in our 20s.", "Mature, grounded team – 35+ fits best on nights.",
				"Perfect for empty nesters wanting part-time work.", "Leaving Cert 2022 or later preferred."},
			clean: []string{"Leaving Cert or equivalent."}},
		"health, en": {category: "health", lang: "en",
			flagged: []string{"Fit and active – no bad backs.", "No sick-leave history in the last two years."}},
		"origin, en": {category: "origin", lang: "en",
			flagged: []string{"You'll fit our Chinese-speaking team culture."},
			clean:   []string{"You'll support our Chinese-speaking clients."}},
		"residence, en": {category: "residence", lang: "en",
			clean: []string{"You are happiest living in the terminal."}},
		"fee, en": {category: "fee", lang: "en",
			clean: []string{"Able to attend our safety training before going to sea, which we provide and pay for."}},
		"family, fr": {category: "family", lang: "fr",
			flagged: []string{"Horaires incompatibles avec des contraintes de garde d'enfants."}},
		"health, fr": {category: "health", lang: "fr",
			flagged: []string{"Poste non adapté aux personnes bénéficiant d'une RQTH."}},
		"health data, fr": {category: "health", lang: "fr",
			flagged: []string{"Le dossier médical à joindre à la candidature."}},
		"fee, fr": {category: "fee", lang: "fr",
			flagged: []string{"La tenue et les couteaux sont fournis contre une caution de 150 €, retenue sur le premier salaire."}},
		"age, fr": {category: "age", lang: "fr",
			clean: []string{"Notre projet éducatif, prévu par la loi du 4 juillet 2008 sur la jeunesse, l'exige."}},
	})
}

// TestWidenedGrounds16e: a young team, a career's start, a man in his
// twenties, anyone beyond so many years, a single man preferred, guys who
// have done the work, a satisfactory credit report, a toned beach look, a
// saleslady, a sum the employer takes for the kit, a competitor's mind, a
// cap on years of practice, a cabin crew title in the feminine; a
// requirement denied, a record check an aviation rule mandates and fees
// the firm reimburses are none of these.
func TestWidenedGrounds16e(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"age, en": {category: "age", lang: "en",
			flagged: []string{"Our current team is young and lively.", "Ideal for someone early in their working life.", "Ideally in his twenties.",
				"We're not looking for anyone beyond 8 years."},
			clean: []string{"You will mentor colleagues early in their career."}},
		"family, en": {category: "family", lang: "en",
			flagged: []string{"Single man preferred, as the cottage is small."}},
		"sex, en": {category: "sex", lang: "en",
			flagged: []string{"Guys who've worked a warehouse will settle in fast."}},
		"other ground, en": {category: "other-ground", lang: "en",
			flagged: []string{"Offer subject to a satisfactory credit report."},
			clean:   []string{"Able to pass the FAA/TSA-mandated 10-year criminal history records check required for a SIDA airport badge."}},
		"appearance, en": {category: "appearance", lang: "en",
			flagged: []string{"A toned, sun-kissed beach look is a must."}},
		"fee, en": {category: "fee", lang: "en",
			flagged: []string{"We take £60 for your harness and uniform."},
			clean:   []string{"Notary Public commission preferred (the firm will reimburse application fees).", "A full driving licence – we'll take it from there."}},
		"origin, en": {category: "origin", lang: "en",
			clean: []string{"Experience gained in any country is considered equally; we do not require Canadian work experience."}},
		"gender-coded, fr": {category: "gender-coded", lang: "fr",
			flagged: []string{"Un mental de compétiteur."}},
		"age, fr": {category: "age", lang: "fr",
			flagged: []string{"3 à 5 ans de pratique maximum.", "Entre 3 et 8 ans d'expérience, pas plus."}},
	})
	checkFrenchTitles(t, map[string]string{"Hôtesse de l'air / Agent de bord": "hôtesse de l'air", "Hôtesse de l'air ou steward": ""})
	found := false
	for _, f := range lintMarkdown(t, "en", "# Saleslady (Fine Jewellery) – Orchard Road\n\nWe are hiring for our Orchard Road boutique.") {
		// in English as in French a job name in one gender is a title
		// to make inclusive, as readers of English postings label it
		found = found || f.Rule == "inclusive-title" && f.Category == "inclusive-title" && f.Severity >= Warning
	}
	if !found {
		t.Error("a title naming a saleslady: no inclusive-title finding")
	}
}

// TestWidenedGrounds16f: a post reserved to a woman and a woman by the
// civil register, a "feminine" meticulousness, a convictional sign, a
// "European" profile in quotes, care duties ruled out, a functional
// limitation, glasses refused, a banking incident, a start-up at heart, a
// minimum height, a proof of address asked; an Irish-language test, an
// equity programme's invitation, a check a law requires and the fans a
// club serves are none.
func TestWidenedGrounds16f(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"sex, fr": {category: "sex", lang: "fr",
			flagged: []string{"Poste réservé à une candidate.", "Nous misons sur la minutie féminine."}},
		"orientation, fr": {category: "orientation", lang: "fr",
			flagged: []string{"Une candidate femme à l'état civil, pour le confort de nos clientes."}},
		"religion, fr": {category: "religion", lang: "fr",
			flagged: []string{"Aucun signe convictionnel, y compris hors antenne."}},
		"origin, fr": {category: "origin", lang: "fr",
			flagged: []string{"Profil « européen » demandé par le client."},
			clean:   []string{"Le néerlandais est un atout pour nos supporters flamands."}},
		"family, fr": {category: "family", lang: "fr",
			flagged: []string{"Pas d'impératifs de garde le soir."}},
		"health, fr": {category: "health", lang: "fr",
			flagged: []string{"Aucune limitation fonctionnelle.", "Lunettes non acceptées."}},
		"other ground, fr": {category: "other-ground", lang: "fr",
			flagged: []string{"Aucun incident bancaire."}},
		"personal data, fr": {category: "personal-data", lang: "fr",
			flagged: []string{"Joignez une copie de l'attestation de domicile."}},
		"cliche, en": {category: "cliche", lang: "en",
			flagged: []string{"We're a start-up at heart."}},
		"appearance, en": {category: "appearance", lang: "en",
			flagged: []string{"Candidates must be a minimum height of 5ft 10in."}},
		"origin, en": {category: "origin", lang: "en",
			clean: []string{"Candidates will then be invited to an interview and an oral Irish test."}},
		"other ground, en": {category: "other-ground", lang: "en",
			clean: []string{"You must complete a criminal record check, as required by the Criminal Records Review Act."}},
		"fee, en": {category: "fee", lang: "en",
			clean: []string{"Notary Public commission a plus (the Firm covers the application fee)."}},
	})
}

// TestLaterRefundAndAssembly: a fee refunded after a trial period is
// still a fee asked, quoted with its amount; a job word after a noun of
// work ("d'assemblage horloger") agrees with it and names no second
// person.
func TestLaterRefundAndAssembly(t *testing.T) {
	got := ""
	for _, f := range lintMarkdown(t, "fr", "Frais de dossier et tenue : 35 € à régler à l'inscription, remboursés après la période d'essai.") {
		if f.Category == "fee" {
			got = f.Message
		}
	}
	if !strings.Contains(got, "35 € à régler") {
		t.Errorf("a fee refunded later: finding %q, want one quoting the amount to pay", got)
	}
	checkClasses(t, map[string]classCase{
		"fee, fr": {category: "fee", lang: "fr",
			clean: []string{"Formation de 300 € remboursée par l'OPCO."}},
	})
	checkFrenchTitles(t, map[string]string{"Opératrice d'assemblage horloger (H/F)": "opératrice"})
}
