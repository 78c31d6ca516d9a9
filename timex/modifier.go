package timex

// modified tries a modifier followed by an expression:
//
//	about|around|approximately|roughly|nearly|almost X          (APPROX, LESS_THAN)
//	more than|over|less than|under|at least|at most|no more than|up to|within D
//	early|late|mid X, earlier|later X                           (START, END, MID)
//	the beginning|start|end|middle|close of X
//
// where X is any expression and D a duration or "N units ago".
func (f *finder) modified(i int) (matches, bool) {
	mod, k, durOnly := f.approx(i)
	if k > i {
		ms, ok := f.core(k)
		if !ok {
			ms, ok = f.position(k)
		}
		if !ok || ms.two {
			return matches{}, false
		}
		m := ms.a
		if durOnly && m.typ != Duration && !(m.typ == Date && f.is(m.j-1, kwAgo)) {
			return matches{}, false
		}
		if f.at(k).kind == lWord && f.at(k).w.kw == kwSome && m.typ != Duration {
			return matches{}, false
		}
		m.i, m.start, m.mod = i, 0, mod
		return one(m, true)
	}
	return f.position(i)
}

// approx reads an approximating or comparing modifier at lexeme i. It
// returns the TIMEX3 mod, the lexeme after the modifier (i when there is
// none), and whether only durations may follow.
func (f *finder) approx(i int) (string, int, bool) {
	switch f.at(i).w.kw {
	case kwAbout, kwAround, kwApproximately, kwRoughly:
		return "APPROX", i + 1, false
	case kwNearly, kwAlmost:
		return "LESS_THAN", i + 1, false
	case kwSome:
		return "APPROX", i + 1, true
	case kwMore:
		if f.is(i+1, kwThan) {
			return "MORE_THAN", i + 2, true
		}
	case kwLess:
		if f.is(i+1, kwThan) {
			return "LESS_THAN", i + 2, true
		}
	case kwOver:
		if f.is(i+1, kwThe) {
			return "", i, false // over the past five years
		}
		return "MORE_THAN", i + 1, true
	case kwUnder:
		return "LESS_THAN", i + 1, true
	case kwWithin:
		return "EQUAL_OR_LESS", i + 1, true
	case kwAt:
		if f.is(i+1, kwLeast) {
			return "EQUAL_OR_MORE", i + 2, true
		}
		if f.is(i+1, kwMost) {
			return "EQUAL_OR_LESS", i + 2, true
		}
	case kwNo:
		if f.isAny(i+1, kwMore, kwLess) && f.is(i+2, kwThan) {
			if f.is(i+1, kwMore) {
				return "EQUAL_OR_LESS", i + 3, true
			}
			return "EQUAL_OR_MORE", i + 3, true
		}
	case kwUp:
		if f.is(i+1, kwTo) {
			return "EQUAL_OR_LESS", i + 2, true
		}
	}
	return "", i, false
}

// position tries a position modifier at lexeme i.
func (f *finder) position(i int) (matches, bool) {
	var mod string
	k := i
	switch f.at(i).w.kw {
	case kwEarly:
		mod, k = "START", i+1
	case kwLate:
		mod, k = "END", i+1
	case kwMid:
		mod, k = "MID", i+1
	case kwEarlier:
		mod, k = "START", i+1
	case kwLater:
		mod, k = "", i+1
	case kwThe:
		switch f.at(i + 1).w.kw {
		case kwBeginning, kwStart:
			mod = "START"
		case kwEnd, kwClose:
			mod = "END"
		case kwMiddle:
			mod = "MID"
		default:
			return matches{}, false
		}
		if !f.is(i+2, kwOf) {
			return matches{}, false
		}
		k = i + 3
		if m, ok := f.theUnit(k); ok {
			m.i, m.mod = i, mod
			return one(m, true)
		}
	default:
		return matches{}, false
	}
	if k == i+1 && (f.at(k).has(fHyphen) || f.is(k, kwIn)) {
		// mid-1996, late-November; earlier in the year
		if f.is(k, kwIn) {
			if m, ok := f.theUnit(k + 1); ok {
				m.i, m.mod = i, mod
				return one(m, true)
			}
			return matches{}, false
		}
	}
	ms, ok := f.core(k)
	if !ok || ms.two {
		return matches{}, false
	}
	m := ms.a
	if m.typ != Date && m.typ != Time || m.val != "" {
		return matches{}, false
	}
	if f.at(i).w.kw == kwEarlier || f.at(i).w.kw == kwLater {
		// earlier this year, later that day, Earlier Sunday, later today
		if !f.isAny(k, kwThis, kwThat, kwToday, kwYesterday, kwTomorrow, kwTonight) && f.at(k).w.wday == 0 {
			return matches{}, false
		}
	}
	m.i, m.start, m.end = i, 0, 0
	m.mod = mod
	return one(m, true)
}

// theUnit reads "the year", "the month", "the week", "the day", "the
// quarter" (the current one) or "this|that|last|next year" or any date at
// lexeme k, after "the end of" and the like.
func (f *finder) theUnit(k int) (match, bool) {
	if f.is(k, kwThe) {
		u := f.at(k + 1).w.unit
		if f.at(k+1).kind == lWord && !f.at(k+1).w.plural {
			switch u {
			case uYear, uMonth, uWeek, uDay, uQuarter, uDecade, uCentury:
				return match{i: k, j: k + 2, typ: Date, p: f.current(unitGran(u))}, true
			}
		}
	}
	ms, ok := f.core(k)
	if !ok || ms.two || ms.a.typ != Date && ms.a.typ != Time || ms.a.val != "" {
		return match{}, false
	}
	return ms.a, true
}
