package posting

import (
	"errors"
	"io/fs"
	"strings"
	"testing"

	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/role"
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
			"salary":   "Rémunération|38\u202f000\u00a0€ – 45\u202f000\u00a0€ brut par an",
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
	if got := item(p.Profile, "experience"); got != "Expérience|5 ans minimum" {
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

// An offer shows the key missions, each with its first activities, and
// the key skills; the full reference shows everything; a recruiter may
// choose missions and skills by id.
func TestOfferAndReference(t *testing.T) {
	r := resolver(t)
	offer, err := r.Resolve("community-manager", Values{Lang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	ro, _ := r.Catalog.Role("community-manager")
	if n := len(offer.Missions); n < 4 || n > role.MaxKeyMissions {
		t.Errorf("offer shows %d missions", n)
	}
	for _, m := range offer.Missions {
		if len(m.Activities) > role.PostingActivities {
			t.Errorf("mission %q shows %d activities", m.Title, len(m.Activities))
		}
	}
	if offer.Pitch != ro.Pitch.In("en") || offer.Context != "" || len(offer.Aliases) != 0 {
		t.Errorf("the offer opens with %q, context %q, aliases %v", offer.Pitch, offer.Context, offer.Aliases)
	}
	full, err := r.Resolve("community-manager", Values{Lang: "en", Length: "full", Company: Company{Size: "small"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(full.Missions) <= len(offer.Missions) || !strings.HasPrefix(full.Context, ro.Summary.In("en")) || len(full.Aliases) == 0 {
		t.Errorf("the reference lacks missions, the summary or the aliases: %d missions, %q", len(full.Missions), full.Context)
	}
	chosen, err := r.Resolve("community-manager", Values{Lang: "en", Missions: []string{"reputation", "animate"}, Skills: []string{"seo"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(chosen.Missions) != 2 || chosen.Missions[0].Title != ro.Missions[0].Title.In("en") || len(chosen.Skills.KnowHow) != 1 {
		t.Errorf("chosen missions %v, skills %+v", chosen.Missions, chosen.Skills)
	}
	_, err = r.Resolve("community-manager", Values{Lang: "en", Missions: []string{"animat"}})
	var ve *ValueError
	if !errors.As(err, &ve) || !strings.Contains(err.Error(), `did you mean "animate"`) {
		t.Errorf("an unknown mission id: %v", err)
	}
}

// Size and seniority change the reporting line and the missions: a junior
// manages nobody, a small company's role reports to its director.
func TestVariants(t *testing.T) {
	r := resolver(t)
	junior, _ := r.Resolve("social-media-manager", Values{Lang: "en", Seniority: "junior"})
	if item(junior.Reporting.Items, "manages") != "" {
		t.Errorf("a junior manager still manages: %v", junior.Reporting.Items)
	}
	confirmed, _ := r.Resolve("social-media-manager", Values{Lang: "en"})
	if item(confirmed.Reporting.Items, "manages") == "" {
		t.Error("the social media manager manages nobody")
	}
	small, _ := r.Resolve("community-manager", Values{Lang: "fr", Company: Company{Size: "small"}})
	if item(small.Reporting.Items, "reports_to") != "Sous la responsabilité de|la direction générale" {
		t.Errorf("a small company's community manager: %+v", small.Reporting)
	}
	if w := r.Warning("corporate-social-strategist", Values{Company: Company{Size: "small"}}); !strings.Contains(w, "community-manager") {
		t.Errorf("warning %q", w)
	}
	if w := r.Warning("corporate-social-strategist", Values{Company: Company{Size: "large"}}); w != "" {
		t.Errorf("warning at the right size: %q", w)
	}
}

// French postings carry no-break spaces before high punctuation, in
// amounts and after labels.
func TestFrenchTypography(t *testing.T) {
	r := resolver(t)
	p, _ := r.Resolve("community-manager", Values{Lang: "fr", Salary: Salary{Min: 38000, Currency: "EUR"}, Company: Company{About: "Qui sommes-nous ? Une équipe !"}})
	if !strings.Contains(p.Pitch, "\u00a0:") || strings.Contains(p.Pitch, " :") {
		t.Errorf("pitch %q", p.Pitch)
	}
	if p.Labels.Colon != "\u00a0: " || p.Company.About != "Qui sommes-nous\u202f? Une équipe\u202f!" {
		t.Errorf("colon %q, about %q", p.Labels.Colon, p.Company.About)
	}
	if got := item(p.Conditions, "salary"); !strings.Contains(got, "38\u202f000\u00a0€") {
		t.Errorf("salary %q", got)
	}
}
