package eval

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph"
)

// Our records and PolNeAR draw the edges of a content differently. A
// record's content is the statement alone: without the quotation marks
// around it and without the "that" that introduces reported speech (see
// spec/record.md). PolNeAR's content takes both: ["We were there,"]
// Figueroa said; reports [that the team avoided it]. inPolNeARConvention
// redraws our contents PolNeAR's way before they are compared, so that the
// scores count real boundary errors, not the difference of convention.

// inPolNeARConvention returns copies of quotes whose content fragments
// take in the quotation marks around them (with the punctuation just
// inside the closing mark) and a "that" just before the first fragment.
// text is the article the spans index, as code points.
func inPolNeARConvention(quotes []*newsgraph.Quote, text []rune) []*newsgraph.Quote {
	out := make([]*newsgraph.Quote, len(quotes))
	for i, q := range quotes {
		c := *q
		frags := quoteContent(q)
		c.Fragments = make([]newsgraph.Span, len(frags))
		for k, f := range frags {
			c.Fragments[k] = withMarks(f, text)
		}
		if len(c.Fragments) > 0 {
			c.Fragments[0] = withThat(c.Fragments[0], text)
			c.Span = c.Fragments[0]
		}
		out[i] = &c
	}
	return out
}

// withMarks widens f over an opening mark just before it and a closing
// mark just after it or after punctuation that ends it.
func withMarks(f newsgraph.Span, text []rune) newsgraph.Span {
	if f.Start < 0 || f.End > len(text) || f.Start >= f.End {
		return f
	}
	if n := markBefore(text, f.Start); n > 0 {
		f.Start -= n
		e := f.End
		for e < len(text) && e-f.End < 2 && strings.ContainsRune(",.?!;:", text[e]) {
			e++
		}
		if m := markAt(text, e); m > 0 {
			f.End = e + m
		}
	}
	return f
}

// markBefore returns the length of the quotation mark ending at i, or 0.
func markBefore(text []rune, i int) int {
	switch {
	case i >= 2 && (text[i-2] == '\'' && text[i-1] == '\'' || text[i-2] == '`' && text[i-1] == '`'):
		return 2
	case i >= 1 && strings.ContainsRune("“\"‘«„'", text[i-1]):
		return 1
	}
	return 0
}

// markAt returns the length of the quotation mark starting at i, or 0.
func markAt(text []rune, i int) int {
	switch {
	case i+1 < len(text) && text[i] == '\'' && text[i+1] == '\'':
		return 2
	case i < len(text) && strings.ContainsRune("”\"’»'", text[i]):
		return 1
	}
	return 0
}

// withThat widens f over "that " or "that, " just before it.
func withThat(f newsgraph.Span, text []rune) newsgraph.Span {
	i := f.Start
	for i > 0 && unicode.IsSpace(text[i-1]) {
		i--
	}
	if i > 0 && text[i-1] == ',' {
		i--
	}
	if i < 4 || !strings.EqualFold(string(text[i-4:i]), "that") || (i > 4 && (unicode.IsLetter(text[i-5]) || unicode.IsDigit(text[i-5]))) || i == f.Start {
		return f
	}
	f.Start = i - 4
	return f
}
