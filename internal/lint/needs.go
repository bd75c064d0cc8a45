package lint

import (
	"math"
	"math/bits"
	"slices"
	"strings"
	"sync"
)

// needIndex numbers the literals of every phrase's needs, and finds the
// ones a text holds with their trie. A phrase's window is checked
// for its needs at every key a posting holds, a hundred or so times a
// posting: testing each literal with strings.Contains cost a batch more
// than matching the phrases did, though most literals occur nowhere in
// the posting. Knowing which do, a window is searched only for those.
type needIndex struct {
	lits []string
	// groups[i] are phrase i's needs, each group its literals' numbers;
	// nil for a phrase whose needs are not known (it always may match).
	groups [][][]uint16
	trie   *trie // of lits
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
	ni.trie = newTrie(ni.lits)
	return ni
}

// held appends to ids the numbers of the literals text holds, each once,
// in order.
func (ni *needIndex) held(text string, ids []uint16) []uint16 {
	var buf [64]uint64 // enough for 4,096 literals, on the stack
	seen := buf[:]
	if n := (len(ni.lits) + 63) / 64; n > len(buf) {
		seen = make([]uint64, n)
	}
	ni.trie.found(text, func(lit int) bool {
		seen[lit/64] |= 1 << (lit % 64)
		return true
	})
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
// only ones w can. A group none of whose literals the text holds fails
// the window without reading it: every group is tested so first, which
// tells most windows, and w is searched only when each may hold.
func (ni *needIndex) holds(w string, i int, present []uint64) bool {
	groups := ni.groups[i]
	for _, group := range groups {
		if !slices.ContainsFunc(group, func(id uint16) bool { return present[id/64]&(1<<(id%64)) != 0 }) {
			return false
		}
	}
	for _, group := range groups {
		if !slices.ContainsFunc(group, func(id uint16) bool {
			return present[id/64]&(1<<(id%64)) != 0 && strings.Contains(w, ni.lits[id])
		}) {
			return false
		}
	}
	return true
}
