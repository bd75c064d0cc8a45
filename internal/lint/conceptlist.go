package lint

import (
	"slices"
	"strings"
)

// ageAfter, right after an age, say it counts something else: years of
// experience, a company's age, hours.
var ageAfter = []string{" d'exp", " d’exp", " d'anc", " d’anc", " of exp", " years of", " years'", " years’", " yrs'", " yrs’", " years in", " years at", " ans d", " ans dans",
	" ans en ", " ans chez", " ans de métier", " ans de carrière", " ans de pratique", " ans sur", " ans au sein", " experience",
	" employees", " salariés", " lbs", " lb", " pounds", " kilos", " miles", " collaborateurs", " people", " staff", " hours", " heures", " minutes", " %", " kg", " km", " €", " m²",
	" countries", " pays", " stores", " magasins", " clients", " customers", " days", " jours", " weeks", " semaines", " months", " mois",
	" cm", " mm", " m ", " m.", " m,", " metres", " meters", " mètres", " ft", " feet", " inches", " g ", " tonnes", " tons", " litres",
	" liters", " ml", " mph", " km/h", " seats", " places", " covers", " couverts", " rooms", " chambres", " beds", " lits", " units",
	" unités", " sites", " vehicles", " véhicules", " trucks", " camions",
	// a number of people the job serves: "a class of up to 22 students"
	" students", " étudiants", " pupils", " élèves", " children", " enfants", " kids", " participants", " learners", " apprenants",
	" client base", " clientele", " customer base", " crowd", " market",
	" swimmers", " nageurs", " players", " joueurs", " athletes", " riders", " cavaliers", " runners", " dancers", " danseurs",
	" singers", " musicians", " visitors", " visiteurs", " diners", " passengers", " passagers", " per lane", " per group", " par groupe",
	" patients", " residents", " résidents", " guests", " members", " membres", " jeunes", " young people", " adolescents", " ados"}

// ageLawful, in a sentence, say its ages are a company's or a thing's.
var ageLawful = []string{"existe", "depuis", "fondée", "fondé en", "founded", "since", "history", "histoire", "anniversaire", "trading",
	// a service for an age group: "junior gym sessions for 11 to 15 year olds"
	"sessions for", "classes for", "lessons for", "courses for", "camps for", "clubs for", "activities for", "programmes for",
	"programs for", "séances pour", "cours pour", "stages pour", "ateliers pour", "activités pour",
	// a character's age an actor plays: "Âge de jeu : 55 à 65 ans"
	"âge de jeu", "playing age", "playing range", "age range of the character", "âge du personnage",
	// two numbers that are clothing sizes: "fit our uniform sizes (36–38)"
	"uniform size", "sizes (", "size (", "tailles (", "taille (",
	"established", "years of experience", "ans d'expérience", "ans d’expérience", "d'expérience", "d’expérience", "of experience",
	// the public the job serves, kept to the law's age: "we don't tattoo
	// anyone under 18", "ID to anyone who looks under 25"
	"tattoo anyone", "tattooing anyone", "pierce anyone", "serve anyone", "serving anyone", "sell to anyone", "selling to anyone",
	"admit anyone", "to anyone under", "to anyone who looks", "challenge 21", "challenge 25", "think 21", "think 25", "minors act",
	"licensing act", "servir d'alcool", "vendre de l'alcool", "vente d'alcool aux mineurs",
	// animals kept apart: "la quarantaine et le suivi sanitaire"
	"suivi sanitaire", "mise en quarantaine", "quarantaine sanitaire"}

// tillFloat is keeping a till and its float, a cashier's work, not a
// sum asked of the hire: "la tenue de la caisse (fonds de caisse de 300 €)".
var tillFloat = []string{"tenue de la caisse", "tenue de caisse", "fonds de caisse", "cash float", "till float"}

// animalWords name the animals a job cares for, whose pregnancies are
// its work: "farm calls for cattle, including pregnancy testing".
var animalWords = []string{"cattle", "cows", "heifers", "ewes", "sheep", "mares", "sows", "herd", "livestock", "bovine", "equine", "veterinar",
	"vaches", "génisses", "brebis", "juments", "truies", "troupeau", "bétail", "bovins", "ovins", "vétérinaire"}

// spaced is the words of s with "_" read as a space: lawful wordings
// written as fields.
func spaced(s string) []string {
	ws := strings.Fields(s)
	for i, w := range ws {
		ws[i] = strings.ReplaceAll(w, "_", " ")
	}
	return ws
}

// conceptList is every concept, both languages, in rule order.
func conceptList() []concept {
	// Cue groups the concepts share: split here, when lint first needs
	// them, not when the program starts.
	// preferenceCues say one kind of person is sought or preferred.
	preferenceCues := strings.Fields(`only preferred preferably preference prefer prefers ideally ideal want wants seeking seek we're_after we’re_after we_are_after
		suitable_for
		looking need needs suited would_suit suits_a suits_an better best exclusively reserved fit_in fits_in good_fit better_fit natural_fit uniquement exclusivement préférence préf*
		idéal* recherch* souhait* plutôt mieux réservé* convien* conviendr* atout intégrer* naturellement
		lean_toward* lean_towards leaning_toward* tend_to_hire hiring hire appréci* appreciated valued cherch* love_a loves_a expect_a expects_a besoin
		to_balance balance_out pour_équilibrer équilibrer`)
	// addresseeCues name the applicant a request is made of.
	// addresseeCues make a topic the applicant's own ("your injuries",
	// "avez-vous des enfants"), not a duty of the job ("vous déclarez les
	// accidents du travail").
	addresseeCues := strings.Fields(`your yours vos votre ton ta tes any anything toute éventuel* have_you do_you are_you did_you you_have you_are
		you_take avez-vous êtes-vous prenez-vous suivez-vous souffrez-vous attendez-vous vous_avez vous_êtes applicants_must
		candidates_must candidats_doivent avec_le_cv avec_votre_cv avec_votre_candidature à_votre_candidature au_dossier_de_candidature
		with_your_cv with_your_application with_the_application with_your_resume at_application when_applying when_you_apply
		at_the_application_stage dès_la_candidature lors_de_la_candidature`)
	// requestCues ask the applicant for something.
	requestCues := append(strings.Fields(`? tell list state indicate provide disclose declare detail attach include includes send submit email e-mail
		stating listing indicating providing attaching including enclosing submitting
		confirm mention share enclose précise* indique* joign* joindre fourni* fournissez transmet* déclare* mentionne* communique*
		renseign* signale* envoye* ajoute* listez required require* requis* obligatoire* exig* mandatory demandé* requested
		asked_for asks ask_about ask_you whether envoie joins transmets outline describe lettre_de_motivation cover_letter covering_letter
		undergo undergoes subir subiront
		indiquant précisant mentionnant joignant communiquant fournissant transmettant déclarant`), "let_us_know", "merci_de")
	// imperativeCues ask the applicant by their form alone ("joignez une
	// photo", "tell us about"); after "vous" or "we" they state a duty.
	imperativeCues := strings.Fields(`tell_us let_us_know list_any list_all state_your indicate_your provide_your disclose declare
		attach send_us include_a include_your précisez indiquez joignez joindre fournissez transmettez déclarez mentionnez
		communiquez renseignez signalez envoyez ajoutez listez merci_de dm_us message_us text_us whatsapp_us email_us e-mail_us
		bring_your bring_a bring_along apportez munissez-vous
		écrivez-nous envoyez-nous`)
	// candidateCues say the sentence is about the person sought.
	candidateCues := strings.Fields(`you your vous vos votre tu tes ton ta toi candidate* candidat* applicant* profil* profile ideal* idéal* someone bloke blokes
		quelqu'un personne person hire recrue member* seeking recherch* looking team équipe must devez`)
	// condCues make a ground a condition: required, preferred, ruled out.
	condCues := strings.Fields(`must mustn't should required require* mandatory essential only exclusively preferred preferably would_rather we'd_rather i'd_rather
		prefer* ideally ideal need needs want wants seeking seek looking expected expect* no not never without won't cannot can't
		don't isn't aren't need_not uniquement exclusivement obligatoire* impérati* indispensable* exige exigent exigé* exigence* requis*
		devez devrez doit doivent préféren* préférable* préfér* préfèr* idéal* souhait* recherch* attend* pas jamais sans aucun* ni s'abstenir non privilégi* favoris* favour* favor*
		suits suited would_suit applicants_who candidates_who candidats_qui candidates_qui priority prioritised prioritized priorité prioritaire*
		éliminatoire* rédhibitoire* disqualif* rules_you_out exclut excluent`)
	// dataLawful make a request for data lawful: work samples, a licence
	// or a record check a law sets, the right to work, a request refused.
	dataLawful := []string{"photos of our", "photos de nos", "of your licen", "driving licen", "driver's licen", "permis de conduire", "of your ticket", "of your certif", "of your qualification",
		"de vos diplômes", "de vos habilitations", "de votre carte professionnelle", "portfolio", "products", "produits", "réalisations", "shoot", "photographe",
		"photographer", "photography", "photographie", "retouch", " book", "our work", "of your work", "of your plates",
		"of your dishes", "of your cooking", "of your creations", "of your projects", "de vos plats", "de vos créations", "projects", "projets",
		"right to work", "droit de travailler", "autorisation de travail", "work permit", "titre de séjour", "never ask", "will never",
		// a badge or a licence that requires the check: "an airside badge…, which requires a Police Record"
		"which requires", "that requires",
		// work samples: "photos or video of your sets", "photos of grooms
		// you're proud of"
		"proud of", "dont vous êtes fier", "dont tu es fier", "dont vous êtes le plus fier", "dont tu es le plus fier",
		"tanning work", "nail work", "lash work", "brow work", "hair work", "tattoo work", "makeup work",
		"of your recent work", "of your latest work", "of recent work", "of your own work",
		"photos or video", "photos or videos", "photos and video", "photos and videos", "photos ou vidéos", "photos et vidéos",
		// a record check the law sets for work with minors
		"with minors", "with children", "with vulnerable", "auprès de mineurs", "auprès d'enfants", "auprès des enfants", "avec des mineurs", "avec des enfants",
		"ne vous demanderons jamais", "jamais", "phishing", "hameçonnage", "scam", "arnaque", "reset", "réinitialis", "manage passwords",
		// a request the law sets or allows, said so
		"comme la loi", "la loi le permet", "la loi l'impose", "la loi l’impose", "exigé par la loi", "imposé par la loi",
		"as the law", "the law allows", "the law permits", "permitted by law", "required by law", "law requires",
		"password manager", "gestionnaire de mots de passe", "vault", "security", "sécurité informatique", "our systems", "nos systèmes"}
	ageSuggest := [2]string{"supprimez l'âge ; décrivez l'expérience attendue", "remove the age; describe the experience the job needs"}
	return append([]concept{
		// Ages stated outright: the words say it is an age.
		{rule: "age-limit", category: "age", what: "an age condition", notAfter: ageAfter, suggest: ageSuggest, lawful: ageLawful,
			terms: strings.Fields(`aged_# âgé*_de_# agé*_de_# #-year-old* #_year_old* #_years_old #_yo #yo #_ans_maximum #_ans_max
				#_ans_au_plus #_ans_minimum moins_de_#_ans plus_de_#_ans pas_plus_de_#_ans entre_#_et_#_ans de_#_à_#_ans #_à_#_ans #_ans_et_moins
				la_vingtaine la_trentaine la_quarantaine la_cinquantaine trentenaire* quadragénaire* quadra quinquagénaire* quinqua
				vingtenaire* millennial* millénial* gen_z gen-z génération_z generation_z génération_y generation_y boomer*
				twenty-something* thirty-something* twentysomething* thirtysomething* #~#_bracket #~#_age_bracket #~#_age_group
				no_older_than_# not_older_than_# younger_than_# under_the_age_of_# over_the_age_of_# someone_under_# someone_over_#
				anyone_under_# anyone_over_# someone_below_# anyone_below_# someone_above_# candidates_under_#
				candidates_over_# applicants_under_# applicants_over_# candidat*_de_moins_de_# personne*_de_moins_de_#
				age_#~# age:_#~# ages_#~# age_below_# age_under_# age_over_# age_above_# age:_below_# age:_under_# age_limit:_#
				âge_#~# âge_:_#~# âge_inférieur_à_# âge_maximum_# âge_max_#`),
		},
		{selects: 1, rule: "age-limit", category: "age", what: "an age condition", notAfter: ageAfter, suggest: ageSuggest,
			terms: strings.Fields(`in_your_twenties in_their_twenties in_your_thirties in_their_thirties in_your_20s in_their_20s
				in_your_30s in_their_30s early_20s late_20s early_30s mid-20s mid-30s #~#_ans #~#_years #_ans #_yrs #_years_old
				be_under_# are_under_# be_younger_than_# be_no_older_than_# be_aged_# l'âge_de_notre_clientèle l'âge_de_nos_clients
				l'âge_de_nos_clientes the_age_of_our_customers the_age_of_our_clients
				(#~#)`),
			cues: [][]string{candidateCues}, lawful: ageLawful,
		},
		// Bounds and ranges that are ages only beside an age word.
		{selects: 2, rule: "age-limit", category: "age", what: "an age condition", notAfter: ageAfter, suggest: ageSuggest,
			terms: strings.Fields(`under_# over_# not_more_than_# no_older_than_# no_more_than_# not_over_# below_# above_# maximum_# up_to_# #~#`),
			// "Ideally between 25 and 35, to fit our dynamic team": a range the team's
			// youth explains
			cues: [][]string{candidateCues, strings.Fields(`aged age âge ages âges ans old years yrs yo young younger jeune jeunes
				dynamic_team young_team équipe_dynamique équipe_jeune fit_our fit_in`)},
			// a body mass index, not an age; a span of time ("for over 20 years")
			notBefore: []string{"bmi", "imc", "for", "pendant", "durant", "depuis"},
			lawful: []string{"years of experience", "ans d'expérience", "ans d’expérience", "d'expérience", "d’expérience", "of experience",
				"young people we", "jeunes que nous", "jeune pousse", "young company", "jeune entreprise", "jeune société", "young business"},
		},
		// One sex sought or preferred.
		{selects: 1, rule: "discrimination", category: "sex", what: "sex", suggest: [2]string{"ouvrez le poste à toutes et à tous", "open the job to everyone"},
			terms: strings.Fields(`female* male males women woman men man girl girls guy guys lady ladies gentleman gentlemen boys bloke blokes
				housewife housewives
				féminin* masculin* femme femmes homme hommes fille filles garçon garçons mec mecs gars nana nanas`),
			cues: [][]string{preferenceCues},
			// "men and women", "hommes et femmes", "man and van": both sexes,
			// or no person; "Ex-military guys and former police" is one
			notAfter: append([]string{"'", "’", " of few", " of his", " of her", " of the", "-owned", " ou ", " or ", "/", " clients", " customers", " clientèle", " de ménage",
				" and wom", " and men", " and man", " and girl", " and boy", " and lad", " and gal", " and gentle", " and female", " and male",
				" and non", " and van", " and child", " and kid", " et fem", " et hom", " et fill", " et garç", " et mec", " et nana", " et enfant", " et non"},
				oneSexThings...),
			// the public a session includes ("some sessions include girls
			// aged 14 to 17"), a trade's clientele ("coiffure homme")
			notBefore: append(slices.Clone(servedPublic), "include", "includes", "including", "coiffure", "coupe", "coupes", "rayon", "mode",
				// a quality qualified ("une douceur toute féminine", gender-coded),
				// the sellers a business buys from ("the market women we collect from")
				"toute", "toutes", "très", "typiquement", "market"),
			// a requirement stated with its reason is information to check (occupational.go)
			lawful: []string{"women and men", "men and women", "hommes et femmes", "femmes et hommes", "homme et femme", "femme et homme",
				"man and woman", "woman and man", "h/f", "f/h", "all genders", "any gender",
				// positive action: "LCT encourage les candidatures féminines"
				"encourage les candidatures", "encourageons les candidatures", "candidatures féminines sont encouragées",
				"encourage applications from", "encourages applications from",
				"homme/femme", "femme/homme", "homme-femme", "femme-homme", "man/woman", "woman/man",
				"tous genres", "tout genre", "prêt-à-porter", "ready-to-wear", "womenswear", "menswear", "vêtements", "clothing", "collection",
				"rayon", "department"},
		},
		// Origin through its proxies.
		{selects: 1, rule: "discrimination", category: "origin", what: "origin (a proxy for it)", suggest: [2]string{"décrivez la compétence attendue (ex. « anglais courant, niveau C1 »)", "describe the skill the job needs (\"fluent English, C1\")"},
			terms: strings.Fields(`accent accents pronunciation easy_to_pronounce hard_to_pronounce difficult_to_pronounce
				facile_à_prononcer difficile_à_prononcer pronounceable prononçable* imprononçable* native_speaker* native-speaker* native_english native_french
				native_german native_spanish mother_tongue mother-tongue first_language born_in born_and_raised raised_in grew_up_in grown_up_in
				né_en née_en nés_en nées_en né·e_en né·e·s_en né_à née_à nés_à nées_à né·e_à né_au née_au nés_au nées_au né·e_au né_aux nés_aux grandi_en grandi_à originaire* patronyme* easy_name easy-to-pronounce
				local_candidates locals local-born locally_born born_locally settled_background* settled_community
				non-traveller* british american filipino filipina philippin* maghrébin* africain* african asian asiatique* européen* european caucasian caucasien*
				kiwis aussie aussies dutch flemish settled_home_address settled_address settled_accommodation`),
			cues: [][]string{strings.Fields(`you your vous vos votre candidate* candidat* applicant* ideal* idéal* preferred preferably
				ideally prefer* préf* neutral neutre strong fort léger light heavy clear foreign étranger* native regional régional*
				great_with good_with struggle* bad_with mal_avec
				easy facile* atout plus bonus only uniquement seeking recherch* someone quelqu'un intégr* naturellement fit_in fits_in suited
				apprécié* appreciated valued`)},
			notAfter: []string{" on ", " sur ", " mis ", " mise", " placed", " de la", " du ", " des ", " client", " customer", " market",
				// a year, not a place: "born in 1985 or later" (an age)
				" 19", " 20",
				" guest", " visitor", " tourist", " partner", " supplier", " language", " langue", " test", " oral", " exam", " sign language",
				// a language named as a skill: "Dutch is a plus", "le flamand est un atout"
				" is a plus", " is an asset", " would be a plus", " would be an asset", " est un plus", " est un atout", " serait un plus",
				// goods and their carriers named by where they come from: "when the Dutch lorry comes in"
				" lorr", " truck", " van ", " vans", " deliver", " shipment", " import", " auction", " flower", " bulb", " grower",
				" cheese", " beer", " wine", " camion", " livraison", " fleurs", " bière", " fromage"},
			// a thing of a place, not a person: "projets européens", "EU-funded
			// European projects", "fonds européens"
			notBefore: []string{"projets", "projet", "programmes", "programme", "fonds", "financements", "partenaires", "réseaux",
				"normes", "marchés", "appels", "directives", "règlements", "crédits", "subventions", "projects", "project", "funds",
				"funding", "partners", "programs", "standards", "markets", "grants", "institutions", "instances", "affaires",
				// a region, not a nationality: "Latin American arbitration matters"
				"latin", "pan",
				// makers and brands a shop sells: "une quarantaine de créateurs européens"
				"créateurs", "créatrices", "designers", "marques", "fournisseurs", "artisans", "producteurs", "brands", "suppliers", "makers", "producers", "labels",
				// a species, a cuisine or goods named by where they come from:
				// "frelons asiatiques", "African elephants", "cuisine asiatique"
				"frelon", "frelons", "moustique", "moustiques", "coccinelle", "coccinelles", "hornet", "hornets", "mosquito", "mosquitoes",
				"beetle", "beetles", "carpe", "carpes", "carp", "éléphant", "éléphants", "elephant", "elephants", "lion", "lions",
				"cuisine", "cuisines", "food", "plats", "dishes", "épices", "spices", "marchés", "markets", "equities", "actions", "langues", "languages"},
			lawful: append(slices.Clone(lawfulNationality), "mettre l'accent", "met l'accent", "mettons l'accent", "put the accent",
				"accent is on", "accent on", "l'accent est", "english-speaking", "english level", "niveau d'anglais", "cuisine", "food",
				"restaurant", "dishes", "plats", "market", "marché", "speak english", "speak french", "language skills", "languages", "langues"),
		},
		// Appearance as a condition.
		{selects: 1, rule: "discrimination", category: "appearance", what: "physical appearance",
			// animals named by their look: "bearded dragons, leopard geckos"
			notAfter: []string{" dragon", " vulture", " seal", " collie", " iris", " tit", " reedling"}, suggest: [2]string{"supprimez ; si une tenue est requise pour une raison d'hygiène ou de sécurité, dites laquelle", "remove it; if a dress rule has a hygiene or safety reason, state it"},
			terms: strings.Fields(`slim slender athletic good-looking handsome well-groomed pleasing_personality look_the_part look_excentrique
				couleur*_de_cheveux_fantaisie cheveux_colorés cheveux_de_couleur* teinture*_fantaisie looks_the_part looking_the_part avoir_le_look attractive_+presence polished_presence clean-cut camera-ready camera_ready instagram-ready instagram_ready insta-ready insta_ready polished_hair sleek_hair beard beards bearded clean-shaven tattoo tattoos tattooed piercing piercings make-up makeup
				hairstyle hairstyles hair_style hair_styles hair_done uniform_size uniform_sizes our_uniform_sizes toned sun-kissed beach_look beach-body beach_body look_sportif poids_proportionnel conservative_style conventional_style conservative_hairstyle conventional_hairstyle understated_look
				mince minces svelte sveltes jolie jolies élancé* barbe barbes barbu* tatouage* tatoué* dreadlock* tresse* rasé* maquill*
				your_height your_weight votre_taille votre_poids height_of weight_under weight_below taille_minimum
				taille_minimale taille_# sample_size dress_size clothing_size model-quality model_quality model-like model_looks
				photogenic photogénique* télégénique* telegenic silhouette_et_présentation silhouette_irréprochable séduisant* séduisante* belle_gueule physique_de_mannequin silhouette_sportive silhouette_fine silhouette_élancée
				silhouette_athlétique silhouette_mince votre_silhouette ta_silhouette slim_figure athletic_figure your_figure
				votre_allure ton_allure belle_allure votre_physique ton_physique your_physique physique_avantageux beau_physique physique_en_accord physique_qui_correspond* physique_assorti*
				salon-fresh manucure* manicured nails_done look_soigné attractive_appearance attractive_look* attractive_candidate*
				attractive_person physically_attractive pleasing_appearance pleasant_appearance pleasant-looking nice-looking
				belle_plastique apparence_physique physique_agréable apparence_jeune youthful_look* youthful_appearance clear_skin
				clear_complexion blemish-free flawless_skin peau_nette teint_frais
				glamorous_look* bien_fait_de_sa_personne bien_faite_de_sa_personne bien_faits_de_leur_personne beau_garçon jolie_fille jolie_femme joli_minois joli_visage beau_visage pretty_face
				pleasant_face youthful_face looks_matter looks_count appearance_matters appearance_counts le_physique_compte
				l'apparence_compte le_look_compte taille_de_vêtement healthy_weight allure_soignée allure_élégante
				allure_irréprochable coloration*_fantaisie cheveux_teints unnatural_hair* bright_hair_colour*
				poids_de_forme`),
			cues: [][]string{strings.Fields(`must required require* no not only preferred preferably ideally should visible* allowed
				accepted acceptable present* look* keep kept minimum maximum least tall under over you_are vous_êtes tu_es exigé*
				vitrine carte_de_visite évit* avoid* sportive athlétique fine svelte doit devez devra expected attendu*
				requis* obligatoire* interdit* accept* toléré* souhaité* idéal* préf* pas sans minimum maximum moins plus présent*
				apparence fit fits image matter matters count counts compte important essential essentiel* indispensable* tell need needs
				at_all_times every_day always toujours en_permanence standard polished conventional conservative classique* discret discrète* every_shift each_shift chaque_service done
				indiquez indiquer précisez préciser state provide mention mentionnez vous_avez tu_as you_have you've_got`)},
			// a weight limit the animals or the equipment carry: "riders
			// against our weight limit for each horse"
			lawful: []string{"horse", "horses", "pony", "ponies", "cob", "riders", "harness", "zip line", "zipline", "window display", "displays", "shelves",
				// what the job keeps looking good: "keep the produce tables full, fresh and good-looking"
				"produce", "tables", "stock", "stall", "the shop", "the store", "stage make-up", "in costume", "production requires", "athletic wear", "sportswear", "programme", "program", "coach", "entraîn", "préparation", "make-up artist", "makeup artist", "maquilleu", "barber", "barbier", "tattoo artist",
				"tatoueu", "studio", "photographe", "photographer", "gamme", "range of", "produits", "products", "client", "customer",
				// a trade's skill asked: "airbrush tanning, makeup or esthetics experience"
				"makeup or", "make-up or", "or makeup", "or make-up", "esthetics", "aesthetics",
				// the hair and nail trades' own work
				"coiffeu", "hairdress", "barber", "barbier", "stylist", "colorist", "coloriste", "balayage", "hair salon", "pédicure", "pedicure", "onglerie",
				"nail art"},
		},
		// Hair texture and the styles that protect it: an appearance rule
		// that is also a proxy for race (the CROWN Acts; EHRC guidance on
		// hair under the Equality Act), which the finding says.
		{selects: 1, rule: "discrimination", category: "appearance", what: "physical appearance (hair texture, a proxy for race)",
			suggest: [2]string{"supprimez ; si une règle d'hygiène ou de sécurité s'applique, dites comment attacher ou couvrir les cheveux", "remove it; if a hygiene or safety rule applies, say how hair is tied back or covered"},
			terms: strings.Fields(`locs dreads dreadlocks dreadlock* braids braided afro afros twists cornrows bantu_knots natural_hair
				afro-textured textured_hair tresses_africaines nattes_collées cheveux_crépus cheveux_afro`),
			cues: [][]string{strings.Fields(`must required require* no not only allowed accepted acceptable permitted prohibited banned
				forbidden policy visible present* keep kept interdit* accept* toléré* autorisé* pas sans exigé* requis* obligatoire*`)},
			lawful: []string{"hairnet", "hair net", "charlotte", "tied back", "attachés", "covered", "couverts", "hygiene", "hygiène",
				"food safety", "sécurité alimentaire", "salon", "stylist", "coiffeu", "barber", "barbier", "clients", "customers",
				"products", "produits", "welcome", "bienvenu", "protect", "protég", "crown act"},
		},
		// Requests about health, family, record and identity, made to the applicant.
		{rule: "forbidden-request", category: "health", what: "health information", suggest: [2]string{"supprimez ; l'aptitude relève de la médecine du travail après l'embauche", "remove it; fitness is assessed after an offer, if the job needs it"},
			terms: strings.Fields(`health medical medication* medicine* injury injuries injured illness* sickness sick sick_leave sick_days off_sick absences absentéisme
				days_off_sick disabilit* workers'_comp* workers_comp* workers’_comp* workcover work_cover cnesst santé médica* médical*
				traitement* maladie* blessure* accident*_du_travail accident*_de_travail arrêt*_maladie arrêt*_de_travail congé*_maladie
				handicap* allerg* chronic chronique* antécédent* hiv_test* hiv_status test*_vih statut_sérologique sérologie* dépistage_du_vih
				mc_days medical_certificate* certificat*_médica*`),
			// a file, data or a payroll handled: "le traitement de votre dossier"
			notAfter: []string{" de votre dossier", " de votre candidature", " de ta candidature", " des données", " de vos données",
				" des candidatures", " de la candidature", " du dossier", " des dossiers", " de la paie", " des salaires", " comptable",
				" de texte", " des commandes"},
			cues: [][]string{addresseeCues, requestCues}, alone: imperativeCues,
			lawful: []string{"before you start", "before your first day", "onboarding", "insurance", "sick pay", "mutuelle", "prévoyance", "assurance", "benefit", "avantage", "wellness", "bien-être", "pharmac", "patient", "care", "soins", "safety", "sécurité", "santé et sécurité", "health and safety", "médecin du travail", "inherent requirement", "pre-employment medical", "medical card", "dot requirement", "médecine du travail", "visite médicale d'embauche", "occupational health", "after an offer", "après l'embauche",
				// a family's history is genetic information, a finding of its own
				"family history", "family medical history",
				// the offer of adjustments to the process, which names what it is for
				"adjustment", "reasonable accommodation", "accommodations", "aménag", "accommodement",
				// the employer's own staff and places: "la directrice médicale", "our medical director"
				"directeur médical", "directrice médicale", "direction médicale", "medical director", "équipe médicale", "medical team",
				"secrétaire médical", "medical secretar", "centre médical", "medical centre", "medical center", "cabinet médical"},
		},
		{rule: "forbidden-request", category: "family", what: "family situation or pregnancy", suggest: [2]string{"supprimez ; la situation de famille ne peut pas être un critère", "remove it; family situation is not a criterion"},
			terms: strings.Fields(`pregnant pregnancy pregnancies family_situation family_circumstances family_status family_plans plan*_to_have_children planning_a_family start_a_family
				marital_status civil_status married spouse husband wife childcare children kids enceinte* grossesse* projet*_d'enfant* projet*_d’enfant*
				projet*_familia* projet*_de_famille situation_de_famille situation_familiale situation_maritale situation_matrimoniale
				statut_marital statut_matrimonial état_civil marié* mariée* conjoint* enfants
				enfant*_à_charge garde_d'enfant* garde_d’enfant* pacsé* célibat*`),
			cues: [][]string{addresseeCues, requestCues}, alone: imperativeCues,
			// the children the job is with: "a session with the children"
			notBefore: []string{"the", "our", "les", "nos"},
			lawful: append([]string{
				// the children a record check protects: "exigé pour toute personne travaillant au contact d'enfants"
				"au contact d'enfants", "au contact des enfants", "contact avec des enfants", "auprès d'enfants", "travaillant avec des enfants", "working with children", "work with children", "contact with children",
				"conforme à votre état civil", "conformes à votre état civil", "correspondant à votre état civil", "children's", "school", "école", "crèche", "nursery", "childcare voucher", "chèques emploi", "family-friendly", "congé parental", "parental leave", "maternity leave", "congé maternité"}, append(animalWords, pregnancyProtection...)...),
		},
		{rule: "forbidden-request", category: "personal-data", what: "personal data the job does not need", suggest: [2]string{"supprimez ; ne demandez que ce qui sert à juger l'aptitude au poste", "remove it; ask only what shows the ability to do the job"},
			terms: strings.Fields(`arrest* arrested police_record social_security_number
				ssn national_insurance_number numéro_de_sécurité_sociale numéro_de_sécu nir numéro_d'identité numéro_d’identité
				identity_number id_number passport_number numéro_de_passeport matricule* date_of_birth date_de_naissance birth_date
				carte*_vitale photo photos photograph headshot* head-shot* portrait* full-length full-body full_body en_pied selfie* id_picture* 2x2_picture* 2x2_id* passport-size_photo* passport_size_photo* passport-size_picture* numéro_avs avs
				numéro_d'assuré pps_number ppsn medicare_card medicare_number social_insurance_number sin_number nric nric_number fin_number tax_file_number tfn
				numéro_fiscal tax_id_number tax_number copy_of_your_passport copies_of_your_passport passport_copy passport_copies
				copie*_de_passeport copie*_du_passeport copie*_de_votre_passeport scan_of_your_passport copy_of_your_id
				copy_of_your_identity_card hkid hkid_card emirates_id copy_of_your_driving_licence copie*_de_votre_carte_d'identité copie*_de_la_carte_d'identité
				copie*_de_votre_pièce_d'identité copie*_d'une_pièce_d'identité copie*_recto-verso_de_votre_carte_d'identité
				copie*_recto-verso_de_votre_pièce_d'identité copie*_recto-verso_de_la_carte_d'identité password* mot*_de_passe
				social_media_login* social_media_account* social_media_handles login_details log-in_details identifiants
				facebook_login facebook_password instagram_login comptes_de_réseaux_sociaux accès_à_vos_comptes access_to_your_accounts
				ird_number pan_card pan_number aadhaar* aadhar* kra_pin nhif_number nssf_number bank_statement* m-pesa_statement* mpesa_statement*
				relevé*_bancaire* relevé*_de_compte* credit_report* credit_score* credit_check* bvn
				ghana_card ghana_card_number* ssnit_number* nin_number* national_identification_number* tin_number* sha_card*
				nssf_card* kra_pin_certificate* gp_records medical_records health_records`),
			// photos the job sends or shows: "send photo updates", "une
			// photo aux maîtres", "photos de tes coupes", "ton compte Instagram pro"
			notAfter: []string{" update", " report", " aux maîtres", " aux clients", " to clients", " to owners", " to customers",
				" de tes coupes", " de vos coupes", " de tes réalisations", " de vos réalisations", " of your work", " of your cuts",
				" pro", " professionnel"},
			cues: [][]string{addresseeCues, requestCues}, alone: imperativeCues,
			lawful: dataLawful,
		},
		// Applicants' data kept with no end: the law keeps it only as long
		// as the recruitment needs it.
		{rule: "data-retention", category: "personal-data", what: "applicants' data with no time limit",
			suggest: [2]string{"indiquez la durée de conservation (ex. « deux ans après le dernier contact »)", "state how long it is kept (e.g. \"two years after our last contact\")"},
			terms: strings.Fields(`indefinitely indéfiniment sans_limite_de_durée sans_limitation_de_durée sans_limite_de_temps
				sans_limitation_dans_le_temps sans_limite_dans_le_temps pour_une_durée_illimitée durée_illimitée
				for_an_unlimited_period for_an_indefinite_period for_an_unlimited_time for_an_indefinite_time without_a_time_limit
				without_any_time_limit with_no_time_limit no_time_limit permanently forever for_ever pour_toujours à_vie for_life
				de_manière_permanente de_façon_permanente à_titre_permanent without_limit sans_limite`),
			cues: [][]string{strings.Fields(`cv cvs resume resumes résumé* candidature* application* applicant* candidat* données data
					dossier* details information informations profil* profile*`),
				strings.Fields(`keep keeps kept keeping conserv* store stores stored storing retain* garder gardons gardé* garde
					archiv* held hold holds on_file in_our_talent in_our_database dans_notre_vivier dans_notre_base`)},
			lawful: []string{"delete", "supprim", "effac", "erase", "destroy", "détrui", "never", "jamais", "ne conservons pas", "do not keep",
				"don't keep", "won't keep", "will not keep"},
		},
		// A criminal record asked at application: a ground of its own where
		// a law lists it, and data the job does not need before an offer.
		{rule: "forbidden-request", category: "other-ground", what: "a criminal record", suggest: [2]string{"supprimez ; si une loi exige un contrôle pour ce poste, nommez-la et faites-le après l'offre", "remove it; if a law requires a check for this post, name it and run it after an offer"},
			terms: strings.Fields(`criminal conviction* convicted casier*_judiciaire* condamnation* criminal_history
				criminal_record* spent_convictions unspent_convictions felony felonies felon*`),
			cues: [][]string{addresseeCues, requestCues}, alone: imperativeCues,
			lawful: dataLawful,
		},
		// Pay history: a current or past pay asked of the applicant.
		{rule: "pay-history", category: "pay-history", what: "current or past pay", suggest: [2]string{"donnez la fourchette de salaire du poste ; ne demandez pas la rémunération passée", "state the job's pay range; do not ask about past pay"},
			terms: strings.Fields(`salary salaries your_pay current_pay previous_pay past_pay last_pay earnings what_you_earn what_you_were_earning what_you_earned what_you_were_paid how_much_you_were_paid what_you_got_paid
				rétrocession_actuelle votre_rétrocession
				how_much_you_earn you_currently_earn package compensation remuneration ote base bonus bonuses commissions
				rémunération* salaire* rétrocession* certificat*_de_salaire paie paye fiche*_de_paie fiche*_de_paye bulletin*_de_salaire bulletin*_de_paie payslip* pay_slip*
				p60 w-2 avis_d'imposition avis_d’imposition hourly_rate rate_of_pay pay_rate day_rate daily_rate taux_horaire
				taux_journalier tjm wage wages`),
			cues: [][]string{addresseeCues, requestCues, strings.Fields(`current currently present previous past last existing history
				actuel* actuellement précédent* dernier* derniers dernière* historique touchez percevez earn earning are_paid`)},
			notAfter: []string{" expectation", " range", " band"},
			lawful:   []string{"expectation", "prétention", "attentes salariales", "salary range", "fourchette"},
		},
		// Fees: the applicant pays to apply, to be trained or equipped.
		{rule: "applicant-fee", category: "fee", what: "a payment", toSum: true, suggest: [2]string{"supprimez ; la candidature, la formation et l'équipement sont gratuits pour le candidat", "remove it; applying, training and equipment cost the applicant nothing"},
			terms: strings.Fields(`deposit caution participation registration inscription dossier file kit kits uniform uniforms tenue tenues
				matériel equipment training formation starter pack badge fee fees frais charge ppe epi scrubs workwear boots chaussures
				outillage mallette* badges bond assessment* évaluation* examen* packs licence* certification* blouse* knives couteaux
				harness harnais cotisation*_d'adhérent apron* tablier* knife_roll*`),
			cues: [][]string{strings.Fields(`taken_from régler paid_by_you at_your_expense at_your_own your_own_cost your_cost à_vos_frais à_votre_charge
				à_la_charge_du_candidat à_la_charge_des_candidat* à_la_charge_du_salarié deducted deduct* déduit* déduire prélev*
				une_retenue retenue_de retenue_sur retenus_sur you_pay you_will_pay vous_payez payer pay_for payable refundable
				non-refundable charged facturé* avance* verser versez versement must_pay vous_réglez buy_your_own purchase_your_own
				to_buy_your must_buy must_purchase acheter_votre acheter_vos achetez_votre achetez_vos devez_acheter devrez_acheter
				de_votre_poche out_of_pocket à_régler à_payer payable_à_l'arrivée payable_on_arrival paid_on_arrival to_be_paid
				to_be_bought_by bought_by_the bought_by_you to_be_purchased_by purchased_by_the purchased_by_you à_acheter_par
				acheté*_par_le acheté*_par_la acheté*_par_vos achetée*_par_le achetée*_par_la achetée*_par_vos candidate's_responsibility
				applicant's_responsibility your_responsibility contribute_+towards contribute_+toward contributes_+towards contribution_+towards contribution_+toward participer_+aux_frais participation_+aux_frais responsabilité_du_candidat vous_est_vendu* vous_sont_vendu* sold_to_you`)},
			lawful: append(append(slices.Clone(paidOrHousedElsewhere), tillFloat...), "fourni", "provided", "offert", "free of charge", "gratuit", "pris en charge par", "prise en charge par",

				"covered by", "paid by us", "paid by the employer", "paid by the company", "paid by the firm", "paid by the business", "paid by the club", "paid by the school", "paid by the council", "paid by the trust", "we pay", "nous payons", "remboursé", "reimburse", "par l'employeur",
				"housing available", "accommodation available", "staff housing", "logement disponible", "logement proposé",
				"by the employer", "par l'entreprise", "by the company", " is free", " are free", "pay for it", "pays for it", "pay for them", "and pay for", "we pay for", "which we pay", "paid for by us", "at our cost", "nothing", "rien n", "not at your", "pas à votre", "pas à vos",
				"never", "jamais", "no fee", "no charge", "no cost", "aucun", "the township will pay", "the council will pay", "the city will pay", "the county will pay", "the trust will pay", "the district will pay", "the employer will pay", "the company will pay", "the firm will pay", "the club will pay", "the school will pay", "the hospital will pay", "the board will pay", "the practice will pay", "fully funded", "at no cost to you", "paid one-day", "paid trial", "paid test", "paid assessment", "paid task", "test rémunéré", "essai rémunéré", "rémunéré", "we will pay", "we'll pay", "we’ll pay", "nous prenons en charge", "à nos frais", "at our expense", "à notre charge",
				// the employer pays part: "we contribute £200 towards your uniform"
				"we contribute", "we'll contribute", "we will contribute", "employer contribut", "company contribut", "nous participons", "employeur participe", "entreprise participe"),
		},
		// A sum of money beside what a candidate could be made to pay for
		// (a deposit, a kit, a test, a file, a course): a price put on
		// applying or starting, however it is dressed. Pay, an allowance,
		// a budget and what customers pay are the employer's sums.
		{rule: "applicant-fee", category: "fee", what: "a payment", toSum: true, suggest: [2]string{"supprimez ; la candidature, la formation et l'équipement sont gratuits pour le candidat", "remove it; applying, training and equipment cost the applicant nothing"},
			notAfter: []string{" fourni", " provided", " supplied", " included", " inclus", " offert", " gratuit", " free"},
			// "+ talent fee for live events": a fee paid to the worker
			notBefore: []string{"talent", "appearance", "session", "performance", "signing", "referral", "booking", "speaking"},
			terms: strings.Fields(`participation retenue retenues deduction déduction prélèvement deposit deposits caution cautions dépôt_de_garantie chèque_de_caution bond kit kits starter_pack pack packs
				uniform uniforms uniforme uniformes tenue tenues blouse blouses scrubs workwear ppe boots chaussures equipment équipement
				matériel outillage tools toolkit mallette tablet tablette badge badges carte_professionnelle carte_pro assessment
				assessments évaluation test tests examen exam exams dossier frais fee fees charge registration inscription training
				formation course courses cours stage session induction licence license certification vetting background_check dbs_check
				police_check locker`),
			cues: [][]string{strings.Fields(`$ payant payante payants payantes refundable non-refundable remboursable remboursables
				non_remboursable* restitué* restituée* returned_when returned_after à_acheter rendu_à rendue_à rendus_à rendues_à rendu_en_fin rendue_en_fin rendu_au_départ
				rendue_au_départ rendu*_à_la_fin à_régler à_payer payable* facturé* vendu*`)},
			// a sum in millions is a programme's or a firm's, never an applicant's
			lawful: append(slices.Clone(tillFloat), spaced(`million billion milliard budget budgets funded_by financé_par financée_par turnover revenue chiffre_d'affaires
				per_class per_lesson par_cours par_séance session_rates class_rates pay_for_it pays_for_it pay_for_them and_pay_for we_pay_for which_we_pay paid_for_by_us at_our_cost tiers_payant tiers-payant per_booking per_rental per_hire per_night per_stay per_vehicle par_réservation par_location par_nuit offert offerte gratuit free_of_charge for_free is_free are_free at_no_cost no_cost pris_en prise_en
				covered_by paid_by_us paid_by_the we_pay we_cover nous_payons client_pays employer_pays company_pays agency_pays school_pays rembours reimburs par_l'employeur by_the_employer
				by_the_company par_l'entreprise à_nos_frais at_our_expense à_notre_charge salaire salary salaries wage wages rémunér
				remuner brut gross net_ smic minimum_wage per_hour an_hour €/h £/h $/h /heure de_l'heure l'heure par_heure par_mois
				€/mois per_month a_month mensuel monthly par_an €/an per_year a_year annual annuel par_jour €/jour per_day a_day prime
				bonus allowance indemnit allocation budget valeur worth value chiffre_d'affaires turnover revenue customer client
				participation_aux_bénéfices participation_aux_résultats intéressement profit rising_to increasing_to passant_à
				bénéfices tenant locataire student élève étudiant patient guest visitor you_will_process you_process vous_traitez you_will_handle
				you_handle you_will_collect vous_collectez vous_encaissez encaissement gérez gérer you_will_manage you_manage
				you_will_sell you_sell vendez vendre vendons invest financement funding subvention grant loan prêt crédit portefeuille
				portfolio trading trader issuance émission yield market marché cash espèces in_charge en_charge charge_nurse
				chargehand charge_hand chargé ticket_restaurant titres-restaurant mutuelle navigo pack_salarial salary_package pay_package benefits_package benefit_package compensation_package
				remuneration_package relocation_package total_package competitive_package attractive_package package_includes package_of
				/hour /hr /h_ /week per_week a_week par_semaine /semaine /month /year /yr service_charge depending_on selon_exp
				selon_profil doe commission tips pourboire differential shift_premium majoration overtime heures_sup we_give towards
				nous_offrons nous_versons on_vous_offre paid_for_by by_us par_nos_soins you'll_sell you'll_process you'll_handle
				you'll_collect you'll_manage selling each per_unit per_seat per_item l'unité la_pièce
				aide_au aide_à_l'équipement aide_de_l'état aides_de_l'état aide_financière bourse financial_aid`)...),
		},
	}, groundConcepts(condCues, candidateCues, addresseeCues, requestCues, imperativeCues)...)
}

// paidOrHousedElsewhere, in the sentence of a sum, make it no fee: housing
// on the site for a rent is a tenancy, and a sum a fund or the project
// pays ("financé par l'OPCO", "the project will pay for the licence") is
// not the applicant's. The fee concepts share it.
var paidOrHousedElsewhere = []string{"logement sur", "hébergement sur", "on-site accommodation", "staff accommodation", "accommodation on",
	"financé par", "financée par", "financés par", "financées par", "funded by", "project will pay", "charity will pay", "organisation will pay",
	"organization will pay", "foundation will pay", "centre will pay", "center will pay"}
