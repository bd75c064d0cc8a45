package render

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"testing"

	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/values"
	"github.com/jobdesc/jobdesc/templates"
)

// TestShippedMarkdownIsTheTemplate: the Go writer of the shipped Markdown
// template writes the template's bytes, for every shipped role in every
// language, size and seniority, with no values, complete ones, hostile
// ones, and the full reference; and it stands for the template's current
// bytes only.
func TestShippedMarkdownIsTheTemplate(t *testing.T) {
	src, err := fs.ReadFile(templates.FS(), "posting.md.tmpl")
	if err != nil {
		t.Fatal(err)
	}
	if sum := sha256.Sum256(src); hex.EncodeToString(sum[:]) != shippedMarkdownSum {
		t.Fatalf("templates/posting.md.tmpl changed (sha256 %x): bring markdown_shipped.go in line, then set shippedMarkdownSum", sum)
	}
	viaTemplate, err := textTemplate(markdownFuncs, nil)("posting.md.tmpl", src, nil)
	if err != nil {
		t.Fatal(err)
	}
	viaGo := shippedMarkdown()
	c := shippedCatalog(t)
	r := renderer(t, "markdown")
	res := posting.Resolver{Catalog: c, Words: r.Words(), AllowUnsuitable: true}
	complete, hostile := valuesFile(t, "complete"), valuesFile(t, "hostile")
	sets := map[string]values.Set{"none": {}, "complete": complete, "hostile": hostile}
	full := complete
	full.Length = "full"
	sets["full"] = full
	client := complete
	client.Contract.Type, client.Client = "interim", values.Client{Name: "Gamma", About: values.PlainText("Gamma fabrique.")}
	sets["interim"] = client
	n := 0
	for name, set := range sets {
		for _, id := range c.IDs() {
			for _, lang := range role.Languages() {
				for _, size := range role.Sizes() {
					for _, seniority := range values.Seniorities {
						v := set
						v.Lang, v.Company.Size, v.Seniority = lang, size, seniority
						p, err := res.Resolve(id, v)
						if err != nil {
							continue // a seniority the role is never hired at
						}
						// Twice each: the second posting of a base takes
						// the offer from the cache.
						for range 2 {
							want, got := &output{max: DefaultMaxOutput}, &output{max: DefaultMaxOutput}
							if err := viaTemplate(want, p); err != nil {
								t.Fatal(err)
							}
							if err := viaGo(got, p); err != nil {
								t.Fatal(err)
							}
							if got.buf.String() != want.buf.String() {
								t.Fatalf("%s %s %s %s, values %s: the Go writer differs from the template:\n--- template\n%s\n--- go\n%s", id, lang, size, seniority, name, want.buf.String(), got.buf.String())
							}
							n++
						}
					}
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no posting compared")
	}
}

// TestEditedMarkdownTemplateRendersThroughTextTemplate: a template other
// than the shipped bytes is the user's, and is what renders.
func TestEditedMarkdownTemplateRendersThroughTextTemplate(t *testing.T) {
	src, err := fs.ReadFile(templates.FS(), "posting.md.tmpl")
	if err != nil {
		t.Fatal(err)
	}
	edited := append(src, []byte("{{.RoleID}} edited\n")...)
	w, err := markdownBuild("posting.md.tmpl", edited, nil)
	if err != nil {
		t.Fatal(err)
	}
	c := shippedCatalog(t)
	r := renderer(t, "markdown")
	o := &output{max: DefaultMaxOutput}
	if err := w(o, resolve(t, c, r, "webmaster", values.Set{Lang: "en"})); err != nil {
		t.Fatal(err)
	}
	if got := o.buf.String(); len(got) < 20 || got[len(got)-len("webmaster edited\n"):] != "webmaster edited\n" {
		t.Fatalf("the edited template did not render: %q", got)
	}
}

// TestIsShippedMarkdown: only the shipped bytes take the Go writer; an
// edit of the same length does not.
func TestIsShippedMarkdown(t *testing.T) {
	src, err := fs.ReadFile(templates.FS(), "posting.md.tmpl")
	if err != nil {
		t.Fatal(err)
	}
	sameLength := bytes.Clone(src)
	sameLength[len(sameLength)/2] ^= ' '
	for _, tt := range []struct {
		name string
		src  []byte
		want bool
	}{
		{"shipped", bytes.Clone(src), true},
		{"one byte changed", sameLength, false},
		{"appended", append(bytes.Clone(src), '\n'), false},
		{"empty", nil, false},
	} {
		if got := isShippedMarkdown(tt.src); got != tt.want {
			t.Errorf("%s: isShippedMarkdown = %v, want %v", tt.name, got, tt.want)
		}
	}
}
