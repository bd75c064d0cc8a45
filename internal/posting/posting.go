package posting

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/role"
)

// Posting is a role resolved in one language with the recruiter's values:
// every text final in that language, every condition already worded, and
// beside them the raw values machine formats need (Data). Formats only lay
// it out and escape it for their own context; none words anything again.
// It is also the data a template receives, and the json format's shape.
type Posting struct {
	Lang       string   `desc:"language of the posting: fr or en"`
	RoleID     string   `desc:"id of the role in the catalogue"`
	Title      string   `desc:"job title"`
	Aliases    []string `desc:"other names of the role"`
	Summary    string   `desc:"what the role is, in a paragraph"`
	Context    string   `desc:"what the role looks like at the company's size; may be empty"`
	Company    Employer `desc:"the hiring company, as the values describe it"`
	Reporting  Reporting
	Missions   []Mission `desc:"the missions, the company size's extra ones last"`
	Skills     Skills
	Profile    []Item   `desc:"what the posting asks of candidates besides skills: seniority, experience, education, background"`
	Conditions []Item   `desc:"the job's conditions in display order: contract, location, remote, salary, start, benefits"`
	Benefits   []string `desc:"the benefits one by one (also worded in Conditions)"`
	Apply      Application
	Labels     Labels `desc:"the fixed words of the posting's language"`
	Data       Data   `desc:"raw values for machine formats: codes, ISO dates, amounts"`
}

// Employer is the hiring company.
type Employer struct {
	Name  string `desc:"company name; may be empty"`
	About string `desc:"what the company does, in its own words; paragraphs separated by a blank line"`
	URL   string `desc:"company website; an absolute http(s) address or empty"`
}

// Reporting is the role's place in the organisation.
type Reporting struct {
	Items []Item `desc:"reports_to and manages, as label/value pairs"`
	Note  string `desc:"the role file's nuance on the reporting line"`
}

// Item is one labelled line: "Contrat : CDI, temps plein".
type Item struct {
	Key   string `desc:"stable name of the line: contract, hours, location, remote, salary, start, benefits, seniority, experience, education, background, reports_to, manages"`
	Label string `desc:"the label in the posting's language"`
	Value string `desc:"the value, worded in the posting's language"`
}

// Mission is one mission in the posting's language.
type Mission struct {
	Title      string
	Activities []string
}

// Skills are the role's skills grouped by kind, in the role's order.
type Skills struct {
	KnowHow   []Skill `desc:"savoir-faire"`
	Soft      []Skill `desc:"savoir-être"`
	Knowledge []Skill `desc:"savoirs"`
}

// Skill is a skill and the level asked.
type Skill struct {
	ID          string `desc:"id in the skills catalogue"`
	Name        string
	Level       int    `desc:"level asked, 1 (basics) to 4 (expert), after the seniority rule"`
	LevelLabel  string `desc:"the level in words"`
	Description string `desc:"what the level means for this skill; may be empty"`
}

// Application says how to apply, worded.
type Application struct {
	URL          string `desc:"application link; an absolute http(s) address or empty"`
	Email        string `desc:"application e-mail address or empty"`
	Reference    string `desc:"the posting's reference or empty"`
	Posted       string `desc:"posted date in words: 20 novembre 2026"`
	ValidThrough string `desc:"closing date in words, or empty"`
}

// Data are the posting's values as machines read them.
type Data struct {
	Posted       string `desc:"posted date, YYYY-MM-DD"`
	ValidThrough string `desc:"closing date, YYYY-MM-DD, or empty"`
	Start        string `desc:"start date, YYYY-MM-DD, or empty"`
	Seniority    string `desc:"junior, confirmed, senior or empty"`
	CompanySize  string `desc:"small, medium, large or empty"`
	Location     Place
	Contract     Terms
	Salary       *Pay `desc:"null when no amount is given"`
	// ExperienceYears is nil when the role does not say.
	ExperienceYears *int `desc:"years of experience asked at the posting's seniority; null when the role does not say"`
	Codes           Codes
}

// Codes are the role's occupation codes; each may be empty.
type Codes struct {
	ROME string `desc:"France Travail's ROME code, e.g. E1101"`
	ESCO string `desc:"ESCO occupation URI"`
	ISCO string `desc:"ISCO-08 code, e.g. 2432"`
}

// Place is where the job is done, as codes.
type Place struct {
	City    string
	Region  string
	Country string `desc:"ISO 3166 alpha-2 code or empty"`
	Remote  string `desc:"onsite, hybrid, remote or empty"`
}

// Terms is the kind of employment, as codes.
type Terms struct {
	Type     string `desc:"permanent, fixed-term, freelance, internship, apprenticeship or empty"`
	Hours    string `desc:"full-time, part-time or empty"`
	Duration string `desc:"the duration as the recruiter wrote it, or empty"`
}

// Pay is the salary range; a zero bound is not given.
type Pay struct {
	Min      float64 `desc:"lower bound; 0 when not given"`
	Max      float64 `desc:"upper bound; 0 when not given"`
	Currency string  `desc:"ISO 4217 code"`
	Period   string  `desc:"hour, day, week, month, year or empty"`
}

// Resolver resolves postings from one catalogue with one labels file.
type Resolver struct {
	Catalog *catalog.Catalog
	Words   *Words
}

// Key says which postings share a Base: what the role part of a posting
// depends on besides the catalogue and the labels. Batches cache a Base
// per Key and resolve only the values part for each posting.
type Key struct{ Role, Lang, Seniority, Size string }

// KeyOf is the Key of the posting of role id with values v.
func KeyOf(id string, v Values) Key {
	return Key{Role: id, Lang: v.Lang, Seniority: v.Seniority, Size: v.Company.Size}
}

// Base is the part of a posting that depends only on its Key.
type Base struct {
	p     Posting
	key   Key
	words map[string]string
	file  string
	err   error // the first label found missing
}

// Resolve builds the posting of role id with values v, in v.Lang.
func (r *Resolver) Resolve(id string, v Values) (*Posting, error) {
	b, err := r.Base(id, v)
	if err != nil {
		return nil, err
	}
	return b.With(v)
}

// Base resolves the role part of the posting of role id with values v:
// the same for every v of the same KeyOf(id, v).
func (r *Resolver) Base(id string, v Values) (*Base, error) {
	lang := v.Lang
	if !slices.Contains(role.Languages(), lang) {
		return nil, fmt.Errorf("unknown language %q; use fr or en", lang)
	}
	ro, err := r.Catalog.Role(id)
	if err != nil {
		return nil, err
	}
	if ro.Title.In(lang) == "" {
		return nil, fmt.Errorf("role %q has no %s title; render it with --lang set to a language it carries", ro.ID, lang)
	}
	words, err := r.Words.lang(lang)
	if err != nil {
		return nil, err
	}
	b := &Base{key: KeyOf(id, v), words: words, file: r.Words.file}
	w := b.word
	c := r.Catalog
	p := &b.p
	*p = Posting{
		Lang:    lang,
		RoleID:  ro.ID,
		Title:   ro.Title.In(lang),
		Aliases: nonNil(ro.Aliases[lang]),
		Summary: ro.Summary.In(lang),
		Labels:  labels(words),
	}
	p.Data.Codes = Codes{ROME: ro.Codes.ROME, ESCO: ro.Codes.ESCO, ISCO: ro.Codes.ISCO}
	p.Data.Seniority, p.Data.CompanySize = v.Seniority, v.Company.Size
	p.Reporting = Reporting{Items: []Item{}, Note: ro.Reporting.In(lang)}
	if ro.ReportsTo != "" {
		if boss, err := c.Role(ro.ReportsTo); err == nil {
			p.Reporting.Items = append(p.Reporting.Items, Item{Key: "reports_to", Label: w("reports_to"), Value: boss.Title.In(lang)})
		}
	}
	var manages []string
	for _, id := range ro.Manages {
		if sub, err := c.Role(id); err == nil {
			manages = append(manages, sub.Title.In(lang))
		}
	}
	if len(manages) > 0 {
		p.Reporting.Items = append(p.Reporting.Items, Item{Key: "manages", Label: w("manages"), Value: strings.Join(manages, ", ")})
	}
	p.Missions = missions(ro.Missions, lang)
	if ctx, ok := ro.Contexts[v.Company.Size]; ok {
		p.Context = ctx.Note.In(lang)
		p.Missions = append(p.Missions, missions(ctx.Missions, lang)...)
	}
	p.Skills = Skills{KnowHow: []Skill{}, Soft: []Skill{}, Knowledge: []Skill{}}
	for _, ref := range ro.Skills {
		s := c.Skill(ref.ID)
		if s == nil {
			continue
		}
		level := AdjustLevel(ref.Level, v.Seniority)
		ps := Skill{ID: s.ID, Name: s.Name.In(lang), Level: level, LevelLabel: w("level_" + strconv.Itoa(level)), Description: s.Levels[level].In(lang)}
		switch s.Kind {
		case role.KnowHow:
			p.Skills.KnowHow = append(p.Skills.KnowHow, ps)
		case role.Soft:
			p.Skills.Soft = append(p.Skills.Soft, ps)
		default:
			p.Skills.Knowledge = append(p.Skills.Knowledge, ps)
		}
	}
	p.Profile = []Item{}
	if s := v.Seniority; s != "" {
		p.Profile = append(p.Profile, Item{Key: "seniority", Label: w("seniority"), Value: w("seniority_" + s)})
	}
	if y := years(ro.Profile.Experience, v.Seniority); y != nil {
		p.Data.ExperienceYears = y
		exp := w("no_experience")
		switch {
		case *y == 1:
			exp = "1 " + w("years_one")
		case *y > 1:
			exp = strconv.Itoa(*y) + " " + w("years_many")
		}
		p.Profile = append(p.Profile, Item{Key: "experience", Label: w("experience"), Value: exp})
	}
	if t := ro.Profile.Education.In(lang); t != "" {
		p.Profile = append(p.Profile, Item{Key: "education", Label: w("education"), Value: t})
	}
	if t := ro.Profile.Background.In(lang); t != "" {
		p.Profile = append(p.Profile, Item{Key: "background", Label: w("background"), Value: t})
	}
	if b.err != nil {
		return nil, b.err
	}
	return b, nil
}

// word is the label of key in the base's language; a label the file lacks
// is recorded as the error of the whole resolution.
func (b *Base) word(key string) string {
	s, ok := b.words[key]
	if !ok && b.err == nil {
		b.err = fmt.Errorf("%s: no %s label %q; add it", b.file, b.p.Lang, key)
	}
	return s
}

// With returns the posting for values v, which must have the Key the base
// was resolved with: the role part is shared, the values part is worded.
func (b *Base) With(v Values) (*Posting, error) {
	if KeyOf(b.key.Role, v) != b.key {
		return nil, fmt.Errorf("posting of %s resolved for other values; resolve it again", b.p.RoleID)
	}
	// A copy of the base, so concurrent users of one base never share
	// what they change.
	wb := *b
	wb.err = nil
	p := &wb.p
	lang := p.Lang
	w := wb.word
	p.Company = Employer{Name: v.Company.Name, About: v.Company.About, URL: v.Company.URL}
	p.Benefits = nonNil(v.Benefits)
	p.Apply = Application{URL: v.Apply.URL, Email: v.Apply.Email, Reference: v.Reference, Posted: Date(v.Posted, lang), ValidThrough: Date(v.ValidThrough, lang)}
	d := &p.Data
	d.Posted, d.ValidThrough, d.Start = v.Posted, v.ValidThrough, v.Start
	d.Location = Place{City: v.Location.City, Region: v.Location.Region, Country: v.Location.Country, Remote: v.Location.Remote}
	d.Contract = Terms{Type: v.Contract.Type, Hours: v.Contract.Hours, Duration: v.Contract.Duration}
	d.Salary = nil
	if s := v.Salary; s.Min > 0 || s.Max > 0 {
		d.Salary = &Pay{Min: s.Min, Max: s.Max, Currency: s.Currency, Period: s.Period}
	}

	cs := make([]Item, 0, 6)
	add := func(key, value string) { cs = append(cs, Item{Key: key, Label: w(key), Value: value}) }
	if c := v.Contract; c.Type != "" {
		parts := []string{w("contract_" + c.Type)}
		if c.Duration != "" {
			parts[0] += " (" + c.Duration + ")"
		}
		if c.Hours != "" {
			parts = append(parts, w("hours_"+c.Hours))
		}
		add("contract", strings.Join(parts, ", "))
	} else if c.Hours != "" {
		add("hours", w("hours_"+c.Hours))
	}
	if l := v.Location; l.City != "" || l.Region != "" || l.Country != "" {
		var parts []string
		for _, s := range []string{l.City, l.Region, Country(l.Country, lang)} {
			if s != "" {
				parts = append(parts, s)
			}
		}
		add("location", strings.Join(parts, ", "))
	}
	if r := v.Location.Remote; r != "" {
		add("remote", w("remote_"+r))
	}
	if d.Salary != nil {
		add("salary", wb.salary(v.Salary))
	}
	if v.Start != "" {
		add("start", Date(v.Start, lang))
	}
	if len(v.Benefits) > 0 {
		add("benefits", strings.Join(v.Benefits, ", "))
	}
	p.Conditions = cs
	if wb.err != nil {
		return nil, wb.err
	}
	return p, nil
}

// salary words the pay range: "38 000 € – 45 000 € brut par an", "from
// €40,000 per year, gross".
func (b *Base) salary(s Salary) string {
	lang := b.p.Lang
	var out string
	switch {
	case s.Min > 0 && s.Max > 0:
		out = Money(s.Min, s.Currency, lang) + " – " + Money(s.Max, s.Currency, lang)
	case s.Min > 0:
		out = b.word("salary_from") + " " + Money(s.Min, s.Currency, lang)
	default:
		out = b.word("salary_up_to") + " " + Money(s.Max, s.Currency, lang)
	}
	if s.Period != "" {
		out += " " + b.word("per_"+s.Period)
	}
	return out
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func missions(ms []role.Mission, lang string) []Mission {
	out := make([]Mission, 0, len(ms))
	for _, m := range ms {
		pm := Mission{Title: m.Title.In(lang), Activities: []string{}}
		for _, a := range m.Activities {
			if t := a.In(lang); t != "" {
				pm.Activities = append(pm.Activities, t)
			}
		}
		out = append(out, pm)
	}
	return out
}

func years(e role.Experience, seniority string) *int {
	switch seniority {
	case "junior":
		return e.Junior
	case "senior":
		return e.Senior
	default:
		return e.Confirmed
	}
}

// AdjustLevel applies the seniority rule to a skill level the role states
// for a confirmed hire: a junior posting asks one level less (never below
// 1), a senior posting one level more (never above 4).
func AdjustLevel(level int, seniority string) int {
	switch seniority {
	case "junior":
		return max(level-1, role.MinLevel)
	case "senior":
		return min(level+1, role.MaxLevel)
	}
	return level
}
