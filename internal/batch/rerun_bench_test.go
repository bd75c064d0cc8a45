package batch

import (
	"context"
	"testing"
)

// BenchmarkRerun is a second run over a folder of 10,000 postings: with
// the same inputs (every file hashed, none written), and with a changed
// value (every file hashed, to tell an edit from jobdesc's own bytes, then
// replaced).
func BenchmarkRerun(b *testing.B) {
	const n = 10_000
	for _, tc := range []struct {
		name    string
		changed bool
	}{{"unchanged", false}, {"changed", true}} {
		b.Run(tc.name, func(b *testing.B) {
			dir := b.TempDir()
			first := &generated{n: n}
			if _, err := runner(b, dir).Run(context.Background(), first); err != nil {
				b.Fatal(err)
			}
			cities := []string{"Brest", "Lyon"}
			i := 0
			for b.Loop() {
				b.StopTimer()
				js := jobs(n)
				if tc.changed {
					for k := range js {
						js[k].Values.Location.City = cities[i%2]
					}
				}
				r := runner(b, dir)
				b.StartTimer()
				s, err := r.Run(context.Background(), Jobs(js))
				if err != nil || s.Failed != 0 || tc.changed && s.Written != n || !tc.changed && s.Unchanged != n {
					b.Fatalf("%+v %v", s, err)
				}
				i++
			}
		})
	}
}
