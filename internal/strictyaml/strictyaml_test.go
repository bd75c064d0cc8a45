package strictyaml

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

type inner struct {
	Name string `yaml:"name"`
}

type embedded struct {
	Extra string `yaml:"extra"`
}

type sample struct {
	ID       string         `yaml:"id"`
	Count    int            `yaml:"count"`
	Ratio    float64        `yaml:"ratio"`
	On       bool           `yaml:"on"`
	Tags     []string       `yaml:"tags"`
	Inner    inner          `yaml:"inner"`
	Levels   map[int]string `yaml:"levels"`
	Ptr      *int           `yaml:"ptr"`
	embedded `yaml:",inline"`
}

func decode(t *testing.T, src string) (*sample, Positions, error) {
	t.Helper()
	doc, err := Parse("f.yaml", []byte(src))
	if err != nil {
		return nil, nil, err
	}
	var s sample
	pos, err := Decode("f.yaml", doc, &s)
	return &s, pos, err
}

// manyLines is head, then line formatted with 1 to n.
func manyLines(head, line string, n int) string {
	var b strings.Builder
	b.WriteString(head)
	for i := range n {
		fmt.Fprintf(&b, line, i+1)
	}
	return b.String()
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string // each a full line of the error
	}{
		{"empty file", "", []string{"f.yaml: file is empty; expected a YAML mapping"}},
		{"only a comment", "# nothing\n", []string{"f.yaml: file is empty; expected a YAML mapping"}},
		{"null document", "~\n", []string{"f.yaml:1:1: document is empty; expected a YAML mapping"}},
		{"invalid yaml", "id: [a\n", []string{"f.yaml:1: invalid YAML: did not find expected ',' or ']'"}},
		{"second document", "id: a\n---\nid: b\n", []string{"f.yaml:2:1: a second YAML document; keep one document per file"}},
		{"unknown key", "id: a\nnmae: x\n", []string{`f.yaml:2:1: unknown key "nmae"`}},
		{"unknown key with suggestion", "id: a\ncont: 1\n", []string{`f.yaml:2:1: unknown key "cont"; did you mean "count"?`}},
		{"nested unknown key", "inner:\n  nam: x\n", []string{`f.yaml:2:3: unknown key "nam"; did you mean "name"?`}},
		{"duplicate key", "id: a\nid: b\n", []string{`f.yaml:2:1: duplicate key "id" (first at line 1)`}},
		{"duplicate map key", "levels:\n  1: a\n  1: b\n", []string{`f.yaml:3:3: duplicate key "1" (first at line 2)`}},
		// past maxScanned keys the duplicates are found another way
		{"duplicate map key in a long mapping", manyLines("levels:\n", "  %d: x\n", 40) + "  7: y\n", []string{`f.yaml:42:3: duplicate key "7" (first at line 8)`}},
		{"wrong type list", "tags: abc\n", []string{`f.yaml:1:7: tags: expected a list, got "abc"`}},
		{"wrong type int", "count: many\n", []string{`f.yaml:1:8: count: expected a whole number, got "many"`}},
		{"wrong type mapping", "inner: [1]\n", []string{"f.yaml:1:8: inner: expected a mapping, got a list"}},
		{"bool as text", "id: true\n", []string{"f.yaml:1:5: id: expected text, got the boolean true; quote it"}},
		{"map key type", "levels:\n  one: a\n", []string{`f.yaml:2:3: levels.one: expected a whole number, got "one"`}},
		{"every problem at once", "nmae: x\ncount: x\ntags: y\n", []string{
			`f.yaml:1:1: unknown key "nmae"`,
			`f.yaml:2:8: count: expected a whole number, got "x"`,
			`f.yaml:3:7: tags: expected a list, got "y"`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := decode(t, tt.src)
			if err == nil {
				t.Fatal("no error")
			}
			got := strings.Split(err.Error(), "\n")
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("error:\n%s\nwant:\n%s", err, strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestDecodeValuesAndPositions(t *testing.T) {
	s, pos, err := decode(t, "id: a\ncount: 3\nratio: 2\non: true\ntags: [x, 'y']\ninner: {name: n}\nlevels: {1: one}\nptr: 0\nextra: e\n")
	if err != nil {
		t.Fatal(err)
	}
	if s.ID != "a" || s.Count != 3 || s.Ratio != 2 || !s.On || len(s.Tags) != 2 || s.Inner.Name != "n" || s.Levels[1] != "one" || s.Ptr == nil || *s.Ptr != 0 || s.Extra != "e" {
		t.Errorf("decoded %+v", s)
	}
	if p := pos["tags[1]"]; p != (Pos{5, 11}) {
		t.Errorf("tags[1] at %v, want 5:11", p)
	}
	if p := pos.Lookup("inner.name.missing"); p != (Pos{6, 15}) {
		t.Errorf("lookup falls back to the nearest ancestor: got %v", p)
	}
}

// tree accepts any nesting of lists, so a bomb made of lists decodes
// without a single type error and only the node budget can stop it.
type tree []tree

// A document parsed without the expansion check (a batch, checked a chunk
// at a time) still has the decoder's node budget.
func TestAliasBombFailsFast(t *testing.T) {
	// Nine levels of nine aliases: 9^9 (387 million) lists once expanded.
	var b strings.Builder
	b.WriteString("a0: &a0 [[], [], [], [], [], [], [], [], []]\n")
	for i := 1; i <= 9; i++ {
		ref := fmt.Sprintf("*a%d", i-1)
		fmt.Fprintf(&b, "a%d: &a%d [%s%s]\n", i, i, strings.Repeat(ref+", ", 8), ref)
	}
	doc, err := ParseUnbounded("bomb.yaml", []byte(b.String()), MaxSize)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]tree
	_, err = Decode("bomb.yaml", doc, &m)
	if err == nil || !strings.Contains(err.Error(), "expands to too many nodes") {
		t.Fatalf("alias bomb: got %v", err)
	}
}

func TestParseBoundsExpansion(t *testing.T) {
	long := strings.Repeat("x", 96<<10)
	aliases := func(n int) string { return strings.TrimSuffix(strings.Repeat("*a, ", n), ", ") }
	var nested strings.Builder
	nested.WriteString("l0: &l0 [a, a, a, a, a, a, a, a, a, a]\n")
	for i := 1; i <= 9; i++ {
		fmt.Fprintf(&nested, "l%d: &l%d [%s]\n", i, i, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*l%d, ", i-1), 10), ", "))
	}
	tests := []struct {
		name, doc string
		want      string // "" for no error
	}{
		// The report: one 96 KB text, 2,000 aliases of it (192 MB).
		{"one text many times", "about: &a " + long + "\nbenefits: [" + aliases(2000) + "]\n", "x.yaml:2:80: aliases expand this document past 1701216 bytes"},
		{"shared under the floor", "about: &a " + strings.Repeat("x", 1000) + "\nbenefits: [" + aliases(1000) + "]\n", ""},
		{"past the floor", "about: &a " + strings.Repeat("x", 1000) + "\nbenefits: [" + aliases(1100) + "]\n", "x.yaml:2:"},
		{"nested", nested.String(), "x.yaml:6:30: "},
		{"itself", "a: &a [*a]\n", "x.yaml:1:8: aliases expand"},
		{"no alias", "about: " + long + "\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("x.yaml", []byte(tt.doc))
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("got %v", err)
			case tt.want != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.want)):
				t.Fatalf("got %v, want %s…", err, tt.want)
			}
		})
	}
}

// expanded is what n expands to, walked the long way, stopping once past
// limit.
func expanded(n *yaml.Node, limit int64) int64 {
	if n.Kind == yaml.AliasNode {
		return expanded(n.Alias, limit)
	}
	s := int64(len(n.Value)) + 1
	for _, c := range n.Content {
		if s += expanded(c, limit); s > limit {
			return s
		}
	}
	return s
}

// FuzzExpansion checks the alias bound against a plain walk: a document
// Parse accepts expands to at most the limit, and one it refuses for its
// aliases expands past it.
func FuzzExpansion(f *testing.F) {
	f.Add([]byte("a: &a " + strings.Repeat("x", 2000) + "\nb: [" + strings.Repeat("*a, ", 600) + "*a]\n"))
	f.Add([]byte("a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b, {k: *a}]\n"))
	f.Add([]byte("a: &a [*a]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		limit := ExpansionLimit(len(data))
		doc, err := Parse("f.yaml", data)
		if err != nil {
			if strings.Contains(err.Error(), "aliases expand this document") {
				raw, err := ParseUnbounded("f.yaml", data, MaxSize)
				if err != nil {
					t.Fatalf("refused for its aliases, but does not parse: %v", err)
				}
				if !selfNamed(raw, map[*yaml.Node]bool{}, map[*yaml.Node]bool{}) && expanded(raw, limit) <= limit {
					t.Fatalf("refused, yet expands to at most %d bytes", limit)
				}
			}
			return
		}
		if s := expanded(doc, limit); s > limit {
			t.Fatalf("accepted, yet expands past %d bytes", limit)
		}
	})
}

// selfNamed reports an alias inside the node it names, which has no end.
func selfNamed(n *yaml.Node, open, done map[*yaml.Node]bool) bool {
	if open[n] {
		return true
	}
	if done[n] {
		return false
	}
	open[n] = true
	defer func() { delete(open, n); done[n] = true }()
	if n.Kind == yaml.AliasNode {
		return selfNamed(n.Alias, open, done)
	}
	for _, c := range n.Content {
		if selfNamed(c, open, done) {
			return true
		}
	}
	return false
}

func TestParseRefusesLargeFiles(t *testing.T) {
	_, err := Parse("big.yaml", make([]byte, MaxSize+1))
	var e *Error
	if !errors.As(err, &e) || !strings.Contains(e.Msg, "over the 1 MiB limit") {
		t.Fatalf("got %v", err)
	}
}

func TestClosest(t *testing.T) {
	tests := []struct{ word, want string }{
		{"comunity-manager", "community-manager"},
		{"webmastr", "webmaster"},
		{"zzzzzz", ""},
	}
	for _, tt := range tests {
		if got := Closest(tt.word, []string{"community-manager", "webmaster", "content-curator"}); got != tt.want {
			t.Errorf("Closest(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

// TestProblemCap: 100,000 unknown keys print MaxProblems lines and a
// count, not 100,000 lines.
func TestProblemCap(t *testing.T) {
	var b strings.Builder
	for i := range 100_000 {
		fmt.Fprintf(&b, "k%d: 1\n", i)
	}
	doc, err := ParseLimit("f.yaml", []byte(b.String()), 4<<20)
	if err != nil {
		t.Fatal(err)
	}
	var s sample
	_, err = Decode("f.yaml", doc, &s)
	if err == nil {
		t.Fatal("no error")
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != MaxProblems+1 || lines[len(lines)-1] != "… and 99950 more problems" {
		t.Errorf("%d lines, last %q", len(lines), lines[len(lines)-1])
	}
}

// TestLimitAcrossLists: lists merged from many files keep one cap.
func TestLimitAcrossLists(t *testing.T) {
	var all Errors
	for f := range 3 {
		var one Errors
		for i := range 40 {
			one = append(one, &Error{File: fmt.Sprintf("f%d.yaml", f), Line: i + 1, Msg: "bad"})
		}
		all = append(all, one...)
	}
	all = append(all, &Error{File: "g.yaml", more: 7})
	all.Sort()
	lines := strings.Split(all.Error(), "\n")
	if len(lines) != MaxProblems+1 || lines[MaxProblems] != "… and 77 more problems" || lines[0] != "f0.yaml:1: bad" {
		t.Errorf("%d lines: first %q, last %q", len(lines), lines[0], lines[len(lines)-1])
	}
	if got := Limit([]string{"a", "b"}, 1); strings.Join(got, "|") != "a|b|… and 1 more problem" {
		t.Errorf("Limit = %q", got)
	}
}

// shaped is a text or a map of texts, like posting.ValueText.
type shaped struct {
	All    string
	ByLang map[string]string
}

func (s *shaped) YAMLShape(k yaml.Kind) (any, string) {
	switch k {
	case yaml.ScalarNode:
		return &s.All, ""
	case yaml.MappingNode:
		return &s.ByLang, ""
	}
	return nil, "text or a map of texts"
}

// TestShaped: a type with several shapes decodes each strictly, and a
// wrong shape is located.
func TestShaped(t *testing.T) {
	type doc struct {
		A shaped   `yaml:"a"`
		B shaped   `yaml:"b"`
		L []shaped `yaml:"l"`
	}
	var d doc
	n, err := Parse("f.yaml", []byte("a: plain\nb: {fr: un, en: one}\nl: [x, {fr: y}]\n"))
	if err != nil {
		t.Fatal(err)
	}
	pos, err := Decode("f.yaml", n, &d)
	if err != nil || d.A.All != "plain" || d.B.ByLang["en"] != "one" || d.L[1].ByLang["fr"] != "y" || pos["b.fr"].Line != 2 {
		t.Fatalf("%v %+v %v", err, d, pos)
	}
	for text, want := range map[string]string{
		"a: [x]\n":            "f.yaml:1:4: a: expected text or a map of texts, got a list",
		"b: {fr: [x]}\n":      "f.yaml:1:9: b.fr: expected text, got a list",
		"b: {fr: x, fr: y}\n": `f.yaml:1:12: duplicate key "fr" (first at line 1)`,
		"a: true\n":           "f.yaml:1:4: a: expected text, got the boolean true; quote it",
	} {
		n, _ := Parse("f.yaml", []byte(text))
		if _, err := Decode("f.yaml", n, &doc{}); err == nil || err.Error() != want {
			t.Errorf("%q: got %v, want %s", text, err, want)
		}
	}
}
