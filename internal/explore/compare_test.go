package explore

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/jobdesc/jobdesc/internal/catalog"
)

func TestCompareGroupsMissions(t *testing.T) {
	c := load(t, userLayer(map[string]string{
		// A child keeps its parent's missions (shared by id), replaces one
		// (still shared by id) and adds one (its own).
		"cm-lyon.yaml": `id: cm-lyon
extends: community-manager
title: {en: CM Lyon}
missions:
  - id: content
    title: {en: Create content for Lyon}
    activities: [{en: Shoot videos in Lyon}]
  - id: events
    title: {en: Run local events}
    activities: [{en: Host meet-ups in Lyon}]
`,
		// An unrelated role with the same mission id and another title
		// does not share it; the same title does.
		"other.yaml": strings.Replace(lone("other", "Other"), `  - id: work
    title: {en: Work}`, `  - id: content
    title: {en: Something else}
    activities: [{en: Do it}]
  - id: listen
    title: {en: "listen to the community   and measure results"}`, 1),
	}))
	cmp, err := Compare(c, []string{"community-manager", "cm-lyon"}, "en", "")
	if err != nil {
		t.Fatal(err)
	}
	var shared []string
	for _, g := range cmp.Shared {
		shared = append(shared, g.Missions[0].ID+"="+g.Missions[1].ID)
	}
	if got, want := strings.Join(shared, " "), "animate=animate content=content listening=listening reputation=reputation technical=technical pilot=pilot"; got != want {
		t.Errorf("shared = %s, want %s", got, want)
	}
	if len(cmp.Roles[0].Unique) != 0 || len(cmp.Roles[1].Unique) != 1 || cmp.Roles[1].Unique[0].ID != "events" {
		t.Errorf("unique = %+v / %+v, want none / events", cmp.Roles[0].Unique, cmp.Roles[1].Unique)
	}

	cmp, err = Compare(c, []string{"community-manager", "other"}, "en", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(cmp.Shared) != 1 || cmp.Shared[0].Missions[1].ID != "listen" {
		t.Errorf("shared = %+v, want only the mission of the same title", cmp.Shared)
	}
}

func TestCompareSkillsGap(t *testing.T) {
	c := load(t)
	cmp, err := Compare(c, []string{"community-manager", "webmaster"}, "fr", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range cmp.Skills {
		hi, lo := max(s.Levels[0], s.Levels[1]), min(s.Levels[0], s.Levels[1])
		if s.Gap != hi-lo {
			t.Errorf("%s: gap %d for levels %v", s.ID, s.Gap, s.Levels)
		}
	}
	var b bytes.Buffer
	if err := cmp.Markdown(&b, Options{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "- Choisissez **Webmaster** quand") {
		t.Errorf("no closing choice for the webmaster:\n%s", b.String())
	}
}

func TestCompareRefuses(t *testing.T) {
	c := load(t)
	for _, tc := range []struct {
		ids  []string
		want string
	}{
		{[]string{"webmaster"}, "compare needs at least two roles"},
		{[]string{"webmaster", "webmaster"}, `role "webmaster" is named twice`},
		{[]string{"webmaster", "comunity-manager"}, `did you mean "community-manager"`},
	} {
		_, err := Compare(c, tc.ids, "fr", "")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Compare(%v) = %v, want %q", tc.ids, err, tc.want)
		}
	}
	var unknown *catalog.UnknownRoleError
	if _, err := Compare(c, []string{"webmaster", "nope"}, "fr", ""); !errors.As(err, &unknown) {
		t.Errorf("an unknown role is %T, want *catalog.UnknownRoleError", err)
	}
}
