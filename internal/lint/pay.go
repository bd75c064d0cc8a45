package lint

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// currencyKeys: an amount of money names its currency.
var currencyKeys = []string{"€", "$", "£", "eur", "usd", "gbp", "chf"}

// payWords tell an amount of pay from another amount (a fee, a budget):
// found anywhere in the sentence, or (payWholeWords) as whole words.
var (
	payWords = []string{"salaire", "rémunération", "brut", "par an", "par mois", "annuel", "mensuel", "/an", "/mois", "k€",
		"salary", "compensation", "gross", "a year", "per year", "per annum", "annual", "/year", "/yr", "an hour", "per hour",
		"a month", "per month", "wage", "remuneration",
		"par jour", "day rate", "daily rate", "a day", "per day"}
	// A freelance's rate: "TJM : 450 € HT", "€450, excl. VAT".
	payWholeWords = []string{"net", "fixe", "pay", "ote", "tjm", "ht", "vat"}
)

// amountAt says whether the currency at low[at:at+n] goes with a number:
// "38 000 €", "45k€", "€38,000", "3 200 EUR".
func amountAt(low string, at, n int) bool {
	i := at + n
	for i < len(low) && low[i] == ' ' {
		i++
	}
	if i < len(low) && '0' <= low[i] && low[i] <= '9' {
		return true
	}
	i = at
	for i > 0 && low[i-1] == ' ' {
		i--
	}
	if i > 0 && low[i-1] == 'k' {
		i--
	}
	for i > 0 && low[i-1] == ' ' {
		i--
	}
	return i > 0 && '0' <= low[i-1] && low[i-1] <= '9'
}

// paySentence says whether a sentence of the text gives an amount of pay.
func (r *run) paySentence() bool {
	low := r.d.low
	for _, k := range currencyKeys {
		for at := range occurrences(low, k) {
			if k[0] < utf8.RuneSelf && !boundary(low, at) || !amountAt(low, at, len(k)) {
				continue
			}
			s := r.a.sentenceAt(at)
			if s.end <= s.start {
				s = span{runeStart(low, max(0, at-window)), runeStart(low, min(len(low), at+window))}
			}
			// "a training budget of €1,500 a year", "a $10,000 sign-on
			// bonus", "£2m turnover": the words next to an amount say it
			// is not pay, whatever else the sentence says.
			near := low[runeStart(low, max(s.start, at-32)):runeStart(low, min(s.end, at+len(k)+32))]
			if containsAny(near, notPayWords) || bigAmountAt(low, at, len(k)) {
				continue
			}
			sentence := low[s.start:s.end]
			// "£95,000 – £115,000 plus bonus": an amount the sentence does
			// not call anything else is pay.
			if containsAny(sentence, payWords) || hasAnyWord(sentence, payWholeWords) || !containsAny(sentence, notPayWords) {
				return true
			}
		}
	}
	// "85k–100k": a range in thousands, with no currency.
	for at := range occurrences(low, "k") {
		if at > 0 && '0' <= low[at-1] && low[at-1] <= '9' && boundary(low, at+1) {
			rest := strings.TrimLeft(low[at+1:min(len(low), at+8)], " -–to")
			if rest != "" && '0' <= rest[0] && rest[0] <= '9' {
				return true
			}
		}
	}
	return false
}

// notPayWords mark a sentence whose amounts are not pay: a revenue, a
// budget, assets, a deal, a fee.
var notPayWords = []string{"turnover", "revenue", "portfolio", "assets", "worth", "budget", "sold", "funding", "raised",
	"valuation", "deal", "contract value", "chiffre d'affaires", "actifs", "portefeuille", "levée", "encours", "fee", "deposit",
	"frais", "kit", "pack", "caution", "participation", "cost", "coût", "prix", "price", "sign-on", "signing bonus",
	"bonus when", "levé"}

// bigAmountAt says whether the amount at a currency sign is in millions
// or billions ("£2m", "€50 million", "6 milliards d'euros").
func bigAmountAt(low string, at, n int) bool {
	after := low[at+n : min(len(low), at+n+24)]
	before := low[max(0, at-16):at]
	for _, w := range []string{"million", "billion", "milliard", "bn", "m€", "md€"} {
		if strings.Contains(after, w) || strings.Contains(before, w) {
			return true
		}
	}
	num := strings.TrimLeft(after, " 0123456789.,")
	return strings.HasPrefix(num, "m ") || strings.HasPrefix(num, "m,") || strings.HasPrefix(num, "m.") || num == "m"
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
		"Directive (EU) 2023/970 Art. 5 entitles applicants to the initial pay or its range, in the posting or before the interview (from June 2026), and applicants pass over postings with no pay")
	sug := `publish a range (e.g. "38,000–45,000 EUR a year")`
	if r.d.Lang == "fr" {
		sug = "publiez une fourchette (ex. « 38 000 – 45 000 € brut par an »)"
	}
	vague := r.find("pay-range")
	for _, m := range vague {
		r.addAbout(m.p.category, m.span, sev, fmt.Sprintf("%q stands where the pay should be; %s", r.quote(m.span), why), m.p.suggest)
	}
	if len(vague) == 0 {
		r.add(whole, sev, "no salary amount or range; "+why, sug)
	}
}

func checkPayHistory(r *run) {
	sev, why := r.l.payLevel("%s forbids asking applicants about their pay history",
		"%s would forbid asking applicants about their pay history",
		"Directive (EU) 2023/970 Art. 5(2) forbids asking applicants about their pay history")
	for _, m := range r.find("pay-history") {
		r.addAbout(m.p.category, m.span, sev, fmt.Sprintf("%q asks about %s; %s", r.quote(m.span), m.p.what, why), m.p.suggest)
	}
}
