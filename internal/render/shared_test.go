package render

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/internal/values"
)

// Postings of one base laid out through the shared cache are the bytes
// each would be alone, in every templated format, for postings that
// differ in everything a base does not fix.
func TestSharedLayoutIsThePostingsOwn(t *testing.T) {
	c := shippedCatalog(t)
	a := valuesFile(t, "complete")
	b := a
	b.Company.Name, b.Location.City, b.Reference = "Autre Société", "Brest", "X-2"
	b.Benefits, b.Process, b.Salary = values.TextList{}, values.TextList{}, values.Salary{}
	for _, format := range Templated() {
		for _, lang := range []string{"fr", "en"} {
			a.Lang, b.Lang = lang, lang
			shared := renderer(t, format)
			res := posting.Resolver{Catalog: c, Words: shared.Words()}
			base, err := res.Base("webmaster", a)
			if err != nil {
				t.Fatal(err)
			}
			for _, v := range []values.Set{a, b, a} {
				p, err := base.With(v)
				if err != nil {
					t.Fatal(err)
				}
				alone := renderer(t, format) // a fresh cache
				if got, want := render(t, shared, p), render(t, alone, resolve(t, c, alone, "webmaster", v)); got != want {
					t.Fatalf("%s %s: a posting laid out from the shared cache differs from its own layout", format, lang)
				}
			}
		}
	}
}

// A template handed to shared that reads what differs between postings
// of one base is refused when it is parsed, naming what it reads, in a
// posting template and in the JSON-LD description's.
func TestSharedRefusesWhatDiffers(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"field", `{{shared "x" .}}{{define "x"}}{{.Title}} {{.Company.Name}}{{end}}`, "reads .Company"},
		{"root variable", `{{shared "x" .}}{{define "x"}}{{range .Missions}}{{$.Apply.URL}}{{end}}{{end}}`, "reads $.Apply"},
		{"posting handed on", `{{shared "x" .}}{{define "x"}}{{printf "%v" .}}{{end}}`, "hands the whole posting on"},
		{"variable set to the posting", `{{shared "x" .}}{{define "x"}}{{$p := .}}{{with .Missions}}{{$p.Facts}}{{end}}{{end}}`, "reads $p.Facts"},
		{"called template", `{{shared "x" .}}{{define "x"}}{{template "y" .}}{{end}}{{define "y"}}{{.Data.Salary}}{{end}}`, "reads .Data"},
		{"inner variable ends with its block", `{{shared "x" .}}{{define "x"}}{{$p := .}}{{range $p := .Missions}}{{end}}{{$p.Heading}}{{end}}`, "reads $p.Heading"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, format := range []string{"markdown", "html", "jsonld"} {
				file := filepath.Join(t.TempDir(), "t.tmpl")
				if err := os.WriteFile(file, []byte(tc.src), 0o600); err != nil {
					t.Fatal(err)
				}
				_, err := New(Options{Format: format, Layers: shippedLayers, TemplateFile: file})
				if err == nil || !strings.Contains(err.Error(), tc.want) {
					t.Errorf("%s: got %v, want an error with %q", format, err, tc.want)
				}
			}
		})
	}
	ok := `{{shared "x" .}}{{define "x"}}{{$L := .Labels}}{{.Title}}{{range .Missions}}{{.Title}}{{$.Lang}}{{end}}{{template "y" (dict "M" .Missions)}}{{end}}{{define "y"}}{{.M}}{{end}}`
	file := filepath.Join(t.TempDir(), "ok.tmpl")
	if err := os.WriteFile(file, []byte(ok), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := New(Options{Format: "markdown", Layers: shippedLayers, TemplateFile: file}); err != nil {
		t.Errorf("a template reading only shared fields is refused: %v", err)
	}
}

// BenchmarkBatchLayout is what a batch pays per posting for its layout
// when its postings share a base: the shared part once, the rest each time.
func BenchmarkBatchLayout(b *testing.B) {
	c := shippedCatalog(b)
	v := valuesFile(b, "complete")
	for _, format := range Templated() {
		b.Run(format, func(b *testing.B) {
			r := renderer(b, format)
			res := posting.Resolver{Catalog: c, Words: r.Words()}
			base, err := res.Base("community-manager", v)
			if err != nil {
				b.Fatal(err)
			}
			var buf bytes.Buffer
			b.ReportAllocs()
			for b.Loop() {
				p, err := base.With(v)
				if err != nil {
					b.Fatal(err)
				}
				buf.Reset()
				if err := r.Render(context.Background(), &buf, p); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
