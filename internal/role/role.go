// Package role holds the types of the catalogue (roles and skills) and the
// checks that need nothing but one role. It does no I/O.
package role

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"sort"
)

// Languages are the languages shipped roles carry, in display order.
var languages = [...]string{"fr", "en"}

// Languages returns the supported languages.
func Languages() []string { return languages[:] }

// Levels run from 1 (basics) to 4 (expert).
const (
	MinLevel = 1
	MaxLevel = 4
)

// Sizes are the organisation sizes a role's contexts can speak to.
var sizes = [...]string{"small", "medium", "large"}

// Sizes returns the organisation sizes, smallest first.
func Sizes() []string { return sizes[:] }

// seniorities are the levels of experience a role's profile and variants
// speak to, and a posting is written for.
var seniorities = [...]string{"junior", DefaultSeniority, "senior"}

// DefaultSeniority is the seniority the role as written describes, and a
// posting's when nothing says otherwise.
const DefaultSeniority = "confirmed"

// Seniorities returns the seniorities, most junior first.
func Seniorities() []string { return seniorities[:] }

// Kinds of skill: savoirs, savoir-faire, savoir-être.
const (
	Knowledge = "knowledge"
	KnowHow   = "know-how"
	Soft      = "soft"
)

// Text is a human text per language: {fr: …, en: …}.
type Text map[string]string

// In returns the text in lang, or "" when the text does not carry it.
func (t Text) In(lang string) string { return t[lang] }

// Rewrite is t with f applied to each language's text. A text f leaves
// as it is is returned itself, not copied: most lines of a role are
// rewritten by nothing, and a render shapes every one.
func (t Text) Rewrite(f func(lang, s string) string) Text {
	var out Text
	for lang, s := range t {
		if r := f(lang, s); r != s && out == nil {
			out = maps.Clone(t)
			out[lang] = r
		} else if out != nil {
			out[lang] = r
		}
	}
	if out == nil {
		return t
	}
	return out
}

// Texts is a list of texts per language: {fr: [...], en: [...]}.
type Texts map[string][]string

// Role is one role of the catalogue, as written in roles/<id>.yaml.
type Role struct {
	ID        string     `yaml:"id" json:"id"`
	Family    string     `yaml:"family" json:"family,omitempty"`
	Extends   string     `yaml:"extends" json:"extends,omitempty"`
	Title     Text       `yaml:"title" json:"title"`
	Titles    Titles     `yaml:"titles" json:"titles,omitzero"`
	Aliases   Texts      `yaml:"aliases" json:"aliases,omitempty"`
	Summary   Text       `yaml:"summary" json:"summary"`
	Pitch     Text       `yaml:"pitch" json:"pitch,omitempty"`
	ReportsTo string     `yaml:"reports_to" json:"reports_to,omitempty"`
	Reporting Text       `yaml:"reporting" json:"reporting,omitempty"`
	Manages   []string   `yaml:"manages" json:"manages,omitempty"`
	Codes     Codes      `yaml:"codes" json:"codes"`
	Tools     Texts      `yaml:"tools" json:"tools,omitempty"`
	Notes     Notes      `yaml:"notes" json:"notes,omitzero"`
	Missions  []Mission  `yaml:"missions" json:"missions"`
	Skills    []SkillRef `yaml:"skills" json:"skills"`
	Profile   Profile    `yaml:"profile" json:"profile"`
	Seniority Seniority  `yaml:"seniority" json:"seniority,omitzero"`
	// Seniorities are the seniorities the role is hired at; none listed
	// means all three. A head-of role has no junior.
	Seniorities []string           `yaml:"seniorities" json:"seniorities,omitempty"`
	Contexts    map[string]Context `yaml:"contexts" json:"contexts,omitempty"`
	Lint        Lint               `yaml:"lint" json:"lint,omitzero"`
	// OnCallDuty is what the job does on call, shown with the company's
	// on-call line (contract.on_call): a rota with no duty behind it is
	// the candidate's first question. A role that gives none is not one
	// to put on call; lint warns when the values do.
	OnCallDuty Text `yaml:"on_call_duty" json:"on_call_duty,omitempty"`
}

// OnCallDutyAt is the on-call duty of the job at seniority: none for a
// junior, whom no company should leave alone on a rota, whatever the
// role's duty and the company's rota; the rule lives here so that every
// posting and every check reads it the same way.
func (r *Role) OnCallDutyAt(seniority string) Text {
	if seniority == "junior" {
		return nil
	}
	return r.OnCallDuty
}

// Titles are the job titles the market uses at a seniority where it names
// the job differently (a senior webmaster is advertised as a web project
// manager); a seniority without one keeps the role's title.
type Titles struct {
	Junior Text `yaml:"junior" json:"junior,omitempty"`
	Senior Text `yaml:"senior" json:"senior,omitempty"`
}

// TitleAt is the role's title in lang for a hire of seniority ("",
// "junior", "confirmed" or "senior") at a company of size ("" for none):
// the level's title, else the size's, else the role's.
func (r *Role) TitleAt(size, seniority, lang string) string {
	var t Text
	switch seniority {
	case "junior":
		t = r.Titles.Junior
	case "senior":
		t = r.Titles.Senior
	}
	if s := t.In(lang); s != "" {
		return s
	}
	if s := r.Contexts[size].Title.In(lang); s != "" {
		return s
	}
	return r.Title.In(lang)
}

// Lint is what the role says to jobdesc lint: the rules that do not apply
// to it (and to the postings it renders), each with the reason why.
type Lint struct {
	Ignore []Ignore `yaml:"ignore" json:"ignore,omitempty"`
}

// Ignore silences one lint rule for the role. The reason is required: it
// is what a reviewer reads instead of the finding.
type Ignore struct {
	Rule   string `yaml:"rule" json:"rule"`
	Reason string `yaml:"reason" json:"reason"`
}

// Ignores says whether the role silences a lint rule.
func (r *Role) Ignores(rule string) bool {
	for _, i := range r.Lint.Ignore {
		if i.Rule == rule {
			return true
		}
	}
	return false
}

// Notes are for recruiters choosing a role: role cards and comparisons
// show them, postings never do.
type Notes struct {
	HireWhen Text `yaml:"hire_when" json:"hire_when,omitempty"`
	Not      Text `yaml:"not" json:"not,omitempty"`
	History  Text `yaml:"history" json:"history,omitempty"`
}

// Seniority says how the missions change for a junior or a senior hire;
// a confirmed hire gets the role as written.
type Seniority struct {
	Junior Variant `yaml:"junior" json:"junior,omitzero"`
	Senior Variant `yaml:"senior" json:"senior,omitzero"`
}

// Variant drops missions of the role and adds others.
type Variant struct {
	// Pitch replaces the role's pitch for a hire of this seniority: a
	// senior posting opens on leading, arbitrating and developing people,
	// not on the confirmed job with a higher salary.
	Pitch Text `yaml:"pitch" json:"pitch,omitempty"`
	// Education replaces the role's education line for a hire of this
	// seniority: a junior posting that welcomes a first job asks for a
	// degree or what a beginner can show instead, never "or equivalent
	// experience".
	Education Text      `yaml:"education" json:"education,omitempty"`
	Drop      []string  `yaml:"drop" json:"drop,omitempty"`
	Missions  []Mission `yaml:"missions" json:"missions,omitempty"`
}

// Dropped is every role mission the variant takes out: the ones it drops
// and the ones its missions replace.
func (v Variant) Dropped() []string {
	out := slices.Clone(v.Drop)
	for _, m := range v.Missions {
		if m.Replaces != "" {
			out = append(out, m.Replaces)
		}
	}
	return out
}

// IsZero reports whether the variant changes nothing.
func (v Variant) IsZero() bool {
	return v.Pitch == nil && v.Education == nil && v.Drop == nil && v.Missions == nil
}

// variant is the role's variant for seniority; the zero one for the role
// as written.
func (r *Role) variant(seniority string) Variant {
	switch seniority {
	case "junior":
		return r.Seniority.Junior
	case "senior":
		return r.Seniority.Senior
	}
	return Variant{}
}

// EducationAt is the role's education line for a hire of seniority: the
// seniority's own, else the role's.
func (r *Role) EducationAt(seniority string) Text {
	if e := r.variant(seniority).Education; e != nil {
		return e
	}
	return r.Profile.Education
}

// seniorityYears is the one scale of years of experience every role
// follows, as French candidates read the words: junior 0 to 2 years,
// confirmé·e 3 to 5, senior 6 or more.
var seniorityYears = map[string][2]int{"junior": {0, 2}, "confirmed": {3, 5}, "senior": {6, 50}}

// SeniorityYears is the range of years of experience a seniority means.
func SeniorityYears(seniority string) (lo, hi int) {
	y := seniorityYears[seniority]
	return y[0], y[1]
}

// HiredAt reports whether the role exists at a seniority; "" is the role
// as written, which always does.
func (r *Role) HiredAt(seniority string) bool {
	return seniority == "" || len(r.Seniorities) == 0 || slices.Contains(r.Seniorities, seniority)
}

// SenioritiesHired are the seniorities the role is hired at.
func (r *Role) SenioritiesHired() []string {
	if len(r.Seniorities) == 0 {
		return Seniorities()
	}
	return r.Seniorities
}

// LevelOr is seniority when one is asked, else the level the role is
// hired at when none is: the default seniority, or for a role not hired
// at it the most junior level it is (a head-of role is senior), so a
// posting that asks no level is never refused for one it did not ask.
func (r *Role) LevelOr(seniority string) string {
	if seniority != "" || r.HiredAt(DefaultSeniority) {
		return cmp.Or(seniority, DefaultSeniority)
	}
	for _, s := range Seniorities() {
		if r.HiredAt(s) {
			return s
		}
	}
	return DefaultSeniority
}

// Codes are occupation codes from public classifications.
type Codes struct {
	ROME string `yaml:"rome" json:"rome,omitempty"`
	// ROMENote says why there is no ROME code, and which fiche is nearest.
	ROMENote Text   `yaml:"rome_note" json:"rome_note,omitempty"`
	ESCO     string `yaml:"esco" json:"esco,omitempty"`
	ISCO     string `yaml:"isco" json:"isco,omitempty"`
}

// Mission is one area of responsibility and what it takes day to day.
type Mission struct {
	ID    string `yaml:"id" json:"id"`
	Title Text   `yaml:"title" json:"title"`
	// Key missions make the standard posting; the others only the full
	// reference.
	Key        bool   `yaml:"key" json:"key,omitempty"`
	Activities []Text `yaml:"activities" json:"activities"`
	// Replaces and After place a mission a size or seniority adds: in the
	// place of the role's mission it replaces (which it drops), or right
	// after the mission named. A posting reads its missions as the order
	// of the work, so a rewritten block belongs where the one it rewrites
	// stood, not at the end. The role's own missions set neither.
	Replaces string `yaml:"replaces" json:"replaces,omitempty"`
	After    string `yaml:"after" json:"after,omitempty"`
	// Offers is the profile line, by skill id, the block's work asks for
	// (a group's students and schools): it replaces the role's and the
	// size's while the block is in the posting, and goes with the block
	// when a seniority drops it.
	Offers map[string]Text `yaml:"offers" json:"offers,omitempty"`
	// Tools are the tools the block's work uses beyond the posting's
	// list (a students' job board): listed while the block stands, gone
	// with it.
	Tools Texts `yaml:"tools" json:"tools,omitempty"`
}

// PostingActivities is how many activities of a mission the standard
// posting shows: the first ones, so a role file lists the telling ones first.
const PostingActivities = 3

// SkillRef names a skill of the catalogue and the level the role needs.
type SkillRef struct {
	ID    string `yaml:"id" json:"id"`
	Level int    `yaml:"level" json:"level" range:"1-4"`
	// Key skills are the ones that decide a hire: the standard posting
	// shows those only.
	Key bool `yaml:"key" json:"key,omitempty"`
	// Offer is what this role does with the skill, written to the
	// candidate ("Vous savez…", "You can…"): the posting's line for it.
	// The skills catalogue's levels stay generic, for cards and match.
	Offer Text `yaml:"offer" json:"offer,omitempty"`
	// Junior is the line of a junior posting, where the offer line asks
	// what a beginner cannot claim yet ("Vous avez déjà…"); empty keeps
	// the offer line.
	Junior Text `yaml:"junior" json:"junior,omitempty"`
	// Senior is the line of a senior posting, where the offer line says
	// less than the senior hire has done (led the choice, the team, the
	// budget); empty keeps the offer line.
	Senior Text `yaml:"senior" json:"senior,omitempty"`
}

// Profile is what candidates usually bring.
type Profile struct {
	Experience Experience `yaml:"experience" json:"experience"`
	// ExperienceIn is what the years are in, after them in a posting
	// ("en animation de communautés, en agence ou chez l'annonceur"):
	// bare years leave the candidate guessing which ones count.
	ExperienceIn Text `yaml:"experience_in" json:"experience_in,omitempty"`
	Education    Text `yaml:"education" json:"education,omitempty"`
	Background   Text `yaml:"background" json:"background,omitempty"`
	// ApplyWith is what to send beside the CV, for a role whose education
	// line weighs work samples as much as a degree ("deux ou trois liens
	// vers vos réalisations"): the application line asks for it, where the
	// candidate applies.
	ApplyWith Text `yaml:"apply_with" json:"apply_with,omitempty"`
	// English is the CEFR level the job needs (A2…C2); "" when it needs none.
	English string `yaml:"english" json:"english,omitempty"`
	// EnglishUse is what the job uses English for, after the level in a
	// posting ("anglais B2 (lecture de sources anglophones)"): a bare
	// level reads as a filter, a use as part of the job.
	EnglishUse Text `yaml:"english_use" json:"english_use,omitempty"`
	// LanguageUse is whom the job works with in the team's language, after
	// it in a posting in another language ("you work in French, with
	// colleagues in every department"): the audience is the role's, not
	// the company's; a support role's is not the customers.
	LanguageUse Text `yaml:"language_use" json:"language_use,omitempty"`
}

// Experience is the years of experience expected at each seniority; nil
// means the role does not say.
type Experience struct {
	Junior    *int `yaml:"junior" json:"junior,omitempty"`
	Confirmed *int `yaml:"confirmed" json:"confirmed,omitempty"`
	Senior    *int `yaml:"senior" json:"senior,omitempty"`
}

// Context is what changes for an organisation of one size. A field left
// out keeps the role's own value, which describes a medium-size company.
type Context struct {
	// Note is for recruiters: what the role looks like at this size.
	Note Text `yaml:"note" json:"note,omitempty"`
	// Title replaces the role's title at this size, for the levels that
	// have no title of their own (titles.junior, titles.senior): a group
	// advertises its head of digital as one, "Group digital director".
	Title Text `yaml:"title" json:"title,omitempty"`
	// Pitch replaces the posting's opening at this size, whatever the
	// seniority: a group's head of digital runs shared platforms across
	// countries, and an opening written for one firm's website would
	// shrink the post before the reader reaches its missions.
	Pitch     Text      `yaml:"pitch" json:"pitch,omitempty"`
	ReportsTo *string   `yaml:"reports_to" json:"reports_to,omitempty"`
	Reporting Text      `yaml:"reporting" json:"reporting,omitempty"`
	Manages   []string  `yaml:"manages" json:"manages,omitempty"`
	Drop      []string  `yaml:"drop" json:"drop,omitempty"`
	Missions  []Mission `yaml:"missions" json:"missions,omitempty"`
	Tools     Texts     `yaml:"tools" json:"tools,omitempty"`
	// SwapTools maps a tool the role's pitch and missions name to the one an
	// organisation of this size runs for the same work (Agorapulse to
	// Sprinklr in a group): every posting at this size, whatever its
	// seniority, names one set of tools without a copy of each mission.
	SwapTools map[string]string `yaml:"swap_tools" json:"swap_tools,omitempty"`
	// English replaces the role's English level at this size: a group's
	// post works across countries where a medium company's does not.
	English string `yaml:"english" json:"english,omitempty"`
	// EnglishUse replaces the role's use of English at this size.
	EnglishUse Text `yaml:"english_use" json:"english_use,omitempty"`
	// WorksWith names, with their article, the people a post that manages
	// nobody works with at this size ("les équipes marketing et
	// recrutement qui publient sur vos sites"), where the manager's
	// other reports, which a posting names otherwise, are not whom the
	// work is done with: a group's webmaster shares a manager with the
	// market intelligence analyst but works with the teams whose pages it
	// publishes.
	WorksWith Text `yaml:"works_with" json:"works_with,omitempty"`
	// Offers replaces, by skill id, the line a posting at this size prints
	// for one of the role's skills (SkillRef.Offer), where the size
	// changes what is asked: a group's head of digital has rallied teams
	// across countries, not only other departments.
	Offers map[string]Text `yaml:"offers" json:"offers,omitempty"`
	// Manager is whom the role's texts call "votre responsable" / "your
	// manager" at this size, where the post answers to someone the
	// catalogue has no role for and the words would promise a line
	// manager who is not there: "la direction" in a firm of 25.
	Manager Text `yaml:"manager" json:"manager,omitempty"`
	// Unsuitable says the role does not exist at this size.
	Unsuitable *Unsuitable `yaml:"unsuitable" json:"unsuitable,omitempty"`
}

// Unsuitable names the role to hire instead at a size where this one does
// not exist.
type Unsuitable struct {
	// Instead is the role to hire instead; it may be left out when
	// Seniority is given, the other levels being the advice.
	Instead string `yaml:"instead" json:"instead,omitempty"`
	Note    Text   `yaml:"note" json:"note,omitempty"`
	// Seniority limits the refusal to these levels: a junior alone on a
	// small company's site is a job nobody can do, where a confirmed
	// webmaster is. Empty refuses every level.
	Seniority []string `yaml:"seniority" json:"seniority,omitempty"`
}

// At says whether the refusal holds for a hire of seniority ("" for the
// role as written).
func (u *Unsuitable) At(seniority string) bool {
	if u == nil {
		return false
	}
	if seniority == "" {
		seniority = DefaultSeniority
	}
	return len(u.Seniority) == 0 || slices.Contains(u.Seniority, seniority)
}

// Skill is one entry of the skills catalogue.
type Skill struct {
	ID          string       `yaml:"id" json:"id"`
	Kind        string       `yaml:"kind" json:"kind"`
	Name        Text         `yaml:"name" json:"name"`
	Description Text         `yaml:"description" json:"description,omitempty"`
	Levels      map[int]Text `yaml:"levels" json:"levels,omitempty"`
}

// SkillFile is the layout of roles/skills.yaml.
type SkillFile struct {
	Skills []Skill `yaml:"skills"`
}

// Extend returns the role child describes on top of parent: fields the child
// sets replace the parent's; missions and skills are merged by id, the
// child's replacing the parent's of the same id and new ones coming last.
func Extend(parent, child *Role) *Role {
	r := *parent
	r.ID, r.Extends = child.ID, child.Extends
	if child.Family != "" {
		r.Family = child.Family
	}
	r.Title = mergeText(parent.Title, child.Title)
	r.Titles = Titles{Junior: mergeText(parent.Titles.Junior, child.Titles.Junior), Senior: mergeText(parent.Titles.Senior, child.Titles.Senior)}
	r.Summary = mergeText(parent.Summary, child.Summary)
	r.Pitch = mergeText(parent.Pitch, child.Pitch)
	r.Reporting = mergeText(parent.Reporting, child.Reporting)
	if child.Aliases != nil {
		r.Aliases = child.Aliases
	}
	if child.ReportsTo != "" {
		r.ReportsTo = child.ReportsTo
	}
	if child.Manages != nil {
		r.Manages = child.Manages
	}
	if c := child.Codes; c.ROME != "" || c.ESCO != "" || c.ISCO != "" || c.ROMENote != nil {
		r.Codes = c
	}
	if child.Tools != nil {
		r.Tools = child.Tools
	}
	r.Notes = Notes{
		HireWhen: mergeText(parent.Notes.HireWhen, child.Notes.HireWhen),
		Not:      mergeText(parent.Notes.Not, child.Notes.Not),
		History:  mergeText(parent.Notes.History, child.Notes.History),
	}
	if child.Seniorities != nil {
		r.Seniorities = child.Seniorities
	}
	if v := child.Seniority.Junior; !v.IsZero() {
		r.Seniority.Junior = v
	}
	if v := child.Seniority.Senior; !v.IsZero() {
		r.Seniority.Senior = v
	}
	r.Missions = mergeByID(parent.Missions, child.Missions, func(m Mission) string { return m.ID })
	r.Skills = mergeByID(parent.Skills, child.Skills, func(s SkillRef) string { return s.ID })
	r.Lint.Ignore = mergeByID(parent.Lint.Ignore, child.Lint.Ignore, func(i Ignore) string { return i.Rule })
	e, ce := &r.Profile.Experience, child.Profile.Experience
	for _, p := range [][2]**int{{&e.Junior, &ce.Junior}, {&e.Confirmed, &ce.Confirmed}, {&e.Senior, &ce.Senior}} {
		if *p[1] != nil {
			*p[0] = *p[1]
		}
	}
	r.Profile.Education = mergeText(parent.Profile.Education, child.Profile.Education)
	r.Profile.Background = mergeText(parent.Profile.Background, child.Profile.Background)
	r.Profile.EnglishUse = mergeText(parent.Profile.EnglishUse, child.Profile.EnglishUse)
	r.Profile.LanguageUse = mergeText(parent.Profile.LanguageUse, child.Profile.LanguageUse)
	r.OnCallDuty = mergeText(parent.OnCallDuty, child.OnCallDuty)
	if child.Profile.English != "" {
		r.Profile.English = child.Profile.English
	}
	if child.Contexts != nil {
		r.Contexts = make(map[string]Context, len(parent.Contexts)+len(child.Contexts))
		for k, v := range parent.Contexts {
			r.Contexts[k] = v
		}
		for k, v := range child.Contexts {
			r.Contexts[k] = v
		}
	}
	return &r
}

func mergeText(parent, child Text) Text {
	if child == nil {
		return parent
	}
	out := make(Text, len(parent)+len(child))
	for k, v := range parent {
		out[k] = v
	}
	for k, v := range child {
		out[k] = v
	}
	return out
}

func mergeByID[T any](parent, child []T, id func(T) string) []T {
	out := make([]T, 0, len(parent)+len(child))
	at := map[string]int{}
	for _, p := range parent {
		at[id(p)] = len(out)
		out = append(out, p)
	}
	for _, c := range child {
		if i, ok := at[id(c)]; ok {
			out[i] = c
			continue
		}
		at[id(c)] = len(out)
		out = append(out, c)
	}
	return out
}

// SortedKeys returns the keys of a map in order, for deterministic output.
func SortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// EachText calls fn with every human text of the skill, by field path
// ("levels.3"), language and text.
func (s *Skill) EachText(fn func(path, lang, text string)) {
	for _, p := range []struct {
		path string
		t    Text
	}{{"name", s.Name}, {"description", s.Description}} {
		for _, lang := range SortedKeys(p.t) {
			fn(p.path+"."+lang, lang, p.t[lang])
		}
	}
	levels := make([]int, 0, len(s.Levels))
	for l := range s.Levels {
		levels = append(levels, l)
	}
	sort.Ints(levels)
	for _, l := range levels {
		for _, lang := range SortedKeys(s.Levels[l]) {
			fn(fmt.Sprintf("levels.%d.%s", l, lang), lang, s.Levels[l][lang])
		}
	}
}

// EachText calls fn with every human text the role file writes, by field
// path ("missions[1].activities[0]"), language and text, in file order;
// a list of texts gives paths like "aliases.fr[2]" for each. It walks the
// role as written, not what it inherits.
func (r *Role) EachText(fn func(path, lang, text string)) {
	text := func(path string, t Text) {
		for _, lang := range SortedKeys(t) {
			fn(path+"."+lang, lang, t[lang])
		}
	}
	texts := func(path string, t Texts) {
		for _, lang := range SortedKeys(t) {
			for i, s := range t[lang] {
				fn(fmt.Sprintf("%s.%s[%d]", path, lang, i), lang, s)
			}
		}
	}
	missions := func(path string, ms []Mission) {
		for i, m := range ms {
			p := fmt.Sprintf("%s[%d]", path, i)
			text(p+".title", m.Title)
			for j, a := range m.Activities {
				text(fmt.Sprintf("%s.activities[%d]", p, j), a)
			}
		}
	}
	text("title", r.Title)
	text("titles.junior", r.Titles.Junior)
	text("titles.senior", r.Titles.Senior)
	texts("aliases", r.Aliases)
	text("summary", r.Summary)
	text("pitch", r.Pitch)
	text("reporting", r.Reporting)
	text("codes.rome_note", r.Codes.ROMENote)
	texts("tools", r.Tools)
	text("notes.hire_when", r.Notes.HireWhen)
	text("notes.not", r.Notes.Not)
	text("notes.history", r.Notes.History)
	missions("missions", r.Missions)
	for i, s := range r.Skills {
		text(fmt.Sprintf("skills[%d].offer", i), s.Offer)
		text(fmt.Sprintf("skills[%d].junior", i), s.Junior)
		text(fmt.Sprintf("skills[%d].senior", i), s.Senior)
	}
	text("profile.education", r.Profile.Education)
	text("profile.background", r.Profile.Background)
	text("profile.english_use", r.Profile.EnglishUse)
	text("profile.language_use", r.Profile.LanguageUse)
	text("on_call_duty", r.OnCallDuty)
	text("seniority.junior.pitch", r.Seniority.Junior.Pitch)
	text("seniority.junior.education", r.Seniority.Junior.Education)
	missions("seniority.junior.missions", r.Seniority.Junior.Missions)
	text("seniority.senior.pitch", r.Seniority.Senior.Pitch)
	text("seniority.senior.education", r.Seniority.Senior.Education)
	missions("seniority.senior.missions", r.Seniority.Senior.Missions)
	for _, size := range SortedKeys(r.Contexts) {
		c, p := r.Contexts[size], "contexts."+size
		text(p+".note", c.Note)
		text(p+".title", c.Title)
		text(p+".pitch", c.Pitch)
		text(p+".reporting", c.Reporting)
		text(p+".manager", c.Manager)
		texts(p+".tools", c.Tools)
		text(p+".english_use", c.EnglishUse)
		for _, id := range SortedKeys(c.Offers) {
			text(p+".offers."+id, c.Offers[id])
		}
		missions(p+".missions", c.Missions)
		if c.Unsuitable != nil {
			text(p+".unsuitable.note", c.Unsuitable.Note)
		}
	}
}
