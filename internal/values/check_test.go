package values

import (
	"math"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	eur := func(min, max float64) Set {
		return Set{Salary: Salary{Min: min, Max: max, Currency: "EUR"}}
	}
	tests := []struct {
		name string
		v    Set
		want string // the first problem's message; "" for none
	}{
		{"fine", eur(38000, 45000), ""},
		{"cents", eur(38000.5, 0), ""},
		{"nan", eur(math.NaN(), 0), "salary.min: expected a finite positive amount below 1,000,000,000, got NaN"},
		{"inf", eur(0, math.Inf(1)), "salary.max: expected a finite positive amount below 1,000,000,000, got +Inf"},
		{"past 2^63", eur(1e19, 0), "salary.min: expected a finite positive amount below 1,000,000,000, got 1e+19"},
		{"a billion", eur(1e9, 0), "salary.min: expected a finite positive amount below 1,000,000,000, got 1e+09"},
		{"negative", eur(-5, 0), "salary.min: expected a finite positive amount below 1,000,000,000, got -5"},
		{"past cents", eur(38000.999, 0), "salary.min: 38000.999 has more decimals than EUR amounts have (2); round it"},
		{"below a cent", eur(0.001, 0), "salary.min: 0.001 has more decimals than EUR amounts have (2); round it"},
		{"yen decimals", Set{Salary: Salary{Min: 1.5, Currency: "JPY"}}, "salary.min: 1.5 has decimals, but JPY amounts have none; round it"},
		{"no currency code", Set{Salary: Salary{Min: 1, Currency: "XXX"}}, `unknown currency "XXX": use an ISO 4217 code like EUR, USD or GBP`},
		{"testing code", Set{Salary: Salary{Min: 1, Currency: "XTS"}}, `unknown currency "XTS": use an ISO 4217 code like EUR, USD or GBP`},
		{"gold", Set{Salary: Salary{Min: 1, Currency: "XAU"}}, `unknown currency "XAU": use an ISO 4217 code like EUR, USD or GBP`},
		{"funds", Set{Salary: Salary{Min: 1, Currency: "CHE"}}, `unknown currency "CHE": use an ISO 4217 code like EUR, USD or GBP`},
		{"old franc", Set{Salary: Salary{Min: 1, Currency: "FRF"}}, `unknown currency "FRF": use an ISO 4217 code like EUR, USD or GBP`},
		{"CFA franc", Set{Salary: Salary{Min: 1, Currency: "XOF"}}, ""},
		// ISO 4217 as amended to 2025: new codes taken, withdrawn ones refused.
		{"bolívar soberano", Set{Salary: Salary{Min: 1, Currency: "VES"}}, ""},
		{"bolívar digital", Set{Salary: Salary{Min: 1, Currency: "VED"}}, ""},
		{"ouguiya", Set{Salary: Salary{Min: 1, Currency: "MRU"}}, ""},
		{"leone", Set{Salary: Salary{Min: 1, Currency: "SLE"}}, ""},
		{"zimbabwe gold", Set{Salary: Salary{Min: 1, Currency: "ZWG"}}, ""},
		{"caribbean guilder", Set{Salary: Salary{Min: 1, Currency: "XCG"}}, ""},
		{"kuwaiti fils", Set{Salary: Salary{Min: 1.005, Currency: "KWD"}}, ""},
		{"kuna", Set{Salary: Salary{Min: 1, Currency: "HRK"}}, `unknown currency "HRK": use an ISO 4217 code like EUR, USD or GBP`},
		{"bolívar fuerte", Set{Salary: Salary{Min: 1, Currency: "VEF"}}, `unknown currency "VEF": use an ISO 4217 code like EUR, USD or GBP`},
		{"old ouguiya", Set{Salary: Salary{Min: 1, Currency: "MRO"}}, `unknown currency "MRO": use an ISO 4217 code like EUR, USD or GBP`},
		{"antillean guilder", Set{Salary: Salary{Min: 1, Currency: "ANG"}}, `unknown currency "ANG": use an ISO 4217 code like EUR, USD or GBP`},
		{"mailto query", Set{Apply: Apply{Email: "jobs@example.com?bcc=spy%40evil.test"}}, `invalid apply.email "jobs@example.com?bcc=spy%40evil.test": use a plain address like jobs@example.com`},
		{"mailto query in the local part", Set{Apply: Apply{Email: "jobs?cc=x@example.com"}}, `invalid apply.email "jobs?cc=x@example.com": use a plain address like jobs@example.com`},
		{"no domain dot", Set{Apply: Apply{Email: "jobs@localhost"}}, `invalid apply.email "jobs@localhost": use a plain address like jobs@example.com`},
		{"plain address", Set{Apply: Apply{Email: "jobs+paris@example.co.uk"}}, ""},
		{"invalid UTF-8", Set{Location: Location{City: "Lyon\xff"}}, "invalid UTF-8 byte 0xFF in location.city; remove it"},
		{"tag characters", Set{Company: Company{Name: "Acme\U000E0069\U000E0067"}}, "invisible character U+E0069 TAG CHARACTER in company.name; remove it"},
		{"hangul filler", Set{Company: Company{Name: "\u3164"}}, "invisible character U+3164 HANGUL FILLER in company.name; remove it"},
		{"newline city", Set{Location: Location{City: "Lyon\n\n    rm -rf /"}}, "line break in location.city: it is a one-line value; write it on one line"},
		{"newline name", Set{Company: Company{Name: "Acme\n# Owned"}}, "line break in company.name: it is a one-line value; write it on one line"},
		{"newline benefit", Set{Benefits: PlainList("a\nb")}, "line break in benefits[0]: it is a one-line value; write it on one line"},
		{"newline apply", Set{Apply: Apply{Email: "a@b.c\n"}}, `invalid apply.email "a@b.c\n": use a plain address like jobs@example.com`},
		{"paragraphs about", Set{Company: Company{About: PlainText("We make things.\n\nWe hire.")}}, ""},
		{"bidi", Set{Company: Company{Name: "Acme \u202e000 83"}}, "invisible character U+202E RIGHT-TO-LEFT OVERRIDE in company.name; remove it"},
		{"bidi about", Set{Company: Company{About: PlainText("x\u2067y")}}, "invisible character U+2067 RIGHT-TO-LEFT ISOLATE in company.about; remove it"},
		{"zero width", Set{Reference: "REF\u200b1"}, "invisible character U+200B ZERO WIDTH SPACE in reference; remove it"},
		{"empty benefit", Set{Benefits: PlainList("a", " ")}, "empty benefit in benefits; remove it"},
		{"newline step", Set{Process: TextList{ByLang: map[string][]string{"fr": {"a\nb"}}}}, "line break in process.fr[0]: it is a one-line value; write it on one line"},
		{"paragraphs about by language", Set{Company: Company{About: ValueText{ByLang: map[string]string{"fr": "a\n\nb", "en": "c"}}}}, ""},
		{"unknown language", Set{Company: Company{About: ValueText{ByLang: map[string]string{"de": "Hallo"}}}}, `company.about: unknown language "de"; use fr or en`},
		{"unknown language of a list", Set{Benefits: TextList{ByLang: map[string][]string{"es": {"x"}}}}, `benefits: unknown language "es"; use fr or en`},
		{"newline team", Set{Team: Team{With: PlainText("a\nb")}}, "line break in team.with: it is a one-line value; write it on one line"},
		{"newline suffix", Set{TitleSuffix: PlainText("(F/H)\n# x")}, "line break in title_suffix: it is a one-line value; write it on one line"},
		{"newline agreement", Set{Contract: Contract{Agreement: "Syntec\nx"}}, "line break in contract.agreement: it is a one-line value; write it on one line"},
		{"remote days", Set{Location: Location{Remote: "hybrid", RemoteDays: 6}}, "location.remote_days: expected 1 to 5 days a week, got 6"},
		{"negative remote days", Set{Location: Location{Remote: "hybrid", RemoteDays: -1}}, "location.remote_days: expected 1 to 5 days a week, got -1"},
		{"remote days without hybrid", Set{Location: Location{RemoteDays: 2}}, "location.remote_days goes with location.remote: hybrid (it is not set); set remote to hybrid or drop remote_days"},
		{"remote days on site", Set{Location: Location{Remote: "onsite", RemoteDays: 2}}, `location.remote_days goes with location.remote: hybrid (it is "onsite"); set remote to hybrid or drop remote_days`},
		{"team size", Set{Team: Team{Size: -2}}, "team.size: expected a number of people from 1 to 100000, got -2"},
		{"team grown below its size", Set{Team: Team{Size: 6, GrowsTo: 4}}, "team.grows_to: 4, below team.size (6): give the head count the team will reach"},
		{"freelance by the day", Set{Contract: Contract{Type: "freelance"}, Salary: Salary{Min: 400, Currency: "EUR", Period: "day"}}, ""},
		{"freelance by the year", Set{Contract: Contract{Type: "freelance"}, Salary: Salary{Min: 60000, Currency: "EUR", Period: "year"}}, "a freelance is paid a rate, not a salary per year: set salary.period to hour, day, week or month (day for a TJM), or contract.type to an employee's contract"},
		{"freelance, a yearly period and no amount", Set{Contract: Contract{Type: "freelance"}, Salary: Salary{Period: "year"}}, ""},
		{"employee by the year", Set{Contract: Contract{Type: "permanent"}, Salary: Salary{Min: 60000, Currency: "EUR", Period: "year"}}, ""},
		{"status", Set{Contract: Contract{Status: "chef"}}, `invalid contract.status "chef": use one of cadre, non-cadre, agent-de-maitrise`},
		{"long value quoted short", Set{Location: Location{Country: strings.Repeat("Z", 100)}}, `unknown country code "` + strings.Repeat("Z", 40) + `…": use an ISO 3166 alpha-2 code like FR, BE or CA`},
	}
	for _, tt := range tests {
		ps := tt.v.Check()
		got := ""
		if len(ps) > 0 {
			got = ps[0].Msg
		}
		if got != tt.want {
			t.Errorf("%s: Check() = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestConditionsChecks: a working time that does not read, and values
// given without the value they go with, are refused with what to do.
func TestConditionsChecks(t *testing.T) {
	tests := []struct {
		name string
		c    Contract
		want string
	}{
		{"hours", Contract{WorkingTime: "35h"}, ""},
		{"forfait with days", Contract{WorkingTime: "forfait-jours", DaysPerYear: 210}, ""},
		{"not a working time", Contract{WorkingTime: "souple"}, `invalid contract.working_time "souple": use hours a week from 1 to 48 (35h, 24,5h) or forfait-jours`},
		{"past 48 hours", Contract{WorkingTime: "50h"}, `invalid contract.working_time "50h"`},
		{"days past the most", Contract{WorkingTime: "forfait-jours", DaysPerYear: 300}, "contract.days_per_year: expected 1 to 235"},
		{"days without forfait", Contract{WorkingTime: "35h", DaysPerYear: 210}, "contract.days_per_year goes with contract.working_time: forfait-jours"},
		{"reason of a permanent contract", Contract{Type: "permanent", Reason: PlainText("surcroît d'activité")}, "contract.reason goes with contract.type: fixed-term"},
		{"after an internship", Contract{Type: "internship", After: PlainText("embauche possible")}, ""},
		{"after a permanent contract", Contract{Type: "permanent", After: PlainText("x")}, "contract.after goes with contract.type: fixed-term, interim, internship or apprenticeship"},
		{"pay without duty", Contract{OnCallPay: PlainText("150 €")}, "contract.on_call_pay goes with contract.on_call"},
		{"line break", Contract{OnCall: PlainText("soir\net week-end")}, "line break in contract.on_call"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := Set{Contract: tt.c}
			v.Normalize()
			ps := v.Check()
			switch {
			case tt.want == "" && len(ps) > 0:
				t.Errorf("unexpected problems: %v", ps)
			case tt.want != "" && (len(ps) == 0 || !strings.Contains(ps[0].Msg, tt.want)):
				t.Errorf("problems %v, want one with %q", ps, tt.want)
			}
		})
	}
}
