package lint

import (
	"cmp"
	"fmt"
	"strings"

	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/internal/render"
)

// FromPosting is the document of a posting jobdesc resolved: md is its
// Markdown rendering, which findings point into, and the facts come from
// the model, so the completeness, pay, date and job-board rules know what
// the posting holds instead of guessing it from headings.
func FromPosting(file string, p *posting.Posting, md []byte) (*Document, error) {
	d, err := ParseMarkdown(file, p.Lang, md)
	if err != nil {
		return nil, err
	}
	data := p.Data
	d.Country, d.CountryFrom = valuesCountry(p)
	d.countryGiven = true
	skills := len(p.Skills.KnowHow) + len(p.Skills.Soft) + len(p.Skills.Knowledge)
	a := p.Apply
	loc := data.Location
	d.Facts = &Facts{
		// What the posting prints: the heading, with its marker and
		// suffix, is what a reader and the title rules see.
		Title:        cmp.Or(p.Heading, p.Title),
		Missions:     len(p.Missions),
		Profile:      len(p.Profile) > 0 || skills > 0,
		Conditions:   len(p.Conditions) > 0 || len(p.Facts) > 0, // the key facts under the title are conditions too
		Apply:        a.URL != "" || a.Email != "" || a.Reference != "" || a.Posted != "" || a.ValidThrough != "",
		Salary:       data.Salary != nil,
		Posted:       data.Posted != "",
		Location:     loc.City != "" || loc.Region != "" || loc.Country != "" || loc.Remote == "remote",
		Contract:     data.Contract.Type != "",
		ApplyChannel: a.URL != "" || a.Email != "",
		ValidThrough: data.ValidThrough != "",
	}
	d.Facts.JobBoard, d.Facts.JobBoardChecked = render.MissingProperties(p), true
	d.Facts.Terms, d.Facts.Pay, d.Facts.Seniority, d.Facts.Lead = data.Contract, data.Salary, data.Seniority, p.Lead()
	for _, it := range p.Reporting.Items {
		d.Facts.Manages = d.Facts.Manages || it.Key == "manages"
	}
	return d, nil
}

// valuesCountry is the country of a posting jobdesc resolved, from its
// values: their country, or else what their place and pay currency say.
// The rest of the posting is the role's text, which places no job, so
// reading the whole text for a country cost a render a millisecond for
// what the values already tell.
func valuesCountry(p *posting.Posting) (country, from string) {
	loc := p.Data.Location
	if loc.Country != "" {
		return loc.Country, ""
	}
	var text []string
	for _, s := range []string{loc.City, loc.Region} {
		if s != "" {
			text = append(text, s)
		}
	}
	if s := p.Data.Salary; s != nil && s.Currency != "" {
		// the signs inferCountry reads: the code, and the pound's sign
		text = append(text, "\n"+strings.ToLower(s.Currency))
		if s.Currency == "GBP" {
			text = append(text, "£")
		}
	}
	t := strings.Join(text, ", ")
	return inferCountry(t, fold(t))
}

const jsonldHelp = "Google for Jobs lists a posting only when its JSON-LD (the jsonld format, and the " +
	"script block of the html format) has a title, a description, datePosted, hiringOrganization " +
	"with its name, and jobLocation with an addressCountry, or, for a fully remote job, jobLocationType " +
	"TELECOMMUTE with applicantLocationRequirements. Other job boards read the same properties."

func checkJSONLD(r *run) {
	f := r.d.Facts
	if f == nil || !f.JobBoardChecked {
		return
	}
	for _, m := range f.JobBoard {
		r.add(whole, 0, fmt.Sprintf("the posting's JSON-LD has no %s (%s), which Google for Jobs requires: job boards will not list it", m.Property, m.What),
			"set "+m.Set)
	}
	// No default expiry: jobdesc does not invent the date a job closes.
	// Without one, boards list the posting until they drop it themselves,
	// long after it is filled.
	if !f.ValidThrough && len(f.JobBoard) == 0 {
		r.add(whole, 0, "the posting's JSON-LD has no validThrough: job boards keep listing it until they drop it themselves",
			"set valid_through (YYYY-MM-DD), the last day applications are taken")
	}
}
