package roles_test

import (
	"bytes"
	"io/fs"
	"os"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/strictyaml"
	"github.com/jobdesc/jobdesc/roles"
)

// The snapshot is the YAML as it is now: a role file edited without
// `go generate` fails here (a run would still be right, only slower).
func TestSnapshotIsCurrent(t *testing.T) {
	want, err := catalog.SnapshotSource(roles.FS(), "roles")
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("snapshot.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("roles/snapshot.go is out of date: run go generate ./roles")
	}
}

// Each file's snapshot builds what parsing the file gives, down to the
// difference between an empty list and a missing one.
func TestSnapshotEqualsTheParse(t *testing.T) {
	snap := roles.Snapshot()
	names, _ := fs.Glob(roles.FS(), "*.yaml")
	if len(snap) != len(names) {
		t.Errorf("snapshot holds %d files, the catalogue %d", len(snap), len(names))
	}
	for _, name := range names {
		data, _ := fs.ReadFile(roles.FS(), name)
		d, ok := snap[name]
		if !ok {
			t.Errorf("%s: not in the snapshot", name)
			continue
		}
		if name == catalog.SkillsFile {
			var sf role.SkillFile
			doc, err := strictyaml.Parse(name, data)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := strictyaml.Decode(name, doc, &sf); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(d.Skills(), sf.Skills) {
				t.Errorf("%s: the snapshot differs from the parse", name)
			}
			continue
		}
		r, _, err := catalog.ParseRole(name, data)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(d.Role(), r) {
			t.Errorf("%s: the snapshot differs from the parse", name)
		}
	}
}

// A catalogue loaded from the snapshot is the catalogue loaded from the
// YAML, and places every role field where its file writes it; so is one
// whose embedded files are taken from the snapshot unread, and its files'
// bytes, read when asked for, are the files'.
func TestSnapshotLoadsTheSameCatalogue(t *testing.T) {
	parsed, err := catalog.Load(catalog.Layer{Dir: "roles", FS: roles.FS(), Shipped: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, embedded := range []bool{false, true} {
		decoded, err := catalog.Load(catalog.Layer{Dir: "roles", FS: roles.FS(), Shipped: true, Decoded: roles.Snapshot(), Embedded: embedded})
		if err != nil {
			t.Fatal(err)
		}
		sameCatalogue(t, parsed, decoded)
	}
}

func sameCatalogue(t *testing.T, parsed, decoded *catalog.Catalog) {
	t.Helper()
	if parsed.Fingerprint() != decoded.Fingerprint() {
		t.Error("fingerprints differ")
	}
	for _, id := range parsed.IDs() {
		pe, _ := parsed.Entry(id)
		de, _ := decoded.Entry(id)
		if !reflect.DeepEqual(pe.Role, de.Role) {
			t.Errorf("%s: resolved roles differ", id)
		}
		if !bytes.Equal(pe.Source(), de.Source()) || len(de.Source()) == 0 {
			t.Errorf("%s: the file's bytes differ", id)
		}
		for _, path := range []string{"title.fr", "missions[2].activities[1].en", "skills[3].level", "contexts.small"} {
			pf, pp := pe.Locate(path)
			df, dp := de.Locate(path)
			if pf != df || pp != dp || pp.Line == 0 {
				t.Errorf("%s %s: parsed at %s:%v, decoded at %s:%v", id, path, pf, pp, df, dp)
			}
		}
	}
	for _, id := range parsed.SkillIDs() {
		if !reflect.DeepEqual(parsed.Skill(id), decoded.Skill(id)) {
			t.Errorf("skill %s differs", id)
		}
		_, _, pp, path := parsed.SkillSource(id)
		_, _, dp, _ := decoded.SkillSource(id)
		if pp.Lookup(path+".name") != dp.Lookup(path+".name") {
			t.Errorf("skill %s: positions differ", id)
		}
	}
}

// An embedded file no longer its snapshot's size is parsed: a build made
// without `go generate` reads the file as it is.
func TestEmbeddedFileEditedIsParsed(t *testing.T) {
	m := fstest.MapFS{}
	names, err := fs.Glob(roles.FS(), "*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		data, err := fs.ReadFile(roles.FS(), n)
		if err != nil {
			t.Fatal(err)
		}
		m[n] = &fstest.MapFile{Data: data}
	}
	m["community-manager.yaml"].Data = bytes.Replace(m["community-manager.yaml"].Data, []byte(`title: {fr: "`), []byte(`title: {fr: "Édité `), 1)
	c, err := catalog.Load(catalog.Layer{Dir: "roles", FS: m, Shipped: true, Decoded: roles.Snapshot(), Embedded: true})
	if err != nil {
		t.Fatal(err)
	}
	e, _ := c.Entry("community-manager")
	if got := e.Role.Title.In("fr"); !strings.HasPrefix(got, "Édité ") {
		t.Errorf("title %q: the edited file was not read", got)
	}
}
