package event

import (
	"github.com/newsgraph/newsgraph/syntax"
	"github.com/newsgraph/newsgraph/text"
)

// cand is one mention of an event found in a sentence, before its
// participants become entities.
type cand struct {
	e    *entry
	code coding
	sent int
	// head is the verb, or the noun of a noun frame; first and last are
	// the trigger's first and last tokens (last inclusive).
	head, first, last int
	kind              formKind
	// noun is the noun of a passive with the noun first ("Talks ... were
	// held"), else -1; prep the preposition of a noun frame ("at a
	// meeting with"), else -1.
	noun, prep int
	passive    bool
	fromDict   bool
	// neg, hyp: negated or hypothetical (no event); future: announced;
	// dropped: consumed by another mention (a purpose, a complement).
	neg, hyp, future, dropped bool
	// comp is the event a control verb codes ("threatened to strike");
	// visit gains the counterpart of "for talks with X".
	comp *cand
	// subj are the participants left of the trigger; by the agent of a
	// passive; slot those of the entry's slots.
	subj, by, slot []part
	slotKind       slotKind
	subjHow        subjKind
	evidence       []Span
}

// subjKind says how a subject was found.
type subjKind uint8

const (
	subjNone subjKind = iota
	subjName
	subjGroup
	subjPronoun
	subjAnaphor // "the two leaders": the participants of an earlier meeting
)

// sentence finds the event mentions of sentence si.
func (f *finder) sentence(si int) {
	s := f.doc.Sentences[si]
	if s.Headline {
		return
	}
	from := len(f.cands)
	for i := s.First; i < s.Last; i++ {
		if f.used[i] || f.quoted[i] || !f.isWord(i) {
			continue
		}
		c := f.match(i, si, s)
		if c == nil {
			continue
		}
		f.cands = append(f.cands, c)
		for k := c.first; k <= c.last; k++ {
			f.used[k] = true
		}
		if c.noun >= 0 {
			f.used[c.noun] = true
		}
	}
	cs := f.cands[from:]
	for i, c := range cs {
		f.args(c, s)
		if i > 0 {
			f.sharedSubject(cs[i-1], c, s)
			f.adjunct(cs[:i], c)
		}
	}
	var tree []syntax.Token // parsed when a mention needs it
	for _, c := range cs {
		tree = f.treeArgs(c, s, tree)
	}
	f.controls(cs, s)
	for _, c := range cs {
		f.modality(c, s)
	}
}

// sharedSubject gives c the subject of the mention p before it when c's
// verb is joined to p's by "and": "Clinton condemned the attacks and
// vowed to find the bombers".
func (f *finder) sharedSubject(p, c *cand, s text.Sentence) {
	if c.prep >= 0 || c.noun >= 0 || p.noun >= 0 || len(p.subj) == 0 {
		return
	}
	k := c.first - 1
	for k > p.last && (adverbs[f.low[k]] || auxiliaries[f.low[k]]) {
		k--
	}
	if k <= p.last || f.low[k] != "and" {
		return
	}
	if len(c.subj) == 0 || c.subj[0].start > f.doc.Tokens[p.last].End {
		c.subj, c.subjHow = p.subj, p.subjHow
	}
}

// adjunct relates a participle after a comma to the mention before it:
// "attacked a police station, killing 12 officers" reports one attack, so
// the participle adds its evidence; otherwise it takes that mention's
// subject.
func (f *finder) adjunct(prev []*cand, c *cand) {
	if c.kind != formIng || c.first == 0 || f.low[c.first-1] != "," {
		return
	}
	for i := len(prev) - 1; i >= 0; i-- {
		p := prev[i]
		if p.dropped {
			continue
		}
		if p.code.Type == c.code.Type {
			p.evidence = append(p.evidence, c.evidence...)
			c.dropped = true
		} else if len(p.subj) > 0 {
			c.subj, c.subjHow = p.subj, p.subjHow
		}
		return
	}
}

// match returns the event mention whose trigger has its head at token i,
// preferring the pattern that matches the most words.
func (f *finder) match(i, si int, s text.Sentence) *cand {
	var best *cand
	bestItems := -1
	for _, r := range f.lex.forms[f.low[i]] {
		var c *cand
		if r.kind == formNoun {
			c = f.nounFrame(r.e, i, s)
		} else {
			c = f.verb(r, i, s)
		}
		// The pattern with most words wins, then the one reaching
		// furthest: "launched cruise missile strikes" is an attack.
		if c != nil && (len(r.e.rest) > bestItems || len(r.e.rest) == bestItems && c.last > best.last) {
			best, bestItems = c, len(r.e.rest)
		}
	}
	if best == nil && f.dict != nil {
		best = f.dict.match(f, i, s)
	}
	if best != nil {
		best.sent = si
	}
	return best
}

// verb matches a verb entry at token i: the form must stand as a verb
// ("the attacks" is not), then the entry's following words, after it or,
// in the passive, before it ("Sanctions were imposed").
func (f *finder) verb(r formRef, i int, s text.Sentence) *cand {
	if f.capitalised(i) && !f.sentenceInitial(i, s) {
		return nil // "March", a name
	}
	if !f.verbal(i, r.kind, s) {
		return nil
	}
	c := &cand{e: r.e, code: r.e.code, head: i, first: i, last: i, kind: r.kind, noun: -1, prep: -1}
	c.passive = (r.kind == formPast || r.kind == formPart) && f.beBefore(i, s)
	if len(r.e.rest) == 0 {
		return c
	}
	if last, ok := f.items(r.e.rest, i+1, s.Last); ok {
		c.last = last
		return c
	}
	if c.passive {
		if n := f.itemBefore(r.e.rest, i, s); n >= 0 {
			c.noun = n
			return c
		}
	}
	return nil
}

// items matches the words of a pattern from token j and returns the last
// token matched.
func (f *finder) items(rest []item, j, lim int) (int, bool) {
	last := j - 1
	for _, it := range rest {
		found := -1
		span := 1
		if it.gap {
			span = 7
		}
		for k := last + 1; k < lim && k <= last+span; k++ {
			if f.boundary(k) || f.low[k] == "," || k > last+1 && (subordinators[f.low[k]] || f.pastVerb(k)) {
				break // not across "as Pyongyang fired"
			}
			if contains(it.alts, f.low[k]) {
				found = k
				break
			}
		}
		if found < 0 {
			return 0, false
		}
		last = found
	}
	return last, true
}

// itemBefore finds the noun of a one-noun pattern before a passive verb:
// "Talks between Armenia and Azerbaijan were held".
func (f *finder) itemBefore(rest []item, i int, s text.Sentence) int {
	if len(rest) != 1 {
		return -1
	}
	for k := i - 1; k >= s.First && k >= i-20; k-- {
		if f.boundary(k) || f.low[k] == "," {
			return -1
		}
		if contains(rest[0].alts, f.low[k]) {
			return k
		}
	}
	return -1
}

func contains(ss []string, w string) bool {
	for _, s := range ss {
		if s == w {
			return true
		}
	}
	return false
}

// verbal reports whether a word of the given form stands as a verb at
// token i. A gerund needs a form of "be" before it; a base form needs
// "to", a modal or a subject; an -s form needs a subject; a past form must
// not follow a determiner ("the expelled diplomats").
func (f *finder) verbal(i int, k formKind, s text.Sentence) bool {
	j := i - 1
	for j >= s.First && (adverbs[f.low[j]] || negations[f.low[j]]) {
		j--
	}
	if j < s.First {
		return k != formIng && k != formS
	}
	w := f.low[j]
	if f.possessive(j) {
		return false // "Xi Jinping's visit"
	}
	switch k {
	case formIng:
		// "is meeting"; ", protesting against ..." (an adjunct of the
		// clause's subject)
		return w == "is" || w == "are" || w == "was" || w == "were" || w == "been" || w == "be" || w == "'s" ||
			w == "," && j > s.First
	case formBase:
		// A base form after a name needs a plural subject: "Russia and
		// China sign", not "Breitbart News Daily host Alex Marlow".
		return w == "to" || auxiliaries[w] || w == "they" || w == "we" || w == "i" || w == "you" ||
			f.agent(w).ok && (w[len(w)-1] == 's' || w == "police") && f.objectAfter(i, s) ||
			f.ment[j] != 0 && f.pluralSubject(j, s)
	case formS:
		// "police attacks protesters", not "the terrorist attacks on X".
		return subjectPronouns[w] || f.ment[j] != 0 || f.agent(w).ok && f.objectAfter(i, s)
	}
	if w == "as" {
		return false // "as promised"
	}
	if i+1 < s.Last && (f.agent(f.low[i+1]).ok || captiveNouns[f.low[i+1]]) && !f.subjectEnd(j) && !subjectPronouns[w] &&
		!auxiliaries[w] {
		return false // "release detained activists": an adjective
	}
	return !determiners[w] && !preps[w] || w == "that" || w == "to"
}

// subjectEnd reports whether token j can end a subject: a name, a group
// noun.
func (f *finder) subjectEnd(j int) bool {
	return f.ment[j] != 0 || f.agent(f.low[j]).ok
}

// objectAfter reports whether a noun phrase follows token i, as a verb
// with its object: not "the terrorist attacks on X", "the missile launch."
func (f *finder) objectAfter(i int, s text.Sentence) bool {
	n := i + 1
	if n >= s.Last || !f.isWord(n) && f.doc.Tokens[n].Kind != text.Number {
		return false
	}
	w := f.low[n]
	return !preps[w] && !clauseWords[w] && !auxiliaries[w] && w != "and" && w != "or"
}

// pluralSubject reports whether the name ending at token j is the last of
// names joined by "and".
func (f *finder) pluralSubject(j int, s text.Sentence) bool {
	for k := j - 1; k >= s.First && k >= j-8; k-- {
		if f.low[k] == "and" {
			return true
		}
		if f.boundary(k) {
			return false
		}
	}
	return false
}

// beBefore reports whether a form of "be" stands before token i, across
// adverbs and negation: "was not held", "were reportedly attacked".
func (f *finder) beBefore(i int, s text.Sentence) bool {
	for j := i - 1; j >= s.First && j >= i-4; j-- {
		w := f.low[j]
		switch {
		case w == "is" || w == "are" || w == "was" || w == "were" || w == "been" || w == "be" || w == "being":
			return true
		case adverbs[w] || negations[w]:
		default:
			return false
		}
	}
	return false
}

// nounFrame matches a noun entry at token i where the noun reports an
// event: after a preposition ("at a meeting with", "during talks
// between", "on a visit to"). The slots must name a participant; args
// checks that.
func (f *finder) nounFrame(e *entry, i int, s text.Sentence) *cand {
	j := i - 1
	for n := 0; j >= s.First && n < 4; n++ {
		w := f.low[j]
		if f.ment[j] != 0 {
			a, b := f.mentionTokens(j)
			if !f.possessive(b - 1) {
				break
			}
			j = a - 1 // "during Xi Jinping's visit"
			continue
		}
		if !f.isWord(j) && w != "-" || preps[w] || f.boundary(j) {
			break
		}
		j--
	}
	if j < s.First || !preps[f.low[j]] {
		return nil
	}
	switch f.low[j] {
	case "at", "during", "after", "in", "on", "following", "amid", "for", "from":
	default:
		return nil
	}
	c := &cand{e: e, code: e.code, head: i, first: j, last: i, kind: formNoun, noun: -1, prep: j}
	for k := j + 1; k < i; k++ {
		if f.low[k] == "no" {
			c.neg = true
		}
	}
	return c
}

// possessive reports whether token j ends in 's: "Lavrov's talks".
func (f *finder) possessive(j int) bool {
	w := f.low[j]
	return len(w) > 2 && (w[len(w)-2:] == "'s" || w[len(w)-1] == '\'')
}
