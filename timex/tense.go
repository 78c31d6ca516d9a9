package timex

// tense is the time of the sentence around an expression relative to the
// publication date.
type tense int8

const (
	tNone    tense = 0
	tPast    tense = -1
	tFuture  tense = 1
	tPresent tense = 2
)

// tenseWindow is how many lexemes before an expression are searched for a
// tense cue, and tenseAfter how many after it when none is found before.
const (
	tenseWindow = 12
	tenseAfter  = 8
)

// tenseOf returns the tense governing the expression over lexemes [i, j).
//
// There is no part-of-speech tagger, so the rule reads the words of the
// sentence around the expression. An end point ("until Friday", "as soon
// as Tuesday") is in the future. Otherwise the nearest tense cue before the
// expression decides, else the nearest after it, else a deadline ("by
// May") is in the future:
//
//   - future: will, shall, 'll, won't, would, must, should, might;
//     scheduled, plan(s|ned), intend(s), expect(s|ed), due, payable,
//     set (to|for), "going to", "is to";
//   - past: was, were, did, had, said, told, the common irregular past
//     forms (went, met, held, ...), and lower-case words of five or more
//     letters ending in -ed that are not known adjectives (based, united,
//     ...): regular past tenses and participles. A participle after
//     "is|are" is present ("the case is heard in May"), after "be" it takes
//     the tense of the word before ("will be held");
//   - present: is, are, am, has, says, does.
//
// A past or present cue followed by "to" governs an infinitive, which has
// no tense: "decided to admit them in early March" leaves the date to the
// nearest March.
//
// The search stops at the sentence's end, a semicolon, a colon, a dash and
// a quotation mark (quoted speech and its attribution have tenses of their
// own). A sentence without a cue has no tense (tNone).
func (f *finder) tenseOf(i, j int) tense {
	switch f.deadline(i) {
	case kwUntil, kwAs:
		return tFuture
	}
	sent := f.at(i).sent
	for k, n := i-1, 0; k >= 0 && n < tenseWindow; k-- {
		l := &f.lx[k]
		if l.sent != sent || f.clauseBreak(k) {
			break
		}
		n++
		if t := f.cue(k); t != tNone {
			if f.is(k+1, kwTo) && t != tFuture {
				// decided to admit them in March: the infinitive has no
				// tense of its own
				return tNone
			}
			return t
		}
	}
	for k, n := j, 0; k < len(f.lx) && n < tenseAfter; k++ {
		l := &f.lx[k]
		if l.sent != sent || f.clauseBreak(k) {
			break
		}
		n++
		if t := f.cue(k); t != tNone {
			return t
		}
	}
	if f.deadline(i) == kwBy {
		return tFuture
	}
	return tNone
}

// deadline returns the word that makes the expression at lexeme i an end
// point or a deadline: kwBy, kwUntil (until, till), kwAs (as soon|early
// as); else kwNone.
func (f *finder) deadline(i int) kw {
	k := i - 1
	if f.is(k, kwOn) {
		k--
	}
	switch f.at(k).w.kw {
	case kwBy, kwUntil:
		return f.at(k).w.kw
	case kwAs:
		if f.is(k-2, kwAs) && (f.is(k-1, kwSoon) || f.is(k-1, kwEarly)) {
			return kwAs
		}
	}
	return kwNone
}

// clauseBreak reports whether lexeme k ends the stretch searched for a
// tense cue.
func (f *finder) clauseBreak(k int) bool {
	l := &f.lx[k]
	switch l.kind {
	case lPunct:
		return l.num == ';' || l.num == ':'
	case lDash, lQuote:
		return true
	}
	return false
}

// cue returns the tense that lexeme k marks, if any.
func (f *finder) cue(k int) tense {
	l := &f.lx[k]
	if l.kind != lWord {
		return tNone
	}
	switch l.w.kw {
	case kwGoing, kwSet:
		if f.is(k+1, kwTo) || l.w.kw == kwSet && f.is(k+1, kwFor) {
			return tFuture
		}
		return tNone
	case kwExpected, kwScheduled, kwPlan, kwWould, kwDue:
		return tFuture
	}
	if l.w.tense == 2 {
		// "is expected to", "are going to", "is to": look on.
		if t := f.cue2(k + 1); t == tFuture {
			return tFuture
		}
		return tPresent
	}
	past := l.w.tense == -1
	if !past && l.w.tense == 0 && l.flags&(fCap|fHyphen) == 0 {
		s := f.src[l.start:l.end]
		past = len(s) >= 5 && s[len(s)-2] == 'e' && s[len(s)-1] == 'd' && !notPast[s]
	}
	if !past {
		return tense(l.w.tense)
	}
	// A participle takes the tense of its auxiliary.
	p := k - 1
	for p >= 0 && f.lx[p].kind == lWord && isAdverb(f.src[f.lx[p].start:f.lx[p].end]) {
		p--
	}
	if p < 0 || f.lx[p].kind != lWord {
		return tPast
	}
	switch f.lx[p].w.kw {
	case kwIs, kwAre:
		return tPresent
	case kwBe:
		for q := p - 1; q >= 0 && q >= p-3 && f.lx[q].kind == lWord; q-- {
			if t := f.lx[q].w.tense; t == 1 {
				return tFuture
			}
			if f.lx[q].w.kw == kwTo || f.lx[q].w.kw == kwWould || f.lx[q].w.month == 5 && !f.lx[q].has(fCap) {
				return tFuture // will be held, to be signed, may be signed
			}
			switch f.src[f.lx[q].start:f.lx[q].end] {
			case "can", "could":
				return tFuture
			}
		}
		return tNone
	}
	return tPast
}

// isAdverb reports whether s is an adverb that may stand between an
// auxiliary and its participle: "will still be held", "was also seen".
func isAdverb(s string) bool {
	switch s {
	case "also", "still", "not", "never", "already", "just", "only", "now", "then", "again", "probably", "reportedly", "allegedly", "first", "finally", "formally", "officially", "later":
		return true
	}
	return false
}

// cue2 is cue for the word after a present-tense auxiliary.
func (f *finder) cue2(k int) tense {
	if k >= len(f.lx) || f.lx[k].kind != lWord {
		return tNone
	}
	switch f.lx[k].w.kw {
	case kwGoing, kwExpected, kwScheduled, kwSet, kwDue, kwPlan:
		if f.is(k+1, kwTo) || f.is(k+1, kwFor) {
			return tFuture
		}
	case kwTo:
		return tFuture // "is to meet"
	}
	return tNone
}
