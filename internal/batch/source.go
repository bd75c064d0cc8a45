package batch

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/jobdesc/jobdesc/internal/fileread"
	"github.com/jobdesc/jobdesc/internal/posting"
)

// MaxFileSize is the largest batch file read.
const MaxFileSize = 256 << 20

// Options say how a batch file's postings become jobs.
type Options struct {
	// Merge puts a posting's layers (the file's defaults, then the
	// posting's own values) over the run's values: config.Config.Apply.
	Merge func(layers ...posting.Values) posting.Values
	// Role reports an unknown role id; nil accepts every id.
	Role func(id string) error
}

// Open opens a batch file for reading as a stream: CSV when its name ends
// in .csv, else YAML. Problems with the file as a whole, and the size
// limits, are reported here, before anything is rendered.
func Open(path string, o Options) (Source, error) {
	f, err := fileread.Open(path, MaxFileSize, true)
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("batch file %s not found; check the --batch path", path)
	}
	if err != nil {
		return nil, err
	}
	if strings.EqualFold(filepath.Ext(path), ".csv") {
		return openCSV(path, f, o)
	}
	return openYAML(path, f, o)
}

// prepare turns a posting's own values into a job's: the file's layers
// under it, the run's over it, checked. at locates a value path ("" for
// the posting) as "file:line: posting N".
func (o *Options) prepare(j *Job, layers []posting.Values, at func(path string) string) {
	j.Where = at("")
	if j.Role == "" {
		j.Err = errors.New("no role; add role: ID to the entry")
		return
	}
	if o.Role != nil {
		if err := o.Role(j.Role); err != nil {
			j.Where, j.Err = at("role"), err
			return
		}
	}
	if o.Merge != nil {
		j.Values = o.Merge(layers...)
	} else {
		j.Values = posting.Overlay(posting.Values{}, layers...)
	}
	if ps := j.Values.Check(); len(ps) > 0 {
		msgs := make([]string, len(ps))
		for k, p := range ps {
			msgs[k] = p.Msg
		}
		j.Where, j.Err = at(ps[0].Path), errors.New(strings.Join(msgs, "; "))
	}
}
