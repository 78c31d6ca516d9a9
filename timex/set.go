package timex

// Rules for sets: daily, every Monday, $5 a year.

// rate reports whether lexeme k ends a quantity that "a year" or "per
// day" divides: a number, a percent sign, money, "times", "once", a
// counted plural ("four flights a week").
func (f *finder) rate(k int) bool {
	l := f.at(k)
	if l.kind == lWord && l.flags&fCap == 0 {
		if s := f.text(k); len(s) > 3 && s[len(s)-1] == 's' {
			if p := f.at(k - 1); p.kind == lNum || p.kind == lNumX || p.w.isNum {
				return true
			}
		}
	}
	switch l.kind {
	case lNum, lNumX:
		return true
	case lPunct:
		return l.num == '%'
	case lWord:
		switch l.w.kw {
		case kwOnce, kwTwice, kwTimes:
			return true
		}
		switch f.lower(k) {
		case "percent", "dollars", "cents", "euros", "pounds", "yen", "million", "billion", "hours", "days", "miles", "barrels", "tons":
			return true
		}
	}
	return false
}

// setAdverb matches daily, weekly, monthly, quarterly, annually, yearly,
// hourly: a set P1D, P1W, ...
func (f *finder) setAdverb(i int) (match, bool) {
	u := f.at(i).w.set
	if u == uPart {
		return match{i: i, j: i + 1, typ: Set, p: point{g: gPart, y: -1, part: 4}}, true
	}
	v := durValue(1, false, u)
	if u == uQuarter {
		v = "P3M"
	}
	return match{i: i, j: i + 1, typ: Set, val: v}, true
}

// every matches a set:
//
//	every|each [other] [N] unit       P1D, P2W
//	every|each Weekday|Month|season   XXXX-WXX-4, XXXX-07, XXXX-SU
func (f *finder) every(i int) (match, bool) {
	k := i + 1
	n := 1.0
	if f.is(k, kwOther) {
		n = 2
		k++
	} else if c, vague, k2, ok := f.number(k); ok && !vague && !f.isAny(k, kwA, kwAn) {
		n, k = c, k2
	}
	l := f.at(k)
	if l.kind != lWord {
		return match{}, false
	}
	m := match{i: i, j: k + 1, typ: Set}
	switch {
	case l.w.unit != uNone && l.w.unit != uWeekend:
		m.val = durValue(n, false, l.w.unit)
	case l.w.wday != 0 && n == 1:
		m.p = point{g: gDay, y: -1, wday: int(l.w.wday)}
	case l.w.month != 0 && n == 1 && l.has(fCap):
		m.p = point{g: gMonth, y: -1, m: int(l.w.month)}
	case l.w.season != 0 && n == 1:
		m.p = point{g: gSeason, y: -1, q: int(l.w.season)}
	case l.w.part != 0 && n == 1:
		m.p = point{g: gPart, y: -1, part: int(l.w.part)}
	default:
		return match{}, false
	}
	return m, true
}
