// Package schema writes the JSON Schema of a Go type by reflection, so the
// schema of the data jobdesc hands to templates and scripts is generated
// from the types themselves and cannot drift from them.
//
// It is a small walker rather than a library: the types it describes use
// a handful of kinds (structs, strings, numbers, booleans, slices, string
// maps, pointers), every key is always present, and it must write both
// draft 2020-12 ($defs) and draft-07 (definitions).
package schema

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
)

// Drafts are the JSON Schema drafts Generate writes, newest first.
var drafts = map[string]string{
	"2020-12": "https://json-schema.org/draft/2020-12/schema",
	"07":      "http://json-schema.org/draft-07/schema#",
}

// Drafts lists the drafts Generate accepts.
func Drafts() []string { return []string{"2020-12", "07"} }

// Generate returns the schema of t, a struct type, in draft ("2020-12" or
// "07"). Properties take the JSON names of fields (the field name unless
// a json tag says otherwise), descriptions come from `desc` tags, every
// property is required unless its json tag says omitempty, and no other
// property is allowed. Named struct types become definitions.
func Generate(t reflect.Type, draft, title, description string) ([]byte, error) {
	return generate(t, &walker{draft: draft, tag: "json"}, title, description, nil)
}

func generate(t reflect.Type, w *walker, title, description string, extra map[string]any) ([]byte, error) {
	uri, ok := drafts[w.draft]
	if !ok {
		return nil, fmt.Errorf("unknown draft %q: use %s", w.draft, strings.Join(Drafts(), " or "))
	}
	w.defs, w.defsKey = map[string]any{}, "$defs"
	if w.draft == "07" {
		w.defsKey = "definitions"
	}
	root := w.object(t)
	out := map[string]any{"$schema": uri, "title": title, "description": description}
	for k, v := range root {
		out[k] = v
	}
	for k, v := range extra {
		out[k] = v
	}
	if len(w.defs) > 0 {
		out[w.defsKey] = w.defs
	}
	data, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}

type walker struct {
	defs    map[string]any
	defsKey string
	draft   string
	// tag names properties: "json" for data jobdesc writes, where every
	// key is present unless omitempty; "yaml" for files people write,
	// where every key is optional.
	tag string
}

// object describes a struct type inline.
func (w *walker) object(t reflect.Type) map[string]any {
	props := map[string]any{}
	required := []string{}
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, omitempty := f.Name, false
		if tag, ok := f.Tag.Lookup(w.tag); ok {
			n, opts, _ := strings.Cut(tag, ",")
			if n == "-" {
				continue
			}
			if n != "" {
				name = n
			}
			omitempty = strings.Contains(opts, "omitempty") || strings.Contains(opts, "omitzero") || w.tag == "yaml"
		}
		s := w.of(f.Type)
		if d := f.Tag.Get("desc"); d != "" {
			s = w.describe(s, d)
		}
		if min, max, ok := strings.Cut(f.Tag.Get("range"), "-"); ok {
			s["minimum"], s["maximum"] = atoi(min), atoi(max)
		}
		props[name] = s
		if !omitempty {
			required = append(required, name)
		}
	}
	return map[string]any{"type": "object", "properties": props, "required": required, "additionalProperties": false}
}

// of describes any type, named structs by reference.
func (w *walker) of(t reflect.Type) map[string]any {
	switch t.Kind() {
	case reflect.String:
		return map[string]any{"type": "string"}
	case reflect.Bool:
		return map[string]any{"type": "boolean"}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return map[string]any{"type": "integer"}
	case reflect.Float32, reflect.Float64:
		return map[string]any{"type": "number"}
	case reflect.Slice, reflect.Array:
		return map[string]any{"type": "array", "items": w.of(t.Elem())}
	case reflect.Map:
		m := map[string]any{"type": "object", "additionalProperties": w.of(t.Elem())}
		if t.Key().Kind() != reflect.String {
			m["propertyNames"] = map[string]any{"pattern": "^[0-9]+$"}
		}
		return m
	case reflect.Pointer:
		if w.tag == "yaml" {
			return w.of(t.Elem()) // a key written in a file has a value
		}
		return map[string]any{"anyOf": []any{w.of(t.Elem()), map[string]any{"type": "null"}}}
	case reflect.Struct:
		if t.Name() == "" {
			return w.object(t)
		}
		if _, done := w.defs[t.Name()]; !done {
			w.defs[t.Name()] = nil // a type that refers to itself stops here
			w.defs[t.Name()] = w.object(t)
		}
		return map[string]any{"$ref": "#/" + w.defsKey + "/" + t.Name()}
	}
	panic(fmt.Sprintf("schema: no JSON Schema for %s", t))
}

// describe adds a description; draft-07 ignores keywords beside $ref, so
// there the reference is wrapped.
func (w *walker) describe(s map[string]any, d string) map[string]any {
	if _, ref := s["$ref"]; ref && w.draft == "07" {
		return map[string]any{"description": d, "allOf": []any{s}}
	}
	s["description"] = d
	return s
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}
