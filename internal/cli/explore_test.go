package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	xansi "github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"
	"go.yaml.in/yaml/v3"

	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/explore"
	"github.com/jobdesc/jobdesc/internal/messages"
	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/term"
	"github.com/jobdesc/jobdesc/internal/usage"
	"github.com/jobdesc/jobdesc/roles"
	"github.com/jobdesc/jobdesc/templates"
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
// each size, fits CardMaxLines lines of 80 columns once glamour has laid
// it out on a terminal, and as Markdown.
func TestCardsFitOneScreen(t *testing.T) {
	for _, id := range shippedIDs(t) {
		for _, lang := range role.Languages() {
			for _, size := range append([]string{""}, role.Sizes()...) {
				for _, color := range []string{"always", "never"} {
					f, out, _ := testFactory(t, "PAGER", "cat", "LANG", "fr_FR.UTF-8")
					f.IO.SetTTY(true, true, 80)
					o := &CardOptions{IO: f.IO, Env: &f.Env, IDs: []string{id}, Lang: lang, Size: size, Display: displayOptions{Color: color, Style: "dark"}}
					if err := runCard(o); err != nil {
						t.Fatal(err)
					}
					lines := strings.Split(strings.TrimRight(xansi.Strip(out.String()), "\n"), "\n")
					if len(lines) > explore.CardMaxLines {
						t.Errorf("%s %s %q color %s: %d lines", id, lang, size, color, len(lines))
					}
					for i, l := range lines {
						if w := xansi.StringWidth(l); w > 80 {
							t.Errorf("%s %s %q color %s: line %d is %d columns: %q", id, lang, size, color, i+1, w, l)
						}
					}
				}
			}
		}
	}
}

// TestOrgHoldsEveryRoleOncePerSize: at each size every role of the
// catalogue is in the chart exactly once, in the tree or apart.
func TestOrgHoldsEveryRoleOncePerSize(t *testing.T) {
	ids := shippedIDs(t)
	for _, size := range role.Sizes() {
		f, out, _ := testFactory(t)
		if err := runOrg(&OrgOptions{IO: f.IO, Env: &f.Env, Size: size, Lang: "en", Format: "json"}); err != nil {
			t.Fatal(err)
		}
		var chart explore.OrgChart
		if err := json.Unmarshal(out.Bytes(), &chart); err != nil {
			t.Fatal(err)
		}
		seen := map[string]int{}
		var walk func(ns []*explore.OrgNode)
		walk = func(ns []*explore.OrgNode) {
			for _, n := range ns {
				seen[n.ID]++
				walk(n.Children)
			}
		}
		for _, top := range chart.Tops {
			walk(top.Roots)
		}
		for _, a := range chart.Apart {
			seen[a.ID]++
		}
		for _, id := range ids {
			if seen[id] != 1 {
				t.Errorf("%s: %s is in the chart %d times", size, id, seen[id])
			}
		}
		if len(seen) != len(ids) {
			t.Errorf("%s: %d roles in the chart, %d in the catalogue", size, len(seen), len(ids))
		}
	}
}

// TestMatrixHoldsEveryRole: every role is a column of the matrix, in
// every format.
func TestMatrixHoldsEveryRole(t *testing.T) {
	ids := shippedIDs(t)
	for _, format := range matrixFormats {
		f, out, _ := testFactory(t)
		if err := runMatrix(&MatrixOptions{IO: f.IO, Env: &f.Env, Lang: "en", Format: format}); err != nil {
			t.Fatal(err)
		}
		switch format {
		case "csv":
			head, _, _ := strings.Cut(out.String(), "\n")
			if head != "kind,skill,name,"+strings.Join(ids, ",") {
				t.Errorf("csv header %q", head)
			}
		case "json":
			var m explore.SkillMatrix
			if err := json.Unmarshal(out.Bytes(), &m); err != nil {
				t.Fatal(err)
			}
			if len(m.Roles) != len(ids) {
				t.Errorf("json: %d roles", len(m.Roles))
			}
		case "table":
			first, _, _ := strings.Cut(out.String(), "\n")
			if n := len(strings.Split(first, "\t")); n != 3+len(ids) {
				t.Errorf("tsv: %d cells a row", n)
			}
		case "markdown":
			c, _ := catalog.Load(catalog.Layer{Dir: "roles", FS: roles.FS(), Shipped: true})
			for _, id := range ids {
				r, _ := c.Role(id)
				if !strings.Contains(out.String(), "| "+r.Title["en"]+" |") {
					t.Errorf("markdown: no column %s", id)
				}
			}
		}
	}
}

// TestFlagsReachOptions: each command copies its flags into its options,
// checked through the run hook, without running the command.
func TestFlagsReachOptions(t *testing.T) {
	f, _, _ := testFactory(t)
	var card *CardOptions
	cmd := NewCardCmd(f, func(o *CardOptions) error { card = o; return nil })
	cmd.SetArgs([]string{"webmaster", "digital-manager", "--lang", "fr", "--company-size", "small", "--format", "json", "--roles-dir", "mine", "--color", "never"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if want := []string{"webmaster", "digital-manager"}; !slices.Equal(card.IDs, want) || card.Lang != "fr" || card.Size != "small" ||
		card.Format != "json" || !slices.Equal(card.Catalog.RolesDirs, []string{"mine"}) || card.Display.Color != "never" {
		t.Errorf("card options: %+v", card)
	}
	var render *RenderOptions
	cmd = NewRenderCmd(f, func(o *RenderOptions) error { render = o; return nil })
	cmd.SetArgs([]string{"webmaster", "--lang", "", "--contract", "freelance", "-f", "a.yaml", "-f", "b.yaml", "--set", "k=v", "-o", "out.md"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	v, err := render.Values.values()
	if err != nil {
		t.Fatal(err)
	}
	if render.Role != "webmaster" || render.Output != "out.md" || !slices.Equal(v.Files, []string{"a.yaml", "b.yaml"}) {
		t.Errorf("render options: %+v", render)
	}
	// A flag given empty still counts: the checks refuse it.
	if lang, ok := v.Flags["lang"]; !ok || lang != "" || v.Flags["contract.type"] != "freelance" {
		t.Errorf("value flags: %v", v.Flags)
	}
	if _, ok := v.Flags["company.name"]; ok {
		t.Error("a flag not given reached the values")
	}
	var match *MatchOptions
	cmd = NewMatchCmd(f, func(o *MatchOptions) error { match = o; return nil })
	cmd.SetArgs([]string{"--skill", "seo:4", "--skill", "writing", "--mission", "site"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(match.Skills, []string{"seo:4", "writing"}) || match.Mission != "site" || match.Format != "markdown" {
		t.Errorf("match options: %+v", match)
	}
}

// TestValueOptionsBuiltDirectly: a field set in a test counts as its flag.
func TestValueOptionsBuiltDirectly(t *testing.T) {
	v, err := (&valueOptions{Lang: "fr", City: "Lyon"}).values()
	if err != nil {
		t.Fatal(err)
	}
	if v.Flags["lang"] != "fr" || v.Flags["location.city"] != "Lyon" || len(v.Flags) != 2 {
		t.Errorf("flags: %v", v.Flags)
	}
}

// TestListFitsNarrowTerminals: no line of the table is wider than the
// terminal, down to 60 columns, and the header is one line.
func TestListFitsNarrowTerminals(t *testing.T) {
	for _, width := range []int{60, 80, 100} {
		for _, lang := range role.Languages() {
			f, out, _ := testFactory(t)
			f.IO.SetTTY(true, true, width)
			if err := runList(&ListOptions{IO: f.IO, Env: &f.Env, Lang: lang}); err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimRight(out.String(), "\n"), "\n")
			if !strings.HasPrefix(lines[0], "ID ") || !strings.Contains(lines[0], "TITLE") {
				t.Errorf("%d %s: header %q", width, lang, lines[0])
			}
			for _, l := range lines {
				if w := xansi.StringWidth(l); w > width {
					t.Errorf("%d %s: %d columns: %q", width, lang, w, l)
				}
			}
		}
	}
	f, out, _ := testFactory(t)
	f.IO.SetTTY(true, true, 100)
	if err := runList(&ListOptions{IO: f.IO, Env: &f.Env, Lang: "fr"}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Responsable réseaux sociaux") || strings.Contains(out.String(), "  social-media-manager\n") {
		t.Errorf("list shows the manager's id, not its title:\n%s", out)
	}
}

// TestListWithABrokenConfig: list needs only a language, so a jobdesc.yaml
// that does not load is a warning, and the locale's language is used.
func TestListWithABrokenConfig(t *testing.T) {
	f, out, errOut := testFactory(t, "LANG", "fr_FR.UTF-8")
	os.WriteFile("jobdesc.yaml", []byte("lang: [fr\n"), 0o644)
	if err := runList(&ListOptions{IO: f.IO, Env: &f.Env}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Chargé·e de stratégie réseaux sociaux") || !strings.HasPrefix(errOut.String(), "jobdesc: warning: config not used: ") {
		t.Errorf("stdout:\n%s\nstderr: %s", out, errOut)
	}
}

// TestExitCodeConcurrently: ExitCode shares nothing between calls (run
// with -race).
func TestExitCodeConcurrently(t *testing.T) {
	errs := []error{usage.Errorf("x"), errors.New("y"), usage.Wrap(&catalog.UnknownRoleError{ID: "z"}), fmt.Errorf("wrapped: %w", term.BadValue("f", "x", nil))}
	want := []int{ExitUsage, ExitFailure, ExitUsage, ExitUsage}
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, err := range errs {
				if got := ExitCode(err); got != want[i] {
					t.Errorf("ExitCode(%v) = %d, want %d", err, got, want[i])
				}
			}
		}()
	}
	wg.Wait()
}

// TestInitInTheInterfaceLanguage: comments in the interface language
// (a French locale, or JOBDESC_UI_LANG), lang: the postings' language
// (--lang, else the locale's); the two samples set the same keys.
func TestInitInTheInterfaceLanguage(t *testing.T) {
	for _, tc := range []struct {
		env      []string
		flag     string
		comment  string
		langLine string
	}{
		{[]string{"LC_ALL", "fr_CA.UTF-8"}, "", "# Langue des offres", "\nlang: fr\n"},
		{[]string{"LC_ALL", "fr_CA.UTF-8"}, "en", "# Langue des offres", "\nlang: en\n"},
		{[]string{"LANG", "C", "JOBDESC_UI_LANG", "fr"}, "", "# Langue des offres", "\nlang: en\n"},
		{[]string{"LANG", "fr_FR.UTF-8", "JOBDESC_UI_LANG", "en"}, "", "# Language of the postings", "\nlang: fr\n"},
	} {
		f, _, _ := testFactory(t, tc.env...)
		f.Msg = messages.New(f.uiLang(nil))
		if err := runInit(&InitOptions{IO: f.IO, Env: &f.Env, Lang: tc.flag}); err != nil {
			t.Fatal(err)
		}
		data, _ := os.ReadFile("jobdesc.yaml")
		if !strings.Contains(string(data), tc.comment) || !strings.Contains(string(data), tc.langLine) {
			t.Errorf("%v --lang %q: want %q and %q in\n%s", tc.env, tc.flag, tc.comment, tc.langLine, data)
		}
	}
	keys := func(name string) []string {
		data, _ := fs.ReadFile(templates.FS(), name)
		var m map[string]any
		if err := yaml.Unmarshal(data, &m); err != nil {
			t.Fatal(err)
		}
		return role.SortedKeys(m)
	}
	if en, fr := keys(templates.ConfigSampleIn("en")), keys(templates.ConfigSampleIn("fr")); !slices.Equal(en, fr) {
		t.Errorf("the samples differ: en %v, fr %v", en, fr)
	}
}

// TestEveryCommandHasExamples: every command of ours shows examples in
// its help.
func TestEveryCommandHasExamples(t *testing.T) {
	f, _, _ := testFactory(t)
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if c.Name() == "completion" || c.Name() == "help" {
			return
		}
		if strings.TrimSpace(c.Example) == "" {
			t.Errorf("%s has no examples", c.CommandPath())
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(NewRootCmd(f))
}
