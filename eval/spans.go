package eval

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph"
)

// interval is a stretch [start, end) of code points.
type interval struct{ start, end int }

// charSet is a set of code points as sorted, disjoint, non-adjacent intervals.
type charSet []interval

// chars returns the code points the fragments cover.
func chars(frags []newsgraph.Span) charSet {
	var ivs []interval
	for _, f := range frags {
		if f.End > f.Start {
			ivs = append(ivs, interval{f.Start, f.End})
		}
	}
	slices.SortFunc(ivs, func(a, b interval) int { return a.start - b.start })
	var s charSet
	for _, iv := range ivs {
		if n := len(s); n > 0 && iv.start <= s[n-1].end {
			s[n-1].end = max(s[n-1].end, iv.end)
			continue
		}
		s = append(s, iv)
	}
	return s
}

// size returns the number of code points in s.
func (s charSet) size() int {
	n := 0
	for _, iv := range s {
		n += iv.end - iv.start
	}
	return n
}

// overlap returns the number of code points in both s and t.
func (s charSet) overlap(t charSet) int {
	n := 0
	for i, j := 0, 0; i < len(s) && j < len(t); {
		lo, hi := max(s[i].start, t[j].start), min(s[i].end, t[j].end)
		if hi > lo {
			n += hi - lo
		}
		if s[i].end < t[j].end {
			i++
		} else {
			j++
		}
	}
	return n
}

// equal reports whether s and t hold the same code points.
func (s charSet) equal(t charSet) bool { return slices.Equal(s, t) }

// spanKey identifies a fragment list for exact matching: its non-empty
// fragments sorted by start. It returns "" when no fragment is left.
func spanKey(frags []newsgraph.Span) string {
	var ivs []interval
	for _, f := range frags {
		if f.End > f.Start {
			ivs = append(ivs, interval{f.Start, f.End})
		}
	}
	slices.SortFunc(ivs, func(a, b interval) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return a.end - b.end
	})
	var b strings.Builder
	for i, iv := range ivs {
		if i > 0 {
			b.WriteByte(';')
		}
		fmt.Fprintf(&b, "%d %d", iv.start, iv.end)
	}
	return b.String()
}

// one returns the one-element fragment list of s, or nil when s is nil.
func one(s *newsgraph.Span) []newsgraph.Span {
	if s == nil {
		return nil
	}
	return []newsgraph.Span{*s}
}

// quoteContent returns the content fragments of q: its fragments if present,
// else its span.
func quoteContent(q *newsgraph.Quote) []newsgraph.Span {
	if len(q.Fragments) > 0 {
		return q.Fragments
	}
	return []newsgraph.Span{q.Span}
}

// squash collapses every run of white space in s into one space and trims it.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// normName is the form in which names, aliases and cues are compared: white
// space squashed, case folded.
func normName(s string) string { return strings.ToLower(squash(s)) }

// normQuote is the form in which quote texts are compared: white space
// squashed, surrounding quotation marks, punctuation and spaces stripped.
func normQuote(s string) string {
	return strings.TrimFunc(squash(s), func(r rune) bool {
		return unicode.IsPunct(r) || unicode.IsSpace(r) || r == '`'
	})
}

// finder locates strings in a text regardless of white space.
type finder struct {
	norm []rune // the text with white-space runs squashed into one space
	pos  []int  // code-point offset in the text of each rune of norm
}

func newFinder(text string) *finder {
	f := &finder{}
	i, space := 0, false
	for _, r := range text {
		if unicode.IsSpace(r) {
			if !space {
				f.norm = append(f.norm, ' ')
				f.pos = append(f.pos, i)
			}
			space = true
		} else {
			f.norm = append(f.norm, r)
			f.pos = append(f.pos, i)
			space = false
		}
		i++
	}
	return f
}

// find returns every occurrence of s in the text, white space squashed on
// both sides, as code-point intervals of the text.
func (f *finder) find(s string) []interval {
	needle := []rune(squash(s))
	if len(needle) == 0 {
		return nil
	}
	var out []interval
	for k := 0; k+len(needle) <= len(f.norm); k++ {
		if slices.Equal(f.norm[k:k+len(needle)], needle) {
			last := f.pos[k+len(needle)-1]
			out = append(out, interval{f.pos[k], last + 1})
		}
	}
	return out
}
