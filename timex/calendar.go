package timex

// Rules for seasons and holidays.

// seasonLed matches a season at lexeme k, after "the" at i when i < k:
//
//	[the] Season [of] Year        summer 2016, the winter of nineteen ninety-four
//	[the] Season                  resolved by tense
//
// "fall" and "spring" are also a verb and a noun: alone they need a
// determiner or a preposition before them.
func (f *finder) seasonLed(i, k int) (match, bool) {
	l := f.at(k)
	s := int(l.w.season)
	if l.kind != lWord || l.w.plural {
		return match{}, false
	}
	j := k + 1
	if y, j2, ok := f.yearAfter(j); ok {
		return match{i: i, j: j2, typ: Date, p: point{g: gSeason, y: y, q: s}, anchor: true}, true
	}
	if f.is(j, kwOf) {
		return match{}, false // the fall of the Berlin Wall
	}
	if s == 1 || s == 3 {
		if i == k && !f.isAny(k-1, kwIn, kwBy, kwUntil, kwSince, kwDuring, kwOf, kwThe, kwEarly, kwLate, kwMid, kwThis, kwLast, kwNext, kwAnd) {
			switch f.lower(k - 1) {
			case "its", "their", "his", "her", "our":
				// their Autumn meetings
			default:
				return match{}, false
			}
		}
	}
	return match{i: i, j: j, typ: Date, p: f.season(s, f.tenseOf(i, j)), anchor: true}, true
}

// holidayPhrase is a holiday of one or two words.
type holidayPhrase struct {
	first, second string // lower case; second may be ""
	h             int8
	m, d          int // a fixed date, when h is hNone
	rule          func(y int) point
}

var holidays = []holidayPhrase{
	{first: "christmas", second: "eve", m: 12, d: 24},
	{first: "christmas", second: "day", h: hChristmas},
	{first: "christmas", h: hChristmas},
	{first: "new", second: "year", h: hNewYear},
	{first: "thanksgiving", second: "day", h: hThanksgiving},
	{first: "thanksgiving", h: hThanksgiving},
	{first: "easter", second: "sunday", h: hEaster},
	{first: "easter", h: hEaster},
	{first: "halloween", h: hHalloween},
	{first: "independence", second: "day", m: 7, d: 4},
	{first: "veterans", second: "day", m: 11, d: 11},
	{first: "valentine", second: "day", m: 2, d: 14},
	{first: "boxing", second: "day", m: 12, d: 26},
	{first: "election", second: "day", rule: func(y int) point { return day(nthWeekday(y, 11, 1, 1).t().AddDate(0, 0, 1)) }},
	{first: "labor", second: "day", rule: func(y int) point { return nthWeekday(y, 9, 1, 1) }},
	{first: "memorial", second: "day", rule: func(y int) point { return nthWeekday(y, 5, 1, -1) }},
}

// holidayStart reports whether a capitalized word may start a holiday.
func holidayStart(s string) bool {
	switch s {
	case "Christmas", "New", "Thanksgiving", "Easter", "Halloween", "Independence", "Veterans",
		"Valentine's", "Valentine’s", "Boxing", "Election", "Labor", "Memorial":
		return true
	}
	return false
}

// holidayLed matches a holiday, with a year or resolved by tense:
// Christmas, Christmas Eve, New Year's Day, Thanksgiving, Election Day.
func (f *finder) holidayLed(i int) (match, bool) {
	first := f.lower(i)
	if n := len(first); n > 2 && (first[n-2:] == "'s") {
		first = first[:n-2]
	} else if len(first) > 4 && first[len(first)-4:] == "’s" {
		first = first[:len(first)-4]
	}
	for _, hp := range holidays {
		if hp.first != first {
			continue
		}
		j := i + 1
		if hp.second != "" {
			second := f.lower(j)
			if n := len(second); n > 2 && second[n-2:] == "'s" {
				second = second[:n-2]
			}
			if second != hp.second || !f.at(j).has(fCap) {
				continue
			}
			j++
			if hp.h == hNewYear {
				if f.eq(j, "day") {
					j++
				} else if f.eq(j, "eve") {
					return f.fixedHoliday(i, j+1, 12, 31)
				}
			}
		}
		if hp.h == hNone && hp.rule == nil {
			return f.fixedHoliday(i, j, hp.m, hp.d)
		}
		if y, j2, ok := f.yearAfter(j); ok {
			p := point{}
			if hp.rule != nil {
				p = hp.rule(y)
			} else {
				p = holidayIn(hp.h, y)
			}
			return match{i: i, j: j2, typ: Date, p: p, anchor: true}, true
		}
		t := f.tenseOf(i, j)
		if hp.rule != nil {
			if !f.hasRef {
				return match{i: i, j: j, typ: Date, p: point{g: gDay, y: -1}}, true
			}
			p := hp.rule(f.ref.y)
			if t == tPast && p.t().After(f.ref.t()) {
				p = hp.rule(f.ref.y - 1)
			} else if t == tFuture && p.t().Before(f.ref.t()) {
				p = hp.rule(f.ref.y + 1)
			}
			return match{i: i, j: j, typ: Date, p: p, anchor: true}, true
		}
		return match{i: i, j: j, typ: Date, p: f.holiday(hp.h, t), anchor: true}, true
	}
	return match{}, false
}

// fixedHoliday matches a holiday on a fixed day of the year.
func (f *finder) fixedHoliday(i, j, m, d int) (match, bool) {
	if y, j2, ok := f.yearAfter(j); ok {
		return match{i: i, j: j2, typ: Date, p: point{g: gDay, y: y, m: m, d: d}, anchor: true}, true
	}
	return match{i: i, j: j, typ: Date, p: f.monthDay(m, d, f.tenseOf(i, j)), anchor: true}, true
}
