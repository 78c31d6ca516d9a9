package event

import (
	"github.com/newsgraph/newsgraph/syntax"
	"github.com/newsgraph/newsgraph/text"
)

// The finder asks for a tree only for a sentence with a verb trigger whose
// participants the patterns left open or may have taken from an inserted
// phrase. Patterns still find triggers and code events; the tree only
// names participants the patterns have none for ("Sergei Lavrov, speaking
// in Munich on Friday, accused NATO"), or replaces a name the patterns
// took from an apposition or a clause set off inside the subject.

// treeArgs fills in the participants of a verb mention that the patterns
// left out, from the tree t of its sentence: the subject, the agent of a
// passive, the object or the prepositional slot of its entry. It parses
// the sentence if t is nil and it needs the tree, and returns the tree.
func (f *finder) treeArgs(c *cand, s text.Sentence, t []syntax.Token) []syntax.Token {
	if f.syntax == nil || c.prep >= 0 || c.noun >= 0 || c.dropped {
		return t
	}
	infinitive := c.first > s.First && f.low[c.first-1] == "to" // the control verb's subject: see controls
	needSubj := c.subjHow == subjNone && !infinitive
	checkSubj := !infinitive && (c.subjHow == subjName || c.subjHow == subjGroup) && f.insertedBefore(c, s)
	needSlot := len(c.slot) == 0 && len(c.e.slots) > 0
	needBy := c.passive && len(c.by) == 0
	if !needSubj && !checkSubj && !needSlot && !needBy {
		return t
	}
	if t == nil {
		t = f.syntax.ParseSentence(f.doc, c.sent)
	}
	v := c.head - s.First
	if len(t) != s.Last-s.First || t[v].UPOS != "VERB" {
		return t // the tree does not read the trigger as a verb
	}
	if needSubj || checkSubj {
		if ps, how, k := f.treeSubject(t, v, s); len(ps) > 0 && (needSubj || f.offSubject(t, k, c.subj, s)) {
			c.subj, c.subjHow = ps, how
		}
	}
	if needSlot {
		c.slot, c.slotKind = f.treeSlot(t, c, s)
	}
	if needBy {
		c.by = f.dependents(t, v, s, "obl", "by")
	}
	return t
}

// insertedBefore reports whether a comma or a dash stands between the
// subject the patterns found and the trigger: "X, the foreign minister,
// met", where they may have taken a name from the inserted phrase.
func (f *finder) insertedBefore(c *cand, s text.Sentence) bool {
	from := f.doc.TokenAt(c.subj[len(c.subj)-1].end - 1)
	for k := max(from, s.First); k < c.first; k++ {
		if f.low[k] == "," || f.doc.Tokens[k].Kind == text.Dash {
			return true
		}
	}
	return false
}

// treeSubject returns the participants of the subject of verb v: its own
// nsubj or nsubj:pass, else, for a verb joined to another ("arrived in
// Beijing and met Xi"), that verb's, a few levels up; a relative pronoun
// stands for the noun its clause hangs from ("Duda, who accused"). k is
// the subject's word, or -1.
func (f *finder) treeSubject(t []syntax.Token, v int, s text.Sentence) (ps []part, how subjKind, k int) {
	k, w := syntax.Subject(t, v, true)
	if k < 0 {
		k = hungSubject(t, v)
	}
	if k < 0 {
		return nil, subjNone, -1
	}
	if relativePronouns[f.low[k+s.First]] && t[w].Rel == "acl:relcl" && t[w].Head >= 0 {
		k = t[w].Head
	}
	if subjectPronouns[f.low[k+s.First]] {
		if p, ok := f.pronoun(k+s.First, s); ok {
			return []part{p}, subjPronoun, k
		}
		return nil, subjNone, -1
	}
	ps = f.conjuncts(t, k, s)
	how = subjGroup
	if named(ps) {
		how = subjName
	}
	return ps, how, k
}

// hungSubject returns the subject of a finite verb v that the tree,
// misled by a phrase set off by commas, hangs from the noun before the
// phrase instead of taking that noun as its subject: "Sergei Lavrov,
// speaking in Munich on Friday, accused NATO" parsed with Lavrov as the
// root and "accused" under "speaking". It climbs from v through verbs
// without subjects of their own to the first noun or pronoun, which must
// stand before v and not in a prepositional phrase or as an object. It
// returns -1 if there is none.
func hungSubject(t []syntax.Token, v int) int {
	if !finite(t, v) || t[v].Rel == "acl" || t[v].Rel == "amod" {
		return -1
	}
	w := v
	for range 4 {
		h := t[w].Head
		if h < 0 || h > v {
			return -1
		}
		switch t[h].UPOS {
		case "NOUN", "PROPN", "PRON":
			if !hangRels[t[h].Rel] {
				return -1
			}
			return h
		case "VERB":
			if syntax.Dependent(t, h, "nsubj", "nsubj:pass") >= 0 {
				return -1 // "whose country has been fighting Russia, met": not this verb's subject
			}
		default:
			return -1
		}
		w = h
	}
	return -1
}

// hangRels are the relations of a noun that a misparsed clause may hang
// from while the noun is its subject.
var hangRels = set(`root nsubj nsubj:pass vocative dislocated dep list parataxis appos`)

// finite reports whether verb v is a finite form: a past or present
// tense, or a past participle without an auxiliary, which the tagger
// often gives for an ambiguous past ("accused").
func finite(t []syntax.Token, v int) bool {
	switch t[v].XPOS {
	case "VBD", "VBZ", "VBP":
		return true
	case "VBN":
		return syntax.Dependent(t, v, "aux", "aux:pass") < 0
	}
	return false
}

// relativePronouns open a relative clause as its subject.
var relativePronouns = set(`who which that`)

// offSubject reports whether the patterns' subject ps lies in what the
// tree sets off from the subject word k (an apposition, a relative or
// participial clause): "Sergei Lavrov, the Russian foreign minister,
// met" has Lavrov, not Russia, meet.
func (f *finder) offSubject(t []syntax.Token, k int, ps []part, s text.Sentence) bool {
	if k < 0 || len(ps) == 0 {
		return false
	}
	for _, p := range ps {
		x := f.doc.TokenAt(p.start) - s.First
		if x < 0 || x >= len(t) || !syntax.Dominates(t, k, x) || f.inConjunct(t, k, x) {
			return false
		}
	}
	return true
}

// inConjunct reports whether word x belongs to the core of k or of one of
// its conjuncts.
func (f *finder) inConjunct(t []syntax.Token, k, x int) bool {
	for _, h := range conjunctHeads(t, k) {
		if lo, hi := core(t, h); x >= lo && x < hi {
			return true
		}
	}
	return false
}

// treeSlot returns the participants of the first of the entry's slots
// that the tree fills with a name or a group: the object (obj, iobj) of the verb, or a phrase
// with one of the slot's prepositions hanging from a word of the trigger
// ("met with X", "imposed sanctions on X").
func (f *finder) treeSlot(t []syntax.Token, c *cand, s text.Sentence) ([]part, slotKind) {
	v := c.head - s.First
	for _, sl := range c.e.slots {
		var ps []part
		switch sl.kind {
		case slotObj:
			if !c.passive {
				ps = f.dependents(t, v, s, "obj", "")
				if len(ps) == 0 {
					ps = f.dependents(t, v, s, "iobj", "")
				}
			}
		case slotPrep:
			for h := c.first; h <= c.last && len(ps) == 0; h++ {
				for _, p := range sl.preps {
					if ps = f.dependents(t, h-s.First, s, "obl", p); len(ps) > 0 {
						break
					}
					if ps = f.dependents(t, h-s.First, s, "nmod", p); len(ps) > 0 {
						break
					}
				}
			}
		case slotBetween, slotOf:
			p := "between"
			if sl.kind == slotOf {
				p = "of"
			}
			for h := c.first; h <= c.last && len(ps) == 0; h++ {
				ps = f.dependents(t, h-s.First, s, "obl", p)
			}
		}
		// An object must head its phrase: "pledged to overturn the
		// Supreme Court's decision" targets no court.
		if ps = heads(ps); len(ps) > 0 {
			return ps, sl.kind
		}
	}
	return nil, slotObj
}

// dependents returns the participants of the first word that depends on
// h by relation rel (or a subtype of it) and, when prep is not "", has
// prep as its case marker: "with" for "met with X".
func (f *finder) dependents(t []syntax.Token, h int, s text.Sentence, rel, prep string) []part {
	for k := range t {
		if t[k].Head != h || t[k].Rel != rel && !subtype(t[k].Rel, rel) {
			continue
		}
		if prep != "" && !f.marked(t, k, prep, s) {
			continue
		}
		if relativePronouns[f.low[k+s.First]] {
			continue // "the deal that X signed": the object is the noun
		}
		return f.conjuncts(t, k, s)
	}
	return nil
}

// subtype reports whether rel is base with a subtype: "obl:agent" of
// "obl".
func subtype(rel, base string) bool {
	return len(rel) > len(base) && rel[len(base)] == ':' && rel[:len(base)] == base
}

// marked reports whether word k has prep as a case marker.
func (f *finder) marked(t []syntax.Token, k int, prep string, s text.Sentence) bool {
	for x := range t {
		if t[x].Head == k && t[x].Rel == "case" && f.low[x+s.First] == prep {
			return true
		}
	}
	return false
}

// conjuncts returns the participants of the noun phrase headed by word k
// and of the phrases coordinated with it: "Sergei Lavrov and Jens
// Stoltenberg". A head word inside a mention names the mention's entity
// ("accused Kyiv of sabotage"); a group or relational noun with an "of"
// or "from" phrase names who that phrase names ("leaders of the G7");
// another names what its phrase does ("Patriot Coal's executives").
func (f *finder) conjuncts(t []syntax.Token, k int, s text.Sentence) []part {
	var ps []part
	for _, h := range conjunctHeads(t, k) {
		x := h + s.First
		switch {
		case f.ment[x] != 0:
			ps = append(ps, f.participantsIn(f.mentionTokens(x))...)
		case relationalOf(f, x):
			if n := syntax.Dependent(t, h, "nmod"); n > h {
				ps = append(ps, f.conjuncts(t, n, s)...)
			}
		default:
			if a := f.namedAppos(t, h, s); a >= 0 {
				// A title or description with the name set beside it:
				// "Rep. Adam Schiff" parsed with "Rep" as the head.
				ps = append(ps, f.participantsIn(f.mentionTokens(a+s.First))...)
				break
			}
			lo, hi := core(t, h)
			ps = append(ps, f.participantsIn(lo+s.First, hi+s.First)...)
		}
	}
	return dedupe(ps)
}

// namedAppos returns the first word of a mention that is an apposition
// of word h, or -1.
func (f *finder) namedAppos(t []syntax.Token, h int, s text.Sentence) int {
	for x := range t {
		if t[x].Head == h && t[x].Rel == "appos" && f.ment[x+s.First] != 0 {
			return x
		}
	}
	return -1
}

// conjunctHeads returns k and the words coordinated with it, in order. A
// verb is not a noun's conjunct, whatever the tree says: "The Kremlin,
// in a statement, accused" parsed with "accused" joined to "Kremlin".
func conjunctHeads(t []syntax.Token, k int) []int {
	hs := []int{k}
	for i := 0; i < len(hs) && len(hs) < 8; i++ {
		for x := range t {
			if t[x].Head == hs[i] && t[x].Rel == "conj" && t[x].UPOS != "VERB" && t[x].UPOS != "AUX" {
				hs = append(hs, x)
			}
		}
	}
	return hs
}

// offRels are the relations that set a phrase off from the noun it
// depends on, or attach a phrase of its own; the words under them are not
// part of the noun's core. A possessor stays: "Niger's military rulers".
var offRels = set(`appos acl acl:relcl advcl parataxis dep discourse vocative list dislocated reparandum conj cc
	nmod obl obl:agent obl:tmod obl:npmod obl:unmarked nmod:tmod nmod:npmod nmod:unmarked`)

// core returns the tokens [lo, hi) of the noun phrase headed by word k
// without what the tree sets off from it (see offRels), nor punctuation
// or a preposition at either end.
func core(t []syntax.Token, k int) (lo, hi int) {
	lo, hi = k, k+1
	for lo > 0 && under(t, k, lo-1, offRels) {
		lo--
	}
	for hi < len(t) && under(t, k, hi, offRels) {
		hi++
	}
	for lo < k && (t[lo].UPOS == "PUNCT" || t[lo].UPOS == "ADP" || t[lo].UPOS == "CCONJ" || t[lo].UPOS == "SCONJ") {
		lo++
	}
	for hi > k+1 && t[hi-1].UPOS == "PUNCT" {
		hi--
	}
	return lo, hi
}

// under reports whether word x is k or lies below it in t without
// passing a relation in stop on the way up.
func under(t []syntax.Token, k, x int, stop map[string]bool) bool {
	for steps := 0; x >= 0 && x < len(t) && steps <= len(t); steps++ {
		if x == k {
			return true
		}
		if stop[t[x].Rel] {
			return false
		}
		x = t[x].Head
	}
	return false
}
