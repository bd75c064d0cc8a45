package lint

import (
	"reflect"
	"testing"
)

// The snapshot is the value the source builds: the same concepts and the
// same indexes, key by key and term by term in list order.
func TestConceptsSnapshotEqualsTheBuild(t *testing.T) {
	built, snap := buildConcepts(), concepts()
	if len(built.all) == 0 || len(built.terms.keys) == 0 {
		t.Fatal("no concepts built")
	}
	if !reflect.DeepEqual(snap.all, built.all) {
		t.Fatal("concepts_snapshot.go differs from buildConcepts(): run go generate ./internal/lint")
	}
	same := func(what string, a, b termIndex) {
		t.Helper()
		if !reflect.DeepEqual(indexed(a), indexed(b)) {
			t.Fatalf("concepts_snapshot.go: %s differs from buildConcepts(): run go generate ./internal/lint", what)
		}
	}
	same("the terms' index", snap.terms, built.terms)
	if len(snap.cues) != len(built.cues) || len(snap.alone) != len(built.alone) {
		t.Fatal("concepts_snapshot.go differs from buildConcepts(): run go generate ./internal/lint")
	}
	for i := range built.cues {
		if len(snap.cues[i]) != len(built.cues[i]) || (snap.cues[i] == nil) != (built.cues[i] == nil) {
			t.Fatalf("concept %d: cue groups differ: run go generate ./internal/lint", i)
		}
		for g := range built.cues[i] {
			same("a cue group's index", snap.cues[i][g], built.cues[i][g])
		}
		same("an alone index", snap.alone[i], built.alone[i])
	}
}

// indexed is what an index holds: each key with its terms, in order.
func indexed(ix termIndex) map[uint32][]conceptTerm {
	out := map[uint32][]conceptTerm{}
	for _, k := range ix.keys {
		for _, it := range ix.get(k) {
			out[k] = append(out[k], ix.term(it))
		}
	}
	return out
}

// Every term is found under its key, and only there.
func TestTermIndexFindsEveryTerm(t *testing.T) {
	cs := concepts()
	n := 0
	for i, c := range conceptList() {
		for _, term := range c.terms {
			found := 0
			for k, cts := range indexed(cs.terms) {
				for _, ct := range cts {
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

// The requirement bases' indexes in the snapshot are those their terms
// build.
func TestBasisIndexesSnapshotEqualsTheBuild(t *testing.T) {
	built, snap := buildBasisIndexes(), basisIndexes()
	if len(built) == 0 || len(snap) != len(built) {
		t.Fatalf("%d bases indexed in the snapshot, %d built: run go generate ./internal/lint", len(snap), len(built))
	}
	for i := range built {
		if len(built[i].keys) == 0 && len(requirementBases()[i].terms) > 0 {
			t.Fatalf("basis %d: no keys built", i)
		}
		if !reflect.DeepEqual(indexed(snap[i]), indexed(built[i])) {
			t.Fatalf("concepts_snapshot.go: basis %d (%s) differs from its terms: run go generate ./internal/lint", i, requirementBases()[i].name)
		}
	}
}
