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
