package posting

import (
	"cmp"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/langdetect"
	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/strictyaml"
	"github.com/jobdesc/jobdesc/internal/usage"
	"github.com/jobdesc/jobdesc/internal/usertext"
	"github.com/jobdesc/jobdesc/internal/values"
)

// Posting is a role resolved in one language with the recruiter's values:
// every text final in that language, every condition already worded, and
// beside them the raw values machine formats need (Data). Formats only lay
// it out and escape it for their own context; none words anything again.
// It is also the data a template receives, and the json format's shape.
type Posting struct {
	Lang       string    `desc:"language of the posting: fr or en"`
	RoleID     string    `desc:"id of the role in the catalogue"`
	Title      string    `desc:"job title"`
	Heading    string    `desc:"the title as the posting's heading shows it: the job title, then title_suffix when given, e.g. Community manager (F/H)"`
	Facts      []Item    `desc:"the key facts shown right under the title, in display order: employer (the company's name, when the values say nothing else of it and it has no section), contract (with the trial period), location (with remote work), remote (when no place is given), salary, working_time (with the French status: Statut et temps de travail) or status alone, on_call (the rota and its compensation, only with both and a duty; never in a junior posting), on_call_duty (what the hire does on call, right under on_call), start, working_language (the languages the job works in, each with its level: the team's, then the English the role asks; absent for a posting in the team's language that asks no English)"`
	Length     string    `desc:"standard (the offer) or full (the role's whole reference, for internal use)"`
	Aliases    []string  `desc:"other names of the role; only in the full reference"`
	Summary    string    `desc:"what the role is responsible for, in one sentence"`
	Pitch      string    `desc:"the posting's opening, written to the candidate; the summary for a role that has no pitch"`
	Scope      string    `desc:"what the post manages in figures, the company's (a budget, hires a year, sites run): a sentence after the pitch; may be empty"`
	Context    string    `desc:"for recruiters, only in the full reference: the summary and what the role looks like at the company's size; paragraphs separated by a blank line"`
	Company    Employer  `desc:"the hiring company, as the values describe it (the staffing agency of an interim job)"`
	Client     *Employer `json:",omitempty" desc:"the company an interim worker is placed with, as the values describe it (no URL); null otherwise"`
	Reporting  Reporting `desc:"reports_to, manages and team"`
	Missions   []Mission `desc:"the missions, the company size's extra ones last"`
	Skills     Skills
	Profile    []Item `desc:"what the posting asks of candidates besides skills: seniority, experience, education, background"`
	Conditions []Item `desc:"the job's other conditions in display order: hours, reason and after (a fixed term's), paid_leave, relocation, agreement (in a language other than the team's, only with its note), benefits"`
	WorkHours  string `desc:"the working time worded, without the status (JSON-LD's workHours), or empty"`
	WhyJoin    string `desc:"why join us, in the company's words: the team, the project, the first months; paragraphs separated by a blank line; may be empty"`
	WorkPermit string `desc:"the right-to-work sentence closing the application section, where the posting's language says it there (French: « Autorisation de travail en France requise. »); empty when the key facts say it (work_permit) or the values give none"`
	Inclusion  string `desc:"the disability-inclusion line (RQTH): the company's, else the default of the posting's language"`
	Privacy    string `desc:"the candidate-data notice (who processes applications, how long they are kept, whom to ask): the company's, else a default worded from its name"`
	// PrivacyEmail is apart from the notice's text so that each format
	// writes it as an address.
	// PrivacyComplaint closes the notice, after whom to ask: the
	// authority a candidate may complain to, for a job in France.
	PrivacyComplaint string   `desc:"the default notice's last sentence, the authority a candidate may complain to (for a job in France: the CNIL), after the rights and whom to ask; empty otherwise"`
	PrivacyEmail     string   `desc:"whom the default notice sends candidates to, to see or delete their data: the application e-mail address; empty with the company's own notice"`
	Benefits         []string `desc:"the benefits one by one (also worded in Conditions)"`
	Process          []string `desc:"the steps of the recruitment, in order"`
	ProcessNote      string   `desc:"when candidates hear back, a line after the steps; may be empty"`
	Apply            Application
	Labels           Labels `desc:"the fixed words of the posting's language"`
	Data             Data   `desc:"raw values for machine formats: codes, ISO dates, amounts"`
	Page             Page   `json:",omitzero" desc:"where the page stands on a careers site (jobdesc site); empty otherwise"`

	// lead is set for a head-of role: one the catalogue never hires
	// junior.
	lead bool
	// english is the CEFR level of English the job needs at its size; the
	// languages fact says it beside the team's working language.
	english string
	// englishUse is what the job uses English for, in the posting's language.
	englishUse string
	// languageUse is whom the job works with in the team's language, the
	// role's (ownLanguageUse: the role says it, maybe not in this
	// language); onCallDuty what the job does on call.
	languageUse    string
	ownLanguageUse bool
	onCallDuty     string
	// applyWith is what the role asks to send beside the CV.
	applyWith string
	// asked is the seniority the values asked; "" when the posting is the
	// role as the catalogue hires it, whose title and years say the level.
	asked string
	// manager is who the post reports to as a candidate would name them
	// after "with": "la ou le responsable digital", "the Head of digital",
	// "la direction générale"; "" for no reporting line.
	manager string
	// managerPost says manager names a post, not a person the catalogue
	// knows by title ("la direction générale", "the chief executive"):
	// steps with the manager name it, as "your future manager" would
	// not say who leads the interview.
	managerPost bool
	// managed are the titles of the posts the hire manages, for the check
	// of the team's size against them.
	managed []string
	// boss is the post the hire reports to as the team paragraph names it
	// ("notre responsable digital", "our head of digital"); crew the
	// sentence on the posts managed or worked beside. The values' team
	// name and size join them in WithReadings.
	boss, crew string
	// leads says the hire manages the team they join: it is theirs to
	// lead, not to join.
	leads bool
	// named is how many people the team sentences already count: the hire
	// and the posts managed, or the hire, the manager and the posts worked
	// beside; 0 when they do not tell (a manager outside the catalogue).
	named int

	// base is the Base the posting was made from: the postings of one
	// base have their SharedFields alike, so a format lays them out once.
	base *Base
}

// SharedFields are the fields that every posting made from one Base has
// alike: With sets none of them. A template a format lays out once per
// base may read these and nothing else of the posting.
func SharedFields() []string {
	return []string{"Lang", "RoleID", "Title", "Length", "Aliases", "Summary", "Pitch", "Context", "Missions", "Skills", "Profile", "Labels"}
}

// Lead reports whether the posting's role is a head-of role, one never
// hired junior.
func (p *Posting) Lead() bool { return p.lead }

// Base returns the base the posting was made from, which identifies its
// SharedFields; nil for a posting built otherwise.
func (p *Posting) Base() *Base { return p.base }

// Employer is the hiring company.
type Employer struct {
	Name string `desc:"company name; may be empty"`
	// Heading is the company's only: a client is headed by its label.
	Heading string `desc:"the company section's heading: about_named with the name (\"About Exemple SA\"), or about when there is no name; the section is shown only when the company has an about text or a site to link"`
	About   string `desc:"what the company does, in its own words; paragraphs separated by a blank line"`
	URL     string `desc:"company website; an absolute http(s) address or empty"`
	// Site is what the company block shows: a link to the site the
	// candidate is sent to anyway to apply tells them nothing.
	Site string `desc:"the company website as the posting shows it: url, or empty when the application link is on the same host"`
}

// Reporting is the role's place in the organisation.
type Reporting struct {
	Items []Item `desc:"reports_to, manages and team, as label/value pairs"`
	// Text is what the templates show: a candidate reads "Vous êtes
	// rattaché·e à la ou au responsable digital", not a label line.
	Text string `desc:"the section in sentences: whom the hire reports to, whom they manage, then the team in the company's words (team.size, team.with); empty when there is nothing to say"`
	Note string `desc:"a nuance on the reporting line; empty in the shipped roles"`
}

// Item is one labelled line: "Contrat : CDI, temps plein".
type Item struct {
	Key   string `desc:"stable name of the line: contract, location, remote, salary, working_time, on_call, on_call_duty, travel, start, hours, relocation, paid_leave, status, agreement, benefits, seniority (only when a seniority was asked), experience, education, working_language, tools, background, reports_to, manages, team"`
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
	ID   string `desc:"id in the skills catalogue"`
	Name string
	// Line is what the posting prints: no level jargon, the candidate
	// addressed directly.
	Line        string `desc:"the skill as the posting words it for the candidate: the role's own line (\"Vous savez…\"), else the skill's name and what its level means"`
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
	Note         string `desc:"what the application may be written in or come with (apply.note): after the words before the link (\"Apply with your CV in French or English: …\"), or in brackets after the address; may be empty"`
	Lead         string `desc:"the words before the link (apply_url) or, without one, the address (apply_email), with what the role asks to send beside the CV (apply_with)"`
}

// Data are the posting's values as machines read them.
type Data struct {
	Posted       string `desc:"posted date, YYYY-MM-DD"`
	ValidThrough string `desc:"closing date, YYYY-MM-DD, or empty"`
	Start        string `desc:"start date, YYYY-MM-DD, or empty"`
	Seniority    string `desc:"junior, confirmed, senior or empty"`
	CompanySize  string `desc:"small, medium, large or empty"`
	TitleSuffix  string `desc:"what follows the title in the heading, e.g. (F/H), or empty"`
	TeamSize     int    `desc:"people in the team the hire joins; 0 when not given"`
	Location     Place
	Contract     Terms
	Salary       *Pay `desc:"null when no amount is given"`
	// ExperienceYears is nil when the role does not say.
	ExperienceYears *int `desc:"years of experience asked at the posting's seniority; null when the role does not say"`
	Codes           Codes
}

// Page is what a posting's page on a careers site knows beyond the
// posting: its address, its versions in other languages, whether it is
// closed, and the site's branding. jobdesc site fills it; it is empty for
// render.
type Page struct {
	Canonical  string      `desc:"the page's absolute address; empty outside a site"`
	Index      string      `desc:"the address of the site's index in the posting's language; empty outside a site"`
	Alternates []Alternate `desc:"the posting's versions in every language, itself included (entries sharing a reference)"`
	Closed     bool        `desc:"valid_through has passed: the page says the posting is closed"`
	Site       Brand
}

// Alternate is one language version of a posting.
type Alternate struct {
	Lang string `desc:"fr or en"`
	URL  string `desc:"absolute address of that version"`
}

// Brand is the careers site's identity, from the config's site section.
type Brand struct {
	Name       string `desc:"the site's name, e.g. the company's; may be empty"`
	Logo       string `desc:"absolute address of the logo image, or empty"`
	Accent     string `desc:"accent colour, #rrggbb"`
	AccentText string `desc:"#ffffff or #000000, whichever reads best on the accent colour"`
}

// Codes are the role's occupation codes; each may be empty.
type Codes struct {
	ROME string `desc:"France Travail's ROME code, e.g. E1101"`
	ESCO string `desc:"ESCO occupation URI"`
	ISCO string `desc:"ISCO-08 code, e.g. 2432"`
}

// Place is where the job is done, as codes.
type Place struct {
	District string `desc:"the neighbourhood or address in the city, or empty"`
	City     string
	Region   string
	Country  string `desc:"ISO 3166 alpha-2 code or empty"`
	Remote   string `desc:"onsite, hybrid, remote or empty"`
	// RemoteDays has no schema.org property: JSON-LD words it in the
	// description.
	RemoteDays int `desc:"days a week of remote work of a hybrid job, 1 to 5; 0 when not given"`
}

// Terms is the kind of employment, as codes.
type Terms struct {
	Type      string `desc:"permanent, fixed-term, freelance, internship, apprenticeship, interim or empty"`
	Hours     string `desc:"full-time, part-time or empty"`
	Duration  string `desc:"the duration as the recruiter wrote it, in the posting's language, or empty"`
	Status    string `desc:"cadre, non-cadre, agent-de-maitrise or empty"`
	Agreement string `desc:"the collective agreement, e.g. Syntec, or empty"`
	// WorkingTime is the arrangement as a code; WeeklyHours its hours.
	WorkingTime string  `desc:"the working-time arrangement: hours a week as 35h, or forfait-jours; empty when not given"`
	WeeklyHours float64 `desc:"hours a week of the working time; 0 for a forfait jours or when not given"`
	DaysPerYear int     `desc:"days worked a year of a forfait jours (218 unless the values say); 0 otherwise"`
	Reason      string  `desc:"why a fixed-term contract is fixed-term, in the posting's language, or empty"`
	After       string  `desc:"what may follow the contract, in the posting's language, or empty"`
	OnCall      string  `desc:"the on-call duty (astreintes), in the posting's language, or empty; the posting shows it only with OnCallPay"`
	OnCallPay   string  `desc:"the on-call duty's compensation, in the posting's language, or empty"`
	OnCallDuty  string  `desc:"what the role does on call (the role's on_call_duty), in the posting's language, or empty"`
}

// Pay is the salary range, or a freelance's rate; a zero bound is not
// given.
type Pay struct {
	Min      float64 `desc:"lower bound; 0 when not given"`
	Max      float64 `desc:"upper bound; 0 when not given"`
	Currency string  `desc:"ISO 4217 code"`
	Period   string  `desc:"hour, day, week, month, year or empty"`
	Basis    string  `desc:"gross (an employee's salary, before deductions) or excl-vat (a freelance's rate, before VAT)"`
}

// What amounts of pay are counted before: an employee's salary is gross
// (brut), a freelance invoices a rate before VAT (hors taxes).
const (
	BasisGross   = "gross"
	BasisExclVAT = "excl-vat"
)

// Resolver resolves postings from one catalogue with one labels file.
type Resolver struct {
	Catalog *catalog.Catalog
	Words   *Words
	// AllowUnsuitable resolves a role at a company size where it does not
	// exist (Warning then says so) instead of refusing it.
	AllowUnsuitable bool
}

// UnsuitableError is a role asked for at a company size where it does not
// exist: the posting would describe a job nobody there does.
type UnsuitableError struct {
	Role, Size string
	// Seniority is the level refused, "" when the role is refused at
	// every level of this size.
	Seniority string
	// Instead is the role to hire instead, "" when the role names none.
	Instead string
	Msg     string
}

// Refused marks a refusal: the posting would be wrong, not broken.
func (e *UnsuitableError) Refused() {}

func (e *UnsuitableError) Error() string { return e.Msg }

// Key says which postings share a Base: what the role part of a posting
// depends on besides the catalogue and the labels. Batches cache a Base
// per Key and resolve only the values part for each posting.
type Key struct{ Role, Lang, Seniority, Size, Length, Missions, Skills string }

// KeyOf is the Key of the posting of role id with values v.
func KeyOf(id string, v values.Set) Key {
	return Key{Role: id, Lang: v.Lang, Seniority: v.Seniority, Size: v.Company.Size, Length: v.Length,
		Missions: strings.Join(v.Missions, ","), Skills: strings.Join(v.Skills, ",")}
}

// Base is the part of a posting that depends only on its Key.
type Base struct {
	p     Posting
	key   Key
	words map[string]string
	file  string
	err   error // the first label found missing
	// steps and englishFor are what steps and languages make of the
	// base's labels for every posting, made once; nil and "" when a
	// label they need is missing, which each posting then reports.
	steps      *strings.Replacer
	englishFor string
}

// Resolve builds the posting of role id with values v, in v.Lang.
func (r *Resolver) Resolve(id string, v values.Set) (*Posting, error) {
	b, err := r.Base(id, v)
	if err != nil {
		return nil, err
	}
	return b.With(v)
}

// Warning says, in English for the recruiter, when the role does not
// exist at the company's size and which role to hire instead; "" when it
// does.
func (r *Resolver) Warning(id string, v values.Set) string {
	if u := r.Unsuitable(id, v); u != nil {
		return u.Msg
	}
	return ""
}

// Unsuitable says when role id does not exist at the company's size of v,
// and which role to hire instead; nil when it does.
func (r *Resolver) Unsuitable(id string, v values.Set) *UnsuitableError {
	ro, err := r.Catalog.Role(id)
	if err != nil {
		return nil
	}
	level := ro.LevelOr(v.Seniority)
	u := ro.ShapeAt(v.Company.Size, level).Unsuitable
	if u == nil {
		return nil
	}
	e := &UnsuitableError{Role: id, Size: v.Company.Size}
	e.Msg = fmt.Sprintf("%s is not a role a %s company hires", id, v.Company.Size)
	if len(u.Seniority) > 0 {
		// The refusal holds at some levels only: the ones it does not
		// name are the seniority to ask instead.
		var others []string
		for _, s := range ro.SenioritiesHired() {
			if !u.At(s) {
				others = append(others, s)
			}
		}
		e.Seniority = level
		e.Msg += " at " + level + " level"
		if len(others) > 0 {
			e.Msg += fmt.Sprintf("; set --seniority %s", usertext.OrList(others))
		}
	}
	// The advice is the role's own words, in the posting's language: the
	// rest of the message is the interface's, which translates it.
	lang := cmp.Or(v.Lang, "en")
	if instead, err := r.Catalog.Role(u.Instead); err == nil {
		e.Instead = u.Instead
		e.Msg += fmt.Sprintf("; consider %s (%s) instead", u.Instead, cmp.Or(instead.Title.In(lang), instead.Title.In("en")))
	}
	if note := cmp.Or(u.Note.In(lang), u.Note.In("en")); note != "" {
		e.Msg += ": " + strings.TrimSuffix(note, ".")
	}
	return e
}

// Base resolves the role part of the posting of role id with values v:
// the same for every v of the same KeyOf(id, v).
func (r *Resolver) Base(id string, v values.Set) (*Base, error) {
	lang := v.Lang
	if !slices.Contains(role.Languages(), lang) {
		return nil, fmt.Errorf("unknown language %s; use fr or en", usertext.Quote(lang))
	}
	ro, err := r.Catalog.Role(id)
	if err != nil {
		return nil, err
	}
	key := KeyOf(id, v)
	asked := v.Seniority
	v.Seniority = ro.LevelOr(v.Seniority)
	if u := r.Unsuitable(id, v); u != nil && !r.AllowUnsuitable {
		return nil, u
	}
	if !ro.HiredAt(v.Seniority) {
		return nil, usage.Errorf("seniority: %s has no %s posting; use %s", ro.ID, v.Seniority, strings.Join(ro.SenioritiesHired(), " or "))
	}
	if ro.Title.In(lang) == "" {
		return nil, &NoTitleError{Role: ro.ID, Lang: lang}
	}
	words, err := r.Words.lang(lang)
	if err != nil {
		return nil, err
	}
	b := &Base{key: key, words: words, file: r.Words.file}
	w := b.word
	c := r.Catalog
	p := &b.p
	full := v.Length == "full"
	shape := ro.ShapeAt(v.Company.Size, v.Seniority)
	*p = Posting{
		Lang:           lang,
		RoleID:         ro.ID,
		Title:          ro.TitleAt(v.Company.Size, v.Seniority, lang),
		Length:         "standard",
		Aliases:        []string{},
		Summary:        ro.Summary.In(lang),
		Pitch:          shape.Pitch.In(lang),
		Labels:         labels(words),
		lead:           !ro.HiredAt("junior"),
		english:        shape.English,
		englishUse:     shape.EnglishUse.In(lang),
		languageUse:    ro.Profile.LanguageUse.In(lang),
		ownLanguageUse: len(ro.Profile.LanguageUse) > 0,
		onCallDuty:     ro.OnCallDutyAt(v.Seniority).In(lang),
		applyWith:      ro.Profile.ApplyWith.In(lang),
		asked:          asked,
	}
	if p.Pitch == "" {
		p.Pitch = p.Summary
	}
	if full {
		// The reference is for recruiters: it keeps what an offer leaves out.
		p.Length, p.Aliases, p.Context = "full", nonNil(ro.Aliases[lang]), p.Summary
		if ctx, ok := ro.Contexts[v.Company.Size]; ok && ctx.Note.In(lang) != "" {
			p.Context += "\n\n" + ctx.Note.In(lang)
		}
	}
	p.Data.Codes = Codes{ROME: ro.Codes.ROME, ESCO: ro.Codes.ESCO, ISCO: ro.Codes.ISCO}
	p.Data.Seniority, p.Data.CompanySize = v.Seniority, v.Company.Size
	p.Reporting = Reporting{Items: []Item{}}
	boss := shape.Reporting.In(lang) // a post outside the catalogue, worded with its article
	p.manager, p.managerPost = boss, boss != ""
	// A junior hire of a post that leads a team works in that team (see
	// peersOf), under the post as the catalogue hires it: the junior
	// social media executive reports to the social media manager, not
	// over their head to the head of digital.
	bossID := shape.ReportsTo
	if v.Seniority == "junior" && len(shape.Manages) > 0 {
		bossID = ro.ID
	}
	if bossID != "" {
		if r, err := c.Role(bossID); err == nil {
			// The post as the organisation's size calls it: a group's
			// « Directeur·rice du digital groupe », not a subsidiary's.
			boss = postName(r.TitleAt(v.Company.Size, "", lang))
			p.manager, p.managerPost = withArticle(boss, lang), false
		}
	}
	if boss != "" {
		// An English line names the post as a sentence does, "the head of
		// digital", not as a capitalised heading; a French label line keeps
		// the title as candidates search it ("Responsable digital").
		line := boss
		if lang != "fr" {
			line = p.manager
		}
		p.Reporting.Items = append(p.Reporting.Items, Item{Key: "reports_to", Label: w("reports_to"), Value: line})
	}
	var manages []string
	if v.Seniority != "junior" { // a junior hire manages nobody
		for _, id := range shape.Manages {
			if sub, err := c.Role(id); err == nil {
				manages = append(manages, postName(sub.TitleAt(v.Company.Size, "", lang)))
			}
		}
	}
	p.managed = manages
	if len(manages) > 0 {
		p.Reporting.Items = append(p.Reporting.Items, Item{Key: "manages", Label: w("manages"), Value: strings.Join(manages, ", ")})
	}
	var peers []string
	// Whom the size says the post works with, in place of the manager's
	// other reports (role.Context.WorksWith).
	worksWith := ""
	if len(manages) == 0 {
		worksWith = strings.TrimSpace(shape.WorksWith.In(lang))
	}
	if len(manages) == 0 && worksWith == "" {
		for _, id := range peersOf(c, ro.ID, shape, v.Company.Size, v.Seniority) {
			if r, err := c.Role(id); err == nil {
				peers = append(peers, postName(r.TitleAt(v.Company.Size, "", lang)))
			}
		}
	}
	p.boss = ourPost(p.manager, bossID != "" && !p.managerPost, boss, lang, w)
	p.crew = crewSentence(manages, peers, worksWith, v.Seniority == "senior", lang, w)
	p.leads = len(manages) > 0
	p.Reporting.Text = teamParagraph(p.boss, p.crew, "", "", p.leads, false, lang, w)
	switch {
	case len(manages) > 0:
		p.named = 1 + len(manages)
	case bossID != "" && p.manager != "":
		p.named = 2 + len(peers)
	}
	ms, err := chooseMissions(shape, v.Missions, full)
	if err != nil {
		return nil, err
	}
	if p.Missions, err = missions(ro.ID, ms, lang, full); err != nil {
		return nil, err
	}
	glossFirst(p, w("platform_glosses"))
	refs, err := chooseSkills(role.SkillsAt(ro.Skills, v.Seniority), v.Skills, full)
	if err != nil {
		return nil, err
	}
	p.Skills = Skills{KnowHow: []Skill{}, Soft: []Skill{}, Knowledge: []Skill{}}
	for _, ref := range refs {
		s := c.Skill(ref.ID)
		if s == nil {
			continue
		}
		level := AdjustLevel(ref.Level, v.Seniority)
		ps := Skill{ID: s.ID, Name: s.Name.In(lang), Level: level, LevelLabel: w("level_" + strconv.Itoa(level)), Description: s.Levels[level].In(lang)}
		ps.Line = ref.Offer.In(lang)
		var at role.Text // the seniority's own line, when the role writes one
		switch v.Seniority {
		case "junior":
			at = ref.Junior
		case "senior":
			at = ref.Senior
		}
		if l := at.In(lang); l != "" {
			ps.Line = l
		}
		// the size's own line: what the skill means in an organisation
		// of that size (a group's countries)
		if l := shape.Offers[ref.ID].In(lang); l != "" {
			ps.Line = l
		}
		if ps.Line == "" {
			ps.Line = ps.Name
			if ps.Description != "" {
				ps.Line += w("colon") + ps.Description
			}
		}
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
	// The level is said when the recruiter asked one and the role gives
	// no years for it; otherwise the title and the years say it, and a
	// label of the scale ("Niveau : junior" above "débutant·e accepté·e",
	// "mid-level" beside "5 years or more") only repeats or contradicts them.
	y := years(ro.Profile.Experience, v.Seniority)
	if s := asked; s != "" && y == nil {
		p.Profile = append(p.Profile, Item{Key: "seniority", Label: w("seniority"), Value: w("seniority_" + s)})
	}
	if y != nil {
		p.Data.ExperienceYears = y
		exp := w("no_experience")
		if *y > 0 {
			label := "years_many"
			if *y == 1 {
				label = "years_one"
			}
			exp = strings.ReplaceAll(w(label), "{n}", strconv.Itoa(*y))
			if in := ro.Profile.ExperienceIn.In(lang); in != "" {
				exp += " " + in
			}
		}
		p.Profile = append(p.Profile, Item{Key: "experience", Label: w("experience"), Value: exp})
	}
	if t := ro.EducationAt(v.Seniority).In(lang); t != "" {
		p.Profile = append(p.Profile, Item{Key: "education", Label: w("education"), Value: t})
	}
	if t := shape.Tools[lang]; len(t) > 0 {
		// A beginner reads a list of tools under the requirements as a bar
		// to clear: theirs says the job teaches them.
		// A head of department is hired to run the tools, not to clear
		// them as a bar: theirs are the environment they lead.
		label := w("tools")
		switch {
		case v.Seniority == "junior":
			label = w("tools_junior")
		case p.lead:
			label = w("tools_lead")
		}
		p.Profile = append(p.Profile, Item{Key: "tools", Label: label, Value: strings.Join(t, ", ")})
	}
	if t := ro.Profile.Background.In(lang); t != "" && full {
		p.Profile = append(p.Profile, Item{Key: "background", Label: w("background"), Value: t})
	}
	for i := range p.Profile {
		p.Profile[i].Value = afterLabel(p.Profile[i].Value, lang)
	}
	typeset(p)
	if b.err != nil {
		return nil, b.err
	}
	b.phrases()
	return b, nil
}

// applyLead words what comes before the application link, or the
// address when there is no link: the CV, and what the role asks beside
// it ("deux ou trois liens vers vos réalisations"), so a role that weighs
// work samples as much as a degree asks for them where the candidate
// applies. It returns the note still to say after the link or address:
// none when the lead has taken it beside the CV.
func applyLead(link bool, with, note string, w func(string) string) (lead, rest string) {
	key := "apply_email"
	if link {
		key = "apply_url"
	}
	if with == "" {
		return w(key), note
	}
	lead = strings.Replace(w(key+"_with"), "{with}", with, 1)
	// "Apply with your CV (in French or English) and links to your best
	// work": the note qualifies the CV, not the samples, so a lead that
	// has a place for it takes it there, in brackets.
	if strings.Contains(lead, "{note}") {
		in := ""
		if note != "" {
			in, note = " ("+note+")", ""
		}
		lead = strings.Replace(lead, "{note}", in, 1)
	}
	return lead, note
}

// sentenceOpeners are the words an English profile value may open with
// that are never a name: articles and determiners.
var sentenceOpeners = []string{"A", "An", "The", "Any", "Some", "No", "At", "Either", "One"}

// afterLabel is a profile value as it reads after its bold label and a
// colon: in English the rest of a sentence, lower case ("- **Education**: a
// degree in…"), while one that opens with a name or a product ("Google
// Analytics certification", "Agorapulse, Canva") keeps its capital. Role
// files write each value as a sentence, capital first; this is the one
// place that lowers it. French labels need nothing: « Bac+3 », « 3 ans ».
func afterLabel(s, lang string) string {
	if lang != "en" {
		return s
	}
	word, _, _ := strings.Cut(s, " ")
	if !slices.Contains(sentenceOpeners, word) {
		return s
	}
	return strings.ToLower(word[:1]) + s[1:]
}

// languages words the languages fact: the team's working language when
// it is not the posting's, with whom (teamUse, the role's or the company's word), then
// the English level the job needs with what it is for; "" when there is
// nothing to say (a French posting for a French team that needs no
// English).
func (p *Posting) languages(team, teamUse string, w func(string) string) string {
	english := p.english
	if team == "en" {
		english = "" // the working language says it
	}
	var parts []string
	// A posting in the team's own language says nothing of it: a French
	// candidate reads "français courant" in a French posting for a job in
	// France as filler.
	if team != "" && team != p.Lang {
		if teamUse != "" {
			teamUse = ", " + teamUse
		}
		parts = append(parts, strings.ReplaceAll(w("works_in_"+team), "{use}", teamUse))
	}
	// A level alone reads as a filter; with its use, as part of the job.
	switch {
	case english != "" && p.englishUse != "" && p.base.englishFor != "":
		parts = append(parts, p.base.englishFor)
	case english != "" && p.englishUse != "":
		parts = append(parts, englishFor(recording(w), english, p.englishUse))
	case english != "":
		parts = append(parts, w("english")+" "+english+" "+w("cefr"))
	}
	sep := "; "
	if p.Lang == "fr" {
		sep = " ; "
	}
	return strings.Join(parts, sep)
}

// steps names the post the job reports to where a step of the process
// says {manager}, as the labels word it: "Entretien avec {manager}" gives
// "Entretien avec votre futur·e responsable", a person, whom the reporting
// line above names; a labels file may name the post with {name} ("la ou le
// responsable digital"). A posting with no reporting line says the
// unnamed form.
// The older bracketed form, " ({manager})", gives the bare name, or
// nothing with its brackets.
func (p *Posting) steps(process []string, w func(string) string) []string {
	if len(process) == 0 {
		return process
	}
	r := p.base.steps
	if r == nil {
		r = p.stepReplacer(recording(w))
	}
	out := make([]string, len(process))
	for i, s := range process {
		out[i] = r.Replace(s)
	}
	return out
}

// stepReplacer is what steps replaces in each step, the labels read
// through w; nil when w finds one missing (a nil w result is "").
func (p *Posting) stepReplacer(w func(string) (string, bool)) *strings.Replacer {
	boss := ""
	for _, it := range p.Reporting.Items {
		if it.Key == "reports_to" {
			boss = it.Value
		}
	}
	if boss == "" {
		unnamed, ok := w("manager_unnamed")
		if !ok {
			return nil
		}
		return strings.NewReplacer(" ({manager})", "", "({manager})", "", "{manager}", unnamed)
	}
	named, ok := w("manager_named")
	if !ok {
		return nil
	}
	// The post as the team paragraph names it: « notre responsable
	// réseaux sociaux », « la direction marketing du groupe ».
	named = strings.NewReplacer("{name}", p.manager, "{post}", p.boss).Replace(named)
	return strings.NewReplacer("({manager})", "("+boss+")", "{manager}", named)
}

// recording is w, which records a missing label, as the lookups that
// build the base's phrases take it.
func recording(w func(string) string) func(string) (string, bool) {
	return func(key string) (string, bool) { return w(key), true }
}

// englishFor words the English level with its use, from the label
// english_for: "anglais B2 pour échanger avec les partenaires".
func englishFor(w func(string) (string, bool), level, use string) string {
	t, ok := w("english_for")
	if !ok {
		return ""
	}
	return strings.NewReplacer("{level}", level, "{use}", use).Replace(t)
}

// ourPost names the post the hire reports to as a recruiter writes it in
// the team paragraph: a post of the catalogue is "notre responsable
// digital" / "our head of digital", one the hire is about to meet; in
// French a title that has a feminine and a masculine form is named by its
// office, "la direction des réseaux sociaux du groupe", never "la
// directrice ou le directeur", and a post outside the catalogue written
// "le ou la responsable …" is "notre responsable …" too. title is the
// catalogue post's title when inCatalogue, manager the post with its
// article.
func ourPost(manager string, inCatalogue bool, title, lang string, w func(string) string) string {
	if manager == "" {
		return ""
	}
	our := func(post string) string { return strings.Replace(w("our_post"), "{post}", post, 1) }
	if lang != "fr" {
		if inCatalogue {
			return our(lowerTitle(title))
		}
		return manager
	}
	if inCatalogue {
		if f, ok := feminine(title); ok {
			_, m, _ := strings.Cut(f, " / ")
			if office, ok := officeOf(m); ok {
				return office
			}
		}
		return our(lowerTitle(title))
	}
	for _, both := range []string{"le ou la ", "la ou le "} {
		if rest, ok := strings.CutPrefix(manager, both); ok {
			return our(rest)
		}
	}
	// "la directrice ou le directeur marketing du groupe"
	if _, m, ok := strings.Cut(manager, " ou le "); ok && strings.HasPrefix(manager, "la ") {
		if office, ok := officeOf(m); ok {
			return office
		}
	}
	return manager
}

// inclusiveE is an inclusive word whose feminine only adds e or es
// ("digital·e", "international·es"): its feminine is the word without the
// point médian. Compiled on first use: only a director's post needs it.
var inclusiveE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(\pL)·(es?)\b`) })

// officeOf names a director's post by its office: "directeur des réseaux
// sociaux" is "la direction des réseaux sociaux", the one French form that
// says both without doubling the article; an adjective written
// inclusive agrees with "direction" ("directeur digital·e du groupe" is
// "la direction digitale du groupe").
func officeOf(masculine string) (string, bool) {
	word, rest, _ := strings.Cut(masculine, " ")
	if !strings.EqualFold(word, "directeur") {
		return "", false
	}
	rest = inclusiveE().ReplaceAllString(rest, "$1$2")
	if rest != "" {
		rest = " " + rest
	}
	return "la direction" + rest, true
}

// postName is a colleague's title as a posting names the post in a
// sentence: a title's closing parenthesis ("Community manager (social
// media)") tells job-board searchers which job it is, and a colleague
// named in a team sentence needs no such help.
func postName(title string) string {
	if i := strings.LastIndex(title, " ("); i > 0 && strings.HasSuffix(title, ")") {
		return title[:i]
	}
	return title
}

// crewSentence words the posts the hire manages ("Vous encadrez notre
// webmaster et notre chargé·e de veille stratégique."), or, for a hire who
// manages nobody, the posts worked beside, or whom the size says the post
// works with (worksWith, already worded with its article). A senior title leaves a
// candidate guessing whether a team comes with it, so a senior hire is
// told they manage nobody; at the other levels nobody expects reports
// (a reader takes "no direct reports" there for filler), and the
// sentence says only whom they work with.
func crewSentence(manages, peers []string, worksWith string, senior bool, lang string, w func(string) string) string {
	key := "works_alongside_sentence"
	if senior {
		key = "works_with_sentence"
	}
	switch {
	case len(manages) > 0:
		// The team managed is in post: "notre webmaster", not "un·e
		// webmaster", which reads as a post still to fill.
		return strings.Replace(w("manages_sentence"), "{whom}", ourPosts(manages, w), 1)
	case len(peers) > 0:
		// Colleagues already in post: "notre webmaster", not "un·e".
		return strings.Replace(w(key), "{whom}", ourPosts(peers, w), 1)
	case worksWith != "" && senior:
		return strings.Replace(w(key), "{whom}", worksWith, 1)
	case worksWith != "":
		// Not colleagues: "Your colleagues include the departments that
		// rely on your monitoring" would make them so.
		return strings.Replace(w("works_beside_sentence"), "{whom}", worksWith, 1)
	case !senior:
		return ""
	}
	return w("no_reports_sentence")
}

// teamParagraph is "Votre équipe / Your team" in one paragraph, as a
// recruiter writes it: the team joined, with its head count, and the post
// the hire reports to in one sentence ("Rattaché·e à notre responsable
// digital, vous rejoignez l'équipe digitale (six personnes en vous
// comptant)."), then the posts managed or worked beside, then the company's
// own words (team.with). team is the team's name with its head count, or
// "" when the values give neither; a hire who leads it leads it ("Vous
// dirigez l'équipe digitale", "You'll lead the digital team"). A
// freelance's paragraph names whom the assignment is agreed with, as the
// subject or the complement of its sentence ("notre responsable
// digital"), never a post reported to.
func teamParagraph(boss, crew, team, with string, leads, freelance bool, lang string, w func(string) string) string {
	joins, joinsReports, reports := "joins_sentence", "joins_reports_sentence", "reports_to_sentence"
	if freelance {
		joins, joinsReports, reports = "freelance_joins_sentence", "freelance_joins_reports_sentence", "freelance_reports_sentence"
	} else {
		if leads {
			joins, joinsReports = "leads_sentence", "leads_reports_sentence"
		}
		if boss != "" && lang == "fr" {
			boss = toPost(boss) // "rattaché·e à notre responsable digital"
		}
	}
	var out []string
	switch {
	case team != "" && boss != "":
		out = append(out, strings.NewReplacer("{team}", team, "{whom}", boss).Replace(w(joinsReports)))
	case team != "":
		out = append(out, strings.Replace(w(joins), "{team}", team, 1))
	case boss != "":
		out = append(out, strings.Replace(w(reports), "{whom}", boss, 1))
	}
	if crew != "" {
		out = append(out, crew)
	}
	if with != "" {
		out = append(out, sentence(with))
	}
	return strings.Join(out, " ")
}

// bossTeam is a team named after the post the hire reports to, said as
// that post's team, and the rest of its name ("l'équipe réseaux sociaux
// du pôle marketing digital" under "notre responsable réseaux sociaux":
// "son équipe", ", au sein du pôle marketing digital"), where the
// language has the words; else the name as it is.
func bossTeam(name, boss string, w func(string) string) (team, within string) {
	own := w("boss_team")
	subject, ok := strings.CutPrefix(name, "l'équipe ")
	if own == "" || !ok || boss == "" {
		return name, ""
	}
	rest := ""
	for _, sep := range []string{" du ", " de la ", " des ", " de l'", " d'", " de "} {
		if i := strings.Index(subject, sep); i > 0 {
			subject, rest = subject[:i], subject[i+1:]
			break
		}
	}
	if !strings.HasSuffix(boss, " "+subject) {
		return name, ""
	}
	// "du groupe", "de l'entreprise" say nothing a reader does not know
	if rest != "" && !slices.Contains([]string{"du groupe", "de l'entreprise", "de la société"}, rest) {
		return own, w("boss_team_within") + rest
	}
	return own, ""
}

// ourPosts names posts in post, as a sentence lists them: "notre
// webmaster et notre chargé·e de veille stratégique".
func ourPosts(titles []string, w func(string) string) string {
	posts := make([]string, len(titles))
	for i, t := range titles {
		posts[i] = strings.Replace(w("our_post"), "{post}", lowerTitle(t), 1)
	}
	return joinPosts(posts, w)
}

// joinPosts lists posts as a sentence does: "a, b and c".
func joinPosts(posts []string, w func(string) string) string {
	if n := len(posts); n > 1 {
		return strings.Join(posts[:n-1], ", ") + w("and_sep") + posts[n-1]
	}
	return posts[0]
}

// peersOf are the posts a hire who manages nobody works beside, from the
// catalogue at the organisation's size: for a junior hire of a post that
// leads a team, that team (the junior works in it, not over it); else the
// other posts its manager leads. None when the post reports outside the
// catalogue: whom it works with there is the company's to say (team.with).
func peersOf(c *catalog.Catalog, id string, shape role.Shape, size, seniority string) []string {
	if seniority == "junior" && len(shape.Manages) > 0 {
		return shape.Manages
	}
	if shape.ReportsTo == "" {
		return nil
	}
	boss, err := c.Role(shape.ReportsTo)
	if err != nil {
		return nil
	}
	var out []string
	for _, m := range boss.ShapeAt(size, "").Manages {
		if m != id {
			out = append(out, m)
		}
	}
	return out
}

// sameHost tells whether two web addresses are on one host; an empty or
// unreadable one is on none.
func sameHost(a, b string) bool {
	ua, err := url.Parse(a)
	if err != nil || ua.Host == "" {
		return false
	}
	ub, err := url.Parse(b)
	return err == nil && strings.EqualFold(ua.Host, ub.Host)
}

// sentence ends s with a full stop unless it already ends a sentence.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsRune(".!?…", []rune(s)[len([]rune(s))-1]) {
		return s
	}
	return s + "."
}

// toPost puts French "à" before a post named with its article, contracted
// as French writes it: "au directeur", "à la ou au responsable", "à
// l'assistante ou à l'assistant".
func toPost(s string) string {
	// A role file may write "le ou la responsable …": the same post.
	if rest, ok := strings.CutPrefix(s, "le ou la "); ok {
		s = "la ou le " + rest
	}
	s = strings.NewReplacer(" ou le ", " ou au ", " ou l'", " ou à l'", " ou les ", " ou aux ").Replace(s)
	switch {
	case strings.HasPrefix(s, "le "):
		return "au " + s[len("le "):]
	case strings.HasPrefix(s, "les "):
		return "aux " + s[len("les "):]
	}
	return "à " + s
}

// withArticle words a post's title for use after "with": "the head of
// digital"; in French, "la ou le responsable digital", "la directrice ou le
// directeur des réseaux sociaux", "l'assistante ou l'assistant RH".
func withArticle(title, lang string) string {
	lower := lowerTitle
	vowel := func(s string) bool {
		r, _ := utf8.DecodeRuneInString(s)
		return strings.ContainsRune("aàâeéèêiîoôuAÀÂEÉÈÊIÎOÔU", r)
	}
	if lang != "fr" {
		return "the " + lower(title)
	}
	if f, ok := feminine(title); ok { // "Directeur·rice des …"
		title = f
	}
	if f, m, ok := strings.Cut(title, " / "); ok { // "Directrice / Directeur des …"
		f, m = lower(f), lower(m)
		if vowel(f) {
			return "l'" + f + " ou l'" + m
		}
		return "la " + f + " ou le " + m
	}
	if vowel(title) {
		return "l'" + lower(title)
	}
	return "la ou le " + lower(title)
}

// lowerTitle is a title as a sentence names it: "Responsable" lower-case,
// "SEO" kept.
func lowerTitle(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if next, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsUpper(next) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// feminine spells out a title whose first word is written with a point
// médian and a suffix of its own, "Directeur·rice des réseaux sociaux",
// as "Directrice / Directeur des réseaux sociaux": an article cannot
// agree with "directeur·rice". A title that merely adds an e
// ("Chargé·e de veille") reads well with "la ou le" and is left as is.
func feminine(title string) (string, bool) {
	word, rest, _ := strings.Cut(title, " ")
	m, suffix, ok := strings.Cut(word, "·")
	if !ok || utf8.RuneCountInString(suffix) < 2 {
		return title, false
	}
	r, _ := utf8.DecodeRuneInString(suffix)
	i := strings.LastIndex(m, string(r)) // développeur·euse: "développ" + "euse"
	if strings.HasPrefix(suffix, "rice") && strings.HasSuffix(m, "teur") {
		i = len(m) - len("eur") // directeur·rice: "direct" + "rice"
	}
	if i <= 0 {
		return title, false
	}
	if rest != "" {
		rest = " " + rest
	}
	return m[:i] + suffix + " / " + m + rest, true
}

// countryLanguage is the working language jobdesc assumes for a country
// with one official language it knows a posting may need; a country with
// several (Belgium, Switzerland, Canada) is left to company.working_language.
var countryLanguage = map[string]string{"FR": "fr", "MC": "fr", "GB": "en", "IE": "en", "US": "en", "AU": "en", "NZ": "en"}

// WorkingLanguageOf is the language the team works in: the value given,
// else the language of the job's country when it has one, else "".
func WorkingLanguageOf(v values.Set) string {
	if l := v.Company.WorkingLanguage; l != "" {
		return l
	}
	return countryLanguage[strings.ToUpper(v.Location.Country)]
}

// word is the label of key in the base's language; a label the file lacks
// is recorded as the error of the whole resolution.
func (b *Base) word(key string) string {
	s, ok := b.words[key]
	if !ok && b.err == nil {
		b.err = fmt.Errorf("%s: no %s label %s; add it", b.file, b.p.Lang, usertext.Quote(key))
	}
	return s
}

// phrases makes the base's steps and englishFor.
func (b *Base) phrases() {
	b.steps, b.englishFor = b.p.stepReplacer(b.label), ""
	if b.p.english != "" && b.p.englishUse != "" {
		b.englishFor = englishFor(b.label, b.p.english, b.p.englishUse)
	}
}

// label is the label of key in the base's language, and whether the
// labels have it; unlike word, a missing one is not an error.
func (b *Base) label(key string) (string, bool) {
	s, ok := b.words[key]
	return s, ok
}

// With returns the posting for values v, which must have the Key the base
// was resolved with: the role part is shared, the values part is worded.
func (b *Base) With(v values.Set) (*Posting, error) { return b.WithReadings(v, nil) }

// WithReadings is With, the language of each value text looked up in r
// and remembered there; r may be nil.
func (b *Base) WithReadings(v values.Set, r *Readings) (*Posting, error) {
	if KeyOf(b.key.Role, v) != b.key {
		return nil, fmt.Errorf("posting of %s resolved for other values; resolve it again", b.p.RoleID)
	}
	// A copy of the base, so concurrent users of one base never share
	// what they change.
	wb := *b
	wb.err = nil
	p := &wb.p
	p.base = b
	lang := p.Lang
	w := wb.word
	// Every text value in the posting's language, all checked before any
	// is refused, so that one error names every key to fix.
	var langErrs LangErrors
	text := func(key string, t values.ValueText) string {
		s, err := inLang(r, key, t, lang)
		if err != nil {
			langErrs = append(langErrs, err)
		}
		return s
	}
	list := func(key string, l values.TextList) []string {
		items, err := listIn(r, key, l, lang)
		if err != nil {
			langErrs = append(langErrs, err)
		}
		return items
	}
	about := text("company.about", v.Company.About)
	clientAbout := text("client.about", v.Client.About)
	suffix := text("title_suffix", v.TitleSuffix)
	with := text("team.with", v.Team.With)
	crew := cmp.Or(text("team.crew", v.Team.Crew), p.crew)
	name := text("team.name", v.Team.Name)
	duration := text("contract.duration", v.Contract.Duration)
	benefits := list("benefits", v.Benefits)
	process := list("process", v.Process)
	if lead := list("process_lead", v.ProcessLead); p.lead && len(lead) > 0 {
		process = lead
	}
	why := text("company.why_join", v.Company.WhyJoin)
	inclusion := text("company.inclusion", v.Company.Inclusion)
	privacy := text("company.privacy", v.Company.Privacy)
	reason := text("contract.reason", v.Contract.Reason)
	after := text("contract.after", v.Contract.After)
	onCall := text("contract.on_call", v.Contract.OnCall)
	onCallPay := text("contract.on_call_pay", v.Contract.OnCallPay)
	// the company's rota names one duty for every role on it; a role with
	// none is not on the rota
	onCallDuty := p.onCallDuty
	if duty := text("contract.on_call_duty", v.Contract.OnCallDuty); duty != "" && onCallDuty != "" {
		onCallDuty = duty
	}
	travel := text("contract.travel", v.Contract.Travel)
	// Given per language: an English posting may answer what the French
	// one leaves to the agreement, or relocation where the French one
	// does not. A text given for every language is still read for its
	// language, here with the others, so that one in the wrong language
	// is refused, not printed as an empty line.
	optional := func(key string, t values.ValueText) string {
		if s, ok := t.In(lang); !ok || s == "" {
			return ""
		}
		return text(key, t)
	}
	probation := optional("contract.probation", v.Contract.Probation)
	agreementNote := optional("contract.agreement_note", v.Contract.AgreementNote)
	paidLeave := optional("contract.paid_leave", v.Contract.PaidLeave)
	relocation := optional("contract.relocation", v.Contract.Relocation)
	salaryNote := optional("salary.note", v.Salary.Note)
	scope := optional("scope", v.Scope)
	processNote := optional("process_note", v.ProcessNote)
	// What to apply in is an English reader's question that a French
	// posting need not answer.
	applyNote := optional("apply.note", v.Apply.Note)
	// The company's word on whom the team's language is with shows only
	// in a posting in another language, and only for a role that says
	// nothing of it.
	languageUse := p.languageUse
	if team := WorkingLanguageOf(v); !p.ownLanguageUse && team != "" && team != lang {
		languageUse = optional("company.working_language_use", v.Company.WorkingLanguageUse)
	}
	switch len(langErrs) {
	case 0:
	case 1:
		return nil, langErrs[0]
	default:
		return nil, langErrs
	}
	// A team smaller than the hire and the posts the role manages is one
	// of the two facts wrong, and the posting would print both.
	if n := v.Team.Size; n > 0 && n < 1+len(p.managed) {
		return nil, &TeamSizeError{Role: p.RoleID, Size: n, Managed: p.managed}
	}
	// A freelance works for the company, not over its staff: a post that
	// manages staff (their annual reviews, their hiring) is an employee's.
	if v.Contract.Type == values.Freelance && len(p.managed) > 0 {
		return nil, &FreelanceManagerError{Role: p.RoleID, Managed: p.managed}
	}
	p.Heading = p.Title
	// The title line of an English posting is in Title Case, as UK and US
	// boards list jobs; sentences and the machine-read title keep the
	// title as written.
	if lang == "en" {
		p.Heading = TitleCase(p.Title)
	}
	// One rule for every French heading: the title as the role writes
	// it, inclusive where the language has two forms ("Chargé·e de
	// veille stratégique"), then the marker job boards expect. A
	// masculine title before the marker is what lint warns about
	// (inclusive-title): a posting must pass its own checks.
	if suffix != "" {
		p.Heading += " " + suffix
	}
	p.Company = Employer{Name: Typography(v.Company.Name, lang), About: about, URL: v.Company.URL, Site: v.Company.URL, Heading: w("about")}
	if n := p.Company.Name; n != "" {
		p.Company.Heading = strings.Replace(w("about_named"), "{name}", n, 1)
	}
	if sameHost(v.Company.URL, v.Apply.URL) {
		p.Company.Site = ""
	}
	p.Client = nil
	if v.Client.Name != "" || clientAbout != "" {
		p.Client = &Employer{Name: Typography(v.Client.Name, lang), About: clientAbout}
	}
	p.Benefits, p.Process = benefits, p.steps(process, w)
	p.Scope, p.ProcessNote = r.typography(scope, lang), r.typography(processNote, lang)
	p.Apply = Application{URL: v.Apply.URL, Email: v.Apply.Email, Reference: v.Reference, Posted: Date(v.Posted, lang), ValidThrough: Date(v.ValidThrough, lang), Note: applyNote}
	p.Apply.Lead, p.Apply.Note = applyLead(v.Apply.URL != "", p.applyWith, applyNote, w)
	d := &p.Data
	d.Posted, d.ValidThrough, d.Start = v.Posted, v.ValidThrough, v.Start
	d.TitleSuffix, d.TeamSize = suffix, v.Team.Size
	d.Location = Place{District: v.Location.District, City: v.Location.City, Region: v.Location.Region, Country: v.Location.Country, Remote: v.Location.Remote, RemoteDays: v.Location.RemoteDays}
	d.Contract = Terms{Type: v.Contract.Type, Hours: v.Contract.Hours, Duration: duration, Status: v.Contract.Status, Agreement: v.Contract.Agreement,
		Reason: reason, After: after, OnCall: onCall, OnCallPay: onCallPay, OnCallDuty: onCallDuty}
	// Most postings give no working time, and a parse of "" allocates its
	// error.
	var wt values.WorkingTime
	hasWT := false
	if v.Contract.WorkingTime != "" {
		wt, hasWT = values.ParseWorkingTime(v.Contract.WorkingTime)
	}
	if hasWT {
		d.Contract.WorkingTime, d.Contract.WeeklyHours = wt.Code(), wt.Hours
		if wt.Forfait {
			d.Contract.DaysPerYear = cmp.Or(v.Contract.DaysPerYear, values.ForfaitDays)
		}
	}
	d.Salary = nil
	if s := v.Salary; s.Min > 0 || s.Max > 0 {
		d.Salary = &Pay{Min: s.Min, Max: s.Max, Currency: s.Currency, Period: s.Period, Basis: BasisGross}
		if v.Contract.Type == values.Freelance {
			d.Salary.Basis = BasisExclVAT
		}
	}

	var items []Item
	add := func(key, value string) { items = append(items, Item{Key: key, Label: w(key), Value: value}) }
	// The key facts come first, right under the title. A company the
	// values only name has no section (a heading over nothing): its
	// name is the first fact.
	if c := p.Company; c.Name != "" && c.About == "" && c.Site == "" {
		add("employer", c.Name)
	}
	hours := v.Contract.Hours
	if c := v.Contract; c.Type != "" {
		fact := w("contract_" + c.Type)
		switch {
		case duration != "" && c.Type == "interim": // a mission, not a contract term
			fact += " (" + w("assignment") + w("colon") + duration + ")"
		case duration != "":
			fact += " (" + duration + ")"
		}
		if hours != "" { // "CDI, temps plein": one fact
			fact += ", " + w("hours_"+hours)
			hours = ""
		}
		// A trial period is a term of the contract, not a benefit, worded
		// as each language adds it to the contract line: "CDI, temps plein
		// (période d'essai : 4 mois)", "permanent, full-time, with a
		// probationary period of four months". A label without
		// {probation} is the term's name, put in brackets.
		if probation != "" {
			if clause := w("probation_in_contract"); strings.Contains(clause, "{probation}") {
				fact += strings.ReplaceAll(clause, "{probation}", probation)
			} else {
				fact += " (" + clause + w("colon") + probation + ")"
			}
		}
		add("contract", fact)
	}
	place := placeIn(v.Location, lang)
	remote := ""
	if r := v.Location.Remote; r != "" {
		remote = w("remote_" + r)
		if n := v.Location.RemoteDays; n > 0 { // says hybrid by itself
			remote = strings.ReplaceAll(w(plural("remote_days", n)), "{n}", strconv.Itoa(n))
		}
	}
	switch {
	case place != "" && remote != "":
		add("location", place+" ("+remote+")")
	case place != "":
		add("location", place)
	case remote != "":
		add("remote", remote)
	}
	switch {
	case d.Salary != nil && d.Salary.Basis == BasisExclVAT:
		// "TJM : 400 € HT": a rate, named by its period, not a salary.
		items = append(items, Item{Key: "salary", Label: w(rateLabel(v.Salary.Period)), Value: wb.amounts(v.Salary) + w("excl_vat")})
	case d.Salary != nil:
		pay := wb.salary(v.Salary)
		if salaryNote != "" {
			pay += w("salary_note_sep") + salaryNote + w("salary_note_end")
		}
		add("salary", pay)
	}
	// Status and working time come right under the pay: cadre or not, 35
	// hours or forfait jours are a French candidate's first questions. An
	// English posting for a job in France says it too, explained: the
	// trial period and the working time it allows depend on it.
	status := ""
	if s := v.Contract.Status; s != "" && (lang == "fr" || v.Location.Country == "FR") { // a French category
		status = w("status_" + s)
		// Syntec names its non-cadre grades ETAM; "non-cadre" reads as a
		// downgrade to a graduate the agreement would class as such.
		if s == "non-cadre" && strings.EqualFold(v.Contract.Agreement, "Syntec") {
			status = w("status_etam")
		}
	}
	if hasWT {
		p.WorkHours = wb.workingTime(wt, v.Contract.DaysPerYear)
	}
	switch {
	case status != "" && hasWT:
		items = append(items, Item{Key: "working_time", Label: w("status_working_time"), Value: status + ", " + p.WorkHours})
	case status != "":
		add("status", status)
	case hasWT:
		add("working_time", p.WorkHours)
	}
	// On-call weighs on the working week, so it sits under the working
	// time: the rota and its pay on one short line, what the hire does on
	// call on the next. Under the conditions, a duty would read as a
	// benefit ("What we offer"). A duty the posting does not say is paid
	// is left out, and so is a rota the role gives nothing to do on (its
	// on_call_duty): the company's rota is not every role's; lint says so.
	if duty := d.Contract.OnCallDuty; onCall != "" && onCallPay != "" && duty != "" {
		add("on_call", onCall+w("on_call_pay_sep")+onCallPay)
		add("on_call_duty", w("on_call_duty_sep")+duty)
	}
	// Travel weighs on the week as on-call does, and "where to?" is the
	// question a pitch's passing clause leaves open: its own line.
	if travel != "" {
		add("travel", travel)
	}
	if v.Start != "" {
		add("start", Date(v.Start, lang))
	}
	// A candidate abroad asks first what language the team works in: it
	// is a key fact, not a line of the profile, and it says every language
	// the job works in with its level: the team's, then English where the
	// missions use it.
	// Whom the work in that language is with is the role's to say: the
	// company's word ("for French customers") is wrong for a role whose
	// audience is colleagues or candidates, so it is only the fallback of
	// a role that says nothing.
	if l := p.languages(WorkingLanguageOf(v), languageUse, w); l != "" {
		// A line that names the team's language opens with it, labelled
		// as such: "can I work in English?" is the reader's question, and
		// "Languages" leaves it to be inferred.
		label := "languages"
		if team := WorkingLanguageOf(v); team != "" && team != lang {
			label = "working_language"
		}
		items = append(items, Item{Key: "working_language", Label: w(label), Value: l})
	}
	if wp := v.Contract.WorkPermit; wp != "" {
		// "entitled to work in France": where the right must hold.
		in := ""
		if c := values.CountryName(v.Location.Country, lang); c != "" {
			in = strings.ReplaceAll(w("in_country"), "{country}", c)
		}
		// French says a required right to work as a sentence of the
		// application section, not as a header fact: the label is empty
		// where the header is the place.
		if s := w("work_permit_" + wp + "_apply"); s != "" {
			p.WorkPermit = strings.ReplaceAll(s, "{in_country}", in)
		} else {
			add("work_permit", strings.ReplaceAll(w("work_permit_"+wp), "{in_country}", in))
		}
	}
	p.Facts, items = nonNil(items), nil
	if hours != "" {
		add("hours", w("hours_"+hours))
	}
	if reason != "" {
		add("reason", reason)
	}
	if after != "" {
		add("after", after)
	}
	// What a candidate from elsewhere asks first.
	if paidLeave != "" {
		add("paid_leave", paidLeave)
	}
	if relocation != "" {
		add("relocation", relocation)
	}
	// An agreement's name means something to a reader in the team's
	// language; to anyone else only with the note that says what it is.
	if a := v.Contract.Agreement; a != "" && (agreementNote != "" || WorkingLanguageOf(v) == "" || WorkingLanguageOf(v) == lang) {
		if agreementNote != "" {
			a += " (" + agreementNote + ")"
		}
		add("agreement", a)
	}
	if len(benefits) > 0 {
		add("benefits", strings.Join(benefits, ", "))
	}
	p.Conditions, items = nonNil(items), nil
	p.WhyJoin, p.Inclusion, p.Privacy = why, inclusion, privacy
	if p.Inclusion == "" {
		p.Inclusion = w("inclusion_default")
		if e := v.Apply.Email; e != "" {
			// The line says where to ask, not only that one may.
			p.Inclusion = strings.ReplaceAll(w("inclusion_email"), "{email}", e)
		}
	}
	if p.Privacy == "" {
		p.Privacy, p.PrivacyComplaint = wb.privacy(p.Company.Name, v.Location.Country)
		p.PrivacyEmail = v.Apply.Email
	}
	p.Inclusion, p.Privacy, p.WorkPermit = r.typography(p.Inclusion, lang), r.typography(p.Privacy, lang), r.typography(p.WorkPermit, lang)
	p.PrivacyComplaint = r.typography(p.PrivacyComplaint, lang)
	p.WorkHours = r.typography(p.WorkHours, lang)
	// A freelance works for the company, not under it: the posting says
	// whom the assignment is agreed with and whom it works beside, never
	// that the hire reports to or manages anyone, which describe the
	// subordination of an employee (Code du travail L8221-6).
	freelance := v.Contract.Type == values.Freelance
	if v.Team.Size > 0 || with != "" || name != "" || crew != p.crew || freelance {
		var parts []string
		if name != "" {
			parts = append(parts, name)
		}
		if n := v.Team.Size; n > 0 {
			parts = append(parts, strconv.Itoa(n)+" "+w(plural("people", n)))
		}
		if with != "" {
			parts = append(parts, with)
		}
		if len(parts) > 0 {
			add("team", strings.Join(parts, ", "))
		}
		// A head count the posts named already give is not said twice:
		// it is for a team larger than they tell; a team of one is the
		// hire alone, which team.with says better. A crew of the values'
		// own names no posts, so it leaves the count to be said.
		team, within := name, ""
		if !p.leads && !freelance {
			team, within = bossTeam(name, p.boss, w)
		}
		// A team the hire builds is said with the head count they bring
		// it to, whatever the posts named give.
		if n := v.Team.GrowsTo; n > 1 && p.leads && team != "" {
			team = strings.NewReplacer("{team}", team, "{n}", wb.number(n), "{people}", w(plural("people", n))).Replace(w("team_grown"))
		} else if n := v.Team.Size; n > 1 && (n != p.named || crew != p.crew) {
			count := strings.NewReplacer("{n}", wb.number(n), "{people}", w(plural("people", n)))
			// A team led is counted as its language counts one under its
			// head: "le pôle marketing (six personnes en vous comptant)",
			// "the marketing team of five".
			key := "team_counted"
			if p.leads {
				key = "team_led"
			}
			if team != "" {
				team = count.Replace(strings.NewReplacer("{team}", team, "{others}", wb.number(n-1)).Replace(w(key)))
			} else if p.leads {
				// "vous dirigez une équipe de deux personnes", then the two
				team = strings.NewReplacer("{n}", wb.number(n-1), "{people}", w(plural("people", n-1))).Replace(w("team_led_of"))
			} else {
				team = count.Replace(w("team_of"))
			}
		}
		p.Reporting.Text = r.typography(teamParagraph(p.boss, crew, team+within, with, p.leads, freelance, lang, w), lang)
	}
	// A fresh slice: the base's is shared by every posting of the key.
	p.Reporting.Items = append(slices.Clip(p.Reporting.Items), items...)
	for _, list := range [][]Item{p.Facts, p.Conditions, items} {
		typesetItems(list, lang)
	}
	if wb.err != nil {
		return nil, wb.err
	}
	return p, nil
}

// inLang is a per-language value's text in lang, with French typography.
// A text given for every language is used only when it reads as lang or
// is too short to tell.
func inLang(r *Readings, key string, t values.ValueText, lang string) (string, *MissingLangError) {
	s, ok := t.In(lang)
	if !ok {
		return "", &MissingLangError{Key: key, Lang: lang}
	}
	if other := r.readsAs(key, s, t.ByLang != nil); other != "" && other != lang {
		return "", &MissingLangError{Key: key, Lang: lang, ReadsAs: other, Value: s}
	}
	return r.typography(s, lang), nil
}

// listIn is inLang for lists, the list read as one text; the list is the
// posting's own.
func listIn(r *Readings, key string, l values.TextList, lang string) ([]string, *MissingLangError) {
	items, ok := l.In(lang)
	if !ok {
		return nil, &MissingLangError{Key: key, Lang: lang}
	}
	if other := r.readsAs(key, strings.Join(items, "\n"), l.ByLang != nil); other != "" && other != lang {
		return nil, &MissingLangError{Key: key, Lang: lang, ReadsAs: other, Value: strings.Join(items, ", ")}
	}
	out := make([]string, len(items))
	for i, item := range items {
		out[i] = r.typography(item, lang)
	}
	return out, nil
}

// frenchMarker says whether s holds, as words of their own, the gender
// marker French job titles carry by law and usage, "(F/H)", "H/F",
// "f / h / x": it belongs to French postings only. Read by hand: a
// regular expression compiled for it cost every render a tenth of a
// millisecond.
func frenchMarker(s string) bool {
	fh := func(c byte) bool { return c|0x20 == 'f' || c|0x20 == 'h' }
	xn := func(c byte) bool { return c|0x20 == 'x' || c|0x20 == 'n' }
	for i := 0; i < len(s); i++ {
		if !fh(s[i]) {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); i > 0 && unicode.IsLetter(r) {
			continue
		}
		j := markerPart(s, i+1, fh)
		if j < 0 {
			continue
		}
		if k := markerPart(s, j, xn); k >= 0 && !letterAt(s, k) || !letterAt(s, j) {
			return true
		}
	}
	return false
}

// markerPart is where a marker's next part ends in s from i, blanks, a
// slash, blanks and a letter want accepts; -1 when none is there.
func markerPart(s string, i int, want func(byte) bool) int {
	blanks := func() {
		for i < len(s) && strings.IndexByte(" \t\n\f\r", s[i]) >= 0 {
			i++
		}
	}
	blanks()
	if i >= len(s) || s[i] != '/' {
		return -1
	}
	i++
	blanks()
	if i >= len(s) || !want(s[i]) {
		return -1
	}
	return i + 1
}

// letterAt says whether s has a letter at i.
func letterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// readsAs is the language the text s of key is written in, "" when too
// short to tell. A text given for its language (byLang) is taken at its
// word, except a French gender marker in a title suffix.
func (r *Readings) readsAs(key, s string, byLang bool) string {
	if key == "title_suffix" && frenchMarker(s) {
		return "fr"
	}
	if byLang || s == "" {
		return ""
	}
	return r.detect(s)
}

// Readings remembers the language each text reads as, for one goroutine:
// the postings of a batch repeat the same company texts thousands of
// times, and telling their language each time was a tenth of resolving
// one. The zero value is ready; a nil *Readings remembers nothing.
type Readings struct {
	langs map[string]string
	// typeset is what French typography made of each long text: the
	// notices every posting repeats were a tenth of resolving one.
	typeset map[string]string
}

// maxReadings bounds what Readings keeps: a batch whose every posting has
// texts of its own would otherwise keep them all.
const maxReadings = 4096

func (r *Readings) detect(s string) string {
	if r == nil {
		return langdetect.Detect(s)
	}
	lang, ok := r.langs[s]
	if !ok {
		lang = langdetect.Detect(s)
		if len(r.langs) >= maxReadings || r.langs == nil {
			r.langs = make(map[string]string, 64)
		}
		r.langs[s] = lang
	}
	return lang
}

// minTypeset is the shortest text Readings remembers the typography of:
// a shorter one costs less to typeset than to look up. maxTypeset bounds
// what it keeps: a notice worded from each posting's company name is a
// new text every posting, and 4,096 of them were megabytes a worker.
const (
	minTypeset = 64
	maxTypeset = 256
)

// typography is Typography(s, lang), remembered for long French texts.
func (r *Readings) typography(s, lang string) string {
	if r == nil || lang != "fr" || len(s) < minTypeset {
		return Typography(s, lang)
	}
	t, ok := r.typeset[s]
	if !ok {
		t = Typography(s, lang)
		if len(r.typeset) >= maxTypeset || r.typeset == nil {
			r.typeset = make(map[string]string, 64)
		}
		r.typeset[s] = t
	}
	return t
}

// placeIn words the job's place: the district, the city, the region and
// the country; a posting in the country's own language leaves the country
// out after a place in it ("Part-Dieu, Lyon" on a French site, "…, Lyon,
// France" in English, "France" alone).
func placeIn(l values.Location, lang string) string {
	country := values.CountryName(l.Country, lang)
	if countryLanguage[strings.ToUpper(l.Country)] == lang && (l.District != "" || l.City != "" || l.Region != "") {
		country = ""
	}
	var parts []string
	for _, s := range []string{l.District, l.City, l.Region, country} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ", ")
}

// number writes a count as a sentence does: in words under ten ("six
// personnes", "a team of five"), in figures from ten.
func (b *Base) number(n int) string {
	if words := strings.Fields(b.word("numbers")); n >= 0 && n < len(words) {
		return words[n]
	}
	return strconv.Itoa(n)
}

// plural is the label of key for n things: key_one or key_many.
func plural(key string, n int) string {
	if n == 1 {
		return key + "_one"
	}
	return key + "_many"
}

// salary words the pay range: "38 000 € – 45 000 € brut par an", "from
// €40,000 per year, gross".
func (b *Base) salary(s values.Salary) string {
	out := b.amounts(s)
	if s.Period != "" {
		out += " " + b.word("per_"+s.Period)
	}
	return out
}

// amounts words the bounds of a pay range: "38 000 € – 45 000 €", "from
// €40,000", and one amount when both bounds are it ("400 €").
func (b *Base) amounts(s values.Salary) string {
	lang := b.p.Lang
	switch {
	case s.Min > 0 && s.Min == s.Max:
		return Money(s.Min, s.Currency, lang)
	case s.Min > 0 && s.Max > 0:
		return Money(s.Min, s.Currency, lang) + b.word("salary_range_sep") + Money(s.Max, s.Currency, lang)
	case s.Min > 0:
		return b.word("salary_from") + " " + Money(s.Min, s.Currency, lang)
	default:
		return b.word("salary_up_to") + " " + Money(s.Max, s.Currency, lang)
	}
}

// rateLabel is the label key of a freelance's rate for a pay period: "TJM"
// or "Day rate" for a day, "Tarif" or "Rate" with none.
func rateLabel(period string) string {
	if period == "" {
		return "rate"
	}
	return "rate_" + period
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// missions words the missions in lang: an offer shows the first
// activities of each, the reference all of them. A mission with no title
// in lang (a user's role written in another language, or extending a
// shipped one in one language only) is refused: its heading would be
// empty.
func missions(roleID string, ms []role.Mission, lang string, full bool) ([]Mission, error) {
	out := make([]Mission, 0, len(ms))
	for _, m := range ms {
		if strings.TrimSpace(m.Title.In(lang)) == "" {
			return nil, &NoTextError{Role: roleID, Mission: m.ID, Lang: lang}
		}
		pm := Mission{Title: m.Title.In(lang), Activities: []string{}}
		for _, a := range m.Activities {
			if len(pm.Activities) == role.PostingActivities && !full {
				break
			}
			if t := a.In(lang); t != "" {
				pm.Activities = append(pm.Activities, t)
			}
		}
		out = append(out, pm)
	}
	return out, nil
}

// glossFirst explains, at its first mention in the pitch or the missions,
// each platform of glosses (entries "Name (what it is)", joined by " | ")
// that the posting names without saying what it is: a reader abroad
// meets a French platform once, in whichever block the posting shows.
func glossFirst(p *Posting, glosses string) {
	texts := []*string{&p.Pitch}
	for i := range p.Missions {
		for j := range p.Missions[i].Activities {
			texts = append(texts, &p.Missions[i].Activities[j])
		}
	}
	for _, entry := range strings.Split(glosses, " | ") {
		name, _, ok := strings.Cut(entry, " (")
		if !ok || name == "" {
			continue
		}
		if slices.ContainsFunc(texts, func(t *string) bool { return strings.Contains(*t, entry) }) {
			continue
		}
		for _, t := range texts {
			if strings.Contains(*t, name) {
				*t = strings.Replace(*t, name, entry, 1)
				break
			}
		}
	}
}

// chooseMissions returns the missions the posting shows: those the
// recruiter named, in the role's order; else the key ones for an offer,
// every one for the reference.
func chooseMissions(s role.Shape, ids []string, full bool) ([]role.Mission, error) {
	if len(ids) == 0 {
		if full {
			return s.Missions, nil
		}
		return s.KeyMissions(), nil
	}
	known := make([]string, len(s.Missions))
	for i, m := range s.Missions {
		known[i] = m.ID
	}
	if err := unknownIDs("missions", "mission", ids, known); err != nil {
		return nil, err
	}
	var out []role.Mission
	for _, m := range s.Missions {
		if slices.Contains(ids, m.ID) {
			out = append(out, m)
		}
	}
	return out, nil
}

// chooseSkills is chooseMissions for skills.
func chooseSkills(refs []role.SkillRef, ids []string, full bool) ([]role.SkillRef, error) {
	if len(ids) == 0 {
		if full {
			return refs, nil
		}
		return role.KeySkills(refs), nil
	}
	known := make([]string, len(refs))
	for i, r := range refs {
		known[i] = r.ID
	}
	if err := unknownIDs("skills", "skill", ids, known); err != nil {
		return nil, err
	}
	var out []role.SkillRef
	for _, r := range refs {
		if slices.Contains(ids, r.ID) {
			out = append(out, r)
		}
	}
	return out, nil
}

// unknownIDs refuses an id the role does not have, naming those it has.
func unknownIDs(key, noun string, ids, known []string) error {
	for _, id := range ids {
		if slices.Contains(known, id) {
			continue
		}
		msg := fmt.Sprintf("%s: the role has no %s %s", key, noun, usertext.Quote(id))
		if near := strictyaml.Closest(id, known); near != "" {
			msg += fmt.Sprintf("; did you mean %q?", near)
		} else {
			msg += "; use one of " + strings.Join(known, ", ")
		}
		return usage.Wrap(errors.New(msg))
	}
	return nil
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
