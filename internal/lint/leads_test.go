package lint

import (
	"slices"
	"testing"
)

// The concepts' terms found with their leads are the terms found trying
// every term under a word's keys.
func TestTermLeads(t *testing.T) {
	cs := concepts()
	if len(cs.terms.leads) != len(cs.terms.terms) {
		t.Fatalf("%d leads for %d terms", len(cs.terms.leads), len(cs.terms.terms))
	}
	bare := &conceptSet{n: cs.n, table: cs.table, made: cs.made, terms: cs.terms}
	bare.terms.leads = nil
	found := 0
	for name, low := range testTexts(t) {
		a := analyse(low, "en", nil)
		for _, w := range a.words {
			want := termsAt(bare, low, w.start, nil)
			if got := termsAt(cs, low, w.start, nil); !slices.Equal(got, want) {
				t.Fatalf("%s at %d (%q): %v with leads, %v without", name, w.start, low[w.start:w.end], got, want)
			}
			found += len(want)
		}
		a.release()
	}
	if found == 0 {
		t.Fatal("no term found: the test compares nothing")
	}
}
