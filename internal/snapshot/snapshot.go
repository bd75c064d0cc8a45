// Package snapshot names the bytes a file was decoded from when the
// program was built, so that a run takes the decoded values only while
// the file it reads is still those bytes: a snapshot out of date costs
// time, never a wrong value.
package snapshot

import "hash/crc32"

// File identifies the bytes a snapshot was decoded from.
type File struct {
	Size int
	// CRC is crc32 (IEEE): Castagnoli's tables cost every run over a
	// million instructions to build, before the first byte is summed.
	CRC uint32
}

// Of identifies data.
func Of(data []byte) File { return File{Size: len(data), CRC: crc32.ChecksumIEEE(data)} }

// OfString identifies the bytes of s without copying them: an embedded
// file of 128 KiB copied to a []byte to be identified costs a run as
// many bytes of garbage.
func OfString(s string) File {
	var buf [4096]byte
	n := len(s)
	var crc uint32
	for len(s) > 0 {
		k := copy(buf[:], s)
		crc = crc32.Update(crc, crc32.IEEETable, buf[:k])
		s = s[k:]
	}
	return File{Size: n, CRC: crc}
}

// Matches says data is the bytes the snapshot was decoded from.
func (f File) Matches(data []byte) bool { return f.Size == len(data) && f == Of(data) }

// MatchesString is Matches for the bytes of s.
func (f File) MatchesString(s string) bool { return f.Size == len(s) && f == OfString(s) }

// Decoded is a file's value as a snapshot holds it, with the bytes it was
// decoded from.
type Decoded[T any] struct {
	File
	Value func() T
}

// Take returns the snapshot's value while data is still its bytes.
func (d Decoded[T]) Take(data []byte) (T, bool) {
	if d.Value == nil || !d.Matches(data) {
		var zero T
		return zero, false
	}
	return d.Value(), true
}

// TakeString is Take for a file held as a string (an embedded one).
func (d Decoded[T]) TakeString(data string) (T, bool) {
	if d.Value == nil || !d.MatchesString(data) {
		var zero T
		return zero, false
	}
	return d.Value(), true
}
