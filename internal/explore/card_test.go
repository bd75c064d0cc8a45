package explore

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jobdesc/jobdesc/internal/preview"
	"github.com/jobdesc/jobdesc/internal/role"
)

// TestEveryCardFitsAScreen renders every shipped role's card in every
// language at every size, both ways of drawing levels, and checks it fits
// CardMaxLines at 100 columns, as Markdown and as glamour lays it out.
func TestEveryCardFitsAScreen(t *testing.T) {
	c := load(t)
	plain, err := preview.New(preview.Options{Style: "notty", Width: 100})
	if err != nil {
		t.Fatal(err)
	}
	dark, err := preview.New(preview.Options{Style: "dark", Width: 100, Color: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range c.IDs() {
		for _, lang := range role.Languages() {
			for _, size := range append([]string{""}, role.Sizes()...) {
				for _, ascii := range []bool{false, true} {
					d, err := Card(c, id, lang, size)
					if err != nil {
						t.Fatal(err)
					}
					var b bytes.Buffer
					if err := d.Markdown(&b, Options{ASCII: ascii}); err != nil {
						t.Fatal(err)
					}
					name := id + "/" + lang + "/" + size
					md := b.String()
					checkFits(t, name+" markdown", md)
					for _, r := range []*preview.Renderer{plain, dark} {
						out, err := r.Render(md)
						if err != nil {
							t.Fatal(err)
						}
						checkFits(t, name+" rendered", out)
					}
				}
			}
		}
	}
}

func checkFits(t *testing.T, name, s string) {
	t.Helper()
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > CardMaxLines {
		t.Errorf("%s: %d lines, over %d", name, len(lines), CardMaxLines)
	}
	for i, l := range lines {
		if n := utf8.RuneCountInString(stripANSI(l)); n > 100 {
			t.Errorf("%s: line %d is %d columns: %q", name, i+1, n, l)
		}
	}
}

// stripANSI removes terminal escape sequences, which take no column.
func stripANSI(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '[' {
			j := i + 2
			for j < len(s) && (s[j] < 0x40 || s[j] > 0x7e) {
				j++
			}
			i = j
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
