package lint

import (
	"slices"
	"strings"
)

// positiveAction marks a sentence that encourages applications from a
// group the workforce lacks, which the law allows (Equality Act 2010
// s.158, Directive 2006/54/EC Art. 3, Swiss Gender Equality Act art. 3(3)):
// naming the group there is not a criterion.
var positiveAction = []string{"under-represented", "underrepresented", "sous-représenté", "sous représenté", "positive action",
	"action positive", "mesures positives", "encourage applications", "encourage women to apply", "encourage men to apply",
	"encourageons les candidatures", "encourageons vivement les candidatures", "encourageons particulièrement",
	"particularly welcome applications", "applications are particularly welcome", "section 158", "s.158", "mixité de nos équipes",
	// Canada's employment equity programmes name the groups they invite
	"accès à l'égalité", "équité en emploi", "égalité en emploi", "employment equity", "equal access to employment",
	"à présenter leur candidature", "to submit their application", "invitons les femmes", "invitons les personnes"}

// occupationalRequirement marks a condition the posting states as a
// genuine and determining occupational requirement, with its legal basis
// (Directive 2000/78/EC Art. 4(1), 2006/54/EC Art. 14(2), Equality Act
// 2010 Sch. 9 para. 1, Code du travail L1133-1): a women's refuge's
// support worker, an actor for a role. Any ground may be one.
var occupationalRequirement = []string{"occupational requirement", "exigence professionnelle essentielle", "schedule 9", "sch. 9",
	"sch 9", "l1133-1", "l. 1133-1", "l1142-2", "r1142-1", "art. 4(1)", "article 4(1)", "14(2)"}

// ethosRequirement marks a religious requirement an ethos-based employer
// states as a genuine occupational requirement (Directive 2000/78/EC Art.
// 4(2), Equality Act 2010 Sch. 9 para. 2-3): lawful when stated as such.
var ethosRequirement = []string{"occupational requirement", "exigence professionnelle", "4(2)", "ethos", "éthos", "schedule 9",
	"sch. 9", "entreprise de tendance", "organisation de tendance", "organisme de tendance", "tendenzbetrieb"}

// publicService marks a political-neutrality duty the law puts on public
// servants or on posts it restricts: lawful, stated as such.
var publicService = []string{"fonction publique", "service public", "devoir de neutralité", "obligation de neutralité",
	"devoir de réserve", "public service", "civil service", "politically restricted", "impartiality", "impartialité",
	"agent public", "agents publics", "fonctionnaire", "local government and housing act"}

// oneSexThings, right after a sex, make it a place or a thing's: "the
// male ward", "female connectors", "women's changing rooms".
var oneSexThings = []string{" ward", " unit", " wing", " prison", " changing", " toilet", " dormitor", " hostel", " sauna", " spa",
	" connector", " plug", " fashion", " clothing", " underwear", " footwear", " fragrance", " wear", " patients", " residents",
	" football", " rugby", " cricket", " hockey", " netball", " choir", " vestiaire", " sanitaire",
	" chorale", " connecteur", " prise",
	// a service for one sex is its public: "a women-only evening class we run"
	"-only class", "-only session", "-only swim", "-only evening", "-only night", "-only hour", "-only gym", "-only group",
	"-only lesson", "-only course", "-only space", "-only sauna", "-only pool", " only class", " only session"}

// servedSegments, right after an age word, make it a kind of customer a
// business serves ("young professional lets", "jeunes ménages"), not the
// person it hires.
var servedSegments = []string{" professional let", " professional tenant", " professional renter", " famil", " couple", " tenant",
	" renter", " buyer", " homeowner", " locataire", " famille", " ménage", " acheteur", " market", " marché"}

// pregnancyProtection, in a sentence, make a pregnancy the protection the
// law gives a pregnant employee, stated as the employer's duty, or a
// question said not to be asked: not a condition on the applicant.
var pregnancyProtection = []string{"sans perte de salaire", "sans perte de rémunération", "without loss of pay", "affectée à un poste",
	"affectée temporairement", "reassigned", "suitable alternative work", "risk assessment", "évaluation des risques",
	"code du travail", "regulations 1999", "n'est demandée", "is not asked", "never ask", "jamais demandé", "don't ask", "do not ask",
	"nous ne demandons", "ne vous demandons", "aucune question",
	// a duty adjusted when the employee says so: "tell us whenever you're ready and we'll adjust your duties"
	"we'll adjust", "we will adjust", "we’ll adjust", "adjust your duties", "whenever you're ready", "nous adapterons", "nous aménagerons"}

// servedPublic, right before a one-sex word, make it the public the job
// serves ("une clientèle exclusivement féminine"), not the person sought.
var servedPublic = []string{"clientèle", "clientele", "public", "patientèle", "audience", "usagers", "usagères", "residents", "résidentes"}

// groundConcepts are the concepts of the grounds phrases miss most: the
// meaning of a sentence, by a ground's words and a condition in the same
// sentence, in both languages. cond is the shared condition cue group;
// candidate, addressee, request and imperative the cue groups conceptList
// shares with them.
func groundConcepts(cond, candidate, addressee, request, imperative []string) []concept {
	// requireCues make a ground a requirement or a bar, not a search:
	// "we are looking for" beside a school's faith describes the school.
	requireCues := slices.DeleteFunc(slices.Clone(cond), func(c string) bool {
		return slices.Contains([]string{"need", "needs", "want", "wants", "seeking", "seek", "looking", "recherch*", "attend*"}, c)
	})
	fields := strings.Fields
	with := func(a []string, more string) []string { return append(slices.Clone(a), fields(more)...) }
	parentCues := [][]string{fields(`ideal* idéal* perfect parfait* suit suits suited convien* plus atout asset bonus préfér* préfèr*
		prefer* preferred returning_to_work return_to_work reprise`)}
	parentNotAfter := []string{" tongue", "-tongue", " company", " board", " ship", " nature", " of ", " de ", " d'élève", " d’élève",
		" teacher", "'s", "’s", " et ", " and ", " ou ", " or ", "/", " groupe", " group"}
	religionSuggest := [2]string{"supprimez ; si l'employeur est une organisation de conviction, énoncez l'exigence professionnelle essentielle", "remove it; an ethos-based employer states the genuine occupational requirement as such"}
	religionCues := `share sharing partag* values valeurs live_out living vivre vivez vécu* vécue embrace*
				adhere* adhér* conform* plus atout asset bonus recommendation* recommandation* letter lettre certificate attestation
				permitted permis allowed autorisé* interdit* prohibited banned visible* ostentatoire* wear* wearing porté* port portez
				committed engagé* fervent* devout dévot* regular* régulière* régulier* attend* fréquent* join participer
				participate take_part incompatible* ? précise* indique* mention* state tell disclose declare déclare*
				lead leads leading anim* dirig* conduis* conduire contrainte* constraint* liée* liés lié related need_to needs_to
				will_need have_to has_to à_laisser laissez_à laisser_à leave_at_home left_at_home leave_them_at proscrit* banni*`
	// faithBodies, right after a faith's name, and faithBodiesFr, right
	// before it, make it the employer's: "a Catholic school", "une
	// association chrétienne".
	faithBodies := []string{" school", " schools", " primary", " secondary", " junior", " infant", " charity", " charities", " organisation", " organization", " foundation",
		" hospital", " care home", " home", " college", " university", " trust", " association", " network", " church", " diocese",
		" community centre", " mission", " publisher", " bookshop", " radio", " newspaper", " magazine", " academy", " nursery",
		" employer", " institution", " ngo", " relief", " aid"}
	faithBodiesFr := []string{"établissement", "école", "écoles", "lycée", "collège", "association", "fondation", "hôpital", "clinique",
		"organisation", "structure", "maison", "institution", "enseignement", "mouvement", "réseau", "ong", "œuvre", "oeuvre",
		"librairie", "radio", "journal", "revue", "crèche", "université", "institut", "communauté", "employeur", "entreprise"}
	// an ethos employer's requirement stated as such is information to
	// check (occupational.go), not a lawful context
	religionLawful := append([]string{}, "according to your faith", "according to their faith", "depending on your faith", "we cater", "mariages", "weddings", "gowns", "robes de", "we stock", "accessories", "accessoires", "toutes confessions", "all faiths",
		// an observance accommodated: "if you need adjustments for religious observance, tell us"
		"adjustments for", "adjustment for", "accommodate", "accommodation for", "aménagements pour", "aménagement pour",
		"build the rota around", "work the rota around", "plan the rota around", "tell us and we'll", "on adapte le planning",
		// a beekeeper's veil is protective equipment
		"ppe", "protective equipment", "équipements de protection", "bee suit", "beekeep", "apicult",
		"every faith", "each faith", "every religion", "no faith at all", "toutes les confessions", "toutes les religions", "toutes religions",
		"any faith", "interfaith", "clients", "patients", "rites of the", "respect the rites", "respecter les rites", "résidents", "residents", "families of", "halal", "casher", "kosher",
		"good faith", "bonne foi", "faith in", "foi en", "ma foi", "faisant foi", "fait foi", "font foi",
		"principe de neutralité", "neutralité du service public", "bpjeps", "brevet d'état", "brevet d'etat", "nautique", "voilier", "bateau", "sailing", "navigation",
		"planche", "char à voile", "safety", "sécurité", "hygiène", "hygiene", "calendar", "calendrier", "aumônerie", "chaplaincy",
		"patrimoine", "heritage", "tourism", "tourisme", "history", "histoire", "museum", "musée", "oh my god", "mon dieu",
		"law firm", "cabinet", "religion of", "whatever your", "prayer room", "salle de prière", "espace de prière", "quiet room",
		"lieu de culte", "lieux de culte", "film culte", "série culte", "devenu culte", "marque culte", "objet culte", "mariage entre", "marriage between", "man and one woman", "homme et une femme", "we respect", "nous respectons", "accommodate", "aménagement",
		// a faith known as a skill of the job, not held
		"degree in", "diplôme en", "diplôme de", "licence en", "master en", "studies", "sciences islamiques", "sciences religieuses",
		"théologie", "theology", "knowledge of", "familiar with", "familiarity with", "understanding of", "connaissance", "experience of working",
		"experience working", "expérience en milieu", "liturg", "choir", "chorale", "organist", "organiste", "dietary", "alimentaire",
		"kashrut", "caractère propre",
		// a permission, not a bar
		"may wear", "can wear", "free to wear", "welcome to wear", "are allowed to wear", "pouvez porter", "peuvent porter",
		"libre de porter", "libres de porter",
		// a person of the employer's, not the one hired
		"our founder", "notre fondat", "founded by", "fondée par", "fondé par", "the owner", "our owner", "le propriétaire", "la propriétaire")
	parentLawful := []string{"family-friendly", "parents d'élèves", "welcom", "bienvenu", "we support", "nous accompagnons", "soutien",
		"available", "disponible", "we offer", "nous proposons", "flexib", "aménag",
		"accompagner les", "support parents", "parent company", "maison mère", "société mère", "as well as", "comme"}
	return []concept{
		// Sexual orientation and gender identity, or a family model expected.
		{selects: 1, rule: "discrimination", category: "orientation", what: "sexual orientation or gender identity",
			suggest: [2]string{"supprimez ; l'orientation sexuelle et l'identité de genre ne sont pas des critères", "remove it; sexual orientation and gender identity are not criteria"},
			terms: fields(`heterosexual* hétérosexuel* hétéro hétéros homosexual* homosexuel* homo homos gay gays lesbian* lesbienne*
				bisexual* bisexuel* lgbt* queer sexual_orientation orientation_sexuelle gender_identity identité_de_genre transgender*
				transgenre* transsexuel* transsexual* normal_family normal_families famille_normale familles_normales traditional_family
				vie_de_couple vie_conjugale conception_traditionnelle_du_couple vision_traditionnelle_du_couple couple_traditionnel traditional_families famille_traditionnelle familles_traditionnelles familiales_traditionnelles familiale_traditionnelle traditional_marriage mariage_traditionnel
				one_man_and_one_woman one-man-one-woman one_man_one_woman a_man_and_a_woman un_homme_et_une_femme d'un_homme_et_d'une_femme opposite_sex sexe_opposé
				heteronormativ* hétéronormativ* same-sex même_sexe conventional_family famille_classique modèle_familial family_model
				valeurs_familiales_traditionnelles traditional_family_values valeurs_traditionnelles_de_la_famille
				lifestyle_choices mode_de_vie_alternatif straight-acting cisgender* cisgenre* gender_transition transition_de_genre
				ambiguïté_de_genre ambiguïté_sexuelle ni_homme_ni_femme ni_masculin_ni_féminin neither_male_nor_female
				neither_man_nor_woman expression_de_genre gender_expression androgyn* non-binaire* non_binaire* non-binary nonbinary
				gender-fluid genderfluid gender-bending gender-nonconforming gender_nonconforming who_are_transitioning who_have_transitioned
				who_is_transitioning en_transition en_cours_de_transition trans_applicants trans_candidates candidat*_trans personnes_trans trans_people trans_women trans_men`),
			// a group, a network or a public of them the job serves
			notAfter: []string{" business", " firm", " company", " restaurant", " bakery", " recipe", "-run", "-owned", " entreprise", "+ youth", " youth", "+ group", " group", "+ network", " network", "+ community", " community",
				"+ young", " young", "+ people", "+ staff", "+ history", " history", "+ pride", "+ clients", "+ residents"},
			cues: [][]string{with(cond, `share sharing partag* values valeurs conform* keep kept private privée discret* discreet*
				live living vivre vivez respect* adhér* adhere* embrace* in_line cohérent* cohérence fit fits évit* avoid* classique
				classic présentation presentation tenue* outfit* look`)},
			lawful: []string{"support", "soutien", "soutenons", "proud", "fier", "fière", "pride", "welcom", "accueill", "inclusi",
				"network", "réseau", "ally", "allié", "awareness", "sensibilis", "prévention", "prevention", "victim", "victime",
				"clients", "patients", "usagers", "public", "helpline", "association", "charity", "advocacy", "plaidoyer", "refuge",
				"shelter", "santé sexuelle", "sexual health", "all sexual orientations", "toutes les orientations", "harcèlement", "harassment",
				"palpation", "fouille", "pat-down", "frisk", "body search", "searched by"},
		},
		// A private life judged normal or alternative: the code for an
		// orientation or a family model, a lifestyle word with a judgement
		// of it and a condition ("n'apprécieraient pas un mode de vie
		// « alternatif »", "someone with a normal lifestyle").
		{rule: "discrimination", category: "orientation", what: "sexual orientation or gender identity (a private life judged)",
			suggest: [2]string{"supprimez ; la vie privée n'est pas un critère", "remove it; private life is not a criterion"},
			terms:   fields(`lifestyle lifestyles life_style mode_de_vie modes_de_vie vie_privée private_life personal_life`),
			cues: [][]string{fields(`normal normale normaux normales alternati* conventional* unconventional* traditional* traditionnel*
				classique* atypique* non-conventionnel* différent* different unusual marginal* « "`),
				with(cond, `appréci* accept* comfortable à_l'aise shar* partag* conform* fit fits match* compatible* someone quelqu'un
				personne candidate* candidat* person profil* profile*`)},
			lawful: []string{"work-life", "vie professionnelle", "équilibre", "balance", "respect", "protect", "préserv", "your own",
				"vous appartient", "healthy", "sain", "sport", "active lifestyle", "outdoor", "plein air", "brand", "marque", "magazine",
				"consumers", "consommateurs", "résidents", "residents", "patients", "usagers", "boutique", "store"},
		},
		// "Straight" is an orientation only beside a person.
		{rule: "discrimination", category: "orientation", what: "sexual orientation",
			suggest: [2]string{"supprimez ; l'orientation sexuelle n'est pas un critère", "remove it; sexual orientation is not a criterion"},
			terms:   fields(`straight`),
			cues:    [][]string{fields(`candidate* applicant* people person* men women man woman guy guys couple* staff individual* someone only preferred`)},
			notAfter: []string{" away", " to ", " into", " from", " after", " line", "-", " talk", " forward", " answer", " a ", " an ",
				" in ", " out", " back", " through", " off", " on ", " ahead", " edge", " razor", " shift", " week", " day", " year", " talking"},
			lawful: []string{"support", "ally", "welcom", "inclusi"},
		},
		// Union and political activity: a past, a membership or a stance held against the applicant.
		{rule: "discrimination", category: "union", what: "union activity", notBefore: []string{"political", "party", "parti"},
			suggest: [2]string{"supprimez ; l'activité syndicale ne peut pas être un critère", "remove it; union activity is not a criterion"},
			terms: fields(`union unions trade_union* trade-union* labor_union* labour_union* union-free non-union nonunion unionis* unioniz*
				syndicat* syndical* syndicaliste* syndiqu* shop_steward* union_rep* cfmeu amwu teamsters cgt cfdt cfe-cgc strike strikes
				striking striker* grève* gréviste* picket* industrial_action work_stoppage* débrayage* militant* militantisme
				activist* activism encarté* mandat_syndical représentant*_du_personnel staff_representative* employee_representative*
				délégué*_du_personnel délégué*_syndica* works_council* comité_d'entreprise troublemaker* fauteur*_de_trouble* agitator*
				militantisme_politique_ou_syndical militantisme_syndical_ou_politique militantisme_politique_et_syndical
				non-unionis* non-unioniz* nonunionis* nonunioniz* no-strike collective_bargaining négociation_collective revendicati*
				contestataire* barrack-room_lawyer* union-busting looking_to_organiz* looking_to_organis* want*_to_organiz*
				want*_to_organis* plan*_to_organiz* plan*_to_organis* intend*_to_organiz* intend*_to_organis* involved_in_organiz* involved_in_organis* union_organiz* union_organis* labor_organiz* labour_organis*
				mouvement*_collectif* mouvement*_socia* action*_collective* conflit*_socia* collective_action*`),
			cues: [][]string{with(cond, `past history previously before précédent* passé* antérieur* déjà ayant having held
				been ever stay_away refrain* abstain* avoid* évit* exclu* refus* stir stirring free nothing rien calm calme
				peace paix tranquille* quiet neutral neutre* previous prior red_flag problem* issue* talk* let_go dismiss* fired
				licenci* sign pledge passez_votre_chemin passe_ton_chemin passeront_leur_chemin passera_son_chemin passer_son_chemin passer_votre_chemin keep_it_that_way don't_apply do_not_apply éloigné* loin_de
				away_from`)},
			notAfter: []string{" politique", " political", " européenne", " europ", " square", " station", " jack", " street", " bank", " internationale", " des ",
				" a balance", " the right balance", " price", " rate", " zone", " force", " the balance", " a chord", " a deal", " of ", " territor", " pacific", " road",
				" de l'", " d'initiative", " de copropriété", " des copropriétaires", " intercommunal", " mixte", " arc-en-ciel", " lgbt",
				" gay", " queer", " écolo", " vegan", " animal", " climat", " climate", " dans un parti", " à un parti", " dans aucun parti", " à aucun parti", " politiquement"},
			lawful: append(slices.Clone(publicService), "european union", "union européenne", "credit union", "student union",
				// a strike the job copes with: "situations tendues (retards, annulations, grèves)"
				"retards", "annulations", "perturbations", "delays", "cancellations", "disruption",
				"students' union", "customs union", "droit syndical", "right to join", "free to join",
				"libre d'adhérer", "libre de se syndiquer",
				// members and non-members alike: membership is not the criterion
				"and non-members", "or non-members", "and nonmembers", "or nonmembers", "members or not", "member or not",
				"syndiqués ou non", "syndiqué ou non", "syndiquée ou non", "syndiqués et non syndiqués", "adhérents ou non", "recognised union", "recognized union", "union recognition",
				"collective agreement", "convention collective", "accord collectif", "partenaires sociaux", "social partners",
				// the bargaining unit the post belongs to, stated: "Union: CUPE 503"
				"union:", "bargaining unit", "cupe", "unifor", "psac", "opseu", "bcgeu", "afscme", "unison", "ufcw",
				"dialogue social", "en cas de grève", "in case of strike", "in the event of a strike", "grève des transports",
				"transport strike", "élections professionnelles", "we work with", "welcom", "bienvenu", "interlocut", "relations sociales",
				"relation avec", "relations avec", "liaise", "employee relations", "industrial relations", "droit du travail", "employment law", "labour law", "nous travaillons avec", "negotiate with", "negotiations with", "négocier avec",
				"négociez avec", "négociations avec",
				"militant associatif", "militante associative", "bénévole", "volunteer", "activist groups we", "climate action", "climate change",
				"climate activis", "pour le climat", "changement climatique", "militant écolo", "militante écolo",
				"strike rate", "lightning", "foudre", "bowling", "cricket", "striker position", "football", "forward"),
		},
		// Political opinions asked or turned away; neutrality beyond a public-service duty.
		{rule: "discrimination", category: "union", what: "political opinions",
			suggest: [2]string{"supprimez toute mention d'opinion ou d'engagement politique", "remove any mention of political opinions or activity"},
			terms: fields(`opinions_politiques opinion_politique engagement*_politique* engagé*_politiquement activité*_politique*
				militantisme_politique appartenance_politique affiliation*_politique* sympathie*_politique* conviction*_politique*
				mandat_politique parti_politique partis_politiques engagement_partisan engagements_partisans political_views
				political_opinion* political_affiliation* political_+affiliation* political_+opinion* political_+belief* political_activit* political_activism political_belief* political_party
				political_parties party_member* party_membership politically_active political_campaign* active_in_politics
				active_in_political involved_in_politics involved_in_political politically_involved politically_engaged
				engagé*_en_politique engagement*_en_politique faire_de_la_politique fai*_de_la_politique font_de_la_politique fai*_pas_de_politique
				font_pas_de_politique activité*_partisane* militant*_politique* militant*_d'un_parti vote_for you_vote votez votre_vote
				which_party quel_parti political_leaning* political_sympath* sensibilité_politique bord_politique couleur_politique
				orientation_politique political_activist* encarté*_dans_un_parti encarté*_à_un_parti encarté*_dans_aucun_parti encarté*_à_aucun_parti carte_d'un_parti carte_du_parti
				party_card`),
			cues: [][]string{with(cond, `past history previously ayant having held ever avoid* évit* exclu* refus* tell state
				indicate précise* indique* mention* your votre vos n'êtes n'avez n'être`)},
			// "militantisme politique ou syndical": one finding, on union activity
			notAfter: []string{" ou syndica", " et syndica", " ni syndica", " or union", " and union", " or trade union"},
			lawful: append(slices.Clone(publicService), "sciences politiques", "political science", "public affairs", "affaires publiques",
				"political risk", "political economy", "your own", "vous appartiennent", "campaign manager", "campaign team",
				"our campaign", "directeur de campagne", "directrice de campagne", "équipe de campagne", "lobby", "journalis", "think tank", "élus", "elected officials"),
		},
		{selects: 1, rule: "discrimination", category: "union", what: "political opinions",
			suggest: [2]string{"supprimez ; la neutralité politique ne s'impose qu'aux agents publics", "remove it; political neutrality is a duty of public servants only"},
			terms: fields(`neutralité_politique politiquement_neutre* neutre*_politiquement political_neutrality politically_neutral
				apolitique* apolitical non-political nonpolitical non-partisan nonpartisan non_politisé* non-politisé* dépolitisé* pas_politisé* peu_politisé* non-politicised non-politicized not_politicised not_politicized`),
			cues: [][]string{candidate},
			lawful: append(slices.Clone(publicService), "notre association", "our association", "our organisation", "notre organisation",
				"notre club", "our club", "notre structure", "est apolitique", "is apolitical", "is non-partisan", "is nonpartisan", "est une association",
				"we are a non-political", "we are non-political", "we are a nonpartisan", "we are a non-partisan", "we are apolitical",
				"nous sommes apolitiques", "nous sommes une structure apolitique"),
		},
		// Economic situation, employment status, housing and a criminal
		// record as a bar: grounds some laws list (L1132-1's economic
		// vulnerability) and a proxy for others elsewhere. Said of the
		// people a job serves, or named as what a law requires for the
		// post, they are not the candidate's.
		{selects: 1, rule: "discrimination", category: "other-ground", what: "economic situation, employment status or a criminal record",
			suggest: [2]string{"supprimez ; si la loi exige une vérification pour ce poste, nommez-la", "remove it; if a law requires a check for this post, name it"},
			terms: fields(`criminal_record* criminal_history criminal_conviction* clean_record convictions conviction ex-offender* ex-con ex-cons
				offenders felon felons felony felonies bankrupt bankruptcy bankruptcies insolvency insolvent ccj ccjs
				county_court_judg* any_debts personal_debt* outstanding_debts in_debt in_receipt_of_benefits in_receipt_of_a_benefit on_benefits on_a_benefit off_a_benefit off_benefits on_sis on_social_assistance on_income_assistance other_assistance receiving_benefits receiving_a_benefit benefit_recipient*
				claiming_benefits benefit_claimant* welfare_recipient* on_welfare universal_credit unemployed long-term_unemployed
				credit_register cote_de_crédit cote*_de_crédit centrale_des_crédits winz_beneficiar* winz_client* winz_referral* par_le_cpas envoyées_par_le_cpas envoyés_par_le_cpas bénéficiaires_du_cpas currently_in_work currently_employed in_current_employment
				out_of_work jobless homeless homeowner homeowners home_owner* own_your_home own_their_home
				casier*_judiciaire* dossier_criminel dossiers_criminels condamné condamnée condamnés condamnées condamné·e antécédents_judiciaires antécédent_judiciaire surendett* endetté*
				dettes_personnelles saisie*_sur_salaire faillite* rsa minima_sociaux allocataire* chômage chômeur* chômeuse* demandeur*_d'emploi
				demandeuse*_d'emploi sans_emploi sans_domicile sdf actuellement_en_poste en_poste_actuellement propriétaire*_de_votre
				propriétaire*_de_leur financial_difficult* financial_hardship financial_trouble* money_problems money_worries
				payday_loan* in_arrears rent_arrears credit_check* précarité situation_précaire situations_précaires difficulté*_financière*
				difficultés_d'argent sans_logement_stable logement_stable no_fixed_address no_fixed_abode stable_housing
				economic_hardship economically_disadvantaged disadvantaged_background* low-income_background* milieu_défavorisé
				milieux_défavorisés dettes no_debts debt-free sans_dettes fiché*_à_la_banque_de_france fiché*_banque_de_france
				domiciliation_ccas domiciliation_au_ccas domiciliation_administrative hôtel*_social* hébergement*_en_foyer fichage_bancaire ficp interdit*_bancaire* interdiction_bancaire bad_credit poor_credit credit_history credit_record arrest_record* never_been_arrested no_arrests incident*_bancaire* incidents_de_paiement recent_defaults payment_defaults loan_defaults defaults_on with_a_record
				credit_score* crédits_en_cours police_certificate* certificate*_of_character certificate*_of_good_conduct
				certificate*_of_good_character character_certificate* certificat*_de_bonne_vie* certificat*_de_bonne_conduite`),
			cues: [][]string{with(cond, `vierge clean spotless free exempt* aucun* any ever jamais déjà previously no_one no-one nobody`)},
			// "RSA certificate": the Responsible Service of Alcohol, not the French minimum income
			notAfter: []string{" fixe des", " rate", " figures", " insurance", " benefit", " office", " certificate", " cert", " card",
				// a record of something else: "a record of involvement in industrial action" (union activity)
				" of involvement", " of union", " of industrial", " of strike", " of activism", " of absence", " of sick",
				" (responsible", " accredit", " course", " qualification",
				// "convictions religieuses": in French, beliefs
				" religieus", " politiques", " personnelles", " philosoph", " profondes", " morales", " spirituelles"},
			// the people the job works for: "trees for homeowners, schools…";
			// French "avec conviction", "vos convictions": beliefs
			notBefore: []string{"for", "pour", "avec", "par", "vos", "votre", "nos", "notre", "ses", "sa", "tes", "ta", "leurs", "leur",

				// a list of the people the job deals with: "with GCs and homeowners"
				"and", "serve", "serving", "aux"},
			// a record check a law requires is a requirement to check, with its reason (occupational.go)
			lawful: append([]string{}, "de conviction", "as required by", "required by the",
				// the licence or the work that requires it, or the access the
				// job gives: "as required for the PSV badge", "required for
				// everyone working with children", "because you'll be
				// holding keys to people's homes"
				"as required for", "which requires", "that requires", "required by law", "law requires", "with children", "with minors",
				"bonded", "cash handling", "handling cash", "handle cash", "handling money", "requires for", "for psv", "driver licensing",
				"safeguarding", "child-facing", "work with children",
				"with vulnerable", "childcare", "child care", "auprès d'enfants", "auprès de mineurs", "because you'll", "because you will",
				"because you’ll", "keys to", "people's homes", "clients' homes", "customers' homes", "exigée par la loi", "requise par la loi", "prévue par la loi",
				"exigée par le", "exigé par le", "exigés par le", "conduite répondant aux exigences", "requise par le", "prévue par le", "imposée par le", "en lien avec l'emploi", "au moment de l'offre",
				"en lien avec le poste", "conformément aux exigences", "au stade de l'offre", "conditional offer", "post-offer",
				// a check weighed case by case within the law: "assessed individually… only as far as permitted by the Human Rights Code"
				"assessed individually", "individually assessed", "individual assessment", "case-by-case", "case by case", "au cas par cas",
				"permitted by the", "permis par la",
				"accompagn", "support", "help", "advise", "advice", "conseil", "client", "customer",
				"patient", "public", "usager", "our beneficiar", "the beneficiar", "beneficiaries we", "beneficiaries of", "with beneficiar", "réinsertion", "insertion", "reintegration", "resettlement",
				"probation", "rehabilitat", "welcome", "bienvenu", "accueill", "encourag", "fair chance", "ban the box", "second chance",
				// a question about a record is a request for data (personal-data), not a bar
				"have you ever", "whether you have", "asks about", "ask about", "asks whether", "asks you", "ask you",
				"seconde chance", "responsible service", "service of alcohol",
				"recouvrement", "collection", "recover", "unpaid", "impayé", "visit", "visite", "their home", "leur domicile",
				"insurance", "assurance", "survey", "property", "logement social", "housing officer", "tenants", "locataires",
				// asked of the applicant, it is a request for personal data, found as such
				"list ", "disclose", "declare any", "declare all", "declare your", "déclarez", "indiquez", "précisez", "tell us", "let us know", "mentionnez",
				// said not to bar: "a record will not necessarily stop you"
				"not necessarily", "not automatically", "will not stop", "won't stop", "does not stop", "doesn't stop", "not a bar",
				"case by case", "case-by-case", "pas forcément", "pas nécessairement", "pas automatiquement", "n'empêche pas", "n’empêche pas",
				"au cas par cas", "pas rédhibitoire", "pas un obstacle",
				// a check the employer runs and pays for, under a law's review programme
				"records review", "we submit", "we pay for", "at our expense", "at our cost", "à nos frais", "nous prenons en charge"),
		},
		// A credit check run on applicants: a bar on economic situation
		// (several US states and cities; Québec's Charter, social
		// condition) unless the post handles money or a law asks it.
		{selects: 1, rule: "discrimination", category: "other-ground", what: "economic situation (a credit check, a proxy unless the law requires it)",
			suggest: [2]string{"supprimez ; si la loi exige une vérification pour ce poste, nommez-la", "remove it; if a law requires a check for this post, name it"},
			terms: fields(`credit_check* credit_report* credit_screening* vérification*_de_crédit enquête*_de_crédit historique_de_crédit
				cote_de_crédit dossier_de_crédit vérification*_du_dossier_de_crédit`),
			cues: [][]string{fields(`run runs running conduct* carry carries carried perform* subject undergo pass passer procédons procède
				effectu* réalis* fait faite sera seront soumis* soumise* required requis* obligatoire* all tous toutes every chaque
				applicant* candidat* before avant hiring embauche`)},
			lawful: []string{"bank", "banque", "financ", "fca", "fit and proper", "cash", "espèces", "caisse", "trésor", "treasur", "comptab",
				"accountant", "fund", "fonds", "loan", "prêt", "mortgage", "hypoth", "insurance", "assurance", "customer", "client", "tenant",
				"locataire", "no credit check", "pas de vérification", "we do not", "we don't", "never", "jamais", "nous ne"},
		},
		// Fees and costs put on the applicant in other words.
		{rule: "applicant-fee", category: "fee", what: "a payment", toSum: true,
			suggest: [2]string{"supprimez ; la candidature, la formation et l'équipement sont gratuits pour le candidat", "remove it; applying, training and equipment cost the applicant nothing"},
			terms: fields(`cost costs coût coûts montant somme sum accommodation hébergement logement housing lodging board meals repas
				transport visa visas dbs dbs_check* disclosure_check* medical_exam* examen*_médica* visite*_médica* background_check* vérification* police_check*
				shoes chaussures boots outils tools tablet tablette laptop phone téléphone vehicle véhicule assurance insurance contribution* participation
				course courses refresher certification* licence licences license licenses`),
			cues: [][]string{fields(`taken_from taken_out_of withheld recouped recovered_from from_your_first_pay* from_your_first_wage* from_your_first_salar*
				from_your_first_month* from_your_first_week* from_your_first_paycheck* from_your_pay
				from_your_wages from_your_salary off_your_pay sur_votre_premier sur_votre_première sur_la_première sur_le_premier
				sur_votre_salaire sur_votre_paie retenu*_sur retenue*_de reste*_à_votre_charge restent*_à_votre_charge à_votre_charge à_vos_frais
				at_your_own_cost at_your_own_expense at_your_expense at_your_cost self-funded self_funded you_cover you'll_cover
				you_will_cover moyennant in_exchange_for en_échange_d'* non-refundable
				refundable remboursable* non_remboursable* payable_by payable_on payable_before
				to_be_paid_by must_pay you_pay you'll_pay you_will_pay vous_payez vous_réglez vous_versez facturé* billed_to_you
				charged_to_you invoiced_to_you deducted déduit* déduite* prélevé* prélevée*
				cost_you costs_you vous_coûte* à_la_charge_du_candidat à_la_charge_de_la_candidate à_la_charge_des_candidat*
				à_la_charge_du_salarié à_la_charge pay_for pay_their_own their_own_cost own_expense own_cost we_charge comes_out_of
				come_out_of out_of_your_wages out_of_your_pay expected_from_you fund_their_own fund_your_own self-fund* pay_for_your_own
				pay_for_their_own at_their_own_expense at_their_own_cost their_own_expense demandé*_au_candidat demandé*_à_la_candidate
				demandé*_aux_candidat* asked_of_applicants asked_of_candidates charged_to_applicants charged_to_candidates
				payable_by_applicants payable_by_candidates`)},
			lawful: append(slices.Clone(paidOrHousedElsewhere), "fourni", "provided", "offert", "free of charge", "gratuit", "pris en charge par", "prise en charge par",
				// housing offered for a rent: a tenancy the hire may take, no fee to apply
				"loyer", "a rent of", "rent of", "monthly rent",
				"covered by", "client pays", "employer pays", "company pays", "agency pays", "paid by us", "paid by the employer", "paid by the company", "paid by the firm", "paid by the business", "paid by the club", "paid by the school", "paid by the council", "paid by the trust", "we pay", "nous payons", "nous remboursons", "remboursé par l'", "remboursés par l'",
				// housing the employer offers, optional, paid from pay
				"housing available", "accommodation available", "staff housing", "logement disponible", "logement proposé",
				"remboursé à 100", "remboursés à 100", "intégralement remboursé", "reimburse", "and pay for", "pay for it", "nous le payons", "we cover", "we organise and pay", "charge de l'employeur", "charge de l'entreprise",
				"charge de la société", "charge de l'agence", "par l'employeur",
				"by the employer", "par l'entreprise", "by the company", "nothing", "rien n", "never", "jamais", "no cost", "aucun",
				"the township will pay", "the council will pay", "the city will pay", "the county will pay", "the trust will pay", "the district will pay", "the employer will pay", "the company will pay", "the firm will pay", "the club will pay", "the school will pay", "the hospital will pay", "the board will pay", "the practice will pay", "fully funded", "at no cost to you", "paid one-day", "paid trial", "paid test", "paid assessment", "paid task", "test rémunéré", "essai rémunéré", "rémunéré", "we will pay", "we'll pay", "nous prenons en charge", "à nos frais", "at our expense", "à notre charge",
				"avantage en nature", "accommodation offset", "cotisation", "pension", "retraite", "mutuelle", "employer contribution",
				"contribution de l'employeur", "profit", "bénéfices", "intéressement", "participation aux", "tax", "impôt", "salary sacrifice",
				"ticket restaurant", "titres-restaurant", "subsidised", "subventionné", "cantine", "canteen", "restaurant d'entreprise", "staff restaurant"),
		},
		// Youth the job is said to suit ("would suit young people who want
		// a winter on the mountain", "idéal pour un jeune"): the people it
		// suits are the ones sought, not a public it serves.
		{rule: "cliche", category: "age", what: "age-coded wording: it tells older applicants they are not wanted",
			suggest: [2]string{"supprimez ; décrivez l'expérience et les compétences attendues", "remove it; describe the experience and skills the job needs"},
			terms: fields(`suit_+young* suits_+young* suited_to_+young* ideal_for_+young* perfect_for_+young* great_for_+young*
				convient_+aux_jeunes* conviendrait_+à_un_jeune* conviendrait_+à_une_jeune* conviendra_+à_un_jeune* idéal_pour_+un_jeune*
				idéal_pour_+une_jeune* idéal_pour_+les_jeunes* idéal_pour_+des_jeunes* parfait_pour_+un_jeune* parfait_pour_+une_jeune*`),
			// young children are a family's, young tenants a landlord's
			notAfter: append([]string{" children", " child", " kids", " enfants", " enfant"}, servedSegments...),
			// what the employer runs for the young is the public it serves
			lawful: append(slices.Clone(ageLawful), "programme", "program", "scheme", "dispositif", "club", "camp", "course", "cours",
				"atelier", "workshop", "activit", "séjour", "colonie", "menu", "product", "produit", "collection", "range", "gamme"),
		},
		// Age through its proxies: youth as a condition, a generation, freshness, a graduation date.
		{selects: 2, rule: "cliche", category: "age", what: "age-coded wording: it tells older applicants they are not wanted",
			suggest: [2]string{"supprimez ; décrivez l'expérience et les compétences attendues", "remove it; describe the experience and skills the job needs"},
			terms: fields(`young younger youngest youthful jeune jeunes jeunesse fresh_graduate* fresh_grad* fresh-graduate* fresh-grad* fresh_out_of fresh-faced
				fresh_face* freshers frais_émoulu* fraîchement_diplômé* fraîchement_sorti* digital_native* natif*_du_numérique
				native*_du_numérique recent_grad* recently_graduated jeune*_diplômé* newly_graduated génération* generation* too_old
				older_workers older_applicants older_candidates trop_âgé* plus_âgé* trop_vieux trop_vieille* overqualified over-qualified surqualifié* sur-qualifié* rester_jeune* stay_young
				young_blood sang_neuf sang_jeune nouvelle_génération new_generation fresh_blood new_blood sang_frais
				générationnel* generational rajeunir rajeunissement rejuvenate rejuvenating rejuvenation rajeunir_l'équipe
				rajeunir_nos_équipes rajeunissement_de_l'équipe rajeunissement_des_équipes rejuvenate_the_team`),
			// an ageing staff to renew says the young are sought: "du sang
			// neuf pour un atelier vieillissant"
			cues: [][]string{with(candidate, `recrut* embauch* hiring hires projet project plan orchestre orchestra vieillissant* ageing aging`), with(cond, `stay rester reste remain* keep garder match* suit* convien* énergie energy
				dynami* fit fits renouvellement renewal vieillissant* ageing aging`)},
			// a voice asked young is the person's age heard
			alone: fields(`voix_jeune jeune_voix young_voice youthful_voice young-sounding`),
			notAfter: append([]string{" people", " person", " adult", " audience", " customer", " client", " learner", " offender", " carer",
				" reader", " user", " children", " kids", " patient", " public", " enfant", " adulte", " pousse", " entreprise", " société",
				" teen", " sibling", " guest", " visitor", " jumper", " player", " swimmer", " rider",
				// animals and crops the job tends: "the backing and schooling of young horses"
				" horse", " pony", " ponies", " foal", " stock", " animal", " dog", " pupp", " cattle", " calf", " calves", " lamb", " tree", " vine", " seedling",
				" company", " business", " start", " marque", " brand", " vin", " wine", " plant", " driver", " conducteur", " conductrice", " z ", " of ", " des ",
				" de ", " d'", " d’", " et sport", " and sport",
				// the law's term for minors: "young workers under 18"
				" workers under", " persons under", " worker under", " travailleurs de moins", " travailleur de moins"}, servedSegments...),
			lawful: append(slices.Clone(ageLawful), "young people", "young audience", "young customers", "young adults", "youngsters",
				"young learners", "jeune public", "jeunes publics", "jeunes enfants", "jeunes adultes", "auprès des jeunes",
				"accompagner des jeunes", "accompagnement des jeunes", "jeunes accueillis", "maison des jeunes",
				"mission locale", "protection de la jeunesse", "sur la jeunesse", "de la jeunesse", "youth work", "youth service",
				"également étudiées", "aussi étudiées", "également bienvenu", "aussi bienvenu", "also considered", "also welcome", "graduate programme", "graduate program",
				"graduate scheme", "programme jeunes diplômés", "apprenti", "apprenticeship", "alternance", "contrat de professionnalisation",
				"jeune entreprise", "jeune pousse", "young company", "young business", "jeune marque", "young brand",
				"next generation", "génération d'électricité", "lead generation", "génération de leads", "generation of", "power generation",
				"welcome", "bienvenu", "all ages", "tous âges", "tout âge", "any age", "changing careers", "career change", "career changers",
				"reconversion", "or experienced", "ou expérimenté"),
		},
		// A career stage as an age: the years a career has left, or how
		// near retirement someone is. Experience is what a job needs;
		// how much working life remains is an age.
		{selects: 1, rule: "cliche", category: "age", what: "age-coded wording (a career stage): it tells older applicants they are not wanted",
			suggest: [2]string{"supprimez ; décrivez l'expérience et les compétences attendues", "remove it; describe the experience and skills the job needs"},
			terms: fields(`winding_down towards_retirement toward_retirement near_retirement nearing_retirement close_to_retirement
				approaching_retirement pre-retirement semi-retired semi-retiree* end_of_their_career end_of_your_career end_of_his_career
				twilight_of career_ahead_of career_still_ahead long_career_ahead whole_career_ahead years_ahead_of long_run_in
				fin_de_carrière proche_de_la_retraite proches_de_la_retraite approche_de_la_retraite pré-retraite préretraite
				years_left_in years_left_in_you working_years_ahead années_devant_vous années_devant_toi carrière_devant
				avenir_devant reconversion_tardive seconde_partie_de_carrière late-career late_career
				years_+left_in_them years_+left_in_you years_+left_in_him years_+left_in_her years_+ahead_of_them years_+left_before_retirement
				years_away_from_retirement years_from_retirement years_before_retirement years_off_retirement far_from_retirement
				années_+devant_eux années_+devant_elles années_+devant_vous années_+devant_lui années_+devant_toi ans_de_la_retraite années_de_la_retraite ans_avant_la_retraite années_avant_la_retraite
				loin_de_la_retraite éloigné*_de_la_retraite début_de_carrière début_ou_milieu_de_carrière milieu_de_carrière
				premières_années_de_carrière première*_année*_de_vie_active start_of_their_working_life start_of_your_working_life
				start_of_their_career start_of_your_career first_decade_of_their_career first_decade_of_your_career
				first_years_of_their_career first_years_of_your_career early_in_their_career early_in_your_career early-career early_stage*_of_your_career early_stage*_of_their_career
				early_stage*_in_your_career
				early_career`),
			cues: [][]string{with(cond, `for pour suit* convien* someone quelqu'un profil* profile candidate* candidat* you vous
				looking recherch* still encore`)},
			lawful: []string{"welcome", "bienvenu", "accueill", "all ages", "tous âges", "any age", "pension", "retraite complémentaire",
				"retirement plan", "retirement savings", "plan d'épargne", "perco", "per ", "401(k)", "superannuation", "clients",
				"patients", "résidents", "residents", "seniors", "advise", "conseill", "accompagner les", "accompagner des",
				"accompagnez les", "accompagnez des", "accompagnons les", "accompagnons des", "accompagnerez des", "accompagnerez les", "accompagnement des", "support", "help", "transmission",
				"succession", "reprise", "cédant", "handover", "replace", "remplac", "programme", "program", "scheme", "encourag",
				"comme en", "as well as", "or experienced", "ou expérimenté", "ou confirmé", "tous niveaux", "any stage", "every stage",
				"all stages", "mentor", "former", "formons", "train "},
		},
		// Religion: a faith, its practice or its signs as a condition.
		// Said of the employer ("une école catholique", "a Christian
		// charity") or as a skill ("familiar with Catholic liturgy"), it
		// describes the job, not the person sought.
		{selects: 1, rule: "discrimination", category: "religion", what: "religion",
			suggest: religionSuggest,
			terms: fields(`christian* chrétien* catholic* catholique* muslim* musulman* islam* jewish juif juifs juive* hindu* hindou*
				sikh* buddhist* bouddhiste* protestant* evangelical* évangélique* religion* religious religieu* faith foi croyant*
				anglican* orthodox orthodoxe* baptist* baptiste* methodist* méthodiste* pentecostal* pentecôtiste* adventist*
				adventiste* mormon* quaker* presbyterian* lutheran* luthérien* shia chiite* sunni sunnite* atheist* athée*
				agnostic* agnostique* believer* god-fearing devout pieux pieuse pieuses practising_member* practicing_member* churchgoer* church_of_england
				church_of_scotland church_of_ireland prayer* prière* hijab* tudung* jilbab* voile veil veils headscarf* headscarves foulard* turban* kippa*
				kippah yarmulke crucifix* signe*_religieu* signe*_convictionnel* religious_symbol* religious_sign* couvre-chef* head_covering* head-covering*
				headwear burqa* niqab* pastor pastors pasteur* prêtre* priest* imam* rabbi rabbis rabbinic* rabbin* curé vicar vicaire messe worship
				sacrament* sacrement* sacramentel* paroissien* baptised baptized baptisé*
				croyance* rite rites spiritualité spirituality culte cultes pratiquant pratiquante pratiquants pratiquantes
				pratique_religieuse religious_practice observante observance*`),
			// a faith the candidate would "feel at home" or "fit in" with
			// is one sought
			cues: [][]string{with(requireCues, religionCues+" feel_at_home would_fit fit_right_in fit_in would_suit ideal idéal idéale perfect parfait parfaite appreciated appréci* valued atout advantage")},
			notAfter: append([]string{" de la", " de l'", " des ", " de ", " d'", " d’", " of ", " street", " road", " lane", " hall", "'s", "’s", " of england", " of scotland", " of ireland", " de bateau", " de plaisance", " à ",
				" nautique", " de l'entreprise", "-based", "-inspired", " ethos", " liturgy", " music", " calendar", " heritage", " tradition",
				// a faith's festivals and holidays are the calendar the job keeps, not the person's faith
				" festival", " holiday", " holy day", " feast", " new year", " sabbath",
				// a practice described: "a physical and mindful practice, not a religious one"
				" one"}, faithBodies...),
			// "moniteur de voile", "planche à voile", "sortie en voile": sailing
			notBefore: append(slices.Clone(faithBodiesFr), "fêtes", "fête", "jours", "calendrier", "congés", "de", "à", "en"),
			lawful:    religionLawful,
		},
		// A place of worship is a criterion only when belonging to it or
		// attending it is asked: as the workplace, a client or a venue it
		// is where the job is done.
		{selects: 1, rule: "discrimination", category: "religion", what: "religion (a congregation)",
			suggest: religionSuggest,
			terms:   fields(`church* église* paroiss* parish* mosque* mosquée* synagogue* temple* chapel* chapelle* cathedral* cathédrale* gurdwara* congregation*`),
			cues: [][]string{fields(`attend* attendance fréquent* member* membre* belong* appartenance appartenez regular* régulier*
				régulière* assidu* active_in actif_dans active_member engagé*_dans involved_in recommendation* recommandation*
				reference* référence* lettre letter certificate attestation ? committed churchgoer* pratiquant*`)},
			notAfter: []string{"'s", "’s", " street", " road", " lane", " hall", " of england", " of scotland", " of ireland", " school", "-based"},
			lawful: append(slices.Clone(religionLawful), "work", "travail", "based", "basé", "environment", "environnement", "setting",
				"milieu", "clean", "nettoy", "entret", "maintain", "maintenance", "deliver", "livr", "visit", "tour", "guid", "event",
				"événement", "wedding", "funeral", "obsèques", "concert", "restor", "restaur", "architect", "roof", "toit", "organ",
				"orgue", "café", "car park", "parking", "salle", "site", "building", "bâtiment", "grounds", "jardin", "garden", "shop", "boutique"),
		},
		// A festival or the observance of a faith's calendar is a criterion
		// only when the person's own observance is asked; as a date, a
		// closure or a busy period it is the calendar of the job.
		{selects: 1, rule: "discrimination", category: "religion", what: "religion (its observance)",
			suggest: religionSuggest,
			terms: fields(`ramadan eid aïd yom_kippur sabbath shabbat carême lent diwali hanukkah passover jeûne fasting sunday_mass
				daily_mass attend_mass at_mass la_messe à_la_messe messe_du_dimanche messe_dominicale`),
			cues: [][]string{fields(`observe observes observing observant* observance fast fasts jeûn* faites_le fait_le faire_le pratiqu*
				practis* practic* keep keeps keeping keepers observers respect* time_off congé* absence* not_observe ne_faites_pas ? incompatible*
				déconseillé* avoid* évit* join attend* assist* particip* accompan*`)},
			lawful: append(slices.Clone(religionLawful), "evening", "soir", "hours", "horaires", "availab",
				"disponib", "busy", "rush", "closed", "fermé", "fermeture", "shift", "schedule", "planning", "affluence", "period",
				"période", "menu", "opening", "ouverture", "season", "saison", "we close", "nous fermons", "we respect", "nous respectons",
				"we accommodate", "nous aménageons", "adapt",
				// colleagues' observance the job supports
				"support", "soutien", "soutenez", "flexib", "colleagues who", "collègues qui", "staff who", "those who"),
		},
		// Origin: demonyms, ethnicity and skin colour as a preference.
		{selects: 1, rule: "discrimination", category: "origin", what: "origin",
			suggest: [2]string{"supprimez ; décrivez la compétence attendue (ex. « portugais courant, pour la clientèle lusophone »)", "remove it; describe the skill the job needs (\"fluent Portuguese, to serve Portuguese-speaking clients\")"},
			terms: fields(`malaysian* singaporean* filipino* filipina* indian indians indien* indienne* pakistani* bangladeshi* nigerian*
				chinoise chinoises mexican* latino* latina* hispanic* arab arabs arabes marocain* algérien* tunisien* sénégalais*
				portugaise* polonaise* roumaine* roumains turque* turcs vietnamienne* antillais* antillaise* ivoirien* malien* malienne*
				comorienne* espagnole* italienne* canadian-born american-born british-born australian-born irish-born french-born native-born kiwi-born aussie-born
				natifs_de natif_de native_de natives_de natives_of native_of
				new_zealand-born nz-born scottish-born english-born welsh-born local-born
				locally-born canadian-educated locally-educated profil_oriental profils_orientaux type_oriental physique_oriental ethnic* ethnique* ethnie* racial* raciale* couleur_de_peau skin_colour skin_color
				profil_local profils_locaux local_profile local-looking local_look* de_souche white_british black_african
				indonesian* vietnamese thai burmese sri_lankan* nepali* eastern_european* east_european* asian-looking african-looking
				european-looking look_like_our looks_like_our ressembl*_à_nos origin origins origine origines
				western_background* non-western european_background* white_background* famille_française famille*_d'origine
				issu*_de_l'immigration issu*_de_la_diversité
				western-sounding western_sounding foreign-sounding foreign_sounding english-sounding english_sounding
				french-sounding nom_à_consonance consonance*_étrangère* consonance*_française*
				aussie aussies true-blue europeans africans asians caucasians traveller_community traveller_communities
				irish_traveller* gypsy gypsies roma gens_du_voyage tsigane* gitan* manouche* yéniche* irish chinese
				uk_applicants uk_candidates uk_nationals eu_applicants same_background same_culture same_ethnic* same_origin*
				même_culture même_origine mêmes_origines même_communauté same_community all-white all-black all-british
				all-french all-english breton bretonne bretons bretonnes alsacien* basque basques normand normande normands normandes
				auvergnat* savoyard* ch'ti ch'tis chti chtis occitan* catalan catalane catalans flamand* wallon wallonne wallons
				kikuyu kikuyus luo luos luhya kalenjin kalenjins kamba kisii maasai mijikenda hausa yoruba igbo ibo indigenes_of indigènes_de`),
			cues: [][]string{fields(`candidate* candidat* applicant* profil* profile* person persons personne* someone quelqu'un staff
				worker* travailleu* employee* employé* nanny nounou* gouvernante* housekeeper* helper* maid* only uniquement exclusivement
				préf* prefer* ideal* idéal* souhait* privilégi* fit fits fit_in s'intégr* intégr* naturally naturellement plus atout bonus wanted advantage
				recherch* seeking looking background origine* origin first_look first_dibs first_call priority prioriti* enough
				comme_vous like_you as_you_will_be so_should_you comme_nous like_us`)},
			notAfter: []string{" food", " cuisine", " restaurant", " market", " marché", " new year", " nouvel an", " ocean", " océan",
				" summer", " client", " customer", " clientèle", " speaking", "-speaking", " speakers", " language", " langue",
				" law", " legislation", " government", " revenue", " rail", " water", " sea", " in ", " en ", " as you", " que vous",
				" medium", " (", " new year", " stud", " herd", " breed", " test", " exam", " oral", " proficiency"},
			// a level before it makes it a language ("fluent Irish",
			// "conversational Irish"), and so does "in" ("interviewed in Irish")
			notBefore: []string{"fluent", "conversational", "basic", "working", "written", "spoken", "business", "courant", "bon", "bonne",
				"notions", "niveau", "in", "en",
				// the people the business deals with: "quelques fournisseurs flamands"
				"fournisseurs", "clients", "partenaires", "producteurs", "suppliers", "customers", "partners", "growers"},
			lawful: append(slices.Clone(lawfulNationality), "you speak", "vous parlez", "to speak", "speak with", "speaking with", "speak it", "communicate with", "communicate in",
				"isn't essential", "not essential", "pas indispensable", "knowledge of", "connaissance du", "connaissance de", "notions d",
				"speak to", "parler", "parlez", "parlant", "with clients", "avec nos clients", "avec les clients", "clientèle", "market",
				"marché", "cuisine", "food", "restaurant", "dishes", "plats", "products", "produits", "language", "langue", "diversity",
				"diversité", "all backgrounds", "tous horizons", "toutes origines", "every background", "ethnic minorities are",
				"monitoring", "suivi de la diversité", "questionnaire anonyme", "anonymous", "anonyme", "welcom", "employment equity",
				"équité en matière d'emploi", "accueillons", "encourag", "certificat", "certificate", "produit", "product", "marchandise",
				"goods", "traçabilité", "traceability", "pays d'origine", "country of origin", "origine des", "origin of", "origine du",
				"appellation", "aoc", "aop", "mandarin", "cantonese", "hokkien", "tamil", "dialect"),
		},
		// Nationality or citizenship beyond the right to work.
		{selects: 1, rule: "discrimination", category: "origin", what: "nationality",
			suggest: [2]string{"demandez l'autorisation de travailler, pas une nationalité", "ask for the right to work, not a nationality"},
			terms: fields(`nationality nationalities nationalité* citizen citizens citizenship citoyen* citoyenneté passport* passeport*
				permanent_resident* pr_holder* résident*_permanent* ressortissant* étrangers étrangères foreigners
				foreign_nationals foreign_workers foreign_applicants foreign_candidates non-nationals non-eu hors_ue non-européen*
				extra-communautaire*`),
			notAfter: []string{"-sized", "-size", " size", " photo", " picture", " office", " control", " check"},
			cues:     [][]string{with(cond, `holder* titulaire* de_nationalité of_nationality hold holding advantage atout bonus`)},
			lawful: append(slices.Clone(lawfulNationality), "any nationality", "all nationalities", "toutes nationalités", "toute nationalité",
				"sponsor", "visa", "eligible to work", "eligibility to work", "authorised to work", "authorized to work", "autorisé à travailler",
				"autorisée à travailler", "autorisé·e à travailler", "droit de travailler", "legally entitled", "entitled to work",
				"work authori", "titre de séjour", "titre de travail", "citizens of", "citoyens de", "citizen science", "senior citizen",
				"citoyenneté active", "corporate citizenship", "no nationality", "aucune condition de nationalité", "customers", "clients", "passport office", "passeport talent",
				"collectionneurs", "collectors", "acheteurs", "buyers", "visiteurs", "visitors",
				// the sex an identity document records, a gender identity ground
				"sex on their", "sex on your", "gender on their", "gender on your", "sexe indiqué", "sexe figurant", "genre indiqué", "diversity", "diversité", "droits civiques", "conditions fixées", "état membre",
				"member state", "espace économique européen", "sans condition de nationalité", "travailleurs étrangers temporaires",
				"temporary foreign worker", "lmia", "eimt", "pte ", "tfw", "vous accompagnez", "you will support", "you support",
				"accueil des", "clients étrangers", "foreign clients", "foreign customers", "langues étrangères", "foreign languages",
				"foreign exchange", "change", "devises", "marchés étrangers", "foreign markets",
				// a passport the job's travel needs: "passeport valide ou carte NEXUS, nécessaires pour les livraisons au Vermont"
				"for travel", "to travel", "pour voyager", "voyages", "déplacements à l'étranger", "border", "frontière", "nexus",
				"livraisons", "deliveries"),
		},
		// Sex: one sex kept, preferred by clients or a team, or the job described in one gender.
		// A team that must stay one sex.
		{selects: 1, rule: "discrimination", category: "sex", what: "sex (a team kept one sex)",
			suggest: [2]string{"ouvrez le poste à toutes et à tous", "open the job to everyone"},
			terms: fields(`all-female all-male all-women all-men all-girl all-boy all-woman all-man non-mixte entièrement_féminin*
				entièrement_masculin* exclusivement_féminin* exclusivement_masculin* uniquement_féminin* uniquement_masculin*
				single-sex single-gender`),
			cues: [][]string{fields(`stay rester reste restera remain* keep garder want wants prefer* préfèr* préfér* souhait* only
				uniquement need needs requires require* doit must`)},
			// a service for one sex stated as the reason is a requirement
			// to check (occupational.go), not a lawful context
			lawful:    append(slices.Clone(positiveAction), "school", "école", "lycée", "collège", "choir", "chœur"),
			notBefore: servedPublic,
		},
		{selects: 1, rule: "discrimination", category: "sex", what: "sex",
			suggest: [2]string{"ouvrez le poste à toutes et à tous", "open the job to everyone"},
			terms: fields(`all-female all-male all-women all-men all-girl all-boy non-mixte entièrement_féminin* entièrement_masculin* exclusivement_féminin* exclusivement_masculin* feminine masculine
				womanly manly female male présence_masculine présence_féminine male_presence female_presence
				female_touch feminine_touch touche_féminine poigne_masculine une_femme un_homme woman man women men
				femmes hommes nouvelle_collègue une_collègue_femme nouvelle_coéquipière une_coéquipière lady_tutor* lady_staff
				lady_worker* lady_driver* lady_candidate*`),
			cues: [][]string{fields(`stay rester reste restera remain* keep_it keep_the garder prefer* préfèr* préfér* rather
				plus_facilement more_comfortable more_at_ease plus_à_l'aise better mieux ideal* idéal* souhait* only uniquement
				exclusivement wants want need needs requires require* seek* recherch* convien* naturally naturellement se_confient
				confide* must doit devra will_be sera should expect* attend* nécessite* necessit* appréci* appreciate*
				request requests requested demand* accueillir`)},
			notAfter: append([]string{"'", "’", " of few", " of his", " of her", " of the", "-owned", " et ", " and ", " ou ", " or ", "/",
				" clients", " customers", " clientèle", " de ménage", " enceinte", " pregnant", " victim", " victime", " the ", " a ",
				" our ", " your ", " up", " hours", " hour", "-hour", "-day", " days", " of ", " d'", " de "}, oneSexThings...),
			// the sellers or the trade a business deals with ("the market
			// women we collect from"), a quality qualified ("toute féminine")
			notBefore: append(slices.Clone(servedPublic), "market", "toute", "toutes", "très", "typiquement"),
			lawful: append(slices.Clone(positiveAction), "women and men", "men and women", "hommes et femmes", "femmes et hommes",
				"h/f", "f/h", "all genders", "any gender", "tous genres", "tout genre", "prêt-à-porter", "ready-to-wear", "womenswear",
				"menswear", "vêtements", "clothing", "collection", "rayon", "department store",
				"fragrance", "parfum", "voice", "voix", "vocal", "choir", "chœur", "whether you are a man or a woman", "que vous soyez un homme ou une femme", "hommes comme femmes",
				"women as well as men", "no matter", "man and one woman", "man and a woman", "homme et une femme", "marriage", "mariage"),
		},
		// Family: children, family constraints, being a parent as an asset or a bar.
		{selects: 1, rule: "discrimination", category: "family", what: "family situation",
			suggest: [2]string{"supprimez ; la situation de famille ne peut pas être un critère", "remove it; family situation is not a criterion"},
			terms: fields(`family_constraints family_commitments family_responsibilities family_obligations family_ties caring_responsibilities caring_commitments care_commitments
				carer_responsibilities childcare_responsibilities childcare_commitments childcare_arrangements childcare_in_place
				absence*_longue*_prévue* longue*_absence*_prévue* congé*_long*_prévu* long_leave_planned extended_leave_planned
				mode_de_garde modes_de_garde solution_de_garde solutions_de_garde garde_des_enfants contraintes_familiales contrainte_familiale
				obligations_familiales charges_familiales charge*_de_famille attaches_familiales young_children young_kids
				small_children little_ones jeunes_enfants enfants_en_bas_âge être_parent being_a_parent mère*_de_famille père*_de_famille
				mother_of father_of single_parent* single_mother* single_father* parent*_isolé* famille_monoparentale
				sans_attaches no_ties free_of_ties without_ties libre_de_toute_attache no_dependants no_dependents sans_personne_à_charge
				personne*_à_charge parenthood motherhood married marié mariée mariés mariées marié·e
				single_applicants single_candidates single_people unmarried non_marié* célibataire célibataires pregnant pregnancy pregnancies grossesse* enceinte*
				planning_a_family start_a_family starting_a_family family_plans projet*_de_grossesse projet*_d'enfant* projet*_d’enfant*
				à_un_couple pour_un_couple à_une_personne_seule pour_une_personne_seule personnes_seules to_a_couple for_a_couple
				couples_only a_single_person for_single_people family_distractions distractions_familiales single_and_free single_and_available single_and_mobile`),
			cues: [][]string{with(cond, `incompatible* pas_compatible* peu_compatible* not_compatible free libre* plus atout appréci* asset bonus suit* convien* réservé* reserved struggle difficult* difficile*
				understand* comprendr* advantage avantage ideally incompatible* juggl* handle gérer limited limité* constrained
				contraint* held_back tied_down`)},
			notAfter: []string{" of", " company", " organisation", " group", " leave", " de l'entreprise", " teacher", " tongue", "-teacher",
				" pay", " benefit", "'s", "’s", " à l'enfant", " d'élève", " d’élève", " helpers"},
			lawful: append([]string{"work with", "working with", "care for", "caring for", "look after", "accompagner", "accueillir les",
				// the job's own name and its diploma: "Diplôme d'État d'éducateur de jeunes enfants"
				"éducateur de jeunes enfants", "éducatrice de jeunes enfants", "éducateur·rice de jeunes enfants", "éducateur·ice de jeunes enfants",
				"accueil du jeune enfant", "early years educator",
				"s'occuper d", "prendre en charge", "family-friendly", "parental leave", "congé parental", "maternity leave", "maternity pay", "paternity leave",
				"congé maternité", "congé paternité", "congé de maternité", "congé de paternité", "we support", "nous accompagnons",
				"soutien aux", "soutenons", "flexib", "aménag", "crèche", "nursery", "childcare voucher", "chèques", "patients", "clients",
				"familles que", "families we", "accompagner les familles", "support families", "parents d'élèves", "maison mère",
				"société mère", "parent company", "groupe", "mother and baby", "mère et l'enfant", "mères et bébés", "protection maternelle",
				"pmi", "we adapt", "nous adaptons", "school holidays", "vacances scolaires", "working parents", "welcome", "bienvenu",
				"mutuelle", "insurance", "assurance", "health cover", "couverture", "maternité de", "maternity ward",
				"équilibre", "balance", "concili", "respect", "préserv", "protect", "jeunes mariés", "futurs mariés", "newlyweds", "wedding",
				// the couple a wedding venue serves: "le premier visage des mariés"
				"des mariés", "les mariés", "nos mariés", "aux mariés", "vos mariés", "des mariées", "les mariées", "nos mariées", "aux mariées",
				"vos mariées", "futures mariées", "brides", "bridal", "usagers", "maternité du", "service de maternité", "sage-femme", "midwife", "obstetric"}, append(animalWords, pregnancyProtection...)...),
		},
		// A leave for a child the applicant may plan is a pregnancy or
		// family plan asked about or held against them; the leave the
		// employer offers is a benefit.
		{rule: "discrimination", category: "family", what: "family situation (a parental leave planned)",
			suggest: [2]string{"supprimez ; les projets de congé parental ou de grossesse ne peuvent pas être un critère", "remove it; plans for parental leave or a pregnancy are not a criterion"},
			terms: fields(`parental_leave maternity_leave paternity_leave adoption_leave congé_parental congé*_maternité congé*_de_maternité
				congé*_paternité congé*_de_paternité congé*_d'adoption pause*_familiale* family_break*`),
			cues: [][]string{fields(`expect* need* plan* planning envisag* prévu* prévoy* prévoi* projet* intend* anticipat* within_the_next
				in_the_next dans_les_deux dans_les_trois dans_l'année next_year next_two yourself vous-même toi-même`)},
			lawful: []string{"we offer", "nous offrons", "nous proposons", "enhanced", "paid", "rémunéré", "indemnis", "weeks of", "semaines de",
				"policy", "politique", "entitle", "droit", "full pay", "plein salaire", "top-up", "complément", "cover", "remplacement",
				"replace", "benefit", "avantage", "support", "accompagn", "return", "retour", "contrat de remplacement", "fixed-term cover",
				"covering", "en remplacement", "during her", "pendant son", "pendant le congé", "during the leave"},
		},
		// No ties as what the person sought is: the words carry their own
		// "without", so saying them of the candidate is the bar ("vous
		// êtes disponible sans attaches", "ideal for someone childless").
		{rule: "discrimination", category: "family", what: "family situation",
			suggest: [2]string{"supprimez ; décrivez les horaires et les déplacements, pas la vie privée attendue", "remove it; describe the hours and travel, not the private life expected"},
			terms: fields(`sans_attaches sans_attache no_ties free_of_ties libre_de_toute_attache libre_de_toutes_attaches no_dependants
				no_dependents sans_personne_à_charge childless sans_enfants sans_enfant without_children sans_contrainte_familiale
				sans_contraintes_familiales no_family_commitments no_family_ties without_family_commitments without_family_ties`),
			cues: [][]string{fields(`vous_êtes êtes tu_es you_are you're candidat* candidate* applicant* profil* profile personne person
				someone quelqu'un disponible* available idéal* ideal* suit* convien* prêt* ready free libre* mobile`)},
			lawful: []string{"peu importe", "no matter", "whether or not", "que vous ayez", "with or without", "avec ou sans", "welcome", "bienvenu",
				"couples", "familles", "families", "tarif", "price", "prix", "chambre", "room", "adults only", "réservé aux adultes"},
		},
		// A family life the job rules out: "incompatible avec une vie de
		// famille", "not for anyone with a busy home life". Said of the
		// hours the employer offers, it is a benefit ("horaires compatibles
		// avec une vie de famille"): only a bar is a cue.
		{rule: "discrimination", category: "family", what: "family situation",
			suggest: [2]string{"supprimez ; décrivez les horaires et les déplacements, pas la vie privée attendue", "remove it; describe the hours and travel, not the private life expected"},
			terms:   fields(`vie_de_famille vie_familiale family_life home_life family_commitments`),
			cues: [][]string{fields(`incompatible* pas_compatible* not_compatible difficile* difficult* hard struggle* sacrifi* without
				sans no pas_de pas_d' renonc* give_up put_aside mettre_de_côté mettez_de_côté aside before avant passer_après
				come_second second_place not_for pas_pour`)},
			lawful: []string{"équilibre", "balance", "concili", "respect", "préserv", "protect", "we support", "nous accompagnons",
				"flexib", "aménag", "welcome", "bienvenu", "question", "ask", "demand", "private", "privée", "your business"},
		},
		// Health as a condition: a sick-leave history or a mental illness
		// ruled out or capped. Disability words are left to the phrases:
		// postings name them far more often to welcome than to exclude.
		// What is said not to be asked is lawful ("vous n'avez pas à
		// déclarer vos arrêts maladie").
		{selects: 1, rule: "discrimination", category: "health", what: "state of health",
			suggest: [2]string{"supprimez ; l'aptitude relève de la médecine du travail après l'embauche", "remove it; fitness is assessed after an offer, if the job needs it"},
			terms: fields(`nombre_d'arrêts nombre_de_jours_d'arrêt sick_days sick_leave sick-leave sickness_absence* sick_notes mc_record clean_mc medical_certificate_record days_off_sick time_off_sick arrêt*_maladie arrêt*_de_travail
				jours_d'arrêt congé*_maladie absence*_pour_maladie mental_illness* mental_health_condition* mental_health_issue*
				psychiatri* maladie*_mentale* troubles_psychiques depression dépression anxiety anxiété burn-out burnout
				bipolar* bipolaire* lombalgie* lumbago mal_de_dos back_problem* back_pain back_injur* back_trouble* knee_injur*
				knee_problem* hernie* hernia* tendinite* tendinitis musculoskeletal musculo-squelettique* tms epilep* épilep* diabet*
				diabète* asthm* clean_bill_of_health medical_condition* ongoing_medical* pre-existing_condition* pre-existing_medical
				existing_condition* health_condition* health_issue* health_problem* problème*_de_santé pathologie* long-term_illness*
				chronic_illness* chronic_condition* long-term_condition* maladie*_chronique* physical_limitation* limitation*_physique*
				restriction*_médicale* medical_restriction* limitation*_fonctionnelle* functional_limitation* contre-indication*_médicale* good_+health bonne_+santé perfect_+health
				parfaite_+santé excellent_+health excellente_+santé sound_+health dossier_de_santé_vierge dossier_médical_vierge clean_medical_record clean_health_record santé_de_fer iron_constitution constitution_robuste robuste_constitution personnes_valides candidats_valides
				candidates_valides travailleurs_valides long-term_medication on_medication regular_medication mental_health_treatment prescription_medication
				traitement*_de_fond traitement*_au_long_cours traitement*_régulier* travailleur*_handicapé* candidat*_handicapé*
				santé_irréprochable état_de_santé_+irréprochable santé_+parfaite santé_+impeccable vue_parfaite vue_+parfaite
				hearing_aid* appareil*_auditif* prothèse*_auditive* perfect_eyesight perfect_vision 20/20_vision normal_hearing normal_eyesight normal_vision perfect_hearing audition_normale audition_parfaite acuité_visuelle_parfaite sans_lunettes_ni_lentilles without_glasses_or_contact*
				disabled_applicants disabled_candidates disabled_workers rqth personne*_en_situation_de_handicap
				dos_en_parfait_état dos_en_bon_état dos_solide genoux_en_bon_état back_in_perfect_condition back_in_good_condition
				personne*_handicapée* travailleur*_en_situation_de_handicap
				bmi_under_# bmi_below_# bmi_of_# bmi_less_than_# bmi_over_# bmi_above_# bmi_no_higher_than_# bmi_not_exceeding_#
				imc_inférieur_à_# imc_supérieur_à_# imc_de_# imc_maximum* imc_max imc_<_# bmi_<_#
				indice_de_masse_corporelle body_mass_index
				workers'_comp* workers’_comp* workers_comp* workers'_compensation_claim* wcb_claim* wsib_claim* workcover_claim* worksafe_claim* acc_claim* acc_history
				injury_claim* compensation_claim* lésion*_professionnelle* accident*_du_travail_déclaré* indemnités_de_la_cnesst
				indemnités_de_la_csst réclamation*_à_la_cnesst`),
			// a business's health, not a person's
			notAfter: []string{" financ", " économ", " econom", " of the business", " of the company", " de l'entreprise", " of our"},
			// a product the job sells or a benefit it gives: "free hearing aids for you and your family"
			notBefore: []string{"free", "gratuit", "gratuits", "discounted", "sell", "selling", "fit", "fitting", "vendre", "vendez"},
			cues: [][]string{with(cond, `more_than plus_de fewer_than moins_de last_year l'an_dernier l'année_dernière history disclose
				antécédent* record free déjà ever have_you avez-vous inférieur* below under`)},
			lawful: []string{"accessib", "adjust", "aménag", "welcom", "bienvenu", "accueill", "rqth", "disability confident", "onboarding",
				// the conditions a clinician treats: "our musculoskeletal and sports team"
				"physiotherap", "kinésithérap", "sports team", "our musculoskeletal",
				// the diets a kitchen cooks for: "régimes (diabète, sans sel, allergies)"
				"régime", "diet", "menus",
				// a guaranteed interview scheme: a positive action the law allows
				"offered an interview", "guaranteed an interview", "guaranteed interview", "guarantee an interview", "interview scheme",
				"handi-accueillant", "handiaccueillant", "positive", "support", "soutien", "accompagn", "we pay", "paid", "payé", "indemnis",
				// an insurance the employer offers, not one named as the reason: "a must for our insurance"
				"entitle", "droit", "health insurance", "medical insurance", "insurance plan", "insurance cover", "life insurance",
				"dental insurance", "assurance santé", "assurance maladie", "assurance collective", "mutuelle", "prévoyance", "policy", "politique", "patient", "client",
				"résident", "resident", "service user", "usager", "support people with", "supporting people with", "help people with",
				"helping people with", "care for people with", "caring for people with", "work with people with", "working with people with",
				"serve people with", "serving people with", "for people with", "personnes en situation", "personnes handicapées",
				"children with", "enfants", "pupils", "élèves", "parking", "toilet", "toilette", "lift", "ascenseur", "benefit",
				"avantage", "cover", "couverture", "claims", "dossiers", "declaration", "déclaration", "report", "signaler",
				"sickness pay", "sick pay", "maintien de salaire", "full pay", "plein salaire", "days of", "jours de congé", "holiday",
				"vacances", "n'avez pas à", "n’avez pas à", "pas besoin", "don't have to", "do not have to", "not required to", "no need to",
				"never ask", "don't ask", "do not ask", "ne demandons", "ne vous demandons"},
		},
		// Residence: a commune, a district, a postcode, beyond a reasonable travel or on-call time.
		{selects: 1, rule: "discrimination", category: "residence", what: "place of residence",
			suggest: [2]string{"indiquez le lieu de travail et, si une astreinte l'exige, le temps d'intervention", "state where the job is and, if on-call duty needs it, the response time"},
			terms: fields(`live_in live_inside lives_inside living_inside live_on lives_on living_on live_within live_near living_in living_within living_near reside resides residing resident_of
				lives_in lives_within lives_near live_outside lives_outside living_outside live_locally living_locally lives_locally
				home_within home_address_within based_within home_less_than
				live_close_to living_close_to lives_close_to live_nearby living_nearby habitant* habitez_hors résidant*_hors domicilié*_hors
				residents_of resident_in habiter habitez habites habitent résider résides résidez résident_à résident résidents résident·e résident·es résidant* résidente* domicilié*
				domiciliée* domicile demeurant* vivre_à vivre_dans vivez_à vivez_dans vis_à vis_dans vis_intra* vivez_intra* habitez_intra*
				habites_intra* résidence_à résidence_dans résidence_en local_applicants locals_only candidats_locaux
				candidates_from applicants_from hire_from hiring_from recruit_from recruiting_from postcode* code_postal zip_code local_address adresse_locale address_in
				addresses_in home_address_in adresse_dans adresse_à commuter commuters commute_from navetteur* frontalier*
				quartiers_prioritaires quartier_prioritaire qpv zones_sensibles zone_sensible zus cités_sensibles banlieues_sensibles
				in_the_local_area council_estate* housing_estate* rough_area* rough_neighbourhood* lieu_de_résidence place_of_residence
				quartiers_nord candidatures_issues_des issus_des_quartiers issues_des_quartiers`),
			cues: [][]string{fields(`must only uniquement exclusivement obligatoire* impérati* required requis* exig* devez doit doivent
				need needs préf* prefer* priority priorit* souhait* idéal* ideally preferably essential indispensable* mandatory condition
				suits suited would_suit applicants_who candidates_who candidats_qui candidates_qui hors unlikely arrondissement* km kilomètres
				proximité retiendr* retenons retenu* able_to willing_to prepared_to intra-muros seul seule seuls seules
				plus_simple plus_pratique plus_facile easier simpler handier il_faut`)},
			// "sans domicile fixe": economic vulnerability, a ground of its own;
			// "living in the terminal": a tool, not a place
			notAfter: []string{" the class", " class of", " the cohort", " the graduating", " fixe", " stable", " the terminal", " the command", " the cloud", " excel", " spreadsheet", " the codebase", " code", " slack", " figma", " the data",
				// a way of life, not a place: "living in a way that reflects…"
				" a way", " a manner", " line with", " accordance", " harmony",
				// "candidatures hors délai": late, not from elsewhere
				" délai", " date", " sujet", " profil", " cadre",
				// "candidates from all backgrounds", "from a reputed family": not a place
				" all ", " any ", " diverse", " a range", " a variety", " different", " under-represented", " underrepresented",
				" a reputed", " a good", " a respectable", " a similar", " a background", " a family", " a wide"},
			// "les agents frontaliers", "border agents": officers at a border, not where anyone lives
			notBefore: []string{"agents", "agent", "douaniers", "postes", "poste", "contrôles", "contrôle", "services",
				// "ménage à domicile", "au domicile des clients": where the work is done
				"à", "au",
				// the residents a home or a hall houses: "les résidents", "nos résidentes"
				"les", "nos", "vos", "ses", "leurs",
				// "permanent residents only": an immigration status, read as nationality
				"permanent"},
			lawful: []string{"attestation de domicile", "justificatif de domicile", "proof of address",
				// the employer's own seat: "Notre entreprise est domiciliée dans le 13e"
				"est domicilié", "est domiciliée", "sont domiciliés", "sont domiciliées", "is registered in", "is based in", "travel time", "temps de trajet", "commute time", "commuting time", "your commute", "commute of",
				// experience gained in a district, not a home there
				"expérience auprès", "expérience en quartier", "expérience dans les quartiers", "experience working in", "experience in deprived",
				// on-call duty is a reason only with the response time it needs
				"délai d'intervention", "temps d'intervention", "response time", "relocat", "déménag", "logement de fonction", "live-in", "accommodation provided",
				"logé", "logement fourni", "nos résidents", "nos résidentes", "des résidents", "des résidentes", "our residents", "compte", "bank account", "bank details", "banque", "rib", "iban", "right to work",
				"on the premises", "on site", "on-site", "on the farm", "on the property", "on the station", "on the estate",
				// where the vehicle the job uses may be parked: "stationnement possible à proximité de votre domicile"
				"stationnement possible", "stationner le", "garer le", "garer votre", "park the vehicle", "park the van", "park the bus",
				"take the vehicle home", "take the van home",
				"comes with the job", "goes with the job",
				"autorisation de travail", "work permit", "permis de travail", "tax", "impôt", "fiscal", "visa"},
			lawfulWith: [2][]string{{"minutes", " min ", " min.", " min)"}, {"astreinte", "on-call", "on call", "call-out", "callout",
				"standby", "stand-by", "intervention", "emergenc", "urgence", "rappel"}},
		},
		// A mother or a father as what the job suits: a sex sought
		// (L1142-1); a parent: a family situation.
		{selects: 1, rule: "discrimination", category: "sex", what: "sex (a mother or a father sought)",
			suggest: [2]string{"ouvrez le poste à toutes et à tous ; décrivez les horaires", "open the job to everyone; describe the hours"},
			terms:   fields(`mum mums mom moms mother mothers dad dads father fathers maman mamans papa papas`),
			cues:    parentCues, notAfter: parentNotAfter, lawful: parentLawful,
		},
		{selects: 1, rule: "discrimination", category: "family", what: "family situation (a parent sought)",
			suggest: [2]string{"supprimez ; la situation de famille ne peut pas être un critère", "remove it; family situation is not a criterion"},
			terms:   fields(`parent parents`),
			// "the parents feel more comfortable", "work with parents":
			// the families the job serves
			notBefore: []string{"the", "les", "their", "leurs", "aux", "our", "nos", "of", "with", "avec"},
			cues:      parentCues, notAfter: parentNotAfter, lawful: parentLawful,
		},
		// Preference for the people of a commune.
		{selects: 1, rule: "discrimination", category: "residence", what: "place of residence",
			suggest: [2]string{"indiquez le lieu de travail, pas celui du domicile", "state where the job is, not where the candidate lives"},
			terms: fields(`habitant*_de_la_commune habitant*_du_village habitant*_de_la_ville habitants_du_quartier habitant*_du_secteur
				résident*_de_la_commune local_people local_residents people_living_locally candidat*_de_la_région
				candidat*_du_département candidat*_du_quartier profils_locaux candidates_from_the_area applicants_from_the_area
				candidates_from_the_local_area applicants_from_the_local_area local_candidates
				codes_postaux candidatures_hors candidature_hors
				candidats_hors applications_from_outside applicants_from_outside candidates_from_outside hors_département
				candidat*_parisien* candidature*_parisien* profil*_parisien* candidat*_lyonnais* candidature*_lyonnais*
				profil*_lyonnais* candidat*_marseillais* candidature*_marseillais* profil*_marseillais* candidat*_bordelais*
				candidature*_bordelais* profil*_bordelais* candidat*_lillois* candidature*_lillois* profil*_lillois*
				candidat*_toulousain* candidature*_toulousain* profil*_toulousain* candidat*_nantais* candidature*_nantais*
				profil*_nantais* candidat*_rennais* candidature*_rennais* profil*_rennais* candidat*_strasbourgeois*
				candidature*_strasbourgeois* profil*_strasbourgeois* candidat*_niçois* candidature*_niçois* profil*_niçois*
				candidat*_montpelliérain* candidature*_montpelliérain* profil*_montpelliérain* candidat*_grenoblois*
				candidature*_grenoblois* profil*_grenoblois* candidat*_rouennais* candidature*_rouennais* profil*_rouennais*
				candidat*_toulonnais* candidature*_toulonnais* profil*_toulonnais* candidat*_stéphanois*
				candidature*_stéphanois* profil*_stéphanois* candidat*_dijonnais* candidature*_dijonnais* profil*_dijonnais*
				candidat*_angevin* candidature*_angevin* profil*_angevin* candidat*_brestois* candidature*_brestois*
				profil*_brestois* candidat*_rémois* candidature*_rémois* profil*_rémois* candidat*_havrais*
				candidature*_havrais* profil*_havrais*`),
			// "candidatures hors délai": late, not from elsewhere
			notAfter: []string{" délai", " date", " sujet", " profil", " cadre"},
			cues: [][]string{fields(`préférence priorité priority prioritaire* uniquement only exclusivement exclusively réservé* reserved first seul seule seuls seules
				d'abord preferred`)},
			lawful: []string{"clients", "customers", "public", "serve", "servir", "accueil", "welcome"},
		},
		// A graduation or birth year as a bound: an age by another name.
		{selects: 1, rule: "age-limit", category: "age", what: "a graduation or birth year (an age proxy)",
			suggest: [2]string{"demandez le diplôme, pas l'année où il a été obtenu", "ask for the qualification, not the year it was earned"},
			terms: fields(`graduated_% graduated_in_% graduating_in_% graduation_% diplômé*_en_% diplômé*_depuis_% promotion_% promo_%
				class_of_% grads_from_% graduates_from_% grads_of_% born_after_% born_before_% born_between_% born_in_the_% né*_après_% né*_avant_% née*_après_% née*_avant_%
				obtenu*_en_% obtenu*_après_% obtenu*_depuis_% obtenu*_+(%_ou_après obtenu*_+(%_ou_plus_tard earned_in_% earned_after_%
				obtained_in_% obtained_after_% completed_in_% completed_after_% awarded_in_% awarded_after_%
				degree_from_% diplôme_de_% (%_ou_après (%_or_later (%_or_after en_%_ou_% in_%_or_%`),
			cues: [][]string{fields(`or_later or_after ou_après ou_plus_tard after après since depuis no_earlier within récent* recent* onward onwards
				diplômé* graduated graduating titulaire* diplôme* bts dut licence master bac degree qualification
				récemment recently
				latest au_plus_tôt minimum maximum only uniquement born né* née* between entre before avant`)},
			lawful: []string{"sont bienvenu", "est bienvenu", "founded", "fondée", "créée", "company", "peu importe", "no matter", "doesn't matter", "does not matter",
				"quelle que soit", "whatever"},
		},
		// A recent graduation as a bound: how long ago is an age by another name.
		{selects: 1, rule: "age-limit", category: "age", what: "a graduation date (an age proxy)",
			suggest: [2]string{"demandez le diplôme, pas l'année où il a été obtenu", "ask for the qualification, not when it was earned"},
			terms: fields(`diplômé*_depuis_moins_de diplômé*_il_y_a_moins_de diplôme_il_y_a_moins_de diplôme_depuis_moins_de
				diplôme_obtenu_il_y_a_moins_de diplôme_obtenu_depuis_moins_de obtenu*_il_y_a_moins_de sorti*_d'école_depuis_moins_de sorti*_d'école_il_y_a_moins_de
				sorti*_d'études_depuis_moins_de graduated_within graduated_in_the_last graduated_in_the_past graduated_less_than
				graduated_no_more_than graduated_no_longer_than graduation_within degree_within_the_last degree_in_the_last
				graduate_from_the_last graduate_of_the_last graduates_of_the_last graduates_from_the_last qualified_within_the_last
				qualified_in_the_last finished_your_degree completed_your_degree left_school left_university left_college
				out_of_university out_of_college out_of_school finished_your_studies completed_your_studies terminé_vos_études
				fini_vos_études achevé_vos_études fin_de_vos_études sorti*_de_l'école sorti*_d'école sorti*_de_l'université`),
			cues: [][]string{fields(`within last past moins less no_more no_longer ago récemment recent* year years ans années`)},
			lawful: []string{"founded", "fondée", "créée", "company", "programme", "program", "scheme", "alumni",
				// school pick-ups a nanny does: "Sorties d'école et de crèche, trajets vers les activités"
				"de crèche", "enfants", "enfant", "jumeaux", "trajets", "goûter", "devoirs"},
		},
		// Height as a bound: a measure of the body.
		{selects: 1, rule: "discrimination", category: "appearance", what: "physical appearance (height)",
			suggest: [2]string{"supprimez ; si une tâche physique l'exige, décrivez la tâche", "remove it; if a physical task needs it, describe the task"},
			terms:   fields(`%'% %’% %_ft %ft %_feet %_foot %.%_m %,%_m %m% %_cm %cm taller_candidates taller_coaches taller_staff taller_applicants`),
			cues: [][]string{with(cond, `under over at_least au_moins moins plus minimum maximum min max taller shorter`),
				fields(`tall taller short shorter height taille mesur* grand* petit* stature under over`)},
			// an area or a volume, not a height: "a 12,000 m² warehouse"
			notAfter: []string{"²", "³", "2 ", "3 ", " square", " sq", " carré", " cube"},
			lawful: []string{"box", "boxes", "carton", "colis", "parcel", "load", "charge", "pallet", "palette", "screen", "écran", "desk",
				"bureau", "shelf", "étagère", "ladder", "échelle", "ceiling", "plafond", "hauteur de", "height of the", "water", "eau",
				"snow", "neige", "wave", "vague", "tree", "arbre", "building", "bâtiment", "échafaud", "scaffold", "working at height",
				"travail en hauteur", "travaux en hauteur", "tide", "marée", "dock", "quai", "boat", "bateau"},
		},
		// Clichés by their idiom, whatever the word order: the idiom's
		// words, then the word that makes it the idiom in the same clause
		// ("hats, you will wear many of them", "eats quota for breakfast").
		{sentence: true, rule: "cliche", category: "cliche", what: "cliché: say what the tasks are",
			suggest: [2]string{"listez les tâches que le poste réunit", "list the tasks the job combines"},
			terms:   fields(`hats casquettes chapeaux`),
			cues: [][]string{fields(`wear wears wearing worn juggl* switch* swap* port* jongl* cumul* enfil* alterne*`),
				fields(`many multiple several different various lots a_lot numerous all_sorts plusieurs multiples nombreuses différentes
				diverses mille toutes`)},
			notBefore: []string{"hard", "safety", "sun", "chef's", "chef", "paper", "party", "protective"},
			lawful:    []string{"hard hat", "hard-hat", " ppe", "(ppe)", " epi ", "(epi)", "casque ", "casques", "safety", "sécurité", "protective", "hygiène", "hygiene", "uniform"},
		},
		{sentence: true, rule: "cliche", category: "cliche", what: "cliché: it says little about the job",
			suggest: [2]string{"décrivez les objectifs et comment ils sont atteints", "describe the targets and how they are met"},
			terms:   fields(`for_breakfast au_petit-déjeuner au_petit_déjeuner au_petit-dèj au_petit_dèj au_ptit_déj`),
			cues:    [][]string{fields(`eat eats eating ate devour* mange* dévor* croqu* bouff* n'en_fai* chew* swallow* avale*`)},
			lawful:  []string{"menu", "served", "servi", "cook", "cuisin", "kitchen", "hotel", "hôtel", "buffet", "guests", "clients", "résidents", "residents"},
		},
		{sentence: true, rule: "cliche", category: "cliche", what: "cliché: friends rather than colleagues blurs work and private life and hints at unpaid extra hours",
			suggest: [2]string{"décrivez l'équipe et l'organisation du travail", "describe the team and how work is organised"},
			terms: fields(`bande_de_potes bande_d'amis bande_de_copains bunch_of_friends group_of_friends gang_of_friends
				band_of_brothers bunch_of_mates gang_of_mates`),
			cues: [][]string{fields(`plus_qu' plus_que more_than rather_than plutôt_qu' plutôt_que avant_tout first like comme we're we_are
				on_est nous_sommes c'est_une it's_a`)},
		},
		{sentence: true, rule: "cliche", category: "cliche", what: "cliché: it hints at long hours and a narrow idea of fun",
			suggest: [2]string{"décrivez les horaires et l'organisation réelle", "describe the hours and how the team works"},
			terms:   fields(`travaill*_dur bosse*_dur on_bosse_dur taff*_dur work_hard works_hard working_hard`),
			cues: [][]string{fields(`s'amus* fait_la_fête faire_la_fête font_la_fête fêt* kiff* décompress* rigol* play plays playing party
				partying celebrat* fun`)},
		},
		// Gender-coded English wording: leadership or drive as manhood.
		{selects: 1, rule: "cliche", category: "gender-coded", what: "gender-coded wording: it puts off applicants who do not see themselves that way, more often women",
			suggest: [2]string{"décrivez ce que la personne fera et saura faire", "describe what the person will do and know"},
			terms: fields(`aggressive aggressively dominant dominate dominates dominating vrai_requin vraie_requin un_requin requin_de_la requin_du requin_des
				real_shark a_shark attitude_dominante tempérament_dominant personnalité_dominante caractère_dominant strong_hand firm_hand iron_fist iron_hand
				leader_of_men leaders_of_men man_of_action men_of_action man_enough man_up real_man ruthless* fearless killer_instinct
				motherly maternal fatherly testosterone cojones poigne main_de_fer meneur_d'hommes meneuse_d'hommes chef_d'hommes
				meneur_d'équipe_viril* viril* virilité combative combatif* thick-skinned cutthroat cut-throat hard-nosed
				macho forceful domineering bulldozer pitbull girly ladylike feminine_charm charme_féminin douceur_féminine
				nerves_of_steel steely steel_nerves iron_will iron-willed thick_skin tough_as_nails hard_as_nails tough_guy*
				hardball balls_to ballsy the_guts_to have_the_guts gutsy hide_of_a_rhino rhino_skin rhino-skinned jugular for_the_throat take_no_prisoners takes_no_prisoners no_prisoners crush
				crushes crushing conquer conquers conquering slay slays slaying rough-and-tumble battle-hardened
				man's_world boys'_club competitive_streak win_at_all_costs steamroll* chest-thumping swagger
				nerfs_d'acier mental_d'acier mental_de_fer volonté_de_fer moral_d'acier peau_dure cuir_épais épaules_solides
				reins_solides taper_du_poing poing_sur_la_table froid_aux_yeux en_découdre rentre-dedans gnaque niaque grinta
				couilles burnes écraser écrasez écrase dominer dominez impitoyable* sans_pitié coriace* pugnace* pugnacité
				caractère_bien_trempé battant battante battants battantes fighter fighters hunter hunters chasseur chasseuse chasseurs
				goût_du_combat esprit_de_combat combat_commercial sens_du_combat vivez_pour_la_compétition vis_pour_la_compétition
				live_for_competition lives_for_competition live_for_the_win thrive_on_competition thrives_on_competition hate_to_lose
				hate_losing détestez_perdre détestes_perdre déteste_perdre encaiss*_les_coups encaiss*_la_pression encaiss*_les_échecs
				sans_broncher without_flinching never_back_down never_backs_down savoir_vous_imposer savez_vous_imposer savoir_t'imposer
				sais_t'imposer savoir_s'imposer vous_imposer_face s'imposer_face alpha_male
				mâle_alpha rouleau_compresseur esprit_guerrier mentalité_de_guerrier âme_de_guerrier warrior_mindset
				warrior_mentality warrior_spirit instinct_de_chasseur mentalité_de_chasseur hunter_mentality hunter_mindset
				alpha_personality personnalité_alpha born_leader born_leaders natural-born_leader natural_born_leader leader-né leader_né
				leader_née meneur_né chef_né lone_wolf loup_solitaire silverback leader_of_the_pack pack_leader top_dog attack_dog
				chef_de_meute mâle_dominant gunslinger* muscle_through muscles_through muscle_your_way muscle_their_way
				montrer_les_muscles montrez_les_muscles jouer_des_muscles jouer_des_coudes jouez_des_coudes joue_des_coudes
				broad_shoulders big_shoulders stiff_upper_lip balls_of_steel tough_as_old_boots for_the_kill go_for_the_jugular
				captain_of_industry captains_of_industry big_brother grand_frère dur_à_cuire durs_à_cuire gros_bras
				avoir_du_coffre avez_du_coffre as_du_coffre a_du_coffre ayant_du_coffre avoir_les_épaules avez_les_épaules
				as_les_épaules a_les_épaules avoir_les_épaules_+pour avoir_de_larges_épaules larges_épaules épaules_larges
				avoir_des_tripes avez_des_tripes as_des_tripes faut_des_tripes mental_de_guerrier mental_de_gagnant
				mental_de_tueur tempérament_de_battant tempérament_de_gagnant tempérament_de_chasseur
				marcher_sur_les_pieds pushover walk_all_over walks_all_over bark_orders barks_orders hold_your_own_with_the_lads
				baroudeur baroudeurs`),
			cues: [][]string{fields(`vrai véritable you your you're you'll vous votre candidate* candidat* someone quelqu'un person personne leader*
				manager* profil* profile personality personnalité attitude mindset approach style nature touch need needs must be
				être sera devez who qui closer* seller* salesperson* vendeu* commercia* negotiator* négociat* faut avez have has
				indispensable* essential required requis* exigé* atout asset plus tu es t'es yourself toi-même vous-même type
				ideal* idéal* perfect parfait* like comme think tempérament caractère`)},
			notAfter: []string{" de têtes", " de tête", " alpin", " d'images", " de prime", " market", " position", " player", " share", " brand", " in the market", " growth", " target", " timeline",
				" deadline", " pricing", " schedule", " roadmap", " behaviour", " behavior", " dog", " tumour", " tumor", " cancer",
				" treatment", " leave", " pay", " health", " care", " comment", " message", " email", " e-mail", " post", " review",
				" tone", " customer", " client", " caller", " people", " person", " user", " driver", " traffic", " weather", " language",
				" content", " behaviour", " situation", " incident", " patient", " resident", " pupil", " student", " child", " animal",
				" dog", " competitor", " competition", " pricing", " spam", " attack", " malware", " bot", " on ", " sur "},
			lawful: []string{"de-escalat", "désescalade", "clients who", "animals", "animaux", "battue", "gibier", "chasse ", "hunting",
				"lone worker", "travailleur isolé",
				"dogs", "chiens", "behaviour", "behavior", "comportement", "maternal health", "santé maternelle", "maternal care",
				"maternity", "market", "marché", "tumour", "cancer", "stone", "pierre", "rock", "roche", "grape", "raisin", "glass",
				"verre", "quarry", "carrière", "crusher", "concass", "recycl", "infant", "nourrisson", "newborn", "baby", "bébé",
				"crèche", "nursery", "early years", "petite enfance", "kitchen", "cuisine", "épices", "spices", "wall", "mur", "child",
				"enfant", "pupil", "élève", "kids", "learner", "apprenant", "winery", "vineyard", "vignoble"},
			// a winery's crush is its harvest season ("5–6 days a week during
			// crush"); dodgeball is "ballon-chasseur" in Québec
			notBefore: []string{"during", "harvest", "busy", "ballon"},
		},
		// Gender-coded the other way: care pictured as a mother's, which
		// tells men the job is not theirs. Said of a place or of the
		// children cared for, it describes the job.
		{selects: 1, rule: "cliche", category: "gender-coded", what: "gender-coded wording: care pictured as a mother's puts off applicants who do not see themselves that way, more often men",
			suggest: [2]string{"décrivez les soins et l'attention attendus", "describe the care and attention the job needs"},
			terms: fields(`nurturing nurturer* mother_hen gentle_touch woman's_touch fibre_maternelle instinct_maternel sens_maternel
				âme_de_mère côté_maternel maternal_instinct* bubbly maternant maternante maternants maternantes douceur_maternelle
				chaleur_maternelle tendresse_maternelle attention_maternelle bienveillance_maternelle votre_douceur ta_douceur
				douceur_naturelle douceur_de_caractère douce_de_caractère doux_de_caractère soft-spoken sweet-natured sweet_nature
				gentle_nature nature_douce tempérament_doux âme_douce douceur_+maternelle chaleur_+maternelle
				tendresse_+maternelle patience_+maternelle motherly_+warmth maternal_+warmth den_mother team_mum team_mom office_mum
				office_mom mum_of_the mom_of_the maman_de_l'équipe maman_du_bureau maman_de_la_boutique mère_poule mères_poules
				big_sister grande_sœur grande_soeur feminine_warmth warmth_of_a_woman chaleur_féminine douceur_+féminine
				sensibilité_féminine feminine_sensitivity feminine_intuition intuition_féminine fée_du_logis motherly_type
				maternal_type nurturing_type mumsy maman_poule mamans_poules âme_de_maman cœur_de_maman coeur_de_maman vraie_maman véritable_maman vrai_papa véritable_papa maternel maternelle maternels maternelles`),
			// the nursery school, the childminder's trade, the mother tongue, mother and child care: not a trait
			notBefore: []string{"langue", "langues", "école", "écoles", "classe", "classes", "section", "sections", "assistant", "assistante",
				"assistants", "assistantes", "protection", "petite", "moyenne", "grande", "enseignant", "enseignante", "atsem", "lait", "lignée",
				// "chez les maternelles": the children of the nursery school
				"les", "des", "aux"},
			cues: [][]string{fields(`vrai vraie véritable you you're you_are vous_êtes tu_es personality personnalité nature someone quelqu'un candidate*
				candidat* profil* profile need needs must devez avez have plus atout asset bonus indispensable* essential vous votre tu
				ta ton your apprécié* appréci* valued qualités qualities energy énergie presence présence vibe yourself toi-même
				vous-même type ideal* idéal* perfect parfait* like comme think role rôle be être sera will`)},
			notAfter: []string{" environment", " culture", " workplace", " place", " space", " atmosphere", " ambiance", " cadre",
				" setting", " relationship", " et infantile", " de "},
			lawful: []string{"environment", "environnement",
				// the school years: "de la maternelle au lycée"
				"de la maternelle", "en maternelle", "maternelle au "},
		},
		// A stage of life as whom the job is for: school leavers, a
		// gap year, the start of a working life are ages by another name.
		// Welcomed beside others, they open the job; the public served
		// and a contract the law reserves by age are not the candidate.
		{selects: 1, rule: "cliche", category: "age", what: "age-coded wording (a stage of life): it tells older applicants they are not wanted",
			suggest: [2]string{"supprimez ; « débutant·e bienvenu·e » dit le niveau attendu sans viser un âge", "remove it; \"no experience needed\" says the level without aiming at an age"},
			terms: fields(`gap-year* gap_year* school_leaver* school-leaver* high_school_grad* high-school_grad* high_school_graduate*
				high_school_leaver* début_de_vie_active entrée_dans_la_vie_active premiers_pas_dans_la_vie_active
				premier_pas_dans_la_vie_active jeunes_actifs jeune_actif jeune_active jeunes_actives young_professional* college_kids uni_kids de_leur_génération de_notre_génération
				de_votre_génération de_la_même_génération même_tranche_d'âge la_même_tranche of_their_generation of_our_generation same_generation
				same_age_bracket same_age_group`),
			notAfter: servedSegments,
			cues: [][]string{fields(`perfect parfait* ideal* idéal* suit suits suited convien* encouraged encourag* great_for for_a
				for_someone pour_une_personne pour_un pour_une destiné* aimed réservé* only uniquement priorit* préf* prefer* targeted
				cibl* want wants seeking recherch* cherch* looking vous_êtes you_are you're tu_es`)},
			lawful: append(slices.Clone(apprenticeWords), "also", "également", "aussi", "as well", "alongside", "welcom", "bienvenu",
				"or experienced", "ou expérimenté", "any age", "all ages", "tous âges", "tout âge", "career changer", "reconversion",
				"returner", "clients", "customers", "tenants", "locataires", "public", "audience", "programme", "scheme", "dispositif"),
		},
		// Experience capped by a trade's years or turned away past a
		// range: an age by another name.
		{selects: 1, rule: "age-limit", category: "age", what: "a cap on experience (an age proxy)",
			suggest: [2]string{"indiquez l'expérience minimale, pas un maximum", "state the least experience the job needs, not a most"},
			terms: fields(`moins_de_%_ans_de_métier moins_de_%_années_de_métier moins_de_%_ans_de_pratique moins_de_%_années_de_pratique
				moins_de_%_ans_de_terrain moins_de_%_ans_d'atelier moins_de_%_années_d'atelier moins_de_%_ans_d'exercice moins_de_%_ans_de_carrière moins_de_%_années_de_carrière less_than_%_years_in_the_trade
				fewer_than_%_years_in_the_trade less_than_%_years_on_the_job fewer_than_%_years_on_the_job less_than_%_years_in_the_industry
				fewer_than_%_years_in_the_industry less_than_%_years_in_the_field fewer_than_%_years_in_the_field
				less_than_%_years_in_your_career no_more_than_%_years_in_the not_more_than_%_years_in_the no_more_than_%_years_on_the
				not_more_than_%_years_on_the pas_au-delà pas_au_delà not_beyond but_no_more et_pas_plus mais_pas_plus
				no_more_than_that pas_davantage`),
			cues: [][]string{fields(`you vous tu as avez have has ideally idéal* profil* profile candidate* candidat* only uniquement
				expérience experience experienced expérimenté* ans years années métier`)},
			lawful: []string{"même", "even", "welcom", "bienvenu", "accept", "also", "aussi", "également", "n'hésitez", "don't hesitate",
				"encourag", "ou plus", "or more", "at least", "au moins", "minimum"},
		},
		// Gender identity through the sex an identity document states:
		// a uniform, a changing room or a title given by it.
		{rule: "discrimination", category: "orientation", what: "gender identity (the sex an identity document states)",
			suggest: [2]string{"supprimez ; proposez le choix (tenue, vestiaire) à chaque personne", "remove it; let each person choose (uniform, changing room)"},
			terms: fields(`gender_marker* sex_marker* sexe_figurant sexe_tel_qu'il_figure sexe_tel_qu’il_figure sexe_tel_qu'indiqué sex_as_shown sex_as_stated sex_as_it_appears gender_as_shown sexe_indiqué sexe_inscrit sexe_mentionné sexe_à_l'état_civil
				sexe_de_l'état_civil sexe_de_naissance sex_at_birth birth_sex biological_sex sexe_biologique assigned_at_birth assigned_sex
				sexe_assigné legal_sex sexe_légal sexe_administratif sex_shown_on sex_stated_on sex_on_your sex_recorded_on
				sex_on_their gender_on_their gender_on_your gender_shown_on gender_stated_on gender_recorded_on gender_on_the genre_indiqué genre_figurant genre_inscrit genre_mentionné
				conforme*_à_votre_état_civil correspondant*_à_votre_état_civil conforme*_à_l'état_civil born_female born_male
				née*_femme né*_homme née*_femmes né*_hommes born_women born_men born_a_woman born_a_man conforme*_à_votre_sexe
				conforme*_à_ton_sexe conforme*_à_son_sexe conforme*_à_leur_sexe in_line_with_your_sex matching_your_sex`),
			cues: [][]string{fields(`id identity identité pièce papers documents document* passport* passeport* birth naissance
				état_civil according selon conform* match* correspond* on_your sur_votre figurant issued attribué* allocated assigned
				only uniquement exclusivement must doivent doit devez devront tenue* uniform* uniforme* dress vestiaire* changing_room*`)},
			lawful: []string{"patient", "échantillon", "sample", "medical record", "dossier médical", "laborato", "statistic", "statistique",
				"anonymous", "anonyme", "monitoring", "optional", "facultati", "self-identif", "auto-identif", "as you identify",
				"identité de genre de votre", "your choice", "votre choix", "de votre choix", "chosen", "choisi"},
		},
		// The family one comes from: its standing, a parent's trade, a
		// milieu or a caste (social origin, EU Charter Art. 21).
		{selects: 1, rule: "discrimination", category: "other-ground", what: "social origin (the family one comes from)",
			suggest: [2]string{"supprimez ; le milieu d'origine n'est pas un critère", "remove it; the family one comes from is not a criterion"},
			terms: fields(`family_background* reputed_family* good_family respectable_family well-known_family family_of_repute famille_honorablement_connue famille_bien_connue famille_honorable famille_respectable famille_de_bonne_réputation caste caste_background
				father's_occupation father’s_occupation fathers'_occupation mother's_occupation parents'_occupation parents’_occupation
				parental_occupation parents'_profession* profession_du_père profession_de_la_mère profession_des_parents métier_des_parents
				métier_du_père origine_sociale social_origin social_background milieu_social issu_d'un_milieu issu_d'une_bonne_famille
				issu_d'une_famille issue_d'une_bonne_famille issue_d'un_milieu issue_d'une_famille bonne_famille bonnes_familles enfants_de_salariés enfants_des_salariés enfants_du_personnel
				enfants_de_nos_salariés children_of_employees children_of_staff relatives_of_employees relatives_of_staff proches_de_salariés`),
			cues: [][]string{with(cond, `details provide indicate tell mention state précis* indiqu* mentionn* given preference send envoyez joindre joignez
				préférence priorité connaît connaissent knows know codes`)},
			lawful: []string{"whatever your background", "quel que soit votre milieu", "all backgrounds", "tous les milieux", "diverse backgrounds",
				"horizons", "first-generation", "première génération", "social mobility", "mobilité sociale"},
		},
		// A diet its faith keeps, as a condition ("pure vegetarian
		// candidates only"): a religion by another name.
		{selects: 1, rule: "discrimination", category: "religion", what: "religion (a diet a faith keeps)",
			suggest: [2]string{"supprimez ; le régime alimentaire n'est pas un critère", "remove it; a diet is not a criterion"},
			terms: fields(`vegetarian_candidates vegetarian_applicants vegetarians_only pure_vegetarian_candidates pure_vegetarians
				teetotal_candidates non-drinkers_only candidats_végétariens candidates_végétarien* végétariens_uniquement
				halal_eaters kosher-keeping`),
			cues:   [][]string{with(cond, `preference préférence`)},
			lawful: []string{"menu", "restaurant", "recipes", "recettes", "cuisine", "we cater", "options"},
		},
		// A bank account at one bank as a condition of hiring: the bank
		// domiciliation L1132-1 lists, a bar for the unbanked elsewhere; a
		// line of the profile that opens with it asks it.
		{selects: 1, rule: "discrimination", category: "other-ground", what: "bank domiciliation",
			suggest: [2]string{"supprimez ; le salaire se verse sur le compte de son choix", "remove it; pay goes to an account of the employee's choice"},
			terms: fields(`banque_partenaire banques_partenaires partner_bank our_bank notre_banque domicilié*_chez domicilié*_dans_une_banque domicilié*_dans_notre_banque domicilié*_dans_nos_agences
				domicilié*_dans_notre_réseau domicilié*_dans_une_de_nos_agences domicilié*_dans_l'une_de_nos_agences
				domiciliation_bancaire domiciliation_du_salaire domiciliation_de_salaire compte*_+chez_notre account_+with_our
				account_+at_our bank_with_us banque_désignée nominated_bank même_banque same_bank compte*_bancaire*_domicilié*
				compte*_domicilié*_en compte*_domicilié*_au account_held_in account_domiciled_in bank_account_in_the
				bank_account_in rib_d'une_banque rib_d’une_banque banque*_ayant_une_agence agence_bancaire_française
				agence*_bancaire*_en_france compte*_+dans_une_banque_française compte*_+auprès_d'une_banque_française
				compte_ouvert_dans_une_agence compte_ouvert_en_france compte*_bancaire*_ouvert*_dans_une_agence compte*_bancaire*_dans_une_agence
				compte*_bancaire*_ouvert*_en_france local_bank_account account_with_a_local_bank french_bank_account
				compte*_bancaire*_français compte*_bancaire*_en_france with_a_french_bank with_a_uk_bank with_a_british_bank with_a_local_bank compte*_en_ligne néobanque* banque*_en_ligne`),
			cues: [][]string{with(cond, `compte account ouvert* open opening détenir hold holding requise titulaire* holder* joign* joindre
				fourni* provide attach`)},
			lawful: []string{"we open", "nous ouvrons", "offered", "offert", "avantage", "benefit", "free", "gratuit", "optional",
				"facultati", "any bank", "toute banque", "de votre choix", "of your choice", "client", "customer", "sell", "vendre"},
		},
		// A bank named as where pay must go: the same ground by the
		// bank's name.
		{rule: "discrimination", category: "other-ground", what: "bank domiciliation",
			suggest: [2]string{"supprimez ; le salaire se verse sur le compte de son choix", "remove it; pay goes to an account of the employee's choice"},
			terms: fields(`barclays hsbc lloyds natwest santander halifax nationwide monzo starling chase wells_fargo bank_of_america
				citibank crédit_agricole société_générale bnp lcl crédit_mutuel caisse_d'épargne banque_populaire banque_postale
				boursorama belfius kbc ing ubs raiffeisen postfinance desjardins rbc td_bank bcee bgl aib bank_of_ireland dbs ocbc uob`),
			cues: [][]string{with(cond, `held hold holding détenir titulaire* client* customer*`), fields(`compte* account* salaire*
				salary wage* pay paid versé* versée* domicili* bank_with banque`)},
			lawful: []string{"experience", "expérience", "worked", "travaillé", "ancien", "former", "agence", "branch", "conseill",
				"advisor", "adviser", "our client", "notre client", "partenariat", "partnership", "perks", "avantage", "benefit",
				"any bank", "toute banque", "de votre choix", "of your choice", "sell", "vendre", "check"},
			// the verb, not the bank: "an aggressive hunter who'll chase new accounts"
			notBefore: []string{"will", "'ll", "’ll", "who'll", "to", "and", "you", "we"},
		},
		// Loss of autonomy as a bar (L1132-1 lists it as a ground of its
		// own); the people a job cares for are the public, not the candidate.
		{selects: 1, rule: "discrimination", category: "other-ground", what: "loss of autonomy",
			suggest: [2]string{"supprimez ; décrivez les tâches du poste", "remove it; describe the tasks of the job"},
			terms: fields(`perte*_d'autonomie perte*_d’autonomie loss_of_autonomy loss_of_independence gestes_de_la_vie_quotidienne
				actes_de_la_vie_quotidienne activities_of_daily_living daily_living_activities perte*_de_mobilité`),
			cues: [][]string{with(cond, `able capable* apte* autonome* independent independently seul seule alone`)},
			lawful: []string{"accompagn", "support", "care", "soin", "patient", "résident", "resident", "client", "usager", "bénéficiaire",
				"personnes âgées", "elderly", "aide", "help", "assist", "domicile", "home", "prévention", "prevention"},
		},
		// Speaking a language other than French held against the
		// applicant (L1132-1: "capacité à s'exprimer dans une langue
		// autre que le français"): a language the job needs is named
		// with its reason and is not this.
		{rule: "discrimination", category: "other-ground", what: "the ability to speak a language other than French",
			suggest: [2]string{"supprimez ; si une langue est nécessaire au poste, dites laquelle et pourquoi", "remove it; if the job needs a language, say which and why"},
			terms: fields(`autre*_langue*_que_le_français langue*_autre*_que_le_français langue*_étrangère* langue*_d'origine
				langue*_maternelle* other_language* another_language language*_other_than_french language*_other_than_english
				foreign_language* home_language* native_language* mother_tongue* dialecte* dialect* patois créole*`),
			cues: [][]string{fields(`interdit* interdiction prohibited forbidden banned not_allowed not_permitted pas_autorisé* proscrit*
				évit* avoid* refrain* abstenir abstenez pas_de pas_d' no tolér* tolerated toléré*`)},
			lawful: []string{"client", "customer", "patient", "usager", "visiteur", "visitor", "safety", "sécurité", "radio", "urgence",
				"emergency", "cours", "teach", "enseign", "learn", "apprend", "welcome", "bienvenu", "atout", "asset", "plus", "bonus",
				"spoken", "parlées", "we speak", "nous parlons", "translat", "tradu", "interpr"},
		},
		// Whistle-blower status held against the applicant (L1132-1 and
		// L1121-2; Directive (EU) 2019/1937 Art. 19; the UK's Public
		// Interest Disclosure Act).
		{rule: "discrimination", category: "other-ground", what: "whistle-blower status",
			suggest: [2]string{"supprimez ; le statut de lanceur d'alerte est protégé", "remove it; whistle-blowers are protected by law"},
			terms: fields(`whistleblow* whistle-blow* lanceur*_d'alerte lanceuse*_d'alerte lanceur*_d’alerte lanceuse*_d’alerte
				raise_concerns_externally concerns_externally report_to_regulators go_to_the_regulator go_to_the_press
				signalement*_externe* alerter_les_autorités`),
			cues: [][]string{with(cond, `past history ever previously déjà jamais never not welcome bienvenu* exclu* refus* avoid*
				évit* internally en_interne only uniquement`)},
			lawful: []string{"protect", "protég", "procedure", "procédure", "hotline", "channel", "canal", "dispositif", "we encourage",
				"nous encourageons", "speak up", "ethic", "éthique", "compliance", "conformité", "sapin", "directive", "public interest",
				"référent", "investigat", "enquête", "you will handle", "vous traitez", "vous gérez"},
		},
		// Elected office or mutualist activity held against the applicant
		// (L1132-1: "exercice d'un mandat électif", "activités
		// mutualistes").
		{rule: "discrimination", category: "other-ground", what: "elected office or mutualist activity",
			suggest: [2]string{"supprimez ; un mandat électif ou une activité mutualiste ne peut pas être un critère", "remove it; elected office is not a criterion"},
			terms: fields(`mandat_électif mandats_électifs mandat_d'élu mandat_d’élu mandat_local mandats_locaux elected_office
				elected_position public_office councillor local_councillor conseiller_municipal conseillère_municipale
				activité*_mutualiste* engagement*_mutualiste* militant*_mutualiste*`),
			cues: [][]string{with(cond, `hold holding held exercez exercer exerçant détenez détenir aucun aucune no not none free
				libre* incompatible* pas_compatible*`)},
			lawful: []string{"liaise", "work with", "working with", "travailler avec", "auprès des élus", "with elected", "relations",
				"assist", "accompagn", "support", "cabinet", "collaborat", "sous l'autorité", "reporting to", "report to", "rattaché",
				"briefing", "notes", "for elected", "pour les élus", "nous sommes", "we are", "groupe mutualiste", "banque mutualiste",
				"assureur mutualiste", "mutuelle", "time off", "autorisation d'absence", "crédit d'heures", "congé"},
		},
		// Military service or its discharge as a condition: a proxy for sex
		// and age in France, where service ended in 1997; in the US, the
		// EEOC reads a discharge bar as a proxy for race.
		{rule: "discrimination", category: "other-ground", what: "military service or discharge status",
			suggest: [2]string{"supprimez ; décrivez l'expérience ou l'habilitation attendue", "remove it; describe the experience or clearance the job needs"},
			terms: fields(`honorable_discharge honourable_discharge dishonorable_discharge discharge_status dd-214 dd214
				military_discharge service_militaire service_national military_service national_service`),
			cues: [][]string{with(cond, `completed effectué* accompli* must need* required require* exigé* obligatoire* only
				uniquement essential indispensable*`)},
			lawful: []string{"veteran", "vétéran", "welcome", "bienvenu", "preference", "préférence", "userra", "military spouse",
				"ex-military", "transition", "reservist", "réserviste", "guaranteed interview", "armed forces covenant", "service civique",
				"federal", "fédéral", "security clearance", "habilitation", "leave for", "congé pour"},
		},
		// Gaps in a career read as a bar: a proxy for illness, disability,
		// caring and parenthood.
		{rule: "discrimination", category: "other-ground", what: "career gaps (a proxy for health or family)",
			suggest: [2]string{"supprimez ; une interruption de carrière ne dit rien de la compétence", "remove it; a career break says nothing of the skill"},
			terms: fields(`gaps_in_your_cv gaps_in_your_employment gaps_in_employment employment_gaps employment_gap career_gaps
				career_breaks career_break gap_in_your_cv gaps_in_your_career trou*_dans_le_cv trou*_dans_votre_cv
				période*_d'inactivité période*_d’inactivité interruption*_de_carrière`),
			cues: [][]string{fields(`no none without sans pas_de pas_d' aucun* unexplained inexpliqué* not_accepted not_considered
				must doit devez will_not won't disqualif* rédhibitoire* exclu* refus*`)},
			lawful: []string{"welcome", "bienvenu", "returner", "return to work", "returnship", "retour à l'emploi", "don't mind",
				"do not mind", "not a problem", "pas un problème", "n'est pas un frein", "explain", "expliqu", "we support", "accompagn",
				"reprise", "sabbatical", "sabbatique", "career break scheme", "we offer"},
		},
		// Genetic characteristics asked or held against the applicant.
		{rule: "discrimination", category: "other-ground", what: "genetic characteristics",
			suggest: [2]string{"supprimez", "remove it"},
			terms: fields(`genetic_test* genetic_testing genetic_information genetic_screening genetic_predisposition* genetic_profile
				genetic_condition* dna_test* dna_screening dna_sample* family_medical_history family_health_history test*_génétique*
				caractéristique*_génétique* données_génétiques profil_génétique dépistage*_génétique* prédisposition*_génétique*
				maladie*_héréditaire* hereditary_condition* hereditary_disease* inherited_condition* test*_adn`),
			cues: [][]string{with(addressee, `? candidate* candidat* applicant* new_hires new_starters recrue* all_staff tous_les_salariés
				before_hiring avant_l'embauche required require* requis* exigé* demandé* must devez doit obligatoire* mandatory
				tell state indicate disclose declare précise* indique* déclare* mention* list listez provide fournir fournissez
				free exempt* aucun* no pas sans`)},
			lawful: []string{"laborato", "lab ", "our lab", "hôpital", "hospital", "patients", "clients", "research", "recherche",
				"genetic counsel", "conseil génétique", "sequenc", "séquen", "samples from", "échantillons", "clinic", "clinique",
				"biolog", "diagnos", "gina"},
		},
		// A family name as a criterion (L1132-1's "nom de famille"); one
		// that tells an origin is the origin's.
		{rule: "discrimination", category: "other-ground", what: "family name",
			suggest: [2]string{"supprimez ; le nom ne dit rien de la compétence", "remove it; a name says nothing of the skill"},
			terms: fields(`nom_à_particule noms_à_particule particule nom_de_famille noms_de_famille family_name family_names surname
				surnames double-barrelled double-barreled nom_composé noms_composés nom_connu well-known_family famille_connue
				bonne_famille good_family`),
			cues: [][]string{with(cond, `privilégi* préfér* préfèr* apprécié* atout plus bonus exclu* easy facile* simple short court`)},
			lawful: []string{"pronon", "spell", "sounding", "consonance", "orthographe", "client", "customer", "vérifi", "check",
				"record", "registre", "fichier", "database", "base de données", "your name and", "votre nom et", "nom, prénom",
				"full name", "nom et prénom", "first name and", "family business", "entreprise familiale", "particules fines",
				"particle", "particulier"},
		},
		// A disability's reasonable accommodation ruled out (ADA, Equality
		// Act s.20, L5213-6): "with or without" one is the lawful wording.
		{selects: 1, rule: "discrimination", category: "health", what: "disability (a reasonable accommodation refused)",
			suggest: [2]string{"écrivez « avec ou sans aménagement raisonnable »", "write \"with or without reasonable accommodation\""},
			terms: fields(`without_accommodation* without_any_accommodation* without_reasonable_accommodation* without_adjustment*
				without_reasonable_adjustment* without_any_adjustment* no_accommodation* no_reasonable_accommodation* no_adjustments
				no_reasonable_adjustments no_modified_duties no_light_duties sans_aménagement* sans_aucun_aménagement*
				sans_adaptation*_de_poste aucun_aménagement* pas_de_poste_aménagé sans_poste_aménagé pas_d'aménagement*
				pas_d’aménagement* aucune_adaptation*`),
			cues: [][]string{with(cond, `able capable* apte* perform duties tasks tâches missions fonctions all toutes tous possible
				impossible`)},
			lawful: []string{"with or without", "avec ou sans", "we provide", "we will make", "we make", "nous aménageons", "nous adaptons",
				"on request", "sur demande", "request", "demande", "contact us", "contactez",
				// a home, not an adjustment: "live in the ME13 area, as there's no accommodation this year"
				"live in", "already live", "housing", "caravan", "lodging", "this year", "on site", "logement", "hébergement"},
		},
		// A body that fits the kit: a size by another name.
		{rule: "discrimination", category: "appearance", what: "physical appearance (a body size)",
			suggest: [2]string{"supprimez ; fournissez la tenue à la taille de chacun", "remove it; provide the kit in each person's size"},
			terms: fields(`fit_in_our fit_into_our fit_in_the fit_into_the fit_in_a fit_into_a fit_in_standard fit_into_standard
				fits_in_our fits_into_our rentrer_dans_nos rentrer_dans_les rentrer_dans_une entrer_dans_nos entrer_dans_les`),
			cues: [][]string{fields(`coverall* overall* uniform* uniforme* combinaison* tenue* harness* harnais size sizes taille tailles
				seat siège cockpit gilet* vest* xl 2xl xxl 3xl costume*`)},
			lawful: []string{"all sizes", "toutes tailles", "toutes les tailles", "any size", "every size", "made to measure", "sur mesure",
				"we order", "nous commandons", "your size", "votre taille"},
		},
		// A language rule beyond the work: an origin's proxy (EEOC's
		// English-only rules; L1132-1).
		{rule: "discrimination", category: "origin", what: "origin (a language rule beyond the work)",
			suggest: [2]string{"limitez la règle aux échanges de travail qui l'exigent, et dites pourquoi", "limit the rule to the work exchanges that need it, and say why"},
			terms: fields(`english-only french-only english_only french_only english_only_workplace english_only_policy english_only_rule speak_only_english
				speak_english_only only_speak_english only_speak_french parler_uniquement_français parler_uniquement_anglais
				uniquement_en_français uniquement_en_anglais français_uniquement anglais_uniquement ne_parlez_que ne_parler_que
				ne_parle_que on_ne_parle_que speak_nothing_but nothing_but_english only_english_is_spoken seul_le_français`),
			cues: [][]string{fields(`breaks break pauses pause lunch déjeuner repas meals at_all_times en_permanence tout_le_temps personal
				private privé* privées among_yourselves entre_vous between_colleagues entre_collègues on_the_clock no_exceptions
				sans_exception whole_shift entire_shift`)},
			lawful: []string{"customers", "clients", "radio", "safety", "sécurité", "emergency", "urgence"},
		},
		// A qualification taken in one country only: an origin's proxy.
		// Equivalence and a regulated profession's register are lawful.
		{rule: "discrimination", category: "origin", what: "origin (a qualification from one country only)",
			suggest: [2]string{"demandez le diplôme ou son équivalent, d'où qu'il vienne", "ask for the qualification or its equivalent, wherever it was earned"},
			terms: fields(`diplôme*_obtenu*_en diplôme*_obtenu*_au diplôme*_obtenu*_aux diplôme*_obtenu*_dans formation*_suivie*_en
				formation*_suivie*_au qualification*_obtained_in qualification*_gained_in uk_degree* us_degree* british_degree* american_degree* canadian_degree* australian_degree*
				local_degree* local_qualification* diplôme*_étranger* foreign_degree* foreign_qualification* overseas_qualification*
				overseas_degree* foreign-trained overseas-trained formé*_à_l'étranger western_education western-educated
				educated_in_the_west western_degree* western_universit* western_qualification* western_schooling formation_occidentale
				études_occidentales diplôme*_occidenta* cursus_occidental uk-educated us-educated british-educated american-educated
				french-educated european-educated scolarité_en_france scolarisé*_en_france canadian_+experience
				expérience_+canadienne expérience_+québécoise british_+experience uk_+experience australian_+experience
				american_+experience expérience_+au_canada expérience_+au_québec experience_+in_canada experience_+in_the_uk`),
			cues: [][]string{fields(`exclusivement only uniquement seulement solely not_accepted not_recognised not_recognized not_considered
				non_accepté* non_reconnu* pas_accepté* pas_reconnu* ne_sont_pas n'est_pas ne_seront_pas won't cannot refus* exclu*
				s'abstenir preferred preferably prefer* préf* souhait* idéal* ideal* ideally favoured favored favour* favor* privilégi*
				essential required requis* exigé* obligatoire* mandatory must devez doit plus atout appréci*`)},
			notAfter: []string{" 1", " 2"},
			lawful: []string{"équivalen", "equivalen", "reconnaissance", "recognition", "recognised by", "recognized by", "reconnu par",
				"ordre des", "registration", "register", "regulated", "réglementé", "diplôme d'état", "assessed", "évalué", "welcom",
				"bienvenu", "we support", "nous accompagnons", "required by law", "la loi", "by law"},
		},
		// Where a person comes from as a condition: a region, a local
		// background, an ancestry. Said of products or of the public
		// served, it is theirs.
		{selects: 1, rule: "discrimination", category: "origin", what: "origin",
			suggest: [2]string{"supprimez ; décrivez la connaissance du territoire ou la compétence attendue", "remove it; describe the knowledge of the area or the skill the job needs"},
			terms: fields(`born_and_bred bred_and_born local_background local_roots roots_in_the_area deep_local_roots local_origin*
				from_the_local_community from_the_area from_round_here from_around_here from_this_area from_these_parts
				issu*_de_la_région issu*_du_territoire issu*_du_coin issu*_du_pays issu*_du_département issu*_de_la_ville
				issu*_du_village issu*_du_cru originaire*_du originaire*_de originaire*_des originaire*_d' enfant*_du_pays du_cru
				gens_du_coin gens_d'ici d'ici_de_souche de_souche pure_souche of_+origin of_+descent of_+heritage of_+ancestry
				d'ascendance ascendance* ancestry accent_du_sud accent_du_nord accent_du_midi
				accent_de_l'est accent_régional accent*_marqué* accent*_prononcé* accent_étranger accent_de_banlieue accent_des_cités
				regional_accent* strong_accent* heavy_accent* thick_accent* foreign_accent*`),
			cues: [][]string{with(cond, `you your vous votre tu candidate* candidat* applicant* profil* profile someone quelqu'un
				personne person plus atout bonus comme_vous as_you like_you fit_in s'intégr* intégr* naturally naturellement team
				équipe staff all tous toutes`)},
			lawful: append(slices.Clone(lawfulNationality), "produit", "product", "produce", "wine", "vin ", "vins", "cuisine", "food",
				"plats", "dishes", "recipe", "recette", "we serve", "serve ", "accompagn", "support",
				"patrimoine", "museum", "musée", "country of origin", "pays d'origine", "appellation", "traceab", "traçab", "certificat",
				"certificate", "founder", "fondat", "history", "histoire", "all backgrounds", "tous horizons", "toutes origines",
				"whatever", "quelle que soit", "welcom", "bienvenu", "matériaux", "materials", "bois", "timber", "data", "source of origin",
				"point of origin", "shipment", "expédition", "goods", "marchandise", "supplier", "fournisseur", "supply chain"),
		},
		// A name that tells an origin, sought or ruled out.
		{selects: 1, rule: "discrimination", category: "origin", what: "origin (a name that tells it)",
			suggest: [2]string{"supprimez ; le nom ne dit rien de la compétence", "remove it; a name says nothing of the skill"},
			terms: fields(`nom_bien_français prénom_français prénoms_français nom_français noms_français nom_de_chez_nous french_name
				english_name irish_name scottish_name welsh_name american_name australian_name local_name british_name anglo_name anglo-saxon_name western_name foreign_name* nom*_étranger* prénom*_étranger*
				english-sounding_name* french-sounding_name* western-sounding_name* foreign-sounding_name* british-sounding_name*
				anglo-sounding_name* local-sounding_name* english-sounding_surname* french-sounding_surname* foreign-sounding_surname*
				ethnic-sounding_name* ethnic_name* nom_qui_sonne noms_qui_sonnent name_that_sounds`),
			cues: [][]string{with(cond, `you your vous votre tu have avez avoir as easy facile* clients customers calls appels plus atout
				bonus goes_a_long_way helps advantage`)},
			lawful: []string{"clients'", "customers'", "des clients", "of customers", "spelling of", "orthographe des", "check", "vérifi"},
		},
		// Nationality, birthplace or ethnicity asked of the applicant.
		{rule: "forbidden-request", category: "origin", what: "origin (nationality, birthplace or ethnicity asked)",
			suggest: [2]string{"supprimez ; demandez seulement l'autorisation de travailler", "remove it; ask only for the right to work"},
			terms: fields(`nationality nationalité country_of_birth place_of_birth birthplace pays_de_naissance lieu_de_naissance
				pays_d'origine country_of_origin ethnicity ethnic_origin ethnic_background origine_ethnique ethnie
				state_of_origin lga_of_origin local_government_of_origin native_place native_village village_of_origin
				région_d'origine région_d’origine village_d'origine ville_d'origine tribe tribu ethnic_group groupe_ethnique`),
			cues: [][]string{addressee, request}, alone: imperative,
			lawful: append(slices.Clone(lawfulNationality), "sponsor", "visa", "eligible to work", "authorised to work", "authorized to work",
				"autorisé à travailler", "droit de travailler", "entitled to work", "titre de séjour", "monitoring", "anonymous",
				"anonyme", "optional", "facultati", "statisti", "products", "produits", "goods", "marchandises", "customs", "douane",
				"after an offer", "once hired", "après l'embauche", "payroll", "paie"),
		},
		// Language acquired from birth: a mother tongue by other words.
		{rule: "discrimination", category: "origin", what: "origin (a mother tongue is not a skill)",
			suggest: [2]string{"indiquez le niveau attendu (ex. « anglais courant, niveau C1 »)", "state the level needed (e.g. \"fluent English, C1\")"},
			terms: fields(`from_birth since_birth since_childhood from_childhood dès_la_naissance dès_l'enfance depuis_l'enfance
				depuis_la_naissance grew_up_speaking grown_up_speaking raised_speaking bilingue_de_naissance bilingual_from_birth
				de_naissance native_level native-level native_proficiency native-like niveau_natif`),
			cues: [][]string{fields(`english anglais french français language langue langues speak speaking speaker* parl* bilingu*
				maternelle accent`)},
			lawful: []string{"date de naissance", "date of birth", "children", "enfants", "patients", "clients", "customers"},
		},
		// A faith's values held as the staff's own: lawful only as an
		// ethos employer's stated occupational requirement.
		{rule: "discrimination", category: "religion", what: "religion (a faith's values)",
			suggest: [2]string{"supprimez ; si l'employeur est une organisation de conviction, énoncez l'exigence professionnelle essentielle", "remove it; an ethos-based employer states the genuine occupational requirement as such"},
			terms: fields(`faith-based_values faith_values christian_values catholic_values islamic_values muslim_values jewish_values
				biblical_values gospel_values religious_values spiritual_values valeurs_chrétiennes valeurs_catholiques
				valeurs_évangéliques valeurs_religieuses valeurs_de_l'évangile valeurs_musulmanes valeurs_islamiques valeurs_juives
				valeurs_spirituelles our_faith notre_foi faith_commitment engagement_de_foi`),
			cues: [][]string{fields(`share sharing partag* model modèle embody embodies incarn* adhere* adhér* live_out uphold* vivre
				vivez expected attend* must devez doit doivent committed engagé* demonstrate* témoign* respect*`)},
			lawful: append([]string{}, "whatever", "quelle que soit", "all faiths", "any faith", "toutes confessions",
				"no faith", "or none", "ou sans"),
		},
	}
}
