package event

import (
	"strings"
	"unicode"
	"unicode/utf8"

	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/entity"
	"github.com/newsgraph/newsgraph/syntax"
	"github.com/newsgraph/newsgraph/text"
)

// finder holds the state of one pass over a document.
type finder struct {
	doc   *text.Doc
	ents  *entity.Set
	dates []Span
	dict  *Dictionaries
	lex   *lexicon
	// low are the lower-cased token texts.
	low []string
	// ment maps a token to 1 + the index of the widest mention covering
	// it, 0 if none.
	ment []int32
	// quoted marks tokens inside quotation marks: statements, not events.
	quoted []bool
	// used marks tokens that belong to a trigger already found.
	used  []bool
	cands []*cand
	// nominal maps a group's lower-case name to the entity made for it.
	nominal map[string]int
	// texts are the token texts, made on first use.
	texts []string
	// window holds the words around a dictionary verb (see dictWindow).
	window map[string]bool
	// syntax parses sentences for treeArgs, nil for patterns alone.
	syntax syntax.Sentences
}

func newFinder(doc *text.Doc, ents *entity.Set, dates []Span, opt Options) *finder {
	f := &finder{doc: doc, ents: ents, dates: dates, dict: opt.Dictionaries, lex: builtin(), nominal: map[string]int{},
		syntax: opt.Syntax}
	f.low = make([]string, len(doc.Tokens))
	for i, t := range doc.Tokens {
		w := doc.Source[t.Start:t.End]
		if hasUpper(w) {
			w = strings.ToLower(w)
		}
		if strings.ContainsRune(w, '’') {
			w = strings.ReplaceAll(w, "’", "'")
		}
		f.low[i] = w
	}
	f.used = make([]bool, len(doc.Tokens))
	return f
}

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// index fills ment and quoted. It runs after jointBodies, which may add
// mentions, and before anything adds more.
func (f *finder) index() {
	n := len(f.doc.Tokens)
	f.ment = make([]int32, n)
	width := make([]int, n)
	for mi, m := range f.ents.Mentions {
		a, b := f.tokRange(m.Start, m.End)
		for t := a; t < b; t++ {
			if f.ment[t] == 0 || m.End-m.Start > width[t] {
				f.ment[t], width[t] = int32(mi+1), m.End-m.Start
			}
		}
	}
	f.quoted = make([]bool, n)
	open := false
	para := -1
	for _, s := range f.doc.Sentences {
		if s.Paragraph != para {
			open, para = false, s.Paragraph
		}
		for i := s.First; i < s.Last; i++ {
			t := f.doc.Tokens[i]
			if t.Kind != text.Quote {
				f.quoted[i] = open
				continue
			}
			r, _ := utf8.DecodeRuneInString(f.doc.Source[t.Start:])
			switch r {
			case '“', '«', '„', '‹', '‘':
				open = true
			case '”', '»', '›', '’':
				open = false
			case '"', '`':
				open = !open
			}
			f.quoted[i] = true
		}
	}
}

// tokRange returns the tokens [a, b) covering bytes [start, end).
func (f *finder) tokRange(start, end int) (int, int) {
	a := f.doc.TokenAt(start)
	b := a
	for b < len(f.doc.Tokens) && f.doc.Tokens[b].Start < end {
		b++
	}
	return a, b
}

// mentionAt returns the widest mention covering token i.
func (f *finder) mentionAt(i int) (entity.Mention, bool) {
	if i < 0 || i >= len(f.ment) || f.ment[i] == 0 {
		return entity.Mention{}, false
	}
	return f.ents.Mentions[f.ment[i]-1], true
}

// mentionTokens returns the tokens [a, b) of the widest mention covering
// token i.
func (f *finder) mentionTokens(i int) (int, int) {
	m, _ := f.mentionAt(i)
	return f.tokRange(m.Start, m.End)
}

func (f *finder) span(i, j int) Span { return Span{f.doc.Tokens[i].Start, f.doc.Tokens[j].End} }

func (f *finder) isWord(i int) bool { return f.doc.Tokens[i].Kind == text.Word }

// capitalised reports whether token i begins with an upper-case letter.
func (f *finder) capitalised(i int) bool {
	t := f.doc.Tokens[i]
	r, _ := utf8.DecodeRuneInString(f.doc.Source[t.Start:t.End])
	return unicode.IsUpper(r)
}

// sentenceInitial reports whether token i is the first word of its
// sentence.
func (f *finder) sentenceInitial(i int, s text.Sentence) bool {
	for j := s.First; j < i; j++ {
		if f.isWord(j) {
			return false
		}
	}
	return true
}

// boundary reports whether token i ends a clause for the search of a
// participant: clause punctuation, quotation marks, clause openers.
func (f *finder) boundary(i int) bool {
	switch f.doc.Tokens[i].Kind {
	case text.Quote:
		return true
	case text.Punct:
		switch f.low[i] {
		case ";", ":", "(", ")", "[", "]", "?", "!":
			return true
		}
		return false
	}
	return clauseWords[f.low[i]]
}

// participantType reports whether an entity can act in an event:
// people, organisations, countries, outlets, and names of more than one
// word that the entity layer could not type.
func (f *finder) participantType(e int) bool {
	ent := &f.ents.Entities[e]
	switch ent.Type {
	case newsgraph.Person, newsgraph.Organization, newsgraph.Country, newsgraph.Media:
		return true
	case newsgraph.Place:
		return f.capitalOf(e) != ""
	case newsgraph.Other:
		// Names the entity layer could not type act when they look like
		// a person's or a group's, not a law's or an award's.
		i := strings.LastIndexByte(ent.Name, ' ')
		return i > 0 && !thingHeads[ent.Name[i+1:]]
	}
	return false
}

// thingHeads end names of things that do not act: laws, treaties, awards.
var thingHeads = set(`Act Agreement Amendment Accord Treaty Convention Law Bill Medal Prize Award Plan Program
	Programme Day Report Resolution Declaration Protocol Initiative Fund Strategy Doctrine Deal Pact Code
	Constitution Charter Rule Rules Order Summit Conference Forum Games Cup Championship Festival Street
	Avenue Square Bridge Airport Station Hospital University College School Center Centre Building Tower
	Hall Park River Sea Ocean Lake Mountain Island Islands Valley Desert Province Region District County`)
