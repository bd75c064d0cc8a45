package posting

import (
	"fmt"
	"slices"

	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/role"
)

// Posting is a role resolved in one language with the recruiter's values:
// only plain strings, so every output format can escape them its own way.
type Posting struct {
	Lang      string
	RoleID    string
	Title     string
	Aliases   []string
	Summary   string
	Context   string // what the role looks like at the company's size
	ReportsTo string // title of the role it reports to
	Reporting string
	Manages   []string // titles of the roles it manages
	Missions  []Mission
	Skills    Skills
	Profile   Profile
	Codes     role.Codes
	Values    Values // the company, place, contract, pay and seniority
}

// Mission is one mission in the posting's language.
type Mission struct {
	Title      string
	Activities []string
}

// Skills are the role's skills grouped by kind, in the role's order.
type Skills struct {
	KnowHow   []Skill
	Soft      []Skill
	Knowledge []Skill
}

// Skill is a skill and the level asked.
type Skill struct {
	ID          string
	Name        string
	Level       int
	Description string // what the level means for this skill
}

// Profile is what the posting asks of candidates besides skills.
type Profile struct {
	HasYears   bool
	Years      int // years of experience at the posting's seniority
	Education  string
	Background string
}

// Resolve builds the posting of role r in lang with values v.
func Resolve(c *catalog.Catalog, r *role.Role, v Values, lang string) (*Posting, error) {
	if !slices.Contains(role.Languages(), lang) {
		return nil, fmt.Errorf("unknown language %q; use fr or en", lang)
	}
	if r.Title.In(lang) == "" {
		return nil, fmt.Errorf("role %q has no %s title; render it with --lang set to a language it carries", r.ID, lang)
	}
	p := &Posting{
		Lang:      lang,
		RoleID:    r.ID,
		Title:     r.Title.In(lang),
		Aliases:   r.Aliases[lang],
		Summary:   r.Summary.In(lang),
		Reporting: r.Reporting.In(lang),
		Codes:     r.Codes,
		Values:    v,
	}
	if r.ReportsTo != "" {
		if boss, err := c.Role(r.ReportsTo); err == nil {
			p.ReportsTo = boss.Title.In(lang)
		}
	}
	for _, id := range r.Manages {
		if sub, err := c.Role(id); err == nil {
			p.Manages = append(p.Manages, sub.Title.In(lang))
		}
	}
	p.Missions = missions(r.Missions, lang)
	if ctx, ok := r.Contexts[v.Company.Size]; ok {
		p.Context = ctx.Note.In(lang)
		p.Missions = append(p.Missions, missions(ctx.Missions, lang)...)
	}
	for _, ref := range r.Skills {
		s := c.Skill(ref.ID)
		if s == nil {
			continue
		}
		level := AdjustLevel(ref.Level, v.Seniority)
		ps := Skill{ID: s.ID, Name: s.Name.In(lang), Level: level, Description: s.Levels[level].In(lang)}
		switch s.Kind {
		case role.KnowHow:
			p.Skills.KnowHow = append(p.Skills.KnowHow, ps)
		case role.Soft:
			p.Skills.Soft = append(p.Skills.Soft, ps)
		default:
			p.Skills.Knowledge = append(p.Skills.Knowledge, ps)
		}
	}
	p.Profile = Profile{
		Education:  r.Profile.Education.In(lang),
		Background: r.Profile.Background.In(lang),
	}
	if y := years(r.Profile.Experience, v.Seniority); y != nil {
		p.Profile.HasYears, p.Profile.Years = true, *y
	}
	return p, nil
}

func missions(ms []role.Mission, lang string) []Mission {
	out := make([]Mission, 0, len(ms))
	for _, m := range ms {
		pm := Mission{Title: m.Title.In(lang)}
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

// With returns the posting for other values of the same role, language,
// seniority and company size: the parts Resolve derives from those stay,
// the rest comes from v. Batches resolve a role once and reuse it.
func (p Posting) With(v Values) *Posting {
	p.Values = v
	return &p
}
