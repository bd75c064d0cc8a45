package posting

import (
	"errors"
	"fmt"
	"github.com/jobdesc/jobdesc/internal/values"
	"io/fs"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/usage"
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

// TestResolveWords: the key facts and the conditions come worded in the
// posting's language, in display order.
func TestResolveWords(t *testing.T) {
	r := resolver(t)
	tests := []struct {
		lang         string
		v            values.Set
		facts, conds map[string]string
	}{
		{"fr", values.Set{
			Contract: values.Contract{Type: "fixed-term", Hours: "full-time", Duration: values.PlainText("6 mois"), Status: "agent-de-maitrise", Agreement: "Syntec"},
			Location: values.Location{City: "Lyon", Region: "Auvergne-Rhône-Alpes", Country: "FR", Remote: "hybrid", RemoteDays: 2},
			Salary:   values.Salary{Min: 38000, Max: 45000, Currency: "EUR", Period: "year"},
			Start:    "2027-03-01",
			Benefits: values.PlainList("Tickets restaurant", "Mutuelle"),
		}, map[string]string{
			"contract": "Contrat|CDD (6\u00a0mois), temps plein",
			"location": "Lieu|Lyon, Auvergne-Rhône-Alpes (2\u00a0jours de télétravail par semaine)",
			"salary":   "Rémunération|38\u202f000\u00a0€ – 45\u202f000\u00a0€ brut annuel",
			"status":   "Statut|agent de maîtrise", // under the pay, a French candidate's first question
			"start":    "Prise de poste|1er mars 2027",
		}, map[string]string{
			"agreement": "Convention collective|Syntec",
			"benefits":  "Avantages|Tickets restaurant, Mutuelle",
		}},
		{"en", values.Set{
			Contract: values.Contract{Hours: "part-time", Status: "cadre"},
			Location: values.Location{Remote: "hybrid", RemoteDays: 1},
			Salary:   values.Salary{Min: 40000, Currency: "EUR", Period: "year"},
		}, map[string]string{
			"remote": "Remote work|hybrid: 1 day a week from home",
			"salary": "Salary|from €40,000 a year gross",
		}, map[string]string{
			"hours": "Hours|part-time", // the status is French only
		}},
		{"en", values.Set{Salary: values.Salary{Max: 500, Currency: "GBP", Period: "day"}, Location: values.Location{Country: "FR", Remote: "remote"}}, map[string]string{
			"location":         "Location|France (fully remote)",
			"salary":           "Salary|up to £500 a day gross",
			"working_language": "Working language|French (C1), with colleagues and our web agency",
		}, map[string]string{}},
		// A freelance's pay is a rate before VAT, not a gross salary.
		{"fr", values.Set{Contract: values.Contract{Type: "freelance"}, Salary: values.Salary{Min: 400, Max: 400, Currency: "EUR", Period: "day"}}, map[string]string{
			"contract": "Contrat|freelance",
			"salary":   "TJM|400\u00a0€\u00a0HT",
		}, map[string]string{}},
		{"en", values.Set{Contract: values.Contract{Type: "freelance"}, Salary: values.Salary{Min: 400, Max: 400, Currency: "EUR", Period: "day"}}, map[string]string{
			"contract": "Contract|freelance",
			"salary":   "Day rate|€400, excl. VAT",
		}, map[string]string{}},
		{"fr", values.Set{Contract: values.Contract{Type: "freelance"}, Salary: values.Salary{Min: 450, Max: 550, Currency: "EUR", Period: "day"}}, map[string]string{
			"contract": "Contrat|freelance",
			"salary":   "TJM|450\u00a0€ – 550\u00a0€\u00a0HT",
		}, map[string]string{}},
		{"en", values.Set{Contract: values.Contract{Type: "freelance"}, Salary: values.Salary{Min: 60, Currency: "EUR", Period: "hour"}}, map[string]string{
			"contract": "Contract|freelance",
			"salary":   "Hourly rate|from €60, excl. VAT",
		}, map[string]string{}},
		{"fr", values.Set{Contract: values.Contract{Type: "freelance"}, Salary: values.Salary{Max: 8000, Currency: "EUR", Period: "month"}}, map[string]string{
			"contract": "Contrat|freelance",
			"salary":   "Tarif mensuel|jusqu'à 8\u202f000\u00a0€\u00a0HT",
		}, map[string]string{}},
		{"en", values.Set{Contract: values.Contract{Type: "freelance"}, Salary: values.Salary{Min: 400, Currency: "EUR"}}, map[string]string{
			"contract": "Contract|freelance",
			"salary":   "Rate|from €400, excl. VAT",
		}, map[string]string{}},
		// An employee's day pay stays gross.
		{"fr", values.Set{Contract: values.Contract{Type: "fixed-term"}, Salary: values.Salary{Min: 150, Max: 150, Currency: "EUR", Period: "day"}}, map[string]string{
			"contract": "Contrat|CDD",
			"salary":   "Rémunération|150\u00a0€ brut par jour",
		}, map[string]string{}},
	}
	for _, tt := range tests {
		tt.v.Lang = tt.lang
		p, err := r.Resolve("webmaster", tt.v)
		if err != nil {
			t.Fatal(err)
		}
		for _, set := range []struct {
			items []Item
			want  map[string]string
		}{{p.Facts, tt.facts}, {p.Conditions, tt.conds}} {
			if len(set.items) != len(set.want) {
				t.Errorf("%s: %d items, want %d: %+v", tt.lang, len(set.items), len(set.want), set.items)
			}
			for key, want := range set.want {
				if got := item(set.items, key); got != want {
					t.Errorf("%s %s: %q, want %q", tt.lang, key, got, want)
				}
			}
		}
	}
}

// TestPerLanguageValues: a posting takes its language's text, a plain
// value serves every language, and a missing language is an error naming
// the key and the language.
func TestPerLanguageValues(t *testing.T) {
	r := resolver(t)
	v := values.Set{
		TitleSuffix: values.ValueText{ByLang: map[string]string{"fr": "(F/H)", "en": "(M/F)"}},
		Company:     values.Company{About: values.ValueText{ByLang: map[string]string{"fr": "Nous faisons : des outils", "en": "We make tools"}}},
		Team:        values.Team{Size: 1, With: values.PlainText("Ana")},
		Benefits:    values.TextList{ByLang: map[string][]string{"fr": {"Mutuelle"}, "en": {"Health insurance"}}},
		Process:     values.PlainList("Call", "Interview"),
	}
	for lang, want := range map[string][]string{
		"fr": {"Webmaster (F/H)", "Nous faisons\u00a0: des outils", "Mutuelle", "Équipe|1 personne, Ana"},
		"en": {"Website Manager (M/F)", "We make tools", "Health insurance", "Team|1 person, Ana"},
	} {
		v.Lang = lang
		p, err := r.Resolve("webmaster", v)
		if err != nil {
			t.Fatal(err)
		}
		got := []string{p.Heading, p.Company.About, strings.Join(p.Benefits, ","), item(p.Reporting.Items, "team")}
		if !slices.Equal(got, want) || !strings.HasPrefix(strings.ToLower(want[0]), strings.ToLower(p.Title)+" (") || !slices.Equal(p.Process, []string{"Call", "Interview"}) {
			t.Errorf("%s: %q, title %q, process %q", lang, got, p.Title, p.Process)
		}
		if strings.Contains(fmt.Sprint(p), map[string]string{"fr": "Health", "en": "Mutuelle"}[lang]) {
			t.Errorf("%s: the other language's text is in the posting", lang)
		}
	}
	for _, tt := range []struct {
		v    values.Set
		want string
	}{
		{values.Set{Company: values.Company{About: values.ValueText{ByLang: map[string]string{"fr": "x"}}}}, "company.about has no en text; add company.about.en, or write one text for every language"},
		{values.Set{Benefits: values.TextList{ByLang: map[string][]string{"fr": {"x"}}}}, "benefits has no en text; add benefits.en, or write one text for every language"},
		{values.Set{Process: values.TextList{ByLang: map[string][]string{"fr": {"x"}}}}, "process has no en text"},
		{values.Set{Team: values.Team{With: values.ValueText{ByLang: map[string]string{"fr": "x"}}}}, "team.with has no en text"},
		{values.Set{TitleSuffix: values.ValueText{ByLang: map[string]string{"fr": "(F/H)"}}}, "title_suffix has no en text"},
	} {
		tt.v.Lang = "en"
		if _, err := r.Resolve("webmaster", tt.v); err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("got %v, want %s", err, tt.want)
		}
	}
	// The base the reporting line comes from is not changed by a team.
	b, _ := r.Base("social-media-manager", values.Set{Lang: "fr"})
	p1, _ := b.With(values.Set{Lang: "fr", Team: values.Team{Size: 4}})
	p2, _ := b.With(values.Set{Lang: "fr"})
	if item(p1.Reporting.Items, "team") == "" || item(p2.Reporting.Items, "team") != "" {
		t.Errorf("team leaked between postings of one base: %v / %v", p1.Reporting.Items, p2.Reporting.Items)
	}
}

// TestPayBasis: machine formats read whether the amounts are a gross
// salary or a rate before VAT.
func TestPayBasis(t *testing.T) {
	r := resolver(t)
	for typ, want := range map[string]string{"freelance": BasisExclVAT, "permanent": BasisGross, "": BasisGross, "internship": BasisGross} {
		p, err := r.Resolve("webmaster", values.Set{Lang: "en", Contract: values.Contract{Type: typ}, Salary: values.Salary{Min: 400, Currency: "EUR", Period: "day"}})
		if err != nil {
			t.Fatal(err)
		}
		if p.Data.Salary == nil || p.Data.Salary.Basis != want {
			t.Errorf("%q: basis %+v, want %s", typ, p.Data.Salary, want)
		}
	}
}

func TestResolveProfileAndData(t *testing.T) {
	r := resolver(t)
	p, err := r.Resolve("community-manager", values.Set{Lang: "fr", Seniority: "senior", Posted: "2026-11-20", Salary: values.Salary{Min: 1, Currency: "EUR"}})
	if err != nil {
		t.Fatal(err)
	}
	if got := item(p.Profile, "experience"); got != "Expérience|6\u00a0ans minimum en animation de communautés, en agence ou chez l'annonceur" {
		t.Errorf("experience: %q", got)
	}
	if p.Data.ExperienceYears == nil || *p.Data.ExperienceYears != 6 || p.Data.Posted != "2026-11-20" || p.Apply.Posted != "20 novembre 2026" {
		t.Errorf("data: %+v, apply %+v", p.Data, p.Apply)
	}
	if p.Data.Salary == nil || p.Data.Codes.ROME == "" || p.Labels.Missions != "Vos missions" {
		t.Errorf("data or labels missing: %+v %+v", p.Data, p.Labels)
	}
	p, _ = r.Resolve("community-manager", values.Set{Lang: "en"})
	if p.Data.Salary != nil || p.Aliases == nil || p.Benefits == nil || p.Conditions == nil {
		t.Error("an empty posting has nil lists or a salary")
	}
}

// TestBaseIsSharedByItsKey: a base resolved for one posting serves every
// posting of the same key, and refuses the others.
func TestBaseIsSharedByItsKey(t *testing.T) {
	r := resolver(t)
	v := values.Set{Lang: "fr", Seniority: "confirmed", Company: values.Company{Size: "small", Name: "A"}}
	b, err := r.Base("community-manager", v)
	if err != nil {
		t.Fatal(err)
	}
	w := v
	w.Company.Name, w.Location.City = "B", "Brest"
	// The values a real posting needs are the posting's own, not the role's.
	w.TitleSuffix, w.Team, w.Process = values.PlainText("(F/H)"), values.Team{Size: 3, With: values.PlainText("x")}, values.PlainList("Appel")
	w.Location.Remote, w.Location.RemoteDays = "hybrid", 2
	w.Contract = values.Contract{Type: "permanent", Status: "cadre", Agreement: "Syntec"}
	w.Company.About, w.Benefits = values.ValueText{ByLang: map[string]string{"fr": "a"}}, values.TextList{ByLang: map[string][]string{"fr": {"b"}}}
	if KeyOf("community-manager", w) != KeyOf("community-manager", v) {
		t.Fatal("values of the posting's own changed the key")
	}
	p, err := b.With(w)
	if err != nil {
		t.Fatal(err)
	}
	direct, _ := r.Resolve("community-manager", w)
	if p.Company.Name != "B" || !reflect.DeepEqual(p, direct) {
		t.Error("a posting from a base differs from one resolved directly")
	}
	for _, other := range []values.Set{
		{Lang: "en", Seniority: "confirmed", Company: values.Company{Size: "small"}},
		{Lang: "fr", Seniority: "senior", Company: values.Company{Size: "small"}},
		{Lang: "fr", Seniority: "confirmed", Company: values.Company{Size: "large"}},
	} {
		if KeyOf("community-manager", other) == KeyOf("community-manager", v) {
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
	if _, err := r.Resolve("webmaster", values.Set{Lang: "de"}); err == nil {
		t.Error("an unknown language resolved")
	}
}

// An offer shows the key missions, each with its first activities, and
// the key skills; the full reference shows everything; a recruiter may
// choose missions and skills by id.
func TestOfferAndReference(t *testing.T) {
	r := resolver(t)
	offer, err := r.Resolve("community-manager", values.Set{Lang: "en"})
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
	full, err := r.Resolve("community-manager", values.Set{Lang: "en", Length: "full", Company: values.Company{Size: "small"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(full.Missions) <= len(offer.Missions) || !strings.HasPrefix(full.Context, ro.Summary.In("en")) || len(full.Aliases) == 0 {
		t.Errorf("the reference lacks missions, the summary or the aliases: %d missions, %q", len(full.Missions), full.Context)
	}
	chosen, err := r.Resolve("community-manager", values.Set{Lang: "en", Missions: []string{"reputation", "animate"}, Skills: []string{"seo"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(chosen.Missions) != 2 || chosen.Missions[0].Title != ro.Missions[0].Title.In("en") || len(chosen.Skills.KnowHow) != 1 {
		t.Errorf("chosen missions %v, skills %+v", chosen.Missions, chosen.Skills)
	}
	_, err = r.Resolve("community-manager", values.Set{Lang: "en", Missions: []string{"animat"}})
	if !usage.Is(err) || !strings.Contains(err.Error(), `did you mean "animate"`) {
		t.Errorf("an unknown mission id: %v", err)
	}
}

// Size and seniority change the reporting line and the missions: a junior
// manages nobody, a small company's role reports to its director.
func TestVariants(t *testing.T) {
	r := resolver(t)
	junior, _ := r.Resolve("social-media-manager", values.Set{Lang: "en", Seniority: "junior"})
	if item(junior.Reporting.Items, "manages") != "" {
		t.Errorf("a junior manager still manages: %v", junior.Reporting.Items)
	}
	confirmed, _ := r.Resolve("social-media-manager", values.Set{Lang: "en"})
	if item(confirmed.Reporting.Items, "manages") == "" {
		t.Error("the social media manager manages nobody")
	}
	small, _ := r.Resolve("community-manager", values.Set{Lang: "fr", Company: values.Company{Size: "small"}})
	if item(small.Reporting.Items, "reports_to") != "Poste rattaché à|la direction générale" {
		t.Errorf("a small company's community manager: %+v", small.Reporting)
	}
	if w := r.Warning("corporate-social-strategist", values.Set{Company: values.Company{Size: "small"}}); !strings.Contains(w, "community-manager") {
		t.Errorf("warning %q", w)
	}
	if w := r.Warning("corporate-social-strategist", values.Set{Company: values.Company{Size: "large"}}); w != "" {
		t.Errorf("warning at the right size: %q", w)
	}
}

// French postings carry no-break spaces before high punctuation, in
// amounts and after labels.
func TestFrenchTypography(t *testing.T) {
	r := resolver(t)
	p, _ := r.Resolve("community-manager", values.Set{Lang: "fr", Salary: values.Salary{Min: 38000, Currency: "EUR"}, Company: values.Company{About: values.PlainText("Qui sommes-nous ? Une équipe !")}})
	if !strings.Contains(p.Pitch, "\u00a0:") || strings.Contains(p.Pitch, " :") {
		t.Errorf("pitch %q", p.Pitch)
	}
	if p.Labels.Colon != "\u00a0: " || p.Company.About != "Qui sommes-nous\u202f? Une équipe\u202f!" {
		t.Errorf("colon %q, about %q", p.Labels.Colon, p.Company.About)
	}
	if got := item(p.Facts, "salary"); !strings.Contains(got, "38\u202f000\u00a0€") {
		t.Errorf("salary %q", got)
	}
}

// A duration given per language reads in the posting's language.
func TestDurationPerLanguage(t *testing.T) {
	r := resolver(t)
	v := values.Set{Contract: values.Contract{Type: "fixed-term", Duration: values.ValueText{ByLang: map[string]string{"fr": "12 mois", "en": "12 months"}}}}
	for lang, want := range map[string]string{"fr": "CDD (12\u00a0mois)", "en": "fixed-term (12 months)"} {
		v.Lang = lang
		p, err := r.Resolve("webmaster", v)
		if err != nil {
			t.Fatal(err)
		}
		if got := item(p.Facts, "contract"); !strings.HasSuffix(got, want) {
			t.Errorf("%s: contract %q, want it to end with %q", lang, got, want)
		}
	}
}

// The fields SharedFields names are alike in every posting of one base,
// and every other field the values set is not, so a format that lays the
// shared ones out once per base writes what it would write each time.
func TestSharedFields(t *testing.T) {
	r := resolver(t)
	a := values.Set{Lang: "fr", Seniority: "confirmed", Company: values.Company{Name: "Alpha", Size: "medium", About: values.PlainText("Alpha fait des choses."), URL: "https://alpha.example",
		WhyJoin: values.PlainText("Une équipe soudée."), Inclusion: values.PlainText("Handi-accueillant.")},
		Location: values.Location{City: "Lyon", Country: "FR", Remote: "hybrid"}, Contract: values.Contract{Type: "permanent", Hours: "full-time", Status: "cadre", WorkingTime: "forfait-jours", WorkPermit: "required"},
		Salary: values.Salary{Min: 38000, Max: 45000, Currency: "EUR", Period: "year"}, Benefits: values.PlainList("Mutuelle"), Process: values.PlainList("Un appel"),
		Apply: values.Apply{Email: "a@alpha.example"}, Reference: "A-1", Posted: "2026-11-01", TitleSuffix: values.PlainText("(F/H)"), Team: values.Team{Size: 4}, Client: values.Client{Name: "Gamma"},
		Scope: values.PlainText("Vous gérez trois sites."), ProcessNote: values.PlainText("Réponse sous deux semaines.")}
	b := values.Set{Lang: "fr", Seniority: "confirmed", Company: values.Company{Name: "Beta", Size: "medium"},
		Location: values.Location{City: "Namur", Country: "BE", Remote: "onsite"}, Contract: values.Contract{Type: "fixed-term", Hours: "part-time"},
		Apply: values.Apply{URL: "https://beta.example/jobs"}, Reference: "B-2", Posted: "2026-12-01"}
	if KeyOf("webmaster", a) != KeyOf("webmaster", b) {
		t.Fatal("the two values must share a key")
	}
	base, err := r.Base("webmaster", a)
	if err != nil {
		t.Fatal(err)
	}
	pa, err := base.With(a)
	if err != nil {
		t.Fatal(err)
	}
	pb, err := base.With(b)
	if err != nil {
		t.Fatal(err)
	}
	if pa.Base() != base || pb.Base() != base {
		t.Fatal("a posting does not name the base it was made from")
	}
	va, vb := reflect.ValueOf(pa).Elem(), reflect.ValueOf(pb).Elem()
	shared := SharedFields()
	for i := range va.NumField() {
		f := va.Type().Field(i)
		if !f.IsExported() || f.Name == "Page" { // Page is set by jobdesc site after resolving, never from values
			continue
		}
		same := reflect.DeepEqual(va.Field(i).Interface(), vb.Field(i).Interface())
		switch {
		case slices.Contains(shared, f.Name) && !same:
			t.Errorf("%s is shared but differs between postings of one base", f.Name)
		case !slices.Contains(shared, f.Name) && same:
			t.Errorf("%s is alike in both postings: is it shared? (if so, add it to SharedFields; if not, make the values differ)", f.Name)
		}
	}
	for _, name := range shared {
		if _, ok := va.Type().FieldByName(name); !ok {
			t.Errorf("SharedFields names %s, which a posting does not have", name)
		}
	}
}

// A junior posting shows a skill's junior line where the role gives one
// (a beginner cannot claim to run hosting), and the offer line elsewhere.
func TestJuniorSkillLines(t *testing.T) {
	r := resolver(t)
	line := func(role, seniority, id string) string {
		t.Helper()
		p, err := r.Resolve(role, values.Set{Lang: "fr", Seniority: seniority})
		if err != nil {
			t.Fatal(err)
		}
		for _, group := range [][]Skill{p.Skills.KnowHow, p.Skills.Soft, p.Skills.Knowledge} {
			for _, s := range group {
				if s.ID == id {
					return s.Line
				}
			}
		}
		t.Fatalf("%s posting has no skill %s", seniority, id)
		return ""
	}
	for _, tc := range []struct{ role, seniority, id, want string }{
		{"webmaster", "junior", "technical-basics", "Vous voulez comprendre comment fonctionnent l'hébergement"},
		{"webmaster", "confirmed", "technical-basics", "Vous connaissez les bases de l'hébergement"},
		{"webmaster", "senior", "technical-basics", "Vous discutez d'égal à égal"},
		{"webmaster", "junior", "web-development", "Vous avez déjà utilisé un CMS"},
		{"social-recruiting-assistant", "junior", "relational", "Vous savez mettre les personnes à l'aise"}, // no junior line: the offer line
	} {
		if got := line(tc.role, tc.seniority, tc.id); !strings.HasPrefix(got, tc.want) {
			t.Errorf("%s %s: %q, want it to start with %q", tc.seniority, tc.id, got, tc.want)
		}
	}
}

// TestLevelWhenNoneAsked: a posting that asks no seniority is posted at
// the role's own level (senior for a role hired senior only), while one
// that asks a level the role is not hired at is refused.
func TestLevelWhenNoneAsked(t *testing.T) {
	r := resolver(t)
	for _, tc := range []struct{ role, asked, want string }{
		{"community-manager", "", "confirmed"},
		{"digital-manager", "", "senior"},
		{"digital-manager", "senior", "senior"},
		{"community-manager", "junior", "junior"},
	} {
		p, err := r.Resolve(tc.role, values.Set{Lang: "fr", Seniority: tc.asked})
		if err != nil {
			t.Errorf("%s at %q: %v", tc.role, tc.asked, err)
			continue
		}
		if p.Data.Seniority != tc.want {
			t.Errorf("%s at %q: posted at %q, want %q", tc.role, tc.asked, p.Data.Seniority, tc.want)
		}
	}
	if _, err := r.Resolve("digital-manager", values.Set{Lang: "fr", Seniority: "confirmed"}); err == nil || !strings.Contains(err.Error(), "use senior") {
		t.Errorf("a head of digital asked at confirmed: %v", err)
	}
}

// A text's language is remembered by Readings, and what it remembers is
// what telling it again says: a text in the other language is refused
// each time, one in the posting's language accepted each time, even past
// the bound on what Readings keeps.
func TestWithReadings(t *testing.T) {
	r := resolver(t)
	fr := "Nous sommes une équipe de la région qui fabrique des outils pour les artisans."
	en := "We are a small team in the region that makes tools for the trades."
	var rd Readings
	for i := range maxReadings + 3 {
		for _, tc := range []struct {
			about string
			ok    bool
		}{{fr, false}, {en, true}, {fmt.Sprintf("%s %d", en, i), true}} {
			v := values.Set{Lang: "en", Company: values.Company{About: values.PlainText(tc.about)}}
			b, err := r.Base("community-manager", v)
			if err != nil {
				t.Fatal(err)
			}
			_, err = b.WithReadings(v, &rd)
			var ml *MissingLangError
			if got := !errors.As(err, &ml); got != tc.ok || !tc.ok && ml.ReadsAs != "fr" {
				t.Fatalf("text %d %q: %v", i, tc.about, err)
			}
		}
	}
	if len(rd.langs) > maxReadings {
		t.Errorf("keeps %d texts", len(rd.langs))
	}
}

// TestUnsuitableBySizeAndSeniority: a refusal limited to some seniorities
// holds at those only, and its message names the levels to ask instead; a
// refusal by size holds at every level.
func TestUnsuitableBySizeAndSeniority(t *testing.T) {
	r := resolver(t)
	tests := []struct {
		role, size, seniority string
		want                  string // a part of the message; "" for no refusal
	}{
		{"webmaster", "small", "junior", "webmaster is not a role a small company hires at junior level; set --seniority confirmed or senior; consider community-manager (Community manager) instead: "},
		{"webmaster", "small", "", ""},
		{"webmaster", "small", "confirmed", ""},
		{"webmaster", "small", "senior", ""},
		{"webmaster", "medium", "junior", ""},
		{"content-curator", "small", "junior", "content-curator is not a role a small company hires; consider community-manager"},
		{"content-curator", "small", "senior", "content-curator is not a role a small company hires; consider community-manager"},
	}
	for _, tt := range tests {
		v := values.Set{Lang: "fr", Seniority: tt.seniority, Company: values.Company{Size: tt.size}}
		u := r.Unsuitable(tt.role, v)
		_, err := r.Resolve(tt.role, v)
		switch {
		case tt.want == "" && (u != nil || err != nil):
			t.Errorf("%s %s %q: refused: %v %v", tt.role, tt.size, tt.seniority, u, err)
		case tt.want != "" && (u == nil || !strings.HasPrefix(u.Msg, tt.want)):
			t.Errorf("%s %s %q: got %v, want a message starting %q", tt.role, tt.size, tt.seniority, u, tt.want)
		case tt.want != "" && err == nil:
			t.Errorf("%s %s %q: resolved", tt.role, tt.size, tt.seniority)
		}
	}
}

// The phrases a base makes once (the process's {manager}, the English
// level with its use) are those each posting made for itself, and a
// label they need that is missing still fails the postings that use it,
// only those.
func TestBasePhrases(t *testing.T) {
	r := resolver(t)
	ids := r.Catalog.IDs()
	english := 0
	for _, id := range ids {
		for _, lang := range []string{"fr", "en"} {
			v := values.Set{Lang: lang, Process: values.PlainList("Entretien avec {manager}", "Appel ({manager})"), Location: values.Location{Country: "FR"}}
			b, err := r.Base(id, v)
			if err != nil {
				continue
			}
			if b.englishFor != "" {
				english++
			}
			cached, err := b.With(v)
			if err != nil {
				t.Fatal(err)
			}
			each := *b
			each.steps, each.englishFor = nil, ""
			own, err := each.With(v)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(cached.Process, own.Process) || !reflect.DeepEqual(cached.Facts, own.Facts) {
				t.Errorf("%s %s: base %q %v, per posting %q %v", id, lang, cached.Process, cached.Facts, own.Process, own.Facts)
			}
			if strings.Contains(strings.Join(cached.Process, ""), "{manager}") {
				t.Errorf("%s %s: %q", id, lang, cached.Process)
			}
		}
	}
	if english == 0 {
		t.Error("no role asks English with its use: the English phrase is not tested")
	}
	v := values.Set{Lang: "fr", Process: values.PlainList("Entretien avec {manager}")}
	b, err := r.Base("community-manager", v)
	if err != nil {
		t.Fatal(err)
	}
	lacking := *b
	lacking.words = maps.Clone(b.words)
	delete(lacking.words, "manager_named")
	delete(lacking.words, "manager_unnamed")
	lacking.phrases()
	if _, err := lacking.With(v); err == nil || !strings.Contains(err.Error(), "label") {
		t.Errorf("a process without its manager label: %v", err)
	}
	lacking.err = nil
	if _, err := lacking.With(values.Set{Lang: "fr"}); err != nil {
		t.Errorf("no process, no manager label needed: %v", err)
	}
}

// TestCompanySite: the company block's link is left out when the
// application link is on the same host, and JSON-LD still has the URL.
func TestCompanySite(t *testing.T) {
	r := resolver(t)
	for _, tt := range []struct{ site, apply, email, want string }{
		{"https://www.example.fr/", "https://www.example.fr/carrieres", "", ""},
		{"https://www.example.fr/", "https://WWW.example.fr/jobs/12", "", ""},
		{"https://www.example.fr/", "https://jobs.example.fr/12", "", "https://www.example.fr/"},
		{"https://www.example.fr/", "", "jobs@example.fr", "https://www.example.fr/"},
		{"", "https://www.example.fr/carrieres", "", ""},
	} {
		v := values.Set{Lang: "fr", Company: values.Company{Name: "Exemple SA", URL: tt.site}, Apply: values.Apply{URL: tt.apply, Email: tt.email}}
		p, err := r.Resolve("webmaster", v)
		if err != nil {
			t.Fatal(err)
		}
		if p.Company.Site != tt.want || p.Company.URL != tt.site {
			t.Errorf("%s, %s: site %q, url %q; want %q, %q", tt.site, tt.apply, p.Company.Site, p.Company.URL, tt.want, tt.site)
		}
	}
}

// TestTeamBlockComplete: at every size and seniority a role is hired at,
// the team block says whom the hire manages; a senior hire who manages
// nobody is told so (a senior title leaves it open), a junior or
// confirmed one never is (nobody expects reports there); and a hire who
// manages nobody under a post of the catalogue is told whom they work
// beside.
func TestTeamBlockComplete(t *testing.T) {
	r := resolver(t)
	r.AllowUnsuitable = true
	for _, id := range r.Catalog.IDs() {
		ro, _ := r.Catalog.Role(id)
		for _, size := range role.Sizes() {
			for _, sen := range ro.SenioritiesHired() {
				for _, lang := range role.Languages() {
					v := values.Set{Lang: lang, Seniority: sen, Company: values.Company{Size: size}}
					p, err := r.Resolve(id, v)
					if err != nil {
						t.Fatalf("%s %s %s %s: %v", id, size, sen, lang, err)
					}
					text := p.Reporting.Text
					manages := map[string]string{"fr": "Vous encadrez ", "en": "You'll manage "}[lang]
					none := map[string]string{"fr": "Poste sans encadrement", "en": "o line management"}[lang] // "No line management; …", "The role has no line management."
					shape := ro.ShapeAt(size, sen)
					switch {
					case sen == "junior" && strings.Contains(text, manages), sen != "senior" && strings.Contains(text, none):
						t.Errorf("%s %s %s %s speaks of managing: %q", id, size, sen, lang, text)
					case sen == "senior" && !strings.Contains(text, manages) && !strings.Contains(text, none):
						t.Errorf("%s %s %s %s: the team block says neither whom the hire manages nor that they manage nobody: %q", id, size, sen, lang, text)
					case !strings.Contains(text, manages) && shape.ReportsTo != "" && len(peersOf(r.Catalog, id, shape, size, sen)) > 0 &&
						!strings.Contains(text, map[string]string{"fr": "travaillez avec", "en": "work "}[lang]) && !strings.Contains(text, "colleagues include"):
						t.Errorf("%s %s %s %s: no peers named: %q", id, size, sen, lang, text)
					}
				}
			}
		}
	}
}

// TestPeersAlone: a role loaded alone names the posts it works beside as
// it does in the whole catalogue.
func TestPeersAlone(t *testing.T) {
	c, err := catalog.LoadRoles([]string{"community-manager"}, catalog.Layer{Dir: "roles", FS: roles.FS(), Shipped: true})
	if err != nil {
		t.Fatal(err)
	}
	r := resolver(t)
	r.Catalog = c
	p, err := r.Resolve("community-manager", values.Set{Lang: "fr"})
	if err != nil {
		t.Fatal(err)
	}
	if want := "travaillez avec notre chargé·e de publicité réseaux sociaux"; !strings.Contains(p.Reporting.Text, want) {
		t.Errorf("community manager alone: %q, want %q", p.Reporting.Text, want)
	}
}

// TestTeamSizeBelowManaged: a team.size that cannot hold the hire and the
// posts the role manages is refused, naming the value to fix.
func TestTeamSizeBelowManaged(t *testing.T) {
	r := resolver(t)
	_, err := r.Resolve("social-media-manager", values.Set{Lang: "fr", Team: values.Team{Size: 2}})
	var ts *TeamSizeError
	if !errors.As(err, &ts) || !strings.Contains(err.Error(), "team.size: 2") || !strings.Contains(err.Error(), "at least 3") {
		t.Fatalf("got %v, want a TeamSizeError asking for at least 3", err)
	}
	if _, err := r.Resolve("social-media-manager", values.Set{Lang: "fr", Team: values.Team{Size: 3}}); err != nil {
		t.Errorf("size 3: %v", err)
	}
}

// TestJuniorOfATeamLead checks what a junior hire of a post that leads a
// team is told: they report to that post (they work in its team, not over
// it), their tools are ones the job teaches, and a role that weighs work
// samples asks for them where the candidate applies.
func TestJuniorOfATeamLead(t *testing.T) {
	r := resolver(t)
	for _, tc := range []struct{ lang, boss, tools, apply string }{
		{"fr", "rattaché·e à notre responsable réseaux sociaux", "Outils (formation assurée)", "Postulez avec votre CV et deux ou trois liens vers vos réalisations"},
		{"en", "report to our social media manager", "Tools (we'll train you)", "Apply with your CV and links to your best work"},
	} {
		v := values.Set{Lang: tc.lang, Seniority: "junior", Company: values.Company{Name: "Exemple SA", Size: "medium"}, Apply: values.Apply{URL: "https://example.fr/jobs"}}
		p, err := r.Resolve("social-media-manager", v)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(p.Reporting.Text, tc.boss) {
			t.Errorf("%s: team paragraph %q, want %q", tc.lang, p.Reporting.Text, tc.boss)
		}
		if got := item(p.Profile, "tools"); !strings.HasPrefix(got, tc.tools+"|") {
			t.Errorf("%s: tools %q, want the label %q", tc.lang, got, tc.tools)
		}
		cm, err := r.Resolve("community-manager", v)
		if err != nil {
			t.Fatal(err)
		}
		if cm.Apply.Lead != tc.apply {
			t.Errorf("%s: application line %q, want %q", tc.lang, cm.Apply.Lead, tc.apply)
		}
		if want := map[string]string{"fr": "Exemple SA", "en": "About Exemple SA"}[tc.lang]; cm.Company.Heading != want {
			t.Errorf("%s: company heading %q, want %q", tc.lang, cm.Company.Heading, want)
		}
	}
}

// A freelance works for the company, not under it nor over its staff: the
// posting names whom the assignment is agreed with, never a manager it
// reports to, and a post that manages staff is refused as freelance.
func TestFreelanceIsNoEmployee(t *testing.T) {
	r := resolver(t)
	day := values.Salary{Min: 400, Max: 500, Currency: "EUR", Period: "day"}
	for _, tc := range []struct{ lang, want, not string }{
		{"fr", "Votre interlocuteur·rice est notre responsable de la communication, qui fixe avec vous les objectifs et les livrables de la mission.", "rattaché"},
		{"en", "Your contact is the head of communications, who agrees the assignment's objectives and deliverables with you.", "report to"},
	} {
		v := values.Set{Lang: tc.lang, Company: values.Company{Size: "medium"}, Contract: values.Contract{Type: values.Freelance}, Salary: day}
		p, err := r.Resolve("internal-community-manager", v)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(p.Reporting.Text, tc.want) || strings.Contains(p.Reporting.Text, tc.not) {
			t.Errorf("%s: team paragraph %q, want %q and no %q", tc.lang, p.Reporting.Text, tc.want, tc.not)
		}
		v.Contract.Type = "permanent"
		v.Salary = values.Salary{Min: 40000, Max: 45000, Currency: "EUR", Period: "year"}
		if p, err := r.Resolve("internal-community-manager", v); err != nil || !strings.Contains(p.Reporting.Text, tc.not) {
			t.Errorf("%s: an employee's team paragraph %q (%v), want %q", tc.lang, p.Reporting.Text, err, tc.not)
		}
	}
	_, err := r.Resolve("social-media-manager", values.Set{Lang: "fr", Company: values.Company{Size: "medium"}, Contract: values.Contract{Type: values.Freelance}, Salary: day})
	var fm *FreelanceManagerError
	if !errors.As(err, &fm) || fm.ValueKey() != "contract.type" || !strings.Contains(err.Error(), "manages staff") {
		t.Fatalf("got %v, want a FreelanceManagerError naming contract.type", err)
	}
}
