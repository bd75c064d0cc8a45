// Package batch renders many postings into one folder: read as a stream
// from a batch file (YAML or CSV), rendered in parallel on all cores, each
// file written atomically as it is produced, files whose inputs did not
// change left untouched, and files the folder's manifest does not list (the
// user's own) never replaced. The manifest covers every completed file at
// every moment, and the folder is locked while a run writes into it.
package batch

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/jobdesc/jobdesc/internal/atomicfile"
	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/finding"
	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/internal/render"
	"github.com/jobdesc/jobdesc/internal/usertext"
	"github.com/jobdesc/jobdesc/internal/values"
)

// MaxPostings is the largest batch: a file with more postings fails before
// anything is written. The manifest keeps about 150 bytes per posting.
const MaxPostings = 1_000_000

// MaxErrors is how many failed postings a summary keeps, the first ones in
// batch order; the rest are only counted.
const MaxErrors = 50

// Job is one posting to render.
type Job struct {
	Name   string // output file name, without the runner's Ext
	Role   string
	Values values.Set
	// At places the job in what is reported: batch.yaml, line 12, posting 3.
	At finding.Location
	// Seq is the job's position in its batch, from 1; 0 lets Run number it.
	Seq int
	// Err is a problem found before rendering; the job only reports it.
	Err error
	// Page, when set, is given to the posting (its Page) before it is
	// rendered, and is part of the file's inputs.
	Page *posting.Page
	// decode, when set, is what is left to make the job: its values
	// parsed, merged and checked, which sets Values, At and Err.
	decode func(*Job)
}

// decoded finishes a job whose source left its values to decode.
func (j *Job) decoded() {
	if d := j.decode; d != nil {
		j.decode = nil
		d(j)
	}
}

// splitter is a Source that can leave each job's values to decode: the
// reader then only cuts the file into postings, in order, and the workers
// decode them in parallel. Read whole on the reader, a posting's values
// cost as much as a worker's rendering, and one reader capped the run.
type splitter interface {
	split() (Job, error)
}

// Source yields a batch's jobs in order, then io.EOF. Any other error
// ends the batch.
type Source interface {
	Next() (Job, error)
	// Len is the number of jobs, as known when the source was opened.
	Len() int
}

// Jobs is a Source over jobs already in memory.
func Jobs(jobs []Job) Source { return &sliceSource{jobs: jobs} }

type sliceSource struct{ jobs []Job }

func (s *sliceSource) Len() int { return len(s.jobs) }

func (s *sliceSource) Next() (Job, error) {
	if len(s.jobs) == 0 {
		return Job{}, io.EOF
	}
	j := s.jobs[0]
	s.jobs = s.jobs[1:]
	return j, nil
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
		return fmt.Errorf("invalid name %s: use letters, digits, dots, dashes and underscores", usertext.Quote(name))
	}
	return nil
}

// NotOwnedError is an existing file the folder's manifest does not list.
type NotOwnedError = atomicfile.NotOwnedError

// ChangedError is a file jobdesc wrote whose bytes are no longer those it
// wrote: someone edited it, and the edit is not lost unless forced.
type ChangedError = atomicfile.ChangedError

// Checker is what a run that writes nothing does with each posting: lint
// it, say. Check is called from several goroutines, with the job's
// posting and its bytes in the runner's format, or with why it could not
// be made (the job's own problem, an unknown role, a bad value). The
// bytes are the worker's: they are valid only during the call.
type Checker interface {
	Check(j Job, p *posting.Posting, out []byte, err error)
}

// Runner renders jobs into Dir, or hands each to Check: render --batch
// and lint --batch are the same reader, worker pool and per-worker cache
// of role bases, with a different last step.
type Runner struct {
	Catalog  *catalog.Catalog
	Renderer *render.Renderer
	// Check, when set, receives each posting instead of its file being
	// written: Dir, Ext, Force, Prune and Named do not apply, and nothing
	// is written.
	Check Checker
	Dir   string
	// StateDir is the folder of the manifest, its journal and the lock; ""
	// for Dir. A published folder keeps them elsewhere, out of reach of
	// whoever it is served to.
	StateDir string
	// Ext is appended to each job's name to make its file name.
	Ext string
	// Sub, when set, is the folder under Dir of the jobs' files; the
	// manifest names every file relative to Dir.
	Sub string
	// Finish, when set, runs once every job is done if the batch was read
	// to its end and not interrupted, before stale files are counted or
	// pruned: the files it writes through Files are recorded in the
	// manifest like the jobs', so they too are replaced only when jobdesc
	// wrote them and pruned once no run writes them.
	Finish func(f *Files) error
	// Force replaces existing regular files the manifest does not list,
	// and those it lists that changed since jobdesc wrote them.
	Force bool
	// Prune removes the files the manifest lists that no job of this run
	// names, when the run went to its end, each only while its bytes are
	// still those jobdesc wrote. Force does not widen it.
	Prune bool
	// Named says the job names were given on the command line (-o FILE):
	// any file name is accepted, and no file is stale.
	Named   bool
	Workers int
	// AllowUnsuitable renders roles at company sizes where they do not
	// exist instead of refusing them.
	AllowUnsuitable bool
	// Today dates what the run writes: the posted date of a job whose
	// values give none and whose file the manifest has no date for, and
	// the date a file's content changed.
	Today string
	// Repost dates every job that gives no posted date Today, as a new
	// publication, instead of the date the manifest kept.
	Repost bool
	// Listed, when set, is given each job whose file is written or found
	// as it should be, with its posting (resolved even when the file is
	// left as it was) and the dates the manifest keeps of it: when the
	// posting was first published and when the file's bytes last changed.
	// It is called from several goroutines, once per job.
	Listed func(j *Job, p *posting.Posting, posted, changed string)
	// Done counts finished jobs, for a progress display.
	Done atomic.Int64
}

// Summary is what a run did.
type Summary struct {
	Postings, Written, Unchanged, Failed int
	// Refused counts the postings jobdesc would not render because what
	// it would publish is wrong (a role the company's size lacks, a page
	// without its JSON-LD, a text in another language): not counted in
	// Failed; their errors are in Errors with the failures'.
	Refused int
	// Partial counts files whose write began and did not complete; none
	// of them is left on disk.
	Partial int
	// Kept counts failed postings whose file from an earlier run stays as
	// it was; their errors say which file.
	Kept int
	// Stale counts files the manifest lists that no job of this run names
	// and that were left in place; Pruned names those it removed, and Left
	// says, for each one prune did not remove, which and why.
	Stale  int
	Pruned []string
	Left   []string
	// NotPruned, when set, says why --prune removed nothing: a job failed
	// without a usable file name, so any stale file may be the one it meant.
	NotPruned string
	// Errors holds the first MaxErrors failures, in batch order.
	Errors []error
	// Interrupted says the run stopped early when its context ended.
	Interrupted bool
}

type outcome int

const (
	written outcome = iota
	unchanged
	failed
	partial // failed while writing
)

// refusal is an error saying jobdesc refuses to publish what it would
// render wrong, not that it could not render.
type refusal interface{ Refused() }

// IsRefused says whether err is a refusal: a posting that is not
// published because it would be wrong.
func IsRefused(err error) bool {
	var r refusal
	return errors.As(err, &r)
}

type task struct {
	job   Job
	name  string
	prev  entry
	owned bool
	// ahead is the posting produced, and recorded in the journal, with
	// the rest of its chunk: its bytes are out[:size] of the worker's
	// slab, once the chunk is produced.
	ahead   *posting.Posting
	aheadAt int
	entry   entry
}

// run is the state one Run shares between its goroutines.
type run struct {
	*Runner
	ledger *ledger
	// today is Today as the manifest keeps it.
	today  day
	common string
	stop   context.CancelCauseFunc
	mu     sync.Mutex
	s      Summary
	seqs   []int // of s.Errors
	// unnamed is the first job (in batch order) that failed without a
	// usable file name, 0 when none did.
	unnamed int
}

// Run renders every job of src and returns what happened. Jobs are read
// one at a time and run in parallel; each output is written as soon as it
// is rendered. When ctx ends, no new job starts, the jobs in flight finish,
// and Run returns context.Cause(ctx) with the summary so far. The manifest
// is up to date whenever Run returns, and on disk (through its journal)
// after each file, whatever stops the process.
func (r *Runner) Run(ctx context.Context, src Source) (Summary, error) {
	ctx, stop := context.WithCancelCause(ctx)
	defer stop(nil)
	ru := &run{Runner: r, stop: stop}
	ru.today, _ = parseDay(r.Today)
	if r.Check == nil {
		if err := os.MkdirAll(filepath.Join(r.Dir, r.Sub), 0o755); err != nil {
			return Summary{}, fmt.Errorf("cannot create %s: %w", filepath.Join(r.Dir, r.Sub), unwrapPath(err))
		}
		l, err := openLedger(r.Dir, r.StateDir)
		if err != nil {
			return Summary{}, err
		}
		ru.ledger, ru.common = l, r.Catalog.Fingerprint()+r.Renderer.Fingerprint()
	}
	workers := r.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	// Few hand-offs queued: the reader stays only a little ahead of the
	// workers, so an interrupt leaves little read and not started.
	tasks := make(chan []*task, workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			w := worker{run: ru, Resolver: Resolver{Catalog: r.Catalog, Renderer: r.Renderer, AllowUnsuitable: r.AllowUnsuitable}}
			for chunk := range tasks {
				for _, t := range chunk {
					t.job.decoded()
				}
				if ctx.Err() == nil {
					w.ahead(ctx, chunk)
				}
				for _, t := range chunk {
					if ctx.Err() != nil {
						continue // queued, not started
					}
					out, err := w.do(ctx, t)
					if cause := context.Cause(ctx); cause != nil && errors.Is(err, cause) {
						continue // abandoned by the interrupt, nothing written
					}
					ru.record(t, out, err)
				}
			}
		})
	}
	srcErr := ru.dispatch(ctx, src, tasks, perHandoff(src.Len(), workers))
	close(tasks)
	wg.Wait()

	s := ru.s
	cause := context.Cause(ctx)
	s.Interrupted = cause != nil
	var err error
	if l := ru.ledger; l != nil {
		complete := srcErr == nil && cause == nil
		if complete && r.Finish != nil {
			err = r.Finish(&Files{run: ru, ctx: ctx})
			complete = err == nil
		}
		if complete && !r.Named {
			stale := l.stale()
			switch {
			case r.Prune && ru.unnamed != 0:
				s.Stale = len(stale)
				s.NotPruned = fmt.Sprintf("posting %d failed without a usable file name", ru.unnamed)
			case r.Prune:
				s.Pruned, s.Left, err = l.prune(stale)
				s.Stale = len(s.Left)
			default:
				s.Stale = len(stale)
			}
		}
		if cerr := l.commit(); err == nil {
			err = cerr
		}
	}
	switch {
	case srcErr != nil:
		return s, srcErr
	case cause != nil:
		return s, cause
	}
	return s, err
}

// maxChunk is the most jobs handed to a worker at once.
const maxChunk = 32

// perHandoff is how many jobs of a batch of n a worker takes at a time:
// one at a time, a batch of postings that take microseconds each spent
// as much in waking workers as in rendering; a small batch still keeps
// every worker busy.
func perHandoff(n, workers int) int {
	return max(1, min(maxChunk, n/(8*workers)))
}

// dispatch reads the source and hands jobs to the workers until the
// source ends, fails, or ctx ends: one job first, then twice as many at
// each hand-off up to most, so that work starts at once.
func (ru *run) dispatch(ctx context.Context, src Source, tasks chan<- []*task, most int) error {
	size := 1
	chunk := make([]*task, 0, size)
	send := func() {
		if len(chunk) == 0 {
			return
		}
		select {
		case tasks <- chunk:
		case <-ctx.Done():
		}
		size = min(2*size, most)
		chunk = make([]*task, 0, size)
	}
	defer send()
	next := src.Next
	if s, ok := src.(splitter); ok {
		next = s.split
	}
	for seq := 1; ctx.Err() == nil; seq++ {
		j, err := next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if seq > MaxPostings {
			return fmt.Errorf("the batch has more than %d postings, the limit; split it into several batches", MaxPostings)
		}
		if j.Seq == 0 {
			j.Seq = seq
		}
		t, err := ru.claim(j)
		if err != nil {
			t.job.decoded()
			if ru.Check != nil {
				ru.Check.Check(j, nil, nil, err)
			}
			ru.record(t, failed, err)
			continue
		}
		if chunk = append(chunk, t); len(chunk) == size {
			send()
		}
	}
	return nil
}

// claim gives a job its file name; a name used twice fails the later job.
// A job that fails before rendering still claims its name, so that prune
// leaves its earlier file alone; the task is then returned with the error.
func (ru *run) claim(j Job) (*task, error) {
	t := &task{job: j}
	if ru.ledger == nil { // checked, not written
		return t, j.Err
	}
	nameErr := error(nil)
	if !ru.Named {
		nameErr = CheckName(j.Name)
	}
	if nameErr != nil {
		// The value at fault, when there is one, says more than the name.
		if t.job.decoded(); t.job.Err != nil {
			nameErr = t.job.Err
		}
		ru.mu.Lock()
		if ru.unnamed == 0 || j.Seq < ru.unnamed {
			ru.unnamed = j.Seq
		}
		ru.mu.Unlock()
		return t, nameErr
	}
	name := j.Name + ru.Ext
	if ru.Sub != "" {
		name = ru.Sub + "/" + name
	}
	prev, owned, first := ru.ledger.claim(name, j.Seq)
	if first != 0 {
		if t.job.decoded(); t.job.Err != nil {
			return t, t.job.Err
		}
		return t, fmt.Errorf("output %s is also the output of posting %d; give one of them another name", name, first)
	}
	t.name, t.prev, t.owned = name, prev, owned
	return t, j.Err
}

// record counts a finished job, keeping the first failures in batch order.
// A failed job whose file the manifest lists keeps that file as it was, and
// its error says so.
func (ru *run) record(t *task, out outcome, err error) {
	j := t.job
	var ce *ChangedError
	kept := out != written && out != unchanged && t.owned && !errors.As(err, &ce)
	if kept {
		err = fmt.Errorf("%w; %s keeps its earlier version", err, filepath.Join(ru.Dir, t.name))
	}
	ru.mu.Lock()
	defer ru.mu.Unlock()
	ru.s.Postings++
	if kept {
		ru.s.Kept++
	}
	switch {
	case out == written:
		ru.s.Written++
	case out == unchanged:
		ru.s.Unchanged++
	case out == failed && IsRefused(err):
		ru.s.Refused++
	default:
		ru.s.Failed++
	}
	if out != written && out != unchanged {
		if out == partial {
			ru.s.Partial++
		}
		if j.At != (finding.Location{}) {
			err = &finding.LocatedError{At: j.At, Err: err}
		}
		i, _ := slices.BinarySearch(ru.seqs, j.Seq)
		if i < MaxErrors {
			ru.seqs = slices.Insert(ru.seqs, i, j.Seq)
			ru.s.Errors = slices.Insert(ru.s.Errors, i, err)
			if len(ru.seqs) > MaxErrors {
				ru.seqs, ru.s.Errors = ru.seqs[:MaxErrors], ru.s.Errors[:MaxErrors]
			}
		}
	}
	ru.Done.Add(1)
}

// worker holds what one goroutine reuses between jobs.
type worker struct {
	*run
	buf bytes.Buffer
	// slab holds the files of a chunk produced ahead, one after the
	// other; lines, their journal lines.
	slab, lines []byte
	hash        []byte
	read        []byte
	// produced is the task whose posting is posting, rendered in buf,
	// and recorded as entry.
	produced *task
	posting  *posting.Posting
	entry    entry
	Resolver
}

// maxAhead bounds the bytes a worker produces ahead.
const maxAhead = 1 << 20

// ahead produces the files of a chunk's new names (those the manifest does
// not list, the whole of a first run), and records them in the journal
// with one write instead of one a file. A posting that fails is left to
// do, which produces it again and reports why.
func (w *worker) ahead(ctx context.Context, chunk []*task) {
	if w.Check != nil {
		return
	}
	w.slab, w.lines = w.slab[:0], w.lines[:0]
	var made []*task
	for _, t := range chunk {
		if t.owned || t.job.Err != nil {
			continue
		}
		if len(w.slab) > maxAhead {
			break // the rest one at a time: a chunk of huge postings
		}
		w.date(t)
		out, e, err := w.produce(ctx, t, w.inputHash(&t.job))
		if err != nil {
			continue
		}
		t.ahead, t.aheadAt, t.entry = w.posting, len(w.slab), e
		w.slab = append(w.slab, out...)
		w.lines = appendIntent(w.lines, t.name, e)
		made = append(made, t)
	}
	w.produced = nil
	if len(made) == 0 {
		return
	}
	if err := w.ledger.record(w.lines); err != nil {
		// Without the journal a written file could go unlisted: stop.
		w.stop(err)
		for _, t := range made {
			t.ahead = nil
		}
	}
}

// date gives a job that has no posted date the one it was first
// published, as long as its file is produced (re-dating it each run is
// artificial freshening), else today.
func (w *worker) date(t *task) {
	if t.job.Values.Posted == "" {
		t.job.Values.Posted = w.Today
		if t.owned && t.prev.Posted != 0 && !w.Repost {
			t.job.Values.Posted = t.prev.Posted.String()
		}
	}
}

func (w *worker) do(ctx context.Context, t *task) (outcome, error) {
	if w.Check != nil {
		return w.check(ctx, t)
	}
	if t.job.Err != nil {
		return failed, t.job.Err
	}
	path := filepath.Join(w.Dir, t.name)
	fresh := !t.owned
	// Produced and journaled with its chunk: created as it is.
	if t.ahead != nil {
		fresh = false
		w.posting = t.ahead
		out := w.slab[t.aheadAt : t.aheadAt+int(t.entry.Size)]
		if o, err := w.create(t, out, t.entry); !errors.Is(err, atomicfile.ErrExists) {
			return o, err
		}
		// The name was taken after all: what follows produces it again.
		t.ahead = nil
	}
	w.date(t)
	input := w.inputHash(&t.job)
	// A name the manifest does not know is, in a new folder, a file
	// that does not exist yet: it is rendered and created in one step,
	// which fails, changing nothing, when the name is taken after all.
	var out []byte
	if fresh {
		var e entry
		var err error
		if out, e, err = w.produce(ctx, t, input); err != nil {
			return failed, err
		}
		if o, err := w.create(t, out, e); !errors.Is(err, atomicfile.ErrExists) {
			return o, err
		}
	}
	info, err := w.ledger.root.Lstat(t.name)
	exists := err == nil
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return failed, fmt.Errorf("cannot read %s: %w", path, unwrapPath(err))
	}
	if exists && !info.Mode().IsRegular() {
		return failed, &atomicfile.NotRegularError{Path: path, Mode: info.Mode()}
	}
	if exists && !t.owned && !w.Force {
		return failed, &NotOwnedError{Path: path}
	}
	// The bytes are hashed, not dated, so a copy of the folder is
	// recognised too, and an edit to a file jobdesc wrote is seen.
	var onDisk [32]byte
	intact := false
	if exists {
		if onDisk, w.read, err = w.ledger.hash(t.name, w.read); err != nil {
			if errors.Is(err, errNotRegular) {
				return failed, fmt.Errorf("%s changed while jobdesc read it; run again", path)
			}
			return failed, fmt.Errorf("cannot read %s: %w", path, unwrapPath(err))
		}
		intact = t.owned && info.Size() == t.prev.Size && onDisk == t.prev.Sum
	}
	// The same inputs and the same bytes on disk: nothing to do.
	if intact && t.prev.Input == input {
		if w.Listed != nil {
			p, err := w.Resolve(&t.job)
			if err != nil {
				return failed, err
			}
			w.Listed(&t.job, p, cmp.Or(t.prev.Posted.String(), t.job.Values.Posted), cmp.Or(t.prev.Changed.String(), w.Today))
		}
		return unchanged, nil
	}
	out, e, err := w.produce(ctx, t, input)
	if err != nil {
		return failed, err
	}
	p := w.posting
	if exists && onDisk == e.Sum {
		if !t.owned || t.prev != e {
			w.ledger.done(t.name, e)
		}
		w.listed(t, p, e)
		return unchanged, nil
	}
	if exists && t.owned && !intact && !w.Force {
		return failed, &ChangedError{Path: path}
	}
	if !exists {
		return w.create(t, out, e)
	}
	if err := w.ledger.intend(t.name, e); err != nil {
		// Without the journal a written file could go unlisted: stop.
		w.stop(err)
		return failed, err
	}
	// Ownership was settled above: what is there may be replaced, and only
	// through the folder's root.
	if _, err = atomicfile.ReplaceIn(w.ledger.root, t.name, out, 0o644); err != nil {
		return partial, err
	}
	w.ledger.done(t.name, e)
	w.listed(t, p, e)
	return written, nil
}

// produce renders the posting of t, once for the job, into the worker's
// buffer, and returns its bytes with the manifest entry they make.
func (w *worker) produce(ctx context.Context, t *task, input [16]byte) ([]byte, entry, error) {
	if w.produced == t {
		return w.buf.Bytes(), w.entry, nil
	}
	w.produced = nil
	p, err := w.Resolve(&t.job)
	if err != nil {
		return nil, entry{}, err
	}
	w.buf.Reset()
	if err := w.Renderer.Render(ctx, &w.buf, p); err != nil {
		return nil, entry{}, err
	}
	out := w.buf.Bytes()
	// A posted date that does not read was refused by Resolve.
	posted, _ := parseDay(t.job.Values.Posted)
	e := entry{Input: input, Sum: sha256.Sum256(out), Size: int64(len(out)), Posted: posted, Changed: w.today}
	if t.owned && t.prev.Sum == e.Sum && t.prev.Changed != 0 {
		e.Changed = t.prev.Changed
	}
	w.produced, w.posting, w.entry = t, p, e
	return out, e, nil
}

// create writes out as the new file of t, recorded in the journal first;
// an *atomicfile.ExistsError says the name was taken, and nothing changed.
func (w *worker) create(t *task, out []byte, e entry) (outcome, error) {
	if t.ahead != nil {
		// Recorded in the journal with its chunk.
	} else if err := w.ledger.intend(t.name, e); err != nil {
		// Without the journal a written file could go unlisted: stop.
		w.stop(err)
		return failed, err
	}
	if err := w.ledger.folder.CreateNew(t.name, out, 0o644); err != nil {
		return partial, err
	}
	w.ledger.done(t.name, e)
	w.listed(t, w.posting, e)
	return written, nil
}

// listed gives the job's posting and its dates to Listed, when set.
func (w *worker) listed(t *task, p *posting.Posting, e entry) {
	if w.Listed != nil {
		w.Listed(&t.job, p, e.Posted.String(), e.Changed.String())
	}
}

// check renders a job's posting and hands it to the run's Checker.
func (w *worker) check(ctx context.Context, t *task) (outcome, error) {
	var p *posting.Posting
	err := t.job.Err
	if err == nil {
		// Checked as it would be published today, as a written one is dated.
		if t.job.Values.Posted == "" {
			t.job.Values.Posted = w.Today
		}
		p, err = w.Resolve(&t.job)
	}
	if err == nil {
		w.buf.Reset()
		err = w.Renderer.Render(ctx, &w.buf, p)
	}
	if cause := context.Cause(ctx); cause != nil && errors.Is(err, cause) {
		return failed, err // abandoned by the interrupt: not a finding
	}
	if err != nil {
		w.Check.Check(t.job, nil, nil, err)
		return failed, err
	}
	w.Check.Check(t.job, p, w.buf.Bytes(), nil)
	return written, nil
}

// Resolver builds the postings of jobs; the role part is resolved once
// for the postings that share it, as the posting package's Key says. One
// Resolver serves one goroutine.
type Resolver struct {
	Catalog  *catalog.Catalog
	Renderer *render.Renderer
	// AllowUnsuitable resolves roles at company sizes where they do not
	// exist instead of refusing them.
	AllowUnsuitable bool
	cache           map[posting.Key]*posting.Base
	readings        posting.Readings
}

// Resolve builds the posting of j, with its Page when it has one.
func (r *Resolver) Resolve(j *Job) (*posting.Posting, error) {
	key := posting.KeyOf(j.Role, j.Values)
	base, ok := r.cache[key]
	if !ok {
		res := posting.Resolver{Catalog: r.Catalog, Words: r.Renderer.Words(), AllowUnsuitable: r.AllowUnsuitable}
		var err error
		if base, err = res.Base(j.Role, j.Values); err != nil {
			return nil, err
		}
		if r.cache == nil {
			r.cache = map[posting.Key]*posting.Base{}
		}
		r.cache[key] = base
	}
	p, err := base.WithReadings(j.Values, &r.readings)
	if err == nil && j.Page != nil {
		p.Page = *j.Page
	}
	return p, err
}
