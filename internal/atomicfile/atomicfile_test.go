package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
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
	if !errors.As(err, &exists) || !errors.Is(err, ErrExists) || !strings.Contains(err.Error(), "pass --force") {
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
