package values

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"

	"github.com/jobdesc/jobdesc/internal/finding"
	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/strictyaml"
	"github.com/jobdesc/jobdesc/internal/usertext"
)

// A Layer is what one source says of the values: the keys it gives,
// nested as in a values file. One rule merges every layer (the config
// file, -f files, a batch's defaults and entry, the environment, --set
// and flags): a key a higher layer gives wins, key by key, and a key it
// gives as nil is cleared, whatever lower layers said of it. Two maps
// merge key by key; any other pair of values, the higher replaces whole
// (a list, or a per-language map over a plain text).
type Layer struct {
	Values map[string]any
	// Where places a key path where the user wrote it: in a file, its
	// file, line and column (and entry of a batch file); outside files,
	// File names the variable or flag ("JOBDESC_SALARY_MIN", "--set
	// salary.min") and there is no line. Nil for the built-in defaults.
	Where func(path string) finding.Location
	// Usage marks the command line and the environment: a bad value
	// there is a usage error.
	Usage bool
}

// Set gives key path ("salary.min", "company.about.en") the value val;
// nil clears it.
func (l *Layer) Set(key string, val any) {
	if l.Values == nil {
		l.Values = map[string]any{}
	}
	m := l.Values
	for {
		p, rest, nested := strings.Cut(key, ".")
		if !nested {
			m[key] = val
			return
		}
		sub, ok := m[p].(map[string]any)
		if !ok {
			sub = map[string]any{}
			m[p] = sub
		}
		m, key = sub, rest
	}
}

// YAMLLayer is the layer a values mapping of a YAML document gives (a
// values file, a batch's defaults or entry), once strictly decoded: the
// keys it holds, a key given no value (null, ~ or nothing) clearing what
// lower layers said. drop lists keys that are not values (role, name).
func YAMLLayer(n *yaml.Node, where func(path string) finding.Location, drop ...string) (Layer, error) {
	m, ok := nodeValue(n, "").(map[string]any)
	if !ok {
		return Layer{}, fmt.Errorf("expected a mapping of values")
	}
	for _, k := range drop {
		delete(m, k)
	}
	return Layer{Values: m, Where: where}, nil
}

// nodeValue is what the node of key path holds, as a layer keeps it: a
// number for a numeric key, nil for no value, and for any other key the
// scalar's text as written: "reference: 00123" is 00123, not the octal
// 83, "1.50" stays 1.50, a date stays "2027-01-15". The caller decoded
// the node strictly, so aliases are bounded and keys are unique.
func nodeValue(n *yaml.Node, path string) any {
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return nil
		}
		return nodeValue(n.Content[0], path)
	case yaml.AliasNode:
		return nodeValue(n.Alias, path)
	case yaml.MappingNode:
		m := make(map[string]any, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i].Value
			m[k] = nodeValue(n.Content[i+1], joinPath(path, k))
		}
		return m
	case yaml.SequenceNode:
		l := make([]any, len(n.Content))
		for i, c := range n.Content {
			l[i] = nodeValue(c, path)
		}
		return l
	}
	if n.Tag == "!!null" {
		return nil
	}
	switch t := keyKinds()[sectionKey(path)]; {
	case t == nil || t.Kind() != reflect.Float64 && t.Kind() != reflect.Int:
		return n.Value
	case n.Tag == "!!int":
		var i int
		if n.Decode(&i) == nil {
			return i
		}
		fallthrough // past an int's range: the amount's check says so
	case n.Tag == "!!float":
		var f float64
		if n.Decode(&f) == nil {
			return f
		}
	}
	return n.Value
}

// Problem is something wrong with the merged values, located at the
// layer that gave the value.
type Problem struct {
	At  finding.Location // zero for a built-in default
	Msg string
	// Path is the value's key path ("salary.min"), for a caller that
	// places problems itself.
	Path  string
	Usage bool
	// Layer is the index of the layer that gave the value, in merge
	// order; -1 when none did.
	Layer int
}

func (p Problem) Error() string {
	return (&finding.LocatedError{At: p.At, Err: errors.New(p.Msg)}).Error()
}

// Problems are all the problems found; they print on one line.
type Problems []Problem

func (ps Problems) Error() string {
	msgs := make([]string, len(ps))
	for i, p := range ps {
		msgs[i] = p.Error()
	}
	return strings.Join(strictyaml.Limit(msgs, 0), "; ")
}

// Usage reports whether every problem comes from the command line or the
// environment.
func (ps Problems) Usage() bool {
	for _, p := range ps {
		if !p.Usage {
			return false
		}
	}
	return len(ps) > 0
}

// Merge applies the layers in order, lowest first, decodes the result
// into Values once and checks them. Each problem names the layer, and the
// place in it, that gave the value. The layers' seniorities sections
// apply; their roles sections do not (MergeFor).
func Merge(layers ...Layer) (Set, Problems) { return MergeFor(nil, layers...) }

// MergeFor is Merge for a posting of role ro: each layer's sections for
// that role and the posting's seniority apply over its own values
// (ForPosting). A problem's Layer is the index in layers of the layer
// whose values or sections gave the value.
func MergeFor(ro *role.Role, layers ...Layer) (Set, Problems) {
	return MergeKeysFor(ro, nil, layers...)
}

// MergeKeysFor is MergeFor of the top-level keys given only (all of
// them when keys is nil): what a pass that needs a few values of many
// postings merges, each layer's other values left out once its sections
// have applied, and only the kept values checked.
func MergeKeysFor(ro *role.Role, keys []string, layers ...Layer) (Set, Problems) {
	expanded, from := ForPosting(ro, layers)
	if keys != nil {
		for i, l := range expanded {
			kept := make(map[string]any, len(keys))
			for _, k := range keys {
				if v, ok := l.Values[k]; ok {
					kept[k] = v
				}
			}
			expanded[i].Values = kept
		}
	}
	v, ps := merge(expanded...)
	for i := range ps {
		if ps[i].Layer >= 0 {
			ps[i].Layer = from[ps[i].Layer]
		}
	}
	return v, ps
}

func merge(layers ...Layer) (Set, Problems) {
	m := map[string]any{}
	for i, l := range layers {
		mergeMap(m, l.Values, "", i, nil)
	}
	where := giver(layers)
	coded := takeCodes(m)
	var v Set
	if path, err := decodeValue(reflect.ValueOf(&v).Elem(), m, ""); err != nil {
		p := where(path)
		p.Msg = err.Error()
		return Set{}, Problems{p}
	}
	v.Normalize()
	var ps Problems
	// An amount typed with its code ("12 JPY") gives the currency, or
	// must agree with the one given.
	for _, c := range coded {
		switch {
		case v.Salary.Currency == "":
			v.Salary.Currency = c.Currency
		case v.Salary.Currency != c.Currency:
			p := where(c.path)
			cur := where("salary.currency")
			from := ""
			if at := cur.At.String(); at != "" {
				from = " (" + at + ")"
			}
			p.Msg = fmt.Sprintf("%s %s %s is not in salary.currency %s%s; use one currency, or give the amount without its code", c.path, Number(c.Value), c.Currency, v.Salary.Currency, from)
			ps = append(ps, p)
		}
	}
	if len(ps) > 0 {
		return v, ps
	}
	for _, c := range v.Check() {
		p := where(c.Path)
		p.Msg = c.Msg
		if p.Usage {
			// "--set salary.min: expected…", not "--set salary.min: salary.min: expected…"
			p.Msg = strings.TrimPrefix(p.Msg, c.Path+": ")
		}
		ps = append(ps, p)
	}
	return v, ps
}

// giver returns where the merge of layers took each key path from: the
// problem a bad value there is, with no message yet.
func giver(layers []Layer) func(path string) Problem {
	// Which layer gave each path matters only for a problem: the merge
	// is done again, recording it, the first time one is asked for.
	var from map[string]int
	return func(path string) Problem {
		if from == nil {
			from = map[string]int{}
			for i, l := range layers {
				mergeMap(map[string]any{}, l.Values, "", i, from)
			}
		}
		i, ok := origin(from, path)
		if !ok {
			return Problem{Layer: -1, Path: path}
		}
		p := Problem{Usage: layers[i].Usage, Layer: i, Path: path}
		if layers[i].Where != nil {
			p.At = layers[i].Where(path)
		}
		return p
	}
}

// WhereFor is where the values of a posting of role ro took key path
// from, as MergeFor merges layers: a file's line, a flag or a variable;
// zero for a built-in default. It places a refusal that only the posting
// finds (a team too small for the posts the role manages, a text in
// another language) where the user wrote the value.
func WhereFor(ro *role.Role, path string, layers ...Layer) finding.Location {
	expanded, _ := ForPosting(ro, layers)
	return giver(expanded)(path).At
}

// codedAmount is an amount of the merged values typed with its currency.
type codedAmount struct {
	path string
	TypedAmount
}

// takeCodes replaces the salary amounts typed with their currency
// (from --set, the environment or CSV) by their numbers, and returns them.
func takeCodes(m map[string]any) []codedAmount {
	s, _ := m["salary"].(map[string]any)
	var out []codedAmount
	for _, k := range []string{"min", "max"} {
		if a, ok := s[k].(TypedAmount); ok {
			s[k] = a.Value
			out = append(out, codedAmount{"salary." + k, a})
		}
	}
	return out
}

// mergeMap puts src over dst, recording in from, unless it is nil, which
// layer gave each path. dst owns its maps: those of src are copied, never
// shared.
func mergeMap(dst, src map[string]any, prefix string, layer int, from map[string]int) {
	for k, sv := range src {
		path := ""
		if from != nil {
			path = joinPath(prefix, k)
		}
		sm, srcMap := sv.(map[string]any)
		dm, dstMap := dst[k].(map[string]any)
		if srcMap && dstMap {
			mergeMap(dm, sm, path, layer, from)
			continue
		}
		if from != nil {
			if dstMap {
				forget(from, path) // a subtree replaced whole
			}
			from[path] = layer
		}
		switch {
		case sv == nil:
			delete(dst, k)
		case srcMap:
			fresh := make(map[string]any, len(sm))
			mergeMap(fresh, sm, path, layer, from)
			dst[k] = fresh
		default:
			dst[k] = sv
		}
	}
}

// forget drops what lower layers gave under path, now replaced whole.
func forget(from map[string]int, path string) {
	for p := range from {
		if strings.HasPrefix(p, path+".") {
			delete(from, p)
		}
	}
}

// origin finds the layer that gave path: the path itself, else the
// highest layer that gave a key under it, else the nearest ancestor.
func origin(from map[string]int, path string) (int, bool) {
	path = strings.TrimSuffix(path[:indexOr(path, '[')], ".")
	if i, ok := from[path]; ok {
		return i, true
	}
	best := -1
	for p, i := range from {
		if strings.HasPrefix(p, path+".") && i > best {
			best = i
		}
	}
	if best >= 0 {
		return best, true
	}
	for {
		dot := strings.LastIndexByte(path, '.')
		if dot < 0 {
			return 0, false
		}
		path = path[:dot]
		if i, ok := from[path]; ok {
			return i, true
		}
	}
}

func indexOr(s string, c byte) int {
	if i := strings.IndexByte(s, c); i >= 0 {
		return i
	}
	return len(s)
}

func joinPath(prefix, key string) string {
	if prefix == "" {
		return key
	}
	return prefix + "." + key
}

var (
	textType     = reflect.TypeFor[ValueText]()
	textListType = reflect.TypeFor[TextList]()
)

// decodeValue fills v from merged layers. Every layer was checked when it
// was read, so a mismatch here is a layer read without its checks; the
// error says where.
func decodeValue(v reflect.Value, data any, path string) (string, error) {
	switch v.Type() {
	case textType:
		t := v.Addr().Interface().(*ValueText)
		if d, ok := data.(map[string]any); ok {
			return byLang(&t.ByLang, d, path, scalarText, "text")
		}
		return one(&t.All, data, path, scalarText, "text or a map of texts by language")
	case textListType:
		l := v.Addr().Interface().(*TextList)
		if d, ok := data.(map[string]any); ok {
			return byLang(&l.ByLang, d, path, textItems, "a list")
		}
		return one(&l.All, data, path, textItems, "a list or a map of lists by language")
	}
	switch v.Kind() {
	case reflect.Struct:
		d, ok := data.(map[string]any)
		if !ok {
			return path, fmt.Errorf("%s: expected a mapping", describe(path))
		}
		fields := valueFields(v.Type())
		for k, item := range d {
			idx, ok := fields[k]
			if !ok {
				return joinPath(path, k), fmt.Errorf("unknown key %s", usertext.Quote(joinPath(path, k)))
			}
			if at, err := decodeValue(v.Field(idx), item, joinPath(path, k)); err != nil {
				return at, err
			}
		}
	case reflect.String:
		text, ok := scalarText(data)
		if !ok {
			return path, fmt.Errorf("%s: expected text", path)
		}
		v.SetString(text)
	case reflect.Float64:
		switch n := data.(type) {
		case float64:
			v.SetFloat(n)
		case int:
			v.SetFloat(float64(n))
		default:
			return path, fmt.Errorf("%s: expected a number", path)
		}
	case reflect.Int:
		n, ok := data.(int)
		if !ok {
			return path, fmt.Errorf("%s: expected a whole number", path)
		}
		v.SetInt(int64(n))
	case reflect.Slice:
		list, ok := textItems(data)
		if !ok {
			return path, fmt.Errorf("%s: expected a list", path)
		}
		v.Set(reflect.ValueOf(list))
	}
	return "", nil
}

// one reads a value of a per-language key given for every language.
func one[T any](into *T, data any, path string, read func(any) (T, bool), want string) (string, error) {
	v, ok := read(data)
	if !ok {
		return path, fmt.Errorf("%s: expected %s", path, want)
	}
	*into = v
	return "", nil
}

// byLang reads the map of a per-language key, a language at a time.
func byLang[T any](into *map[string]T, d map[string]any, path string, read func(any) (T, bool), want string) (string, error) {
	*into = make(map[string]T, len(d))
	for lang, item := range d {
		v, ok := read(item)
		if !ok {
			at := joinPath(path, lang)
			return at, fmt.Errorf("%s: expected %s", at, want)
		}
		(*into)[lang] = v
	}
	return "", nil
}

func describe(path string) string {
	if path == "" {
		return "values"
	}
	return path
}

// scalarText reads a scalar as text: values files may write numbers as
// text (reference: 2026).
func scalarText(d any) (string, bool) {
	switch s := d.(type) {
	case string:
		return s, true
	case int:
		return strconv.Itoa(s), true
	case float64:
		return strconv.FormatFloat(s, 'f', -1, 64), true
	}
	return "", false
}

func textItems(d any) ([]string, bool) {
	switch items := d.(type) {
	case []string:
		return items, true
	case []any:
		out := make([]string, len(items))
		for i, item := range items {
			s, ok := scalarText(item)
			if !ok {
				return nil, false
			}
			out[i] = s
		}
		return out, true
	}
	return nil, false
}

// valueFields maps the keys of a values struct to its fields.
func valueFields(t reflect.Type) map[string]int { return structFields()[t] }

// structFields is valueFields of every struct of Values, built once.
var structFields = sync.OnceValue(func() map[reflect.Type]map[string]int {
	all := map[reflect.Type]map[string]int{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		fields := make(map[string]int, t.NumField())
		for i := range t.NumField() {
			f := t.Field(i)
			fields[f.Tag.Get("yaml")] = i
			if f.Type.Kind() == reflect.Struct && f.Type != textType && f.Type != textListType {
				walk(f.Type)
			}
		}
		all[t] = fields
	}
	walk(reflect.TypeFor[Set]())
	return all
})

// keyKinds maps every value key path ("company.name") to its type.
var keyKinds = sync.OnceValue(func() map[string]reflect.Type {
	keys := map[string]reflect.Type{}
	var walk func(t reflect.Type, prefix string)
	walk = func(t reflect.Type, prefix string) {
		for i := range t.NumField() {
			f := t.Field(i)
			key := joinPath(prefix, f.Tag.Get("yaml"))
			if f.Type.Kind() == reflect.Struct && f.Type != textType && f.Type != textListType {
				walk(f.Type, key)
				continue
			}
			keys[key] = f.Type
		}
	}
	walk(reflect.TypeFor[Set](), "")
	return keys
})

// Keys returns every value key path ("company.name"), sorted.
func Keys() []string {
	keys := make([]string, 0, len(keyKinds()))
	for k := range keyKinds() {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// UnknownKey says that key names no value, with the closest key; nil when
// it names one. It is not a usage error: where the key was written in a
// file that is not the run's own (a batch file), that file is at fault.
func UnknownKey(key string) error {
	if IsKey(key) {
		return nil
	}
	keys := Keys()
	msg := fmt.Sprintf("unknown key %s", usertext.Quote(key))
	if near := strictyaml.Closest(key, keys); near != "" {
		msg += fmt.Sprintf("; did you mean %q?", near)
	} else {
		msg += "; run 'jobdesc init' to see every key"
	}
	return errors.New(msg)
}

// PerLanguage reports whether key takes a text per language, so that
// key.fr and key.en are keys too.
func PerLanguage(key string) bool {
	t := keyKinds()[key]
	return t == textType || t == textListType
}

// IsKey reports whether key names a value: a key path, or a language of a
// per-language one ("company.about.en").
func IsKey(key string) bool {
	if _, ok := keyKinds()[key]; ok {
		return true
	}
	base, lang, ok := cutLang(key)
	return ok && PerLanguage(base) && lang != ""
}

// cutLang splits "company.about.en" into the key and the language.
func cutLang(key string) (base, lang string, ok bool) {
	i := strings.LastIndexByte(key, '.')
	if i < 0 {
		return "", "", false
	}
	for _, l := range role.Languages() {
		if key[i+1:] == l {
			return key[:i], l, true
		}
	}
	return "", "", false
}

// ParseText reads what an environment variable, --set or a CSV cell says
// of key, as a values file would hold it: a number for an amount ("38k€"
// and "38 000" too), a list from comma-separated items, text otherwise.
// "null" clears the key: ParseText returns nil. The error says what was
// expected and what came, for the caller to name its source.
func ParseText(key, text string) (any, error) {
	if text == "null" {
		return nil, nil
	}
	t, ok := keyKinds()[key]
	if !ok {
		base, _, isLang := cutLang(key)
		if !isLang || !PerLanguage(base) {
			return nil, fmt.Errorf("unknown key %s", usertext.Quote(key))
		}
		t = keyKinds()[base]
	}
	switch {
	case t == textType || t.Kind() == reflect.String:
		return text, nil
	case t == textListType || t.Kind() == reflect.Slice:
		return splitItems(text), nil
	case t.Kind() == reflect.Float64:
		// A currency typed with the amount must be one: "12abc" is a
		// mistake, not 12 ABC. (--salary reports an unknown currency itself.)
		a, err := ParseAmount(text)
		var refused *AmountError
		if errors.As(err, &refused) {
			return nil, err
		}
		if _, known := Scale(a.Currency); err != nil || a.Currency != "" && !known {
			return nil, fmt.Errorf("expected a number, got %s", usertext.Quote(text))
		}
		if a.Currency != "" {
			// Kept with its code, for Merge to hold it to salary.currency.
			return a, nil
		}
		return a.Value, nil
	case t.Kind() == reflect.Int:
		n, err := strconv.Atoi(strings.TrimSpace(text))
		if err != nil {
			return nil, fmt.Errorf("expected a whole number, got %s", usertext.Quote(text))
		}
		return n, nil
	}
	return nil, fmt.Errorf("unsupported key %s", usertext.Quote(key))
}

// splitItems reads a list given as one text (--set benefits=a,b, an
// environment variable, a CSV cell): comma-separated items, trimmed, with
// no empty item: "a, b,,c" is [a b c].
func splitItems(s string) []any {
	items := []any{}
	for item := range strings.SplitSeq(s, ",") {
		if item = strings.TrimSpace(item); item != "" {
			items = append(items, item)
		}
	}
	return items
}

// TypedAmount is an amount as a recruiter types it.
type TypedAmount struct {
	Value float64
	// Currency is the ISO code its symbol or code names, "" for none.
	Currency string
	// Thousands is set when it was written in thousands: "38k".
	Thousands bool
}

// ParseAmount reads an amount written the French or the English way:
// "38000", "38 000", "38 000 €", "38k€", "38 k€", "€38,000", "38,5k",
// "45000 EUR", "CHF 45'000". A number Go reads as is ("NaN", "1e19")
// passes through for the amount's own check to refuse.
//
// "38.000" is refused: a dot before three digits groups thousands in
// French and German writing and marks decimals in English, and a dinar
// has thousandths; either reading would print a wrong salary for someone,
// where an error costs a retype. A number too small for a float64
// ("1e-400") is refused rather than read as 0, which means no salary.
func ParseAmount(s string) (TypedAmount, error) {
	s = strings.TrimSpace(s)
	orig := s
	if n, err := strconv.ParseFloat(s, 64); err == nil && !dotThousands(s) {
		if strictyaml.Underflows(s, n) {
			return TypedAmount{}, &AmountError{fmt.Sprintf("amount %s is too small to be a salary; check the exponent", usertext.Quote(s))}
		}
		return TypedAmount{Value: n}, nil
	}
	bad := fmt.Errorf("expected an amount such as 38000, 38 000 € or 38k€, got %s", usertext.Quote(s))
	var a TypedAmount
	s = strings.NewReplacer("\u00a0", "", "\u202f", "", "\u2009", "", " ", "", "'", "", "’", "").Replace(s)
	for _, sym := range []struct{ s, code string }{{"€", "EUR"}, {"£", "GBP"}, {"$", "USD"}} {
		if rest, ok := strings.CutPrefix(s, sym.s); ok {
			s, a.Currency = rest, sym.code
		} else if rest, ok := strings.CutSuffix(s, sym.s); ok {
			s, a.Currency = rest, sym.code
		}
	}
	letters := func(s string, from int) bool {
		for _, c := range s[from:] {
			if c < 'A' || c > 'Z' && c < 'a' || c > 'z' {
				return false
			}
		}
		return true
	}
	if len(s) > 3 && a.Currency == "" && letters(s, len(s)-3) {
		s, a.Currency = s[:len(s)-3], strings.ToUpper(s[len(s)-3:])
	} else if len(s) > 3 && a.Currency == "" && letters(s[:3], 0) {
		s, a.Currency = s[3:], strings.ToUpper(s[:3])
	}
	if rest, ok := strings.CutSuffix(strings.ToLower(s), "k"); ok {
		s, a.Thousands = rest, true
	}
	if !a.Thousands && dotThousands(s) {
		return TypedAmount{}, &AmountError{fmt.Sprintf("ambiguous amount %s: a dot before three digits groups thousands in French or German and marks decimals in English; write %s, or %s", usertext.Quote(orig), strings.ReplaceAll(s, ".", ""), strings.Replace(s, ".", " ", 1))}
	}
	if n, err := strconv.ParseFloat(s, 64); err == nil {
		if strictyaml.Underflows(s, n) {
			return TypedAmount{}, &AmountError{fmt.Sprintf("amount %s is too small to be a salary; check the exponent", usertext.Quote(orig))}
		}
		a.Value = n
		if a.Thousands {
			a.Value = math.Round(n*1000*100) / 100
		}
		return a, nil
	}
	comma, dot := strings.LastIndexByte(s, ','), strings.LastIndexByte(s, '.')
	switch {
	case comma >= 0 && dot >= 0: // the last one is the decimal mark
		if comma > dot {
			s = strings.ReplaceAll(strings.ReplaceAll(s, ".", ""), ",", ".")
		} else {
			s = strings.ReplaceAll(s, ",", "")
		}
	case comma >= 0 && !a.Thousands && groupsOfThree(s, ','):
		s = strings.ReplaceAll(s, ",", "")
	case comma >= 0:
		s = strings.Replace(s, ",", ".", 1)
	case strings.Count(s, ".") > 1 && groupsOfThree(s, '.'):
		s = strings.ReplaceAll(s, ".", "")
	}
	n, err := strconv.ParseFloat(s, 64)
	if err != nil || strings.ContainsAny(s, "eEnNiIxXpP_") {
		return TypedAmount{}, bad
	}
	if a.Thousands {
		n = math.Round(n*1000*100) / 100
	}
	a.Value = n
	return a, nil
}

// AmountError is an amount that reads as a number but cannot be taken
// as one: its message says why, for the caller to name the source.
type AmountError struct{ Msg string }

func (e *AmountError) Error() string { return e.Msg }

// dotThousands reports an amount that reads as thousands grouped by a
// dot as well as decimals: one dot, one to three digits before it (not
// a lone 0) and three after: "38.000", "1.500"; not "38000.999" or
// "0.001".
func dotThousands(s string) bool {
	s = strings.TrimLeft(s, "+-")
	whole, frac, ok := strings.Cut(s, ".")
	return ok && len(whole) >= 1 && len(whole) <= 3 && whole[0] != '0' && len(frac) == 3 &&
		strings.Trim(whole+frac, "0123456789") == ""
}

// groupsOfThree reports whether s is digits grouped by three with sep:
// "38,000", "1,234,567".
func groupsOfThree(s string, sep byte) bool {
	parts := strings.Split(s, string(sep))
	for i, p := range parts {
		if p == "" || len(p) > 3 || i > 0 && len(p) != 3 {
			return false
		}
	}
	return len(parts) > 1
}

// PeriodCode returns the pay period a word names, in English or French:
// "year", "an", "mois"…
func PeriodCode(word string) (string, bool) {
	w := fold(word)
	for _, p := range PayPeriods {
		if w == p {
			return p, true
		}
	}
	code, ok := periodWords[w]
	return code, ok
}
