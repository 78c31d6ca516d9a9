package timex

// Rules for years, decades and centuries.

// year matches a year:
//
//	[the year] 1998, [the year] nineteen ninety-seven, the year two thousand
//	Year (and beyond|or later)
func (f *finder) year(i int) (matches, bool) {
	k := i
	theYear := false
	if f.is(k, kwThe) && f.is(k+1, kwYear) {
		k += 2
		theYear = true
	}
	l := f.at(k)
	var y, j int
	switch {
	case l.kind == lQuote && f.at(k+1).kind == lNum && f.at(k+1).ndig == 2 && f.glued(k+1) && !theYear:
		// since '82
		if !f.isAny(k-1, kwIn, kwSince, kwUntil, kwOf, kwFrom, kwBy) {
			return matches{}, false
		}
		y, j = f.century2(int(f.at(k+1).num)), k+2
	case l.kind == lNum && l.ndig == 4:
		y, j = int(l.num), k+1
		if !theYear && !f.yearContext(k) {
			return matches{}, false
		}
	default:
		var ok bool
		y, j, ok = f.yearWords(k)
		if !ok {
			return matches{}, false
		}
		if y >= 2000 && !theYear && !f.isAny(k-1, kwIn, kwSince, kwUntil, kwBy, kwOf) {
			return matches{}, false
		}
	}
	m := match{i: i, j: j, typ: Date, p: point{g: gYear, y: y}, anchor: true}
	if f.isAny(j, kwAnd, kwOr) && (f.isAny(j+1, kwLater, kwEarlier) || f.text(j+1) == "beyond") {
		if f.isAny(j+1, kwEarlier) {
			m.mod = "ON_OR_BEFORE"
		} else {
			m.mod = "ON_OR_AFTER"
		}
		m.j = j + 2
	}
	return one(m, true)
}

// yearContext reports whether the four-digit number at lexeme k is a year:
// between 1900 and 2099, or from 1000 after a preposition; and not money,
// a percentage, a count of something or part of a code.
func (f *finder) yearContext(k int) bool {
	l := f.at(k)
	y := int(l.num)
	if y < 1000 || y > 2099 {
		return false
	}
	prev, next := f.at(k-1), f.at(k+1)
	if prev.kind == lPunct && (prev.num == '$' || prev.num == '#' || prev.num == '€' || prev.num == '£' || prev.num == '+' || prev.num == '/') && !l.has(fSpace) {
		return false
	}
	if prev.kind == lPunct && (prev.num == '$' || prev.num == '€' || prev.num == '£') {
		return false
	}
	if next.kind == lPunct && (next.num == '%' || next.num == '/') {
		return false
	}
	if next.kind == lNum || next.kind == lNumX {
		return false
	}
	if next.kind == lWord && !next.has(fHyphen) {
		if next.w.unit != uNone && next.w.plural {
			return false // 1500 years
		}
		switch f.lower(k + 1) {
		case "percent", "per", "people", "troops", "soldiers", "dollars", "euros", "feet", "meters", "metres",
			"miles", "kilometers", "km", "points", "votes", "members", "jobs", "workers", "shares", "cars",
			"times", "pounds", "tons", "tonnes", "barrels", "residents", "cases", "deaths":
			return false
		}
	}
	if prev.kind == lWord {
		switch f.lower(k - 1) {
		case "no", "number", "route", "flight", "room", "page", "model", "boeing", "airbus", "article",
			"section", "resolution", "chapter", "highway", "unit", "windows", "suite", "code":
			return false
		}
	}
	if y < 1900 {
		return prev.kind == lWord && (prev.w.kw == kwIn || prev.w.kw == kwSince || prev.w.kw == kwUntil ||
			prev.w.kw == kwBy || prev.w.kw == kwOf || prev.w.kw == kwFrom || prev.w.kw == kwBefore ||
			prev.w.kw == kwAfter || prev.w.kw == kwDuring)
	}
	return true
}

// yearWords reads a year written in words: nineteen ninety-seven,
// nineteen eighty, two thousand [and] one.
func (f *finder) yearWords(k int) (int, int, bool) {
	l := f.at(k)
	if l.w.kw == kwNineteen || (l.w.isNum && l.w.num >= 11 && l.w.num <= 20 && l.w.kw == kwNone && f.at(k+1).w.isNum && f.at(k+1).w.num >= 10) {
		hi := int(l.w.num)
		if l.w.kw == kwNineteen {
			hi = 19
		}
		n := f.at(k + 1)
		if !n.w.isNum || n.w.num < 10 || n.w.num > 90 {
			return 0, k, false
		}
		lo := int(n.w.num)
		j := k + 2
		if lo >= 20 && lo%10 == 0 && f.at(j).w.isNum && f.at(j).w.num >= 1 && f.at(j).w.num <= 9 {
			lo += int(f.at(j).w.num)
			j++
		}
		return hi*100 + lo, j, true
	}
	if l.w.isNum && l.w.num == 2 && f.is(k+1, kwThousand) {
		j := k + 2
		y := 2000
		if f.is(j, kwAnd) && f.at(j+1).w.isNum {
			j++
		}
		if n := f.at(j); n.w.isNum && n.w.num >= 1 && n.w.num < 100 {
			y += int(n.w.num)
			j++
			if n.w.num >= 20 && n.w.num%10 == 0 && f.at(j).w.isNum && f.at(j).w.num < 10 {
				y += int(f.at(j).w.num)
				j++
			}
		}
		return y, j, true
	}
	return 0, k, false
}

// century2 expands a two-digit year to the one nearest the reference year
// (or 19xx/20xx around 2000 when there is none).
func (f *finder) century2(yy int) int {
	base := 2000
	if f.hasRef {
		base = f.ref.y
	}
	y := base - base%100 + yy
	if y > base+20 {
		y -= 100
	} else if y < base-80 {
		y += 100
	}
	return y
}

// decade matches a decade:
//
//	[the] [early|mid|late] 1990s | '80s | 80s       199 (START, MID, END)
func (f *finder) decade(i int) (match, bool) {
	k := i
	if f.is(k, kwThe) {
		k++
	}
	mod := ""
	switch f.at(k).w.kw {
	case kwEarly:
		mod, k = "START", k+1
	case kwMid:
		mod, k = "MID", k+1
	case kwLate:
		mod, k = "END", k+1
	}
	if f.at(k).kind == lQuote && f.at(k+1).kind == lDecade && f.glued(k+1) {
		k++
	}
	l := f.at(k)
	if l.kind != lDecade || l.num%10 != 0 {
		return match{}, false
	}
	y := int(l.num)
	switch l.ndig {
	case 4:
	case 2:
		y += 1900
		if f.hasRef && y+100 <= f.ref.y-20 {
			y += 100
		}
	default:
		return match{}, false
	}
	switch f.lower(i - 1) {
	case "his", "her", "their", "my", "your", "our", "its":
		return match{}, false // in his 80s
	}
	return match{i: i, j: k + 1, typ: Date, p: point{g: gDecade, y: y}, mod: mod}, true
}

// decadeWords are decades written in words, "the nineties".
var decadeWords = map[string]int{
	"twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960,
	"seventies": 1970, "eighties": 1980, "nineties": 1990,
}

// decadeWord matches "the [early|mid|late] nineties".
func (f *finder) decadeWord(i int) (match, bool) {
	k := i + 1
	mod := ""
	switch f.at(k).w.kw {
	case kwEarly:
		mod, k = "START", k+1
	case kwMid:
		mod, k = "MID", k+1
	case kwLate:
		mod, k = "END", k+1
	}
	y, ok := decadeWords[f.lower(k)]
	if !ok {
		return match{}, false
	}
	return match{i: i, j: k + 1, typ: Date, p: point{g: gDecade, y: y}, mod: mod}, true
}

// century matches "[the] 20th century", "[the] twentieth century": 19.
func (f *finder) century(i int) (match, bool) {
	k := i
	if f.is(k, kwThe) {
		k++
	}
	var n, j int
	if l := f.at(k); l.kind == lOrd {
		n, j = int(l.num), k+1
	} else {
		var ok bool
		if n, j, ok = f.ordinalWords(k); !ok {
			return match{}, false
		}
	}
	if !f.is(j, kwCentury) || f.at(j).w.plural || n < 1 || n > 30 {
		return match{}, false
	}
	return match{i: i, j: j + 1, typ: Date, p: point{g: gCentury, y: (n - 1) * 100}}, true
}

// fiscal matches "fiscal [year] 1989" (1989) and "fiscal" before a
// quarter.
func (f *finder) fiscal(i int) (match, bool) {
	k := i + 1
	if f.is(k, kwYear) {
		k++
	}
	if l := f.at(k); l.kind == lNum && l.ndig == 4 && l.num >= 1900 && l.num < 2100 {
		m := match{i: i, j: k + 1, typ: Date, p: point{g: gYear, y: int(l.num)}, anchor: true}
		if f.at(k).has(fPoss) {
			if q, ok := f.quarterAfter(k+1, m.p.y); ok {
				q.i = i
				return q, true
			}
		}
		return m, true
	}
	return f.quarterLed(i)
}
