package cli

import (
	"slices"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/jobdesc/jobdesc/internal/fileread"
	"github.com/jobdesc/jobdesc/internal/lint"
	"github.com/jobdesc/jobdesc/internal/render"
	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/schema"
	"github.com/jobdesc/jobdesc/internal/term"
	"github.com/jobdesc/jobdesc/internal/values"
)

// TestFlagChoicesFromTheRegistry: every flag that takes one of a list
// offers, in its completion, exactly the list the checks read, and its
// help text lists exactly those values, in the same order.
func TestFlagChoicesFromTheRegistry(t *testing.T) {
	registry := map[string][]string{
		"lang":         role.Languages(),
		"remote":       values.RemoteModes,
		"contract":     values.ContractSpellings(),
		"encoding":     fileread.Encodings,
		"seniority":    role.Seniorities(),
		"company-size": role.Sizes(),
		"length":       values.Lengths,
		"fail-on":      lint.FailOnLevels(),
		"style":        term.Styles(),
		"color":        term.ColorModes(),
		"draft":        schema.Drafts(),
	}
	// --format's list is the command's own.
	formats := map[string][]string{
		"render":  render.Names(),
		"preview": render.Names(),
		"lint":    lint.Formats(),
		"list":    term.TableFormats(),
		"card":    {term.FormatMarkdown, term.FormatJSON},
		"compare": {term.FormatMarkdown, term.FormatJSON},
		"match":   matchFormats,
		"matrix":  matrixFormats,
		"org":     orgFormats,
	}
	f, _, _ := testFactory(t)
	seen := map[string]bool{}
	Walk(NewRootCmd(f), func(cmd *cobra.Command) {
		cmd.Flags().VisitAll(func(fl *pflag.Flag) {
			want, ok := registry[fl.Name]
			if fl.Name == "format" {
				want, ok = formats[cmd.Name()]
			}
			complete, hasCompletion := cmd.GetFlagCompletionFunc(fl.Name)
			if !ok {
				if hasCompletion && fl.Name == "format" {
					t.Errorf("%s --format: not in this test's table", cmd.CommandPath())
				}
				return
			}
			seen[fl.Name] = true
			if !hasCompletion {
				t.Errorf("%s --%s: no completion", cmd.CommandPath(), fl.Name)
				return
			}
			got, _ := complete(cmd, nil, "")
			if !slices.Equal(got, want) {
				t.Errorf("%s --%s completes %q, want %q", cmd.CommandPath(), fl.Name, got, want)
			}
			if !strings.Contains(fl.Usage, orList(want)) {
				t.Errorf("%s --%s help %q does not list %q", cmd.CommandPath(), fl.Name, fl.Usage, orList(want))
			}
			for _, other := range allChoices(registry, formats) {
				if !slices.Contains(want, other) && strings.Contains(fl.Usage, other+",") {
					t.Errorf("%s --%s help %q lists %q, which it does not take", cmd.CommandPath(), fl.Name, fl.Usage, other)
				}
			}
		})
	})
	for name := range registry {
		if !seen[name] {
			t.Errorf("no command has --%s", name)
		}
	}
}

func allChoices(lists ...map[string][]string) []string {
	var all []string
	for _, m := range lists {
		for _, l := range m {
			all = append(all, l...)
		}
	}
	return all
}

func TestOrList(t *testing.T) {
	for _, c := range []struct {
		in   []string
		want string
	}{{nil, ""}, {[]string{"a"}, "a"}, {[]string{"a", "b"}, "a or b"}, {[]string{"a", "b", "c"}, "a, b or c"}} {
		if got := orList(c.in); got != c.want {
			t.Errorf("orList(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A repeatable flag keeps each value whole and in order, a comma
// included, and writes them as pflag's StringArray does.
func TestStringsFlag(t *testing.T) {
	var got []string
	fs := pflag.NewFlagSet("t", pflag.ContinueOnError)
	stringsFlag(fs, &got, "set", "s", "")
	if err := fs.Parse([]string{"--set", "a=1,2", "-s", "b=3"}); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, []string{"a=1,2", "b=3"}) {
		t.Errorf("values %q", got)
	}
	f := fs.Lookup("set")
	if s := f.Value.String(); s != `["a=1,2",b=3]` {
		t.Errorf("String() = %s", s)
	}
	if f.DefValue != "" || f.Value.Type() != "stringArray" {
		t.Errorf("default %q, type %q", f.DefValue, f.Value.Type())
	}
}
