// Package atomicfile writes files so that readers see the old content or
// the new, never a half-written file, and never a file the user did not
// mean to replace.
package atomicfile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"sync/atomic"
	"time"
)

// ErrExists is returned when the target exists and replacing was not asked.
var ErrExists = errors.New("file exists")

// ExistsError names the file that was not replaced.
type ExistsError struct{ Path string }

func (e *ExistsError) Error() string {
	return fmt.Sprintf("%s already exists; pass --force to replace it", e.Path)
}

func (e *ExistsError) Is(target error) bool { return target == ErrExists }

// Write writes data to path through a temporary file in the same folder
// and returns the new file's information. Without replace, an existing
// path is left alone and an *ExistsError returned; the check and the
// creation are one step (a hard link), so a file appearing meanwhile is not
// clobbered either.
func Write(path string, data []byte, perm os.FileMode, replace bool) (os.FileInfo, error) {
	// A new file needs no temporary name: one directory operation instead
	// of three, which is most of a batch's time on a slow disk.
	switch info, err := createNew(path, data, perm); {
	case err == nil:
		return info, nil
	case errors.Is(err, os.ErrExist) && !replace:
		return nil, &ExistsError{Path: path}
	case !errors.Is(err, os.ErrExist) && !errors.Is(err, errUnsupported):
		return nil, fmt.Errorf("cannot write %s: %w", path, unwrap(err))
	}
	tmp, f, err := create(path, perm)
	if err != nil {
		return nil, fmt.Errorf("cannot write %s: %w", path, unwrap(err))
	}
	info, err := fill(f, data)
	if err != nil {
		os.Remove(tmp)
		return nil, fmt.Errorf("cannot write %s: %w", path, unwrap(err))
	}
	if replace {
		if err := os.Rename(tmp, path); err != nil {
			os.Remove(tmp)
			return nil, fmt.Errorf("cannot write %s: %w", path, unwrap(err))
		}
		return info, nil
	}
	err = os.Link(tmp, path)
	if err != nil && !errors.Is(err, os.ErrExist) {
		// No hard links on this file system: check, then rename.
		if _, statErr := os.Lstat(path); statErr == nil {
			err = os.ErrExist
		} else {
			err = os.Rename(tmp, path)
		}
	}
	os.Remove(tmp)
	switch {
	case errors.Is(err, os.ErrExist):
		return nil, &ExistsError{Path: path}
	case err != nil:
		return nil, fmt.Errorf("cannot write %s: %w", path, unwrap(err))
	}
	return info, nil
}

// errUnsupported says the file system cannot create files without a name.
var errUnsupported = errors.New("unnamed files not supported")

// seq makes temporary names unique within the process; the pid and time
// make them unique across processes.
var seq atomic.Uint64

func create(path string, perm os.FileMode) (string, *os.File, error) {
	prefix := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".tmp-"+strconv.Itoa(os.Getpid())+"-")
	for {
		n := seq.Add(1) ^ uint64(time.Now().UnixNano())
		tmp := prefix + strconv.FormatUint(n, 36)
		f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
		if errors.Is(err, os.ErrExist) {
			continue
		}
		return tmp, f, err
	}
}

func fill(f *os.File, data []byte) (os.FileInfo, error) {
	if _, err := f.Write(data); err != nil {
		f.Close()
		return nil, err
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	return info, f.Close()
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
