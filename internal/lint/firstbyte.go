package lint

import (
	"math"
	"regexp/syntax"
	"unicode/utf8"
)

// byteSet is a set of bytes.
type byteSet [4]uint64

func (b *byteSet) add(c byte)      { b[c/64] |= 1 << (c % 64) }
func (b *byteSet) has(c byte) bool { return b[c/64]&(1<<(c%64)) != 0 }
func (b *byteSet) union(o byteSet) {
	b[0], b[1], b[2], b[3] = b[0]|o[0], b[1]|o[1], b[2]|o[2], b[3]|o[3]
}
func (b *byteSet) addRange(lo, hi rune) {
	if lo < utf8.RuneSelf {
		for c := lo; c <= min(hi, utf8.RuneSelf-1); c++ {
			b.add(byte(c))
		}
	}
	if hi >= utf8.RuneSelf {
		// A rune past ASCII starts with a lead byte: any of them, which
		// is rarely worth narrowing.
		for c := 0xC0; c < 0x100; c++ {
			b.add(byte(c))
		}
	}
}

// firstBytes is the set of bytes a match of re can start with; ok is false
// when re can match the empty string (then a match may start anywhere).
// Trying a phrase's pattern only where the text has one of these bytes
// skips most of the starts around its key without running the regexp.
func firstBytes(re *syntax.Regexp) (set byteSet, ok bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return set, false
		}
		if re.Flags&syntax.FoldCase != 0 {
			return set, false
		}
		var buf [utf8.UTFMax]byte
		utf8.EncodeRune(buf[:], re.Rune[0])
		set.add(buf[0])
		return set, true
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			set.addRange(re.Rune[i], re.Rune[i+1])
		}
		return set, len(re.Rune) > 0
	case syntax.OpCapture, syntax.OpPlus:
		return firstBytes(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min == 0 {
			return set, false
		}
		return firstBytes(re.Sub[0])
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			s, ok := firstBytes(sub)
			if !ok {
				return set, false
			}
			set.union(s)
		}
		return set, true
	case syntax.OpConcat:
		// The first part that cannot match empty decides; the optional
		// ones before it add their bytes.
		for _, sub := range re.Sub {
			if s, ok := firstBytes(sub); ok {
				set.union(s)
				return set, true
			}
			s, ok := optionalBytes(sub)
			if !ok {
				return set, false
			}
			set.union(s)
		}
		return set, false
	}
	return set, false
}

// optionalBytes is the set of bytes a non-empty match of re, which may
// match empty, starts with; ok is false when that cannot be told.
func optionalBytes(re *syntax.Regexp) (byteSet, bool) {
	switch re.Op {
	case syntax.OpQuest, syntax.OpStar:
		return firstBytes(re.Sub[0])
	case syntax.OpRepeat:
		return firstBytes(re.Sub[0])
	case syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpBeginLine, syntax.OpBeginText:
		return byteSet{}, true
	case syntax.OpCapture:
		return optionalBytes(re.Sub[0])
	}
	return byteSet{}, false
}

// firstByteStarts is, for each byte b and 256, the first of the sorted
// keys whose first byte is b or more: the keys of b are
// keys[starts[b]:starts[b+1]]. Nil when the keys are too many to count
// in 16 bits (a look-up then searches them all).
func firstByteStarts[K any](keys []K, first func(K) byte) []uint16 {
	if len(keys) > math.MaxUint16 {
		return nil
	}
	starts := make([]uint16, 257)
	k := 0
	for b := range 257 {
		for k < len(keys) && int(first(keys[k])) < b {
			k++
		}
		starts[b] = uint16(k)
	}
	return starts
}
