package batch

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/jobdesc/jobdesc/internal/finding"
	"github.com/jobdesc/jobdesc/internal/usertext"
	"github.com/jobdesc/jobdesc/internal/values"
)

// csvSource reads a CSV batch file a row at a time: a header row of value
// keys (role, name, lang, location.city, salary.min…), then one posting a
// row. An empty cell leaves the value to the config file, -f files and the
// environment.
type csvSource struct {
	file  string
	f     *os.File
	r     *csv.Reader
	opts  Options
	cols  []column
	total int
	rows  int
}

// column is what a header cell names: role, name, or a value's key
// (company.about.en for one language of a per-language value).
type column struct {
	key string
}

func openCSV(path string, f *os.File, o Options) (Source, error) {
	// Counting reads the whole file first: a file in another encoding
	// than the one given is refused before anything is written.
	rows, err := countRows(o.text(path, f))
	if err == nil {
		_, err = f.Seek(0, io.SeekStart)
	}
	if err != nil {
		f.Close()
		return nil, readErr(path, err)
	}
	br := bufio.NewReaderSize(o.text(path, f), 64<<10)
	s := &csvSource{file: path, f: f, opts: o, r: csv.NewReader(br), total: rows - 1}
	// A spreadsheet in a French locale separates cells with semicolons.
	if first, _ := br.Peek(4096); bytes.IndexByte(first, ';') >= 0 && !bytes.Contains(bytes.SplitN(first, []byte("\n"), 2)[0], []byte(",")) {
		s.r.Comma = ';'
	}
	s.r.FieldsPerRecord = -1
	s.r.ReuseRecord = true
	if err := s.readHeader(); err != nil {
		f.Close()
		return nil, err
	}
	if s.total > MaxPostings {
		f.Close()
		return nil, fmt.Errorf("%s: %d rows, over the limit of %d postings; split it into several batches", path, s.total, MaxPostings)
	}
	if s.total <= 0 {
		f.Close()
		return nil, fmt.Errorf("%s: no postings; add a row a posting under the header row", path)
	}
	return s, nil
}

// countRows counts the records of a CSV file without parsing them: line
// ends outside quotes, blank lines aside.
func countRows(r io.Reader) (int, error) {
	buf := make([]byte, 64<<10)
	rows, quoted, empty := 0, false, true
	for {
		n, err := r.Read(buf)
		for _, c := range buf[:n] {
			switch {
			case c == '"':
				quoted = !quoted
				empty = false
			case c == '\n' && !quoted:
				if !empty {
					rows++
				}
				empty = true
			case c != '\r':
				empty = false
			}
		}
		if err == io.EOF {
			if !empty {
				rows++
			}
			return rows, nil
		}
		if err != nil {
			return rows, err
		}
	}
}

func (s *csvSource) readHeader() error {
	header, err := s.r.Read()
	if err == io.EOF {
		return fmt.Errorf("%s: file is empty; expected a header row of value keys (role, name, lang, location.city…)", s.file)
	}
	if err != nil {
		return s.syntax(err)
	}
	seen := map[string]int{}
	for i, cell := range header {
		key := strings.TrimSpace(cell)
		line, col := s.r.FieldPos(i)
		at := fmt.Sprintf("%s:%d:%d: header", s.file, line, col)
		if first, dup := seen[key]; dup {
			return fmt.Errorf("%s: column %s is also column %d; keep one", at, usertext.Quote(key), first+1)
		}
		seen[key] = i
		c := column{key: key}
		if key != "role" && key != "name" {
			if err := values.UnknownKey(key); err != nil {
				return fmt.Errorf("%s: %w", at, err)
			}
		}
		s.cols = append(s.cols, c)
	}
	if _, ok := seen["role"]; !ok {
		return fmt.Errorf("%s:1: header: no role column; add one, with a role id on each row", s.file)
	}
	return nil
}

func (s *csvSource) syntax(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s:%d:%d: invalid CSV: %w", s.file, pe.Line, pe.Column, pe.Err)
	}
	return readErr(s.file, err)
}

func (s *csvSource) Len() int { return s.total }

func (s *csvSource) Next() (Job, error) {
	j, err := s.split()
	j.decoded()
	return j, err
}

// split reads a row: its role and file name, and its cells and their
// places, left for decode.
func (s *csvSource) split() (Job, error) {
	rec, err := s.r.Read()
	if err == io.EOF {
		s.f.Close()
		return Job{}, io.EOF
	}
	if err != nil {
		s.f.Close()
		return Job{}, s.syntax(err)
	}
	s.rows++
	j := Job{Seq: s.rows}
	line, _ := s.r.FieldPos(0)
	j.At = finding.Location{File: s.file, Line: line, Entry: j.Seq}
	if len(rec) != len(s.cols) {
		j.Err = fmt.Errorf("the row has %d cells and the header %d; check the separators and quotes", len(rec), len(s.cols))
		return j, nil
	}
	// The file name comes first: a row whose value is wrong still names
	// its file, which --prune then leaves alone.
	for i, c := range s.cols {
		switch c.key {
		case "role":
			j.Role = strings.TrimSpace(rec[i])
		case "name":
			j.Name = strings.TrimSpace(rec[i])
		}
	}
	if j.Name == "" {
		j.Name = fmt.Sprintf("%s-%d", j.Role, j.Seq)
	}
	// The record is the reader's, reused for the next row.
	r := &csvRow{src: s, cells: slices.Clone(rec), places: make([][2]int, len(rec))}
	for i := range rec {
		r.places[i][0], r.places[i][1] = s.r.FieldPos(i)
	}
	j.decode = r.decode
	return j, nil
}

// csvRow is a row read and not yet decoded: its cells, and the line and
// column of each.
type csvRow struct {
	src    *csvSource
	cells  []string
	places [][2]int
}

// decode parses the row's cells into the job's values, merged and
// checked; a bad value is placed at its cell.
func (r *csvRow) decode(j *Job) {
	s, row := r.src, j.At
	cell := func(i int) finding.Location {
		at := row
		at.Line, at.Col = r.places[i][0], r.places[i][1]
		return at
	}
	// An empty cell leaves the value to the other layers; "null" clears it.
	own := values.Layer{Values: map[string]any{}}
	for i, c := range s.cols {
		text := strings.TrimSpace(r.cells[i])
		if text == "" || c.key == "role" || c.key == "name" || !s.opts.keep(c.key) {
			continue
		}
		val, err := values.ParseText(c.key, text)
		if err != nil {
			j.At, j.Err = cell(i), fmt.Errorf("%s: %w", c.key, err)
			return
		}
		own.Set(c.key, val)
	}
	at := func(path string) finding.Location {
		for i, c := range s.cols {
			if c.key == path || path != "" && strings.HasPrefix(c.key, path+".") {
				return cell(i)
			}
		}
		return row
	}
	own.Where = at
	s.opts.prepare(j, []values.Layer{own}, at)
}
