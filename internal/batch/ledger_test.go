package batch

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// FuzzManifest reads any bytes as a manifest: it never panics, and never
// accepts an entry that is not a file inside the folder reached without a
// link. The folder holds a link out of it (sub) and one inside it (in).
func FuzzManifest(f *testing.F) {
	for _, seed := range []string{
		`{"version": 2, "files": {"a.md": {"input": "00000000000000000000000000000000", "sha256": "` + strings.Repeat("0", 64) + `", "size": 1}}}`,
		`{"version": 2, "files": {"fr/a.md": {"input": "", "sha256": "", "size": 0}, "sub/x": {}}}`,
		`{"version": 1, "files": {"a.md": {"input": "00", "size": 1, "mtime": 5}}}`,
		`{"version": 2, "files": {"../precious.txt": {"size": 1}}}`,
		`{"files": {"/etc/passwd": {"size": 1}}, "version": 2}`,
	} {
		f.Add([]byte(seed))
	}
	dir := f.TempDir()
	os.MkdirAll(filepath.Join(dir, "real"), 0o755)
	os.Symlink("..", filepath.Join(dir, "sub"))
	os.Symlink("real", filepath.Join(dir, "in"))
	root, err := os.OpenRoot(dir)
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { root.Close() })
	f.Fuzz(func(t *testing.T, data []byte) {
		l := &ledger{dir: dir, stateDir: dir, root: root, files: newFileSet(0)}
		if l.parse(bytes.NewReader(data)) != nil {
			return
		}
		for name := range l.files.all() {
			parts := strings.Split(name, "/")
			if !filepath.IsLocal(name) || filepath.IsAbs(name) || slices.Contains(parts, "..") || slices.Contains(parts, ".") || slices.Contains(parts, "") ||
				parts[0] == "sub" || parts[0] == "in" || name == ManifestName || strings.IndexByte(name, 0) >= 0 {
				t.Fatalf("accepted entry %q", name)
			}
			if rel, err := filepath.Rel(dir, filepath.Join(dir, name)); err != nil || strings.HasPrefix(rel, "..") {
				t.Fatalf("entry %q resolves outside: %q", name, rel)
			}
		}
	})
}

func TestCheckEntry(t *testing.T) {
	for _, tt := range []struct {
		name string
		ok   bool
	}{
		{"a.md", true},
		{"fr/a.md", true},
		{"fr/x/a.md", true},
		{"..a.md", true},
		{"", false},
		{".", false},
		{"..", false},
		{"../a", false},
		{"a/..", false},
		{"a/../b", false},
		{"/a", false},
		{"a//b", false},
		{"a/", false},
		{"./a", false},
		{"a\x00b", false},
		{ManifestName, false},
		{JournalName, false},
		{LockName, false},
		{strings.Repeat("a", maxEntryName+1), false},
	} {
		if got := checkEntry(tt.name) == ""; got != tt.ok {
			t.Errorf("checkEntry(%q) = %q", tt.name, checkEntry(tt.name))
		}
	}
}

// TestDay: a manifest date packs into four bytes and writes back the same
// text; what is not a date is refused.
func TestDay(t *testing.T) {
	for _, tt := range []struct {
		in string
		ok bool
	}{
		{"2026-12-01", true},
		{"0001-01-01", true},
		{"9999-12-31", true},
		{"2027-02-29", false},
		{"2026-1-01", false},
		{"2026-12-01T00:00:00Z", false},
		{"", false},
	} {
		d, ok := parseDay(tt.in)
		if ok != tt.ok {
			t.Errorf("parseDay(%q) ok = %v, want %v", tt.in, ok, tt.ok)
			continue
		}
		if ok && d.String() != tt.in {
			t.Errorf("parseDay(%q).String() = %q", tt.in, d.String())
		}
	}
	if s := day(0).String(); s != "" {
		t.Errorf("no day writes %q", s)
	}
}

// TestJournalLineReadsBack: a journal line written by hand reads back as
// the entry it records, whatever the name holds.
func TestJournalLineReadsBack(t *testing.T) {
	e := entry{Input: [16]byte{1, 2}, Sum: [32]byte{3}, Size: 42, Posted: 20261201, Changed: 20261202}
	for _, name := range []string{"a.md", `fr/"quoted".md`, `back\slash.md`, "été.md", "tab\t.md", "a<b>&c.md"} {
		line := append(appendName(append([]byte(nil), `{"file": `...), name), ", "...)
		line = append(appendEntry(line, e), '}')
		var je jsonEntry
		if err := json.Unmarshal(line, &je); err != nil {
			t.Fatalf("%q: %s: %v", name, line, err)
		}
		got, err := je.entry()
		if je.File != name || err != nil || got != e {
			t.Errorf("%q: read back %q %+v, %v", name, je.File, got, err)
		}
	}
}

// A fileSet's records stay where they are as it grows past a chunk, a
// removed name is gone with its record, and all yields each name once.
func TestFileSet(t *testing.T) {
	s := newFileSet(0)
	first := s.add("a.md")
	first.claimed = 7
	for i := range 3 * recChunk {
		s.add(fmt.Sprintf("p%d.md", i)).Size = int64(i)
	}
	if r := s.find("a.md"); r != first || r.claimed != 7 {
		t.Fatalf("the first record moved or changed: %p %+v, was %p", r, r, first)
	}
	if r := s.find("p2000.md"); r == nil || r.Size != 2000 {
		t.Fatalf("p2000.md: %+v", r)
	}
	s.remove("p5.md")
	if s.find("p5.md") != nil {
		t.Fatal("p5.md still found after remove")
	}
	if r := s.add("p5.md"); r.Size != 0 {
		t.Fatalf("p5.md came back with its old record: %+v", r)
	}
	seen := map[string]bool{}
	for name, r := range s.all() {
		if seen[name] || s.find(name) != r {
			t.Fatalf("all: %s twice or not its record", name)
		}
		seen[name] = true
	}
	if len(seen) != 3*recChunk+1 {
		t.Fatalf("all yielded %d names, want %d", len(seen), 3*recChunk+1)
	}
}
