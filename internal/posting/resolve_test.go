package posting

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/roles"
	"github.com/jobdesc/jobdesc/templates"
)

func resolver(t *testing.T) *Resolver {
	t.Helper()
	c, err := catalog.Load(catalog.Layer{Dir: "roles", FS: roles.FS(), Shipped: true})
	if err != nil {
		t.Fatal(err)
	}
	data, err := fs.ReadFile(templates.FS(), "labels.yaml")
	if err != nil {
		t.Fatal(err)
	}
	w, err := ParseLabels("templates/labels.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	return &Resolver{Catalog: c, Words: w}
}

func item(items []Item, key string) string {
	for _, it := range items {
		if it.Key == key {
			return it.Label + "|" + it.Value
		}
	}
	return ""
}

// TestResolveWords: conditions come worded in the posting's language, in
// display order.
func TestResolveWords(t *testing.T) {
	r := resolver(t)
	tests := []struct {
		lang string
		v    Values
		want map[string]string
	}{
		{"fr", Values{
			Contract: Contract{Type: "fixed-term", Hours: "full-time", Duration: "6 mois"},
			Location: Location{City: "Lyon", Region: "Auvergne-Rhône-Alpes", Country: "FR", Remote: "hybrid"},
			Salary:   Salary{Min: 38000, Max: 45000, Currency: "EUR", Period: "year"},
			Start:    "2027-03-01",
			Benefits: []string{"Tickets restaurant", "Mutuelle"},
		}, map[string]string{
			"contract": "Contrat|CDD (6 mois), temps plein",
			"location": "Lieu|Lyon, Auvergne-Rhône-Alpes, France",
			"remote":   "Télétravail|hybride",
			"salary":   "Rémunération|38 000 € – 45 000 € brut par an",
			"start":    "Prise de poste|1er mars 2027",
			"benefits": "Avantages|Tickets restaurant, Mutuelle",
		}},
		{"en", Values{
			Contract: Contract{Hours: "part-time"},
			Salary:   Salary{Min: 40000, Currency: "EUR", Period: "year"},
		}, map[string]string{
			"hours":  "Hours|part-time",
			"salary": "Salary|from €40,000 per year, gross",
		}},
		{"en", Values{Salary: Salary{Max: 500, Currency: "GBP", Period: "day"}}, map[string]string{
			"salary": "Salary|up to £500 per day, gross",
		}},
	}
	for _, tt := range tests {
		tt.v.Lang = tt.lang
		p, err := r.Resolve("webmaster", tt.v)
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Conditions) != len(tt.want) {
			t.Errorf("%s: %d conditions, want %d: %+v", tt.lang, len(p.Conditions), len(tt.want), p.Conditions)
		}
		for key, want := range tt.want {
			if got := item(p.Conditions, key); got != want {
				t.Errorf("%s %s: %q, want %q", tt.lang, key, got, want)
			}
		}
	}
}

func TestResolveProfileAndData(t *testing.T) {
	r := resolver(t)
	p, err := r.Resolve("community-manager", Values{Lang: "fr", Seniority: "senior", Posted: "2026-11-20", Salary: Salary{Min: 1, Currency: "EUR"}})
	if err != nil {
		t.Fatal(err)
	}
	if got := item(p.Profile, "experience"); got != "Expérience|5 ans d'expérience minimum" {
		t.Errorf("experience: %q", got)
	}
	if p.Data.ExperienceYears == nil || *p.Data.ExperienceYears != 5 || p.Data.Posted != "2026-11-20" || p.Apply.Posted != "20 novembre 2026" {
		t.Errorf("data: %+v, apply %+v", p.Data, p.Apply)
	}
	if p.Data.Salary == nil || p.Data.Codes.ROME == "" || p.Labels.Missions != "Vos missions" {
		t.Errorf("data or labels missing: %+v %+v", p.Data, p.Labels)
	}
	p, _ = r.Resolve("community-manager", Values{Lang: "en"})
	if p.Data.Salary != nil || p.Aliases == nil || p.Benefits == nil || p.Conditions == nil {
		t.Error("an empty posting has nil lists or a salary")
	}
}

// TestBaseIsSharedByItsKey: a base resolved for one posting serves every
// posting of the same key, and refuses the others.
func TestBaseIsSharedByItsKey(t *testing.T) {
	r := resolver(t)
	v := Values{Lang: "fr", Seniority: "junior", Company: Company{Size: "small", Name: "A"}}
	b, err := r.Base("webmaster", v)
	if err != nil {
		t.Fatal(err)
	}
	w := v
	w.Company.Name, w.Location.City = "B", "Brest"
	if KeyOf("webmaster", w) != KeyOf("webmaster", v) {
		t.Fatal("company name and city changed the key")
	}
	p, err := b.With(w)
	if err != nil {
		t.Fatal(err)
	}
	direct, _ := r.Resolve("webmaster", w)
	if p.Company.Name != "B" || item(p.Conditions, "location") != item(direct.Conditions, "location") || p.Context != direct.Context {
		t.Error("a posting from a base differs from one resolved directly")
	}
	for _, other := range []Values{
		{Lang: "en", Seniority: "junior", Company: Company{Size: "small"}},
		{Lang: "fr", Seniority: "senior", Company: Company{Size: "small"}},
		{Lang: "fr", Seniority: "junior", Company: Company{Size: "large"}},
	} {
		if KeyOf("webmaster", other) == KeyOf("webmaster", v) {
			t.Errorf("%+v shares the key", other)
		}
		if _, err := b.With(other); err == nil {
			t.Errorf("a base served values of another key: %+v", other)
		}
	}
}

func TestParseLabelsErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"de:\n  colon: x\n", `x.yaml:2:3: unknown language "de"; use fr or en`},
		{"en: [x]\n", "x.yaml:1:5: en: expected a mapping"},
	}
	for _, tt := range tests {
		_, err := ParseLabels("x.yaml", []byte(tt.src))
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("got %v, want %s…", err, tt.want)
		}
	}
	r := resolver(t)
	if _, err := r.Resolve("webmaster", Values{Lang: "de"}); err == nil {
		t.Error("an unknown language resolved")
	}
}
