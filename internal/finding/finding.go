// Package finding is the one shape of everything jobdesc reports besides
// its output: a lint rule's finding, a problem loading a file, a posting
// of a batch that failed, a warning about the values. Each carries a
// severity and a place made of fields (file, line, column, and the entry
// of a batch file), never a string to be parsed back, so every report
// format writes the place it expects. It imports nothing of jobdesc, so
// every domain package may use it.
package finding

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
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

// Location is a place in a file. Line and Col are 1-based, 0 when
// unknown; Col counts Unicode code points. Entry is the posting's
// position in a batch file, from 1, and 0 outside batches.
type Location struct {
	File  string
	Line  int
	Col   int
	Entry int
}

// String writes the place as messages start: "file:line:col", with
// ": posting N" for a batch entry.
func (l Location) String() string {
	s := l.File
	if l.Line > 0 {
		s += ":" + strconv.Itoa(l.Line)
		if l.Col > 0 {
			s += ":" + strconv.Itoa(l.Col)
		}
	}
	if l.Entry > 0 {
		if s != "" {
			s += ": "
		}
		s += "posting " + strconv.Itoa(l.Entry)
	}
	return s
}

// Finding is one thing reported. Its JSON shape is lint's report format,
// version 1: fields are only ever added.
type Finding struct {
	Rule     string   `json:"rule"`
	Severity Severity `json:"severity"`
	File     string   `json:"file"`
	Line     int      `json:"line"` // 1-based
	Col      int      `json:"col"`  // 1-based, in Unicode code points
	// Entry is the posting's position in a batch file (posting 3), 0 for
	// a finding that is not about one entry of a batch.
	Entry      int    `json:"entry,omitempty"`
	Message    string `json:"message"`
	Suggestion string `json:"suggestion,omitempty"`
	// Category is the ground of discrimination or kind of problem the
	// finding is about (age, sex, origin, pay-range…); empty for advice
	// (completeness, length, readability) and for file problems.
	Category string `json:"category,omitempty"`
}

// At is the finding's place.
func (f Finding) At() Location {
	return Location{File: f.File, Line: f.Line, Col: f.Col, Entry: f.Entry}
}

// Locate moves the finding to a place; an unknown line or column is 1,
// as editors and code scanning count.
func (f *Finding) Locate(l Location) {
	f.File, f.Line, f.Col, f.Entry = l.File, max(l.Line, 1), max(l.Col, 1), l.Entry
}

// Sort puts findings in file, line, column, entry and rule order, so
// every report of the same inputs is byte for byte the same.
func Sort(fs []Finding) {
	if len(fs) <= sortInPlace {
		slices.SortStableFunc(fs, func(a, b Finding) int { return compare(&a, &b) })
		return
	}
	// A batch's report: its positions are sorted, and the findings moved
	// once each, where a stable sort in place moved each many times.
	at := make([]int32, len(fs))
	for i := range at {
		at[i] = int32(i)
	}
	slices.SortStableFunc(at, func(i, j int32) int { return compare(&fs[i], &fs[j]) })
	sorted := make([]Finding, len(fs))
	for k, i := range at {
		sorted[k] = fs[i]
	}
	copy(fs, sorted)
}

// sortInPlace is the most findings sorted where they are: a posting's
// few, without a list of their positions.
const sortInPlace = 64

func compare(a, b *Finding) int {
	return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line),
		cmp.Compare(a.Col, b.Col), cmp.Compare(a.Entry, b.Entry), cmp.Compare(a.Rule, b.Rule), cmp.Compare(a.Message, b.Message))
}

// Error is a failure located at a place, as a batch reports a posting
// that could not be written: the place stays fields for whoever reports it.
type LocatedError struct {
	At  Location
	Err error
}

func (e *LocatedError) Error() string {
	if at := e.At.String(); at != "" {
		return at + ": " + e.Err.Error()
	}
	return e.Err.Error()
}

func (e *LocatedError) Unwrap() error { return e.Err }
