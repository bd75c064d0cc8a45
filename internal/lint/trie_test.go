package lint

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// A trie finds in a text the literals strings.Contains finds, where
// each starts.
func TestTrie(t *testing.T) {
	lists := map[string][]string{"equalOpportunity": equalOpportunity, "exclusionWords": exclusionWords,
		"overlapping": {"de", "des", "destin", "es", "tin", "a", "ab", "b", "dé", "dz", "éa"}, "empty": {"x", ""}, "none": nil}
	texts := testTexts(t)
	texts["short"] = "destinées à"
	texts["bytes"] = "dé dz dy dée éa ée da"
	for name, lits := range lists {
		tr := newTrie(lits)
		for tname, text := range texts {
			want := slices.ContainsFunc(lits, func(l string) bool { return strings.Contains(text, l) })
			if got := tr.in(text); got != want {
				t.Errorf("%s in %s: %v, strings.Contains %v", name, tname, got, want)
			}
			var got []int
			tr.found(text, func(lit int) bool { got = append(got, lit); return true })
			var all []int
			for i := range len(text) {
				for k, l := range lits {
					if l != "" && strings.HasPrefix(text[i:], l) && slices.Index(lits, l) == k {
						all = append(all, k)
					}
				}
			}
			slices.Sort(got)
			slices.Sort(all)
			if !slices.Equal(got, all) {
				t.Errorf("%s in %s: the trie finds %d places, strings.HasPrefix %d", name, tname, len(got), len(all))
			}
		}
	}
}

// A node's children are in byte order, which child's search relies on to
// stop at the first label past the byte it looks for.
func TestTrieLabelsInOrder(t *testing.T) {
	tries := map[string]*trie{"equalOpportunity": newTrie(equalOpportunity), "exclusionWords": newTrie(exclusionWords)}
	if ni := needs(); ni != nil {
		tries["needs"] = ni.trie
	}
	for name, tr := range tries {
		for n := range len(tr.first) - 1 {
			if l := tr.label[tr.first[n]:tr.first[n+1]]; !slices.IsSorted(l) {
				t.Errorf("%s: node %d's labels %q are not in byte order", name, n, l)
			}
		}
	}
}

// The needs' literals, thousands, sharing prefixes and suffixes, are
// found where a walk down the trie from every byte of the text finds
// them, each as often.
func TestTrieFoundAsWalked(t *testing.T) {
	ni := needs()
	if ni == nil {
		t.Skip("no needs index")
	}
	tr := ni.trie
	texts := testTexts(t)
	texts["bytes"] = "dé dz dy dée éa ée da"
	for tname, text := range texts {
		var got, want []int
		tr.found(text, func(lit int) bool { got = append(got, lit); return true })
		for i := range len(text) {
			n := tr.root[text[i]]
			for j := i + 1; n != 0; j++ {
				if e := tr.ends[n]; e != 0 {
					want = append(want, int(e-1))
				}
				if j == len(text) {
					break
				}
				n = tr.child(n, text[j])
			}
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: found %d places, the walk %d", tname, len(got), len(want))
		}
	}
}

// The tries tries_snapshot.go holds are those their lists build.
func TestTriesSnapshotEqualsTheBuild(t *testing.T) {
	for _, l := range snapshotTries() {
		if len(l.lits) == 0 {
			t.Fatalf("%s: no words", l.list)
		}
		if !reflect.DeepEqual(*newTrie(l.lits), *l.snap) {
			t.Fatalf("tries_snapshot.go: %s differs from newTrie(%s): run go generate ./internal/lint", l.name, l.list)
		}
	}
}
