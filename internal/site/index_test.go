package site

import (
	"fmt"
	"html/template"
	"io/fs"
	"strings"
	"testing"

	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/templates"
)

// TestShippedIndexIsTheTemplate: the Go writer of the shipped index
// writes the template's bytes for every page of whole sites (empty, one
// language, two, paginated, with hostile values and branding); and it
// stands for the template's current page only.
func TestShippedIndexIsTheTemplate(t *testing.T) {
	hostile := `<b>"x" & 'y'</b> + ../ javascript:alert(1) ` + "\x00 \xff é·😀 ]]> {{.}}"
	many := func(lang string, n int, edit func(k int, r *Record)) []*Record {
		recs := records(lang, n)
		for k, r := range recs {
			if edit != nil {
				edit(k, r)
			}
		}
		return recs
	}
	for _, tt := range []struct {
		name  string
		langs []string
		brand posting.Brand
		recs  []*Record
	}{
		{"empty", []string{"en"}, posting.Brand{Name: "Exemple SA", Accent: "#0b5cad", AccentText: "#ffffff"}, nil},
		{"one", []string{"fr"}, posting.Brand{Accent: "#0B5CAD", AccentText: "#000000"}, many("fr", 1, nil)},
		{"paginated", []string{"fr", "en"}, posting.Brand{Name: "Exemple SA", Logo: "https://example.fr/logo.png?a=1&b=2", Accent: "#0b5cad", AccentText: "#ffffff"},
			append(many("fr", 3*PerPage+7, nil), many("en", 2*PerPage, func(k int, r *Record) { r.Place, r.Family = fmt.Sprint("Ville ", k%12), fmt.Sprint("f", k%5) })...)},
		{"hostile", []string{"en", "fr"}, posting.Brand{Name: hostile, Logo: "data:text/html,x", Accent: "#000000", AccentText: "#ffffff"},
			append(many("en", PerPage+3, func(k int, r *Record) {
				r.Title, r.Company, r.Contract, r.Pay = hostile, hostile, hostile, hostile
				r.Place, r.Family = hostile+fmt.Sprint(k%3), fmt.Sprint("<f>", k%2)
			}), many("fr", 2, func(_ int, r *Record) { r.Place, r.Contract = "", "" })...)},
		// Not plain colours: the template writes these pages.
		{"css", []string{"en"}, posting.Brand{Accent: "red; x: expression(1)", AccentText: "blue"}, many("en", 3, nil)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			viaGo, goFiles := newSite(t, tt.langs...)
			viaTemplate, templateFiles := newSite(t, tt.langs...)
			viaGo.Brand, viaTemplate.Brand = tt.brand, tt.brand
			viaGo.decide()
			if !viaGo.goIndex {
				t.Fatalf("the shipped index template changed (tree sha256 %s): bring index.go in line, then set shippedIndexSum", treeSum(viaGo.Index.Tree.Root.String()))
			}
			viaTemplate.once.Do(func() { viaTemplate.goEntry = true })
			if err := viaGo.Write(table(t, tt.recs)); err != nil {
				t.Fatal(err)
			}
			if err := viaTemplate.Write(table(t, tt.recs)); err != nil {
				t.Fatal(err)
			}
			if len(goFiles) != len(templateFiles) || len(goFiles) < 2 {
				t.Fatalf("%d files written in Go, %d through the template", len(goFiles), len(templateFiles))
			}
			for name, want := range templateFiles {
				if got := goFiles[name]; got != want {
					t.Fatalf("%s: the Go writer differs from the template:\n--- template\n%s\n--- go\n%s", name, want, got)
				}
			}
		})
	}
}

// TestEditedIndexRendersThroughTheTemplate: an index template changed
// anywhere but its entry is the user's, and is what writes the pages.
func TestEditedIndexRendersThroughTheTemplate(t *testing.T) {
	src, err := fs.ReadFile(templates.FS(), Template)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(src), "</footer>", "<p>edited</p>\n</footer>", 1)
	s, files := newSite(t, "en")
	s.Index = template.Must(template.New(Template).Option("missingkey=error").Parse(edited))
	if err := s.Write(table(t, records("en", 3))); err != nil {
		t.Fatal(err)
	}
	if s.goIndex || !s.goEntry {
		t.Errorf("goIndex %v, goEntry %v: want the page through the template, the entry in Go", s.goIndex, s.goEntry)
	}
	if !strings.Contains(files["en/index.html"], "<p>edited</p>") {
		t.Errorf("the edited template did not write the page:\n%s", files["en/index.html"])
	}
}
