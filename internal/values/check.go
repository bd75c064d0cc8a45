package values

import (
	"fmt"
	"math"
	"net/mail"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/usertext"
)

// The allowed values of each enumerated key; the flags, their completion
// and help text read these, and role.Sizes and role.Seniorities, too.
var (
	RemoteModes   = []string{"onsite", "hybrid", "remote"}
	ContractTypes = []string{"permanent", "fixed-term", "freelance", "internship", "apprenticeship", "interim"}
	HoursKinds    = []string{"full-time", "part-time"}
	PayPeriods    = []string{"hour", "day", "week", "month", "year"}
	// RatePeriods are the pay periods of a freelance's rate: a yearly
	// amount is a salary.
	RatePeriods = []string{"hour", "day", "week", "month"}
	Seniorities = role.Seniorities()
	Lengths     = []string{"standard", "full"}
	// Statuses are the French employee categories (statut).
	Statuses = []string{"cadre", "non-cadre", "agent-de-maitrise"}
	// WorkPermits are the answers to "can I work there?": the right to
	// work is the candidate's to bring, or the employer sponsors the visa.
	WorkPermits = []string{"required", "sponsored"}
)

// ContractWords are the French words accepted for the contract types, in
// the order of ContractTypes.
func ContractWords() []string {
	var words []string
	for _, t := range ContractTypes {
		for _, w := range role.SortedKeys(contractWords) {
			if contractWords[w] == t {
				words = append(words, w)
			}
		}
	}
	return words
}

// ContractSpellings are every accepted contract type: the codes, then the
// French words, for messages and completion.
func ContractSpellings() []string {
	return append(slices.Clone(ContractTypes), ContractWords()...)
}

// Freelance is the contract type of a self-employed contractor, paid a
// rate rather than a salary.
const Freelance = "freelance"

// Bounds of the whole-number values.
const (
	MaxRemoteDays = 5
	MaxTeamSize   = 100_000
)

// ManagerPlaceholder is what a recruitment step writes for the person
// the job reports to ("Interview with {manager}"), which the posting
// words for the role.
const ManagerPlaceholder = "{manager}"

// unknownPlaceholder is the first brace or braced word in s other than
// ManagerPlaceholder, "" when there is none.
func unknownPlaceholder(s string) string {
	for rest := s; ; {
		i := strings.IndexAny(rest, "{}")
		if i < 0 {
			return ""
		}
		if strings.HasPrefix(rest[i:], ManagerPlaceholder) {
			rest = rest[i+len(ManagerPlaceholder):]
			continue
		}
		if j := strings.IndexByte(rest[i:], '}'); rest[i] == '{' && j > 0 {
			return rest[i : i+j+1]
		}
		return rest[i : i+1]
	}
}

// DateLayout is how dates are written in values: 2027-01-15.
const DateLayout = "2006-01-02"

// Check returns every problem with the values, located by key path
// ("salary.currency") so a caller can point at the file and line.
func (v *Set) Check() []role.Problem {
	return append(v.CheckFields(), v.checkRelations()...)
}

// CheckFields returns the problems of each value on its own: what one
// layer (a file, a batch entry) can be held to before the others join it.
func (v *Set) CheckFields() []role.Problem {
	var ps []role.Problem
	add := func(path, format string, args ...any) {
		ps = append(ps, role.Problem{Path: path, Msg: fmt.Sprintf(format, args...)})
	}
	oneOf := func(path, value string, allowed []string) {
		if value != "" && !slices.Contains(allowed, value) {
			add(path, "invalid %s %s: use one of %s", path, usertext.Quote(value), strings.Join(allowed, ", "))
		}
	}
	oneOf("lang", v.Lang, role.Languages())
	oneOf("company.size", v.Company.Size, role.Sizes())
	oneOf("company.working_language", v.Company.WorkingLanguage, role.Languages())
	oneOf("location.remote", v.Location.Remote, RemoteModes)
	if t := v.Contract.Type; t != "" && !slices.Contains(ContractTypes, t) {
		add("contract.type", "invalid contract.type %s: use one of %s", usertext.Quote(t), strings.Join(ContractSpellings(), ", "))
	}
	oneOf("contract.hours", v.Contract.Hours, HoursKinds)
	oneOf("salary.period", v.Salary.Period, PayPeriods)
	oneOf("seniority", v.Seniority, Seniorities)
	oneOf("length", v.Length, Lengths)
	oneOf("contract.status", v.Contract.Status, Statuses)
	oneOf("contract.work_permit", v.Contract.WorkPermit, WorkPermits)
	if d := v.Location.RemoteDays; d < 0 || d > MaxRemoteDays {
		add("location.remote_days", "location.remote_days: expected 1 to %d days a week, got %d", MaxRemoteDays, d)
	}
	if wt := v.Contract.WorkingTime; wt != "" {
		if _, ok := ParseWorkingTime(wt); !ok {
			add("contract.working_time", "invalid contract.working_time %s: use hours a week from 1 to %d (35h, 24,5h) or %s", usertext.Quote(wt), MaxWeeklyHours, ForfaitJours)
		}
	}
	if d := v.Contract.DaysPerYear; d < 0 || d > MaxForfaitDays {
		add("contract.days_per_year", "contract.days_per_year: expected 1 to %d days worked a year, got %d", MaxForfaitDays, d)
	}
	if n := v.Team.Size; n < 0 || n > MaxTeamSize {
		add("team.size", "team.size: expected a number of people from 1 to %d, got %d", MaxTeamSize, n)
	}
	if n := v.Team.GrowsTo; n < 0 || n > MaxTeamSize {
		add("team.grows_to", "team.grows_to: expected a number of people from 1 to %d, got %d", MaxTeamSize, n)
	} else if n > 0 && n < v.Team.Size {
		add("team.grows_to", "team.grows_to: %d, below team.size (%d): give the head count the team will reach", n, v.Team.Size)
	}
	if c := v.Location.Country; c != "" {
		if !IsCountry(c) {
			add("location.country", "unknown country code %s: use an ISO 3166 alpha-2 code like FR, BE or CA", usertext.Quote(c))
		}
	}
	s := v.Salary
	scale, known := Scale(s.Currency)
	if s.Currency != "" && !known {
		add("salary.currency", "unknown currency %s: use an ISO 4217 code like EUR, USD or GBP", usertext.Quote(s.Currency))
	}
	for _, a := range []struct {
		path string
		n    float64
	}{{"salary.min", s.Min}, {"salary.max", s.Max}} {
		if a.n == 0 {
			continue // not given
		}
		msg := CheckAmount(a.path, a.n)
		if msg == "" && known {
			msg = checkPrecision(a.path, a.n, s.Currency, scale)
		}
		if msg != "" {
			add(a.path, "%s", msg)
		}
	}
	for _, d := range []struct{ path, value string }{{"start", v.Start}, {"posted", v.Posted}, {"valid_through", v.ValidThrough}} {
		// An empty date is none; parsing it only made an error to drop.
		if d.value == "" {
			continue
		}
		if _, err := time.Parse(DateLayout, d.value); err != nil {
			add(d.path, "invalid date %s %s: write it as YYYY-MM-DD, e.g. 2027-01-15", d.path, usertext.Quote(d.value))
		}
	}
	if u := v.Company.URL; u != "" && !webURL(u) {
		add("company.url", "invalid company.url %s: use a full http(s) address", usertext.Quote(u))
	}
	if u := v.Apply.URL; u != "" && !webURL(u) {
		add("apply.url", "invalid apply.url %s: use a full http(s) address", usertext.Quote(u))
	}
	if e := v.Apply.Email; e != "" {
		if !plainAddress(e) {
			add("apply.email", "invalid apply.email %s: use a plain address like jobs@example.com", usertext.Quote(e))
		}
	}
	text := func(path, value string, oneLine bool) {
		switch p := usertext.Problem(value, oneLine); p {
		case "":
		case usertext.LineBreak:
			add(path, "line break in %s: it is a one-line value; write it on one line", path)
		default:
			add(path, "%s in %s; remove it", p, path)
		}
	}
	langs := func(path string, byLang []string) {
		for _, lang := range byLang {
			if !slices.Contains(role.Languages(), lang) {
				add(path+"."+lang, "%s: unknown language %s; use %s", path, usertext.Quote(lang), strings.Join(role.Languages(), " or "))
			}
		}
	}
	// Only the company's presentation may hold paragraphs; a line break in
	// any other value would break the posting's structure.
	for _, t := range []struct {
		path    string
		value   ValueText
		oneLine bool
	}{{"company.about", v.Company.About, false}, {"client.about", v.Client.About, false}, {"company.why_join", v.Company.WhyJoin, false},
		{"company.inclusion", v.Company.Inclusion, true}, {"company.privacy", v.Company.Privacy, true},
		{"team.name", v.Team.Name, true}, {"apply.note", v.Apply.Note, true}, {"team.with", v.Team.With, true}, {"team.crew", v.Team.Crew, true}, {"title_suffix", v.TitleSuffix, true}, {"contract.duration", v.Contract.Duration, true},
		{"contract.reason", v.Contract.Reason, true}, {"contract.after", v.Contract.After, true},
		{"contract.on_call", v.Contract.OnCall, true}, {"contract.on_call_pay", v.Contract.OnCallPay, true}, {"contract.on_call_duty", v.Contract.OnCallDuty, true},
		{"contract.travel", v.Contract.Travel, true},
		{"contract.agreement_note", v.Contract.AgreementNote, true}, {"company.working_language_use", v.Company.WorkingLanguageUse, true},
		{"contract.probation", v.Contract.Probation, true}, {"contract.relocation", v.Contract.Relocation, true},
		{"contract.paid_leave", v.Contract.PaidLeave, true}, {"salary.note", v.Salary.Note, true},
		{"scope", v.Scope, true}, {"process_note", v.ProcessNote, true}} {
		if t.value.ByLang == nil {
			text(t.path, t.value.All, t.oneLine)
			continue
		}
		langs(t.path, role.SortedKeys(t.value.ByLang))
		for _, lang := range role.SortedKeys(t.value.ByLang) {
			text(t.path+"."+lang, t.value.ByLang[lang], t.oneLine)
		}
	}
	for _, t := range []struct{ path, value string }{
		{"company.name", v.Company.Name}, {"company.url", v.Company.URL}, {"client.name", v.Client.Name},
		{"location.district", v.Location.District}, {"location.city", v.Location.City}, {"location.region", v.Location.Region},
		{"contract.agreement", v.Contract.Agreement},
		{"reference", v.Reference}, {"apply.url", v.Apply.URL}, {"apply.email", v.Apply.Email},
	} {
		text(t.path, t.value, true)
	}
	items := func(path, noun string, list []string) {
		for i, item := range list {
			at := fmt.Sprintf("%s[%d]", path, i)
			if strings.TrimSpace(item) == "" {
				add(at, "empty %s in %s; remove it", noun, path)
			}
			text(at, item, true)
			// A step's placeholder the posting does not fill would be
			// published as typed: "Call with {Manager}".
			if noun == "step" {
				if ph := unknownPlaceholder(item); ph != "" {
					add(at, "%s: unknown placeholder %s; a step may name the person the job reports to as %s, and nothing else in braces", at, usertext.Quote(ph), ManagerPlaceholder)
				}
			}
		}
	}
	for _, l := range []struct {
		path, noun string
		list       TextList
	}{{"benefits", "benefit", v.Benefits}, {"process", "step", v.Process}, {"process_lead", "step", v.ProcessLead}} {
		items(l.path, l.noun, l.list.All)
		langs(l.path, role.SortedKeys(l.list.ByLang))
		for _, lang := range role.SortedKeys(l.list.ByLang) {
			items(l.path+"."+lang, l.noun, l.list.ByLang[lang])
		}
	}
	for _, list := range []struct {
		key string
		ids []string
	}{{"missions", v.Missions}, {"skills", v.Skills}} {
		for i, id := range list.ids {
			if !role.ValidID(id) {
				add(fmt.Sprintf("%s[%d]", list.key, i), "invalid id %s in %s: name a %s of the role by its id, e.g. %s", usertext.Quote(id), list.key, strings.TrimSuffix(list.key, "s"), map[string]string{"missions": "animate", "skills": "seo"}[list.key])
			}
		}
	}
	return ps
}

// checkRelations returns the problems between values: those only the
// merged values of every layer can be held to.
func (v *Set) checkRelations() []role.Problem {
	var ps []role.Problem
	add := func(path, format string, args ...any) {
		ps = append(ps, role.Problem{Path: path, Msg: fmt.Sprintf(format, args...)})
	}
	s := v.Salary
	ok := func(n float64) bool { return CheckAmount("", n) == "" }
	if s.Max > 0 && s.Min > s.Max && ok(s.Min) && ok(s.Max) {
		add("salary.min", "salary min %s is above max %s; swap them", Number(s.Min), Number(s.Max))
	}
	if v.Contract.Type == Freelance && (s.Min > 0 || s.Max > 0) && s.Period != "" && !slices.Contains(RatePeriods, s.Period) {
		add("salary.period", "a freelance is paid a rate, not a salary %s: set salary.period to %s (day for a TJM), or contract.type to an employee's contract", "per "+s.Period, usertext.OrList(RatePeriods))
	}
	if (s.Min > 0 || s.Max > 0) && s.Currency == "" {
		add("salary.currency", "salary has no currency; set salary.currency, e.g. EUR")
	}
	if v.Posted != "" && v.ValidThrough != "" {
		p, errP := time.Parse(DateLayout, v.Posted)
		vt, errV := time.Parse(DateLayout, v.ValidThrough)
		if errP == nil && errV == nil && vt.Before(p) {
			add("valid_through", "valid_through %s is before the posted date %s", v.ValidThrough, v.Posted)
		}
	}
	switch interim := v.Contract.Type == "interim"; {
	case interim && v.Contract.Duration.IsZero():
		add("contract.duration", "contract.type interim needs contract.duration, the mission's length (e.g. \"6 mois\"); add it")
	case !interim && (v.Client.Name != "" || !v.Client.About.IsZero()):
		add("client", "client describes the company a temporary worker is placed with; set contract.type: interim, or move it to company")
	}
	c := v.Contract
	goesWith := func(path string, given bool, with string, ok bool) {
		if given && !ok {
			add(path, "%s goes with %s; set it, or drop %s", path, with, path)
		}
	}
	wt, _ := ParseWorkingTime(c.WorkingTime)
	goesWith("contract.days_per_year", c.DaysPerYear > 0, "contract.working_time: "+ForfaitJours, wt.Forfait)
	goesWith("contract.reason", !c.Reason.IsZero(), "contract.type: fixed-term or interim", c.Type == "fixed-term" || c.Type == "interim")
	goesWith("contract.after", !c.After.IsZero(), "contract.type: fixed-term, interim, internship or apprenticeship",
		slices.Contains([]string{"fixed-term", "interim", "internship", "apprenticeship"}, c.Type))
	goesWith("contract.on_call_pay", !c.OnCallPay.IsZero(), "contract.on_call (the duty it pays)", !c.OnCall.IsZero())
	if v.Location.RemoteDays > 0 && v.Location.Remote != "hybrid" {
		now := "not set"
		if v.Location.Remote != "" {
			now = usertext.Quote(v.Location.Remote)
		}
		add("location.remote_days", "location.remote_days goes with location.remote: hybrid (it is %s); set remote to hybrid or drop remote_days", now)
	}
	return ps
}

// MaxAmount bounds salary amounts: no posting pays a billion a period, and
// a bound keeps formatting far from float and integer limits.
const MaxAmount = 1e9

// CheckAmount returns the problem with an amount given for path, "" when
// it is finite, positive and below MaxAmount. Values read a zero as not
// given and do not ask.
func CheckAmount(path string, n float64) string {
	if n > 0 && n < MaxAmount {
		return ""
	}
	return fmt.Sprintf("%s: expected a finite positive amount below 1,000,000,000, got %s", path, strconv.FormatFloat(n, 'g', -1, 64))
}

// checkPrecision refuses an amount with more decimals than its currency
// has (cents for EUR, none for JPY) rather than print a rounded figure
// that is not what was asked.
func checkPrecision(path string, n float64, cur string, scale int) string {
	units := n * math.Pow10(scale)
	if math.Abs(units-math.Round(units)) < 1e-6 {
		return ""
	}
	if scale == 0 {
		return fmt.Sprintf("%s: %s has decimals, but %s amounts have none; round it", path, strconv.FormatFloat(n, 'f', -1, 64), cur)
	}
	return fmt.Sprintf("%s: %s has more decimals than %s amounts have (%d); round it", path, strconv.FormatFloat(n, 'f', -1, 64), cur, scale)
}

// currencies are the ISO 4217 codes of money in use, with the decimals
// of their minor unit: List One as amended up to 2025-03-31 (XCG
// replacing ANG). Left out: withdrawn codes (HRK, VEF, MRO, STD, SLL,
// CUC, ZWL, ANG, FRF), codes for testing (XTS) or no currency (XXX),
// precious metals (XAU), and funds and units of account (CHE, CLF, UYW,
// XDR). A table of its own, not a library's: one that lagged behind
// refused VES, VED, MRU, SLE and ZWG and took HRK, VEF and MRO. Review it
// when ISO publishes an amendment.
var currencies = map[string]int{
	// No minor unit.
	"BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0,
	"KRW": 0, "PYG": 0, "RWF": 0, "UGX": 0, "VND": 0, "VUV": 0, "XAF": 0,
	"XOF": 0, "XPF": 0,
	// Thousandths.
	"BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
	// Hundredths.
	"AED": 2, "AFN": 2, "ALL": 2, "AMD": 2, "AOA": 2, "ARS": 2, "AUD": 2,
	"AWG": 2, "AZN": 2, "BAM": 2, "BBD": 2, "BDT": 2, "BGN": 2, "BMD": 2,
	"BND": 2, "BOB": 2, "BRL": 2, "BSD": 2, "BTN": 2, "BWP": 2, "BYN": 2,
	"BZD": 2, "CAD": 2, "CDF": 2, "CHF": 2, "CNY": 2, "COP": 2, "CRC": 2,
	"CUP": 2, "CVE": 2, "CZK": 2, "DKK": 2, "DOP": 2, "DZD": 2, "EGP": 2,
	"ERN": 2, "ETB": 2, "EUR": 2, "FJD": 2, "FKP": 2, "GBP": 2, "GEL": 2,
	"GHS": 2, "GIP": 2, "GMD": 2, "GTQ": 2, "GYD": 2, "HKD": 2, "HNL": 2,
	"HTG": 2, "HUF": 2, "IDR": 2, "ILS": 2, "INR": 2, "IRR": 2, "JMD": 2,
	"KES": 2, "KGS": 2, "KHR": 2, "KPW": 2, "KYD": 2, "KZT": 2, "LAK": 2,
	"LBP": 2, "LKR": 2, "LRD": 2, "LSL": 2, "MAD": 2, "MDL": 2, "MGA": 2,
	"MKD": 2, "MMK": 2, "MNT": 2, "MOP": 2, "MRU": 2, "MUR": 2, "MVR": 2,
	"MWK": 2, "MXN": 2, "MYR": 2, "MZN": 2, "NAD": 2, "NGN": 2, "NIO": 2,
	"NOK": 2, "NPR": 2, "NZD": 2, "PAB": 2, "PEN": 2, "PGK": 2, "PHP": 2,
	"PKR": 2, "PLN": 2, "QAR": 2, "RON": 2, "RSD": 2, "RUB": 2, "SAR": 2,
	"SBD": 2, "SCR": 2, "SDG": 2, "SEK": 2, "SGD": 2, "SHP": 2, "SLE": 2,
	"SOS": 2, "SRD": 2, "SSP": 2, "STN": 2, "SVC": 2, "SYP": 2, "SZL": 2,
	"THB": 2, "TJS": 2, "TMT": 2, "TOP": 2, "TRY": 2, "TTD": 2, "TWD": 2,
	"TZS": 2, "UAH": 2, "USD": 2, "UYU": 2, "UZS": 2, "VED": 2, "VES": 2,
	"WST": 2, "XCD": 2, "XCG": 2, "YER": 2, "ZAR": 2, "ZMW": 2, "ZWG": 2,
}

// Scale returns the decimals amounts in cur have (2 for EUR, 0 for JPY)
// and whether cur is a currency jobdesc accepts.
func Scale(cur string) (int, bool) {
	scale, ok := currencies[cur]
	return scale, ok
}

// plainAddress accepts a bare address, local@domain.tld, and nothing a
// mailto: link would read more into: "jobs@example.com?bcc=…" is an
// address to Go's mail parser, and a link that copies someone in. The
// domain is a host name; the local part has no ?, %, # or &.
func plainAddress(e string) bool {
	a, err := mail.ParseAddress(e)
	if err != nil || a.Address != e || strings.ContainsAny(e, "?%#&\"\\") {
		return false
	}
	_, domain, _ := strings.Cut(e[strings.LastIndexByte(e, '@'):], "@")
	labels := strings.Split(domain, ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' || strings.Trim(l, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") != "" {
			return false
		}
	}
	return true
}

// webURL accepts only absolute http(s) addresses: a "javascript:" link in
// a posting published as HTML would run in the reader's browser.
func webURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}
