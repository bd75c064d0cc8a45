package lint

import "testing"

// TestWordings holds each class a reviewer flags in everyday wording, not
// the textbook one, in both languages, with as many look-alikes that are
// lawful or not about the candidate.
func TestWordings(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"pay history in any wording, en": {category: "pay-history", lang: "en",
			flagged: []string{"What do you earn now?", "Please tell us your current package.", "Include your last three payslips with your application.",
				"State the salary you were paid in your previous role.", "What was your final salary at your last employer?",
				"Candidates should disclose their present compensation.", "Let us know how much you make at the moment."},
			clean: []string{"Tell us your salary expectations.", "The package for this role is £40,000 plus bonus.", "You will process payslips for 300 employees.",
				"Our current salary scale is published on the intranet.", "You will benchmark current salaries across the market.", "Your package will include a car allowance.", "You will earn commission on every sale."}},
		"pay history in any wording, fr": {category: "pay-history", lang: "fr",
			flagged: []string{"Merci de préciser votre dernier salaire.", "Indiquez la rémunération brute de votre poste actuel.", "Joignez vos derniers bulletins de salaire.",
				"Quel est votre salaire actuel ?", "Précisez la rémunération perçue dans votre précédent emploi.", "Indiquez combien vous gagnez actuellement.",
				"Votre fiche de paie la plus récente est demandée."},
			clean: []string{"Indiquez vos prétentions salariales.", "Vous établirez les bulletins de paie de 200 salariés.", "Votre rémunération : 38 000 € brut annuel.",
				"Vous contrôlerez les fiches de paie des derniers mois.", "Salaire selon la convention collective actuelle : 2 100 € brut.", "Vous gagnez en autonomie chaque mois."}},
		"family and pregnancy as conditions, en": {category: "family", lang: "en",
			flagged: []string{"No childcare conflicts with the rota.", "Free of family commitments, you can travel at short notice.",
				"No maternity or parental leave planned in the next two years.", "No extended leave planned in the next two years.",
				"Applicants without young children preferred.", "Ideal for someone with no dependants.", "You must not be planning a family in the near term."},
			clean: []string{"Parental leave of 16 weeks on full pay.", "We offer childcare vouchers.", "A nursery for children aged 2 to 5.", "Family-run business since 1950.",
				"You will plan the annual leave of the team.", "Flexible hours around school pick-up.", "No experience planned? We train you."}},
		"family and pregnancy as conditions, fr": {category: "family", lang: "fr",
			flagged: []string{"Sans contrainte de garde d'enfants.", "Aucune contrainte familiale ne doit limiter vos déplacements.",
				"Pas de congé maternité ou parental prévu dans les deux ans.", "Pas de projet de congé long dans les deux prochaines années.",
				"Libre de toute contrainte de garde.", "Vous n'avez pas d'enfants en bas âge."},
			clean: []string{"Congé parental rémunéré et crèche d'entreprise.", "Une garde d'enfants en crèche partenaire.", "Vous gérerez la planification des congés de l'équipe.",
				"Entreprise familiale depuis 1950.", "Mutuelle familiale prise en charge.", "Gardiennage du site la nuit."}},
		"fit and sameness as selection, en": {category: "", lang: "en",
			flagged: []string{"Mandarin-speaking candidates will fit in best with the team.", "We want someone whose generation speaks our pupils' language.",
				"Our team has always been all men: we need a profile who will blend in.", "People active in union causes rarely fit in here.",
				"We are proudly non-union and want staff who share that approach.", "A young team, so someone of a similar age will fit right in."},
			clean: []string{"Mandarin-speaking: you will handle our Shanghai clients.", "We want staff who share our commitment to safety.",
				"Our team is diverse and welcomes everyone.", "A role that fits in with school hours.", "You will help new starters fit in.", "Someone who speaks our customers' language: plain English, no jargon."}},
		"fit and sameness as selection, fr": {category: "", lang: "fr",
			flagged: []string{"Une équipe 100 % masculine depuis toujours : un profil qui saura s'intégrer.", "Quelqu'un de la même génération que l'équipe, pour bien s'intégrer.",
				"Les personnes engagées dans des causes syndicales s'intègrent rarement chez nous.",
				"Nous sommes une entreprise sans syndicat et recherchons des collaborateurs qui partagent cette approche.",
				"Un profil de la même origine que nos clients, qui s'intégrera naturellement."},
			clean: []string{"Vous aiderez les nouveaux arrivants à s'intégrer.", "Une équipe mixte qui accueille tous les profils.", "Des collaborateurs qui partagent notre souci de la sécurité.",
				"Le poste s'intègre dans l'équipe logistique.", "Intégration dans une équipe de 12 personnes.", "Une équipe féminine et masculine où chacun trouve sa place."}},
		"clichés in any noun phrase, en": {category: "cliche", lang: "en",
			flagged: []string{"We need a rock star developer.", "A true sales ninja.", "Our next data wizard.", "A marketing guru with flair.", "We're hunting for a unicorn.",
				"A 10x engineer.", "Be the superhero of customer support.", "You'll wear lots of different hats.", "We're like one big family here.", "The team is a family."},
			clean: []string{"A rock climbing wall on site.", "Run the setup wizard for new users.", "Hard hats are provided on site.", "Queries answered 10x faster.",
				"Family Support Worker for the council.", "Our family of brands includes three labels."}},
		"clichés in any noun phrase, fr": {category: "cliche", lang: "fr",
			flagged: []string{"Un vrai ninja du code.", "Une rock star de la vente.", "Un gourou du SEO.", "Un dev 10x.", "Un vrai superhéros du code.",
				"Vous portez plusieurs casquettes.", "Ici, on est comme une famille.", "Une équipe qui est une vraie famille."},
			clean: []string{"Une famille de produits pour les pros.", "Un magasin de musique rock.", "Aide aux familles du quartier.", "Des casquettes et des tee-shirts à vendre.",
				"Un débit 10x plus rapide."}},
		"origin proxies, en": {category: "origin", lang: "en",
			flagged: []string{"Experience gained abroad is not considered.", "Overseas experience will not count.", "Local experience only.",
				"You must have lived at a UK address for at least five years.", "Native English speaker.",
				"Must have a neutral accent."},
			clean: []string{"Experience abroad is a plus.", "Local knowledge of Leeds roads is useful.", "You will support cross-border workers with payroll.",
				"The accent is on customer service.", "Fluent English (C1).", "Five years' experience at a UK bank."}},
		"origin proxies, fr": {category: "origin", lang: "fr",
			flagged: []string{"L'expérience acquise à l'étranger n'est pas prise en compte.", "Expérience en France uniquement.",
				"Résidence en France depuis au moins 5 ans.", "Français langue maternelle.", "Sans accent."},
			clean: []string{"Une expérience à l'étranger est un plus.", "Vous accompagnerez les travailleurs frontaliers dans leurs démarches.", "Nous mettons l'accent sur la sécurité.",
				"Anglais courant (C1).", "Poste ouvert aux frontaliers."}},
		"data asked, en": {category: "personal-data", lang: "en",
			flagged: []string{"Send a selfie with your CV.", "Attach a recent picture of yourself.", "Include a headshot.",
				"Please send a photo of yourself in uniform."},
			clean: []string{"You will photograph our products.", "We pay salary into any UK bank account.", "Household goods warehouse.",
				"Headshots of our team are on the website.", "Picture yourself on our terrace."}},
		"data asked, fr": {category: "personal-data", lang: "fr",
			flagged: []string{"Joignez un selfie.", "Envoyez une photo récente de vous.", "Une photo en pied est demandée."},
			clean: []string{"Vous prendrez des photos des chantiers.", "Le salaire est versé sur le compte bancaire de votre choix.", "Notre client, le Crédit Agricole, recrute.",
				"Aide à la composition des menus.", "Photo de l'équipe sur notre site."}},
		"household asked, en": {category: "family", lang: "en",
			flagged: []string{"List the members of your household.", "Tell us the composition of your household."},
			clean:   []string{"Household goods warehouse.", "We deliver to 4,000 households."}},
		// a "composition de ménage" is a certificate: a document of family
		// data asked with the application
		"household asked, fr": {category: "personal-data", lang: "fr",
			flagged: []string{"Fournir une composition de ménage.", "Joindre une composition de famille récente."},
			clean:   []string{"Aide à la composition des menus.", "Vous conseillerez les ménages sur leurs économies d'énergie."}},
		"bank as a condition": {category: "other-ground", lang: "fr",
			flagged: []string{"Compte bancaire au Crédit Agricole obligatoire.", "Vous devez être client de la BNP."},
			clean:   []string{"Notre client, le Crédit Agricole, recrute.", "Le salaire est versé sur le compte de votre choix."}},
		"bank as a condition, en": {category: "other-ground", lang: "en",
			flagged: []string{"You must hold an account with Barclays.", "Applicants must bank with HSBC."},
			clean:   []string{"We pay salary into any UK bank account.", "You will manage our HSBC relationship."}},
		"cross-border workers excluded": {category: "residence", lang: "fr",
			flagged: []string{"Les frontaliers ne seront pas retenus.", "Candidatures de frontaliers non retenues."},
			clean:   []string{"Poste ouvert aux frontaliers.", "Vous accompagnerez les frontaliers dans leurs démarches."}},
		"cross-border workers excluded, en": {category: "residence", lang: "en",
			flagged: []string{"Cross-border workers will not be considered.", "Applications from cross-border workers are not accepted."},
			clean:   []string{"You will support cross-border workers with payroll.", "Cross-border trade experience is a plus."}},
		"race or religion asked, en": {category: "religion", lang: "en",
			flagged: []string{"Please state your religion.", "What religion do you practise?"},
			clean:   []string{"Our religion and belief staff network meets monthly."}},
		"race or religion asked, fr": {category: "religion", lang: "fr",
			flagged: []string{"Précisez votre religion.", "Indiquez votre confession."},
			clean:   []string{"Un réseau interne sur le fait religieux."}},
		"origin asked, en": {category: "origin", lang: "en",
			flagged: []string{"Please state your race and ethnicity.", "What is your ethnic origin?"},
			clean:   []string{"We publish our ethnicity pay gap."}},
		"origin asked, fr": {category: "origin", lang: "fr",
			flagged: []string{"Indiquez votre origine ethnique.", "Précisez votre pays d'origine."},
			clean:   []string{"Une clientèle d'origines variées."}},
	})
}

// TestPayRangeDodges: any wording that stands where the pay should be
// leaves the range missing, a warning wherever the job is, citing the law
// where one asks for pay (the EU member states, US states and Canadian
// provinces with posting laws); a posting silent on pay is a warning
// there and advice where no law asks for it.
func TestPayRangeDodges(t *testing.T) {
	en := []string{"Competitive salary and benefits.", "An attractive package awaits.", "Salary: DOE.", "Pay based on experience.",
		"Wage based on experience.", "Compensation to be discussed at interview.", "Great benefits and a salary to match.", "Night shift, four days a week."}
	fr := []string{"Rémunération selon profil.", "Salaire selon grille interne.", "Salaire à négocier.", "Rémunération motivante.",
		"Package attractif.", "Rémunération en fonction de l'expérience.", "Travail de nuit, quatre jours par semaine."}
	var cases []ruleCase
	for _, c := range []struct{ country, place string }{{"FR", "Lyon"}, {"IE", "Dublin"}, {"BE", "Brussels"}, {"LU", "Luxembourg"}, {"US", "Brooklyn, NY"}, {"CA", "Toronto, ON"}} {
		for _, s := range en {
			cases = append(cases, ruleCase{rule: "pay-range", lang: "en", country: c.country, text: "Warehouse operative, " + c.place + ". " + s, want: true, sev: Warning})
		}
	}
	for _, c := range []string{"FR", "BE", "LU"} {
		for _, s := range fr {
			cases = append(cases, ruleCase{rule: "pay-range", lang: "fr", country: c, text: "Préparateur·rice de commandes. " + s, want: true, sev: Warning})
		}
	}
	for _, c := range []struct{ country, place string }{{"GB", "Leeds"}, {"CH", "Zurich"}, {"AU", "Sydney"}, {"SG", "Singapore"}, {"US", "Austin, TX"}} {
		for _, s := range en {
			// a wording standing for the pay warns; silence, or praise of
			// a pay it does not give, is advice
			sev := Warning
			if s == en[len(en)-1] || s == en[len(en)-2] {
				sev = Info
			}
			cases = append(cases, ruleCase{rule: "pay-range", lang: "en", country: c.country, text: "Warehouse operative, " + c.place + ". " + s, want: true, sev: sev})
		}
	}
	cases = append(cases, ruleCase{rule: "pay-range", lang: "fr", country: "CH", text: "Préparateur·rice de commandes, Genève. Salaire selon profil.", want: true, sev: Warning},
		ruleCase{rule: "pay-range", lang: "fr", country: "CH", text: "Préparateur·rice de commandes, Genève. Travail de nuit.", want: true, sev: Info},
		ruleCase{rule: "pay-range", lang: "en", country: "IE", text: "Warehouse operative, Dublin. €32,000–€36,000 a year.", want: false},
		ruleCase{rule: "pay-range", lang: "fr", country: "FR", text: "Préparateur·rice de commandes. Salaire : 2 100 € brut par mois.", want: false})
	checkRuleCases(t, cases)
}

// TestGenderCodedBothLanguages: the French counterparts of
// gender-decoder's stems give the same verdict and per-word findings as
// the English ones, inflected and after an elided article; neither
// counts the job title nor a proper name.
func TestGenderCodedBothLanguages(t *testing.T) {
	masculine := "Vous êtes ambitieuse, combative et compétitive : vous dominez vos dossiers avec audace, une personnalité qui en impose, intrépide et déterminée, et l'autonomie ne vous fait pas peur."
	feminine := "Vous êtes douce, dévouée et chaleureuse, à l'écoute, bienveillante et sympathique ; une attitude presque maternelle et le goût du partage."
	en := "You are ambitious, competitive and assertive: a decisive, driven, confident and fearless self-starter who dominates."
	cases := []ruleCase{
		{rule: "gender-coded", lang: "fr", text: masculine, want: true, has: "masculine-coded", sev: Info},
		{rule: "gender-coded-word", lang: "fr", text: masculine, want: true, has: `"combative" is masculine-coded`, sev: Info},
		{rule: "gender-coded-word", lang: "fr", text: masculine, want: true, has: `"autonomie" is masculine-coded`, sev: Info},
		{rule: "gender-coded-word", lang: "fr", text: masculine, want: true, has: `"impose" is masculine-coded`, sev: Info},
		{rule: "gender-coded", lang: "fr", text: feminine, want: false},
		{rule: "gender-coded", lang: "en", text: en, want: true, has: "masculine-coded", sev: Info},
		// Traps: words that start like a stem but are ordinary French.
		{rule: "gender-coded-word", lang: "fr", text: "Vos compétences en comptabilité et vos collaborateurs.", want: false},
		{rule: "gender-coded-word", lang: "fr", text: "Un horaire imposé par le planning.", want: false},
		{rule: "gender-coded-word", lang: "fr", text: "Nos patients et leurs données sensibles.", want: false},
		// The title and proper names are not the posting's wording.
		{rule: "gender-coded-word", lang: "fr", format: Markdown, text: "# Analyste leader\n\nVous rejoignez l'équipe comptable de Lyon.\n", want: false},
		{rule: "gender-coded-word", lang: "en", format: Markdown, text: "# Business Analyst\n\nYou join the finance team in Leeds.\n", want: false},
		{rule: "gender-coded-word", lang: "en", text: "You will write for Independent Press and Active Media Group.", want: false},
		{rule: "gender-coded-word", lang: "fr", text: "Vous écrirez pour le journal Le Combattant et Dominique Leader.", want: false},
	}
	checkRuleCases(t, cases)
}
