package lint

import (
	"math"
	"math/bits"
	"slices"
	"strings"
	"sync"
)

// needIndex numbers the literals of every phrase's needs, and finds the
// ones a text holds with a trie. A phrase's window is checked
// for its needs at every key a posting holds, a hundred or so times a
// posting: testing each literal with strings.Contains cost a batch more
// than matching the phrases did, though most literals occur nowhere in
// the posting. Knowing which do, a window is searched only for those.
type needIndex struct {
	lits []string
	// groups[i] are phrase i's needs, each group its literals' numbers;
	// nil for a phrase whose needs are not known (it always may match).
	groups [][][]uint16
	// The trie of the literals: root is the node after a text's first
	// byte (0: no literal starts with it); a node's children are
	// edges[first[n]:first[n+1]], by byte; ends[n] is 1 + the number of
	// the literal that ends at node n, or 0.
	root  [256]int32
	first []int32
	label []byte
	next  []int32
	ends  []int32
}

// needs is the index of the embedded phrases, made the first time a batch
// needs it: a single posting checks its needs directly.
var needs = sync.OnceValue(func() *needIndex { return newNeedIndex(phrases()) })

// newNeedIndex indexes the needs of ps; nil when they are too many for
// the numbers an analysis keeps, or one holds a line break: analyses find
// the literals block by block, so none may reach over a blank line.
func newNeedIndex(ps *phraseSet) *needIndex {
	ni := &needIndex{groups: make([][][]uint16, ps.n)}
	ids := map[string]uint16{}
	for i := range ps.n {
		nd := ps.needsOf(i)
		if nd == "" {
			continue
		}
	groups:
		for g := range strings.SplitSeq(nd, "\x01") {
			var group []uint16
			for lit := range strings.SplitSeq(g, "\x00") {
				if lit == "" {
					continue groups // every text holds it
				}
				id, ok := ids[lit]
				if !ok {
					if len(ni.lits) > math.MaxUint16 || strings.Contains(lit, "\n") {
						return nil
					}
					id = uint16(len(ni.lits))
					ids[lit] = id
					ni.lits = append(ni.lits, lit)
				}
				group = append(group, id)
			}
			ni.groups[i] = append(ni.groups[i], group)
		}
	}
	ni.build()
	return ni
}

// build makes the trie of the literals, level by level, so that a
// node's children are contiguous: the literals sorted, those through a
// node are a run of them, and its children's runs follow in byte order.
func (ni *needIndex) build() {
	type node struct{ lo, hi, depth int } // a run of sorted
	sorted := make([]int, len(ni.lits))
	for k := range sorted {
		sorted[k] = k
	}
	slices.SortFunc(sorted, func(a, b int) int { return strings.Compare(ni.lits[a], ni.lits[b]) })
	// children appends the nodes below the literals sorted[lo:hi], which
	// share their first depth bytes, one per next byte.
	var level []node // every node, in number order from 1
	children := func(lo, hi, depth int, add func(c byte, n node)) {
		for lo < hi && len(ni.lits[sorted[lo]]) == depth {
			lo++ // ends here, first in order
		}
		for lo < hi {
			c := ni.lits[sorted[lo]][depth]
			e := lo + 1
			for e < hi && ni.lits[sorted[e]][depth] == c {
				e++
			}
			add(c, node{lo, e, depth + 1})
			lo = e
		}
	}
	// Nodes are numbered from 1 (0 stands for none) in the order of a
	// walk level by level: the nodes of one byte first, in byte order.
	size := 1 // nodes, at most one a literal's byte
	for _, lit := range ni.lits {
		size += len(lit)
	}
	ni.ends, ni.first = make([]int32, 1, size), make([]int32, 1, size+1)
	ni.label, ni.next, level = make([]byte, 0, size), make([]int32, 0, size), make([]node, 0, size)
	newNode := func(n node) int32 {
		level = append(level, n)
		ni.ends = append(ni.ends, 0)
		return int32(len(ni.ends) - 1)
	}
	children(0, len(sorted), 0, func(c byte, n node) { ni.root[c] = newNode(n) })
	// ni.first[0], node 0's, is 0: it has no children
	for k := 0; k < len(level); k++ {
		n := level[k]
		if lit := sorted[n.lo]; len(ni.lits[lit]) == n.depth {
			ni.ends[k+1] = int32(lit) + 1
		}
		ni.first = append(ni.first, int32(len(ni.label)))
		children(n.lo, n.hi, n.depth, func(c byte, n node) {
			ni.label = append(ni.label, c)
			ni.next = append(ni.next, newNode(n))
		})
	}
	ni.first = append(ni.first, int32(len(ni.label)))
}

// child is the node after n and byte c, or 0.
func (ni *needIndex) child(n int32, c byte) int32 {
	for e := ni.first[n]; e < ni.first[n+1]; e++ {
		if ni.label[e] == c {
			return ni.next[e]
		}
	}
	return 0
}

// held appends to ids the numbers of the literals text holds, each once,
// in order.
func (ni *needIndex) held(text string, ids []uint16) []uint16 {
	var buf [64]uint64 // enough for 4,096 literals, on the stack
	seen := buf[:]
	if n := (len(ni.lits) + 63) / 64; n > len(buf) {
		seen = make([]uint64, n)
	}
	for i := range len(text) {
		n := ni.root[text[i]]
		for j := i + 1; n != 0; j++ {
			if e := uint32(ni.ends[n]); e != 0 {
				seen[(e-1)/64] |= 1 << ((e - 1) % 64)
			}
			if j == len(text) {
				break
			}
			n = ni.child(n, text[j])
		}
	}
	for w, set := range seen {
		for set != 0 {
			ids = append(ids, uint16(w*64+bits.TrailingZeros64(set)))
			set &= set - 1
		}
	}
	return ids
}

// holds says whether window w of a text holds one literal of each of
// phrase i's needs; present are the literals the whole text holds, the
// only ones w can.
func (ni *needIndex) holds(w string, i int, present []uint64) bool {
	for _, group := range ni.groups[i] {
		found := false
		for _, id := range group {
			if present[id/64]&(1<<(id%64)) != 0 && strings.Contains(w, ni.lits[id]) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
