package timex

// reference matches the vague references TimeML gives PAST_REF,
// PRESENT_REF and FUTURE_REF:
//
//	[right] now, currently, nowadays, these days, current, the time being
//	recently, recent, [the] past, recent years
//	the [near] future, the near|short term, coming months
//
// and "recent weeks|months|days", "the weeks ahead" as vague durations.
func (f *finder) reference(i int) (match, bool) {
	l := f.at(i)
	m := match{i: i, j: i + 1, typ: Date}
	switch l.w.kw {
	case kwRight:
		if f.is(i+1, kwNow) {
			m.j, m.val = i+2, "PRESENT_REF"
			return m, true
		}
	case kwNow:
		if f.isAny(i-1, kwFrom) || f.isAny(i-1, kwRight) {
			return match{}, false
		}
		m.val = "PRESENT_REF"
		return m, true
	case kwCurrently, kwNowadays:
		m.val = "PRESENT_REF"
		return m, true
	case kwThese:
		if f.at(i+1).w.unit == uDay && f.at(i+1).w.plural {
			m.j, m.val = i+2, "PRESENT_REF"
			return m, true
		}
	case kwCurrent:
		switch f.lower(i + 1) {
		case "account", "accounts", "assets", "liabilities", "affairs", "events", "flows", "flow", "density", "sea":
			return match{}, false
		}
		m.val = "PRESENT_REF"
		return m, true
	case kwRecently:
		m.val = "PAST_REF"
		return m, true
	case kwRecent:
		if n := f.at(i + 1); n.w.unit != uNone && n.w.plural {
			m.j = i + 2
			if n.w.unit == uYear || n.w.unit == uDecade {
				m.val = "PAST_REF"
			} else {
				m.typ, m.val = Duration, durValue(0, true, n.w.unit)
			}
			return m, true
		}
		m.val = "PAST_REF"
		return m, true
	case kwComing, kwFuture:
		if n := f.at(i + 1); n.w.unit != uNone && n.w.plural {
			m.j, m.val = i+2, "FUTURE_REF"
			return m, true
		}
	case kwPast:
		if n := f.at(i + 1); n.w.unit != uNone && n.w.plural && (n.w.unit == uYear || n.w.unit == uDecade) {
			m.j, m.val = i+2, "PAST_REF"
			return m, true
		}
	case kwThe:
		n := f.at(i + 1)
		switch n.w.kw {
		case kwPast:
			if u := f.at(i + 2).w.unit; u != uNone && f.at(i+2).w.plural {
				m.j, m.val = i+3, "PAST_REF"
				return m, true
			}
			if f.at(i+2).w.unit != uNone || f.at(i+2).w.isNum || f.at(i+2).kind == lNum {
				return match{}, false
			}
			m.j, m.val = i+2, "PAST_REF"
			return m, true
		case kwFuture:
			m.j, m.val = i+2, "FUTURE_REF"
			return m, true
		case kwNear:
			if f.isAny(i+2, kwFuture, kwTerm) {
				m.j, m.val = i+3, "FUTURE_REF"
				return m, true
			}
		case kwTime:
			if f.is(i+2, kwBeing) {
				m.j, m.val = i+3, "PRESENT_REF"
				return m, true
			}
		case kwComing:
			if u := f.at(i + 2); u.w.unit != uNone && u.w.plural {
				m.j, m.val = i+3, "FUTURE_REF"
				return m, true
			}
		}
		if f.eq(i+1, "short") && f.is(i+2, kwTerm) {
			m.j, m.val = i+3, "FUTURE_REF"
			return m, true
		}
		if u := f.at(i + 1); u.w.unit != uNone && u.w.plural && f.is(i+2, kwAhead) {
			m.j, m.typ, m.val = i+3, Duration, durValue(0, true, u.w.unit)
			return m, true
		}
	}
	return match{}, false
}
