package explore

import (
	"fmt"

	"github.com/jobdesc/jobdesc/internal/role"
)

// label names one fixed text of the outputs; every one is in labelTable.
type label int

const (
	lOtherTitle label = iota
	lFamily
	lReporting
	lBossAt
	lManages
	lNobody
	lUnsuitable
	lMissions
	lKeyLegend
	lSkills
	lCodes
	lRecruiting
	lAtThisSize
	lHistory
	lCompare
	lCompareN
	lSharedMissions
	lShare
	lUniqueMissions
	lUniqueMissionsN
	lPartlyShared
	lSkill
	lGap
	lExperience
	lYears
	lYear
	lEntry
	lRoles
	lClose
	lCloseLegend
	lTitledAt
	lGapLegend
	lColumns
	lWhatNot
	lLevels
	lLevel1
	lLevel2
	lLevel3
	lLevel4
	lTitles
	lTools
	lExistsAt
	lNotAt
	lChoose
	lChooseLine
	lChoosePrefix
	lMatrix
	lOrg
	lApart
	lOutside
	lInstead
	lMatch
	lCovers
	lPartly
	lMisses
	lMissionWords
	lWeak
	lSuggest
	lScore
	lNone
	lSizeSmall
	lSizeMedium
	lSizeLarge
	lKnowledge
	lKnowHow
	lSoft
	lFamCommunity
	lFamStrategy
	lFamManagement
	lFamWeb
	lFamMarketing
	lFamHR
	lJunior
	lConfirmed
	lSenior
	labelCount
)

// labelTable holds every fixed text of the outputs in French and English,
// in one place so a wording or a new language is one edit. A %s is filled
// by the caller.
var labelTable = [labelCount]struct{ fr, en string }{
	lOtherTitle: {"en anglais : %s", "in French: %s"},
	lFamily:     {"Famille", "Family"},
	lReporting:  {"Rattachement", "Reports to"},
	lBossAt:     {"%s en %s", "%s in a %s"},
	lManages:    {"Encadre", "Manages"},
	lNobody:     {"personne", "nobody"},
	lUnsuitable: {"n'existe pas à cette taille : recruter plutôt %s", "does not exist at this size: hire %s instead"},
	// "Missions" is French for what English calls responsibilities.
	lMissions:        {"Missions", "Key responsibilities"},
	lKeyLegend:       {"clés en gras", "core ones in bold"},
	lSkills:          {"Compétences", "Skills"},
	lCodes:           {"Codes", "Codes"},
	lRecruiting:      {"Pour recruter", "For recruiters"},
	lAtThisSize:      {"À cette taille", "At this size"},
	lHistory:         {"À savoir", "Good to know"},
	lCompare:         {"Comparaison", "Comparison"},
	lCompareN:        {"Comparaison de %d postes", "Comparison of %d roles"},
	lSharedMissions:  {"Missions identiques", "Identical responsibilities"},
	lShare:           {"Ce que les postes partagent", "What the roles share"},
	lUniqueMissions:  {"Missions propres à %s", "Responsibilities only %s has"},
	lUniqueMissionsN: {"Missions propres au poste %d", "Responsibilities only role %d has"},
	lPartlyShared:    {"Missions partagées par une partie des postes", "Responsibilities some of the roles share"},
	lSkill:           {"Compétence", "Skill"},
	lGap:             {"Écart", "Gap"},
	lExperience:      {"Expérience minimale", "Minimum experience"},
	lYears:           {"%d\u00a0ans", "%d\u00a0years"}, // a number stays with its unit
	lYear:            {"%d\u00a0an", "%d\u00a0year"},
	lEntry:           {"débutant·e bienvenu·e", "entry level"},
	// A seniority whose posting has a title of its own: "junior
	// (Chargé·e de communication réseaux sociaux junior)".
	lTitledAt:      {"%s (%s)", "%s (%s)"},
	lRoles:         {"Les postes comparés", "The roles compared"},
	lClose:         {"Travail proche", "Overlapping work"},
	lCloseLegend:   {"(même travail, autre échelle ou autre public) : missions en italique, activités en romain.", "(the same work at a different scale or for a different audience): responsibilities in italics, tasks in roman."},
	lGapLegend:     {"— : le poste ne demande pas la compétence. Écart : le niveau le plus haut moins le plus bas parmi les postes qui la demandent (— quand un seul la demande) ; les plus grands écarts d'abord.", "—: not required for the role. Gap: the highest level minus the lowest among the roles that require it (— when only one does); widest gaps first."},
	lColumns:       {"Colonnes", "Columns"},
	lWhatNot:       {"Ce que chaque poste n'est pas", "What each role is not"},
	lLevels:        {"Niveaux", "Levels"},
	lLevel1:        {"notions", "basics"},
	lLevel2:        {"pratique autonome", "independent"},
	lLevel3:        {"maîtrise", "proficient"},
	lLevel4:        {"expertise", "expert"},
	lTitles:        {"Intitulés recherchés", "Titles candidates search"},
	lTools:         {"Outils", "Tools"},
	lExistsAt:      {"Existe en", "Exists in"},
	lNotAt:         {"pas en %s : recruter plutôt %s", "not in a %s: hire %s instead"},
	lChoose:        {"Choisir", "Choose"},
	lChooseLine:    {"Choisissez %s", "Choose %s"},
	lChoosePrefix:  {"Choisissez ce poste", "Choose this role"},
	lMatrix:        {"Compétences par poste", "Skills by role"},
	lOrg:           {"Organigramme", "Organisation chart"},
	lApart:         {"Hors de l'arbre", "Outside the tree"},
	lOutside:       {"rattaché·e à %s", "reports to %s"},
	lInstead:       {"n'existe pas à cette taille : voir %s", "does not exist at this size: see %s"},
	lMatch:         {"Postes par couverture des compétences demandées", "Roles by coverage of the skills asked"},
	lCovers:        {"couvre", "covers"},
	lPartly:        {"en partie", "partly"},
	lMisses:        {"manque", "misses"},
	lMissionWords:  {"missions", "responsibilities"},
	lWeak:          {"Aucun poste ne couvre l'essentiel de la demande (le plus proche : %s).", "No role covers most of what is asked (the closest: %s)."},
	lSuggest:       {"Créez votre poste à partir du plus proche :", "Build your own role from the closest one:"},
	lScore:         {"Couverture", "Coverage"},
	lNone:          {"aucune", "none"},
	lSizeSmall:     {"petite entreprise", "small company"},
	lSizeMedium:    {"entreprise moyenne", "medium-size company"},
	lSizeLarge:     {"grande entreprise", "large company"},
	lKnowledge:     {"Savoirs", "Knowledge"},
	lKnowHow:       {"Savoir-faire", "Know-how"},
	lSoft:          {"Savoir-être", "Soft skills"},
	lFamCommunity:  {"Communauté", "Community"},
	lFamStrategy:   {"Stratégie", "Strategy"},
	lFamManagement: {"Management", "Management"},
	lFamWeb:        {"Web", "Web"},
	lFamMarketing:  {"Marketing", "Marketing"},
	lFamHR:         {"Ressources humaines", "Human resources"},
	lJunior:        {"junior", "junior"},
	lConfirmed:     {"confirmé·e", "mid-level"},
	lSenior:        {"senior", "senior"},
}

// words gives the labels of one language, French typography applied.
type words struct{ lang string }

func (w words) get(l label) string {
	s := labelTable[l].en
	if w.lang == "fr" {
		s = labelTable[l].fr
	}
	return typography(s, w.lang)
}

func (w words) f(l label, args ...any) string { return fmt.Sprintf(w.get(l), args...) }

// colon separates a label from its value: "Famille : …", "Family: …".
func (w words) colon() string {
	if w.lang == "fr" {
		return typography(" : ", w.lang)
	}
	return ": "
}

// semicolon separates items that hold commas.
func (w words) semicolon() string {
	if w.lang == "fr" {
		return typography(" ; ", w.lang)
	}
	return "; "
}

// years words a number of years: "1 an", "2 ans"; "1 year", "5 years".
func (w words) years(n int) string {
	if n == 1 {
		return w.f(lYear, n)
	}
	return w.f(lYears, n)
}

// size names an organisation size; "" is the role as written.
func (w words) size(size string) string {
	switch size {
	case "small":
		return w.get(lSizeSmall)
	case "medium":
		return w.get(lSizeMedium)
	case "large":
		return w.get(lSizeLarge)
	}
	return size
}

// kind names a kind of skill.
func (w words) kind(kind string) string {
	switch kind {
	case role.Knowledge:
		return w.get(lKnowledge)
	case role.KnowHow:
		return w.get(lKnowHow)
	case role.Soft:
		return w.get(lSoft)
	}
	return kind
}

// family names a role family; a user's own family shows as written.
func (w words) family(family string) string {
	l, ok := map[string]label{
		"community": lFamCommunity, "strategy": lFamStrategy, "management": lFamManagement,
		"web": lFamWeb, "marketing": lFamMarketing, "hr": lFamHR,
	}[family]
	if !ok {
		return family
	}
	return w.get(l)
}
