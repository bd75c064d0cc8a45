package site

import (
	"fmt"
	"io"
	"runtime"
	"testing"
)

// discardFiles writes the site's files nowhere.
type discardFiles struct{}

func (discardFiles) Write(name string, fill func(w io.Writer) error) (bool, error) {
	return true, fill(io.Discard)
}

// BenchmarkTable builds the table of a site of n postings and writes the
// site from it, and reports the heap the table keeps per posting once the
// site is written: what stays in memory while the batch's pages are
// rendered. Flat memory means about the same figure at both sizes, in
// tens of bytes.
func BenchmarkTable(b *testing.B) {
	for _, n := range []int{1_000, 20_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			recs := records("en", n)
			for k, r := range recs {
				r.Company = fmt.Sprintf("Company %d", k) // one per posting, as in a job board's batch
				r.Title = fmt.Sprintf("Job %d", k%20)
				r.Reference = fmt.Sprintf("R-%d", k/2)
			}
			s, _ := newSite(b, "en")
			s.Files = discardFiles{}
			var perPosting float64
			for b.Loop() {
				var before, after runtime.MemStats
				runtime.GC()
				runtime.ReadMemStats(&before)
				tab, err := NewTable(b.TempDir())
				if err != nil {
					b.Fatal(err)
				}
				for _, r := range recs {
					tab.Add(r.Name, r.Lang, r.Reference, false)
				}
				tab.Seal()
				for _, r := range recs {
					i, _ := tab.Find(r.Name)
					tab.List(i, r, nil, Text("Description of "+r.Title))
				}
				if err := s.Write(tab); err != nil {
					b.Fatal(err)
				}
				runtime.GC()
				runtime.ReadMemStats(&after)
				perPosting = float64(int64(after.HeapAlloc)-int64(before.HeapAlloc)) / float64(n)
				runtime.KeepAlive(tab)
				tab.Close()
			}
			b.ReportMetric(perPosting, "B/posting")
		})
	}
}
