//go:build !linux

package syntax

// makeHuge returns a zeroed slice of n elements of T (see huge_linux.go).
func makeHuge[T any](n int) []T { return make([]T, n) }
