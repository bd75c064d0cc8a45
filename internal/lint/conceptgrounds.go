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
	"particularly welcome applications", "applications are particularly welcome", "section 158", "s.158", "mixité de nos équipes"}

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

// groundConcepts are the concepts of the grounds phrases miss most: the
// meaning of a sentence, by a ground's words and a condition in the same
// sentence, in both languages. cond is the shared condition cue group.
func groundConcepts(cond, candidate []string) []concept {
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
	parentLawful := []string{"family-friendly", "parents d'élèves", "welcom", "bienvenu", "we support", "nous accompagnons", "soutien",
		"accompagner les", "support parents", "parent company", "maison mère", "société mère", "as well as", "comme"}
	return []concept{
		// Sexual orientation and gender identity, or a family model expected.
		{selects: 1, rule: "discrimination", category: "orientation", what: "sexual orientation or gender identity",
			suggest: [2]string{"supprimez ; l'orientation sexuelle et l'identité de genre ne sont pas des critères", "remove it; sexual orientation and gender identity are not criteria"},
			terms: fields(`heterosexual* hétérosexuel* hétéro hétéros homosexual* homosexuel* homo homos gay gays lesbian* lesbienne*
				bisexual* bisexuel* lgbt* queer sexual_orientation orientation_sexuelle gender_identity identité_de_genre transgender*
				transgenre* transsexuel* transsexual* normal_family normal_families famille_normale familles_normales traditional_family
				vie_de_couple vie_conjugale traditional_families famille_traditionnelle familles_traditionnelles familiales_traditionnelles familiale_traditionnelle traditional_marriage mariage_traditionnel
				one_man_and_one_woman one-man-one-woman one_man_one_woman a_man_and_a_woman un_homme_et_une_femme d'un_homme_et_d'une_femme opposite_sex sexe_opposé
				heteronormativ* hétéronormativ* same-sex même_sexe conventional_family famille_classique modèle_familial family_model
				lifestyle_choices mode_de_vie_alternatif straight-acting cisgender* cisgenre* gender_transition transition_de_genre`),
			cues: [][]string{with(cond, `share sharing partag* values valeurs conform* keep kept private privée discret* discreet*
				live living vivre vivez respect* adhér* adhere* embrace* in_line cohérent* fit fits`)},
			lawful: []string{"support", "soutien", "soutenons", "proud", "fier", "fière", "pride", "welcom", "accueill", "inclusi",
				"network", "réseau", "ally", "allié", "awareness", "sensibilis", "prévention", "prevention", "victim", "victime",
				"clients", "patients", "usagers", "public", "helpline", "association", "charity", "advocacy", "plaidoyer", "refuge",
				"shelter", "santé sexuelle", "sexual health", "all sexual orientations", "toutes les orientations", "harcèlement", "harassment"},
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
		{rule: "discrimination", category: "union", what: "union activity",
			suggest: [2]string{"supprimez ; l'activité syndicale ne peut pas être un critère", "remove it; union activity is not a criterion"},
			terms: fields(`union unions trade_union* labor_union* labour_union* union-free non-union nonunion unionis* unioniz*
				syndicat* syndical* syndicaliste* syndiqu* shop_steward* union_rep* cfmeu amwu teamsters cgt cfdt cfe-cgc strike strikes
				striking striker* grève* gréviste* picket* industrial_action work_stoppage* débrayage* militant* militantisme
				activist* activism encarté* mandat_syndical représentant*_du_personnel staff_representative* employee_representative*
				délégué*_du_personnel délégué*_syndica* works_council* comité_d'entreprise troublemaker* fauteur*_de_trouble* agitator*
				non-unionis* non-unioniz* nonunionis* nonunioniz* no-strike collective_bargaining négociation_collective revendicati*
				contestataire* barrack-room_lawyer* union-busting`),
			cues: [][]string{with(cond, `past history previously before précédent* passé* antérieur* déjà ayant having held
				been ever stay_away refrain* abstain* avoid* évit* exclu* refus* stir stirring free nothing rien calm calme
				peace paix tranquille* quiet neutral neutre* previous prior red_flag problem* issue* talk* let_go dismiss* fired
				licenci* sign pledge`)},
			notAfter: []string{" européenne", " europ", " square", " station", " jack", " street", " bank", " internationale", " des ",
				" a balance", " the right balance", " price", " rate", " zone", " force", " the balance", " a chord", " a deal", " of ", " territor", " pacific", " road",
				" de l'", " d'initiative", " de copropriété", " des copropriétaires", " intercommunal", " mixte", " arc-en-ciel", " lgbt",
				" gay", " queer", " écolo", " vegan", " animal", " climat", " climate"},
			lawful: append(slices.Clone(publicService), "european union", "union européenne", "credit union", "student union",
				"students' union", "union station", "union square", "customs union", "droit syndical", "right to join", "free to join",
				"libre d'adhérer", "libre de se syndiquer", "recognised union", "recognized union", "union recognition",
				"collective agreement", "convention collective", "accord collectif", "partenaires sociaux", "social partners",
				"dialogue social", "en cas de grève", "in case of strike", "in the event of a strike", "grève des transports",
				"transport strike", "élections professionnelles", "we work with", "welcom", "bienvenu", "interlocut", "relations sociales",
				"relation avec", "relations avec", "liaise", "employee relations", "industrial relations", "droit du travail", "employment law", "labour law", "nous travaillons avec", "negotiate with", "negotiations with", "négocier avec",
				"négociez avec", "négociations avec",
				"militant associatif", "militante associative", "bénévole", "volunteer", "activist groups we", "climate", "climat",
				"strike rate", "lightning", "foudre", "bowling", "cricket", "striker position", "football", "forward"),
		},
		// Political opinions asked or turned away; neutrality beyond a public-service duty.
		{rule: "discrimination", category: "union", what: "political opinions",
			suggest: [2]string{"supprimez toute mention d'opinion ou d'engagement politique", "remove any mention of political opinions or activity"},
			terms: fields(`opinions_politiques opinion_politique engagement*_politique* engagé*_politiquement activité*_politique*
				militantisme_politique appartenance_politique affiliation*_politique* sympathie*_politique* conviction*_politique*
				mandat_politique parti_politique partis_politiques engagement_partisan engagements_partisans political_views
				political_opinion* political_affiliation* political_activit* political_activism political_belief* political_party
				political_parties party_member* party_membership politically_active`),
			cues: [][]string{with(cond, `past history previously ayant having held ever avoid* évit* exclu* refus* tell state
				indicate précise* indique* mention* your votre vos`)},
			lawful: append(slices.Clone(publicService), "sciences politiques", "political science", "public affairs", "affaires publiques",
				"political risk", "political economy", "your own", "vous appartiennent", "campaign", "campagne", "lobby", "journalis", "think tank", "élus", "elected officials"),
		},
		{selects: 1, rule: "discrimination", category: "union", what: "political opinions",
			suggest: [2]string{"supprimez ; la neutralité politique ne s'impose qu'aux agents publics", "remove it; political neutrality is a duty of public servants only"},
			terms: fields(`neutralité_politique politiquement_neutre* neutre*_politiquement political_neutrality politically_neutral
				apolitique* apolitical non-political nonpolitical non-partisan nonpartisan`),
			cues: [][]string{candidate},
			lawful: append(slices.Clone(publicService), "notre association", "our association", "our organisation", "notre organisation",
				"notre club", "our club", "notre structure", "est apolitique", "is apolitical", "is non-partisan", "is nonpartisan", "est une association"),
		},
		// Economic situation, employment status, housing and a criminal
		// record as a bar: grounds some laws list (L1132-1's economic
		// vulnerability) and a proxy for others elsewhere. Said of the
		// people a job serves, or named as what a law requires for the
		// post, they are not the candidate's.
		{selects: 1, rule: "discrimination", category: "other-ground", what: "economic situation, employment status or a criminal record",
			suggest: [2]string{"supprimez ; si la loi exige une vérification pour ce poste, nommez-la", "remove it; if a law requires a check for this post, name it"},
			terms: fields(`criminal_record* criminal_history criminal_conviction* convictions conviction ex-offender* ex-con ex-cons
				offenders felon felons felony felonies bankrupt bankruptcy bankruptcies insolvency insolvent ccj ccjs
				county_court_judg* any_debts personal_debt* outstanding_debts in_debt in_receipt_of_benefits on_benefits
				claiming_benefits benefit_claimant* welfare_recipient* on_welfare universal_credit unemployed long-term_unemployed
				out_of_work jobless homeless homeowner homeowners home_owner* own_your_home own_their_home
				casier*_judiciaire* condamné condamnée condamnés condamnées condamné·e antécédents_judiciaires surendett* endetté*
				dettes_personnelles faillite* rsa minima_sociaux allocataire* chômage chômeur* chômeuse* demandeur*_d'emploi
				demandeuse*_d'emploi sans_emploi sans_domicile sdf actuellement_en_poste en_poste_actuellement propriétaire*_de_votre
				propriétaire*_de_leur`),
			cues:     [][]string{with(cond, `vierge clean spotless free exempt* aucun* any ever jamais déjà previously`)},
			notAfter: []string{" fixe des", " rate", " figures", " insurance", " benefit", " office"},
			lawful: append(slices.Clone(legalSource), "accompagn", "support", "help", "advise", "advice", "conseil", "client", "customer",
				"patient", "public", "usager", "beneficiar", "bénéficiaires du", "réinsertion", "insertion", "reintegration", "resettlement",
				"probation", "rehabilitat", "welcome", "bienvenu", "accueill", "encourag", "fair chance", "ban the box", "second chance",
				"seconde chance", "regulated", "réglement", "dbs", "disclosure and barring", "cnaps", "vulnerable", "vulnérable",
				"children", "enfants", "mineurs", "security clearance", "habilitation", "bulletin n", "fca", "fit and proper",
				"recouvrement", "collection", "recover", "unpaid", "impayé", "visit", "visite", "their home", "leur domicile",
				"insurance", "assurance", "survey", "property", "logement social", "housing officer", "tenants", "locataires",
				// asked of the applicant, it is a request for personal data, found as such
				"list ", "disclose", "declare any", "declare all", "declare your", "déclarez", "indiquez", "précisez", "tell us", "let us know", "mentionnez"),
		},
		// Fees and costs put on the applicant in other words.
		{rule: "applicant-fee", category: "fee", what: "a payment",
			suggest: [2]string{"supprimez ; la candidature, la formation et l'équipement sont gratuits pour le candidat", "remove it; applying, training and equipment cost the applicant nothing"},
			terms: fields(`cost costs coût coûts montant somme sum accommodation hébergement logement housing lodging board meals repas
				transport visa visas dbs dbs_check* disclosure_check* medical_exam* examen*_médica* visite*_médica* background_check* vérification* police_check*
				shoes chaussures boots outils tools tablet tablette laptop phone téléphone vehicle véhicule assurance insurance contribution* participation
				course courses refresher certification* licence licences license licenses`),
			cues: [][]string{fields(`taken_from taken_out_of withheld recouped recovered_from from_your_first from_your_pay
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
				pay_for_their_own at_their_own_expense at_their_own_cost their_own_expense`)},
			lawful: []string{"fourni", "provided", "offert", "free of charge", "gratuit", "pris en charge par", "prise en charge par",
				"covered by", "paid by us", "paid by the", "we pay", "nous payons", "nous remboursons", "remboursé par l'", "remboursés par l'",
				"remboursé à 100", "remboursés à 100", "intégralement remboursé", "reimburse", "and pay for", "pay for it", "nous le payons", "we cover", "we organise and pay", "charge de l'employeur", "charge de l'entreprise",
				"charge de la société", "charge de l'agence", "par l'employeur",
				"by the employer", "par l'entreprise", "by the company", "nothing", "rien n", "never", "jamais", "no cost", "aucun",
				"we will pay", "we'll pay", "nous prenons en charge", "à nos frais", "at our expense", "à notre charge",
				"avantage en nature", "accommodation offset", "cotisation", "pension", "retraite", "mutuelle", "employer contribution",
				"contribution de l'employeur", "profit", "bénéfices", "intéressement", "participation aux", "tax", "impôt", "salary sacrifice",
				"ticket restaurant", "titres-restaurant", "subsidised", "subventionné", "cantine", "canteen", "restaurant d'entreprise", "staff restaurant"},
		},
		// Age through its proxies: youth as a condition, a generation, freshness, a graduation date.
		{selects: 2, rule: "cliche", category: "age", what: "age-coded wording: it tells older applicants they are not wanted",
			suggest: [2]string{"supprimez ; décrivez l'expérience et les compétences attendues", "remove it; describe the experience and skills the job needs"},
			terms: fields(`young younger youngest youthful jeune jeunes jeunesse fresh_graduate* fresh_grad* fresh_out_of fresh-faced
				fresh_face* freshers frais_émoulu* fraîchement_diplômé* fraîchement_sorti* digital_native* natif*_du_numérique
				native*_du_numérique recent_grad* recently_graduated jeune*_diplômé* newly_graduated génération* generation* too_old
				older_workers older_applicants older_candidates trop_âgé* plus_âgé* trop_vieux trop_vieille* overqualified over-qualified surqualifié* sur-qualifié* rester_jeune* stay_young
				young_blood sang_neuf sang_jeune nouvelle_génération new_generation fresh_blood new_blood sang_frais`),
			cues: [][]string{with(candidate, `recrut* embauch* hiring hires`), with(cond, `stay rester reste remain* keep garder match* suit* convien* énergie energy
				dynami* fit fits`)},
			notAfter: []string{" people", " person", " adult", " audience", " customer", " client", " learner", " offender", " carer",
				" reader", " user", " children", " kids", " patient", " public", " enfant", " adulte", " pousse", " entreprise", " société",
				" company", " business", " start", " marque", " brand", " vin", " wine", " plant", " driver", " z ", " of ", " des ",
				" de ", " d'", " d’", " et sport", " and sport"},
			lawful: append(slices.Clone(ageLawful), "young people", "young audience", "young customers", "young adults", "youngsters",
				"young learners", "jeune public", "jeunes publics", "jeunes enfants", "jeunes adultes", "auprès des jeunes",
				"accompagner des jeunes", "accompagnement des jeunes", "jeunes accueillis", "maison des jeunes",
				"mission locale", "protection de la jeunesse", "youth work", "youth service", "graduate programme", "graduate program",
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
				approaching_retirement pre-retirement semi-retired end_of_their_career end_of_your_career end_of_his_career
				twilight_of career_ahead_of career_still_ahead long_career_ahead whole_career_ahead years_ahead_of long_run_in
				fin_de_carrière proche_de_la_retraite proches_de_la_retraite approche_de_la_retraite pré-retraite préretraite
				years_left_in years_left_in_you working_years_ahead années_devant_vous années_devant_toi carrière_devant
				avenir_devant reconversion_tardive seconde_partie_de_carrière late-career late_career`),
			cues: [][]string{with(cond, `for pour suit* convien* someone quelqu'un profil* profile candidate* candidat* you vous
				looking recherch* still encore`)},
			lawful: []string{"welcome", "bienvenu", "accueill", "all ages", "tous âges", "any age", "pension", "retraite complémentaire",
				"retirement plan", "retirement savings", "plan d'épargne", "perco", "per ", "401(k)", "superannuation", "clients",
				"patients", "résidents", "residents", "seniors", "advise", "conseill", "accompagn", "support", "help", "transmission",
				"succession", "reprise", "cédant", "handover", "replace", "remplac"},
		},
		// Religion: a faith, its practice or its signs as a condition.
		{selects: 1, rule: "discrimination", category: "religion", what: "religion",
			suggest: [2]string{"supprimez ; si l'employeur est une organisation de conviction, énoncez l'exigence professionnelle essentielle", "remove it; an ethos-based employer states the genuine occupational requirement as such"},
			terms: fields(`christian* chrétien* catholic* catholique* muslim* musulman* islam* jewish juif juifs juive* hindu* hindou*
				sikh* buddhist* bouddhiste* protestant* evangelical* évangélique* religion* religious religieu* faith foi croyant*
				church* église* paroiss* parish* mosque* mosquée*
				synagogue* prayer* prière* sabbath shabbat ramadan hijab* voile veil veils headscarf* headscarves foulard* turban* kippa*
				kippah yarmulke crucifix* signe*_religieu* religious_symbol* religious_sign* couvre-chef* head_covering* head-covering*
				headwear burqa* niqab* pastor* pasteur* prêtre* priest* imam* rabbi* rabbin* messe worship congregation*
				sacrament* sacrement* sacramentel* paroissien* baptised baptized baptisé*`),
			cues: [][]string{with(requireCues, `share sharing partag* values valeurs live_out living vivre vivez vécu* vécue embrace*
				adhere* adhér* conform* plus atout asset bonus recommendation* recommandation* letter lettre certificate attestation
				permitted permis allowed autorisé* interdit* prohibited banned visible* ostentatoire* wear* wearing porté* port portez
				committed engagé* fervent* devout dévot* regular* régulière* régulier* attend* fréquent* join participer
				participate take_part incompatible* ? précise* indique* mention* state tell disclose declare déclare*`)},
			notAfter: []string{" street", " road", " lane", " hall", "'s", "’s", " school", " of england", " of scotland", " of ireland", " de bateau", " de plaisance", " à ",
				" nautique", " de l'entreprise"},
			lawful: append(slices.Clone(ethosRequirement), "we cater", "mariages", "weddings", "toutes confessions", "all faiths",
				"any faith", "interfaith", "clients", "patients", "résidents", "residents", "families of", "halal", "casher", "kosher",
				"good faith", "bonne foi", "faith in", "foi en", "ma foi", "nautique", "voilier", "bateau", "sailing", "navigation",
				"planche", "char à voile", "safety", "sécurité", "hygiène", "hygiene", "calendar", "calendrier", "aumônerie", "chaplaincy",
				"patrimoine", "heritage", "tourism", "tourisme", "history", "histoire", "museum", "musée", "oh my god", "mon dieu",
				"law firm", "cabinet", "religion of", "whatever your", "mariage entre", "marriage between", "man and one woman", "homme et une femme", "we respect", "nous respectons", "accommodate", "aménagement"),
		},
		// Origin: demonyms, ethnicity and skin colour as a preference.
		{selects: 1, rule: "discrimination", category: "origin", what: "origin",
			suggest: [2]string{"supprimez ; décrivez la compétence attendue (ex. « portugais courant, pour la clientèle lusophone »)", "remove it; describe the skill the job needs (\"fluent Portuguese, to serve Portuguese-speaking clients\")"},
			terms: fields(`malaysian* singaporean* filipino* filipina* indian* indien* indienne* pakistani* bangladeshi* nigerian*
				chinoise chinoises mexican* latino* latina* hispanic* arab arabs arabes marocain* algérien* tunisien* sénégalais*
				portugaise* polonaise* roumaine* roumains turque* turcs vietnamienne* antillais* antillaise* ivoirien* malien* malienne*
				comorienne* espagnole* italienne* ethnic* ethnique* ethnie* racial* raciale* couleur_de_peau skin_colour skin_color
				profil_local profils_locaux local_profile local-looking local_look* de_souche white_british black_african
				indonesian* vietnamese thai burmese sri_lankan* nepali* eastern_european* east_european* asian-looking african-looking
				european-looking look_like_our looks_like_our ressembl*_à_nos origin origins origine origines
				western_background* non-western european_background* white_background* famille_française famille*_d'origine
				issu*_d'une_famille issu*_de_l'immigration issu*_de_la_diversité
				western-sounding western_sounding foreign-sounding foreign_sounding english-sounding english_sounding
				french-sounding nom_à_consonance consonance*_étrangère* consonance*_française*
				aussie aussies true-blue europeans africans asians caucasians traveller_community traveller_communities
				irish_traveller* gypsy gypsies roma gens_du_voyage tsigane* gitan* manouche* yéniche*`),
			cues: [][]string{fields(`candidate* candidat* applicant* profil* profile* person persons personne* someone quelqu'un staff
				worker* travailleu* employee* employé* nanny nounou* gouvernante* housekeeper* helper* maid* only uniquement exclusivement
				préf* prefer* ideal* idéal* souhait* fit fits fit_in s'intégr* intégr* naturally naturellement plus atout bonus wanted
				recherch* seeking looking background origine* origin first_look first_dibs first_call priority prioriti* enough`)},
			notAfter: []string{" food", " cuisine", " restaurant", " market", " marché", " new year", " nouvel an", " ocean", " océan",
				" summer", " client", " customer", " clientèle", " speaking", "-speaking", " speakers", " language", " langue"},
			lawful: append(slices.Clone(lawfulNationality), "you speak", "vous parlez", "to speak", "speak with", "speaking with",
				"speak to", "parler", "parlez", "parlant", "with clients", "avec nos clients", "avec les clients", "clientèle", "market",
				"marché", "cuisine", "food", "restaurant", "dishes", "plats", "products", "produits", "language", "langue", "diversity",
				"diversité", "all backgrounds", "tous horizons", "toutes origines", "every background", "ethnic minorities are",
				"monitoring", "suivi de la diversité", "questionnaire anonyme", "anonymous", "anonyme", "welcom", "employment equity",
				"équité en matière d'emploi", "accueillons", "encourag", "certificat", "certificate", "produit", "product", "marchandise",
				"goods", "traçabilité", "traceability", "pays d'origine", "country of origin", "origine des", "origin of", "origine du",
				"appellation", "aoc", "aop"),
		},
		// Nationality or citizenship beyond the right to work.
		{selects: 1, rule: "discrimination", category: "origin", what: "nationality",
			suggest: [2]string{"demandez l'autorisation de travailler, pas une nationalité", "ask for the right to work, not a nationality"},
			terms: fields(`nationality nationalities nationalité* citizen citizens citizenship citoyen* citoyenneté passport* passeport*
				permanent_resident* pr_holder* résident*_permanent* ressortissant* étrangers étrangères foreigners
				foreign_nationals foreign_workers foreign_applicants foreign_candidates non-nationals non-eu hors_ue non-européen*
				extra-communautaire*`),
			notAfter: []string{"-sized", "-size", " size", " photo", " picture", " office", " control", " check"},
			cues:     [][]string{with(cond, `holder* titulaire* de_nationalité of_nationality hold holding`)},
			lawful: append(slices.Clone(lawfulNationality), "any nationality", "all nationalities", "toutes nationalités", "toute nationalité",
				"sponsor", "visa", "eligible to work", "eligibility to work", "authorised to work", "authorized to work", "autorisé à travailler",
				"autorisée à travailler", "autorisé·e à travailler", "droit de travailler", "legally entitled", "entitled to work",
				"work authori", "titre de séjour", "titre de travail", "citizens of", "citoyens de", "citizen science", "senior citizen",
				"citoyenneté active", "corporate citizenship", "no nationality", "aucune condition de nationalité", "customers", "clients", "passport office", "passeport talent", "diversity", "diversité", "droits civiques", "conditions fixées", "état membre",
				"member state", "espace économique européen", "sans condition de nationalité", "travailleurs étrangers temporaires",
				"temporary foreign worker", "lmia", "eimt", "pte ", "tfw", "vous accompagnez", "you will support", "you support",
				"accueil des", "clients étrangers", "foreign clients", "foreign customers", "langues étrangères", "foreign languages",
				"foreign exchange", "change", "devises", "marchés étrangers", "foreign markets"),
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
			lawful: append(slices.Clone(positiveAction), "occupational requirement", "exigence professionnelle", "-only service",
				"-only space", "refuge", "shelter", "violences", "domestic violence", "school", "école", "lycée", "collège", "choir", "chœur"),
		},
		{selects: 1, rule: "discrimination", category: "sex", what: "sex",
			suggest: [2]string{"ouvrez le poste à toutes et à tous", "open the job to everyone"},
			terms: fields(`all-female all-male all-women all-men all-girl all-boy non-mixte entièrement_féminin* entièrement_masculin* exclusivement_féminin* exclusivement_masculin* feminine masculine
				womanly manly female male présence_masculine présence_féminine male_presence female_presence
				female_touch feminine_touch touche_féminine poigne_masculine une_femme un_homme woman man women men
				femmes hommes`),
			cues: [][]string{fields(`stay rester reste restera remain* keep_it keep_the garder prefer* préfèr* préfér* rather
				plus_facilement more_comfortable more_at_ease plus_à_l'aise better mieux ideal* idéal* souhait* only uniquement
				exclusivement wants want need needs requires require* seek* recherch* convien* naturally naturellement se_confient
				confide* must doit devra will_be sera should expect* attend* nécessite* necessit*`)},
			notAfter: []string{"'", "’", " of few", " of his", " of her", " of the", "-owned", " et ", " and ", " ou ", " or ", "/",
				" clients", " customers", " clientèle", " de ménage", " enceinte", " pregnant", " victim", " victime", " the ", " a ",
				" our ", " your ", " up", " hours", " hour", "-hour", "-day", " days", " of ", " d'", " de "},
			lawful: append(slices.Clone(positiveAction), "women and men", "men and women", "hommes et femmes", "femmes et hommes",
				"h/f", "f/h", "all genders", "any gender", "tous genres", "tout genre", "prêt-à-porter", "ready-to-wear", "womenswear",
				"menswear", "vêtements", "clothing", "collection", "rayon", "department store", "occupational requirement", "schedule 9",
				"exigence professionnelle", "-only service", "-only space", "refuge", "shelter", "violences", "domestic violence",
				"fragrance", "parfum", "voice", "voix", "vocal", "choir", "chœur", "role of", "rôle de", "actor", "actress", "comédien",
				"model for", "mannequin", "whether you are a man or a woman", "que vous soyez un homme ou une femme", "hommes comme femmes",
				"women as well as men", "no matter", "man and one woman", "man and a woman", "homme et une femme", "marriage", "mariage"),
		},
		// Family: children, family constraints, being a parent as an asset or a bar.
		{selects: 1, rule: "discrimination", category: "family", what: "family situation",
			suggest: [2]string{"supprimez ; la situation de famille ne peut pas être un critère", "remove it; family situation is not a criterion"},
			terms: fields(`family_constraints family_commitments family_responsibilities family_obligations family_ties caring_responsibilities
				carer_responsibilities childcare_responsibilities childcare_commitments contraintes_familiales contrainte_familiale
				obligations_familiales charges_familiales charge*_de_famille attaches_familiales young_children young_kids
				small_children little_ones jeunes_enfants enfants_en_bas_âge être_parent being_a_parent mère*_de_famille père*_de_famille
				mother_of father_of single_parent* single_mother* single_father* parent*_isolé* famille_monoparentale
				sans_attaches no_ties free_of_ties libre_de_toute_attache no_dependants no_dependents sans_personne_à_charge
				personne*_à_charge parenthood motherhood married marié mariée mariés mariées marié·e
				single_applicants single_candidates single_people unmarried non_marié* pregnant pregnancy pregnancies grossesse* enceinte*
				planning_a_family start_a_family starting_a_family family_plans projet*_de_grossesse projet*_d'enfant* projet*_d’enfant*`),
			cues: [][]string{with(cond, `compatible* free libre* plus atout asset bonus suit* convien* struggle difficult* difficile*
				understand* comprendr* advantage avantage ideally incompatible* juggl* handle gérer`)},
			notAfter: []string{" company", " organisation", " group", " leave", " de l'entreprise", " teacher", " tongue", "-teacher",
				" pay", " benefit", "'s", "’s", " à l'enfant", " d'élève", " d’élève", " helpers"},
			lawful: []string{"family-friendly", "parental leave", "congé parental", "maternity leave", "maternity pay", "paternity leave",
				"congé maternité", "congé paternité", "congé de maternité", "congé de paternité", "we support", "nous accompagnons",
				"soutien aux", "soutenons", "flexib", "aménag", "crèche", "nursery", "childcare voucher", "chèques", "patients", "clients",
				"familles que", "families we", "accompagner les familles", "support families", "parents d'élèves", "maison mère",
				"société mère", "parent company", "groupe", "mother and baby", "mère et l'enfant", "mères et bébés", "protection maternelle",
				"pmi", "we adapt", "nous adaptons", "school holidays", "vacances scolaires", "working parents", "welcome", "bienvenu",
				"mutuelle", "insurance", "assurance", "health cover", "couverture", "maternité de", "maternity ward",
				"équilibre", "balance", "concili", "respect", "préserv", "protect", "jeunes mariés", "futurs mariés", "newlyweds", "wedding", "usagers", "maternité du", "service de maternité", "sage-femme", "midwife", "obstetric"},
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
			terms: fields(`sick_days sick_leave sickness_absence* sick_notes days_off_sick time_off_sick arrêt*_maladie arrêt*_de_travail
				jours_d'arrêt congé*_maladie absence*_pour_maladie mental_illness* mental_health_condition* mental_health_issue*
				psychiatri* maladie*_mentale* troubles_psychiques depression dépression anxiety anxiété burn-out burnout
				bipolar* bipolaire*`),
			cues: [][]string{with(cond, `more_than plus_de fewer_than moins_de last_year l'an_dernier l'année_dernière history
				antécédent* record free`)},
			lawful: []string{"accessib", "adjust", "aménag", "welcom", "bienvenu", "accueill", "rqth", "disability confident",
				"handi-accueillant", "handiaccueillant", "positive", "support", "soutien", "accompagn", "we pay", "paid", "payé", "indemnis",
				"entitle", "droit", "insurance", "assurance", "mutuelle", "prévoyance", "policy", "politique", "patient", "client",
				"résident", "resident", "service user", "usager", "people with", "personnes en situation", "personnes handicapées",
				"children with", "enfants", "pupils", "élèves", "parking", "toilet", "toilette", "lift", "ascenseur", "benefit",
				"avantage", "cover", "couverture", "claims", "dossiers", "declaration", "déclaration", "report", "signaler",
				"sickness pay", "sick pay", "maintien de salaire", "full pay", "plein salaire", "days of", "jours de congé", "holiday",
				"vacances", "n'avez pas à", "n’avez pas à", "pas besoin", "don't have to", "do not have to", "not required to", "no need to",
				"never ask", "don't ask", "do not ask", "ne demandons", "ne vous demandons"},
		},
		// Residence: a commune, a district, a postcode, beyond a reasonable travel or on-call time.
		{selects: 1, rule: "discrimination", category: "residence", what: "place of residence",
			suggest: [2]string{"indiquez le lieu de travail et, si une astreinte l'exige, le temps d'intervention", "state where the job is and, if on-call duty needs it, the response time"},
			terms: fields(`live_in live_within live_near living_in living_within living_near reside resides residing resident_of
				lives_in lives_within lives_near live_outside lives_outside living_outside live_locally living_locally lives_locally
				live_close_to living_close_to lives_close_to live_nearby living_nearby habitant* habitez_hors résidant*_hors domicilié*_hors
				residents_of resident_in habiter habitez résider résidez résidant* résidente* domicilié*
				domiciliée* domicile demeurant* vivre_à vivre_dans vivez_à vivez_dans local_applicants locals_only candidats_locaux
				candidates_from applicants_from postcode* code_postal zip_code local_address adresse_locale address_in
				addresses_in home_address_in adresse_dans adresse_à commuter commuters commute_from navetteur* frontalier*`),
			cues: [][]string{fields(`must only uniquement exclusivement obligatoire* impérati* required requis* exig* devez doit doivent
				need needs préf* prefer* priority priorit* souhait* idéal* ideally preferably essential indispensable* mandatory condition
				suits suited would_suit applicants_who candidates_who candidats_qui candidates_qui`)},
			notAfter: []string{" fixe"}, // "sans domicile fixe": economic vulnerability, a ground of its own
			lawful: []string{"travel time", "temps de trajet", "trajet", "commute time", "commuting time", "your commute", "commute of",
				// on-call duty is a reason only with the response time it needs
				"délai d'intervention", "temps d'intervention", "response time", "minutes", " min ", " min.", " min)", "relocat", "déménag", "logement de fonction", "live-in", "accommodation provided",
				"logé", "logement fourni", "nos résidents", "our residents", "compte", "bank", "banque", "rib", "iban", "right to work",
				"autorisation de travail", "work permit", "permis de travail", "tax", "impôt", "fiscal", "visa"},
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
			cues:    parentCues, notAfter: parentNotAfter, lawful: parentLawful,
		},
		// Preference for the people of a commune.
		{selects: 1, rule: "discrimination", category: "residence", what: "place of residence",
			suggest: [2]string{"indiquez le lieu de travail, pas celui du domicile", "state where the job is, not where the candidate lives"},
			terms: fields(`habitant*_de_la_commune habitant*_du_village habitant*_de_la_ville habitants_du_quartier habitant*_du_secteur
				résident*_de_la_commune local_people local_residents people_living_locally`),
			cues: [][]string{fields(`préférence priorité priority prioritaire* uniquement only exclusivement exclusively réservé* reserved first
				d'abord preferred`)},
			lawful: []string{"clients", "customers", "public", "serve", "servir", "accueil", "welcome"},
		},
		// A graduation or birth year as a bound: an age by another name.
		{selects: 1, rule: "age-limit", category: "age", what: "a graduation or birth year (an age proxy)",
			suggest: [2]string{"demandez le diplôme, pas l'année où il a été obtenu", "ask for the qualification, not the year it was earned"},
			terms: fields(`graduated_% graduated_in_% graduating_in_% graduation_% diplômé*_en_% diplômé*_depuis_% promotion_% promo_%
				class_of_% born_after_% born_before_% born_between_% born_in_the_% né*_après_% né*_avant_% née*_après_% née*_avant_%`),
			cues: [][]string{fields(`or_later or_after ou_après ou_plus_tard after après since depuis no_earlier within récent* recent*
				latest au_plus_tôt minimum maximum only uniquement born né* née* between entre before avant`)},
			lawful: []string{"founded", "fondée", "créée", "company"},
		},
		// A recent graduation as a bound: how long ago is an age by another name.
		{selects: 1, rule: "age-limit", category: "age", what: "a graduation date (an age proxy)",
			suggest: [2]string{"demandez le diplôme, pas l'année où il a été obtenu", "ask for the qualification, not when it was earned"},
			terms: fields(`diplômé*_depuis_moins_de diplômé*_il_y_a_moins_de diplôme_il_y_a_moins_de diplôme_depuis_moins_de
				diplôme_obtenu_il_y_a_moins_de diplôme_obtenu_depuis_moins_de sorti*_d'école_depuis_moins_de sorti*_d'école_il_y_a_moins_de
				sorti*_d'études_depuis_moins_de graduated_within graduated_in_the_last graduated_in_the_past graduated_less_than
				graduated_no_more_than graduated_no_longer_than graduation_within degree_within_the_last degree_in_the_last
				graduate_from_the_last graduate_of_the_last graduates_of_the_last graduates_from_the_last qualified_within_the_last
				qualified_in_the_last finished_your_degree completed_your_degree left_school left_university left_college
				out_of_university out_of_college out_of_school finished_your_studies completed_your_studies terminé_vos_études
				fini_vos_études achevé_vos_études fin_de_vos_études sorti*_de_l'école sorti*_d'école sorti*_de_l'université`),
			cues:   [][]string{fields(`within last past moins less no_more no_longer ago récemment recent* year years ans années`)},
			lawful: []string{"founded", "fondée", "créée", "company", "programme", "program", "scheme", "alumni"},
		},
		// Height as a bound: a measure of the body.
		{selects: 1, rule: "discrimination", category: "appearance", what: "physical appearance (height)",
			suggest: [2]string{"supprimez ; si une tâche physique l'exige, décrivez la tâche", "remove it; if a physical task needs it, describe the task"},
			terms:   fields(`%'% %’% %_ft %ft %_feet %_foot %.%_m %,%_m %m% %_cm %cm`),
			cues: [][]string{with(cond, `under over at_least au_moins moins plus minimum maximum min max taller shorter`),
				fields(`tall taller short shorter height taille mesur* grand* petit* stature under over`)},
			lawful: []string{"box", "boxes", "carton", "colis", "parcel", "load", "charge", "pallet", "palette", "screen", "écran", "desk",
				"bureau", "shelf", "étagère", "ladder", "échelle", "ceiling", "plafond", "hauteur de", "height of the", "water", "eau",
				"snow", "neige", "wave", "vague", "tree", "arbre", "building", "bâtiment", "échafaud", "scaffold", "working at height",
				"travail en hauteur", "travaux en hauteur"},
		},
		// Gender-coded English wording: leadership or drive as manhood.
		{selects: 1, rule: "cliche", category: "gender-coded", what: "gender-coded wording: it puts off applicants who do not see themselves that way, more often women",
			suggest: [2]string{"décrivez ce que la personne fera et saura faire", "describe what the person will do and know"},
			terms: fields(`aggressive aggressively dominant dominate dominates dominating strong_hand firm_hand iron_fist iron_hand
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
				caractère_bien_trempé`),
			cues: [][]string{fields(`you your you're you'll vous votre candidate* candidat* someone quelqu'un person personne leader*
				manager* profil* profile personality personnalité attitude mindset approach style nature touch need needs must be
				être sera devez who qui closer* seller* salesperson* vendeu* commercia* negotiator* négociat* faut avez have has
				indispensable* essential required requis* exigé* atout asset plus`)},
			notAfter: []string{" market", " position", " player", " share", " brand", " in the market", " growth", " target", " timeline",
				" deadline", " pricing", " schedule", " roadmap", " behaviour", " behavior", " dog", " tumour", " tumor", " cancer",
				" treatment", " leave", " pay", " health", " care", " comment", " message", " email", " e-mail", " post", " review",
				" tone", " customer", " client", " caller", " people", " person", " user", " driver", " traffic", " weather", " language",
				" content", " behaviour", " situation", " incident", " patient", " resident", " pupil", " student", " child", " animal",
				" dog", " competitor", " competition", " pricing", " spam", " attack", " malware", " bot", " on ", " sur "},
			lawful: []string{"de-escalat", "désescalade", "clients who", "animals", "animaux",
				"dogs", "chiens", "behaviour", "behavior", "comportement", "maternal health", "santé maternelle", "maternal care",
				"maternity", "market", "marché", "tumour", "cancer", "stone", "pierre", "rock", "roche", "grape", "raisin", "glass",
				"verre", "quarry", "carrière", "crusher", "concass", "recycl", "infant", "nourrisson", "newborn", "baby", "bébé",
				"crèche", "nursery", "early years", "petite enfance", "kitchen", "cuisine", "épices", "spices", "wall", "mur", "child",
				"enfant", "pupil", "élève", "kids", "learner", "apprenant"},
		},
		// Gender-coded the other way: care pictured as a mother's, which
		// tells men the job is not theirs. Said of a place or of the
		// children cared for, it describes the job.
		{selects: 1, rule: "cliche", category: "gender-coded", what: "gender-coded wording: care pictured as a mother's puts off applicants who do not see themselves that way, more often men",
			suggest: [2]string{"décrivez les soins et l'attention attendus", "describe the care and attention the job needs"},
			terms: fields(`nurturing nurturer* mother_hen gentle_touch woman's_touch fibre_maternelle instinct_maternel sens_maternel
				âme_de_mère côté_maternel maternal_instinct*`),
			cues: [][]string{fields(`you you're you_are vous_êtes tu_es personality personnalité nature someone quelqu'un candidate*
				candidat* profil* profile need needs must devez avez have plus atout asset bonus indispensable* essential`)},
			notAfter: []string{" environment", " culture", " workplace", " place", " space", " atmosphere", " ambiance", " cadre",
				" setting", " relationship"},
			lawful: []string{"environment", "environnement"},
		},
	}
}
