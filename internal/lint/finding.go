package lint

import (
	"fmt"
	"slices"

	"github.com/jobdesc/jobdesc/internal/finding"
	"github.com/jobdesc/jobdesc/internal/usertext"
)

// Severity, Finding and their order are the finding package's, shared
// by every package that reports.
type (
	Severity = finding.Severity
	Finding  = finding.Finding
)

// The levels, lowest first.
const (
	Info    = finding.Info
	Warning = finding.Warning
	Error   = finding.Error
)

// ParseSeverity reads error, warning or info.
func ParseSeverity(s string) (Severity, error) { return finding.ParseSeverity(s) }

// Sort puts findings in file, line, column and rule order.
func Sort(fs []Finding) { finding.Sort(fs) }

// FailOn is the --fail-on threshold: the lowest severity that fails a run,
// or never.
type FailOn struct{ min Severity }

// failNever is the threshold no finding reaches.
const failNever = "never"

// FailOnLevels are the thresholds FailOn reads, strictest first.
func FailOnLevels() []string {
	return []string{Error.String(), Warning.String(), Info.String(), failNever}
}

// ParseFailOn reads one of FailOnLevels.
func ParseFailOn(s string) (FailOn, error) {
	if s == failNever {
		return FailOn{}, nil
	}
	sev, err := ParseSeverity(s)
	if err != nil {
		return FailOn{}, fmt.Errorf("unknown level %q; use %s", s, usertext.OrList(FailOnLevels()))
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
