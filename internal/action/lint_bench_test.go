package action

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkLintBatch lints a CSV batch of 1,000 postings, in both
// languages over the catalogue's roles: rendering and linting, what
// lint --batch costs per posting (ns/op divided by 1,000).
func BenchmarkLintBatch(b *testing.B) {
	env := fakeEnv(b)
	roles := []string{"webmaster", "community-manager", "content-curator", "digital-manager"}
	var csv strings.Builder
	csv.WriteString("role,name,lang,location.city\n")
	for i := range 1000 {
		fmt.Fprintf(&csv, "%s,p%d,%s,City %d\n", roles[i%len(roles)], i, []string{"en", "fr"}[i%2], i%50)
	}
	path := filepath.Join(env.WorkDir, "batch.csv")
	write(b, path, csv.String())
	b.ResetTimer()
	for b.Loop() {
		rep, err := env.Lint(context.Background(), LintRequest{Batch: path})
		if err != nil {
			b.Fatal(err)
		}
		if len(rep.Results) != 1000 {
			b.Fatalf("%d results, want 1000", len(rep.Results))
		}
	}
}

// BenchmarkLintBatchRealistic lints a CSV batch of 1,000 postings as
// recruiters export them: every role of the catalogue, both languages,
// each row with its company, size, city, country, contract, salary range,
// apply address and reference, the columns that make a posting's values
// differ from its neighbours'. ns/op divided by 1,000 is what a posting
// of lint --batch costs, the catalogue load included.
func BenchmarkLintBatchRealistic(b *testing.B) {
	env := fakeEnv(b)
	path := filepath.Join(env.WorkDir, "batch.csv")
	write(b, path, realisticBatch(b, env, 1000))
	b.ResetTimer()
	for b.Loop() {
		rep, err := env.Lint(context.Background(), LintRequest{Batch: path})
		if err != nil {
			b.Fatal(err)
		}
		if len(rep.Results) == 0 {
			b.Fatal("no posting checked")
		}
	}
}

// realisticBatch is a CSV of n rows over the catalogue's roles.
func realisticBatch(b *testing.B, env *Env, n int) string {
	b.Helper()
	c, err := env.LoadCatalog(nil)
	if err != nil {
		b.Fatal(err)
	}
	ids := c.IDs()
	sizes := []string{"small", "medium", "large"}
	cities := []struct{ city, country string }{{"Paris", "FR"}, {"Lyon", "FR"}, {"Bruxelles", "BE"}, {"London", "GB"}, {"Nantes", "FR"}}
	contracts := []string{"permanent", "fixed-term", "permanent", "freelance"}
	var csv strings.Builder
	csv.WriteString("role,name,lang,company.name,company.size,location.city,location.country,contract.type," +
		"salary.min,salary.max,salary.currency,salary.period,apply.email,reference\n")
	for i := range n {
		at := cities[i%len(cities)]
		fmt.Fprintf(&csv, "%s,p%d,%s,Société %d,%s,%s,%s,%s,%d,%d,EUR,year,jobs%d@example.fr,R-%d\n",
			ids[i%len(ids)], i, []string{"fr", "en"}[i/len(ids)%2], i%97, sizes[i%len(sizes)], at.city, at.country,
			contracts[i%len(contracts)], 36000+i%10*1000, 45000+i%10*1000, i, i/2)
	}
	return csv.String()
}
