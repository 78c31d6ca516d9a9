package event

import (
	newsgraph "github.com/newsgraph/newsgraph"
)

// sentenceTimes returns, for each sentence, the date in force from the
// sentences before it: the last date named outside quotations, until a
// sentence turns to another time ("Previously, ..."). Dates after "for",
// "since" and the like are spans or bounds and are skipped.
func (f *finder) sentenceTimes() []int {
	out := make([]int, len(f.doc.Sentences))
	cur := -1
	next := 0
	for si, s := range f.doc.Sentences {
		if s.First < s.Last && shiftOpeners[f.low[s.First]] {
			cur = -1
		}
		out[si] = cur
		for next < len(f.dates) && f.dates[next].Start < s.Start {
			next++
		}
		for k := next; k < len(f.dates) && f.dates[k].Start < s.End; k++ {
			if f.pointDate(k) {
				cur = k
			}
		}
	}
	return out
}

// pointDate reports whether date k names when something happened: not in
// a quotation, not after "for" or "since".
func (f *finder) pointDate(k int) bool {
	d := f.dates[k]
	if d.Start < 0 || d.Start >= len(f.doc.Source) {
		return false
	}
	t := f.doc.TokenAt(d.Start)
	if t >= len(f.low) || f.quoted[t] {
		return false
	}
	return t == 0 || !durationPreps[f.low[t-1]]
}

// timeOf returns the date of an event mention: the date in its sentence
// nearest its trigger, else the date in force.
func (f *finder) timeOf(c *cand, inForce []int) int {
	s := f.doc.Sentences[c.sent]
	best, dist := -1, 1<<30
	at := f.doc.Tokens[c.head].Start
	for k, d := range f.dates {
		if d.Start < s.Start || d.Start >= s.End || !f.pointDate(k) {
			continue
		}
		n := d.Start - at
		if n < 0 {
			n = at - d.End
		}
		if n < dist {
			best, dist = k, n
		}
	}
	if best >= 0 {
		return best
	}
	return inForce[c.sent]
}

// placeOf returns where an event mention happens: the place nearest the
// trigger in its sentence named after "in", "at" or "near" (a country
// only if it takes no part), or the place of a gathering named there; -1
// if none.
func (f *finder) placeOf(c *cand, actors, targets []int) int {
	s := f.doc.Sentences[c.sent]
	lo, hi := s.Start, s.End
	var gatherings []Span
	within := f.ents.Within(lo, hi)
	for _, m := range within {
		if f.ents.Entities[m.Entity].Type == newsgraph.NamedEvent {
			gatherings = append(gatherings, Span{m.Start, m.End})
		}
	}
	best, dist := -1, 1<<30
	at := f.doc.Tokens[c.head].Start
	for _, m := range within {
		e := &f.ents.Entities[m.Entity]
		if e.Type != newsgraph.Place && e.Type != newsgraph.Country || m.End > hi {
			continue
		}
		if e.Type == newsgraph.Country && (has(actors, m.Entity) || has(targets, m.Entity)) {
			continue
		}
		t := f.doc.TokenAt(m.Start)
		if t >= len(f.low) || f.quoted[t] {
			continue
		}
		ok := t > s.First && locativePreps[f.low[t-1]] ||
			t > s.First+1 && locativePreps[f.low[t-2]] && f.ment[t-1] == 0 && !preps[f.low[t-1]]
		if e.Type == newsgraph.Country && (!ok || m.Start < at) {
			continue // a country is the place only after the act: "clashes in Syria"
		}
		for _, g := range gatherings {
			ok = ok || g.Start <= m.Start && m.End <= g.End
		}
		if !ok {
			continue
		}
		n := m.Start - at
		if n < 0 {
			n = at - m.End
		}
		if n < dist {
			best, dist = m.Entity, n
		}
	}
	return best
}

func has(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
