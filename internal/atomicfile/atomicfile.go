// Package atomicfile writes files so that readers see the old content or
// the new, never a half-written file, and never a file the user did not
// mean to replace.
package atomicfile

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/jobdesc/jobdesc/internal/fileread"
)

// ErrExists is returned when the target exists and replacing was not asked.
var ErrExists = errors.New("file exists")

// ExistsError names the file that was not replaced.
type ExistsError struct{ Path string }

func (e *ExistsError) Error() string {
	return e.Path + " already exists"
}

func (e *ExistsError) Is(target error) bool { return target == ErrExists }

// NotOwnedError is an existing file jobdesc did not write (no record of
// it lists its bytes): it is replaced only when the caller forces it.
type NotOwnedError struct{ Path string }

func (e *NotOwnedError) Error() string {
	return fmt.Sprintf("%s exists and was not written by jobdesc", e.Path)
}

// ChangedError is a file jobdesc wrote whose bytes are no longer those it
// wrote: someone edited it, and the edit is replaced only when the caller
// forces it.
type ChangedError struct{ Path string }

func (e *ChangedError) Error() string {
	return fmt.Sprintf("%s changed since jobdesc wrote it", e.Path)
}

// NotRegularError is returned for a target that exists and is not a
// regular file: a device, a FIFO, a symbolic link or a folder is never
// replaced, even when replacing was asked.
type NotRegularError struct {
	Path string
	Mode fs.FileMode
}

func (e *NotRegularError) Error() string {
	return fmt.Sprintf("%s is %s, not a regular file; jobdesc replaces regular files only", e.Path, fileread.Kind(e.Mode))
}

// CheckReplaceable returns a *NotRegularError when path exists and is not
// a regular file, and nil when it is one or does not exist.
func CheckReplaceable(path string) error {
	info, err := os.Lstat(path)
	if err != nil || info.Mode().IsRegular() {
		return nil
	}
	return &NotRegularError{Path: path, Mode: info.Mode()}
}

// Write writes data to path through a temporary file in the same folder
// and returns the new file's information. Without replace, an existing
// path is left alone and an *ExistsError returned; the check and the
// creation are one step (a hard link), so a file appearing meanwhile is not
// clobbered either. With replace, only a regular file is replaced.
func Write(path string, data []byte, perm os.FileMode, replace bool) (os.FileInfo, error) {
	// A new file needs no temporary name: one directory operation instead
	// of three, which is most of a batch's time on a slow disk.
	switch info, err := createNew(path, data, perm); {
	case err == nil:
		return info, nil
	case errors.Is(err, os.ErrExist) && !replace:
		return nil, existsError(path)
	case !errors.Is(err, os.ErrExist) && !errors.Is(err, errUnsupported):
		return nil, fmt.Errorf("cannot write %s: %w", path, unwrap(err))
	}
	if replace {
		// A rename over a link replaces the link, not its target, but a
		// device or FIFO named by -o is never what the user meant to lose.
		if err := CheckReplaceable(path); err != nil {
			return nil, err
		}
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
	err = publish(hostFS{}, tmp, path)
	switch {
	case errors.Is(err, os.ErrExist):
		return nil, existsError(path)
	case err != nil:
		return nil, fmt.Errorf("cannot write %s: %w", path, unwrap(err))
	}
	return info, nil
}

// existsError says why path was not replaced: it exists, and is perhaps not
// even a regular file.
func existsError(path string) error {
	if err := CheckReplaceable(path); err != nil {
		return err
	}
	return &ExistsError{Path: path}
}

// ReplaceIn replaces name, a file inside root, with data, through a
// temporary file beside it; the new file's information is returned. Every
// step goes through root, so a name or a link that leads out of the folder
// fails, and only a regular file is replaced. Errors name the file as
// root's name joined with name.
func ReplaceIn(root *os.Root, name string, data []byte, perm os.FileMode) (os.FileInfo, error) {
	path := filepath.Join(root.Name(), name)
	if info, err := root.Lstat(name); err == nil && !info.Mode().IsRegular() {
		return nil, &NotRegularError{Path: path, Mode: info.Mode()}
	}
	tmp, f, err := createWith(root.OpenFile, name, perm)
	if err != nil {
		return nil, fmt.Errorf("cannot write %s: %w", path, unwrap(err))
	}
	info, err := fill(f, data)
	if err == nil {
		err = root.Rename(tmp, name)
	}
	if err != nil {
		root.Remove(tmp)
		return nil, fmt.Errorf("cannot write %s: %w", path, unwrap(err))
	}
	return info, nil
}

// WriteStream replaces path with what fill writes, through a temporary
// file in the same folder, for content too large to hold in memory twice.
// Only a regular file is replaced.
func WriteStream(path string, perm os.FileMode, fill func(w io.Writer) error) error {
	if err := CheckReplaceable(path); err != nil {
		return err
	}
	tmp, f, err := create(path, perm)
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrap(err))
	}
	bw := bufio.NewWriterSize(f, 64<<10)
	err = fill(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("cannot write %s: %w", path, unwrap(err))
	}
	return nil
}

// CreateIn creates a new temporary file inside root, beside name, and
// returns its name (relative to root) and the open file, for a caller that
// decides after writing it whether to rename it into place.
func CreateIn(root *os.Root, name string, perm os.FileMode) (string, *os.File, error) {
	return createWith(root.OpenFile, name, perm)
}

// errUnsupported says the file system cannot create files without a name.
var errUnsupported = errors.New("unnamed files not supported")

// seq makes temporary names unique within the process; the pid and time
// make them unique across processes.
var seq atomic.Uint64

func create(path string, perm os.FileMode) (string, *os.File, error) {
	return createWith(os.OpenFile, path, perm)
}

// createWith creates a new temporary file beside path with open.
func createWith(open func(string, int, os.FileMode) (*os.File, error), path string, perm os.FileMode) (string, *os.File, error) {
	prefix := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".tmp-"+strconv.Itoa(os.Getpid())+"-")
	for {
		n := seq.Add(1) ^ uint64(time.Now().UnixNano())
		tmp := prefix + strconv.FormatUint(n, 36)
		f, err := open(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
		if errors.Is(err, os.ErrExist) {
			continue
		}
		return tmp, f, err
	}
}

// names is where publish links and renames: the host's file system, or
// an *os.Root.
type names interface {
	Link(oldname, newname string) error
	Lstat(name string) (os.FileInfo, error)
	Rename(oldname, newname string) error
	Remove(name string) error
}

type hostFS struct{}

func (hostFS) Link(oldname, newname string) error     { return os.Link(oldname, newname) }
func (hostFS) Lstat(name string) (os.FileInfo, error) { return os.Lstat(name) }
func (hostFS) Rename(oldname, newname string) error   { return os.Rename(oldname, newname) }
func (hostFS) Remove(name string) error               { return os.Remove(name) }

// publish gives the complete temporary file tmp its name, which must be
// free (os.ErrExist otherwise), and removes tmp.
func publish(fsys names, tmp, name string) error {
	err := fsys.Link(tmp, name)
	if err != nil && !errors.Is(err, os.ErrExist) {
		// No hard links on this file system: check, then rename.
		if _, statErr := fsys.Lstat(name); statErr == nil {
			err = os.ErrExist
		} else {
			err = fsys.Rename(tmp, name)
		}
	}
	fsys.Remove(tmp)
	return err
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
