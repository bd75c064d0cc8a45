package explore

import (
	"strings"
	"testing"
)

func TestParseAsks(t *testing.T) {
	c := load(t)
	asks, err := ParseAsks(c, []string{"seo", "writing:2", " analysis:4 "})
	if err != nil {
		t.Fatal(err)
	}
	want := []Ask{{Skill: "seo", Level: DefaultAskLevel}, {Skill: "writing", Level: 2}, {Skill: "analysis", Level: 4}}
	for i := range want {
		if asks[i] != want[i] {
			t.Errorf("ask %d = %+v, want %+v", i, asks[i], want[i])
		}
	}
	for _, tc := range []struct{ spec, want string }{
		{"wrting", `unknown skill "wrting"; did you mean "writing"?`},
		{"xyzzy-plugh", `unknown skill "xyzzy-plugh"; run 'jobdesc matrix' to see the skills`},
		{"seo:5", `level "5" of skill "seo" is not 1-4`},
		{"seo:0", `level "0" of skill "seo" is not 1-4`},
		{"seo:x", `level "x" of skill "seo" is not 1-4`},
		{"seo:", `level "" of skill "seo" is not 1-4`},
	} {
		if _, err := ParseAsks(c, []string{tc.spec}); err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("ParseAsks(%q) = %v, want %q", tc.spec, err, tc.want)
		}
	}
	_, err = ParseAsks(c, []string{"seo", "seo:2", "wrting"})
	if err == nil || strings.Count(err.Error(), "\n") != 1 || !strings.Contains(err.Error(), "asked twice") {
		t.Errorf("every bad spec is not reported, one a line: %v", err)
	}
}

// TestMatchScore checks the coverage formula on a user's role whose
// levels are known: sum of min(has, asked) over sum of asked.
func TestMatchScore(t *testing.T) {
	c := load(t, userLayer(map[string]string{"probe.yaml": `id: probe
title: {en: Probe}
summary: {en: Probes.}
reporting: {en: the owner}
missions:
  - id: audit
    title: {en: Audit the website search ranking}
    activities: [{en: Check keywords and links}]
skills:
  - {id: seo, level: 2}
  - {id: writing, level: 4}
`}))
	for _, tc := range []struct {
		asks  []Ask
		score float64
	}{
		{[]Ask{{Skill: "seo", Level: 4}}, 0.5},   // level 2 of a level-4 ask
		{[]Ask{{Skill: "seo", Level: 2}}, 1},     // exactly what is asked
		{[]Ask{{Skill: "writing", Level: 3}}, 1}, // more than asked counts as asked
		{[]Ask{{Skill: "seo", Level: 4}, {Skill: "analysis", Level: 4}}, 0.25},
		{[]Ask{{Skill: "seo", Level: 1}, {Skill: "analysis", Level: 3}}, 0.25}, // a higher ask weighs more
	} {
		res, err := Match(c, tc.asks, "", "en", "")
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range res.Ranked {
			if m.ID == "probe" && m.Score != tc.score {
				t.Errorf("%+v: score %v, want %v", tc.asks, m.Score, tc.score)
			}
		}
	}
	res, err := Match(c, nil, "audit search ranking of our websites", "en", "")
	if err != nil {
		t.Fatal(err)
	}
	if top := res.Ranked[0]; top.ID != "probe" || top.MissionScore != 1 || len(top.MissionHits) != 1 {
		t.Errorf("mission text alone: top is %+v, want probe at 1", top)
	}
}

func TestMatchRanksAndSuggests(t *testing.T) {
	c := load(t)
	asks, _ := ParseAsks(c, []string{"web-development:4", "seo"})
	res, err := Match(c, asks, "", "en", "")
	if err != nil {
		t.Fatal(err)
	}
	if res.Ranked[0].ID != "webmaster" || res.Weak {
		t.Errorf("top %s (weak %v), want webmaster", res.Ranked[0].ID, res.Weak)
	}
	for i := 1; i < len(res.Ranked); i++ {
		if res.Ranked[i].Score > res.Ranked[i-1].Score {
			t.Errorf("not ranked: %v after %v", res.Ranked[i].Score, res.Ranked[i-1].Score)
		}
	}
	asks, _ = ParseAsks(c, []string{"paid-social:4", "legal-basics:4", "sourcing:4"})
	res, _ = Match(c, asks, "", "en", "")
	if !res.Weak || res.Suggest != "jobdesc new my-role --extends "+res.Ranked[0].ID {
		t.Errorf("weak %v, suggest %q", res.Weak, res.Suggest)
	}
	// A role that does not exist at the size is not offered.
	res, _ = Match(c, asks, "", "en", "small")
	for _, m := range res.Ranked {
		if m.ID == "corporate-social-strategist" {
			t.Error("a role that does not exist in a small company is offered")
		}
	}
	if _, err := Match(c, nil, "  the and with ", "en", ""); err == nil {
		t.Error("nothing asked, yet no error")
	}
}
