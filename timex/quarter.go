package timex

// Rules for the fiscal language of company reports: quarters, halves,
// "the year-ago period".

// quarterLed matches quarters and halves:
//
//	[the] [fiscal] Ordinal quarter|half [of Year|of this year|of last year]   the third quarter of 1984
//	[the] [fiscal] Ordinal-quarter                                            third-quarter, fiscal-first quarter
//	the [latest|current|year-ago|year-earlier|comparable|corresponding|1988] quarter|period
//	the quarter [a year ago|a year earlier|last year]
//	year-ago, year-earlier                                                    (alone, as adjectives)
//
// "The quarter" and "the latest quarter" are the quarter being reported
// (the last quarter mentioned, else the one that ended before the
// reference date); a quarter without a year is resolved by tense.
func (f *finder) quarterLed(i int) (match, bool) {
	k := i
	the := f.is(k, kwThe)
	if the {
		k++
	}
	if f.is(k, kwFiscal) {
		k++
	}
	shift, year := 0, -1
	named := false // a modifier that lets "period" stand for a quarter
	current := false
	for {
		l := f.at(k)
		if l.kind == lWord && l.w.kw == kwYear && f.at(k+1).has(fHyphen) && f.isAny(k+1, kwAgo, kwEarlier) {
			shift, named = -1, true
			k += 2
			continue
		}
		if l.kind == lNum && l.ndig == 4 && l.num >= 1900 && l.num < 2100 && the {
			year, named = int(l.num), true
			k++
			continue
		}
		if l.kind == lWord {
			switch l.w.kw {
			case kwComparable, kwCorresponding, kwSame:
				k++
				continue
			case kwLatest:
				named = true
				k++
				continue
			case kwCurrent:
				named, current = true, true
				k++
				continue
			case kwFiscal:
				k++
				continue
			}
		}
		break
	}
	l := f.at(k)
	q, half := 0, false
	j := k
	switch {
	case l.kind == lOrd || l.w.ord != 0 || (l.w.kw == kwLast || l.w.kw == kwFinal) && the:
		n := int(l.num)
		if l.kind == lWord {
			n = int(l.w.ord)
			if l.w.kw == kwLast || l.w.ord == 0 {
				n = -1 // the last quarter of 2009, the final quarter
			}
		}
		u := f.at(k + 1)
		if u.kind != lWord || u.w.plural {
			// the first two quarters of 1990: the first half
			if c := f.at(k + 1); c.w.isNum && c.w.num == 2 && f.at(k+2).w.unit == uQuarter && f.at(k+2).w.plural && n == 1 {
				q, half, j = 1, true, k+3
				break
			}
			return match{}, false
		}
		switch {
		case u.w.unit == uQuarter && n <= 4:
			q = n
			if n < 0 {
				q = 4
			}
		case u.w.kw == kwHalf && n <= 2:
			q, half = n, true
			if n < 0 {
				q = 2
			}
		default:
			return match{}, false
		}
		j = k + 2
	case l.kind == lWord && l.w.unit == uQuarter && !l.w.plural && (the || named || shift != 0):
		j = k + 1
	case l.kind == lWord && l.w.kw == kwPeriod && named:
		j = k + 1
	case shift != 0 && !the:
		// year-ago, year-earlier alone
		p := f.yearAgo()
		return match{i: i, j: k, typ: Date, p: p}, true
	default:
		return match{}, false
	}
	if q == 0 && (j == k+1) && !the && !named && shift == 0 {
		return match{}, false
	}
	// of Year, of this|last|next year, of fiscal 1990
	if f.is(j, kwOf) {
		c := j + 1
		if f.is(c, kwFiscal) {
			c++
		}
		if y := f.at(c); y.kind == lNum && y.ndig == 4 && y.num >= 1900 && y.num < 2100 {
			year, j = int(y.num), c+1
		} else if yy, c2, ok := f.yearPhrase(c); ok {
			year, j = yy, c2
		} else if f.is(c, kwThe) && f.is(c+1, kwYear) && !f.at(c+1).w.plural {
			year, j = f.current(gYear).y, c+2
		}
	}
	// the quarter a year ago, the same period last year
	if f.isAny(j, kwA, kwAn) && f.at(j+1).w.unit == uYear && f.isAny(j+2, kwAgo, kwEarlier) {
		shift, j = -1, j+3
	} else if f.is(j, kwLast) && f.is(j+1, kwYear) && !f.at(j+1).w.plural {
		shift, j = -1, j+2
	}
	var p point
	switch {
	case half:
		y := year
		if y < 0 {
			y = f.current(gYear).y
		}
		p = point{g: gHalf, y: y, q: q}
	case q > 0:
		if year >= 0 {
			p = point{g: gQuarter, y: year, q: q}
		} else {
			p = f.quarter(q, f.tenseOf(i, j))
		}
	case current:
		p = f.current(gQuarter)
	default:
		p = f.topicQuarter()
		if year >= 0 {
			p.y = year
		}
	}
	if shift != 0 && p.known() {
		p = p.shift(shift, uYear)
	}
	return match{i: i, j: j, typ: Date, p: p, anchor: shift == 0}, true
}

// quarterAfter reads "[Ordinal] quarter|half|period" after "this year's",
// "fiscal 1990's": the quarter of year y.
func (f *finder) quarterAfter(k, y int) (match, bool) {
	l := f.at(k)
	if l.kind == lWord && l.w.unit == uQuarter && !l.w.plural || l.w.kw == kwPeriod {
		p := f.topicQuarter()
		p.y = y
		return match{j: k + 1, typ: Date, p: p, anchor: true}, true
	}
	n := 0
	switch {
	case l.kind == lOrd:
		n = int(l.num)
	case l.w.ord != 0:
		n = int(l.w.ord)
	default:
		return match{}, false
	}
	u := f.at(k + 1)
	switch {
	case u.w.unit == uQuarter && !u.w.plural && n <= 4:
		return match{j: k + 2, typ: Date, p: point{g: gQuarter, y: y, q: n}, anchor: true}, true
	case u.w.kw == kwHalf && n <= 2:
		return match{j: k + 2, typ: Date, p: point{g: gHalf, y: y, q: n}, anchor: true}, true
	}
	return match{}, false
}

// quarterQ matches "Q3 [2009]".
func (f *finder) quarterQ(i int) (match, bool) {
	q := int(f.at(i).num)
	if y := f.at(i + 1); y.kind == lNum && y.ndig == 4 && y.num >= 1900 && y.num < 2100 {
		return match{i: i, j: i + 2, typ: Date, p: point{g: gQuarter, y: int(y.num), q: q}, anchor: true}, true
	}
	return match{i: i, j: i + 1, typ: Date, p: f.quarter(q, f.tenseOf(i, i+1)), anchor: true}, true
}

// topicQuarter is the quarter a report is about: the last quarter
// mentioned, else the one that ended before the reference date.
func (f *finder) topicQuarter() point {
	if f.hasLast && f.last.g == gQuarter {
		return f.last
	}
	return f.reportedQuarter()
}

// yearAgo is the period a year before the one being discussed ("a year
// ago", "year-earlier"): the quarter, half or month last mentioned in the
// reference year, a year earlier; else the year before the reference
// year.
func (f *finder) yearAgo() point {
	if f.hasLast && f.hasRef && (f.last.g == gQuarter || f.last.g == gHalf) && f.last.y == f.ref.y {
		return f.last.shift(-1, uYear)
	}
	return f.shifted(-1, uYear)
}

// ordinalLed matches expressions that start with an ordinal: quarters and
// halves.
func (f *finder) ordinalLed(i int) (match, bool) { return f.quarterLed(i) }
