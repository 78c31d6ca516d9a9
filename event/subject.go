package event

import (
	"github.com/newsgraph/newsgraph/entity"
	"github.com/newsgraph/newsgraph/text"
)

// subject finds the participants left of token t in its clause: the
// nearest name, group or pronoun that is not the object of a preposition,
// with the names joined to it by "and". With overVerb, one speech verb
// right before t may be crossed ("X said at a meeting with Y").
func (f *finder) subject(t int, s text.Sentence, overVerb bool) ([]part, subjKind) {
	lo := max(s.First, t-30)
	j := f.skipRelative(t-1, lo)
	words := 0
	for ; j >= lo; j-- {
		w := f.low[j]
		if f.boundary(j) {
			return nil, subjNone
		}
		if f.doc.Tokens[j].Kind == text.Dash {
			// "Cuban women -- hundreds carrying children -- marched":
			// step over the aside; a lone dash ends the clause.
			k := j - 1
			for k >= lo && f.doc.Tokens[k].Kind != text.Dash {
				k--
			}
			if k < lo {
				return nil, subjNone
			}
			j = k
			continue
		}
		if f.isWord(j) {
			words++
		}
		if speechVerbs[w] && !(overVerb && words == 1) {
			return nil, subjNone
		}
		if f.ment[j] != 0 {
			a, b := f.mentionTokens(j)
			m, _ := f.mentionAt(j)
			if b > t {
				// A mention running into the trigger is a mistake of the
				// entity layer ("China put its army"): read the word.
				if c, n := f.demonym(j); n > 0 && !f.inPP(j, s) {
					return []part{{ent: -1, country: c, start: f.doc.Tokens[j].Start, end: f.doc.Tokens[j+n-1].End}}, subjName
				}
				continue
			}
			a = f.extendLeft(a, s)
			if f.participantType(m.Entity) && !f.inPP(a, s) {
				if m.Kind == entity.Title || m.Kind == entity.Nominal {
					if a2 := f.apposition(a, b, lo); a2 != a {
						return f.coordinated(a2, f.afterMention(a2), s), subjName
					}
				}
				if b < t && f.low[b] == "," {
					return nil, subjNone // "in Nairobi, Kenya, killed": the end of a list, not a subject
				}
				return f.coordinated(a, j+1, s), subjName
			}
			j = a
			continue
		}
		if !f.isWord(j) {
			continue
		}
		if anaphorHeads[w] && j > lo && (f.low[j-1] == "two" || f.low[j-1] == "both" || f.low[j-1] == "three") {
			return nil, subjAnaphor
		}
		if w == "pair" && j > lo && f.low[j-1] == "the" {
			return nil, subjAnaphor
		}
		if f.agent(w).ok && !relationalOf(f, j) {
			a := f.groupStart(j, lo)
			if !f.inPP(a, s) {
				if a2 := f.apposition(a, j+1, lo); a2 != a {
					return f.coordinated(a2, f.afterMention(a2), s), subjName
				}
				return f.coordinated(a, j+1, s), subjGroup
			}
			j = a
			continue
		}
		if c, n := f.demonym(j); n > 0 && j+n <= t && !f.inPP(j, s) {
			// "A Ukrainian convoy was attacked": the country of the
			// phrase.
			return []part{{ent: -1, country: c, start: f.doc.Tokens[j].Start, end: f.doc.Tokens[j+n-1].End}}, subjName
		}
		if subjectPronouns[w] {
			if p, ok := f.pronoun(j, s); ok {
				return []part{p}, subjPronoun
			}
			return nil, subjNone
		}
		if f.contentWord(j) {
			// A noun that names no participant: the subject, unless it is
			// the object of a preposition ("on the sidelines of").
			a := f.phraseStartLeft(j, lo)
			if a > s.First && preps[f.low[a-1]] && !subordinators[f.low[a-1]] {
				j = a
				continue
			}
			if ps := f.participantsIn(a, j+1); len(ps) > 0 {
				return ps, subjName // "A Ukrainian convoy"
			}
			return nil, subjNone
		}
	}
	return nil, subjNone
}

// nameParticles are lower-case words inside names: "Mohammed bin Salman".
var nameParticles = set(`bin ibn al el de da di del der van von la le abu ben`)

// timeNouns may stand between a subject and its verb: "Russia last week
// attacked".
var timeNouns = set(`week weekend month year night morning afternoon evening day days weeks months years ago
	today tonight yesterday`)

// contentWord reports whether token j is a lower-case word that can head
// a noun phrase: not a function word, not a verb the lexicon knows, not
// an adverb in -ly.
func (f *finder) contentWord(j int) bool {
	w := f.low[j]
	if !f.isWord(j) || f.capitalised(j) || f.doc.Tokens[j].Kind == text.Number {
		return false
	}
	switch {
	case preps[w], determiners[w], auxiliaries[w], adverbs[w], negations[w], numberWords[w], quantifiers[w],
		clauseWords[w], speechVerbs[w], modalWords[w], realisWords[w], failWords[w], timeNouns[w], titleWords[w],
		nameParticles[w], w == "to", w == "and", w == "or", w == "also", f.lex.forms[w] != nil:
		return false
	case len(w) > 4 && (w[len(w)-2:] == "ly" || w[len(w)-2:] == "ed"):
		return false
	}
	return true
}

// phraseStartLeft returns the first token of the noun phrase ending at
// token j.
func (f *finder) phraseStartLeft(j, lo int) int {
	a := j
	for k := j - 1; k >= lo; k-- {
		w := f.low[k]
		if !f.isWord(k) && f.doc.Tokens[k].Kind != text.Number || preps[w] || clauseWords[w] || auxiliaries[w] ||
			speechVerbs[w] || w == "and" || w == "or" || f.lex.forms[w] != nil || len(w) > 4 && w[len(w)-2:] == "ed" {
			break
		}
		a = k
		if determiners[w] {
			break
		}
	}
	return a
}

// relationalOf reports whether the group noun at j heads an "of" or
// "from" phrase that names who acts: "leaders of the G7" acts through the
// G7, "negotiators from Kazakhstan" through Kazakhstan.
func relationalOf(f *finder, j int) bool {
	if j+2 >= len(f.low) || f.ment[j+2]+f.ment[min(j+3, len(f.ment)-1)] == 0 {
		return false
	}
	return f.low[j+1] == "of" && relationalNouns[f.low[j]] || f.low[j+1] == "from" && f.agent(f.low[j]).ok
}

// skipRelative steps over a relative clause between a subject and its
// verb: "X, who visited Y last week, met Z" searches left of ", who".
func (f *finder) skipRelative(j, lo int) int {
	k := j
	for k >= lo && (adverbs[f.low[k]] || negations[f.low[k]] || auxiliaries[f.low[k]]) {
		k--
	}
	if k < lo || f.low[k] != "," {
		return j
	}
	for r := k - 1; r > lo; r-- {
		switch f.low[r] {
		case ",":
			return j
		case "who", "which", "where", "whose", "when":
			if f.low[r-1] == "," {
				return r - 2
			}
			return j
		}
	}
	return j
}

// apposition returns the start of a name that a title or group phrase
// [a, b) set off by commas stands in apposition to: "Lavrov, the Russian
// foreign minister, met".
func (f *finder) apposition(a, b, lo int) int {
	if a-2 < lo || b >= len(f.low) || f.low[b] != "," || f.low[a-1] != "," || f.ment[a-2] == 0 {
		return a
	}
	m, _ := f.mentionAt(a - 2)
	if !f.participantType(m.Entity) {
		return a
	}
	p, _ := f.mentionTokens(a - 2)
	return p
}

// groupStart returns the first token of the group noun phrase ending at
// token j: its modifiers, demonyms, possessors ("Niger's military
// rulers", "Thousands of farmers").
func (f *finder) groupStart(j, lo int) int {
	a := j
	for k := j - 1; k >= lo && k >= j-5; k-- {
		w := f.low[k]
		switch {
		case f.ment[k] != 0:
			m, _ := f.mentionTokens(k)
			a, k = m, m
		case determiners[w] || numberWords[w] || f.doc.Tokens[k].Kind == text.Number:
			a = k
		case w == "of" && k > lo && numberWords[f.low[k-1]]:
			a = k
		case f.isWord(k) && !preps[w] && !clauseWords[w] && !auxiliaries[w] && !speechVerbs[w] &&
			!negations[w] && w != "and" && f.lex.forms[w] == nil:
			a = k
		default:
			return a
		}
	}
	return a
}

// subjectAfterComma returns the subject of the main clause after a
// sentence-initial phrase holding token i: "Speaking at a meeting with X,
// Y thanked Z".
func (f *finder) subjectAfterComma(i int, s text.Sentence) ([]part, subjKind) {
	k := i
	for k < s.Last && f.low[k] != "," {
		if f.boundary(k) {
			return nil, subjNone
		}
		k++
	}
	k++
	if k >= s.Last {
		return nil, subjNone
	}
	ps, _ := f.phrases(k, s.Last)
	if len(ps) == 0 {
		return nil, subjNone
	}
	return ps, subjName
}
