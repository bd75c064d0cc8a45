// Package snapshot names the bytes a file was decoded from when the
// program was built, so that a run takes the decoded values only while
// the file it reads is still those bytes: a snapshot out of date costs
// time, never a wrong value.
package snapshot

import "hash/crc32"

// File identifies the bytes a snapshot was decoded from.
type File struct {
	Size int
	CRC  uint32 // crc32 (Castagnoli)
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// Of identifies data.
func Of(data []byte) File { return File{Size: len(data), CRC: crc32.Checksum(data, castagnoli)} }

// Matches says data is the bytes the snapshot was decoded from.
func (f File) Matches(data []byte) bool { return f.Size == len(data) && f == Of(data) }

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
