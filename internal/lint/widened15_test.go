package lint

import (
	"strings"
	"testing"
)

// TestPronounAfterTheJobsName: a pronoun after the job's own name or a
// place ("an experienced Night Porter…", "Leeds City Council…") stands
// for the job holder; after a person's name it stands for that person.
func TestPronounAfterTheJobsName(t *testing.T) {
	for _, c := range []struct {
		doc  string
		want bool
	}{
		{"# Night Porter – Harrogate\n\nWe are looking for a reliable Night Porter for our spa hotel. He will lock up, check the fire panel and greet late guests.", true},
		{"# Site Administrator\n\nOur Sheffield Depot needs an organised Site Administrator. She'll be the first point of contact for drivers.", true},
		{"# Site Administrator\n\nYou will work beside our office manager, Priya Shah. She will train you on the booking system.", false},
	} {
		got := strings.Join(scoredAt(t, "en", Markdown, c.doc, 0), " ")
		if strings.Contains(got, "sex(") != c.want {
			t.Errorf("%q: findings %v, want a sex finding: %v", c.doc, got, c.want)
		}
	}
}

// TestResidenceInMinutes: a home within so many minutes of the site is a
// residence condition; the minutes are a response time only beside an
// on-call word.
func TestResidenceInMinutes(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"residence in minutes, fr": {category: "residence", lang: "fr",
			flagged: []string{"Domicile à moins de 15 minutes de l'entrepôt exigé.", "Vous habitez impérativement à moins de 25 minutes de l'agence."},
			clean:   []string{"Astreinte une semaine sur cinq : domicile à moins de 30 minutes de l'usine exigé pour intervenir.", "L'agence est à 10 minutes à pied de la gare."}},
		"residence in minutes, en": {category: "residence", lang: "en",
			flagged: []string{"You must live within 15 minutes of the store.", "Home within 20 minutes of the depot is essential."},
			clean:   []string{"On-call rota: you must live within 30 minutes of the hospital to respond to emergencies.", "The depot is 20 minutes from the city centre by bus."}},
	})
}

// TestWidenedGrounds15: a figure of the team's average age, a cap on
// post-qualification experience or in brackets after the years, a
// graduation year after the subject, a look groomed to perfection, a
// deposit taken from the first pay, a clean criminal record, a team of
// one sex, the reader addressed in the feminine only, a medical history
// ruled out, teeth asked for, the candidate as part of a young audience,
// sex at birth, and pay left to the profile.
func TestWidenedGrounds15(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"age, en": {category: "age", lang: "en",
			flagged: []string{"A friendly crew, average age 24.", "Up to 4 years' PQE in commercial property.", "Three to six years of agency experience (not more than 6, please).",
				"Ideally you're one of the Gen Z audience our app speaks to."},
			clean: []string{"The average age of our fleet is 3 years.", "At least 2 years' PQE.", "Our app speaks to a young audience."}},
		"age, fr": {category: "age", lang: "fr",
			flagged: []string{"Diplômée en comptabilité après 2019 uniquement."},
			clean:   []string{"Diplôme obtenu, ou en cours, en comptabilité."}},
		"appearance": {category: "appearance", lang: "en",
			flagged: []string{"Staff must be impeccably groomed at all times.", "You have a polished, professional look that suits our brand.",
				"Someone with the right look for our front desk."},
			clean: []string{"You will keep the dogs groomed and walked.", "You create on-trend looks for our clients.", "You bring a fresh look at our processes."}},
		"appearance, fr, make-up": {category: "appearance", lang: "fr",
			flagged: []string{"Tenue soignée, coiffure et maquillage discret en toutes circonstances."},
			clean:   []string{"Vous réalisez des maquillages naturels pour nos clientes.", "Vous proposez un maquillage léger aux mariées."}},
		"appearance, fr": {category: "appearance", lang: "fr",
			flagged: []string{"Sourire éclatant et dentition parfaite exigés."},
			clean:   []string{"Vous redonnez des dents blanches à nos patients."}},
		"fee": {category: "fee", lang: "en",
			flagged: []string{"A $90 uniform deposit is taken from your first paycheck.", "You will pay for your own uniform (£45)."},
			clean:   []string{"Uniforms are provided free of charge.", "The Council will pay for the licence course and your renewals."}},
		"other-ground, fr": {category: "other-ground", lang: "fr",
			flagged: []string{"Soyons clairs : pas de personnes hébergées en foyer.", "Une remarque, pas de candidats sans domicile fixe."},
			clean:   []string{"Nous accompagnons les personnes hébergées en foyer, sans domicile fixe ou isolées."}},
		"other-ground": {category: "other-ground", lang: "en",
			flagged: []string{"Applicants must have a spotless criminal record."},
			clean:   []string{"A clean driving record is required for this driving role."}},
		"sex, en": {category: "sex", lang: "en",
			flagged: []string{"You'll join an all-male warehouse team.", "We're hiring a foreman for our Leeds site."},
			clean:   []string{"Our team is 60% women and 40% men.", "At least 5 years' experience as a foreman or supervisor on site."}},
		"sex, fr": {category: "sex", lang: "fr",
			flagged: []string{"Notre bureau est exclusivement masculin.", "Partante ? Écrivez-nous.", "Brigade 100 % masculine, ambiance vestiaire garantie."},
			clean:   []string{"Partant·e ? Écrivez-nous.", "Intéressé(e) ? Envoyez votre CV."}},
		// nurturing traits asked in the feminine picture a woman in the
		// job: feminine-coded wording, as annotators file them
		"feminine-coded, fr": {category: "gender-coded", lang: "fr",
			flagged: []string{"Tu es douce, pétillante et tu aimes le contact.", "Douce, maternelle et patiente, vous rassurez nos aînés."},
			clean:   []string{"Une cuisson douce et maîtrisée.", "Diplôme d'assistante maternelle apprécié."}},
		"health, fr": {category: "health", lang: "fr",
			flagged: []string{"Sans traitement médical en cours.", "Pas de problèmes de dos connus."},
			clean:   []string{"Une entreprise sans problèmes de santé financière.", "Aucun suivi médical ne vous sera demandé."}},
		"orientation": {category: "orientation", lang: "en",
			flagged: []string{"Candidates must have been born female."},
			clean:   []string{"Open to everyone, whatever their gender."}},
		"orientation, fr": {category: "orientation", lang: "fr",
			flagged: []string{"Vous êtes née femme et fière de l'être."},
			clean:   []string{"Poste ouvert à toutes et à tous."}},
	})
}

// TestPayLeftToTheProfile: pay "according to" or "depending on" the
// profile stands where the pay should be.
func TestPayLeftToTheProfile(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{rule: "pay-range", lang: "en", country: "IE", text: "Permanent role in Cork. Pay: depending on your profile.", want: true, has: "stands where the pay should be"},
		{rule: "pay-range", lang: "en", country: "IE", text: "Permanent role in Cork. Salary: according to experience, plus bonus.", want: true},
		{rule: "pay-range", lang: "en", country: "IE", text: "Permanent role in Cork. Pay: €31,000 to €34,000 depending on your profile.", want: false},
		// a vague salary beside a perk's or a test's amount: the amount is not the pay
		{rule: "pay-range", lang: "fr", country: "FR", text: "CDI à Nantes. Salaire attractif. Tickets-restaurant de 9 € par jour. Test rémunéré 120 €.", want: true},
		{rule: "pay-range", lang: "en", country: "IE", text: "Permanent role in Cork. Competitive salary. Lunch allowance of €10 a day.", want: true},
		{rule: "pay-range", lang: "en", country: "IE", text: "Permanent role in Cork. Competitive salary: €36,000 to €40,000 a year.", want: false},
		{rule: "pay-range", lang: "fr", country: "FR", text: "CDI à Nantes. Salaire attractif. Rémunération : 2 300 à 2 600 € brut par mois.", want: false},
	})
}

// TestPostcodeWithItsCountry: a postcode written with its country's
// letter places the employer, whatever neighbouring countries the text
// names for cross-border staff.
func TestPostcodeWithItsCountry(t *testing.T) {
	for s, want := range map[string]string{
		"# Comptable (H/F)\n\nFiduciaire Wagner, L-8080 Bertrange. CDI. Frontaliers de France et de Belgique bienvenus.": "LU",
		"# Vendeur·se\n\nBoutique Rive, CH-1204 Genève. Contrat fixe, frontaliers de France bienvenus.":                  "CH",
		"# Magasinier·ère\n\nDépôt Meuse, B-4020 Liège. CDI, horaires de jour, trajets depuis la France possibles.":      "BE",
		"# Serveur·se\n\nBrasserie du Port, 13002 Marseille. CDI, 35 h.":                                                 "FR",
	} {
		if c, _ := inferCountry(s, fold(s)); c != want {
			t.Errorf("%q: country %q, want %s", s, c, want)
		}
	}
}

// TestForeignApplicantsPass: foreign applicants told the pass they need
// are not turned away.
func TestForeignApplicantsPass(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"origin": {category: "origin", lang: "en",
			flagged: []string{"Foreign applicants will not be considered."},
			clean:   []string{"Foreign applicants will require an Employment Pass, which we sponsor.", "International applicants need a Skilled Worker visa; we can sponsor it."}},
	})
}

// TestServedAndPaidFor: a public named in the title, an employment equity
// programme's invitation, a fee the employer pays, a paid trial, a span of
// time and a condition the text lifts are no problem.
func TestServedAndPaidFor(t *testing.T) {
	for _, c := range []struct{ lang, doc string }{
		{"fr", "# Animateur·rice jeunesse 12-16 ans (F/H)\n\nVous accueillez les jeunes du quartier."},
		{"fr", "# Chargé·e de projet\n\nLe Centre applique un programme d'accès à l'égalité en emploi et invite les femmes, les Autochtones et les minorités visibles et ethniques à postuler."},
		{"en", "# Pharmacist\n\nWe pay your annual registration fee and your CPD courses."},
		{"en", "# Video editor\n\nA first call, then a paid one-day test edit (€200), then a meeting with the team."},
		{"en", "# Optical assistant\n\nOur practice has been looking after the eyes of the western suburbs for over 20 years."},
		{"fr", "# Ripeur (H/F)\n\nPour un recrutement statutaire, nationalité française ou européenne (Code général de la fonction publique). Ces conditions ne s'appliquent pas, pour la nationalité, au recrutement contractuel."},
	} {
		if got := scoredAt(t, c.lang, Markdown, c.doc, 0); len(got) > 0 {
			t.Errorf("%q: findings %v, want none", c.doc, got)
		}
	}
}

// TestPayHistoryByPlace: a question about pay history cites the law of
// the place that forbids it, the EU directive in the EU, and says where
// no law forbids it; asked of "their" pay, it is asked all the same.
func TestPayHistoryByPlace(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{rule: "pay-history", lang: "en", country: "US", text: "Paralegal, New York, NY 10019. Candidates should submit a statement of their current base salary.", want: true, has: "§194-a"},
		{rule: "pay-history", lang: "en", country: "US", text: "Analyst, Chicago. Tell us your current salary.", want: true, has: "820 ILCS"},
		{rule: "pay-history", lang: "en", country: "GB", text: "Analyst, Leeds. Tell us your current salary.", want: true, has: "no law where the job is forbids it"},
		{rule: "pay-history", lang: "fr", country: "FR", text: "Analyste, Lyon. Indiquez votre salaire actuel.", want: true, has: "2023/970"},
		{rule: "pay-history", lang: "en", country: "GB", text: "Adviser, Leeds. You will help clients compare their current salary with the market.", want: false},
	})
}

// TestWidenedGrounds15b: presentation to perfection, looks and a camera
// face, nails done, a presence of one sex, a faith or a view of marriage
// shared, a language community preferred, an accent ruled out, a job
// suited to one sex, a smile, a graduating class, experience in one
// country, discretion on union activity, children raised, a mature
// couple, a cap in years of trade, pay left to the collective agreement,
// a home within minutes.
func TestWidenedGrounds15b(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"appearance": {category: "appearance", lang: "en",
			flagged: []string{"Staff are expected to be impeccably presented.", "An attractive appearance is essential.", "You're photogenic and love the camera.",
				"Lashes and nails done at all times."},
			clean: []string{"You will keep the reception presentable.", "You will do clients' nails and lashes.", "The appearance of the shop floor matters.",
				"Neat appearance and a positive attitude.", "Well presented and punctual."}},
		"sex": {category: "sex", lang: "en",
			flagged: []string{"The bar needs a reassuring male presence at closing time.", "This role is only suitable for men."},
			clean:   []string{"Our changing rooms are suitable for wheelchair users."}},
		"religion": {category: "religion", lang: "en",
			flagged: []string{"You share the Catholic faith of our founders.", "A committed Christian who will pray with the team."},
			clean:   []string{"We welcome staff of every faith and none."}},
		"orientation": {category: "orientation", lang: "en",
			flagged: []string{"Staff uphold a biblical view of marriage."},
			clean:   []string{"You will plan weddings and civil partnerships for couples of every kind."}},
		"orientation, fr": {category: "orientation", lang: "fr",
			flagged: []string{"Vous partagez notre conception traditionnelle de la famille."},
			clean:   []string{"Vous organisez des mariages pour tous les couples."}},
		"origin": {category: "origin", lang: "en",
			flagged: []string{"Mandarin-speaking applicants only.", "Accent-free English on the phone."},
			clean:   []string{"Mandarin at a working level (HSK 4) is needed for our Shanghai suppliers."}},
		"origin, fr": {category: "origin", lang: "fr",
			flagged: []string{"Une expérience canadienne est exigée."},
			clean:   []string{"Une expérience en entrepôt est exigée."}},
		"appearance, fr": {category: "appearance", lang: "fr",
			flagged: []string{"Un beau sourire et une tenue soignée."},
			clean:   []string{"Vous redonnez le sourire à nos clients."}},
		"age, fr": {category: "age", lang: "fr",
			flagged: []string{"Idéalement issu·e de la promotion 2024.", "Personne mûre et posée.", "Huit ans d'ancienneté maximum."},
			clean:   []string{"Notre promotion 2025 d'alternants a réussi.", "Au moins 8 ans d'ancienneté."}},
		"union, fr": {category: "union", lang: "fr",
			flagged: []string{"Neutralité attendue sur vos activités syndicales."},
			clean:   []string{"Vous travaillez avec les représentants syndicaux."}},
		"family, fr": {category: "family", lang: "fr",
			flagged: []string{"Idéalement, vous avez déjà élevé vos enfants."},
			clean:   []string{"Vous accompagnez des parents qui ont élevé leurs enfants seuls."}},
		"residence, fr": {category: "residence", lang: "fr",
			flagged: []string{"Vous habitez à moins de 15 minutes de l'entrepôt."},
			clean:   []string{"L'entrepôt est à 15 minutes de la gare."}},
	})
	checkRuleCases(t, []ruleCase{
		{rule: "pay-range", lang: "fr", country: "FR", text: "CDI à Lyon. Salaire selon la grille de la convention collective.", want: true},
		{rule: "pay-range", lang: "fr", country: "FR", text: "CDI à Lyon. Salaire : 2 100 à 2 300 € brut par mois, selon la convention collective.", want: false},
	})
}

// TestWidenedGrounds15c: the job holder as "il" in the present, full
// make-up every shift, a union named as what one must not belong to, one
// nationality only, a statement of one's pay asked, a meal voucher's
// amount beside a vague salary, a count of young people served.
func TestWidenedGrounds15c(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"sex, fr": {category: "sex", lang: "fr",
			flagged: []string{"Il coordonne aussi les sous-traitants du chantier."},
			clean:   []string{"Notre fondateur, Paul, est là depuis 1990 ; il assure la formation."}},
		"appearance": {category: "appearance", lang: "en",
			flagged: []string{"Full make-up at all times on the shop floor."},
			clean:   []string{"You will apply full make-up for our bridal clients."}},
		"union": {category: "union", lang: "en",
			flagged: []string{"No Unite membership, please.", "Someone without affiliations to any union."},
			clean:   []string{"We recognise Unite and work with its reps."}},
		"origin, fr": {category: "origin", lang: "fr",
			flagged: []string{"Candidats français uniquement.", "Uniquement des Belges, merci."},
			clean:   []string{"Nos fromages suisses uniquement.", "Une clientèle belge uniquement."}},
		"age, fr": {category: "age", lang: "fr",
			flagged: []string{"Nous recherchons une personne jeune et dynamique."},
			clean:   []string{"Nous recherchons un éducateur pour 12 jeunes de 16 à 18 ans."}},
	})
	checkRuleCases(t, []ruleCase{
		{rule: "pay-history", lang: "en", country: "US", text: "Paralegal, Chicago. Send a cover letter, a writing sample and proof of your last salary.", want: true},
		{rule: "pay-range", lang: "fr", country: "BE", text: "CDI à Liège. Salaire attractif + chèques-repas 8 €, éco-chèques.", want: true},
		// a range in thousands counting things is not pay
		{rule: "pay-range", lang: "en", country: "IE", text: "Permanent, Dublin. You'll help us scale from 40k to 400k merchants by next year.", want: true},
		{rule: "pay-range", lang: "en", country: "IE", text: "Permanent, Dublin. Salary 45k-55k plus bonus.", want: false},
		{rule: "pay-range", lang: "fr", country: "FR", text: "CDI à Bordeaux. Fixe + commissions attractives.", want: true, has: "stands where the pay should be"},
		{rule: "pay-range", lang: "fr", country: "FR", text: "CDI à Bordeaux. Fixe de 1 900 € brut par mois + commissions attractives.", want: false},
		{rule: "pay-range", lang: "en", country: "IE", text: "Permanent, Dublin. 45k–55k depending on experience.", want: false},
	})
}

// TestUnionFreeStance: a workplace without a union, with the stance to
// keep it so, is quoted up to the stance, what turns applicants away.
func TestUnionFreeStance(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{rule: "discrimination", lang: "en", country: "US", text: "Forklift operator, Dallas, TX 75201. We are a union-free warehouse and we intend to keep it that way.", want: true, has: "keep it that way"},
	})
}

// TestWidenedGrounds15d: a recruitment fee, past earnings asked or
// checked with a former employer, an application refused without pay
// history, the reader as a woman of a trade, a weight kept to a
// standard, same-sex partners turned away, a faith shared, bank
// statements, sick days counted, an origin "from here", a promise not to
// stand in staff elections, a district turned away with an idiom.
func TestWidenedGrounds15d(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"fee": {category: "fee", lang: "en",
			flagged: []string{"A one-off recruitment fee of £150 secures your placement."},
			clean:   []string{"We never charge a recruitment fee."}},
		"pay-history": {category: "pay-history", lang: "en",
			flagged: []string{"How much were you earning in your last role?", "We will verify your last salary with your previous employer.",
				"CVs without current salary details will not be considered."},
			clean: []string{"Tell us your salary expectations."}},
		"pay-history, fr": {category: "pay-history", lang: "fr",
			flagged: []string{"Votre rémunération chez votre employeur actuel nous servira de repère."},
			clean:   []string{"Vos prétentions salariales nous aideront à préparer l'entretien."}},
		"sex, fr": {category: "sex", lang: "fr",
			flagged: []string{"Vous êtes une vendeuse aguerrie et souriante."},
			clean:   []string{"Vous êtes une personne organisée et rigoureuse."}},
		"appearance": {category: "appearance", lang: "en",
			flagged: []string{"Staff must keep their weight within company guidelines."},
			clean:   []string{"Parcels weigh under 20 kg."}},
		"orientation": {category: "orientation", lang: "en",
			flagged: []string{"We do not employ people in same-sex relationships."},
			clean:   []string{"Our benefits cover same-sex partners and spouses."}},
		"orientation, fr": {category: "orientation", lang: "fr",
			flagged: []string{"Vivez-vous en couple avec une personne du même sexe ?"},
			clean:   []string{"La mutuelle couvre les conjoints, y compris du même sexe."}},
		"religion": {category: "religion", lang: "en",
			flagged: []string{"We want someone who shares our faith."},
			clean:   []string{"We want someone who shares our passion for books."}},
		"personal-data, fr": {category: "personal-data", lang: "fr",
			flagged: []string{"Joignez vos relevés bancaires des trois derniers mois."},
			clean:   []string{"Vous rapprochez les relevés bancaires des clients."}},
		"health, fr": {category: "health", lang: "fr",
			flagged: []string{"Indiquez vos jours d'absence pour maladie."},
			clean:   []string{"Le maintien de salaire couvre les absences pour maladie dès le premier jour."}},
		"origin, fr": {category: "origin", lang: "fr",
			flagged: []string{"Un profil bien de chez nous, c'est ce que veulent nos clients."},
			clean:   []string{"Nos produits bien de chez nous plaisent aux touristes."}},
		"union, fr": {category: "union", lang: "fr",
			flagged: []string{"Vous vous engagez à ne pas vous présenter aux élections du CSE."},
			clean:   []string{"Vous organisez les élections du CSE."}},
		"age, fr": {category: "age", lang: "fr",
			flagged: []string{"Candidats de plus de 45 ans : passez votre chemin."},
			clean:   []string{"Vous accompagnez des adolescentes de 13 à 16 ans."}},
	})
}

// TestOneGroundOneSentence: a ground named twice in a sentence is one
// finding, quoting the sentence from its first mention to its last;
// grounds of a sentence's list stay apart.
func TestOneGroundOneSentence(t *testing.T) {
	got := scored(t, "fr", "Bonne santé, pas d'arrêt maladie sur les trois dernières années.")
	if n := strings.Count(strings.Join(got, " "), "health("); n != 1 {
		t.Errorf("health named twice in a sentence: %d findings %v, want 1", n, got)
	}
	l, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse("posting", "fr", Text, []byte("# Poste\n\nBonne santé, pas d'arrêt maladie sur les trois dernières années."))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range l.Lint(d).Findings {
		if f.Category == "health" && !strings.Contains(f.Message, "Bonne santé, pas d'arrêt maladie") {
			t.Errorf("merged finding %q, want it to quote both mentions", f.Message)
		}
	}
	if got := scored(t, "en", "Applicants must be under 30 and male."); !strings.Contains(strings.Join(got, " "), "age(") || !strings.Contains(strings.Join(got, " "), "sex(") {
		t.Errorf("two grounds in a sentence: %v, want age and sex", got)
	}
}

// TestMinorsAndThings: minors kept from what the law keeps them from set
// a minimum age; older people turned away set a maximum; a fee another
// body pays is no fee; a job word after a noun naming no person is its
// adjective.
func TestMinorsAndThings(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"age": {category: "age", lang: "en",
			flagged: []string{"Sorry, no over-45s for this role.", "We can't take under-25s on this contract."},
			clean:   []string{"State law does not allow under-18s to serve alcohol.", "We run a club for the over-60s."}},
		"fee, fr": {category: "fee", lang: "fr",
			flagged: []string{"Frais de formation de 450 € à la charge du candidat."},
			clean:   []string{"Frais de formation au CFA pris en charge par l'OPCO : aucun frais pour l'apprenti·e."}},
	})
	for _, title := range []string{"Opérateur·rice de production fromagère (H/F)", "Conducteur·rice de ligne boulangère (F/H)"} {
		if _, _, _, ok := inclusiveTitle(title); ok {
			t.Errorf("%q: flagged as a title in one gender", title)
		}
	}
	if _, _, _, ok := inclusiveTitle("Fromagère (H/F)"); !ok {
		t.Error(`"Fromagère (H/F)": not flagged`)
	}
}

// TestWidenedGrounds15e: identity and health-insurance numbers, a CV with
// a photo, a body that inspires, no injury or medical condition, a
// certain maturity, no baby plans, a clean debt-enforcement record; a
// thing of Europe is no origin, experience in a district no residence,
// a research unit no job holder.
func TestWidenedGrounds15e(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"personal-data, fr": {category: "personal-data", lang: "fr",
			flagged: []string{"Envoyez votre CV, une photo et votre numéro AVS.", "Joins une copie de ta carte d'assurance maladie."},
			clean:   []string{"Vous gérez la paie et les déclarations sociales."}},
		"appearance, fr": {category: "appearance", lang: "fr",
			flagged: []string{"Un physique d'athlète qui motive nos adhérents."},
			clean:   []string{"Vous préparez la condition physique athlétique de nos adhérents."}},
		"health, fr": {category: "health", lang: "fr",
			flagged: []string{"Aucune blessure ni limitation physique."},
			clean:   []string{"Vous prévenez les blessures de nos adhérents."}},
		"age, fr": {category: "age", lang: "fr",
			flagged: []string{"Une personne d'une certaine maturité, pour rassurer la clientèle."},
			clean:   []string{"Vous faites preuve de maturité dans vos décisions."}},
		"family, fr": {category: "family", lang: "fr",
			flagged: []string{"Pas de projet de grossesse dans les deux ans."},
			clean:   []string{"Vous suivez les femmes enceintes en consultation."}},
		"other-ground, fr": {category: "other-ground", lang: "fr",
			flagged: []string{"Un extrait du registre des poursuites vierge est exigé."},
			clean:   []string{"Vous relancez les clients et suivez les poursuites engagées contre les débiteurs."}},
		"origin, fr": {category: "origin", lang: "fr",
			flagged: []string{"Candidats européens uniquement."},
			clean:   []string{"Notre unité gère des projets européens financés par l'ANR."}},
		"residence, fr": {category: "residence", lang: "fr",
			flagged: []string{"Idéalement, vous habitez en quartier prioritaire."},
			clean:   []string{"Expérience auprès d'adolescents, idéalement en quartier prioritaire."}},
		"sex, fr": {category: "sex", lang: "fr",
			clean: []string{"Notre unité de recherche réunit 110 personnes. Elle gère un budget de 2 M€."}},
	})
}

// TestWidenedGrounds15f: a look of one sex, a team of girls, a young
// crew, no 9-to-5, hairstyles kept conservative, a dominant and
// confident person, current pay among the documents; the people the job
// works for, export control, a check a statute requires, an invitation to
// leave the date of birth out.
func TestWidenedGrounds15f(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"sex": {category: "sex", lang: "en",
			flagged: []string{"A polished, feminine look suits our front desk.", "Come and join our team of lads on site."},
			clean:   []string{"Our salon's feminine look is what clients love about the brand's packaging."}},
		"age": {category: "age", lang: "en",
			flagged: []string{"You'll fit right in with our young crew."},
			clean:   []string{"We train crews of young volunteers every summer."}},
		"cliche": {category: "cliche", lang: "en",
			flagged: []string{"Fair warning: there's no 9-to-5 here."},
			clean:   []string{"Hours are 9 to 5, Monday to Friday."}},
		"appearance": {category: "appearance", lang: "en",
			flagged: []string{"Conservative hairstyles only at the front desk."},
			clean:   []string{"You will cut classic and conservative hairstyles for our clients."}},
		"gender-coded": {category: "gender-coded", lang: "en",
			flagged: []string{"Dominant and confident on the door."},
			clean:   []string{"A confident communicator on the phone."}},
		"pay-history": {category: "pay-history", lang: "en",
			flagged: []string{"Send a cover letter, résumé and your current salary to jobs@example.com."},
			clean:   []string{"Send a cover letter, résumé and your salary expectations to jobs@example.com."}},
		"other-ground": {category: "other-ground", lang: "en",
			flagged: []string{"No homeowners in arrears, please."},
			clean:   []string{"We look after gardens for homeowners and schools."}},
		"origin": {category: "origin", lang: "en",
			flagged: []string{"U.S. citizens only."},
			clean:   []string{"Access to the designs is limited by federal law (ITAR) to U.S. persons: U.S. citizens and permanent residents."}},
		"personal-data": {category: "personal-data", lang: "en",
			flagged: []string{"Include your date of birth on the form."},
			clean: []string{"You may remove or redact your date of birth from your CV.",
				"You may remove or redact information that identifies your age, date of birth or dates of graduation."}},
	})
}

// TestAbbreviationsInASentence: the full stop of "U.S." or "e.g." does not
// end the sentence, so what the sentence says of its ground (the law it
// cites) stays with it; a sentence that ends on a letter still ends.
func TestAbbreviationsInASentence(t *testing.T) {
	var a analysis
	low := fold("Access is limited by federal law to U.S. persons (U.S. citizens, e.g. permanent residents). Plan B. Then we go.")
	a.add(low, "en")
	if n := len(a.sentences); n != 3 {
		var got []string
		for _, s := range a.sentences {
			got = append(got, low[s.start:s.end])
		}
		t.Errorf("sentences %q, want 3", got)
	}
	if got := scored(t, "en", "Access to the designs is limited by federal law to U.S. persons (U.S. citizens and permanent residents)."); len(got) > 0 {
		t.Errorf("export control: findings %v, want none", got)
	}
}

// TestDominantTemper: a dominant temper asked of the candidate is
// masculine-coded; a dog's is not the candidate's.
func TestDominantTemper(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"gender-coded, fr": {category: "gender-coded", lang: "fr",
			flagged: []string{"Un tempérament dominant, capable de tenir une équipe.", "Vous avez un caractère de battant."},
			clean:   []string{"Vous éduquez des chiens au tempérament dominant."}},
	})
}
