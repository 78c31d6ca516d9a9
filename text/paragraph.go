package text

import "strings"

// wrapWidth is the longest line a hard-wrapped text has.
const wrapWidth = 100

// paragraphs splits src into blocks. A text whose lines are hard-wrapped
// (none longer than wrapWidth) separates paragraphs by blank lines; any
// other text, and one with no blank line at all, has one paragraph per
// line. Leading and trailing white space is left out of each paragraph.
func paragraphs(src string) []Paragraph {
	sep := "\n"
	if hasBlankLine(src) && longestLine(src) <= wrapWidth {
		sep = "\n\n"
	}
	var out []Paragraph
	for start := 0; start < len(src); {
		end := indexBlank(src, start, sep)
		next := end + len(sep)
		if end < 0 {
			end, next = len(src), len(src)
		}
		s, e := trimSpace(src, start, end)
		if s < e {
			out = append(out, Paragraph{Start: s, End: e})
		}
		start = next
	}
	return out
}

// hasBlankLine reports whether src contains a line with only white space.
func hasBlankLine(src string) bool { return indexBlank(src, 0, "\n\n") >= 0 }

// indexBlank returns the byte offset where the next separator starts: for
// "\n\n", a line break followed by a line of only spaces and a line break.
func indexBlank(src string, from int, sep string) int {
	if sep == "\n" {
		if i := strings.IndexByte(src[from:], '\n'); i >= 0 {
			return from + i
		}
		return -1
	}
	for i := from; i < len(src); {
		j := strings.IndexByte(src[i:], '\n')
		if j < 0 {
			return -1
		}
		k := i + j + 1
		for k < len(src) && (src[k] == ' ' || src[k] == '\t' || src[k] == '\r') {
			k++
		}
		if k < len(src) && src[k] == '\n' {
			// Report the blank line as a two-byte separator ending at k.
			return k - 1
		}
		i = i + j + 1
	}
	return -1
}

func trimSpace(src string, s, e int) (int, int) {
	for s < e && isSpaceByte(src[s]) {
		s++
	}
	for e > s && isSpaceByte(src[e-1]) {
		e--
	}
	return s, e
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
}

// longestLine returns the length in bytes of the longest line of src.
func longestLine(src string) int {
	longest := 0
	for len(src) > 0 {
		i := strings.IndexByte(src, '\n')
		if i < 0 {
			i = len(src)
		}
		longest = max(longest, i)
		src = src[min(i+1, len(src)):]
	}
	return longest
}
