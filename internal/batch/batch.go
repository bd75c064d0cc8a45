// Package batch renders many postings into one folder: in parallel on all
// cores, each file written atomically as it is produced, files whose inputs
// did not change left untouched, and files the folder's manifest does not
// list (the user's own) never replaced.
package batch

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/jobdesc/jobdesc/internal/atomicfile"
	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/internal/render"
	"github.com/jobdesc/jobdesc/internal/strictyaml"
)

// File is a batch file: values shared by every posting, and the postings.
type File struct {
	Defaults posting.Values `yaml:"defaults"`
	Postings []Entry        `yaml:"postings"`
}

// Entry is one posting of a batch file: a role, an optional output name,
// and values of its own.
type Entry struct {
	Role           string `yaml:"role"`
	Name           string `yaml:"name"`
	posting.Values `yaml:",inline"`
}

// maxBatch is the largest batch file read: some hundred thousand postings.
const maxBatch = 64 * strictyaml.MaxSize

// Read decodes a batch file strictly.
func Read(path string) (*File, strictyaml.Positions, error) {
	fsys, name := strictyaml.OSFile(path)
	data, err := strictyaml.ReadFile(fsys, name, path, maxBatch)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, fmt.Errorf("batch file %s not found; check the --batch path", path)
	}
	if err != nil {
		return nil, nil, err
	}
	doc, err := strictyaml.ParseLimit(path, data, maxBatch)
	if err != nil {
		return nil, nil, err
	}
	f := &File{}
	pos, err := strictyaml.Decode(path, doc, f)
	if err != nil {
		return nil, nil, err
	}
	if len(f.Postings) == 0 {
		return nil, nil, &strictyaml.Error{File: path, Msg: "no postings; list them under postings:"}
	}
	return f, pos, nil
}

// Job is one posting to render.
type Job struct {
	Name   string // output file name, without the format's extension
	Role   string
	Values posting.Values
	// Where names the job in errors: "batch.yaml:12: posting 3".
	Where string
	// Err is a problem found before rendering; the job only reports it.
	Err error
}

// CheckName refuses output names that could leave the folder: letters,
// digits, dots, dashes and underscores, starting with a letter or digit.
func CheckName(name string) error {
	ok := name != "" && len(name) <= 128
	for i := 0; ok && i < len(name); i++ {
		c := name[i]
		alnum := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
		ok = alnum || i > 0 && (c == '.' || c == '-' || c == '_')
	}
	if !ok {
		return fmt.Errorf("invalid name %q: use letters, digits, dots, dashes and underscores", name)
	}
	return nil
}

// Runner renders jobs into Dir.
type Runner struct {
	Catalog  *catalog.Catalog
	Renderer *render.Renderer
	Dir      string
	// Force replaces existing files the folder's manifest does not list.
	Force   bool
	Workers int
	// Done counts finished jobs, for a progress display.
	Done atomic.Int64
}

// Summary is what a run did.
type Summary struct {
	Written, Unchanged, Failed int
	Errors                     []error // in job order
}

// ManifestName is the file, in the output folder, that lists what jobdesc
// wrote there.
const ManifestName = ".jobdesc-manifest.json"

type manifest struct {
	Version int              `json:"version"`
	Files   map[string]entry `json:"files"`
}

type entry struct {
	Input   string `json:"input"` // hash of everything the file was made from
	Size    int64  `json:"size"`
	ModTime int64  `json:"mtime"`
}

type outcome int

const (
	written outcome = iota
	unchanged
	failed
)

type result struct {
	outcome outcome
	err     error
	name    string
	entry   entry
}

// Run renders every job and returns what happened. Jobs run in parallel;
// each output is written as soon as it is rendered.
func (r *Runner) Run(jobs []Job) (Summary, error) {
	if err := os.MkdirAll(r.Dir, 0o755); err != nil {
		return Summary{}, fmt.Errorf("cannot create %s: %w", r.Dir, err)
	}
	old, err := readManifest(r.Dir)
	if err != nil {
		return Summary{}, err
	}
	results := make([]result, len(jobs))
	claimNames(jobs, results, r.Renderer.Format().Ext)
	workers := r.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	common := r.Catalog.Fingerprint() + r.Renderer.Fingerprint()
	next := atomic.Int64{}
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := worker{Runner: r, old: old, common: common, cache: map[posting.Key]*posting.Base{}}
			for {
				i := int(next.Add(1)) - 1
				if i >= len(jobs) {
					return
				}
				if results[i].err == nil {
					results[i] = w.run(&jobs[i])
				}
				r.Done.Add(1)
			}
		}()
	}
	wg.Wait()

	var s Summary
	files, dirty := old.Files, !old.present
	for i, res := range results {
		switch res.outcome {
		case written:
			s.Written++
		case unchanged:
			s.Unchanged++
		default:
			s.Failed++
			s.Errors = append(s.Errors, fmt.Errorf("%s: %w", jobs[i].Where, res.err))
			continue
		}
		if prev, ok := files[res.name]; !ok || prev != res.entry {
			files[res.name], dirty = res.entry, true
		}
	}
	if dirty && len(files) > 0 {
		if err := writeManifest(r.Dir, manifest{Version: 1, Files: files}); err != nil {
			return s, err
		}
	}
	return s, nil
}

// claimNames gives each job its file name; a name used twice fails the
// later job.
func claimNames(jobs []Job, results []result, ext string) {
	seen := map[string]int{}
	for i := range jobs {
		j := &jobs[i]
		if j.Err != nil {
			results[i] = result{outcome: failed, err: j.Err}
			continue
		}
		if err := CheckName(j.Name); err != nil {
			results[i] = result{outcome: failed, err: err}
			continue
		}
		name := j.Name + ext
		if first, dup := seen[name]; dup {
			results[i] = result{outcome: failed, err: fmt.Errorf("output %s is also the output of %s; give one of them another name", name, jobs[first].Where)}
			continue
		}
		seen[name] = i
		results[i].name = name
	}
}

// worker holds what one goroutine reuses between jobs.
type worker struct {
	*Runner
	old    *loaded
	common string
	buf    bytes.Buffer
	cache  map[posting.Key]*posting.Base
}

func (w *worker) run(j *Job) result {
	name := j.Name + w.Renderer.Format().Ext
	path := filepath.Join(w.Dir, name)
	input := w.inputHash(j)
	prev, owned := w.old.Files[name]
	info, statErr := os.Lstat(path)
	exists := statErr == nil
	if exists && !owned && !w.Force {
		return result{outcome: failed, err: fmt.Errorf("%s exists and was not written by jobdesc; remove it, rename the posting, or pass --force", path)}
	}
	if exists && owned && prev.Input == input && info.Size() == prev.Size && info.ModTime().UnixNano() == prev.ModTime {
		return result{outcome: unchanged, name: name, entry: prev}
	}
	p, err := w.resolve(j)
	if err != nil {
		return result{outcome: failed, err: err}
	}
	w.buf.Reset()
	if err := w.Renderer.Render(&w.buf, p); err != nil {
		return result{outcome: failed, err: err}
	}
	out := w.buf.Bytes()
	if exists && info.Size() == int64(len(out)) {
		if same, _ := sameContent(path, out); same {
			return result{outcome: unchanged, name: name, entry: entry{Input: input, Size: info.Size(), ModTime: info.ModTime().UnixNano()}}
		}
	}
	// Ownership was settled above: what is there may be replaced.
	info, err = atomicfile.Write(path, out, 0o644, true)
	if err != nil {
		return result{outcome: failed, err: err}
	}
	return result{outcome: written, name: name, entry: entry{Input: input, Size: info.Size(), ModTime: info.ModTime().UnixNano()}}
}

// resolve builds the posting; the role part is resolved once per worker
// for the postings that share it, as the posting package's Key says.
func (w *worker) resolve(j *Job) (*posting.Posting, error) {
	key := posting.KeyOf(j.Role, j.Values)
	base, ok := w.cache[key]
	if !ok {
		res := posting.Resolver{Catalog: w.Catalog, Words: w.Renderer.Words()}
		var err error
		if base, err = res.Base(j.Role, j.Values); err != nil {
			return nil, err
		}
		w.cache[key] = base
	}
	return base.With(j.Values)
}

func (w *worker) inputHash(j *Job) string {
	h := sha256.New()
	h.Write([]byte(w.common))
	enc := json.NewEncoder(h)
	_ = enc.Encode(j.Role)
	_ = enc.Encode(j.Values)
	return hex.EncodeToString(h.Sum(nil)[:16])
}

func sameContent(path string, want []byte) (bool, error) {
	got, err := os.ReadFile(path)
	if err != nil {
		return false, err
	}
	return bytes.Equal(got, want), nil
}

type loaded struct {
	manifest
	present bool
}

func readManifest(dir string) (*loaded, error) {
	m := &loaded{manifest: manifest{Version: 1, Files: map[string]entry{}}}
	data, err := os.ReadFile(filepath.Join(dir, ManifestName))
	if errors.Is(err, os.ErrNotExist) {
		return m, nil
	}
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(data, &m.manifest); err != nil || m.Files == nil {
		return nil, fmt.Errorf("%s is damaged; remove it (jobdesc will then refuse to replace the files it listed unless you pass --force)", filepath.Join(dir, ManifestName))
	}
	m.present = true
	return m, nil
}

func writeManifest(dir string, m manifest) error {
	data, err := json.MarshalIndent(m, "", " ")
	if err != nil {
		return err
	}
	_, err = atomicfile.Write(filepath.Join(dir, ManifestName), append(data, '\n'), 0o644, true)
	return err
}
