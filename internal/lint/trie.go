package lint

import (
	"slices"
	"strings"
)

// trie finds which of a set of strings, its literals, a text holds, in
// one walk from each of the text's bytes: where a list of a hundred
// literals was searched for one after the other, a text is read once.
type trie struct {
	// root is the node after a text's first byte (0: no literal starts
	// with it); node n's children are the edges first[n]:first[n+1],
	// each a byte (label) and the node it leads to (next); ends[n] is 1
	// + the number of the literal that ends at node n, or 0.
	root  [256]int32
	first []int32
	label []byte
	next  []int32
	ends  []int32
	// empty: a literal is the empty string, which every text holds
	empty bool
}

// newTrie is the trie of lits, made level by level so that a node's
// children are contiguous: the literals sorted, those through a node are
// a run of them, and its children's runs follow in byte order. A literal
// written twice is numbered by its first place.
func newTrie(lits []string) *trie {
	t := &trie{}
	type node struct{ lo, hi, depth int } // a run of sorted
	sorted := make([]int, len(lits))
	for k := range sorted {
		sorted[k] = k
	}
	slices.SortStableFunc(sorted, func(a, b int) int { return strings.Compare(lits[a], lits[b]) })
	// children adds the nodes below the literals sorted[lo:hi], which
	// share their first depth bytes, one per next byte.
	var level []node // every node, in number order from 1
	children := func(lo, hi, depth int, add func(c byte, n node)) {
		for lo < hi && len(lits[sorted[lo]]) == depth {
			lo++ // ends here, first in order
		}
		for lo < hi {
			c := lits[sorted[lo]][depth]
			e := lo + 1
			for e < hi && lits[sorted[e]][depth] == c {
				e++
			}
			add(c, node{lo, e, depth + 1})
			lo = e
		}
	}
	// Nodes are numbered from 1 (0 stands for none) in the order of a
	// walk level by level: the nodes of one byte first, in byte order.
	size := 1 // nodes, at most one a literal's byte
	for _, lit := range lits {
		size += len(lit)
		t.empty = t.empty || lit == ""
	}
	t.ends, t.first = make([]int32, 1, size), make([]int32, 1, size+1)
	t.label, t.next, level = make([]byte, 0, size), make([]int32, 0, size), make([]node, 0, size)
	newNode := func(n node) int32 {
		level = append(level, n)
		t.ends = append(t.ends, 0)
		return int32(len(t.ends) - 1)
	}
	children(0, len(sorted), 0, func(c byte, n node) { t.root[c] = newNode(n) })
	// t.first[0], node 0's, is 0: it has no children
	for k := 0; k < len(level); k++ {
		n := level[k]
		if lit := sorted[n.lo]; len(lits[lit]) == n.depth {
			t.ends[k+1] = int32(lit) + 1
		}
		t.first = append(t.first, int32(len(t.label)))
		children(n.lo, n.hi, n.depth, func(c byte, n node) {
			t.label = append(t.label, c)
			t.next = append(t.next, newNode(n))
		})
	}
	t.first = append(t.first, int32(len(t.label)))
	return t
}

// child is the node after n and byte c, or 0. A node's labels are in
// byte order, so a label past c ends the search: most walks end at a
// byte no child has, and read only the children below it.
func (t *trie) child(n int32, c byte) int32 {
	for e := t.first[n]; e < t.first[n+1]; e++ {
		if l := t.label[e]; l >= c {
			if l == c {
				return t.next[e]
			}
			return 0
		}
	}
	return 0
}

// each calls yield with the number of each literal text holds, once for
// each place it starts at, until yield returns false. The empty literal
// is not yielded.
func (t *trie) each(text string, yield func(lit int) bool) {
	for i := range len(text) {
		n := t.root[text[i]]
		for j := i + 1; n != 0; j++ {
			if e := t.ends[n]; e != 0 && !yield(int(e-1)) {
				return
			}
			if j == len(text) {
				break
			}
			n = t.child(n, text[j])
		}
	}
}

// in says whether text holds one of the literals, as strings.Contains
// says of each.
func (t *trie) in(text string) bool {
	found := t.empty
	if !found {
		t.each(text, func(int) bool { found = true; return false })
	}
	return found
}
