package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

const (
	polnearDir  = "../../shared/data/polnear"
	seedDir     = "../../shared/data/seed"
	examplesDir = "../examples"
)

func needDir(t *testing.T, name, dir string) {
	t.Helper()
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("%s not found at %s: %v", name, dir, err)
	}
}

// polnearOracle returns an extractor that answers the gold of the PolNeAR
// split in dir.
func polnearOracle(t *testing.T, dir string) Extractor {
	arts, err := ReadPolNeAR(dir)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]*PolNeARArticle{}
	for _, a := range arts {
		byID[a.ID] = a
	}
	return func(in Input) (*newsgraph.Record, error) {
		a := byID[in.ID]
		if a == nil || a.Text != in.Text || a.Published != in.Published {
			return nil, errors.New("unexpected input")
		}
		return polnearRecord(a), nil
	}
}

func goldOracle(t *testing.T, dir string) Extractor {
	arts, err := ReadGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]*GoldArticle{}
	for _, a := range arts {
		byID[a.ID] = a
	}
	return func(in Input) (*newsgraph.Record, error) {
		a := byID[in.ID]
		if a == nil || a.Text != in.Text || a.Published != in.Published {
			return nil, errors.New("unexpected input")
		}
		return goldRecord(a), nil
	}
}

// TestPolNeARSelfCheck feeds the gold of the PolNeAR dev split back as the
// prediction: every score must be perfect.
func TestPolNeARSelfCheck(t *testing.T) {
	needDir(t, "PolNeAR", polnearDir)
	r, err := PolNeAR(polnearDir, polnearOracle(t, polnearDir))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Errors) > 0 || r.Articles < 80 || r.Dropped != 0 {
		t.Errorf("%d articles, errors %v, %d dropped", r.Articles, r.Errors, r.Dropped)
	}
	for name, p := range map[string]PRF{"source": r.Source, "cue": r.Cue, "content lenient": r.Lenient} {
		if p.Precision != 1 || p.Recall != 1 || p.F1 != 1 || p.Gold < 1000 {
			t.Errorf("%s: %+v, want P = R = F1 = 1", name, p)
		}
	}
	// Gold in our convention comes back exactly, except the few contents
	// PolNeAR itself draws without the marks or "that" beside them.
	arts, err := ReadPolNeAR(polnearDir)
	if err != nil {
		t.Fatal(err)
	}
	odd := 0
	for _, a := range arts {
		text := []rune(a.Text)
		for _, at := range a.Attributions {
			if len(at.Content) == 0 {
				continue
			}
			q := &newsgraph.Quote{Span: at.Content[0], Fragments: ourConvention(at.Content, text)}
			if spanKey(inPolNeARConvention([]*newsgraph.Quote{q}, text)[0].Fragments) != spanKey(at.Content) {
				odd++
			}
		}
	}
	if c := r.Content; c.Gold < 1000 || c.Gold-c.Matched > odd || odd > 20 {
		t.Errorf("content: %+v with %d gold contents drawn against the convention", c, odd)
	}
	if r.Speaker.Value != 1 {
		t.Errorf("speaker accuracy %+v, want 1", r.Speaker)
	}
	var b bytes.Buffer
	if err := (&Report{PolNeAR: []*PolNeARReport{r}}).WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", b.String())
}

// TestGoldSelfCheck feeds the gold of the seed articles and of our
// examples back as the prediction: every score must be perfect.
func TestGoldSelfCheck(t *testing.T) {
	t.Run("seed", func(t *testing.T) { goldSelfCheck(t, seedDir) })
	t.Run("examples", func(t *testing.T) { goldSelfCheck(t, examplesDir) })
}

func goldSelfCheck(t *testing.T, dir string) {
	needDir(t, "gold", dir)
	r, err := Gold(dir, goldOracle(t, dir))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Errors) > 0 || r.Articles == 0 {
		t.Fatalf("%d articles, errors %v", r.Articles, r.Errors)
	}
	q := r.Quotes
	if q.Match.F1 != 1 || q.Speaker != q.Match.Gold || q.Cue != q.Match.Gold || q.Kind != q.Match.Gold ||
		q.Via != q.Match.Gold || q.Date != q.Match.Gold || q.Place != q.Match.Gold {
		t.Errorf("quotes %+v", q)
	}
	if e := r.Entities; e.Found != e.Gold || e.AliasesFound != e.Aliases || e.Gold == 0 {
		t.Errorf("entities %+v", e)
	}
	if tm := r.Times; tm.Match.F1 != 1 || tm.Value != tm.Match.Gold {
		t.Errorf("times %+v", tm)
	}
	if v := r.Events; v.Match.F1 != 1 || v.WithDate.F1 != 1 {
		t.Errorf("events %+v", v)
	}
	for _, a := range r.PerArticle {
		if len(a.Misses) > 0 {
			t.Errorf("%s: misses %q", a.ID, a.Misses)
		}
	}
	var b bytes.Buffer
	if err := (&Report{Gold: []*GoldReport{r}}).WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", b.String())
}

// TestRunErrors checks that a failing article is reported, scored as an
// empty prediction, and does not stop the run.
func TestRunErrors(t *testing.T) {
	oracle := polnearOracle(t, "testdata/polnear")
	for _, tt := range []struct {
		name string
		x    Extractor
		err  string
	}{
		{"error", func(in Input) (*newsgraph.Record, error) { return nil, errors.New("boom") }, "boom"},
		{"panic", func(in Input) (*newsgraph.Record, error) { panic("boom") }, "panicked on senate-vote: boom"},
		{"no record", func(in Input) (*newsgraph.Record, error) { return nil, nil }, "no record"},
		{"other text", func(in Input) (*newsgraph.Record, error) {
			rec, err := oracle(in)
			rec.Article.Text = strings.ReplaceAll(in.Text, "\n", "\r\n")
			return rec, err
		}, "differs from the input text"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			x := func(in Input) (*newsgraph.Record, error) {
				if in.ID == "senate-vote" {
					return tt.x(in)
				}
				return oracle(in)
			}
			r, err := PolNeAR("testdata/polnear", x)
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Errors) != 1 || r.Errors[0].ID != "senate-vote" || !strings.Contains(r.Errors[0].Error, tt.err) {
				t.Fatalf("errors %+v, want senate-vote: %s", r.Errors, tt.err)
			}
			if r.Articles != 2 || r.Content.Gold != 4 || r.Content.Predicted != 0 || r.Content.Recall != 0 {
				t.Errorf("failed article not scored as empty: %+v", r.Content)
			}
		})
	}
}

func TestRunDeterministic(t *testing.T) {
	x := goldOracle(t, "testdata/gold")
	r1, err1 := Gold("testdata/gold", x)
	r2, err2 := Gold("testdata/gold", x)
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	j1, _ := json.Marshal(r1)
	j2, _ := json.Marshal(r2)
	if !bytes.Equal(j1, j2) {
		t.Errorf("two runs differ:\n%s\n%s", j1, j2)
	}
	if _, err := PolNeAR("testdata/nothing", x); err == nil {
		t.Error("missing corpus: no error")
	}
}

func TestReportJSON(t *testing.T) {
	x := polnearOracle(t, "testdata/polnear")
	p, err := PolNeAR("testdata/polnear", x)
	if err != nil {
		t.Fatal(err)
	}
	g, err := Gold("testdata/gold", goldOracle(t, "testdata/gold"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(&Report{PolNeAR: []*PolNeARReport{p}, Gold: []*GoldReport{g}})
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		PolNeAR []struct {
			Articles int `json:"articles"`
			Source   PRF `json:"source"`
			Lenient  PRF `json:"content_lenient"`
			Speaker  Ratio
		} `json:"polnear"`
		Gold []struct {
			Quotes QuoteScore `json:"quotes"`
		} `json:"gold"`
	}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if len(m.PolNeAR) != 1 || m.PolNeAR[0].Source.F1 != 1 || m.PolNeAR[0].Lenient.Gold != 4 || m.PolNeAR[0].Speaker.Total != 4 {
		t.Errorf("polnear JSON: %s", b)
	}
	if len(m.Gold) != 1 || m.Gold[0].Quotes.Match.Matched != 3 {
		t.Errorf("gold JSON: %s", b)
	}

	var tb bytes.Buffer
	if err := (&Report{PolNeAR: []*PolNeARReport{p}, Gold: []*GoldReport{g}}).WriteTable(&tb); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"PolNeAR testdata/polnear", "source exact", "content lenient", "speaker accuracy", "Gold testdata/gold", "right via", "with date"} {
		if !strings.Contains(tb.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, tb.String())
		}
	}
}
