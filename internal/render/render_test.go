package render

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/roles"
	"github.com/jobdesc/jobdesc/templates"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func shipped(t testing.TB) (*catalog.Catalog, *Renderer) {
	t.Helper()
	c, err := catalog.Load(catalog.Layer{Dir: "roles", FS: roles.FS(), Shipped: true})
	if err != nil {
		t.Fatal(err)
	}
	r, err := New(Options{Layers: []Layer{{Dir: "templates", FS: templates.FS()}}})
	if err != nil {
		t.Fatal(err)
	}
	return c, r
}

// golden compares got with testdata/golden/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("..", "..", "testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v; run go test ./internal/render -update", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; if the change is intended, run go test ./internal/render -update and review the diff\n%s", name, firstDiff(string(want), string(got)))
	}
}

func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return fmt.Sprintf("line %d:\n  want: %s\n  got:  %s", i+1, a, b)
		}
	}
	return ""
}

func TestGoldenPostings(t *testing.T) {
	c, r := shipped(t)
	for _, id := range c.IDs() {
		for _, lang := range role.Languages() {
			t.Run(id+"."+lang, func(t *testing.T) {
				ro, _ := c.Role(id)
				p, err := posting.Resolve(c, ro, posting.Values{Seniority: "confirmed"}, lang)
				if err != nil {
					t.Fatal(err)
				}
				var buf bytes.Buffer
				if err := r.Markdown(&buf, p); err != nil {
					t.Fatal(err)
				}
				golden(t, id+"."+lang+".md", buf.Bytes())
			})
		}
	}
}

func TestHostileValuesAreEscaped(t *testing.T) {
	c, r := shipped(t)
	ro, _ := c.Role("webmaster")
	v := posting.Values{Company: posting.Company{
		Name:  "<script>alert(1)</script> *Acme* [x](javascript:y)",
		About: "# not a heading\n1. not a list\n&#27;]52;c;aGk=&#7; \x1b[2J R&D",
	}}
	p, err := posting.Resolve(c, ro, v, "en")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := r.Markdown(&buf, p); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, bad := range []string{"<script>", "*Acme*", "[x]", "\n# not", "\n1. not", " &#27;", "\x1b"} {
		if strings.Contains(out, bad) {
			t.Errorf("output carries %q unescaped", bad)
		}
	}
	for _, want := range []string{`\<script\>alert(1)\</script\> \*Acme\* \[x\](javascript:y)`, `\# not a heading`, `1\. not a list`, `\&#27;`, "R&D"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

func TestEscapeMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Chargé·e de veille", "Chargé·e de veille"},
		{"R&D, 38 000 €", "R&D, 38 000 €"},
		{"a_b *c* `d` [e] <f> |g| ~h~ \\", `a\_b \*c\* \` + "`" + `d\` + "`" + ` \[e\] \<f\> \|g\| \~h\~ \\`},
		{"&amp; &#x1b; &#27;", `\&amp; \&#x1b; \&#27;`},
		{"# h\n- li\n+ li\n2024. year\n3) x", "\\# h\n\\- li\n\\+ li\n2024\\. year\n3\\) x"},
		{"a - b # c 3. d", "a - b # c 3. d"},
		{"bell\a esc\x1b[31m cr\r\nok\u0085", "bell esc\\[31m cr\nok"},
		{"\xff invalid", "\uFFFD invalid"},
	}
	for _, tt := range tests {
		if got := EscapeMarkdown(tt.in); got != tt.want {
			t.Errorf("EscapeMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTemplateErrors(t *testing.T) {
	tests := []struct {
		name, tmpl, want string
	}{
		{"syntax", "{{.P.Title", "posting.md.tmpl:1: unclosed action"},
		{"missing label", "{{.L.nope}}", `posting.md.tmpl:1:4: executing "mine/posting.md.tmpl" at <.L.nope>: map has no entry for key "nope"`},
		{"missing field", "{{.P.Nope}}", `posting.md.tmpl:1:4: executing "mine/posting.md.tmpl" at <.P.Nope>: can't evaluate field Nope in type *posting.Posting`},
	}
	c, _ := shipped(t)
	ro, _ := c.Role("webmaster")
	p, _ := posting.Resolve(c, ro, posting.Values{}, "en")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			layer := Layer{Dir: "mine", FS: fstest.MapFS{MarkdownTemplate: {Data: []byte(tt.tmpl)}}}
			r, err := New(Options{Layers: []Layer{{Dir: "templates", FS: templates.FS()}, layer}})
			if err == nil {
				var buf bytes.Buffer
				err = r.Markdown(&buf, p)
				if buf.Len() != 0 {
					t.Errorf("wrote %q before failing", buf.String())
				}
			}
			if err == nil || !strings.HasSuffix(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "mine/") {
				t.Errorf("got %v\nwant mine/%s", err, tt.want)
			}
		})
	}
}

func BenchmarkRenderMarkdown(b *testing.B) {
	c, r := shipped(b)
	ro, _ := c.Role("community-manager")
	p, err := posting.Resolve(c, ro, posting.Values{Seniority: "confirmed"}, "fr")
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := r.Markdown(&buf, p); err != nil {
			b.Fatal(err)
		}
	}
}
