package timex

// Readers of the parts of a date: a day of a month, a year after it.

// dayNum reads a day of a month at lexeme k: 17, 17th, seventeenth,
// twenty-first. It returns the day and the lexeme after it.
func (f *finder) dayNum(k int) (int, int, bool) {
	l := f.at(k)
	switch {
	case l.kind == lNum && l.ndig <= 2 && l.num >= 1 && l.num <= 31:
		next := f.at(k + 1)
		if next.kind == lWord && (next.w.unit != uNone || next.w.kw == kwAm || next.w.kw == kwPm || next.w.kw == kwOclock) && !next.has(fHyphen) {
			return 0, k, false // May 5 years, March 3 p.m.
		}
		if next.kind == lPunct && next.num == '%' {
			return 0, k, false
		}
		return int(l.num), k + 1, true
	case l.kind == lNumX:
		if a, _, ok := dayRange(f.text(k)); ok {
			return a, k + 1, true
		}
	case l.kind == lOrd && l.num >= 1 && l.num <= 31:
		return int(l.num), k + 1, true
	case l.kind == lWord && l.w.ord != 0:
		return f.ordinalWords(k)
	case l.kind == lWord && l.w.isNum && l.w.num >= 20 && l.w.num <= 30 && f.at(k+1).w.ord != 0:
		return f.ordinalWords(k)
	}
	return 0, k, false
}

// ordinalWords reads an ordinal written in words: third, twenty-first,
// thirtieth.
func (f *finder) ordinalWords(k int) (int, int, bool) {
	l := f.at(k)
	if l.w.ord != 0 {
		return int(l.w.ord), k + 1, true
	}
	if l.w.isNum && (l.w.num == 20 || l.w.num == 30) {
		n := f.at(k + 1)
		if n.w.ord != 0 && n.w.ord < 10 {
			return int(l.w.num) + int(n.w.ord), k + 2, true
		}
	}
	return 0, k, false
}

// dayRange parses "16-17" into its two days.
func dayRange(s string) (int, int, bool) {
	a, n := 0, 0
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		a = a*10 + int(s[i]-'0')
		i++
		n++
	}
	if n == 0 || n > 2 || i >= len(s) || s[i] != '-' {
		return 0, 0, false
	}
	i++
	b, m := 0, 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		b = b*10 + int(s[i]-'0')
		i++
		m++
	}
	if m == 0 || m > 2 || i != len(s) {
		return 0, 0, false
	}
	return a, b, true
}

// yearAfter reads a year after a month or a day at lexeme k: ", 2017",
// " 2017", " of 2017", ", nineteen ninety-seven".
func (f *finder) yearAfter(k int) (int, int, bool) {
	j := k
	if f.punct(j, ',') || f.is(j, kwOf) {
		j++
	}
	l := f.at(j)
	if l.kind == lNum && l.ndig == 4 && l.num >= 1000 && l.num < 3000 {
		if next := f.at(j + 1); next.kind == lPunct && next.num == '%' {
			return 0, k, false
		}
		return int(l.num), j + 1, true
	}
	if l.kind == lQuote && f.at(j+1).kind == lNum && f.at(j+1).ndig == 2 && f.glued(j+1) {
		return f.century2(int(f.at(j + 1).num)), j + 2, true
	}
	if y, j2, ok := f.yearWords(j); ok {
		return y, j2, true
	}
	return 0, k, false
}

// yearPhrase reads "this year", "last year", "next year" after a month or
// a day: January this year.
func (f *finder) yearPhrase(k int) (int, int, bool) {
	if f.is(k, kwOf) {
		// October of next year
		if y, j, ok := f.yearPhrase(k + 1); ok {
			return y, j, true
		}
	}
	if !f.hasRef || f.at(k+1).w.unit != uYear || f.at(k+1).w.plural {
		return 0, k, false
	}
	switch f.at(k).w.kw {
	case kwThis:
		return f.ref.y, k + 2, true
	case kwLast:
		return f.ref.y - 1, k + 2, true
	case kwNext:
		return f.ref.y + 1, k + 2, true
	}
	return 0, k, false
}
