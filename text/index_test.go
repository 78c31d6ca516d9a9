package text

import (
	"testing"
	"unicode/utf8"
)

func TestIndex(t *testing.T) {
	for _, s := range []string{"", "abc", "“Hi”, — he said.", "Привет, мир", "a😀b\u00e9", "\xff\xfeok"} {
		x := NewIndex(s)
		for off := 0; off <= len(s); off++ {
			if !utf8.RuneStart(byteAt(s, off)) && off < len(s) {
				continue
			}
			want := utf8.RuneCountInString(s[:off])
			if got := x.Rune(off); got != want {
				t.Errorf("%q: Rune(%d) = %d, want %d", s, off, got, want)
			}
		}
	}
}

func byteAt(s string, i int) byte {
	if i < len(s) {
		return s[i]
	}
	return 0
}
