package explore

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/preview"
	"github.com/jobdesc/jobdesc/internal/role"
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
	// Shared missions are not compared again as close work.
	if len(cmp.Close) != 0 {
		t.Errorf("close work %+v, want none: only one role has missions of its own", cmp.Close)
	}

	cmp, err = Compare(c, []string{"community-manager", "other"}, "en", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(cmp.Shared) != 1 || cmp.Shared[0].Missions[1].ID != "listen" {
		t.Errorf("shared = %+v, want only the mission of the same title", cmp.Shared)
	}
}

// TestCompareSkills: a skill a role does not ask is absent, not level 0,
// so the gap is over the roles that ask it; the rows come by kind
// (savoir-faire, savoir-être, savoirs) and the widest gap first.
func TestCompareSkills(t *testing.T) {
	c := load(t)
	ids := []string{"community-manager", "social-media-manager", "social-media-strategist"}
	cmp, err := Compare(c, ids, "fr", "")
	if err != nil {
		t.Fatal(err)
	}
	rank := func(kind string) int { return slices.Index(compareKinds(), kind) }
	for i, s := range cmp.Skills {
		var asked []int
		for j, id := range ids {
			r, _ := c.Role(id)
			k := slices.IndexFunc(r.Skills, func(ref role.SkillRef) bool { return ref.ID == s.ID })
			switch {
			case k < 0 && s.Levels[j] != nil:
				t.Errorf("%s: %s does not ask it but has level %d", s.ID, id, *s.Levels[j])
			case k >= 0 && (s.Levels[j] == nil || *s.Levels[j] != r.Skills[k].Level):
				t.Errorf("%s: %s asks level %d, row has %v", s.ID, id, r.Skills[k].Level, s.Levels[j])
			case k >= 0:
				asked = append(asked, r.Skills[k].Level)
			}
		}
		switch {
		case len(asked) < 2 && s.Gap != nil:
			t.Errorf("%s: one role asks it, gap %d", s.ID, *s.Gap)
		case len(asked) >= 2 && (s.Gap == nil || *s.Gap != slices.Max(asked)-slices.Min(asked)):
			t.Errorf("%s: levels %v, gap %v", s.ID, asked, s.Gap)
		}
		if i == 0 {
			continue
		}
		p := cmp.Skills[i-1]
		if rank(p.Kind) > rank(s.Kind) || p.Kind == s.Kind && gapRank(p.Gap) < gapRank(s.Gap) {
			t.Errorf("%s (%s, gap %v) comes after %s (%s, gap %v)", s.ID, s.Kind, s.Gap, p.ID, p.Kind, p.Gap)
		}
	}
	if k := cmp.Skills[0].Kind; k != role.KnowHow {
		t.Errorf("first kind %s, want know-how", k)
	}
	var b bytes.Buffer
	if err := cmp.Markdown(&b, Options{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		// Asked by two roles at 4 and 2: a gap of 2, not 4.
		// Naming three roles would not fit one line.
		"# Comparaison de 3 postes\n",
		"| Publicité sur les réseaux sociaux | — | ●●●● | ●●○○ | 2 |",
		"| Vision stratégique | — | — | ●●●● | — |",
		"— : le poste ne demande pas la compétence. Écart : le niveau le plus haut",
		"Colonnes : 1 Community manager · 2 Responsable réseaux sociaux · 3 Chargé·e",
		"### Savoir-faire",
		"- Choisissez **Chargé·e de stratégie réseaux sociaux** quand",
		"## Ce que chaque poste n'est pas",
		"- **Chargé·e de stratégie réseaux sociaux** : Ce n'est pas un poste",
	} {
		if !strings.Contains(plain(b.String()), want) {
			t.Errorf("no %q in\n%s", want, b.String())
		}
	}
}

// plain makes no-break spaces ordinary, so a test reads as typed.
func plain(s string) string { return strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(s) }

// TestCloseActivities: activities and mission titles of different roles
// are close when they share at least two meaningful stems and a fifth of
// all their stems; the brand, the team, the networks and how often do not
// count.
func TestCloseActivities(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Mesurer les résultats de la marque", "Écouter la communauté et mesurer les résultats", true},
		{"Répondre aux commentaires et messages privés des abonnés", "Répondre sous 24 heures aux candidats qui écrivent en message privé", true},
		{"Report the team's results to the board every month", "Report results to the brand's team every week", true},
		// One stem in common is chance.
		{"Suivre dans Mention ce qui se dit de la marque", "Suivre les licences d'outils de l'équipe", false},
		// The brand, the team and the networks are everyone's.
		{"Animer la communauté de la marque", "Gérer le budget de la marque", false},
		{"Diriger l'équipe médias sociaux", "Traduire la stratégie en consignes pour l'équipe médias sociaux", false},
		// Two in common among many: under a fifth.
		{"Recruter les community managers et spécialistes des campagnes payantes, puis organiser leur intégration",
			"Prévenir les community managers avant chaque campagne et leur fournir les réponses aux questions attendues", false},
	} {
		if got := close(stems(tc.a), stems(tc.b)); got != tc.want {
			t.Errorf("close(%q, %q) = %v, want %v (stems %v / %v)", tc.a, tc.b, got, tc.want, stems(tc.a), stems(tc.b))
		}
	}
}

// TestCompareShowsCloseWork: three roles that share no mission still
// show the results loop two of them run, and the Markdown names it.
func TestCompareShowsCloseWork(t *testing.T) {
	c := load(t)
	cmp, err := Compare(c, []string{"community-manager", "social-media-manager", "social-media-strategist"}, "fr", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(cmp.Shared) != 0 {
		t.Fatalf("shared missions %+v, want none", cmp.Shared)
	}
	found := false
	for _, g := range cmp.Close {
		var got []string
		for _, a := range g.Activities {
			if a.Title {
				got = append(got, a.Role+"/"+a.Mission)
			}
		}
		if slices.Contains(got, "community-manager/listening") && slices.Contains(got, "social-media-manager/results") {
			found = true
		}
		roles := map[string]bool{}
		for _, a := range g.Activities {
			roles[a.Role] = true
		}
		if len(roles) < 2 {
			t.Errorf("a group of one role: %+v", g)
		}
	}
	if !found {
		t.Errorf("no group joins the community manager's listening and the social media manager's results: %+v", cmp.Close)
	}
	var b bytes.Buffer
	if err := cmp.Markdown(&b, Options{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"## Ce que les postes partagent",
		"**Missions identiques** : aucune",
		"**Travail proche** (même travail, autre échelle ou autre public)",
		"  - Community manager : *Écouter la communauté et mesurer les résultats* —",
		"    Responsable réseaux sociaux : *Mesurer les résultats de la marque*",
	} {
		if !strings.Contains(plain(b.String()), want) {
			t.Errorf("no %q in\n%s", want, b.String())
		}
	}
	// A set of roles is named once, whatever the close work it shares.
	seen := map[string]bool{}
	for _, l := range strings.Split(b.String(), "\n") {
		if strings.HasPrefix(l, "- ") && strings.Contains(l, " · ") {
			if seen[l] {
				t.Errorf("heading %q appears twice in\n%s", l, b.String())
			}
			seen[l] = true
		}
	}
}

// TestCompareMissionSizes: the roles as written set side by side missions
// some sizes drop; each says which sizes' postings have it.
func TestCompareMissionSizes(t *testing.T) {
	cmp, err := Compare(load(t), []string{"community-manager", "social-media-manager"}, "en", "")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, m := range cmp.Roles[1].Unique {
		got[m.ID] = m.Sizes
	}
	if s := got["strategy"]; !slices.Equal(s, []string{"medium"}) {
		t.Errorf("strategy sizes %v, want [medium]", s)
	}
	if s, ok := got["team"]; !ok || s != nil {
		t.Errorf("team sizes %v, want nil (every size)", s)
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

// TestCompareFitsEightyColumns: piped, and laid out by glamour for an
// 80-column terminal, no line of a comparison is wider than 80 columns,
// in each language, from two roles to five.
func TestCompareFitsEightyColumns(t *testing.T) {
	c := load(t)
	r, err := preview.New(preview.Options{Style: "dark", Width: 80, Color: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, ids := range [][]string{
		{"community-manager", "social-media-manager"},
		{"community-manager", "social-media-manager", "social-media-strategist"},
		{"corporate-social-strategist", "digital-manager", "social-media-marketer", "social-recruiting-assistant", "internal-community-manager"},
	} {
		for _, lang := range role.Languages() {
			for _, ascii := range []bool{false, true} {
				cmp, err := Compare(c, ids, lang, "large")
				if err != nil {
					t.Fatal(err)
				}
				var b bytes.Buffer
				if err := cmp.Markdown(&b, Options{ASCII: ascii}); err != nil {
					t.Fatal(err)
				}
				out, err := r.Render(b.String())
				if err != nil {
					t.Fatal(err)
				}
				for name, s := range map[string]string{"markdown": b.String(), "rendered": out} {
					for i, l := range strings.Split(s, "\n") {
						if n := utf8.RuneCountInString(stripANSI(l)); n > 80 {
							t.Errorf("%v %s %s: line %d is %d columns: %q", ids, lang, name, i+1, n, l)
						}
					}
				}
			}
		}
	}
}

// TestCompareReadsAsTheAds: a comparison of shipped roles speaks of them
// as their postings do and to a reader, not to a candidate: the junior
// title where a level changes it, a mission either close to another
// role's or its own, the tools of the size that has the mission, no
// "your manager", and no French "missions" in English.
func TestCompareReadsAsTheAds(t *testing.T) {
	c := load(t)
	out := map[string]string{}
	for _, lang := range []string{"fr", "en"} {
		cmp, err := Compare(c, []string{"community-manager", "social-media-manager"}, lang, "")
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := cmp.Markdown(&b, Options{}); err != nil {
			t.Fatal(err)
		}
		out[lang] = strings.Join(strings.Fields(b.String()), " ")
		for _, r := range cmp.Roles {
			for _, m := range r.Unique {
				for _, g := range cmp.Close {
					if slices.ContainsFunc(g.Activities, func(a ActivityRef) bool { return a.Title && a.Role == r.ID && a.Mission == m.ID }) {
						t.Errorf("%s: %s %q is both close work and the role's own", lang, r.ID, m.Title)
					}
				}
			}
		}
	}
	for _, want := range []string{
		"junior (Chargé·e de communication réseaux sociaux junior)",
		"**Travail proche** (même travail, autre échelle ou autre public) : missions en italique, activités en romain.",
	} {
		if !strings.Contains(strings.ReplaceAll(out["fr"], "\u00a0", " "), want) {
			t.Errorf("the French comparison lacks %q", want)
		}
	}
	if !strings.Contains(out["en"], "junior (Social media executive)") {
		t.Error("the English comparison does not name the junior title")
	}
	for lang, bad := range map[string][]string{"fr": {"votre responsable"}, "en": {"your manager", "Missions", "Looker Studio each month, reset priorities"}} {
		for _, b := range bad {
			if strings.Contains(out[lang], b) {
				t.Errorf("the %s comparison says %q", lang, b)
			}
		}
	}
}
