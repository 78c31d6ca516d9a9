package event

import (
	"github.com/newsgraph/newsgraph/text"
)

// args finds the participants of an event mention and its evidence.
func (f *finder) args(c *cand, s text.Sentence) {
	switch {
	case c.prep >= 0:
		// "at a meeting with X": the subject of the clause holding the
		// phrase; before the main clause ("Speaking at a meeting with X,
		// Y said"), the subject after the comma. A possessor names the
		// actor itself: "during Xi Jinping's visit to Moscow".
		for k := c.prep + 1; k < c.head; k++ {
			switch {
			case f.ment[k] != 0 && f.possessive(k):
				a, b := f.mentionTokens(k)
				c.subj, c.subjHow = f.participantsIn(a, b), subjName
			case f.low[k] == "his" || f.low[k] == "her" || f.low[k] == "its":
				// "during her previous visit to Washington": her visit.
				c.subjHow = subjPronoun
				if p, ok := f.pronoun(k, s); ok {
					c.subj = []part{p}
				}
			}
		}
		if c.subjHow == subjNone {
			c.subj, c.subjHow = f.subject(c.prep, s, true)
		}
		if c.subjHow == subjNone {
			c.subj, c.subjHow = f.subjectAfterComma(c.head, s)
		}
	case c.noun >= 0:
		// "Talks between X and Y were held": the noun is the subject.
	default:
		c.subj, c.subjHow = f.subject(c.first, s, false)
	}
	from := c.last + 1
	if c.noun >= 0 {
		c.slot, c.slotKind = f.fill(c, c.noun+1, s)
	}
	if len(c.slot) == 0 {
		c.slot, c.slotKind = f.fill(c, from, s)
	}
	if c.prep >= 0 && len(c.slot) == 0 {
		c.dropped = true // "for consultations": no counterpart, no event
	}
	if c.passive {
		c.by, _ = f.prepObject(from, s, []string{"by"})
	}
	if c.e.has(flagIntr) && !c.passive {
		if f.objectFollows(from, s) {
			c.dropped = true
		}
	}
	c.evidence = c.evidence[:0]
	if c.noun >= 0 {
		c.evidence = append(c.evidence, f.span(c.noun, c.noun))
	}
	last := c.last
	if c.prep >= 0 && last+1 < s.Last && (c.slotKind == slotPrep || c.slotKind == slotBetween || c.slotKind == slotOf) &&
		preps[f.low[last+1]] && len(c.slot) > 0 {
		last++ // "at a meeting with"
	}
	c.evidence = append(c.evidence, f.span(c.first, last))
}

// fill returns the participants of the first of the entry's slots that
// names any, searching from token from.
func (f *finder) fill(c *cand, from int, s text.Sentence) ([]part, slotKind) {
	for _, sl := range c.e.slots {
		var ps []part
		switch sl.kind {
		case slotObj:
			if c.passive && c.noun < 0 {
				continue // the subject is the object
			}
			if c.last > c.head+1 && from == c.last+1 {
				// "allowed IAEA inspectors": the object inside the pattern
				ps, _ = f.phrases(c.head+1, c.last+1)
			}
			if len(ps) == 0 {
				var end int
				ps, end = f.object(from, s)
				if len(ps) == 0 && end < s.Last && f.low[end] == "between" {
					// "welcomed the agreement between Israel and Hezbollah"
					ps, _ = f.phrases(end+1, s.Last)
				}
			}
		case slotPrep:
			ps, _ = f.prepObject(from, s, sl.preps)
			if len(ps) == 0 && c.last > c.head+1 && f.ment[c.head+1] != 0 && f.capitalised(c.head+1) {
				// "gave Ukraine 14 tanks": the indirect object
				a, b := f.mentionTokens(c.head + 1)
				ps = f.participantsIn(a, b)
			}
		case slotBetween:
			ps, _ = f.prepObject(from, s, []string{"between"})
		case slotOf:
			if from < s.Last && f.low[from] == "of" {
				ps, _ = f.phrases(from+1, s.Last)
			}
		}
		if len(ps) > 0 {
			return ps, sl.kind
		}
	}
	return nil, slotObj
}

// object returns the participants of the direct object at token i and
// the token after it.
func (f *finder) object(i int, s text.Sentence) ([]part, int) {
	for i < s.Last && adverbs[f.low[i]] {
		i++
	}
	if i >= s.Last || f.boundary(i) || preps[f.low[i]] || !f.isWord(i) && f.doc.Tokens[i].Kind != text.Number {
		return nil, i
	}
	return f.phrases(i, s.Last)
}

// objectFollows reports whether a noun phrase follows token i directly
// (a transitive use: "demonstrated its commitment").
func (f *finder) objectFollows(i int, s text.Sentence) bool {
	if i >= s.Last || !f.isWord(i) {
		return false
	}
	w := f.low[i]
	return !preps[w] && !adverbs[w] && !timeNouns[w] && !f.capitalisedDate(i) && !clauseWords[w] &&
		w != "and" && w != "to" && w != "outside" && !(len(w) > 4 && w[len(w)-2:] == "ly") || determiners[w] && w != "that"
}

// capitalisedDate reports whether token i starts a weekday or month name,
// which may follow an intransitive verb.
func (f *finder) capitalisedDate(i int) bool {
	switch f.low[i] {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december":
		return true
	}
	return false
}

// prepObject returns the participants after the first of preps that
// stands after token i in the clause, and where the phrase ends.
func (f *finder) prepObject(i int, s text.Sentence, ps []string) ([]part, int) {
	for k := i; k < s.Last && k < i+14; k++ {
		if f.boundary(k) || f.low[k] == "," {
			break
		}
		if f.ment[k] != 0 {
			_, b := f.mentionTokens(k)
			k = max(k, b-1)
			continue
		}
		if !contains(ps, f.low[k]) || k+1 >= s.Last {
			continue
		}
		if f.low[k] == "to" && f.infinitival(k) {
			continue
		}
		parts, end := f.phrases(k+1, s.Last)
		if len(parts) > 0 || f.low[k] != "to" {
			return parts, end
		}
	}
	return nil, i
}

// infinitival reports whether the "to" at token k opens an infinitive
// ("to send"), not a phrase ("to Kenya").
func (f *finder) infinitival(k int) bool {
	n := k + 1
	if n >= len(f.low) || !f.isWord(n) || f.capitalised(n) || f.ment[n] != 0 {
		return false
	}
	w := f.low[n]
	return !determiners[w] && !numberWords[w] && !quantifiers[w] && !f.agent(w).ok
}
