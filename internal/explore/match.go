package explore

import (
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/strictyaml"
)

// DefaultAskLevel is the level a skill asked without one gets: 3,
// advanced, the level a confirmed hire brings in a role's core skills.
const DefaultAskLevel = 3

// WeakMatch is the coverage under which no role covers most of what is
// asked, and match suggests building a role of one's own.
const WeakMatch = 0.6

// Ask is one skill asked, at a level.
type Ask struct {
	Skill string `json:"skill"`
	Level int    `json:"level"`
	Name  string `json:"name,omitempty"` // in the result's language; Match fills it
}

// ParseAsks reads skills asked as ID or ID:LEVEL (LEVEL 1-4, default
// DefaultAskLevel). Every bad spec is reported, one per line, an unknown
// skill id with the nearest known one.
func ParseAsks(c *catalog.Catalog, specs []string) ([]Ask, error) {
	var asks []Ask
	var errs []error
	for _, spec := range specs {
		id, lv, hasLevel := strings.Cut(strings.TrimSpace(spec), ":")
		a := Ask{Skill: id, Level: DefaultAskLevel}
		if hasLevel {
			n, err := strconv.Atoi(lv)
			if err != nil || n < role.MinLevel || n > role.MaxLevel {
				errs = append(errs, fmt.Errorf("level %q of skill %q is not 1-4 (1 basics, 2 working, 3 advanced, 4 expert)", lv, id))
				continue
			}
			a.Level = n
		}
		switch {
		case c.Skill(id) == nil:
			msg := fmt.Sprintf("unknown skill %q", id)
			if near := strictyaml.Closest(id, c.SkillIDs()); near != "" {
				msg += fmt.Sprintf("; did you mean %q?", near)
			} else {
				msg += "; run 'jobdesc matrix' to see the skills"
			}
			errs = append(errs, errors.New(msg))
		case slices.ContainsFunc(asks, func(o Ask) bool { return o.Skill == id }):
			errs = append(errs, fmt.Errorf("skill %q is asked twice; keep one, with the level you need", id))
		default:
			asks = append(asks, a)
		}
	}
	return asks, errors.Join(errs...)
}

// MatchResult ranks roles by how well they cover the skills asked.
type MatchResult struct {
	Lang    string      `json:"lang"`
	Size    string      `json:"company_size,omitempty"`
	Asks    []Ask       `json:"asks"`
	Mission string      `json:"mission,omitempty"`
	Ranked  []RoleMatch `json:"roles"`
	// Weak is set when even the best role covers less than WeakMatch;
	// Suggest is then the command that starts a role from the closest.
	Weak    bool   `json:"weak"`
	Suggest string `json:"suggest,omitempty"`
}

// RoleMatch is how one role covers what is asked.
type RoleMatch struct {
	Ref
	// Score is the share of the levels asked the role brings, 0 to 1:
	// the sum over the skills asked of min(role's level, level asked),
	// over the sum of the levels asked. A role at level 2 covers half of
	// a level-4 ask; a skill asked at a higher level weighs more.
	Score   float64    `json:"score"`
	Covered []Coverage `json:"covered"`
	Partly  []Coverage `json:"partly"`
	Missed  []Coverage `json:"missed"`
	// MissionScore is the share of the mission text's words found in the
	// role's mission titles and activities, a second signal that breaks
	// ties (and ranks alone when no skill is asked).
	MissionScore float64  `json:"mission_score,omitempty"`
	MissionHits  []string `json:"mission_hits,omitempty"`
}

// Coverage is one skill asked and the level a role has in it.
type Coverage struct {
	Skill string `json:"skill"`
	Name  string `json:"name"`
	Asked int    `json:"asked"`
	Has   int    `json:"has"`
}

// ErrNothingToMatch is a match asked with no skill and no word of a mission.
var ErrNothingToMatch = errors.New("nothing to match")

// Match ranks the catalogue's roles by their coverage of asks, with the
// words of mission, if given, matched against what each role does. A
// role that does not exist at size is left out.
func Match(c *catalog.Catalog, asks []Ask, mission, lang, size string) (*MatchResult, error) {
	if err := checkLang(lang); err != nil {
		return nil, err
	}
	if err := checkSize(size); err != nil {
		return nil, err
	}
	want := missionWords(mission)
	if len(asks) == 0 && len(want) == 0 {
		return nil, ErrNothingToMatch
	}
	res := &MatchResult{Lang: lang, Size: size, Asks: []Ask{}, Mission: mission}
	for _, a := range asks {
		a.Name, _ = skillName(c, a.Skill, lang)
		res.Asks = append(res.Asks, a)
	}
	for _, r := range allRoles(c) {
		s := r.ShapeAt(size, "")
		if s.Unsuitable != nil {
			continue
		}
		m := RoleMatch{Ref: Ref{r.ID, text(r.Title, lang)}, Covered: []Coverage{}, Partly: []Coverage{}, Missed: []Coverage{}}
		var got, asked int
		for _, a := range asks {
			cv := Coverage{Skill: a.Skill, Asked: a.Level}
			cv.Name, _ = skillName(c, a.Skill, lang)
			for _, sr := range r.Skills {
				if sr.ID == a.Skill {
					cv.Has = sr.Level
				}
			}
			got += min(cv.Has, a.Level)
			asked += a.Level
			switch {
			case cv.Has >= a.Level:
				m.Covered = append(m.Covered, cv)
			case cv.Has > 0:
				m.Partly = append(m.Partly, cv)
			default:
				m.Missed = append(m.Missed, cv)
			}
		}
		if asked > 0 {
			m.Score = round(float64(got) / float64(asked))
		}
		if len(want) > 0 {
			m.MissionScore, m.MissionHits = missionOverlap(want, s.Missions, lang)
		}
		res.Ranked = append(res.Ranked, m)
	}
	slices.SortStableFunc(res.Ranked, func(a, b RoleMatch) int {
		switch {
		case a.Score != b.Score:
			return cmpDesc(a.Score, b.Score)
		case a.MissionScore != b.MissionScore:
			return cmpDesc(a.MissionScore, b.MissionScore)
		}
		return strings.Compare(a.ID, b.ID)
	})
	if len(res.Ranked) > 0 && len(asks) > 0 && res.Ranked[0].Score < WeakMatch {
		res.Weak = true
		res.Suggest = "jobdesc new my-role --extends " + res.Ranked[0].ID
	}
	return res, nil
}

func cmpDesc(a, b float64) int {
	if a > b {
		return -1
	}
	return 1
}

// round keeps two decimals, so the JSON output and the ranking do not
// depend on floating-point noise.
func round(x float64) float64 { return math.Round(x*100) / 100 }

// missionWords are the words of a mission text worth matching: four
// letters or more, lower-case, a final s dropped, common words left out.
func missionWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len([]rune(w)) < 4 || slices.Contains(stopWords(), w) {
			continue
		}
		w = strings.TrimSuffix(w, "s")
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// stopWords are words of four letters or more that say nothing of a job.
func stopWords() []string {
	return []string{
		"avec", "dans", "pour", "leur", "leurs", "nous", "vous", "sont", "être", "cette", "tous", "toutes", "plus", "sans", "chaque", "elle", "entre",
		"with", "from", "that", "this", "their", "they", "them", "have", "into", "will", "each", "more", "about", "other",
	}
}

// missionOverlap is the share of want found among the words of the
// missions (titles and activities, in every language, so a text in
// English matches a French reading), and the titles of the missions that
// share a word with it.
func missionOverlap(want []string, ms []role.Mission, lang string) (float64, []string) {
	found := map[string]bool{}
	var hits []string
	for _, m := range ms {
		var all []string
		for _, l := range role.SortedKeys(m.Title) {
			all = append(all, m.Title[l])
		}
		for _, a := range m.Activities {
			for _, l := range role.SortedKeys(a) {
				all = append(all, a[l])
			}
		}
		hit := false
		for _, w := range missionWords(strings.Join(all, " ")) {
			if slices.Contains(want, w) {
				found[w], hit = true, true
			}
		}
		if hit {
			hits = append(hits, text(m.Title, lang))
		}
	}
	return round(float64(len(found)) / float64(len(want))), hits
}

// percent words a share: "83 %" in French, "83%" in English.
func percent(wd words, x float64) string {
	n := strconv.Itoa(int(math.Round(x * 100)))
	if wd.lang == "fr" {
		return n + "\u00a0%"
	}
	return n + "%"
}

// JSON writes the ranking as JSON.
func (res *MatchResult) JSON(w io.Writer) error { return writeJSON(w, res) }

// Markdown writes the ranking, each role with what it covers, partly
// covers and misses; and when no role covers most of the ask, says so
// with the command that starts a role from the closest one.
func (res *MatchResult) Markdown(w io.Writer, opts Options) error {
	wd := words{res.Lang}
	var doc doc
	doc.heading(1, wd.get(lMatch))
	var asked []string
	for _, a := range res.Asks {
		asked = append(asked, bar(a.Level, opts.ASCII)+" "+mdEscape(a.Name))
	}
	if asked != nil {
		doc.para(strings.Join(asked, " · "))
	}
	var items []string
	for _, m := range res.Ranked {
		if len(res.Asks) > 0 && m.Score == 0 || m.Score == 0 && m.MissionScore == 0 {
			continue // covers nothing asked: the JSON output still has it
		}
		parts := []string{"**" + mdEscape(m.Title) + "**"}
		if len(res.Asks) > 0 {
			parts[0] += " " + percent(wd, m.Score)
		}
		list := func(l label, cs []Coverage, levels bool) {
			if len(cs) == 0 {
				return
			}
			var names []string
			for _, cv := range cs {
				n := mdEscape(cv.Name)
				if levels {
					n += " " + strconv.Itoa(cv.Has) + "/" + strconv.Itoa(cv.Asked)
				}
				names = append(names, n)
			}
			parts = append(parts, wd.get(l)+wd.colon()+strings.Join(names, ", "))
		}
		list(lCovers, m.Covered, false)
		list(lPartly, m.Partly, true)
		list(lMisses, m.Missed, false)
		if res.Mission != "" {
			parts = append(parts, wd.get(lMissionWords)+wd.colon()+percent(wd, m.MissionScore))
		}
		items = append(items, strings.Join(parts, " · "))
	}
	doc.list("1. ", items)
	if res.Weak {
		best := res.Ranked[0]
		doc.para(wd.f(lWeak, mdEscape(best.Title)+" "+percent(wd, best.Score)))
		doc.para(wd.get(lSuggest))
		doc.add("```sh", res.Suggest, "```")
	}
	return doc.write(w)
}
