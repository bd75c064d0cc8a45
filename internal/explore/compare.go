package explore

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/role"
)

// Comparison sets roles side by side at one organisation size.
type Comparison struct {
	Lang  string        `json:"lang"`
	Size  string        `json:"company_size,omitempty"`
	Roles []CompareRole `json:"roles"`
	// Shared are the missions every role has; Partly, with three roles or
	// more, those some have. A mission is the same in two roles when its
	// title is, or when its id is and one role extends the other (or both
	// extend the same role): unrelated roles reuse ids like "budget" for
	// different work.
	Shared []MissionGroup `json:"shared_missions"`
	Partly []MissionGroup `json:"partly_shared_missions,omitempty"`
	// Close are the activities and mission titles of the missions left
	// unique that do close work in different roles: two roles that each
	// report results or set a tone share no mission, but share that work.
	Close  []ActivityGroup `json:"close_activities"`
	Skills []SkillRow      `json:"skills"`
}

// CompareRole is one role of a comparison.
type CompareRole struct {
	Ref
	Summary    string          `json:"summary"`
	Line       Line            `json:"reporting"`
	Experience role.Experience `json:"experience"`
	// TitleAt is the title a seniority's posting has when it is not the
	// role's ("junior": "Chargé·e de communication réseaux sociaux junior"): a reader must not
	// take the years of a junior for a junior head of department.
	TitleAt map[string]string `json:"title_at,omitempty"`
	// Unique are the missions no other compared role has.
	Unique   []MissionItem `json:"unique_missions"`
	HireWhen string        `json:"hire_when,omitempty"`
	Not      string        `json:"not,omitempty"`
}

// MissionGroup is one mission found in several roles.
type MissionGroup struct {
	// Missions holds each role's mission, in the order of Roles; a role
	// without it has a zero item.
	Missions []MissionItem `json:"missions"`
}

// SkillRow is one skill with the level each compared role asks.
type SkillRow struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Kind string `json:"kind"`
	// Levels are in the order of Roles, nil for a role that does not ask
	// the skill: not asking a skill is not asking it at level 0.
	Levels []*int `json:"levels"`
	// Gap is the highest level less the lowest among the roles that ask
	// the skill; nil when only one does.
	Gap *int `json:"gap"`
}

// Compare sets two roles or more side by side.
func Compare(c *catalog.Catalog, ids []string, lang, size string) (*Comparison, error) {
	if len(ids) < 2 {
		return nil, fmt.Errorf("compare needs at least two roles; name another one, like 'jobdesc compare %s webmaster'", strings.Join(ids, " "))
	}
	if err := checkLang(lang); err != nil {
		return nil, err
	}
	if err := checkSize(size); err != nil {
		return nil, err
	}
	cmp := &Comparison{Lang: lang, Size: size}
	var missions [][]role.Mission
	var skills [][]role.SkillRef
	var lineages []map[string]bool
	var rs []*role.Role
	for i, id := range ids {
		if slices.Contains(ids[:i], id) {
			return nil, fmt.Errorf("role %q is named twice; compare different roles", id)
		}
		r, err := c.Role(id)
		if err != nil {
			return nil, err
		}
		s := r.ShapeAt(size, "")
		title := typography(r.TitleAt(size, "", lang), lang) // the title the size's posting has
		cr := CompareRole{
			Ref:        Ref{r.ID, title},
			Summary:    text(r.Summary, lang),
			Line:       lineOf(c, r, size, lang),
			Experience: r.Profile.Experience,
			HireWhen:   text(r.Notes.HireWhen, lang),
			Not:        text(r.Notes.Not, lang),
		}
		for _, sen := range []string{"junior", "senior"} {
			// "Community manager junior" says nothing the level does not
			t := typography(r.TitleAt(size, sen, lang), lang)
			if r.HiredAt(sen) && !strings.Contains(strings.ToLower(t), strings.ToLower(title)) {
				if cr.TitleAt == nil {
					cr.TitleAt = map[string]string{}
				}
				cr.TitleAt[sen] = t
			}
		}
		cmp.Roles = append(cmp.Roles, cr)
		rs = append(rs, r)
		ms := s.Missions
		if size == "" {
			ms = asPosted(r, ms)
		}
		missions = append(missions, role.NameManager(ms, managerOf(c, s, lang)))
		skills = append(skills, r.Skills)
		lineages = append(lineages, lineage(c, r))
	}
	related := func(i, j int) bool {
		for id := range lineages[i] {
			if lineages[j][id] {
				return true
			}
		}
		return false
	}
	cmp.groupMissions(missions, related)
	if size == "" {
		for i, r := range rs {
			for j, m := range cmp.Roles[i].Unique {
				cmp.Roles[i].Unique[j].Sizes = missionSizes(r, m, lang)
			}
		}
	}
	cmp.Close = closeActivities(ids, cmp.uniqueMissions(missions), lang)
	cmp.dropClose()
	cmp.Skills = skillRows(c, skills, lang)
	byKindAndGap(cmp.Skills)
	return cmp, nil
}

// groupMissions sorts the missions into shared, partly shared and unique.
func (cmp *Comparison) groupMissions(missions [][]role.Mission, related func(i, j int) bool) {
	n := len(missions)
	var groups []MissionGroup
	for i, ms := range missions {
	next:
		for _, m := range ms {
			item := MissionItem{ID: m.ID, Title: text(m.Title, cmp.Lang), Key: m.Key}
			for g := range groups {
				if groups[g].Missions[i].ID == "" && groups[g].matches(i, item, related) {
					groups[g].Missions[i] = item
					continue next
				}
			}
			g := MissionGroup{Missions: make([]MissionItem, n)}
			g.Missions[i] = item
			groups = append(groups, g)
		}
	}
	cmp.Shared = []MissionGroup{}
	for i := range cmp.Roles {
		cmp.Roles[i].Unique = []MissionItem{}
	}
	for _, g := range groups {
		var in []int
		for i, m := range g.Missions {
			if m.ID != "" {
				in = append(in, i)
			}
		}
		switch len(in) {
		case n:
			cmp.Shared = append(cmp.Shared, g)
		case 1:
			cmp.Roles[in[0]].Unique = append(cmp.Roles[in[0]].Unique, g.Missions[in[0]])
		default:
			cmp.Partly = append(cmp.Partly, g)
		}
	}
}

// asPosted is the role's missions as the postings word them: a mission
// that only some sizes have reads as the first of them shows it, with
// that size's tools ("Power BI" where the group uses it), not as the role
// file writes it for every size.
func asPosted(r *role.Role, missions []role.Mission) []role.Mission {
	out := slices.Clone(missions)
	for i, m := range out {
		var first *role.Mission
		all := true
		for _, size := range role.Sizes() {
			s := r.ShapeAt(size, "")
			if s.Unsuitable != nil {
				continue
			}
			j := slices.IndexFunc(s.Missions, func(o role.Mission) bool { return o.ID == m.ID })
			switch {
			case j < 0:
				all = false
			case first == nil:
				first = &s.Missions[j]
			}
		}
		if !all && first != nil {
			out[i] = *first
		}
	}
	return out
}

// managerOf names, in lang, the post a shape reports to as a comparison
// speaks of it: "the head of digital"; in French, where an article
// would have to agree with "à" and with the title, the relation: « son
// ou sa responsable ».
func managerOf(c *catalog.Catalog, s role.Shape, lang string) role.Text {
	if lang == "fr" {
		return role.Text{"fr": "son ou sa responsable"}
	}
	boss := bossOf(c, s, lang)
	if boss == "" {
		return role.Text{"en": "their manager"}
	}
	if s.ReportsTo != "" { // a post of the catalogue: "the head of digital"
		boss = "the " + strings.ToLower(boss[:1]) + boss[1:]
	}
	return role.Text{"en": boss}
}

// dropClose leaves out of each role's own missions the ones close work
// already names (a mission title in Close): a mission is either the
// role's own or close to another's, never both.
func (cmp *Comparison) dropClose() {
	for i := range cmp.Roles {
		r := &cmp.Roles[i]
		r.Unique = slices.DeleteFunc(r.Unique, func(m MissionItem) bool {
			return slices.ContainsFunc(cmp.Close, func(g ActivityGroup) bool {
				return slices.ContainsFunc(g.Activities, func(a ActivityRef) bool { return a.Title && a.Role == r.ID && a.Mission == m.ID })
			})
		})
	}
}

// missionSizes are the sizes whose postings of r have mission m, among
// those where r exists; nil when every one does. A role as written sets
// missions side by side that some sizes drop: a reader who then opens the
// posting of one size must know whether to look for the mission there.
// A size that rewrites the mission under the same title has it.
func missionSizes(r *role.Role, m MissionItem, lang string) []string {
	var in []string
	all := true
	for _, size := range role.Sizes() {
		s := r.ShapeAt(size, "")
		switch {
		case s.Unsuitable != nil:
		case slices.ContainsFunc(s.Missions, func(o role.Mission) bool { return o.ID == m.ID || sameTitle(text(o.Title, lang), m.Title) }):
			in = append(in, size)
		default:
			all = false
		}
	}
	if all {
		return nil
	}
	return in
}

// uniqueMissions are each role's missions that no other compared role
// has, in the order of missions.
func (cmp *Comparison) uniqueMissions(missions [][]role.Mission) [][]role.Mission {
	out := make([][]role.Mission, len(missions))
	for i, ms := range missions {
		for _, m := range ms {
			if slices.ContainsFunc(cmp.Roles[i].Unique, func(u MissionItem) bool { return u.ID == m.ID }) {
				out[i] = append(out[i], m)
			}
		}
	}
	return out
}

// matches reports whether m, a mission of role i, is the group's mission:
// the same title whatever its case and spacing, or the same id in a
// related role.
func (g MissionGroup) matches(i int, m MissionItem, related func(i, j int) bool) bool {
	for j, o := range g.Missions {
		if o.ID != "" && (sameTitle(o.Title, m.Title) || o.ID == m.ID && related(i, j)) {
			return true
		}
	}
	return false
}

// lineage is the role's id and the ids of the roles it extends.
func lineage(c *catalog.Catalog, r *role.Role) map[string]bool {
	ids := map[string]bool{r.ID: true}
	for next := r.Extends; next != "" && !ids[next]; {
		ids[next] = true
		p, err := c.Role(next)
		if err != nil {
			break
		}
		next = p.Extends
	}
	return ids
}

func sameTitle(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}

// skillRows lists every skill any of the roles asks, by kind (savoirs,
// savoir-faire, savoir-être, as the matrix shows them) and in catalogue
// order, with each role's level.
func skillRows(c *catalog.Catalog, skills [][]role.SkillRef, lang string) []SkillRow {
	var rows []SkillRow
	for _, id := range orderSkills(c, skills) {
		name, kind := skillName(c, id, lang)
		row := SkillRow{ID: id, Name: name, Kind: kind, Levels: make([]*int, len(skills))}
		var asked []int
		for i, refs := range skills {
			for _, s := range refs {
				if s.ID == id {
					row.Levels[i] = &s.Level
					asked = append(asked, s.Level)
				}
			}
		}
		if len(asked) > 1 {
			gap := slices.Max(asked) - slices.Min(asked)
			row.Gap = &gap
		}
		rows = append(rows, row)
	}
	return rows
}

// byKindAndGap orders a comparison's skills as a recruiter weighs them:
// what the person does, how they work, what they know (compareKinds);
// within a kind the widest gap first, the skills only one role asks
// last, catalogue order between equals. A skill of no known kind ends.
func byKindAndGap(rows []SkillRow) {
	rank := func(kind string) int {
		if i := slices.Index(compareKinds(), kind); i >= 0 {
			return i
		}
		return len(compareKinds())
	}
	slices.SortStableFunc(rows, func(a, b SkillRow) int {
		return cmp.Or(cmp.Compare(rank(a.Kind), rank(b.Kind)), cmp.Compare(gapRank(b.Gap), gapRank(a.Gap)))
	})
}

// gapRank orders gaps, a skill only one role asks after every gap.
func gapRank(gap *int) int {
	if gap == nil {
		return -1
	}
	return *gap
}

// orderSkills returns the ids of the skills the roles ask, grouped by kind
// (savoirs, savoir-faire, savoir-être) in catalogue order; a skill the
// catalogue lacks comes last.
func orderSkills(c *catalog.Catalog, skills [][]role.SkillRef) []string {
	asked := map[string]bool{}
	for _, refs := range skills {
		for _, s := range refs {
			asked[s.ID] = true
		}
	}
	var out []string
	for _, kind := range []string{role.Knowledge, role.KnowHow, role.Soft} {
		for _, id := range c.SkillIDs() {
			if asked[id] && c.Skill(id).Kind == kind {
				out = append(out, id)
				delete(asked, id)
			}
		}
	}
	return append(out, role.SortedKeys(asked)...)
}

// compareKinds are the kinds of skill in the order compare shows them.
func compareKinds() []string { return []string{role.KnowHow, role.Soft, role.Knowledge} }

// JSON writes the comparison as JSON.
func (cmp *Comparison) JSON(w io.Writer) error { return writeJSON(w, cmp) }

// Markdown writes the comparison: the roles numbered, with their line and
// experience; the missions shared, the close work, the missions unique to
// each; the skills a table per kind, a column per role number so it fits
// a terminal; when to choose each role and what each is not.
func (cmp *Comparison) Markdown(w io.Writer, opts Options) error {
	wd := words{cmp.Lang}
	var doc doc
	var titles []string
	for _, r := range cmp.Roles {
		titles = append(titles, mdEscape(r.Title))
	}
	size := ""
	if cmp.Size != "" {
		size = " (" + wd.size(cmp.Size) + ")"
	}
	// A heading cannot wrap: too long to name the roles, it counts them,
	// and the list below names them.
	title := wd.get(lCompare) + wd.colon() + strings.Join(titles, ", ") + size
	if utf8.RuneCountInString(title) > Width-2 {
		title = wd.f(lCompareN, len(titles)) + size
	}
	doc.heading(1, title)

	doc.heading(2, wd.get(lRoles))
	var lines []string
	for i, r := range cmp.Roles {
		num := strconv.Itoa(i+1) + ". "
		indent := strings.Repeat(" ", len(num))
		lines = append(lines, wrap("**"+titles[i]+"**"+wd.colon()+mdEscape(r.Summary), num, indent, Width)...)
		lines = append(lines, wrap(wd.get(lReporting)+wd.colon()+mdEscape(r.Line.phrase(wd)), indent+"- ", indent+"  ", Width)...)
		if e := experience(r.Experience, r.TitleAt, wd); e != "" {
			lines = append(lines, wrap(wd.get(lExperience)+wd.colon()+e, indent+"- ", indent+"  ", Width)...)
		}
	}
	doc.add(lines...)

	missionList := func(g MissionGroup, withRoles bool) string {
		var ts, who []string
		for i, m := range g.Missions {
			if m.ID == "" {
				continue
			}
			if !slices.ContainsFunc(ts, func(t string) bool { return sameTitle(t, mdEscape(m.Title)) }) {
				ts = append(ts, mdEscape(m.Title))
			}
			who = append(who, titles[i])
		}
		s := strings.Join(ts, " / ")
		if withRoles {
			s += " (" + strings.Join(who, ", ") + ")"
		}
		return s
	}
	// One section says what the roles share, at each level it is shared:
	// whole missions, then the close work inside missions that differ.
	doc.heading(2, wd.get(lShare))
	if len(cmp.Shared) == 0 {
		doc.para("**" + wd.get(lSharedMissions) + "**" + wd.colon() + wd.get(lNone))
	} else {
		doc.para("**" + wd.get(lSharedMissions) + "**" + wd.colon())
	}
	var items []string
	for _, g := range cmp.Shared {
		items = append(items, missionList(g, false))
	}
	doc.list("- ", items)
	if len(cmp.Partly) > 0 {
		doc.para("**" + wd.get(lPartlyShared) + "**" + wd.colon())
		items = nil
		for _, g := range cmp.Partly {
			items = append(items, missionList(g, true))
		}
		doc.list("- ", items)
	}
	if len(cmp.Close) > 0 {
		doc.para("**" + wd.get(lClose) + "** " + wd.get(lCloseLegend))
		doc.add(cmp.closeLines(wd, titles)...)
	}
	for i, r := range cmp.Roles {
		// too long a title to head a line, the role by its number in
		// the list above
		h := wd.f(lUniqueMissions, titles[i])
		if utf8.RuneCountInString(h) > Width-3 {
			h = wd.f(lUniqueMissionsN, i+1)
		}
		doc.heading(2, h)
		if len(r.Unique) == 0 {
			doc.para(wd.get(lNone))
		}
		items = nil
		for _, m := range r.Unique {
			t := strong(mdEscape(m.Title), m.Key)
			if m.Sizes != nil {
				var at []string
				for _, size := range m.Sizes {
					at = append(at, wd.size(size))
				}
				t += " (" + strings.Join(at, ", ") + ")"
			}
			items = append(items, t)
		}
		doc.list("- ", items)
	}

	doc.heading(2, wd.get(lSkills))
	doc.para(levelLegend(wd, opts.ASCII))
	doc.para(wd.get(lGapLegend))
	var key []string
	for i, t := range titles {
		key = append(key, strconv.Itoa(i+1)+" "+t)
	}
	doc.para(wd.get(lColumns) + wd.colon() + strings.Join(key, " · "))
	for _, kind := range append(compareKinds(), "") {
		head := []string{wd.get(lSkill)}
		for i := range cmp.Roles {
			head = append(head, strconv.Itoa(i+1))
		}
		rows := [][]string{append(head, wd.get(lGap))}
		for _, s := range cmp.Skills {
			if s.Kind != kind && (kind != "" || slices.Contains(compareKinds(), s.Kind)) {
				continue
			}
			row := []string{mdEscape(s.Name)}
			for _, l := range s.Levels {
				row = append(row, levelCell(l, opts.ASCII))
			}
			rows = append(rows, append(row, gapCell(s.Gap)))
		}
		if len(rows) == 1 {
			continue
		}
		if kind != "" {
			doc.heading(3, wd.kind(kind))
		}
		doc.add(table(rows)...)
	}

	doc.heading(2, wd.get(lChoose))
	items = nil
	for i, r := range cmp.Roles {
		if r.HireWhen != "" {
			items = append(items, chooseLine(wd, titles[i], mdEscape(r.HireWhen)))
		}
	}
	doc.list("- ", items)
	items = nil
	for i, r := range cmp.Roles {
		if r.Not != "" {
			items = append(items, "**"+titles[i]+"**"+wd.colon()+mdEscape(r.Not))
		}
	}
	if items != nil {
		doc.heading(2, wd.get(lWhatNot))
		doc.list("- ", items)
	}
	return doc.write(w)
}

// closeLines lists the close work under each set of roles it joins, the
// set named once: a group per item, each role's activities (a mission's
// title in italics) after the role's title.
func (cmp *Comparison) closeLines(wd words, titles []string) []string {
	index := map[string]int{}
	for i, r := range cmp.Roles {
		index[r.ID] = i
	}
	var sets []string
	bySet := map[string][]string{}
	for _, g := range cmp.Close {
		var who []string
		parts := map[string][]string{}
		for _, a := range g.Activities {
			t := titles[index[a.Role]]
			if !slices.Contains(who, t) {
				who = append(who, t)
			}
			txt := mdEscape(a.Text)
			if a.Title {
				txt = "*" + txt + "*"
			}
			parts[t] = append(parts[t], txt)
		}
		var item []string
		for _, t := range who {
			item = append(item, t+wd.colon()+strings.Join(parts[t], wd.semicolon()))
		}
		set := strings.Join(who, " · ")
		if bySet[set] == nil {
			sets = append(sets, set)
		}
		bySet[set] = append(bySet[set], strings.Join(item, " — "))
	}
	var lines []string
	for _, set := range sets {
		lines = append(lines, wrap(set, "- ", "  ", Width)...)
		for _, item := range bySet[set] {
			lines = append(lines, wrap(item, "  - ", "    ", Width)...)
		}
	}
	return lines
}

// levelCell is a level in a table: its bar, or "—" for a skill the role
// does not ask.
func levelCell(l *int, ascii bool) string {
	if l == nil {
		return absent
	}
	return bar(*l, ascii)
}

// gapCell is a gap in a table: its digit, or "—" when one role only asks
// the skill.
func gapCell(g *int) string {
	if g == nil {
		return absent
	}
	return strconv.Itoa(*g)
}

// absent stands for a skill a role does not ask, and a gap that does not
// exist.
const absent = "—"

// chooseLine turns a role's "Choose this role when…" into "Choose
// **Webmaster** when…"; a note worded otherwise follows the title.
func chooseLine(wd words, title, hireWhen string) string {
	if rest, ok := strings.CutPrefix(hireWhen, wd.get(lChoosePrefix)); ok {
		return wd.f(lChooseLine, "**"+title+"**") + rest
	}
	return "**" + title + "**" + wd.colon() + hireWhen
}

// experience words the years asked at each seniority the role states:
// "junior : débutant·e bienvenu·e · confirmé·e : 2 ans · senior : 5 ans";
// "" when it states none. No years is a beginner welcome, as the posting
// says it, never "0 an". A seniority whose posting has a title of its own
// names it (titleAt): "junior (Chargé·e de communication réseaux sociaux junior)".
func experience(e role.Experience, titleAt map[string]string, wd words) string {
	var parts []string
	for _, s := range []struct {
		l   label
		sen string
		y   *int
	}{{lJunior, "junior", e.Junior}, {lConfirmed, "confirmed", e.Confirmed}, {lSenior, "senior", e.Senior}} {
		level := wd.get(s.l)
		if t := titleAt[s.sen]; t != "" {
			level = wd.f(lTitledAt, level, mdEscape(t))
		}
		switch {
		case s.y == nil:
		case *s.y == 0:
			parts = append(parts, level+wd.colon()+wd.get(lEntry))
		default:
			parts = append(parts, level+wd.colon()+wd.years(*s.y))
		}
	}
	return strings.Join(parts, " · ")
}

// kindRow is a table row naming a kind of skill, the rows under it being
// of that kind.
func kindRow(wd words, kind string, blank int) []string {
	row := []string{"**" + mdEscape(wd.kind(kind)) + "**"}
	return append(row, make([]string, blank)...)
}

// table lays rows out as a Markdown table, the first row as its header.
func table(rows [][]string) []string {
	var lines []string
	for i, r := range rows {
		lines = append(lines, "| "+strings.Join(r, " | ")+" |")
		if i == 0 {
			lines = append(lines, "|"+strings.Repeat(" --- |", len(r)))
		}
	}
	return lines
}
