package cli

import (
	"errors"
	"fmt"

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
type UsageError struct{ Err error }

func (e *UsageError) Error() string { return e.Err.Error() }
func (e *UsageError) Unwrap() error { return e.Err }

func usageErrorf(format string, args ...any) error {
	return &UsageError{Err: fmt.Errorf(format, args...)}
}

// errSilent reports failure when the command already said why on stderr;
// it may wrap the error that sets the exit code.
var errSilent = errors.New("")

// silent wraps err so that it is not printed again.
func silent(err error) error { return fmt.Errorf("%w%w", errSilent, err) }

// usageErrors are the error types that mean "called wrongly" (exit 2);
// every other error is a failure (exit 1). This is the one table.
var usageErrors = []any{
	new(*UsageError),
	new(*config.UsageError),
	new(*catalog.UnknownRoleError),
	new(*catalog.InvalidIDError),
	new(*term.BadValueError),
	new(*render.UnknownFormatError),
	new(*posting.ValueError),
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
	for _, target := range usageErrors {
		if errors.As(err, target) {
			return ExitUsage
		}
	}
	return ExitFailure
}
