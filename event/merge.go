package event

import (
	"slices"
	"sort"
)

// merge joins the mentions of one real-world event: the same type and
// auxiliary mode, the same participants (for meetings, one side's
// participants may be a part of the other's: "Biden met Xi" and "Biden
// and Xi discussed"), and either the same date or, where dates are
// unknown, mentions at most three sentences apart. The result is in text
// order of first evidence.
func (f *finder) merge(evs []Event) []Event {
	var out []Event
	for _, ev := range evs {
		joined := false
		for i := range out {
			if same(&out[i], &ev) && (out[i].Time >= 0 && out[i].Time == ev.Time || f.near(&out[i], &ev)) {
				join(&out[i], &ev)
				joined = true
				break
			}
		}
		if !joined {
			out = append(out, ev)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Evidence[0].Start < out[j].Evidence[0].Start })
	return out
}

// near reports whether some evidence of b lies within three sentences of
// some evidence of a.
func (f *finder) near(a, b *Event) bool {
	for _, x := range a.Evidence {
		sx := f.doc.SentenceAt(x.Start)
		for _, y := range b.Evidence {
			if d := f.doc.SentenceAt(y.Start) - sx; d <= 3 && d >= -3 {
				return true
			}
		}
	}
	return false
}

// same reports whether two event mentions report one event.
func same(a, b *Event) bool {
	if a.Type != b.Type || a.Aux != b.Aux {
		return false
	}
	if a.Time >= 0 && b.Time >= 0 && a.Time != b.Time {
		return false
	}
	if a.Type == "CONSULT" || len(a.Targets) == 0 && len(b.Targets) == 0 {
		pa, pb := participants(a), participants(b)
		if len(pa) > len(pb) {
			pa, pb = pb, pa
		}
		if slices.Equal(pa, pb) {
			return true
		}
		return a.Type == "CONSULT" && len(pa) >= 2 && subset(pa, pb)
	}
	return slices.Equal(sorted(a.Actors), sorted(b.Actors)) && slices.Equal(sorted(a.Targets), sorted(b.Targets))
}

// join adds b's evidence to a. The event with more participants keeps its
// roles; the first place, date and mode found stand.
func join(a, b *Event) {
	if len(participants(b)) > len(participants(a)) {
		a.Actors, a.ActorCodes, a.Targets, a.TargetCodes = b.Actors, b.ActorCodes, b.Targets, b.TargetCodes
	}
	a.Evidence = append(a.Evidence, b.Evidence...)
	sort.Slice(a.Evidence, func(i, j int) bool { return a.Evidence[i].Start < a.Evidence[j].Start })
	a.Evidence = slices.Compact(a.Evidence)
	if a.Place < 0 {
		a.Place = b.Place
	}
	if a.Time < 0 {
		a.Time = b.Time
	}
	if a.Mode == "" && b.Mode != "" {
		a.Mode, a.Cameo, a.Goldstein, a.QuadClass = b.Mode, b.Cameo, b.Goldstein, b.QuadClass
	}
	a.Confidence = min(0.98, max(a.Confidence, b.Confidence)+0.05)
}

func participants(e *Event) []int {
	return sorted(append(append([]int(nil), e.Actors...), e.Targets...))
}

func sorted(xs []int) []int {
	ys := slices.Clone(xs)
	slices.Sort(ys)
	return slices.Compact(ys)
}

// subset reports whether every element of the sorted a is in the sorted b.
func subset(a, b []int) bool {
	for _, x := range a {
		if _, ok := slices.BinarySearch(b, x); !ok {
			return false
		}
	}
	return true
}
