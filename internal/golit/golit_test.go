package golit

import (
	"go/parser"
	"testing"
)

type inner struct {
	Name string
	N    *int
}

type kind string

type outer struct {
	Nil    []string
	Empty  []string
	Texts  map[string]string
	Levels map[int]map[string]string
	Items  []inner
	Ptr    *inner
	Kind   kind
	Flag   bool
	Ratio  float64
}

func TestExpr(t *testing.T) {
	three := 3
	v := outer{
		Empty:  []string{},
		Texts:  map[string]string{"fr": "Chargé·e « x »\n", "en": "a"},
		Levels: map[int]map[string]string{2: {"en": "b"}, 1: {}},
		Items:  []inner{{Name: "x", N: &three}, {}},
		Ptr:    &inner{Name: "p"},
		Kind:   "soft",
		Flag:   true,
		Ratio:  0.5,
	}
	got, err := Expr(v)
	if err != nil {
		t.Fatal(err)
	}
	want := `golit.outer{Empty: []string{}, Texts: map[string]string{"en": "a", "fr": "Chargé·e « x »\n"}, Levels: map[int]map[string]string{1: {}, 2: {"en": "b"}}, Items: []golit.inner{{Name: "x", N: ptr(3)}, {}}, Ptr: &golit.inner{Name: "p"}, Kind: golit.kind("soft"), Flag: true, Ratio: 0.5}`
	if got != want {
		t.Errorf("Expr:\n got %s\nwant %s", got, want)
	}
	if _, err := parser.ParseExpr(got); err != nil {
		t.Errorf("not Go: %v", err)
	}
}

func TestExprRefuses(t *testing.T) {
	for _, v := range []any{struct{ x int }{1}, struct{ F func() }{}, map[string]any{"a": 1}} {
		if _, err := Expr(v); err == nil {
			t.Errorf("Expr(%#v) = nil error, want a refusal", v)
		}
	}
}
