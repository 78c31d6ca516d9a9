package timex

import "strconv"

// number reads a count at lexeme k: 20, 2.5, 2 1/2, 1,000, twenty-four,
// one hundred, a, an, a dozen, half a, a few, several, a couple of, many.
// vague is true for counts without a value.
func (f *finder) number(k int) (n float64, vague bool, j int, ok bool) {
	l := f.at(k)
	switch l.kind {
	case lNum:
		if l.ndig > 6 {
			return 0, false, k, false
		}
		n = float64(l.num)
		j = k + 1
		// 2 1/2
		if fr := f.at(j); fr.kind == lNumX && f.text(j) == "1/2" {
			n += 0.5
			j++
		}
		return n, false, j, true
	case lNumX:
		v, err := strconv.ParseFloat(stripCommas(f.text(k)), 64)
		if err != nil || v > 1e6 {
			return 0, false, k, false
		}
		return v, false, k + 1, true
	case lWord:
	default:
		return 0, false, k, false
	}
	switch l.w.kw {
	case kwA, kwAn:
		switch {
		case f.is(k+1, kwFew):
			return 0, true, k + 2, true
		case f.is(k+1, kwCouple):
			j = k + 2
			if f.is(j, kwOf) {
				j++
			}
			return 2, false, j, true
		case f.is(k+1, kwHalf):
			return 0.5, false, k + 2, true
		case f.at(k+1).w.isNum && f.at(k+1).w.num >= 12: // a dozen, a hundred
			n, _, j, _ = f.number(k + 1)
			return n, false, j, true
		}
		return 1, false, k + 1, true
	case kwFew, kwSeveral, kwMany:
		return 0, true, k + 1, true
	case kwHalf:
		if f.isAny(k+1, kwA, kwAn) {
			return 0.5, false, k + 2, true
		}
		return 0, false, k, false
	case kwCouple:
		return 0, false, k, false
	}
	if !l.w.isNum {
		return 0, false, k, false
	}
	// words: twenty-four, one hundred, two thousand, twenty four
	total, cur := 0, 0
	j = k
	for {
		w := f.at(j)
		if w.kind != lWord || !w.w.isNum {
			break
		}
		v := int(w.w.num)
		switch {
		case v == 100:
			if cur == 0 {
				cur = 1
			}
			cur *= 100
		case v == 1000:
			if cur == 0 {
				cur = 1
			}
			total += cur * 1000
			cur = 0
		case v == 12 && w.w.kw == kwNone && f.eq(j, "dozen"):
			if cur == 0 {
				cur = 1
			}
			cur *= 12
		case cur%100 >= 20 && cur%10 == 0 && v < 10:
			cur += v
		case cur%100 == 0 && (cur == 0 || cur >= 100):
			cur += v
		default:
			return f.numberDone(total+cur, j)
		}
		j++
		if f.is(j, kwAnd) && f.at(j+1).w.isNum && !f.isAny(j+1, kwA, kwAn) && (cur >= 100 || total > 0) {
			j++
		}
	}
	return f.numberDone(total+cur, j)
}

func (f *finder) numberDone(n, j int) (float64, bool, int, bool) {
	if n < 0 || n > 1e6 {
		return 0, false, j, false
	}
	v := float64(n)
	if f.is(j, kwAnd) && f.isAny(j+1, kwA, kwAn) && f.is(j+2, kwHalf) && f.at(j+3).w.unit != uNone {
		v += 0.5
		j += 3
	}
	return v, false, j, true
}

func stripCommas(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == ',' {
			b := make([]byte, 0, len(s))
			for j := 0; j < len(s); j++ {
				if s[j] != ',' {
					b = append(b, s[j])
				}
			}
			return string(b)
		}
	}
	return s
}
