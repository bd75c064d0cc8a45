// Package fileread is the one way jobdesc reads a file a user can point it
// at: role and skills files, values and config files, templates, labels,
// batch files and the output folder's manifest. What it reads as text is
// UTF-8 (TextReader), or decoded to it from the encoding the user names. It reads regular files
// only, up to a size limit, and never blocks: a FIFO is opened without
// waiting for a writer and refused, as are devices (/dev/zero,
// /dev/urandom) and folders. Files of a folder (roles, templates) are read
// confined to it: a link that leads out of the folder is refused.
package fileread

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// MaxSize is the limit of role, skills, values, config, template and label
// files, which are a few KiB; batch files and manifests pass their own.
const MaxSize = 1 << 20

// Error is a file that cannot be read; it names the file and what to do.
type Error struct {
	File string
	Msg  string
	Err  error // the cause, when the system gave one
}

func (e *Error) Error() string { return e.File + ": " + e.Msg }
func (e *Error) Unwrap() error { return e.Err }

// Read reads the file at path, which the user named: a link is followed
// wherever it leads, but what it leads to must be a regular file of at
// most limit bytes, and UTF-8 text (or UTF-16 with its byte-order mark),
// returned as UTF-8 without a byte-order mark. A missing file gives an
// error that matches fs.ErrNotExist.
func Read(path string, limit int64) ([]byte, error) { return ReadAs(path, limit, Charset{}) }

// ReadAs is Read for a file in the encoding cs names.
func ReadAs(path string, limit int64, cs Charset) ([]byte, error) {
	f, err := os.OpenFile(path, openFlags, 0)
	if err != nil {
		return nil, openError(path, err)
	}
	defer f.Close()
	data, err := readOpen(f, path, limit)
	if err != nil {
		return nil, err
	}
	return Text(path, data, cs)
}

// Open opens path for a reader that streams it (batch files, the output
// folder's manifest and journal), with Read's checks made on the open
// file: a regular file of at most limit bytes. With follow false, a
// symbolic link is refused too: files jobdesc keeps for itself are never
// read through one.
func Open(path string, limit int64, follow bool) (*os.File, error) {
	flags := openFlags
	if !follow {
		flags |= noFollow
	}
	f, err := os.OpenFile(path, flags, 0)
	if err != nil {
		if !follow && isLoop(err) {
			return nil, &Error{File: path, Msg: "is a symbolic link, not a regular file; remove it", Err: err}
		}
		return nil, openError(path, err)
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, &Error{File: path, Msg: "cannot read: " + cause(err).Error(), Err: err}
	}
	if !info.Mode().IsRegular() {
		f.Close()
		return nil, &Error{File: path, Msg: "not a regular file (" + Kind(info.Mode()) + "); name a file"}
	}
	if info.Size() > limit {
		f.Close()
		return nil, tooLarge(path, info.Size(), limit)
	}
	return f, nil
}

// ReadFS reads name from fsys the way Read does, UTF-8 text checked too;
// file names it in errors. Over a folder opened with Dir, the open does
// not block and stays inside the folder.
func ReadFS(fsys fs.FS, name, file string, limit int64) ([]byte, error) {
	return ReadFSKnown(fsys, name, file, limit, nil)
}

// ReadFSKnown is ReadFS for a file whose bytes may be known to be text
// already: known, when given, says so of the bytes read (they are a
// snapshot's, checked when it was made), and they are taken as they are.
func ReadFSKnown(fsys fs.FS, name, file string, limit int64, known func([]byte) bool) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, openError(file, err)
	}
	defer f.Close()
	data, err := readOpen(f, file, limit)
	if err != nil {
		return nil, err
	}
	if known != nil && known(data) {
		return data, nil
	}
	return Text(file, data, Charset{})
}

// readOpen checks what was opened (fstat, not a second lookup by name that
// a swapped link could answer) and reads at most limit bytes of it.
func readOpen(f fs.File, file string, limit int64) ([]byte, error) {
	info, err := f.Stat()
	if err != nil {
		return nil, &Error{File: file, Msg: "cannot read: " + cause(err).Error(), Err: err}
	}
	if !info.Mode().IsRegular() {
		return nil, &Error{File: file, Msg: "not a regular file (" + Kind(info.Mode()) + "); name a file"}
	}
	if info.Size() > limit {
		return nil, tooLarge(file, info.Size(), limit)
	}
	// The size can change between fstat and read: read one byte past the
	// limit to notice. The buffer is the size fstat gave and one byte
	// more, so a file that kept its size is read in one allocation, not
	// in the doubling steps of io.ReadAll.
	data, err := readAll(io.LimitReader(f, limit+1), info.Size()+1)
	if err != nil {
		return nil, &Error{File: file, Msg: "cannot read: " + cause(err).Error(), Err: err}
	}
	if int64(len(data)) > limit {
		return nil, tooLarge(file, int64(len(data)), limit)
	}
	return data, nil
}

// readAll is io.ReadAll starting with a buffer of size bytes.
func readAll(r io.Reader, size int64) ([]byte, error) {
	b := make([]byte, 0, size)
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)] // grow
		}
	}
}

func tooLarge(file string, size, limit int64) error {
	return &Error{File: file, Msg: fmt.Sprintf("file is %d bytes, over the %s limit; split it into smaller files", size, Size(limit))}
}

// Size writes a limit for people: "1 MiB", "64 MiB", "512 KiB".
func Size(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// Kind names what a file that is not a regular one is, for messages:
// "a folder", "a named pipe", "a character device".
func Kind(m fs.FileMode) string {
	switch {
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m.IsRegular():
		return "a regular file"
	}
	return "a special file"
}

func openError(file string, err error) error {
	if errors.Is(err, errEscapes) {
		return &Error{File: file, Msg: "link leads outside its folder; copy the file into the folder instead", Err: err}
	}
	return &Error{File: file, Msg: "cannot read: " + cause(err).Error(), Err: err}
}

// cause drops the path an fs.PathError repeats: the Error names the file.
func cause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// errEscapes marks a name that leads outside a Dir.
var errEscapes = errors.New("link leads outside the folder")

// Dir returns the files of the folder dir as an fs.FS whose opens never
// block and never leave dir: a link to a file outside it, or through
// "..", is refused (os.DirFS would follow it).
func Dir(dir string) fs.FS { return rootFS(dir) }

type rootFS string

func (d rootFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	root, err := os.OpenRoot(string(d))
	if err != nil {
		return nil, err
	}
	// Files opened through a root stay open after it closes.
	defer root.Close()
	f, err := root.OpenFile(name, openFlags, 0)
	if err != nil && !errors.Is(err, fs.ErrNotExist) && escapes(string(d), name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: errEscapes}
	}
	return f, err
}

// escapes reports whether name in dir is a link, or a path through one,
// that the root refused because it leads elsewhere.
func escapes(dir, name string) bool {
	p := dir
	for _, part := range strings.Split(name, "/") {
		p = filepath.Join(p, part)
		if info, err := os.Lstat(p); err == nil && info.Mode()&fs.ModeSymlink != 0 {
			return true
		}
	}
	return false
}

// Named returns the file at path as an fs.FS and the name to open in it,
// for code that reads through fs.FS. Unlike Dir, links are followed: the
// user named this file.
func Named(path string) (fs.FS, string) {
	return namedFS(filepath.Dir(path)), filepath.Base(path)
}

type namedFS string

func (d namedFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	return os.OpenFile(filepath.Join(string(d), filepath.FromSlash(name)), openFlags, 0)
}
