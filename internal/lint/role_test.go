package lint

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/strictyaml"
	"github.com/jobdesc/jobdesc/roles"
)

// goodRole has every role rule's negative case: 4 key missions of 3
// activities, a senior key mission, 4 key skills, years on the scale.
const goodRole = `id: growth
title: {en: Growth marketer, fr: Responsable de la croissance}
summary: {en: Grows the audience of the brand., fr: Fait grandir l'audience de la marque.}
pitch: {en: You grow the audience., fr: Vous faites grandir l'audience.}
missions:
  - id: plan
    key: true
    title: {en: Plan}
    activities: [{en: Plan the week, fr: Planifier la semaine}, {en: Plan the month}, {en: Plan the year}]
  - id: write
    key: true
    title: {en: Write}
    activities: [{en: Write posts}, {en: Write emails}, {en: Write pages}]
  - id: test
    key: true
    title: {en: Test}
    activities: [{en: Test headlines}, {en: Test pages}, {en: Test offers}]
  - id: report
    key: true
    title: {en: Report}
    activities: [{en: Report weekly}, {en: Report monthly}, {en: Report yearly}]
skills:
  - {id: analysis, level: 3, key: true, offer: {en: "You can do analysis.", fr: "Vous savez faire analysis."}}
  - {id: web-analytics, level: 4, key: true, offer: {en: "You can do web-analytics.", fr: "Vous savez faire web-analytics."}}
  - {id: writing, level: 3, key: true, offer: {en: "You can do writing.", fr: "Vous savez faire writing."}}
  - {id: seo, level: 4, key: true, offer: {en: "You can do seo.", fr: "Vous savez faire seo."}}
  - {id: paid-social, level: 2, key: false, offer: {en: "You can do paid-social.", fr: "Vous savez faire paid-social."}}
  - {id: organisation, level: 2, key: false, offer: {en: "You can do organisation.", fr: "Vous savez faire organisation."}}
profile:
  experience: {junior: 0, confirmed: 3, senior: 6}
  education: {en: A degree in marketing., fr: Un diplôme de marketing.}
seniority:
  senior:
    missions:
      - id: mentor
        key: true
        title: {en: Mentor}
        activities: [{en: Mentor one}, {en: Mentor two}, {en: Mentor three}]
`

// roleFindings loads files as a user's roles folder over the shipped
// catalogue and lints the role id.
func roleFindings(t *testing.T, cfg Config, id string, files map[string]string) []Finding {
	t.Helper()
	m := fstest.MapFS{}
	for name, data := range files {
		m[name] = &fstest.MapFile{Data: []byte(data)}
	}
	c, errs := catalog.LoadAll(catalog.Layer{Dir: "roles", FS: roles.FS(), Shipped: true}, catalog.Layer{Dir: "mine", FS: m})
	if len(errs) > 0 {
		t.Fatalf("load: %v", errs)
	}
	l, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	e, err := c.Entry(id)
	if err != nil {
		t.Fatal(err)
	}
	return l.LintRole(c, e)
}

func TestRoleRules(t *testing.T) {
	repl := func(old, new string) string {
		if !strings.Contains(goodRole, old) {
			panic("no " + old)
		}
		return strings.Replace(goodRole, old, new, 1)
	}
	cases := []struct {
		name  string
		rule  string
		files map[string]string // growth.yaml when one role
		want  string            // "" for no finding, else file:line:col: and a part of the message
	}{
		{"good role, no shape finding", "role-shape", nil, ""},
		{"good role, no level finding", "role-levels", nil, ""},
		{"three missions", "role-shape", map[string]string{"growth.yaml": repl("  - id: report\n    key: true\n    title: {en: Report}\n    activities: [{en: Report weekly}, {en: Report monthly}, {en: Report yearly}]\n", "")},
			"mine/growth.yaml:6:3: 3 missions; a role lists 4 to 7"},
		{"too few key missions", "role-shape", map[string]string{"growth.yaml": repl("  - id: report\n    key: true", "  - id: report\n    key: false")},
			"mine/growth.yaml:6:3: 3 key missions in the posting for a junior or confirmed hire at every size"},
		{"two activities", "role-shape", map[string]string{"growth.yaml": repl("[{en: Write posts}, {en: Write emails}, {en: Write pages}]", "[{en: Write posts}, {en: Write emails}]")},
			`mine/growth.yaml:13:17: mission "write" has 2 activities`},
		{"French activity not a verb", "role-shape", map[string]string{"growth.yaml": repl("fr: Planifier la semaine", "fr: Planification de la semaine")},
			`mine/growth.yaml:9:42: activity "Planification de la semaine" does not start with a verb`},
		{"summary of two sentences", "role-shape", map[string]string{"growth.yaml": repl("Grows the audience of the brand.", "Grows the audience. Writes a lot.")},
			"mine/growth.yaml:3:15: the summary is more than one sentence"},
		{"five skills", "role-shape", map[string]string{"growth.yaml": repl("  - {id: organisation, level: 2, key: false, offer: {en: \"You can do organisation.\", fr: \"Vous savez faire organisation.\"}}\n", "")},
			"mine/growth.yaml:23:3: 5 skills; a role lists 6 to 12"},
		{"no senior years", "role-shape", map[string]string{"growth.yaml": repl(", senior: 6}", "}")},
			"mine/growth.yaml:30:15: no years of experience for a senior hire"},
		{"three expert skills", "role-levels", map[string]string{"growth.yaml": repl("{id: writing, level: 3", "{id: writing, level: 4")},
			"mine/growth.yaml:26:22: a role that manages nobody asks expertise (level 4) in more than 2 skills"},
		{"management without a team", "role-levels", map[string]string{"growth.yaml": repl("{id: organisation,", "{id: management,")},
			"mine/growth.yaml:28:10: the role manages nobody but asks the management skill"},
		{"no senior key mission", "role-levels", map[string]string{"growth.yaml": repl("      - id: mentor\n        key: true", "      - id: mentor\n        key: false")},
			"mine/growth.yaml:33:3: a senior hire gets no key mission of its own"},
		{"a role hired senior only writes its own missions at that level", "role-levels", map[string]string{"growth.yaml": repl("      - id: mentor\n        key: true", "      - id: mentor\n        key: false") + "seniorities: [senior]\n"}, ""},
		{"cliché in a pitch, at its word", "cliche", map[string]string{"growth.yaml": repl("pitch: {en: You grow the audience.", "pitch: {en: \"You are our growth rockstar.\"")},
			`mine/growth.yaml:4:33: "rockstar"`},
		{"age-coded French in a note", "cliche", map[string]string{"growth.yaml": goodRole + "notes:\n  hire_when:\n    fr: >-\n      Idéal pour une équipe\n      jeune et dynamique.\n"},
			`mine/growth.yaml:43:7: "jeune et dynamique"`},
		{"a young company is no age", "cliche", map[string]string{"growth.yaml": repl("Fait grandir l'audience de la marque.", "Fait grandir l'audience de cette jeune pousse.")}, ""},
		{"masculine French title", "inclusive-title", map[string]string{"growth.yaml": repl("fr: Responsable de la croissance", "fr: Chargé de croissance")},
			`mine/growth.yaml:2:34: job title "Chargé de croissance" names the masculine form`},
		{"masculine French alias", "inclusive-title", map[string]string{"growth.yaml": repl("summary:", "aliases: {fr: [Responsable growth, Directeur de la croissance]}\nsummary:")},
			`mine/growth.yaml:3:36: job title "Directeur de la croissance"`},
		{"inclusive French title", "inclusive-title", map[string]string{"growth.yaml": repl("fr: Responsable de la croissance", "fr: Chargé·e de croissance")}, ""},
		{"ignored rule that does not exist", "role-schema", map[string]string{"growth.yaml": goodRole + "lint:\n  ignore:\n    - {rule: gender-coding, reason: the word is the product's name}\n"},
			`mine/growth.yaml:41:14: lint.ignore names no rule "gender-coding"; did you mean "gender-coded"?`},
		{"ignored rule by its former id", "role-schema", map[string]string{"growth.yaml": goodRole + "lint:\n  ignore:\n    - {rule: fr-discrimination, reason: the role hires actors for a casting}\n"},
			`mine/growth.yaml:41:14: lint.ignore names rule "fr-discrimination" by its former id; write "discrimination" instead`},
		{"ignored rule", "cliche", map[string]string{"growth.yaml": repl("pitch: {en: You grow the audience.", "pitch: {en: \"You are our growth rockstar.\"") +
			"lint:\n  ignore:\n    - {rule: cliche, reason: Rockstar is the name of the client's product}\n"}, ""},
		{"extends: a problem where the child writes it", "role-shape", map[string]string{"growth.yaml": goodRole,
			"growth-fr.yaml": "id: growth-fr\nextends: growth\ntitle: {fr: Responsable growth}\nmissions:\n  - id: write\n    key: true\n    title: {en: Write}\n    activities: [{en: Write posts}, {en: Write emails}, {en: Write pages, fr: Rédaction des pages}]\n"},
			`mine/growth-fr.yaml:8:79: activity "Rédaction des pages"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			files := c.files
			if files == nil {
				files = map[string]string{"growth.yaml": goodRole}
			}
			id := "growth"
			if _, ok := files["growth-fr.yaml"]; ok {
				id = "growth-fr"
			}
			var got []string
			for _, f := range roleFindings(t, Config{}, id, files) {
				if f.Rule == c.rule {
					got = append(got, fmt.Sprintf("%s:%d:%d: %s", f.File, f.Line, f.Col, f.Message))
				}
			}
			if c.want == "" {
				if len(got) > 0 {
					t.Errorf("unexpected findings:\n%s", strings.Join(got, "\n"))
				}
				return
			}
			at, msg, _ := strings.Cut(c.want, ": ")
			for _, g := range got {
				if strings.HasPrefix(g, at+": ") && strings.Contains(g, msg) {
					return
				}
			}
			t.Errorf("no finding %q in:\n%s", c.want, strings.Join(got, "\n"))
		})
	}
}

// The configuration turns role rules off and changes their level like
// any other.
func TestRoleRulesFollowTheConfiguration(t *testing.T) {
	// A senior hire with no key mission of its own is a role-levels finding.
	files := map[string]string{"growth.yaml": strings.Replace(goodRole, "      - id: mentor\n        key: true", "      - id: mentor\n        key: false", 1)}
	if fs := roleFindings(t, Config{Rules: map[string]string{"role-levels": "off"}}, "growth", files); len(fs) > 0 {
		t.Errorf("rule off, findings: %v", fs)
	}
	fs := roleFindings(t, Config{Rules: map[string]string{"role-levels": "error"}}, "growth", files)
	if len(fs) != 1 || fs[0].Severity != Error {
		t.Errorf("rule at error: %v", fs)
	}
}

func TestProblems(t *testing.T) {
	l, _ := New(Config{})
	errs := strictyaml.Errors{
		{File: "values.yaml", Line: 3, Col: 9, Msg: `unknown key "salry"; did you mean "salary"?`},
		{File: "values.yaml", Msg: "file is empty; expected a YAML mapping"},
	}
	fs := l.Problems("values", "values.yaml", fmt.Errorf("reading values: %w", errs))
	if len(fs) != 2 || fs[0].Line != 3 || fs[0].Col != 9 || fs[0].Rule != "values" || fs[0].Severity != Error ||
		fs[1].Line != 1 || fs[1].Col != 1 || fs[1].File != "values.yaml" {
		t.Errorf("findings: %+v", fs)
	}
	fs = l.Problems("batch", "jobs.csv", errors.New("jobs.csv:4: a row of 3 fields, the header has 5"))
	if len(fs) != 1 || fs[0].File != "jobs.csv" || fs[0].Rule != "batch" {
		t.Errorf("plain error: %+v", fs)
	}
	if l.Problems("values", "x", nil) != nil {
		t.Error("no error, findings")
	}
}

func TestWordPos(t *testing.T) {
	src := []byte("a: {en: \"Say \\\"hi\\\" to the rockstar\"}\nb: >-\n  first line\n  the rockstar\n")
	cases := []struct {
		at        strictyaml.Pos
		text      string
		t         int
		line, col int
	}{
		{strictyaml.Pos{Line: 1, Col: 9}, `Say "hi" to the rockstar`, 16, 1, 28},
		{strictyaml.Pos{Line: 2, Col: 4}, "first line the rockstar", 15, 4, 7},
		{strictyaml.Pos{Line: 2, Col: 4}, "not in the source", 4, 2, 4},
		{strictyaml.Pos{Line: 2, Col: 4}, "a rock", 2, 2, 4},
	}
	for _, c := range cases {
		if line, col := wordPos(src, c.at, c.text, c.t); line != c.line || col != c.col {
			t.Errorf("%q at %d: %d:%d, want %d:%d", c.text, c.t, line, col, c.line, c.col)
		}
	}
}
