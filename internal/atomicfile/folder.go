package atomicfile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
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
	// subs keeps open, by name, the subfolders files were created in
	// (a site's jobs/): opened once through root, each takes its files
	// the way the folder itself does, not through a temporary name.
	subsMu sync.Mutex
	subs   map[string]*Folder
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
func (f *Folder) Close() error {
	for _, s := range f.subs {
		if s != nil {
			s.Close()
			s.root.Close() // opened by sub, unlike f's own
		}
	}
	return f.dir.Close()
}

// sub is the subfolder dir of f, opened through f's root the first time,
// so a link on the way is followed only when it stays inside, as it is
// for a temporary name; nil when it cannot be opened.
func (f *Folder) sub(dir string) *Folder {
	f.subsMu.Lock()
	defer f.subsMu.Unlock()
	if s, ok := f.subs[dir]; ok {
		return s
	}
	var s *Folder
	if r, err := f.root.OpenRoot(dir); err == nil {
		if s, err = OpenFolder(r); err != nil {
			r.Close()
			s = nil
		}
	}
	if f.subs == nil {
		f.subs = map[string]*Folder{}
	}
	f.subs[dir] = s
	return s
}

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
	} else if s := f.sub(filepath.Dir(name)); s != nil {
		err = s.createUnnamed(filepath.Base(name), data, perm)
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
