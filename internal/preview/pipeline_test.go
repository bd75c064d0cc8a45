package preview_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/internal/preview"
	"github.com/jobdesc/jobdesc/internal/render"
	"github.com/jobdesc/jobdesc/internal/values"
	"github.com/jobdesc/jobdesc/roles"
	"github.com/jobdesc/jobdesc/templates"
)

// pipeline is what jobdesc preview runs: a posting with the values given,
// through the Markdown template, to glamour, in every style and with
// colour off.
type pipeline struct {
	c  *catalog.Catalog
	rd *render.Renderer
	pr []*preview.Renderer
}

func newPipeline(tb testing.TB) *pipeline {
	tb.Helper()
	c, err := catalog.LoadRoles([]string{"webmaster"}, catalog.Layer{Dir: "roles", FS: roles.FS(), Shipped: true})
	if err != nil {
		tb.Fatal(err)
	}
	rd, err := render.New(render.Options{Layers: []render.Layer{{Dir: "templates", FS: templates.FS()}}})
	if err != nil {
		tb.Fatal(err)
	}
	p := &pipeline{c: c, rd: rd}
	for _, o := range []preview.Options{
		{Style: "dark", Width: 80, Color: true},
		{Style: "light", Width: 80, Color: true},
		{Style: "notty", Width: 80, Color: true},
		{Style: "dark", Width: 80, Color: false},
	} {
		pr, err := preview.New(o)
		if err != nil {
			tb.Fatal(err)
		}
		p.pr = append(p.pr, pr)
	}
	return p
}

// run previews the posting whose every text value is hostile, the way a
// values file, --company or a jobdesc.yaml in the working folder can set
// it without the values check (which refuses control characters: this
// path must hold even if a value slips past it).
func (p *pipeline) run(tb testing.TB, hostile string) []string {
	tb.Helper()
	md := p.markdown(tb, values.Set{
		Lang:      "en",
		Company:   values.Company{Name: hostile, About: values.PlainText(hostile)},
		Location:  values.Location{City: hostile, Region: hostile},
		Contract:  values.Contract{Type: "fixed-term", Duration: values.PlainText(hostile), Agreement: hostile},
		Reference: hostile,
		Benefits:  values.PlainList(hostile, "ok"),
		// The values a real posting needs carry it too.
		TitleSuffix: values.PlainText(hostile),
		Team:        values.Team{Size: 2, With: values.PlainText(hostile)},
		Process:     values.PlainList(hostile),
	})
	var outs []string
	for _, pr := range p.pr {
		out, err := pr.Render(md)
		if err != nil {
			tb.Fatal(err)
		}
		outs = append(outs, out)
	}
	return outs
}

// markdown renders the webmaster's posting in English with values v.
func (p *pipeline) markdown(tb testing.TB, v values.Set) string {
	tb.Helper()
	v.Lang = "en"
	post, err := (&posting.Resolver{Catalog: p.c, Words: p.rd.Words()}).Resolve("webmaster", v)
	if err != nil {
		tb.Fatal(err)
	}
	var md bytes.Buffer
	if err := p.rd.Render(context.Background(), &md, post); err != nil {
		tb.Fatal(err)
	}
	return md.String()
}

// terminalSafe returns what in out may not reach a terminal: any control
// byte but newline and tab, and any escape sequence but SGR.
func terminalSafe(out string) error {
	for i := 0; i < len(out); {
		if out[i] == 0x1b {
			j := i + 1
			if j >= len(out) || out[j] != '[' {
				return fmt.Errorf("escape %q at %d", out[i:min(i+8, len(out))], i)
			}
			j++
			for j < len(out) && (out[j] >= '0' && out[j] <= '9' || out[j] == ';' || out[j] == ':') {
				j++
			}
			if j >= len(out) || out[j] != 'm' {
				return fmt.Errorf("non-SGR sequence %q at %d", out[i:min(j+1, len(out))], i)
			}
			i = j + 1
			continue
		}
		r, size := utf8.DecodeRuneInString(out[i:])
		if r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r < 0xa0 {
			return fmt.Errorf("control character %U at %d", r, i)
		}
		i += size
	}
	return nil
}

var hostileValues = []string{
	"X&#27]52;c;aGVsbG8=&#27\\ Y",
	"X&#x1b]2;pwned&#x7 Y",
	"&#27;]8;;https://evil.example&#27;\\link&#27;]8;;&#27;\\",
	"&#x1B[2J&#x1b[H&#27[31mred",
	"&#155;31m &#x9b;2J &#4294967323;]52;c;aGk= &#0000027;[6n",
	"&&#27;#27;]52;c;aGk=&#7;",
	"\x1b]52;c;aGk=\x07 \x1b[2J \u009b31m \x90q\x1b\\",
	"`&#27;]52;c;aGk=&#7;` <span>&#27;]0;t&#7;</span>",
	"&ESC; &#X1b &#x00001b &#27&#59;",
}

// TestPreviewPathIsTerminalSafe runs hostile values through the whole
// preview path: no escape sequence but glamour's colours comes out.
func TestPreviewPathIsTerminalSafe(t *testing.T) {
	p := newPipeline(t)
	for _, h := range hostileValues {
		for i, out := range p.run(t, h) {
			if err := terminalSafe(out); err != nil {
				t.Errorf("renderer %d, value %q: %v", i, h, err)
			}
			if i == 3 && strings.Contains(out, "\x1b") {
				t.Errorf("colour off, value %q: escape codes in the output", h)
			}
		}
	}
}

func FuzzPreview(f *testing.F) {
	for _, h := range hostileValues {
		f.Add(h)
	}
	p := newPipeline(f)
	f.Fuzz(func(t *testing.T, h string) {
		for i, out := range p.run(t, h) {
			if err := terminalSafe(out); err != nil {
				t.Fatalf("renderer %d: %v", i, err)
			}
		}
	})
}

// BenchmarkLongWord previews a posting whose company name is one
// unbroken word, in the dark style: the cost per character stays flat as
// the word grows (it grew with the word's length before words were
// broken).
func BenchmarkLongWord(b *testing.B) {
	p := newPipeline(b)
	for _, n := range []int{10_000, 40_000, 160_000} {
		md := p.markdown(b, values.Set{Lang: "en", Company: values.Company{Name: strings.Repeat("x", n)}})
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.SetBytes(int64(n))
			for b.Loop() {
				if _, err := p.pr[0].Render(md); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
