package timex

import (
	"strconv"
	"time"
)

// gran is the granularity of a point in time: the unit its TIMEX3 value
// names. A year stays a year ("2014"), a month a month ("2016-04").
type gran uint8

const (
	gNone gran = iota
	gMinute
	gHour
	gPart // a part of a day: 2017-02-17TMO
	gDay
	gWeekend // 2017-W07-WE
	gWeek    // 2017-W07
	gMonth
	gSeason // 2017-SU
	gQuarter
	gHalf
	gYear
	gDecade  // 199
	gCentury // 19
)

// point is a calendar date at some granularity. y is -1 when the year is
// unknown (the value keeps XXXX); m and d are 0 when unknown at a
// granularity that needs them.
type point struct {
	g      gran
	y      int
	m, d   int // month 1-12, day 1-31
	w      int // ISO week, for gWeek and gWeekend
	q      int // quarter, half or season number
	wday   int // for an unknown year: a weekday 1-7 (XXXX-WXX-5)
	part   int // part of the day, for gPart
	hh, mm int
	zone   bool // the clock time is UTC
}

// day returns the point of a calendar date.
func day(t time.Time) point {
	return point{g: gDay, y: t.Year(), m: int(t.Month()), d: t.Day()}
}

// t returns the first day a point covers, as a time.
func (p point) t() time.Time {
	switch p.g {
	case gWeek, gWeekend:
		return weekStart(p.y, p.w)
	case gQuarter:
		return time.Date(p.y, time.Month(3*p.q-2), 1, 0, 0, 0, 0, time.UTC)
	case gHalf:
		return time.Date(p.y, time.Month(6*p.q-5), 1, 0, 0, 0, 0, time.UTC)
	case gSeason:
		return time.Date(p.y, time.Month(3*p.q), 21, 0, 0, 0, 0, time.UTC)
	case gYear, gDecade, gCentury:
		return time.Date(p.y, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	m, d := max(p.m, 1), max(p.d, 1)
	return time.Date(p.y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
}

// known reports whether the point has a year.
func (p point) known() bool { return p.y >= 0 }

// weekStart returns the Monday of ISO week w of year y.
func weekStart(y, w int) time.Time {
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	wd := int(jan4.Weekday()+6) % 7 // Monday 0
	return jan4.AddDate(0, 0, -wd+7*(w-1))
}

// isoWeekday returns the ISO weekday of t, Monday 1 to Sunday 7.
func isoWeekday(t time.Time) int { return int(t.Weekday()+6)%7 + 1 }

// week returns the week point containing t.
func week(t time.Time) point {
	y, w := t.ISOWeek()
	return point{g: gWeek, y: y, w: w}
}

// at returns p with its granularity coarsened to g, keeping the fields g
// needs.
func (p point) at(g gran) point {
	if !p.known() {
		p.g = g
		return p
	}
	t := p.t()
	switch g {
	case gYear:
		return point{g: gYear, y: p.y}
	case gDecade:
		return point{g: gDecade, y: p.y - p.y%10}
	case gCentury:
		return point{g: gCentury, y: p.y - p.y%100}
	case gHalf:
		return point{g: gHalf, y: t.Year(), q: (int(t.Month())-1)/6 + 1}
	case gQuarter:
		return point{g: gQuarter, y: t.Year(), q: (int(t.Month())-1)/3 + 1}
	case gMonth:
		return point{g: gMonth, y: t.Year(), m: int(t.Month())}
	case gWeek:
		return week(t)
	case gWeekend:
		w := week(t)
		w.g = gWeekend
		return w
	case gDay:
		return day(t)
	}
	p.g = g
	return p
}

// shift moves p by n units, keeping its granularity unless the unit is
// finer (a day after a month is a day).
func (p point) shift(n int, u unit) point {
	if !p.known() {
		return p
	}
	switch p.g {
	case gDecade:
		if u == uDecade || u == uCentury {
			return point{g: gDecade, y: p.y + 10*n*unitYears(u)}
		}
	case gCentury:
		if u == uCentury {
			return point{g: gCentury, y: p.y + 100*n}
		}
	}
	t := p.t()
	g := p.g
	switch u {
	case uDay:
		t = t.AddDate(0, 0, n)
		g = min(g, gDay)
	case uWeek, uWeekend:
		t = t.AddDate(0, 0, 7*n)
		if g > gWeek || g == gMonth || g == gSeason {
			g = gWeek
		}
	case uMonth:
		t = t.AddDate(0, n, 0)
		g = min(g, gMonth)
	case uQuarter:
		t = t.AddDate(0, 3*n, 0)
		if g > gQuarter {
			g = gQuarter
		}
	case uHalf:
		t = t.AddDate(0, 6*n, 0)
		if g > gHalf {
			g = gHalf
		}
	case uSeason:
		t = t.AddDate(n, 0, 0)
	case uYear, uDecade, uCentury, uMillennium:
		t = t.AddDate(n*unitYears(u), 0, 0)
		if g > gYear {
			g = gYear
		}
	case uHour, uMinute, uSecond, uPart:
		g = min(g, gDay)
	}
	q := p
	switch g {
	case gSeason:
		q.y = t.Year()
		return q
	case gPart, gHour, gMinute:
		d := day(t)
		q.y, q.m, q.d = d.y, d.m, d.d
		return q
	case gWeekend:
		w := week(t)
		w.g = gWeekend
		return w
	}
	return day(t).at(g)
}

// unitYears returns the years in a unit of a year or more.
func unitYears(u unit) int {
	switch u {
	case uDecade:
		return 10
	case uCentury:
		return 100
	case uMillennium:
		return 1000
	}
	return 1
}

// value writes the TIMEX3 value of p.
func (p point) value() string {
	var b [32]byte
	v := b[:0]
	year := func() {
		if p.y < 0 {
			v = append(v, "XXXX"...)
		} else {
			v = pad(v, p.y, 4)
		}
	}
	switch p.g {
	case gCentury:
		if p.y < 0 {
			return "XX"
		}
		return string(pad(v, p.y/100, 2))
	case gDecade:
		if p.y < 0 {
			return "XXX"
		}
		return string(pad(v, p.y/10, 3))
	case gYear:
		year()
	case gHalf:
		year()
		v = append(v, "-H"...)
		v = strconv.AppendInt(v, int64(p.q), 10)
	case gQuarter:
		year()
		v = append(v, "-Q"...)
		if p.q == 0 {
			v = append(v, 'X')
		} else {
			v = strconv.AppendInt(v, int64(p.q), 10)
		}
	case gSeason:
		year()
		v = append(v, '-')
		v = append(v, seasonCode[p.q]...)
	case gMonth:
		year()
		v = append(v, '-')
		v = pad2(v, p.m)
	case gWeek, gWeekend:
		year()
		v = append(v, "-W"...)
		v = pad2(v, p.w)
		if p.g == gWeekend {
			v = append(v, "-WE"...)
		}
	default: // a day or finer
		if p.y < 0 && p.m == 0 && p.wday != 0 {
			v = append(v, "XXXX-WXX-"...)
			v = strconv.AppendInt(v, int64(p.wday), 10)
		} else {
			year()
			v = append(v, '-')
			v = pad2(v, p.m)
			v = append(v, '-')
			v = pad2(v, p.d)
		}
		switch p.g {
		case gPart:
			v = append(v, 'T')
			v = append(v, partCode[p.part]...)
		case gHour, gMinute:
			v = append(v, 'T')
			v = pad(v, p.hh, 2)
			v = append(v, ':')
			v = pad(v, p.mm, 2)
			if p.zone {
				v = append(v, 'Z')
			}
		}
	}
	return string(v)
}

// pad appends n with at least width digits.
func pad(b []byte, n, width int) []byte {
	var d [12]byte
	s := strconv.AppendInt(d[:0], int64(n), 10)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// pad2 appends n as two digits, or XX when n is 0.
func pad2(b []byte, n int) []byte {
	if n <= 0 {
		return append(b, "XX"...)
	}
	return pad(b, n, 2)
}

// parseRef parses a reference date "YYYY-MM-DD" (a longer value such as
// "1998-03-22T14:57:00" is cut to its date).
func parseRef(s string) (point, bool) {
	if len(s) < 10 {
		if len(s) == 4 || len(s) == 7 {
			// A year or month alone: take its first day.
			s += "-01-01"[:10-len(s)]
		} else {
			return point{}, false
		}
	}
	t, err := time.Parse("2006-01-02", s[:10])
	if err != nil {
		return point{}, false
	}
	return day(t), true
}

// daysIn returns the number of days in month m of year y.
func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// validDay reports whether d is a day of month m (in a leap year when y is
// unknown).
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	if y < 0 {
		y = 2000
	}
	return d <= daysIn(y, m)
}
