package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.md")
	info, err := Write(path, []byte("one"), 0o644, false)
	if err != nil || info.Size() != 3 {
		t.Fatalf("new file: %v %v", info, err)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o644&^umask(t) {
		t.Errorf("mode %v", st.Mode())
	}
	_, err = Write(path, []byte("two"), 0o644, false)
	var exists *ExistsError
	if !errors.As(err, &exists) || !errors.Is(err, ErrExists) || err.Error() != path+" already exists" {
		t.Fatalf("existing file without replace: %v", err)
	}
	if data, _ := os.ReadFile(path); string(data) != "one" {
		t.Errorf("content %q: replaced without replace", data)
	}
	if _, err := Write(path, []byte("three"), 0o644, true); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(path); string(data) != "three" {
		t.Errorf("content %q after replace", data)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
	if _, err := Write(filepath.Join(dir, "missing", "b.md"), []byte("x"), 0o644, false); err == nil || !strings.HasPrefix(err.Error(), "cannot write ") {
		t.Errorf("missing folder: %v", err)
	}
}

func umask(t *testing.T) os.FileMode {
	dir := t.TempDir()
	f, _ := os.OpenFile(filepath.Join(dir, "probe"), os.O_CREATE|os.O_WRONLY, 0o777)
	st, _ := f.Stat()
	f.Close()
	return 0o777 &^ st.Mode().Perm()
}

// Only regular files are replaced: a link, a FIFO, a folder or a device
// named as the target is refused, whether replacing was asked or not.
func TestWriteRefusesSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(dir, "link")
	os.Symlink("/proc/self/fd/1", link)
	fifo := filepath.Join(dir, "fifo")
	syscall.Mkfifo(fifo, 0o644)
	folder := filepath.Join(dir, "folder")
	os.Mkdir(folder, 0o755)
	for _, path := range []string{link, fifo, folder, "/dev/null"} {
		for _, replace := range []bool{false, true} {
			_, err := Write(path, []byte("x"), 0o644, replace)
			var nr *NotRegularError
			if !errors.As(err, &nr) || !strings.Contains(err.Error(), "not a regular file") {
				t.Errorf("%s replace=%v: %v", path, replace, err)
			}
		}
		if err := WriteStream(path, 0o644, func(w io.Writer) error { return nil }); err == nil {
			t.Errorf("%s: WriteStream replaced it", path)
		}
	}
	if info, _ := os.Lstat(link); info.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced")
	}
}

// ReplaceIn stays inside its root: a name or a link that leads out of it
// fails and changes nothing there, and only a regular file is replaced.
func TestReplaceIn(t *testing.T) {
	base := t.TempDir()
	dir := filepath.Join(base, "out")
	os.MkdirAll(filepath.Join(base, "elsewhere"), 0o755)
	os.Mkdir(dir, 0o755)
	victim := filepath.Join(base, "elsewhere", "victim.txt")
	os.WriteFile(victim, []byte("precious"), 0o644)
	os.WriteFile(filepath.Join(dir, "a.md"), []byte("one"), 0o644)
	os.Symlink("../elsewhere", filepath.Join(dir, "sub"))
	os.Symlink("a.md", filepath.Join(dir, "link.md"))
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	if info, err := ReplaceIn(root, "a.md", []byte("two"), 0o644); err != nil || info.Size() != 3 {
		t.Fatalf("regular file: %v %v", info, err)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "a.md")); string(data) != "two" {
		t.Errorf("content %q", data)
	}
	for _, name := range []string{"../elsewhere/victim.txt", "sub/victim.txt", victim} {
		if _, err := ReplaceIn(root, name, []byte("x"), 0o644); err == nil {
			t.Errorf("%s: replaced outside the root", name)
		}
	}
	if data, _ := os.ReadFile(victim); string(data) != "precious" {
		t.Errorf("victim %q", data)
	}
	var nr *NotRegularError
	if _, err := ReplaceIn(root, "link.md", []byte("x"), 0o644); !errors.As(err, &nr) || nr.Path != filepath.Join(dir, "link.md") {
		t.Errorf("link: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("left behind: %s", e.Name())
		}
	}
	if entries, _ := os.ReadDir(filepath.Join(base, "elsewhere")); len(entries) != 1 {
		t.Errorf("elsewhere holds %d files", len(entries))
	}
}

// CreateNew makes a new file inside its folder or a subfolder of it, by
// either way (a file without a name, or a temporary name): an existing
// name, a link among them, is left as it was, and a name that leads out
// of the folder fails.
func TestFolderCreateNew(t *testing.T) {
	for _, way := range []string{"unnamed", "named"} {
		t.Run(way, func(t *testing.T) {
			base := t.TempDir()
			dir := filepath.Join(base, "out")
			os.MkdirAll(filepath.Join(base, "elsewhere"), 0o755)
			os.Mkdir(dir, 0o755)
			os.Symlink("../elsewhere", filepath.Join(dir, "sub"))
			os.Symlink("../elsewhere/target", filepath.Join(dir, "link.md"))
			os.WriteFile(filepath.Join(dir, "old.md"), []byte("old"), 0o644)
			os.Mkdir(filepath.Join(dir, "jobs"), 0o755)
			os.WriteFile(filepath.Join(dir, "jobs", "old.md"), []byte("old"), 0o644)
			root, err := os.OpenRoot(dir)
			if err != nil {
				t.Fatal(err)
			}
			defer root.Close()
			f, err := OpenFolder(root)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			create := f.CreateNew
			if way == "named" {
				create = func(name string, data []byte, perm os.FileMode) error {
					err := f.createNamed(name, data, perm)
					if errors.Is(err, os.ErrExist) {
						return &ExistsError{Path: name}
					}
					return err
				}
			}
			for _, name := range []string{"a.md", "jobs/a.md"} {
				if err := create(name, []byte("new"), 0o644); err != nil {
					t.Fatal(err)
				}
				if data, _ := os.ReadFile(filepath.Join(dir, name)); string(data) != "new" {
					t.Errorf("%s: content %q", name, data)
				}
			}
			if st, _ := os.Stat(filepath.Join(dir, "a.md")); st.Mode().Perm() != 0o644&^umask(t) {
				t.Errorf("mode %v", st.Mode())
			}
			for _, name := range []string{"old.md", "link.md", "a.md", "jobs/old.md", "jobs/a.md"} {
				if err := create(name, []byte("x"), 0o644); !errors.Is(err, ErrExists) {
					t.Errorf("%s: %v, want it to exist", name, err)
				}
			}
			for _, name := range []string{"old.md", "jobs/old.md"} {
				if data, _ := os.ReadFile(filepath.Join(dir, name)); string(data) != "old" {
					t.Errorf("%s %q: replaced", name, data)
				}
			}
			for _, name := range []string{"../elsewhere/victim.md", "sub/victim.md"} {
				if err := create(name, []byte("x"), 0o644); err == nil {
					t.Errorf("%s: written outside the folder", name)
				}
			}
			if entries, _ := os.ReadDir(filepath.Join(base, "elsewhere")); len(entries) != 0 {
				t.Errorf("elsewhere holds %v", entries)
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) != 5 { // a.md, jobs, link.md, old.md, sub: no temporary file left
				t.Errorf("folder holds %v", entries)
			}
			if entries, _ := os.ReadDir(filepath.Join(dir, "jobs")); len(entries) != 2 {
				t.Errorf("jobs holds %v", entries)
			}
			// A subfolder's files take the folder's way, kept open for them.
			if way == "unnamed" && f.subs["jobs"] == nil {
				t.Error("jobs/a.md was not created through the open subfolder")
			}
		})
	}
}
