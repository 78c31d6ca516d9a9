// Package entity finds the people, organisations, countries, places, media
// outlets and named events of an article and groups their mentions into
// one entity per referent: names, surnames, acronyms, titles ("the
// Secretary General"), aliases ("the Alliance") and capitals standing for
// their state.
//
// It creates: Set (entities with mentions and roles). It needs: text.Doc.
// Pronouns are not resolved here; the quote stage attaches them to the
// speaker it resolves through Set.AddMention.
package entity

import (
	"sort"

	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/text"
)

// MentionKind says how a mention names its entity.
type MentionKind uint8

// Mention kinds.
const (
	Name    MentionKind = iota // a proper name: Jens Stoltenberg, NATO
	Surname                    // part of a name met before: Stoltenberg
	Title                      // a title standing for its holder: the Secretary General
	Alias                      // a gazetteer alias: the Alliance, Moscow
	Pronoun                    // he, she, they (added by later stages)
	Nominal                    // a common noun phrase: a source, officials
)

// Mention is one stretch of text that refers to an entity.
type Mention struct {
	Start, End int // byte offsets into the doc source
	Entity     int // index into Set.Entities
	Kind       MentionKind
}

// Entity is one referent and what the text says about it.
type Entity struct {
	Name    string
	Type    newsgraph.EntityType
	Code    string // ISO alpha-3 or organisation code, where known
	Country string // alpha-3 of the country it belongs to, where known
	Sector  string
	// Gender is 'f' or 'm' where the text shows it (Mrs., spokeswoman,
	// "she"), else 0.
	Gender byte
	Roles  []Role
	// Mentions are indices into Set.Mentions in text order.
	Mentions []int
}

// Role is a title held by an entity, optionally of another entity.
type Role struct {
	Title string
	Of    int // entity index, or -1
}

// Set is the entities of one document.
type Set struct {
	Entities []Entity
	Mentions []Mention // sorted by Start
	doc      *text.Doc
}

// Find returns the entities of doc.
func Find(doc *text.Doc) *Set {
	f := newFinder(doc)
	f.scan()
	f.resolveTitles()
	f.set.sortMentions()
	return f.set
}

// AddMention records that doc[start:end] refers to entity e.
func (s *Set) AddMention(start, end, e int, kind MentionKind) {
	if m, ok := s.At(start, end); ok && s.Mentions[m].Start == start && s.Mentions[m].End == end {
		return
	}
	s.Mentions = append(s.Mentions, Mention{Start: start, End: end, Entity: e, Kind: kind})
	s.sortMentions()
}

// NewEntity adds an entity and returns its index.
func (s *Set) NewEntity(name string, typ newsgraph.EntityType) int {
	s.Entities = append(s.Entities, Entity{Name: name, Type: typ})
	return len(s.Entities) - 1
}

func (s *Set) sortMentions() {
	sort.SliceStable(s.Mentions, func(i, j int) bool { return s.Mentions[i].Start < s.Mentions[j].Start })
	for i := range s.Entities {
		s.Entities[i].Mentions = s.Entities[i].Mentions[:0]
	}
	for i, m := range s.Mentions {
		s.Entities[m.Entity].Mentions = append(s.Entities[m.Entity].Mentions, i)
	}
}

// At returns the longest mention lying within [start, end), preferring
// people, and whether there is one.
func (s *Set) At(start, end int) (int, bool) {
	best := -1
	i := sort.Search(len(s.Mentions), func(i int) bool { return s.Mentions[i].Start >= start })
	for ; i < len(s.Mentions) && s.Mentions[i].Start < end; i++ {
		m := s.Mentions[i]
		if m.End > end {
			continue
		}
		if best < 0 || s.better(i, best) {
			best = i
		}
	}
	return best, best >= 0
}

func (s *Set) better(a, b int) bool {
	ma, mb := s.Mentions[a], s.Mentions[b]
	pa, pb := s.Entities[ma.Entity].Type == newsgraph.Person, s.Entities[mb.Entity].Type == newsgraph.Person
	if pa != pb {
		return pa
	}
	return ma.End-ma.Start > mb.End-mb.Start
}

// Before returns the entities of the given type mentioned before byte
// offset off, nearest first.
func (s *Set) Before(off int, typ newsgraph.EntityType) []int {
	var out []int
	seen := map[int]bool{}
	i := sort.Search(len(s.Mentions), func(i int) bool { return s.Mentions[i].Start >= off })
	for i--; i >= 0; i-- {
		e := s.Mentions[i].Entity
		if s.Entities[e].Type == typ && !seen[e] && s.Mentions[i].End <= off {
			seen[e] = true
			out = append(out, e)
		}
	}
	return out
}

// Within returns the mentions that start in [start, end), in text order.
func (s *Set) Within(start, end int) []Mention {
	i := sort.Search(len(s.Mentions), func(i int) bool { return s.Mentions[i].Start >= start })
	j := sort.Search(len(s.Mentions), func(i int) bool { return s.Mentions[i].Start >= end })
	return s.Mentions[i:j]
}
