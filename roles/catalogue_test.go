package roles_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/roles"
)

func load(t *testing.T) *catalog.Catalog {
	t.Helper()
	c, err := catalog.Load(catalog.Layer{Dir: "roles", FS: roles.FS(), Shipped: true})
	if err != nil {
		t.Fatalf("the shipped catalogue does not load:\n%v", err)
	}
	return c
}

func yamlFiles(t *testing.T) map[string]string {
	t.Helper()
	names, _ := fs.Glob(roles.FS(), "*.yaml")
	files := map[string]string{}
	for _, n := range names {
		data, err := fs.ReadFile(roles.FS(), n)
		if err != nil {
			t.Fatal(err)
		}
		files[n] = string(data)
	}
	return files
}

var wanted = []string{
	"community-manager", "content-curator", "corporate-social-strategist", "digital-manager",
	"internal-community-manager", "social-media-manager", "social-media-marketer",
	"social-media-strategist", "social-recruiting-assistant", "webmaster",
}

func TestCatalogueHasTheTenRoles(t *testing.T) {
	if got := load(t).IDs(); !slices.Equal(got, wanted) {
		t.Errorf("roles %v, want %v", got, wanted)
	}
}

// words folds case, accents' composition, apostrophes and punctuation.
func words(s string) []string {
	s = strings.ToLower(norm.NFC.String(s))
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

const runLength = 8

func shingles(ws []string) map[string]bool {
	out := map[string]bool{}
	for i := 0; i+runLength <= len(ws); i++ {
		out[strings.Join(ws[i:i+runLength], " ")] = true
	}
	return out
}

func seedShingles(t *testing.T) map[string]bool {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if len(paths) != 5 {
		t.Fatalf("found %d source articles in testdata/seeds, want 5", len(paths))
	}
	all := map[string]bool{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for s := range shingles(words(string(data))) {
			all[s] = true
		}
	}
	return all
}

// copied returns the runs of text that also stand in the sources.
func copied(seeds map[string]bool, text string) []string {
	var out []string
	ws := words(text)
	for i := 0; i+runLength <= len(ws); i++ {
		if run := strings.Join(ws[i:i+runLength], " "); seeds[run] {
			out = append(out, run)
		}
	}
	return out
}

func TestNoSentenceFromTheSources(t *testing.T) {
	seeds := seedShingles(t)
	for name, text := range yamlFiles(t) {
		for _, run := range copied(seeds, text) {
			t.Errorf("roles/%s copies the sources: %q", name, run)
		}
	}
}

func TestCopyCheckCatchesACopy(t *testing.T) {
	// A sentence of source 001, re-cased and re-punctuated, must be caught.
	got := copied(seedShingles(t), `summary: {fr: "LE COMMUNITY MANAGER a pour rôle : la gestion, et l'animation de la communauté"}`)
	if len(got) == 0 {
		t.Fatal("the copy check did not catch a copied sentence")
	}
}

var ageCoded = regexp.MustCompile(`(?i)\b(jeunes?|jeunesse|young(er|sters?)?|youthful|digital natives?|natif·?ve?s? du num[ée]rique|g[ée]n[ée]ration [xyz]|gen[ -]?[yz]|millennials?|moins de \d+ ans|under \d+ (?:years|yrs)|recent graduates?|fresh graduates?|energetic)\b`)

func TestNoAgeCodedWording(t *testing.T) {
	for name, text := range yamlFiles(t) {
		for i, line := range strings.Split(text, "\n") {
			if m := ageCoded.FindString(line); m != "" {
				t.Errorf("roles/%s:%d: age-coded wording %q", name, i+1, m)
			}
		}
	}
	if !ageCoded.MatchString("Idéal pour un jeune diplômé") || !ageCoded.MatchString("a digital native") {
		t.Fatal("the age check does not catch age-coded wording")
	}
}

// masculine lists person nouns whose French masculine form needs its
// feminine beside it (the median dot, or both forms written out).
var masculine = map[string]string{
	"directeur": "directrice", "curateur": "curatrice", "animateur": "animatrice", "assistant": "assistante",
	"chargé": "chargée", "veilleur": "veilleuse", "rédacteur": "rédactrice", "consultant": "consultante",
	"développeur": "développeuse", "concepteur": "conceptrice", "coordinateur": "coordinatrice",
	"conseiller": "conseillère", "ingénieur": "ingénieure", "technicien": "technicienne", "chef": "cheffe",
	"expert": "experte", "référent": "référente", "sourceur": "sourceuse", "stratégiste": "",
	"intégrateur": "intégratrice", "administrateur": "administratrice", "gestionnaire": "",
}

func masculineOnly(title string) string {
	lower := strings.ToLower(title)
	for i, w := range strings.FieldsFunc(lower, func(r rune) bool { return r == ' ' || r == '(' || r == ')' || r == ',' || r == '/' }) {
		_ = i
		base, inclusive := strings.CutSuffix(w, "·e")
		if !inclusive {
			base, _, inclusive = strings.Cut(w, "·")
		}
		fem, ok := masculine[base]
		if !ok || inclusive || fem == "" {
			continue
		}
		if !strings.Contains(lower, fem) {
			return w
		}
	}
	return ""
}

func TestFrenchTitlesAreInclusive(t *testing.T) {
	c := load(t)
	for _, id := range c.IDs() {
		r, _ := c.Role(id)
		for _, title := range append([]string{r.Title.In("fr")}, r.Aliases["fr"]...) {
			if w := masculineOnly(title); w != "" {
				t.Errorf("%s: French title %q is masculine only (%q): use the median dot or both forms", id, title, w)
			}
		}
	}
	for _, bad := range []string{"Directeur digital", "Curateur de contenu", "Assistant recrutement"} {
		if masculineOnly(bad) == "" {
			t.Errorf("the inclusive check accepts %q", bad)
		}
	}
	for _, good := range []string{"Directeur·rice digital·e", "Chargé·e de veille", "Directrice ou directeur digital", "Community manager", "Responsable du digital"} {
		if w := masculineOnly(good); w != "" {
			t.Errorf("the inclusive check refuses %q (%q)", good, w)
		}
	}
}

var infinitive = regexp.MustCompile(`^(?:S'|Se |Faire )?\p{Lu}?\p{L}*(?:er|ir|re|oir)\b`)

// managers are the roles that lead a team at some organisation size.
func managers(r *role.Role) bool {
	for _, size := range role.Sizes() {
		if len(r.ShapeAt(size, "").Manages) > 0 {
			return true
		}
	}
	return false
}

func TestRoleShape(t *testing.T) {
	if infinitive.MatchString("Rédaction des posts") || !infinitive.MatchString("Rédiger les posts") {
		t.Fatal("the verb check does not tell an infinitive from a noun")
	}
	c := load(t)
	for _, id := range c.IDs() {
		r, _ := c.Role(id)
		if n := len(r.Missions); n < 4 || n > 7 {
			t.Errorf("%s: %d missions, want 4 to 7", id, n)
		}
		for _, seniority := range posting.Seniorities {
			for _, size := range role.Sizes() {
				s := r.ShapeAt(size, seniority)
				if s.Unsuitable != nil {
					continue
				}
				if n := len(s.KeyMissions()); n < 4 || n > 5 {
					t.Errorf("%s (%s, %s): %d key missions, want 4 or 5", id, size, seniority, n)
				}
			}
		}
		for _, m := range allMissions(r) {
			if n := len(m.Activities); n < 3 || n > 6 {
				t.Errorf("%s: mission %s has %d activities, want 3 to 6", id, m.ID, n)
			}
			for _, a := range m.Activities {
				if !infinitive.MatchString(a.In("fr")) {
					t.Errorf("%s: activity %q does not start with a verb in the infinitive", id, a.In("fr"))
				}
			}
		}
		if n := len(r.Skills); n < 6 || n > 12 {
			t.Errorf("%s: %d skills, want 6 to 12", id, n)
		}
		if n := len(role.KeySkills(r.Skills)); n < 6 || n > 8 {
			t.Errorf("%s: %d key skills, want 6 to 8", id, n)
		}
		e := r.Profile.Experience
		if e.Junior == nil || e.Confirmed == nil || e.Senior == nil || r.Profile.Education == nil {
			t.Errorf("%s: profile lacks years per seniority or education", id)
		}
		for _, lang := range role.Languages() {
			for what, text := range map[string]role.Text{"title": r.Title, "summary": r.Summary, "pitch": r.Pitch,
				"notes.hire_when": r.Notes.HireWhen, "notes.not": r.Notes.Not} {
				if text.In(lang) == "" {
					t.Errorf("%s: no %s %s", id, lang, what)
				}
			}
			if len(r.Tools[lang]) == 0 {
				t.Errorf("%s: no %s tools", id, lang)
			}
		}
		if strings.Count(strings.TrimRight(r.Summary.In("en"), "."), ". ") > 0 {
			t.Errorf("%s: the summary is more than one sentence: %q", id, r.Summary.In("en"))
		}
	}
}

// allMissions is every mission a posting of the role can show.
func allMissions(r *role.Role) []role.Mission {
	ms := slices.Clone(r.Missions)
	ms = append(ms, r.Seniority.Junior.Missions...)
	ms = append(ms, r.Seniority.Senior.Missions...)
	for _, size := range role.SortedKeys(r.Contexts) {
		ms = append(ms, r.Contexts[size].Missions...)
	}
	return ms
}

// Years of experience are the same scale across the catalogue: a junior
// manager still has years behind them, a junior contributor may have none.
func TestSeniorityIsConsistent(t *testing.T) {
	c := load(t)
	for _, id := range c.IDs() {
		r, _ := c.Role(id)
		e := r.Profile.Experience
		if e.Junior == nil || e.Confirmed == nil || e.Senior == nil {
			continue // reported by TestRoleShape
		}
		want := [3][2]int{{0, 1}, {2, 4}, {5, 8}}
		if managers(r) {
			want = [3][2]int{{3, 4}, {5, 7}, {8, 12}}
		}
		for i, y := range []int{*e.Junior, *e.Confirmed, *e.Senior} {
			if y < want[i][0] || y > want[i][1] {
				t.Errorf("%s: %d years for a %s hire, want %d to %d", id, y, posting.Seniorities[i], want[i][0], want[i][1])
			}
		}
		if managers(r) && len(r.Seniority.Junior.Drop) == 0 {
			t.Errorf("%s leads a team but drops no mission for a junior hire: a junior manages nobody", id)
		}
		if !slices.ContainsFunc(r.Seniority.Senior.Missions, func(m role.Mission) bool { return m.Key }) {
			t.Errorf("%s: no key lead mission for a senior hire", id)
		}
	}
}

// Level 4 is expertise in a skill, not the scope of a job: a role that
// manages nobody asks at most two of them of a confirmed hire, and a
// manager knows at least what the people it manages know.
func TestSkillLevels(t *testing.T) {
	c := load(t)
	level := func(r *role.Role, skill string) int {
		for _, s := range r.Skills {
			if s.ID == skill {
				return s.Level
			}
		}
		return 0
	}
	for _, id := range c.IDs() {
		r, _ := c.Role(id)
		var fours []string
		for _, s := range r.Skills {
			if s.Level == role.MaxLevel {
				fours = append(fours, s.ID)
			}
		}
		if !managers(r) && len(fours) > 2 {
			t.Errorf("%s manages nobody but asks expertise in %d skills (%v); at most 2", id, len(fours), fours)
		}
		if managers(r) != (level(r, "management") > 0) {
			t.Errorf("%s: leads a team = %v, but management skill level %d", id, managers(r), level(r, "management"))
		}
		for _, size := range role.Sizes() {
			for _, sub := range r.ShapeAt(size, "").Manages {
				s, err := c.Role(sub)
				if err != nil {
					continue
				}
				for _, ref := range s.Skills {
					if l := level(r, ref.ID); l > 0 && l < ref.Level {
						t.Errorf("%s (%s) asks %s at level %d, below the level %d of %s, whom it manages", id, size, ref.ID, l, ref.Level, sub)
					}
				}
			}
		}
	}
}

var scopeWords = regexp.MustCompile(`(?i)\b(encadre|manage[sd]? (the|a|an) team|pour (toute )?l'organisation|for the (whole )?organisation|strat[ée]gie du groupe|group strategy)\b`)

func TestSkillsCatalogue(t *testing.T) {
	c := load(t)
	kinds := map[string]string{"management": role.KnowHow, "pedagogy": role.KnowHow, "change-management": role.KnowHow,
		"leadership": role.Soft, "generative-ai": role.KnowHow, "web-accessibility": role.Knowledge}
	for id, kind := range kinds {
		if s := c.Skill(id); s == nil || s.Kind != kind {
			t.Errorf("skill %s missing or not %s", id, kind)
		}
	}
	if c.Skill("mobile") != nil {
		t.Error("the mobile skill is outdated; web-accessibility replaced it")
	}
	for _, id := range c.SkillIDs() {
		s := c.Skill(id)
		for level := role.MinLevel; level <= role.MaxLevel; level++ {
			for _, lang := range role.Languages() {
				text := s.Levels[level].In(lang)
				if text == "" {
					t.Errorf("skill %s: no %s description of level %d", id, lang, level)
				}
				if id != "management" && scopeWords.MatchString(text) {
					t.Errorf("skill %s level %d (%s) speaks of job scope, not expertise: %q", id, level, lang, text)
				}
			}
		}
	}
}

// normalise folds a line to its words, so near-identical lines compare equal.
func normalise(s string) string { return strings.Join(words(s), " ") }

// similar reports lines that share nearly all their words.
func similar(a, b string) bool {
	wa, wb := words(a), words(b)
	set := map[string]bool{}
	for _, w := range wa {
		set[w] = true
	}
	common := 0
	for _, w := range wb {
		if set[w] {
			common++
		}
	}
	return float64(common) >= 0.85*float64(max(len(wa), len(wb)))
}

func TestNoActivitySharedBetweenRoles(t *testing.T) {
	if !similar("Présenter la stratégie et ses résultats au comité de direction", "Présenter la stratégie et les résultats au comité de direction") {
		t.Fatal("the similarity check misses a near copy")
	}
	c := load(t)
	type line struct{ role, text string }
	var lines []line
	for _, id := range c.IDs() {
		r, _ := c.Role(id)
		for _, m := range allMissions(r) {
			for _, a := range m.Activities {
				for _, lang := range role.Languages() {
					lines = append(lines, line{id, a.In(lang)})
				}
			}
		}
	}
	for i, a := range lines {
		for _, b := range lines[i+1:] {
			if a.role != b.role && (normalise(a.text) == normalise(b.text) || similar(a.text, b.text)) {
				t.Errorf("%s and %s share an activity: %q / %q", a.role, b.role, a.text, b.text)
			}
		}
	}
}

func TestOccupationCodes(t *testing.T) {
	const esco = "http://data.europa.eu/esco/occupation/"
	c := load(t)
	for _, id := range c.IDs() {
		r, _ := c.Role(id)
		if !strings.HasPrefix(r.Codes.ESCO, esco) || r.Codes.ISCO == "" {
			t.Errorf("%s: no ESCO occupation or ISCO group: %+v", id, r.Codes)
		}
		if r.Codes.ROME == "" && r.Codes.ROMENote == nil {
			t.Errorf("%s: no ROME code and no note saying why", id)
		}
	}
	// ROME 4.0 as ONISEP's 2025 export maps it, and ESCO 1.2.0's newer
	// occupations where they fit better than the older ones.
	rome := map[string]string{"webmaster": "E1104", "community-manager": "E1101", "internal-community-manager": "E1103", "social-recruiting-assistant": "M1501"}
	for id, code := range rome {
		if r, _ := c.Role(id); r.Codes.ROME != code {
			t.Errorf("%s: ROME %q, want %q (ROME 4.0)", id, r.Codes.ROME, code)
		}
	}
	escoWant := map[string]string{"digital-manager": "dc97adbe-f807-4ad8-8f3c-c24b3416cdef", "corporate-social-strategist": "cd7b838c-51f6-41ec-9067-bb974c0f991b"}
	for id, uri := range escoWant {
		if r, _ := c.Role(id); r.Codes.ESCO != esco+uri {
			t.Errorf("%s: ESCO %q, want %q", id, r.Codes.ESCO, esco+uri)
		}
	}
}

// Each organisation size has one reporting tree: every role that exists
// at that size reports to a role that exists there too, or outside the
// catalogue with a text saying to whom, and the tree has no cycle.
func TestReportingLinesFormATreePerSize(t *testing.T) {
	c := load(t)
	for _, size := range role.Sizes() {
		parent := map[string]string{}
		for _, id := range c.IDs() {
			r, _ := c.Role(id)
			s := r.ShapeAt(size, "")
			if s.Unsuitable != nil {
				if _, err := c.Role(s.Unsuitable.Instead); err != nil {
					t.Errorf("%s (%s): hire %q instead, which is not a role", id, size, s.Unsuitable.Instead)
				}
				continue
			}
			if s.ReportsTo == "" {
				if s.Reporting.In("fr") == "" || s.Reporting.In("en") == "" {
					t.Errorf("%s (%s) reports to no role of the catalogue and does not say to whom", id, size)
				}
				continue
			}
			parent[id] = s.ReportsTo
			boss, _ := c.Role(s.ReportsTo)
			bs := boss.ShapeAt(size, "")
			if bs.Unsuitable != nil || !slices.Contains(bs.Manages, id) {
				t.Errorf("%s (%s) reports to %s, which does not exist or does not manage it at that size", id, size, s.ReportsTo)
			}
		}
		for id := range parent {
			seen := map[string]bool{id: true}
			for cur := parent[id]; cur != ""; cur = parent[cur] {
				if seen[cur] {
					t.Fatalf("%s: reporting cycle through %s", size, id)
				}
				seen[cur] = true
			}
		}
	}
	cs, _ := c.Role("corporate-social-strategist")
	for _, size := range []string{"small", "medium"} {
		if cs.ShapeAt(size, "").Unsuitable == nil {
			t.Errorf("the corporate social strategist exists only in large organisations, not %s ones", size)
		}
	}
}

// outdated names tools that closed, devices and words a 2026 reader
// would stumble on, and inclusive-writing systems other than the median dot.
var outdated = regexp.MustCompile(`(?i)\b(netvibes|scoop\.it|paper\.li|tweetdeck|tablettes?|site mobile|RSE|le ou la|la ou le|il ou elle|celles et ceux|curateur|curatrice)\b`)

func TestCurrentWording(t *testing.T) {
	if !outdated.MatchString("animer le RSE") || outdated.MatchString("responsable") {
		t.Fatal("the outdated-wording check is wrong")
	}
	c := load(t)
	for _, id := range c.IDs() {
		r, _ := c.Role(id)
		for _, text := range postingTexts(r) {
			if m := outdated.FindString(text); m != "" {
				t.Errorf("%s: outdated or mixed wording %q in %q", id, m, text)
			}
		}
	}
	for _, id := range c.SkillIDs() {
		for _, t2 := range c.Skill(id).Levels {
			for _, lang := range role.Languages() {
				if m := outdated.FindString(t2.In(lang)); m != "" {
					t.Errorf("skill %s: outdated or mixed wording %q", id, m)
				}
			}
		}
	}
	ai := 0
	for _, id := range c.IDs() {
		r, _ := c.Role(id)
		for _, s := range r.Skills {
			if s.ID == "generative-ai" {
				ai++
			}
		}
	}
	if ai < 5 {
		t.Errorf("only %d roles ask for generative-AI skills; every role that writes or analyses content should", ai)
	}
}

// postingTexts is every text of a role a posting can print: its title,
// summary, pitch, missions at every size and seniority, education and
// tools; not the notes for recruiters nor the aliases kept for search.
func postingTexts(r *role.Role) []string {
	var out []string
	add := func(t role.Text) {
		for _, lang := range role.Languages() {
			out = append(out, t.In(lang))
		}
	}
	add(r.Title)
	add(r.Summary)
	add(r.Pitch)
	add(r.Profile.Education)
	for _, m := range allMissions(r) {
		add(m.Title)
		for _, a := range m.Activities {
			add(a)
		}
	}
	for _, size := range role.Sizes() {
		for _, lang := range role.Languages() {
			out = append(out, r.ShapeAt(size, "").Tools[lang]...)
		}
	}
	return out
}
