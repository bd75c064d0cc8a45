package cli

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/jobdesc/jobdesc/internal/messages"
)

var update = flag.Bool("update", false, "rewrite the golden help and error outputs under testdata/")

// commandPaths are the paths of every command of the tree, root first:
// [], [card], [completion bash], …
func commandPaths(t *testing.T) [][]string {
	t.Helper()
	f, _, _ := testFactory(t)
	var paths [][]string
	Walk(NewRootCmd(f), func(c *cobra.Command) {
		paths = append(paths, strings.Fields(c.CommandPath())[1:])
	})
	return paths
}

// testdataDir is the package's testdata folder, found before a test
// moves to a folder of its own.
func testdataDir(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// golden compares got with the file, or rewrites it under -update.
func golden(t *testing.T, file, got string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/cli -run %s -update)", err, t.Name())
	}
	if got != string(want) {
		t.Errorf("%s differs from the output; run go test ./internal/cli -run Golden -update and read the diff\n--- got\n%s", file, got)
	}
}

// TestGoldenHelp: the help of every command, in each interface language.
func TestGoldenHelp(t *testing.T) {
	dir := testdataDir(t)
	for _, lang := range messages.Languages() {
		for _, path := range commandPaths(t) {
			name := strings.Join(append([]string{"jobdesc"}, path...), "_")
			t.Run(lang+"/"+name, func(t *testing.T) {
				f, out, errOut := testFactory(t, "JOBDESC_UI_LANG", lang)
				if code := RunFactory(context.Background(), f, append(path, "--help")); code != 0 {
					t.Fatalf("exit %d: %s", code, errOut)
				}
				if strings.Contains(out.String(), "%!") {
					t.Errorf("a message misses or has extra arguments:\n%s", out)
				}
				golden(t, filepath.Join(dir, "help", lang, name+".txt"), out.String())
			})
		}
	}
}

// TestGoldenErrors: the command line's own errors, in each interface
// language: one line each, the exit code kept.
func TestGoldenErrors(t *testing.T) {
	dir := testdataDir(t)
	cases := [][]string{
		{"rendr"},
		{"frobnicate"},
		{"render", "a", "b"},
		{"render", "webmaster", "--nope"},
		{"render", "webmaster", "-Z"},
		{"render", "webmaster", "--lang"},
		{"compare", "webmaster"},
		{"list", "extra"},
		{"completion", "tcsh"},
		{"render", "comunity-manager"},
		{"render", "webmaster", "--set", "salaire=40000"},
		{"render", "webmaster", "--set", "salary.min=abc"},
		{"render", "webmaster", "-f", "missing.yaml"},
		{"init", "--lang", "de"},
		{"help", "nope"},
		{"help", "rendr"},
		{"render", "webmaster", "--format", "pdf"},
		{"render", "webmaster", "-o", "offer.docx"},
		{"render", "webmaster", "-f", "bad-type.yaml"},
		{"render", "webmaster", "-f", "nan.yaml"},
		{"render", "webmaster", "--set", "apply.url=jobs"},
		{"render", "webmaster", "--set", "location.country=XX"},
		{"render", "my-role", "--roles-dir", "my-roles"},
		{"site", "--batch", "batch.yaml", "-o", "public"},
		{"render", "--batch", "not-a-list.yaml", "-o", "out"},
		{"render", "--batch", "header.csv", "-o", "out"},
		{"render", "--all"},
		{"render", "webmaster", "--salary", "40k-50k EUR/fortnight"},
		{"new", "growth-lead", "--from", "webmaster", "--extends", "webmaster"},
		{"lint", "offer.md"},
		{"render", "webmaster", "--format", "jsonld"},
		{"render", "webmaster", "--lang", "en", "-f", "about-fr.yaml"},
	}
	// The files the cases name, written in each case's working folder.
	files := map[string]string{
		"bad-type.yaml":         "company:\n  name: [a, b]\n",
		"nan.yaml":              "salary:\n  min: .nan\n",
		"my-roles/my-role.yaml": "id: my-role\nextends: webmaster\nskills:\n  - {id: seo, level: 7}\n",
		"batch.yaml":            "postings:\n  - role: webmaster\n",
		"not-a-list.yaml":       "postings: 3\n",
		"header.csv":            "role,salaire\nwebmaster,3\n",
		"about-fr.yaml":         "company:\n  about: {fr: Nous faisons des jeux de société.}\n",
	}
	for _, lang := range messages.Languages() {
		t.Run(lang, func(t *testing.T) {
			var got strings.Builder
			for _, args := range cases {
				f, _, errOut := testFactory(t, "JOBDESC_UI_LANG", lang)
				for name, data := range files {
					if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				code := RunFactory(context.Background(), f, args)
				got.WriteString("$ jobdesc " + strings.Join(args, " ") + "\n")
				got.WriteString(errOut.String())
				got.WriteString("exit " + string(rune('0'+code)) + "\n\n")
				if strings.Count(strings.TrimSpace(errOut.String()), "\n") > 0 {
					t.Errorf("%q: more than one line:\n%s", args, errOut)
				}
			}
			golden(t, filepath.Join(dir, "errors", lang+".txt"), got.String())
		})
	}
}

// TestEveryHelpTextInTheCatalogues: each command of the tree has its
// short text, and each flag its usage, in every language's catalogue, so
// that a command or a flag added without its texts fails here.
func TestEveryHelpTextInTheCatalogues(t *testing.T) {
	cats := map[string]map[string]bool{}
	for _, lang := range messages.Languages() {
		c, err := messages.Catalogue(lang)
		if err != nil {
			t.Fatal(err)
		}
		cats[lang] = map[string]bool{}
		for id := range c {
			cats[lang][id] = true
		}
	}
	f, _, _ := testFactory(t)
	Walk(NewRootCmd(f), func(c *cobra.Command) {
		id := helpID(c)
		for lang, cat := range cats {
			if !cat[id+".short"] {
				t.Errorf("%s: %s.short missing", lang, id)
			}
			c.Flags().VisitAll(func(fl *pflag.Flag) {
				if fl.Name == "help" || fl.Name == "version" {
					return
				}
				if !cat[id+".flag."+fl.Name] && !cat["cli.flag."+fl.Name] {
					t.Errorf("%s: no usage for --%s of %q: add %s.flag.%s or cli.flag.%s", lang, fl.Name, c.CommandPath(), id, fl.Name, fl.Name)
				}
			})
		}
	})
}
