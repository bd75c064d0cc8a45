package cli

import (
	"errors"
	"fmt"

	"github.com/jobdesc/jobdesc/internal/usage"
)

// Exit codes.
const (
	ExitOK      = 0
	ExitFailure = 1
	ExitUsage   = 2
)

// errSilent reports failure when the command already said why on stderr;
// it may wrap the error that sets the exit code.
var errSilent = errors.New("")

// silent wraps err so that it is not printed again.
func silent(err error) error { return fmt.Errorf("%w%w", errSilent, err) }

// ExitCode maps an error to the process's exit code: a usage error
// (usage.Error, marked where the input is known to be at fault) exits 2,
// an interrupted run 128 plus the signal, every other error 1.
func ExitCode(err error) int {
	if err == nil {
		return ExitOK
	}
	var ie *InterruptedError
	if errors.As(err, &ie) {
		return 128 + int(ie.Signal)
	}
	if usage.Is(err) {
		return ExitUsage
	}
	return ExitFailure
}
