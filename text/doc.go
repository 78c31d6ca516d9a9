// Package text turns raw input into a Doc: decoded UTF-8 source, tokens,
// sentences and paragraphs, all as byte offsets into the source, plus the
// index that converts byte offsets to the code-point offsets of the record.
//
// It creates: Doc. It needs: nothing but the input bytes.
package text

import "unicode/utf8"

// Doc is one article's text and its segmentation. Every offset in it is a
// byte offset into Source, end exclusive.
type Doc struct {
	Source      string
	Tokens      []Token
	Sentences   []Sentence
	Paragraphs  []Paragraph
	Diagnostics []Diagnostic

	runes *Index
}

// Diagnostic is something noticed in the input and worked around. Offset
// is a byte offset into the decoded source, or -1.
type Diagnostic struct {
	Offset  int
	Message string
}

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota // letters, digits and inner apostrophes/hyphens/periods
	Number             // digits with inner separators: 3.5, 1,000, 17.02.2017
	Punct              // any other single punctuation or symbol
	Quote              // a quotation mark: " “ ” « » „ ‘ ’ ' ‹ ›
	Dash               // — – and a spaced hyphen standing for a dash
)

// Token is one word, number or punctuation mark.
type Token struct {
	Start, End int
	Kind       Kind
	// Space reports whether white space precedes the token.
	Space bool
	// Newline reports whether a line break precedes the token.
	Newline bool
}

// Sentence is a run of tokens [First, Last) within one paragraph.
type Sentence struct {
	Start, End  int
	First, Last int
	Paragraph   int
	// Headline marks a sentence that is a whole line without final
	// punctuation at the start of the text, such as a title.
	Headline bool
}

// Paragraph is a block of text separated from the next by a blank line, or
// a single line where the text uses one line per paragraph.
type Paragraph struct {
	Start, End int
	// FirstSentence is the index of the paragraph's first sentence.
	FirstSentence int
}

// New decodes nothing: it segments an already decoded UTF-8 source.
// Use Parse for raw bytes.
func New(src string) *Doc {
	d := &Doc{Source: src}
	d.Tokens = tokenize(src)
	d.Paragraphs = paragraphs(src)
	d.Sentences = d.split()
	return d
}

// Parse decodes raw bytes (see Decode) and segments the result.
func Parse(b []byte) (*Doc, error) {
	src, diags, err := Decode(b)
	if err != nil {
		return nil, err
	}
	d := New(src)
	d.Diagnostics = append(diags, d.Diagnostics...)
	return d, nil
}

// Text returns the source between two byte offsets.
func (d *Doc) Text(start, end int) string { return d.Source[start:end] }

// TokenText returns the text of token i.
func (d *Doc) TokenText(i int) string { t := d.Tokens[i]; return d.Source[t.Start:t.End] }

// Rune converts a byte offset into a code-point offset.
func (d *Doc) Rune(off int) int {
	if d.runes == nil {
		d.runes = NewIndex(d.Source)
	}
	return d.runes.Rune(off)
}

// SentenceAt returns the index of the sentence containing byte offset off,
// or the last sentence starting before it; -1 if there is none.
func (d *Doc) SentenceAt(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Sentences[m].Start <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo - 1
}

// TokenAt returns the index of the first token ending after byte offset
// off, or len(Tokens).
func (d *Doc) TokenAt(off int) int {
	lo, hi := 0, len(d.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Tokens[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// firstRune returns the first rune of s.
func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }
