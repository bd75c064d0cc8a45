package batch

import (
	"context"
	"io"
	"runtime"
	"sync"

	"github.com/jobdesc/jobdesc/internal/posting"
)

// Each calls fn on every job of src, in batch order, with its values
// decoded. The source is read on one goroutine and the jobs' values are
// decoded on workers (all cores when workers is 0), scanCut at a time:
// decoding is most of what reading a batch costs, and a site reads its
// batch once before rendering it.
func Each(ctx context.Context, src Source, workers int, fn func(*Job) error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	next := src.Next
	if s, ok := src.(splitter); ok {
		next = s.split
	}
	jobs := make([]Job, 0, scanCut)
	for done := false; !done; {
		jobs = jobs[:0]
		for len(jobs) < scanCut {
			if err := ctx.Err(); err != nil {
				return context.Cause(ctx)
			}
			j, err := next()
			if err == io.EOF {
				done = true
				break
			}
			if err != nil {
				return err
			}
			jobs = append(jobs, j)
		}
		var wg sync.WaitGroup
		for w := range min(workers, len(jobs)) {
			wg.Go(func() {
				for k := w; k < len(jobs); k += workers {
					jobs[k].decoded()
				}
			})
		}
		wg.Wait()
		for k := range jobs {
			if err := fn(&jobs[k]); err != nil {
				return err
			}
		}
	}
	return nil
}

// scanCut is how many jobs Each decodes at a time: enough to keep every
// core busy between the reads, few enough to hold.
const scanCut = 512

// WithPages gives each job of src its Page, by its name, before the job's
// values are decoded, so that the runner still decodes them on its
// workers: page sees only the job's Seq, Name, Role and At. A job page
// does not keep is left out of the run.
func WithPages(src Source, page func(*Job) (*posting.Page, bool)) Source {
	p := &pages{Source: src, page: page}
	if s, ok := src.(splitter); ok {
		return &splitPages{pages: p, cut: s.split}
	}
	return p
}

type pages struct {
	Source
	page func(*Job) (*posting.Page, bool)
}

func (p *pages) Next() (Job, error) { return p.next(p.Source.Next) }

// next is the next job next gives that page keeps, with its page.
func (p *pages) next(next func() (Job, error)) (Job, error) {
	for {
		j, err := next()
		if err != nil {
			return j, err
		}
		if pg, keep := p.page(&j); keep {
			j.Page = pg
			return j, nil
		}
	}
}

// splitPages is pages over a source that leaves the jobs' values to the
// runner's workers.
type splitPages struct {
	*pages
	cut func() (Job, error)
}

func (p *splitPages) Next() (Job, error) {
	j, err := p.next(p.cut)
	j.decoded()
	return j, err
}

func (p *splitPages) split() (Job, error) { return p.next(p.cut) }
