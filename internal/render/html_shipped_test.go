package render

import (
	"bytes"
	"io/fs"
	"testing"

	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/internal/values"
	"github.com/jobdesc/jobdesc/templates"
)

// TestShippedHTMLIsTheTemplate: the Go writer of the shipped page writes
// html/template's bytes, for every shipped role in every language, size
// and seniority, with no values, complete ones, hostile ones, the full
// reference, and as a careers site's page (canonical address, versions,
// branding, closed), hostile addresses included; and it stands for the
// template's current bytes only.
func TestShippedHTMLIsTheTemplate(t *testing.T) {
	src := shippedTemplate(t, htmlPageFile, shippedHTMLSum, "html_shipped.go")
	// The Go writer takes the style sheet from the template's text; a
	// template it cannot cut would leave every page to html/template.
	if _, ok := templateStyle(src); !ok {
		t.Fatal("the shipped page's style element is not cut at with, the two colours and end")
	}
	desc, err := fs.ReadFile(templates.FS(), DescriptionFile)
	if err != nil {
		t.Fatal(err)
	}
	pages := []struct {
		name string
		page posting.Page
	}{
		{"none", posting.Page{}},
		{"site", posting.Page{Canonical: "https://jobs.example.com/jobs/a.html", Index: "../fr/index.html", Site: posting.Brand{Name: "Exemple", Accent: "#0b3d91", AccentText: "#ffffff"},
			Alternates: []posting.Alternate{{Lang: "fr", URL: "https://jobs.example.com/jobs/a.html"}, {Lang: "en", URL: "https://jobs.example.com/jobs/a-en.html"}}}},
		{"closed", posting.Page{Canonical: "https://jobs.example.com/jobs/b.html", Index: "../en/index.html", Closed: true,
			Site: posting.Brand{Logo: "https://example.com/logo.png?a=1&b=2", Accent: "#FFAA00", AccentText: "#000000"}}},
		{"hostile", posting.Page{Canonical: "javascript:alert(1)", Index: `../x" onload="alert(2)&+'<>%zz%41%4`, Closed: true,
			Site:       posting.Brand{Name: "<b>Site</b> & 'co' +1\x00", Logo: "data:image/png;base64,AAA", Accent: "#000000", AccentText: "#ffffff"},
			Alternates: []posting.Alternate{{Lang: `"x" <y>`, URL: "HTTPS://ex.com/a b/é?q=1+2#f"}, {Lang: "en", URL: "/rel:ative"}, {Lang: "fr", URL: "vbscript:x"}}}},
		// Not plain colours: the template renders these postings.
		{"css", posting.Page{Canonical: "https://jobs.example.com/jobs/c.html", Site: posting.Brand{Accent: "red; x: expression(1)", AccentText: "blue"}}},
	}
	for _, withJSONLD := range []bool{true, false} {
		d, err := newDescriber(DescriptionFile, desc)
		if err != nil {
			t.Fatal(err)
		}
		d.noJSONLD = !withJSONLD
		_, viaTemplate, err := htmlTemplate(htmlPageFile, src, d)
		if err != nil {
			t.Fatal(err)
		}
		viaGo, err := htmlBuild(htmlPageFile, src, d)
		if err != nil {
			t.Fatal(err)
		}
		written := map[string]int{} // pages compared, by page
		eachShippedPosting(t, "html", func(what string, p *posting.Posting) {
			for _, pg := range pages {
				p.Page = pg.page
				// Twice each: the second posting of a base takes the
				// offer from the cache. A page refused is refused alike
				// (what the template wrote before is not kept).
				for range 2 {
					want, got := &output{max: DefaultMaxOutput}, &output{max: DefaultMaxOutput}
					werr, gerr := viaTemplate(want, p), viaGo(got, p)
					if (werr == nil) != (gerr == nil) || werr != nil && werr.Error() != gerr.Error() {
						t.Fatalf("%s, page %s: the template says %v, the Go writer %v", what, pg.name, werr, gerr)
					}
					if werr == nil && got.buf.String() != want.buf.String() {
						t.Fatalf("%s, page %s: the Go writer differs from the template:\n--- template\n%s\n--- go\n%s", what, pg.name, want.buf.String(), got.buf.String())
					}
					if werr == nil {
						written[pg.name]++
					}
				}
			}
		})
		for _, pg := range pages {
			if written[pg.name] == 0 {
				t.Fatalf("page %s: no posting written to compare", pg.name)
			}
		}
	}
}

// TestShippedDescriptionIsTheTemplate: the Go writer of the shipped
// JobPosting description writes html/template's bytes.
func TestShippedDescriptionIsTheTemplate(t *testing.T) {
	src := shippedTemplate(t, DescriptionFile, shippedDescriptionSum, "jsonld_shipped.go")
	viaGo, err := newDescriber(DescriptionFile, src)
	if err != nil {
		t.Fatal(err)
	}
	viaTemplate, err := newDescriber(DescriptionFile, src)
	if err != nil {
		t.Fatal(err)
	}
	if !viaGo.shipped {
		t.Fatal("the shipped description is not recognised")
	}
	viaTemplate.shipped = false
	eachShippedPosting(t, "jsonld", func(what string, p *posting.Posting) {
		for range 2 {
			want, werr := viaTemplate.description(p)
			got, gerr := viaGo.description(p)
			if werr != nil || gerr != nil {
				t.Fatalf("%s: %v, %v", what, werr, gerr)
			}
			if got != want {
				t.Fatalf("%s: the Go writer differs from the template:\n--- template\n%s\n--- go\n%s", what, want, got)
			}
		}
	})
}

// TestEditedHTMLTemplateRendersThroughHTMLTemplate: a page template other
// than the shipped bytes is the user's, and is what renders.
func TestEditedHTMLTemplateRendersThroughHTMLTemplate(t *testing.T) {
	src, err := fs.ReadFile(templates.FS(), htmlPageFile)
	if err != nil {
		t.Fatal(err)
	}
	desc, err := fs.ReadFile(templates.FS(), DescriptionFile)
	if err != nil {
		t.Fatal(err)
	}
	d, err := newDescriber(DescriptionFile, desc)
	if err != nil {
		t.Fatal(err)
	}
	d.noJSONLD = true
	w, err := htmlBuild(htmlPageFile, append(bytes.Clone(src), []byte("{{.RoleID}} edited\n")...), d)
	if err != nil {
		t.Fatal(err)
	}
	o := &output{max: DefaultMaxOutput}
	if err := w(o, resolve(t, shippedCatalog(t), renderer(t, "html"), "webmaster", values.Set{Lang: "en"})); err != nil {
		t.Fatal(err)
	}
	if got := o.buf.String(); !bytes.HasSuffix([]byte(got), []byte("webmaster edited\n")) {
		t.Fatalf("the edited template did not render: %q", got)
	}
}

// TestIsShippedHTML: only the shipped page with the shipped description
// is bounded.
func TestIsShippedHTML(t *testing.T) {
	src, _ := fs.ReadFile(templates.FS(), htmlPageFile)
	desc, _ := fs.ReadFile(templates.FS(), DescriptionFile)
	edited := bytes.Clone(src)
	edited[len(edited)/2] ^= ' '
	for _, tt := range []struct {
		name      string
		src, desc []byte
		want      bool
	}{
		{"shipped", src, desc, true},
		{"page edited", edited, desc, false},
		{"description edited", src, append(bytes.Clone(desc), ' '), false},
	} {
		if got := isShippedHTML(tt.src, tt.desc); got != tt.want {
			t.Errorf("%s: isShippedHTML = %v, want %v", tt.name, got, tt.want)
		}
	}
}
