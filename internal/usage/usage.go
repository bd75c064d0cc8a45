// Package usage marks the errors that mean jobdesc was called with
// something it cannot use: an unknown flag, role or key, a bad value
// wherever it was written (a flag, --set, the environment, the config
// file, a values file), a path that does not exist. The program exits 2
// for them and 1 for every other error; this type alone decides it. It
// imports nothing of jobdesc, so every layer may mark an error where it
// knows the input is at fault.
package usage

import (
	"errors"
	"fmt"
)

// Error is a mistake in how jobdesc was called. Its message is its
// cause's: the mark says how the program exits, not what went wrong.
type Error struct{ Err error }

func (e *Error) Error() string { return e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// Errorf builds an Error; %w in format keeps the cause reachable.
func Errorf(format string, args ...any) error {
	return &Error{Err: fmt.Errorf(format, args...)}
}

// Wrap marks err as a usage error; nil stays nil and a marked error is
// returned as it is.
func Wrap(err error) error {
	if err == nil || Is(err) {
		return err
	}
	return &Error{Err: err}
}

// Is reports whether err, or an error it wraps, is a usage error.
func Is(err error) bool {
	var u *Error
	return errors.As(err, &u)
}

// NotFoundError is a path the run was given that does not exist. It says
// what the path was for, so the command can name the flag to check.
type NotFoundError struct {
	What string // "template", "batch file", "roles folder"
	Path string // as given
}

func (e *NotFoundError) Error() string { return e.What + " " + e.Path + " not found" }

// NotFound refuses, as a usage error, a path that does not exist.
func NotFound(what, path string) error {
	return &Error{Err: &NotFoundError{What: what, Path: path}}
}
