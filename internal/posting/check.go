package posting

import (
	"fmt"
	"math"
	"net/mail"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/text/currency"

	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/usertext"
)

// The allowed values of each enumerated key.
var (
	CompanySizes  = []string{"small", "medium", "large"}
	RemoteModes   = []string{"onsite", "hybrid", "remote"}
	ContractTypes = []string{"permanent", "fixed-term", "freelance", "internship", "apprenticeship", "interim"}
	// ContractWords are the French words accepted for a contract type
	// (Normalize turns them into ContractTypes), as people write them.
	ContractWords = []string{"cdi", "cdd", "stage", "alternance", "intérim"}
	HoursKinds    = []string{"full-time", "part-time"}
	PayPeriods    = []string{"hour", "day", "week", "month", "year"}
	Seniorities   = []string{"junior", "confirmed", "senior"}
	Lengths       = []string{"standard", "full"}
	// Statuses are the French employee categories (statut).
	Statuses = []string{"cadre", "non-cadre", "agent-de-maitrise"}
)

// ContractSpellings are every accepted contract type: the codes, then the
// French words, for messages and completion.
func ContractSpellings() []string {
	return append(slices.Clone(ContractTypes), ContractWords...)
}

// Bounds of the whole-number values.
const (
	MaxRemoteDays = 5
	MaxTeamSize   = 100_000
)

// DateLayout is how dates are written in values: 2027-01-15.
const DateLayout = "2006-01-02"

// Check returns every problem with the values, located by key path
// ("salary.currency") so a caller can point at the file and line.
func (v *Values) Check() []role.Problem {
	return append(v.CheckFields(), v.checkRelations()...)
}

// CheckFields returns the problems of each value on its own: what one
// layer (a file, a batch entry) can be held to before the others join it.
func (v *Values) CheckFields() []role.Problem {
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
	oneOf("company.size", v.Company.Size, CompanySizes)
	oneOf("location.remote", v.Location.Remote, RemoteModes)
	if t := v.Contract.Type; t != "" && !slices.Contains(ContractTypes, t) {
		add("contract.type", "invalid contract.type %s: use one of %s", usertext.Quote(t), strings.Join(ContractSpellings(), ", "))
	}
	oneOf("contract.hours", v.Contract.Hours, HoursKinds)
	oneOf("salary.period", v.Salary.Period, PayPeriods)
	oneOf("seniority", v.Seniority, Seniorities)
	oneOf("length", v.Length, Lengths)
	oneOf("contract.status", v.Contract.Status, Statuses)
	if d := v.Location.RemoteDays; d < 0 || d > MaxRemoteDays {
		add("location.remote_days", "location.remote_days: expected 1 to %d days a week, got %d", MaxRemoteDays, d)
	}
	if n := v.Team.Size; n < 0 || n > MaxTeamSize {
		add("team.size", "team.size: expected a number of people from 1 to %d, got %d", MaxTeamSize, n)
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
		if _, err := time.Parse(DateLayout, d.value); err != nil && d.value != "" {
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
		if a, err := mail.ParseAddress(e); err != nil || a.Address != e {
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
		value   Text
		oneLine bool
	}{{"company.about", v.Company.About, false}, {"client.about", v.Client.About, false}, {"team.with", v.Team.With, true}, {"title_suffix", v.TitleSuffix, true}, {"contract.duration", v.Contract.Duration, true}} {
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
		{"location.city", v.Location.City}, {"location.region", v.Location.Region},
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
		}
	}
	for _, l := range []struct {
		path, noun string
		list       TextList
	}{{"benefits", "benefit", v.Benefits}, {"process", "step", v.Process}} {
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
func (v *Values) checkRelations() []role.Problem {
	var ps []role.Problem
	add := func(path, format string, args ...any) {
		ps = append(ps, role.Problem{Path: path, Msg: fmt.Sprintf(format, args...)})
	}
	s := v.Salary
	ok := func(n float64) bool { return CheckAmount("", n) == "" }
	if s.Max > 0 && s.Min > s.Max && ok(s.Min) && ok(s.Max) {
		add("salary.min", "salary min %s is above max %s; swap them", number(s.Min), number(s.Max))
	}
	if (s.Min > 0 || s.Max > 0) && s.Currency == "" {
		add("salary.currency", "salary has no currency; set salary.currency, e.g. EUR")
	}
	p, errP := time.Parse(DateLayout, v.Posted)
	vt, errV := time.Parse(DateLayout, v.ValidThrough)
	if errP == nil && errV == nil && vt.Before(p) {
		add("valid_through", "valid_through %s is before the posted date %s", v.ValidThrough, v.Posted)
	}
	switch interim := v.Contract.Type == "interim"; {
	case interim && v.Contract.Duration.IsZero():
		add("contract.duration", "contract.type interim needs contract.duration, the mission's length (e.g. \"6 mois\"); add it")
	case !interim && (v.Client.Name != "" || !v.Client.About.IsZero()):
		add("client", "client describes the company a temporary worker is placed with; set contract.type: interim, or move it to company")
	}
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

// currencies are the ISO 4217 codes of money in use today: not historical
// ones (FRF), nor codes for testing (XTS), no currency (XXX), precious
// metals (XAU) or funds (CHE, XDR). Built on first use.
var currencies = sync.OnceValue(func() map[string]int {
	m := map[string]int{}
	for it := currency.Query(); it.Next(); {
		if !it.IsTender() {
			continue
		}
		u := it.Unit()
		scale, _ := currency.Standard.Rounding(u)
		m[u.String()] = scale
	}
	for _, code := range []string{"XXX", "XTS", "XAU", "XAG", "XPT", "XPD", "XDR", "XSU", "XUA", "XBA", "XBB", "XBC", "XBD"} {
		delete(m, code)
	}
	return m
})

// Scale returns the decimals amounts in cur have (2 for EUR, 0 for JPY)
// and whether cur is a currency jobdesc accepts.
func Scale(cur string) (int, bool) {
	scale, ok := currencies()[cur]
	return scale, ok
}

// webURL accepts only absolute http(s) addresses: a "javascript:" link in
// a posting published as HTML would run in the reader's browser.
func webURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}
