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
			"retention":     {"GDPR Art. 5(1)(e) (storage limitation; the CNIL's recruitment guidance keeps an unsuccessful application two years at most)", Warning},
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
			"political":     {"Equality Act 2010 s.10 (a philosophical belief, where the opinion amounts to one)", Warning},
			"residence":     {"Equality Act 2010 s.19 (a residence condition can exclude a race or nationality indirectly)", Warning},
			"personal-data": {"UK GDPR Art. 5(1)(c) (data minimisation) and Equality Act 2010 s.60", Warning},
			"fee":           {"Employment Agencies Act 1973 s.6", Error},
			"retention":     {"UK GDPR Art. 5(1)(e) (storage limitation)", Warning},
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
			"orientation":   {"Title VII of the Civil Rights Act, 42 U.S.C. 2000e-2(a) and 2000e-3(b), as Bostock v. Clayton County (2020) reads it", Error},
			"appearance":    {"Title VII, 42 U.S.C. 2000e-2(a), and the ADA, 42 U.S.C. 12112, as the EEOC explains them (appearance rules as a proxy for sex, race or disability)", Warning},
			"union":         {"the National Labor Relations Act s.8(a)(3), 29 U.S.C. 158(a)(3)", Error},
			"political":     {"no federal ground; state laws such as California Labor Code s.1101 and s.1102 forbid it", Warning},
			"residence":     {"Title VII disparate impact, 42 U.S.C. 2000e-2(k)", Warning},
			"personal-data": {"Title VII, 42 U.S.C. 2000e-2(k), and the ADA, 42 U.S.C. 12112(d), as the EEOC explains them (ask only what the job needs)", Warning},
			"fee":           {"the Fair Labor Standards Act, 29 C.F.R. 531.35 (wages paid free and clear), and state laws such as California Labor Code s.450 and s.2802", Warning},
			"retention":     {"no federal limit; state laws such as the California Consumer Privacy Act, Cal. Civ. Code 1798.100(a)(3), ask for a stated retention period", Warning},
			"other-ground":  {"Title VII disparate impact, 42 U.S.C. 2000e-2(k), as the EEOC explains it", Warning},
		}
	case "ca", "ca-on", "ca-qc", "ca-mb", "ca-bc", "ca-ab", "ca-sk", "ca-ns", "ca-nb", "ca-pe", "ca-nl":
		return canadianCitation(j, cat)
	case "au":
		table = map[string]law{
			"age":           {"Age Discrimination Act 2004 s.18 and s.50, and Fair Work Act 2009 s.351", Error},
			"sex":           {"Sex Discrimination Act 1984 s.14 and s.86, and Fair Work Act 2009 s.351", Error},
			"family":        {"Sex Discrimination Act 1984 s.14 (marital status, pregnancy, family responsibilities) and Fair Work Act 2009 s.351", Error},
			"origin":        {"Racial Discrimination Act 1975 s.15 and s.16, and Fair Work Act 2009 s.351", Error},
			"health":        {"Disability Discrimination Act 1992 s.15 and s.30, and Fair Work Act 2009 s.351", Error},
			"religion":      {"Fair Work Act 2009 s.351", Error},
			"orientation":   {"Sex Discrimination Act 1984 s.5A and s.14, and Fair Work Act 2009 s.351", Error},
			"appearance":    {"Sex Discrimination Act 1984 and Racial Discrimination Act 1975 (appearance as a proxy for sex or race)", Warning},
			"union":         {"Fair Work Act 2009 s.346 (industrial activities)", Error},
			"political":     {"Fair Work Act 2009 s.351 (political opinion)", Error},
			"residence":     {"Racial Discrimination Act 1975 s.9(1A) (indirect discrimination)", Warning},
			"personal-data": {"Privacy Act 1988, Australian Privacy Principle 3 (collect only what the job needs)", Warning},
			"fee":           {"Fair Work Act 2009 s.325 (unreasonable payments)", Error},
			"retention":     {"Privacy Act 1988, Australian Privacy Principle 11.2 (destroy or de-identify what is no longer needed)", Warning},
			"other-ground":  {"Fair Work Act 2009 s.351", Warning},
		}
	case "sg":
		tg := " and the Tripartite Guidelines on Fair Employment Practices"
		table = map[string]law{
			"age":           {"Workplace Fairness Act 2025 (age)" + tg, Error},
			"sex":           {"Workplace Fairness Act 2025 (sex)" + tg, Error},
			"family":        {"Workplace Fairness Act 2025 (marital status, pregnancy, caregiving responsibilities)" + tg, Error},
			"origin":        {"Workplace Fairness Act 2025 (race, nationality, language)" + tg, Error},
			"health":        {"Workplace Fairness Act 2025 (disability, mental health condition)" + tg, Error},
			"religion":      {"Workplace Fairness Act 2025 (religion)" + tg, Error},
			"personal-data": {"the Personal Data Protection Act 2012 s.18 (purpose limitation)" + tg, Warning},
			"fee":           {"the Employment Agencies Act 1958 and its Rules (capped fees)", Warning},
			"retention":     {"the Personal Data Protection Act 2012 s.25 (cease to retain what the purpose no longer needs)", Warning},
		}
		return pick(table[cat], law{"the Tripartite Guidelines on Fair Employment Practices (merit-based selection)", Warning}, j)
	case "ch":
		cst := "Federal Constitution art. 8(2) and Code of Obligations art. 328 (protection of the employee's personality)"
		table = map[string]law{
			"sex":           {"Gender Equality Act art. 3", Error},
			"family":        {"Gender Equality Act art. 3 (marital status, family situation, pregnancy)", Error},
			"personal-data": {"Code of Obligations art. 328b (only data on suitability for the job)", Error},
			"health":        {"Code of Obligations art. 328b (only data on suitability for the job) and art. 328", Error},
			"fee":           {"the Federal Act on Recruitment and the Hiring of Services art. 9 (fees job seekers may be charged)", Warning},
			"union":         {"Federal Constitution art. 28 (freedom of association) and Code of Obligations art. 328", Warning},
			"retention":     {"Federal Act on Data Protection art. 6(4) (destroy what the purpose no longer needs)", Warning},
		}
		return pick(table[cat], law{cst, Warning}, j)
	case "be":
		ad := "Loi anti-discrimination du 10 mai 2007"
		table = map[string]law{
			"age":           {ad + " art. 4 and 14", Error},
			"sex":           {"Loi genre du 10 mai 2007 art. 4 and 19", Error},
			"family":        {ad + " art. 4 and 14 (état civil) and Loi genre du 10 mai 2007 art. 4 and 19 (grossesse, maternité)", Error},
			"origin":        {"Loi anti-racisme du 30 juillet 1981 art. 4 and 12", Error},
			"health":        {ad + " art. 4 and 14 (état de santé, handicap)", Error},
			"religion":      {ad + " art. 4 and 14 (conviction religieuse ou philosophique)", Error},
			"orientation":   {ad + " art. 4 and 14 (orientation sexuelle)", Error},
			"appearance":    {ad + " art. 4 and 14 (caractéristique physique)", Error},
			"union":         {ad + " art. 4 and 14 (conviction syndicale)", Error},
			"political":     {ad + " art. 4 and 14 (conviction politique)", Error},
			"personal-data": {"CCT n° 38 (recrutement et sélection) and GDPR Art. 5(1)(c)", Error},
			"other-ground":  {ad + " art. 4 and 14", Error},
		}
	case "ie":
		eea := "Employment Equality Acts 1998–2015 s.6, s.8 and s.10"
		table = map[string]law{
			"age":           {eea + " (age)", Error},
			"sex":           {eea + " (gender)", Error},
			"family":        {eea + " (civil status, family status; pregnancy is gender)", Error},
			"origin":        {eea + " (race, colour, nationality, ethnic or national origins, membership of the Traveller community)", Error},
			"health":        {eea + " (disability)", Error},
			"religion":      {eea + " (religion or belief)", Error},
			"orientation":   {eea + " (sexual orientation; gender identity is gender)", Error},
			"appearance":    {"Employment Equality Acts 1998–2015 s.22 and s.31 (indirect discrimination: appearance as a proxy for gender, race, age or disability)", Warning},
			"residence":     {"Employment Equality Acts 1998–2015 s.31 (indirect discrimination)", Warning},
			"union":         {"Constitution of Ireland Art. 40.6.1(iii) (freedom of association)", Warning},
			"personal-data": {"GDPR Art. 5(1)(c) (data minimisation) and the Data Protection Act 2018", Warning},
			"other-ground":  {"Employment Equality Acts 1998–2015 s.31 (indirect discrimination)", Warning},
		}
	case "nz":
		hra := "Human Rights Act 1993 s.21, s.22 and s.23"
		table = map[string]law{
			"age":           {hra + " (age, from 16)", Error},
			"sex":           {hra + " (sex)", Error},
			"family":        {hra + " (marital status, family status, pregnancy and childbirth)", Error},
			"origin":        {hra + " (colour, race, ethnic or national origins, nationality or citizenship)", Error},
			"health":        {hra + " (disability)", Error},
			"religion":      {hra + " (religious or ethical belief)", Error},
			"orientation":   {hra + " (sexual orientation)", Error},
			"political":     {hra + " (political opinion)", Error},
			"appearance":    {"Human Rights Act 1993 s.65 (indirect discrimination: appearance as a proxy for sex, race, age or disability)", Warning},
			"residence":     {"Human Rights Act 1993 s.65 (indirect discrimination)", Warning},
			"union":         {"Employment Relations Act 2000 s.9 and s.11 (no preference in employment for union membership or its absence)", Error},
			"personal-data": {"Privacy Act 2020 s.22, Information Privacy Principle 1 (collect only what the purpose needs), and Human Rights Act 1993 s.23", Warning},
			"fee":           {"Wages Protection Act 1983 s.12A (no premium sought for employment)", Error},
			"retention":     {"Privacy Act 2020 s.22, Information Privacy Principle 9 (keep it no longer than the purpose needs)", Warning},
			"other-ground":  {"Human Rights Act 1993 s.21(1)(k) (employment status: being unemployed or on a benefit) and s.65 (indirect discrimination)", Warning},
		}
		return pick(table[cat], law{hra, Error}, j)
	case "za":
		eea := "Employment Equity Act 55 of 1998 s.5 and s.6"
		table = map[string]law{
			"age":           {eea + " (age)", Error},
			"sex":           {eea + " (sex, gender)", Error},
			"family":        {eea + " (marital status, family responsibility, pregnancy)", Error},
			"origin":        {eea + " (race, ethnic or social origin, colour, language, birth)", Error},
			"health":        {eea + " (disability, HIV status) and s.7 (no medical or HIV testing unless the law or the Labour Court allows it)", Error},
			"religion":      {eea + " (religion, conscience, belief)", Error},
			"orientation":   {eea + " (sexual orientation)", Error},
			"political":     {eea + " (political opinion)", Error},
			"appearance":    {eea + " (appearance as a proxy for race, sex, age or disability)", Warning},
			"residence":     {eea + " (indirect discrimination)", Warning},
			"union":         {"Labour Relations Act 66 of 1995 s.5 (no prejudice to a person seeking employment for union membership)", Error},
			"personal-data": {"Protection of Personal Information Act 4 of 2013 s.10 (minimality)", Warning},
			"fee":           {"Employment Services Act 4 of 2014 s.15 (no fee charged to a job seeker)", Error},
			"retention":     {"Protection of Personal Information Act 4 of 2013 s.14 (records kept no longer than the purpose needs)", Warning},
			"other-ground":  {eea + " (any arbitrary ground)", Warning},
		}
		return pick(table[cat], law{eea, Error}, j)
	case "ke":
		ea := "Employment Act 2007 s.5(3)"
		cst := "Constitution of Kenya Art. 27(4) and (5)"
		table = map[string]law{
			"age":           {cst + " (age)", Error},
			"sex":           {ea + " (sex)", Error},
			"family":        {ea + " (pregnancy, marital status)", Error},
			"origin":        {ea + " (race, colour, language, nationality, ethnic or social origin)", Error},
			"health":        {ea + " (disability, HIV status) and the HIV and AIDS Prevention and Control Act 2006 s.31 and s.32 (no HIV test as a condition of employment)", Error},
			"religion":      {ea + " (religion)", Error},
			"political":     {ea + " (political opinion)", Error},
			"appearance":    {cst + " (dress, appearance as a proxy for a protected ground)", Warning},
			"residence":     {cst + " (indirect discrimination)", Warning},
			"union":         {"Labour Relations Act 2007 s.5 (no requirement not to join a trade union)", Error},
			"personal-data": {"Data Protection Act 2019 s.25(c) (data minimisation)", Warning},
			"fee":           {"Labour Institutions Act 2007 s.55 and the private employment agencies' rules (no fee from a job seeker)", Warning},
			"retention":     {"Data Protection Act 2019 s.25(e) (kept no longer than the purpose needs)", Warning},
			"orientation":   {cst + " (any ground)", Warning},
			"other-ground":  {cst + " (any ground)", Warning},
		}
		return pick(table[cat], law{ea, Error}, j)
	case "lu":
		table = map[string]law{
			"age":           {"Code du travail L.251-1", Error},
			"sex":           {"Code du travail L.241-1", Error},
			"family":        {"Code du travail L.241-1 (situation familiale, grossesse)", Error},
			"origin":        {"Code du travail L.251-1 (race, ethnie, nationalité)", Error},
			"health":        {"Code du travail L.251-1 (handicap)", Error},
			"religion":      {"Code du travail L.251-1", Error},
			"orientation":   {"Code du travail L.251-1", Error},
			"personal-data": {"GDPR Art. 5(1)(c) (data minimisation)", Warning},
		}
	}
	if table == nil || j.ID == "be" || j.ID == "lu" || j.ID == "ie" {
		// Belgium, Luxembourg and Ireland transpose the directives: what
		// their own law does not name is cited from them.
		eu := map[string]law{
			"age":           {"Directive 2000/78/EC Art. 2 and 6", Error},
			"sex":           {"Directive 2006/54/EC Art. 14", Error},
			"family":        {"Directive 2006/54/EC Art. 2 and 14", Error},
			"origin":        {"Directive 2000/43/EC Art. 2 and 3", Error},
			"health":        {"Directive 2000/78/EC Art. 2", Error},
			"religion":      {"Directive 2000/78/EC Art. 2 and 4", Error},
			"orientation":   {"Directive 2000/78/EC Art. 2", Error},
			"appearance":    {"Directive 2000/43/EC and 2006/54/EC (appearance as a proxy for origin or sex)", Warning},
			"union":         {"the EU Charter of Fundamental Rights Art. 12 and 21", Warning},
			"political":     {"the EU Charter of Fundamental Rights Art. 21 (political or any other opinion)", Warning},
			"residence":     {"Directive 2000/43/EC Art. 2(2)(b) (indirect discrimination)", Warning},
			"personal-data": {"GDPR Art. 5(1)(c) (data minimisation)", Warning},
			"fee":           {"Directive 2008/104/EC Art. 6(3) (no fee for being placed)", Error},
			"retention":     {"GDPR Art. 5(1)(e) (storage limitation)", Warning},
			"other-ground":  {"the EU Charter of Fundamental Rights Art. 21", Warning},
		}
		if table == nil {
			table = eu
		} else if table[cat].text == "" {
			table[cat] = eu[cat]
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

// provincialCodes are the human rights laws of the provinces whose
// postings lint places (provinces), other than Québec and Ontario, which
// have tables of their own; the sections are those on employment and its
// advertisements where the law numbers them so.
var provincialCodes = map[string]string{
	"ca-mb": "The Human Rights Code (Manitoba) s.14",
	"ca-bc": "Human Rights Code (British Columbia) s.11 and s.13",
	"ca-ab": "Alberta Human Rights Act s.7 and s.8",
	"ca-sk": "The Saskatchewan Human Rights Code, 2018",
	"ca-ns": "Human Rights Act (Nova Scotia)",
	"ca-nb": "Human Rights Act (New Brunswick)",
	"ca-pe": "Human Rights Act (Prince Edward Island)",
	"ca-nl": "Human Rights Act, 2010 (Newfoundland and Labrador)",
}

// canadianCitation is the law of a Canadian job: the province's code
// where lint knows the province, the federal Act elsewhere.
func canadianCitation(j Jurisdiction, cat string) (string, Severity) {
	switch j.ID {
	case "ca-qc":
		ch := "Charte des droits et libertés de la personne art. 10, 16 and 18.1"
		table := map[string]law{
			"health":        {ch + " (handicap); workplace injuries are the CNESST's, not the employer's, to assess", Error},
			"personal-data": {ch + " (no question on a ground in a form or interview)", Error},
			"fee":           {"Loi sur les normes du travail art. 85 and 85.1 (uniforms and tools at the employer's cost) and the Règlement sur les agences de placement de personnel (no fee from a worker)", Error},
			"appearance":    {ch + " (appearance as a proxy for sex, origin or handicap)", Warning},
			"residence":     {ch + " (condition sociale)", Warning},
			"union":         {"Code du travail (Québec) art. 14 (no refusal to hire for exercising a right under the Code)", Error},
			"political":     {ch + " (convictions politiques)", Error},
			"retention":     {"Loi sur la protection des renseignements personnels dans le secteur privé art. 23 (destroy what the purpose no longer needs)", Warning},
		}
		return pick(table[cat], law{ch, Error}, j)
	case "ca-on":
		hr := "Human Rights Code (Ontario) s.5 and s.23"
		table := map[string]law{
			"fee":        {"Employment Standards Act 2000 (Ontario) s.74.8 (no fee from a temporary help agency's worker)", Warning},
			"appearance": {hr + " (appearance as a proxy for a protected ground)", Warning},
			"residence":  {hr + " s.11 (constructive discrimination)", Warning},
			"union":      {"Labour Relations Act 1995 (Ontario) s.72 (no refusal to employ for union membership)", Error},
			"political":  {hr + " (creed, where a political belief amounts to one)", Warning},
			"retention":  {"PIPEDA Principle 4.5 (keep personal information only as long as the purpose needs)", Warning},
		}
		return pick(table[cat], law{hr, Error}, j)
	}
	if code, ok := provincialCodes[j.ID]; ok {
		table := map[string]law{
			"personal-data": {code + " and PIPEDA Principle 4.4 (limit what is collected)", Warning},
			"fee":           {"the province's employment standards (no fee from a worker for being hired)", Warning},
			"appearance":    {code + " (appearance as a proxy for a protected ground)", Warning},
			"residence":     {code + " (indirect discrimination)", Warning},
			"union":         {"the province's labour relations act (no refusal to employ for union membership or activity)", Error},
			"political":     {code + " (political belief, where the code names it)", Warning},
			"retention":     {"PIPEDA Principle 4.5 (keep personal information only as long as the purpose needs)", Warning},
		}
		return pick(table[cat], law{code, Error}, j)
	}
	chra := "Canadian Human Rights Act s.3, s.7 and s.8"
	table := map[string]law{
		"personal-data": {chra + " and PIPEDA Principle 4.4 (limit what is collected)", Warning},
		"fee":           {"provincial employment standards, such as the Employment Standards Act (British Columbia) s.10 and the Employment Standards Act 2000 (Ontario) s.74.8", Warning},
		"appearance":    {chra + " (appearance as a proxy for a protected ground)", Warning},
		"residence":     {chra + " (indirect discrimination)", Warning},
		"union":         {"Canada Labour Code s.94(3)(a) (no refusal to employ for union membership)", Error},
		"political":     {"no ground of the Canadian Human Rights Act; provincial codes such as Québec's Charter art. 10 name it", Warning},
		"retention":     {"PIPEDA Principle 4.5 (keep personal information only as long as the purpose needs)", Warning},
	}
	return pick(table[cat], law{chra, Error}, j)
}
