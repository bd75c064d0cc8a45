package finding

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortLargeIsStable: a batch's findings, sorted through their
// positions, come in the order a stable sort in place gives, ties kept
// in the order they came.
func TestSortLargeIsStable(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, sortInPlace, sortInPlace + 1, 5000} {
		fs := make([]Finding, n)
		for i := range fs {
			// Few distinct keys, so that many tie; Suggestion tells them apart.
			fs[i] = Finding{File: fmt.Sprintf("p%d.md", r.IntN(7)), Line: r.IntN(3), Col: r.IntN(2), Rule: "r", Message: "m", Suggestion: fmt.Sprint(i)}
		}
		want := slices.Clone(fs)
		slices.SortStableFunc(want, func(a, b Finding) int { return compare(&a, &b) })
		Sort(fs)
		if !slices.Equal(fs, want) {
			t.Errorf("%d findings: not in stable order", n)
		}
	}
}
