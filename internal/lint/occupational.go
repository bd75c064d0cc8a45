package lint

import (
	"slices"
	"sort"
	"strings"
	"sync"
)

// A requirement basis is a class of reasons the law accepts for a
// condition on a ground, when the job truly needs it and the posting says
// why: a genuine and determining occupational requirement (Code du travail
// L1133-1, L1142-2 and R1142-1; Equality Act 2010 Sch. 9 para. 1-3;
// Directive 2000/78/EC Art. 4, 2006/54/EC Art. 14(2); Title VII's BFOQ
// and s.702), or a condition a statute, a licence or a regulation sets
// for the post (a minimum age to serve alcohol, a seafarer's medical
// certificate, a record check for work with children).
//
// A condition stated with its basis is reported as information, asking to
// check that it is genuine and citing the law; stated without it, it stays
// the warning or error its ground is. The basis is read by meaning: the
// words of its class in the condition's sentence or the sentences beside
// it in the same paragraph, in the syntax of concept terms.
type requirementBasis struct {
	name    string   // what the posting states, as the finding says it
	grounds []string // the categories the class can justify
	// terms are concept terms (concepts.go) separated by white space, read
	// only to build the snapshot's index
	terms   string
	statute bool // a law's condition: for age, a minimum only
	// within, when set, are words one of which the match itself holds:
	// a record check justifies a record asked, not a photo beside it
	within []string
	// notWithin are words a match it never justifies holds: no hygiene
	// or safety rule makes looks a requirement ("physique agréable
	// exigé", in a paragraph that asks for hair tied back for hygiene)
	notWithin []string
	// notBeforeOffer: the class does not justify health questions before
	// an offer, which the law leaves to after it whatever their reason
	// (the ADA, 42 U.S.C. 12112(d)): a safety rule is checked then.
	notBeforeOffer bool
	// paragraph: the basis is read in the condition's whole paragraph,
	// not only the sentences beside it
	paragraph bool
	phrases   []string // or these, found anywhere in the sentences (a citation: "art. r", "law) requires")
	// cite is the law that allows the condition, by jurisdiction id;
	// "" is the default.
	cite map[string]string
}

// looksWords judge how a person looks.
var looksWords = []string{"agréable", "attrayant", "attirant", "jolie", "joli", "belle ", "beau ", "séduisant", "charmant", "avenant", "mignon",
	"attractive", "pretty", "good-looking", "good looking", "handsome", "pleasing", "pleasant", "sexy", "slim", "mince", "svelte"}

// requirementBases are the classes, most specific first, built on first
// need: a command that lints nothing does not build them at start.
var requirementBases = sync.OnceValue(func() []requirementBasis {
	// statuteCite is the law that allows a condition a statute sets.
	statuteCite := map[string]string{
		"fr": "the text the posting names (Code du travail L1133-1 and L1133-2; a condition a statute or regulation sets)",
		"uk": "Equality Act 2010 Sch. 22 para. 1 (a condition an enactment requires)",
		"us": "the statute or regulation the posting names (42 U.S.C. 2000e-2(e) and 12113(a), 29 U.S.C. 623(f)(1))",
		"":   "the statute or regulation the posting names (Directive 2000/78/EC Art. 2(5) and 4(1))",
	}

	// hygieneCite is the law that allows a condition a hygiene or safety rule
	// needs: a proportionate means to a legitimate aim.
	hygieneCite := map[string]string{
		"fr": "Code du travail L1133-1 and L1121-1 (a restriction the task justifies, proportionate to its aim)",
		"uk": "Equality Act 2010 s.19(2)(d) (a proportionate means of achieving a legitimate aim)",
		"us": "Title VII, 42 U.S.C. 2000e-2(k)(1)(A)(i) (job-related and consistent with business necessity), and the ADA, 42 U.S.C. 12113(a)",
		"":   "Directive 2000/78/EC Art. 2(2)(b)(i) (a legitimate aim, by appropriate and necessary means)",
	}

	// statutePhrases name a law as what sets a condition; a phrase that could
	// name an employer's own rules ("as required by our brand guidelines") is
	// left out.
	statutePhrases := slices.DeleteFunc(slices.Clone(legalSource), func(p string) bool {
		return p == "as required by" || p == "required by the"
	})

	// occupationalCite is the law of a genuine occupational requirement.
	occupationalCite := map[string]string{
		"fr": "Code du travail L1133-1 (exigence professionnelle essentielle et déterminante), and L1142-2 with R1142-1 for sex",
		"uk": "Equality Act 2010 Sch. 9 para. 1 (occupational requirement)",
		"us": "Title VII's bona fide occupational qualification, 42 U.S.C. 2000e-2(e)",
		"":   "Directive 2000/78/EC Art. 4(1) and Directive 2006/54/EC Art. 14(2)",
	}
	// roleTerms say the job is a role performed: an actor, a model, a
	// character whose sex, age or look is the role. A model named as a
	// look asked ("un physique de mannequin") is no model hired.
	roleTerms := `casting castings personnage* rôle_féminin rôle_masculin rôles_féminins rôles_masculins female_role male_role actor actors actress actresses acteur* actrice* comédien*
			play_the_part play_the_role playing_the_role jouer_le_rôle interpréter_le_rôle incarner_le_rôle
			incarner_le_personnage role_of_a role_of_an rôle_d'un rôle_d'une rôle_de_la rôle_du fashion_model* fitting_model*
			mannequinat mannequin_cabine mannequins_cabine mannequin_photo mannequins_photo mannequin_de_mode mannequins_de_mode
			des_mannequins nos_mannequins modèle_cabine modèles_cabine playing_age the_character    tournage*  
			       dancer* danseu*
			  dubbing doublage`
	return []requirementBasis{
		// A service for one sex, or for people a sex shares a vulnerability
		// with: a refuge, a women's counsellor for victims of sexual violence,
		// a single-sex space (Sch. 9's own examples; Sch. 3 para. 26-28).
		{name: "a service for one sex", grounds: []string{"sex"}, cite: occupationalCite,
			terms: `refuge refuges shelter* hostel*_for_women women's_hostel* foyer*_pour_femmes foyer*_de_femmes
			maison*_des_femmes centre*_d'hébergement_pour_femmes domestic_abuse domestic_violence violences_conjugales
			violence_conjugale violences_faites_aux_femmes violences_intrafamiliales sexual_violence sexual_abuse sexual_assault
			violences_sexuelles violence_sexuelle agressions_sexuelles rape_crisis viol survivors survivor* victimes_de_violence*
			victims_of_violence victims_of_sexual victims_of_abuse women-only female-only men-only male-only women_only female_only
			single-sex single_sex non-mixte non_mixte changing_room* changing-room* vestiaires vestiaire_des vestiaire_du vestiaire_femmes vestiaire_hommes vestiaire_féminin vestiaire_masculin showers douches
			toilets sanitaires dormitor* dortoir* women's_prison women's_prisons prison_pour_femmes quartier*_femmes
			quartier*_des_femmes female_prisoners détenues female_inmates well_woman maternity_unit`},
		// Intimate personal care or searching bodies: the dignity and privacy
		// of the people served (Sch. 9 para. 1; R1142-1 does not list it, so
		// L1133-1 applies).
		{name: "intimate care or body searches", grounds: []string{"sex"}, cite: occupationalCite,
			terms: `intimate_care intimate_personal_care personal_care soins_intimes toilette* aide*_à_la_toilette
			washing bathing showering dressing_and_undressing continence incontinence body_search* strip_search* searched_by
			search_female search_male frisk* pat-down* pat_down* fouille* palpation* essayage* bra_fitting* lingerie_fitting*
			fitting_room* cabine*_d'essayage`},
		// A role performed: an actor, a model, a character whose sex, age or
		// look is the role (R1142-1: artistes appelés à interpréter un rôle,
		// mannequins; Sch. 9 para. 1; the BFOQ's authenticity).
		// The character's family is the role's, not the performer's ("the
		// role of Bernarda, a mother who…"), and a photo of the performer
		// is the audition's first piece.
		{name: "a role performed", grounds: []string{"sex", "age", "origin", "appearance", "family"}, cite: occupationalCite,
			terms: roleTerms},
		{name: "a role performed", grounds: []string{"personal-data"}, cite: occupationalCite, within: []string{"photo", "headshot", "picture"},
			terms: roleTerms},
		// A religious post within a faith body, or an ethos employer stating
		// the requirement as one (Sch. 9 para. 2-3, Art. 4(2), s.702).
		{name: "a religious post within a faith body", grounds: []string{"religion"}, phrases: ethosRequirement,
			cite: map[string]string{
				"fr": "Code du travail L1133-1 and the case law of entreprises de tendance (Directive 2000/78/EC Art. 4(2))",
				"uk": "Equality Act 2010 Sch. 9 para. 2 (organised religion) and para. 3 (religion or belief ethos)",
				"us": "Title VII s.702, 42 U.S.C. 2000e-1(a) (religious organisations) and 2000e-2(e)",
				"":   "Directive 2000/78/EC Art. 4(2) (churches and ethos organisations)",
			},
			terms: `lead_worship leading_worship lead_prayer* leading_prayer* lead_services conduct_services preach*
			prêch* prédicat* sermon* homil* catechesis catechism catéchèse catéchisme catéchis* catechist* pastoral pastorale
			chaplain* chaplaincy aumônier* aumônerie* ministry ministère_pastoral youth_minister* youth_pastor*  
			     ordained ordination ordonné*   liturg* sacrament* sacrement*
			religious_education religious_studies enseignement_religieux éducation_religieuse instruction_religieuse
			religious_instruction religious_duties fonctions_religieuses mission_religieuse spiritual_care spiritual_direction
			accompagnement_spirituel animation_pastorale ethos éthos entreprise_de_tendance organisation_de_tendance
			organisme_de_tendance tendenzbetrieb religious_organi* religious_corporation religious_employer exemption_religieuse
			section_702 s.702 clergy clergy_position ministerial_exception cantor* cantorial pulpit rabbinic* rabbinical
			clergé ministre_du_culte ministres_du_culte`},
		// A condition a statute, a licence or a regulation sets for the post:
		// a minimum age to serve alcohol or drive a heavy vehicle, a medical
		// aptitude, a record check for work with children or vulnerable
		// adults.
		{name: "a condition a statute or regulation sets", grounds: []string{"age", "health", "other-ground", "personal-data", "appearance", "origin", "residence"},
			cite: statuteCite, phrases: statutePhrases, statute: true,
			terms: `by_law required_by_law legally_required legal_requirement* legal_minimum legal_age minimum_legal isps_code isps port_security_permit* security_permit* airside_pass* airport_id_pass*
			trainer_accreditation driver_trainer_accreditation accreditation_from_the accreditation_by_the carried_out_by_the_department
			working_with_children_check* blue_card
			âge_légal obligation*_légale* imposé*_par_la_loi prévu*_par_la_loi exigé*_par_la_loi la_loi_impose la_loi_exige
			law_requires laws_require act_requires statutory statute* regulation* regulatory réglementation* réglementaire*
			décret* arrêté_du arrêtés_du arrêté_ministériel arrêté_préfectoral arrêté_royal code_de_la_route code_du_travail code_de_la_santé code_des_transports state_law federal_law
			federal_regulation* cfr in_line_with_+law in_accordance_with_+law under_+law per_+law under_the_+act conformément_à_+loi`},
		// The medical standard a regulation sets for the post: a seafarer's
		// certificate, an aviation medical class, a commercial driver's medical.
		{name: "a medical standard a regulation sets", grounds: []string{"health"}, cite: statuteCite,
			terms: `dot_medical dot_physical faa eng1 enm1 stcw seafarer* gens_de_mer aptitude_médicale_maritime
			class_1_medical class_2_medical aviation_medical medical_class licence_de_pilote pilot's_licence hgv_medical
			d4_medical group_2_medical permis_poids_lourd visite_médicale_du_permis commercial_driver*`},
		// The minimum age a statute sets for the task: serving alcohol, a
		// heavy vehicle's licence, night work, a security licence.
		{name: "a minimum age a statute sets", grounds: []string{"age"}, cite: statuteCite, statute: true,
			terms: `licensing_act licensing_law* licensing_objectives serve_alcohol serving_alcohol sell_alcohol
			selling_alcohol sale_of_alcohol alcohol_service vente_d'alcool servir_de_l'alcool service_d'alcool licence_iv
			permis_d'exploitation hgv lgv pcv cdl permis_c permis_ce permis_d fimo fco caces sia_licen* sia_badge
			door_supervisor* cnaps carte_professionnelle night_work travail_de_nuit firearm* armes
			port_d'arme interstate dmv dmv's dvsa adi driving_instructor* instructor_certificate* instructor's_certificate* moniteur*_d'auto-école bepecaser`},
		// A record check a law requires for the post: work with children or
		// vulnerable adults, security, a regulated financial role.
		{name: "a record check a law requires", grounds: []string{"other-ground", "personal-data"}, cite: statuteCite, within: recordWords,
			terms: `dbs enhanced_dbs disclosure_and_barring barred_list* regulated_activity pvg vulnerable_adults
			vulnerable_groups adultes_vulnérables personnes_vulnérables working_with_children work_with_children
			contact_with_children contact_avec_des_mineurs contact_avec_les_mineurs mineurs accueil_de_mineurs b2 bulletin_n°2
			bulletin_n°_2 bulletin_no_2 fit_and_proper fca habilitation* security_clearance* cnaps carte_professionnelle
			sia_licen* code_de_la_sécurité_intérieure safeguarding children enfants mineurs mineur·e·s mineur·es mineur·e mineures pupils élèves young_people
			jeunes_publics vulnerable* vulnérable* elderly personnes_âgées patients ministry_of_transportation ministry ministère
			licensing_authority licensing_body regulator sets_the_conditions tsa faa sida airport_badge mandated fingerprinting`},
		// A hygiene or safety rule the job works under: protective equipment,
		// food hygiene, infection control, a physical entry test.
		{name: "a hygiene or safety rule", grounds: []string{"health", "appearance"}, cite: hygieneCite, notBeforeOffer: true, notWithin: looksWords,
			phrases: reasonWords,
			terms:   `safely safe_operation en_toute_sécurité food_handler* manipulateur*_de_denrées food_hygiene food_safety haccp hygiène_alimentaire infection_control contrôle_des_infections protocole safety_rule* safety_regulation* health_and_safety for_safety raison*_de_sécurité consignes_de_sécurité règles_de_sécurité ppe epi epis respirator* fit_test* fit-test* cleanroom salle_blanche protective_equipment équipement*_de_protection physical_test* fitness_test* entry_test* test*_physique* épreuve*_physique*`},
		// A language the work is done in: teaching it, interpreting or
		// translating, customers who speak it (a native speaker's ear may be
		// a genuine requirement there; elsewhere it is an origin).
		{name: "a language the job works in", grounds: []string{"origin", "other-ground"}, cite: occupationalCite,
			terms: `interpreting interpreter* interprète* interprétariat interprétation translat* traduct* traduire
			teach_english teaching_english teach_french teaching_french language_teacher* language_teaching language_school*
			enseigner_l'anglais enseigner_le_français professeur*_d'anglais professeur*_de_français professeur*_de_langue*
			cours_de_langue* cours_d'anglais cours_de_français efl esl tefl fle voice-over voix_off dubbing doublage
			subtitl* sous-titr* localisation localization native_speakers_of_our_customers`},
		// The legal basis named as such: any ground.
		{name: "an occupational requirement stated as such", cite: occupationalCite, phrases: occupationalRequirement, paragraph: true,
			terms: `occupational_requirement* genuine_occupational exigence*_professionnelle*_essentielle*
			exigence*_professionnelle*_déterminante* schedule_9 sch._9 sch_9 l1133-1 l._1133-1 l1142-2 l._1142-2 r1142-1
			r._1142-1 art._4(1) article_4(1) art._14(2) article_14(2) bfoq bona_fide_occupational
			occupational_qualification* exigence*_essentielle*_du_poste`},
	}
})

// basisIndexes are the requirement bases' terms indexed as concepts'
// are: concepts_snapshot.go holds them, built by buildBasisIndexes at
// `go generate`.
var basisIndexes = sync.OnceValue(basisIndexesSnapshot)

// buildBasisIndexes is the requirement bases' terms indexed.
func buildBasisIndexes() []termIndex {
	bases := requirementBases()
	out := make([]termIndex, len(bases))
	for i, b := range bases {
		out[i] = indexTerms(conceptTermsOf(i, strings.Fields(b.terms)))
	}
	return out
}

// requirementBasis returns the basis a ground condition at match m is
// stated with, or nil: the words of a class for the match's ground in its
// sentence or a sentence beside it in the same paragraph.
func (r *run) requirementBasis(m match) *requirementBasis {
	if s := r.a.sentenceAt(m.start); s.end > s.start && publicTaste(r.d.low[s.start:s.end]) {
		return nil // what customers like is no requirement of the job
	}
	around := r.besideSentences(m.start)
	return r.basisIn(m, around[:])
}

// basisIn returns the basis the words of spans state for the condition at
// match m, or nil; the first span is the condition's own.
func (r *run) basisIn(m match, around []span) *requirementBasis {
	var ixs []termIndex
	bases := requirementBases()
	for i := range bases {
		b := &bases[i]
		if len(b.grounds) > 0 && !slices.Contains(b.grounds, m.p.category) {
			continue
		}
		if b.statute && m.p.category == "age" && ageCeiling(r.d.low[m.start:m.end]) {
			continue // a law sets a minimum age; a maximum or a range is the employer's
		}
		if b.within != nil && !containsAny(r.d.low[m.start:m.end], b.within) || containsAny(r.d.low[m.start:m.end], b.notWithin) {
			continue
		}
		if b.notBeforeOffer && strings.HasSuffix(m.p.what, "before an offer") {
			continue
		}
		if ixs == nil {
			ixs = basisIndexes()
		}
		for k, s := range around {
			if s.end <= s.start {
				continue
			}
			// "…, as the law requires" beside a right-to-work check is
			// that check's law, not the reason for the request before it.
			if k > 0 && b.statute && containsAny(r.d.low[s.start:s.end], rightToWorkWords) {
				continue
			}
			if r.hasTerm(s, &ixs[i], m.span, nil) || containsOutside(r.d.low, s, m.span, b.phrases) {
				return b
			}
		}
		// The law named as such reaches the whole paragraph: "Post 2 is
		// open to women only. It covers our women-only sessions… We rely
		// on the occupational requirement exception in Schedule 9."
		if b.paragraph {
			if p := paragraphAt(r.d.low, m.start); r.hasTerm(p, &ixs[i], m.span, nil) || containsOutside(r.d.low, p, m.span, b.phrases) {
				return b
			}
		}
	}
	return nil
}

// paragraphAt is the paragraph of low holding offset at: the text
// between the blank lines around it.
func paragraphAt(low string, at int) span {
	start := strings.LastIndex(low[:at], "\n\n") + 2
	if start < 2 {
		start = 0
	}
	end := len(low)
	if i := strings.Index(low[at:], "\n\n"); i >= 0 {
		end = at + i
	}
	return span{start, end}
}

// containsOutside says whether the text of span s, the words of span m
// left out, holds one of list: a reason lies around a requirement, not
// in it (the "arrêté" of "jamais arrêté pour le dos" is no decree).
func containsOutside(low string, s, m span, list []string) bool {
	if m.end <= s.start || m.start >= s.end {
		return containsAny(low[s.start:s.end], list)
	}
	return containsAny(low[s.start:max(s.start, m.start)], list) || containsAny(low[min(s.end, m.end):s.end], list)
}

// rightToWorkWords name the check of a right to work a law requires.
var rightToWorkWords = []string{"right to work", "droit de travailler", "work permit", "autorisation de travail", "permis de travail",
	"titre de séjour", "work visa"}

// publicTaste says whether sentence low gives what the public the job
// serves likes as the reason ("our clients prefer…", "nos bénéficiaires,
// des dames âgées pour la plupart, préfèrent…"): no genuine occupational
// requirement (CJEU, Bougnaoui, C-188/15; the EEOC on customer
// preference under Title VII). The verb follows a word naming the
// public, a few words on at most.
func publicTaste(low string) bool {
	words := strings.Fields(low)
	for i, w := range words {
		w = strings.Trim(w, ",.;:!?")
		// "notre clientèle est plutôt traditionnelle": the public's taste
		// described, given as the reason
		taste := slices.Contains(tasteVerbs, w) ||
			slices.ContainsFunc(tasteWords, func(t string) bool { return strings.HasPrefix(w, t) }) && i > 0 && slices.ContainsFunc(words[max(0, i-3):i], isCopula)
		if !taste {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-8; j-- {
			if slices.Contains(publicWords, strings.Trim(words[j], ",.;:!?()")) {
				return true
			}
		}
	}
	return false
}

// tasteWords describe a public's taste ("traditionnelle", "conservative"),
// as word starts.
var tasteWords = []string{"traditionnel", "conservat", "classique", "bourgeois", "traditional", "old-fashioned", "discerning", "upmarket"}

// copulas link a public to what it is like: "notre clientèle est…".
var copulas = []string{"est", "sont", "is", "are", "reste", "restent"}

func isCopula(w string) bool { return slices.Contains(copulas, w) }

// tasteVerbs say what someone likes or expects.
var tasteVerbs = []string{"aiment", "préfèrent", "préfère", "apprécient", "apprécie", "attendent", "souhaitent", "veulent",
	"prefer", "prefers", "like", "likes", "love", "expect", "expects", "want", "wants"}

// besideSentences is the sentence holding offset t and the sentences
// right before and after it in its paragraph.
func (r *run) besideSentences(t int) [3]span {
	ss := r.a.sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].end > t })
	if i >= len(ss) || ss[i].start > t {
		s := r.sentenceAround(span{t, t})
		// A heading's ground is stated with the reason of the paragraph
		// it heads ("## The requirement to be a woman", then why).
		if i < len(ss) && r.d.isHeading(t) {
			out := [3]span{s, ss[i].span}
			if i+1 < len(ss) && !strings.Contains(r.d.low[ss[i].end:ss[i+1].start], "\n\n") {
				out[2] = ss[i+1].span
			}
			return out
		}
		return [3]span{s}
	}
	out := [3]span{ss[i].span}
	low := r.d.low
	// A heading's ground is stated with the reason of the paragraph it
	// heads ("## The requirement to be a woman", then why): its first
	// two sentences.
	if r.d.isHeading(ss[i].start) {
		for k := 1; k <= 2 && i+k < len(ss); k++ {
			if k == 2 && strings.Contains(low[ss[i+1].end:ss[i+2].start], "\n\n") {
				break
			}
			out[k] = ss[i+k].span
		}
		return out
	}
	if i > 0 && !strings.Contains(low[ss[i-1].end:ss[i].start], "\n\n") {
		out[1] = ss[i-1].span
	}
	if i+1 < len(ss) && !strings.Contains(low[ss[i].end:ss[i+1].start], "\n\n") {
		out[2] = ss[i+1].span
	}
	// A list item's reason is often its list's introducing line, a
	// paragraph apart ("Under the DMV's rules, instructors must:", then
	// "- be at least 21 years old").
	if lead, ok := r.d.listLead(t); ok {
		switch {
		case out[1].end <= out[1].start:
			out[1] = lead
		case out[2].end <= out[2].start:
			out[2] = lead
		default:
			out[1] = lead
		}
	}
	return out
}

// citeIn is the law basis b cites in jurisdiction j.
func (b *requirementBasis) citeIn(j Jurisdiction) string {
	id := j.ID
	if strings.HasPrefix(id, "ca") || id == "au" || id == "sg" {
		id = ""
	}
	if c, ok := b.cite[id]; ok {
		return c
	}
	return b.cite[""]
}

// basisNote is the message of a ground condition stated with its basis.
const basisNote = "%q (%s) is stated with its reason (%s): check this is a genuine and determining occupational requirement, proportionate to the job; cite %s (%s)"

// basisOf is the basis match m is stated with, or nil. An appearance or
// health condition also stands on a hygiene or safety reason its sentence
// gives; an experience cap is an age limit whatever the reason.
func (r *run) basisOf(m match) *requirementBasis {
	if experienceCap(m) {
		return nil
	}
	b := r.requirementBasis(m)
	// a rule of hygiene or safety bars a worker who is ill now, never one
	// who once was: "because of food hygiene rules we can't take anyone
	// with a history of stomach or skin conditions"
	if m.p.category == "health" && containsAny(r.d.low[m.start:m.end], pastHealthWords) && (b == nil || b == hygieneBasis()) {
		return nil
	}
	if b != nil {
		return b
	}
	if (m.p.category == "appearance" || m.p.category == "health") && r.justified(m) {
		return hygieneBasis() // a hygiene or safety rule
	}
	return nil
}

// experienceCap says whether m caps the candidate's years of experience.
func experienceCap(m match) bool {
	return m.p.category == "age" && strings.Contains(m.p.what, "cap on experience")
}

// pastHealthWords put a health condition in the worker's past.
var pastHealthWords = []string{"history of", "histories of", "antécédent", "ever had", "ever suffered", "ever been treated", "avoir déjà eu", "avoir eu des"}

// ageCeiling says whether an age condition states a maximum or a range:
// a word that bounds it from above, or two numbers.
func ageCeiling(text string) bool {
	if hasAnyWord(text, []string{"under", "below", "younger", "older", "than", "max", "maximum", "moins", "entre", "between",
		"jusqu'à", "jusqu’à", "up", "limite", "limit"}) {
		return true
	}
	numbers := 0
	for i := 0; i < len(text); i++ {
		if '0' <= text[i] && text[i] <= '9' && (i == 0 || text[i-1] < '0' || text[i-1] > '9') {
			numbers++
		}
	}
	return numbers > 1
}

// hygieneBasis is the basis of a hygiene or safety rule.
func hygieneBasis() *requirementBasis {
	bases := requirementBases()
	for i := range bases {
		if bases[i].name == "a hygiene or safety rule" {
			return &bases[i]
		}
	}
	return nil
}
