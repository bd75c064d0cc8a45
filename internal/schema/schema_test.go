package schema_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/internal/schema"
)

// TestPostingSchemaValidatesTheJSONFormat: the json format's golden files
// validate against the posting schema in both drafts, and a posting with
// a key the schema does not know does not.
func TestPostingSchemaValidatesTheJSONFormat(t *testing.T) {
	goldens, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "golden", "*", "*.json"))
	if len(goldens) == 0 {
		t.Fatal("no json golden files")
	}
	for _, draft := range schema.Drafts() {
		t.Run(draft, func(t *testing.T) {
			data, err := schema.Generate(reflect.TypeFor[posting.Posting](), draft, "posting", "test")
			if err != nil {
				t.Fatal(err)
			}
			sch := compile(t, "posting.json", data)
			for _, g := range goldens {
				f, _ := os.ReadFile(g)
				inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(f))
				if err != nil {
					t.Fatal(err)
				}
				if err := sch.Validate(inst); err != nil {
					t.Errorf("%s: %v", g, err)
				}
			}
			f, _ := os.ReadFile(goldens[0])
			var m map[string]any
			json.Unmarshal(f, &m)
			m["Extra"] = 1
			if err := sch.Validate(m); err == nil {
				t.Error("a posting with an unknown key validates")
			}
		})
	}
}

func TestGenerate(t *testing.T) {
	type inner struct {
		N int `json:"n,omitempty"`
	}
	type outer struct {
		S  string `desc:"a string"`
		P  *inner `desc:"maybe"`
		M  map[string]float64
		L  []bool
		In inner `desc:"an inner"`
	}
	data, err := schema.Generate(reflect.TypeFor[outer](), "07", "t", "d")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"definitions"`, `"#/definitions/inner"`, `"description": "a string"`, `"allOf"`, `"type": "null"`, `"additionalProperties": {`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("schema lacks %s:\n%s", want, data)
		}
	}
	if _, err := schema.Generate(reflect.TypeFor[outer](), "04", "t", "d"); err == nil {
		t.Error("draft 04 accepted")
	}
}

// compile compiles the schema data under name.
func compile(t *testing.T, name string, data []byte) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(name, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(name)
	if err != nil {
		t.Fatal(err)
	}
	return sch
}
