package syntax

import (
	"unicode"
	"unicode/utf8"
)

// Features are hashed, never interned: a feature is a template number and
// up to three values (string hashes, tag or label numbers, counts), mixed
// into a 32-bit key. Key 0 is never produced; the weight table uses it for
// empty slots. The hash is fixed (not seeded per process) so that a model
// trained once means the same thing in every run.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashBytes is FNV-1a over b.
func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// hashString is FNV-1a over s.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// mix folds v into h.
func mix(h, v uint64) uint64 {
	h ^= v
	h *= 0xbf58476d1ce4e5b9
	return h ^ h>>31
}

// fkey finishes h into a feature key.
func fkey(h uint64) uint32 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	k := uint32(h) ^ uint32(h>>32)
	if k == 0 {
		k = 1
	}
	return k
}

// seed starts the hash of template t.
func seed(t int) uint64 { return (uint64(t) + 1) * 0x9e3779b97f4a7c15 }

func f1(t int, a uint64) uint32       { return fkey(mix(seed(t), a)) }
func f2(t int, a, b uint64) uint32    { return fkey(mix(mix(seed(t), a), b)) }
func f3(t int, a, b, c uint64) uint32 { return fkey(mix(mix(mix(seed(t), a), b), c)) }

// lowerInto appends the lower case of s to buf, with every ASCII digit
// written as 0, and returns it.
func lowerInto(buf []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case '0' <= c && c <= '9':
				c = '0'
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
		i += size
	}
	return buf
}

// shapeInto appends the shape of s to buf: X for an upper-case letter, x
// for a lower-case one, d for a digit, the character itself otherwise, a
// run of one class cut at three.
func shapeInto(buf []byte, s string) []byte {
	var last byte
	run := 0
	for _, r := range s {
		var c byte
		switch {
		case r < utf8.RuneSelf && 'a' <= r && r <= 'z', r >= utf8.RuneSelf && unicode.IsLower(r):
			c = 'x'
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z', r >= utf8.RuneSelf && unicode.IsUpper(r):
			c = 'X'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		case unicode.IsLetter(r):
			c = 'x'
		default:
			c = '*'
		}
		if c == last {
			run++
			if run >= 3 {
				continue
			}
		} else {
			last, run = c, 0
		}
		buf = append(buf, c)
	}
	return buf
}

// suffixStart returns the byte offset in b where its last n runes begin.
func suffixStart(b []byte, n int) int {
	i := len(b)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRune(b[:i])
		i -= size
	}
	return i
}

// prefixEnd returns the byte offset in b where its first n runes end.
func prefixEnd(b []byte, n int) int {
	i := 0
	for ; n > 0 && i < len(b); n-- {
		_, size := utf8.DecodeRune(b[i:])
		i += size
	}
	return i
}
