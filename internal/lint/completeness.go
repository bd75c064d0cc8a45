package lint

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// sectionWords recognise the headings of a posting written elsewhere (by
// what they contain) and the words that give its place and contract (as
// whole words), by language.
type sectionWords struct {
	missions, strongMissions, profile, conditions, apply []string
	location, contract                                   []string
	// benefits head what the employer offers, about what it is: a ground
	// named there is the employer's, not a condition on the candidate.
	benefits, about []string
	// proseMissions and proseProfile say, in a sentence, what the job
	// does and what it asks, where no heading does
	proseMissions, proseProfile []string
}

var sections = sync.OnceValue(func() map[string]*sectionWords {
	strong := map[string][]string{
		"fr": {"mission", "responsabilit", "activités", "vos futures", "ce que vous ferez", "au quotidien"},
		"en": {"what you'll do", "what you’ll do", "what you will do", "responsibilit", "mission", "duties", "day to day", "day-to-day"},
	}
	benefits := map[string][]string{
		"fr": {"avantages", "nous offrons", "nous proposons", "pourquoi nous rejoindre", "pourquoi rejoindre", "pourquoi nous",
			"on vous offre", "on t'offre", "on t’offre", "ce que nous offrons", "ce qu'on offre", "ce qu’on offre", "nos engagements", "notre offre", "vous propose", "te propose",
			"les plus", "ce que vous y gagnez", "ce que tu y gagnes"},
		"en": {"what we offer", "benefits", "perks", "why join", "why us", "why you'll love", "why you’ll love", "why work",
			"in it for you", "reward", "what you get", "what you'll get", "what you’ll get", "what we provide", "we provide", "we give you",
			"what we give"},
	}
	return map[string]*sectionWords{
		"fr": {
			strongMissions: strong["fr"],
			missions: append(strong["fr"], "le poste", "descriptif", "description du poste", "rôle", "tâches", "ce que tu feras",
				"ton quotidien", "votre quotidien", "concrètement", "vous allez", "apprendrez", "apprendras", "en quoi consiste", "le job", "vos défis", "tes défis", "votre journée", "ce qui vous attend", "votre poste", "ton poste", "fonction"),
			profile: []string{"profil", "compétences", "vous êtes", "tu es", "qualifications", "ce que nous recherchons", "prérequis", "savoir",
				"expérience", "formation", "vos atouts", "tes atouts", "ce que vous apportez", "ce que tu apportes", "qui êtes-vous", "qui es-tu",
				"vous avez", "tu as", "pour réussir", "requis", "attendu", "ce qu'il vous faut", "bagage", "parcours", "ce qu'on cherche",
				"ce que nous cherchons", "ce que je cherche", "ce que je recherche", "ce qu'on recherche", "ce que nous attendons",
				"ce que j'attends", "ce qu'on attend", "ce que nous demandons"},
			conditions: append([]string{"conditions", "rémunération", "salaire", "infos pratiques", "informations pratiques", "modalités",
				"contrat", "package", "horaires"}, benefits["fr"]...),
			benefits: benefits["fr"],
			proseMissions: []string{"vous serez chargé", "vous serez en charge", "vous aurez pour mission", "vos missions", "vous assurez",
				"vous assurerez", "vous gérez", "vous gérerez", "vous allez", "tu vas", "tu seras", "ta mission", "votre mission", "au quotidien, vous"},
			proseProfile: []string{"vous avez", "vous êtes", "vous disposez", "vous maîtrisez", "tu as", "tu es", "expérience", "diplôme", "requis", "exigé", "souhaité"},
			about: []string{"qui sommes-nous", "qui sommes nous", "à propos", "l'entreprise", "l’entreprise", "notre entreprise", "la société",
				"notre société", "notre structure", "l'employeur", "l’employeur", "nous connaître", "notre histoire", "présentation de"},
			apply: []string{"postuler", "candidature", "candidater", "recrutement", "contact", "étapes", "processus", "déroulement",
				"entretien", "la suite", "comment nous rejoindre", "intéressé"},
			location: []string{"lieu", "localisation", "basé", "basée", "situé", "située", "télétravail", "sur site", "hybride", "adresse", "à distance"},
			contract: []string{"cdi", "cdd", "stage", "alternance", "apprentissage", "freelance", "indépendant", "intérim", "contrat", "temps plein", "temps partiel",
				"saisonnier", "saisonnière", "intérimaire", "vacataire", "contractuel", "contractuelle", "titulaire", "fonctionnaire", "cdic", "cdi-c"},
		},
		"en": {
			strongMissions: strong["en"],
			missions: append(strong["en"], "your role", "the role", "the job", "you'll be doing", "you’ll be doing", "you will be doing",
				"tasks", "your day", "the work", "what you'll learn", "what you’ll learn", "your impact", "the opportunity", "what the job involves", "accountabilit", "key areas"),
			profile: []string{"what you bring", "what you need", "you bring", "profile", "requirements", "qualifications", "skills", "about you", "who you are", "looking for",
				"experience", "you have", "what we need", "what it takes", "background", "you'll need", "you’ll need", "you will need", "you'll have",
				"you’ll have", "must have", "must-have", "nice to have", "essential", "desirable", "person specification", "ideal candidate",
				"you are", "you're", "you’re", "to succeed", "criteria", "what we're after", "what we’re after", "what we are after",
				"what we want", "what we expect"},
			conditions: append([]string{"conditions", "compensation", "salary", "pay", "terms", "package", "the offer", "practical",
				"hours", "the deal"}, benefits["en"]...),
			benefits: benefits["en"],
			proseMissions: []string{"you will", "you'll", "you’ll", "your role", "your job", "your day", "your duties", "the role involves",
				"responsible for", "in charge of"},
			proseProfile: []string{"you have", "you've", "you’ve", "you are", "you're", "you’re", "we're looking for", "we are looking for",
				"experience", "required", "essential", "qualification", "licence", "license", "certificat"},
			about: []string{"about us", "who we are", "about the company", "about the employer", "about the organisation",
				"about the organization", "our company", "our story", "the company"},
			apply: []string{"apply", "application", "next steps", "hiring process", "recruitment process", "contact", "process", "interview",
				"what happens next", "stages", "steps", "how to join", "interested"},
			location: []string{"location", "based in", "remote", "on-site", "onsite", "hybrid", "office in", "located in"},
			contract: []string{"permanent", "fixed-term", "full-time", "full time", "part-time", "part time", "contract", "internship", "apprenticeship", "freelance", "temporary", "seasonal", "casual", "temp-to-hire", "temp to hire", "contract-to-hire", "zero-hours",
				"zero hours", "fixed term", "ongoing", "locum", "salaried"},
		},
	}
})

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

var email = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`[\w.+-]+@[\w-]+\.[\w.]+`) })

// domain is a bare web address ("example.org/jobs", "careers.acme.fr"):
// a way to apply as much as a link. Its last label is a top-level domain
// postings use, so "node.js" or "e.g." is not one.
var domain = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|fr|io|co|uk|be|ch|lu|ca|de|eu|us|au|sg|ie|jobs|careers|app|dev|info|biz|nz|es|it|nl|edu|gov|gouv\.fr|gc\.ca|qc\.ca|ac\.uk|gov\.uk|nhs\.uk)(?:/[^\s)]*)?(?:[\s).,;:]|$)`)
})

// notPlaces are the marks places() holds that tell a country but not
// where the job is: a contract, an agency, a law.
var notPlaces = map[string]bool{"cdi": true, "cdd": true, "smic": true, "urssaf": true, "pôle emploi": true, "france travail": true,
	"apec": true, "code du travail": true, "nhs": true, "dbs check": true, "hmrc": true, "national insurance": true,
	"equality act": true, "hse": true, "pps number": true, "eeoc": true, "superannuation": true}

// namesPlace says whether low names a city, a region or a country lint
// knows, anywhere: a place of work stated in a sentence ("our Rennes
// workshop") is one.
func namesPlace(low string) bool {
	words := wordSpans(low)
	for i := range words {
		if k, n := placeAt(low, words, i); n > 0 && !notPlaces[k] {
			return true
		}
	}
	return false
}

// titlePlace says whether the title line ends with a place after a dash,
// a bar or a comma ("Électricien H/F — Rennes —", "Nurse | Dundee"): a
// part after the first made of capitalised words, none an acronym such
// as CDI or H/F.
func titlePlace(title string) bool {
	parts := strings.FieldsFunc(title, func(r rune) bool { return strings.ContainsRune("—–|,", r) })
	if more := strings.Split(title, " - "); len(more) > len(parts) {
		parts = more
	}
	for _, p := range parts[min(1, len(parts)):] {
		words := strings.Fields(strings.Trim(p, " #*_()"))
		if len(words) == 0 || len(words) > 4 {
			continue
		}
		ok := true
		for _, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			lower := strings.ToLower(w)
			if !unicode.IsUpper(r) || w == strings.ToUpper(w) && !strings.Contains(lower, "-") && len(w) <= 4 {
				if !slices.Contains([]string{"de", "du", "des", "la", "le", "les", "sur", "en", "on", "upon", "of"}, lower) {
					ok = false
					break
				}
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// titleLine is the title as the source writes it, separators included
// (the text drops a Markdown "|"): an HTML page's title, else the first
// line of the source.
func (d *Document) titleLine() string {
	if d.title != "" {
		return d.title
	}
	line, _, _ := strings.Cut(strings.TrimSpace(d.src), "\n")
	return line
}

// hasPostcode: five digits alone, a French postcode.
func hasPostcode(low string) bool {
	run := 0
	for i := 0; i <= len(low); i++ {
		if i < len(low) && '0' <= low[i] && low[i] <= '9' {
			run++
			continue
		}
		if run == 5 {
			return true
		}
		run = 0
	}
	return false
}

// facts are what the posting says, from the caller or from its headings.
func (d *Document) facts() Facts {
	if d.Facts != nil {
		return *d.Facts
	}
	p := sections()[d.Lang]
	var f Facts
	mission := -1
	for i, h := range d.headings {
		switch {
		case containsAny(h.text, p.strongMissions) && (mission < 0 || !containsAny(d.headings[mission].text, p.strongMissions)):
			mission = i
		case mission < 0 && (containsAny(h.text, p.missions) || strings.Trim(h.text, " :") == "poste"):
			mission = i // "**Poste**", a section's label alone
		}
		f.Profile = f.Profile || containsAny(h.text, p.profile)
		f.Conditions = f.Conditions || containsAny(h.text, p.conditions)
		f.Apply = f.Apply || containsAny(h.text, p.apply)
	}
	if mission >= 0 {
		f.Missions = d.countMissions(mission)
	}
	// A posting told in prose, or under labels of its own, still says
	// what the job is, whom it is for and on what terms: its sentences
	// do ("You will pick orders…", "You have two years of…", "£11.44 an
	// hour"). Advice on a missing section is for a posting that lacks
	// what the section holds, not its heading.
	if f.Missions == 0 && mission < 0 && containsAny(d.low, p.proseMissions) {
		f.Missions = minMissions
	}
	f.Profile = f.Profile || containsAny(d.low, p.proseProfile)
	f.Conditions = f.Conditions || statesPay(d) || containsAny(d.low, p.benefits)
	f.Location = hasAnyWord(d.low, p.location) || d.Lang == "fr" && hasPostcode(d.low) || namesPlace(d.low) || titlePlace(d.titleLine())
	// "CDI" in an English posting for a job in France is a contract too
	f.Contract = hasAnyWord(d.low, sections()["en"].contract) || hasAnyWord(d.low, sections()["fr"].contract)
	f.ApplyChannel = len(d.links) > 0 || near(d.low, []string{"@"}, email()) ||
		strings.Contains(d.low, "http://") || strings.Contains(d.low, "https://") || strings.Contains(d.low, "www.") ||
		near(d.low, []string{"."}, domain())
	// A phone number to call or text, a shop to come by, a form online:
	// other ways to apply than an address.
	f.ApplyChannel = f.ApplyChannel || containsAny(d.low, applyChannels) || phoneNumber(d.low)
	// A paragraph that says how to apply and where is the section on
	// applying, heading or not: "Apply with your CV to jobs@…".
	f.Apply = f.Apply || f.ApplyChannel && applyParagraph(d.low)
	return f
}

// applyChannels are ways to apply without an address or a link.
var applyChannels = []string{"in person", "come by", "drop by", "drop in", "drop off your", "walk-in", "walk in", "apply online",
	"online form", "application form on", "click \"apply", "click apply", "apply button", "via our website", "on our website",
	"en personne", "passe à la", "passez à la", "passez nous voir", "présentez-vous", "en ligne", "formulaire", "cliquez",
	"sur notre site", "bouton postuler"}

// phoneNumber says whether the text gives a phone number to call or
// text: eight digits or more in a run of digits, spaces, dots, dashes
// and brackets, a word of the phone shortly before it (a pay range is
// a run of digits too).
func phoneNumber(low string) bool {
	digits, start := 0, -1
	for i := 0; i <= len(low); i++ {
		c := byte(0)
		if i < len(low) {
			c = low[i]
		}
		switch {
		case '0' <= c && c <= '9':
			if start < 0 {
				start = i
			}
			digits++
		case start >= 0 && (c == ' ' || c == '.' || c == '-' || c == '(' || c == ')'):
		default:
			if digits >= 8 && containsAny(low[max(0, start-40):start], phoneWords) {
				return true
			}
			digits, start = 0, -1
		}
	}
	return false
}

// phoneWords say that the number after them is a phone's.
var phoneWords = []string{"call", "text", "phone", "tel", "tél", "appel", "gsm", "mobile", "whatsapp", "sms", "contact", "ring", "numéro"}

// applyWords say how to apply.
var applyWords = []string{"apply", "application", "send your cv", "send us your", "email your cv", "e-mail your cv", "submit your",
	"postuler", "postulez", "candidature", "envoyez votre cv", "envoyez-nous", "adressez votre cv", "adressez-nous",
	"your cv", "your resume", "your résumé", "ton cv", "votre cv", "interested", "intéressé", "intéressée", "get in touch"}

// applyParagraph says whether a paragraph of low says how to apply and
// gives an address or a link to do it.
func applyParagraph(low string) bool {
	for p := range strings.SplitSeq(low, "\n\n") {
		if containsAny(p, applyWords) && (strings.Contains(p, "@") || strings.Contains(p, "http") || strings.Contains(p, "www.") ||
			containsAny(p, applyChannels) || phoneNumber(p)) {
			return true
		}
	}
	return false
}

// countMissions counts the sub-headings under a missions heading, or its
// list items when it has none.
func (d *Document) countMissions(h int) int {
	level, end := d.headings[h].level, len(d.text)
	subs := 0
	for _, x := range d.headings[h+1:] {
		if x.level <= level {
			end = x.t
			break
		}
		if x.level == level+1 {
			subs++
		}
	}
	if subs > 0 {
		return subs
	}
	items := 0
	for _, it := range d.items {
		if it.t > d.headings[h].t && it.t < end {
			items++
		}
	}
	if items == 0 {
		// A section that tells its missions in prose has one at least:
		// one a sentence.
		body := d.low[min(d.headings[h].end(d), end):end]
		for s := range strings.SplitSeq(body, ". ") {
			if strings.TrimSpace(s) != "" {
				items++
			}
		}
	}
	return items
}

const completenessHelp = "A posting a candidate can act on says what the job is (at least three missions), " +
	"who it is for (the profile), on what terms (pay, contract, place) and how to apply. Postings " +
	"missing one get fewer and less suited applications."

// minMissions is the fewest missions a posting should list.
const minMissions = 3

func checkCompleteness(r *run) {
	f := r.d.facts()
	fr := r.d.Lang == "fr"
	missing := func(ok bool, what, fix, corrige string) {
		if ok {
			return
		}
		sug := fix
		if fr {
			sug = corrige
		}
		r.add(whole, 0, "the posting has no "+what, sug)
	}
	switch {
	case f.Missions == 0:
		missing(false, "missions section", `add a "What you will do" section listing the missions`, "ajoutez une section « Vos missions »")
	case f.Missions < minMissions:
		r.add(whole, 0, fmt.Sprintf("the posting lists %d missions, fewer than %d", f.Missions, minMissions), "")
	}
	missing(f.Profile, "profile section", `add a "What you bring" section`, "ajoutez une section « Votre profil »")
	missing(f.Conditions, "conditions section (pay, contract, benefits)", `add a "What we offer" section`, "ajoutez une section « Conditions »")
	missing(f.Apply, "section on how to apply", `add a "How to apply" section`, "ajoutez une section « Pour postuler »")
	missing(f.Location, "place of work", "say where the job is and how much remote work it allows", "indiquez le lieu de travail et la part de télétravail")
	missing(f.Contract, "contract type", "say the contract (permanent, fixed-term…) and the hours", "indiquez le contrat (CDI, CDD…) et le temps de travail")
	missing(f.ApplyChannel, "e-mail address or link to apply", "give an e-mail address or a link to apply", "donnez une adresse e-mail ou un lien pour postuler")
}
