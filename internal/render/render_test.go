package render

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/config"
	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/usage"
	"github.com/jobdesc/jobdesc/internal/values"
	"github.com/jobdesc/jobdesc/roles"
	"github.com/jobdesc/jobdesc/templates"
)

var update = flag.Bool("update", false, "rewrite the golden files")

var shippedLayers = []Layer{{Dir: "templates", FS: templates.FS()}}

func shippedCatalog(t testing.TB) *catalog.Catalog {
	t.Helper()
	c, err := catalog.Load(catalog.Layer{Dir: "roles", FS: roles.FS(), Shipped: true})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func renderer(t testing.TB, format string) *Renderer {
	t.Helper()
	r, err := New(Options{Format: format, Layers: shippedLayers})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// valuesFile reads testdata/values/name.yaml strictly and checks it.
func valuesFile(t testing.TB, name string) values.Set {
	t.Helper()
	return valuesConfig(t, name).Values
}

// valuesConfig reads testdata/values/NAME.yaml as -f does, its sections
// kept for valuesAt.
func valuesConfig(t testing.TB, name string) *config.Config {
	t.Helper()
	file := filepath.Join("..", "..", "testdata", "values", name+".yaml")
	cfg, err := config.Load(config.Options{ValueFiles: []string{file}, Getenv: func(string) string { return "" }, Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// valuesAt are the values of cfg for a posting of ro at size and
// seniority, as --company-size and --seniority give them: the file's
// sections for that role and level apply.
func valuesAt(t testing.TB, cfg *config.Config, ro *role.Role, size, seniority string) values.Set {
	t.Helper()
	v, ps := cfg.ApplyFor(ro, values.Layer{Values: map[string]any{"seniority": seniority, "company": map[string]any{"size": size}}})
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	return v
}

func resolve(t testing.TB, c *catalog.Catalog, r *Renderer, id string, v values.Set) *posting.Posting {
	t.Helper()
	// The layout of every role at every size is what these tests read,
	// including where the command line refuses the role.
	res := posting.Resolver{Catalog: c, Words: r.Words(), AllowUnsuitable: true}
	p, err := res.Resolve(id, v)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func render(t testing.TB, r *Renderer, p *posting.Posting) string {
	t.Helper()
	var buf bytes.Buffer
	if err := r.Render(context.Background(), &buf, p); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// golden compares got with testdata/golden/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("..", "..", "testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
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

// hiredAt is seniority, or the first seniority role id is hired at when
// it is not hired at that one (a head-of role: senior).
func hiredAt(c *catalog.Catalog, id, seniority string) string {
	if ro, err := c.Role(id); err == nil && !ro.HiredAt(seniority) {
		return ro.SenioritiesHired()[0]
	}
	return seniority
}

// TestGoldenPostings renders the Markdown of every role with no values.
func TestGoldenPostings(t *testing.T) {
	c := shippedCatalog(t)
	r := renderer(t, "markdown")
	for _, id := range c.IDs() {
		seniority := hiredAt(c, id, "confirmed")
		for _, lang := range role.Languages() {
			t.Run(id+"."+lang, func(t *testing.T) {
				p := resolve(t, c, r, id, values.Set{Lang: lang, Seniority: seniority})
				golden(t, id+"."+lang+".md", []byte(render(t, r, p)))
			})
		}
	}
}

// TestGoldenVariants renders two roles, a contributor and a manager, at
// every company size and seniority, with the complete values: what the
// size and seniority change (reporting line, missions, levels, years) is
// read in these files.
func TestGoldenVariants(t *testing.T) {
	c := shippedCatalog(t)
	r := renderer(t, "markdown")
	cfg := valuesConfig(t, "complete")
	for _, id := range []string{"community-manager", "social-media-manager"} {
		ro, _ := c.Role(id)
		for _, size := range role.Sizes() {
			for _, seniority := range values.Seniorities {
				for _, lang := range role.Languages() {
					name := fmt.Sprintf("variants/%s.%s.%s.%s.md", id, size, seniority, lang)
					t.Run(name, func(t *testing.T) {
						v := valuesAt(t, cfg, ro, size, seniority) // the role's pay and terms at that level
						v.Lang = lang
						golden(t, name, []byte(render(t, r, resolve(t, c, r, id, v))))
					})
				}
			}
		}
	}
}

// TestGoldenFormats renders every format of two roles in both languages
// with a complete values file and a hostile one.
func TestGoldenFormats(t *testing.T) {
	c := shippedCatalog(t)
	for _, set := range []string{"complete", "hostile"} {
		cfg := valuesConfig(t, set)
		for _, f := range Formats() {
			r := renderer(t, f.Name)
			for _, id := range []string{"community-manager", "webmaster"} {
				ro, _ := c.Role(id)
				v := valuesAt(t, cfg, ro, cfg.Values.Company.Size, cfg.Values.Seniority)
				for _, lang := range role.Languages() {
					name := set + "/" + id + "." + lang + f.Ext
					t.Run(name, func(t *testing.T) {
						v.Lang = lang
						golden(t, name, []byte(render(t, r, resolve(t, c, r, id, v))))
					})
				}
			}
		}
	}
}

// TestEveryFormatRendersTheCatalogue renders each role in each language in
// each format, and checks what every posting of that format must hold.
func TestEveryFormatRendersTheCatalogue(t *testing.T) {
	c := shippedCatalog(t)
	v := valuesFile(t, "complete")
	for _, f := range Formats() {
		r := renderer(t, f.Name)
		for _, id := range c.IDs() {
			for _, lang := range role.Languages() {
				t.Run(f.Name+"/"+id+"."+lang, func(t *testing.T) {
					v.Lang, v.Seniority = lang, hiredAt(c, id, "confirmed")
					p := resolve(t, c, r, id, v)
					out := render(t, r, p)
					checkFormat(t, f.Name, p, out)
				})
			}
		}
	}
}

// wordRE counts words as a reader does: an address (web or e-mail) is
// one, and so is a number written in groups ("150 000 €", "€150,000")
// and an inclusive form ("rattaché·e", "agent·es"); otherwise letters and
// digits, with their apostrophes and hyphens.
var wordRE = regexp.MustCompile(`https?://\S+|[\w.+-]+@[\w.-]+\w|\p{N}+(?:[ \x{a0}\x{202f},]\p{N}{3})+|[\p{L}\p{N}]+(?:['’·-][\p{L}\p{N}]+)*`)

// TestOfferLength holds every standard posting, at every size and
// seniority where the role exists, to the length job-ad research finds
// effective: 400 to 650 words in French with a complete set of values,
// English being shorter for the same text. It also holds French postings
// to their typography: no ordinary space before a high punctuation mark.
func TestOfferLength(t *testing.T) {
	c := shippedCatalog(t)
	r := renderer(t, "text")
	// Each size reads its own company: a group's values (executive
	// committee, countries, brands) make longer postings than a medium
	// firm's, and the limit holds for what recruiters actually render.
	cfgs := map[string]*config.Config{"small": valuesConfig(t, "complete-small"), "medium": valuesConfig(t, "complete"), "large": valuesConfig(t, "complete-large")}
	bounds := map[string][2]int{"fr": {400, 650}, "en": {330, 650}}
	spaceBefore := regexp.MustCompile(` [:;?!»]|« `)
	for _, id := range c.IDs() {
		ro, _ := c.Role(id)
		for _, size := range role.Sizes() {
			for _, seniority := range values.Seniorities {
				if ro.ShapeAt(size, seniority).Unsuitable != nil || !ro.HiredAt(seniority) {
					continue
				}
				cfg, ok := cfgs[size]
				if !ok {
					t.Fatalf("no values file for size %s", size)
				}
				v := valuesAt(t, cfg, ro, size, seniority)
				for _, lang := range role.Languages() {
					v.Lang = lang
					out := render(t, r, resolve(t, c, r, id, v))
					if n := len(wordRE.FindAllString(out, -1)); n < bounds[lang][0] || n > bounds[lang][1] {
						t.Errorf("%s (%s, %s, %s): %d words, want %d to %d", id, size, seniority, lang, n, bounds[lang][0], bounds[lang][1])
					}
					if m := spaceBefore.FindString(out); lang == "fr" && m != "" {
						t.Errorf("%s (%s, %s): %q: French wants a no-break space there", id, size, seniority, m)
					}
				}
			}
		}
	}
}

var markdownHeading = regexp.MustCompile(`(?m)^#{1,3} \S`)

func checkFormat(t *testing.T, format string, p *posting.Posting, out string) {
	t.Helper()
	if !strings.HasSuffix(out, "\n") || strings.HasSuffix(out, "\n\n") {
		t.Error("output does not end with exactly one newline")
	}
	switch format {
	case "markdown":
		if !strings.HasPrefix(out, "# "+p.Heading+"\n") || !strings.HasPrefix(strings.ToLower(p.Heading), strings.ToLower(p.Title)) {
			t.Errorf("no title heading: %.40q", out)
		}
		if strings.Contains(out, "\n\n\n") {
			t.Error("double blank line")
		}
		if regexp.MustCompile(`(?m)^\*[^*\n]+\*$|^\*\*[^*\n]+\*\*$`).MatchString(out) {
			t.Error("emphasis used as a heading")
		}
		if regexp.MustCompile(`(?m)[ \t]$`).MatchString(out) {
			t.Error("trailing whitespace")
		}
	case "text":
		// A paragraph is one line, however long: forms wrap it.
		if para, _, _ := strings.Cut(p.Pitch, "\n\n"); !strings.Contains(out, "\n"+para+"\n") {
			t.Errorf("the pitch's first paragraph is not one line: %.60q", para)
		}
		for i, line := range strings.Split(out, "\n") {
			if strings.HasSuffix(line, " ") {
				t.Errorf("line %d has trailing spaces", i+1)
			}
		}
		if markdownHeading.MatchString(out) || strings.Contains(out, "**") || strings.Contains(out, "<http") {
			t.Error("markup in the text format")
		}
	case "html":
		for _, want := range []string{"<!DOCTYPE html>", `<html lang="` + p.Lang + `">`, `<meta charset="utf-8">`, `name="viewport"`, "<title>", "@media print", "@page", `<script type="application/ld+json">`} {
			if !strings.Contains(out, want) {
				t.Errorf("page lacks %s", want)
			}
		}
		if regexp.MustCompile(`(?i)\ssrc=|<link|@import|url\(`).MatchString(out) {
			t.Error("page loads an external resource")
		}
	case "json", "jsonld":
		var m map[string]any
		if err := json.Unmarshal([]byte(out), &m); err != nil {
			t.Fatalf("not JSON: %v", err)
		}
	}
}

// TestMarkdownAddresses: links and e-mail addresses stay addresses.
func TestMarkdownAddresses(t *testing.T) {
	c := shippedCatalog(t)
	r := renderer(t, "markdown")
	v := valuesFile(t, "hostile")
	out := render(t, r, resolve(t, c, r, "webmaster", v))
	for _, want := range []string{
		"<https://example.com/jobs/web_master>",
		"<https://www.example.com/about_us?utm_source=jobs_board&a=1>",
		"<jobs_fr@example.com>",
		`Acme \<script\>alert(1)\</script\> & \*Co\*`,
		`\# Not a heading`, `1\. not a list`, `\&amp;`, `\[x\](javascript:alert(3))`,
		`\*free\* coffee, - not a list`, `\<img src=x onerror=alert(5)\>`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	for _, bad := range []string{"web\\_master", "jobs\\_fr", "<script>", "\n# Not", "*free*"} {
		if strings.Contains(out, bad) {
			t.Errorf("output carries %q", bad)
		}
	}
}

func TestMarkdownLinkAndMail(t *testing.T) {
	tests := []struct{ got, want string }{
		{MarkdownLink("https://example.com/a_b?c=d&e=f"), "<https://example.com/a_b?c=d&e=f>"},
		{MarkdownLink("https://example.com/a b<c>"), "<https://example.com/a%20b%3Cc%3E>"},
		{MarkdownMail("jobs_fr@example.com"), "<jobs_fr@example.com>"},
		{MarkdownMail(`"odd"@example.com`), `"odd"@example.com`},
		{MarkdownText("a  \n\n\n\nb \n"), "a\n\nb"},
		{MarkdownText("Lyon : "), "Lyon : "},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
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

func TestTidy(t *testing.T) {
	long := strings.Repeat("word ", 20) + "https://example.com/" + strings.Repeat("x", 90)
	got := string(Tidy([]byte("\n\nTitle  \n\n\n- " + long + "\n1. step\t\n\n")))
	want := "Title\n\n- " + strings.TrimSpace(long) + "\n1. step\n"
	if got != want {
		t.Errorf("Tidy =\n%s\nwant\n%s", got, want)
	}
}

func TestTemplateErrors(t *testing.T) {
	tests := []struct {
		name, tmpl, want string
	}{
		{"syntax", "{{.Title", "posting.md.tmpl:1: unclosed action"},
		{"missing field", "{{.Nope}}", `posting.md.tmpl:1:2: executing "mine/posting.md.tmpl" at <.Nope>: can't evaluate field Nope in type *posting.Posting`},
		{"missing label", "{{.Labels.Nope}}", `posting.md.tmpl:1:9: executing "mine/posting.md.tmpl" at <.Labels.Nope>: can't evaluate field Nope in type posting.Labels`},
	}
	c := shippedCatalog(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			layer := Layer{Dir: "mine", FS: fstest.MapFS{"posting.md.tmpl": {Data: []byte(tt.tmpl)}}}
			r, err := New(Options{Layers: []Layer{shippedLayers[0], layer}})
			if err == nil {
				p := resolve(t, c, r, "webmaster", values.Set{Lang: "en"})
				var buf bytes.Buffer
				buf.WriteString("kept")
				err = r.Render(context.Background(), &buf, p)
				if buf.String() != "kept" {
					t.Errorf("wrote %q before failing", buf.String())
				}
			}
			if err == nil || !strings.HasSuffix(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "mine/") {
				t.Errorf("got %v\nwant mine/%s", err, tt.want)
			}
		})
	}
}

// TestLabels: a labels file missing a label, or carrying an unknown one,
// fails with the key and the file, whatever the posting uses.
func TestLabels(t *testing.T) {
	shipped, err := templates.FS().Open(LabelsFile)
	if err != nil {
		t.Fatal(err)
	}
	defer shipped.Close()
	var src bytes.Buffer
	src.ReadFrom(shipped)
	tests := []struct {
		name, edit, want string
	}{
		{"missing", `  contract_freelance: "freelance"` + "\n", `mine/labels.yaml:4:3: fr: no label "contract_freelance"; add it`},
		{"unknown", "  colon: \" : \"\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := strings.Replace(src.String(), tt.edit, "", 1)
			if tt.name == "unknown" {
				data = strings.Replace(src.String(), "  colon: \" : \"\n", "  colon: \" : \"\n  contrat: \"x\"\n", 1)
				tt.want = `mine/labels.yaml:5:12: fr: unknown label "contrat"; did you mean "contract"?`
			}
			layer := Layer{Dir: "mine", FS: fstest.MapFS{LabelsFile: {Data: []byte(data)}}}
			_, err := New(Options{Layers: []Layer{shippedLayers[0], layer}})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want %s", err, tt.want)
			}
		})
	}
}

func TestUnknownFormatAndTemplate(t *testing.T) {
	if _, err := New(Options{Format: "pdf", Layers: shippedLayers}); err == nil || err.Error() != `unknown format "pdf": use one of markdown, html, jsonld, json, text` {
		t.Errorf("got %v", err)
	}
	if _, err := New(Options{Format: "json", Layers: shippedLayers, TemplateFile: "x.tmpl"}); err == nil || !strings.Contains(err.Error(), "no template") {
		t.Errorf("got %v", err)
	}
}

// TestFingerprint: the format and the program version change it.
func TestFingerprint(t *testing.T) {
	fp := func(format, version string) string {
		r, err := New(Options{Format: format, Layers: shippedLayers, Version: version})
		if err != nil {
			t.Fatal(err)
		}
		return r.Fingerprint()
	}
	if a := fp("markdown", "v1"); a == fp("html", "v1") || a == fp("markdown", "v2") || a != fp("markdown", "v1") {
		t.Error("the fingerprint does not follow the format and the version")
	}
}

func benchmarkFormat(b *testing.B, format string, v values.Set) {
	c := shippedCatalog(b)
	r := renderer(b, format)
	p := resolve(b, c, r, "community-manager", v)
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := r.Render(context.Background(), &buf, p); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderMarkdown is comparable with its version before the
// posting model: one French posting with no values, resolved beforehand.
func BenchmarkRenderMarkdown(b *testing.B) {
	benchmarkFormat(b, "markdown", values.Set{Lang: "fr", Seniority: "confirmed"})
}

func BenchmarkFormat(b *testing.B) {
	for _, f := range Formats() {
		b.Run(f.Name, func(b *testing.B) { benchmarkFormat(b, f.Name, valuesFile(b, "complete")) })
	}
}

// BenchmarkResolve is the model's share: a role and values to a posting.
func BenchmarkResolve(b *testing.B) {
	c := shippedCatalog(b)
	r := renderer(b, "markdown")
	v := valuesFile(b, "complete")
	res := posting.Resolver{Catalog: c, Words: r.Words()}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := res.Resolve("community-manager", v); err != nil {
			b.Fatal(err)
		}
	}
}

// A template that writes without end is stopped at the output cap; one
// that loops without writing is abandoned at the time budget; one still
// running when the context ends is left behind at once. Nothing is written
// in any of these cases.
func TestRenderLimits(t *testing.T) {
	interrupted := errors.New("interrupted")
	for _, tt := range []struct {
		name, tmpl string
		cancel     bool
		want       string
	}{
		{"output cap", "{{range 1000000000}}x{{end}}", false, "evil.md.tmpl: the posting is over 1 MiB, the size limit for one posting; look for a {{range}} that does not end"},
		{"time budget", "{{range 1000000000}}{{range 1000000000}}{{end}}{{end}}", false, "evil.md.tmpl: abandoned the posting after 50ms, the time limit for one posting; look for a {{range}} that does not end"},
		{"interrupt", "{{range 1000000000}}{{range 1000000000}}{{end}}{{end}}", true, "interrupted"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			file := filepath.Join(dir, "evil.md.tmpl")
			if err := os.WriteFile(file, []byte(tt.tmpl), 0o644); err != nil {
				t.Fatal(err)
			}
			budget := time.Hour
			if tt.name == "time budget" {
				budget = 50 * time.Millisecond
			}
			r, err := New(Options{Layers: shippedLayers, TemplateFile: file, MaxOutput: 1 << 20, TimeBudget: budget})
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithCancelCause(context.Background())
			if tt.cancel {
				cancel(interrupted)
			}
			defer cancel(nil)
			var buf bytes.Buffer
			buf.WriteString("before")
			err = r.Render(ctx, &buf, &posting.Posting{})
			if err == nil || strings.TrimPrefix(err.Error(), dir+string(filepath.Separator)) != tt.want {
				t.Errorf("error %v, want %s", err, tt.want)
			}
			if buf.String() != "before" {
				t.Errorf("wrote %d bytes", buf.Len()-len("before"))
			}
		})
	}
}

// TestDescriptionTemplate: the JSON-LD description is laid out by a
// template file that a templates folder, or --template for the jsonld
// format, replaces; a mistake in it is located in its file.
func TestDescriptionTemplate(t *testing.T) {
	c := shippedCatalog(t)
	v := valuesFile(t, "complete")
	mine := Layer{Dir: "mine", FS: fstest.MapFS{DescriptionFile: {Data: []byte(`<p>ours: {{.Lang}}</p>`)}}}
	for _, format := range []string{"jsonld", "html"} {
		r, err := New(Options{Format: format, Layers: []Layer{shippedLayers[0], mine}})
		if err != nil {
			t.Fatal(err)
		}
		out := render(t, r, resolve(t, c, r, "webmaster", v))
		if !strings.Contains(out, `"description": "<p>ours: fr</p>"`) && !strings.Contains(out, `"description":"\u003cp\u003eours: fr\u003c/p\u003e"`) {
			t.Errorf("%s: the folder's description template is not used:\n%.600s", format, out[strings.Index(out, `"description"`):])
		}
		if shipped := renderer(t, format); shipped.Fingerprint() == r.Fingerprint() {
			t.Errorf("%s: the description template is not part of the fingerprint", format)
		}
	}
	file := filepath.Join(t.TempDir(), "desc.tmpl")
	if err := os.WriteFile(file, []byte("<p>{{.Lang}}</p>"), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := New(Options{Format: "jsonld", Layers: shippedLayers, TemplateFile: file})
	if err != nil {
		t.Fatal(err)
	}
	if out := render(t, r, resolve(t, c, r, "webmaster", v)); !strings.Contains(out, `"description": "<p>fr</p>"`) {
		t.Errorf("--template does not replace the description:\n%s", out)
	}
	broken := Layer{Dir: "mine", FS: fstest.MapFS{DescriptionFile: {Data: []byte("<p>{{.Nope</p>")}}}
	_, err = New(Options{Format: "html", Layers: []Layer{shippedLayers[0], broken}})
	if err == nil || !strings.HasPrefix(err.Error(), "mine/"+DescriptionFile+":1:") {
		t.Errorf("got %v, want an error located in mine/%s", err, DescriptionFile)
	}
}

// standardPostings calls fn with every standard posting of the shipped
// catalogue at every size and seniority where the role exists, in every
// language, with the complete values, and with the role's shape there.
func standardPostings(t *testing.T, fn func(id, size, seniority, lang string, shape role.Shape, p *posting.Posting, text string)) {
	t.Helper()
	c := shippedCatalog(t)
	r := renderer(t, "text")
	v := valuesFile(t, "complete")
	for _, id := range c.IDs() {
		ro, _ := c.Role(id)
		for _, size := range role.Sizes() {
			for _, seniority := range values.Seniorities {
				shape := ro.ShapeAt(size, seniority)
				if shape.Unsuitable != nil || !ro.HiredAt(seniority) {
					continue
				}
				for _, lang := range role.Languages() {
					v.Lang, v.Company.Size, v.Seniority = lang, size, seniority
					p := resolve(t, c, r, id, v)
					fn(id, size, seniority, lang, shape, p, render(t, r, p))
				}
			}
		}
	}
}

// A role is hired only at the seniorities it names: another is refused
// with the ones it has, as a value error.
func TestSeniorityTheRoleLacksIsRefused(t *testing.T) {
	c := shippedCatalog(t)
	r := renderer(t, "text")
	v := valuesFile(t, "complete")
	v.Seniority = "junior"
	res := posting.Resolver{Catalog: c, Words: r.Words()}
	_, err := res.Resolve("digital-manager", v)
	if !usage.Is(err) || err.Error() != "seniority: digital-manager has no junior posting; use senior" {
		t.Errorf("a junior head of digital: %v", err)
	}
	if _, err := res.Resolve("webmaster", v); err != nil {
		t.Errorf("a junior webmaster: %v", err)
	}
}

// A junior posting asks less than the confirmed one: it is never longer.
func TestJuniorPostingIsNotLonger(t *testing.T) {
	type at struct{ id, size, lang string }
	words := map[at]map[string]int{}
	standardPostings(t, func(id, size, seniority, lang string, _ role.Shape, _ *posting.Posting, text string) {
		k := at{id, size, lang}
		if words[k] == nil {
			words[k] = map[string]int{}
		}
		words[k][seniority] = len(wordRE.FindAllString(text, -1))
	})
	for k, n := range words {
		if j, ok := n["junior"]; ok && j > n["confirmed"] {
			t.Errorf("%s (%s, %s): the junior posting has %d words, the confirmed one %d", k.id, k.size, k.lang, j, n["confirmed"])
		}
	}
}

// teamWork names what only a hire with a team does.
var teamWork = regexp.MustCompile(`(?i)\b(encadr\w*|entretiens annuels|annual reviews|line.manage\w*|votre équipe|your team|(de|à) l'équipe|the team's|membres? de l'équipe|team members?)\b`)

// A junior hire manages nobody: its posting asks no management skill and
// no mission that presupposes a team.
func TestJuniorPostingPresupposesNoTeam(t *testing.T) {
	if !teamWork.MatchString("Mener les entretiens annuels") {
		t.Fatal("the team-work pattern misses a team mission")
	}
	standardPostings(t, func(id, size, seniority, lang string, _ role.Shape, p *posting.Posting, _ string) {
		if seniority != "junior" {
			return
		}
		for _, s := range slices.Concat(p.Skills.KnowHow, p.Skills.Soft, p.Skills.Knowledge) {
			if s.ID == "management" || s.ID == "leadership" {
				t.Errorf("%s (%s, junior, %s) asks the management skill %s", id, size, lang, s.ID)
			}
		}
		for _, m := range p.Missions {
			for _, line := range append([]string{m.Title}, m.Activities...) {
				if w := teamWork.FindString(line); w != "" {
					t.Errorf("%s (%s, junior, %s): %q presupposes a team (%q)", id, size, lang, line, w)
				}
			}
		}
	})
}

// Missions, skills and tools agree: a line of a posting that names a tool
// of the catalogue names one of that posting's tools.
func TestPostingNamesOnlyItsTools(t *testing.T) {
	c := shippedCatalog(t)
	// Every tool any role lists at any size, but the social networks: they
	// are where a role works, which its missions name.
	networks := []string{"LinkedIn", "Instagram", "Facebook", "TikTok", "YouTube", "X"}
	var tools []string
	for _, id := range c.IDs() {
		ro, _ := c.Role(id)
		for _, size := range role.Sizes() {
			for _, tool := range ro.ShapeAt(size, "").Tools["en"] {
				if !slices.Contains(tools, tool) && !slices.Contains(networks, tool) {
					tools = append(tools, tool)
				}
			}
		}
	}
	if !slices.Contains(tools, "Google Analytics 4") || !slices.Contains(tools, "PageSpeed Insights") {
		t.Fatalf("the tools of the catalogue are not read: %v", tools)
	}
	standardPostings(t, func(id, size, seniority, lang string, shape role.Shape, p *posting.Posting, _ string) {
		var lines []string
		for _, m := range p.Missions {
			lines = append(lines, m.Title)
			lines = append(lines, m.Activities...)
		}
		for _, s := range slices.Concat(p.Skills.KnowHow, p.Skills.Soft, p.Skills.Knowledge) {
			lines = append(lines, s.Line)
		}
		// a listed tool's gloss in brackets is not part of its name
		var own []string
		for _, tool := range shape.Tools[lang] {
			name, _, _ := strings.Cut(tool, " (")
			own = append(own, name)
		}
		for _, line := range lines {
			// a tool of the posting's own may hold another's name
			// ("Salesforce Marketing Cloud", "Salesforce"): it is read first
			for _, name := range own {
				line = strings.ReplaceAll(line, name, "")
			}
			for _, tool := range tools {
				if !slices.Contains(own, tool) && regexp.MustCompile(`\b`+regexp.QuoteMeta(tool)+`\b`).MatchString(line) {
					t.Errorf("%s (%s, %s, %s): %q names %s, not among its tools %v", id, size, seniority, lang, line, tool, shape.Tools[lang])
				}
			}
		}
	})
}

// sectorWords assume a sector or a spread of sites the values do not say.
var sectorWords = regexp.MustCompile(`(?i)\b(boutique en ligne|panier moyen|site marchand|e-commerce|online shop|average order value|plusieurs sites|site par site|chaque site|several sites|every site|each site|site-by-site)\b`)

// A default posting is sector-neutral: it sells nothing the company may
// not make and assumes no several sites.
func TestPostingIsSectorNeutral(t *testing.T) {
	standardPostings(t, func(id, size, seniority, lang string, _ role.Shape, _ *posting.Posting, text string) {
		if w := sectorWords.FindString(text); w != "" {
			t.Errorf("%s (%s, %s, %s) assumes a sector or sites: %q", id, size, seniority, lang, w)
		}
	})
}

// The complete values come in one file per company size, so that a
// group's posting does not say "we are 200": each file loads strictly,
// names its own size, and only the medium company counts 200 people.
func TestCompleteValuesPerSize(t *testing.T) {
	for name, size := range map[string]string{"complete": "medium", "complete-large": "large", "complete-small": "small"} {
		v := valuesFile(t, name)
		if v.Company.Size != size {
			t.Errorf("%s: company.size %q, want %q", name, v.Company.Size, size)
		}
		for _, lang := range role.Languages() {
			if says200 := strings.Contains(v.Company.About.ByLang[lang], "200"); says200 != (size == "medium") {
				t.Errorf("%s (%s): about %q", name, lang, v.Company.About.ByLang[lang])
			}
		}
	}
}

// TestMarkdownTextLinksAddresses: an e-mail address inside a text is
// written as an autolink, the sentence's full stop left outside, and what
// only looks like one (a handle, no domain dot) stays escaped text.
func TestMarkdownTextLinksAddresses(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Need any adjustments to the process? Email jobs_fr@example.fr.", "Need any adjustments to the process? Email <jobs_fr@example.fr>."},
		{"Écrivez à rh@exemple.fr ou à paie@exemple.fr : nous répondons.", "Écrivez à <rh@exemple.fr> ou à <paie@exemple.fr> : nous répondons."},
		{"Follow @jobdesc_fr on social media", `Follow @jobdesc\_fr on social media`},
		{"user@localhost is not an address here", "user@localhost is not an address here"},
		{"*a*@b.fr-", `\*a\*@b.fr-`},
		{"x_y@mail.example.org", "<x_y@mail.example.org>"},
	} {
		if got := MarkdownText(tt.in); got != tt.want {
			t.Errorf("MarkdownText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCompletePayFollowsTeam: in the complete values, a manager's pay
// goes with the team the role manages at that size: above the band of
// every post managed, at any level they are hired at, and not more than
// half again the best-paid of them (a head of digital at 90–110 k€ for a
// webmaster and an analyst is a team that is not there).
func TestCompletePayFollowsTeam(t *testing.T) {
	c := shippedCatalog(t)
	for name, size := range map[string]string{"complete": "medium", "complete-large": "large"} {
		cfg := valuesConfig(t, name)
		for _, id := range c.IDs() {
			ro, _ := c.Role(id)
			for _, sen := range ro.SenioritiesHired() {
				shape := ro.ShapeAt(size, sen)
				if shape.Unsuitable != nil || sen == "junior" || len(shape.Manages) == 0 {
					continue
				}
				pay := valuesAt(t, cfg, ro, size, sen).Salary
				top := 0
				for _, m := range shape.Manages {
					sub, _ := c.Role(m)
					for _, s := range sub.SenioritiesHired() {
						if sub.ShapeAt(size, s).Unsuitable != nil {
							continue
						}
						sp := valuesAt(t, cfg, sub, size, s).Salary
						if pay.Min <= sp.Max {
							t.Errorf("%s: %s (%s) from %v is within the band of the %s %s it manages (up to %v)", name, id, sen, pay.Min, s, m, sp.Max)
						}
						top = max(top, int(sp.Max))
					}
				}
				if float64(pay.Max) > 1.5*float64(top) {
					t.Errorf("%s: %s (%s) up to %v for a team whose best-paid post tops at %d: the team or the pay is wrong", name, id, sen, pay.Max, top)
				}
			}
		}
	}
}
