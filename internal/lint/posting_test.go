package lint

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/config"
	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/internal/render"
	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/values"
	"github.com/jobdesc/jobdesc/roles"
	"github.com/jobdesc/jobdesc/templates"
)

// shippedPostings resolves and renders postings of the shipped catalogue
// in Markdown, as jobdesc render does.
type shippedPostings struct {
	c   *catalog.Catalog
	rd  *render.Renderer
	res posting.Resolver
}

func newShippedPostings(t testing.TB) *shippedPostings {
	t.Helper()
	c, err := catalog.Load(catalog.Layer{Dir: "roles", FS: roles.FS(), Shipped: true})
	if err != nil {
		t.Fatal(err)
	}
	rd, err := render.New(render.Options{Format: "markdown", Layers: []render.Layer{{Dir: "templates", FS: templates.FS()}}})
	if err != nil {
		t.Fatal(err)
	}
	return &shippedPostings{c: c, rd: rd, res: posting.Resolver{Catalog: c, Words: rd.Words()}}
}

// document is the lint document of role id with values v.
func (s *shippedPostings) document(t testing.TB, id string, v values.Set) *Document {
	t.Helper()
	p, err := s.res.Resolve(id, v)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := s.rd.Render(context.Background(), &buf, p); err != nil {
		t.Fatal(err)
	}
	d, err := FromPosting(fmt.Sprintf("%s.%s.md", id, v.Lang), p, buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// completeValues reads testdata/values/complete.yaml as -f does.
func completeValues(t testing.TB) values.Set { return completeConfig(t).Values }

func completeConfig(t testing.TB) *config.Config {
	t.Helper()
	cfg, err := config.Load(config.Options{ValueFiles: []string{filepath.Join("..", "..", "testdata", "values", "complete.yaml")},
		Getenv: func(string) string { return "" }, Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// The shipped catalogue's postings, at every size and seniority where a
// role exists, in both languages with a complete values file, have no
// error and no warning: jobdesc's own postings pass jobdesc lint. Each
// takes the file's values for its role and level (a junior's status and
// working time among them), as --company-size and --seniority would.
func TestShippedPostingsLintClean(t *testing.T) {
	s := newShippedPostings(t)
	l, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	cfg := completeConfig(t)
	for _, id := range s.c.IDs() {
		r, _ := s.c.Role(id)
		for _, size := range role.Sizes() {
			for _, seniority := range values.Seniorities {
				if r.ShapeAt(size, seniority).Unsuitable != nil || !r.HiredAt(seniority) {
					continue
				}
				v, ps := cfg.ApplyFor(r, values.Layer{Values: map[string]any{"seniority": seniority, "company": map[string]any{"size": size}}})
				if len(ps) > 0 {
					t.Fatal(ps)
				}
				for _, lang := range role.Languages() {
					v.Lang = lang
					d := s.document(t, id, v)
					d.Facts.FrenchVersion = true // both languages are published
					for _, f := range l.Lint(d).Findings {
						if f.Severity >= Warning {
							t.Errorf("%s (%s, %s): %s:%d:%d: %s %s: %s", id, size, seniority, f.File, f.Line, f.Col, f.Severity, f.Rule, f.Message)
						}
					}
				}
			}
		}
	}
}

func TestFromPosting(t *testing.T) {
	s := newShippedPostings(t)
	l, _ := New(Config{})
	rules := func(d *Document) map[string]string {
		out := map[string]string{}
		for _, f := range l.Lint(d).Findings {
			out[f.Rule] += f.Message + "\n"
		}
		return out
	}
	v := completeValues(t)
	d := s.document(t, "community-manager", v)
	f := d.Facts
	if f.Title != "Community manager (F/H)" || f.Missions < 3 || !f.Profile || !f.Conditions || !f.Apply || !f.Salary || !f.Posted ||
		!f.Location || !f.Contract || !f.ApplyChannel || !f.JobBoardChecked || len(f.JobBoard) != 0 || d.Country != "FR" {
		t.Errorf("facts of a complete posting: %+v, country %q", f, d.Country)
	}

	cases := []struct {
		name   string
		change func(*values.Set)
		rule   string
		has    string // "" for no finding
	}{
		{"complete", func(*values.Set) {}, "jsonld", ""},
		{"no company", func(v *values.Set) { v.Company.Name = "" }, "jsonld", "hiringOrganization.name"},
		{"no date", func(v *values.Set) { v.Posted = "" }, "jsonld", "datePosted"},
		{"no country", func(v *values.Set) { v.Location.Country = "" }, "jsonld", "jobLocation.address.addressCountry"},
		{"remote, no country", func(v *values.Set) { v.Location = values.Location{Remote: "remote"} }, "jsonld", "applicantLocationRequirements"},
		{"remote with a country", func(v *values.Set) { v.Location = values.Location{Remote: "remote", Country: "FR"} }, "jsonld", ""},
		// The pay and date rules read the model, not the words.
		{"no salary", func(v *values.Set) { v.Salary = values.Salary{} }, "pay-range", "no salary amount or range"},
		{"salary", func(*values.Set) {}, "pay-range", ""},
		{"undated", func(v *values.Set) { v.Posted = "" }, "fr-undated", "no publication date"},
		{"no contract", func(v *values.Set) { v.Contract = values.Contract{} }, "completeness", "no contract type"},
		{"no way to apply", func(v *values.Set) { v.Apply = values.Apply{} }, "completeness", "no e-mail address or link"},
		// The key facts under the title are conditions: no benefits or
		// hours section is needed besides them.
		{"key facts only", func(v *values.Set) {
			v.Benefits, v.Contract.Status, v.Contract.Agreement = values.TextList{}, "", ""
		}, "completeness", ""},
		{"English, job in France, alone", func(v *values.Set) { v.Lang = "en" }, "fr-language", "not in French"},
	}
	for _, c := range cases {
		v := completeValues(t)
		c.change(&v)
		got := rules(s.document(t, "community-manager", v))[c.rule]
		switch {
		case c.has == "" && got != "":
			t.Errorf("%s: unexpected %s findings:\n%s", c.name, c.rule, got)
		case c.has != "" && !strings.Contains(got, c.has):
			t.Errorf("%s: no %s finding saying %q; got:\n%s", c.name, c.rule, c.has, got)
		}
	}

	// A French version beside it satisfies L5331-4; a role's lint.ignore
	// silences a rule on its postings.
	v.Lang, v.Company.Name = "en", ""
	d = s.document(t, "community-manager", v)
	d.Facts.FrenchVersion = true
	d.Ignore = []string{"jsonld"}
	if got := rules(d); got["fr-language"] != "" || got["jsonld"] != "" {
		t.Errorf("French version beside it, jsonld ignored: %v", got)
	}
}

// A rendered posting's country is its values': the role's text never
// decides it, and with no country given it is what the values' place and
// currency say.
func TestFromPostingCountry(t *testing.T) {
	s := newShippedPostings(t)
	l, _ := New(Config{})
	for _, c := range []struct {
		name       string
		loc        values.Location
		currency   string
		text       string // the company's description
		want, from string
	}{
		{"given", values.Location{City: "London", Country: "FR"}, "EUR", "", "FR", ""},
		{"given, text says otherwise", values.Location{Country: "FR"}, "EUR", "Call +44 20 7946 0000 in London.", "FR", ""},
		{"from the city", values.Location{City: "London"}, "EUR", "", "GB", `"London"`},
		{"from the currency", values.Location{}, "CHF", "", "CH", "currency chf"},
		{"none, text names a place", values.Location{}, "EUR", "Offices in Boston, MA and London.", "", ""},
	} {
		v := completeValues(t)
		v.Lang, v.Location, v.Salary.Currency = "en", c.loc, c.currency
		v.Company.About = values.ValueText{All: c.text}
		d := s.document(t, "community-manager", v)
		res := l.Lint(d)
		if res.Country != c.want || res.CountryFrom != c.from {
			t.Errorf("%s: country %q from %q, want %q from %q", c.name, res.Country, res.CountryFrom, c.want, c.from)
		}
	}
}

// BenchmarkLintSetup is what a single render's check costs the first
// time: the phrases and the language's key index made ready, a linter
// made, and one posting linted, as a process that lints one posting
// pays it.
func BenchmarkLintSetup(b *testing.B) {
	src, err := os.ReadFile(filepath.Join("testdata", "bench.en.md"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		ps, err := phrasesOf(phrasesTSV, phrasesSnapshot())
		if err != nil {
			b.Fatal(err)
		}
		l, err := New(Config{})
		if err != nil {
			b.Fatal(err)
		}
		d, _ := ParseMarkdown("bench.md", "en", src)
		d.Country = "FR"
		a := analyse(d.low, d.Lang, nil)
		if ps.n == 0 || ps.index("en") == nil {
			b.Fatal("no phrases")
		}
		a.release()
		l.Lint(d)
	}
}

// BenchmarkLintPosting is what linting one posting jobdesc renders costs:
// resolve, render to Markdown, build the document and run every rule.
func BenchmarkLintPosting(b *testing.B) {
	s := newShippedPostings(b)
	l, err := New(Config{PayTransparency: []string{"eu-2023-970"}})
	if err != nil {
		b.Fatal(err)
	}
	for _, lang := range role.Languages() {
		b.Run(lang, func(b *testing.B) {
			v := completeValues(b)
			v.Lang = lang
			l.Lint(s.document(b, "community-manager", v))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				l.Lint(s.document(b, "community-manager", v))
			}
		})
	}
}

// BenchmarkParseMarkdown is what reading a rendered posting's Markdown
// into a document costs: the text a reader sees, its places in the
// source, its headings and items, folded to lower case.
func BenchmarkParseMarkdown(b *testing.B) {
	src, err := os.ReadFile(filepath.Join("testdata", "bench.en.md"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := ParseMarkdown("bench.md", "en", src); err != nil {
			b.Fatal(err)
		}
	}
}

// TestFromPostingTitleIsTheHeading: the title rules read the heading a
// posting prints, marker and all, not the role's title behind it: a
// heading that put the title in the masculine before « (F/H) » is
// warned about even though the role writes it inclusive.
func TestFromPostingTitleIsTheHeading(t *testing.T) {
	s := newShippedPostings(t)
	l, _ := New(Config{})
	v := completeValues(t)
	v.Lang = "fr"
	for heading, want := range map[string]bool{"": false, "Chargé de veille stratégique (F/H)": true} {
		p, err := s.res.Resolve("content-curator", v)
		if err != nil {
			t.Fatal(err)
		}
		if heading != "" {
			p.Heading = heading
		}
		var buf bytes.Buffer
		if err := s.rd.Render(context.Background(), &buf, p); err != nil {
			t.Fatal(err)
		}
		d, err := FromPosting("cc.fr.md", p, buf.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, f := range l.Lint(d).Findings {
			got = got || f.Rule == "inclusive-title" && f.Severity >= Warning
		}
		if got != want {
			t.Errorf("heading %q: inclusive-title warned %v, want %v", p.Heading, got, want)
		}
	}
}
