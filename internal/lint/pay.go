package lint

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/jobdesc/jobdesc/internal/values"
)

// currencyKeys: an amount of money names its currency.
var currencyKeys = slices.Concat([]string{"€", "$", "£", "eur", "usd", "gbp", "chf"}, currencyCodes)

// currencyCodes are the codes and signs of the currencies other than the
// euro, the dollar, the pound and the franc that a sum of pay is written
// with; currencyKeys and currencies both hold them.
var currencyCodes = []string{"cad", "aud", "nzd", "sgd", "hkd", "zar", "aed", "inr", "₹", "kes", "ksh", "mad", "tnd", "dzd", "fcfa",
	"xof", "xaf", "ngn", "₦", "gh₵", "ghs", "myr"}

// payWords tell an amount of pay from another amount (a fee, a budget):
// found anywhere in the sentence, or (payWholeWords) as whole words.
var (
	// namedPayWords name pay; a day's amount (dayPayWords) may be a perk's
	namedPayWords = []string{"salaire", "rémunération", "brut", "par an", "par mois", "annuel", "mensuel", "/an", "/mois", "k€",
		"salary", "compensation", "gross", "a year", "per year", "per annum", "annual", "/year", "/yr", "an hour", "per hour",
		"a month", "per month", "wage", "remuneration", "a week", "per week", "weekly", "/week", "/wk", "par semaine", "hebdomadaire"}
	dayPayWords = []string{"par jour", "day rate", "daily rate", "a day", "per day"}
	payWords    = slices.Concat(namedPayWords, dayPayWords)
	// A freelance's rate: "TJM : 450 € HT", "€450, excl. VAT".
	payWholeWords = []string{"net", "fixe", "pay", "ote", "tjm", "ht", "vat"}
)

// currencyAt says whether currency key k, at offset at of low, stands
// beside an amount: "$30", "45 000 €", not the "eur" of "heures".
func currencyAt(low string, at int, k string) bool {
	return (k[0] >= utf8.RuneSelf || boundary(low, at)) && amountAt(low, at, len(k))
}

// moneyKeys are currencyKeys and the ISO 4217 codes the document writes
// in capitals beside a figure ("8 500 MRU", "GNF 2 500 000"): any code
// jobdesc accepts for a salary, found in one pass over the text rather
// than searched for one by one.
func (d *Document) moneyKeys() []string {
	if d.money == nil {
		d.money = slices.Concat(currencyKeys, isoCodes(d.text, d.low))
	}
	return d.money
}

// isoCodes returns, folded, the ISO 4217 codes text writes in capitals
// next to a figure that currencyKeys does not hold; low is text folded.
func isoCodes(text, low string) []string {
	var out []string
	letter := func(i int) bool {
		return i >= 0 && i < len(text) && (text[i] >= utf8.RuneSelf || 'a' <= text[i]|0x20 && text[i]|0x20 <= 'z')
	}
	for i := 0; i+3 <= len(text); i++ {
		if text[i] < 'A' || text[i] > 'Z' || letter(i-1) || letter(i+3) {
			continue
		}
		code := text[i : i+3]
		if strings.ToUpper(code) != code {
			continue
		}
		if _, ok := values.Scale(code); !ok {
			continue
		}
		k := low[i : i+3]
		b := i
		for b > 0 && low[b-1] == ' ' {
			b--
		}
		if slices.Contains(currencyKeys, k) || slices.Contains(out, k) || !amountAt(low, i, 3) && (b == 0 || !isDigit(low[b-1])) {
			continue
		}
		out = append(out, k)
	}
	return out
}

// payScales name a published pay scale, from a collective agreement or
// a public employer, that sets the pay at each step, or the legal
// minimum the pay starts from.
var payScales = []string{"barème", "grille salariale", "grille des salaires", "commission paritaire", "convention collective",
	"pay scale", "salary scale", "pay band of the", "collective agreement", "modern award", "enterprise agreement",
	// the legal minimum for the job, which the floor is
	"salaire social minimum", "salaire minimum", "smic", "minimum wage", "national living wage"}

// onScale says whether the sum at offset at is the floor of a published
// pay scale its sentence names: "selon le barème de la commission
// paritaire 118, à partir de 2 450 €" is the starting pay, the scale the
// rest.
func (r *run) onScale(at int) bool {
	s := r.sentenceAround(span{at, at})
	return containsAny(r.d.low[s.start:s.end], payScales)
}

// statesPay says whether the document gives an amount of money anywhere:
// pay, a bonus, an allowance, the terms a conditions section would hold.
func statesPay(d *Document) bool {
	low := d.low
	for _, k := range d.moneyKeys() {
		for at := range occurrences(low, k) {
			if currencyAt(low, at, k) {
				return true
			}
		}
	}
	return false
}

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

// otherSum says whether the amount at offset at, of currency key k in
// sentence s, is a sum other than pay: "a training budget of €1,500 a
// year", "a $10,000 sign-on bonus", "£2m turnover", a fee asked. The
// words next to it say so, whatever else the sentence says; only its own
// clause counts ("Low Budget Agreement, $1,180 per week" names an
// agreement, then the pay).
func (r *run) otherSum(s span, at int, k string) bool {
	low := r.d.low
	// the words before the amount, not before its sign: a sign after the
	// figure ("actifs financiers supérieurs à 500 k€") would leave them
	// out of the window
	from := min(at, figureAt(low, at, len(k)).start)
	near := payClause(low, runeStart(low, max(s.start, from-32)), at, at+len(k), runeStart(low, min(s.end, at+len(k)+32)))
	return hasAnyWordStart(near, notPayWords) || bigAmountAt(low, at, len(k)) || perkAt(low, at, len(k)) || perkBefore(low, at) || r.feeAt(at)
}

// feeAt says whether the amount at offset at is a payment asked of the
// applicant, as the fee rule found it (rules run in id order, so it ran
// first): "All new hires pay $75 for the WHMIS course" gives no pay.
func (r *run) feeAt(at int) bool {
	for i, f := range r.res.Findings {
		if f.Rule == "applicant-fee" && i < len(r.offs) && r.offs[i].start <= at && at < r.offs[i].end {
			return true
		}
	}
	return false
}

// paySentence says whether a sentence of the text gives an amount of pay.
// named says the sentence must call it pay by a word of pay that is not
// a day's: where the posting calls its salary vague ("salaire
// attractif"), an amount elsewhere is a perk or a fee ("chèques-repas de
// 8 € par jour", "test technique rémunéré 150 €"), not the pay.
func (r *run) paySentence(named bool) bool {
	low := r.d.low
	for _, k := range r.d.moneyKeys() {
		past := 0 // the end of a range read as open, whose top is not pay either
		for at := range occurrences(low, k) {
			if !currencyAt(low, at, k) || at < past {
				continue
			}
			// "$20/hour and up", "$55,000 to $120,000": a floor or a range
			// too wide gives no pay (checkPayRange says so).
			if _, floor, wide, top := openPay(low, figureAt(low, at, len(k))); floor && !r.onScale(at) || wide {
				past = top
				continue
			}
			s := r.sentenceAround(span{at, at})
			if r.otherSum(s, at, k) || capAt(low, at) >= 0 {
				continue
			}
			sentence := low[s.start:s.end]
			// "£95,000 – £115,000 plus bonus": an amount the sentence does
			// not call anything else is pay.
			if named {
				if containsAny(sentence, namedPayWords) {
					return true
				}
				continue
			}
			if containsAny(sentence, payWords) || hasAnyWord(sentence, payWholeWords) || !hasAnyWordStart(sentence, notPayWords) {
				return true
			}
		}
	}
	// "85k–100k": a range in thousands, with no currency.
	for at := range occurrences(low, "k") {
		d := at
		for d > 0 && '0' <= low[d-1] && low[d-1] <= '9' {
			d--
		}
		// "V6K 1N6", a postcode: the figure must start a word
		if d < at && (d == 0 || !isWordRune(rune(low[d-1]))) && boundary(low, at+1) {
			rest := strings.TrimLeft(low[at+1:min(len(low), at+8)], " -–to")
			if rest != "" && '0' <= rest[0] && rest[0] <= '9' && !countedAfter(low, len(low)-len(strings.TrimLeft(low[at+1:], " -–to"))) {
				if s := r.a.sentenceAt(at); !named || s.start < s.end && containsAny(low[s.start:s.end], payWords) {
					return true
				}
			}
		}
	}
	return false
}

// countedAfter says whether the figure at low[i:] counts things a word
// after it names: "from 40k to 400k merchants", "10k–20k users" are not
// pay, "40k–50k", "40k-50k a year", "40k–50k + bonus" may be.
func countedAfter(low string, i int) bool {
	for i < len(low) && (isDigit(low[i]) || low[i] == 'k' || low[i] == '.' || low[i] == ',') {
		i++
	}
	w, _, _ := strings.Cut(strings.TrimLeft(low[i:], " "), " ")
	w = strings.TrimRight(w, ".,;:!?)")
	if w == "" || !isWordRune([]rune(w)[0]) || isDigit(w[0]) {
		return false
	}
	return !slices.Contains(countedNotPay, w) && !containsAny(w, payWords) && !slices.Contains(currencies, w)
}

// countedNotPay may follow a range of pay in thousands, besides the pay
// words and currencies countedAfter reads.
var countedNotPay = []string{"a", "an", "per", "par", "plus", "base", "ote", "doe", "depending", "dep", "selon", "net", "k", "yearly",
	"p.a", "pa", "package", "total", "and", "et", "with", "avec", "+", "neg", "negotiable", "tc", "ctc"}

// notPayWords mark a sentence whose amounts are not pay: a revenue, a
// budget, assets, a deal, a fee.
var notPayWords = []string{"turnover", "revenue", "portfolio", "assets", "worth", "budget", "sold", "funding", "raised",
	"valuation", "deal", "contract value", "chiffre d'affaires", "actifs", "portefeuille", "levée", "encours", "fee", "deposit",
	"frais", "kit", "pack", "caution", "participation", "cost", "coût", "prix", "price", "sign-on", "signing bonus",
	"bonus when", "levé", "retenir", "retenue", "retenus", "à ta charge", "à votre charge", "deducted", "deduction", "withheld",
	// a bonus for bringing a friend is no one's pay: "Referral bonus of $250 per tutor you bring in"
	"referral", "refer a friend", "parrainage", "cooptation", "end-of-season", "season bonus", "completion bonus",
	"retention bonus", "attendance bonus", "prime de fin de saison",
	// a tax-free part of pay an Australian not-for-profit offers, not the pay
	"salary packaging", "salary sacrifice",
	// money the employer raised or was given: "a $180,000 foundation grant"
	"grant", "fund", "subvention", "donation", "don de", "mécénat",
	// a membership the hire pays, not pay: "l'adhésion à l'association (30 € par an)"
	"adhésion", "cotisation", "membership",
	// a test paid for, not the job's pay: "Take-home (3 hours, paid at $150)"
	"take-home", "assignment", "exercise", "trial shift", "trial day", "test technique", "technical test",
	// money spent on the hire's learning: "tuition reimbursement of up to $5,000 a year"
	"tuition", "reimburse", "rembours", "learning budget", "training budget", "budget formation",
	// what others earn, not the job's pay: "nos meilleurs négociateurs dépassent 80 k€"
	"dépassent", "gagnent", "touchent", "meilleurs", "top performers", "top earners", "best performers", "highest earners"}

// paidAtWords, right before the minimum wage, make it the pay: "payé au
// SMIC horaire".
var paidAtWords = []string{"payé au", "payée au", "payés au", "rémunéré au", "rémunérée au", "rémunérés au", "paid at", "paid the"}

// perkWords, among the few words after an amount, make it a perk rather
// than pay: "$1,000 gear stipend every year", "£500 home-office allowance".
var perkWords = []string{"stipend", "stipends", "allowance", "allowances", "budget", "credit", "credits", "voucher", "vouchers",
	"chèques-repas", "chèque-repas", "repas", "éco-chèques", "écochèques", "titres-restaurant", "tickets-restaurant", "ticket-restaurant",
	"differential", "differentials", "premium", "premiums", "uplift", "supplement", "supplements",
	// help to move: "€3,000 relocation package", "2 000 € d'aide au déménagement"
	"relocation", "moving", "déménagement", "installation"}

// perkAt says whether the amount at a currency sign is a perk: one of
// perkWords within the three words after it.
func perkAt(low string, at, n int) bool {
	after := strings.FieldsFunc(low[at+n:min(len(low), at+n+56)], func(c rune) bool { return !isWordRune(c) && c != ',' && c != '.' })
	for i, w := range after {
		w = strings.Trim(w, ",.")
		// the amount and the words that qualify it, its unit among them
		// ("$1,000 annual gear and learning stipend", "$0.75/hour night
		// differential"), up to another amount or a word that starts
		// another thing ("$60,000 a year and a training budget")
		if i > 5 || i > 0 && (slices.Contains(perkStops, w) || w != "" && isDigit(w[0])) {
			break // another amount starts another thing: "$19.50/hr + $1.50/hr night premium"
		}
		if slices.Contains(perkWords, w) {
			return true
		}
	}
	return false
}

// perkStops end the words that qualify an amount.
var perkStops = []string{"a", "an", "plus", "with", "de", "par", "brut", "bruts", "gross", "net", "base", "salary", "salaire", "pay", "wage"}

// perkBefore says whether one of perkWords is the word before the amount
// at a currency sign, or before its "of": "a shift differential of $1.50".
func perkBefore(low string, at int) bool {
	i := at
	for i > 0 && strings.IndexByte(" 0123456789.,'k", low[i-1]) >= 0 {
		i--
	}
	w, at := wordBefore(low, i)
	if w == "of" || w == "de" {
		w, _ = wordBefore(low, at) // "a differential of $1.50"
	}
	return slices.Contains(perkWords, w)
}

// hasAnyWordStart reports whether one of words starts a word of low:
// "pack" is in "packs", not in "package"'s meaning of pay, so a word
// must end where it ends or with a plural s.
func hasAnyWordStart(low string, words []string) bool {
	for _, w := range words {
		for at := range occurrences(low, w) {
			e := at + len(w)
			if e < len(low) && low[e] == 's' {
				e++
			}
			if boundary(low, at) && boundary(low, e) {
				return true
			}
		}
	}
	return false
}

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
	// "$14M", "$2B", "£1.2bn": a letter for millions or billions right
	// after the figure, ending the word.
	num := strings.TrimLeft(after, " 0123456789.,")
	if num == "" || num[0] != 'm' && num[0] != 'b' {
		return false
	}
	return len(num) == 1 || !isWordRune(rune(num[1]))
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
	var vague []match
	if r.d.Facts != nil {
		salary = r.d.Facts.Salary
	} else {
		vague = r.find("pay-range")
		salary = r.paySentence(len(vague) > 0) || r.legalApprenticePay() || r.minimumWagePay() || r.jointCommitteeScale()
	}
	if salary {
		return
	}
	none := "Directive (EU) 2023/970 Art. 5 entitles applicants to the initial pay or its range, in the posting or before the interview (from June 2026), and applicants pass over postings with no pay"
	law, required := payLawOf(r.d)
	switch {
	case law != "":
		none = law + " requires the pay range in the posting"
	case !required:
		// No law asks for pay where the job is (the UK is not in the EU;
		// most US states and Canadian provinces ask nothing): advice.
		none = noPayLaw(r.d.Country) + ", but applicants pass over postings with no pay"
	}
	sev, why := r.l.payLevel(
		"%s requires the starting pay or its range to be given to applicants",
		"%s would require the starting pay or its range",
		none)
	if !required && len(r.l.profiles) == 0 {
		sev = Info
	}
	sug := `publish a range (e.g. "38,000–45,000 EUR a year")`
	if r.d.Lang == "fr" {
		sug = "publiez une fourchette (ex. « 38 000 – 45 000 € brut par an »)"
	}
	if r.d.Facts != nil {
		vague = r.find("pay-range")
	}
	// A wording that stands where the pay should be ("DOE", "selon
	// profil") dodges the question a candidate asks first: a warning
	// wherever the job is, where a posting silent on pay is advice only
	// under no law.
	for _, m := range vague {
		r.addAbout(m.p.category, m.span, max(sev, Warning), fmt.Sprintf("%q stands where the pay should be; %s", r.quote(m.span), why), m.p.suggest)
	}
	if r.d.Facts == nil {
		// "up to £28,000": a ceiling says neither the starting pay nor
		// a range.
		for _, k := range r.d.moneyKeys() {
			for at := range occurrences(r.d.low, k) {
				// not a ceiling on something else: "a tuition reimbursement
				// program of up to $5,000 per year"
				s := r.sentenceAround(span{at, at})
				if c := capAt(r.d.low, at); c >= 0 && amountAt(r.d.low, at, len(k)) && !r.otherSum(s, at, k) && !hasAnyWordStart(r.d.low[s.start:at], notPayWords) {
					e := at + len(k)
					for e < len(r.d.low) && strings.IndexByte(" 0123456789.,k", r.d.low[e]) >= 0 && (r.d.low[e] != ' ' || e == at+len(k)) {
						e++
					}
					for e > at+len(k) && strings.IndexByte(" ,.", r.d.low[e-1]) >= 0 {
						e--
					}
					// a warning wherever the job is, as a vague wording is:
					// the most anyone may earn dodges what a hire starts on
					r.addAbout("pay-range", span{c, e}, max(sev, Warning), fmt.Sprintf("%q gives a ceiling, not the starting pay or its range; %s", r.quote(span{c, e}), why), sug)
					return
				}
			}
		}
		// "$20/hour and up", "from $32.00 per hour": a floor with no top;
		// "$19.00 to $48.00": a range whose top is more than twice its
		// bottom tells applicants little more than no pay at all.
		for _, k := range r.d.moneyKeys() {
			for at := range occurrences(r.d.low, k) {
				if !currencyAt(r.d.low, at, k) || r.otherSum(r.sentenceAround(span{at, at}), at, k) {
					continue
				}
				q, floor, wide, _ := openPay(r.d.low, figureAt(r.d.low, at, len(k)))
				switch {
				case floor && !r.onScale(at):
					r.addAbout("pay-range", q, sev, fmt.Sprintf("%q gives a floor with no top, not the starting pay or its range; %s", r.quote(q), why), sug)
					return
				case wide:
					r.addAbout("pay-range", q, sev, fmt.Sprintf("%q is a range so wide (its top more than twice its bottom) that it does not tell the pay; %s", r.quote(q), why), sug)
					return
				}
			}
		}
	}
	if len(vague) == 0 {
		r.add(whole, sev, "no salary amount or range; "+why, sug)
	}
}

func checkPayHistory(r *run) {
	none := "Directive (EU) 2023/970 Art. 5(2) forbids asking applicants about their pay history"
	if law, eu := payHistoryLawOf(r.d); law != "" {
		none = law + " forbids asking applicants about their pay history"
	} else if !eu {
		// Where no law forbids the question it is still advice worth
		// giving: a past salary carries past pay gaps into the new job.
		none = "no law where the job is forbids it (" + jurisdictionOf(r.d.Country).Name + "), but it carries past pay gaps into the new job"
	}
	sev, why := r.l.payLevel("%s forbids asking applicants about their pay history",
		"%s would forbid asking applicants about their pay history",
		none)
	for _, m := range r.withConcepts("pay-history", r.find("pay-history")) {
		if r.negated(m) {
			continue
		}
		r.addAbout(m.p.category, m.span, sev, fmt.Sprintf("%q asks about %s; %s", r.quote(m.span), m.p.what, why), m.p.suggest)
	}
}

// euCountries are the EU's member states and the EEA's, where Directive
// (EU) 2023/970 applies (the EEA states by the Joint Committee's
// decision); Switzerland and the UK are not among them.
var euCountries = map[string]bool{"AT": true, "BE": true, "BG": true, "HR": true, "CY": true, "CZ": true, "DK": true,
	"EE": true, "FI": true, "FR": true, "DE": true, "GR": true, "HU": true, "IE": true, "IT": true, "LV": true, "LT": true,
	"LU": true, "MT": true, "NL": true, "PL": true, "PT": true, "RO": true, "SK": true, "SI": true, "ES": true, "SE": true,
	"IS": true, "LI": true, "NO": true}

// payState is a state or province: the words that place a job there and
// the law that requires a pay range in its postings.
type payState struct {
	country string
	names   []string // folded place names
	codes   []string // state or province codes, as an address writes them after a comma
	law     string
}

// payStates are the US states and Canadian provinces whose law requires
// a pay range in a job posting, the words that place a job there, and
// the law.
var payStates = []payState{
	{"US", []string{"new york", "nyc", "brooklyn", "manhattan", "queens", "bronx", "staten island", "ithaca", "westchester"}, []string{"NY"}, "New York Labor Law §194-b"},
	{"US", []string{"california", "los angeles", "san francisco", "san diego", "san jose", "oakland", "sacramento", "fresno", "palo alto", "irvine"}, []string{"CA"}, "California Labor Code §432.3"},
	{"US", []string{"colorado", "denver", "boulder", "colorado springs", "aurora"}, []string{"CO"}, "Colorado's Equal Pay for Equal Work Act (C.R.S. §8-5-201)"},
	{"US", []string{"washington state", "seattle", "tacoma", "spokane", "bellevue", "redmond"}, []string{"WA"}, "Washington's Equal Pay and Opportunities Act (RCW 49.58.110)"},
	{"US", []string{"illinois", "chicago", "springfield, il", "naperville", "evanston"}, []string{"IL"}, "the Illinois Equal Pay Act (820 ILCS 112/10)"},
	{"US", []string{"maryland", "baltimore", "annapolis"}, []string{"MD"}, "Maryland's Wage Range Transparency Act"},
	{"US", []string{"minnesota", "minneapolis", "st. paul", "saint paul"}, []string{"MN"}, "Minnesota Statutes §181.173"},
	{"US", []string{"hawaii", "honolulu"}, []string{"HI"}, "Hawaii Revised Statutes §378-2.4"},
	{"US", []string{"washington, dc", "washington dc", "washington, d.c.", "district of columbia"}, []string{"DC"}, "the District of Columbia's Wage Transparency Omnibus Amendment Act"},
	{"US", []string{"new jersey", "jersey city", "newark", "hoboken", "trenton"}, []string{"NJ"}, "New Jersey's pay transparency law (P.L. 2024, c.91)"},
	{"US", []string{"massachusetts", "boston", "worcester"}, []string{"MA"}, "Massachusetts General Laws c.149 §105F"},
	{"US", []string{"vermont", "burlington, vt", "montpelier"}, []string{"VT"}, "Vermont's pay transparency law (21 V.S.A. §495o)"},
	{"CA", []string{"british columbia", "vancouver", "surrey, bc", "burnaby", "kelowna"}, []string{"BC"}, "British Columbia's Pay Transparency Act s.13"},
	{"CA", []string{"prince edward island", "charlottetown"}, []string{"PE"}, "Prince Edward Island's Employment Standards Act s.5.7"},
	{"CA", []string{"ontario", "toronto", "ottawa", "mississauga", "brampton", "hamilton", "london, on", "kitchener", "waterloo"}, []string{"ON"}, "Ontario's Employment Standards Act s.8.2"},
}

// payHistoryBans are the laws of the US states and Canadian provinces of
// payStates that forbid asking applicants about their pay history, by the
// state's or province's code.
var payHistoryBans = map[string]string{
	"NY": "New York Labor Law §194-a",
	"CA": "California Labor Code §432.3",
	"CO": "Colorado's Equal Pay for Equal Work Act (C.R.S. §8-5-102)",
	"WA": "Washington's Equal Pay and Opportunities Act (RCW 49.58.100)",
	"IL": "the Illinois Equal Pay Act (820 ILCS 112/10(b-5))",
	"MD": "Maryland Labor and Employment Article §3-304.2",
	"HI": "Hawaii Revised Statutes §378-2.3",
	"NJ": "New Jersey's salary history law (N.J.S.A. 34:6B-20)",
	"MA": "Massachusetts General Laws c.149 §105A(c)",
	"VT": "21 V.S.A. §495m",
	"BC": "British Columbia's Pay Transparency Act s.13",
	"PE": "Prince Edward Island's Employment Standards Act s.5.6",
}

// payHistoryLawOf names the law that forbids asking about pay history
// where the job is, "" where no state's or province's does; eu says the
// EU directive applies (in the EU and the EEA, and for a posting whose
// country nothing tells).
func payHistoryLawOf(d *Document) (law string, eu bool) {
	if directiveApplies(d) {
		return "", true
	}
	if s := payStateOf(d); s != nil {
		return payHistoryBans[s.codes[0]], false
	}
	return "", false
}

// directiveApplies says whether Directive (EU) 2023/970 applies where the
// document's job is: in the EU and the EEA, and where nothing tells the
// country (the EU default).
func directiveApplies(d *Document) bool {
	j := d.jurisdiction()
	return j.ID == "fr" || j.ID == "eu" && d.Country == "" || euCountries[d.Country]
}

// payStateOf is the state or province of payStates where the document's
// job is, nil when it names none.
func payStateOf(d *Document) *payState {
	for i := range payStates {
		s := &payStates[i]
		if s.country != d.Country {
			continue
		}
		for _, n := range s.names {
			if hasWord(d.low, n) {
				return s
			}
		}
		for _, c := range s.codes {
			if strings.Contains(d.text, ", "+c) && hasWord(d.text, c) {
				return s
			}
		}
	}
	return nil
}

// payLawOf says which law requires a pay range in the posting for the
// document's job: law names a state's or a province's, required is false
// where none does. The EU directive applies in the EU and the EEA, and to
// a posting whose country nothing tells (the EU default).
func payLawOf(d *Document) (law string, required bool) {
	if directiveApplies(d) {
		return "", true
	}
	if s := payStateOf(d); s != nil {
		return s.law, true
	}
	return "", false
}

// noPayLaw says that no law requires a pay range where the job is.
func noPayLaw(country string) string {
	switch country {
	case "GB":
		return "no UK law requires a pay range in a posting"
	case "US":
		return "no federal law requires a pay range, and the posting names no state that does (New York, California, Colorado, Washington, Illinois…)"
	case "CA":
		return "no law requires a pay range in Canada outside British Columbia, Prince Edward Island and Ontario"
	}
	return "no law requires a pay range in a posting in " + values.CountryName(country, "en")
}

// legalPayWords state that the pay is the one a law sets for the
// contract: an apprentice's percentage of the minimum wage.
var legalPayWords = []string{"grille légale", "barème légal", "rémunération légale", "salaire légal", "minimum légal",
	"% du smic", "% du smc", "pourcentage du smic", "du smic selon", "selon l'âge et l'année", "réglementation en vigueur",
	"rémunération réglementaire", "apprentice rate", "minimum wage for apprentices", "apprentice minimum wage",
	"legal scale", "statutory rate", "statutory scale", "set by law", "% of the smic", "percentage of the smic",
	"% of the minimum wage", "national minimum wage", "award rate"}

// legalApprenticePay says whether an apprenticeship posting states its
// pay as the scale the law sets: that is the pay, stated.
func (r *run) legalApprenticePay() bool {
	return r.apprenticeship(-1) && containsAny(r.d.low, legalPayWords)
}

// minimumWagePay says whether the posting states its pay as the
// minimum wage, or the minimum wage and a share more ("Salaire : SMIC
// horaire agricole + 10 %"): an amount the law sets, so a pay stated. A
// floor said of it ("au-dessus du SMIC", "from minimum wage") is not.
func (r *run) minimumWagePay() bool {
	low := r.d.low
	for _, k := range minimumWageWords {
		for at := range occurrences(low, k) {
			if !boundary(low, at) {
				continue
			}
			s := r.sentenceAround(span{at, at})
			before := low[max(s.start, runeStart(low, max(0, at-24))):at]
			if (containsAny(low[s.start:s.end], namedPayWords) || containsAny(before, paidAtWords)) && !hasAnyWord(before, floorWords) {
				return true
			}
		}
	}
	return false
}

// jointCommitteeScale says whether the posting states its pay as the
// scale of a numbered Belgian joint committee ("une rémunération conforme
// aux barèmes de la CP 200"): a public scale by seniority and function,
// so a pay stated.
func (r *run) jointCommitteeScale() bool {
	low := r.d.low
	for _, k := range []string{"barème", "barema"} {
		for at := range occurrences(low, k) {
			s := r.sentenceAround(span{at, at})
			text := low[s.start:s.end]
			for _, cp := range []string{"cp ", "pc ", "commission paritaire ", "paritair comité "} {
				if i := strings.Index(text, cp); i >= 0 && i+len(cp) < len(text) && isDigit(text[i+len(cp)]) {
					return true
				}
			}
		}
	}
	return false
}

// minimumWageWords name the minimum wage a law sets.
var minimumWageWords = []string{"smic", "salaire minimum", "salaire social minimum", "minimum wage"}

// floorWords, as words before a pay, make it a floor: "au-dessus du SMIC"
// (not the "over" of "turnover").
var floorWords = []string{"au-dessus", "above", "more than", "plus que", "supérieur", "à partir", "from", "starting", "dès", "at least",
	"au moins", "over", "beyond"}

// capWords, right before an amount, make it a ceiling: "up to £28,000",
// "jusqu'à 2 400 €".
var capWords = []string{"up to", "jusqu'à", "jusqu’à", "maximum", "max", "max.", "as much as", "plafonné à", "no more than", "not exceeding"}

// capAt returns where the ceiling word before the amount whose currency
// sign is at offset at starts, or -1 when none stands there: the amount's
// number is read back over when it stands before its sign ("2 400 €").
func capAt(low string, at int) int {
	i := at
	for i > 0 && strings.IndexByte(" 0123456789.,'k", low[i-1]) >= 0 {
		i--
	}
	before := strings.TrimRight(low[max(0, i-16):i], " ")
	for _, w := range capWords {
		if strings.HasSuffix(before, w) {
			j := i - (len(low[max(0, i-16):i]) - len(before)) - len(w)
			if j > 0 && isWordRune(rune(low[j-1])) {
				continue
			}
			// "de 2 000 jusqu'à 2 400 €", "from £24k up to £28k": a
			// figure before the ceiling makes a range
			lead := strings.TrimRight(low[max(0, j-12):j], " €£$")
			if lead != "" && (strings.IndexByte("0123456789", lead[len(lead)-1]) >= 0 || strings.HasSuffix(lead, "k")) {
				return -1
			}
			return j
		}
	}
	return -1
}

// clauseSeps end a clause around an amount; a comma inside a figure
// ("$1,180") has no space after it.
var clauseSeps = []string{", ", "; ", " | ", " – ", " — "}

// payClause is low[lo:hi] cut to the clause of the amount at low[at:end].
func payClause(low string, lo, at, end, hi int) string {
	for _, sep := range clauseSeps {
		if i := strings.LastIndex(low[lo:at], sep); i >= 0 {
			lo += i + len(sep)
		}
		if i := strings.Index(low[end:hi], sep); i >= 0 {
			hi = end + i
		}
	}
	return low[lo:hi]
}

// A figure is an amount's number and currency sign in the text, with its
// value (0 when it cannot be read).
type figure struct {
	span
	value float64
}

// figureAt is the amount whose currency sign is at low[at:at+n], its
// number read after the sign ("$32.00") or before it ("2 400 €", "45k€").
func figureAt(low string, at, n int) figure {
	f := figure{span: span{at, at + n}}
	i := at + n
	for i < len(low) && low[i] == ' ' {
		i++
	}
	if i < len(low) && isDigit(low[i]) {
		j := digitsEnd(low, i, false)
		if j < len(low) && low[j] == 'k' && (j+1 == len(low) || !isWordRune(rune(low[j+1]))) {
			j++
		}
		f.end, f.value = j, figureValue(low[i:j])
		return f
	}
	j := at
	for j > 0 && strings.IndexByte(" 0123456789.,k", low[j-1]) >= 0 {
		j--
	}
	for j < at && strings.IndexByte(" .,", low[j]) >= 0 {
		j++
	}
	f.start, f.value = j, figureValue(strings.TrimSpace(low[j:at]))
	return f
}

// digitsEnd is where the number whose first digit is at low[i] ends:
// digits, and a separator (a point or a comma, and a space when spaced
// is set: "2 400") only where a digit follows it.
func digitsEnd(low string, i int, spaced bool) int {
	for i < len(low) && (isDigit(low[i]) ||
		(low[i] == '.' || low[i] == ',' || spaced && low[i] == ' ') && i+1 < len(low) && isDigit(low[i+1])) {
		i++
	}
	return i
}

// figureValue reads "55,000", "19.50", "2 400", "2 400,50", "45k": a
// separator followed by three digits and no more separates thousands,
// another one starts the decimals. It allocates nothing: it runs on every
// amount of every posting.
func figureValue(s string) float64 {
	mult := 1.0
	if n := len(s); n > 0 && s[n-1] == 'k' {
		s, mult = strings.TrimRight(s[:n-1], " "), 1000
	}
	v, frac := 0.0, 0.0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isDigit(c):
			if frac > 0 {
				frac /= 10
				v += float64(c-'0') * frac
			} else {
				v = v*10 + float64(c-'0')
			}
		case c == ',' || c == '.' || c == ' ':
			k := i + 1
			for k < len(s) && isDigit(s[k]) {
				k++
			}
			if k-i-1 != 3 || k < len(s) && isDigit(s[k]) {
				if c == ' ' || frac > 0 {
					return 0
				}
				frac = 1 // the decimals
			}
		default:
			return 0
		}
	}
	return v * mult
}

// payUnits follow a figure of pay and say what it is per: read past them
// to the words that make it a floor or a range.
var payUnits = []string{"/hour", "/hr", "/h", "/year", "/yr", "/month", "/week", "/day", "/an", "/mois", "/heure", "per hour", "an hour",
	"a year", "per year", "per annum", "a month", "per month", "a week", "per week", "a day", "per day", "de l'heure", "de l’heure",
	"l'heure", "l’heure", "par heure", "par an", "par mois", "par semaine", "par jour", "brut", "bruts", "gross", "net", "usd", "cad",
	"aud", "sgd", "eur", "euros", "dollars", "hourly", "annually", "base"}

// afterUnits is where the text after a figure goes on past its units and
// spaces.
func afterUnits(low string, e int) int {
	rest := low[e:]
	for range 3 {
		t := strings.TrimLeft(rest, " ")
		cut := false
		for _, u := range payUnits {
			if strings.HasPrefix(t, u) && (len(t) == len(u) || !isWordRune(rune(t[len(u)]))) {
				rest, cut = t[len(u):], true
				break
			}
		}
		if !cut {
			break
		}
	}
	return len(low) - len(strings.TrimLeft(rest, " "))
}

// payFloorBefore, right before an amount, and payFloorAfter, right after it and
// its units, make it a floor with no top: "from $32.00 per hour", "$20/hour
// and up", "à partir de 11,50 €", "$22+/hour". A floor is neither the
// starting pay nor a range: the pay could be anything above it.
var (
	payFloorBefore = []string{"from", "starting at", "starting from", "starts at", "start at", "beginning at", "at least", "minimum of",
		"no less than", "not less than", "à partir de", "dès", "au moins", "au minimum", "minimum", "min.", "min"}
	payFloorAfter = []string{"and up", "and upward", "and upwards", "and above", "and over", "or more", "or above", "or higher",
		"et plus", "ou plus", "minimum", "au minimum", "et au-delà", "et au delà", "+"}
	// rangeJoins between two figures make a range: "$19.00 to $48.00".
	rangeJoins = []string{"-", "–", "—", "to", "à", "and", "et", "through"}
)

// openPay says whether the amount f is a floor or the bottom of a range too
// wide to tell the pay (the top more than twice the bottom), with the span a
// finding quotes; top is where a range's second figure ends, f.end if none.
func openPay(low string, f figure) (quote span, floor, wide bool, top int) {
	// what follows the figure's units, as far as a range's second figure
	// could stand: nothing when spaces run on past it
	restAt := afterUnits(low, f.end)
	rest := low[restAt:max(restAt, min(len(low), f.end+64))]
	top = f.end
	for _, j := range rangeJoins {
		r, ok := strings.CutPrefix(rest, j)
		if !ok || isWordRune(rune(j[0])) && r != "" && isWordRune(rune(r[0])) {
			continue
		}
		r = strings.TrimLeft(r, " ")
		at := restAt + len(rest) - len(r)
		for _, k := range currencyKeys {
			if strings.HasPrefix(r, k) {
				at += len(k)
				break
			}
		}
		if at >= len(low) || !isDigit(low[at]) {
			continue // "and up": no second figure
		}
		e := digitsEnd(low, at, true)
		if e < len(low) && low[e] == 'k' {
			e++
		}
		hi := figureValue(strings.TrimSpace(low[at:e]))
		if e < len(low) && strings.HasPrefix(low[e:], " ") {
			for _, k := range currencyKeys {
				if strings.HasPrefix(low[e+1:], k) && k[0] >= utf8.RuneSelf {
					e += 1 + len(k)
					break
				}
			}
		}
		top = e
		if f.value > 0 && hi > 2*f.value && hi < 1000*f.value {
			return span{f.start, e}, false, true, top
		}
		return span{}, false, false, top
	}
	if f.end < len(low) && low[f.end] == '+' {
		return span{f.start, f.end + 1}, true, false, top
	}
	for _, w := range payFloorAfter {
		// "12,20 € brut + prime", "$19.50/hr + $1.50/hr night premium": a
		// plus that adds a word or another sum adds pay, it does not open
		// the figure
		if w == "+" && strings.HasPrefix(rest, "+ ") && len(rest) > 2 &&
			(isWordRune(rune(rest[2])) && !isDigit(rest[2]) || slices.ContainsFunc(currencyKeys, func(k string) bool { return strings.HasPrefix(rest[2:], k) })) {
			continue
		}
		if strings.HasPrefix(rest, w) && (w == "+" || len(rest) == len(w) || !isWordRune(rune(rest[len(w)]))) {
			return span{f.start, restAt + len(w)}, true, false, top
		}
	}
	before := strings.TrimRight(low[max(0, f.start-16):f.start], " ")
	for _, w := range payFloorBefore {
		if strings.HasSuffix(before, w) {
			j := f.start - (len(low[max(0, f.start-16):f.start]) - len(before)) - len(w)
			if j > 0 && isWordRune(rune(low[j-1])) {
				continue
			}
			return span{j, f.end}, true, false, top
		}
	}
	return span{}, false, false, top
}
