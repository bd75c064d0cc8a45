package lint

import (
	"cmp"
	"fmt"
	"slices"
)

// Severity orders findings: a CI threshold fails on its level and above.
type Severity int

// The levels, lowest first; the zero value means "the rule's own level".
const (
	Info Severity = iota + 1
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return "unknown"
}

// MarshalText writes the level as its name, so JSON carries "warning", not 2.
func (s Severity) MarshalText() ([]byte, error) {
	if s < Info || s > Error {
		return nil, fmt.Errorf("severity %d out of range", int(s))
	}
	return []byte(s.String()), nil
}

// ParseSeverity reads error, warning or info.
func ParseSeverity(s string) (Severity, error) {
	switch s {
	case "error":
		return Error, nil
	case "warning":
		return Warning, nil
	case "info":
		return Info, nil
	}
	return 0, fmt.Errorf("unknown severity %q; use error, warning or info", s)
}

// Finding is one problem found in a posting.
type Finding struct {
	Rule       string   `json:"rule"`
	Severity   Severity `json:"severity"`
	File       string   `json:"file"`
	Line       int      `json:"line"` // 1-based
	Col        int      `json:"col"`  // 1-based, in Unicode code points
	Message    string   `json:"message"`
	Suggestion string   `json:"suggestion,omitempty"`
	// Category is the ground of discrimination or kind of problem the
	// finding is about (age, sex, origin, pay-range…); empty for advice
	// (completeness, length, readability) and for file problems.
	Category string `json:"category,omitempty"`
	// at is what the finding is about in the document's text; start -1
	// when it is about the whole posting.
	at span
}

// Sort puts findings in file, line, column and rule order, so every
// report of the same inputs is byte for byte the same.
func Sort(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Col, b.Col), cmp.Compare(a.Rule, b.Rule), cmp.Compare(a.Message, b.Message))
	})
}

// FailOn is the --fail-on threshold: the lowest severity that fails a run,
// or never.
type FailOn struct{ min Severity }

// ParseFailOn reads error, warning, info or never.
func ParseFailOn(s string) (FailOn, error) {
	if s == "never" {
		return FailOn{}, nil
	}
	sev, err := ParseSeverity(s)
	if err != nil {
		return FailOn{}, fmt.Errorf("unknown --fail-on level %q; use error, warning, info or never", s)
	}
	return FailOn{min: sev}, nil
}

// Fails says whether any finding is at or above the threshold.
func (f FailOn) Fails(fs []Finding) bool {
	if f.min == 0 {
		return false
	}
	return slices.ContainsFunc(fs, func(x Finding) bool { return x.Severity >= f.min })
}
