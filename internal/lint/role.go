package lint

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/strictyaml"
)

const (
	roleShapeHelp = "A posting shows a role's key missions (4 or 5, at every company size and seniority), " +
		"the first three activities of each, and its key skills (3 or 4, the ones the missions do not already say): fewer leave candidates guessing, " +
		"more are skimmed. A role lists 4 to 7 missions of 3 to 6 activities, French activities start " +
		"with a verb in the infinitive (\"Rédiger\", not \"Rédaction\"), 6 to 12 skills, years of experience " +
		"for each seniority and the usual education, and its summary is one sentence."
	roleLevelsHelp = "Levels follow one scale across roles: a junior hire has 0–1 years of experience, a " +
		"confirmed one 2–4, a senior one 5–8 (3–4, 5–7 and 8–12 for a role that leads a team). Level 4 " +
		"is expertise in a skill, not the scope of a job: a role that manages nobody asks it for at most " +
		"two skills. A role that leads a team asks the management skill, drops its team missions for a " +
		"junior hire, and knows at least what the people it manages know; a senior hire gets a key " +
		"mission of its own."
)

// LintRole runs the rules of role files on one role of a catalogue: the
// rules it silences, its own texts (clichés and age-coded wording, French
// law, French inclusive titles), its shape and its levels. Findings point
// into the role's file, or into the file of the role it extends for what
// it inherits.
func (l *Linter) LintRole(c *catalog.Catalog, e *catalog.Entry) []Finding {
	rr := &roleRun{l: l, c: c, e: e, r: e.Role}
	rr.ignores()
	rr.texts(e.File, e.Source(), e.OwnPos, e.Own().EachText, titlePaths)
	rr.shape()
	rr.levels()
	out := rr.out[:0]
	for _, f := range rr.out {
		if f.Rule == "role-schema" || !e.Role.Ignores(f.Rule) {
			out = append(out, f)
		}
	}
	Sort(out)
	return out
}

// LintSkills runs the text rules on the skills catalogue: skill names and
// level descriptions appear in postings.
func (l *Linter) LintSkills(c *catalog.Catalog) []Finding {
	rr := &roleRun{l: l, c: c}
	for _, id := range c.SkillIDs() {
		file, src, pos, path := c.SkillSource(id)
		s := c.Skill(id)
		each := func(fn func(path, lang, text string)) {
			s.EachText(func(p, lang, text string) { fn(path+"."+p, lang, text) })
		}
		rr.texts(file, src, pos.Lookup, each, nil)
	}
	Sort(rr.out)
	return rr.out
}

// roleRun is one role going through the role rules.
type roleRun struct {
	l   *Linter
	c   *catalog.Catalog
	e   *catalog.Entry
	r   *role.Role // resolved
	out []Finding
}

// add reports a finding of rule at a field of the resolved role.
func (rr *roleRun) add(rule, path, msg, suggestion string) {
	sev, ok := rr.l.level(rule, 0)
	if !ok {
		return
	}
	file, at := rr.e.Locate(path)
	rr.out = append(rr.out, Finding{Rule: rule, Severity: sev, File: file, Line: max(at.Line, 1), Col: max(at.Col, 1),
		Message: msg, Suggestion: suggestion})
}

// ignores checks the role's lint.ignore names rules that exist.
func (rr *roleRun) ignores() {
	ids := ruleIDs(registry())
	for i, ig := range rr.e.Own().Lint.Ignore {
		if n := RenamedTo(ig.Rule); n != "" {
			file, at := rr.e.File, rr.e.OwnPos(fmt.Sprintf("lint.ignore[%d].rule", i))
			if sev, ok := rr.l.level("role-schema", Warning); ok {
				rr.out = append(rr.out, Finding{Rule: "role-schema", Severity: sev, File: file, Line: max(at.Line, 1), Col: max(at.Col, 1),
					Message: DeprecatedMessage("lint.ignore", ig.Rule, n), Suggestion: fmt.Sprintf("write rule: %s", n)})
			}
			continue
		}
		if ig.Rule != "" && !slices.Contains(ids, ig.Rule) {
			file, at := rr.e.File, rr.e.OwnPos(fmt.Sprintf("lint.ignore[%d].rule", i))
			sev, ok := rr.l.level("role-schema", 0)
			if ok {
				rr.out = append(rr.out, Finding{Rule: "role-schema", Severity: sev, File: file, Line: max(at.Line, 1), Col: max(at.Col, 1),
					Message: fmt.Sprintf("lint.ignore names no rule %q%s", clean(ig.Rule), didYouMean(ig.Rule, ids))})
			}
		}
	}
}

// titlePaths are the texts that are job titles: the French inclusive
// title rule reads them.
func titlePaths(path string) bool {
	return path == "title.fr" || strings.HasPrefix(path, "aliases.fr[")
}

// texts runs the rules that read role texts on each text each gives,
// placing findings in file: at the word when the source shows it, else
// at the start of the text.
func (rr *roleRun) texts(file string, src []byte, pos func(string) strictyaml.Pos, each func(func(path, lang, text string)), title func(string) bool) {
	l := rr.l
	each(func(path, lang, text string) {
		if lang != "fr" && lang != "en" || strings.TrimSpace(text) == "" {
			return
		}
		at := pos(path)
		place := func(t int) (string, int, int) {
			line, col := wordPos(src, at, text, t)
			return file, line, col
		}
		if title != nil && title(path) {
			if msg, sug, i, ok := inclusiveTitle(text); ok {
				if sev, on := l.level("inclusive-title", 0); on {
					_, line, col := place(i)
					rr.out = append(rr.out, Finding{Rule: "inclusive-title", Severity: sev, File: file, Line: line, Col: col, Message: msg, Suggestion: sug})
				}
			}
		}
		d := textDocument(file, lang, text)
		res := &Result{}
		r := &run{l: l, d: d, a: analyse(d.low, lang, &l.seen.blocks), res: res, at: place, seen: l.seen}
		for i := range l.rules {
			if l.rules[i].texts {
				r.rule = &l.rules[i]
				r.rule.check(r)
			}
		}
		r.a.release()
		rr.out = append(rr.out, res.Findings...)
	})
}

// textDocument is one text of a role file as a document of its own.
func textDocument(file, lang, text string) *Document {
	d := &Document{File: file, Lang: lang, src: text, text: text, low: fold(text), anchors: []anchor{{0, 0}}}
	d.index()
	return d
}

// wordPos places offset t of a text whose value starts at in src: at the
// word there when the source spells it (quotes, escapes and folded lines
// can make it differ), else at the start of the value.
func wordPos(src []byte, at strictyaml.Pos, text string, t int) (line, col int) {
	line, col = max(at.Line, 1), max(at.Col, 1)
	if t < 0 || t >= len(text) || len(src) == 0 {
		return line, col
	}
	start := offsetOf(src, at)
	if start < 0 {
		return line, col
	}
	word := text[t:]
	if e := strings.IndexFunc(word, func(r rune) bool { return !isWordRune(r) && !joiner(r) }); e > 0 {
		word = word[:e]
	}
	if word == "" {
		return line, col
	}
	// The same word earlier in the text comes earlier in the source too.
	nth := 0
	for at := range occurrences(text[:t], word) {
		if boundary(text, at) && boundary(text, at+len(word)) {
			nth++
		}
	}
	limit := min(len(src), start+2*len(text)+64)
	from := start
	for k := 0; ; {
		i := bytes.Index(src[from:limit], []byte(word))
		if i < 0 {
			return line, col
		}
		if s := string(src[max(from+i-4, 0):min(from+i+len(word)+4, len(src))]); !boundary(s, from+i-max(from+i-4, 0)) ||
			!boundary(s, from+i+len(word)-max(from+i-4, 0)) {
			from += i + len(word) // inside another word
			continue
		}
		if k == nth {
			from += i
			break
		}
		k++
		from += i + len(word)
	}
	lineStart := bytes.LastIndexByte(src[:from], '\n') + 1
	return bytes.Count(src[:from], []byte("\n")) + 1, utf8.RuneCount(src[lineStart:from]) + 1
}

// offsetOf is the byte offset of a 1-based line and column (in runes).
func offsetOf(src []byte, at strictyaml.Pos) int {
	off := 0
	for line := 1; line < at.Line; line++ {
		i := bytes.IndexByte(src[off:], '\n')
		if i < 0 {
			return -1
		}
		off += i + 1
	}
	for c := 1; c < at.Col && off < len(src) && src[off] != '\n'; c++ {
		_, size := utf8.DecodeRune(src[off:])
		off += size
	}
	return off
}

// The bounds of role-shape, the catalogue's house rules for an offer.
const (
	minMissionsRole, maxMissionsRole = 4, 7
	minKeyMissions                   = 4 // at most role.MaxKeyMissions
	minActivities, maxActivities     = 3, 6
	minSkills, maxSkills             = 6, 12
	minKeySkills, maxKeySkills       = 3, role.MaxKeySkills
)

// infinitive: a French activity starts with a verb in the infinitive.
var infinitive = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:S['’]|Se |Faire )?\p{Lu}?\p{L}*(?:er|ir|re|oir)(?:$|[^\p{L}])`)
})

// missionAt is a mission with its path in the role file.
type missionAt struct {
	path string
	m    role.Mission
}

// allMissions is every mission a posting of the role can show.
func allMissions(r *role.Role) []missionAt {
	var out []missionAt
	add := func(path string, ms []role.Mission) {
		for i, m := range ms {
			out = append(out, missionAt{fmt.Sprintf("%s[%d]", path, i), m})
		}
	}
	add("missions", r.Missions)
	add("seniority.junior.missions", r.Seniority.Junior.Missions)
	add("seniority.senior.missions", r.Seniority.Senior.Missions)
	for _, size := range role.SortedKeys(r.Contexts) {
		add("contexts."+size+".missions", r.Contexts[size].Missions)
	}
	return out
}

// langs are the languages the role carries, by its title.
func langs(r *role.Role) []string {
	var out []string
	for _, lang := range role.Languages() {
		if r.Title.In(lang) != "" {
			out = append(out, lang)
		}
	}
	return out
}

func (rr *roleRun) shape() {
	r := rr.r
	const rule = "role-shape"
	if n := len(r.Missions); n < minMissionsRole || n > maxMissionsRole {
		rr.add(rule, "missions", fmt.Sprintf("%d missions; a role lists %d to %d, one area of responsibility each", n, minMissionsRole, maxMissionsRole), "")
	}
	// One finding per count of key missions, naming the postings that
	// show it, so a role with no key mission gets one finding, not nine.
	type posting struct{ seniority, size string }
	bad := map[int][]posting{}
	var counts []int
	exists := map[string][]string{} // seniority -> the sizes where the role exists
	for _, seniority := range r.SenioritiesHired() {
		for _, size := range role.Sizes() {
			s := r.ShapeAt(size, seniority)
			if s.Unsuitable != nil {
				continue
			}
			exists[seniority] = append(exists[seniority], size)
			if n := len(s.KeyMissions()); n < minKeyMissions || n > role.MaxKeyMissions {
				if bad[n] == nil {
					counts = append(counts, n)
				}
				bad[n] = append(bad[n], posting{seniority, size})
			}
		}
	}
	for _, n := range counts {
		// "a junior or confirmed hire at every size; a senior hire in a small organisation"
		var everywhere, parts []string
		for _, seniority := range role.Seniorities() {
			var sizes []string
			for _, p := range bad[n] {
				if p.seniority == seniority {
					sizes = append(sizes, p.size)
				}
			}
			switch {
			case len(sizes) == 0:
			case len(sizes) == len(exists[seniority]):
				everywhere = append(everywhere, seniority)
			default:
				parts = append(parts, fmt.Sprintf("a %s hire in a %s organisation", seniority, strings.Join(sizes, " or ")))
			}
		}
		if len(everywhere) > 0 {
			parts = append([]string{fmt.Sprintf("a %s hire at every size", strings.Join(everywhere, " or "))}, parts...)
		}
		rr.add(rule, "missions", fmt.Sprintf("%d key missions in the posting for %s; a posting shows %d or %d", n, strings.Join(parts, "; "), minKeyMissions, role.MaxKeyMissions),
			"mark the missions a posting shows with key: true")
	}
	for _, ma := range allMissions(r) {
		if n := len(ma.m.Activities); n < minActivities || n > maxActivities {
			rr.add(rule, ma.path+".activities", fmt.Sprintf("mission %q has %d activities; list %d to %d, the telling ones first", ma.m.ID, n, minActivities, maxActivities), "")
		}
		for j, a := range ma.m.Activities {
			if fr := a.In("fr"); fr != "" && !infinitive().MatchString(fr) {
				rr.add(rule, fmt.Sprintf("%s.activities[%d].fr", ma.path, j), fmt.Sprintf("activity %q does not start with a verb in the infinitive", clean(fr)),
					"start with what the person does: « Rédiger… », « Animer… »")
			}
		}
	}
	if n := len(r.Skills); n < minSkills || n > maxSkills {
		rr.add(rule, "skills", fmt.Sprintf("%d skills; a role lists %d to %d", n, minSkills, maxSkills), "")
	}
	if n := len(role.KeySkills(r.Skills)); n < minKeySkills || n > maxKeySkills {
		rr.add(rule, "skills", fmt.Sprintf("a posting shows %d key skills; show %d to %d", n, minKeySkills, maxKeySkills), "mark the skills that decide a hire with key: true")
	}
	e := r.Profile.Experience
	for _, y := range []struct {
		name string
		v    *int
	}{{"junior", e.Junior}, {"confirmed", e.Confirmed}, {"senior", e.Senior}} {
		if y.v == nil && r.HiredAt(y.name) {
			rr.add(rule, "profile.experience", fmt.Sprintf("no years of experience for a %s hire", y.name), "set profile.experience."+y.name)
		}
	}
	for _, lang := range langs(r) {
		if r.Profile.Education.In(lang) == "" {
			rr.add(rule, "profile", fmt.Sprintf("no %s education: postings say what studies usually lead to the job", lang), "set profile.education."+lang)
		}
		if s := strings.TrimRight(strings.TrimSpace(r.Summary.In(lang)), "."); strings.Contains(s, ". ") {
			rr.add(rule, "summary."+lang, "the summary is more than one sentence; the pitch is where the posting says more", "")
		}
	}
}

// manages says whether the role leads a team at some organisation size.
func manages(r *role.Role) bool {
	for _, size := range role.Sizes() {
		if len(r.ShapeAt(size, "").Manages) > 0 {
			return true
		}
	}
	return false
}

func (rr *roleRun) levels() {
	r := rr.r
	const rule = "role-levels"
	lead := manages(r)
	e := r.Profile.Experience
	// One scale for every role (role.SeniorityYears), which role
	// validation enforces; a role that leads a team is hired at the
	// seniorities its file names, not at more years per seniority.
	_ = e
	if lead && r.HiredAt("junior") && len(r.Seniority.Junior.Dropped()) == 0 {
		rr.add(rule, "seniority", "the role leads a team but drops no mission for a junior hire, who manages nobody",
			"list the team missions under seniority.junior.drop, or replace them")
	}
	// A role hired senior only writes its own missions at that level:
	// there is no lower posting for the senior one to stand out from.
	if r.HiredAt("confirmed") && !slices.ContainsFunc(r.Seniority.Senior.Missions, func(m role.Mission) bool { return m.Key }) {
		rr.add(rule, "seniority", "a senior hire gets no key mission of its own", "add one under seniority.senior.missions with key: true")
	}
	fours := 0
	management := -1
	for i, s := range r.Skills {
		if s.ID == "management" {
			management = i
		}
		if s.Level == role.MaxLevel {
			fours++
			if !lead && fours == 3 {
				rr.add(rule, fmt.Sprintf("skills[%d].level", i), "a role that manages nobody asks expertise (level 4) in more than 2 skills; level 4 is expertise, not the job's scope", "")
			}
		}
	}
	switch {
	case lead && management < 0:
		rr.add(rule, "skills", "the role leads a team but does not ask the management skill", "add {id: management, level: …}")
	case !lead && management >= 0:
		rr.add(rule, fmt.Sprintf("skills[%d].id", management), "the role manages nobody but asks the management skill", "")
	}
	if rr.c == nil {
		return
	}
	reported := map[int]bool{}
	for _, size := range role.Sizes() {
		for _, sub := range r.ShapeAt(size, "").Manages {
			s, err := rr.c.Role(sub)
			if err != nil {
				continue
			}
			for _, ref := range s.Skills {
				i := slices.IndexFunc(r.Skills, func(x role.SkillRef) bool { return x.ID == ref.ID })
				if i >= 0 && r.Skills[i].Level < ref.Level && !reported[i] {
					reported[i] = true
					rr.add(rule, fmt.Sprintf("skills[%d].level", i), fmt.Sprintf("asks %s at level %d, below the level %d of %s, whom it manages",
						ref.ID, r.Skills[i].Level, ref.Level, sub), "")
				}
			}
		}
	}
}
