package quote

import (
	"github.com/newsgraph/newsgraph/syntax"
	"github.com/newsgraph/newsgraph/text"
)

// The finder asks for trees only where a rule can use one: sentences with
// a cue. Patterns still find cues, quotation marks and speakers; the tree
// settles where a reported clause ends and how far a subject reaches.

// tags returns the parts of speech of sentence si, tagging it on first
// use, or nil without a parser.
func (f *finder) tags(si int) []syntax.Token {
	if f.syntax == nil {
		return nil
	}
	if f.trees != nil && f.trees[si] != nil {
		return f.trees[si]
	}
	if f.tagged == nil {
		f.tagged = make([][]syntax.Token, len(f.doc.Sentences))
	}
	if f.tagged[si] == nil {
		f.tagged[si] = f.syntax.TagSentence(f.doc, si)
	}
	return f.tagged[si]
}

// tree returns the analysis of sentence si, parsing it on first use, or
// nil without a parser.
func (f *finder) tree(si int) []syntax.Token {
	if f.syntax == nil {
		return nil
	}
	if f.trees == nil {
		f.trees = make([][]syntax.Token, len(f.doc.Sentences))
	}
	if f.trees[si] == nil {
		f.trees[si] = f.syntax.ParseSentence(f.doc, si)
	}
	return f.trees[si]
}

// subtree returns the tokens [lo, hi) that token i of the sentence (an
// index within it) dominates, from its leftmost to its rightmost
// descendant.
func subtree(t []syntax.Token, i int) (lo, hi int) {
	lo, hi = i, i+1
	for k := range t {
		if k >= lo && k < hi {
			continue
		}
		if syntax.Dominates(t, i, k) {
			lo, hi = min(lo, k), max(hi, k+1)
		}
	}
	return lo, hi
}

// cueVerb returns the token, within its sentence, that heads the cue of
// tokens [c, end) in tree t: the first verb of the cue, else its first
// token.
func cueVerb(t []syntax.Token, s text.Sentence, c, end int) int {
	for k := c; k < end; k++ {
		if t[k-s.First].UPOS == "VERB" {
			return k - s.First
		}
	}
	return c - s.First
}

// clauseEnd returns where, by the tree, the reported clause of the cue
// [c, end) that starts at token from ends (exclusive): after the last
// word of the complement of the cue's verb that holds from. It returns -1
// when the tree has no such complement or draws it starting before from
// (and its "that").
//
// In a relative clause ("X, who said that ..., left") the complement ends
// where the tree says, whatever follows: the rest is the main clause.
func (f *finder) clauseEnd(si, c, end, from, upTo int, relative bool) int {
	s := f.doc.Sentences[si]
	if f.syntax == nil || from < s.First || from >= s.Last || !relative && !f.cueWithin(from+1, upTo, s) {
		// Only another cue inside can end the clause early: no need
		// to parse.
		return -1
	}
	t := f.tree(si)
	v := cueVerb(t, s, c, end)
	x := from - s.First
	// Climb from the content's first word to the child of the verb.
	for steps := 0; x >= 0 && t[x].Head != v; steps++ {
		if steps > len(t) {
			return -1
		}
		x = t[x].Head
	}
	if x < 0 {
		return -1
	}
	switch t[x].Rel {
	case "ccomp", "parataxis", "advcl", "dep", "obj", "xcomp":
	default:
		return -1
	}
	lo, hi := subtree(t, x)
	if lo+s.First < from-1 || hi+s.First <= from {
		return -1
	}
	// Leave out the commas and stops that close the clause, but not a
	// closing quotation mark or what stands inside one.
	for hi > x+1 && closing[f.words[hi-1+s.First]] && f.region(hi-1+s.First) == nil {
		hi--
	}
	// The tree is trusted to end a clause or an object only where
	// another attribution of the same verb follows: "..., but he said
	// that ...", "the complaint, saying ...", "... and he urged ...".
	// Elsewhere PolNeAR-style contents run on through their conjuncts and
	// adjuncts, and so do the patterns; and the object of "called him
	// fit" is not where its content ends.
	if relative {
		return hi + s.First
	}
	next, nextLo := -1, len(t)
	for k := range t {
		if t[k].Head != v || k == x {
			continue
		}
		if lo, _ := subtree(t, k); lo >= hi && lo < nextLo {
			next, nextLo = k, lo
		}
	}
	if next < 0 || f.cueAt(next+s.First, s) < 0 {
		return -1
	}
	return hi + s.First
}

// subjectReach returns the tokens [lo, hi) of the whole subject of the
// cue [c, end) by the tree, when the phrase [a, last] the patterns found
// holds the subject's head word; ok is false otherwise.
func (f *finder) subjectReach(si, c, end, a, last int) (lo, hi int, ok bool) {
	s := f.doc.Sentences[si]
	if f.syntax == nil || a == s.First || !f.isWord(a-1) && f.doc.Tokens[a-1].Kind != text.Number || !nominal[f.tags(si)[a-1-s.First].UPOS] {
		// Nothing before the phrase can belong to it: no need to parse.
		return 0, 0, false
	}
	t := f.tree(si)
	k, _ := syntax.Subject(t, cueVerb(t, s, c, end), false)
	if k < 0 || k+s.First < a || k+s.First > last {
		return 0, 0, false
	}
	lo, hi = subtree(t, k)
	lo, hi = lo+s.First, hi+s.First
	// The tree only widens the phrase: where the two disagree, a wrong
	// attachment is likelier than a wrong pattern.
	lo, hi = min(lo, a), max(hi, last+1)
	for hi > lo+1 && t[hi-1-s.First].UPOS == "PUNCT" && hi-1 > last {
		hi--
	}
	for lo < hi-1 && lo < a && (t[lo-s.First].UPOS == "PUNCT" || t[lo-s.First].UPOS == "CCONJ") {
		lo++
	}
	if hi > c {
		return 0, 0, false
	}
	return lo, hi, true
}

// closing holds the punctuation that may end a clause.
var closing = set(", ; : . — – -")

// cueWithin reports whether a cue starts at one of the tokens [i, j) of s.
func (f *finder) cueWithin(i, j int, s text.Sentence) bool {
	for ; i < j; i++ {
		if f.cueAt(i, s) >= 0 {
			return true
		}
	}
	return false
}

// nominal holds the parts of speech a word just before a subject the
// patterns found may have if it belongs to the subject too: "Federal and
// state officials", "Some state officials", "Not everyone".
var nominal = set("ADJ NOUN PROPN DET NUM CCONJ PRON PART ADV X")

// treeSubject returns the tokens [lo, hi) of the subject of the cue [c,
// end) by the tree: the verb's own subject, or for a verb that has none
// the subject of the verb it hangs from ("was quoted as saying", "left
// the room, saying"). ok is false when the tree has none.
func (f *finder) treeSubject(si, c, end int) (lo, hi int, ok bool) {
	t := f.tree(si)
	if t == nil {
		return 0, 0, false
	}
	s := f.doc.Sentences[si]
	k, _ := syntax.Subject(t, cueVerb(t, s, c, end), true)
	if k < 0 {
		return 0, 0, false
	}
	lo, hi = subtree(t, k)
	for hi > lo+1 && t[hi-1].UPOS == "PUNCT" {
		hi--
	}
	for lo < hi-1 && (t[lo].UPOS == "PUNCT" || t[lo].UPOS == "CCONJ") {
		lo++
	}
	return lo + s.First, hi + s.First, true
}

// treeAntecedent returns the name the relative pronoun at token j stands
// for when it is the subject of the cue [c, end) in a relative clause:
// the entity mention holding the word the clause hangs from ("David
// Kamin" in "David Kamin, an adviser to the campaign, who said").
func (f *finder) treeAntecedent(si, c, end, j int) (span, bool) {
	t := f.tree(si)
	if t == nil {
		return none, false
	}
	s := f.doc.Sentences[si]
	v := cueVerb(t, s, c, end)
	if k, _ := syntax.Subject(t, v, false); t[v].Rel != "acl:relcl" || k != j-s.First || t[v].Head < 0 {
		return none, false
	}
	h := t[v].Head + s.First
	for _, m := range f.ents.Within(f.doc.Tokens[s.First].Start, f.doc.Tokens[j].Start) {
		if m.Start <= f.doc.Tokens[h].Start && f.doc.Tokens[h].End <= m.End {
			return span{m.Start, m.End}, true
		}
	}
	return none, false
}
