package syntax

import "github.com/newsgraph/newsgraph/text"

// Sentences gives the analysis of one sentence of a doc, one Token per
// token of the sentence, Head an index within it (-1 for the root): what
// the quote and event stages read where patterns fall short. *Model is
// one.
type Sentences interface {
	ParseSentence(doc *text.Doc, si int) []Token
	// TagSentence is ParseSentence without the tree (Head -1, Rel ""),
	// several times cheaper.
	TagSentence(doc *text.Doc, si int) []Token
}

// The helpers below read a sentence's tree t as ParseSentence gives it.

// Dominates reports whether word h is k or an ancestor of k in t.
func Dominates(t []Token, h, k int) bool {
	for steps := 0; k >= 0 && k < len(t) && steps <= len(t); steps++ {
		if k == h {
			return true
		}
		k = t[k].Head
	}
	return false
}

// Dependent returns the first word that depends on h by one of rels, or
// -1.
func Dependent(t []Token, h int, rels ...string) int {
	for k := range t {
		if t[k].Head != h {
			continue
		}
		for _, r := range rels {
			if t[k].Rel == r {
				return k
			}
		}
	}
	return -1
}

// Subject returns the subject (nsubj or nsubj:pass) of word v in t, or
// -1, and the word whose subject it is. With inherit, a verb without a
// subject of its own takes that of the word it is a conjunct, or an open
// or adverbial clause, of, up to four levels up ("X arrived and met Y",
// "X was quoted as saying"); verb is then the last word looked at.
func Subject(t []Token, v int, inherit bool) (subj, verb int) {
	for range 4 {
		if v < 0 || v >= len(t) {
			return -1, v
		}
		if k := Dependent(t, v, "nsubj", "nsubj:pass"); k >= 0 || !inherit {
			return k, v
		}
		switch t[v].Rel {
		case "conj", "xcomp", "advcl":
		default:
			return -1, v
		}
		if t[v].Head < 0 {
			return -1, v
		}
		v = t[v].Head
	}
	return -1, v
}
