package action

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// benchBatch is a CSV batch of n postings over the catalogue's roles, in
// both languages, in ten cities.
func benchBatch(n int) string {
	roles := []string{"community-manager", "content-curator", "digital-manager", "internal-community-manager", "social-media-manager", "social-media-marketer", "webmaster"}
	cities := []string{"Lyon", "Paris", "Nantes", "Lille", "Bordeaux", "Rennes", "Toulouse", "Nice", "Brest", "Dijon"}
	var b strings.Builder
	b.WriteString("role,name,lang,company.name,location.city,salary.min,salary.max,salary.currency,salary.period,reference,posted\n")
	for i := range n {
		fmt.Fprintf(&b, "%s,p%d,%s,Société %d,%s,%d,%d,EUR,year,R-%d,2026-%02d-%02d\n", roles[i%len(roles)], i, []string{"fr", "en"}[i%2],
			i%50, cities[i%len(cities)], 35000+i%10*1000, 45000+i%10*1000, i/2, 1+i%11, 1+i%28)
	}
	return b.String()
}

// BenchmarkSite builds a site of 2,000 postings from nothing, and again
// with nothing changed; compare with BenchmarkRenderBatchHTML, the same
// batch as loose pages.
func BenchmarkSite(b *testing.B) {
	csv := benchBatch(2000)
	for _, again := range []bool{false, true} {
		b.Run(map[bool]string{false: "new", true: "unchanged"}[again], func(b *testing.B) {
			env := fakeEnv(b)
			write(b, filepath.Join(env.WorkDir, "jobdesc.yaml"), siteConfigYAML)
			batch := filepath.Join(env.WorkDir, "postings.csv")
			write(b, batch, csv)
			for i := 0; b.Loop(); i++ {
				to := filepath.Join(env.WorkDir, fmt.Sprint("public", i))
				req := &Site{Batch: batch, To: to, State: filepath.Join(env.WorkDir, fmt.Sprint("state", i))}
				if again {
					req.To, req.State = filepath.Join(env.WorkDir, "public"), filepath.Join(env.WorkDir, "state")
				}
				if _, err := req.Run(context.Background(), env); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkRenderBatchHTML(b *testing.B) {
	env := fakeEnv(b)
	write(b, filepath.Join(env.WorkDir, "jobdesc.yaml"), siteConfigYAML)
	batch := filepath.Join(env.WorkDir, "postings.csv")
	write(b, batch, benchBatch(2000))
	for i := 0; b.Loop(); i++ {
		req := &Render{Batch: batch, To: filepath.Join(env.WorkDir, fmt.Sprint("out", i)), Output: Output{Format: "html"}}
		if _, err := req.Run(context.Background(), env); err != nil {
			b.Fatal(err)
		}
	}
}
