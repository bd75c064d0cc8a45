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
