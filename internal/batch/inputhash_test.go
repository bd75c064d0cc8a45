package batch

import (
	"reflect"
	"testing"

	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/internal/values"
)

// Every field of the values and of the page is an input: setting any one
// of them gives a hash no other job has, so the file is rendered again.
func TestInputHashSeesEveryField(t *testing.T) {
	w := &worker{run: &run{common: "catalog+templates"}}
	seen := map[[16]byte]string{}
	add := func(what string, j Job) {
		t.Helper()
		h := w.inputHash(&j)
		if other, dup := seen[h]; dup {
			t.Errorf("%s hashes as %s", what, other)
		}
		seen[h] = what
	}
	add("zero", Job{Role: "webmaster"})
	add("another role", Job{Role: "community-manager"})
	add("an empty page", Job{Role: "webmaster", Page: &posting.Page{}})
	for _, tc := range []struct {
		name string
		typ  reflect.Type
		set  func(j *Job) reflect.Value
	}{
		{"values", reflect.TypeFor[values.Set](), func(j *Job) reflect.Value { return reflect.ValueOf(&j.Values).Elem() }},
		{"page", reflect.TypeFor[posting.Page](), func(j *Job) reflect.Value {
			j.Page = &posting.Page{}
			return reflect.ValueOf(j.Page).Elem()
		}},
	} {
		n := 0
		for _, path := range leaves(tc.typ, nil) {
			vals := []int{1, 2}
			if tc.typ.FieldByIndex(path).Type.Kind() == reflect.Bool {
				vals = vals[:1] // true is its one value besides the zero
			}
			for k, val := range vals {
				j := Job{Role: "webmaster"}
				setLeaf(t, tc.set(&j).FieldByIndex(path), val)
				add(tc.name+fieldName(tc.typ, path)+[]string{"=1", "=2"}[k], j)
				n++
			}
		}
		if n < 10 {
			t.Errorf("%s: only %d variants", tc.name, n)
		}
	}
	// Said the same way in another order, or not said: other inputs.
	add("nil list", Job{Role: "webmaster", Values: values.Set{Benefits: values.TextList{All: nil}, Missions: []string{}}})
	add("a,b", Job{Role: "webmaster", Values: values.Set{Missions: []string{"a", "b"}}})
	add("ab", Job{Role: "webmaster", Values: values.Set{Missions: []string{"ab"}}})
	a := Job{Role: "webmaster", Values: values.Set{Company: values.Company{About: values.ValueText{ByLang: map[string]string{"fr": "x", "en": "y"}}}}}
	b := Job{Role: "webmaster", Values: values.Set{Company: values.Company{About: values.ValueText{ByLang: map[string]string{"en": "y", "fr": "x"}}}}}
	if w.inputHash(&a) != w.inputHash(&b) {
		t.Error("one map hashes two ways")
	}
}

// leaves returns the index paths of the non-struct fields of typ.
func leaves(typ reflect.Type, at []int) [][]int {
	var out [][]int
	for i := range typ.NumField() {
		path := append(append([]int(nil), at...), i)
		if f := typ.Field(i).Type; f.Kind() == reflect.Struct {
			out = append(out, leaves(f, path)...)
		} else {
			out = append(out, path)
		}
	}
	return out
}

func fieldName(typ reflect.Type, path []int) string {
	s := ""
	for _, i := range path {
		f := typ.Field(i)
		s, typ = s+"."+f.Name, f.Type
	}
	return s
}

// setLeaf gives v a value of its kind told apart by n.
func setLeaf(t *testing.T, v reflect.Value, n int) {
	text := string(rune('a' + n))
	switch v.Kind() {
	case reflect.String:
		v.SetString(text)
	case reflect.Int, reflect.Int64:
		v.SetInt(int64(n))
	case reflect.Float64:
		v.SetFloat(float64(n) + 0.5)
	case reflect.Bool:
		v.SetBool(n == 1)
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), n, n)
		for i := range n {
			setLeaf(t, s.Index(i), n)
		}
		v.Set(s)
	case reflect.Struct:
		for i := range v.NumField() {
			setLeaf(t, v.Field(i), n)
		}
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		e := reflect.New(v.Type().Elem()).Elem()
		setLeaf(t, e, n)
		m.SetMapIndex(reflect.ValueOf(text), e)
		v.Set(m)
	default:
		t.Fatalf("no value for a %s", v.Type())
	}
}
