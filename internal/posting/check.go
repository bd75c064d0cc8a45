package posting

import (
	"fmt"
	"net/mail"
	"net/url"
	"slices"
	"strings"
	"time"

	"golang.org/x/text/currency"

	"github.com/jobdesc/jobdesc/internal/role"
)

// The allowed values of each enumerated key.
var (
	CompanySizes  = []string{"small", "medium", "large"}
	RemoteModes   = []string{"onsite", "hybrid", "remote"}
	ContractTypes = []string{"permanent", "fixed-term", "freelance", "internship", "apprenticeship"}
	HoursKinds    = []string{"full-time", "part-time"}
	PayPeriods    = []string{"hour", "day", "week", "month", "year"}
	Seniorities   = []string{"junior", "confirmed", "senior"}
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
			add(path, "invalid %s %q: use one of %s", path, value, strings.Join(allowed, ", "))
		}
	}
	oneOf("lang", v.Lang, role.Languages())
	oneOf("company.size", v.Company.Size, CompanySizes)
	oneOf("location.remote", v.Location.Remote, RemoteModes)
	oneOf("contract.type", v.Contract.Type, ContractTypes)
	oneOf("contract.hours", v.Contract.Hours, HoursKinds)
	oneOf("salary.period", v.Salary.Period, PayPeriods)
	oneOf("seniority", v.Seniority, Seniorities)
	if c := v.Location.Country; c != "" {
		if !IsCountry(c) {
			add("location.country", "unknown country code %q: use an ISO 3166 alpha-2 code like FR, BE or CA", c)
		}
	}
	s := v.Salary
	if s.Currency != "" {
		if _, err := currency.ParseISO(s.Currency); err != nil || len(s.Currency) != 3 {
			add("salary.currency", "unknown currency %q: use an ISO 4217 code like EUR, USD or GBP", s.Currency)
		}
	}
	if s.Min < 0 || s.Max < 0 {
		add("salary", "salary cannot be negative")
	}
	if s.Max > 0 && s.Min > s.Max {
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
			add(d.path, "invalid date %s %q: write it as YYYY-MM-DD, e.g. 2027-01-15", d.path, d.value)
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
		add("company.url", "invalid company.url %q: use a full http(s) address", u)
	}
	if u := v.Apply.URL; u != "" && !webURL(u) {
		add("apply.url", "invalid apply.url %q: use a full http(s) address", u)
	}
	if e := v.Apply.Email; e != "" {
		if a, err := mail.ParseAddress(e); err != nil || a.Address != e {
			add("apply.email", "invalid apply.email %q: use a plain address like jobs@example.com", e)
		}
	}
	for _, t := range []struct{ path, value string }{
		{"company.name", v.Company.Name}, {"company.about", v.Company.About}, {"location.city", v.Location.City},
		{"location.region", v.Location.Region}, {"contract.duration", v.Contract.Duration}, {"reference", v.Reference},
	} {
		if strings.ContainsFunc(t.value, role.IsControl) {
			add(t.path, "control character in %s; remove it", t.path)
		}
	}
	for i, b := range v.Benefits {
		if strings.ContainsFunc(b, role.IsControl) {
			add(fmt.Sprintf("benefits[%d]", i), "control character in a benefit; remove it")
		}
	}
	return ps
}

// webURL accepts only absolute http(s) addresses: a "javascript:" link in
// a posting published as HTML would run in the reader's browser.
func webURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}
