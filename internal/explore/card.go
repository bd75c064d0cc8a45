package explore

import (
	"io"
	"path"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/role"
)

// CardData is a role card: the role as a recruiter choosing it needs to
// see it, at one organisation size, in one language.
type CardData struct {
	ID         string `json:"id"`
	Lang       string `json:"lang"`
	Size       string `json:"company_size,omitempty"`
	Title      string `json:"title"`
	OtherLang  string `json:"other_lang"`
	OtherTitle string `json:"other_title"`
	Family     string `json:"family,omitempty"`
	FamilyName string `json:"family_name,omitempty"`
	Summary    string `json:"summary"`
	// Titles are the title and its aliases: what candidates type into a
	// job board.
	Titles     []string        `json:"titles"`
	Line       Line            `json:"reporting"`
	Experience role.Experience `json:"experience"`
	// Sizes say, smallest first, where the role exists and, where it does
	// not, which role to hire instead.
	Sizes    []SizeItem    `json:"sizes"`
	Tools    []string      `json:"tools,omitempty"`
	Missions []MissionItem `json:"missions"`
	Skills   []SkillItem   `json:"skills"`
	Codes    Codes         `json:"codes"`
	HireWhen string        `json:"hire_when,omitempty"`
	Not      string        `json:"not,omitempty"`
	SizeNote string        `json:"size_note,omitempty"`
	History  string        `json:"history,omitempty"`
}

// SizeItem is one organisation size and whether the role exists there.
type SizeItem struct {
	Size    string `json:"size"`
	Exists  bool   `json:"exists"`
	Instead *Ref   `json:"instead,omitempty"`
}

// Ref is a role named by id, with its title.
type Ref struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

// Line is a role's reporting line at one organisation size.
type Line struct {
	// ReportsTo is the boss's role id; "" when the line leads outside the
	// catalogue, and Boss then words the post it reports to.
	ReportsTo string `json:"reports_to,omitempty"`
	Boss      string `json:"boss,omitempty"`
	Manages   []Ref  `json:"manages,omitempty"`
	// Instead is set when the role does not exist at this size.
	Instead     *Ref   `json:"instead,omitempty"`
	InsteadNote string `json:"instead_note,omitempty"`
	// Elsewhere, for the role as written, are the sizes where the post
	// reports to someone else: a card that says "social media manager"
	// would be wrong for the small company whose posting says "the
	// managing director".
	Elsewhere []SizeBoss `json:"elsewhere,omitempty"`
}

// SizeBoss is whom a post reports to at one organisation size.
type SizeBoss struct {
	Size string `json:"size"`
	Boss string `json:"boss"`
}

// MissionItem is a mission by its title.
type MissionItem struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Key   bool   `json:"key,omitempty"`
	// Sizes, in a comparison of the roles as written, are the only sizes
	// whose postings have the mission; nil when all of them do.
	Sizes []string `json:"sizes,omitempty"`
}

// SkillItem is a skill a role asks, at its level.
type SkillItem struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Kind  string `json:"kind"`
	Level int    `json:"level"`
	Key   bool   `json:"key,omitempty"`
}

// Codes are the occupation codes, the ROME note standing for a missing
// ROME code.
type Codes struct {
	ROME     string `json:"rome,omitempty"`
	ROMENote string `json:"rome_note,omitempty"`
	ESCO     string `json:"esco,omitempty"`
	ISCO     string `json:"isco,omitempty"`
}

// Card builds the card of role id in lang at an organisation size.
func Card(c *catalog.Catalog, id, lang, size string) (*CardData, error) {
	if err := checkLang(lang); err != nil {
		return nil, err
	}
	if err := checkSize(size); err != nil {
		return nil, err
	}
	r, err := c.Role(id)
	if err != nil {
		return nil, err
	}
	s := r.ShapeAt(size, "")
	other := otherLang(lang)
	d := &CardData{
		ID: r.ID, Lang: lang, Size: size,
		Title: titleAt(r, size, lang), OtherLang: other, OtherTitle: titleAt(r, size, other),
		Family: r.Family, FamilyName: words{lang}.family(r.Family),
		Summary:    text(r.Summary, lang),
		Titles:     titles(r, size, lang),
		Line:       lineOf(c, r, size, lang),
		Experience: r.Profile.Experience,
		Sizes:      sizes(c, r, lang),
		Tools:      texts(s.Tools, lang),
		Missions:   missionItems(s.Missions, lang),
		Skills:     skillItems(c, r.Skills, lang),
		Codes:      Codes{ROME: r.Codes.ROME, ROMENote: text(r.Codes.ROMENote, lang), ESCO: r.Codes.ESCO, ISCO: r.Codes.ISCO},
		HireWhen:   text(r.Notes.HireWhen, lang),
		Not:        text(r.Notes.Not, lang),
		SizeNote:   text(r.Contexts[size].Note, lang),
		History:    text(r.Notes.History, lang),
	}
	return d, nil
}

// titleAt is the role's title at size in lang, or in another language
// when a user's role carries only that one.
func titleAt(r *role.Role, size, lang string) string {
	if t := r.TitleAt(size, "", lang); t != "" {
		return t
	}
	return text(r.Title, lang)
}

// titles are the role's title at size, its own and its aliases in lang,
// each once.
func titles(r *role.Role, size, lang string) []string {
	out := []string{titleAt(r, size, lang)}
	for _, a := range append([]string{text(r.Title, lang)}, texts(r.Aliases, lang)...) {
		if !slices.ContainsFunc(out, func(t string) bool { return sameTitle(t, a) }) {
			out = append(out, a)
		}
	}
	return out
}

// texts returns a list in lang, or in another language when a user's role
// carries only that one, with the language's typography.
func texts(t role.Texts, lang string) []string {
	l := lang
	if len(t[l]) == 0 {
		for _, k := range append(role.Languages(), role.SortedKeys(t)...) {
			if len(t[k]) > 0 {
				l = k
				break
			}
		}
	}
	var out []string
	for _, s := range t[l] {
		out = append(out, typography(s, lang))
	}
	return out
}

// sizes says at each organisation size whether the role exists.
func sizes(c *catalog.Catalog, r *role.Role, lang string) []SizeItem {
	var out []SizeItem
	for _, size := range role.Sizes() {
		it := SizeItem{Size: size, Exists: true}
		if u := r.ShapeAt(size, "").Unsuitable; u != nil {
			it.Exists, it.Instead = false, &Ref{u.Instead, roleTitle(c, u.Instead, lang)}
		}
		out = append(out, it)
	}
	return out
}

// lineOf words a role's reporting line at an organisation size; for the
// role as written ("" size), it adds the sizes whose line differs, as
// their postings word it.
func lineOf(c *catalog.Catalog, r *role.Role, size, lang string) Line {
	s := r.ShapeAt(size, "")
	if u := s.Unsuitable; u != nil {
		return Line{Instead: &Ref{u.Instead, roleTitle(c, u.Instead, lang)}, InsteadNote: text(u.Note, lang)}
	}
	l := Line{ReportsTo: s.ReportsTo, Boss: bossOf(c, s, lang)}
	for _, m := range s.Manages {
		l.Manages = append(l.Manages, Ref{m, roleTitle(c, m, lang)})
	}
	if size != "" {
		return l
	}
	for _, at := range role.Sizes() {
		o := r.ShapeAt(at, "")
		if b := bossOf(c, o, lang); o.Unsuitable == nil && b != "" && b != l.Boss {
			l.Elsewhere = append(l.Elsewhere, SizeBoss{at, b})
		}
	}
	return l
}

// bossOf names the post a shape reports to.
func bossOf(c *catalog.Catalog, s role.Shape, lang string) string {
	if s.ReportsTo != "" {
		return roleTitle(c, s.ReportsTo, lang)
	}
	return text(s.Reporting, lang)
}

// phrase is the reporting line as one line of text, without the manages.
func (l Line) phrase(w words) string {
	if l.Instead != nil {
		return w.f(lUnsuitable, l.Instead.Title)
	}
	var at []string
	for _, e := range l.Elsewhere {
		at = append(at, w.f(lBossAt, e.Boss, w.size(e.Size)))
	}
	if at == nil {
		return l.Boss
	}
	return l.Boss + " (" + strings.Join(at, w.semicolon()) + ")"
}

func missionItems(ms []role.Mission, lang string) []MissionItem {
	out := make([]MissionItem, 0, len(ms))
	for _, m := range ms {
		out = append(out, MissionItem{ID: m.ID, Title: text(m.Title, lang), Key: m.Key})
	}
	return out
}

func skillItems(c *catalog.Catalog, refs []role.SkillRef, lang string) []SkillItem {
	out := make([]SkillItem, 0, len(refs))
	for _, s := range refs {
		name, kind := skillName(c, s.ID, lang)
		out = append(out, SkillItem{ID: s.ID, Name: name, Kind: kind, Level: s.Level, Key: s.Key})
	}
	return out
}

// JSON writes the card as JSON, every note included.
func (d *CardData) JSON(w io.Writer) error { return writeJSON(w, d) }

// Markdown writes the card so that, rendered at 80 columns, it fits
// CardMaxLines when it can: what a recruiter needs always, then the note
// on the size, the role's background and why the role does not exist at
// this size, each when there is room for it. A note is never cut: a card
// that needs more lines takes them (the pager shows the rest).
func (d *CardData) Markdown(w io.Writer, opts Options) error {
	var doc *doc
	for _, extra := range []cardExtras{{true, true, true}, {true, false, true}, {false, false, true}, {}} {
		if doc = d.markdown(opts, extra); doc.lines() <= cardBudget {
			break
		}
	}
	return doc.write(w)
}

// cardBudget is the Markdown lines a card may take. Glamour adds a blank
// line above, and its reflow can break a line of ours in two where a word
// has a hyphen or a no-break space: three lines are kept for that.
const cardBudget = CardMaxLines - 3

// cardExtras are the parts of a card shown only when there is room.
type cardExtras struct{ sizeNote, history, insteadNote bool }

func (d *CardData) markdown(opts Options, extra cardExtras) *doc {
	wd := words{d.Lang}
	colon := wd.colon()
	var doc doc
	doc.heading(1, mdEscape(d.Title))
	head := []string{"*" + mdEscape(wd.f(lOtherTitle, d.OtherTitle)) + "*"}
	if d.FamilyName != "" {
		head = append(head, wd.get(lFamily)+colon+mdEscape(d.FamilyName))
	}
	for _, code := range [][2]string{{"ROME", d.Codes.ROME}, {"ISCO", d.Codes.ISCO}, {"ESCO", path.Base(d.Codes.ESCO)}} {
		// The ESCO URI is longer than a card's line: its last segment
		// names the occupation, and the JSON output has the whole URI.
		if code[1] != "" && code[1] != "." {
			head = append(head, code[0]+" "+mdEscape(code[1]))
		}
	}
	if d.Codes.ROMENote != "" {
		head = append(head, mdEscape(d.Codes.ROMENote))
	}
	doc.para(strings.Join(head, " · "))
	doc.para(mdEscape(d.Summary))

	line := "**" + wd.get(lReporting) + "**"
	if d.Size != "" {
		line += " (" + wd.size(d.Size) + ")"
	}
	line += colon + mdEscape(d.Line.phrase(wd))
	if extra.insteadNote && d.Line.InsteadNote != "" {
		line += ". " + mdEscape(d.Line.InsteadNote)
	}
	if len(d.Line.Manages) > 0 {
		var names []string
		for _, m := range d.Line.Manages {
			names = append(names, mdEscape(m.Title))
		}
		line += " · **" + wd.get(lManages) + "**" + colon + strings.Join(names, ", ")
	}
	doc.para(line)
	var facts []string
	if len(d.Titles) > 1 {
		facts = append(facts, "**"+wd.get(lTitles)+"**"+colon+mdEscape(strings.Join(d.Titles, ", ")))
	}
	if e := experience(d.Experience, nil, wd); e != "" {
		facts = append(facts, "**"+wd.get(lExperience)+"**"+colon+e)
	}
	facts = append(facts, sizeLine(d.Sizes, wd))
	if len(d.Tools) > 0 {
		facts = append(facts, "**"+wd.get(lTools)+"**"+colon+mdEscape(strings.Join(d.Tools, ", ")))
	}
	doc.list("- ", facts)

	doc.heading(2, wd.get(lMissions)+" ("+wd.get(lKeyLegend)+")")
	var ms []string
	for _, key := range []bool{true, false} {
		for _, m := range d.Missions {
			if m.Key == key {
				ms = append(ms, strong(mdEscape(m.Title), m.Key))
			}
		}
	}
	doc.list("- ", ms)

	doc.heading(2, wd.get(lSkills)+" ("+wd.get(lKeyLegend)+")")
	var atoms []string
	for _, key := range []bool{true, false} {
		for _, s := range d.Skills {
			if s.Key == key {
				atoms = append(atoms, bar(s.Level, opts.ASCII)+" "+strong(mdEscape(s.Name), s.Key))
			}
		}
	}
	doc.add(pack(atoms, " · ", "- ", Width)...)
	doc.para(levelLegend(wd, opts.ASCII))

	// The notes speak for themselves ("Choose this role when…", "This is
	// not…"): no heading, which a screen has no line to spare for.
	// A "*" list, so it does not run on from the skills' "-" list.
	var notes []string
	for _, n := range []string{d.HireWhen, d.Not} {
		if n != "" {
			notes = append(notes, mdEscape(n))
		}
	}
	if extra.sizeNote && d.SizeNote != "" {
		notes = append(notes, "*"+wd.get(lAtThisSize)+"*"+colon+mdEscape(d.SizeNote))
	}
	if extra.history && d.History != "" {
		notes = append(notes, "*"+wd.get(lHistory)+"*"+colon+mdEscape(d.History))
	}
	doc.list("* ", notes)
	return &doc
}

// sizeLine says at which sizes the role exists and, where it does not,
// whom to hire instead.
func sizeLine(sizes []SizeItem, wd words) string {
	var in, out []string
	for _, s := range sizes {
		if s.Exists {
			in = append(in, wd.size(s.Size))
		} else {
			out = append(out, wd.f(lNotAt, wd.size(s.Size), mdEscape(s.Instead.Title)))
		}
	}
	line := "**" + wd.get(lExistsAt) + "**" + wd.colon() + strings.Join(in, ", ")
	if len(in) == 0 {
		line = "**" + wd.get(lExistsAt) + "**" + wd.colon() + wd.get(lNone)
	}
	for _, o := range out {
		line += " · " + o
	}
	return line
}

// levelLegend says what the level bars mean: "Niveaux : ●○○○ notions ·
// ●●○○ pratique autonome · …".
func levelLegend(wd words, ascii bool) string {
	var parts []string
	for i, l := range []label{lLevel1, lLevel2, lLevel3, lLevel4} {
		parts = append(parts, bar(i+1, ascii)+" "+wd.get(l))
	}
	return wd.get(lLevels) + wd.colon() + strings.Join(parts, " · ")
}

// strong sets s in bold when on is set.
func strong(s string, on bool) string {
	if on {
		return "**" + s + "**"
	}
	return s
}

// pack lays atoms out as list items holding as many atoms as fit in width,
// never breaking one.
func pack(atoms []string, sep, bullet string, width int) []string {
	var lines []string
	cur := ""
	for _, a := range atoms {
		switch {
		case cur == "":
			cur = bullet + a
		case utf8.RuneCountInString(cur+sep+a) <= width:
			cur += sep + a
		default:
			lines = append(lines, cur)
			cur = bullet + a
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}
