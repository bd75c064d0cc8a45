package values

import (
	"reflect"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/jobdesc/jobdesc/internal/finding"
	"github.com/jobdesc/jobdesc/internal/role"
)

// yamlLayer is the layer a YAML text gives, named name in messages.
func yamlLayer(t *testing.T, name, text string) Layer {
	t.Helper()
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(text), &doc); err != nil {
		t.Fatal(err)
	}
	l, err := YAMLLayer(doc.Content[0], func(path string) finding.Location { return finding.Location{File: name + ":" + path} })
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// TestMergeRule: a key a higher layer gives wins, a key it clears is
// cleared, two maps merge key by key, anything else is replaced whole.
func TestMergeRule(t *testing.T) {
	tests := []struct {
		name   string
		layers []string
		check  func(v Set) bool
	}{
		{"higher wins", []string{"company: {name: A, size: small}", "company: {name: B}"},
			func(v Set) bool { return v.Company.Name == "B" && v.Company.Size == "small" }},
		{"null clears", []string{"salary: {min: 38000, max: 45000, currency: EUR}", "salary: {max: null}"},
			func(v Set) bool { return v.Salary.Min == 38000 && v.Salary.Max == 0 }},
		{"nothing clears", []string{"salary: {min: 38000, max: 45000, currency: EUR}", "salary:\n  max:\n"},
			func(v Set) bool { return v.Salary.Max == 0 && v.Salary.Currency == "EUR" }},
		{"tilde clears a group", []string{"salary: {min: 38000, currency: EUR}\nlang: fr", "salary: ~"},
			func(v Set) bool { return reflect.DeepEqual(v.Salary, Salary{}) && v.Lang == "fr" }},
		{"empty text clears", []string{"company: {name: A}", `company: {name: ""}`},
			func(v Set) bool { return v.Company.Name == "" }},
		{"empty list clears", []string{"benefits: [a, b]", "benefits: []"},
			func(v Set) bool { return v.Benefits.IsZero() }},
		{"a list is replaced whole", []string{"benefits: [a, b]", "benefits: [c]"},
			func(v Set) bool { return reflect.DeepEqual(v.Benefits.All, []string{"c"}) }},
		{"languages merge one by one", []string{"company: {about: {fr: Bonjour}}", "company: {about: {en: Hello}}"},
			func(v Set) bool {
				return v.Company.About.ByLang["fr"] == "Bonjour" && v.Company.About.ByLang["en"] == "Hello"
			}},
		{"a map replaces a plain text", []string{"company: {about: Bonjour}", "company: {about: {en: Hello}}"},
			func(v Set) bool { _, ok := v.Company.About.In("fr"); return !ok }},
		{"a plain text replaces a map", []string{"benefits: {fr: [a], en: [b]}", "benefits: [c]"},
			func(v Set) bool { l, _ := v.Benefits.In("en"); return reflect.DeepEqual(l, []string{"c"}) }},
		{"a clear then a value", []string{"team: {size: 3}", "team: null", "team: {with: x}"},
			func(v Set) bool { return v.Team.Size == 0 && v.Team.With.All == "x" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ls []Layer
			for i, text := range tt.layers {
				ls = append(ls, yamlLayer(t, string(rune('a'+i)), text))
			}
			v, ps := Merge(ls...)
			if len(ps) > 0 {
				t.Fatal(ps)
			}
			if !tt.check(v) {
				t.Errorf("merged: %+v", v)
			}
		})
	}
}

// TestMergeProblemsNameTheirLayer: a bad value, or a relation between
// values of two layers, is located at the layer that gave it.
func TestMergeProblemsNameTheirLayer(t *testing.T) {
	file := yamlLayer(t, "values.yaml", "salary: {min: 50000, currency: EUR}\nlocation: {remote: onsite}")
	set := Layer{Usage: true, Where: func(path string) finding.Location { return finding.Location{File: "--set " + path} }}
	set.Set("salary.max", 40000.0)
	set.Set("location.remote_days", 2)
	_, ps := Merge(file, set)
	got := ps.Error()
	for _, want := range []string{
		"values.yaml:salary.min: salary min 50000 is above max 40000; swap them",
		"--set location.remote_days: location.remote_days goes with location.remote: hybrid (it is \"onsite\")",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("got %s\nwant %s", got, want)
		}
	}
	if ps.Usage() {
		t.Error("a file's problem is not a usage error")
	}
	if ps[0].Layer != 0 || ps[1].Layer != 1 {
		t.Errorf("layers %d, %d", ps[0].Layer, ps[1].Layer)
	}
}

func TestParseText(t *testing.T) {
	tests := []struct {
		key, text string
		want      any
		err       string
	}{
		{"company.name", "Acme", "Acme", ""},
		{"salary.min", "38000", 38000.0, ""},
		{"salary.min", "38k€", TypedAmount{38000, "EUR", true}, ""},
		{"salary.min", "38 000 €", TypedAmount{38000, "EUR", false}, ""},
		{"salary.min", "38.000", nil, `ambiguous amount "38.000": a dot before three digits groups thousands in French or German and marks decimals in English; write 38000, or 38 000`},
		{"salary.min", "1e-400", nil, `amount "1e-400" is too small to be a salary; check the exponent`},
		{"salary.min", "0x1p-2000", nil, `amount "0x1p-2000" is too small to be a salary; check the exponent`},
		{"salary.min", "38.5", 38.5, ""},
		{"salary.min", "38000.999", 38000.999, ""},
		{"salary.min", "0.001", 0.001, ""},
		{"salary.min", "1.234.567", 1234567.0, ""},
		{"salary.min", "38.500k", 38500.0, ""},
		{"salary.min", "abc", nil, `expected a number, got "abc"`},
		{"salary.min", "12abc", nil, `expected a number, got "12abc"`},
		{"location.remote_days", "2", 2, ""},
		{"location.remote_days", "two", nil, `expected a whole number, got "two"`},
		{"team.size", "6", 6, ""},
		{"benefits", "a, b,,c", []any{"a", "b", "c"}, ""},
		{"benefits.en", "a,b", []any{"a", "b"}, ""},
		{"company.about.fr", "Bonjour", "Bonjour", ""},
		{"process", "Appel, Entretien", []any{"Appel", "Entretien"}, ""},
		{"title_suffix", "(F/H)", "(F/H)", ""},
		{"salary.max", "null", nil, ""},
		{"company.name.fr", "x", nil, `unknown key "company.name.fr"`},
	}
	for _, tt := range tests {
		got, err := ParseText(tt.key, tt.text)
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("ParseText(%s, %q): %v, want %s", tt.key, tt.text, err, tt.err)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParseText(%s, %q) = %#v, %v; want %#v", tt.key, tt.text, got, err, tt.want)
		}
	}
}

func TestParseAmount(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		cur  string
		k    bool
	}{
		{"38000", 38000, "", false},
		{"38 000", 38000, "", false},
		{"38\u202f000\u00a0€", 38000, "EUR", false},
		{"38k€", 38000, "EUR", true},
		{"38 k€", 38000, "EUR", true},
		{"38K", 38000, "", true},
		{"38,5k", 38500, "", true},
		{"€38,000", 38000, "EUR", false},
		{"38,000.50 USD", 38000.5, "USD", false},
		{"1 234,56 €", 1234.56, "EUR", false},
		{"CHF 45'000", 45000, "CHF", false},
		{"45000 eur", 45000, "EUR", false},
		{"£950", 950, "GBP", false},
	}
	for _, tt := range tests {
		a, err := ParseAmount(tt.in)
		if err != nil || a.Value != tt.want || a.Currency != tt.cur || a.Thousands != tt.k {
			t.Errorf("ParseAmount(%q) = %+v, %v", tt.in, a, err)
		}
	}
	for _, bad := range []string{"", "abc", "38k-", "€", "1.2.3", "0x1F", "12e", "38.000", "38.000 EUR", "€45.000", "1e-400", "-1e-400 EUR"} {
		if a, err := ParseAmount(bad); err == nil {
			t.Errorf("ParseAmount(%q) = %+v, want an error", bad, a)
		}
	}
}

// TestFrenchWords: the words a French recruiter types become the codes.
func TestFrenchWords(t *testing.T) {
	for in, want := range map[string]string{"cdi": "permanent", "CDD": "fixed-term", "Stage": "internship", "alternance": "apprenticeship", "freelance": "freelance"} {
		v := Set{Contract: Contract{Type: in}}
		v.Normalize()
		if v.Contract.Type != want {
			t.Errorf("contract %q = %q, want %q", in, v.Contract.Type, want)
		}
	}
	for in, want := range map[string]string{"an": "year", "mois": "month", "jour": "day", "heure": "hour", "semaine": "week", "Année": "year"} {
		v := Set{Salary: Salary{Period: in}}
		v.Normalize()
		if v.Salary.Period != want {
			t.Errorf("period %q = %q, want %q", in, v.Salary.Period, want)
		}
	}
	for in, want := range map[string]string{"Cadre": "cadre", "non cadre": "non-cadre", "Agent de maîtrise": "agent-de-maitrise"} {
		v := Set{Contract: Contract{Status: in}}
		v.Normalize()
		if v.Contract.Status != want {
			t.Errorf("status %q = %q, want %q", in, v.Contract.Status, want)
		}
	}
	for _, in := range []string{"interim", "Intérim", "INTERIM"} {
		v := Set{Contract: Contract{Type: in}}
		if v.Normalize(); v.Contract.Type != "interim" {
			t.Errorf("contract %q = %q, want interim", in, v.Contract.Type)
		}
	}
	v := Set{Contract: Contract{Type: "temporaire"}, Salary: Salary{Currency: "€"}}
	v.Normalize()
	if v.Contract.Type != "temporaire" || v.Salary.Currency != "EUR" {
		t.Errorf("normalized %+v", v)
	}
	// Every spelling accepted is named, the French words too.
	if ps := v.CheckFields(); len(ps) != 1 || !strings.Contains(ps[0].Msg, `invalid contract.type "temporaire": use one of permanent, fixed-term, freelance, internship, apprenticeship, interim, cdi, cdd, stage, alternance, intérim`) {
		t.Errorf("an unknown word is kept for the check to refuse: %v", ps)
	}
}

func TestKeys(t *testing.T) {
	keys := strings.Join(Keys(), " ")
	for _, want := range []string{"company.about", "location.remote_days", "team.size", "team.with", "contract.status", "contract.agreement", "process", "title_suffix", "benefits"} {
		if !strings.Contains(" "+keys+" ", " "+want+" ") {
			t.Errorf("no key %s in %s", want, keys)
		}
	}
	for key, want := range map[string]bool{"company.about.en": true, "benefits.fr": true, "company.about.de": false, "company.name.fr": false, "team": false, "team.size": true} {
		if IsKey(key) != want {
			t.Errorf("IsKey(%q) = %v", key, !want)
		}
	}
}

// BenchmarkMerge is what the one rule costs a batch posting: the run's
// defaults and config file, the batch's defaults and entry, --set.
func BenchmarkMerge(b *testing.B) {
	t := &testing.T{}
	ls := []Layer{
		{Values: map[string]any{"lang": "fr", "seniority": "confirmed", "posted": "2026-11-20"}},
		yamlLayer(t, "jobdesc.yaml", "company: {name: Exemple SA, size: medium, about: {fr: Bonjour, en: Hello}}\nlocation: {country: FR, remote: hybrid, remote_days: 2}\ncontract: {type: cdi, hours: full-time}"),
		yamlLayer(t, "batch.yaml", "salary: {min: 38000, max: 45000, currency: EUR, period: year}\nbenefits: {fr: [Tickets restaurant, Mutuelle], en: [Meal vouchers]}"),
		yamlLayer(t, "batch.yaml", "location: {city: Lyon}\nsalary: {max: null}\nteam: {size: 6}"),
	}
	set := Layer{Usage: true}
	set.Set("reference", "EX-1")
	ls = append(ls, set)
	b.ReportAllocs()
	for b.Loop() {
		if _, ps := Merge(ls...); len(ps) > 0 {
			b.Fatal(ps)
		}
	}
}

// An amount typed with its code gives the currency when none is set.
func TestCodedAmountGivesTheCurrency(t *testing.T) {
	a, err := ParseText("salary.min", "12 JPY")
	if err != nil {
		t.Fatal(err)
	}
	l := Layer{}
	l.Set("salary.min", a)
	v, ps := Merge(l)
	if len(ps) > 0 || v.Salary.Min != 12 || v.Salary.Currency != "JPY" {
		t.Fatalf("got %+v, %v", v.Salary, ps)
	}
}

// MergeKeysFor gives the kept keys as MergeFor does, sections included,
// and neither reads nor checks the others.
func TestMergeKeysFor(t *testing.T) {
	ro := &role.Role{ID: "webmaster"}
	layers := []Layer{
		{Values: map[string]any{"lang": "fr", "reference": "R-0", "contract": map[string]any{"type": "nonsense"},
			"roles":       map[string]any{"webmaster": map[string]any{"reference": "R-1"}},
			"seniorities": map[string]any{"senior": map[string]any{"valid_through": "2026-12-31"}}}},
		{Values: map[string]any{"seniority": "senior", "company": map[string]any{"name": "Acme"}}},
	}
	full, ps := MergeFor(ro, layers...)
	if len(ps) == 0 {
		t.Fatal("the bad contract.type is not refused")
	}
	v, ps := MergeKeysFor(ro, []string{"lang", "reference", "valid_through", "seniority"}, layers...)
	if len(ps) > 0 {
		t.Fatalf("problems in values not kept: %v", ps)
	}
	if v.Lang != "fr" || v.Reference != "R-1" || v.ValidThrough != "2026-12-31" || v.Reference != full.Reference || v.ValidThrough != full.ValidThrough {
		t.Errorf("kept values %q %q %q, want fr R-1 2026-12-31", v.Lang, v.Reference, v.ValidThrough)
	}
	if v.Company.Name != "" || v.Contract.Type != "" {
		t.Errorf("values not kept were merged: %q %q", v.Company.Name, v.Contract.Type)
	}
}
