package lint

import (
	"fmt"
	"regexp"
	"sync"
)

// sectionPatterns recognise the headings of a posting written elsewhere,
// by section and language.
type sectionPatterns struct {
	missions, strongMissions, profile, conditions, apply, location, contract, channel *regexp.Regexp
}

var sections = sync.OnceValue(func() map[string]*sectionPatterns {
	c := regexp.MustCompile
	return map[string]*sectionPatterns{
		"fr": {
			strongMissions: c(`mission|responsabilit|activités|vos futures|ce que vous ferez|au quotidien`),
			missions:       c(`mission|responsabilit|activités|vos futures|ce que vous ferez|au quotidien|le poste|descriptif|description du poste|rôle`),
			profile:        c(`profil|compétences|vous êtes|qualifications|ce que nous recherchons|prérequis|savoir|expérience|formation|vos atouts|ce que vous apportez`),
			conditions:     c(`conditions|rémunération|salaire|avantages|nous offrons|nous proposons|infos pratiques|informations pratiques|modalités|contrat|package|pourquoi nous rejoindre`),
			apply:          c(`postuler|candidature|candidater|processus de recrutement|recrutement|contact`),
			location:       c(`lieu|localisation|basée?s? (?:à|en|au|dans)|situé|télétravail|sur site|hybride|adresse|\b\d{5}\b`),
			contract:       c(`\bcdi\b|\bcdd\b|\bstage\b|alternance|apprentissage|freelance|indépendant|intérim|contrat|temps plein|temps partiel`),
		},
		"en": {
			strongMissions: c(`what you.?ll do|what you will do|responsibilit|mission|duties|day.to.day`),
			missions:       c(`what you.?ll do|what you will do|responsibilit|mission|duties|day.to.day|your role|the role|the job`),
			profile:        c(`what you bring|profile|requirements|qualifications|skills|about you|who you are|looking for|experience|you have|what we need`),
			conditions:     c(`conditions|what we offer|benefits|compensation|salary|\bpay\b|terms|perks|package|why join|the offer|practical`),
			apply:          c(`apply|application|next steps|hiring process|recruitment process|contact`),
			location:       c(`location|based in|remote|on-site|onsite|hybrid|office in|located in`),
			contract:       c(`permanent|fixed-term|full.time|part.time|contract|internship|apprenticeship|freelance|temporary`),
		},
		"": {channel: c(`[\w.+-]+@[\w-]+\.[\w.]+|https?://|\bwww\.`)},
	}
})

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
		case p.strongMissions.MatchString(h.text) && (mission < 0 || !p.strongMissions.MatchString(d.headings[mission].text)):
			mission = i
		case mission < 0 && p.missions.MatchString(h.text):
			mission = i
		}
		f.Profile = f.Profile || p.profile.MatchString(h.text)
		f.Conditions = f.Conditions || p.conditions.MatchString(h.text)
		f.Apply = f.Apply || p.apply.MatchString(h.text)
	}
	if mission >= 0 {
		f.Missions = d.countMissions(mission)
	}
	f.Location = p.location.MatchString(d.low)
	f.Contract = p.contract.MatchString(d.low)
	f.ApplyChannel = len(d.links) > 0 || sections()[""].channel.MatchString(d.low)
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
