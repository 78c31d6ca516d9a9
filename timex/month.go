package timex

// Rules for months and days of months, and the ranges between them.

// monthLed matches expressions that start with a month name:
//
//	Month [.] Day [,] [Year]        February 17, 2017; Feb. 17; March 12 2009
//	Month [,|of] Year               April 2016; March of 2016
//	Month this|last|next year       January this year
//	Month                           April (resolved by tense)
//	Month Day (-|to|and) Day[, Year], Month (-|to|through) Month [Year]
func (f *finder) monthLed(i int) (matches, bool) {
	l := f.at(i)
	mon := int(l.w.month)
	k := i + 1
	if l.w.abbrev {
		k = f.dot(k)
	}
	if d, k2, ok := f.dayNum(k); ok {
		return f.monthDayRest(i, mon, d, k, k2)
	}
	if y, k2, ok := f.yearAfter(k); ok {
		return one(match{i: i, j: k2, typ: Date, p: point{g: gMonth, y: y, m: mon}, anchor: true}, true)
	}
	if !f.monthAlone(i, k) {
		return matches{}, false
	}
	if y, k2, ok := f.yearPhrase(k); ok {
		return one(match{i: i, j: k2, typ: Date, p: point{g: gMonth, y: y, m: mon}, anchor: true}, true)
	}
	m := match{i: i, j: k, typ: Date, anchor: true}
	// March to May 2016: the first month takes the year of the second.
	if c := f.rangeTo(k); c > k && f.at(c).w.month != 0 && !f.inRange {
		if ms, ok := f.rangeEnd(c); ok && !ms.two && ms.a.p.g == gMonth {
			m2 := ms.a
			if !f.yearGiven(c, m2.j) {
				mon2 := m2.p.m
				m.p = f.month(mon, f.tenseOf(i, m2.j))
				m2.p = point{g: gMonth, y: m.p.y, m: mon2}
				if m.p.known() && mon2 < mon {
					m2.p.y++
				}
			} else {
				y := m2.p.y
				if mon > m2.p.m {
					y--
				}
				m.p = point{g: gMonth, y: y, m: mon}
			}
			return matches{a: m, b: m2, two: true}, true
		}
	}
	m.p = f.month(mon, f.tenseOf(i, k))
	return one(m, true)
}

// yearGiven reports whether a year is written among lexemes [i, j).
func (f *finder) yearGiven(i, j int) bool {
	for k := i; k < j; k++ {
		if f.lx[k].kind == lNum && f.lx[k].ndig == 4 || f.lx[k].w.unit == uYear {
			return true
		}
	}
	return false
}

// monthAlone reports whether the month name at lexeme i, not followed by a
// day or a year, is a month: "May" and "March" are also a verb and a noun,
// abbreviations need a day.
func (f *finder) monthAlone(i, k int) bool {
	l := f.at(i)
	if l.w.abbrev {
		return false
	}
	if !l.has(fCap) {
		return false
	}
	if f.isAny(k, kwOf, kwFor) && (f.at(k+1).has(fCap) || f.is(k+1, kwThe) && f.at(k+2).has(fCap)) {
		return false // the March for Life, the March of the Mothers
	}
	prev := f.at(i - 1)
	switch l.w.month {
	case 5, 3: // May, March
		if prev.kind == lWord && prev.has(fCap) && !prev.has(fSentStart) && prev.w == (word{}) {
			return false // Theresa May
		}
		if l.has(fSentStart) {
			return f.punct(k, ',') || f.at(k).kind == lNum
		}
		if l.w.month == 5 {
			switch prev.w.kw {
			case kwIn, kwOf, kwSince, kwUntil, kwBy, kwLast, kwNext, kwThis, kwEarly, kwLate, kwMid,
				kwFrom, kwTo, kwThrough, kwBefore, kwAfter, kwDuring, kwThe, kwAnd, kwOr, kwBetween, kwEnd:
				return true
			}
			if prev.kind == lPunct && (prev.num == ',' || prev.num == '(') && f.at(k).kind == lPunct {
				return true
			}
			return false
		}
	}
	if prev.kind == lWord && prev.has(fCap) && !prev.has(fSentStart) && prev.w == (word{}) && !prev.has(fUpper) {
		// a name: Jack January, Hurricane August
		return false
	}
	return true
}

// monthDayRest finishes a Month Day expression: the year, a range.
func (f *finder) monthDayRest(i, mon, d, k, k2 int) (matches, bool) {
	// A day range inside one token: Feb. 16-17.
	if f.at(k).kind == lNumX {
		if a, b, ok := dayRange(f.text(k)); ok {
			y, k3, hasY := f.yearAfter(k + 1)
			if !validDay(-1, mon, a) || !validDay(-1, mon, b) || a >= b {
				return matches{}, false
			}
			tok := f.at(k)
			cut := int(tok.start) + len(itoa(a))
			m1 := match{i: i, j: k + 1, start: int(f.at(i).start), end: cut, typ: Date, anchor: true}
			m2 := match{i: k, j: k + 1, start: cut + 1, end: int(tok.end), typ: Date, anchor: true}
			if hasY {
				m2.j, m2.end = k3, int(f.at(k3-1).end)
				m1.p = point{g: gDay, y: y, m: mon, d: a}
			} else {
				m1.p = f.resolveMonthDay(i, k+1, mon, a)
			}
			m2.p = m1.p
			m2.p.d = b
			return matches{a: m1, b: m2, two: true}, true
		}
	}
	m := match{i: i, j: k2, typ: Date, anchor: true}
	if y, k3, ok := f.yearAfter(k2); ok {
		m.j = k3
		m.p = point{g: gDay, y: y, m: mon, d: d}
		if !validDay(y, mon, d) {
			return matches{}, false
		}
		return one(m, true)
	}
	if y, k3, ok := f.yearPhrase(k2); ok {
		m.j, m.p = k3, point{g: gDay, y: y, m: mon, d: d}
		return one(m, true)
	}
	// Month Day to|and|- Day [, Year]; Month Day to Month Day [, Year]
	if c := f.rangeTo(k2); c > k2 && !f.inRange {
		var m2 match
		found := false
		if d2, c2, ok := f.dayNum(c); ok && d2 > d {
			m2 = match{i: c, j: c2, typ: Date, p: point{g: gDay, y: -1, m: mon, d: d2}, anchor: true}
			if y, c3, ok := f.yearAfter(c2); ok {
				m2.j, m2.p.y = c3, y
			}
			found = true
		} else if f.at(c).w.month != 0 {
			if ms, ok := f.rangeEnd(c); ok && !ms.two && ms.a.p.g == gDay {
				m2, found = ms.a, true
				if !f.yearGiven(c, m2.j) {
					m2.p.y = -1
				}
			}
		}
		if found {
			if m2.p.y >= 0 {
				m.p = point{g: gDay, y: m2.p.y, m: mon, d: d}
				if mon > m2.p.m {
					m.p.y--
				}
			} else {
				m.p = f.resolveMonthDay(i, m2.j, mon, d)
				m2.p.y = m.p.y
				if m.p.known() && m2.p.m < mon {
					m2.p.y++
				}
			}
			if validDay(m.p.y, mon, d) && validDay(m2.p.y, m2.p.m, m2.p.d) {
				return matches{a: m, b: m2, two: true}, true
			}
		}
	}
	if !validDay(-1, mon, d) {
		return matches{}, false
	}
	m.p = f.resolveMonthDay(i, k2, mon, d)
	return one(m, true)
}

// resolveMonthDay resolves Month Day without a year over lexemes [i, j):
// a dateline is the publication date itself, else the tense decides.
func (f *finder) resolveMonthDay(i, j, mon, d int) point {
	if f.dateline(i, j) {
		return f.monthDay(mon, d, tNone)
	}
	return f.monthDay(mon, d, f.tenseOf(i, j))
}

// dateline reports whether lexemes [i, j) are the date of a dateline:
//
//	MOSCOW, March 3 (RIA Novosti) —
//	WASHINGTON, Feb. 17 -
func (f *finder) dateline(i, j int) bool {
	k := i - 1
	if f.punct(k, ',') {
		k--
	}
	// the place: upper-case words back to the start of a line
	n := 0
	for k >= 0 && f.lx[k].kind == lWord && (f.lx[k].has(fUpper) || f.lx[k].has(fCap)) && n < 5 {
		if f.lx[k].has(fNewline) || k == 0 {
			n = -1
			break
		}
		k--
		n++
		if f.punct(k, ',') && n > 0 { // WASHINGTON, D.C., or CITY, State,
			k--
		}
	}
	if n != -1 {
		return false
	}
	if f.punct(j, ',') {
		j++
	}
	if f.at(j).kind == lNum && f.at(j).ndig == 4 {
		j++
	}
	return f.punct(j, '(') || f.at(j).kind == lDash || f.punct(j, '-') || f.punct(j, '/')
}

// rangeEnd reads the end of a range at lexeme c: a month-led expression,
// itself not a range (so that "March to April to May" is not read
// recursively).
func (f *finder) rangeEnd(c int) (matches, bool) {
	f.inRange = true
	defer func() { f.inRange = false }()
	return f.monthLed(c)
}

// rangeTo returns the lexeme after a range connector at k (-, –, to,
// through, until, and), or k.
func (f *finder) rangeTo(k int) int {
	l := f.at(k)
	switch {
	case l.kind == lDash, l.kind == lPunct && l.num == '-':
		return k + 1
	case l.kind == lWord:
		switch l.w.kw {
		case kwTo, kwThrough, kwUntil, kwAnd:
			return k + 1
		}
	}
	return k
}

// dayMonth matches a day before its month:
//
//	[the] Day|Ordinal [of] Month [.] [,] [Year]     17 February 2017, the 17th of February
func (f *finder) dayMonth(i int) (matches, bool) {
	k := i
	if f.is(k, kwThe) {
		k++
	}
	d, k2, ok := f.dayNum(k)
	if !ok || f.at(k).kind == lNumX {
		return matches{}, false
	}
	if f.is(k2, kwOf) {
		k2++
	}
	ml := f.at(k2)
	if ml.w.month == 0 || (ml.w.month == 5 && !ml.has(fCap)) || (ml.w.month == 3 && !ml.has(fCap)) {
		return matches{}, false
	}
	mon := int(ml.w.month)
	j := k2 + 1
	if ml.w.abbrev {
		j = f.dot(j)
	}
	if !validDay(-1, mon, d) {
		return matches{}, false
	}
	m := match{i: i, j: j, typ: Date, anchor: true}
	if y, j2, ok := f.yearAfter(j); ok {
		m.j, m.p = j2, point{g: gDay, y: y, m: mon, d: d}
		if !validDay(y, mon, d) {
			return matches{}, false
		}
		return one(m, true)
	}
	m.p = f.resolveMonthDay(i, j, mon, d)
	return one(m, true)
}
