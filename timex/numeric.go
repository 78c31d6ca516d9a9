package timex

// numeric matches dates written in digits:
//
//	2017-02-17, 2017/02/17          year, month, day
//	17.02.2017, 17.2.17             day, month, year (the European order)
//	02/17/2017, 17/02/2017, 7/8/07  month/day/year in English text; day/month/year
//	                                when the first number cannot be a month, or
//	                                when the article writes another date so
//	1990-1992, 1990-92              two years
//
// Digits without separators are years (see year) and numbers.
func (f *finder) numeric(i int) (matches, bool) {
	l := f.at(i)
	if l.kind != lNumX {
		return matches{}, false
	}
	s := f.text(i)
	var nums [3]int
	var lens [3]int
	n := 0
	sep := byte(0)
	for p := 0; p < len(s); {
		if n == 3 {
			return matches{}, false
		}
		v, q := 0, p
		for q < len(s) && s[q] >= '0' && s[q] <= '9' {
			v = v*10 + int(s[q]-'0')
			q++
		}
		if q == p || q-p > 4 {
			return matches{}, false
		}
		nums[n], lens[n] = v, q-p
		n++
		if q < len(s) {
			if sep == 0 {
				sep = s[q]
			} else if s[q] != sep {
				return matches{}, false
			}
			q++
		}
		p = q
	}
	m := match{i: i, j: i + 1, typ: Date, anchor: true}
	y, mo, d := -1, 0, 0
	switch {
	case n == 3 && lens[0] == 4 && lens[1] <= 2 && lens[2] <= 2 && (sep == '-' || sep == '/' || sep == '.'):
		y, mo, d = nums[0], nums[1], nums[2]
	case n == 3 && lens[2] != 3 && lens[2] != 1 && lens[0] <= 2 && lens[1] <= 2 && sep == '.':
		d, mo, y = nums[0], nums[1], nums[2]
	case n == 3 && lens[2] != 3 && lens[2] != 1 && lens[0] <= 2 && lens[1] <= 2 && (sep == '/' || sep == '-'):
		a, b := nums[0], nums[1]
		switch {
		case a > 12 && b <= 12:
			d, mo = a, b
		case b > 12 && a <= 12:
			mo, d = a, b
		case f.dayFirst():
			d, mo = a, b
		default:
			mo, d = a, b
		}
		y = nums[2]
	case n == 2 && lens[0] == 4 && (lens[1] == 4 || lens[1] == 2) && sep == '-':
		// 1990-1992, 1990-92
		a, b := nums[0], nums[1]
		if lens[1] == 2 {
			b += a - a%100
		}
		if a < 1900 || a > 2099 || b <= a || b > a+50 {
			return matches{}, false
		}
		cut := int(l.start) + 4
		m1 := match{i: i, j: i + 1, start: int(l.start), end: cut, typ: Date, p: point{g: gYear, y: a}}
		m2 := match{i: i, j: i + 1, start: cut + 1, end: int(l.end), typ: Date, p: point{g: gYear, y: b}, anchor: true}
		return matches{a: m1, b: m2, two: true}, true
	default:
		return matches{}, false
	}
	if y < 100 {
		if lens[2] != 2 {
			return matches{}, false
		}
		y = f.century2(y)
	}
	if y < 1000 || y > 2999 || !validDay(y, mo, d) {
		return matches{}, false
	}
	m.p = point{g: gDay, y: y, m: mo, d: d}
	return one(m, true)
}

// dayFirst reports whether the article writes slashed dates day first: one
// of them has a first number above 12. English text otherwise writes the
// month first.
func (f *finder) dayFirst() bool {
	if f.slashOrder == 0 {
		f.slashOrder = 1
		if f.scanDayFirst() {
			f.slashOrder = 2
		}
	}
	return f.slashOrder == 2
}

func (f *finder) scanDayFirst() bool {
	for k := range f.lx {
		l := &f.lx[k]
		if l.kind != lNumX {
			continue
		}
		s := f.src[l.start:l.end]
		a, b, n := 0, 0, 0
		p := 0
		for p < len(s) && s[p] >= '0' && s[p] <= '9' {
			a = a*10 + int(s[p]-'0')
			p++
			n++
		}
		if n == 0 || n > 2 || p >= len(s) || s[p] != '/' {
			continue
		}
		p++
		m := 0
		for p < len(s) && s[p] >= '0' && s[p] <= '9' {
			b = b*10 + int(s[p]-'0')
			p++
			m++
		}
		if m == 0 || m > 2 {
			continue
		}
		if a > 12 && b <= 12 {
			return true
		}
		if b > 12 && a <= 12 {
			return false
		}
	}
	return false
}
