package lint

import (
	"errors"

	"github.com/jobdesc/jobdesc/internal/finding"
	"github.com/jobdesc/jobdesc/internal/strictyaml"
)

// Problems turns what reading a file found wrong into findings of a rule
// (role-schema, values, batch), each at its file, line and column. An
// error that names no file is placed in file.
func (l *Linter) Problems(rule, file string, err error) []Finding {
	if err == nil {
		return nil
	}
	var list strictyaml.Errors
	var one *strictyaml.Error
	var placed *finding.LocatedError
	switch {
	case errors.As(err, &list):
	case errors.As(err, &one):
		list = strictyaml.Errors{one}
	case errors.As(err, &placed) && placed.At.File != "":
		list = strictyaml.Errors{{File: placed.At.File, Line: placed.At.Line, Col: placed.At.Col, Msg: placed.Err.Error()}}
	default:
		list = strictyaml.Errors{{File: file, Msg: err.Error()}}
	}
	sev, ok := l.level(rule, 0)
	if !ok {
		return nil
	}
	out := make([]Finding, 0, len(list))
	for _, e := range list {
		f := Finding{Rule: rule, Severity: sev, File: e.File, Line: max(e.Line, 1), Col: max(e.Col, 1), Message: e.Msg}
		if f.Message == "" {
			f.Message = e.Error() // the count of problems left out
		}
		if f.File == "" {
			f.File = file
		}
		out = append(out, f)
	}
	return out
}
