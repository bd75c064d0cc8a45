package lint

import (
	"slices"
	"strings"
	"sync"
)

// registry is every rule, in id order; built once, never changed.
var registry = sync.OnceValue(func() []Rule {
	rs := []Rule{
		{ID: "gender-coded", Severity: Warning, Summary: "English wording coded masculine overall (Gaucher, Friesen and Kay 2011)",
			Help: genderHelp, check: checkGender},
		{ID: "gender-coded-word", Severity: Info, Summary: "each masculine-coded English word",
			Help: genderHelp, check: checkGender},
		{ID: "pay-range", Severity: Warning, Summary: "no salary amount or range, or vague wording in its place",
			Help: payRangeHelp, check: checkPayRange},
		{ID: "pay-history", Severity: Warning, Summary: "a question about current or past pay",
			Help: payHistoryHelp, check: checkPayHistory},
		{ID: "cliche", Severity: Warning, Summary: "clichés and age-coded wording",
			Help: clicheHelp, check: mention("cliche")},
		{ID: "readability", Severity: Info, Summary: "a low reading-ease score (Flesch, Kandel–Moles)",
			Help: readabilityHelp, check: checkReadability},
		{ID: "sentence-length", Severity: Info, Summary: "a very long sentence",
			Help: "Sentences over 35 words (configurable) lose readers, more so on a phone and in a second language.", check: checkSentenceLength},
		{ID: "length", Severity: Warning, Summary: "a posting shorter or longer than 300–700 words (configurable)",
			Help: "Postings of 300 to 700 words get the most applications: shorter ones leave out what candidates need to decide, longer ones are skimmed.", check: checkLength},
		{ID: "completeness", Severity: Warning, Summary: "a missing section, fewer than three missions, no place, contract or way to apply",
			Help: completenessHelp, check: checkCompleteness},
	}
	rs = append(rs, lawRules()...)
	slices.SortFunc(rs, func(a, b Rule) int { return strings.Compare(a.ID, b.ID) })
	return rs
})
