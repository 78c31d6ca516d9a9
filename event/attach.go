package event

import (
	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/text"
)

// afterMention returns the token after the mention covering token a.
func (f *finder) afterMention(a int) int {
	_, b := f.mentionTokens(a)
	return b
}

// coordinated returns the participants of the phrase [a, b) and of the
// phrases joined to its left by "and" or commas: "Lavrov and
// Stoltenberg", "Wang Yi and his Indian counterpart Subrahmanyam
// Jaishankar".
func (f *finder) coordinated(a, b int, s text.Sentence) []part {
	parts := f.participantsIn(a, b)
	for {
		a = f.extendLeft(a, s)
		k := a - 1
		for n := 0; k >= s.First && n < 4 && f.ment[k] == 0 &&
			(titleWords[f.low[k]] || determiners[f.low[k]] || f.capitalised(k) && f.isWord(k)); n++ {
			k--
		}
		if k < s.First+1 || f.low[k] != "and" && (f.low[k] != "," || !f.listGoesOn(k+1, s)) {
			return parts
		}
		k--
		if f.ment[k] == 0 {
			return parts
		}
		m, _ := f.mentionAt(k)
		a2, b2 := f.mentionTokens(k)
		if !f.participantType(m.Entity) || f.inPP(a2, s) {
			return parts
		}
		parts = append(f.participantsIn(a2, b2), parts...)
		a = a2
	}
}

// listGoesOn reports whether the name at token a is followed by "and" or
// a comma: not the last of a list.
func (f *finder) listGoesOn(a int, s text.Sentence) bool {
	b := a + 1
	if f.ment[a] != 0 {
		_, b = f.mentionTokens(a)
	}
	return b < s.Last && (f.low[b] == "and" || f.low[b] == ",")
}

// subordinators are prepositions that also open clauses.
var subordinators = set(`after before since until as once`)

// verbFollows reports whether the name at token a is followed by a verb
// form the lexicon knows or an auxiliary: the subject of a clause.
func (f *finder) verbFollows(a int, s text.Sentence) bool {
	b := f.afterMention(a)
	for b < s.Last && adverbs[f.low[b]] {
		b++
	}
	return b < s.Last && (auxiliaries[f.low[b]] || f.lex.forms[f.low[b]] != nil)
}

// extendLeft returns the start of the mentions of one entity that end
// where the mention at token a starts: "German Chancellor" before "Olaf
// Scholz".
func (f *finder) extendLeft(a int, s text.Sentence) int {
	for a-1 >= s.First && f.ment[a] != 0 && f.ment[a-1] != 0 {
		m, _ := f.mentionAt(a)
		p, _ := f.mentionAt(a - 1)
		if m.Entity != p.Entity {
			break
		}
		a, _ = f.mentionTokens(a - 1)
	}
	return a
}

// inPP reports whether the phrase starting at token a is the object of a
// preposition ("the crisis in Ukraine", "between Russia and NATO") rather
// than a subject. An "of" after a group or relational noun keeps it in
// the subject ("the leaders of Egypt").
func (f *finder) inPP(a int, s text.Sentence) bool {
	k := a - 1
	for n := 0; k >= s.First && n < 6; n++ {
		w := f.low[k]
		switch {
		case w == "and" || w == "," && f.listGoesOn(a, s):
			// "between Russia and NATO", "between Russia, Ukraine and
			// Belarus": the first of the list decides.
			if k-1 >= s.First && f.ment[k-1] != 0 {
				m, _ := f.mentionTokens(k - 1)
				a, k = m, m-1
				continue
			}
			return false
		case preps[w]:
			if (w == "of" || w == "from") && k-1 >= s.First && (relationalNouns[f.low[k-1]] || f.agent(f.low[k-1]).ok) {
				return false
			}
			if subordinators[w] && f.verbFollows(a, s) {
				return false // "after Russia seized Crimea": a clause
			}
			if w == "of" && k-1 >= s.First && f.capitalised(k-1) && f.capitalised(k+1) {
				break // "Secretary of State Antony Blinken": a title
			}
			return true
		case f.capitalisedDate(k):
			return false // "On Tuesday Moscow threatened": the time, not the name, is in the phrase
		case determiners[w] || numberWords[w] || titleWords[w]:
		case f.isWord(k) && f.ment[k] == 0 && !auxiliaries[w] && !speechVerbs[w] && f.lex.forms[w] == nil && n < 3:
		default:
			return false
		}
		k--
	}
	return false
}

// pronoun resolves a subject or possessive pronoun: "he" and "she" to the
// nearest person named before with that gender, "it" to the nearest
// country or organisation named before in the sentence or the one before.
func (f *finder) pronoun(j int, s text.Sentence) (part, bool) {
	w := f.low[j]
	off := f.doc.Tokens[j].Start
	si := f.doc.SentenceAt(off)
	switch w {
	case "he", "she", "his", "her":
		// The nearest person of the pronoun's gender (the entity layer
		// and the quote stage learn genders from titles and pronouns).
		g := byte('m')
		if w == "she" || w == "her" {
			g = 'f'
		}
		para := f.doc.Sentences[si].Paragraph
		limit := f.doc.Paragraphs[max(0, para-1)].Start
		ms := f.ents.Within(limit, off)
		for k := len(ms) - 1; k >= 0; k-- {
			e := &f.ents.Entities[ms[k].Entity]
			if e.Type == newsgraph.Person && e.Gender == g {
				return part{ent: ms[k].Entity, start: off, end: f.doc.Tokens[j].End}, true
			}
		}
	case "it", "its":
		limit := f.doc.Sentences[max(0, si-1)].Start
		ms := f.ents.Within(limit, off)
		for k := len(ms) - 1; k >= 0; k-- {
			e := &f.ents.Entities[ms[k].Entity]
			if e.Type == newsgraph.Country || e.Type == newsgraph.Organization {
				a, _ := f.tokRange(ms[k].Start, ms[k].End)
				if !f.inPP(a, f.doc.Sentences[f.doc.SentenceAt(ms[k].Start)]) {
					return part{ent: ms[k].Entity, start: off, end: f.doc.Tokens[j].End}, true
				}
			}
		}
	}
	return part{}, false
}
