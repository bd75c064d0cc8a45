package lint

import (
	"slices"
	"strings"
)

// trie finds which of a set of strings, its literals, a text holds, in
// one reading of the text (Aho–Corasick): where a list of a hundred
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
	// fail[n] is the node of the longest proper suffix of node n's path
	// that is a path of the trie too (0: none), and out[n] the first node
	// along those suffixes where a literal ends: with them a text is read
	// once, byte after byte, where each would walk down from every byte.
	fail, out []int32
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
	t.links()
	return t
}

// links makes t.fail and t.out. Nodes are numbered level by level, so a
// node's suffixes, all shorter, have their links before it.
func (t *trie) links() {
	t.fail, t.out = make([]int32, len(t.ends)), make([]int32, len(t.ends))
	// the nodes of one byte keep 0: their only proper suffix is empty
	for n := int32(1); n < int32(len(t.ends)); n++ {
		for e := t.first[n]; e < t.first[n+1]; e++ {
			c, v := t.label[e], t.next[e]
			f := t.step(t.fail[n], c)
			t.fail[v] = f
			if t.ends[f] != 0 {
				t.out[v] = f
			} else {
				t.out[v] = t.out[f]
			}
		}
	}
}

// step is the node after node n (0: the empty path) and byte c: the
// longest suffix of n's path and c that is a path of the trie, or 0.
func (t *trie) step(n int32, c byte) int32 {
	for n != 0 {
		if m := t.child(n, c); m != 0 {
			return m
		}
		n = t.fail[n]
	}
	return t.root[c]
}

// found calls yield with the number of each literal text holds, once
// for each place it ends at, until yield returns false. The empty
// literal is not yielded. Walking down the trie from every byte of the
// text instead read most bytes again at each depth the walks reached:
// held, on the blocks of a posting's own values, cost a batch 5% of its
// time.
func (t *trie) found(text string, yield func(lit int) bool) {
	var n int32
	for i := range len(text) {
		n = t.step(n, text[i])
		o := n
		if t.ends[o] == 0 {
			o = t.out[o]
		}
		for ; o != 0; o = t.out[o] {
			if !yield(int(t.ends[o] - 1)) {
				return
			}
		}
	}
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

// in says whether text holds one of the literals, as strings.Contains
// says of each.
func (t *trie) in(text string) bool {
	found := t.empty
	if !found {
		t.found(text, func(int) bool { found = true; return false })
	}
	return found
}
