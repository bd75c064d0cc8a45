package explore

import (
	"bytes"
	"strings"
	"testing"

	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/role"
)

// loneRole is a user's role in one language, reporting outside the
// catalogue; ID and TITLE are replaced.
const loneRole = `id: ID
title: {en: 'TITLE'}
summary: {en: Does things.}
reports_to: ""
reporting: {en: the owner}
missions:
  - id: work
    title: {en: Work}
    activities: [{en: Do the work}]
skills:
  - {id: writing, level: 2}
`

func lone(id, title string) string {
	return strings.NewReplacer("ID", id, "TITLE", title).Replace(loneRole)
}

// TestOrgHoldsEveryRoleOnce checks, at every size, that each role of the
// catalogue is in a tree or apart, exactly once, a user's roles included.
func TestOrgHoldsEveryRoleOnce(t *testing.T) {
	for name, layers := range map[string][]catalog.Layer{
		"shipped": nil,
		"with a user layer": {userLayer(map[string]string{
			// Reports to a shipped role that does not list it.
			"cm-lyon.yaml": "id: cm-lyon\nextends: community-manager\ntitle: {fr: CM Lyon}\n",
			"solo.yaml":    lone("solo", "Solo"),
		})},
	} {
		t.Run(name, func(t *testing.T) {
			c := load(t, layers...)
			for _, size := range role.Sizes() {
				o, err := Org(c, "fr", size)
				if err != nil {
					t.Fatal(err)
				}
				seen := map[string]int{}
				var walk func([]*OrgNode)
				walk = func(ns []*OrgNode) {
					for _, n := range ns {
						seen[n.ID]++
						walk(n.Children)
					}
				}
				for _, top := range o.Tops {
					walk(top.Roots)
				}
				for _, a := range o.Apart {
					seen[a.ID]++
				}
				for _, id := range c.IDs() {
					if seen[id] != 1 {
						t.Errorf("%s: role %s appears %d times", size, id, seen[id])
					}
				}
				if len(seen) != len(c.IDs()) {
					t.Errorf("%s: %d roles in the chart, %d in the catalogue", size, len(seen), len(c.IDs()))
				}
			}
		})
	}
}

func TestOrgPlacesUserRoles(t *testing.T) {
	c := load(t, userLayer(map[string]string{
		"cm-lyon.yaml": "id: cm-lyon\nextends: community-manager\ntitle: {en: CM Lyon}\n",
		"solo.yaml":    lone("solo", "Solo"),
	}))
	o, err := Org(c, "en", "medium")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := o.Text(&b, Options{}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.Contains(out, "│   ├── CM Lyon") && !strings.Contains(out, "│   └── CM Lyon") {
		t.Errorf("cm-lyon is not under the social media manager:\n%s", out)
	}
	if !strings.Contains(out, "(the owner)\n└── Solo\n") {
		t.Errorf("solo does not stand under its outside post:\n%s", out)
	}
}

func TestMermaidIsSafe(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`Chef "digital"`, `Chef #quot;digital#quot;`},
		{"a <b> & c", "a #lt;b#gt; #amp; c"},
		{"n°#1 `x`", "n°#35;1 #96;x#96;"},
		{"two\nlines", "two lines"},
	} {
		if got := mermaidLabel(tc.in); got != tc.want {
			t.Errorf("mermaidLabel(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct{ in, want string }{
		{"end", "r_end"}, {"community-manager", "r_community_manager"}, {"a1-b2", "r_a1_b2"},
	} {
		if got := mermaidID(tc.in); got != tc.want {
			t.Errorf("mermaidID(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// A user's title with quotes, brackets and a keyword for an id.
	c := load(t, userLayer(map[string]string{"end.yaml": lone("end", `Chef "]) de <projet> #1`)}))
	o, err := Org(c, "en", "small")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := o.Mermaid(&b); err != nil {
		t.Fatal(err)
	}
	want := `  r_end["Chef #quot;]) de #lt;projet#gt; #35;1"]`
	if !strings.Contains(b.String(), want+"\n") {
		t.Errorf("the user's role is not drawn safely; want %s in\n%s", want, b.String())
	}
	if !strings.HasPrefix(b.String(), "flowchart TD\n") {
		t.Errorf("not a flowchart:\n%s", b.String())
	}
}

func TestOrgRefuses(t *testing.T) {
	c := load(t)
	for _, tc := range []struct{ lang, size, want string }{
		{"de", "small", `unknown language "de"; use fr or en`},
		{"fr", "huge", `unknown company size "huge"; use small, medium, large`},
	} {
		if _, err := Org(c, tc.lang, tc.size); err == nil || err.Error() != tc.want {
			t.Errorf("Org(%q, %q) = %v, want %q", tc.lang, tc.size, err, tc.want)
		}
	}
}
