package lint

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
)

// sectionWords recognise the headings of a posting written elsewhere (by
// what they contain) and the words that give its place and contract (as
// whole words), by language.
type sectionWords struct {
	missions, strongMissions, profile, conditions, apply []string
	location, contract                                   []string
}

var sections = sync.OnceValue(func() map[string]*sectionWords {
	strong := map[string][]string{
		"fr": {"mission", "responsabilit", "activités", "vos futures", "ce que vous ferez", "au quotidien"},
		"en": {"what you'll do", "what you’ll do", "what you will do", "responsibilit", "mission", "duties", "day to day", "day-to-day"},
	}
	return map[string]*sectionWords{
		"fr": {
			strongMissions: strong["fr"],
			missions:       append(strong["fr"], "le poste", "descriptif", "description du poste", "rôle"),
			profile:        []string{"profil", "compétences", "vous êtes", "qualifications", "ce que nous recherchons", "prérequis", "savoir", "expérience", "formation", "vos atouts", "ce que vous apportez"},
			conditions:     []string{"conditions", "rémunération", "salaire", "avantages", "nous offrons", "nous proposons", "infos pratiques", "informations pratiques", "modalités", "contrat", "package", "pourquoi nous rejoindre"},
			apply:          []string{"postuler", "candidature", "candidater", "recrutement", "contact"},
			location:       []string{"lieu", "localisation", "basé", "basée", "situé", "située", "télétravail", "sur site", "hybride", "adresse", "à distance"},
			contract:       []string{"cdi", "cdd", "stage", "alternance", "apprentissage", "freelance", "indépendant", "intérim", "contrat", "temps plein", "temps partiel"},
		},
		"en": {
			strongMissions: strong["en"],
			missions:       append(strong["en"], "your role", "the role", "the job"),
			profile:        []string{"what you bring", "profile", "requirements", "qualifications", "skills", "about you", "who you are", "looking for", "experience", "you have", "what we need"},
			conditions:     []string{"conditions", "what we offer", "benefits", "compensation", "salary", "pay", "terms", "perks", "package", "why join", "the offer", "practical"},
			apply:          []string{"apply", "application", "next steps", "hiring process", "recruitment process", "contact"},
			location:       []string{"location", "based in", "remote", "on-site", "onsite", "hybrid", "office in", "located in"},
			contract:       []string{"permanent", "fixed-term", "full-time", "full time", "part-time", "part time", "contract", "internship", "apprenticeship", "freelance", "temporary"},
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
		case mission < 0 && containsAny(h.text, p.missions):
			mission = i
		}
		f.Profile = f.Profile || containsAny(h.text, p.profile)
		f.Conditions = f.Conditions || containsAny(h.text, p.conditions)
		f.Apply = f.Apply || containsAny(h.text, p.apply)
	}
	if mission >= 0 {
		f.Missions = d.countMissions(mission)
	}
	f.Location = hasAnyWord(d.low, p.location) || d.Lang == "fr" && hasPostcode(d.low)
	f.Contract = hasAnyWord(d.low, p.contract)
	f.ApplyChannel = len(d.links) > 0 || near(d.low, []string{"@"}, email()) ||
		strings.Contains(d.low, "http://") || strings.Contains(d.low, "https://") || strings.Contains(d.low, "www.")
	return f
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
