package batch

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/jobdesc/jobdesc/internal/fileread"
	"github.com/jobdesc/jobdesc/internal/finding"
	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/usage"
	"github.com/jobdesc/jobdesc/internal/values"
)

// MaxFileSize is the largest batch file read.
const MaxFileSize = 256 << 20

// Options say how a batch file's postings become jobs.
type Options struct {
	// Merge puts a posting's layers (the file's defaults, then the
	// posting's own values) between the run's files and its command line,
	// by the one rule, for the posting's role, and keeps the top-level
	// keys given (all when nil): config.Config.ApplyKeysFor. A problem's
	// Layer is the index of the posting's layer that gave the value, -1
	// for the run's.
	Merge func(roleID string, keys []string, layers ...values.Layer) (values.Set, values.Problems)
	// Role reports an unknown role id; nil accepts every id.
	Role func(id string) error
	// Encoding is the file's, as --encoding names it; "" for UTF-8 (or
	// UTF-16 with its byte-order mark).
	Encoding string
	// Keys, when set, are the only top-level keys of the values read
	// (their sub-keys with them), merged and checked by the same rule: a
	// pass that needs a few values of every posting (a site's first,
	// which needs its language, reference and closing date) skips
	// parsing, merging and checking the rest, and a problem in the rest
	// is left to the pass that reads it all.
	Keys []string
}

// keep says whether the posting's value at path (company.name) is read.
func (o *Options) keep(path string) bool {
	if o.Keys == nil {
		return true
	}
	top, _, _ := strings.Cut(path, ".")
	// A section for a role or a seniority may give a kept key.
	return top == values.RolesKey || top == values.SenioritiesKey || slices.Contains(o.Keys, top)
}

// text reads the batch file f as UTF-8 text, decoded from o.Encoding.
func (o *Options) text(path string, f io.Reader) io.Reader {
	return fileread.TextReader(f, path, fileread.Charset{Name: o.Encoding, Flag: true})
}

// readErr is the error of reading path: an encoding error says where it
// is itself.
func readErr(path string, err error) error {
	var enc *fileread.EncodingError
	if errors.As(err, &enc) {
		return err
	}
	return fmt.Errorf("%s: cannot read: %w", path, unwrapPath(err))
}

// Open opens a batch file for reading as a stream: CSV when its name ends
// in .csv, else YAML. Problems with the file as a whole, and the size
// limits, are reported here, before anything is rendered.
func Open(path string, o Options) (Source, error) {
	f, err := fileread.Open(path, MaxFileSize, true)
	if errors.Is(err, os.ErrNotExist) {
		return nil, usage.NotFound("batch file", path)
	}
	if err != nil {
		return nil, err
	}
	if strings.EqualFold(filepath.Ext(path), ".csv") {
		return openCSV(path, f, o)
	}
	return openYAML(path, f, o)
}

// prepare turns a posting's own layers into a job's values: the file's
// layers under them, the run's around them, checked. at locates a value
// path ("" for the posting): file, line, column, posting.
func (o *Options) prepare(j *Job, layers []values.Layer, at func(path string) finding.Location) {
	j.At = at("")
	if j.Role == "" {
		j.Err = errors.New("no role; add role: ID to the entry")
		return
	}
	if o.Role != nil {
		if err := o.Role(j.Role); err != nil {
			j.At, j.Err = at("role"), err
			return
		}
	}
	merge := o.Merge
	if merge == nil {
		merge = func(id string, keys []string, layers ...values.Layer) (values.Set, values.Problems) {
			return values.MergeKeysFor(&role.Role{ID: id}, keys, layers...)
		}
	}
	v, ps := merge(j.Role, o.Keys, layers...)
	if j.Values = v; len(ps) == 0 {
		return
	}
	// A value of the entry is located there; one of the file's defaults
	// or of the run (the environment, --set) says where it came from.
	own := len(layers) - 1
	if ps[0].Layer == own {
		j.At = at(ps[0].Path)
	}
	msgs := make([]string, len(ps))
	for k, p := range ps {
		msgs[k] = p.Error()
		if p.Layer == own && at(p.Path) == j.At {
			msgs[k] = p.Msg
		}
	}
	j.Err = errors.New(strings.Join(msgs, "; "))
}
