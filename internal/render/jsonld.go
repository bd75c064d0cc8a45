package render

import (
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"strings"
	"sync"

	"github.com/jobdesc/jobdesc/internal/posting"
)

// The jsonld format writes a schema.org JobPosting as Google for Jobs
// reads it, to .jsonld files: the extension registered for JSON-LD, and
// one that does not collide with the json format's in a shared folder.
// Its template is the description's: --template replaces it.
func jsonldFormat() Format {
	return Format{Name: "jsonld", Ext: ".jsonld", Template: DescriptionFile, describes: true, build: func(_ string, _ []byte, d *describer) (writeFunc, error) {
		return func(o *output, p *posting.Posting) error {
			jp, err := d.JobPosting(p)
			if err != nil {
				return err
			}
			return writeJSON(o, jp)
		}, nil
	}, bounded: func(src, _ []byte) bool { return isShipped(DescriptionFile, src) }}
}

// writeJSON writes v indented, with a newline; the file is not HTML, so
// "<" stays "<" (the html format escapes its script block itself).
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// JSONLD is a schema.org JobPosting. Fields are in schema.org's names and
// in a fixed order, so output is deterministic.
type JSONLD struct {
	Context     string `json:"@context"`
	Type        string `json:"@type"`
	Title       string `json:"title"`
	Description string `json:"description"`
	jobDetails
}

// jobDetails are a JobPosting's properties after its description, which
// encoding/json writes in place (an embedded struct's fields are the
// object's own): a page writes the object's head and description itself
// (see writeJSONLD) and these with encoding/json.
type jobDetails struct {
	DatePosted                    string             `json:"datePosted"`
	ValidThrough                  string             `json:"validThrough,omitempty"`
	InLanguage                    string             `json:"inLanguage"`
	HiringOrganization            organization       `json:"hiringOrganization"`
	JobLocation                   *place             `json:"jobLocation,omitempty"`
	JobLocationType               string             `json:"jobLocationType,omitempty"`
	ApplicantLocationRequirements *country           `json:"applicantLocationRequirements,omitempty"`
	EmploymentType                []string           `json:"employmentType,omitempty"`
	JobStartDate                  string             `json:"jobStartDate,omitempty"`
	BaseSalary                    *monetaryAmount    `json:"baseSalary,omitempty"`
	Identifier                    *propertyValue     `json:"identifier,omitempty"`
	DirectApply                   bool               `json:"directApply"`
	Skills                        []string           `json:"skills,omitempty"`
	OccupationalCategory          []categoryCode     `json:"occupationalCategory,omitempty"`
	ExperienceRequirements        *experienceRequire `json:"experienceRequirements,omitempty"`
	EducationRequirements         string             `json:"educationRequirements,omitempty"`
	JobBenefits                   string             `json:"jobBenefits,omitempty"`
	WorkHours                     string             `json:"workHours,omitempty"`
	EmployerOverview              string             `json:"employerOverview,omitempty"`
}

type organization struct {
	Type   string `json:"@type"`
	Name   string `json:"name"`
	SameAs string `json:"sameAs,omitempty"`
}

type place struct {
	Type    string        `json:"@type"`
	Address postalAddress `json:"address"`
}

type postalAddress struct {
	Type            string `json:"@type"`
	AddressLocality string `json:"addressLocality,omitempty"`
	AddressRegion   string `json:"addressRegion,omitempty"`
	AddressCountry  string `json:"addressCountry"`
}

type country struct {
	Type string `json:"@type"`
	Name string `json:"name"`
}

type monetaryAmount struct {
	Type string `json:"@type"`
	// Name says, for a freelance, that the amount is a rate before VAT:
	// MonetaryAmount has no property of its own for it.
	Name     string            `json:"name,omitempty"`
	Currency string            `json:"currency"`
	Value    quantitativeValue `json:"value"`
}

type quantitativeValue struct {
	Type     string   `json:"@type"`
	MinValue *float64 `json:"minValue,omitempty"`
	MaxValue *float64 `json:"maxValue,omitempty"`
	UnitText string   `json:"unitText,omitempty"`
}

type propertyValue struct {
	Type  string `json:"@type"`
	Name  string `json:"name"`
	Value string `json:"value"`
}

type categoryCode struct {
	Type      string `json:"@type"`
	CodeValue string `json:"codeValue"`
	InCodeSet string `json:"inCodeSet"`
}

type experienceRequire struct {
	Type               string `json:"@type"`
	MonthsOfExperience int    `json:"monthsOfExperience"`
}

// MissingError is a value JSON-LD requires that the posting lacks.
type MissingError struct {
	Property string // the JobPosting property, in schema.org's dotted path
	What     string // the value, in words
	Set      string // what sets it: its value key, or where it comes from
	// Key is the value key that sets it ("company.name"), "" when none
	// does on its own: the command names the flag that sets the key.
	Key string
}

func (e *MissingError) Error() string {
	return fmt.Sprintf("jsonld needs %s: set %s", e.What, e.Set)
}

// Missing lists the properties Google for Jobs requires that j lacks, in
// the order its documentation lists them: title, description,
// datePosted, hiringOrganization, and jobLocation (or, for a remote job,
// jobLocationType TELECOMMUTE with applicantLocationRequirements).
func (j *JSONLD) Missing() []MissingError { return j.missing(j.Description != "") }

// missing is Missing, described says whether j has a description.
func (j *JSONLD) missing(described bool) []MissingError {
	var out []MissingError
	add := func(ok bool, e MissingError) {
		if !ok {
			out = append(out, e)
		}
	}
	add(j.Title != "", MissingError{"title", "a job title", "the role's title in the posting's language", ""})
	add(described, MissingError{"description", "a description", "the role's pitch or summary", ""})
	add(j.HiringOrganization.Name != "", MissingError{"hiringOrganization.name", "a company name", "company.name", "company.name"})
	add(j.DatePosted != "", MissingError{"datePosted", "the posted date", "posted", "posted"})
	if j.JobLocationType == "TELECOMMUTE" {
		add(j.ApplicantLocationRequirements != nil && j.ApplicantLocationRequirements.Name != "",
			MissingError{"applicantLocationRequirements", "the job's country", "location.country (an ISO code such as FR)", "location.country"})
	} else {
		add(j.JobLocation != nil && j.JobLocation.Address.AddressCountry != "",
			MissingError{"jobLocation.address.addressCountry", "the job's country", "location.country (an ISO code such as FR)", "location.country"})
	}
	return out
}

// EmploymentType maps the contract to schema.org's employment types:
// full-time and part-time from the hours; fixed-term and interim (the
// staffing agency, the hiringOrganization, employs) add TEMPORARY,
// freelance is CONTRACTOR, internship and apprenticeship (a work-study
// placement, grouped with internships by job boards) are INTERN. A
// permanent contract with no hours says nothing schema.org can hold.
func EmploymentType(c posting.Terms) []string {
	var out []string
	switch c.Type {
	case "freelance":
		return []string{"CONTRACTOR"}
	case "internship", "apprenticeship":
		out = append(out, "INTERN")
	}
	switch c.Hours {
	case "full-time":
		out = append(out, "FULL_TIME")
	case "part-time":
		out = append(out, "PART_TIME")
	}
	if c.Type == "fixed-term" || c.Type == "interim" {
		out = append(out, "TEMPORARY")
	}
	return out
}

// DescriptionFile is the template of the JobPosting description, a file a
// user replaces like the posting templates.
const DescriptionFile = "jsonld-description.html.tmpl"

// describer writes JobPostings, their description laid out by its
// template (DescriptionFile, or the user's).
type describer struct {
	t *template.Template
	// shipped says t is the shipped template, which describe writes in
	// Go; offers are its offers, laid out once per base.
	shipped bool
	offers  sharedCache
	// buffers are those the Go writer lays descriptions out in.
	buffers sync.Pool
	// noJSONLD says a page is asked without its JSON-LD block.
	noJSONLD bool
}

// newDescriber parses the description template, an html/template: every
// value is escaped for HTML.
func newDescriber(name string, src []byte) (*describer, error) {
	var t *template.Template
	t, err := template.New(name).Option("missingkey=error").Funcs(template.FuncMap{
		"list":       func(v ...any) []any { return v },
		"paragraphs": Paragraphs,
		"shared":     sharedFunc(func() *template.Template { return t }),
	}).Parse(string(src))
	if err != nil {
		return nil, templateError(err)
	}
	if err := checkTemplateShared(t); err != nil {
		return nil, err
	}
	return &describer{t: t, shipped: isShipped(DescriptionFile, src)}, nil
}

// JobPosting builds the schema.org JobPosting of p, or says which value it
// requires is missing and how to set it.
func (d *describer) JobPosting(p *posting.Posting) (*JSONLD, error) {
	j, err := d.build(p)
	if err != nil {
		return nil, err
	}
	if m := j.Missing(); len(m) > 0 {
		return nil, &m[0]
	}
	return j, nil
}

// build builds the schema.org JobPosting of p as it stands, a required
// property missing or not.
func (d *describer) build(p *posting.Posting) (*JSONLD, error) {
	desc, err := d.description(p)
	if err != nil {
		return nil, templateError(err)
	}
	j := jobPosting(p)
	j.Description = desc
	return j, nil
}

// MissingProperties is what the JobPosting of p lacks that Google for
// Jobs requires, as Missing says, for lint to report where the jsonld
// format refuses to write. It builds every property but the description,
// the costly one: Description lays the whole posting out and always
// opens with its pitch, so the description has text when the pitch has.
func MissingProperties(p *posting.Posting) []MissingError {
	j := jobPosting(p)
	if strings.TrimSpace(p.Pitch) != "" {
		j.Description = p.Pitch
	}
	return j.Missing()
}

// rateName is a freelance's rate as the posting words it, "TJM : 400 € HT"
// or "Day rate: €400, excl. VAT", for baseSalary's name. schema.org's
// baseSalary is "the base salary of the job", and Google reads it as the
// pay the hiring organisation commits to, hour, day or otherwise; a
// contractor's rate is that, while estimatedSalary is for estimates made
// by others. The one thing MonetaryAmount cannot say, that the amount is
// before VAT, its name says (every schema.org Thing has one); the
// employmentType CONTRACTOR says who is paid.
func rateName(p *posting.Posting) string {
	for _, f := range p.Facts {
		if f.Key == "salary" {
			return f.Label + p.Labels.Colon + f.Value
		}
	}
	return ""
}

// jobPosting is the JobPosting of p without its description.
func jobPosting(p *posting.Posting) *JSONLD {
	d := p.Data
	j := &JSONLD{
		Context: "https://schema.org",
		Type:    "JobPosting",
		Title:   p.Heading,
		jobDetails: jobDetails{
			DatePosted:         d.Posted,
			ValidThrough:       d.ValidThrough,
			InLanguage:         p.Lang,
			HiringOrganization: organization{Type: "Organization", Name: p.Company.Name, SameAs: p.Company.URL},
			EmploymentType:     EmploymentType(d.Contract),
			JobStartDate:       d.Start,
			DirectApply:        p.Apply.URL != "",
			EmployerOverview:   p.Company.About,
		},
	}
	if d.Location.Remote == "remote" {
		j.JobLocationType = "TELECOMMUTE"
		j.ApplicantLocationRequirements = &country{Type: "Country", Name: d.Location.Country}
	} else {
		j.JobLocation = &place{Type: "Place", Address: postalAddress{
			Type: "PostalAddress", AddressLocality: d.Location.City, AddressRegion: d.Location.Region, AddressCountry: d.Location.Country,
		}}
	}
	if s := d.Salary; s != nil {
		v := quantitativeValue{Type: "QuantitativeValue", UnitText: strings.ToUpper(s.Period)}
		if s.Min > 0 {
			v.MinValue = &s.Min
		}
		if s.Max > 0 {
			v.MaxValue = &s.Max
		}
		j.BaseSalary = &monetaryAmount{Type: "MonetaryAmount", Currency: s.Currency, Value: v}
		if s.Basis == posting.BasisExclVAT {
			j.BaseSalary.Name = rateName(p)
		}
	}
	if p.Apply.Reference != "" {
		j.Identifier = &propertyValue{Type: "PropertyValue", Name: p.Company.Name, Value: p.Apply.Reference}
	}
	for _, group := range [][]posting.Skill{p.Skills.KnowHow, p.Skills.Knowledge, p.Skills.Soft} {
		for _, s := range group {
			j.Skills = append(j.Skills, s.Name)
		}
	}
	for _, c := range []categoryCode{
		{CodeValue: d.Codes.ISCO, InCodeSet: "ISCO-08"},
		{CodeValue: d.Codes.ROME, InCodeSet: "ROME"},
		{CodeValue: d.Codes.ESCO, InCodeSet: "ESCO"},
	} {
		if c.CodeValue != "" {
			c.Type = "CategoryCode"
			j.OccupationalCategory = append(j.OccupationalCategory, c)
		}
	}
	if y := d.ExperienceYears; y != nil {
		j.ExperienceRequirements = &experienceRequire{Type: "OccupationalExperienceRequirements", MonthsOfExperience: *y * 12}
	}
	for _, it := range p.Profile {
		if it.Key == "education" {
			j.EducationRequirements = it.Value
		}
	}
	j.JobBenefits = strings.Join(p.Benefits, ", ")
	j.WorkHours = p.WorkHours
	return j
}
