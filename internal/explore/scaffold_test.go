package explore

import (
	"errors"
	"strings"
	"testing"

	"github.com/jobdesc/jobdesc/internal/catalog"
)

// TestScaffoldLoads scaffolds a role every way, from every shipped role,
// and loads it as a user's layer over the shipped catalogue.
func TestScaffoldLoads(t *testing.T) {
	c := load(t)
	cases := []ScaffoldOptions{{}}
	for _, id := range c.IDs() {
		cases = append(cases, ScaffoldOptions{From: id}, ScaffoldOptions{Extends: id})
	}
	for _, opts := range cases {
		name := "blank"
		if opts.From != "" {
			name = "from-" + opts.From
		}
		if opts.Extends != "" {
			name = "extends-" + opts.Extends
		}
		t.Run(name, func(t *testing.T) {
			out, err := Scaffold(c, "my-role", opts)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(string(out), "# yaml-language-server: $schema="+SchemaURL+"\n") {
				t.Errorf("no schema modeline on the first line:\n%s", out)
			}
			user, err := catalog.Load(shipped(), userLayer(map[string]string{"my-role.yaml": string(out)}))
			if err != nil {
				t.Fatalf("the scaffold does not load: %v\n%s", err, out)
			}
			r, err := user.Role("my-role")
			if err != nil {
				t.Fatal(err)
			}
			if opts.From != "" {
				src, _ := c.Role(opts.From)
				if len(r.Missions) != len(src.Missions) || len(r.Skills) != len(src.Skills) || r.Title.In("fr") != src.Title.In("fr") {
					t.Errorf("the copy lost content of %s", opts.From)
				}
			}
			// The new role has a card at every size.
			for _, size := range []string{"", "small", "large"} {
				if _, err := Card(user, "my-role", "fr", size); err != nil {
					t.Error(err)
				}
			}
		})
	}
}

func TestScaffoldGolden(t *testing.T) {
	c := load(t)
	for name, opts := range map[string]ScaffoldOptions{
		"blank":                     {},
		"extends-community-manager": {Extends: "community-manager"},
		"from-webmaster":            {From: "webmaster"},
	} {
		out, err := Scaffold(c, "my-role", opts)
		if err != nil {
			t.Fatal(err)
		}
		golden(t, "scaffold/"+name+".yaml", out)
	}
}

func TestScaffoldRefuses(t *testing.T) {
	c := load(t)
	for _, tc := range []struct {
		id   string
		opts ScaffoldOptions
		want string
	}{
		{"../evil", ScaffoldOptions{}, `invalid role id "../evil"`},
		{"My Role", ScaffoldOptions{}, `invalid role id "My Role"`},
		{"", ScaffoldOptions{}, `invalid role id ""`},
		{"x", ScaffoldOptions{From: "webmaster", Extends: "webmaster"}, "not both"},
		{"webmaster", ScaffoldOptions{Extends: "webmaster"}, "cannot extend itself"},
		{"x", ScaffoldOptions{From: "webmastr"}, `did you mean "webmaster"`},
		{"x", ScaffoldOptions{Extends: "nothing-like-it"}, `unknown role "nothing-like-it"`},
	} {
		_, err := Scaffold(c, tc.id, tc.opts)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Scaffold(%q, %+v) = %v, want an error with %q", tc.id, tc.opts, err, tc.want)
		}
	}
	var unknown *catalog.UnknownRoleError
	if _, err := Scaffold(c, "x", ScaffoldOptions{From: "webmastr"}); !errors.As(err, &unknown) {
		t.Errorf("an unknown role is %T, want *catalog.UnknownRoleError", err)
	}
}

func TestScaffoldNamesTheSchemaFile(t *testing.T) {
	c := load(t)
	for _, tc := range []struct {
		schema, want string
	}{{"", SchemaURL}, {SchemaFile, SchemaFile}} {
		out, err := Scaffold(c, "x", ScaffoldOptions{Extends: "webmaster", Schema: tc.schema})
		if err != nil {
			t.Fatal(err)
		}
		if first, _, _ := strings.Cut(string(out), "\n"); first != "# yaml-language-server: $schema="+tc.want {
			t.Errorf("Schema %q: first line %q", tc.schema, first)
		}
	}
}
