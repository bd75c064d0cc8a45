// Package atomicfile writes files so that readers see the old content or
// the new, never a half-written file, and never a file the user did not
// mean to replace.
package atomicfile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// ErrExists is returned when the target exists and replacing was not asked.
var ErrExists = errors.New("file exists")

// ExistsError names the file that was not replaced.
type ExistsError struct{ Path string }

func (e *ExistsError) Error() string {
	return fmt.Sprintf("%s already exists; pass --force to replace it", e.Path)
}

func (e *ExistsError) Is(target error) bool { return target == ErrExists }

// Write writes data to path through a temporary file in the same folder.
// Without replace, an existing path is left alone and an *ExistsError
// returned; the check and the creation are one step (a hard link), so a
// file appearing meanwhile is not clobbered either.
func Write(path string, data []byte, perm os.FileMode, replace bool) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrap(err))
	}
	name := tmp.Name()
	defer os.Remove(name) // after a rename or a link there is nothing left to remove
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("cannot write %s: %w", path, unwrap(err))
	}
	if err := tmp.Chmod(perm); err != nil {
		tmp.Close()
		return fmt.Errorf("cannot write %s: %w", path, unwrap(err))
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrap(err))
	}
	if replace {
		if err := os.Rename(name, path); err != nil {
			return fmt.Errorf("cannot write %s: %w", path, unwrap(err))
		}
		return nil
	}
	switch err := os.Link(name, path); {
	case err == nil:
		return nil
	case errors.Is(err, os.ErrExist):
		return &ExistsError{Path: path}
	default:
		// No hard links on this file system: check, then rename.
		if _, statErr := os.Lstat(path); statErr == nil {
			return &ExistsError{Path: path}
		}
		if err := os.Rename(name, path); err != nil {
			return fmt.Errorf("cannot write %s: %w", path, unwrap(err))
		}
		return nil
	}
}

func unwrap(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
