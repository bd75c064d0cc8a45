package posting

import (
	"strings"
	"testing"

	"github.com/jobdesc/jobdesc/internal/values"
)

// TestCandidateFacts: what a candidate asks first, worded from the
// values: the pay with its months and bonus (salary.note), what the post
// manages in figures after the pitch (scope), when candidates hear back on
// a line of its own after the steps (process_note), and the beginner's
// experience as a welcome.
func TestCandidateFacts(t *testing.T) {
	r := resolver(t)
	v := values.Set{
		Salary:      values.Salary{Min: 37000, Max: 43000, Currency: "EUR", Period: "year", Note: values.ValueText{ByLang: map[string]string{"fr": "sur 12 mois, sans part variable", "en": "over 12 months, no bonus"}}},
		Scope:       values.ValueText{ByLang: map[string]string{"fr": "Budget média géré : environ 120 000 € par an.", "en": "Media budget: about €120,000 a year."}},
		Process:     values.PlainList("Entretien avec {manager}"),
		ProcessNote: values.ValueText{ByLang: map[string]string{"fr": "Réponse sous deux semaines après le dernier entretien.", "en": "We'll reply within two weeks of your final interview."}},
	}
	tests := []struct {
		lang, salary, scope, note, junior string
	}{
		{"fr", "Rémunération|37\u202f000\u00a0€ – 43\u202f000\u00a0€ brut annuel sur 12\u00a0mois, sans part variable", "Budget média géré\u00a0: environ 120\u202f000\u00a0€ par an.", "Réponse sous deux semaines après le dernier entretien.", "débutant·e bienvenu·e"},
		{"en", "Salary|€37,000–€43,000 a year gross (over 12 months, no bonus)", "Media budget: about €120,000 a year.", "We'll reply within two weeks of your final interview.", "none required"},
	}
	for _, tc := range tests {
		v := v
		v.Lang = tc.lang
		if tc.lang == "en" {
			v.Process = values.PlainList("An interview with {manager}")
		}
		p, err := r.Resolve("social-media-marketer", v)
		if err != nil {
			t.Fatal(err)
		}
		if got := item(p.Facts, "salary"); got != tc.salary {
			t.Errorf("%s salary = %q, want %q", tc.lang, got, tc.salary)
		}
		if p.Scope != tc.scope {
			t.Errorf("%s scope = %q, want %q", tc.lang, p.Scope, tc.scope)
		}
		if p.ProcessNote != tc.note || len(p.Process) != 1 {
			t.Errorf("%s process = %q then %q, want one step then %q", tc.lang, p.Process, p.ProcessNote, tc.note)
		}
		v.Seniority = "junior"
		j, err := r.Resolve("social-media-marketer", v)
		if err != nil {
			t.Fatal(err)
		}
		if got := item(j.Profile, "experience"); !strings.Contains(got, tc.junior) {
			t.Errorf("%s junior experience = %q, want it to say %q", tc.lang, got, tc.junior)
		}
	}
}

// TestAfterLabel: an English profile value reads as the rest of the
// sentence its bold label opens, lower case, unless it opens with a name.
func TestAfterLabel(t *testing.T) {
	for _, tc := range []struct{ in, lang, want string }{
		{"A degree in web development", "en", "a degree in web development"},
		{"An MBA or equivalent", "en", "an MBA or equivalent"},
		{"Google Analytics certification", "en", "Google Analytics certification"},
		{"WordPress, Canva", "en", "WordPress, Canva"},
		{"Bac+3 en communication", "fr", "Bac+3 en communication"},
		{"A", "en", "a"},
		{"", "en", ""},
	} {
		if got := afterLabel(tc.in, tc.lang); got != tc.want {
			t.Errorf("afterLabel(%q, %s) = %q, want %q", tc.in, tc.lang, got, tc.want)
		}
	}
	p, err := resolver(t).Resolve("webmaster", values.Set{Lang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	if got := item(p.Profile, "education"); !strings.HasPrefix(got, "Education|a degree") {
		t.Errorf("education = %q, want it lower case after its label", got)
	}
}
