package roles_test

import (
	"cmp"
	"fmt"
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
	"github.com/jobdesc/jobdesc/internal/lint"
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

// TestCatalogueLints holds every role and the skills catalogue to the
// rules jobdesc lint applies to anyone's role files: age-coded and cliché
// wording, French law, inclusive French titles, shape and levels. No
// finding of any level is allowed in the shipped catalogue.
func TestCatalogueLints(t *testing.T) {
	c := load(t)
	l, err := lint.New(lint.Config{})
	if err != nil {
		t.Fatal(err)
	}
	var fs []lint.Finding
	for _, id := range c.IDs() {
		e, _ := c.Entry(id)
		fs = append(fs, l.LintRole(c, e)...)
	}
	fs = append(fs, l.LintSkills(c)...)
	for _, f := range fs {
		t.Errorf("%s:%d:%d: %s %s: %s", f.File, f.Line, f.Col, f.Severity, f.Rule, f.Message)
	}
}

// TestRoleReference holds each shipped role to what its reference
// (role card, comparisons) needs besides its postings: a pitch, notes for
// recruiters and tools in every language.
func TestRoleReference(t *testing.T) {
	c := load(t)
	for _, id := range c.IDs() {
		r, _ := c.Role(id)
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

// leadershipBody is every English name the catalogue has used for the
// body that runs the company; the French "comité de direction" is "the
// executive committee" in every English posting.
var leadershipBody = regexp.MustCompile(`(?i)leadership team|executive team|senior management`)

// calque is wording both reviewing recruiters sent back: a French
// construction carried into either language, a tool the posting leaves
// unnamed ("the listening tool") where the role lists it, and inclusive
// forms outside the one convention ("créateur·ices", "directeur·trice",
// "développeur·ses": write "créateur·rices", "directeur·rice",
// "développeur·euses"), and French causatives and verbs carried word for
// word ("faites jouer ensemble", "faites tenir leurs engagements",
// "customer steps" for démarches, "defend it at the executive committee",
// "(they) keep sensitive topics" for garder la main).
var calque = regexp.MustCompile(`(?i)jouer ensemble|faites tenir|customer steps|defend (it )?(at|before) the|they keep sensitive|seules en charge|journée ouvrée|l'outil d'(écoute|analyse)|l'outil de publication|(listening|publishing|analytics) tool\b|tagging plan|salary shown|vous (est|sont) famili|fait partie de votre|votre parcours compte|s'emballe|qui marchent|premier jet à l'IA|potential recruit|decide between|intelligence contacts|no hours counted|feed the calendar|keep the (quarterly )?testing roadmap|rarest profiles|and defend the annual|faire tenir à jour par|\pL·(trices?|ices|ses)\b`)

func TestCurrentWording(t *testing.T) {
	if !outdated.MatchString("animer le RSE") || outdated.MatchString("responsable") {
		t.Fatal("the outdated-wording check is wrong")
	}
	for _, s := range []string{"Vous faites jouer ensemble site et réseaux", "faites tenir leurs engagements aux prestataires", "Decide which customer steps to move online", "defend it at the executive committee", "(they keep sensitive competitor topics)", "dans la journée ouvrée", "in the listening tool", "créateur·ices", "directeur·trice", "développeur·ses", "Demander un premier jet à l'IA générative", "Decide between departments' requests", "our intelligence contacts", "Follow sector trends to feed the calendar", "Keep the quarterly testing roadmap", "Headhunt the rarest profiles", "Prepare and defend the annual budget"} {
		if !calque.MatchString(s) {
			t.Fatalf("the calque check misses %q", s)
		}
	}
	if calque.MatchString("développeur·euses") || calque.MatchString("créateur·rices") || calque.MatchString("sous un jour ouvré") {
		t.Fatal("the calque check flags a right wording")
	}
	c := load(t)
	for _, id := range c.IDs() {
		r, _ := c.Role(id)
		for _, text := range postingTexts(r) {
			if m := outdated.FindString(text); m != "" {
				t.Errorf("%s: outdated or mixed wording %q in %q", id, m, text)
			}
			if m := leadershipBody.FindString(text); m != "" {
				t.Errorf("%s: %q in %q; say \"the executive committee\", as the French says \"comité de direction\"", id, m, text)
			}
			if m := calque.FindString(text); m != "" {
				t.Errorf("%s: %q in %q: write it as a recruiter would", id, m, text)
			}
			if strings.Contains(text, "  ") {
				t.Errorf("%s: a double space in %q", id, text)
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
// summary, pitch, missions at every size and seniority, education, skill
// lines (the sizes' own too), on-call duty and tools; not the notes for recruiters nor the aliases kept for search.
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
	add(r.Seniority.Junior.Pitch)
	add(r.Seniority.Senior.Pitch)
	add(r.Profile.Education)
	add(r.OnCallDuty)
	for _, s := range r.Skills {
		add(s.Offer)
		add(s.Junior)
		add(s.Senior)
	}
	for _, size := range role.SortedKeys(r.Contexts) {
		c := r.Contexts[size]
		add(c.Title)
		for _, id := range role.SortedKeys(c.Offers) {
			add(c.Offers[id])
		}
	}
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

// offerLines is the skill lines of the role's standard posting in lang:
// its key skills' offer lines.
func offerLines(r *role.Role, lang string) []string {
	var out []string
	for _, s := range role.KeySkills(r.Skills) {
		out = append(out, s.Offer.In(lang))
	}
	return out
}

// sharedShare is the share of lines that stand, word for word or nearly,
// in another role's list.
func sharedShare(lines map[string][]string) (float64, []string) {
	var shared []string
	total := 0
	for _, id := range role.SortedKeys(lines) {
		for _, a := range lines[id] {
			total++
			for _, other := range role.SortedKeys(lines) {
				if other == id {
					continue
				}
				if slices.ContainsFunc(lines[other], func(b string) bool { return normalise(a) == normalise(b) || similar(a, b) }) {
					shared = append(shared, id+": "+a)
					break
				}
			}
		}
	}
	if total == 0 {
		return 0, nil
	}
	return float64(len(shared)) / float64(total), shared
}

// The profile of a posting speaks to the candidate about what this role
// does with each skill: every key skill has its own line, addressed to
// the candidate, and at most a tenth of the lines across the catalogue's
// postings stand in another posting too.
func TestSkillLinesAreTheRolesOwn(t *testing.T) {
	if s, _ := sharedShare(map[string][]string{"a": {"Vous savez écrire vite", "Vous savez lire"}, "b": {"Vous savez écrire vite"}}); s < 0.6 {
		t.Fatalf("the shared-line count misses a copy: %v", s)
	}
	c := load(t)
	// the candidate is the subject: a line opens on "Vous…" or on a short
	// aside then "…, vous…" ("À l'aise avec…, vous…"); a noun phrase first
	// ("Un budget … vous est familier", "Hébergement … : vous en maîtrisez
	// les bases", "Your track record includes…") reads as translated
	start := map[string]*regexp.Regexp{"fr": regexp.MustCompile(`^(Vous |[^:;.]{1,60}, vous )`), "en": regexp.MustCompile(`^(You |You're |You've |[^:;.]{1,60}, you )`)}
	// nor does one opening stand on most lines of a posting
	same := map[string]*regexp.Regexp{"fr": regexp.MustCompile(`^Vous savez `), "en": regexp.MustCompile(`^You can `)}
	for _, lang := range role.Languages() {
		lines := map[string][]string{}
		for _, id := range c.IDs() {
			r, _ := c.Role(id)
			lines[id] = offerLines(r, lang)
			repeated := 0
			for _, l := range lines[id] {
				if !start[lang].MatchString(l) {
					t.Errorf("%s (%s): skill line %q does not speak to the candidate", id, lang, l)
				}
				if same[lang].MatchString(l) {
					repeated++
				}
			}
			if repeated*2 > len(lines[id]) {
				t.Errorf("%s (%s): %d of %d skill lines open with %q: vary the openings as a recruiter would", id, lang, repeated, len(lines[id]), same[lang])
			}
		}
		if share, shared := sharedShare(lines); share > 0.10 {
			t.Errorf("%s: %.0f %% of the postings' skill lines are shared (at most 10 %%):\n%s", lang, 100*share, strings.Join(shared, "\n"))
		}
	}
}

// The community manager's posting shows the four abilities the role is
// hired for: relational ability, analysis, content creation and conflict
// handling.
func TestCommunityManagerKeySkills(t *testing.T) {
	r, _ := load(t).Role("community-manager")
	var key []string
	for _, s := range role.KeySkills(r.Skills) {
		key = append(key, s.ID)
	}
	for _, id := range []string{"relational", "analysis", "content-creation", "conflict-handling"} {
		if !slices.Contains(key, id) {
			t.Errorf("community-manager: %s is not a key skill (key: %v)", id, key)
		}
	}
}

// slug is how a French user types a title as a role name: lower case,
// no accents, the inclusive ending dropped, words joined by dashes.
func slug(title string) string {
	title = regexp.MustCompile(`·\p{L}+`).ReplaceAllString(strings.ToLower(title), "")
	// A doublet ("Chargée / Chargé de veille") is typed as the form next
	// to the job's name, the one candidates search.
	title = regexp.MustCompile(`^\p{L}+ / `).ReplaceAllString(title, "")
	var b strings.Builder
	for _, r := range norm.NFD.String(title) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
		default:
			b.WriteRune('-')
		}
	}
	return strings.Trim(regexp.MustCompile(`-+`).ReplaceAllString(b.String(), "-"), "-")
}

// Every French title, at every seniority, is accepted as a role name: its
// slug is the id or one of the id aliases, and each alias names a role.
func TestFrenchSlugsNameTheRoles(t *testing.T) {
	for _, title := range []string{"Chargé·e de publicité réseaux sociaux", "Chargée / Chargé de publicité réseaux sociaux"} {
		if got := slug(title); got != "charge-de-publicite-reseaux-sociaux" {
			t.Fatalf("slug(%q) = %q", title, got)
		}
	}
	c := load(t)
	aliases := roles.IDAliases()
	for name, id := range aliases {
		if _, err := c.Role(id); err != nil || !role.ValidID(name) || slices.Contains(c.IDs(), name) {
			t.Errorf("alias %q of %q: not a plain name, a role id itself, or naming no role", name, id)
		}
	}
	for _, id := range c.IDs() {
		r, _ := c.Role(id)
		for _, title := range titlesIn(r, "fr") {
			if s := slug(title); title != "" && s != id && aliases[s] != id {
				t.Errorf("%s: the French title %q, typed as %q, names no role", id, title, s)
			}
		}
	}
}

// A posting opens on the job at its level: every seniority a role is
// hired at other than the confirmed one has a pitch of its own, which
// neither repeats the role's nor runs longer than it for a junior hire.
func TestPitchPerSeniority(t *testing.T) {
	c := load(t)
	for _, id := range c.IDs() {
		r, _ := c.Role(id)
		for _, s := range []string{"junior", "senior"} {
			if !r.HiredAt(s) {
				continue
			}
			for _, lang := range role.Languages() {
				got, own := r.ShapeAt("", s).Pitch.In(lang), r.Pitch.In(lang)
				switch {
				case got == "" || got == own:
					t.Errorf("%s: the %s posting opens on the role's pitch in %s; write seniority.%s.pitch", id, s, lang, s)
				case s == "junior" && len(strings.Fields(got)) > len(strings.Fields(own)):
					t.Errorf("%s: the junior pitch in %s is longer than the role's", id, lang)
				}
			}
		}
	}
}

// The mission that reports results stays in a senior posting and in a
// large company's: what a senior hire or a group adds never pushes it out,
// though a level may rewrite it (a block that replaces it).
func TestSeniorAndLargeKeepTheResults(t *testing.T) {
	results := map[string]string{"community-manager": "listening", "digital-manager": "data",
		"social-media-manager": "results", "social-media-strategist": "measurement", "webmaster": "measure", "social-media-marketer": "returns"}
	c := load(t)
	for id, mission := range results {
		r, err := c.Role(id)
		if err != nil {
			t.Fatal(err)
		}
		for _, at := range [][2]string{{"", ""}, {"", "senior"}, {"large", ""}, {"large", "senior"}} {
			s := r.ShapeAt(at[0], at[1])
			if s.Unsuitable != nil {
				continue
			}
			if !slices.ContainsFunc(s.KeyMissions(), func(m role.Mission) bool { return m.ID == mission || m.Replaces == mission }) {
				t.Errorf("%s (size %q, seniority %q): the posting drops the results mission %q", id, at[0], at[1], mission)
			}
		}
	}
}

// A role refused at a size names, as the one to hire instead, a role that
// exists at that size: a recruiter is never sent from one refusal to another.
func TestInsteadExistsAtThatSize(t *testing.T) {
	c := load(t)
	for _, id := range c.IDs() {
		r, _ := c.Role(id)
		for _, size := range role.Sizes() {
			u := r.ShapeAt(size, "").Unsuitable
			if u == nil {
				continue
			}
			if other, err := c.Role(u.Instead); err != nil || other.ShapeAt(size, "").Unsuitable != nil {
				t.Errorf("%s at %s: instead %q does not exist at that size either", id, size, u.Instead)
			}
		}
	}
}

// A senior social media hire steers the work the confirmed one does: at
// most half of the missions its posting shows are the confirmed ones kept
// as written, the rest are written at that level (plan, arbitrate, coach).
func TestSeniorSocialPostingsSteer(t *testing.T) {
	c := load(t)
	for _, id := range []string{"social-media-manager", "social-media-marketer", "social-media-strategist"} {
		r, err := c.Role(id)
		if err != nil {
			t.Fatal(err)
		}
		own := map[string]bool{}
		for _, m := range r.Missions {
			own[m.ID] = true
		}
		for _, size := range role.Sizes() {
			s := r.ShapeAt(size, "senior")
			if s.Unsuitable != nil {
				continue
			}
			var kept []string
			key := s.KeyMissions()
			for _, m := range key {
				if own[m.ID] {
					kept = append(kept, m.ID)
				}
			}
			if len(kept)*2 > len(key) {
				t.Errorf("%s (size %q, senior): %d of %d missions are the confirmed ones as written (%s); write the senior block one level up", id, size, len(kept), len(key), strings.Join(kept, ", "))
			}
		}
	}
}

// teamWords name a team around the post, or colleagues in the same job.
var teamWords = regexp.MustCompile(`(?i)\b(l'équipe|son équipe|votre équipe|the team|their team|your team|community managers)\b`)

// In a small firm a post that answers to the managing director and
// manages no one has no team around it: its posting, at every seniority,
// does not hand work to one, review one or train its newcomers.
func TestNoTeamWhereThePostIsAlone(t *testing.T) {
	c := load(t)
	const size = "small"
	for _, id := range c.IDs() {
		r, _ := c.Role(id)
		for _, seniority := range []string{"junior", "", "senior"} {
			s := r.ShapeAt(size, seniority)
			if s.Unsuitable != nil || s.ReportsTo != "" || len(s.Manages) > 0 || !r.HiredAt(cmp.Or(seniority, role.DefaultSeniority)) {
				continue
			}
			for _, lang := range role.Languages() {
				texts := postingLines(r, size, seniority, lang)
				for _, text := range texts {
					if w := teamWords.FindString(text); w != "" {
						t.Errorf("%s (%s, %s, %s): %q names a team the post does not have: %s", id, size, cmp.Or(seniority, role.DefaultSeniority), lang, w, text)
					}
				}
			}
		}
	}
}

// postingLines is what one posting of the role prints of the role's own
// text at a size and seniority, in lang: the pitch, the key missions and
// the key skills' lines for that seniority.
func postingLines(r *role.Role, size, seniority, lang string) []string {
	s := r.ShapeAt(size, seniority)
	out := []string{s.Pitch.In(lang)}
	for _, m := range s.KeyMissions() {
		out = append(out, m.Title.In(lang))
		for _, a := range m.Activities {
			out = append(out, a.In(lang))
		}
	}
	for _, k := range role.KeySkills(r.Skills) {
		line := k.Offer
		switch {
		case seniority == "senior" && k.Senior != nil:
			line = k.Senior
		case seniority == "junior" && k.Junior != nil:
			line = k.Junior
		}
		out = append(out, line.In(lang))
	}
	return out
}

// eachPosting calls f with the lines of every posting the catalogue can
// render: every role, size, seniority and language where the role exists.
func eachPosting(t *testing.T, f func(id, size, seniority, lang string, lines []string)) {
	c := load(t)
	for _, id := range c.IDs() {
		r, _ := c.Role(id)
		for _, size := range role.Sizes() {
			for _, seniority := range []string{"junior", "", "senior"} {
				if r.ShapeAt(size, seniority).Unsuitable != nil || !r.HiredAt(cmp.Or(seniority, role.DefaultSeniority)) {
					continue
				}
				for _, lang := range role.Languages() {
					f(id, size, seniority, lang, postingLines(r, size, seniority, lang))
				}
			}
		}
	}
}

// accountCall is a line that claims the call on opening or closing
// accounts, and brandScope says they are the brand's accounts on a network
// (not, say, an agency's access to the website).
var (
	accountCall = regexp.MustCompile(`(?i)ouv\w*.{0,70}ferm|ferm\w*.{0,70}ouv|ouverture ou fermeture|to open or close|open(ed|ing)? or clos|launch, keep or drop`)
	brandScope  = regexp.MustCompile(`(?i)réseau|marque|officiels|platform|brand|official`)
)

// Opening or closing a brand's accounts has one owner across the
// catalogue: the strategist recommends, the group's head of social media
// authorises. A posting of any other role that claims it overlaps theirs.
func TestAccountDecisionsHaveOneOwner(t *testing.T) {
	owners := map[string]bool{"social-media-strategist": true, "corporate-social-strategist": true}
	eachPosting(t, func(id, size, seniority, lang string, lines []string) {
		if owners[id] {
			return
		}
		for _, l := range lines {
			if accountCall.MatchString(l) && brandScope.MatchString(l) {
				t.Errorf("%s (%s, %s, %s): %q claims the call on brand accounts, which the strategist recommends and the group authorises", id, size, seniority, lang, l)
			}
		}
	})
}

var generativeAI = regexp.MustCompile(`(?i)IA générative|generative AI`)

// A posting names generative AI once: a second line on it reads as a tic.
func TestOneGenerativeAILinePerPosting(t *testing.T) {
	eachPosting(t, func(id, size, seniority, lang string, lines []string) {
		var hits []string
		for _, l := range lines {
			if generativeAI.MatchString(l) {
				hits = append(hits, l)
			}
		}
		if len(hits) > 1 {
			t.Errorf("%s (%s, %s, %s): %d lines on generative AI: %q", id, size, seniority, lang, len(hits), hits)
		}
	})
}

// TestReportingLinesReadInASentence: a reporting line written in a role
// file is used as written in "Entretien avec …, votre future hiérarchie"
// and after "Reports to:", so it is a noun phrase with its article, not a
// bare capitalised title.
func TestReportingLinesReadInASentence(t *testing.T) {
	c := load(t)
	starts := map[string][]string{"fr": {"la ", "le ", "l'", "l’", "les "}, "en": {"the "}}
	for _, id := range c.IDs() {
		r, err := c.Role(id)
		if err != nil {
			t.Fatal(err)
		}
		texts := map[string]role.Text{"reporting": r.Reporting}
		for size, ctx := range r.Contexts {
			texts["contexts."+size+".reporting"] = ctx.Reporting
		}
		for path, text := range texts {
			for lang, s := range text {
				if s != "" && !slices.ContainsFunc(starts[lang], func(p string) bool { return strings.HasPrefix(s, p) }) {
					t.Errorf("%s %s.%s: %q does not start with an article (%v)", id, path, lang, s, starts[lang])
				}
			}
		}
	}
}

// brokenInclusive is an inclusive form outside the one convention the
// catalogue writes: after -eur, the feminine's own ending, "·rice(s)"
// ("directeur·rice", "ambassadeur·rices") or "·euse(s)"
// ("développeur·euses"); never "·trice", "·ices" nor "·ses".
var brokenInclusive = regexp.MustCompile(`\p{L}·(trices?|ices|ses)\b`)

// TestFrenchTitlesAndPluralsHaveOneForm: every French title is in its one
// inclusive form (no "Chargée / Chargé" doublet beside "Chargé·e" titles),
// and no French text of a role or skill writes a broken inclusive plural.
func TestFrenchTitlesAndPluralsHaveOneForm(t *testing.T) {
	for s, broken := range map[string]bool{"ambassadeur·rices": false, "développeur·ses": true, "furieux·se": false,
		"ambassadeur·ices": true, "développeur·euses": false, "Directeur·rice": false, "Directeur·trice": true} {
		if brokenInclusive.MatchString(s) != broken {
			t.Fatalf("the broken-plural check is wrong on %q", s)
		}
	}
	c := load(t)
	for _, id := range c.IDs() {
		r, _ := c.Role(id)
		for _, title := range titlesIn(r, "fr") {
			if strings.Contains(title, " / ") {
				t.Errorf("%s: French title %q is a doublet; write its inclusive form (Chargé·e de …)", id, title)
			}
		}
		r.EachText(func(path, lang, text string) {
			if m := brokenInclusive.FindString(text); lang == "fr" && m != "" {
				t.Errorf("%s %s: broken inclusive form %q; write ·rice(s) or ·euse(s), or both words", id, path, m)
			}
		})
	}
	for _, id := range c.SkillIDs() {
		s := c.Skill(id)
		s.EachText(func(path, lang, text string) {
			if m := brokenInclusive.FindString(text); lang == "fr" && m != "" {
				t.Errorf("skill %s %s: broken inclusive form %q", id, path, m)
			}
		})
	}
}

// companyFigure is an amount of money or a head count: a company's own
// facts, which a role file (shared by every company) cannot know.
var companyFigure = regexp.MustCompile(`(?i)[€$£]\s?\d|\d[\d\s.,]*\s?(k?€|euros?|\$|£|k\b)|\b(\d+|deux|trois|quatre|cinq|six|dix|vingt|quarantaine|cinquantaine|centaine|two|three|four|five|six|ten|twenty|forty|fifty|a hundred)\s+(de\s+)?(personnes|salariés|recrutements|embauches|people|staff|hires|employees)\b|team of (two|three|four|five|six|\d+)|(millions?|milliers?|thousands?) (d'euros|of euros|euros)`)

// TestNoCompanyFiguresInRoleText keeps budgets, team sizes and hiring
// volumes out of what postings say: with one company's figures in a role,
// every other company would publish them as its own.
func TestNoCompanyFiguresInRoleText(t *testing.T) {
	for _, s := range []string{"about €500,000 a year", "environ 8 000 € par mois", "a team of five", "une quarantaine de recrutements par an", "forty hires a year", "plusieurs millions d'euros"} {
		if !companyFigure.MatchString(s) {
			t.Fatalf("the figure check misses %q", s)
		}
	}
	for _, s := range []string{"3 ans minimum", "the digital budget", "chaque semaine", "Bac+2 à Bac+5", "GA4"} {
		if companyFigure.MatchString(s) {
			t.Fatalf("the figure check flags %q", s)
		}
	}
	c := load(t)
	for _, id := range c.IDs() {
		r, _ := c.Role(id)
		texts := postingTexts(r)
		for _, lang := range role.Languages() {
			texts = append(texts, offerLines(r, lang)...)
		}
		for _, text := range texts {
			if m := companyFigure.FindString(text); m != "" {
				t.Errorf("%s: %q in %q is one company's figure: leave it to the company's values or say it without a number", id, m, text)
			}
		}
	}
}

// toolKinds are the kinds of tool a company runs one of: a candidate who
// reads two postings of one employer expects the same social media suite,
// listening tool, dashboards or CMS in both. The platforms' own tools
// (Meta Business Suite, LinkedIn Campaign Manager) and single-purpose ones
// (Canva, Feedly) are not in the table: they sit beside these.
// Yammer is not in the table: it is Viva Engage's former name, which a
// posting gives to explain it.
var toolKinds = map[string][]string{
	"social media suite": {"Agorapulse", "Sprinklr", "Hootsuite", "Sprout Social", "Swello"},
	"listening":          {"Mention", "Talkwalker", "Brandwatch", "Meltwater", "Digimind", "Onclusive"},
	"dashboards":         {"Looker Studio", "Power BI", "Tableau", "Qlik"},
	"web analytics":      {"Google Analytics 4", "Piano Analytics", "Matomo", "Adobe Analytics", "AT Internet"},
	"CMS":                {"WordPress", "Adobe Experience Manager", "Drupal", "Sitecore", "Contentful"},
	"email":              {"Brevo", "Salesforce Marketing Cloud", "Mailchimp", "Sendinblue", "Actito"},
	"team chat":          {"Microsoft Teams", "Slack", "Google Chat"},
	"enterprise network": {"Viva Engage", "Workplace", "Workvivo"},
	"applicant tracking": {"Workday Recruiting", "Taleo", "SmartRecruiters", "Teamtailor", "Flatchr"},
	"employee advocacy":  {"Sociabble", "Hootsuite Amplify", "LinkedIn Elevate"},
}

// toolPatterns match each tool of the table by its whole name, not the
// start of a longer one ("Hootsuite" is not read in "Hootsuite Amplify").
var toolPatterns = func() map[string]*regexp.Regexp {
	out := map[string]*regexp.Regexp{}
	for _, tools := range toolKinds {
		for _, tool := range tools {
			out[tool] = regexp.MustCompile(`\b` + regexp.QuoteMeta(tool) + `\b(\s[A-Z]\w+)?`)
		}
	}
	return out
}()

// toolsNamed returns, per kind, the tools of the table a text names.
func toolsNamed(text string) map[string][]string {
	out := map[string][]string{}
	for kind, tools := range toolKinds {
		for _, tool := range tools {
			if slices.ContainsFunc(toolPatterns[tool].FindAllStringSubmatch(text, -1), func(m []string) bool { return m[1] == "" }) {
				out[kind] = append(out[kind], tool)
			}
		}
	}
	return out
}

// The postings of one company name one set of tools: at each size, no two
// roles (nor two lines of one role) name two tools of one kind, in their
// tools lists or in a mission line, at any seniority.
func TestOneToolOfEachKindPerSize(t *testing.T) {
	if got := toolsNamed("Track mentions in Mention, report in Looker Studio; Hootsuite Amplify"); !slices.Equal(got["listening"], []string{"Mention"}) || !slices.Equal(got["dashboards"], []string{"Looker Studio"}) || len(got["social media suite"]) != 0 {
		t.Fatalf("the tool reader is wrong: %v", got)
	}
	c := load(t)
	for _, size := range role.Sizes() {
		// first[kind][tool] is where a tool of that kind is first named
		first := map[string]map[string]string{}
		for _, id := range c.IDs() {
			r, _ := c.Role(id)
			for _, seniority := range []string{"junior", "", "senior"} {
				s := r.ShapeAt(size, seniority)
				if s.Unsuitable != nil || !r.HiredAt(cmp.Or(seniority, role.DefaultSeniority)) {
					continue
				}
				for _, lang := range role.Languages() {
					lines := slices.Clone(s.Tools[lang])
					for _, m := range s.Missions {
						lines = append(lines, m.Title.In(lang))
						for _, a := range m.Activities {
							lines = append(lines, a.In(lang))
						}
					}
					for _, line := range lines {
						for kind, tools := range toolsNamed(line) {
							if first[kind] == nil {
								first[kind] = map[string]string{}
							}
							for _, tool := range tools {
								if _, ok := first[kind][tool]; !ok {
									first[kind][tool] = fmt.Sprintf("%s (%s, %s): %q", id, cmp.Or(seniority, role.DefaultSeniority), lang, line)
								}
							}
						}
					}
				}
			}
		}
		for _, kind := range role.SortedKeys(first) {
			if tools := first[kind]; len(tools) > 1 {
				var where []string
				for _, tool := range role.SortedKeys(tools) {
					where = append(where, tool+" in "+tools[tool])
				}
				t.Errorf("at size %s, the postings name %d %s tools; choose one for every role:\n\t%s", size, len(tools), kind, strings.Join(where, "\n\t"))
			}
		}
	}
}

// levelAfterLead is a level word with a title that already says the hire
// leads ("Senior head of digital", "Responsable digital junior"): neither
// language says it; such a title is written per seniority (titles.senior,
// titles.junior). French marks a lead's level by the years asked and the
// pay, not in the title: « senior » goes on chargé·e and expert titles,
// never after « Responsable » or « Directeur·rice ».
var levelAfterLead = regexp.MustCompile(`(?i)\b(directeur|directrice|directeur·trice|head of|director|responsable)\b.*\b(senior|junior)\b|\b(senior|junior)\b.*\b(responsable|directeur|directrice|head of|director)\b`)

// TestLevelTitlesAreUsage: every role's title at every level it is hired
// at, in every language, is one the market uses.
func TestLevelTitlesAreUsage(t *testing.T) {
	c := load(t)
	for _, id := range c.IDs() {
		r, _ := c.Role(id)
		for _, size := range role.Sizes() {
			for _, s := range r.SenioritiesHired() {
				for _, lang := range role.Languages() {
					if title := r.TitleAt(size, s, lang); levelAfterLead.MatchString(title) {
						t.Errorf("%s (%s, %s, %s): %q puts a level on a title that already leads; write titles.%s.%s", id, size, s, lang, title, s, lang)
					}
				}
			}
		}
	}
}

// TestNoLineManagerUnderTheManagingDirector: where a post answers to the
// managing director, no posting of it speaks of "votre responsable" /
// "your manager", a line manager who is not there; the size's manager
// names whom the texts mean.
func TestNoLineManagerUnderTheManagingDirector(t *testing.T) {
	c := load(t)
	words := map[string]string{"fr": "votre responsable", "en": "your manager"}
	for _, id := range c.IDs() {
		r, _ := c.Role(id)
		for _, size := range role.Sizes() {
			for _, sen := range r.SenioritiesHired() {
				s := r.ShapeAt(size, sen)
				if s.ReportsTo != "" || s.Reporting.In("en") != "the managing director" {
					continue
				}
				texts := []role.Text{s.Pitch}
				for _, m := range s.Missions {
					texts = append(texts, m.Title)
					texts = append(texts, m.Activities...)
				}
				for _, tx := range texts {
					for lang, w := range words {
						if strings.Contains(tx.In(lang), w) {
							t.Errorf("%s (%s, %s, %s): %q under the managing director; set contexts.%s.manager", id, size, sen, lang, tx.In(lang), size)
						}
					}
				}
			}
		}
	}
}

// titlesIn are every title a role is advertised under in lang: its own,
// its levels' and its sizes' (those it has), in that order.
func titlesIn(r *role.Role, lang string) []string {
	out := []string{r.Title.In(lang)}
	for _, t := range []role.Text{r.Titles.Junior, r.Titles.Senior} {
		if s := t.In(lang); s != "" {
			out = append(out, s)
		}
	}
	for _, size := range role.SortedKeys(r.Contexts) {
		if s := r.Contexts[size].Title.In(lang); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// eachPost calls f for every posting shape of the catalogue: each role at
// each size it exists at and each seniority it is hired at, in each
// language.
func eachPost(t *testing.T, f func(id string, r *role.Role, size, sen string, s role.Shape, lang string)) {
	t.Helper()
	c := load(t)
	for _, id := range c.IDs() {
		r, _ := c.Role(id)
		for _, size := range role.Sizes() {
			for _, sen := range r.SenioritiesHired() {
				s := r.ShapeAt(size, sen)
				if s.Unsuitable != nil {
					continue
				}
				for _, lang := range role.Languages() {
					f(id, r, size, sen, s, lang)
				}
			}
		}
	}
}

// TestListedToolsAreUsed: every tool a posting lists is one a duty the
// posting shows works with: its key missions, each cut to its first
// activities, as the standard posting prints them. A tool only a mission
// the posting leaves out uses (or one left behind when a size or seniority
// swapped its block) promises work the reader never sees. A tool's gloss
// in brackets is not part of its name, an ad platform's manager is named
// by its platform and a Microsoft tool by its own name.
func TestListedToolsAreUsed(t *testing.T) {
	gloss := regexp.MustCompile(` \([^)]*\)$`)
	eachPost(t, func(id string, r *role.Role, size, sen string, s role.Shape, lang string) {
		var text string
		for _, m := range s.KeyMissions() {
			text += "\n" + m.Title.In(lang)
			for _, a := range m.Activities[:min(len(m.Activities), role.PostingActivities)] {
				text += "\n" + a.In(lang)
			}
		}
		for _, tool := range s.Tools[lang] {
			name := gloss.ReplaceAllString(tool, "")
			// an ad platform's manager is named by its platform
			// (« campagnes LinkedIn ou Meta »), a Microsoft tool by its
			// own name (« un canal Teams »)
			brand, _, _ := strings.Cut(name, " ")
			short := strings.TrimPrefix(name, "Microsoft ")
			if !strings.Contains(text, short) && !(strings.HasSuffix(name, " Manager") && strings.Contains(text, brand)) {
				t.Errorf("%s (%s, %s, %s): %q is listed but no mission uses it", id, size, sen, lang, name)
			}
		}
	})
}

// titleQualifiers are the words a title adds for a part of the job, and
// the missions that do that part: a posting whose title says it shows one
// of them.
var titleQualifiers = []struct {
	words    []string
	missions []string
}{
	{[]string{"marque employeur", "employer brand"}, []string{"employer-brand", "brand-lead"}},
	{[]string{"réseau social d'entreprise"}, []string{"run-esn", "steer", "lead"}},
}

// TestTitleQualifiersHaveTheirBlock: a title that names a part of the job
// ("(employer brand)", « et marque employeur ») heads a posting that shows
// the block doing it; a size or seniority that swaps the block out
// retitles the post.
func TestTitleQualifiersHaveTheirBlock(t *testing.T) {
	eachPost(t, func(id string, r *role.Role, size, sen string, s role.Shape, lang string) {
		title := strings.ToLower(r.TitleAt(size, sen, lang))
		for _, q := range titleQualifiers {
			if !slices.ContainsFunc(q.words, func(w string) bool { return strings.Contains(title, w) }) {
				continue
			}
			if !slices.ContainsFunc(s.KeyMissions(), func(m role.Mission) bool { return slices.Contains(q.missions, m.ID) }) {
				t.Errorf("%s (%s, %s, %s): the title %q names work no mission shown does (%s)", id, size, sen, lang, r.TitleAt(size, sen, lang), strings.Join(q.missions, ", "))
			}
		}
	})
}
