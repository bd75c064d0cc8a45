package lint

import (
	"fmt"
	"regexp"
	"sync"
)

// equalOpportunity marks a sentence that states the employer does not
// discriminate ("sans distinction d'âge, de sexe, de handicap"): the
// grounds it lists are not criteria.
var equalOpportunity = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(expr(`sans distinction|quels? que soi(?:en)?t|quelles? que soi(?:en)?t|sans considération|ouverts? à (?:toutes et à tous|tous|toutes)|non-?discrimination|égalité des chances|indépendamment d|handi-?accueillant|avec ou sans|regardless of|without regard|irrespective of|equal opportunit|do(?:es)? not discriminate|all backgrounds|we welcome`))
})

// lawRule runs a rule whose phrases are in data/phrases.tsv and whose
// message is a template for "what" the phrase asks.
func lawRule(rule, format string, exceptEqual bool) func(*run) {
	return func(r *run) {
		if !r.french() {
			return
		}
		for _, m := range r.find(rule, r.d.Lang) {
			if exceptEqual {
				s := r.a.sentenceAt(m.start)
				if s.start < s.end && equalOpportunity().MatchString(r.d.low[s.start:s.end]) {
					continue
				}
			}
			r.add(m.start, 0, fmt.Sprintf(format, r.quote(m.span), m.p.what), m.p.suggest)
		}
	}
}

const (
	ageHelp = "Code du travail L5331-2 forbids publishing a job offer that sets an upper age limit, " +
		"unless a law imposes it (an apprenticeship, for example: then name the contract, not an age). " +
		"An age range sets one too."
	discriminationHelp = "Code du travail L1132-1 forbids excluding anyone from a recruitment because of their " +
		"origin, sex, morals, sexual orientation, gender identity, age, family situation or pregnancy, " +
		"genetic characteristics, economic vulnerability, ethnicity, nation or so-called race, political " +
		"opinions, union or mutualist activity, elected office, religion, physical appearance, surname, " +
		"place of residence or bank domiciliation, state of health, loss of autonomy or disability, ability " +
		"to speak a language other than French, or whistle-blower status. A posting that names one as a " +
		"criterion is evidence of discrimination (L1134-1); sentences stating that the employer does not " +
		"discriminate are not flagged."
	requestHelp = "Code du travail L1221-6: what is asked of a candidate may only serve to judge their " +
		"ability to do the job and must have a direct and necessary link with it. A photo, the date of " +
		"birth, the marital status, the social security number or health information do not."
	feeHelp = "Code du travail L5331-1 forbids selling a job offer, and L5321-3 forbids asking job " +
		"seekers for any payment, direct or indirect, for placement: applying must be free."
	undatedHelp = "Code du travail L5332-1: a job offer published in France must be dated, so readers " +
		"and the labour inspectorate can tell whether it is current."
	languageHelp = "Code du travail L5331-4: the text of a job offer for a job in France is written in " +
		"French; a version in another language may go beside it. Publish the French posting (jobdesc " +
		"renders it with --lang fr)."
)

// datePattern finds a written date: 2026-03-14, 14/03/2026, 14 mars 2026,
// March 14, 2026, mars 2026.
var datePattern = sync.OnceValue(func() *regexp.Regexp {
	months := `janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|` +
		`january|february|march|april|may|june|july|august|september|october|november|december|` +
		`jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec`
	return regexp.MustCompile(`\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{4}|(?:\d{1,2}(?:er|st|nd|rd|th)?\s+)?(?:` +
		months + `)\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4}`)
})

func checkUndated(r *run) {
	if !r.french() {
		return
	}
	if r.d.Facts != nil {
		if !r.d.Facts.Posted {
			r.add(whole, 0, "the posting has no publication date; Code du travail L5332-1 requires a job offer to be dated", datedSuggestion(r.d.Lang))
		}
		return
	}
	if !datePattern().MatchString(r.d.low) {
		r.add(whole, 0, "no date found in the posting; Code du travail L5332-1 requires a job offer to be dated", datedSuggestion(r.d.Lang))
	}
}

func datedSuggestion(lang string) string {
	if lang == "fr" {
		return "ajoutez « Publiée le 14 mars 2026 » (la date de publication)"
	}
	return `add "Posted on 14 March 2026" (the publication date)`
}

func checkLanguage(r *run) {
	if r.d.Country == "FR" && r.d.Lang != "fr" {
		r.add(whole, 0, "the job is in France but the posting is not in French; Code du travail L5331-4 requires the French text",
			"publish the French version (render with --lang fr); the English one may go beside it")
	}
}

// lawRules are the rules of French law on job offers.
func lawRules() []Rule {
	return []Rule{
		{ID: "fr-age-limit", Severity: Error, Summary: "an upper age limit or an age range",
			Help: ageHelp, check: lawRule("fr-age-limit", "%q sets %s; Code du travail L5331-2 forbids an upper age limit in a job offer", false)},
		{ID: "fr-discrimination", Severity: Error, Summary: "a criterion among the grounds of discrimination of L1132-1",
			Help: discriminationHelp, check: lawRule("fr-discrimination", "%q selects candidates on %s, a ground of discrimination under Code du travail L1132-1", true)},
		{ID: "fr-forbidden-request", Severity: Error, Summary: "a request for information L1221-6 does not allow",
			Help: requestHelp, check: lawRule("fr-forbidden-request", "%q asks for %s, which has no direct and necessary link with the job (Code du travail L1221-6)", true)},
		{ID: "fr-applicant-fee", Severity: Error, Summary: "a payment asked of applicants",
			Help: feeHelp, check: lawRule("fr-applicant-fee", "%q asks applicants for %s; applying must be free (Code du travail L5331-1, L5321-3)", false)},
		{ID: "fr-undated", Severity: Error, Summary: "a posting with no publication date",
			Help: undatedHelp, check: checkUndated},
		{ID: "fr-language", Severity: Error, Summary: "a job in France advertised in another language than French",
			Help: languageHelp, check: checkLanguage},
		{ID: "fr-inclusive-title", Severity: Error, Summary: "a French job title in one gender only",
			Help: inclusiveHelp, check: checkInclusiveTitle},
		{ID: "fr-masculine-candidate", Severity: Warning, Summary: "the candidate referred to in the masculine",
			Help: candidateHelp, check: checkMasculineCandidate},
	}
}

// mention reports a phrase-list rule with its own messages.
func mention(rule string) func(*run) {
	return func(r *run) {
		for _, m := range r.find(rule, r.d.Lang) {
			r.add(m.start, 0, fmt.Sprintf("%q: %s", r.quote(m.span), m.p.what), m.p.suggest)
		}
	}
}
