package eval

import (
	"slices"

	"github.com/newsgraph/newsgraph"
)

// AttributionScore holds the counts of one article, or of a corpus once
// summed with Add. The package comment defines each score.
type AttributionScore struct {
	Source  PRF   `json:"source"`          // exact speaker_mention spans
	Cue     PRF   `json:"cue"`             // exact cue spans
	Content PRF   `json:"content"`         // exact content fragment lists
	Lenient PRF   `json:"content_lenient"` // content covering >= 30% of the gold
	Speaker Ratio `json:"speaker"`         // right speaker among lenient matches
	Dropped int   `json:"dropped_nested"`  // predicted quotes dropped as nested or empty
}

// Add returns the sum of s and t.
func (s AttributionScore) Add(t AttributionScore) AttributionScore {
	return AttributionScore{
		Source:  s.Source.Add(t.Source),
		Cue:     s.Cue.Add(t.Cue),
		Content: s.Content.Add(t.Content),
		Lenient: s.Lenient.Add(t.Lenient),
		Speaker: s.Speaker.Add(t.Speaker),
		Dropped: s.Dropped + t.Dropped,
	}
}

// ScoreAttributions scores the quotes of rec against the gold attributions
// of the same text, reading our contents in PolNeAR's convention (see
// inPolNeARConvention). A nil rec is an empty prediction.
func ScoreAttributions(gold []Attribution, rec *newsgraph.Record) AttributionScore {
	var quotes []*newsgraph.Quote
	if rec != nil {
		for i := range rec.Quotes {
			quotes = append(quotes, &rec.Quotes[i])
		}
		quotes = inPolNeARConvention(quotes, []rune(rec.Article.Text))
	}
	kept := DropNested(quotes)
	var s AttributionScore
	s.Dropped = len(quotes) - len(kept)

	var gs, gc, gx, ps, pc, px [][]newsgraph.Span
	for _, a := range gold {
		gs, gc, gx = append(gs, a.Source), append(gc, a.Cue), append(gx, a.Content)
	}
	for _, q := range kept {
		ps, pc, px = append(ps, one(q.SpeakerMention)), append(pc, one(q.Cue)), append(px, quoteContent(q))
	}
	s.Source, s.Cue, s.Content = exact(ps, gs), exact(pc, gc), exact(px, gx)
	s.Lenient, s.Speaker = lenient(gold, kept)
	return s
}

// DropNested returns the quotes to score against a corpus without nesting:
// it leaves out every quote whose content lies within the content of
// another (the later of two equal contents) and every quote whose content
// covers no character. Order is kept.
func DropNested(quotes []*newsgraph.Quote) []*newsgraph.Quote {
	sets := make([]charSet, len(quotes))
	for i, q := range quotes {
		sets[i] = chars(quoteContent(q))
	}
	var kept []*newsgraph.Quote
	for i, q := range quotes {
		size := sets[i].size()
		inside := size == 0
		for j := range quotes {
			if inside {
				break
			}
			if j != i && sets[i].overlap(sets[j]) == size {
				inside = j < i || !sets[i].equal(sets[j])
			}
		}
		if !inside {
			kept = append(kept, q)
		}
	}
	return kept
}

// exact compares the distinct non-empty fragment lists of pred and gold.
func exact(pred, gold [][]newsgraph.Span) PRF {
	keys := func(spans [][]newsgraph.Span) map[string]bool {
		m := map[string]bool{}
		for _, s := range spans {
			if k := spanKey(s); k != "" {
				m[k] = true
			}
		}
		return m
	}
	p, g := keys(pred), keys(gold)
	match := 0
	for k := range p {
		if g[k] {
			match++
		}
	}
	return NewPRF(len(p), len(g), match)
}

// goldContent is one distinct gold content with the sources of the
// relations that have it (nil for a relation without source).
type goldContent struct {
	chars   charSet
	sources []charSet
}

// lenient matches predicted contents to gold contents covering >= 30% of
// the gold's characters, one to one, best coverage first, and checks the
// speaker of every match.
func lenient(gold []Attribution, kept []*newsgraph.Quote) (PRF, Ratio) {
	var gcs []*goldContent
	byKey := map[string]*goldContent{}
	for _, a := range gold {
		k := spanKey(a.Content)
		if k == "" {
			continue
		}
		gc := byKey[k]
		if gc == nil {
			gc = &goldContent{chars: chars(a.Content)}
			byKey[k] = gc
			gcs = append(gcs, gc)
		}
		var src charSet
		if a.Source != nil {
			src = chars(a.Source)
		}
		gc.sources = append(gc.sources, src)
	}

	type pair struct {
		g, p, covered int
		size          int
	}
	var pairs []pair
	pcs := make([]charSet, len(kept))
	for p, q := range kept {
		pcs[p] = chars(quoteContent(q))
	}
	for g, gc := range gcs {
		size := gc.chars.size()
		for p := range kept {
			if c := gc.chars.overlap(pcs[p]); c*10 >= size*3 && c > 0 {
				pairs = append(pairs, pair{g, p, c, size})
			}
		}
	}
	// Best coverage first: compare covered/size as cross products.
	slices.SortStableFunc(pairs, func(a, b pair) int {
		if d := b.covered*a.size - a.covered*b.size; d != 0 {
			return d
		}
		if a.g != b.g {
			return a.g - b.g
		}
		return a.p - b.p
	})
	usedG, usedP := make([]bool, len(gcs)), make([]bool, len(kept))
	match, right := 0, 0
	for _, pr := range pairs {
		if usedG[pr.g] || usedP[pr.p] {
			continue
		}
		usedG[pr.g], usedP[pr.p] = true, true
		match++
		if speakerRight(gcs[pr.g].sources, kept[pr.p].SpeakerMention) {
			right++
		}
	}
	return NewPRF(len(kept), len(gcs), match), NewRatio(right, match)
}

// speakerRight reports whether a predicted speaker mention agrees with one
// of the gold sources: it overlaps it, or both are absent.
func speakerRight(sources []charSet, mention *newsgraph.Span) bool {
	for _, src := range sources {
		if src == nil {
			if mention == nil {
				return true
			}
			continue
		}
		if mention != nil && src.overlap(chars(one(mention))) > 0 {
			return true
		}
	}
	return false
}
