// Package quote finds the statements of an article: direct quotes in any
// quotation-mark convention, partial quotes inside reported speech, and
// indirect speech ("X said that ..."), each with its cue, its speaker
// resolved to an entity (by name, title or pronoun), the outlets that
// relayed it ("according to TASS"), and the place and setting the text
// gives for it.
//
// It creates: []Quote. It needs: text.Doc, entity.Set (it adds pronoun
// and nominal speaker mentions to the set) and the spans of the article's
// dates.
package quote

import (
	"sort"

	"github.com/newsgraph/newsgraph/entity"
	"github.com/newsgraph/newsgraph/syntax"
	"github.com/newsgraph/newsgraph/text"
)

// Kinds of statement, as the record names them.
const (
	Direct   = "direct"
	Partial  = "partial"
	Indirect = "indirect"
)

// span is a byte range of the source, end exclusive.
type span struct{ Start, End int }

// Span is a byte range of the source, end exclusive; Start < 0 means none.
type Span = span

var none = span{-1, -1}

// Valid reports whether the span is set.
func (s span) Valid() bool { return s.Start >= 0 }

// Quote is one statement with byte offsets into the document source.
type Quote struct {
	Kind string
	// Fragments are the content's pieces; most quotes have one.
	Fragments []Span
	Cue       Span
	// Speaker is the entity index in the set, or -1.
	Speaker        int
	SpeakerMention Span
	Via            []int // relaying entities, nearest first
	Place          int   // entity index or -1
	Time           int   // index into the dates given to Find, or -1
	Setting        string
	Confidence     float64
	// Sentence is the index of the sentence holding the cue or, failing
	// that, the content.
	Sentence int
}

// Diagnostic is something odd the stage worked around, at a byte offset.
type Diagnostic = text.Diagnostic

// Find returns the statements of doc in text order, and what it noticed.
//
// dates are the byte spans of the article's dates and times in text order;
// each quote's Time indexes them.
//
// syn, when not nil, parses the sentences where the tree helps; with nil
// the finder works from patterns alone.
func Find(doc *text.Doc, ents *entity.Set, dates []Span, syn syntax.Sentences) ([]Quote, []Diagnostic) {
	f := newFinder(doc, ents)
	f.syntax = syn
	f.dates = dates
	f.pairMarks()
	f.indexRegions()
	for si := range doc.Sentences {
		f.sentence(si)
	}
	f.orphans()
	f.scopes()
	sort.SliceStable(f.quotes, func(i, j int) bool { return f.quotes[i].Fragments[0].Start < f.quotes[j].Fragments[0].Start })
	return f.quotes, f.diags
}

// finder holds the state of one pass.
type finder struct {
	doc     *text.Doc
	ents    *entity.Set
	words   []string
	regions []*region
	// inRegion maps a token to 1 + the index of the region whose content
	// holds it, or 0.
	inRegion []int32
	openRune rune
	quotes   []Quote
	relays   []relay
	dates    []span
	diags    []Diagnostic
	// attributed marks sentences whose statement has been found, so that
	// a later "X said" without content does not take them twice.
	attributed []bool
	syntax     syntax.Sentences
	trees      [][]syntax.Token // by sentence, parsed on demand
	tagged     [][]syntax.Token // by sentence, tagged on demand
	// antecedents maps the start of a relative pronoun that is a
	// speaker ("who said") to the phrase it stands for.
	antecedents map[int]span
}

func newFinder(doc *text.Doc, ents *entity.Set) *finder {
	f := &finder{doc: doc, ents: ents, attributed: make([]bool, len(doc.Sentences)), antecedents: map[int]span{}}
	f.words = make([]string, len(doc.Tokens))
	for i := range doc.Tokens {
		f.words[i] = doc.TokenText(i)
	}
	return f
}

func (f *finder) diag(off int, msg string) {
	f.diags = append(f.diags, Diagnostic{Offset: off, Message: msg})
}

// indexRegions fills inRegion.
func (f *finder) indexRegions() {
	f.inRegion = make([]int32, len(f.doc.Tokens))
	for ri, r := range f.regions {
		for _, fr := range r.frags {
			for i := f.doc.TokenAt(fr.Start); i < len(f.doc.Tokens) && f.doc.Tokens[i].End <= fr.End; i++ {
				f.inRegion[i] = int32(ri + 1)
			}
		}
	}
}

// region returns the region holding token i, or nil.
func (f *finder) region(i int) *region {
	if i < 0 || i >= len(f.inRegion) || f.inRegion[i] == 0 {
		return nil
	}
	return f.regions[f.inRegion[i]-1]
}

// tokSpan returns the byte span of tokens [i, j).
func (f *finder) tokSpan(i, j int) span {
	return span{f.doc.Tokens[i].Start, f.doc.Tokens[j-1].End}
}

// add appends a quote and marks its sentence as attributed.
func (f *finder) add(q Quote) {
	f.quotes = append(f.quotes, q)
	if q.Sentence >= 0 {
		f.attributed[q.Sentence] = true
	}
}
