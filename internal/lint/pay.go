package lint

import (
	"fmt"
	"regexp"
	"sync"
)

// amountPattern finds an amount of money: 38 000 €, €38,000, 45k€, 3 200 euros.
var amountPattern = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`[€$£]\s*\d|\d[\d\s.,]*\s*k?\s*(?:€|euros?\b|eur\b|usd\b|gbp\b|chf\b|\$|£)`)
})

// payWords tell an amount of pay from another amount (a fee, a budget).
var payWords = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`salaire|rémunération|brut|\bnet\b|\bfixe\b|package|par an|par mois|annuel|mensuel|/an|/mois|k€|` +
		`salary|\bpay\b|compensation|gross|a year|per year|per annum|annual|/year|/yr|an hour|per hour|a month|per month|wage|remuneration|\bote\b`)
})

// paySentence says whether a sentence of the text gives an amount of pay.
func (r *run) paySentence() bool {
	for _, m := range amountPattern().FindAllStringIndex(r.d.low, -1) {
		s := r.a.sentenceAt(m[0])
		if s.end <= s.start {
			s = span{max(0, m[0]-80), min(len(r.d.low), m[1]+80)}
		}
		if payWords().MatchString(r.d.low[s.start:s.end]) {
			return true
		}
	}
	return false
}

// payLevel is the level of a pay finding and the reason, by the strongest
// profile chosen: a law in force makes it an error, a draft a warning
// that says it is one.
func (l *Linter) payLevel(inForce, draft, none string) (Severity, string) {
	var d *Profile
	for i, p := range l.profiles {
		if !p.Draft {
			return Error, fmt.Sprintf(inForce, p.Article)
		}
		d = &l.profiles[i]
	}
	if d != nil {
		return Warning, fmt.Sprintf(draft, d.Article)
	}
	return Warning, none
}

const payRangeHelp = "Directive (EU) 2023/970 Art. 5(1): applicants are entitled to the initial pay or its " +
	"range, based on objective, gender-neutral criteria, in the job vacancy notice or before the " +
	"interview. \"Selon profil\" or \"competitive salary\" does not give it. Choose a profile " +
	"(eu-2023-970, or fr-draft-2026 for France's drafts of March and June 2026, which are not law yet) " +
	"to make this an error where the law requires it."

const payHistoryHelp = "Directive (EU) 2023/970 Art. 5(2) forbids asking applicants about their pay history in " +
	"their current or previous jobs: it carries past pay gaps into the new job. Asking for salary " +
	"expectations remains allowed."

func checkPayRange(r *run) {
	salary := false
	if r.d.Facts != nil {
		salary = r.d.Facts.Salary
	} else {
		salary = r.paySentence()
	}
	if salary {
		return
	}
	sev, why := r.l.payLevel(
		"%s requires the starting pay or its range to be given to applicants",
		"%s would require the starting pay or its range",
		"applicants pass over postings with no pay, and Directive (EU) 2023/970 Art. 5 requires it from June 2026")
	sug := `publish a range (e.g. "38,000–45,000 EUR a year")`
	if r.d.Lang == "fr" {
		sug = "publiez une fourchette (ex. « 38 000 – 45 000 € brut par an »)"
	}
	vague := r.find("pay-range", r.d.Lang)
	for _, m := range vague {
		r.add(m.start, sev, fmt.Sprintf("%q stands where the pay should be; %s", r.quote(m.span), why), m.p.suggest)
	}
	if len(vague) == 0 {
		r.add(whole, sev, "no salary amount or range; "+why, sug)
	}
}

func checkPayHistory(r *run) {
	sev, why := r.l.payLevel("%s forbids asking applicants about their pay history",
		"%s would forbid asking applicants about their pay history",
		"Directive (EU) 2023/970 Art. 5(2) forbids asking applicants about their pay history")
	for _, m := range r.find("pay-history", r.d.Lang) {
		r.add(m.start, sev, fmt.Sprintf("%q asks about %s; %s", r.quote(m.span), m.p.what, why), m.p.suggest)
	}
}
