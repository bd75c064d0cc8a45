package batch

import (
	"reflect"
	"testing"
)

// Records live in memory the collector does not scan (records.go): a
// pointer field in one would be a pointer the collector never sees, and
// what it points to could be freed under it.
func TestRecordsHoldNoPointers(t *testing.T) {
	var walk func(reflect.Type, string)
	walk = func(ty reflect.Type, path string) {
		switch ty.Kind() {
		case reflect.Struct:
			for i := range ty.NumField() {
				f := ty.Field(i)
				walk(f.Type, path+"."+f.Name)
			}
		case reflect.Array:
			walk(ty.Elem(), path+"[]")
		case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
			reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64:
		default:
			t.Errorf("rec%s is a %s: records must hold no pointers", path, ty.Kind())
		}
	}
	walk(reflect.TypeFor[rec](), "")
}

// A set grown over several chunks finds every record, and free leaves it
// empty and usable.
func TestFileSetChunks(t *testing.T) {
	s := newFileSet(0)
	n := 3*recChunk + 7
	for i := range n {
		r := s.add(string(rune('a'+i%26)) + string(rune(i)))
		r.claimed = int32(i + 1)
	}
	for i := range n {
		r := s.find(string(rune('a'+i%26)) + string(rune(i)))
		if r == nil || r.claimed != int32(i+1) {
			t.Fatalf("record %d: %+v", i, r)
		}
	}
	s.free()
	if s.find("a") != nil || len(s.chunks) != 0 {
		t.Fatal("free left records")
	}
	s = newFileSet(0)
	s.add("b").claimed = 2
	if s.find("b").claimed != 2 {
		t.Fatal("a set after free does not work")
	}
	s.free()
}
