package cli

import (
	"errors"
	"fmt"

	"github.com/jobdesc/jobdesc/internal/action"
	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/config"
	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/internal/render"
	"github.com/jobdesc/jobdesc/internal/term"
)

// Exit codes.
const (
	ExitOK      = 0
	ExitFailure = 1
	ExitUsage   = 2
)

// UsageError is a mistake in how the command was called.
type UsageError = action.UsageError

func usageErrorf(format string, args ...any) error { return action.Usagef(format, args...) }

// errSilent reports failure when the command already said why on stderr;
// it may wrap the error that sets the exit code.
var errSilent = errors.New("")

// silent wraps err so that it is not printed again.
func silent(err error) error { return fmt.Errorf("%w%w", errSilent, err) }

// usageErrors are the errors that mean "called wrongly" (exit 2): a flag,
// an argument, a value wherever it was written, a path a flag names that
// does not exist. Every other error is a failure (exit 1). This is the one
// table. Each entry makes its own target, so ExitCode is safe to call from
// several goroutines.
var usageErrors = []func(error) bool{
	is[*action.UsageError],
	is[*config.UsageError],
	is[*catalog.UnknownRoleError],
	is[*catalog.InvalidIDError],
	is[*term.BadValueError],
	is[*render.UnknownFormatError],
	is[*posting.ValueError],
}

func is[T error](err error) bool {
	var target T
	return errors.As(err, &target)
}

// ExitCode maps an error to the process's exit code.
func ExitCode(err error) int {
	if err == nil {
		return ExitOK
	}
	var ie *InterruptedError
	if errors.As(err, &ie) {
		return 128 + int(ie.Signal)
	}
	for _, usage := range usageErrors {
		if usage(err) {
			return ExitUsage
		}
	}
	return ExitFailure
}
