package lint

import (
	"slices"
	"strings"
	"testing"
)

// The literals the trie finds in a text are those strings.Contains
// finds, and a window holds a phrase's needs by the index exactly when it
// does literal by literal.
func TestNeedIndex(t *testing.T) {
	ni := needs()
	if ni == nil {
		t.Fatal("no index of the needs")
	}
	ps := phrases()
	windows, held := 0, 0
	for name, low := range testTexts(t) {
		var want []uint16
		for id, lit := range ni.lits {
			if strings.Contains(low, lit) {
				want = append(want, uint16(id))
			}
		}
		// block by block, as an analysis finds them
		var got []uint16
		for b := range pieces(low, "\n\n") {
			got = ni.held(low[b.start:b.end], got)
		}
		slices.Sort(got)
		got = slices.Compact(got)
		if !slices.Equal(got, want) {
			t.Errorf("%s: the trie finds %d literals, strings.Contains %d", name, len(got), len(want))
			continue
		}
		present := make([]uint64, (len(ni.lits)+63)/64)
		for _, id := range got {
			present[id/64] |= 1 << (id % 64)
		}
		for at := 0; at < len(low); at += 331 {
			w := low[runeStart(low, at):runeStart(low, min(len(low), at+2*window))]
			for i := range ps.n {
				want := holdsNeeds(w, ps.needsOf(i))
				if got := ni.holds(w, i, present); got != want {
					t.Fatalf("%s at %d, phrase %d: holds %v by the index, %v literal by literal", name, at, i, got, want)
				}
				windows++
				if want {
					held++
				}
			}
		}
	}
	if held == 0 || held == windows {
		t.Fatalf("%d of %d windows hold their phrase's needs: the test tells nothing", held, windows)
	}
}
