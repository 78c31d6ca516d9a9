package eval

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

func TestReadPolNeAR(t *testing.T) {
	arts, err := ReadPolNeAR("testdata/polnear")
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 2 || arts[0].ID != "quiet-day" || arts[1].ID != "senate-vote" {
		t.Fatalf("articles %v, want quiet-day and senate-vote in this order", ids(arts))
	}
	if len(arts[0].Attributions) != 0 || arts[0].Published != "2016-03-02" {
		t.Errorf("quiet-day: %+v", arts[0])
	}
	a := arts[1]
	if a.Published != "2016-03-01" || a.AnnFile != filepath.Join("attributions", "senate-vote_a1b2.ann") {
		t.Errorf("senate-vote: published %q, ann %q", a.Published, a.AnnFile)
	}
	sp := func(s string) newsgraph.Span { return at(t, a.Text, s, 0) }
	want := []Attribution{
		{ID: "E1", Source: []newsgraph.Span{sp("The committee chair, Mária Lopez,")}, Cue: []newsgraph.Span{sp("said")},
			Content: []newsgraph.Span{sp("the vote would be delayed until March")}},
		{ID: "E2", Source: []newsgraph.Span{sp("she")}, Cue: []newsgraph.Span{sp("added")},
			Content: []newsgraph.Span{sp("“We need more time,”"), sp("“and we will take it.”")}},
		{ID: "E3", Cue: []newsgraph.Span{sp("reportedly")},
			Content: []newsgraph.Span{sp("Officials were"), sp("unhappy")}},
		{ID: "E4", Source: []newsgraph.Span{sp("the minutes")}, Cue: []newsgraph.Span{sp("According to")},
			Content: []newsgraph.Span{sp("the budget “remains open”"), sp("the debate continues")}},
	}
	if !reflect.DeepEqual(a.Attributions, want) {
		t.Errorf("attributions\n got %+v\nwant %+v", a.Attributions, want)
	}
	// Code points, not bytes: "á" and the curly quotes are two or three bytes.
	if got := a.Attributions[0].Source[0]; got.Start != 21 || got.End != 54 {
		t.Errorf("source offsets %d %d, want 21 54", got.Start, got.End)
	}
}

func ids(arts []*PolNeARArticle) []string {
	var out []string
	for _, a := range arts {
		out = append(out, a.ID)
	}
	return out
}

func TestReadPolNeARMissing(t *testing.T) {
	dir := t.TempDir()
	if _, err := ReadPolNeAR(dir); newsgraph.ErrorCode(err) != newsgraph.ENOTFOUND {
		t.Errorf("empty dir: %v, want a not_found error", err)
	}
	os.MkdirAll(filepath.Join(dir, "text"), 0o755)
	os.MkdirAll(filepath.Join(dir, "attributions"), 0o755)
	os.WriteFile(filepath.Join(dir, "text", "a.txt"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(dir, "attributions", "b_0000.ann"), nil, 0o644)
	_, err := ReadPolNeAR(dir)
	msg := newsgraph.ErrorMessage(err)
	if newsgraph.ErrorCode(err) != newsgraph.EINVALID || !strings.Contains(msg, "2 problems") ||
		!strings.Contains(msg, "no attributions/a_*.ann") || !strings.Contains(msg, "no text/b.txt") {
		t.Errorf("unpaired files: %v", err)
	}
}

// bratText is the text the parser tests refer to: "é" and "’" are one code
// point but two and three bytes.
const bratText = "Café owners said they’re worried, the mayor said."

func TestParseBrat(t *testing.T) {
	tests := []struct {
		name, ann string
		want      []Attribution // nil: only check the error
		err       string        // substring of the error, "" for none
	}{
		{name: "forward reference and code points",
			ann: "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n" +
				"T1\tSource 0 11\tCafé owners\nT2\tCue 12 16\tsaid\nT3\tContent 17 32\tthey’re worried\nT4\tAttribution 12 16\tsaid\n",
			want: []Attribution{{ID: "E1",
				Source:  []newsgraph.Span{{Start: 0, End: 11, Text: "Café owners"}},
				Cue:     []newsgraph.Span{{Start: 12, End: 16, Text: "said"}},
				Content: []newsgraph.Span{{Start: 17, End: 32, Text: "they’re worried"}}}}},
		{name: "multi-fragment, no source, Content2 sorted",
			ann: "T1\tContent 34 43;0 4\tthe mayor Café\nT2\tContent 17 22\tthey’\nT3\tCue 44 48\tsaid\nT4\tAttribution-no-source 44 48\tsaid\n" +
				"E1\tAttribution-no-source:T4 Content:T1 Cue:T3 Content2:T2 \n",
			want: []Attribution{{ID: "E1",
				Cue:     []newsgraph.Span{{Start: 44, End: 48, Text: "said"}},
				Content: []newsgraph.Span{{Start: 0, End: 4, Text: "Café"}, {Start: 17, End: 22, Text: "they’"}, {Start: 34, End: 43, Text: "the mayor"}}}}},
		{name: "other lines skipped",
			ann:  "#1\tAnnotatorNotes T1\tnote\nT1\tDiscard 0 4\tCafé\n",
			want: nil},
		{name: "byte offsets", ann: "T1\tSource 0 12\tCafé owners\n", err: `give "Café owners ", the line says "Café owners"`},
		{name: "surface mismatch", ann: "T1\tCue 12 16\tsays\n", err: "the line says"},
		{name: "outside the text", ann: "T1\tCue 12 99\tsaid\n", err: "outside the text"},
		{name: "reversed fragment", ann: "T1\tCue 16 12\t\n", err: "outside the text"},
		{name: "bad fragment", ann: "T1\tCue 12\tsaid\n", err: "bad fragment"},
		{name: "no offsets", ann: "T1\tCue\tsaid\n", err: "no offsets"},
		{name: "two fields", ann: "T1\tCue 12 16\n", err: "3 tab-separated fields"},
		{name: "duplicate T", ann: "T1\tCue 12 16\tsaid\nT1\tCue 12 16\tsaid\n", err: "T1 defined twice"},
		{name: "undefined T", ann: "T1\tAttribution 12 16\tsaid\nE1\tAttribution:T1 Cue:T9\n", err: "Cue refers to undefined T9"},
		{name: "unknown role", ann: "T1\tAttribution 12 16\tsaid\nT2\tCue 12 16\tsaid\nE1\tAttribution:T1 Verb:T2\n", err: `unknown role "Verb"`},
		{name: "role on wrong type", ann: "T1\tAttribution 12 16\tsaid\nT2\tCue 12 16\tsaid\nE1\tAttribution:T1 Source:T2\n", err: "Source T2 is a Cue span"},
		{name: "trigger of other type", ann: "T1\tAttribution 12 16\tsaid\nE1\tAttribution-no-source:T1\n", err: "trigger T1 is a Attribution"},
		{name: "unknown relation", ann: "T1\tCue 12 16\tsaid\nE1\tBelief:T1\n", err: `unknown relation type "Belief"`},
		{name: "no trigger", ann: "E1\t\n", err: "E1 has no trigger"},
		{name: "two sources", ann: "T1\tAttribution 12 16\tsaid\nT2\tSource 0 4\tCafé\nE1\tAttribution:T1 Source:T2 Source:T2\n", err: "two Source roles"},
		// Fixed bugs.
		{name: "trailing space after the last role", ann: "T1\tAttribution-no-source 12 16\tsaid\nE1\tAttribution-no-source:T1 \n",
			want: []Attribution{{ID: "E1"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var p problems
			got, err := parseBrat("x.ann", bratText, strings.NewReader(tt.ann), &p)
			if err != nil {
				t.Fatal(err)
			}
			if tt.err == "" && len(p) > 0 {
				t.Fatalf("problems %q", p)
			}
			if tt.err != "" {
				if len(p) != 1 || !strings.Contains(p[0], tt.err) || !strings.HasPrefix(p[0], "x.ann:") {
					t.Fatalf("problems %q, want one positioned and containing %q", p, tt.err)
				}
				return
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func FuzzParseBrat(f *testing.F) {
	b, err := os.ReadFile("testdata/polnear/attributions/senate-vote_a1b2.ann")
	if err != nil {
		f.Fatal(err)
	}
	text, err := os.ReadFile("testdata/polnear/text/senate-vote.txt")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(text), string(b))
	f.Add(bratText, "T1\tContent 34 43;0 4\tthe mayor Café\nE1\tAttribution-no-source:T1 Content:T1\n")
	f.Fuzz(func(t *testing.T, text, ann string) {
		var p problems
		attrs, _ := parseBrat("fuzz.ann", text, strings.NewReader(ann), &p)
		runes := []rune(text)
		for _, a := range attrs {
			for _, role := range [][]newsgraph.Span{a.Source, a.Cue, a.Content} {
				for _, s := range role {
					if s.Start < 0 || s.End > len(runes) || s.Start > s.End || string(runes[s.Start:s.End]) != s.Text {
						t.Fatalf("%s: bad span %+v", a.ID, s)
					}
				}
			}
		}
	})
}
