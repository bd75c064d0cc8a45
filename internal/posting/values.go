// Package posting turns a role and what a recruiter says of the job (the
// values: company, place, contract, pay…) into a Posting: plain data in one
// language, ready for any output format.
package posting

import "reflect"

// Values are what the recruiter adds to a role. Every field is optional;
// what is left empty is left out of the posting.
type Values struct {
	Lang         string   `yaml:"lang" mapstructure:"lang"`
	Company      Company  `yaml:"company" mapstructure:"company"`
	Location     Location `yaml:"location" mapstructure:"location"`
	Contract     Contract `yaml:"contract" mapstructure:"contract"`
	Salary       Salary   `yaml:"salary" mapstructure:"salary"`
	Seniority    string   `yaml:"seniority" mapstructure:"seniority"`
	Start        string   `yaml:"start" mapstructure:"start"`
	Posted       string   `yaml:"posted" mapstructure:"posted"`
	ValidThrough string   `yaml:"valid_through" mapstructure:"valid_through"`
	Apply        Apply    `yaml:"apply" mapstructure:"apply"`
	Reference    string   `yaml:"reference" mapstructure:"reference"`
	Benefits     []string `yaml:"benefits" mapstructure:"benefits"`
	// Length is standard (the offer: key missions and skills) or full
	// (the role's whole reference, for internal use).
	Length string `yaml:"length" mapstructure:"length"`
	// Missions and Skills, when set, are the ids of the missions and
	// skills the posting shows, in place of the role's key ones.
	Missions []string `yaml:"missions" mapstructure:"missions"`
	Skills   []string `yaml:"skills" mapstructure:"skills"`
}

// Company is the hiring organisation.
type Company struct {
	Name  string `yaml:"name" mapstructure:"name"`
	About string `yaml:"about" mapstructure:"about"`
	Size  string `yaml:"size" mapstructure:"size"`
	URL   string `yaml:"url" mapstructure:"url"`
}

// Location is where the job is done.
type Location struct {
	City    string `yaml:"city" mapstructure:"city"`
	Region  string `yaml:"region" mapstructure:"region"`
	Country string `yaml:"country" mapstructure:"country"`
	Remote  string `yaml:"remote" mapstructure:"remote"`
}

// Contract is the kind of employment.
type Contract struct {
	Type     string `yaml:"type" mapstructure:"type"`
	Hours    string `yaml:"hours" mapstructure:"hours"`
	Duration string `yaml:"duration" mapstructure:"duration"`
}

// Salary is the pay range; zero means not given.
type Salary struct {
	Min      float64 `yaml:"min" mapstructure:"min"`
	Max      float64 `yaml:"max" mapstructure:"max"`
	Currency string  `yaml:"currency" mapstructure:"currency"`
	Period   string  `yaml:"period" mapstructure:"period"`
}

// Apply says how to apply.
type Apply struct {
	URL   string `yaml:"url" mapstructure:"url"`
	Email string `yaml:"email" mapstructure:"email"`
}

// Overlay returns base with every value over sets replacing base's: a
// later layer wins, key by key, and what it leaves empty falls through.
func Overlay(base Values, over ...Values) Values {
	for _, o := range over {
		overlay(reflect.ValueOf(&base).Elem(), reflect.ValueOf(o))
	}
	return base
}

func overlay(dst, src reflect.Value) {
	for i := 0; i < src.NumField(); i++ {
		f := src.Field(i)
		switch {
		case f.Kind() == reflect.Struct:
			overlay(dst.Field(i), f)
		case !f.IsZero():
			dst.Field(i).Set(f)
		}
	}
}
