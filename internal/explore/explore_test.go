package explore

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/roles"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

func shipped() catalog.Layer { return catalog.Layer{Dir: "roles", FS: roles.FS(), Shipped: true} }

func userLayer(files map[string]string) catalog.Layer {
	m := fstest.MapFS{}
	for name, data := range files {
		m[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return catalog.Layer{Dir: "mine", FS: m}
}

func load(t *testing.T, layers ...catalog.Layer) *catalog.Catalog {
	t.Helper()
	c, err := catalog.Load(append([]catalog.Layer{shipped()}, layers...)...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// golden compares got with testdata/name, rewriting it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	file := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v; run go test -update to create it", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run go test -update and review the diff\ngot:\n%s", file, got)
	}
}
