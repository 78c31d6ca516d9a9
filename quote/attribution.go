package quote

import (
	"strings"

	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/text"
)

// sentence finds the attributions in sentence si.
func (f *finder) sentence(si int) {
	s := f.doc.Sentences[si]
	f.according(si)
	if f.labelled(si) {
		return
	}
	subject := none
	// A trailing attribution ("..., the source added.") claims the whole
	// clause before it first, so that verbs inside the clause are read as
	// part of the statement.
	trailing := f.trailingCue(s)
	if outlet := f.trailingOutlet(trailing, s); outlet.Valid() {
		// "“...”, — said Cazacu, reports the Moldpres agency.": the
		// trailing verb names the outlet that relayed the statement.
		f.addRelay(outlet, si)
	} else if trailing >= 0 {
		end := f.cueAt(trailing, s)
		f.attribute(si, trailing, end, f.tokSpan(trailing, end), none)
	} else {
		trailing = f.interjected(si)
	}
	for i := s.First; i < s.Last; i++ {
		end := f.cueAt(i, s)
		if end < 0 || i == trailing {
			continue
		}
		if f.insideFound(i) && !f.coordinated(i, s) {
			continue
		}
		cue := f.tokSpan(i, end)
		subject = f.attribute(si, i, end, cue, subject)
		i = end - 1
	}
}

// insideFound reports whether token i lies in the content of a quote found
// already.
func (f *finder) insideFound(i int) bool {
	off := f.doc.Tokens[i].Start
	for k := len(f.quotes) - 1; k >= 0; k-- {
		for _, fr := range f.quotes[k].Fragments {
			if fr.Start <= off && off < fr.End {
				return true
			}
		}
	}
	return false
}

// coordinated reports whether the cue at token i shares the subject of an
// earlier verb: "..., but also stressed that".
func (f *finder) coordinated(i int, s text.Sentence) bool {
	j := i - 1
	for j > s.First && between[f.lower(j)] {
		j--
	}
	if j < s.First {
		return false // the cue opens the sentence
	}
	w := f.lower(j)
	// "..., arguing that": a participle shares the subject of the clause.
	return w == "and" || w == "but" || w == "," && strings.HasSuffix(f.lower(i), "ing")
}

// attribute works out speaker and content for the cue [c, end) and adds
// the quotes it finds. prevSubject is the subject of the sentence's
// previous cue, which a coordinated verb shares; it returns this cue's.
func (f *finder) attribute(si, c, end int, cue span, prevSubject span) span {
	s := f.doc.Sentences[si]
	var subj span = none
	var before int // token just before the subject (or the cue)
	inverted := false

	j := f.skipBetween(c-1, s.First)
	if f.coordinated(c, s) && prevSubject.Valid() {
		subj = prevSubject
		before = -1
	} else if ante, ok := f.antecedent(j, s); ok {
		// "David Kamin, an adviser, who said ...": the pronoun is the
		// mention, the phrase before it the speaker.
		subj = f.tokSpan(j, j+1)
		if a, ok := f.treeAntecedent(si, c, end, j); ok {
			ante = a
		}
		f.antecedents[subj.Start] = ante
		before = j - 1
	} else if a, last := f.npLeft(j, s.First); a >= 0 {
		a, last = f.pastAdjuncts(a, last, s)
		if lo, hi, ok := f.subjectReach(si, c, end, a, last); ok {
			a, last = lo, hi-1
		}
		subj = f.tokSpan(a, last+1)
		before = a - 1
	} else {
		// Inverted: “...,” said Smith / ..., said the spokeswoman.
		before = c - 1
		if b := f.npRight(end, s.Last); b > 0 {
			subj = f.tokSpan(end, f.appositionAfter(b, s))
			inverted = true
		} else if lo, hi, ok := f.treeSubject(si, c, end); ok && hi <= c {
			// No phrase next to the verb: "X was quoted as saying", "X
			// left the room, saying": the subject the tree gives it.
			subj = f.tokSpan(lo, hi)
		}
	}
	// "TASS quoted him as saying": the outlet relays, the object speaks.
	if lemma(f.lower(c)) == "quote" && subj.Valid() && !inverted {
		if b := f.npRight(end, s.Last); b > 0 && b+1 < s.Last && f.lower(b) == "as" && strings.HasSuffix(f.lower(b+1), "ing") {
			f.addRelay(subj, si)
			subj, end = f.tokSpan(end, b), b+2
		}
	}
	// A quotation closed just before the attribution: “...,” he said.
	if r := f.closedBefore(before, s); r != nil {
		q := f.newQuote(Direct, r.frags, cue, subj, si)
		after := end
		if inverted {
			after = f.doc.TokenAt(subj.End)
		}
		// “First part,” she said, “second part.”
		if r2 := f.openedAfter(after, s); r2 != nil && r2 != r {
			q.Fragments = append(q.Fragments, r2.frags...)
			r2.used = true
		}
		r.used = true
		f.add(q)
		return subj
	}
	if inverted && before >= s.First && f.words[before] == "," {
		// ..., said the spokeswoman: the content is the clause before.
		f.clauseBefore(si, before, cue, subj)
		return subj
	}
	k := f.skipObject(c, end, s)
	// said: “...”   said, “...”
	if k < s.Last && (f.words[k] == ":" || f.words[k] == ",") {
		if r := f.openedAfter(k+1, s); r != nil {
			f.add(f.newQuote(Direct, r.frags, cue, subj, si))
			r.used = true
			return subj
		}
	}
	// said at the signing ceremony: “...”
	for j := k; j < s.Last && j < k+10 && f.region(j) == nil; j++ {
		if f.words[j] == ":" {
			if r := f.openedAfter(j+1, s); r != nil {
				f.add(f.newQuote(Direct, r.frags, cue, subj, si))
				r.used = true
				return subj
			}
			break
		}
		if f.cueAt(j, s) >= 0 || f.lower(j) == "that" {
			break
		}
	}
	if r := f.openedAfter(k, s); r != nil && f.lower(c) != "quotes" {
		f.add(f.newQuote(Direct, r.frags, cue, subj, si))
		r.used = true
		return subj
	}
	if from := f.contentStart(c, end, k, s); from >= 0 {
		f.indirect(si, c, end, from, cue, subj)
		return subj
	}
	if speechLemmas[lemma(f.lower(c))] && subj.Valid() {
		if before >= s.First && f.words[before] == "," && !inverted && f.restIsEmpty(end, s) {
			// CLAUSE, a source said.
			f.clauseBefore(si, before, cue, subj)
		} else if f.restIsAdjunct(end, s) {
			// The content is the sentence before: "X believes Y. As
			// reported by Z, the minister said at a meeting ..."
			f.previousSentence(si, cue, subj)
		}
	}
	return subj
}

// skipObject moves past what follows a cue before its content: the
// addressee of "told reporters", "the fact" of "welcomed the fact", time
// words ("said Thursday").
func (f *finder) skipObject(c, end int, s text.Sentence) int {
	k := end
	switch lemma(f.lower(c)) {
	case "tell", "ask", "urge", "warn", "remind":
		if b := f.npRight(k, s.Last); b > 0 && (b >= s.Last || f.words[b] == "that" || f.words[b] == "," || f.words[b] == ":") {
			k = b
		}
	case "welcome":
		if k+1 < s.Last && f.lower(k) == "the" && f.lower(k+1) == "fact" {
			k += 2
		}
	}
	for k < s.Last && isTimeWord(f.lower(k)) {
		k++
	}
	return k
}

// contentStart returns the first token of an indirect content after a cue
// or -1: after "that", or a clause straight after a speech verb, or a
// "that" a few words on ("said in an interview that").
func (f *finder) contentStart(c, end, k int, s text.Sentence) int {
	if k >= s.Last {
		return -1
	}
	w := f.lower(k)
	if w == "that" {
		if k+1 < s.Last && f.words[k+1] == "," {
			return k + 2 // "that, like him, she ..."
		}
		return k + 1
	}
	if speechLemmas[lemma(f.lower(c))] && f.startsClause(k) {
		return k
	}
	if l := lemma(f.lower(c)); (objectLemmas[l] || l == "say") && f.isWord(k) && !boundary[w] && !isTimeWord(w) {
		// "says voter fraud is ...", and stance verbs whose content is
		// their object: "called for new rules", "blasted the plan".
		return k
	}
	for j := k; j < s.Last && j < k+12; j++ {
		if f.region(j) != nil || f.words[j] == ";" {
			return -1
		}
		if f.lower(j) == "that" && j > k {
			return j + 1
		}
		if f.cueAt(j, s) >= 0 {
			return -1
		}
	}
	return -1
}

// startsClause reports whether token k can open a reported clause: a
// subject pronoun, a determiner or a name.
func (f *finder) startsClause(k int) bool {
	w := f.lower(k)
	if pronouns[w] && w != "him" && w != "them" && w != "us" && w != "her" {
		return true
	}
	if w == "there" || determiners[w] && w != "that" && w != "no" {
		return true
	}
	return f.capitalised(k)
}

// restIsAdjunct reports whether the rest of the sentence after a cue is
// only prepositional phrases and time words: no object, no clause.
func (f *finder) restIsAdjunct(end int, s text.Sentence) bool {
	if end >= s.Last {
		return true
	}
	w := f.lower(end)
	if f.doc.Tokens[end].Kind == text.Punct {
		return w == "." || w == "," || w == ";"
	}
	switch w {
	case "at", "in", "on", "during", "after", "before", "while", "when", "earlier", "later", "today", "yesterday", "last", "this":
		for j := end; j < s.Last; j++ {
			if f.region(j) != nil || f.lower(j) == "that" {
				return false
			}
		}
		return true
	}
	return false
}

// pastAdjuncts moves a subject found right before its verb back over
// prepositional phrases: in "Hanna Lindqvist at a briefing in Brussels on
// Monday said", the phrase before "said" is "Monday", the subject the name
// before the phrases. Tokens [a, last] are the phrase found.
func (f *finder) pastAdjuncts(a, last int, s text.Sentence) (int, int) {
	if a-1 < s.First || !adjunctPreps[f.lower(a-1)] {
		return a, last
	}
	for k := a - 2; k >= s.First && k >= a-16; k-- {
		if f.words[k] == "," || f.region(k) != nil || f.cueAt(k, s) >= 0 {
			break
		}
		e := f.entityEndingAt(k)
		if e < 0 {
			continue
		}
		if t := f.ents.Entities[e].Type; t == newsgraph.Person || t == newsgraph.Organization || t == newsgraph.Other {
			if b, l := f.npLeft(k, s.First); b >= 0 && l == k {
				return b, l
			}
		}
	}
	return a, last
}

var adjunctPreps = set(`at in on during after before`)

// restIsEmpty reports whether nothing but time words and the final
// punctuation follow token end in s.
func (f *finder) restIsEmpty(end int, s text.Sentence) bool {
	for end < s.Last && isTimeWord(f.lower(end)) {
		end++
	}
	return end >= s.Last || end == s.Last-1 && f.doc.Tokens[end].Kind == text.Punct
}

// closedBefore returns the region whose closing mark stands at token t,
// possibly behind a comma or dash: “...”, — he said.
func (f *finder) closedBefore(t int, s text.Sentence) *region {
	for t >= s.First && (f.words[t] == "," || f.doc.Tokens[t].Kind == text.Dash) {
		t--
	}
	if t < s.First || f.doc.Tokens[t].Kind != text.Quote {
		return nil // the mark must close in this sentence
	}
	for _, r := range f.regions {
		if r.close == t && !r.used {
			return r
		}
	}
	return nil
}

// openedAfter returns the region whose opening mark stands at token k.
func (f *finder) openedAfter(k int, s text.Sentence) *region {
	for k < len(f.doc.Tokens) && (f.words[k] == "," || f.words[k] == ":") {
		k++
	}
	if k >= len(f.doc.Tokens) || f.doc.Tokens[k].Kind != text.Quote {
		return nil
	}
	for _, r := range f.regions {
		if r.open == k && !r.used {
			return r
		}
	}
	return nil
}
