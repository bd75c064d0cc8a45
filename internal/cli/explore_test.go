package cli

import (
	"strings"
	"testing"

	xansi "github.com/charmbracelet/x/ansi"

	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/explore"
	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/roles"
)

func shippedIDs(t *testing.T) []string {
	t.Helper()
	c, err := catalog.Load(catalog.Layer{Dir: "roles", FS: roles.FS(), Shipped: true})
	if err != nil {
		t.Fatal(err)
	}
	return c.IDs()
}

// TestCardsFitOneScreen: the card of every role, in each language and at
// each size, fits 40 lines of 100 columns once glamour has laid it out on
// a terminal, and as Markdown.
func TestCardsFitOneScreen(t *testing.T) {
	for _, id := range shippedIDs(t) {
		for _, lang := range role.Languages() {
			for _, size := range append([]string{""}, role.Sizes()...) {
				for _, color := range []string{"always", "never"} {
					f, out, _ := testFactory(t, "PAGER", "cat", "LANG", "fr_FR.UTF-8")
					f.IO.SetTTY(true, true, 100)
					o := &CardOptions{IO: f.IO, Env: &f.Env, IDs: []string{id}, Lang: lang, Size: size, Display: displayOptions{Color: color, Style: "dark"}}
					if err := runCard(o); err != nil {
						t.Fatal(err)
					}
					lines := strings.Split(strings.TrimRight(xansi.Strip(out.String()), "\n"), "\n")
					if len(lines) > explore.CardMaxLines {
						t.Errorf("%s %s %q color %s: %d lines", id, lang, size, color, len(lines))
					}
					for i, l := range lines {
						if w := xansi.StringWidth(l); w > maxPreviewWidth {
							t.Errorf("%s %s %q color %s: line %d is %d columns: %q", id, lang, size, color, i+1, w, l)
						}
					}
				}
			}
		}
	}
}
