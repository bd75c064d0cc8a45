package lint

import (
	"reflect"
	"testing"
)

// The snapshot is the value the source builds: the same concepts and the
// same indexes, key by key and term by term in list order.
func TestConceptsSnapshotEqualsTheBuild(t *testing.T) {
	built := buildConcepts()
	if len(built.all) == 0 || len(built.terms.keys) == 0 {
		t.Fatal("no concepts built")
	}
	if !reflect.DeepEqual(concepts(), built) {
		t.Fatal("concepts_snapshot.go differs from buildConcepts(): run go generate ./internal/lint")
	}
}

// Every term is found under its key, and only there.
func TestTermIndexFindsEveryTerm(t *testing.T) {
	cs := concepts()
	n := 0
	for i, c := range cs.all {
		for _, term := range c.terms {
			found := 0
			for _, k := range cs.terms.keys {
				for _, ct := range cs.terms.get(k) {
					if ct == (conceptTerm{i, term}) {
						found++
						if k != termKey(term) {
							t.Errorf("%q is under %#x, not %#x", term, k, termKey(term))
						}
					}
				}
			}
			if found != 1 {
				t.Errorf("concept %d term %q indexed %d times", i, term, found)
			}
			n++
		}
	}
	if n == 0 {
		t.Fatal("no terms")
	}
}
