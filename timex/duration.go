package timex

import (
	"math"
	"strconv"
)

// Rules for durations, for dates counted from another ("two years ago")
// and for sets.

// quantity matches a number of units and what follows it:
//
//	[the] [past|last|next|coming|previous|following|first|latest] N [more|straight|...] units   P2Y
//	N-unit [period|term|history]                                      two-year, a three-year period
//	N units ago|from now|hence                                        a date counted from the reference date
//	N units earlier|later                                             a date counted from the last date mentioned
//	units, many units                                                 PXY
//	a unit, per unit after a number                                   a set: $5 a year
//
// where N is digits (20, 2.5, 2 1/2), words (twenty-four, a, a few,
// several, a couple of, half a) or nothing before a plural unit. Ages
// ("47-year-old", "five years old") are not temporal expressions.
func (f *finder) quantity(i int) (match, bool) {
	k := i
	the := f.is(k, kwThe)
	if the {
		k++
	}
	rel := kwNone
	switch f.at(k).w.kw {
	case kwPast, kwLast, kwNext, kwComing, kwPrevious, kwFollowing, kwFirst, kwLatest, kwFinal:
		rel = f.at(k).w.kw
		k++
	}
	if f.at(k).w.ord == 1 && rel == kwNone && f.at(k).kind == lWord {
		rel = kwFirst
		k++
	}
	n, vague, k2, ok := f.number(k)
	numAt := k
	if !ok {
		// units, many units: no number
		n, vague, k2 = 0, true, k
	}
	k = k2
	if f.at(k+1).w.unit != uNone && !vague && ok && (f.isAny(k, kwMore, kwStraight, kwConsecutive, kwFull) ||
		f.eq(k, "additional") || f.eq(k, "trading") || f.eq(k, "business") || f.eq(k, "working")) {
		k++ // two more weeks, eight trading days
	}
	u := f.at(k)
	if u.kind != lWord || u.w.unit == uNone || u.w.unit == uWeekend {
		return match{}, false
	}
	j := k + 1
	hyphen := u.has(fHyphen)
	if !ok {
		// a bare unit: only plural, not hyphenated (decades-long is below)
		if !u.w.plural || hyphen {
			return match{}, false
		}
		if the && rel == kwNone {
			return match{}, false
		}
	}
	// and a half
	if f.is(j, kwAnd) && f.isAny(j+1, kwA, kwAn) && f.is(j+2, kwHalf) && !vague {
		n += 0.5
		j += 3
	}
	// ages: 47-year-old, five years old, 8-month-old
	if f.is(j, kwOld) && (f.at(j).has(fHyphen) || u.w.plural) {
		return match{}, false
	}
	if u.has(fCap) && !u.has(fSentStart|fHeadline) && ok && !f.at(numAt).has(fCap) {
		return match{}, false // 60 Minutes
	}
	if hyphen && u.w.plural && ok {
		return match{}, false // three-quarters
	}
	if u.w.unit == uSecond && f.isAny(numAt, kwA, kwAn) && !u.w.plural {
		return match{}, false // a second time
	}
	if u.w.unit == uQuarter && f.isAny(numAt, kwA, kwAn) && !u.w.plural && !hyphen {
		return match{}, false // more than a quarter of
	}
	if f.is(j, kwLong) && f.at(j).has(fHyphen) {
		// day-long, decades-long
		j++
		if !ok {
			n, vague = 1, u.w.plural
		} else if f.isAny(numAt, kwA, kwAn) {
			i = k
		}
	}
	if hyphen && ok {
		// a three-year period; a two-year contract is "two-year"
		switch f.lower(j) {
		case "period", "term", "history", "span", "stretch":
			j++
		default:
			i = numAt
		}
	}
	if !ok && (f.at(i).w.isNum || f.at(i).kind == lNum) {
		return match{}, false
	}
	m := match{i: i, j: j, typ: Duration}
	// Dates counted from another.
	if rel == kwNone && !the {
		switch next := f.at(j); {
		case next.kind == lWord && next.w.kw == kwAgo:
			m.j = j + 1
			m.typ = Date
			if vague {
				m.val = "PAST_REF"
				return m, true
			}
			m.p = f.ago(-n, u.w.unit)
			return m, true
		case next.kind == lWord && (next.w.kw == kwEarlier || next.w.kw == kwLater) && !hyphen:
			if vague {
				break
			}
			step := -n
			if next.w.kw == kwLater {
				step = n
			}
			m.j, m.typ = j+1, Date
			m.p = f.counted(step, u.w.unit)
			if !m.p.known() {
				m.p = f.ago(step, u.w.unit)
			}
			return m, true
		case next.kind == lWord && next.w.kw == kwFrom && f.is(j+1, kwNow), next.kind == lWord && next.w.kw == kwHence:
			m.typ = Date
			m.j = j + 1
			if next.w.kw == kwFrom {
				m.j++
			}
			if vague {
				m.val = "FUTURE_REF"
				return m, true
			}
			m.p = f.ago(n, u.w.unit)
			return m, true
		}
		// $5 a year, twice a week, 20 times per year: a set
		if !vague && n == 1 && !u.w.plural && f.isAny(i, kwA, kwPer) && f.rate(i-1) {
			m.typ, m.val = Set, durValue(1, false, u.w.unit)
			if f.isAny(i-1, kwOnce, kwTwice) {
				m.i = i - 1
			}
			return m, true
		}
	}
	if !ok && !u.w.plural {
		return match{}, false
	}
	m.val = durValue(n, vague, u.w.unit)
	return m, true
}

// ago is the reference date moved by n units, at the unit's granularity:
// "two years ago" is a year, "three weeks ago" a week. "A year ago" in a
// report about a quarter is that quarter a year before.
func (f *finder) ago(n float64, u unit) point {
	if n == -1 && u == uYear {
		return f.yearAgo()
	}
	g := unitGran(u)
	switch u {
	case uHour, uMinute, uSecond:
		g = gDay
	case uDecade, uCentury, uMillennium:
		g = gYear
	}
	p := f.current(g)
	if !p.known() {
		return p
	}
	whole := int(n)
	if float64(whole) != n {
		return f.today().shift(int(math.Round(n*unitDays(u))), uDay).at(max(g, gDay))
	}
	return p.shift(whole, u)
}

// counted is the last date mentioned moved by n units ("a year earlier",
// "two days later"), keeping the granularity of that date.
func (f *finder) counted(n float64, u unit) point {
	if !f.hasLast || float64(int(n)) != n {
		return point{y: -1}
	}
	return f.last.shift(int(n), u)
}

// unitDays is the length of a unit in days, for fractional counts.
func unitDays(u unit) float64 {
	switch u {
	case uWeek:
		return 7
	case uMonth:
		return 30.4
	case uQuarter:
		return 91.3
	case uHalf:
		return 182.6
	case uYear:
		return 365.25
	case uDecade:
		return 3652.5
	case uCentury:
		return 36525
	}
	return 1
}

// durValue writes the TIMEX3 value of a duration of n units: P2Y, PT3H,
// P2Y6M; PXY when vague. Fractions are written in the next finer unit.
func durValue(n float64, vague bool, u unit) string {
	var b [24]byte
	v := append(b[:0], 'P')
	letter, clock := unitLetter(u)
	if clock {
		v = append(v, 'T')
	}
	if vague {
		v = append(v, 'X')
		return string(append(v, letter...))
	}
	switch u {
	case uDecade:
		n, letter = n*10, "Y"
	case uCentury:
		n, letter = n*100, "Y"
	case uMillennium:
		n, letter = n*1000, "Y"
	}
	whole := math.Floor(n)
	frac := n - whole
	if whole > 0 || frac == 0 {
		v = strconv.AppendInt(v, int64(whole), 10)
		v = append(v, letter...)
	}
	if frac > 0 {
		fu, fn := fraction(u, frac)
		if fu == "" {
			// no finer unit: write the decimal
			v = v[:1]
			if clock {
				v = append(v, 'T')
			}
			v = strconv.AppendFloat(v, n, 'f', -1, 64)
			return string(append(v, letter...))
		}
		if !clock && (fu == "H" || fu == "M" && u == uHour || fu == "S") {
			v = append(v, 'T')
		}
		v = strconv.AppendInt(v, int64(fn), 10)
		v = append(v, fu...)
	}
	return string(v)
}

// fraction writes frac of unit u in the next finer unit.
func fraction(u unit, frac float64) (string, int) {
	switch u {
	case uYear:
		return "M", int(math.Round(frac * 12))
	case uMonth:
		return "D", int(math.Round(frac * 30))
	case uWeek:
		return "D", int(math.Round(frac * 7))
	case uDay:
		return "H", int(math.Round(frac * 24))
	case uHour:
		return "M", int(math.Round(frac * 60))
	case uMinute:
		return "S", int(math.Round(frac * 60))
	}
	return "", 0
}

// unitLetter returns the TIMEX3 letter of a unit and whether it is a clock
// unit (written after T).
func unitLetter(u unit) (string, bool) {
	switch u {
	case uSecond:
		return "S", true
	case uMinute:
		return "M", true
	case uHour:
		return "H", true
	case uDay:
		return "D", false
	case uWeek:
		return "W", false
	case uMonth:
		return "M", false
	case uQuarter:
		return "Q", false
	case uHalf:
		return "6M", false
	case uDecade:
		return "Y", false
	case uCentury:
		return "C", false
	case uMillennium:
		return "L", false
	}
	return "Y", false
}
