package docs

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// TestDocsInSync: the man pages and the command reference under docs/
// are what the help texts give today; run go generate ./internal/cli/docs
// after changing a help text.
func TestDocsInSync(t *testing.T) {
	docs, err := filepath.Abs("../../../docs")
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	if err := Write(tmp); err != nil {
		t.Fatal(err)
	}
	n := 0
	err = filepath.WalkDir(tmp, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		n++
		rel, _ := filepath.Rel(tmp, path)
		want, _ := os.ReadFile(path)
		got, err := os.ReadFile(filepath.Join(docs, rel))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("docs/%s is not what the help texts give; run go generate ./internal/cli/docs", rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 40 {
		t.Fatalf("%d files generated; want a man page per command in each language", n)
	}
	// A page of a command that no longer exists is stale.
	for _, lang := range []string{"en", "fr"} {
		pages, _ := filepath.Glob(filepath.Join(docs, "man", lang, "*.1"))
		for _, p := range pages {
			if _, err := os.Stat(filepath.Join(tmp, "man", lang, filepath.Base(p))); err != nil {
				t.Errorf("docs/man/%s/%s names no command; remove it", lang, filepath.Base(p))
			}
		}
	}
}
