package batch

import (
	"bufio"
	"cmp"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"

	"github.com/jobdesc/jobdesc/internal/atomicfile"
	"github.com/jobdesc/jobdesc/internal/usertext"
)

// Files writes, at the end of a run, files that are no job's own (a
// site's indexes and feeds, made from every job) into the run's folder
// and its manifest, under the rules the jobs' files follow: a file the
// manifest does not list, or that changed since jobdesc wrote it, is
// replaced only with Force; a file that would get the bytes it has is
// left untouched; each file is journalled before it is renamed into place.
// Write may run on several goroutines at once: a site streams its feeds
// while its lists are written.
type Files struct {
	run *run
	ctx context.Context
	// bufs are the buffers of the writes under way, reused from one file
	// to the next: a site writes hundreds of lists.
	bufs sync.Pool
	mu   sync.Mutex // n and the counts
	n    int
	// Wrote and Unchanged count the files Write wrote and left as they
	// were; read them once every Write has returned.
	Wrote, Unchanged int
}

// fileBufs are the buffers of one Write.
type fileBufs struct {
	bw   *bufio.Writer
	read []byte
}

func (f *Files) count(c *int) {
	f.mu.Lock()
	*c++
	f.mu.Unlock()
}

// Write writes name, a slash-separated path under the run's folder, with
// what fill writes (streamed to a temporary file, never held in memory),
// and says whether the file changed.
func (f *Files) Write(name string, fill func(w io.Writer) error) (bool, error) {
	if err := context.Cause(f.ctx); err != nil {
		return false, err
	}
	l := f.run.ledger
	path := filepath.Join(l.dir, filepath.FromSlash(name))
	if why := checkEntry(name); why != "" {
		return false, fmt.Errorf("cannot write %s: the name %s", usertext.Quote(name), why)
	}
	if why, err := l.checkParents(name, map[string]bool{}); err != nil || why != "" {
		return false, cmp.Or(err, fmt.Errorf("cannot write %s: its path %s", path, why))
	}
	// Claimed after every job, so a job's own file of that name (there is
	// none in a run whose jobs have a Sub) is the one kept.
	f.mu.Lock()
	f.n++
	seq := MaxPostings + f.n
	f.mu.Unlock()
	prev, owned, first := l.claim(name, seq)
	if first != 0 {
		return false, fmt.Errorf("%s is also the output of posting %d; give it another name", path, first)
	}
	if dir := filepath.Dir(name); dir != "." {
		if err := l.root.MkdirAll(dir, 0o755); err != nil {
			return false, fmt.Errorf("cannot create %s: %w", filepath.Join(l.dir, dir), unwrapPath(err))
		}
	}
	info, err := l.root.Lstat(name)
	exists := err == nil
	switch {
	case err != nil && !errors.Is(err, os.ErrNotExist):
		return false, fmt.Errorf("cannot read %s: %w", path, unwrapPath(err))
	case exists && !info.Mode().IsRegular():
		return false, &atomicfile.NotRegularError{Path: path, Mode: info.Mode()}
	case exists && !owned && !f.run.Force:
		return false, &NotOwnedError{Path: path}
	}

	tmp, file, err := atomicfile.CreateIn(l.root, name, 0o644)
	if err != nil {
		return false, fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))
	}
	renamed := false
	defer func() {
		if !renamed {
			l.root.Remove(tmp)
		}
	}()
	h := sha256.New()
	cw := &countWriter{w: io.MultiWriter(file, h)}
	b, _ := f.bufs.Get().(*fileBufs)
	if b == nil {
		b = &fileBufs{bw: bufio.NewWriterSize(cw, 64<<10)}
	}
	defer f.bufs.Put(b)
	bw := b.bw
	bw.Reset(cw)
	err = fill(bw)
	if err == nil {
		err = bw.Flush()
	}
	bw.Reset(nil)
	if cerr := file.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return false, fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))
	}
	e := entry{Size: cw.n, Changed: f.run.today}
	h.Sum(e.Sum[:0])
	if owned && prev.Sum == e.Sum && prev.Changed != 0 {
		e.Changed = prev.Changed
	}
	if exists {
		var onDisk [32]byte
		if onDisk, b.read, err = l.hash(name, b.read); err != nil {
			return false, fmt.Errorf("cannot read %s: %w", path, unwrapPath(err))
		}
		if onDisk == e.Sum {
			if !owned || prev != e {
				l.done(name, e)
			}
			f.count(&f.Unchanged)
			return false, nil
		}
		if owned && (info.Size() != prev.Size || onDisk != prev.Sum) && !f.run.Force {
			return false, &ChangedError{Path: path}
		}
	}
	if err := l.intend(name, e); err != nil {
		return false, err
	}
	if err := l.root.Rename(tmp, name); err != nil {
		return false, fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))
	}
	renamed = true
	l.done(name, e)
	f.count(&f.Wrote)
	return true, nil
}

// countWriter counts the bytes written through it.
type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
