package role

import (
	"maps"
	"slices"
	"strings"
)

// Shape is a role as it stands in an organisation of one size, for a hire
// of one seniority: its reporting line, its missions and its tools.
type Shape struct {
	// Unsuitable is set when the role does not exist at this size.
	Unsuitable *Unsuitable
	ReportsTo  string // a role id, or "" when the line leads outside the catalogue
	Reporting  Text   // who the post reports to when ReportsTo is ""
	Manages    []string
	Pitch      Text // the posting's opening: the size's, else the seniority's, else the role's
	// Missions is every mission kept, in the order of the work (see
	// placeMissions).
	Missions []Mission
	Tools    Texts
	English  string // the CEFR level the job needs at this size; "" for none
	// EnglishUse is what the job uses English for at this size.
	EnglishUse Text
	// WorksWith is whom a post that manages nobody works with at this
	// size, when the size names them (Context.WorksWith); nil for the
	// manager's other reports.
	WorksWith Text
	// Offers is the size's own profile line for a skill, by skill id
	// (Context.Offers), and those of the blocks the posting keeps
	// (Mission.Offers); it replaces the role's.
	Offers map[string]Text
	// added[i] is whether Missions[i] is what the size or seniority adds
	// rather than the role's own.
	added []bool
}

// MaxKeyMissions is how many missions a standard posting shows at most.
const MaxKeyMissions = 5

// ShapeAt returns the role at an organisation size ("" for the role as
// written, which describes a medium-size company) and a seniority ("" or
// "confirmed" for the role as written).
func (r *Role) ShapeAt(size, seniority string) Shape {
	s := Shape{Pitch: r.Pitch, ReportsTo: r.ReportsTo, Reporting: r.Reporting, Manages: r.Manages, Tools: r.Tools, English: r.Profile.English, EnglishUse: r.Profile.EnglishUse}
	var drop []string
	var sized []Mission // what the size adds
	if c, ok := r.Contexts[size]; ok {
		if c.Unsuitable.At(seniority) {
			s.Unsuitable = c.Unsuitable
		}
		if c.ReportsTo != nil {
			s.ReportsTo = *c.ReportsTo
			s.Reporting = nil
		}
		if c.Reporting != nil {
			s.Reporting = c.Reporting
		}
		if c.Manages != nil {
			s.Manages = c.Manages
		}
		if c.Tools != nil {
			s.Tools = c.Tools
		}
		if c.English != "" {
			s.English = c.English
		}
		if c.EnglishUse != nil {
			s.EnglishUse = c.EnglishUse
		}
		s.WorksWith = c.WorksWith
		s.Offers = c.Offers
		drop = append(drop, c.Drop...)
		sized = c.Missions
	}
	var v Variant
	switch seniority {
	case "junior":
		v = r.Seniority.Junior
	case "senior":
		v = r.Seniority.Senior
	}
	if v.Pitch != nil {
		s.Pitch = v.Pitch
	}
	if p := r.Contexts[size].Pitch; p != nil {
		s.Pitch = p
	}
	drop = append(drop, v.Drop...)
	s.Missions, s.added = placeMissions(r.Missions, drop, sized, v.Missions, seniority == "senior" && r.HiredAt("confirmed"))
	// A block's profile lines and tools stand while it does: one a
	// seniority drops takes them away with it.
	for _, m := range s.Missions {
		if len(m.Offers) > 0 {
			offers := maps.Clone(s.Offers)
			if offers == nil {
				offers = map[string]Text{}
			}
			maps.Copy(offers, m.Offers)
			s.Offers = offers
		}
		if len(m.Tools) > 0 {
			tools := maps.Clone(s.Tools)
			if tools == nil {
				tools = Texts{}
			}
			for lang, ts := range m.Tools {
				list := slices.Clone(tools[lang])
				for _, t := range ts {
					if !slices.Contains(list, t) {
						list = append(list, t)
					}
				}
				tools[lang] = list
			}
			s.Tools = tools
		}
	}
	if swap := r.Contexts[size].SwapTools; len(swap) > 0 {
		// The pitch too: "You run WordPress" over missions and a tools
		// list that say Adobe Experience Manager contradicts them.
		rewrite := toolSwapper(swap)
		s.Pitch = rewrite(s.Pitch)
		s.Missions = rewriteMissions(s.Missions, rewrite)
	}
	if m := r.Contexts[size].Manager; m != nil {
		s.Pitch = swapManager(s.Pitch, m)
		s.Missions = rewriteMissions(s.Missions, func(t Text) Text { return swapManager(t, m) })
	}
	return s
}

// yourManager is how role texts name the hire's line manager, per
// language.
var yourManager = map[string]string{"fr": "votre responsable", "en": "your manager"}

// swapManager returns t with the words for the hire's line manager
// replaced, in each language, by whom the size names (Context.Manager).
func swapManager(t Text, manager Text) Text {
	return t.Rewrite(func(lang, s string) string {
		if from, to := yourManager[lang], manager[lang]; from != "" && to != "" {
			return swapNames(s, []string{from}, map[string]string{from: to})
		}
		return s
	})
}

// toolSwapper returns what rewrites a text to name the tool an
// organisation runs in place of each one the role names. A name is
// replaced whole, never inside a longer word or name ("Mention" but not
// "mentions").
func toolSwapper(swap map[string]string) func(Text) Text {
	names := SortedKeys(swap)
	// the longest name first, so that one holding another is read whole;
	// one pass, so that a new name is never swapped again
	slices.SortStableFunc(names, func(a, b string) int { return len(b) - len(a) })
	return func(t Text) Text {
		return t.Rewrite(func(_, s string) string { return swapNames(s, names, swap) })
	}
}

// NameManager is missions with the words for the hire's line manager
// replaced, in each language manager gives, by manager: a comparison
// speaks of a role, not to its candidate ("report to the head of
// digital", never "to your manager").
func NameManager(missions []Mission, manager Text) []Mission {
	return rewriteMissions(missions, func(t Text) Text { return swapManager(t, manager) })
}

// rewriteMissions returns copies of missions with rewrite applied to each
// title and activity.
func rewriteMissions(missions []Mission, rewrite func(Text) Text) []Mission {
	out := make([]Mission, len(missions))
	for i, m := range missions {
		m.Title = rewrite(m.Title)
		acts := make([]Text, len(m.Activities))
		for j, a := range m.Activities {
			acts[j] = rewrite(a)
		}
		m.Activities = acts
		out[i] = m
	}
	return out
}

// swapNames replaces in s, from the left and in one pass, each of names
// that stands whole (a word boundary on each side, as \b reads it) by
// its swap; names are tried in order at each place. Every shape of a
// role at a size with swaps runs it, the catalogue's checks included, so
// it is a scan rather than a regular expression compiled per shape.
func swapNames(s string, names []string, swap map[string]string) string {
	if !slices.ContainsFunc(names, func(n string) bool { return strings.Contains(s, n) }) {
		return s // most lines name no tool
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		if !wordBoundary(s, i) {
			continue
		}
		for _, n := range names {
			if strings.HasPrefix(s[i:], n) && wordBoundary(s, i+len(n)) {
				if b.Len() == 0 {
					b.Grow(len(s) + 16)
				}
				b.WriteString(s[last:i])
				b.WriteString(swap[n])
				last = i + len(n)
				i = last - 1
				break
			}
		}
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// wordBoundary says whether s has a word boundary before byte i, as the
// regular expression \b reads one: an ASCII word character on one side
// only.
func wordBoundary(s string, i int) bool {
	word := func(j int) bool {
		if j < 0 || j >= len(s) {
			return false
		}
		c := s[j]
		return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	return word(i-1) != word(i)
}

// placeMissions orders the missions of a shape: the role's own as written,
// less the dropped ones; a mission the size or seniority adds in the place
// of the one it replaces (the seniority's before the size's) or right after
// the one it names; the others at the end, the size's then the
// seniority's. drop names the role's missions the size and seniority take
// out, and the size's a seniority takes out: those leave their place as
// a dropped role mission does. A senior posting built on a
// confirmed one leads with the seniority's unplaced missions, since a
// senior candidate reads the first block as the heart of the job; a role
// hired senior only has no confirmed posting under it, and its order
// stands. added marks the missions that are not the role's own.
func placeMissions(own []Mission, drop []string, sized, senior []Mission, seniorFirst bool) (ms []Mission, added []bool) {
	type slot struct {
		m     Mission
		added bool
		gone  bool // a dropped mission, kept until the end as an anchor
	}
	var out []slot
	for _, m := range own {
		out = append(out, slot{m: m, gone: slices.Contains(drop, m.ID)})
	}
	at := func(id string) int {
		return slices.IndexFunc(out, func(x slot) bool { return x.m.ID == id })
	}
	// A seniority's drop may name a mission the size adds (a group's
	// students block, which its senior hire leaves to a colleague): it is
	// placed all the same, as an anchor, and left out.
	insert := func(i int, m Mission, gone bool) {
		out = slices.Insert(out, i, slot{m: m, added: true, gone: gone})
	}
	// The seniority's missions are placed first, so where both replace
	// the same mission the seniority's block comes before the size's: it
	// is the one the posting's level is about.
	var lead []Mission
	var after []slot // gone: a size's mission the seniority drops
	tail := make([][]Mission, 2)
	dropped := map[string]bool{} // the size's missions the seniority drops
	for _, m := range sized {
		dropped[m.ID] = slices.Contains(drop, m.ID)
	}
	for i, ms := range [][]Mission{senior, sized} {
		for _, m := range ms {
			switch {
			case m.Replaces != "":
				if j := at(m.Replaces); j >= 0 {
					out[j].gone = true
					insert(j, m, i == 1 && dropped[m.ID]) // before the replaced one, after earlier replacements
					continue
				}
				tail[i] = append(tail[i], m)
			case m.After != "":
				after = append(after, slot{m: m, gone: i == 1 && dropped[m.ID]})
			case i == 0 && seniorFirst:
				lead = append(lead, m)
			default:
				tail[i] = append(tail[i], m)
			}
		}
	}
	for _, x := range after {
		j := at(x.m.After)
		if j < 0 {
			insert(len(out), x.m, x.gone)
			continue
		}
		// after the anchor and whatever was already placed after it
		for j++; j < len(out) && out[j].m.After == x.m.After; j++ {
		}
		insert(j, x.m, x.gone)
	}
	for i := len(lead) - 1; i >= 0; i-- {
		insert(0, lead[i], false)
	}
	for _, m := range tail[1] {
		insert(len(out), m, dropped[m.ID])
	}
	for _, m := range tail[0] {
		insert(len(out), m, false)
	}
	for _, x := range out {
		if !x.gone {
			ms = append(ms, x.m)
			added = append(added, x.added)
		}
	}
	return ms, added
}

// KeyMissions returns the missions the standard posting shows: the key
// ones, at most MaxKeyMissions. What the size and seniority add is what
// sets this posting apart, so it is kept and the role's own key missions
// give way, last first. A role that marks no mission key shows them all.
func (s Shape) KeyMissions() []Mission {
	var own, added int
	for i, m := range s.Missions {
		switch {
		case !m.Key:
		case !s.added[i]:
			own++
		default:
			added++
		}
	}
	if own == 0 && added == 0 {
		return s.Missions
	}
	room := max(MaxKeyMissions-added, 0) // how many of the role's own stay
	var out []Mission
	for i, m := range s.Missions {
		if !m.Key {
			continue
		}
		if !s.added[i] {
			if room == 0 {
				continue
			}
			room--
		}
		out = append(out, m)
	}
	return out
}

// MaxKeySkills is how many skills a standard posting shows at most: the
// profile says what the missions do not, and a longer list re-reads them.
const MaxKeySkills = 4

// KeySkills returns the skills the standard posting shows; a role that
// marks none shows them all.
func KeySkills(ss []SkillRef) []SkillRef {
	var key []SkillRef
	for _, s := range ss {
		if s.Key {
			key = append(key, s)
		}
	}
	if key == nil {
		return ss
	}
	return key
}

// Neighbours returns the ids of the roles the role names at any size: the
// ones it reports to, manages, or is replaced by where it does not exist.
func (r *Role) Neighbours() []string {
	var ids []string
	add := func(id string) {
		if id != "" && id != r.ID && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	for _, size := range Sizes() {
		s := r.ShapeAt(size, "")
		add(s.ReportsTo)
		for _, m := range s.Manages {
			add(m)
		}
		// A refusal at some seniorities only is not in the shape as written.
		if u := r.Contexts[size].Unsuitable; u != nil {
			add(u.Instead)
		}
	}
	return ids
}

// managing are the skills of running people and budgets: a junior hire
// runs neither, so a junior posting does not ask for them.
var managing = []string{"management", "leadership", "budget-vendor-management"}

// SkillsAt returns the skills a posting of the seniority asks, from the
// role's list: the managing ones go for a junior hire.
func SkillsAt(ss []SkillRef, seniority string) []SkillRef {
	if seniority != "junior" {
		return ss
	}
	return slices.DeleteFunc(slices.Clone(ss), func(s SkillRef) bool { return slices.Contains(managing, s.ID) })
}
