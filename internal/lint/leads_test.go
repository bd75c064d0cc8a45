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
	// and a concept's cues
	texts := testTexts(t)
	cues := 0
	for i := range cs.n {
		c := cs.at(i)
		for _, ix := range append([]termIndex{c.alone}, c.cues...) {
			if len(ix.keys) == 0 {
				continue
			}
			if len(ix.leads) != len(ix.terms) {
				t.Fatalf("concept %d: %d leads for %d terms", i, len(ix.leads), len(ix.terms))
			}
			bare := ix
			bare.leads = nil
			for name, low := range texts {
				for w := 0; w < len(low); w++ {
					if !boundary(low, w) {
						continue
					}
					matched := func(ix *termIndex) (out []string) {
						ix.at(low, w, func(ct conceptTerm) bool {
							if termAt(low, w, ct.term) >= 0 {
								out = append(out, ct.term)
							}
							return true
						})
						return out
					}
					want := matched(&bare)
					if got := matched(&ix); !slices.Equal(got, want) {
						t.Fatalf("concept %d, %s at %d: cues %q with leads, %q without", i, name, w, got, want)
					}
					cues += len(want)
				}
			}
		}
	}
	if cues == 0 {
		t.Fatal("no cue found: the test compares nothing")
	}
}
