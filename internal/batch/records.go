package batch

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

// newRecChunk returns room for recChunk records in memory mapped for
// them, outside the heap the collector paces itself on, and that memory
// (nil when mapping failed and the chunk is ordinary heap). Records hold
// no pointers (TestRecordsHoldNoPointers), so memory the collector does
// not see may hold them: it has nothing in them to find.
func newRecChunk() ([]rec, []byte) {
	m, err := unix.Mmap(-1, 0, recChunk*int(unsafe.Sizeof(rec{})), unix.PROT_READ|unix.PROT_WRITE, unix.MAP_ANON|unix.MAP_PRIVATE)
	if err != nil {
		return make([]rec, recChunk), nil
	}
	// Anonymous mappings are page-aligned and zeroed: recChunk zero records.
	return unsafe.Slice((*rec)(unsafe.Pointer(unsafe.SliceData(m))), recChunk), m
}

// unmapChunk returns a chunk's memory; no record of it may be used after.
func unmapChunk(m []byte) { unix.Munmap(m) }
