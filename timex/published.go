package timex

import (
	"time"

	"github.com/newsgraph/newsgraph/text"
)

// datelineReach is how many lexemes from the start of the text a dateline
// may be found in.
const datelineReach = 120

// Published infers the publication date ("YYYY-MM-DD") from the text
// alone. It returns "" when nothing fixes it. In order:
//
//  1. A dateline with a full date near the top: a date with its year at
//     the start of a line, after an upper-case place and a comma
//     ("MOSCOW, March 3, 2017 (RIA Novosti) —"), or alone on its line
//     ("November 24, 2004" below a title).
//  2. The first weekday with a day of a month and no year ("As reported on
//     Friday, February 17"), made consistent with the years the article
//     mentions: the first year in which that day falls on that weekday
//     after the latest date written with its year ("April 2016" gives
//     2017-02-17), leaving out dates in the future tense ("will expire in
//     2030"). An article that writes no year fixes nothing, nor does one
//     whose consistent year would be more than 11 years on.
func Published(doc *text.Doc) string {
	f := pool.Get().(*finder)
	defer f.release()
	f.reset(doc, "")
	f.keep = true
	f.run()
	f.keep = false
	for _, m := range f.kept {
		if m.p.g == gDay && m.p.known() && m.i < datelineReach && f.datelineAt(m.i, m.j) {
			return m.p.value()
		}
	}
	// the latest date written with its year, as the last day it covers;
	// dates in the future tense ("the treaty will expire in 2030") say
	// nothing of when the article was written
	var latest time.Time
	for _, m := range f.kept {
		if !m.p.known() || m.val != "" || m.typ == Duration || m.typ == Set || f.tenseOf(m.i, m.j) == tFuture {
			continue
		}
		if end := m.p.end(); end.After(latest) {
			latest = end
		}
	}
	if latest.IsZero() {
		return ""
	}
	for _, m := range f.kept {
		l := f.at(m.i)
		if m.p.g != gDay || m.p.known() || l.w.wday == 0 || m.p.m == 0 || m.p.d == 0 {
			continue
		}
		wd := int(l.w.wday)
		for y := latest.Year(); y <= latest.Year()+11; y++ {
			if !validDay(y, m.p.m, m.p.d) {
				continue
			}
			p := point{g: gDay, y: y, m: m.p.m, d: m.p.d}
			if t := p.t(); t.After(latest) && isoWeekday(t) == wd {
				return p.value()
			}
		}
		return ""
	}
	return ""
}

// end returns the last day a point covers.
func (p point) end() time.Time {
	t := p.t()
	switch p.g {
	case gCentury:
		return t.AddDate(100, 0, -1)
	case gDecade:
		return t.AddDate(10, 0, -1)
	case gYear:
		return t.AddDate(1, 0, -1)
	case gHalf:
		return t.AddDate(0, 6, -1)
	case gQuarter, gSeason:
		return t.AddDate(0, 3, -1)
	case gMonth:
		return t.AddDate(0, 1, -1)
	case gWeek:
		return t.AddDate(0, 0, 6)
	case gWeekend:
		return t.AddDate(0, 0, 6)
	}
	return t
}

// datelineAt reports whether the date over lexemes [i, j) is a dateline:
// at the start of a line, after an upper-case place and a comma, or alone
// on its line; followed by the end of the line, a bracket or a dash.
func (f *finder) datelineAt(i, j int) bool {
	// what precedes: the start of a line, or PLACE[, Region],
	start := i == 0 || f.lx[i].has(fNewline)
	if !start {
		k := i - 1
		if !f.punct(k, ',') {
			return false
		}
		k--
		n := 0
		for k >= 0 && f.lx[k].kind == lWord && f.lx[k].has(fCap) && n < 5 {
			if f.lx[k].has(fNewline) || k == 0 {
				start = true
				break
			}
			k--
			n++
			if f.punct(k, ',') || f.punct(k, '.') {
				k--
			}
		}
		if !start || !f.lx[i-2].has(fUpper) && !f.lx[i-2].has(fCap) {
			return false
		}
	}
	// what follows
	if j >= len(f.lx) || f.lx[j].has(fNewline) {
		return true
	}
	return f.punct(j, '(') || f.at(j).kind == lDash || f.punct(j, '-') || f.punct(j, '/') ||
		f.punct(j, '.') && (j+1 >= len(f.lx) || f.lx[j+1].has(fNewline))
}
