package lint

import "fmt"

// citation names the law a finding of category cat breaks in a
// jurisdiction, with the article, and the level it reports at: an error
// where the law forbids it outright, a warning where it is a risk (a
// proxy for a protected ground, data the law asks to keep to a minimum).
func citation(j Jurisdiction, cat string) (string, Severity) {
	var table map[string]law
	switch j.ID {
	case "fr":
		table = map[string]law{
			"age":           {"Code du travail L5331-2 and L1132-1", Error},
			"sex":           {"Code du travail L1142-1", Error},
			"family":        {"Code du travail L1132-1 and L1142-1", Error},
			"personal-data": {"Code du travail L1221-6", Error},
			"fee":           {"Code du travail L5331-1 and L5321-3", Error},
			"language":      {"Code du travail L5331-4", Error},
		}
		return pick(table[cat], law{"Code du travail L1132-1", Error}, j)
	case "uk":
		table = map[string]law{
			"age":           {"Equality Act 2010 s.5 and s.13", Error},
			"sex":           {"Equality Act 2010 s.11 and s.13", Error},
			"family":        {"Equality Act 2010 s.8, s.18 and s.19 (marriage, pregnancy, indirect sex discrimination)", Error},
			"origin":        {"Equality Act 2010 s.9 and s.13 (race, nationality, ethnic or national origin)", Error},
			"health":        {"Equality Act 2010 s.6, s.15 and s.60 (disability, health questions before an offer)", Error},
			"religion":      {"Equality Act 2010 s.10 and s.13", Error},
			"orientation":   {"Equality Act 2010 s.7 and s.12", Error},
			"appearance":    {"Equality Act 2010 s.13 and s.19 (appearance as a proxy for sex, race, age or disability)", Warning},
			"union":         {"Trade Union and Labour Relations (Consolidation) Act 1992 s.137", Error},
			"residence":     {"Equality Act 2010 s.19 (a residence condition can exclude a race or nationality indirectly)", Warning},
			"personal-data": {"UK GDPR Art. 5(1)(c) (data minimisation) and Equality Act 2010 s.60", Warning},
			"fee":           {"Employment Agencies Act 1973 s.6", Error},
			"other-ground":  {"Equality Act 2010 s.19 (indirect discrimination)", Warning},
		}
	case "us":
		table = map[string]law{
			"age":           {"the Age Discrimination in Employment Act, 29 U.S.C. 623(e)", Error},
			"sex":           {"Title VII of the Civil Rights Act, 42 U.S.C. 2000e-3(b)", Error},
			"family":        {"Title VII and the Pregnancy Discrimination Act, 42 U.S.C. 2000e(k)", Error},
			"origin":        {"Title VII of the Civil Rights Act, 42 U.S.C. 2000e-3(b), and 8 U.S.C. 1324b (citizenship)", Error},
			"health":        {"the Americans with Disabilities Act, 42 U.S.C. 12112(d) (no medical questions before an offer)", Error},
			"religion":      {"Title VII of the Civil Rights Act, 42 U.S.C. 2000e-3(b)", Error},
			"orientation":   {"Title VII of the Civil Rights Act as the EEOC applies it (Bostock v. Clayton County)", Error},
			"appearance":    {"Title VII and the ADA as the EEOC explains them (appearance rules as a proxy for sex, race or disability)", Warning},
			"union":         {"the National Labor Relations Act s.8(a)(3), 29 U.S.C. 158(a)(3)", Error},
			"residence":     {"Title VII disparate impact, 42 U.S.C. 2000e-2(k)", Warning},
			"personal-data": {"the EEOC's guidance under Title VII and the ADA (ask only what the job needs)", Warning},
			"fee":           {"state employment-agency laws, which forbid charging applicants", Warning},
			"other-ground":  {"Title VII disparate impact, 42 U.S.C. 2000e-2(k), as the EEOC explains it", Warning},
		}
	default:
		table = map[string]law{
			"age":           {"Directive 2000/78/EC Art. 2 and 6", Error},
			"sex":           {"Directive 2006/54/EC Art. 14", Error},
			"family":        {"Directive 2006/54/EC Art. 2 and 14", Error},
			"origin":        {"Directive 2000/43/EC Art. 2 and 3", Error},
			"health":        {"Directive 2000/78/EC Art. 2", Error},
			"religion":      {"Directive 2000/78/EC Art. 2 and 4", Error},
			"orientation":   {"Directive 2000/78/EC Art. 2", Error},
			"appearance":    {"Directive 2000/43/EC and 2006/54/EC (appearance as a proxy for origin or sex)", Warning},
			"union":         {"the EU Charter of Fundamental Rights Art. 12 and 21", Warning},
			"residence":     {"Directive 2000/43/EC Art. 2(2)(b) (indirect discrimination)", Warning},
			"personal-data": {"GDPR Art. 5(1)(c) (data minimisation)", Warning},
			"fee":           {"Directive 2008/104/EC Art. 6(3) (no fee for being placed)", Error},
			"other-ground":  {"the EU Charter of Fundamental Rights Art. 21", Warning},
		}
	}
	return pick(table[cat], law{"the EU Charter of Fundamental Rights Art. 21", Warning}, j)
}

// law is an article a finding cites and the level it reports at.
type law struct {
	text string
	sev  Severity
}

func pick(l, def law, j Jurisdiction) (string, Severity) {
	if l.text == "" {
		l = def
	}
	return fmt.Sprintf("%s (%s)", l.text, j.Name), l.sev
}
