package eval

import (
	"fmt"
	"math"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// scoreText is the article of the scorer tests. Its gold attributions:
// G1 Ann Lee / said / that the plan “works well” for now
// G2 she / said / “It is cheap,” + “and it is fast.” (two fragments)
// G3 officials / said / Taxes rose (10 code points)
// G4 no source / it seems / The report was late
const scoreText = "Ann Lee said that the plan “works well” for now. “It is cheap,” she said, “and it is fast.” " +
	"Taxes rose, officials said. The report was late, it seems."

type scoreFixture struct {
	t    *testing.T
	gold []Attribution
}

func newScoreFixture(t *testing.T) *scoreFixture {
	f := &scoreFixture{t: t}
	f.gold = []Attribution{
		{ID: "E1", Source: f.frags("Ann Lee"), Cue: f.frags("said"), Content: f.frags("that the plan “works well” for now")},
		{ID: "E2", Source: f.frags("she"), Cue: f.nth("said", 1), Content: f.frags("“It is cheap,”", "“and it is fast.”")},
		{ID: "E3", Source: f.frags("officials"), Cue: f.nth("said", 2), Content: f.frags("Taxes rose")},
		{ID: "E4", Cue: f.frags("it seems"), Content: f.frags("The report was late")},
	}
	return f
}

func (f *scoreFixture) frags(ss ...string) []newsgraph.Span {
	var out []newsgraph.Span
	for _, s := range ss {
		out = append(out, at(f.t, scoreText, s, 0))
	}
	return out
}

func (f *scoreFixture) nth(s string, n int) []newsgraph.Span {
	return []newsgraph.Span{at(f.t, scoreText, s, n)}
}

func (f *scoreFixture) span(s string) *newsgraph.Span { return ptr(at(f.t, scoreText, s, 0)) }

// quote builds a predicted quote; speaker and cue may be nil.
func quote(speaker, cue *newsgraph.Span, content ...newsgraph.Span) newsgraph.Quote {
	q := newsgraph.Quote{Kind: newsgraph.Indirect, Span: content[0], SpeakerMention: speaker, Cue: cue}
	if len(content) > 1 {
		q.Fragments = content
	}
	return q
}

// perfect returns the quotes that mirror the gold.
func (f *scoreFixture) perfect() []newsgraph.Quote {
	var qs []newsgraph.Quote
	for _, a := range f.gold {
		var src *newsgraph.Span
		if a.Source != nil {
			src = &a.Source[0]
		}
		qs = append(qs, quote(src, &a.Cue[0], a.Content...))
	}
	return qs
}

func record(quotes ...newsgraph.Quote) *newsgraph.Record {
	for i := range quotes {
		quotes[i].ID = fmt.Sprintf("Q%d", i+1)
	}
	return &newsgraph.Record{Article: newsgraph.Article{Text: scoreText}, Quotes: quotes}
}

// counts is the part of an AttributionScore a test checks: matched,
// predicted and gold of each role, then speaker right and total.
type counts struct {
	source, cue, content, lenient [3]int
	speaker                       [2]int
	dropped                       int
}

func countsOf(s AttributionScore) counts {
	c := func(p PRF) [3]int { return [3]int{p.Matched, p.Predicted, p.Gold} }
	return counts{c(s.Source), c(s.Cue), c(s.Content), c(s.Lenient), [2]int{s.Speaker.Right, s.Speaker.Total}, s.Dropped}
}

func TestScoreAttributions(t *testing.T) {
	f := newScoreFixture(t)
	said0, said1, said2 := &f.nth("said", 0)[0], &f.nth("said", 1)[0], &f.nth("said", 2)[0]
	g2 := f.gold[1].Content
	tests := []struct {
		name  string
		rec   *newsgraph.Record
		wants counts
	}{
		{name: "perfect", rec: record(f.perfect()...),
			wants: counts{[3]int{3, 3, 3}, [3]int{4, 4, 4}, [3]int{4, 4, 4}, [3]int{4, 4, 4}, [2]int{4, 4}, 0}},
		{name: "no record", rec: nil,
			wants: counts{[3]int{0, 0, 3}, [3]int{0, 0, 4}, [3]int{0, 0, 4}, [3]int{0, 0, 4}, [2]int{0, 0}, 0}},
		{name: "partial nested in its indirect quote is dropped",
			rec:   record(append(f.perfect(), quote(f.span("Ann Lee"), said0, at(t, scoreText, "works well", 0)))...),
			wants: counts{[3]int{3, 3, 3}, [3]int{4, 4, 4}, [3]int{4, 4, 4}, [3]int{4, 4, 4}, [2]int{4, 4}, 1}},
		{name: "fragments in another order still match exactly",
			rec:   record(quote(f.span("she"), said1, g2[1], g2[0])),
			wants: counts{[3]int{1, 1, 3}, [3]int{1, 1, 4}, [3]int{1, 1, 4}, [3]int{1, 1, 4}, [2]int{1, 1}, 0}},
		{name: "first fragment only: lenient match, no exact one",
			rec:   record(quote(f.span("she"), said1, g2[0])),
			wants: counts{[3]int{1, 1, 3}, [3]int{1, 1, 4}, [3]int{0, 1, 4}, [3]int{1, 1, 4}, [2]int{1, 1}, 0}},
		{name: "coverage sums over the gold fragments",
			// 7 + 4 of 32 code points = 34%.
			rec:   record(quote(nil, nil, at(t, scoreText, "cheap,” she said, “and", 0))),
			wants: counts{[3]int{0, 0, 3}, [3]int{0, 0, 4}, [3]int{0, 1, 4}, [3]int{1, 1, 4}, [2]int{0, 1}, 0}},
		{name: "the gap between gold fragments does not count",
			// 2 + 1 of 32 code points = 9%; 13 of the 43 of the hull would be 30%.
			rec:   record(quote(nil, nil, at(t, scoreText, ",” she said, “", 0))),
			wants: counts{[3]int{0, 0, 3}, [3]int{0, 0, 4}, [3]int{0, 1, 4}, [3]int{0, 1, 4}, [2]int{0, 0}, 0}},
		{name: "30% of the gold is enough",
			rec:   record(quote(f.span("officials"), said2, at(t, scoreText, "Tax", 0))),
			wants: counts{[3]int{1, 1, 3}, [3]int{1, 1, 4}, [3]int{0, 1, 4}, [3]int{1, 1, 4}, [2]int{1, 1}, 0}},
		{name: "20% is not",
			rec:   record(quote(f.span("officials"), said2, at(t, scoreText, "Ta", 0))),
			wants: counts{[3]int{1, 1, 3}, [3]int{1, 1, 4}, [3]int{0, 1, 4}, [3]int{0, 1, 4}, [2]int{0, 0}, 0}},
		{name: "one speaker mention shared by two quotes counts once",
			rec: record(
				quote(f.span("Ann Lee"), said0, f.gold[0].Content...),
				quote(f.span("Ann Lee"), said2, f.gold[2].Content...)),
			wants: counts{[3]int{1, 1, 3}, [3]int{2, 2, 4}, [3]int{2, 2, 4}, [3]int{2, 2, 4}, [2]int{1, 2}, 0}},
		{name: "speaker overlapping the gold source is right",
			rec:   record(quote(f.span("Ann Lee said"), said0, f.gold[0].Content...)),
			wants: counts{[3]int{0, 1, 3}, [3]int{1, 1, 4}, [3]int{1, 1, 4}, [3]int{1, 1, 4}, [2]int{1, 1}, 0}},
		{name: "no source in gold: right without a speaker mention",
			rec:   record(quote(nil, f.span("it seems"), f.gold[3].Content...)),
			wants: counts{[3]int{0, 0, 3}, [3]int{1, 1, 4}, [3]int{1, 1, 4}, [3]int{1, 1, 4}, [2]int{1, 1}, 0}},
		{name: "no source in gold: wrong with a speaker mention",
			rec:   record(quote(f.span("it"), f.span("it seems"), f.gold[3].Content...)),
			wants: counts{[3]int{0, 1, 3}, [3]int{1, 1, 4}, [3]int{1, 1, 4}, [3]int{1, 1, 4}, [2]int{0, 1}, 0}},
		{name: "greedy matching takes the best coverage first",
			// B covers 56% of G1 and 44% of G2; A covers all of G1.
			// By quote order B would take G1 and leave G2 unmatched.
			rec: record(
				quote(nil, nil, at(t, scoreText, "works well” for now. “It is cheap,”", 0)),
				quote(f.span("Ann Lee"), said0, f.gold[0].Content...)),
			wants: counts{[3]int{1, 1, 3}, [3]int{1, 1, 4}, [3]int{1, 2, 4}, [3]int{2, 2, 4}, [2]int{1, 2}, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := countsOf(ScoreAttributions(f.gold, tt.rec))
			if got != tt.wants {
				t.Errorf("got  %+v\nwant %+v", got, tt.wants)
			}
		})
	}
}

func TestScoreAttributionsGoldFixture(t *testing.T) {
	arts, err := ReadPolNeAR("testdata/polnear")
	if err != nil {
		t.Fatal(err)
	}
	var total AttributionScore
	for _, a := range arts {
		total = total.Add(ScoreAttributions(a.Attributions, polnearRecord(a)))
	}
	for name, p := range map[string]PRF{"source": total.Source, "cue": total.Cue, "content": total.Content, "lenient": total.Lenient} {
		if p.F1 != 1 {
			t.Errorf("%s: %+v, want F1 1", name, p)
		}
	}
	if total.Speaker.Value != 1 || total.Speaker.Total != 4 {
		t.Errorf("speaker %+v", total.Speaker)
	}
}

func TestDropNested(t *testing.T) {
	s := func(start, end int) newsgraph.Span { return newsgraph.Span{Start: start, End: end} }
	q := func(frags ...newsgraph.Span) *newsgraph.Quote {
		return &newsgraph.Quote{Span: frags[0], Fragments: frags}
	}
	tests := []struct {
		name   string
		quotes []*newsgraph.Quote
		kept   []int
	}{
		{"partial inside indirect", []*newsgraph.Quote{q(s(0, 50)), q(s(10, 20))}, []int{0}},
		{"indirect after its partial", []*newsgraph.Quote{q(s(10, 20)), q(s(0, 50))}, []int{1}},
		{"equal contents: the first stays", []*newsgraph.Quote{q(s(0, 10)), q(s(0, 10))}, []int{0}},
		{"equal characters, other fragments", []*newsgraph.Quote{q(s(0, 5), s(5, 10)), q(s(0, 10))}, []int{0}},
		{"overlapping, neither inside", []*newsgraph.Quote{q(s(0, 10)), q(s(5, 15))}, []int{0, 1}},
		{"chain", []*newsgraph.Quote{q(s(2, 3)), q(s(0, 50)), q(s(1, 10))}, []int{1}},
		{"inside one fragment", []*newsgraph.Quote{q(s(0, 10), s(20, 30)), q(s(22, 25))}, []int{0}},
		{"in the gap between fragments", []*newsgraph.Quote{q(s(0, 10), s(20, 30)), q(s(12, 18))}, []int{0, 1}},
		{"across the gap", []*newsgraph.Quote{q(s(0, 10), s(20, 30)), q(s(8, 22))}, []int{0, 1}},
		{"empty content", []*newsgraph.Quote{q(s(5, 5)), q(s(0, 3))}, []int{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := DropNested(tt.quotes)
			var kept []int
			for _, k := range got {
				for i, q := range tt.quotes {
					if q == k {
						kept = append(kept, i)
					}
				}
			}
			if fmt.Sprint(kept) != fmt.Sprint(tt.kept) {
				t.Errorf("kept %v, want %v", kept, tt.kept)
			}
		})
	}
}

func TestPRF(t *testing.T) {
	if p := NewPRF(0, 0, 0); p.Precision != 0 || p.Recall != 0 || p.F1 != 0 {
		t.Errorf("empty: %+v", p)
	}
	// Micro-average: counts are summed, not the ratios averaged.
	p := NewPRF(1, 1, 1).Add(NewPRF(3, 1, 0))
	if p.Precision != 0.25 || p.Recall != 0.5 || math.Abs(p.F1-1.0/3) > 1e-12 {
		t.Errorf("sum: %+v", p)
	}
	if r := NewRatio(1, 2).Add(NewRatio(0, 2)); r.Value != 0.25 {
		t.Errorf("ratio: %+v", r)
	}
}
