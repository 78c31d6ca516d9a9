package eval

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

func readPortStrike(t *testing.T) *GoldArticle {
	t.Helper()
	arts, err := ReadGold("testdata/gold")
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 {
		t.Fatalf("%d articles, want 1", len(arts))
	}
	return arts[0]
}

func TestReadGold(t *testing.T) {
	g := readPortStrike(t)
	if g.ID != "port-strike" || g.Published != "2017-03-06" || !strings.HasPrefix(g.Text, "Port strike ends\n") {
		t.Errorf("article %q published %q text %.20q", g.ID, g.Published, g.Text)
	}
	if len(g.Entities) != 4 || len(g.Quotes) != 3 || len(g.Times) != 2 || len(g.Events) != 2 {
		t.Errorf("%d entities, %d quotes, %d times, %d events", len(g.Entities), len(g.Quotes), len(g.Times), len(g.Events))
	}
}

func TestReadGoldErrors(t *testing.T) {
	tests := []struct{ name, json, err string }{
		{"format", `{"format": "newsgraph-gold/2", "text_file": "a.txt"}`, `format "newsgraph-gold/2"`},
		{"no text file", `{"format": "newsgraph-gold/1"}`, "no text_file"},
		{"missing text file", `{"format": "newsgraph-gold/1", "text_file": "b.txt"}`, "text_file b.txt does not exist"},
		{"quote not in text", `{"format": "newsgraph-gold/1", "text_file": "a.txt", "quotes": [{"text": "Good bye"}]}`, `quotes[0] "Good bye" is not in a.txt`},
		{"time not in text", `{"format": "newsgraph-gold/1", "text_file": "a.txt", "times": [{"text": "Monday"}]}`, `times[0] "Monday" is not in a.txt`},
		{"bad json", `{"format": `, "unexpected end"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Hello,\n  world."), 0o644)
			os.WriteFile(filepath.Join(dir, "a.gold.json"), []byte(tt.json), 0o644)
			_, err := ReadGold(dir)
			if newsgraph.ErrorCode(err) != newsgraph.EINVALID || !strings.Contains(newsgraph.ErrorMessage(err), tt.err) {
				t.Errorf("error %v, want one containing %q", err, tt.err)
			}
		})
	}
	if _, err := ReadGold(t.TempDir()); newsgraph.ErrorCode(err) != newsgraph.ENOTFOUND {
		t.Errorf("empty dir: %v, want a not_found error", err)
	}
}

func TestScoreGoldArticlePerfect(t *testing.T) {
	g := readPortStrike(t)
	s := ScoreGoldArticle(g, goldRecord(g))
	want := GoldScore{ID: g.ID,
		Quotes:   QuoteScore{Match: NewPRF(3, 3, 3), Speaker: 3, Cue: 3, Kind: 3, Via: 3, Date: 3, Place: 3},
		Entities: EntityScore{Gold: 4, Predicted: 4, Found: 4, Aliases: 3, AliasesFound: 3},
		Times:    TimeScore{Match: NewPRF(2, 2, 2), Value: 2},
		Events:   EventScore{Match: NewPRF(2, 2, 2), WithDate: NewPRF(2, 2, 2)},
	}
	if !reflect.DeepEqual(s, want) {
		t.Errorf("got  %+v\nwant %+v", s, want)
	}
}

// TestScoreGoldArticle scores a record with known mistakes against the
// port-strike gold.
func TestScoreGoldArticle(t *testing.T) {
	g := readPortStrike(t)
	text := g.Text
	sp := func(s string, n int) newsgraph.Span { return at(t, text, s, n) }
	rec := &newsgraph.Record{
		Article: newsgraph.Article{Text: text},
		Entities: []newsgraph.Entity{
			{ID: "E1", Name: "Ana Costa", Mentions: []newsgraph.Span{sp("Ana Costa", 0), sp("The mayor of Lisbon", 0)}},
			{ID: "E2", Name: "LISBON"},
			{ID: "E3", Name: "The Union", Mentions: []newsgraph.Span{sp("the union", 0)}},
		},
		Times: []newsgraph.Time{
			{ID: "T1", Value: "2017-03-06", Span: sp("Monday, March 6", 0)},
			{ID: "T2", Value: "2017-03-12", Span: sp("Sunday", 0)},
		},
		Quotes: []newsgraph.Quote{
			// Found by overlap: the text differs by "that ".
			{ID: "Q1", Kind: "indirect", Text: "that the strike was over", Span: sp("that the strike was over", 0),
				Speaker: ptr("E1"), Cue: ptr(sp("said", 0)), Time: ptr("T1")},
			// Found by text: the span is wrong, the comma is stripped.
			{ID: "Q2", Kind: "partial", Text: "We reached a deal", Span: sp("Port", 0),
				Speaker: ptr("E1"), Cue: ptr(sp("told", 0)), Time: ptr("T1")},
			// Not a quote.
			{ID: "Q3", Kind: "direct", Text: "Port strike ends", Span: sp("Port strike ends", 0)},
		},
		Events: []newsgraph.Event{
			// CONSULT is symmetric: actors and targets swapped still match.
			{ID: "V1", Type: "CONSULT", Actors: []string{"E3"}, Targets: []string{"E1"}, Time: ptr("T2")},
			// AGREE is not.
			{ID: "V2", Type: "AGREE", Actors: []string{"E1"}, Targets: []string{"E3"}},
		},
	}
	s := ScoreGoldArticle(g, rec)
	want := GoldScore{ID: g.ID,
		// Q1: place wrong (Lisbon). Q2: kind wrong, via wrong (Lusa).
		Quotes:   QuoteScore{Match: NewPRF(3, 3, 2), Speaker: 2, Cue: 2, Kind: 1, Via: 1, Date: 2, Place: 1},
		Entities: EntityScore{Gold: 4, Predicted: 3, Found: 3, Aliases: 3, AliasesFound: 2},
		Times:    TimeScore{Match: NewPRF(2, 2, 2), Value: 1},
		Events:   EventScore{Match: NewPRF(2, 2, 1), WithDate: NewPRF(2, 2, 0)},
	}
	misses := s.Misses
	s.Misses = nil
	if !reflect.DeepEqual(s, want) {
		t.Errorf("got  %+v\nwant %+v", s, want)
	}
	wantMisses := []string{
		`quote "the strike was over": place "", want "Lisbon"`,
		`quote "We reached a deal,": kind "partial", want "direct"`,
		`quote "We reached a deal,": via "", want "Lusa"`,
		`quote not found: "the deal"`,
		`entity "Ana Costa": 1 of 2 aliases found`,
		`entity not found: "Lusa"`,
		`time "Sunday": value "2017-03-12", want "2017-03-05"`,
		`event CONSULT Ana Costa -> the union: wrong date, want "2017-03-05"`,
		`event not found: AGREE the union -> Ana Costa`,
	}
	if !reflect.DeepEqual(misses, wantMisses) {
		t.Errorf("misses\n%s\nwant\n%s", strings.Join(misses, "\n"), strings.Join(wantMisses, "\n"))
	}
}

func TestGoldQuoteOverlap(t *testing.T) {
	const text = "He said the harbour will reopen next week."
	g := &GoldArticle{ID: "a", Text: text, Quotes: []GoldQuote{{Kind: "indirect", Text: "the harbour will reopen next week"}}}
	// The gold is 33 code points: 17 is enough, 16 is not.
	for _, tt := range []struct {
		pred  string
		found int
	}{
		{"the harbour will ", 1},
		{"the harbour will", 0},
		{" reopen next week.", 1},
		{"reopen next week.", 0},
		{"the harbour will reopen next week.", 1},
	} {
		rec := &newsgraph.Record{Article: newsgraph.Article{Text: text},
			Quotes: []newsgraph.Quote{{ID: "Q1", Kind: "indirect", Text: "x", Span: at(t, text, tt.pred, 0)}}}
		if got := ScoreGoldArticle(g, rec).Quotes.Match.Matched; got != tt.found {
			t.Errorf("%q: found %d, want %d", tt.pred, got, tt.found)
		}
	}
}

func TestNormQuote(t *testing.T) {
	for in, want := range map[string]string{
		"“We reached a deal,”":          "We reached a deal",
		"  firmly on\nthe   need. ":     "firmly on the need",
		"— “I know”, —":                 "I know",
		"(it is (not) over)":            "it is (not) over",
		"\"$5 billion\"":                "$5 billion",
		"if you are strong, solid and.": "if you are strong, solid and",
	} {
		if got := normQuote(in); got != want {
			t.Errorf("normQuote(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFinder(t *testing.T) {
	f := newFinder("Où est\n\nla  gare? La gare.")
	got := f.find("la gare")
	want := []interval{{8, 16}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("find = %v, want %v", got, want)
	}
	if got := f.find("gare"); len(got) != 2 || got[1] != (interval{21, 25}) {
		t.Errorf("find all = %v", got)
	}
	if got := f.find("  "); got != nil {
		t.Errorf("find blank = %v", got)
	}
}

// TestGoldQuoteNested checks that a prediction of an indirect quote goes to
// the gold indirect quote, not to the gold partial quote nested in it, which
// it covers entirely.
func TestGoldQuoteNested(t *testing.T) {
	const text = "She said the port “will reopen soon” and the strike is over."
	g := &GoldArticle{ID: "a", Text: text, Quotes: []GoldQuote{
		{Kind: "partial", Text: "will reopen soon"},
		{Kind: "indirect", Text: "the port “will reopen soon” and the strike is over"},
	}}
	rec := &newsgraph.Record{Article: newsgraph.Article{Text: text}, Quotes: []newsgraph.Quote{
		{ID: "Q1", Kind: "indirect", Text: "port “will reopen soon” and the strike is over",
			Span: at(t, text, "port “will reopen soon” and the strike is over", 0)},
	}}
	s := ScoreGoldArticle(g, rec)
	if s.Quotes.Match.Matched != 1 || s.Quotes.Kind != 1 {
		t.Errorf("quotes %+v, misses %q; want the indirect quote found", s.Quotes, s.Misses)
	}
}

func TestFindSplit(t *testing.T) {
	text := "“The reservoir belongs to the valley,” she said, “and it cannot wait.”\n\n" +
		"„We cut our catches.\n\n„Now Brussels says no.“ The valley is dry. " + strings.Repeat("filler ", 40) + "The end is near."
	f := newFinder(text)
	tests := []struct {
		quote string
		want  []string // the fragments of the first occurrence; nil: not found
	}{
		{"The reservoir belongs to the valley,", []string{"The reservoir belongs to the valley,"}},
		{"The reservoir belongs to the valley, and it cannot wait.",
			[]string{"The reservoir belongs to the valley,", "and it cannot wait."}},
		{"We cut our catches. Now Brussels says no.", []string{"We cut our catches.", "Now Brussels says no."}},
		{"The valley is dry.", []string{"The valley is dry."}},
		{"and it cannot wait. The reservoir", nil},   // fragments out of order
		{"The valley is dry. The end is near.", nil}, // 280 code points apart
		{"The reservoir belongs to the sea", nil},
	}
	runes := []rune(text)
	for _, tt := range tests {
		occ := f.findSplit(tt.quote)
		var got []string
		if len(occ) > 0 {
			for _, iv := range occ[0] {
				got = append(got, string(runes[iv.start:iv.end]))
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("findSplit(%q) = %q, want %q", tt.quote, got, tt.want)
		}
	}
}
