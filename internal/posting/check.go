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
	ContractTypes = []string{"permanent", "fixed-term", "freelance", "internship", "apprenticeship"}
	HoursKinds    = []string{"full-time", "part-time"}
	PayPeriods    = []string{"hour", "day", "week", "month", "year"}
	Seniorities   = []string{"junior", "confirmed", "senior"}
	Lengths       = []string{"standard", "full"}
)

// DateLayout is how dates are written in values: 2027-01-15.
const DateLayout = "2006-01-02"

// Check returns every problem with the values, located by key path
// ("salary.currency") so a caller can point at the file and line.
func (v *Values) Check() []role.Problem {
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
	oneOf("contract.type", v.Contract.Type, ContractTypes)
	oneOf("contract.hours", v.Contract.Hours, HoursKinds)
	oneOf("salary.period", v.Salary.Period, PayPeriods)
	oneOf("seniority", v.Seniority, Seniorities)
	oneOf("length", v.Length, Lengths)
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
	amountsOK := true
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
			amountsOK = false
		}
	}
	if amountsOK && s.Max > 0 && s.Min > s.Max {
		add("salary.min", "salary min %s is above max %s; swap them", number(s.Min), number(s.Max))
	}
	if (s.Min > 0 || s.Max > 0) && s.Currency == "" {
		add("salary.currency", "salary has no currency; set salary.currency, e.g. EUR")
	}
	dates := map[string]time.Time{}
	for _, d := range []struct{ path, value string }{{"start", v.Start}, {"posted", v.Posted}, {"valid_through", v.ValidThrough}} {
		if d.value == "" {
			continue
		}
		t, err := time.Parse(DateLayout, d.value)
		if err != nil {
			add(d.path, "invalid date %s %s: write it as YYYY-MM-DD, e.g. 2027-01-15", d.path, usertext.Quote(d.value))
			continue
		}
		dates[d.path] = t
	}
	if p, ok := dates["posted"]; ok {
		if vt, ok := dates["valid_through"]; ok && vt.Before(p) {
			add("valid_through", "valid_through %s is before the posted date %s", v.ValidThrough, v.Posted)
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
	// Only the company's presentation may hold paragraphs; a line break in
	// any other value would break the posting's structure.
	text("company.about", v.Company.About, false)
	for _, t := range []struct{ path, value string }{
		{"company.name", v.Company.Name}, {"company.url", v.Company.URL},
		{"location.city", v.Location.City}, {"location.region", v.Location.Region},
		{"contract.duration", v.Contract.Duration}, {"reference", v.Reference},
		{"apply.url", v.Apply.URL}, {"apply.email", v.Apply.Email},
	} {
		text(t.path, t.value, true)
	}
	for i, b := range v.Benefits {
		path := fmt.Sprintf("benefits[%d]", i)
		if strings.TrimSpace(b) == "" {
			add(path, "empty benefit in benefits; remove it")
		}
		text(path, b, true)
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
