package timex

import "time"

// Resolution of expressions that name a calendar position without fixing
// it ("Friday", "February 16", "April", "the fourth quarter", "summer")
// against the reference date and the tense of their sentence:
//
//   - past: the latest such position on or before the reference date;
//   - future: the earliest on or after it;
//   - present or no tense: a weekday goes back (news mostly reports what
//     happened), except in the present tense, where it goes forward ("the
//     summit is on Friday"); a day of a month or a month takes the nearest,
//     the future one only when it is less than two thirds as far as the
//     past one; a season stays in the reference year.

// weekday resolves a weekday 1-7.
func (f *finder) weekday(wd int, t tense) point {
	if !f.hasRef {
		return point{g: gDay, y: -1, wday: wd}
	}
	ref := f.ref.t()
	diff := wd - isoWeekday(ref) // -6..6
	switch t {
	case tFuture, tPresent:
		if diff < 0 {
			diff += 7
		}
	default:
		if diff > 0 {
			diff -= 7
		}
	}
	return day(ref.AddDate(0, 0, diff))
}

// monthDay resolves a day of a month without a year.
func (f *finder) monthDay(m, d int, t tense) point {
	if !f.hasRef {
		return point{g: gDay, y: -1, m: m, d: d}
	}
	ref := f.ref.t()
	y := f.ref.y
	c := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if c.After(ref) {
		y--
	}
	// y is the year of the latest such day on or before ref
	past := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	future := time.Date(y+1, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if past.Equal(ref) {
		future = past
	}
	dp, df := int(ref.Sub(past).Hours()/24), int(future.Sub(ref).Hours()/24)
	if choose(dp, df, t) > 0 {
		y++
	}
	if !validDay(y, m, d) { // February 29
		return point{g: gDay, y: -1, m: m, d: d}
	}
	return point{g: gDay, y: y, m: m, d: d}
}

// choose picks between the latest candidate on or before the reference
// date, dp units back, and the earliest after it, df units ahead: -1 for
// the past one, 1 for the future one. The tense decides. Without a tense
// the nearer wins, with a bias to the past (news reports what happened):
// the future one must be less than two thirds as far.
func choose(dp, df int, t tense) int {
	switch t {
	case tPast:
		return -1
	case tFuture:
		return 1
	}
	if 3*df < 2*dp {
		return 1
	}
	return -1
}

// month resolves a month without a year.
func (f *finder) month(m int, t tense) point {
	if !f.hasRef {
		return point{g: gMonth, y: -1, m: m}
	}
	y := f.ref.y
	if m > f.ref.m {
		y--
	}
	// y is the year of the latest such month, the reference month included
	dp := (f.ref.y-y)*12 + f.ref.m - m
	df := 12 - dp
	if dp == 0 {
		df = 0
	}
	if t == tPresent {
		t = tNone
	}
	if choose(dp, df, t) > 0 && dp != 0 {
		y++
	}
	return point{g: gMonth, y: y, m: m}
}

// season resolves a season 1-4 without a year.
func (f *finder) season(s int, t tense) point {
	if !f.hasRef {
		return point{g: gSeason, y: -1, q: s}
	}
	y := f.ref.y
	cur := seasonOf(f.ref.m)
	switch t {
	case tPast:
		if s > cur {
			y--
		}
	case tFuture:
		if s < cur {
			y++
		}
	}
	return point{g: gSeason, y: y, q: s}
}

// seasonOf returns the season of month m, winter counted with the year it
// starts in only in December.
func seasonOf(m int) int {
	switch {
	case m >= 3 && m <= 5:
		return 1
	case m >= 6 && m <= 8:
		return 2
	case m >= 9 && m <= 11:
		return 3
	}
	return 4
}

// quarter resolves a quarter 1-4 without a year. Companies report a quarter
// after it ends, so a quarter later than the current one is last year's
// in the past tense, or when it is two or more quarters ahead.
func (f *finder) quarter(q int, t tense) point {
	if !f.hasRef {
		return point{g: gQuarter, y: -1, q: q}
	}
	y, cur := f.ref.y, (f.ref.m-1)/3+1
	if q > cur && (t == tPast || q-cur >= 2) {
		y--
	}
	return point{g: gQuarter, y: y, q: q}
}

// reportedQuarter is the quarter a company reports on around the reference
// date: the one containing the day 60 days before it (results come out
// within two months of the quarter's end).
func (f *finder) reportedQuarter() point {
	if !f.hasRef {
		return point{g: gQuarter, y: -1}
	}
	return day(f.ref.t().AddDate(0, 0, -60)).at(gQuarter)
}

// today returns the reference day.
func (f *finder) today() point {
	if !f.hasRef {
		return point{g: gDay, y: -1}
	}
	return f.ref
}

// current returns the period of granularity g containing the reference
// date ("this week", "this year").
func (f *finder) current(g gran) point {
	if !f.hasRef {
		return point{g: g, y: -1}
	}
	return f.ref.at(g)
}

// relative returns the period n units of granularity g from the current
// one ("last year" is -1 year).
func (f *finder) shifted(n int, u unit) point {
	g := unitGran(u)
	p := f.current(g)
	if !p.known() {
		return p
	}
	return p.shift(n, u)
}

// unitGran is the granularity of a value counted in unit u.
func unitGran(u unit) gran {
	switch u {
	case uSecond, uMinute:
		return gMinute
	case uHour:
		return gHour
	case uPart:
		return gPart
	case uDay:
		return gDay
	case uWeekend:
		return gWeekend
	case uWeek:
		return gWeek
	case uMonth:
		return gMonth
	case uSeason:
		return gSeason
	case uQuarter:
		return gQuarter
	case uHalf:
		return gHalf
	case uYear:
		return gYear
	case uDecade:
		return gDecade
	}
	return gCentury
}

// anchor returns the date anaphora refer to: the last date mentioned,
// else the reference date.
func (f *finder) anchor() point {
	if f.hasLast {
		return f.last
	}
	return f.today()
}

// nthWeekday returns the n-th weekday wd of month m of year y (n = -1 for
// the last).
func nthWeekday(y, m, wd, n int) point {
	if n < 0 {
		t := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC)
		for isoWeekday(t) != wd {
			t = t.AddDate(0, 0, -1)
		}
		return day(t)
	}
	t := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
	for isoWeekday(t) != wd {
		t = t.AddDate(0, 0, 1)
	}
	return day(t.AddDate(0, 0, 7*(n-1)))
}

// holidayIn returns the date of holiday h in year y.
func holidayIn(h int8, y int) point {
	switch h {
	case hChristmas:
		return point{g: gDay, y: y, m: 12, d: 25}
	case hThanksgiving:
		return nthWeekday(y, 11, 4, 4)
	case hHalloween:
		return point{g: gDay, y: y, m: 10, d: 31}
	case hNewYear:
		return point{g: gDay, y: y, m: 1, d: 1}
	case hEaster:
		// Anonymous Gregorian algorithm.
		a, b, c := y%19, y/100, y%100
		d, e := b/4, b%4
		g := (8*b + 13) / 25
		hh := (19*a + b - d - g + 15) % 30
		i, k := c/4, c%4
		l := (32 + 2*e + 2*i - hh - k) % 7
		m := (a + 11*hh + 19*l) / 433
		month := (hh + l - 7*m + 90) / 25
		dd := (hh + l - 7*m + 33*month + 19) % 32
		return point{g: gDay, y: y, m: month, d: dd}
	}
	return point{g: gDay, y: y}
}

// holiday resolves a holiday without a year.
func (f *finder) holiday(h int8, t tense) point {
	if !f.hasRef {
		p := holidayIn(h, 2000)
		p.y = -1
		if h == hThanksgiving || h == hEaster {
			p.m, p.d = 0, 0
		}
		return p
	}
	ref := f.ref.t()
	p := holidayIn(h, f.ref.y)
	c := p.t()
	switch t {
	case tFuture:
		if c.Before(ref) {
			p = holidayIn(h, f.ref.y+1)
		}
	default:
		if c.After(ref) && (t == tPast || c.Sub(ref).Hours() > 24*120) {
			p = holidayIn(h, f.ref.y-1)
		}
	}
	return p
}
