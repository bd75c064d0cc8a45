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

var ageCoded = regexp.MustCompile(`(?i)\b(jeunes?|jeunesse|young(er|sters?)?|youthful|digital natives?|natif·?ve?s? du num[ée]rique|g[ée]n[ée]ration [xyz]|gen[ -]?[yz]|millennials?|moins de \d+ ans|under \d+|recent graduates?|fresh graduates?|energetic)\b`)

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
		for _, m := range r.Missions {
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
		e := r.Profile.Experience
		if e.Junior == nil || e.Confirmed == nil || e.Senior == nil || r.Profile.Education == nil {
			t.Errorf("%s: profile lacks years per seniority or education", id)
		}
		for _, lang := range role.Languages() {
			if r.Summary.In(lang) == "" || r.Title.In(lang) == "" {
				t.Errorf("%s: no %s title or summary", id, lang)
			}
		}
	}
}

func TestOccupationCodes(t *testing.T) {
	const esco = "http://data.europa.eu/esco/occupation/"
	want := map[string]role.Codes{
		"community-manager":           {ROME: "E1101", ESCO: esco + "137b1d11-c4bc-4016-89ba-45345d4c71f0", ISCO: "2432"},
		"webmaster":                   {ROME: "E1101", ESCO: esco + "dc8ef7da-d2c0-4474-96a0-6d0385eeec1e", ISCO: "3514"},
		"digital-manager":             {ESCO: esco + "cd7b838c-51f6-41ec-9067-bb974c0f991b", ISCO: "1222"},
		"social-media-marketer":       {ESCO: esco + "356227b9-2263-4dbd-81e9-7dfc6d3f3af7", ISCO: "2431"},
		"corporate-social-strategist": {ESCO: esco + "6fcf4638-e7c7-4978-9302-9a7b63a3d57c", ISCO: "1221"},
	}
	c := load(t)
	for _, id := range c.IDs() {
		r, _ := c.Role(id)
		if got := (role.Codes{ROME: r.Codes.ROME, ESCO: r.Codes.ESCO, ISCO: r.Codes.ISCO}); got.ROME != want[id].ROME || got.ESCO != want[id].ESCO || got.ISCO != want[id].ISCO {
			t.Errorf("%s: codes %+v, want %+v", id, r.Codes, want[id])
		}
	}
}

func TestReportingLinesFormATree(t *testing.T) {
	c := load(t)
	parent := map[string]string{}
	for _, id := range c.IDs() {
		r, _ := c.Role(id)
		if r.ReportsTo != "" {
			parent[id] = r.ReportsTo
		}
		for _, sub := range r.Manages {
			s, err := c.Role(sub)
			if err != nil || s.ReportsTo != id {
				t.Errorf("%s manages %s, which does not report to it", id, sub)
			}
		}
		if r.ReportsTo != "" {
			boss, _ := c.Role(r.ReportsTo)
			if !slices.Contains(boss.Manages, id) {
				t.Errorf("%s reports to %s, which does not list it under manages", id, r.ReportsTo)
			}
		} else if r.Reporting == nil {
			t.Errorf("%s reports to no role of the catalogue and does not say to whom", id)
		}
	}
	for id := range parent {
		seen := map[string]bool{id: true}
		for cur := parent[id]; cur != ""; cur = parent[cur] {
			if seen[cur] {
				t.Fatalf("reporting cycle through %s", id)
			}
			seen[cur] = true
		}
	}
	for _, sub := range []string{"community-manager", "webmaster", "internal-community-manager", "content-curator"} {
		if parent[sub] != "digital-manager" {
			t.Errorf("%s reports to %q, want digital-manager", sub, parent[sub])
		}
	}
	if parent["digital-manager"] != "" {
		t.Errorf("the digital manager reports to %q, want the top of the tree", parent["digital-manager"])
	}
}

func TestSkillsCatalogue(t *testing.T) {
	c := load(t)
	required := []string{"digital-tools", "relational", "analysis", "content-creation", "conflict-handling",
		"communication", "public-speaking", "technical-basics", "seo", "monitoring", "general-culture",
		"community-animation", "organisation", "change-management", "pedagogy", "agile-project-management",
		"strategic-vision", "leadership", "budget-vendor-management", "curation", "writing", "web-analytics",
		"customer-relations", "mobile"}
	for _, id := range required {
		if c.Skill(id) == nil {
			t.Errorf("skill %s missing", id)
		}
	}
	for _, id := range c.SkillIDs() {
		s := c.Skill(id)
		for level := role.MinLevel; level <= role.MaxLevel; level++ {
			for _, lang := range role.Languages() {
				if s.Levels[level].In(lang) == "" {
					t.Errorf("skill %s: no %s description of level %d", id, lang, level)
				}
			}
		}
	}
}
