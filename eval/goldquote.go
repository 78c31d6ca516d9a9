package eval

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// scoreQuotes matches the gold quotes of g to the quotes of rec and checks
// the attributes of every match, as ScoreGoldArticle describes.
func (s *GoldScore) scoreQuotes(g *GoldArticle, rec *newsgraph.Record) {
	f := newFinder(g.Text)
	type pair struct {
		g, p                 int
		equal                bool
		covered, size, union int // with the gold occurrence covered best
	}
	var pairs []pair
	for gi, gq := range g.Quotes {
		occs, norm := f.findSplit(gq.Text), normQuote(gq.Text)
		for pi := range rec.Quotes {
			q := &rec.Quotes[pi]
			text := q.Text
			if text == "" {
				text = q.Span.Text
			}
			pr := pair{g: gi, p: pi, equal: norm != "" && norm == normQuote(text)}
			pc := chars(quoteContent(q))
			for _, o := range occs {
				c, n := pc.overlap(o), o.size()
				if pr.size == 0 || c*pr.size > pr.covered*n {
					pr.covered, pr.size, pr.union = c, n, n+pc.size()-c
				}
			}
			if pr.equal || (pr.size > 0 && 2*pr.covered >= pr.size) {
				pairs = append(pairs, pr)
			}
		}
	}
	slices.SortStableFunc(pairs, func(a, b pair) int {
		if a.equal != b.equal {
			if a.equal {
				return -1
			}
			return 1
		}
		// Then by overlap over union, so that a small gold quote nested in
		// a large one does not take the prediction of the large one.
		if d := b.covered*a.union - a.covered*b.union; d != 0 {
			return d
		}
		if a.g != b.g {
			return a.g - b.g
		}
		return a.p - b.p
	})
	match := make([]int, len(g.Quotes))
	for i := range match {
		match[i] = -1
	}
	usedP := make([]bool, len(rec.Quotes))
	found := 0
	for _, pr := range pairs {
		if match[pr.g] < 0 && !usedP[pr.p] {
			match[pr.g], usedP[pr.p] = pr.p, true
			found++
		}
	}
	s.Quotes.Match = NewPRF(len(rec.Quotes), len(g.Quotes), found)

	for gi, gq := range g.Quotes {
		if match[gi] < 0 {
			s.miss("quote not found: %q", gq.Text)
			continue
		}
		q := &rec.Quotes[match[gi]]
		check := func(n *int, what string, right bool, want, got string) {
			if right {
				*n++
			} else {
				s.miss("quote %q: %s %q, want %q", gq.Text, what, got, want)
			}
		}
		speaker := entityName(rec, q.Speaker)
		check(&s.Quotes.Speaker, "speaker", sameName(gq.Speaker, speaker), deref(gq.Speaker), speaker)
		cue := ""
		if q.Cue != nil {
			cue = q.Cue.Text
		}
		check(&s.Quotes.Cue, "cue", sameName(gq.Cue, cue) && (gq.Cue == nil) == (q.Cue == nil), deref(gq.Cue), cue)
		check(&s.Quotes.Kind, "kind", gq.Kind == q.Kind, gq.Kind, q.Kind)
		var via []string
		for _, id := range q.Via {
			via = append(via, normName(entityName(rec, &id)))
		}
		viaRight := true
		for _, v := range gq.Via {
			viaRight = viaRight && slices.Contains(via, normName(v))
		}
		check(&s.Quotes.Via, "via", viaRight, strings.Join(gq.Via, ", "), strings.Join(via, ", "))
		date := timeValue(rec, q.Time)
		check(&s.Quotes.Date, "date", deref(gq.Date) == date, deref(gq.Date), date)
		place := entityName(rec, q.Place)
		check(&s.Quotes.Place, "place", sameName(gq.Place, place), deref(gq.Place), place)
	}
}
