package timex

// Rules for expressions relative to the publication date or to the last
// date mentioned.

// deictic matches today, yesterday, tomorrow and tonight, with a part of
// the day: "yesterday morning" is 2017-02-16TMO.
func (f *finder) deictic(i int) (match, bool) {
	p := f.today()
	switch f.at(i).w.kw {
	case kwYesterday:
		p = p.shift(-1, uDay)
	case kwTomorrow:
		p = p.shift(1, uDay)
	case kwTonight:
		p.g, p.part = gPart, 4
		return match{i: i, j: i + 1, typ: Time, p: p}, true
	}
	if pl := f.at(i + 1); pl.kind == lWord && pl.w.part != 0 && !pl.w.plural {
		p.g, p.part = gPart, int(pl.w.part)
		return match{i: i, j: i + 2, typ: Time, p: p}, true
	}
	return match{i: i, j: i + 1, typ: Date, p: p, anchor: true}, true
}

// relative matches a relative word before a unit, a weekday, a month, a
// season or a part of the day:
//
//	[the] last|past|previous|next|coming|following|this|current|latest|that|same X
//	this coming|past X
//
// "last year" is the year before the reference date's; "the previous
// year", "the following day", "that day" and "the same day" count from
// the last date mentioned.
func (f *finder) relative(i int) (matches, bool) {
	k := i
	the := f.is(k, kwThe)
	if the {
		k++
	}
	rel := f.at(k).w.kw
	k++
	t := tNone
	if rel == kwThis && f.isAny(k, kwComing, kwPast) {
		if f.is(k, kwComing) {
			t = tFuture
		} else {
			t = tPast
		}
		k++
	}
	switch rel {
	case kwLast, kwPast, kwPrevious, kwNext, kwComing, kwFollowing, kwThis, kwCurrent, kwLatest, kwThat, kwSame:
	default:
		return matches{}, false
	}
	if rel == kwThis && the || rel == kwSame && !the {
		return matches{}, false
	}
	x := f.at(k)
	if x.kind != lWord {
		return matches{}, false
	}
	anaphoric := rel == kwThat || rel == kwSame || (the || rel == kwFollowing) && (rel == kwPrevious || rel == kwFollowing)
	step := 0
	switch rel {
	case kwLast, kwPast, kwPrevious:
		step = -1
	case kwNext, kwComing, kwFollowing:
		step = 1
	}
	if t == tPast {
		step = -1
	} else if t == tFuture {
		step = 1
	}
	m := match{i: i, j: k + 1, typ: Date, anchor: true}
	switch {
	case x.w.unit != uNone && !x.w.plural && !x.has(fHyphen):
		u := x.w.unit
		if rel == kwLatest && u != uQuarter && !(u == uYear && f.is(k-1, kwFiscal)) {
			return matches{}, false
		}
		switch u {
		case uDecade, uCentury:
			if rel == kwPast || (rel == kwLast && the) {
				m.typ, m.val = Duration, durValue(1, false, u)
				return one(m, true)
			}
		case uDay:
			if !anaphoric && rel != kwNext {
				return matches{}, false
			}
			if rel == kwNext {
				anaphoric = true
			}
		case uHour, uMinute, uSecond, uMillennium, uHalf:
			return matches{}, false
		}
		var p point
		switch {
		case anaphoric:
			p = f.anchor().at(unitGran(u))
			if u == uWeekend {
				p = f.anchor().at(gWeekend)
			}
			p = p.shift(step, u)
		case rel == kwLatest && u == uQuarter:
			p = f.reportedQuarter()
		case u == uWeekend:
			p = f.weekend(step, tNone)
		default:
			p = f.shifted(step, u)
		}
		m.p = p
		if u == uYear && x.has(fPoss) {
			// this year's third quarter, last year's quarter
			if q, ok := f.quarterAfter(k+1, p.y); ok {
				q.i = i
				return one(q, true)
			}
		}
		if u == uDay || u == uWeekend {
			// the next morning, that night
			if pl := f.at(k + 1); u == uDay && pl.w.part != 0 && !pl.w.plural {
				m.p.g, m.p.part, m.j, m.typ = gPart, int(pl.w.part), k+2, Time
			}
		}
		return one(m, true)
	case x.w.kw == kwFiscal && f.is(k+1, kwYear):
		// the current fiscal year, last fiscal year, the latest fiscal year
		switch rel {
		case kwThis, kwCurrent:
			m.p = f.current(gYear)
		case kwLatest, kwLast, kwPast, kwPrevious:
			m.p = f.shifted(-1, uYear)
		case kwNext, kwComing:
			m.p = f.shifted(1, uYear)
		default:
			return matches{}, false
		}
		m.j = k + 2
		return one(m, true)
	case x.w.wday != 0 && !x.w.plural:
		if anaphoric {
			a := f.anchor()
			if !a.known() || a.g > gDay {
				return matches{}, false
			}
			at := a.t()
			diff := int(x.w.wday) - isoWeekday(at)
			if step < 0 && diff >= 0 {
				diff -= 7
			} else if step > 0 && diff <= 0 {
				diff += 7
			}
			m.p = day(at.AddDate(0, 0, diff))
		} else {
			m.p = f.relWeekday(int(x.w.wday), step, t, i, k+1)
		}
		if pl := f.at(k + 1); pl.w.part != 0 && !pl.w.plural && pl.kind == lWord {
			m.p.g, m.p.part, m.j, m.typ = gPart, int(pl.w.part), k+2, Time
		}
		return one(m, true)
	case x.w.month != 0 && x.has(fCap) && !x.w.abbrev:
		if anaphoric {
			return matches{}, false
		}
		m.p = f.relMonth(int(x.w.month), step)
		return one(m, true)
	case x.w.season != 0:
		if anaphoric {
			return matches{}, false
		}
		m.p = f.relSeason(int(x.w.season), step)
		return one(m, true)
	case x.w.part != 0 && !x.w.plural:
		// this morning, last night, that evening
		var p point
		switch {
		case anaphoric:
			p = f.anchor().at(gDay)
			if !p.known() {
				return matches{}, false
			}
		case rel == kwThis:
			p = f.today()
		case rel == kwLast && x.w.part == 4:
			p = f.today().shift(-1, uDay)
		default:
			return matches{}, false
		}
		p.g, p.part = gPart, int(x.w.part)
		m.p, m.typ = p, Time
		return one(m, true)
	case x.w.holiday != 0:
		if anaphoric || step == 0 {
			return matches{}, false
		}
		hm, ok := f.holidayLed(k)
		if !ok {
			return matches{}, false
		}
		if f.hasRef {
			y := f.ref.y
			p := holidayIn(x.w.holiday, y)
			if step < 0 && !p.t().Before(f.ref.t()) {
				p = holidayIn(x.w.holiday, y-1)
			} else if step > 0 && !p.t().After(f.ref.t()) {
				p = holidayIn(x.w.holiday, y+1)
			}
			hm.p = p
		}
		hm.i = i
		return one(hm, true)
	}
	return matches{}, false
}

// relWeekday resolves "last Friday" (step -1: the Friday before the
// reference date), "next Friday" (1: the Friday after it) and "this Friday"
// (0: by tense).
func (f *finder) relWeekday(wd, step int, t tense, i, j int) point {
	if !f.hasRef {
		return point{g: gDay, y: -1, wday: wd}
	}
	ref := f.ref.t()
	diff := wd - isoWeekday(ref)
	switch step {
	case -1:
		if diff >= 0 {
			diff -= 7
		}
	case 1:
		if diff <= 0 {
			diff += 7
		}
	default:
		if t == tNone {
			t = f.tenseOf(i, j)
		}
		return f.weekday(wd, t)
	}
	return day(ref.AddDate(0, 0, diff))
}

// relMonth resolves "last April" (the latest April at least two months
// before the reference month: "last February" written in March is a year
// back, or it would be "last month"), "next April" (likewise forward) and
// "this April" (the reference year's).
func (f *finder) relMonth(mon, step int) point {
	if !f.hasRef {
		return point{g: gMonth, y: -1, m: mon}
	}
	y := f.ref.y
	switch {
	case step < 0 && mon > f.ref.m-2:
		y--
	case step > 0 && mon < f.ref.m+2:
		y++
	}
	return point{g: gMonth, y: y, m: mon}
}

// relSeason resolves "last fall", "next spring", "this summer".
func (f *finder) relSeason(s, step int) point {
	if !f.hasRef {
		return point{g: gSeason, y: -1, q: s}
	}
	y, cur := f.ref.y, seasonOf(f.ref.m)
	if cur == 4 && f.ref.m <= 2 {
		// January and February belong to the winter that began the year
		// before.
		y--
	}
	switch {
	case step < 0 && s >= cur:
		y--
	case step > 0 && s <= cur:
		y++
	}
	if step == 0 && cur == 4 && f.ref.m <= 2 {
		y++
	}
	return point{g: gSeason, y: y, q: s}
}

// weekend resolves "last weekend" (-1), "this weekend" (0), "next weekend"
// (1) and "the weekend" (by tense t, with step 0 and t set).
func (f *finder) weekend(step int, t tense) point {
	if !f.hasRef {
		return point{g: gWeekend, y: -1}
	}
	ref := f.ref.t()
	wd := isoWeekday(ref)
	// the Saturday of the reference week
	sat := ref.AddDate(0, 0, 6-wd)
	switch {
	case step < 0 || step == 0 && t == tPast:
		if wd < 6 || step < 0 {
			sat = sat.AddDate(0, 0, -7)
		}
	case step > 0:
		sat = sat.AddDate(0, 0, 7)
	}
	p := week(sat)
	p.g = gWeekend
	return p
}
