package cli

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/jobdesc/jobdesc/internal/term"
)

// InterruptedError says the run was stopped by a signal; the exit code is
// 128 plus the signal's number (130 for SIGINT, 143 for SIGTERM).
type InterruptedError struct{ Signal syscall.Signal }

func (e *InterruptedError) Error() string {
	// The signal's name, not its description: "interrupted by interrupt"
	// says nothing.
	name := map[syscall.Signal]string{syscall.SIGINT: "SIGINT (Ctrl-C)", syscall.SIGTERM: "SIGTERM"}[e.Signal]
	if name == "" {
		name = e.Signal.String()
	}
	return "interrupted by " + name
}

// Main runs the command line with SIGINT and SIGTERM turned into the end
// of the command's context: a batch stops starting postings, finishes
// those in flight and records them. A second signal kills the process.
func Main(args []string, ios *term.IO) int {
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case s := <-sigs:
			signal.Stop(sigs)
			cancel(&InterruptedError{Signal: s.(syscall.Signal)})
		case <-ctx.Done():
		}
	}()
	code := RunContext(ctx, args, ios)
	signal.Stop(sigs)
	if ie, ok := context.Cause(ctx).(*InterruptedError); ok && code == ExitOK {
		return ExitCode(ie) // the command finished, but was asked to stop
	}
	return code
}
