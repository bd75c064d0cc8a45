package lint

import (
	"slices"
	"strings"
	"sync"
)

// registry is every rule, in id order; built once, never changed.
var registry = sync.OnceValue(func() []Rule {
	rs := []Rule{
		{ID: "gender-coded", Category: "gender-coded", Severity: Info, Summary: "wording coded masculine overall (Gaucher, Friesen and Kay 2011)",
			Help: genderHelp, check: checkGender},
		{ID: "gender-coded-word", Severity: Info, Summary: "each masculine-coded word",
			Help: genderHelp, check: checkGender},
		{ID: "pay-range", Category: "pay-range", Severity: Warning, Summary: "no salary amount or range, or vague wording in its place",
			Help: payRangeHelp, check: checkPayRange},
		{ID: "pay-history", Category: "pay-history", Severity: Warning, Summary: "a question about current or past pay",
			Help: payHistoryHelp, check: checkPayHistory, texts: true},
		{ID: "cliche", Category: "cliche", Severity: Warning, Summary: "clichés and age-coded wording",
			Help: clicheHelp, check: mention("cliche"), texts: true},
		{ID: "readability", Severity: Info, Summary: "a low reading-ease score (Flesch, Kandel–Moles)",
			Help: readabilityHelp, check: checkReadability},
		{ID: "sentence-length", Severity: Info, Summary: "a very long sentence",
			Help: "Sentences over 35 words (configurable) lose readers, more so on a phone and in a second language.", check: checkSentenceLength},
		{ID: "length", Severity: Warning, Summary: "a posting shorter or longer than 300–700 words (configurable)",
			Help: "Postings of 300 to 700 words get the most applications: shorter ones leave out what candidates need to decide, longer ones are skimmed.", check: checkLength},
		{ID: "completeness", Severity: Warning, Summary: "a missing section, fewer than three missions, no place, contract or way to apply",
			Help: completenessHelp, check: checkCompleteness},
		{ID: "jsonld", Severity: Warning, Summary: "a property Google for Jobs requires missing from the posting's JSON-LD",
			Help: jsonldHelp, check: checkJSONLD},
		{ID: "role-schema", Severity: Error, Summary: "a problem in a role or skills file: syntax, unknown key, wrong type, missing field, unknown reference",
			Help: "Role and skills files are read strictly: a problem in one means the role cannot be rendered. The rest of the catalogue still loads and is checked."},
		{ID: "values", Severity: Error, Summary: "a problem in a values file: syntax, unknown key, wrong type, a value out of range",
			Help: "Values files (jobdesc.yaml, -f FILE) are read strictly, so a typo in a key is not silently ignored."},
		{ID: "batch", Severity: Error, Summary: "a problem in a batch file: syntax, unknown key, a role it names, a value",
			Help: "A batch file is checked whole before anything is rendered: every entry's problem is reported at its line."},
		{ID: "role-shape", Severity: Warning, Summary: "a role whose postings would show too few or too many missions, activities or skills",
			Help: roleShapeHelp},
		{ID: "fr-minimum-wage", Severity: Warning, Summary: "a salary below the French minimum wage (SMIC 2026) for the working time",
			Help: minimumWageHelp, check: checkMinimumWage},
		{ID: "status-mismatch", Severity: Warning, Summary: "a status (cadre, non-cadre) that does not fit the role and seniority",
			Help: statusHelp, check: checkStatus},
		{ID: "on-call", Severity: Warning, Summary: "on-call duty (astreintes) without its compensation",
			Help: onCallHelp, check: checkOnCall},
		{ID: "on-call-duty", Severity: Info, Summary: "on-call set for a role that says no on-call duty, left out of the posting",
			Help: onCallDutyHelp, check: checkOnCallDuty},
		{ID: "role-levels", Severity: Warning, Summary: "years of experience or skill levels out of step with the role's seniority and team",
			Help: roleLevelsHelp},
	}
	rs = append(rs, lawRules()...)
	slices.SortFunc(rs, func(a, b Rule) int { return strings.Compare(a.ID, b.ID) })
	return rs
})
