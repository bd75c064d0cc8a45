package role

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jobdesc/jobdesc/internal/usertext"
)

// Problem is one thing wrong with a role, located by field path
// ("missions[1].title.fr") so the loader can turn it into file:line:col.
type Problem struct {
	Path string
	Msg  string
}

// ValidID reports whether id is a plain role or skill name: lower-case
// letters, digits and single dashes, nothing that could name a path. A
// French title typed as a name ("charge-de-communication-interne-junior-
// reseau-social-d-entreprise", 65 characters) fits within 80.
func ValidID(id string) bool {
	if id == "" || len(id) > 80 || id[0] == '-' || id[len(id)-1] == '-' || strings.Contains(id, "--") {
		return false
	}
	for i := 0; i < len(id); i++ {
		if c := id[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// CheckID returns an error a user can act on when id is not a plain name.
func CheckID(id string) error {
	if ValidID(id) {
		return nil
	}
	return fmt.Errorf("invalid role id %s: use a plain name of lower-case letters, digits and dashes, like community-manager", usertext.Quote(id))
}

// Validate checks what can be checked on a resolved role alone. complete
// asks for every human text in every supported language, as shipped roles
// must carry; a user's own role may carry one language only.
func Validate(r *Role, complete bool) []Problem {
	v := &validator{complete: complete, role: r}
	v.checkID("id", r.ID)
	v.text("title", r.Title, true)
	v.text("titles.junior", r.Titles.Junior, false)
	v.text("titles.senior", r.Titles.Senior, false)
	v.texts("aliases", r.Aliases)
	v.text("summary", r.Summary, true)
	v.text("pitch", r.Pitch, false)
	v.text("reporting", r.Reporting, false)
	v.texts("tools", r.Tools)
	v.text("notes.hire_when", r.Notes.HireWhen, false)
	v.text("notes.not", r.Notes.Not, false)
	v.text("notes.history", r.Notes.History, false)
	v.text("codes.rome_note", r.Codes.ROMENote, false)
	if r.Codes.ROME != "" && r.Codes.ROMENote != nil {
		v.add("codes.rome_note", "rome_note explains a missing ROME code; remove it or the code")
	}
	if len(r.Missions) == 0 {
		v.add("missions", "missing missions: list what the role does")
	}
	v.ownMissions(r.Missions)
	if len(r.Skills) == 0 {
		v.add("skills", "missing skills: list the skills the role needs, each with a level 1-4")
	}
	seen := map[string]bool{}
	for i, s := range r.Skills {
		p := fmt.Sprintf("skills[%d]", i)
		if s.ID == "" {
			v.add(p, "skill without an id")
		} else if seen[s.ID] {
			v.add(p+".id", fmt.Sprintf("skill %q listed twice", s.ID))
		}
		seen[s.ID] = true
		if s.Level < MinLevel || s.Level > MaxLevel {
			v.add(p+".level", fmt.Sprintf("level %d of skill %q is outside 1-4 (1 basics, 2 working, 3 advanced, 4 expert)", s.Level, s.ID))
		}
		v.text(p+".offer", s.Offer, false)
		v.text(p+".junior", s.Junior, false)
		v.text(p+".senior", s.Senior, false)
		if !s.Key {
			continue
		}
		// A posting shows a key skill by its offer line: without one in a
		// language the role is written in, that posting would fall back to
		// the catalogue's generic, third-person level text.
		for _, lang := range Languages() {
			if r.Title.In(lang) != "" && s.Offer.In(lang) == "" {
				v.add(p+".offer", fmt.Sprintf("key skill %q has no %s offer line; write what this role does with it, to the candidate (\"%s\")", s.ID, lang, offerStart[lang]))
			}
		}
	}
	for i, m := range r.Manages {
		if m == r.ID {
			v.add(fmt.Sprintf("manages[%d]", i), "a role cannot manage itself")
		}
	}
	if r.ReportsTo != "" && r.ReportsTo == r.ID {
		v.add("reports_to", "a role cannot report to itself")
	}
	e := r.Profile.Experience
	years := []*int{e.Junior, e.Confirmed, e.Senior}
	for i, y := range years {
		if y != nil && (*y < 0 || *y > 50) {
			v.add("profile.experience."+Seniorities()[i], fmt.Sprintf("%d years is outside 0-50", *y))
		}
	}
	for i, s := range r.Seniorities {
		if !slices.Contains(Seniorities(), s) {
			v.add(fmt.Sprintf("seniorities[%d]", i), fmt.Sprintf("unknown seniority %s; use junior, confirmed or senior", usertext.Quote(s)))
		}
	}
	for i, y := range years {
		s := Seniorities()[i]
		if lo, hi := SeniorityYears(s); y != nil && r.HiredAt(s) && (*y < lo || *y > hi) {
			v.add("profile.experience."+s, fmt.Sprintf("%d years is not %s on the seniority scale (junior 0-2, confirmed 3-5, senior 6 or more); set years the scale gives %s", *y, s, s))
		}
	}
	if e.Junior != nil && e.Confirmed != nil && *e.Junior > *e.Confirmed || e.Confirmed != nil && e.Senior != nil && *e.Confirmed > *e.Senior {
		v.add("profile.experience", "years of experience must not decrease from junior to confirmed to senior")
	}
	v.text("profile.education", r.Profile.Education, false)
	v.text("profile.background", r.Profile.Background, false)
	v.english("profile.english", r.Profile.English)
	v.text("profile.english_use", r.Profile.EnglishUse, false)
	v.text("profile.language_use", r.Profile.LanguageUse, false)
	v.text("on_call_duty", r.OnCallDuty, false)
	// A posting says what the English is for; a role that extends another
	// may take the use from it.
	if r.Profile.English != "" && len(r.Profile.EnglishUse) == 0 && r.Extends == "" {
		v.add("profile.english", "say what the job uses English for in profile.english_use, e.g. {fr: lecture de sources anglophones, en: to read English-language sources}")
	}
	own := func(id string) bool {
		return slices.ContainsFunc(r.Missions, func(m Mission) bool { return m.ID == id })
	}
	if j := r.Seniority.Junior; !r.HiredAt("junior") && !j.IsZero() {
		v.add("seniority.junior", "the role has no junior posting (seniorities); remove seniority.junior or add junior to seniorities")
	}
	v.text("seniority.junior.pitch", r.Seniority.Junior.Pitch, false)
	v.text("seniority.senior.pitch", r.Seniority.Senior.Pitch, false)
	v.text("seniority.junior.education", r.Seniority.Junior.Education, false)
	v.text("seniority.senior.education", r.Seniority.Senior.Education, false)
	v.entryEducation(r)
	// A seniority may also drop what a size adds: a group's students
	// block, which its senior hire leaves to a colleague.
	sized := func(id string) bool {
		for _, c := range r.Contexts {
			if slices.ContainsFunc(c.Missions, func(m Mission) bool { return m.ID == id }) {
				return true
			}
		}
		return false
	}
	v.variant("seniority.junior", r.Seniority.Junior, own, sized)
	v.variant("seniority.senior", r.Seniority.Senior, own, sized)
	for _, size := range SortedKeys(r.Contexts) {
		p := "contexts." + size
		if !slices.Contains(Sizes(), size) {
			v.add(p, fmt.Sprintf("unknown organisation size %s; use %s", usertext.Quote(size), usertext.OrList(Sizes())))
		}
		c := r.Contexts[size]
		v.text(p+".note", c.Note, false)
		v.text(p+".title", c.Title, false)
		for _, lang := range SortedKeys(r.Title) {
			// A posting at this size in lang would carry the role's own
			// title, which the size says is not what it is called there.
			if _, ok := c.Title[lang]; len(c.Title) > 0 && !ok {
				v.add(p+".title", fmt.Sprintf("no %s title at this size, where the role has one of its own: add %s.title.%s", lang, p, lang))
			}
		}
		v.text(p+".pitch", c.Pitch, false)
		for _, lang := range SortedKeys(r.Pitch) {
			// A posting at this size in lang would open on the role's own
			// pitch, which the size says does not describe the post there.
			if _, ok := c.Pitch[lang]; len(c.Pitch) > 0 && !ok {
				v.add(p+".pitch", fmt.Sprintf("no %s pitch at this size, where the role has one of its own: add %s.pitch.%s", lang, p, lang))
			}
		}
		v.text(p+".reporting", c.Reporting, false)
		v.text(p+".manager", c.Manager, false)
		v.text(p+".works_with", c.WorksWith, false)
		v.texts(p+".tools", c.Tools)
		v.swapTools(p, c, r.Tools)
		v.english(p+".english", c.English)
		v.text(p+".english_use", c.EnglishUse, false)
		v.offers(p+".offers", c.Offers)
		if c.English != "" && len(c.EnglishUse) == 0 && len(r.Profile.EnglishUse) == 0 && r.Extends == "" {
			v.add(p+".english", "say what the job uses English for at this size in english_use")
		}
		v.variant(p, Variant{Drop: c.Drop, Missions: c.Missions}, own, nil)
		if c.ReportsTo != nil && *c.ReportsTo == r.ID {
			v.add(p+".reports_to", "a role cannot report to itself")
		}
		if u := c.Unsuitable; u != nil {
			// A refusal at some levels only advises the others; a role to
			// hire instead is then optional.
			if !ValidID(u.Instead) && (u.Instead != "" || len(u.Seniority) == 0) {
				v.add(p+".unsuitable.instead", "name the role to hire instead, by its id")
			} else if u.Instead == r.ID {
				v.add(p+".unsuitable.instead", "a role cannot be its own replacement")
			}
			v.text(p+".unsuitable.note", u.Note, false)
			for i, s := range u.Seniority {
				at := fmt.Sprintf("%s.unsuitable.seniority[%d]", p, i)
				switch {
				case !slices.Contains(Seniorities(), s):
					v.add(at, fmt.Sprintf("unknown seniority %s; use junior, confirmed or senior", usertext.Quote(s)))
				case slices.Contains(u.Seniority[:i], s):
					v.add(at, fmt.Sprintf("seniority %s is listed twice; remove one", usertext.Quote(s)))
				}
			}
		}
	}
	seenRule := map[string]bool{}
	for i, ig := range r.Lint.Ignore {
		p := fmt.Sprintf("lint.ignore[%d]", i)
		v.entryID(p, ".rule", "rule", ig.Rule, seenRule)
		if strings.TrimSpace(ig.Reason) == "" {
			v.add(p, fmt.Sprintf("ignoring %q needs a reason: say why the rule does not apply to this role", ig.Rule))
		}
		v.clean(p+".reason", ig.Reason)
	}
	return v.problems
}

// offerStart is how an offer line usually starts, for the error message.
var offerStart = map[string]string{"fr": "Vous savez…", "en": "You can…"}

// cefrLevels are the Common European Framework levels a posting can ask.
var cefrLevels = []string{"A1", "A2", "B1", "B2", "C1", "C2"}

// variant checks the missions a size or seniority drops and adds: a dropped
// id must be one of the role's missions, or for a seniority (sized not
// nil) one a size adds; an added one must be neither of the role's.
func (v *validator) variant(path string, x Variant, own, sized func(string) bool) {
	for i, id := range x.Drop {
		switch {
		case own(id):
		case sized == nil:
			v.add(fmt.Sprintf("%s.drop[%d]", path, i), fmt.Sprintf("drop names %q, which is not a mission of the role", id))
		case !sized(id):
			v.add(fmt.Sprintf("%s.drop[%d]", path, i), fmt.Sprintf("drop names %q, which is neither a mission of the role nor one a size adds", id))
		}
	}
	v.missions(path+".missions", x.Missions)
	added := map[string]bool{}
	for i, m := range x.Missions {
		p := fmt.Sprintf("%s.missions[%d]", path, i)
		if own(m.ID) {
			v.add(p+".id", fmt.Sprintf("mission id %q is already a mission of the role", m.ID))
		}
		switch {
		case m.Replaces != "" && m.After != "":
			v.add(p, fmt.Sprintf("mission %q sets both replaces and after: keep one", m.ID))
		case m.Replaces != "" && !own(m.Replaces):
			v.add(p+".replaces", fmt.Sprintf("replaces names %q, which is not a mission of the role", m.Replaces))
		case m.After != "" && !own(m.After) && !added[m.After]:
			v.add(p+".after", fmt.Sprintf("after names %q, which is neither a mission of the role nor one listed above it", m.After))
		}
		added[m.ID] = true
	}
}

// ValidateSkill checks one entry of the skills catalogue.
func ValidateSkill(s *Skill, path string, complete bool) []Problem {
	v := &validator{complete: complete}
	if !ValidID(s.ID) {
		v.add(path+".id", fmt.Sprintf("invalid skill id %s: use lower-case letters, digits and dashes", usertext.Quote(s.ID)))
	}
	if !slices.Contains([]string{Knowledge, KnowHow, Soft}, s.Kind) {
		v.add(path+".kind", fmt.Sprintf("kind %s of skill %s must be one of knowledge, know-how, soft", usertext.Quote(s.Kind), usertext.Quote(s.ID)))
	}
	v.text(path+".name", s.Name, true)
	v.text(path+".description", s.Description, false)
	for level, t := range s.Levels {
		p := fmt.Sprintf("%s.levels.%d", path, level)
		if level < MinLevel || level > MaxLevel {
			v.add(p, fmt.Sprintf("level %d is outside 1-4", level))
		}
		v.text(p, t, false)
	}
	return v.problems
}

// entryID checks the id of an entry of a list (a mission, an ignored
// lint rule): present, a plain name, not listed twice.
func (v *validator) entryID(path, field, noun, id string, seen map[string]bool) {
	switch {
	case id == "":
		v.add(path, noun+" without an id")
	case !ValidID(id):
		v.add(path+field, fmt.Sprintf("invalid %s id %s: use lower-case letters, digits and dashes", noun, usertext.Quote(id)))
	case seen[id]:
		v.add(path+field, fmt.Sprintf("%s %q listed twice", noun, id))
	}
	seen[id] = true
}

type validator struct {
	complete bool
	problems []Problem
	role     *Role // the role checked, when it is one
}

// offers checks profile lines given by skill id, a size's or a block's:
// each rewords the line of a skill the role lists.
func (v *validator) offers(path string, offers map[string]Text) {
	for _, id := range SortedKeys(offers) {
		r := v.role
		if r != nil && r.Extends == "" && !slices.ContainsFunc(r.Skills, func(s SkillRef) bool { return s.ID == id }) {
			v.add(path+"."+id, fmt.Sprintf("the role asks no skill %s: only the line of a skill the role lists can be reworded", usertext.Quote(id)))
		}
		v.text(path+"."+id, offers[id], false)
	}
}

func (v *validator) add(path, msg string) { v.problems = append(v.problems, Problem{path, msg}) }

func (v *validator) checkID(path, id string) {
	switch {
	case id == "":
		v.add(path, "missing id: set it to the file name without .yaml")
	case !ValidID(id):
		v.add(path, CheckID(id).Error())
	}
}

func (v *validator) missions(path string, ms []Mission) {
	seen := map[string]bool{}
	for i, m := range ms {
		p := fmt.Sprintf("%s[%d]", path, i)
		v.entryID(p, ".id", "mission", m.ID, seen)
		v.text(p+".title", m.Title, true)
		if len(m.Activities) == 0 {
			v.add(p, fmt.Sprintf("mission %q has no activities", m.ID))
		}
		for j, a := range m.Activities {
			v.text(fmt.Sprintf("%s.activities[%d]", p, j), a, true)
		}
		v.offers(p+".offers", m.Offers)
		v.texts(p+".tools", m.Tools)
	}
}

// ownMissions checks the role's own missions, which stand in the order
// written: only what a size or seniority adds is placed.
func (v *validator) ownMissions(ms []Mission) {
	v.missions("missions", ms)
	for i, m := range ms {
		if m.Replaces != "" || m.After != "" {
			v.add(fmt.Sprintf("missions[%d]", i), fmt.Sprintf("mission %q sets replaces or after, which only a size or seniority's missions can: move it where it belongs in the list", m.ID))
		}
	}
}

// text checks one human text: known languages, every language when the
// role must be complete, no control characters.
func (v *validator) text(path string, t Text, required bool) {
	if len(t) == 0 {
		if required {
			v.add(path, "missing "+path)
		}
		return
	}
	for _, lang := range SortedKeys(t) {
		v.lang(path, lang)
		v.clean(path+"."+lang, t[lang])
		if strings.TrimSpace(t[lang]) == "" {
			v.add(path+"."+lang, "empty text")
		}
	}
	v.languages(path, func(lang string) bool { _, ok := t[lang]; return ok })
}

func (v *validator) texts(path string, t Texts) {
	for _, lang := range SortedKeys(t) {
		v.lang(path, lang)
		for i, s := range t[lang] {
			v.clean(fmt.Sprintf("%s.%s[%d]", path, lang, i), s)
		}
	}
	if len(t) > 0 {
		v.languages(path, func(lang string) bool { _, ok := t[lang]; return ok })
	}
}

func (v *validator) lang(path, lang string) {
	if !slices.Contains(Languages(), lang) {
		v.add(path+"."+lang, fmt.Sprintf("unknown language %s; use fr or en", usertext.Quote(lang)))
	}
}

func (v *validator) languages(path string, has func(string) bool) {
	if !v.complete {
		return
	}
	for _, lang := range Languages() {
		if !has(lang) {
			v.add(path, fmt.Sprintf("missing the %q text of %s; shipped roles carry every language", lang, path))
		}
	}
}

// clean refuses control characters (printed to a terminal, escape
// sequences can rewrite the screen or the clipboard) and invisible ones
// (a bidi override makes a text read backwards).
func (v *validator) clean(path, s string) {
	if p := usertext.Problem(s, false); p != "" {
		v.add(path, p+" in text; remove it")
	}
}

// IsControl reports whether r is a C0 or C1 control character other than
// tab and newline.
func IsControl(r rune) bool { return usertext.IsControl(r) }

// english checks a CEFR level, the role's or a size's.
func (v *validator) english(path, level string) {
	if level != "" && !slices.Contains(cefrLevels, level) {
		v.add(path, fmt.Sprintf("english level %q is not a CEFR level; use one of %s", level, strings.Join(cefrLevels, ", ")))
	}
}

// swapTools holds a size's tool swaps to the tools the posting lists at
// that size: a mission line that names a tool the list leaves out would
// contradict it.
func (v *validator) swapTools(p string, c Context, own Texts) {
	tools := own
	if c.Tools != nil {
		tools = c.Tools
	}
	for _, from := range SortedKeys(c.SwapTools) {
		to, at := c.SwapTools[from], p+".swap_tools."+from
		switch {
		case strings.TrimSpace(from) == "" || strings.TrimSpace(to) == "":
			v.add(at, "name the tool the missions name and the one used instead, e.g. {Agorapulse: Sprinklr}")
			continue
		case from == to:
			v.add(at, fmt.Sprintf("%s is swapped for itself; remove the line", usertext.Quote(from)))
			continue
		}
		for _, lang := range SortedKeys(tools) {
			if !slices.ContainsFunc(tools[lang], func(t string) bool { return t == to || strings.HasPrefix(t, to+" (") }) {
				v.add(at, fmt.Sprintf("%s is not among the %s tools at this size; add it to %s.tools.%s or swap for a listed one", usertext.Quote(to), lang, p, lang))
			}
		}
	}
}

// equivalentExperience is how an education line offers experience in
// place of the degree, per language.
var equivalentExperience = map[string]string{"fr": "expérience équivalente", "en": "equivalent experience"}

// entryEducation checks that a junior posting which welcomes a first job
// (no years asked) does not offer "or equivalent experience" beside the
// degree: a beginner has none, and the line would contradict the one above
// it. The role's junior variant writes what a beginner can show instead.
func (v *validator) entryEducation(r *Role) {
	if !r.HiredAt("junior") {
		return
	}
	if y := r.Profile.Experience.Junior; y == nil || *y > 0 {
		return // the posting says nothing of first jobs
	}
	path := "profile.education"
	if r.Seniority.Junior.Education != nil {
		path = "seniority.junior.education"
	}
	edu := r.EducationAt("junior")
	for _, lang := range SortedKeys(edu) {
		if w, ok := equivalentExperience[lang]; ok && strings.Contains(strings.ToLower(edu[lang]), w) {
			v.add(path+"."+lang, fmt.Sprintf("a junior posting welcomes a first job but this education line asks for %s; write seniority.junior.education with what a beginner can show instead (a work-study contract, a short course, projects)", usertext.Quote(w)))
		}
	}
}
