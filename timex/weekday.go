package timex

// Rules for weekdays.

// weekdayLed matches expressions that start with a weekday:
//
//	Weekday [,] Month Day [, Year]    Friday, February 17
//	Weekday [,] Day Month [Year]      Friday 17 February
//	Weekday morning|afternoon|evening|night
//	Weekday (to|through|-) Weekday
//	Weekday                           resolved by tense
//	Weekdays [nights]                 a set: XXXX-WXX-1
func (f *finder) weekdayLed(i int) (matches, bool) {
	l := f.at(i)
	wd := int(l.w.wday)
	k := i + 1
	if l.w.abbrev {
		k = f.dot(k)
		c := k
		if f.punct(c, ',') {
			c++
		}
		if f.at(c).w.month == 0 && f.at(c).kind != lNum {
			return matches{}, false
		}
	}
	if !l.has(fCap) && !f.at(i-1).has(fUpper) {
		// lower-case weekdays are rare outside sloppy text; accept them
		// after a preposition only
		if !f.isAny(i-1, kwOn, kwBy, kwUntil, kwSince, kwLast, kwNext, kwThis, kwFrom, kwTo) {
			return matches{}, false
		}
	}
	if l.w.plural {
		p := point{g: gDay, y: -1, wday: wd}
		j := k
		if pl := f.at(k); pl.w.part != 0 {
			p.g, p.part = gPart, int(pl.w.part)
			j++
		}
		return one(match{i: i, j: j, typ: Set, p: p}, true)
	}
	c := k
	if f.punct(c, ',') {
		c++
	}
	sameLine := !f.at(c).has(fNewline)
	if f.at(c).w.month != 0 && sameLine {
		if ms, ok := f.monthLed(c); ok && ms.a.p.g == gDay {
			return f.withWeekday(i, wd, ms)
		}
	}
	if (f.at(c).kind == lNum || f.at(c).kind == lOrd) && sameLine {
		if ms, ok := f.dayMonth(c); ok {
			return f.withWeekday(i, wd, ms)
		}
	}
	if pl := f.at(k); pl.w.part != 0 && !pl.w.plural && pl.kind == lWord {
		p := f.weekday(wd, f.tenseOf(i, k+1))
		p.g, p.part = gPart, int(pl.w.part)
		return one(match{i: i, j: k + 1, typ: Time, p: p, anchor: true}, true)
	}
	m := match{i: i, j: k, typ: Date, anchor: true}
	if c := f.rangeTo(k); c > k && f.at(c).w.wday != 0 && !f.at(c).w.plural {
		if f.is(k, kwAnd) {
			// Monday and Tuesday: two days, each by tense
			m.p = f.weekday(wd, f.tenseOf(i, c+1))
			return one(m, true)
		}
		wd2 := int(f.at(c).w.wday)
		m.p = f.weekday(wd, f.tenseOf(i, c+1))
		m2 := match{i: c, j: c + 1, typ: Date, p: m.p, anchor: true}
		if m.p.known() {
			m2.p = day(m.p.t().AddDate(0, 0, (wd2-wd+7)%7))
		} else {
			m2.p.wday = wd2
		}
		return matches{a: m, b: m2, two: true}, true
	}
	m.p = f.weekday(wd, f.tenseOf(i, k))
	return one(m, true)
}

// withWeekday prefixes a weekday to the date(s) that follow it. A date
// without a year takes the year nearest the reference date in which the
// day falls on that weekday.
func (f *finder) withWeekday(i, wd int, ms matches) (matches, bool) {
	m := &ms.a
	m.i, m.start = i, 0
	if m.p.g == gDay && m.p.m != 0 && f.hasRef && !f.yearGiven(i, m.j) {
		best, bestDist := m.p, 1<<30
		for dy := -6; dy <= 6; dy++ {
			y := f.ref.y + dy
			if !validDay(y, m.p.m, m.p.d) {
				continue
			}
			p := point{g: gDay, y: y, m: m.p.m, d: m.p.d}
			if isoWeekday(p.t()) != wd {
				continue
			}
			dist := abs(int(p.t().Sub(f.ref.t()).Hours()))
			if dist < bestDist {
				best, bestDist = p, dist
			}
		}
		m.p = best
		if ms.two {
			ms.b.p.y = best.y
		}
	}
	return ms, true
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
