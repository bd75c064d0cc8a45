// Package snapshot names the bytes a file was decoded from when the
// program was built, so that a run takes the decoded values only while
// the file it reads is still those bytes: a snapshot out of date costs
// time, never a wrong value. A file embedded in the program is compared
// by size only (TakeEmbedded); its snapshot's test keeps the bytes.
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

// TakeEmbedded is Take for a file embedded in the program beside its
// snapshot, given the file's size: only the sizes are compared (an
// embedded file's size is known without reading it). Both come from the same
// source tree, and the test that the snapshot is current (run by
// `go test ./...`) is what keeps them the same bytes. An edit that
// changes the size is still parsed, so a run built without
// `go generate` stays right. Summing the bytes on every run instead
// read 200 KB the run does not otherwise touch: a third of a
// millisecond of page faults in a single render.
func (d Decoded[T]) TakeEmbedded(size int) (T, bool) {
	if d.Value == nil || d.Size != size {
		var zero T
		return zero, false
	}
	return d.Value(), true
}
