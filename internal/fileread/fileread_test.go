package fileread

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestRead(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	ok := write("ok.yaml", "a: 1\n")
	big := write("big.yaml", strings.Repeat("x", 2048))
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "zero.yaml")
	if err := os.Symlink("/dev/zero", link); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path    string
		limit   int64
		want    string // data, or the error's text
		notFile bool
	}{
		{ok, MaxSize, "a: 1\n", false},
		{big, 1024, big + ": file is 2048 bytes, over the 1 KiB limit; split it into smaller files", false},
		{"/dev/zero", MaxSize, "/dev/zero: not a regular file (a character device); name a file", false},
		{"/dev/urandom", MaxSize, "/dev/urandom: not a regular file (a character device); name a file", false},
		{link, MaxSize, link + ": not a regular file (a character device); name a file", false},
		{fifo, MaxSize, fifo + ": not a regular file (a named pipe); name a file", false},
		{dir, MaxSize, dir + ": not a regular file (a folder); name a file", false},
		{filepath.Join(dir, "nope"), MaxSize, "", true},
	}
	for _, tt := range tests {
		data, err := Read(tt.path, tt.limit)
		switch {
		case tt.notFile:
			if !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("Read(%s) = %v, want a not-exist error", tt.path, err)
			}
		case err != nil:
			if err.Error() != tt.want {
				t.Errorf("Read(%s) error %q, want %q", tt.path, err, tt.want)
			}
		case string(data) != tt.want:
			t.Errorf("Read(%s) = %q, want %q", tt.path, data, tt.want)
		}
	}
}

// TestDir reads a folder whose files link to devices, a FIFO, and files
// outside it: none of them is read, none blocks.
func TestDir(t *testing.T) {
	base := t.TempDir()
	dir := filepath.Join(base, "roles")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	secret := filepath.Join(base, "secret")
	if err := os.WriteFile(secret, []byte("root:$6$hash\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "ok.yaml"), []byte("ok\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo.yaml"), 0o644); err != nil {
		t.Fatal(err)
	}
	for name, target := range map[string]string{"zero.yaml": "/dev/zero", "out.yaml": secret, "up.yaml": "../secret", "in.yaml": "ok.yaml", "pipe.yaml": "fifo.yaml"} {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	fsys := Dir(dir)
	tests := []struct{ name, want string }{
		{"ok.yaml", "ok\n"},
		{"in.yaml", "ok\n"},
		{"zero.yaml", "roles/zero.yaml: link leads outside its folder; copy the file into the folder instead"},
		{"out.yaml", "roles/out.yaml: link leads outside its folder; copy the file into the folder instead"},
		{"up.yaml", "roles/up.yaml: link leads outside its folder; copy the file into the folder instead"},
		{"fifo.yaml", "roles/fifo.yaml: not a regular file (a named pipe); name a file"},
		{"pipe.yaml", "roles/pipe.yaml: not a regular file (a named pipe); name a file"},
	}
	for _, tt := range tests {
		data, err := ReadFS(fsys, tt.name, "roles/"+tt.name, MaxSize)
		got := string(data)
		if err != nil {
			got = err.Error()
		}
		if got != tt.want {
			t.Errorf("ReadFS(%s) = %q, want %q", tt.name, got, tt.want)
		}
	}
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil || len(names) != 7 {
		t.Errorf("Glob = %v, %v; want the 7 names", names, err)
	}
}

func TestSize(t *testing.T) {
	for n, want := range map[int64]string{1 << 20: "1 MiB", 64 << 20: "64 MiB", 512 << 10: "512 KiB", 1000: "1000 bytes"} {
		if got := Size(n); got != want {
			t.Errorf("Size(%d) = %q, want %q", n, got, want)
		}
	}
}
