package atomicfile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync/atomic"
)

// Folder creates many new files in one folder, kept open: each name is
// looked up relative to it, never as a path from the working folder, and
// a name or link that leads out of the folder fails (its root says so).
// A batch writes thousands of files, and resolving the folder's path, a
// temporary name and a stat for each was a third of its time.
type Folder struct {
	root *os.Root
	// dir is the folder opened through root, for the *at system calls.
	dir *os.File
	// noEmptyPath is set once linking a descriptor by itself failed for
	// lack of privilege, so later files go straight through /proc.
	noEmptyPath atomic.Bool
}

// OpenFolder opens the folder of root for CreateNew. Close it after use;
// it does not close root.
func OpenFolder(root *os.Root) (*Folder, error) {
	dir, err := root.Open(".")
	if err != nil {
		return nil, fmt.Errorf("cannot open %s: %w", root.Name(), unwrap(err))
	}
	return &Folder{root: root, dir: dir}, nil
}

// Close lets go of the folder.
func (f *Folder) Close() error { return f.dir.Close() }

// CreateNew writes data to name, a file inside the folder that must not
// exist: when it does, os.ErrExist is returned (in an *ExistsError) and
// nothing is changed. Nobody sees name half-written: the bytes are written
// to a file without a name, or with a temporary one, which is then linked
// under name in one step.
func (f *Folder) CreateNew(name string, data []byte, perm os.FileMode) error {
	path := filepath.Join(f.root.Name(), name)
	err := errUnsupported
	if filepath.Base(name) == name { // in the folder itself: no link on the way
		err = f.createUnnamed(name, data, perm)
	}
	if errors.Is(err, errUnsupported) {
		err = f.createNamed(name, data, perm)
	}
	switch {
	case err == nil:
		return nil
	case errors.Is(err, os.ErrExist):
		return &ExistsError{Path: path}
	}
	return fmt.Errorf("cannot write %s: %w", path, unwrap(err))
}

// createNamed is CreateNew through a temporary name beside name, for a
// file system without unnamed files.
func (f *Folder) createNamed(name string, data []byte, perm os.FileMode) error {
	tmp, file, err := createWith(f.root.OpenFile, name, perm)
	if err != nil {
		return err
	}
	if _, err = file.Write(data); err != nil {
		file.Close()
		f.root.Remove(tmp)
		return err
	}
	if err := file.Close(); err != nil {
		f.root.Remove(tmp)
		return err
	}
	return publish(f.root, tmp, name)
}
