package lint

import (
	"sync"
	"sync/atomic"
)

// seen is what a linter remembers of the texts it checked, each keyed by
// the text it is a function of: in a batch, the text a role's postings
// share (its missions, skills, profile) is analysed once, not once a
// posting, and a posting pays only for what its values change.
type seen struct {
	docs     atomic.Int64              // documents Lint was given
	contexts memo[contextKey, []span]  // phrase candidates around a key
	blocks   memo[blockKey, *analysis] // the words and sentences of a block
	foreign  memo[string, bool]        // a line of a French posting is in English
}

// memo maps keys to values in two generations of a bounded size: what
// recurs stays, and a batch of unlike postings does not grow it without
// end. Safe for the workers of a batch.
type memo[K comparable, V any] struct {
	// mu is read-locked for what the current generation holds, most
	// look-ups of a batch: the workers then do not wait for each other.
	mu       sync.RWMutex
	cur, old map[K]V
}

// memoSize is how many entries a generation holds: a posting has a
// hundred or so keys and a few dozen blocks, and a batch's roles in each
// language and size share most of them. A block and what it holds weigh
// about a kilobyte, so the memos stay within a few tens of megabytes.
const memoSize = 1 << 13

func (m *memo[K, V]) get(k K) (V, bool) {
	m.mu.RLock()
	v, ok := m.cur[k]
	m.mu.RUnlock()
	if ok {
		return v, true
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.cur[k]; ok {
		return v, true
	}
	v, ok = m.old[k]
	if ok {
		m.putLocked(k, v)
	}
	return v, ok
}

// put remembers v for k; k must not hold a substring of a larger text
// the memo would keep alive.
func (m *memo[K, V]) put(k K, v V) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.putLocked(k, v)
}

func (m *memo[K, V]) putLocked(k K, v V) {
	if len(m.cur) >= memoSize {
		m.old, m.cur = m.cur, nil
	}
	if m.cur == nil {
		// Sized for a whole generation: grown from empty, a map of
		// memoSize entries is rehashed a dozen times, each key hashed again.
		m.cur = make(map[K]V, memoSize)
	}
	m.cur[k] = v
}
