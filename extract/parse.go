package extract

import (
	"github.com/newsgraph/newsgraph/syntax"
	"github.com/newsgraph/newsgraph/text"
)

// sentences keeps the analyses of one doc's sentences, so that the quote
// and event stages, which each parse only the sentences they need, parse
// a sentence they both need once.
type sentences struct {
	syn         syntax.Sentences
	doc         *text.Doc
	trees, tags [][]syntax.Token
}

func newSentences(syn syntax.Sentences, doc *text.Doc) *sentences {
	n := len(doc.Sentences)
	return &sentences{syn: syn, doc: doc, trees: make([][]syntax.Token, n), tags: make([][]syntax.Token, n)}
}

// ParseSentence returns the tree of sentence si, parsing it on first use.
func (p *sentences) ParseSentence(doc *text.Doc, si int) []syntax.Token {
	if doc != p.doc {
		return p.syn.ParseSentence(doc, si)
	}
	if p.trees[si] == nil {
		p.trees[si] = p.syn.ParseSentence(doc, si)
	}
	return p.trees[si]
}

// TagSentence returns the tags of sentence si: those of its tree if it
// was parsed, else tagging it on first use.
func (p *sentences) TagSentence(doc *text.Doc, si int) []syntax.Token {
	if doc != p.doc {
		return p.syn.TagSentence(doc, si)
	}
	if p.trees[si] != nil {
		return p.trees[si]
	}
	if p.tags[si] == nil {
		p.tags[si] = p.syn.TagSentence(doc, si)
	}
	return p.tags[si]
}
