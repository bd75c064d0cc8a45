package lint

import (
	"math"
	"strings"
	"testing"

	"github.com/jobdesc/jobdesc/internal/values"
)

// TestMinimumWage: the 2026 SMIC per period, pro-rated on the hours and
// with the overtime premium past 35 hours.
func TestMinimumWage(t *testing.T) {
	tests := []struct {
		period string
		hours  float64
		want   float64
		ok     bool
	}{
		{"hour", 35, 12.02, true},
		{"month", 35, 1823.03, true}, // the decree's own monthly figure
		{"year", 35, 21876.40, true},
		{"month", 24, 1250.08, true},
		{"week", 39, 12.02 * (35 + 4*1.25), true},
		{"week", 45, 12.02 * (35 + 8*1.25 + 2*1.5), true},
		{"day", 35, 84.14, true},
		{"day", 20, 0, false},
		{"", 35, 0, false},
	}
	for _, tt := range tests {
		got, ok := MinimumWage(tt.period, tt.hours)
		if ok != tt.ok || ok && math.Abs(got-tt.want) > 0.01 {
			t.Errorf("MinimumWage(%q, %v) = %.2f, %v; want %.2f, %v", tt.period, tt.hours, got, ok, tt.want, tt.ok)
		}
	}
}

// TestConditionRules: the minimum-wage, status and on-call rules on
// resolved postings, from the values each case changes.
func TestConditionRules(t *testing.T) {
	s := newShippedPostings(t)
	l, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	// the complete values' rota is the social media team's, set per role:
	// the cases give it to the company here
	rota := func(v *values.Set) {
		v.Contract.OnCall = values.PlainText("une semaine sur trois (soirs et week-ends)")
		v.Contract.OnCallPay = values.PlainText("prime de 150 € brut par semaine, interventions rémunérées en plus")
	}
	pay := func(min float64, period string) func(*values.Set) {
		return func(v *values.Set) {
			v.Salary = values.Salary{Min: min, Max: min, Currency: "EUR", Period: period}
		}
	}
	tests := []struct {
		name   string
		role   string
		change func(*values.Set)
		rule   string
		has    string // "" for no finding of rule
	}{
		{"complete values", "community-manager", func(*values.Set) {}, "fr-minimum-wage", ""},
		{"below the SMIC a month", "community-manager", pay(1700, "month"), "fr-minimum-wage", "below the French minimum wage for 35 hours a week, €1,823.03 gross a month"},
		{"below the SMIC a month, forfait jours", "community-manager", func(v *values.Set) {
			pay(1700, "month")(v)
			v.Contract.WorkingTime = "forfait-jours"
		}, "fr-minimum-wage", "below the French minimum wage for full time (a forfait jours), €1,823.03 gross a month"},
		{"below the SMIC, 39 hours", "community-manager", func(v *values.Set) {
			pay(1900, "month")(v)
			v.Contract.WorkingTime, v.Contract.DaysPerYear = "39h", 0
		}, "fr-minimum-wage", "for 39 hours a week, €2,083.47 gross a month"},
		{"at the SMIC a month", "community-manager", pay(1823.03, "month"), "fr-minimum-wage", ""},
		{"below a year", "community-manager", pay(21000, "year"), "fr-minimum-wage", "€21,876.40 gross a year"},
		{"part-time pro-rated", "community-manager", func(v *values.Set) {
			pay(1300, "month")(v)
			v.Contract.Hours, v.Contract.WorkingTime = "part-time", "24h"
		}, "fr-minimum-wage", ""},
		{"part-time below", "community-manager", func(v *values.Set) {
			pay(1200, "month")(v)
			v.Contract.Hours, v.Contract.WorkingTime = "part-time", "24h"
		}, "fr-minimum-wage", "for 24 hours a week, €1,250.08"},
		{"hourly", "community-manager", pay(11.5, "hour"), "fr-minimum-wage", "€12.02 gross an hour"},
		{"outside France", "community-manager", func(v *values.Set) { pay(1000, "month")(v); v.Location.Country = "BE" }, "fr-minimum-wage", ""},
		{"internship", "community-manager", func(v *values.Set) { pay(700, "month")(v); v.Contract.Type = "internship" }, "fr-minimum-wage", ""},
		{"junior cadre", "community-manager", func(v *values.Set) { v.Seniority = "junior" }, "status-mismatch", "status cadre for a junior post that manages nobody"},
		{"confirmed cadre", "community-manager", func(*values.Set) {}, "status-mismatch", ""},
		{"junior non-cadre", "community-manager", func(v *values.Set) { v.Seniority, v.Contract.Status = "junior", "non-cadre" }, "status-mismatch", ""},
		{"head-of non-cadre", "digital-manager", func(v *values.Set) { v.Seniority, v.Contract.Status = "senior", "non-cadre" }, "status-mismatch", "status non-cadre for a head-of post"},
		{"head-of cadre", "digital-manager", func(v *values.Set) { v.Seniority = "senior" }, "status-mismatch", ""},
		{"paid on-call", "social-media-manager", rota, "on-call", ""},
		{"paid on-call, role with a duty", "webmaster", rota, "on-call-duty", ""},
		{"paid on-call, role without a duty", "content-curator", rota, "on-call-duty", "contract.on_call is set for a role that says no on-call duty"},
		{"unpaid on-call, role without a duty", "content-curator", func(v *values.Set) { rota(v); v.Contract.OnCallPay = values.ValueText{} }, "on-call-duty", ""},
		{"on-call without pay", "community-manager", func(v *values.Set) { rota(v); v.Contract.OnCallPay = values.ValueText{} }, "on-call", "contract.on_call has no compensation"},
		// on-call is the company's to state, in the values: no role's
		// content mentions it, so a posting without on-call values is clean
		{"no on-call values, none in the role", "social-media-manager", func(v *values.Set) {
			v.Contract.OnCall, v.Contract.OnCallPay = values.ValueText{}, values.ValueText{}
		}, "on-call", ""},
		{"no on-call values, group role", "corporate-social-strategist", func(v *values.Set) {
			v.Seniority, v.Company.Size = "senior", "large"
			v.Contract.OnCall, v.Contract.OnCallPay = values.ValueText{}, values.ValueText{}
		}, "on-call", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := completeValues(t)
			tt.change(&v)
			var got []string
			for _, f := range l.Lint(s.document(t, tt.role, v)).Findings {
				if f.Rule == tt.rule {
					got = append(got, f.Message)
				}
			}
			switch {
			case tt.has == "" && len(got) > 0:
				t.Errorf("unexpected %s findings: %q", tt.rule, got)
			case tt.has != "" && (len(got) == 0 || !strings.Contains(strings.Join(got, "\n"), tt.has)):
				t.Errorf("%s findings %q, want one with %q", tt.rule, got, tt.has)
			}
		})
	}
}

// TestOnCallInText: a posting written elsewhere that mentions on-call duty
// says what it pays.
func TestOnCallInText(t *testing.T) {
	l, _ := New(Config{})
	tests := []struct {
		text string
		want bool
	}{
		{"# Technicien\n\nVous assurez des astreintes le week-end.\n", true},
		{"# Technicien\n\nVous assurez des astreintes le week-end, indemnisées 150 € la semaine.\n", false},
		{"# Engineer\n\nYou join the on-call rota one week in six.\n", true},
		{"# Engineer\n\nYou join the on-call rota, paid £200 a week.\n", false},
		{"# Engineer\n\nNo night work.\n", false},
	}
	for _, tt := range tests {
		lang := "fr"
		if strings.Contains(tt.text, "Engineer") {
			lang = "en"
		}
		d, err := ParseMarkdown("offre.md", lang, []byte(tt.text))
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, f := range l.Lint(d).Findings {
			got = got || f.Rule == "on-call"
		}
		if got != tt.want {
			t.Errorf("%q: on-call finding %v, want %v", tt.text, got, tt.want)
		}
	}
}
