package catalog

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/snapshot"
	"github.com/jobdesc/jobdesc/internal/usage"
	"github.com/jobdesc/jobdesc/roles"
)

func shipped() Layer { return Layer{Dir: "roles", FS: roles.FS(), Shipped: true} }

func user(files map[string]string) Layer {
	m := fstest.MapFS{}
	for name, data := range files {
		m[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return Layer{Dir: "mine", FS: m}
}

const minimal = `id: %s
title: {en: Growth lead}
summary: {en: Grows things.}
missions:
  - id: grow
    title: {en: Grow}
    activities: [{en: Grow the audience}]
skills:
  - {id: analysis, level: 3}
`

func roleYAML(id string) string { return strings.ReplaceAll(minimal, "%s", id) }

func TestShippedCatalogLoads(t *testing.T) {
	c, err := Load(shipped())
	if err != nil {
		t.Fatalf("shipped catalogue: %v", err)
	}
	if len(c.IDs()) != 10 {
		t.Errorf("%d roles, want 10: %v", len(c.IDs()), c.IDs())
	}
}

func TestUserLayer(t *testing.T) {
	c, err := Load(shipped(), user(map[string]string{
		"growth-lead.yaml":       roleYAML("growth-lead"),
		"community-manager.yaml": strings.Replace(roleYAML("community-manager"), "Growth lead", "Our CM", 1),
		"cm-lyon.yaml":           "id: cm-lyon\nextends: community-manager\ntitle: {en: CM Lyon}\nskills:\n  - {id: seo, level: 4}\n",
		"skills.yaml":            "skills:\n  - id: growth\n    kind: know-how\n    name: {en: Growth}\n",
	}))
	if err != nil {
		t.Fatal(err)
	}
	r, err := c.Role("community-manager")
	if err != nil || r.Title.In("en") != "Our CM" {
		t.Errorf("user role does not replace the shipped one: %v %v", r, err)
	}
	if _, err := c.Role("growth-lead"); err != nil {
		t.Errorf("new user role missing: %v", err)
	}
	child, _ := c.Role("cm-lyon")
	if child.Title.In("en") != "CM Lyon" || child.Summary.In("en") != "Grows things." || len(child.Skills) != 2 || child.Skills[1].ID != "seo" {
		t.Errorf("extends: %+v", child)
	}
	if c.Skill("growth") == nil || c.Skill("analysis") == nil {
		t.Error("user skills do not merge with the shipped ones")
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"id differs from file name", map[string]string{"a.yaml": roleYAML("b")},
			[]string{`mine/a.yaml:1:5: id "b" does not match the file name "a.yaml"; rename one of them`}},
		{"file name not an id", map[string]string{"A B.yaml": roleYAML("a")},
			[]string{"mine/A B.yaml: file name is not a plain role id; rename it like community-manager.yaml"}},
		{"missing required fields", map[string]string{"a.yaml": "id: a\n"},
			[]string{"mine/a.yaml:1:1: missing title", "mine/a.yaml:1:1: missing summary", "mine/a.yaml:1:1: missing missions: list what the role does", "mine/a.yaml:1:1: missing skills: list the skills the role needs, each with a level 1-4"}},
		{"unknown skill", map[string]string{"a.yaml": strings.Replace(roleYAML("a"), "analysis", "analysys", 1)},
			[]string{`mine/a.yaml:9:10: unknown skill "analysys"; did you mean "analysis"?`}},
		{"level out of range", map[string]string{"a.yaml": strings.Replace(roleYAML("a"), "level: 3", "level: 5", 1)},
			[]string{`mine/a.yaml:9:27: level 5 of skill "analysis" is outside 1-4 (1 basics, 2 working, 3 advanced, 4 expert)`}},
		{"reports_to names no role", map[string]string{"a.yaml": roleYAML("a") + "reports_to: webmastr\n"},
			[]string{`mine/a.yaml:10:13: reports_to names no role: unknown role "webmastr"; did you mean "webmaster"?`}},
		{"manages names no role", map[string]string{"a.yaml": roleYAML("a") + "manages: [nobody]\n"},
			[]string{`mine/a.yaml:10:11: manages names no role: unknown role "nobody" in the built-in catalogue and mine; run 'jobdesc list' to see the catalogue`}},
		{"extends names no role", map[string]string{"a.yaml": "id: a\nextends: ghost\n"},
			[]string{`mine/a.yaml:2:10: extends names no role: unknown role "ghost" in the built-in catalogue and mine; run 'jobdesc list' to see the catalogue`}},
		{"extends cycle", map[string]string{"a.yaml": "id: a\nextends: b\n", "b.yaml": "id: b\nextends: a\n"},
			[]string{"mine/b.yaml:2:10: extends cycle: a -> b -> a; remove one extends"}},
		{"unknown language", map[string]string{"a.yaml": strings.Replace(roleYAML("a"), "{en: Growth lead}", "{de: Wachstum}", 1)},
			[]string{`mine/a.yaml:2:13: unknown language "de"; use fr or en`}},
		{"control character", map[string]string{"a.yaml": strings.Replace(roleYAML("a"), "{en: Grows things.}", `{en: "Grows \e]52;c;aGk=\a things."}`, 1)},
			[]string{"mine/a.yaml:3:15: control character U+001B in text; remove it"}},
		{"contradicting reporting lines", map[string]string{"a.yaml": roleYAML("a") + "manages: [webmaster]\n"},
			[]string{
				`mine/a.yaml:10:11: manages "webmaster" in a medium organisation, but roles/webmaster.yaml says it reports to "digital-manager"; make the two agree`,
				`mine/a.yaml:10:11: manages "webmaster" in a large organisation, but roles/webmaster.yaml says it reports to "digital-manager"; make the two agree`,
			}},
		{"reporting cycle", map[string]string{"a.yaml": roleYAML("a") + "reports_to: b\n", "b.yaml": roleYAML("b") + "reports_to: a\n"},
			[]string{"mine/a.yaml:10:13: reporting cycle: a -> b -> a", "mine/b.yaml:10:13: reporting cycle: b -> a -> b"}},
		{"reporting line at one size only", map[string]string{
			"a.yaml": roleYAML("a") + "manages: [b]\n",
			"b.yaml": roleYAML("b") + "reports_to: a\ncontexts:\n  small: {reports_to: c}\n",
			"c.yaml": roleYAML("c"),
		}, []string{`mine/a.yaml:10:11: manages "b" in a small organisation, but mine/b.yaml says it reports to "c"; make the two agree`}},
		{"unknown replacement at a size", map[string]string{"a.yaml": roleYAML("a") + "contexts:\n  small: {unsuitable: {instead: comunity-manager}}\n"},
			[]string{`mine/a.yaml:11:33: instead names no role: unknown role "comunity-manager"; did you mean "community-manager"?`}},
		{"unknown replacement at one seniority", map[string]string{"a.yaml": roleYAML("a") + "contexts:\n  small: {unsuitable: {instead: comunity-manager, seniority: [junior]}}\n"},
			[]string{`mine/a.yaml:11:33: instead names no role: unknown role "comunity-manager"; did you mean "community-manager"?`}},
		{"no replacement for a refusal at every level", map[string]string{"a.yaml": roleYAML("a") + "contexts:\n  small: {unsuitable: {note: {en: Too small.}}}\n"},
			[]string{`mine/a.yaml:11:23: name the role to hire instead, by its id`}},
		{"unknown seniority of a refusal", map[string]string{"a.yaml": roleYAML("a") + "contexts:\n  small: {unsuitable: {instead: community-manager, seniority: [junior, beginner, junior]}}\n"},
			[]string{`mine/a.yaml:11:72: unknown seniority "beginner"; use junior, confirmed or senior`, `mine/a.yaml:11:82: seniority "junior" is listed twice; remove one`}},
		{"dropping a mission the role lacks", map[string]string{"a.yaml": roleYAML("a") + "seniority:\n  junior: {drop: [lead]}\n"},
			[]string{`mine/a.yaml:11:19: drop names "lead", which is neither a mission of the role nor one a size adds`}},
		{"dropping a mission neither the role nor a size has", map[string]string{"a.yaml": roleYAML("a") +
			"contexts:\n  large:\n    missions: [{id: campus, title: {en: Campus}, activities: [{en: Run fairs}]}]\n" +
			"seniority:\n  senior: {drop: [campsu]}\n"},
			[]string{`mine/a.yaml:14:19: drop names "campsu", which is neither a mission of the role nor one a size adds`}},
		{"a size dropping another size's mission", map[string]string{"a.yaml": roleYAML("a") +
			"contexts:\n  large:\n    missions: [{id: campus, title: {en: Campus}, activities: [{en: Run fairs}]}]\n  small: {drop: [campus]}\n"},
			[]string{`mine/a.yaml:13:18: drop names "campus", which is not a mission of the role`}},
		{"english level", map[string]string{"a.yaml": strings.Replace(roleYAML("a"), "skills:", "profile: {english: B3, english_use: {en: to read sources}}\nskills:", 1)},
			[]string{`mine/a.yaml:8:20: english level "B3" is not a CEFR level; use one of A1, A2, B1, B2, C1, C2`}},
		{"english level without its use", map[string]string{"a.yaml": strings.Replace(roleYAML("a"), "skills:", "profile: {english: B2}\nskills:", 1)},
			[]string{`mine/a.yaml:8:20: say what the job uses English for in profile.english_use, e.g. {fr: lecture de sources anglophones, en: to read English-language sources}`}},
		{"english at a size without its use", map[string]string{"a.yaml": roleYAML("a") + "contexts:\n  large: {english: B1}\n"},
			[]string{`mine/a.yaml:11:20: say what the job uses English for at this size in english_use`}},
		{"unknown skill in a role that extends another", map[string]string{
			"base.yaml":  strings.Replace(roleYAML("base"), "skills:\n", "skills:\n  - {id: writing, level: 2}\n", 1),
			"child.yaml": "id: child\nextends: base\ntitle: {en: Child}\nmissions:\n  - {id: grow, title: {en: Grow more}, activities: [{en: Grow it}]}\nskills:\n  - {id: seo, level: 3}\n  - {id: analysys, level: 3}\n",
		}, []string{`mine/child.yaml:8:10: unknown skill "analysys"; did you mean "analysis"?`}},
		{"inherited problem reported once, in the parent", map[string]string{
			"base.yaml":  strings.Replace(roleYAML("base"), "analysis", "analysys", 1),
			"child.yaml": "id: child\nextends: base\ntitle: {en: Child}\nskills:\n  - {id: seo, level: 3}\n  - {id: nosuch, level: 2}\n",
		}, []string{`mine/base.yaml:9:10: unknown skill "analysys"; did you mean "analysis"?`, `mine/child.yaml:6:10: unknown skill "nosuch"; add it to skills.yaml`}},
		{"invalid yaml", map[string]string{"a.yaml": "id: a\n  title: x\n"},
			[]string{"mine/a.yaml:2: invalid YAML: mapping values are not allowed in this context"}},
		{"several files, every problem", map[string]string{"a.yaml": "id: a\nnope: 1\n", "b.yaml": ""},
			[]string{`mine/a.yaml:2:1: unknown key "nope"; did you mean "notes"?`, "mine/b.yaml: file is empty; expected a YAML mapping"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(shipped(), user(tt.files))
			if err == nil {
				t.Fatal("no error")
			}
			if got, want := err.Error(), strings.Join(tt.want, "\n"); got != want {
				t.Errorf("error:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

// A seniority may drop a block a size adds: the group's senior hire
// leaves the students to a colleague; the role loads and the senior
// posting at that size goes without it.
func TestSeniorityDropsASizesMission(t *testing.T) {
	c, err := Load(shipped(), user(map[string]string{"a.yaml": roleYAML("a") +
		"contexts:\n  large:\n    missions: [{id: campus, title: {en: Campus}, activities: [{en: Run fairs}]}]\n" +
		"seniority:\n  senior: {drop: [campus]}\n"}))
	if err != nil {
		t.Fatal(err)
	}
	r, err := c.Role("a")
	if err != nil {
		t.Fatal(err)
	}
	ids := func(size, seniority string) []string {
		var out []string
		for _, m := range r.ShapeAt(size, seniority).Missions {
			out = append(out, m.ID)
		}
		return out
	}
	if got := ids("large", "senior"); strings.Join(got, " ") != "grow" {
		t.Errorf("large senior: %v, want [grow]", got)
	}
	if got := ids("large", "confirmed"); strings.Join(got, " ") != "grow campus" {
		t.Errorf("large confirmed: %v, want [grow campus]", got)
	}
}

// LoadAll keeps the roles that have no problem and reports every problem;
// a role with one is refused by name, not as unknown.
func TestLoadAllKeepsTheGoodRoles(t *testing.T) {
	c, errs := LoadAll(shipped(), user(map[string]string{
		"good.yaml":   roleYAML("good"),
		"bad.yaml":    strings.Replace(roleYAML("bad"), "analysis", "analysys", 1),
		"broken.yaml": "id: broken\n  title: x\n",
		"heir.yaml":   "id: heir\nextends: broken\n",
	}))
	if c == nil {
		t.Fatal("no catalogue")
	}
	if len(errs) != 2 {
		t.Errorf("problems:\n%v", errs)
	}
	if _, err := c.Role("good"); err != nil {
		t.Errorf("good role: %v", err)
	}
	if _, err := c.Role("community-manager"); err != nil {
		t.Errorf("shipped role: %v", err)
	}
	for _, id := range []string{"bad", "broken", "heir"} {
		var be *BrokenRoleError
		if _, err := c.Role(id); !errors.As(err, &be) || be.ID != id {
			t.Errorf("%s: %v, want a broken-role error", id, err)
		}
	}
	if _, err := Load(shipped(), user(map[string]string{"bad.yaml": "id: bad\n"})); err == nil {
		t.Error("Load accepts a catalogue with a broken role")
	}
}

func TestShippedRolesNeedEveryLanguage(t *testing.T) {
	l := user(map[string]string{"a.yaml": roleYAML("a")})
	l.Shipped = true
	_, err := Load(shipped(), l)
	if err == nil || !strings.Contains(err.Error(), `missing the "fr" text of title; shipped roles carry every language`) {
		t.Fatalf("got %v", err)
	}
}

func TestEntryRefusesPathLikeIDs(t *testing.T) {
	c, err := Load(shipped())
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"../x", "a/b", "/etc/passwd", "", "Community-Manager", "cm.yaml"} {
		if _, err := c.Role(id); err == nil {
			t.Errorf("Role(%q) accepted", id)
		} else if invalid := (*InvalidIDError)(nil); !errors.As(err, &invalid) || !usage.Is(err) {
			t.Errorf("Role(%q): %T %v", id, err, err)
		}
	}
	_, err = c.Role("comunity-manager")
	if err == nil || err.Error() != `unknown role "comunity-manager"; did you mean "community-manager"?` {
		t.Errorf("got %v", err)
	}
}

// FuzzParseRole feeds arbitrary bytes to the role loader, beside a small
// skills catalogue: it must return a catalogue or an error, never panic or
// hang. The seeds are whole role files, slow to minimise: run it with
// -fuzzminimizetime, or a fixed-time run spends its time minimising:
//
//	go test ./internal/catalog -run '^$' -fuzz FuzzParseRole -fuzztime 5m -fuzzminimizetime 3s
func FuzzParseRole(f *testing.F) {
	for _, id := range []string{"community-manager", "webmaster"} {
		data, err := fs.ReadFile(roles.FS(), id+".yaml")
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	skills := "skills:\n  - {id: seo, kind: know-how, name: {en: SEO}}\n  - {id: analysis, kind: know-how, name: {en: Analysis}}\n"
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := Load(user(map[string]string{"a.yaml": string(data), "skills.yaml": skills}))
		if err != nil && err.Error() == "" {
			t.Error("empty error message")
		}
	})
}

func BenchmarkLoadCatalogue(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(shipped()); err != nil {
			b.Fatal(err)
		}
	}
}

func TestLoadRolesReadsOnlyWhatItNeeds(t *testing.T) {
	c, err := LoadRoles([]string{"community-manager"}, shipped(), user(map[string]string{
		"broken.yaml": "id: broken\nnope: 1\n",
	}))
	if err != nil {
		t.Fatalf("a broken role the render does not need stops it: %v", err)
	}
	if _, err := c.Role("community-manager"); err != nil {
		t.Fatal(err)
	}
	if boss, err := c.Role("social-media-manager"); err != nil || boss.Title.In("fr") == "" {
		t.Errorf("the manager's title is not available: %v", err)
	}
	if _, err := c.Role("digital-manager"); err == nil {
		t.Error("a role the render does not need was read")
	}
	if len(c.IDs()) != 11 {
		t.Errorf("ids %v: every role file should be known for suggestions", c.IDs())
	}
	_, err = LoadRoles([]string{"broken"}, shipped(), user(map[string]string{"broken.yaml": "id: broken\nnope: 1\n"}))
	if err == nil || !strings.Contains(err.Error(), `mine/broken.yaml:2:1: unknown key "nope"`) {
		t.Errorf("got %v", err)
	}
	full, _ := Load(shipped())
	lazy, _ := LoadRoles([]string{"webmaster"}, shipped())
	if full.Fingerprint() == lazy.Fingerprint() {
		t.Error("the fingerprint does not follow what was read")
	}
}

func BenchmarkLoadOneRole(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadRoles([]string{"community-manager"}, shipped()); err != nil {
			b.Fatal(err)
		}
	}
}

// A snapshot that no longer matches its file is not taken: the file is
// parsed, so an edit made without regenerating is never hidden.
func TestStaleSnapshotIsIgnored(t *testing.T) {
	mine := user(map[string]string{"a.yaml": roleYAML("a")})
	data := mine.FS.(fstest.MapFS)["a.yaml"].Data
	mine.Decoded = map[string]role.Decoded{
		"a.yaml": {File: snapshot.File{Size: len(data), CRC: 1}, Role: func() *role.Role {
			r, _, _ := ParseRole("a.yaml", []byte(strings.Replace(roleYAML("a"), "Growth lead", "Old title", 1)))
			return r
		}},
	}
	c, err := Load(shipped(), mine)
	if err != nil {
		t.Fatal(err)
	}
	r, err := c.Role("a")
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Title["en"]; got != "Growth lead" {
		t.Errorf("title %q: the stale snapshot was taken", got)
	}
}

// A role's French slug stands for its id, whether the whole catalogue is
// loaded or only that role, and is suggested for a near miss; a role file
// of the alias's name wins over the alias.
func TestIDAliases(t *testing.T) {
	layer := shipped()
	layer.IDAliases = map[string]string{"responsable-reseaux-sociaux": "social-media-manager", "growth": "social-media-manager"}
	full, err := Load(layer)
	if err != nil {
		t.Fatal(err)
	}
	lazy, err := LoadRoles([]string{"responsable-reseaux-sociaux"}, layer)
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]*Catalog{"Load": full, "LoadRoles": lazy} {
		if r, err := c.Role("responsable-reseaux-sociaux"); err != nil || r.ID != "social-media-manager" {
			t.Errorf("%s: the slug gives %v, %v", name, r, err)
		}
	}
	var unknown *UnknownRoleError
	if _, err := full.Role("responsable-reseau-sociaux"); !errors.As(err, &unknown) || unknown.Suggestion != "responsable-reseaux-sociaux" {
		t.Errorf("near miss: %v", err)
	}
	mine, err := Load(layer, user(map[string]string{"growth.yaml": roleYAML("growth")}))
	if err != nil {
		t.Fatal(err)
	}
	if r, err := mine.Role("growth"); err != nil || r.ID != "growth" {
		t.Errorf("a role file named like an alias: %v, %v", r, err)
	}
}
