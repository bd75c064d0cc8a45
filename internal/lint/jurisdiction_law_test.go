package lint

import (
	"strings"
	"testing"
)

// TestJurisdictionsCiteTheirLaw holds a posting for a job outside France,
// the UK, the US and the EU default to its own law: the place in the text
// picks the jurisdiction, the finding cites its article at its level.
func TestJurisdictionsCiteTheirLaw(t *testing.T) {
	l, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		lang, place, problem string
		jurisdiction, cite   string
		sev                  Severity
	}{
		{"en", "Calgary, Alberta", "Candidates must be aged 20 to 30.", "Alberta, Canada", "Alberta Human Rights Act s.7 and s.8", Error},
		{"en", "Iqaluit, Nunavut", "Candidates must be aged 20 to 30.", "Canada (federal)", "Canadian Human Rights Act s.3, s.7 and s.8", Error},
		// the province named first is the job's: runs to another do not move it
		{"en", "Winnipeg, MB R3E 3G1. Long-distance runs to northwestern Ontario", "Candidates must be aged 20 to 30.", "Manitoba, Canada", "The Human Rights Code (Manitoba) s.14", Error},
		{"en", "Toronto, Ontario", "Candidates must be aged 20 to 30.", "Ontario, Canada", "Human Rights Code (Ontario) s.5 and s.23", Error},
		{"fr", "Montréal", "Précisez votre état civil.", "Québec, Canada", "Charte des droits et libertés de la personne art. 10, 16 and 18.1", Error},
		{"fr", "Montréal", "Avez-vous déjà eu un accident du travail ?", "Québec, Canada", "CNESST", Error},
		{"en", "Sydney, New South Wales", "Applicants must be aged 20 to 30.", "Australia", "Age Discrimination Act 2004 s.18 and s.50", Error},
		{"en", "Sydney", "A female receptionist would be preferred.", "Australia", "Sex Discrimination Act 1984 s.14 and s.86", Error},
		{"en", "Singapore", "Applicants must be aged 20 to 30.", "Singapore", "Workplace Fairness Act 2025 (age) and the Tripartite Guidelines", Error},
		{"fr", "Genève", "Candidature féminine de préférence.", "Switzerland", "Gender Equality Act art. 3", Error},
		{"fr", "Lausanne", "Candidat·e âgé·e de 22 à 27 ans.", "Switzerland", "Federal Constitution art. 8(2) and Code of Obligations art. 328", Warning},
		{"fr", "Bruxelles", "Candidat·e âgé·e de 22 à 27 ans.", "Belgium", "Loi anti-discrimination du 10 mai 2007", Error},
		{"fr", "Liège", "Un accent neutre est indispensable.", "Belgium", "Loi anti-racisme du 30 juillet 1981", Error},
		{"fr", "Luxembourg", "Candidat·e âgé·e de 22 à 27 ans.", "Luxembourg", "Code du travail L.251-1", Error},
		{"en", "Cork", "Applicants must be aged 20 to 30.", "Ireland", "Employment Equality Acts 1998–2015 s.6, s.8 and s.10 (age)", Error},
		{"en", "Galway", "Candidates must supply a recent photo.", "Ireland", "GDPR Art. 5(1)(c)", Warning},
		{"en", "Christchurch", "Applicants must be aged 20 to 30.", "New Zealand", "Human Rights Act 1993 s.21, s.22 and s.23 (age, from 16)", Error},
		{"en", "Auckland", "No WINZ beneficiaries please.", "New Zealand", "Human Rights Act 1993 s.21(1)(k)", Warning},
		{"en", "Nairobi", "Recent medical report, including an HIV test result.", "Kenya", "HIV and AIDS Prevention and Control Act 2006 s.31", Error},
		{"en", "Durban", "All shortlisted candidates must undergo an HIV test before appointment.", "South Africa", "Employment Equity Act 55 of 1998 s.5 and s.6 (disability, HIV status) and s.7", Error},
	} {
		text := "Poste basé à " + c.place + ".\n\n" + c.problem + "\n"
		if c.lang == "en" {
			text = "The job is in " + c.place + ".\n\n" + c.problem + "\n"
		}
		d, err := Parse("posting", c.lang, Text, []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		res := l.Lint(d)
		if res.Jurisdiction != c.jurisdiction {
			t.Errorf("%s: jurisdiction %q, want %q", c.place, res.Jurisdiction, c.jurisdiction)
		}
		found := false
		for _, f := range res.Findings {
			if strings.Contains(f.Message, c.cite) && strings.Contains(f.Message, "("+c.jurisdiction+")") && f.Severity == c.sev {
				found = true
			}
		}
		if !found {
			t.Errorf("%s, %q: no %v finding citing %q; got %v", c.place, c.problem, c.sev, c.cite, res.Findings)
		}
	}
}
