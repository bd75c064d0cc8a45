package explore

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jobdesc/jobdesc/internal/preview"
	"github.com/jobdesc/jobdesc/internal/role"
)

// TestEveryCardFitsAScreen renders every shipped role's card in every
// language at every size, both ways of drawing levels, and checks it fits
// CardMaxLines at 80 columns, as Markdown and as glamour lays it out.
func TestEveryCardFitsAScreen(t *testing.T) {
	c := load(t)
	plain, err := preview.New(preview.Options{Style: "notty", Width: 80})
	if err != nil {
		t.Fatal(err)
	}
	dark, err := preview.New(preview.Options{Style: "dark", Width: 80, Color: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range c.IDs() {
		for _, lang := range role.Languages() {
			for _, size := range append([]string{""}, role.Sizes()...) {
				for _, ascii := range []bool{false, true} {
					d, err := Card(c, id, lang, size)
					if err != nil {
						t.Fatal(err)
					}
					var b bytes.Buffer
					if err := d.Markdown(&b, Options{ASCII: ascii}); err != nil {
						t.Fatal(err)
					}
					name := id + "/" + lang + "/" + size
					md := b.String()
					checkFits(t, name+" markdown", md)
					for _, r := range []*preview.Renderer{plain, dark} {
						out, err := r.Render(md)
						if err != nil {
							t.Fatal(err)
						}
						checkFits(t, name+" rendered", out)
					}
				}
			}
		}
	}
}

func checkFits(t *testing.T, name, s string) {
	t.Helper()
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > CardMaxLines {
		t.Errorf("%s: %d lines, over %d", name, len(lines), CardMaxLines)
	}
	for i, l := range lines {
		if n := utf8.RuneCountInString(stripANSI(l)); n > 80 {
			t.Errorf("%s: line %d is %d columns: %q", name, i+1, n, l)
		}
	}
}

// stripANSI removes terminal escape sequences, which take no column.
func stripANSI(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '[' {
			j := i + 2
			for j < len(s) && (s[j] < 0x40 || s[j] > 0x7e) {
				j++
			}
			i = j
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func TestCardLines(t *testing.T) {
	c := load(t, userLayer(map[string]string{"odd.yaml": lone("odd", "*Chef* de_projet [x](javascript:y) # <b>")}))
	for _, tc := range []struct {
		id, lang, size string
		want           []string
	}{
		{"social-media-manager", "fr", "small", []string{
			"**Rattachement** (petite entreprise)\u00a0: n'existe pas à cette taille\u00a0: recruter plutôt Community manager",
		}},
		{"social-media-manager", "en", "", []string{
			"**Reports to**: Head of digital (Group head of social media in a large company) · **Manages**: Community manager, Paid social specialist",
		}},
		{"community-manager", "fr", "small", []string{"**Rattachement** (petite entreprise)\u00a0: la direction générale - **Intitulés"}},
		// The facts a recruiter choosing the role needs: the titles
		// candidates search, the years per seniority, the sizes, the
		// tools, what the level bars mean.
		{"community-manager", "fr", "", []string{
			"- **Intitulés recherchés**\u00a0: Community manager, Gestionnaire de communauté,",
			"- **Expérience minimale**\u00a0: junior\u00a0: débutant·e bienvenu·e · confirmé·e\u00a0: 3\u00a0ans ·",
			"- **Existe en**\u00a0: petite entreprise, entreprise moyenne, grande entreprise -",
			"- **Outils**\u00a0: Agorapulse, Canva, CapCut,",
			"Niveaux\u00a0: ●○○○ notions · ●●○○ pratique autonome · ●●●○ maîtrise · ●●●● expertise",
		}},
		{"social-media-manager", "en", "", []string{
			"- **Minimum experience**: junior: entry level · mid-level: 5\u00a0years ·",
			"- **Exists in**: medium-size company, large company · not in a small company: hire Community manager instead",
			"Levels: ●○○○ basics · ●●○○ independent · ●●●○ proficient · ●●●● expert",
		}},
		{"content-curator", "en", "", []string{"· No ROME fiche covers content curation as such"}},
		// The role as written names the line every size's posting has:
		// a small company's community manager reports to the managing
		// director, as its posting says.
		{"community-manager", "en", "", []string{"**Reports to**: Social media manager (the managing director in a small company)"}},
		{"community-manager", "en", "small", []string{"**Reports to** (small company): the managing director"}},
		{"community-manager", "en", "", []string{"ROME E1101 · ISCO 2432 · ESCO 137b1d11-c4bc-4016-89ba-45345d4c71f0"}},
		// A user's role: its one language stands in for the other, and
		// its text cannot turn into markup.
		{"odd", "fr", "", []string{
			`# \*Chef\* de\_projet \[x\](javascript:y) \# \<b\>`,
			"**Rattachement**\u00a0: the owner",
		}},
	} {
		d, err := Card(c, tc.id, tc.lang, tc.size)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := d.Markdown(&b, Options{}); err != nil {
			t.Fatal(err)
		}
		// Compare as text, whatever the line breaks.
		flat := regexp.MustCompile(`[ \n]+`).ReplaceAllString(b.String(), " ")
		for _, w := range tc.want {
			if !strings.Contains(flat, w) {
				t.Errorf("%s %s %s: no %q in\n%s", tc.id, tc.lang, tc.size, w, b.String())
			}
		}
	}
}

// TestCardNotesWhole: whatever the role, language and size, the card
// carries "choose this role when" and "what it is not" whole, wrapped and
// never cut with "…", in Markdown and in JSON.
func TestCardNotesWhole(t *testing.T) {
	c := load(t)
	space := regexp.MustCompile(`\s+`)
	for _, id := range c.IDs() {
		for _, lang := range role.Languages() {
			for _, size := range append([]string{""}, role.Sizes()...) {
				d, err := Card(c, id, lang, size)
				if err != nil {
					t.Fatal(err)
				}
				r, _ := c.Role(id)
				if want := text(r.Notes.Not, lang); d.Not != want {
					t.Errorf("%s %s %s: data note %q, want %q", id, lang, size, d.Not, want)
				}
				var b bytes.Buffer
				if err := d.Markdown(&b, Options{}); err != nil {
					t.Fatal(err)
				}
				flat := space.ReplaceAllString(b.String(), " ")
				for _, n := range []string{d.Not, d.HireWhen} {
					if !strings.Contains(flat, mdEscape(n)) {
						t.Errorf("%s %s %s: note not whole: %q in\n%s", id, lang, size, n, b.String())
					}
				}
				if strings.Contains(b.String(), " …") {
					t.Errorf("%s %s %s: a cut note:\n%s", id, lang, size, b.String())
				}
			}
		}
	}
}

func TestCardRefuses(t *testing.T) {
	c := load(t)
	for _, tc := range []struct{ id, lang, size, want string }{
		{"comunity-manager", "fr", "", `unknown role "comunity-manager"; did you mean "community-manager"?`},
		{"../x", "fr", "", `invalid role id "../x"`},
		{"webmaster", "es", "", `unknown language "es"; use fr or en`},
		{"webmaster", "fr", "tiny", `unknown company size "tiny"; use small, medium, large`},
	} {
		if _, err := Card(c, tc.id, tc.lang, tc.size); err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("Card(%q, %q, %q) = %v, want %q", tc.id, tc.lang, tc.size, err, tc.want)
		}
	}
}

func TestBar(t *testing.T) {
	for _, tc := range []struct {
		level int
		ascii bool
		want  string
	}{
		{3, false, "●●●○"}, {4, false, "●●●●"}, {1, true, "1/4"}, {0, false, ""}, {9, false, "●●●●"},
	} {
		if got := bar(tc.level, tc.ascii); got != tc.want {
			t.Errorf("bar(%d, %v) = %q, want %q", tc.level, tc.ascii, got, tc.want)
		}
	}
}

func TestLevelLegend(t *testing.T) {
	for _, tc := range []struct {
		lang  string
		ascii bool
		want  string
	}{
		{"fr", false, "Niveaux\u00a0: ●○○○ notions · ●●○○ pratique autonome · ●●●○ maîtrise · ●●●● expertise"},
		{"en", true, "Levels: 1/4 basics · 2/4 independent · 3/4 proficient · 4/4 expert"},
	} {
		if got := levelLegend(words{tc.lang}, tc.ascii); got != tc.want {
			t.Errorf("levelLegend(%s, %v) = %q, want %q", tc.lang, tc.ascii, got, tc.want)
		}
	}
}

func TestExperience(t *testing.T) {
	n := func(i int) *int { return &i }
	for _, tc := range []struct {
		e    role.Experience
		lang string
		want string
	}{
		// No years asked is a beginner welcome, never "0 an".
		{role.Experience{Junior: n(0), Confirmed: n(2), Senior: n(5)}, "fr", "junior\u00a0: débutant·e bienvenu·e · confirmé·e\u00a0: 2\u00a0ans · senior\u00a0: 5\u00a0ans"},
		{role.Experience{Junior: n(0), Confirmed: n(3)}, "en", "junior: entry level · mid-level: 3\u00a0years"},
		{role.Experience{Junior: n(1), Confirmed: n(3)}, "en", "junior: 1\u00a0year · mid-level: 3\u00a0years"},
		// A seniority the role does not state is left out, not shown as 0.
		{role.Experience{Confirmed: n(5), Senior: n(8)}, "fr", "confirmé·e\u00a0: 5\u00a0ans · senior\u00a0: 8\u00a0ans"},
		{role.Experience{}, "en", ""},
	} {
		if got := experience(tc.e, nil, words{tc.lang}); got != tc.want {
			t.Errorf("experience(%s) = %q, want %q", tc.lang, got, tc.want)
		}
	}
}
