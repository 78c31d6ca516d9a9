package quote

import (
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/text"
)

// region is a stretch enclosed in quotation marks. Content covers what is
// between the marks; a quotation that runs over several paragraphs, each
// reopening the mark, has one fragment per paragraph.
type region struct {
	open, close int    // token indices of the marks; close is -1 if never closed
	frags       []span // byte spans of the content
	used        bool   // claimed by an attribution
}

// start and end return the byte range of the whole region's content.
func (r *region) start() int { return r.frags[0].Start }
func (r *region) end() int   { return r.frags[len(r.frags)-1].End }

// markRole says whether a quotation mark token opens or closes.
type markRole uint8

const (
	notMark markRole = iota
	opens
	closes
	either // a straight " whose role the spacing decides
)

// double reports whether r is a double (outer-level) quotation mark.
func double(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '‟', '«', '»', '＂':
		return true
	}
	return false
}

// role returns the role of the quotation mark at token i.
func (f *finder) role(i int) markRole {
	t := f.doc.Tokens[i]
	r, _ := utf8.DecodeRuneInString(f.doc.Source[t.Start:])
	if t.End-t.Start == 2 && (r == '\'' || r == '`') {
		r = '"' // '' and `` are a straight double mark
	}
	switch r {
	case '“':
		// „…“: the German closing mark is the English opening one.
		if f.openRune == '„' {
			return closes
		}
		return opens
	case '„', '«', '‟':
		return opens
	case '”', '»':
		return closes
	case '"', '＂':
		spaceBefore := t.Space || i == 0 || f.doc.Tokens[i-1].Kind == text.Quote || f.doc.Tokens[i-1].Kind == text.Dash || isOpenBracket(f.doc.TokenText(i-1))
		spaceAfter := i+1 >= len(f.doc.Tokens) || f.doc.Tokens[i+1].Space
		switch {
		case spaceBefore && !spaceAfter:
			return opens
		case !spaceBefore && spaceAfter:
			return closes
		case !spaceBefore && !spaceAfter && i+1 < len(f.doc.Tokens) && isClosingPunct(f.doc.TokenText(i+1)):
			return closes
		}
		return either
	}
	return notMark
}

func isOpenBracket(s string) bool { return s == "(" || s == "[" }

func isClosingPunct(s string) bool {
	switch s {
	case ",", ".", ";", ":", "!", "?", ")":
		return true
	}
	return false
}

// pairMarks finds the double-quoted regions of the document, paragraph by
// paragraph. An opening mark left open at the end of a paragraph continues
// into the next paragraph when that one opens with a mark (the convention
// for a quotation over several paragraphs); otherwise the region ends with
// its paragraph and a diagnostic says so, so that an unbalanced mark never
// swallows the rest of the article.
func (f *finder) pairMarks() {
	var cur *region
	for pi, p := range f.doc.Paragraphs {
		first := f.doc.TokenAt(p.Start)
		if cur != nil {
			if first < len(f.doc.Tokens) && f.doc.Tokens[first].Kind == text.Quote && f.role(first) != closes {
				// The quotation continues with this paragraph.
				cur.frags = append(cur.frags, span{Start: f.doc.Tokens[first].End, End: p.End})
				first++
			} else {
				f.unclosed(cur, pi-1)
				cur = nil
			}
		}
		for i := first; i < len(f.doc.Tokens) && f.doc.Tokens[i].End <= p.End; i++ {
			t := f.doc.Tokens[i]
			if t.Kind != text.Quote {
				continue
			}
			r, _ := utf8.DecodeRuneInString(f.doc.Source[t.Start:])
			if t.End-t.Start == 2 && (r == '\'' || r == '`') {
				r = '"'
			}
			if !double(r) {
				continue
			}
			role := f.role(i)
			if cur == nil && role == closes && t.Space && i+1 < len(f.doc.Tokens) && !f.doc.Tokens[i+1].Space {
				role = opens // a closing mark used to open: ”Fear. I am afraid.”
			}
			if cur == nil {
				if role == opens || role == either {
					cur = &region{open: i, close: -1, frags: []span{{Start: t.End, End: p.End}}}
					f.openRune = r
				}
				continue
			}
			if role == closes || role == either {
				cur.close = i
				cur.frags[len(cur.frags)-1].End = t.Start
				f.regions = append(f.regions, cur)
				cur = nil
				f.openRune = 0
			}
		}
	}
	if cur != nil {
		f.unclosed(cur, len(f.doc.Paragraphs)-1)
	}
}

// unclosed keeps a region whose mark was never closed, ending it with its
// last paragraph, and reports it.
func (f *finder) unclosed(r *region, para int) {
	f.diag(f.doc.Tokens[r.open].Start, "unbalanced quotation mark: no closing mark before the paragraph ends")
	last := &r.frags[len(r.frags)-1]
	last.End = f.doc.Paragraphs[para].End
	if last.End > last.Start {
		f.regions = append(f.regions, r)
	}
	f.openRune = 0
}
