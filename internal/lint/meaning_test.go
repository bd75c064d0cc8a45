package lint

import (
	"strings"
	"testing"
)

// TestGroundsByMeaning holds each ground concept to wordings written from
// the law rather than from a posting: true positives in several forms
// (inflections, feminine, plural and inclusive forms, other word orders,
// words inserted) and lawful near misses the law allows in so many words
// (an ethos employer's stated requirement, positive action, a public
// servant's neutrality, a language the job serves in, a graduate
// programme, a travel or on-call time).
func TestGroundsByMeaning(t *testing.T) {
	checkClasses(t, map[string]classCase{
		// Equality Act 2010 s.12, directive 2000/78 art. 1, L1132-1.
		"orientation, en": {category: "orientation", lang: "en", flagged: []string{
			"Staff are expected to share our values on the traditional family.",
			"Straight applicants preferred for this front-of-house role.",
			"You must keep your sexual orientation private at work.",
			"Our team values a normal family life: husband, wife and kids, and we expect the same.",
			"Gay applicants should not apply.",
			"Heterosexual couples only for the live-in caretaker post.",
			"Managers must uphold marriage as between a man and a woman in their private lives."},
			clean: []string{"We are proud to support our LGBTQ+ staff network.", "Go straight to the loading bay when you arrive.",
				"You will run sexual health clinics for gay and bisexual men.", "We welcome applicants of all sexual orientations.",
				"The shift runs straight through to 6pm.", "You will train managers on gender identity and harassment."}},
		"orientation, fr": {category: "orientation", lang: "fr", flagged: []string{
			"Vous partagez nos valeurs sur la famille traditionnelle.",
			"Une vie conforme au modèle familial classique est attendue.",
			"Candidats hétérosexuels de préférence.",
			"Vous devez rester discret sur votre orientation sexuelle.",
			"Les couples de même sexe ne sont pas souhaités pour le poste de gardiens.",
			"Vie privée conforme au mariage entre un homme et une femme exigée."},
			clean: []string{"Nous soutenons le réseau LGBT+ de l'entreprise.", "Vous animez des actions de prévention en santé sexuelle auprès des publics gays.",
				"Nous accueillons toutes les orientations sexuelles.", "Vous accompagnez les victimes de discriminations liées à l'identité de genre.",
				"Vous formez les managers à la lutte contre le harcèlement homophobe."}},
		// TULRCA 1992 s.137, NLRA s.8(a)(3), Fair Work Act s.346, L1132-1 and L2141-5.
		"union activity, en": {category: "union", lang: "en", flagged: []string{
			"No union reps: we want people who get on with the job.",
			"Candidates with a history of union organising need not apply.",
			"We are a union-free site and intend to stay that way.",
			"Applicants who have taken part in strikes will not be considered.",
			"We don't want activists stirring things up on the shop floor.",
			"Preference for people who have never held a shop steward role."},
			clean: []string{"You will negotiate with the recognised union on shift patterns.", "The collective agreement sets overtime rates.",
				"EU citizens have the right to work under European Union rules.", "You will strike a balance between speed and care.",
				"In case of strike action by transport staff, you may work from home.", "You will liaise with employee representatives on the works council."}},
		"union activity, fr": {category: "union", lang: "fr", flagged: []string{
			"Pas de profils syndiqués.",
			"Candidat·es n'ayant jamais exercé de mandat syndical.",
			"Vous n'avez pas participé à des mouvements de grève.",
			"Nous ne voulons pas de militants dans l'équipe.",
			"Pas de délégués du personnel parmi nos recrues, merci.",
			"Les grévistes s'abstenir."},
			clean: []string{"Vous êtes l'interlocuteur des représentants du personnel.", "La convention collective prévoit un treizième mois.",
				"En cas de grève des transports, le télétravail est possible.", "Vous gérez le syndicat de copropriété de la résidence.",
				"Vous préparez les élections professionnelles du CSE.", "Vous travaillez avec les partenaires sociaux sur l'accord d'entreprise."}},
		"political opinions, both": {category: "union", lang: "fr", flagged: []string{
			"Vous êtes apolitique et neutre.",
			"Sans engagement partisan ni mandat politique.",
			"Indiquez votre affiliation politique.",
			"Candidat·es politiquement neutres de préférence.",
			"Pas d'opinions politiques affichées au bureau.",
			"Vous n'avez pas d'activités politiques."},
			clean: []string{"Agent public, vous êtes tenu au devoir de neutralité du service public.", "Notre association est apolitique et non confessionnelle.",
				"Diplômé·e de sciences politiques, vous analysez les risques.", "Vous suivez l'actualité des partis politiques pour nos clients.",
				"Vous rédigez des notes sur les politiques publiques."}},
		"political opinions, en": {category: "union", lang: "en", flagged: []string{
			"You must be politically neutral.", "Please state your political affiliation.", "Applicants who are politically active will not be considered.",
			"No political activism outside work.", "Candidates with a history of party membership need not apply."},
			clean: []string{"This is a politically restricted post under the Local Government and Housing Act 1989.", "You will brief clients on political risk.",
				"Civil servants must be politically impartial under the Civil Service Code.", "Our charity is non-partisan.", "You will research political parties' manifestos for our clients."}},
		// L5331-1, L5321-3, Employment Agencies Act 1973 s.6, Fair Work Act s.325.
		"fees and costs, en": {category: "fee", lang: "en", flagged: []string{
			"The cost of your safety boots will be taken from your first pay.",
			"Accommodation is deducted from your wages at £90 a week.",
			"Visa costs are at your own expense.",
			"Your police check is self-funded.",
			"Training costs you $300, payable before your first shift.",
			"The tablet is charged to you and withheld from your salary."},
			clean: []string{"Safety boots are provided free of charge.", "Visa costs are covered by the company.", "We reimburse travel costs.",
				"Accommodation is provided; the accommodation offset is applied as the law allows.", "Your contribution to the team matters.",
				"You will manage costs and budgets for the site."}},
		"fees and costs, fr": {category: "fee", lang: "fr", flagged: []string{
			"Les chaussures de sécurité restent à votre charge.",
			"Le logement est retenu sur votre salaire.",
			"Le coût du badge est déduit de la première paie.",
			"Moyennant une participation de 1 900 €, vous intégrez la formation.",
			"La visite médicale est à vos frais.",
			"Le transport jusqu'au chantier est à la charge du candidat."},
			clean: []string{"Les chaussures de sécurité sont fournies.", "Le logement est pris en charge par l'employeur.", "La personne retenue bénéficiera d'un logement de fonction.",
				"Vous suivez les coûts du chantier.", "Participation aux bénéfices et intéressement.", "Repas à la cantine subventionnée."}},
		// ADEA 623(e), Equality Act s.5, L5331-2 and L1132-1: proxies; an age the law sets stays lawful.
		"age proxies, en": {category: "age", lang: "en", flagged: []string{
			"We want our team to stay young.",
			"You'll be a digital native who lives on social media.",
			"The ideal candidate is young and hungry.",
			"Older workers may find the pace too much, so we prefer younger candidates.",
			"Overqualified candidates need not apply.",
			"Fresh graduates only."},
			clean: []string{"You will run workshops for young people aged 14 to 19.", "Our graduate programme takes applicants at any stage of life.",
				"A young company with big plans.", "You will create content for a young audience.", "The role suits someone fresh out of college or changing careers.",
				"Our graduate scheme is open to graduates of any age."}},
		"age proxies, fr": {category: "age", lang: "fr", flagged: []string{
			"Vous êtes de la génération Z.",
			"Nous tenons à rester jeunes dans nos recrutements.",
			"Profil surqualifié s'abstenir.",
			"Candidat·es trop âgé·es s'abstenir.",
			"Vous êtes natif du numérique.",
			"Profils jeunes souhaités pour garder la dynamique."},
			clean: []string{"Vous animez des ateliers pour un jeune public.", "Vous accompagnez des jeunes en insertion à la mission locale.",
				"Une jeune entreprise en pleine croissance.", "Contrat d'apprentissage : moins de 30 ans, conformément au Code du travail.",
				"Vous développez la génération de leads."}},
		// Directive 2000/78 art. 4(2), Equality Act Sch. 9, L1132-1.
		"religion, en": {category: "religion", lang: "en", flagged: []string{
			"Must be a practising Christian.",
			"A committed Catholic faith is essential.",
			"No headscarves or turbans allowed on the shop floor.",
			"Please attach a letter of recommendation from your parish priest.",
			"Muslim applicants preferred.",
			"You must share our Christian values."},
			clean: []string{"As a Church of England school, we are looking for a site manager.", "We cater for Christian, Jewish and Muslim weddings.",
				"The chaplain must be a practising Anglican: this is a genuine occupational requirement under Schedule 9 of the Equality Act.",
				"We act in good faith with every supplier.", "A prayer room is available.", "Hard hats are required on site for safety."}},
		"religion, fr": {category: "religion", lang: "fr", flagged: []string{
			"Catholique pratiquant·e exigé·e.",
			"Pas de voile au bureau.",
			"Foi chrétienne vécue souhaitée.",
			"Une lettre de recommandation de votre paroisse est demandée, merci de la joindre.",
			"Les signes religieux visibles ne sont pas autorisés.",
			"Vous partagez nos valeurs chrétiennes."},
			clean: []string{"Établissement catholique, nous recherchons un professeur de mathématiques.", "Vous êtes moniteur de voile à l'école nautique.",
				"Vous assurez la veille réglementaire.", "Nous organisons des mariages de toutes confessions.",
				"Le poste d'aumônier requiert la foi catholique : exigence professionnelle essentielle de notre organisation de tendance."}},
		// Equality Act s.9, Title VII, L1132-1; a language the job serves in is lawful.
		"origin, en": {category: "origin", lang: "en", flagged: []string{
			"Mandarin-speaking Malaysians will fit right in.",
			"Filipino helpers preferred.",
			"Singaporean citizens only.",
			"Must hold British nationality.",
			"Candidates of Indian origin are ideal.",
			"Only permanent residents need apply."},
			clean: []string{"You must have the right to work in the UK.", "You will speak Spanish with our clients.", "Our Malaysian market is growing fast.",
				"You will check passport details at hotel check-in.", "Security clearance requires British citizenship under the Official Secrets Act.",
				"We welcome applications from racialized people and Indigenous peoples."}},
		"origin, fr": {category: "origin", lang: "fr", flagged: []string{
			"Une candidate philippine ou portugaise s'intégrerait naturellement.",
			"Nationalité suisse exigée.",
			"Profil local souhaité.",
			"Candidat·es marocain·es de préférence.",
			"Citoyenneté française requise pour ce poste de vendeur."},
			clean: []string{"Vous parlez portugais avec notre clientèle lusophone.", "Autorisation de travail en France requise.",
				"Cuisine marocaine : vous préparez les tajines.", "Le poste est ouvert sans condition de nationalité.",
				"Pour un recrutement en qualité de fonctionnaire, nationalité d'un État membre de l'Union européenne."}},
		// Equality Act s.13 and s.158, directive 2006/54 art. 3 and 14, Swiss LEg art. 3(3), L1142-1.
		"sex, en": {category: "sex", lang: "en", flagged: []string{
			"The department is all-female and we want it to stay that way.",
			"Our clients prefer to be served by women.",
			"Guests feel more comfortable with a woman at the desk.",
			"We need a man for the night shift.",
			"A feminine touch is ideal for this role."},
			clean: []string{"Women are under-represented in engineering, so we particularly welcome applications from women.",
				"We encourage applications from men, who are under-represented in our nursing team.", "Women's refuge: this is a women-only service.",
				"Our team of five, three women and two men, runs the store.", "We sell womenswear and menswear."}},
		"sex, fr": {category: "sex", lang: "fr", flagged: []string{
			"Nos clientes se confient plus facilement à une femme.",
			"L'équipe est entièrement féminine et doit le rester.",
			"Nous préférons un homme pour ce poste de nuit.",
			"Une touche féminine est idéale pour l'accueil.",
			"Le service est 100 % masculin et doit le rester, profil masculin exigé."},
			clean: []string{"Les femmes étant sous-représentées dans nos métiers, nous encourageons les candidatures féminines.",
				"Poste ouvert aux femmes et aux hommes.", "Rayon prêt-à-porter femme.", "Vous accueillez les femmes enceintes en consultation.",
				"Que vous soyez un homme ou une femme, rejoignez-nous."}},
		// Equality Act s.19, Title VII and the PDA, L1132-1 (situation de famille).
		"family, en": {category: "family", lang: "en", flagged: []string{
			"Family commitments must be compatible with late shifts.",
			"Being a parent is a real plus for this role.",
			"Ideally no young children at home.",
			"Candidates with caring responsibilities will struggle with this rota.",
			"Single parents need not apply.",
			"Free of family ties preferred."},
			clean: []string{"Family-friendly hours and parental leave from day one.", "You will support families with young children at the clinic.",
				"We adapt shifts to school holidays for working parents.", "Our parent company is based in Leeds.", "Maternity leave is paid at 90 %."}},
		"family, fr": {category: "family", lang: "fr", flagged: []string{
			"Vos contraintes familiales doivent être compatibles avec les horaires décalés.",
			"Être parent est un atout.",
			"Idéalement sans enfants en bas âge.",
			"Mère de famille de préférence.",
			"Sans attaches, vous êtes libre de partir en mission.",
			"Pas de personne à charge, disponibilité totale exigée."},
			clean: []string{"Horaires compatibles avec une vie de famille.", "Crèche d'entreprise pour les jeunes enfants des salariés.",
				"Nous aménageons les horaires pour les contraintes familiales.", "La maison mère est à Lyon.", "Vous accompagnez les mères et bébés en PMI."}},
		// Equality Act s.19, L1132-1 (lieu de résidence); a travel or on-call time stays lawful.
		"residence, en": {category: "residence", lang: "en", flagged: []string{
			"Applicants must reside in the borough of Hackney.",
			"You must live in Zone 1.",
			"Priority to candidates living in the district.",
			"Residents of Croydon only.",
			"Postcode SE1 to SE17 required."},
			clean: []string{"On-call weeks need you within 30 minutes of the site.", "Accommodation provided: this is a live-in role.",
				"Relocation package for candidates moving to Leeds.", "The store is in the borough of Hackney.", "You will visit residents in their homes."}},
		"residence, fr": {category: "residence", lang: "fr", flagged: []string{
			"Vous devez habiter la commune.",
			"Candidat·es domicilié·es dans le 93 uniquement.",
			"Résider à Saint-Denis est obligatoire.",
			"Code postal 75011 exigé.",
			"Vous résidez impérativement dans l'arrondissement."},
			clean: []string{"Astreinte : vous devez pouvoir intervenir sur site en moins de 30 minutes.", "Logement de fonction fourni sur place.",
				"Le poste est basé à Saint-Denis.", "Vous accompagnez les personnes résidant dans le quartier.", "Le salaire est versé sur le compte de votre choix."}},
		// Gaucher, Friesen and Kay (2011): masculine-coded leadership.
		"gender-coded, en": {category: "gender-coded", lang: "en", flagged: []string{
			"You are a leader of men.",
			"This team needs a strong hand.",
			"You must be aggressive and competitive.",
			"A ruthless closer who dominates every negotiation.",
			"A gentle, motherly touch with residents."},
			clean: []string{"You stay calm in the face of an aggressive comment.", "We are the dominant player in the market.",
				"You will manage an aggressive growth target.", "You will care for patients with aggressive behaviour, using de-escalation.",
				"You will support maternal health clinics."}},
	})
}

// TestCitationsNameJurisdictionAndArticle: every finding that quotes the
// law names the article and, in brackets, the jurisdiction.
func TestCitationsNameJurisdictionAndArticle(t *testing.T) {
	for _, j := range []Jurisdiction{jurFrance, jurUK, jurUS, jurEU, jurCanada, jurOntario, jurQuebec, jurAustralia, jurSingapore,
		jurSwitzerland, jurBelgium, jurLuxembourg, jurIreland, jurNewZealand, jurSouthAfrica, jurKenya} {
		for _, cat := range []string{"age", "sex", "family", "origin", "health", "religion", "orientation", "appearance", "union",
			"political", "residence", "personal-data", "fee", "other-ground"} {
			cite, _ := citation(j, cat)
			if !strings.HasSuffix(cite, "("+j.Name+")") {
				t.Errorf("%s %s: %q names no jurisdiction", j.ID, cat, cite)
			}
			// Singapore's guidelines, for the grounds its Act does not name,
			// have no articles.
			if !strings.ContainsAny(cite, "0123456789") && !strings.HasPrefix(cite, "the Tripartite Guidelines") {
				t.Errorf("%s %s: %q names no article", j.ID, cat, cite)
			}
		}
	}
	// Union activity is not a ground of the human rights codes of Canada:
	// the labour codes protect it.
	for _, c := range []struct {
		j    Jurisdiction
		want string
	}{{jurQuebec, "Code du travail (Québec) art. 14"}, {jurOntario, "Labour Relations Act 1995 (Ontario) s.72"}, {jurCanada, "Canada Labour Code s.94(3)(a)"},
		{jurBelgium, "art. 4 and 14 (conviction syndicale)"}, {jurAustralia, "Fair Work Act 2009 s.346"}} {
		if cite, _ := citation(c.j, "union"); !strings.Contains(cite, c.want) {
			t.Errorf("%s union: %q, want %q", c.j.ID, cite, c.want)
		}
	}
}
