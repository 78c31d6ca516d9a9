package text

import (
	"sort"
	"unicode/utf8"
)

// Index converts byte offsets of a UTF-8 string into code-point offsets.
// It stores one checkpoint per multi-byte rune, so ASCII text costs nothing.
type Index struct {
	n     int   // length of the string in bytes
	bytes []int // byte offset just after each multi-byte rune
	extra []int // bytes beyond one per rune, up to and including that rune
}

// NewIndex builds the index of s.
func NewIndex(s string) *Index {
	x := &Index{n: len(s)}
	extra := 0
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		extra += size - 1
		if size > 1 {
			x.bytes = append(x.bytes, i)
			x.extra = append(x.extra, extra)
		}
	}
	return x
}

// Rune returns the code-point offset of byte offset off. An offset inside a
// multi-byte rune maps to that rune's offset.
func (x *Index) Rune(off int) int {
	if off > x.n {
		off = x.n
	}
	// k = number of multi-byte runes that end at or before off.
	k := sort.Search(len(x.bytes), func(i int) bool { return x.bytes[i] > off })
	if k == 0 {
		return off
	}
	return off - x.extra[k-1]
}
