package batch

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"
	"reflect"
	"slices"
)

// inputHash is the hash of everything a job's file is made from: the
// catalogue and templates of the run (common), the role, the merged
// values and the page. Equal hashes mean the file need not be rendered
// again; any change to an input changes it.
//
// The values are written in a canonical binary form of their own, not
// as JSON: encoding/json cost a fifth of a posting's time. The form
// follows the Go types field by field, so a field added to values.Set
// is hashed without anyone remembering to. Manifests written before
// hold JSON-based hashes: their files are rendered once more on the
// next run, and kept (not rewritten) when the bytes are the same.
func (w *worker) inputHash(j *Job) [16]byte {
	b := append(w.hash[:0], w.common...)
	b = appendCanonical(b, reflect.ValueOf(j.Role))
	b = appendCanonical(b, reflect.ValueOf(&j.Values).Elem())
	if j.Page != nil {
		b = appendCanonical(b, reflect.ValueOf(j.Page).Elem())
	}
	w.hash = b
	sum := sha256.Sum256(b)
	return [16]byte(sum[:16])
}

// appendCanonical appends v so that two values of one type give the same
// bytes exactly when they are equal: every string, slice and map carries
// its length, nil is told from empty, and map keys are sorted.
func appendCanonical(b []byte, v reflect.Value) []byte {
	switch v.Kind() {
	case reflect.String:
		b = binary.AppendUvarint(b, uint64(v.Len()))
		return append(b, v.String()...)
	case reflect.Bool:
		if v.Bool() {
			return append(b, 1)
		}
		return append(b, 0)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return binary.AppendVarint(b, v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return binary.AppendUvarint(b, v.Uint())
	case reflect.Float32, reflect.Float64:
		return binary.LittleEndian.AppendUint64(b, math.Float64bits(v.Float()))
	case reflect.Struct:
		for i := range v.NumField() {
			b = appendCanonical(b, v.Field(i))
		}
		return b
	case reflect.Slice:
		if v.IsNil() {
			return append(b, 0)
		}
		b = binary.AppendUvarint(append(b, 1), uint64(v.Len()))
		for i := range v.Len() {
			b = appendCanonical(b, v.Index(i))
		}
		return b
	case reflect.Array:
		for i := range v.Len() {
			b = appendCanonical(b, v.Index(i))
		}
		return b
	case reflect.Pointer:
		if v.IsNil() {
			return append(b, 0)
		}
		return appendCanonical(append(b, 1), v.Elem())
	case reflect.Map:
		if v.IsNil() {
			return append(b, 0)
		}
		b = binary.AppendUvarint(append(b, 1), uint64(v.Len()))
		keys := v.MapKeys()
		slices.SortFunc(keys, func(x, y reflect.Value) int {
			return slices.Compare(appendCanonical(nil, x), appendCanonical(nil, y))
		})
		for _, k := range keys {
			b = appendCanonical(appendCanonical(b, k), v.MapIndex(k))
		}
		return b
	}
	// A kind the inputs do not have (interface, func, channel) would be
	// hashed by address or not at all: a change would go unseen.
	panic(fmt.Sprintf("batch: cannot hash a %s", v.Type()))
}
