// Package golit writes a Go value as Go source: an expression that builds
// a value equal to it under reflect.DeepEqual, so data parsed once at
// build time costs nothing to parse at run time. A nil slice or map stays
// nil and an empty one stays empty, which a role's variants depend on.
package golit

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// Expr writes v as a Go expression. Named types are written as
// reflect.Type.String() names them ("role.Text"), so the file that holds
// the expression imports their packages under their own names. A pointer
// to a value of a basic kind is written as ptr(value): the file defines
//
//	func ptr[T any](v T) *T { return &v }
//
// Values with unexported fields, channels, functions or interfaces are
// refused: they have no literal.
func Expr(v any) (string, error) {
	var b strings.Builder
	if err := write(&b, reflect.ValueOf(v), false); err != nil {
		return "", err
	}
	return b.String(), nil
}

// write writes v; elide is set where the type may be left out: an
// element of a slice or a map whose type the literal already says.
func write(b *strings.Builder, v reflect.Value, elide bool) error {
	t := v.Type()
	switch t.Kind() {
	case reflect.Bool:
		b.WriteString(typed(t, strconv.FormatBool(v.Bool())))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		b.WriteString(typed(t, strconv.FormatInt(v.Int(), 10)))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		b.WriteString(typed(t, strconv.FormatUint(v.Uint(), 10)))
	case reflect.Float32, reflect.Float64:
		b.WriteString(typed(t, strconv.FormatFloat(v.Float(), 'g', -1, t.Bits())))
	case reflect.String:
		b.WriteString(typed(t, strconv.Quote(v.String())))
	case reflect.Pointer:
		if v.IsNil() {
			b.WriteString("nil")
			return nil
		}
		if v.Elem().Kind() == reflect.Struct {
			if !elide {
				b.WriteByte('&')
			}
			return write(b, v.Elem(), elide)
		}
		b.WriteString("ptr(")
		if err := write(b, v.Elem(), false); err != nil {
			return err
		}
		b.WriteByte(')')
	case reflect.Slice:
		if v.IsNil() {
			b.WriteString("nil")
			return nil
		}
		if !elide {
			b.WriteString(t.String())
		}
		b.WriteByte('{')
		for i := range v.Len() {
			if i > 0 {
				b.WriteString(", ")
			}
			if err := write(b, v.Index(i), true); err != nil {
				return err
			}
		}
		b.WriteByte('}')
	case reflect.Map:
		if v.IsNil() {
			b.WriteString("nil")
			return nil
		}
		if !elide {
			b.WriteString(t.String())
		}
		b.WriteByte('{')
		keys := v.MapKeys()
		slices.SortFunc(keys, func(x, y reflect.Value) int { return strings.Compare(fmt.Sprint(x), fmt.Sprint(y)) })
		for i, k := range keys {
			if i > 0 {
				b.WriteString(", ")
			}
			if err := write(b, k, true); err != nil {
				return err
			}
			b.WriteString(": ")
			if err := write(b, v.MapIndex(k), true); err != nil {
				return err
			}
		}
		b.WriteByte('}')
	case reflect.Struct:
		if !elide {
			b.WriteString(t.String())
		}
		b.WriteByte('{')
		n := 0
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				return fmt.Errorf("%s.%s is unexported and has no literal", t, f.Name)
			}
			switch f.Type.Kind() {
			case reflect.Func, reflect.Chan, reflect.Interface, reflect.UnsafePointer:
				return fmt.Errorf("%s.%s is a %s and has no literal", t, f.Name, f.Type.Kind())
			}
			if v.Field(i).IsZero() {
				continue
			}
			if n > 0 {
				b.WriteString(", ")
			}
			n++
			b.WriteString(f.Name + ": ")
			if err := write(b, v.Field(i), false); err != nil {
				return err
			}
		}
		b.WriteByte('}')
	default:
		return fmt.Errorf("%s has no literal", t)
	}
	return nil
}

// typed converts a basic literal to its named type, when it has one:
// role.Kind("soft"), not "soft", where the type matters.
func typed(t reflect.Type, lit string) string {
	if t.PkgPath() == "" {
		return lit
	}
	return t.String() + "(" + lit + ")"
}
