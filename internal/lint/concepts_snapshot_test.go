package lint

import (
	"reflect"
	"testing"
)

// The snapshot is the value the source builds: the same concepts and the
// same indexes, key by key and term by term in list order.
func TestConceptsSnapshotEqualsTheBuild(t *testing.T) {
	built, snap := buildConcepts(), concepts()
	if built.n == 0 || len(built.terms.keys) == 0 {
		t.Fatal("no concepts built")
	}
	if snap.n != built.n {
		t.Fatalf("%d concepts in concepts_snapshot.go, %d built: run go generate ./internal/lint", snap.n, built.n)
	}
	same := func(what string, a, b termIndex) {
		t.Helper()
		if !reflect.DeepEqual(indexed(a), indexed(b)) {
			t.Fatalf("concepts_snapshot.go: %s differs from buildConcepts(): run go generate ./internal/lint", what)
		}
	}
	same("the terms' index", snap.terms, built.terms)
	// a run reads an empty list as none
	lists := func(c concept) concept {
		for _, l := range []*[]string{&c.lawful, &c.lawfulWith[0], &c.lawfulWith[1], &c.notAfter, &c.notBefore} {
			if len(*l) == 0 {
				*l = nil
			}
		}
		return c
	}
	for i := range built.n {
		s, b := snap.at(i), built.at(i)
		if !reflect.DeepEqual(lists(s.concept), lists(b.concept)) {
			t.Fatalf("concept %d (%s) differs from buildConcepts(): run go generate ./internal/lint", i, b.what)
		}
		if rule, category, selects := snap.head(i); rule != b.rule || category != b.category || selects != b.selects {
			t.Fatalf("concept %d: head %s %s %d, want %s %s %d", i, rule, category, selects, b.rule, b.category, b.selects)
		}
		if len(s.cues) != len(b.cues) {
			t.Fatalf("concept %d: %d cue groups, want %d: run go generate ./internal/lint", i, len(s.cues), len(b.cues))
		}
		for g := range b.cues {
			same("a cue group's index", s.cues[g], b.cues[g])
		}
		same("an alone index", s.alone, b.alone)
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

// The leads the snapshot holds are those its terms make.
func TestConceptsSnapshotLeads(t *testing.T) {
	tb := conceptsSnapshot()
	if len(tb.leads) != len(tb.terms) || len(tb.terms) == 0 {
		t.Fatalf("concepts_snapshot.go: %d leads for %d terms: run go generate ./internal/lint", len(tb.leads), len(tb.terms))
	}
	for j, it := range tb.terms {
		term := tb.itext[it.off : it.off+it.n]
		if tb.leads[j] != leadOf(term) {
			t.Fatalf("concepts_snapshot.go: term %q's lead differs from leadOf: run go generate ./internal/lint", term)
		}
	}
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
