package render

import (
	"bytes"
	"io/fs"
	"testing"

	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/internal/values"
	"github.com/jobdesc/jobdesc/templates"
)

// TestShippedMarkdownIsTheTemplate: the Go writer of the shipped Markdown
// template writes the template's bytes, for every shipped role in every
// language, size and seniority, with no values, complete ones, hostile
// ones, and the full reference; and it stands for the template's current
// bytes only.
func TestShippedMarkdownIsTheTemplate(t *testing.T) {
	src := shippedTemplate(t, "posting.md.tmpl", shippedMarkdownSum, "markdown_shipped.go")
	viaTemplate, err := textTemplate(markdownFuncs, nil)("posting.md.tmpl", src, nil)
	if err != nil {
		t.Fatal(err)
	}
	viaGo := shippedMarkdown()
	eachShippedPosting(t, "markdown", func(what string, p *posting.Posting) {
		// Twice each: the second posting of a base takes the offer from
		// the cache.
		for range 2 {
			want, got := &output{max: DefaultMaxOutput}, &output{max: DefaultMaxOutput}
			if err := viaTemplate(want, p); err != nil {
				t.Fatal(err)
			}
			if err := viaGo(got, p); err != nil {
				t.Fatal(err)
			}
			if got.buf.String() != want.buf.String() {
				t.Fatalf("%s: the Go writer differs from the template:\n--- template\n%s\n--- go\n%s", what, want.buf.String(), got.buf.String())
			}
		}
	})
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
