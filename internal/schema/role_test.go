package schema_test

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v3"

	"github.com/jobdesc/jobdesc/internal/schema"
	"github.com/jobdesc/jobdesc/roles"
)

// TestRoleSchemaIsCommitted: roles/role.schema.json is what 'jobdesc
// schema' prints; regenerate it with 'go run ./cmd/jobdesc schema >
// roles/role.schema.json'.
func TestRoleSchemaIsCommitted(t *testing.T) {
	want, err := schema.Role("07")
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join("..", "..", "roles", schema.RoleFile))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("roles/%s is out of date: run 'go run ./cmd/jobdesc schema > roles/%s'", schema.RoleFile, schema.RoleFile)
	}
}

func roleSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	data, err := schema.Role("07")
	if err != nil {
		t.Fatal(err)
	}
	return compile(t, schema.RoleFile, data)
}

// asJSON reads a YAML document as the JSON value an editor validates.
func asJSON(t *testing.T, data []byte) any {
	t.Helper()
	var v any
	if err := yaml.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	j, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(j))
	if err != nil {
		t.Fatal(err)
	}
	return inst
}

// TestShippedRolesValidate: every shipped role file names the schema on
// its first line and validates against it; files it must refuse do not.
func TestShippedRolesValidate(t *testing.T) {
	sch := roleSchema(t)
	names, _ := fs.Glob(roles.FS(), "*.yaml")
	n := 0
	for _, name := range names {
		if name == "skills.yaml" {
			continue
		}
		n++
		data, _ := fs.ReadFile(roles.FS(), name)
		if first, _, _ := strings.Cut(string(data), "\n"); first != "# yaml-language-server: $schema="+schema.RoleFile {
			t.Errorf("%s: first line %q is not the schema modeline", name, first)
		}
		if err := sch.Validate(asJSON(t, data)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	if n < 10 {
		t.Fatalf("%d role files", n)
	}
	for _, bad := range []string{
		"id: x\nextends: community-manager\ntitel: {en: X}\n",                                       // unknown key
		"id: x\nextends: community-manager\nskills: [{id: seo, level: 5}]\n",                        // level out of range
		"id: x\ntitle: {en: X}\n",                                                                   // a role of its own without missions
		"id: x\nextends: community-manager\nmissions: [{id: a, title: {en: A}, key: yes-please}]\n", // wrong type
	} {
		if err := sch.Validate(asJSON(t, []byte(bad))); err == nil {
			t.Errorf("validates:\n%s", bad)
		}
	}
	child := "id: x\nextends: community-manager\ntitle: {en: X}\n"
	if err := sch.Validate(asJSON(t, []byte(child))); err != nil {
		t.Errorf("a child role that only changes its title: %v", err)
	}
}
