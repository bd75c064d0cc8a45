package lint

import (
	"hash/maphash"
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
	langs    memo[string, string]      // the language a line or a section is clearly written in
}

// memo maps keys to values in two generations of a bounded size: what
// recurs stays, and a batch of unlike postings does not grow it without
// end. Safe for the workers of a batch, and sharded by the key's hash:
// with one lock, every miss of one worker (a posting's own values are
// mostly misses) made the other wait, park and be scheduled again, and
// two workers checked no faster than one.
type memo[K comparable, V any] struct {
	once   sync.Once
	seed   maphash.Seed
	shards [memoShards]memoShard[K, V]
}

// memoShard is one shard of a memo. mu is read-locked for look-ups, most
// of a batch's: a miss takes the write lock only to remember. Entries are
// kept by the key's hash, which picked the shard too: a look-up hashes
// its key (a block's whole text) once, where a map keyed by the key
// hashed it again in each generation. Two keys with one hash are told
// apart by the key kept with the value: the later replaces the earlier,
// which is then a miss.
type memoShard[K comparable, V any] struct {
	mu       sync.RWMutex
	cur, old map[uint64]memoEntry[K, V]
}

type memoEntry[K comparable, V any] struct {
	k K
	v V
}

// memoSize is how many entries a generation holds: a posting has a
// hundred or so keys and a few dozen blocks, and a batch's roles in each
// language and size share most of them. A block and what it holds weigh
// about a kilobyte, so the memos stay within a few tens of megabytes.
// memoShards divides it.
const (
	memoSize   = 1 << 13
	memoShards = 64
)

func (m *memo[K, V]) hash(k K) (*memoShard[K, V], uint64) {
	m.once.Do(func() { m.seed = maphash.MakeSeed() })
	h := maphash.Comparable(m.seed, k)
	return &m.shards[h%memoShards], h
}

func (m *memo[K, V]) get(k K) (V, bool) {
	sh, h := m.hash(k)
	sh.mu.RLock()
	e, ok := sh.cur[h]
	if ok && e.k == k {
		sh.mu.RUnlock()
		return e.v, true
	}
	e, ok = sh.old[h]
	sh.mu.RUnlock()
	if !ok || e.k != k {
		var zero V
		return zero, false
	}
	// Recurring: carried into the current generation.
	sh.mu.Lock()
	sh.putLocked(h, e)
	sh.mu.Unlock()
	return e.v, true
}

// put remembers v for k; k must not hold a substring of a larger text
// the memo would keep alive.
func (m *memo[K, V]) put(k K, v V) {
	sh, h := m.hash(k)
	sh.mu.Lock()
	defer sh.mu.Unlock()
	sh.putLocked(h, memoEntry[K, V]{k, v})
}

func (m *memoShard[K, V]) putLocked(h uint64, e memoEntry[K, V]) {
	if len(m.cur) >= memoSize/memoShards {
		m.old, m.cur = m.cur, nil
	}
	if m.cur == nil {
		// Sized for a whole generation: grown from empty, a map of
		// memoSize entries is rehashed a dozen times.
		m.cur = make(map[uint64]memoEntry[K, V], memoSize/memoShards)
	}
	m.cur[h] = e
}
