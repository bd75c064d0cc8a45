package render

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"html"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/internal/values"
)

// jsonldOf renders the jsonld format and decodes it generically, as a job
// board would read it.
func jsonldOf(t *testing.T, v values.Set) map[string]any {
	t.Helper()
	c := shippedCatalog(t)
	r := renderer(t, "jsonld")
	var buf bytes.Buffer
	if err := r.Render(context.Background(), &buf, resolve(t, c, r, "community-manager", v)); err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(buf.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func get(m map[string]any, path string) any {
	var v any = m
	for _, k := range strings.Split(path, ".") {
		mm, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = mm[k]
	}
	return v
}

// TestJSONLDProperties checks every required and recommended property of
// Google for Jobs' JobPosting, with the complete values.
func TestJSONLDProperties(t *testing.T) {
	v := valuesFile(t, "complete")
	v.Lang = "en"
	// the complete values are a permanent job with no region or team:
	// add them, for the properties they fill
	v.Location.Region = "Auvergne-Rhône-Alpes"
	v.Contract.Type, v.Contract.Duration = "fixed-term", values.ValueText{ByLang: map[string]string{"fr": "12 mois", "en": "12 months"}}
	v.Team.Size, v.Team.With = 6, values.PlainText("You work closely with marketing.")
	m := jsonldOf(t, v)
	want := map[string]any{
		"@context":                                  "https://schema.org",
		"@type":                                     "JobPosting",
		"title":                                     "Community Manager (Social Media)",
		"datePosted":                                "2026-11-20",
		"validThrough":                              "2027-01-31",
		"jobStartDate":                              "2027-05-03",
		"hiringOrganization.@type":                  "Organization",
		"hiringOrganization.name":                   "Exemple SA",
		"hiringOrganization.sameAs":                 "https://www.example.fr/",
		"jobLocation.@type":                         "Place",
		"jobLocation.address.@type":                 "PostalAddress",
		"jobLocation.address.addressLocality":       "Lyon",
		"jobLocation.address.addressRegion":         "Auvergne-Rhône-Alpes",
		"jobLocation.address.addressCountry":        "FR",
		"baseSalary.@type":                          "MonetaryAmount",
		"baseSalary.currency":                       "EUR",
		"baseSalary.value.@type":                    "QuantitativeValue",
		"baseSalary.value.minValue":                 38000.0,
		"baseSalary.value.maxValue":                 45000.0,
		"baseSalary.value.unitText":                 "YEAR",
		"identifier.@type":                          "PropertyValue",
		"identifier.value":                          "EX-2027-014",
		"directApply":                               true,
		"experienceRequirements.@type":              "OccupationalExperienceRequirements",
		"experienceRequirements.monthsOfExperience": 36.0,
	}
	for path, w := range want {
		if got := get(m, path); got != w {
			t.Errorf("%s = %v, want %v", path, got, w)
		}
	}
	if got := get(m, "employmentType"); !equalList(got, "FULL_TIME", "TEMPORARY") {
		t.Errorf("employmentType = %v", got)
	}
	for _, key := range []string{"skills", "occupationalCategory", "educationRequirements", "description"} {
		if get(m, key) == nil {
			t.Errorf("no %s", key)
		}
	}
	if cats, _ := get(m, "occupationalCategory").([]any); len(cats) != 3 || get(cats[0].(map[string]any), "inCodeSet") != "ISCO-08" {
		t.Errorf("occupationalCategory = %v", cats)
	}
	desc, _ := get(m, "description").(string)
	// The key facts first; what schema.org has no property for is worded
	// in the description.
	if desc == get(m, "title") || !strings.HasPrefix(desc, "<ul><li>Contract: fixed-term (12 months), full-time, with a probationary period of four months</li><li>Location: Part-Dieu, Lyon, Auvergne-Rhône-Alpes, France (hybrid: 2 days a week from home)</li>") {
		t.Errorf("description %.120q", desc)
	}
	for _, want := range []string{"<p>Your team</p><p>You&#39;ll join a team of six, reporting to our social media manager. Your colleagues include our paid social specialist. You work closely with marketing.</p>", "<p>Interview process</p><ul><li>A 30-minute HR call in French</li>"} {
		if !strings.Contains(desc, want) {
			t.Errorf("description lacks %s", want)
		}
	}
	if strings.Contains(desc, "Syntec") {
		t.Error("an English description names the collective agreement without saying what it is")
	}
	// The French status is said, explained: the trial period depends on it.
	if strings.Contains(desc, "Statut") || strings.Contains(desc, "titres-restaurant") || strings.Contains(desc, "cadre") && !strings.Contains(desc, "cadre (professional staff status)") {
		t.Error("an English description carries French-only or French text")
	}
	for _, tag := range regexp.MustCompile(`</?([a-zA-Z0-9]+)`).FindAllStringSubmatch(desc, -1) {
		if !slices.Contains([]string{"p", "ul", "li"}, tag[1]) {
			t.Errorf("description uses <%s>", tag[1])
		}
	}
	if get(m, "jobLocationType") != nil {
		t.Error("an office job says TELECOMMUTE")
	}
}

func equalList(got any, want ...string) bool {
	l, ok := got.([]any)
	if !ok || len(l) != len(want) {
		return false
	}
	for i := range l {
		if l[i] != want[i] {
			return false
		}
	}
	return true
}

func TestJSONLDRemote(t *testing.T) {
	v := valuesFile(t, "complete")
	v.Lang, v.Location.Remote = "fr", "remote"
	m := jsonldOf(t, v)
	if get(m, "jobLocationType") != "TELECOMMUTE" || get(m, "applicantLocationRequirements.@type") != "Country" || get(m, "applicantLocationRequirements.name") != "FR" {
		t.Errorf("remote job: %v %v", get(m, "jobLocationType"), get(m, "applicantLocationRequirements"))
	}
	if get(m, "jobLocation") != nil {
		t.Error("a fully remote job has a jobLocation")
	}
}

func TestEmploymentType(t *testing.T) {
	tests := []struct {
		typ, hours string
		want       []string
	}{
		{"permanent", "full-time", []string{"FULL_TIME"}},
		{"permanent", "part-time", []string{"PART_TIME"}},
		{"permanent", "", nil},
		{"fixed-term", "full-time", []string{"FULL_TIME", "TEMPORARY"}},
		{"fixed-term", "", []string{"TEMPORARY"}},
		{"freelance", "part-time", []string{"CONTRACTOR"}},
		{"internship", "full-time", []string{"INTERN", "FULL_TIME"}},
		{"apprenticeship", "", []string{"INTERN"}},
		{"", "part-time", []string{"PART_TIME"}},
	}
	allowed := []string{"FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN"}
	for _, tt := range tests {
		got := EmploymentType(posting.Terms{Type: tt.typ, Hours: tt.hours})
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s %s: %v, want %v", tt.typ, tt.hours, got, tt.want)
		}
		for _, e := range got {
			if !slices.Contains(allowed, e) {
				t.Errorf("%s is not a schema.org employment type", e)
			}
		}
	}
	// Every pay period maps to a unitText Google accepts.
	for _, period := range values.PayPeriods {
		if u := strings.ToUpper(period); !slices.Contains([]string{"HOUR", "DAY", "WEEK", "MONTH", "YEAR"}, u) {
			t.Errorf("period %s gives unitText %s", period, u)
		}
	}
}

func TestJSONLDMissing(t *testing.T) {
	c := shippedCatalog(t)
	r := renderer(t, "jsonld")
	d := shippedDescriber(t)
	base := valuesFile(t, "complete")
	tests := []struct {
		edit func(*values.Set)
		want string
	}{
		{func(v *values.Set) { v.Company.Name = "" }, "jsonld needs a company name: set company.name"},
		{func(v *values.Set) { v.Posted = "" }, "jsonld needs the posted date: set posted"},
		{func(v *values.Set) { v.Location.Country = "" }, "jsonld needs the job's country: set location.country (an ISO code such as FR)"},
		{func(v *values.Set) { v.Location.Country, v.Location.Remote = "", "remote" }, "jsonld needs the job's country"},
	}
	for _, tt := range tests {
		v := base
		tt.edit(&v)
		var buf bytes.Buffer
		err := r.Render(context.Background(), &buf, resolve(t, c, r, "webmaster", v))
		var missing *MissingError
		if !errors.As(err, &missing) || !strings.HasPrefix(err.Error(), tt.want) || buf.Len() != 0 {
			t.Errorf("got %v, want %s", err, tt.want)
		}
	}
	// MissingProperties, which lint reads, says what the whole build's
	// Missing says, without writing the description.
	for _, edit := range append([]func(*values.Set){func(*values.Set) {}}, func(v *values.Set) { *v = values.Set{Lang: "en"} }) {
		v := base
		edit(&v)
		for _, tt := range tests {
			w := v
			tt.edit(&w)
			p := resolve(t, c, r, "webmaster", w)
			j, err := d.build(p)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := MissingProperties(p), j.Missing(); !slices.Equal(got, want) {
				t.Errorf("MissingProperties %v, the built JobPosting lacks %v", got, want)
			}
		}
	}
}

// TestHTMLScriptBlock: a value cannot close the JSON-LD block or the page's
// markup, and the block is the JobPosting.
func TestHTMLScriptBlock(t *testing.T) {
	c := shippedCatalog(t)
	r := renderer(t, "html")
	v := valuesFile(t, "hostile")
	out := render(t, r, resolve(t, c, r, "webmaster", v))
	if n := strings.Count(out, "<script"); n != 1 {
		t.Fatalf("%d script elements, want the JSON-LD one only", n)
	}
	start := strings.Index(out, `<script type="application/ld+json">`) + len(`<script type="application/ld+json">`)
	end := strings.Index(out[start:], "</script>")
	var m map[string]any
	if err := json.Unmarshal([]byte(out[start:start+end]), &m); err != nil {
		t.Fatalf("the block is not JSON: %v", err)
	}
	if get(m, "hiringOrganization.name") != "Acme <script>alert(1)</script> & *Co*" {
		t.Errorf("company name in the block: %v", get(m, "hiringOrganization.name"))
	}
	for _, bad := range []string{"<img", "<b>", "onerror=alert(5)>"} {
		if strings.Contains(out, bad) {
			t.Errorf("page carries %q as markup", bad)
		}
	}
}

// shippedDescriber writes JobPostings with the shipped description.
func shippedDescriber(t testing.TB) *describer {
	t.Helper()
	name, src, err := lookup(shippedLayers, DescriptionFile)
	if err != nil {
		t.Fatal(err)
	}
	d, err := newDescriber(name, src)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestJSONLDFreelanceRate: a freelance's day rate is the baseSalary the
// client commits to, by the DAY, named as a rate before VAT, for a
// CONTRACTOR; the description's facts word it the same way.
func TestJSONLDFreelanceRate(t *testing.T) {
	c := shippedCatalog(t)
	r := renderer(t, "jsonld")
	for lang, want := range map[string]string{"fr": "TJM\u00a0: 400\u00a0€\u00a0HT", "en": "Day rate: €400, excl. VAT"} {
		v := valuesFile(t, "complete")
		v.Lang = lang
		v.Contract = values.Contract{Type: "freelance"}
		v.Salary = values.Salary{Min: 400, Max: 400, Currency: "EUR", Period: "day"}
		var j JSONLD
		if err := json.Unmarshal([]byte(render(t, r, resolve(t, c, r, "webmaster", v))), &j); err != nil {
			t.Fatal(err)
		}
		if j.BaseSalary == nil || j.BaseSalary.Name != want || j.BaseSalary.Value.UnitText != "DAY" || *j.BaseSalary.Value.MinValue != 400 {
			t.Errorf("%s: baseSalary %+v, want %q by the DAY", lang, j.BaseSalary, want)
		}
		if !slices.Equal(j.EmploymentType, []string{"CONTRACTOR"}) {
			t.Errorf("%s: employmentType %v", lang, j.EmploymentType)
		}
		if strings.Contains(j.Description, "brut") || strings.Contains(j.Description, "gross") || !strings.Contains(j.Description, html.EscapeString(want)) {
			t.Errorf("%s: the description does not word the rate as %q: %.300s", lang, want, j.Description)
		}
		v.Contract.Type = "permanent"
		var employee JSONLD
		if err := json.Unmarshal([]byte(render(t, r, resolve(t, c, r, "webmaster", v))), &employee); err != nil {
			t.Fatal(err)
		}
		if employee.BaseSalary == nil || employee.BaseSalary.Name != "" {
			t.Errorf("%s: an employee's salary is %+v, want one with no name", lang, employee.BaseSalary)
		}
	}
}

// A page writes its JSON-LD description in parts; written one after the
// other, they must be the bytes json.Marshal writes for the whole.
func TestJSONEscapedPartsAreTheWhole(t *testing.T) {
	for _, s := range []string{
		"", "plain", `<p>a & b</p> "q" \ back`, "tab\tnl\nnul\x00 bell\x07 del\x7f",
		"line\u2028para\u2029 é€😀", "bad \xff\xfe utf-8 \xe2\x82", "</script><!-- x",
	} {
		whole, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		for i := range s { // at each rune: parts are whole strings
			var b bytes.Buffer
			b.WriteByte('"')
			jsonEscaped(&b, s[:i])
			jsonEscaped(&b, s[i:])
			b.WriteByte('"')
			if b.String() != string(whole) {
				t.Errorf("%q split at %d: %s, want %s", s, i, b.String(), whole)
			}
		}
		var b bytes.Buffer
		jsonString(&b, s)
		if b.String() != string(whole) {
			t.Errorf("jsonString(%q) = %s, want %s", s, b.String(), whole)
		}
	}
}
