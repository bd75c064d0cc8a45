// Package values owns what a recruiter says of a job (company, place,
// contract, pay…): the layers it comes in, the one rule that merges them,
// the parsing of typed text and the checks. The posting package turns a
// role and a Set into the posting itself.
package values

import (
	"slices"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

// A Set is what the recruiter adds to a role for one posting, once every
// layer is merged. Every field is optional; what is left empty is left out
// of the posting.
type Set struct {
	Lang string `yaml:"lang"`
	// TitleSuffix follows the title in the heading and the JSON-LD title,
	// as job boards expect: "(F/H)". It never replaces the title.
	TitleSuffix ValueText `yaml:"title_suffix"`
	Company     Company   `yaml:"company"`
	// Client is the company a temporary worker is placed with (contract
	// type interim): Company is then the staffing agency, the employer.
	Client       Client   `yaml:"client"`
	Location     Location `yaml:"location"`
	Contract     Contract `yaml:"contract"`
	Salary       Salary   `yaml:"salary"`
	Team         Team     `yaml:"team"`
	Seniority    string   `yaml:"seniority"`
	Start        string   `yaml:"start"`
	Posted       string   `yaml:"posted"`
	ValidThrough string   `yaml:"valid_through"`
	Apply        Apply    `yaml:"apply"`
	Reference    string   `yaml:"reference"`
	Benefits     TextList `yaml:"benefits"`
	// Process lists the steps of the recruitment, in order. A step may
	// name the post the job reports to as {manager}.
	Process TextList `yaml:"process"`
	// ProcessLead, when given, replaces Process for a head-of role (one
	// never hired junior): a senior hire meets the executive committee
	// and presents a case, not a future colleague.
	ProcessLead TextList `yaml:"process_lead"`
	// ProcessNote closes the steps: when candidates hear back ("Réponse
	// sous deux semaines après le dernier entretien"), a line of its own,
	// not a step.
	ProcessNote ValueText `yaml:"process_note"`
	// Scope is what the post manages in figures, the first thing a
	// candidate asks of it (a media budget, hires a year, sites run): a
	// sentence after the pitch. A figure is the company's, never the
	// role file's.
	Scope ValueText `yaml:"scope"`
	// Length is standard (the offer: key missions and skills) or full
	// (the role's whole reference, for internal use).
	Length string `yaml:"length"`
	// Missions and Skills, when set, are the ids of the missions and
	// skills the posting shows, in place of the role's key ones.
	Missions []string `yaml:"missions"`
	Skills   []string `yaml:"skills"`
}

// Company is the hiring organisation.
type Company struct {
	Name  string    `yaml:"name"`
	About ValueText `yaml:"about"`
	Size  string    `yaml:"size"`
	URL   string    `yaml:"url"`
	// WhyJoin is what the company offers the hire beyond the terms: the
	// team, the project, the first months; paragraphs separated by a
	// blank line.
	WhyJoin ValueText `yaml:"why_join"`
	// Inclusion is the disability-inclusion line (RQTH in France); a
	// posting carries the labels' default when it is not given.
	Inclusion ValueText `yaml:"inclusion"`
	// Privacy is the candidate-data notice: who processes applications,
	// how long they are kept, whom to ask; a posting words a default from
	// the company's name and the application address when it is not given.
	Privacy ValueText `yaml:"privacy"`
	// WorkingLanguage is the language the team works in (fr or en). A
	// posting in another language says it, so a candidate reading an
	// English ad for a job in Lyon knows French is needed; when not
	// given, it is the language of a country that has one (WorkingLanguageOf).
	WorkingLanguage string `yaml:"working_language"`
	// WorkingLanguageUse says why the work is in that language, for a
	// posting in another one: "with colleagues and customers, all in
	// France". A candidate abroad then sees a reason, not a filter.
	WorkingLanguageUse ValueText `yaml:"working_language_use"`
}

// Client is the company that uses a temporary worker (the entreprise
// utilisatrice of French intérim). It is described to the candidate; the
// employer, in JSON-LD and in law, stays the agency named by Company.
type Client struct {
	Name  string    `yaml:"name"`
	About ValueText `yaml:"about"`
}

// Location is where the job is done.
type Location struct {
	// District is where in the city the job is (a neighbourhood, an
	// address): a candidate's second question after the city.
	District string `yaml:"district"`
	City     string `yaml:"city"`
	Region   string `yaml:"region"`
	Country  string `yaml:"country"`
	Remote   string `yaml:"remote"`
	// RemoteDays is the days a week of remote work of a hybrid job, 1 to
	// 5; 0 when not given.
	RemoteDays int `yaml:"remote_days"`
}

// Contract is the kind of employment.
type Contract struct {
	Type     string    `yaml:"type"`
	Hours    string    `yaml:"hours"`
	Duration ValueText `yaml:"duration"` // "12 mois", or {fr: "12 mois", en: "12 months"}
	// Status is the French employee category: cadre, non-cadre or
	// agent-de-maitrise. French postings only show it.
	Status string `yaml:"status"`
	// Agreement is the collective agreement that applies, e.g. Syntec.
	Agreement string `yaml:"agreement"`
	// AgreementNote says what the agreement is, for a reader who does not
	// know it: an English posting's "the national agreement for IT and
	// consulting firms". A language without one shows the name alone.
	AgreementNote ValueText `yaml:"agreement_note"`
	// WorkingTime is the working-time arrangement: hours a week ("35h",
	// "24,5h") or forfait-jours (a cadre's yearly count of days worked).
	WorkingTime string `yaml:"working_time"`
	// DaysPerYear is the days worked a year of a forfait jours; 0 is the
	// legal ceiling, ForfaitDays.
	DaysPerYear int `yaml:"days_per_year"`
	// Reason is why a fixed-term contract is fixed-term (the motif of a
	// CDD); After is what may follow a fixed term, an internship or an
	// apprenticeship.
	Reason ValueText `yaml:"reason"`
	After  ValueText `yaml:"after"`
	// OnCall is the on-call duty (astreintes) and OnCallPay its
	// compensation: a posting shows the duty only with its compensation.
	OnCall    ValueText `yaml:"on_call"`
	OnCallPay ValueText `yaml:"on_call_pay"`
	// OnCallDuty is what whoever is on call does on the company's rota
	// (an infinitive, as a role's on_call_duty): given, it replaces the
	// role's, so that one rota shared by a team gives every posting on it
	// the same duty. A role with no on_call_duty still shows no rota.
	OnCallDuty ValueText `yaml:"on_call_duty"`
	// Travel is the travel the job asks, how often and where ("environ
	// trois jours par mois dans nos filiales européennes"): a key fact
	// beside the remote work and the on-call duty, not a clause of the
	// pitch.
	Travel ValueText `yaml:"travel"`
	// WorkPermit says whether the hire must already hold the right to work
	// in the job's country ("required") or the employer sponsors the visa
	// ("sponsored"): a candidate abroad asks it before anything else.
	WorkPermit string `yaml:"work_permit"`
	// Probation is the trial period ("4 mois, renouvelable une fois") and
	// Relocation the help with moving: the first two questions a
	// candidate from elsewhere asks. Either may be given for one language
	// only (an English posting's relocation line).
	Probation  ValueText `yaml:"probation"`
	Relocation ValueText `yaml:"relocation"`
	// PaidLeave is the paid holiday ("5 semaines de congés payés"): a
	// term of the contract, shown under its own label in the conditions,
	// not among the benefits, where a French reader takes the legal
	// minimum for a perk.
	PaidLeave ValueText `yaml:"paid_leave"`
}

// Salary is the pay range; zero means not given.
type Salary struct {
	Min      float64 `yaml:"min"`
	Max      float64 `yaml:"max"`
	Currency string  `yaml:"currency"`
	Period   string  `yaml:"period"`
	// Note follows the range, the candidate's next questions: over how
	// many months, with or without a bonus ("sur 12 mois, sans part
	// variable"). Machine formats keep the amounts alone.
	Note ValueText `yaml:"note"`
}

// Team is the team the hire joins.
type Team struct {
	// Size is how many people the team has; 0 when not given.
	Size int `yaml:"size"`
	// GrowsTo is the head count, the hire included, that a hire who
	// leads the team brings it to while building it: "le pôle marketing
	// digital, que vous portez à six personnes", where a count would read
	// as today's team; 0 when not given.
	GrowsTo int `yaml:"grows_to"`
	// Name is the team as a sentence names it, with its article
	// ("l'équipe digitale", "the digital team"): the team paragraph opens
	// with it.
	Name ValueText `yaml:"name"`
	// With says who the hire works with.
	With ValueText `yaml:"with"`
	// Crew replaces the sentence on the posts managed or worked beside,
	// which the catalogue words from titles alone, for a company that
	// says whose post it is: "Vous encadrez le ou la responsable réseaux
	// sociaux d'Exemple Cité…", where a group has one per brand.
	Crew ValueText `yaml:"crew"`
}

// Apply says how to apply.
type Apply struct {
	URL   string `yaml:"url"`
	Email string `yaml:"email"`
	// Note says what the application may be written in or come with,
	// words that follow the lead before the link ("in French or
	// English": "Apply with your CV in French or English: …").
	Note ValueText `yaml:"note"`
}

// PerLang is a value written once for every language ("…", [a, b]) or
// once per language ({fr: "…", en: "…"}). A posting takes its language's
// value and never another's.
type PerLang[T string | []string] struct {
	All    T            // the value of every language
	ByLang map[string]T // the value of each language; nil when All is used
}

// ValueText is a text a recruiter gives, for every language or per
// language; role.Text is a role file's, always per language.
type ValueText = PerLang[string]

// TextList is a list for every language or per language.
type TextList = PerLang[[]string]

// PlainText is a text for every language.
func PlainText(s string) ValueText { return ValueText{All: s} }

// PlainList is a list for every language.
func PlainList(items ...string) TextList { return TextList{All: items} }

// IsZero reports whether nothing was given.
func (p PerLang[T]) IsZero() bool { return len(p.All) == 0 && len(p.ByLang) == 0 }

// In returns the value of lang; ok is false when values were given by
// language and lang has none.
func (p PerLang[T]) In(lang string) (v T, ok bool) {
	if p.ByLang == nil {
		return p.All, true
	}
	v, ok = p.ByLang[lang]
	return v, ok
}

// YAMLShape takes the value itself (a text, or a list) or a map of values
// by language.
func (p *PerLang[T]) YAMLShape(k yaml.Kind) (any, string) {
	one, want := yaml.ScalarNode, "text or a map of texts by language ({fr: …, en: …})"
	if _, list := any(p.All).([]string); list {
		one, want = yaml.SequenceNode, "a list or a map of lists by language ({fr: […], en: […]})"
	}
	switch k {
	case one:
		return &p.All, ""
	case yaml.MappingNode:
		return &p.ByLang, ""
	}
	return nil, want
}

// French words a recruiter types for a value, and the value they stand
// for; matched without case or accents.
var (
	contractWords = map[string]string{"cdi": "permanent", "cdd": "fixed-term", "stage": "internship", "alternance": "apprenticeship", "intérim": "interim"}
	periodWords   = map[string]string{"an": "year", "annee": "year", "mois": "month", "semaine": "week", "jour": "day", "heure": "hour"}
	statusWords   = map[string]string{"cadre": "cadre", "non-cadre": "non-cadre", "non cadre": "non-cadre", "agent de maitrise": "agent-de-maitrise", "etam": "non-cadre"}
)

// Normalize turns the French words jobdesc accepts into the values' codes:
// contract type cdi, cdd, stage, alternance, intérim; pay period an, mois, jour,
// heure, semaine; status "non cadre", "agent de maîtrise"; working time
// "35 h", "forfait jours".
func (v *Set) Normalize() {
	word := func(s *string, words map[string]string, codes []string) {
		if *s == "" || slices.Contains(codes, *s) {
			return
		}
		// The words are written as people write them ("intérim"), and
		// matched without case or accents.
		for w, code := range words {
			if fold(w) == fold(*s) {
				*s = code
				return
			}
		}
	}
	word(&v.Contract.Type, contractWords, ContractTypes)
	word(&v.Salary.Period, periodWords, PayPeriods)
	word(&v.Contract.Status, statusWords, Statuses)
	if wt, ok := ParseWorkingTime(v.Contract.WorkingTime); ok {
		v.Contract.WorkingTime = wt.Code()
	}
	switch c := strings.TrimSpace(v.Salary.Currency); c {
	case "€":
		v.Salary.Currency = "EUR"
	case "£":
		v.Salary.Currency = "GBP"
	default:
		if len(c) == 3 {
			v.Salary.Currency = strings.ToUpper(c)
		}
	}
}

// fold lower-cases s and strips the accents French puts on the words
// Normalize knows: "Agent de Maîtrise" is "agent de maitrise".
func fold(s string) string {
	return unaccent().Replace(strings.ToLower(strings.TrimSpace(s)))
}

var unaccent = sync.OnceValue(func() *strings.Replacer {
	return strings.NewReplacer("à", "a", "â", "a", "ä", "a", "é", "e", "è", "e", "ê", "e", "ë", "e",
		"î", "i", "ï", "i", "ô", "o", "ö", "o", "ù", "u", "û", "u", "ü", "u", "ç", "c")
})
