package batch

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"

	"go.yaml.in/yaml/v3"

	"github.com/jobdesc/jobdesc/internal/fileread"
	"github.com/jobdesc/jobdesc/internal/finding"
	"github.com/jobdesc/jobdesc/internal/strictyaml"
	"github.com/jobdesc/jobdesc/internal/values"
)

// Entry is one posting of a YAML batch file: a role, an optional output
// name, and values of its own.
type Entry struct {
	Role       string `yaml:"role"`
	Name       string `yaml:"name"`
	values.Set `yaml:",inline"`
}

// head is a YAML batch file without its postings.
type head struct {
	Defaults values.Set `yaml:"defaults"`
	Postings []Entry    `yaml:"postings"` // decoded chunk by chunk
}

// chunkSize is how many postings are parsed and decoded at a time: the
// YAML node tree, several hundred bytes a node, exists for them only.
const chunkSize = 256

// maxAliasNodes bounds what aliases may add to a batch file's nodes.
const maxAliasNodes = 20_000

// yamlSource reads a YAML batch file's postings a chunk at a time.
//
// A block sequence under a top-level postings: key is cut, as text, at its
// items (lines starting with "- " at the items' indentation: no nested
// node, block scalar or plain continuation can start there), and each
// chunk of items is parsed alone, so memory holds one chunk's nodes, not
// the file's. A file the cut cannot take (flow-style postings, anchors or
// aliases in them, tabs) is parsed whole, and its nodes are dropped as its
// postings are decoded.
type yamlSource struct {
	file     string
	opts     Options
	defaults values.Layer
	total    int
	// Cut mode: the postings' text, from off on, at line.
	data     []byte
	off, end int
	line     int
	indent   int
	// Tree mode: the postings' nodes not yet decoded, and what each
	// chunk of them may expand to through aliases.
	items  []*yaml.Node
	expand int64
	// Cut mode: the chunks cut and being parsed, in file order, on other
	// cores while the workers render the one before.
	ahead []chan parsedChunk
	// The chunk being read, and the values each entry gives.
	chunk  []Entry
	layers []values.Layer
	pos    strictyaml.Positions
	offset int // added to the chunk's line numbers
	base   int // index of the chunk's first posting in the file
	next   int // in chunk
}

// parsedChunk is a chunk of a cut file, parsed and decoded.
type parsedChunk struct {
	chunk  []Entry
	layers []values.Layer
	pos    strictyaml.Positions
	offset int
	err    error
}

func openYAML(path string, f *os.File, o Options) (Source, error) {
	data, err := io.ReadAll(o.text(path, io.LimitReader(f, MaxFileSize+1)))
	f.Close()
	var enc *fileread.EncodingError
	if errors.As(err, &enc) {
		return nil, err
	}
	if err != nil {
		return nil, &strictyaml.Error{File: path, Msg: "cannot read: " + unwrapPath(err).Error()}
	}
	if len(data) > MaxFileSize {
		return nil, &strictyaml.Error{File: path, Msg: fmt.Sprintf("file is over the %d MiB limit; split it into several batches", MaxFileSize>>20)}
	}
	s := &yamlSource{file: path, opts: o}
	if sec, ok := findPostings(data); ok {
		err = s.openCut(data, sec)
	} else {
		err = s.openTree(data)
	}
	if err != nil {
		return nil, err
	}
	if s.total == 0 {
		return nil, &strictyaml.Error{File: path, Msg: "no postings; list them under postings:"}
	}
	if s.total > MaxPostings {
		return nil, &strictyaml.Error{File: path, Msg: fmt.Sprintf("%d postings, over the limit of %d; split it into several batches", s.total, MaxPostings)}
	}
	// The first chunk is decoded now, so a mistake in a small file stops
	// the run before anything is written.
	if err := s.load(); err != nil {
		return nil, err
	}
	return s, nil
}

// section is where a file's postings items stand.
type section struct {
	start, end int // byte offsets of the items' text
	line       int // line number of start
	indent     int
	items      int
}

// findPostings finds the block sequence of a top-level "postings:" key,
// and says whether it can be cut at its items.
func findPostings(data []byte) (section, bool) {
	var sec section
	line, off := 1, 0
	nextLine := func() []byte {
		end := bytes.IndexByte(data[off:], '\n')
		if end < 0 {
			end = len(data) - off
		} else {
			end++
		}
		l := data[off : off+end]
		off += end
		line++
		return l
	}
	for off < len(data) {
		l := nextLine()
		if key, rest, ok := bytes.Cut(bytes.TrimRight(l, "\r\n"), []byte(":")); ok && string(key) == "postings" {
			rest = bytes.TrimSpace(rest)
			if len(rest) > 0 && rest[0] != '#' {
				return sec, false // flow style, an anchor, a tag
			}
			sec.start, sec.line, sec.indent = off, line, -1
			break
		}
	}
	if sec.line == 0 {
		return sec, false
	}
	for sec.end = off; off < len(data); sec.end = off {
		l := bytes.TrimRight(nextLine(), "\r\n")
		text := bytes.TrimLeft(l, " ")
		ind := len(l) - len(text)
		if len(text) == 0 || text[0] == '#' {
			continue
		}
		if text[0] == '\t' {
			return sec, false
		}
		item := text[0] == '-' && (len(text) == 1 || text[1] == ' ')
		switch {
		case sec.indent < 0 && !item:
			return sec, false
		case sec.indent < 0:
			sec.indent = ind
			sec.items++
		case ind > sec.indent:
		case ind == sec.indent && item:
			sec.items++
		default:
			return sec, !hasAnchors(data[sec.start:sec.end])
		}
	}
	return sec, sec.indent >= 0 && !hasAnchors(data[sec.start:sec.end])
}

// hasAnchors reports anything that may be an anchor or an alias: a & or *
// starting a token. Text that only looks like one makes the file parse
// whole, which is slower, never wrong.
func hasAnchors(b []byte) bool {
	for i, c := range b {
		if (c == '&' || c == '*') && i+1 < len(b) && b[i+1] > ' ' {
			if i == 0 || bytes.IndexByte([]byte(" \t\n[{,:-"), b[i-1]) >= 0 {
				return true
			}
		}
	}
	return false
}

// openCut decodes the file with its postings' text blanked out (line
// numbers kept), then sets up the postings to be read a chunk at a time.
func (s *yamlSource) openCut(data []byte, sec section) error {
	h := make([]byte, 0, len(data)-(sec.end-sec.start)+bytes.Count(data[sec.start:sec.end], []byte("\n")))
	h = append(h, data[:sec.start]...)
	h = append(h, bytes.Repeat([]byte("\n"), bytes.Count(data[sec.start:sec.end], []byte("\n")))...)
	h = append(h, data[sec.end:]...)
	if err := s.decodeHead(h, nil); err != nil {
		return err
	}
	s.data, s.off, s.end, s.line, s.indent, s.total = data, sec.start, sec.end, sec.line, sec.indent, sec.items
	return nil
}

// openTree parses the whole file and keeps its postings' nodes.
func (s *yamlSource) openTree(data []byte) error {
	// Postings that share anchored defaults expand, together, to many
	// times the file: what aliases add is bounded per chunk, below, since
	// a chunk is what memory holds at a time, as for a file of the size
	// of this one, up to the 1 MiB of a values file (so at most 16 MiB a
	// chunk); the rest of the file is bounded as a document of its own.
	doc, err := strictyaml.ParseUnbounded(s.file, data, MaxFileSize)
	if err != nil {
		return err
	}
	s.expand = strictyaml.ExpansionLimit(min(len(data), strictyaml.MaxSize))
	root := doc.Content[0]
	var seq *yaml.Node
	if root.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(root.Content); i += 2 {
			if root.Content[i].Value == "postings" {
				seq = root.Content[i+1]
				root.Content = append(root.Content[:i:i], root.Content[i+2:]...)
				break
			}
		}
	}
	if err := strictyaml.CheckExpansion(s.file, doc, s.expand); err != nil {
		return err
	}
	if err := s.decodeHead(nil, doc); err != nil {
		return err
	}
	if seq == nil || seq.Tag == "!!null" {
		return nil
	}
	for seq.Kind == yaml.AliasNode {
		seq = seq.Alias
	}
	if seq.Kind != yaml.SequenceNode {
		return &strictyaml.Error{File: s.file, Line: seq.Line, Col: seq.Column, Msg: "postings: expected a list of postings"}
	}
	budget := 2*countNodes(seq) + maxAliasNodes
	if !expand(seq, &budget) {
		return &strictyaml.Error{File: s.file, Line: seq.Line, Col: seq.Column, Msg: "document expands to too many nodes through aliases; simplify it"}
	}
	s.items, s.total = seq.Content, len(seq.Content)
	return nil
}

// decodeHead decodes defaults (from text, or a parsed document).
func (s *yamlSource) decodeHead(data []byte, doc *yaml.Node) error {
	if doc == nil {
		var err error
		if doc, err = strictyaml.ParseLimit(s.file, data, MaxFileSize); err != nil {
			return err
		}
	}
	var h head
	pos, err := strictyaml.Decode(s.file, doc, &h)
	if err != nil {
		return err
	}
	// Each value on its own: the relations between values are checked
	// once the layers are merged.
	h.Defaults.Normalize()
	if ps := h.Defaults.CheckFields(); len(ps) > 0 {
		at := pos.Lookup("defaults." + ps[0].Path)
		return &strictyaml.Error{File: s.file, Line: at.Line, Col: at.Col, Msg: "defaults: " + ps[0].Msg}
	}
	s.defaults = values.Layer{}
	if n := mappingValue(doc, "defaults"); n != nil {
		where := func(path string) finding.Location {
			at := pos.Lookup("defaults." + path)
			return finding.Location{File: s.file, Line: at.Line, Col: at.Col}
		}
		if s.defaults, err = values.YAMLLayer(n, where); err != nil {
			return &strictyaml.Error{File: s.file, Line: n.Line, Col: n.Column, Msg: "defaults: " + err.Error()}
		}
	}
	return nil
}

// mappingValue is the node of key in a document's top mapping, nil when
// the key is absent.
func mappingValue(doc *yaml.Node, key string) *yaml.Node {
	root := doc
	if root.Kind == yaml.DocumentNode && len(root.Content) > 0 {
		root = root.Content[0]
	}
	if root.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		if root.Content[i].Value == key {
			return root.Content[i+1]
		}
	}
	return nil
}

func (s *yamlSource) Len() int { return s.total }

func (s *yamlSource) Next() (Job, error) {
	j, err := s.split()
	j.decoded()
	return j, err
}

// split takes the next posting of the chunk, parsed, and leaves its
// values to merge and check to decode.
func (s *yamlSource) split() (Job, error) {
	if s.next == len(s.chunk) {
		s.base += len(s.chunk)
		s.chunk, s.layers, s.pos, s.next = s.chunk[:0], s.layers[:0], nil, 0
		if err := s.load(); err != nil {
			return Job{}, err
		}
		if len(s.chunk) == 0 {
			return Job{}, io.EOF
		}
	}
	i := s.next
	e := &s.chunk[i]
	s.next++
	j := Job{Seq: s.base + i + 1, Role: e.Role, Name: e.Name}
	if j.Name == "" {
		j.Name = fmt.Sprintf("%s-%d", e.Role, j.Seq)
	}
	// What the chunk's decoding left is the job's now: the next chunk
	// replaces it.
	file, opts, defaults, own, pos, offset, seq := s.file, &s.opts, s.defaults, s.layers[i], s.pos, s.offset, j.Seq
	j.decode = func(j *Job) {
		at := func(path string) finding.Location {
			if path != "" {
				path = "." + path
			}
			line := pos.Lookup(fmt.Sprintf("[%d]%s", i, path)).Line + offset
			return finding.Location{File: file, Line: line, Entry: seq}
		}
		own.Where = at
		opts.prepare(j, []values.Layer{defaults, own}, at)
	}
	*e, s.layers[i] = Entry{}, values.Layer{} // drop the posting's strings
	return j, nil
}

// load decodes the next chunk of postings into s.chunk.
func (s *yamlSource) load() error {
	var c parsedChunk
	switch {
	case s.items != nil:
		n := min(chunkSize, len(s.items))
		doc := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Content: s.items[:n:n]}
		s.items = s.items[n:]
		if len(s.items) == 0 {
			s.items = nil
		}
		if err := strictyaml.CheckExpansion(s.file, doc, s.expand); err != nil {
			return err
		}
		c = decodeChunk(s.file, doc, 0, s.chunk, s.layers)
	case s.off < s.end || len(s.ahead) > 0:
		// Parsing and decoding cost about as much as rendering: done on
		// the reader alone, they capped a YAML batch at one core. The
		// next chunks are cut (cheap) and parsed on other goroutines,
		// as many ahead as there are cores, and taken in file order.
		for len(s.ahead) < max(1, runtime.GOMAXPROCS(0)) && s.off < s.end {
			start, line := s.off, s.line
			s.cutChunk()
			done := make(chan parsedChunk, 1)
			go func(text []byte) { done <- parseChunk(s.file, text, line) }(s.data[start:s.off])
			s.ahead = append(s.ahead, done)
		}
		c = <-s.ahead[0]
		s.ahead = s.ahead[1:]
		if s.off >= s.end && len(s.ahead) == 0 {
			s.data = nil // the last chunk: the text can go
		}
	default:
		return nil
	}
	if c.err != nil {
		return c.err
	}
	s.chunk, s.layers, s.pos, s.offset = c.chunk, c.layers, c.pos, c.offset
	return nil
}

// parseChunk parses and decodes the text of a chunk of a cut file, which
// starts at line of the file.
func parseChunk(file string, text []byte, line int) parsedChunk {
	doc, err := strictyaml.ParseLimit(file, text, MaxFileSize)
	if err != nil {
		return parsedChunk{err: shiftLines(err, line-1)}
	}
	return decodeChunk(file, doc, line-1, nil, nil)
}

// decodeChunk decodes a chunk's nodes into entries and the values each
// gives, reusing chunk and layers; offset is added to its line numbers.
func decodeChunk(file string, doc *yaml.Node, offset int, chunk []Entry, layers []values.Layer) parsedChunk {
	c := parsedChunk{chunk: chunk, layers: layers, offset: offset}
	pos, err := strictyaml.Decode(file, doc, &c.chunk)
	if err != nil {
		return parsedChunk{err: shiftLines(err, offset)}
	}
	c.pos = pos
	seq := doc
	if seq.Kind == yaml.DocumentNode {
		seq = seq.Content[0]
	}
	for _, item := range seq.Content {
		// The keys the entry gives, a key with no value clearing it.
		l, err := values.YAMLLayer(item, nil, "role", "name")
		if err != nil {
			return parsedChunk{err: shiftLines(&strictyaml.Error{File: file, Line: item.Line, Col: item.Column, Msg: err.Error()}, offset)}
		}
		c.layers = append(c.layers, l)
	}
	return c
}

// cutChunk moves s.off past the next chunkSize items.
func (s *yamlSource) cutChunk() {
	items := 0
	for s.off < s.end {
		nl := bytes.IndexByte(s.data[s.off:s.end], '\n')
		l := s.data[s.off:s.end]
		if nl >= 0 {
			l = l[:nl+1]
		}
		text := bytes.TrimLeft(l, " ")
		if len(l)-len(text) == s.indent && len(text) > 0 && text[0] == '-' && (len(text) == 1 || text[1] == ' ' || text[1] == '\n' || text[1] == '\r') {
			if items == chunkSize {
				return
			}
			items++
		}
		s.off += len(l)
		s.line++
	}
}

// shiftLines moves the line numbers of a chunk's errors to the file's.
func shiftLines(err error, by int) error {
	var list strictyaml.Errors
	var one *strictyaml.Error
	switch {
	case errors.As(err, &list):
		for _, e := range list {
			if e.Line > 0 {
				e.Line += by
			}
		}
	case errors.As(err, &one) && one.Line > 0:
		one.Line += by
	}
	return err
}

// countNodes counts a tree's nodes, not following aliases.
func countNodes(n *yaml.Node) int {
	c := 1
	for _, child := range n.Content {
		c += countNodes(child)
	}
	return c
}

// expand walks n as a decoder would, following aliases, and reports
// whether it stays within budget nodes.
func expand(n *yaml.Node, budget *int) bool {
	*budget--
	if *budget < 0 {
		return false
	}
	if n.Kind == yaml.AliasNode {
		return expand(n.Alias, budget)
	}
	for _, c := range n.Content {
		if !expand(c, budget) {
			return false
		}
	}
	return true
}
