package timex

// parse tries every rule at lexeme i, modified expressions first.
func (f *finder) parse(i int) (matches, bool) {
	if ms, ok := f.modified(i); ok {
		return ms, true
	}
	return f.core(i)
}

// core tries the rules for an unmodified expression at lexeme i.
func (f *finder) core(i int) (matches, bool) {
	l := f.at(i)
	if f.title(i) {
		return matches{}, false
	}
	switch l.kind {
	case lNum, lNumX, lOrd, lClock:
		if m, ok := f.clock(i); ok {
			return one(m, true)
		}
		if ms, ok := f.numeric(i); ok {
			return ms, true
		}
		if ms, ok := f.dayMonth(i); ok {
			return ms, true
		}
		if m, ok := f.century(i); ok {
			return one(m, true)
		}
		if m, ok := f.quantity(i); ok {
			return one(m, true)
		}
		if ms, ok := f.year(i); ok {
			return ms, true
		}
		return matches{}, false
	case lDecade:
		return one(f.decade(i))
	case lQuote:
		if m, ok := f.decade(i); ok {
			return one(m, true)
		}
		return f.year(i)
	case lQuarter:
		return one(f.quarterQ(i))
	}
	w := l.w
	switch {
	case w.month != 0:
		return f.monthLed(i)
	case w.wday != 0:
		return f.weekdayLed(i)
	}
	switch w.kw {
	case kwThe:
		if ms, ok := f.the(i); ok {
			return ms, true
		}
	case kwToday, kwYesterday, kwTomorrow, kwTonight:
		return one(f.deictic(i))
	case kwLast, kwNext, kwThis, kwPast, kwComing, kwPrevious, kwFollowing, kwCurrent, kwLatest, kwThat, kwSame:
		if m, ok := f.quantity(i); ok {
			return one(m, true)
		}
		if ms, ok := f.relative(i); ok {
			return ms, true
		}
	case kwEvery, kwEach:
		return one(f.every(i))
	case kwFiscal:
		return one(f.fiscal(i))
	case kwNineteen:
		if ms, ok := f.year(i); ok {
			return ms, true
		}
	case kwYear:
		if m, ok := f.yearWord(i); ok {
			return one(m, true)
		}
	case kwYearEnd:
		m := match{i: i, j: i + 1, typ: Date, p: f.current(gYear), mod: "END"}
		return one(m, true)
	}
	if m, ok := f.reference(i); ok {
		return one(m, true)
	}
	if m, ok := f.clock(i); ok {
		return one(m, true)
	}
	if w.ord != 0 {
		if m, ok := f.ordinalLed(i); ok {
			return one(m, true)
		}
		if ms, ok := f.dayMonth(i); ok {
			return ms, true
		}
	}
	if w.season != 0 {
		return one(f.seasonLed(i, i))
	}
	if w.holiday != 0 || w.kw == kwHoliday && l.has(fCap) && holidayStart(f.text(i)) {
		if m, ok := f.holidayLed(i); ok {
			return one(m, true)
		}
	}
	if w.set != uNone {
		return one(f.setAdverb(i))
	}
	if w.isNum || w.kw == kwA || w.kw == kwAn || w.kw == kwFew || w.kw == kwSeveral || w.kw == kwCouple || w.kw == kwHalf || w.unit != uNone || w.kw == kwNineteen {
		if m, ok := f.quantity(i); ok {
			return one(m, true)
		}
		if ms, ok := f.year(i); ok {
			return ms, true
		}
	}
	return matches{}, false
}

// title reports whether the word at lexeme i is capitalized inside a
// sentence as part of a name rather than a date: "VOA Today", ABC's "This
// Week", "High Noon", "60 Minutes", the Communist Party daily Granma.
func (f *finder) title(i int) bool {
	l := f.at(i)
	if l.kind != lWord || !l.has(fCap) || l.has(fSentStart|fUpper|fHeadline) {
		return false
	}
	prev := f.at(i - 1)
	if prev.kind == lQuote || prev.kind == lPunct && (prev.num == '(' || prev.num == ':') {
		return false // a quotation or a parenthesis starts like a sentence
	}
	switch l.w.kw {
	case kwToday, kwNoon, kwMidnight:
		return true
	case kwThis:
		n := f.at(i + 1)
		return n.has(fCap) && n.w.unit != uNone
	}
	if l.w.unit != uNone && (prev.kind == lNum || prev.w.isNum) {
		return true
	}
	return false
}

// the tries the rules of expressions that start with "the".
func (f *finder) the(i int) (matches, bool) {
	k := i + 1
	l := f.at(k)
	switch {
	case l.kind == lDecade || l.kind == lQuote || l.kind == lWord && (l.w.kw == kwEarly || l.w.kw == kwMid || l.w.kw == kwLate) && f.at(k+1).kind == lDecade:
		return one(f.decade(i))
	case l.kind == lNum && l.ndig == 4:
		// the 1988 period, the 1988 third quarter
		if m, ok := f.quarterLed(i); ok {
			return one(m, true)
		}
	case l.kind == lOrd || l.w.ord != 0:
		if m, ok := f.century(i); ok {
			return one(m, true)
		}
		if m, ok := f.ordinalLed(i); ok {
			return one(m, true)
		}
		if ms, ok := f.dayMonth(i); ok {
			return ms, true
		}
	case l.w.season != 0:
		return one(f.seasonLed(i, k))
	}
	if m, ok := f.quantity(i); ok {
		return one(m, true)
	}
	if m, ok := f.quarterLed(i); ok {
		return one(m, true)
	}
	if ms, ok := f.relative(i); ok {
		return ms, true
	}
	if m, ok := f.reference(i); ok {
		return one(m, true)
	}
	if m, ok := f.decadeWord(i); ok {
		return one(m, true)
	}
	if f.is(k, kwFiscal) && f.is(k+1, kwYear) && f.isEndedAt(k+2) {
		return one(match{i: i, j: k + 2, typ: Duration, val: "P1Y"}, true)
	}
	if f.is(k, kwYear) && !f.at(k).w.plural && f.isEndedAt(k+1) {
		// the year ended March 31
		return one(match{i: i, j: k + 1, typ: Duration, val: "P1Y"}, true)
	}
	if f.is(k, kwYear) {
		if m, ok := f.yearWord(k); ok {
			m.i = i
			return one(m, true)
		}
		return f.year(i)
	}
	if f.isAny(k, kwFull, kwEntire, kwWhole) && f.is(k+1, kwYear) && !f.at(k+1).w.plural {
		return one(match{i: i, j: k + 2, typ: Date, p: f.current(gYear), anchor: true}, true)
	}
	if u := f.at(k).w.unit; u >= uDay && u <= uYear && u != uWeekend && !f.at(k).w.plural && f.isAny(k+1, kwBefore, kwAfter) {
		// the day before, the year after: at the end of a clause, counted
		// from the last date mentioned
		if n := f.at(k + 2); n.kind == lPunct || n.kind == lDash || n.kind == lQuote || k+2 >= len(f.lx) {
			step := -1
			if f.is(k+1, kwAfter) {
				step = 1
			}
			p := f.anchor().at(unitGran(u))
			if u == uWeek {
				p = f.anchor().at(gWeek)
			}
			return one(match{i: i, j: k + 2, typ: Date, p: p.shift(step, u)}, true)
		}
	}
	if f.is(k, kwWeek) && f.is(k+1, kwOf) {
		// the week of March 6
		if ms, ok := f.core(k + 2); ok && !ms.two && ms.a.p.g == gDay && ms.a.val == "" {
			m := ms.a
			m.i, m.start, m.end = i, 0, 0
			m.p = m.p.at(gWeek)
			return one(m, true)
		}
	}
	if f.is(k, kwWeekend) && !f.at(k).w.plural {
		return one(match{i: i, j: k + 1, typ: Date, p: f.weekend(0, f.tenseOf(i, k+1)), anchor: true}, true)
	}
	return matches{}, false
}

// isEndedAt reports whether lexeme k is "ended" or "ending", as in a
// fiscal period: the year ended March 31.
func (f *finder) isEndedAt(k int) bool {
	s := f.text(k)
	return s == "ended" || s == "ending" || s == "ends"
}

// yearWord matches expressions built on the word "year":
//
//	year-end, year end, year's end       the reference year (END)
//	year-ago, year-earlier               see quarterLed
func (f *finder) yearWord(i int) (match, bool) {
	if f.is(i+1, kwEnd) {
		return match{i: i, j: i + 2, typ: Date, p: f.current(gYear), mod: "END"}, true
	}
	if f.isAny(i+1, kwAgo, kwEarlier) && f.at(i+1).has(fHyphen) {
		return f.quarterLed(i)
	}
	return match{}, false
}
