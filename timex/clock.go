package timex

// clock matches a time of day, with its zone and day:
//
//	10 a.m., 10am, 10:35 [a.m.], 6 o'clock, 4 in the morning, noon, midnight
//	... EST|GMT|UTC [,] [Weekday|today|yesterday|tomorrow|Month Day]
//
// "10 p.m. Wednesday" is 1998-02-11T22:00. A time without a day is on the
// last day mentioned in its sentence or the one before, else on the
// reference date.
func (f *finder) clock(i int) (match, bool) {
	hh, mm, j, ok := f.clockTime(i)
	if !ok {
		return match{}, false
	}
	p := point{g: gMinute, hh: hh, mm: mm}
	// time zone
	switch f.at(j).w.kw {
	case kwUTC, kwGMT:
		p.zone = true
		j++
	case kwEST, kwEDT, kwCST, kwCDT, kwPST, kwPDT:
		j++
	}
	// the day
	c := j
	if f.punct(c, ',') {
		c++
	}
	d := point{y: -1}
	found := false
	if l := f.at(c); l.kind == lWord && !l.has(fNewline) {
		switch {
		case l.w.wday != 0 && !l.w.plural && l.has(fCap):
			d, found = f.weekday(int(l.w.wday), f.tenseOf(i, c+1)), true
			j = c + 1
		case l.w.kw == kwToday || l.w.kw == kwYesterday || l.w.kw == kwTomorrow:
			if dm, ok := f.deictic(c); ok && dm.typ == Date {
				d, found, j = dm.p, true, dm.j
			}
		case l.w.month != 0:
			if ms, ok := f.monthLed(c); ok && !ms.two && ms.a.p.g == gDay {
				d, found, j = ms.a.p, true, ms.a.j
			}
		}
	}
	if !found {
		d = f.timeDay(i)
	}
	p.y, p.m, p.d, p.wday = d.y, d.m, d.d, d.wday
	return match{i: i, j: j, typ: Time, p: p}, true
}

// timeDay is the day of a time written without one next to it (lexemes
// from i on): a weekday or today|yesterday|tomorrow a few words on in the
// sentence ("at 10:35 a.m. (0735 GMT) Friday"), else the last day
// mentioned, else the reference date. The look-ahead passes punctuation,
// numbers and keywords (a.m., GMT) only.
func (f *finder) timeDay(i int) point {
	for k := i + 1; k < len(f.lx) && k <= i+8 && f.sameSent(i, k); k++ {
		l := &f.lx[k]
		if l.kind != lWord {
			continue
		}
		if l.w == (word{}) {
			break // words between: the day is another's
		}
		if l.w.wday != 0 && !l.w.plural && l.has(fCap) {
			return f.weekday(int(l.w.wday), f.tenseOf(k, k+1))
		}
		switch l.w.kw {
		case kwToday, kwYesterday, kwTomorrow:
			m, _ := f.deictic(k)
			return m.p
		}
	}
	if f.hasLast && f.last.g <= gDay && f.last.g >= gPart && f.lx[i].sent-f.lastAt <= 1 {
		return f.last
	}
	return f.today()
}

// clockTime reads the time itself at lexeme i: hours and minutes, 24-hour.
func (f *finder) clockTime(i int) (hh, mm, j int, ok bool) {
	l := f.at(i)
	switch l.kind {
	case lClock:
		hh = int(l.num)
		if hh < 1 || hh > 12 {
			return 0, 0, i, false
		}
		return ampm(hh, l.w.kw == kwPm), int(l.ndig), i + 1, true
	case lNum:
		if l.ndig > 2 || l.num > 24 {
			return 0, 0, i, false
		}
		hh = int(l.num)
		if pm, k, ok := f.meridiem(i + 1); ok && hh >= 1 && hh <= 12 {
			return ampm(hh, pm), 0, k, true
		}
		if f.is(i+1, kwOclock) && hh <= 12 {
			return hh, 0, i + 2, true
		}
		// 4 in the morning
		if f.is(i+1, kwIn) && f.is(i+2, kwThe) && hh <= 12 {
			if pl := f.at(i + 3); pl.w.part != 0 && !pl.w.plural {
				if pl.w.part >= 2 && hh < 12 {
					hh += 12
				}
				return hh, 0, i + 4, true
			}
		}
		return 0, 0, i, false
	case lNumX:
		s := f.text(i)
		h, m, ok := hourMinute(s)
		if !ok {
			return 0, 0, i, false
		}
		if pm, k, ok := f.meridiem(i + 1); ok && h >= 1 && h <= 12 {
			return ampm(h, pm), m, k, true
		}
		if s[len(s)-3] == '.' {
			return 0, 0, i, false // 10.30 needs a.m. or p.m.
		}
		return h, m, i + 1, true
	case lWord:
		switch l.w.kw {
		case kwNoon, kwMidday:
			return 12, 0, i + 1, true
		case kwMidnight:
			return 24, 0, i + 1, true
		}
	}
	return 0, 0, i, false
}

// hourMinute parses "10:35", "10:35:20" and "10.35".
func hourMinute(s string) (int, int, bool) {
	if len(s) < 4 {
		return 0, 0, false
	}
	c := 1
	if s[1] >= '0' && s[1] <= '9' {
		c = 2
	}
	if c >= len(s) || (s[c] != ':' && s[c] != '.') || len(s) < c+3 {
		return 0, 0, false
	}
	h := int(s[0] - '0')
	if c == 2 {
		h = h*10 + int(s[1]-'0')
	}
	m0, m1 := s[c+1], s[c+2]
	if m0 < '0' || m0 > '5' || m1 < '0' || m1 > '9' {
		return 0, 0, false
	}
	rest := s[c+3:]
	if rest != "" && !(s[c] == ':' && len(rest) == 3 && rest[0] == ':') {
		return 0, 0, false
	}
	if h > 24 {
		return 0, 0, false
	}
	return h, int(m0-'0')*10 + int(m1-'0'), true
}

// meridiem reads a.m. or p.m. at lexeme k: "a.m.", "am", "AM", "a.m"
// (split by the tokenizer as a . m).
func (f *finder) meridiem(k int) (pm bool, j int, ok bool) {
	l := f.at(k)
	if l.kind != lWord {
		return false, k, false
	}
	switch l.w.kw {
	case kwAm:
		if f.text(k) == "am" && !f.punct(k+1, '.') && !f.punct(k+1, ',') && f.at(k+1).kind == lWord && !f.at(k+1).has(fCap) {
			return false, k, false // "I am"
		}
		return false, f.dot(k + 1), true
	case kwPm:
		return true, f.dot(k + 1), true
	}
	// a . m
	s := f.text(k)
	if (s == "a" || s == "p" || s == "A" || s == "P") && f.punct(k+1, '.') && f.glued(k+1) {
		if n := f.text(k + 2); (n == "m" || n == "M") && f.glued(k+2) {
			return s == "p" || s == "P", f.dot(k + 3), true
		}
	}
	return false, k, false
}

// ampm converts a 12-hour clock hour to 24 hours.
func ampm(h int, pm bool) int {
	switch {
	case pm && h < 12:
		return h + 12
	case !pm && h == 12:
		return 0
	}
	return h
}
