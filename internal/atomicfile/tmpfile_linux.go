package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"

	"golang.org/x/sys/unix"
)

// createNew writes data to a new file at path in one directory operation:
// an unnamed file (O_TMPFILE) is filled, then linked under its name, which
// fails with os.ErrExist when path exists. It returns errUnsupported where
// the file system or /proc cannot do it.
func createNew(path string, data []byte, perm os.FileMode) (os.FileInfo, error) {
	dir := filepath.Dir(path)
	fd, err := unix.Open(dir, unix.O_TMPFILE|unix.O_WRONLY|unix.O_CLOEXEC, uint32(perm.Perm()))
	if err != nil {
		if errors.Is(err, unix.EISDIR) || errors.Is(err, unix.EOPNOTSUPP) || errors.Is(err, unix.EINVAL) {
			return nil, errUnsupported
		}
		return nil, &os.PathError{Op: "open", Path: dir, Err: err}
	}
	// The descriptor stays open until the link is made: closed, its number
	// could name another goroutine's file in /proc/self/fd.
	f := os.NewFile(uintptr(fd), path)
	defer f.Close()
	if _, err := f.Write(data); err != nil {
		return nil, err
	}
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	err = unix.Linkat(unix.AT_FDCWD, "/proc/self/fd/"+strconv.Itoa(fd), unix.AT_FDCWD, path, unix.AT_SYMLINK_FOLLOW)
	switch {
	case err == nil:
		return info, nil
	case errors.Is(err, unix.EEXIST):
		return nil, os.ErrExist
	case errors.Is(err, unix.ENOENT) && !exists(dir):
		return nil, &os.PathError{Op: "link", Path: path, Err: err}
	case errors.Is(err, unix.ENOENT):
		return nil, errUnsupported // no /proc
	}
	return nil, &os.PathError{Op: "link", Path: path, Err: err}
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// createUnnamed is createNew relative to the folder's descriptor, name
// being a plain name in it: four system calls, no path resolved but the
// name, and no stat (the size is data's).
func (f *Folder) createUnnamed(name string, data []byte, perm os.FileMode) error {
	dfd := int(f.dir.Fd())
	fd, err := unix.Openat(dfd, ".", unix.O_TMPFILE|unix.O_WRONLY|unix.O_CLOEXEC, uint32(perm.Perm()))
	if err != nil {
		if errors.Is(err, unix.EISDIR) || errors.Is(err, unix.EOPNOTSUPP) || errors.Is(err, unix.EINVAL) {
			return errUnsupported
		}
		return err
	}
	// The descriptor stays open until the link is made: closed, its number
	// could name another goroutine's file in /proc/self/fd.
	defer unix.Close(fd)
	for rest := data; len(rest) > 0; {
		n, err := unix.Write(fd, rest)
		if errors.Is(err, unix.EINTR) {
			continue
		}
		if err != nil {
			return err
		}
		rest = rest[n:]
	}
	// Linking a descriptor by itself needs privilege before Linux 6.10;
	// the /proc link does the same for anyone, at the cost of a lookup.
	err = unix.ENOENT
	if !f.noEmptyPath.Load() {
		err = unix.Linkat(fd, "", dfd, name, unix.AT_EMPTY_PATH)
		if errors.Is(err, unix.ENOENT) || errors.Is(err, unix.EPERM) {
			f.noEmptyPath.Store(true)
		}
	}
	if errors.Is(err, unix.ENOENT) || errors.Is(err, unix.EPERM) {
		err = unix.Linkat(unix.AT_FDCWD, "/proc/self/fd/"+strconv.Itoa(fd), dfd, name, unix.AT_SYMLINK_FOLLOW)
		if errors.Is(err, unix.ENOENT) {
			return errUnsupported // no /proc, or the folder is gone: the named way says which
		}
	}
	if errors.Is(err, unix.EEXIST) {
		return os.ErrExist
	}
	return err
}
