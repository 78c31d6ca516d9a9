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
	var out []interval
	for _, k := range f.index(needle, 0, len(f.norm)) {
		out = append(out, f.interval(k, len(needle)))
	}
	return out
}

// Limits of findSplit: the most fragments a quote is split into, and the
// most code points (white space squashed) between two of them.
const (
	maxFragments = 4
	maxGap       = 250
)

// findSplit locates a quote text the way gold files write it: where the
// text does not occur as a whole, it may be the fragments of a quote split
// around its attribution or over paragraphs, joined with one space. Each
// fragment is the longest piece of the rest, cut at a space, that starts at
// most maxGap code points after the previous one. It returns every
// occurrence, as the code points of its fragments.
func (f *finder) findSplit(s string) []charSet {
	var out []charSet
	for _, iv := range f.find(s) {
		out = append(out, charSet{iv})
	}
	if len(out) > 0 {
		return out
	}
	needle := []rune(squash(s))
	for _, cut := range cuts(needle) {
		firsts := f.index(needle[:cut], 0, len(f.norm))
		if len(firsts) == 0 {
			continue
		}
		for _, k := range firsts {
			if rest, ok := f.follow(needle[cut:], k+cut, maxFragments-1); ok {
				out = append(out, append(charSet{f.interval(k, cut)}, rest...))
			}
		}
		return out
	}
	return nil
}

// follow locates rest, a space then the remaining fragments of a quote, in
// at most n fragments starting in the window after the normalised offset
// from.
func (f *finder) follow(rest []rune, from, n int) (charSet, bool) {
	if len(rest) == 0 {
		return nil, true
	}
	rest = rest[1:] // the space that joined two fragments
	if n == 0 {
		return nil, false
	}
	for _, cut := range cuts(rest) {
		ks := f.index(rest[:cut], from, min(len(f.norm), from+maxGap+cut))
		if len(ks) == 0 {
			continue
		}
		tail, ok := f.follow(rest[cut:], ks[0]+cut, n-1)
		if !ok {
			return nil, false
		}
		return append(charSet{f.interval(ks[0], cut)}, tail...), true
	}
	return nil, false
}

// cuts returns the lengths of the prefixes of needle that end before a
// space, and its whole length, longest first.
func cuts(needle []rune) []int {
	out := []int{len(needle)}
	for i := len(needle) - 1; i > 0; i-- {
		if needle[i] == ' ' {
			out = append(out, i)
		}
	}
	return out
}

// index returns the normalised offsets k in [lo, hi-len(needle)] where
// needle occurs.
func (f *finder) index(needle []rune, lo, hi int) []int {
	if len(needle) == 0 {
		return nil
	}
	var out []int
	for k := lo; k+len(needle) <= hi; k++ {
		if slices.Equal(f.norm[k:k+len(needle)], needle) {
			out = append(out, k)
		}
	}
	return out
}

// interval returns the code points of the text under norm[k:k+n].
func (f *finder) interval(k, n int) interval {
	return interval{f.pos[k], f.pos[k+n-1] + 1}
}
