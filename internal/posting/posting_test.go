package posting

import (
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/usertext"
)

func TestFormats(t *testing.T) {
	tests := []struct{ got, want string }{
		{Money(38000, "EUR", "fr"), "38\u202f000\u00a0€"},
		{Money(38000, "EUR", "en"), "€38,000"},
		{Money(1234567.5, "CHF", "fr"), "1\u202f234\u202f567,50\u00a0CHF"},
		{Money(1234567.5, "CHF", "en"), "CHF 1,234,567.50"},
		{Money(950, "GBP", "en"), "£950"},
		{Money(38000.99, "EUR", "en"), "€38,000.99"},
		{Money(38000.5, "EUR", "fr"), "38\u202f000,50\u00a0€"},
		{Money(0.01, "EUR", "en"), "€0.01"},
		{Money(5000000, "JPY", "en"), "¥5,000,000"},
		{Money(1.234, "KWD", "en"), "KWD 1.234"},
		{Money(999999999.99, "EUR", "en"), "€999,999,999.99"},
		{Date("2027-01-15", "fr"), "15 janvier 2027"},
		{Date("2027-03-01", "fr"), "1er mars 2027"},
		{Date("2027-03-01", "en"), "1 March 2027"},
		{Date("not a date", "en"), "not a date"},
		{Country("BE", "fr"), "Belgique"},
		{Country("DE", "en"), "Germany"},
		{Country("ZZ", "en"), "ZZ"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestAdjustLevel(t *testing.T) {
	tests := []struct {
		level     int
		seniority string
		want      int
	}{
		{3, "confirmed", 3}, {3, "junior", 2}, {1, "junior", 1}, {3, "senior", 4}, {4, "senior", 4}, {2, "", 2},
	}
	for _, tt := range tests {
		if got := AdjustLevel(tt.level, tt.seniority); got != tt.want {
			t.Errorf("AdjustLevel(%d, %q) = %d, want %d", tt.level, tt.seniority, got, tt.want)
		}
	}
}

func TestCheck(t *testing.T) {
	eur := func(min, max float64) Values { return Values{Salary: Salary{Min: min, Max: max, Currency: "EUR"}} }
	tests := []struct {
		name string
		v    Values
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
		{"yen decimals", Values{Salary: Salary{Min: 1.5, Currency: "JPY"}}, "salary.min: 1.5 has decimals, but JPY amounts have none; round it"},
		{"no currency code", Values{Salary: Salary{Min: 1, Currency: "XXX"}}, `unknown currency "XXX": use an ISO 4217 code like EUR, USD or GBP`},
		{"testing code", Values{Salary: Salary{Min: 1, Currency: "XTS"}}, `unknown currency "XTS": use an ISO 4217 code like EUR, USD or GBP`},
		{"gold", Values{Salary: Salary{Min: 1, Currency: "XAU"}}, `unknown currency "XAU": use an ISO 4217 code like EUR, USD or GBP`},
		{"funds", Values{Salary: Salary{Min: 1, Currency: "CHE"}}, `unknown currency "CHE": use an ISO 4217 code like EUR, USD or GBP`},
		{"old franc", Values{Salary: Salary{Min: 1, Currency: "FRF"}}, `unknown currency "FRF": use an ISO 4217 code like EUR, USD or GBP`},
		{"CFA franc", Values{Salary: Salary{Min: 1, Currency: "XOF"}}, ""},
		// ISO 4217 as amended to 2025: new codes taken, withdrawn ones refused.
		{"bolívar soberano", Values{Salary: Salary{Min: 1, Currency: "VES"}}, ""},
		{"bolívar digital", Values{Salary: Salary{Min: 1, Currency: "VED"}}, ""},
		{"ouguiya", Values{Salary: Salary{Min: 1, Currency: "MRU"}}, ""},
		{"leone", Values{Salary: Salary{Min: 1, Currency: "SLE"}}, ""},
		{"zimbabwe gold", Values{Salary: Salary{Min: 1, Currency: "ZWG"}}, ""},
		{"caribbean guilder", Values{Salary: Salary{Min: 1, Currency: "XCG"}}, ""},
		{"kuwaiti fils", Values{Salary: Salary{Min: 1.005, Currency: "KWD"}}, ""},
		{"kuna", Values{Salary: Salary{Min: 1, Currency: "HRK"}}, `unknown currency "HRK": use an ISO 4217 code like EUR, USD or GBP`},
		{"bolívar fuerte", Values{Salary: Salary{Min: 1, Currency: "VEF"}}, `unknown currency "VEF": use an ISO 4217 code like EUR, USD or GBP`},
		{"old ouguiya", Values{Salary: Salary{Min: 1, Currency: "MRO"}}, `unknown currency "MRO": use an ISO 4217 code like EUR, USD or GBP`},
		{"antillean guilder", Values{Salary: Salary{Min: 1, Currency: "ANG"}}, `unknown currency "ANG": use an ISO 4217 code like EUR, USD or GBP`},
		{"mailto query", Values{Apply: Apply{Email: "jobs@example.com?bcc=spy%40evil.test"}}, `invalid apply.email "jobs@example.com?bcc=spy%40evil.test": use a plain address like jobs@example.com`},
		{"mailto query in the local part", Values{Apply: Apply{Email: "jobs?cc=x@example.com"}}, `invalid apply.email "jobs?cc=x@example.com": use a plain address like jobs@example.com`},
		{"no domain dot", Values{Apply: Apply{Email: "jobs@localhost"}}, `invalid apply.email "jobs@localhost": use a plain address like jobs@example.com`},
		{"plain address", Values{Apply: Apply{Email: "jobs+paris@example.co.uk"}}, ""},
		{"invalid UTF-8", Values{Location: Location{City: "Lyon\xff"}}, "invalid UTF-8 byte 0xFF in location.city; remove it"},
		{"tag characters", Values{Company: Company{Name: "Acme\U000E0069\U000E0067"}}, "invisible character U+E0069 TAG CHARACTER in company.name; remove it"},
		{"hangul filler", Values{Company: Company{Name: "\u3164"}}, "invisible character U+3164 HANGUL FILLER in company.name; remove it"},
		{"newline city", Values{Location: Location{City: "Lyon\n\n    rm -rf /"}}, "line break in location.city: it is a one-line value; write it on one line"},
		{"newline name", Values{Company: Company{Name: "Acme\n# Owned"}}, "line break in company.name: it is a one-line value; write it on one line"},
		{"newline benefit", Values{Benefits: PlainList("a\nb")}, "line break in benefits[0]: it is a one-line value; write it on one line"},
		{"newline apply", Values{Apply: Apply{Email: "a@b.c\n"}}, `invalid apply.email "a@b.c\n": use a plain address like jobs@example.com`},
		{"paragraphs about", Values{Company: Company{About: PlainText("We make things.\n\nWe hire.")}}, ""},
		{"bidi", Values{Company: Company{Name: "Acme \u202e000 83"}}, "invisible character U+202E RIGHT-TO-LEFT OVERRIDE in company.name; remove it"},
		{"bidi about", Values{Company: Company{About: PlainText("x\u2067y")}}, "invisible character U+2067 RIGHT-TO-LEFT ISOLATE in company.about; remove it"},
		{"zero width", Values{Reference: "REF\u200b1"}, "invisible character U+200B ZERO WIDTH SPACE in reference; remove it"},
		{"empty benefit", Values{Benefits: PlainList("a", " ")}, "empty benefit in benefits; remove it"},
		{"newline step", Values{Process: TextList{ByLang: map[string][]string{"fr": {"a\nb"}}}}, "line break in process.fr[0]: it is a one-line value; write it on one line"},
		{"paragraphs about by language", Values{Company: Company{About: ValueText{ByLang: map[string]string{"fr": "a\n\nb", "en": "c"}}}}, ""},
		{"unknown language", Values{Company: Company{About: ValueText{ByLang: map[string]string{"de": "Hallo"}}}}, `company.about: unknown language "de"; use fr or en`},
		{"unknown language of a list", Values{Benefits: TextList{ByLang: map[string][]string{"es": {"x"}}}}, `benefits: unknown language "es"; use fr or en`},
		{"newline team", Values{Team: Team{With: PlainText("a\nb")}}, "line break in team.with: it is a one-line value; write it on one line"},
		{"newline suffix", Values{TitleSuffix: PlainText("(F/H)\n# x")}, "line break in title_suffix: it is a one-line value; write it on one line"},
		{"newline agreement", Values{Contract: Contract{Agreement: "Syntec\nx"}}, "line break in contract.agreement: it is a one-line value; write it on one line"},
		{"remote days", Values{Location: Location{Remote: "hybrid", RemoteDays: 6}}, "location.remote_days: expected 1 to 5 days a week, got 6"},
		{"negative remote days", Values{Location: Location{Remote: "hybrid", RemoteDays: -1}}, "location.remote_days: expected 1 to 5 days a week, got -1"},
		{"remote days without hybrid", Values{Location: Location{RemoteDays: 2}}, "location.remote_days goes with location.remote: hybrid (it is not set); set remote to hybrid or drop remote_days"},
		{"remote days on site", Values{Location: Location{Remote: "onsite", RemoteDays: 2}}, `location.remote_days goes with location.remote: hybrid (it is "onsite"); set remote to hybrid or drop remote_days`},
		{"team size", Values{Team: Team{Size: -2}}, "team.size: expected a number of people from 1 to 100000, got -2"},
		{"freelance by the day", Values{Contract: Contract{Type: "freelance"}, Salary: Salary{Min: 400, Currency: "EUR", Period: "day"}}, ""},
		{"freelance by the year", Values{Contract: Contract{Type: "freelance"}, Salary: Salary{Min: 60000, Currency: "EUR", Period: "year"}}, "a freelance is paid a rate, not a salary per year: set salary.period to hour, day, week or month (day for a TJM), or contract.type to an employee's contract"},
		{"freelance, a yearly period and no amount", Values{Contract: Contract{Type: "freelance"}, Salary: Salary{Period: "year"}}, ""},
		{"employee by the year", Values{Contract: Contract{Type: "permanent"}, Salary: Salary{Min: 60000, Currency: "EUR", Period: "year"}}, ""},
		{"status", Values{Contract: Contract{Status: "chef"}}, `invalid contract.status "chef": use one of cadre, non-cadre, agent-de-maitrise`},
		{"long value quoted short", Values{Location: Location{Country: strings.Repeat("Z", 100)}}, `unknown country code "` + strings.Repeat("Z", 40) + `…": use an ISO 3166 alpha-2 code like FR, BE or CA`},
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

// TestSchemaDescriptionsListTheValues: the descriptions `jobdesc schema
// --posting` shows for enumerated data list the values the checks accept,
// in the same order.
func TestSchemaDescriptionsListTheValues(t *testing.T) {
	for _, c := range []struct {
		of     any
		field  string
		values []string
	}{
		{Data{}, "Seniority", role.Seniorities()},
		{Data{}, "CompanySize", role.Sizes()},
		{Place{}, "Remote", RemoteModes},
		{Terms{}, "Type", ContractTypes},
		{Terms{}, "Hours", HoursKinds},
		{Terms{}, "Status", Statuses},
		{Pay{}, "Period", PayPeriods},
	} {
		f, ok := reflect.TypeOf(c.of).FieldByName(c.field)
		if !ok {
			t.Fatalf("%T has no field %s", c.of, c.field)
		}
		if got, want := f.Tag.Get("desc"), usertext.OrList(append(slices.Clone(c.values), "empty")); got != want {
			t.Errorf("%T.%s: desc %q, want %q", c.of, c.field, got, want)
		}
	}
}
