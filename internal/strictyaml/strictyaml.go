// Package strictyaml decodes one YAML document into Go values the way role,
// skills and values files need it: unknown keys, wrong types and duplicate
// keys are errors located at file:line:col, every one of them is collected,
// and alias expansion is bounded so a small hostile file cannot make the
// decoder walk billions of nodes.
package strictyaml

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"

	"github.com/jobdesc/jobdesc/internal/fileread"
	"github.com/jobdesc/jobdesc/internal/usertext"
)

// MaxSize is the largest file accepted; role and values files are a few KiB.
const MaxSize = fileread.MaxSize

// maxNodes bounds the nodes one decode may visit, aliases included. The
// whole shipped catalogue is a few thousand nodes.
const maxNodes = 20_000

// MaxProblems is how many problems one error lists, whatever found them
// (the decoder, the catalogue, value checks): a broken or hostile file
// must not flood the terminal. The rest are counted on a last line.
const MaxProblems = 50

// Pos is a position in a file, 1-based.
type Pos struct{ Line, Col int }

// Error is one problem in one file.
type Error struct {
	File      string
	Line, Col int
	Msg       string
	err       error // the cause, when an I/O error
	more      int   // > 0: not a problem but the count of those left out
}

func (e *Error) Unwrap() error { return e.err }

func (e *Error) Error() string {
	if e.more > 0 {
		return moreLine(e.more)
	}
	return Where(e.File, Pos{e.Line, e.Col}) + ": " + e.Msg
}

// Where names a place in a file: "file:line:col", or less when the
// position is not known.
func Where(file string, at Pos) string {
	switch {
	case at.Line > 0 && at.Col > 0:
		return fmt.Sprintf("%s:%d:%d", file, at.Line, at.Col)
	case at.Line > 0:
		return fmt.Sprintf("%s:%d", file, at.Line)
	}
	return file
}

// Errors collects every problem found; it prints one per line, at most
// MaxProblems of them.
type Errors []*Error

func (l Errors) Error() string {
	var lines []string
	more := 0
	for _, e := range l {
		more += e.more
		if e.more == 0 {
			lines = append(lines, e.Error())
		}
	}
	return strings.Join(Limit(lines, more), "\n")
}

// Limit is the one rule for long lists of problems: it keeps the first
// MaxProblems messages and ends with "… and N more problems", N counting
// the messages cut and the more already left out upstream.
func Limit(msgs []string, more int) []string {
	if len(msgs) > MaxProblems {
		more += len(msgs) - MaxProblems
		msgs = msgs[:MaxProblems:MaxProblems]
	}
	if more > 0 {
		msgs = append(msgs, moreLine(more))
	}
	return msgs
}

func moreLine(n int) string {
	if n == 1 {
		return "… and 1 more problem"
	}
	return fmt.Sprintf("… and %d more problems", n)
}

// Sort orders problems by file and position so output is deterministic;
// counts of problems left out go last.
func (l Errors) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i], l[j]
		if (a.more > 0) != (b.more > 0) {
			return b.more > 0
		}
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}

// Err returns nil for an empty list, so callers can return it directly.
func (l Errors) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Positions maps a field path ("missions[2].activities[0].fr") to where its
// value stands in the file.
type Positions map[string]Pos

// Lookup returns the position of path, or of its nearest ancestor that has one.
func (p Positions) Lookup(path string) Pos {
	for {
		if pos, ok := p[path]; ok {
			return pos
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			return p[""]
		}
		path = path[:i]
	}
}

// ReadFile reads name from fsys through the guarded reader: a regular
// file of at most limit bytes, never a device or a FIFO; file names it in
// errors. A missing file gives an error that matches fs.ErrNotExist.
func ReadFile(fsys fs.FS, name, file string, limit int64) ([]byte, error) {
	return ReadFileKnown(fsys, name, file, limit, nil)
}

// ReadFileKnown is ReadFile for a file whose bytes known may say are
// text already (fileread.ReadFSKnown).
func ReadFileKnown(fsys fs.FS, name, file string, limit int64, known func([]byte) bool) ([]byte, error) {
	data, err := fileread.ReadFSKnown(fsys, name, file, limit, known)
	var fe *fileread.Error
	if errors.As(err, &fe) {
		return nil, &Error{File: fe.File, Msg: fe.Msg, err: err}
	}
	return data, err
}

// OSFile splits a path of the file system into the fs.FS and name that
// ReadFile takes.
func OSFile(path string) (fs.FS, string) { return fileread.Named(path) }

// yamlLine reads the line out of the YAML parser's messages; compiled on
// first use, not at start-up.
var yamlLine = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^yaml: line (\d+): (.*)$`) })

// Parse reads data as exactly one YAML document of at most MaxSize bytes.
func Parse(file string, data []byte) (*yaml.Node, error) {
	if len(data) > MaxSize {
		return nil, &Error{File: file, Msg: fmt.Sprintf("file is %d bytes, over the 1 MiB limit; split it into smaller files", len(data))}
	}
	return ParseLimit(file, data, MaxSize)
}

// ParseLimit is Parse for files allowed to be larger, such as batch files.
func ParseLimit(file string, data []byte, limit int) (*yaml.Node, error) {
	doc, err := ParseUnbounded(file, data, limit)
	if err != nil {
		return nil, err
	}
	if err := CheckExpansion(file, doc, ExpansionLimit(len(data))); err != nil {
		return nil, err
	}
	return doc, nil
}

// ParseUnbounded is ParseLimit without the bound on what aliases expand
// to, for a reader that decodes a document in parts (a batch's postings,
// a chunk at a time): it must call CheckExpansion on each part before
// decoding it.
func ParseUnbounded(file string, data []byte, limit int) (*yaml.Node, error) {
	if len(data) > limit {
		return nil, &Error{File: file, Msg: fmt.Sprintf("file is %d bytes, over the %d MiB limit; split it into smaller files", len(data), limit>>20)}
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, &Error{File: file, Msg: "file is empty; expected a YAML mapping"}
		}
		return nil, syntaxError(file, err)
	}
	if len(doc.Content) == 0 || doc.Content[0].Tag == "!!null" {
		return nil, &Error{File: file, Line: doc.Line, Col: doc.Column, Msg: "document is empty; expected a YAML mapping"}
	}
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case errors.Is(err, io.EOF):
	case err != nil:
		return nil, syntaxError(file, err)
	default:
		return nil, &Error{File: file, Line: next.Line, Col: next.Column, Msg: "a second YAML document; keep one document per file"}
	}
	return &doc, nil
}

// Aliases let a small file stand for a large document (one long text
// repeated a thousand times): a document may expand to ExpansionFactor
// times its file's size, and to MinExpansion whatever its size, room
// enough for defaults shared through anchors.
const (
	ExpansionFactor = 16
	MinExpansion    = 1 << 20
)

// ExpansionLimit is the most bytes a document read from size bytes of
// YAML may expand to.
func ExpansionLimit(size int) int64 {
	return max(int64(size)*ExpansionFactor, MinExpansion)
}

// CheckExpansion measures what n expands to, each alias counting the
// size of what it names, and fails at the alias that takes it past limit
// bytes, before anything is decoded. Each anchored node is measured once,
// so the check costs one walk of the tree however the aliases nest.
func CheckExpansion(file string, n *yaml.Node, limit int64) error {
	m := measure{limit: limit, memo: map[*yaml.Node]int64{}}
	if m.size(n) <= limit {
		return nil
	}
	at := m.over
	if at == nil {
		at = n
	}
	return &Error{File: file, Line: at.Line, Col: at.Column, Msg: fmt.Sprintf("aliases expand this document past %d bytes (%d times the file, at least 1 MiB); repeat less through aliases or split the file", limit, ExpansionFactor)}
}

type measure struct {
	limit int64
	memo  map[*yaml.Node]int64 // sizes of anchored nodes
	over  *yaml.Node           // the node that took a total past limit
	last  *yaml.Node           // the alias met last, and how many so far
	seen  int
}

// size is what n expands to: a scalar counts its text and one byte (so
// that empty values count too), a collection its children, an alias
// what it names. Sizes stop growing past limit.
func (m *measure) size(n *yaml.Node) int64 {
	if n == nil {
		return 0
	}
	if n.Anchor != "" {
		if s, ok := m.memo[n]; ok {
			return s
		}
		m.memo[n] = m.limit + 1 // a node that holds itself has no end
	}
	var s int64
	if n.Kind == yaml.AliasNode {
		s = m.size(n.Alias)
		if s > m.limit && m.over == nil {
			m.over = n
		}
		m.last, m.seen = n, m.seen+1
	} else {
		s = int64(len(n.Value)) + 1
		for _, c := range n.Content {
			before := m.seen
			if s += m.size(c); s > m.limit {
				if m.over == nil {
					// The alias in c that tipped it over, or c itself.
					m.over = c
					if m.seen > before {
						m.over = m.last
					}
				}
				s = m.limit + 1
				break
			}
		}
	}
	if n.Anchor != "" {
		m.memo[n] = s
	}
	return s
}

func syntaxError(file string, err error) error {
	msg := err.Error()
	if m := yamlLine().FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return &Error{File: file, Line: line, Msg: "invalid YAML: " + m[2]}
	}
	return &Error{File: file, Msg: "invalid YAML: " + strings.TrimPrefix(msg, "yaml: ")}
}

// Decode fills v (a pointer) from the document and returns where each field
// stood. Every problem is collected; the returned error is an Errors.
func Decode(file string, doc *yaml.Node, v any) (Positions, error) {
	// Aliases aside, a document is walked once: the budget grows with its
	// size and only expansion can exhaust it.
	d := &decoder{file: file, pos: Positions{}, budget: maxNodes + 2*count(doc), reported: map[Pos]bool{}}
	d.decode(doc, reflect.ValueOf(v).Elem(), "")
	if d.more > 0 {
		d.errs = append(d.errs, &Error{File: file, more: d.more})
	}
	d.errs.Sort()
	return d.pos, d.errs.Err()
}

// count returns the nodes of a tree, not following aliases.
func count(n *yaml.Node) int {
	c := 1
	for _, child := range n.Content {
		c += count(child)
	}
	return c
}

// Shaped is a type whose value a file may write in more than one shape:
// a text for every language or a map of texts by language, say. For the
// kind of node met, YAMLShape returns a pointer to the field the node
// decodes into, strictly like any other; or nil and the shapes it takes,
// for the error ("expected text or a map of texts by language").
type Shaped interface {
	YAMLShape(kind yaml.Kind) (into any, want string)
}

var shapedType = reflect.TypeFor[Shaped]()

type decoder struct {
	file     string
	errs     Errors
	pos      Positions
	budget   int
	reported map[Pos]bool
	more     int // problems past MaxProblems, counted, not kept
	// fields are the keys of each struct type met, worked out once a
	// decode: a batch decodes the same types ten thousand times.
	fields map[reflect.Type]map[string][]int
}

func (d *decoder) fail(n *yaml.Node, format string, args ...any) {
	// A node reached again through an alias is reported once.
	at := Pos{n.Line, n.Column}
	if d.reported[at] {
		return
	}
	d.reported[at] = true
	if len(d.errs) >= MaxProblems {
		d.more++
		return
	}
	d.errs = append(d.errs, &Error{File: d.file, Line: n.Line, Col: n.Column, Msg: fmt.Sprintf(format, args...)})
}

func (d *decoder) decode(n *yaml.Node, v reflect.Value, path string) {
	if d.budget <= 0 {
		return
	}
	d.budget--
	if d.budget == 0 {
		d.fail(n, "document expands to too many nodes through aliases; simplify it")
		return
	}
	switch n.Kind {
	case yaml.DocumentNode:
		d.decode(n.Content[0], v, path)
		return
	case yaml.AliasNode:
		d.decode(n.Alias, v, path)
		return
	}
	if _, seen := d.pos[path]; !seen {
		d.pos[path] = Pos{n.Line, n.Column}
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return // an empty value counts as absent; required fields are checked later
	}
	if v.Kind() == reflect.Struct && reflect.PointerTo(v.Type()).Implements(shapedType) {
		into, want := v.Addr().Interface().(Shaped).YAMLShape(n.Kind)
		if into == nil {
			d.fail(n, "%s: expected %s, got %s", describePath(path), want, describe(n))
			return
		}
		d.decode(n, reflect.ValueOf(into).Elem(), path)
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		d.decode(n, v.Elem(), path)
	case reflect.Struct:
		d.decodeStruct(n, v, path)
	case reflect.Map:
		d.decodeMap(n, v, path)
	case reflect.Slice:
		d.decodeSlice(n, v, path)
	default:
		d.decodeScalar(n, v, path)
	}
}

func (d *decoder) decodeStruct(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind != yaml.MappingNode {
		d.fail(n, "%s: expected a mapping, got %s", describePath(path), describe(n))
		return
	}
	fields, ok := d.fields[v.Type()]
	if !ok {
		if d.fields == nil {
			d.fields = map[reflect.Type]map[string][]int{}
		}
		fields = structFields(v.Type())
		d.fields[v.Type()] = fields
	}
	seen := keysSeen(n)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		key := k.Value
		if prev := earlierKey(seen, n.Content[:i], k); prev != nil {
			d.fail(k, "duplicate key %s (first at line %d)", usertext.Quote(key), prev.Line)
			continue
		}
		idx, ok := fields[key]
		if !ok {
			d.fail(k, "unknown key %s%s", usertext.Quote(key), Suggest(key, fieldNames(fields), ""))
			continue
		}
		d.decode(val, v.FieldByIndex(idx), join(path, key))
	}
}

// maxScanned is the most nodes a mapping may have for its keys to be
// checked for duplicates by a scan of the earlier ones: a struct's
// mapping has a few dozen, for which a scan costs less than a map; a
// longer one (a hostile file's thousands of unknown keys) needs the map.
const maxScanned = 64

// keysSeen is the map earlierKey learns a mapping's keys in, or nil when
// a scan does better.
func keysSeen(n *yaml.Node) map[string]*yaml.Node {
	if len(n.Content) <= maxScanned {
		return nil
	}
	return make(map[string]*yaml.Node, len(n.Content)/2)
}

// earlierKey is the key node among a mapping's earlier pairs that reads
// as k does, or nil; seen, when not nil, holds those keys and learns k.
func earlierKey(seen map[string]*yaml.Node, pairs []*yaml.Node, k *yaml.Node) *yaml.Node {
	if seen != nil {
		prev, dup := seen[k.Value]
		if !dup {
			seen[k.Value] = k
		}
		return prev
	}
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i].Value == k.Value {
			return pairs[i]
		}
	}
	return nil
}

func (d *decoder) decodeMap(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind != yaml.MappingNode {
		d.fail(n, "%s: expected a mapping, got %s", describePath(path), describe(n))
		return
	}
	if v.IsNil() {
		v.Set(reflect.MakeMapWithSize(v.Type(), len(n.Content)/2))
	}
	seen := keysSeen(n)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if prev := earlierKey(seen, n.Content[:i], k); prev != nil {
			d.fail(k, "duplicate key %s (first at line %d)", usertext.Quote(k.Value), prev.Line)
			continue
		}
		key := reflect.New(v.Type().Key()).Elem()
		if k.Kind != yaml.ScalarNode || !d.scalar(k, key, join(path, k.Value)) {
			continue
		}
		elem := reflect.New(v.Type().Elem()).Elem()
		d.decode(val, elem, join(path, k.Value))
		v.SetMapIndex(key, elem)
	}
}

func (d *decoder) decodeSlice(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind != yaml.SequenceNode {
		d.fail(n, "%s: expected a list, got %s", describePath(path), describe(n))
		return
	}
	s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
	for i, item := range n.Content {
		d.decode(item, s.Index(i), fmt.Sprintf("%s[%d]", path, i))
	}
	v.Set(s)
}

func (d *decoder) decodeScalar(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind != yaml.ScalarNode {
		d.fail(n, "%s: expected %s, got %s", describePath(path), kindName(v.Kind()), describe(n))
		return
	}
	d.scalar(n, v, path)
}

// scalar sets v from a scalar node and reports whether it could.
func (d *decoder) scalar(n *yaml.Node, v reflect.Value, path string) bool {
	switch v.Kind() {
	case reflect.String:
		// Numbers are accepted as text (isco: 2432); booleans are not, since
		// an unquoted "no" or "yes" is almost always a mistake.
		if n.Tag == "!!bool" {
			d.fail(n, "%s: expected text, got the boolean %s; quote it", describePath(path), n.Value)
			return false
		}
		v.SetString(n.Value)
	case reflect.Int, reflect.Int64, reflect.Int32:
		i, err := strconv.ParseInt(n.Value, 10, 64)
		if n.Tag != "!!int" || err != nil {
			d.fail(n, "%s: expected a whole number, got %s", describePath(path), describe(n))
			return false
		}
		v.SetInt(i)
	case reflect.Float64:
		// YAML's own spellings (.nan, .inf, 0x1F) decode too, so that the
		// value's check says what is wrong with a NaN amount.
		var f float64
		err := n.Decode(&f)
		if (n.Tag != "!!int" && n.Tag != "!!float") || err != nil {
			d.fail(n, "%s: expected a number, got %s", describePath(path), describe(n))
			return false
		}
		if Underflows(n.Value, f) {
			// 0 would read as no value at all.
			d.fail(n, "%s: %s is too small for a number; check the exponent", describePath(path), n.Value)
			return false
		}
		v.SetFloat(f)
	case reflect.Bool:
		if n.Tag != "!!bool" {
			d.fail(n, "%s: expected true or false, got %s", describePath(path), describe(n))
			return false
		}
		v.SetBool(n.Value == "true")
	default:
		d.fail(n, "%s: unsupported type %s", describePath(path), v.Type())
		return false
	}
	return true
}

// Underflows reports a number written with a digit other than zero that
// a float64 reads as 0: "1e-400".
func Underflows(text string, n float64) bool {
	if n != 0 {
		return false
	}
	t := strings.ToLower(strings.TrimLeft(text, "+-"))
	digits, exp := "123456789", "e"
	if rest, ok := strings.CutPrefix(t, "0x"); ok {
		t, digits, exp = rest, "123456789abcdef", "p"
	}
	mantissa, _, _ := strings.Cut(t, exp)
	return strings.ContainsAny(mantissa, digits)
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func describePath(path string) string {
	if path == "" {
		return "document"
	}
	return path
}

func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	}
	switch n.Tag {
	case "!!int", "!!float":
		return "the number " + n.Value
	case "!!bool":
		return "the boolean " + n.Value
	}
	return usertext.Quote(n.Value)
}

func kindName(k reflect.Kind) string {
	switch k {
	case reflect.String:
		return "text"
	case reflect.Int, reflect.Int64, reflect.Int32:
		return "a whole number"
	case reflect.Float64:
		return "a number"
	case reflect.Bool:
		return "true or false"
	}
	return k.String()
}

// structFields maps each key to the field's index path; an embedded
// struct tagged ",inline" contributes its own keys.
func structFields(t reflect.Type) map[string][]int {
	fields := map[string][]int{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, opts, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if opts == "inline" && f.Type.Kind() == reflect.Struct {
			for k, idx := range structFields(f.Type) {
				fields[k] = append([]int{i}, idx...)
			}
			continue
		}
		if name == "" || name == "-" {
			continue
		}
		fields[name] = []int{i}
	}
	return fields
}

func fieldNames(fields map[string][]int) []string {
	names := make([]string, 0, len(fields))
	for name := range fields {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// Suggest is the end of an "unknown X" message: "; did you mean "near"?"
// when one of known is a plausible typo of key, else otherwise (a hint
// such as "; run 'jobdesc list' to see the role ids", or "").
func Suggest(key string, known []string, otherwise string) string {
	if s := Closest(key, known); s != "" {
		return fmt.Sprintf("; did you mean %q?", s)
	}
	return otherwise
}

// Closest returns the candidate nearest to word by edit distance, or "" when
// none is near enough to be a plausible typo.
func Closest(word string, candidates []string) string {
	best, bestDist := "", len(word)/3+2
	for _, c := range candidates {
		if d := distance(word, c); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
