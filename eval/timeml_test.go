package eval

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

const (
	tbaqDir     = "../../shared/data/tempeval3-tbaq"
	meantimeDir = "../../shared/data/meantime-en"
)

// timemlFixture is a small TimeML document of our own, in the TempEval-3
// layout: the DCT in the header, TIMEX3 and EVENT tags inside TEXT.
const timemlFixture = `<?xml version="1.0" ?>
<TimeML>
<DOCID>T1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2017-02-17" temporalFunction="false" functionInDocument="CREATION_TIME">20170217</TIMEX3></DCT>
<TITLE>Talks <TIMEX3 tid="t9" type="DATE" value="2017-02-16">Thursday</TIMEX3></TITLE>
<TEXT>
Ministers <EVENT eid="e1" class="OCCURRENCE">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2017-02-16" temporalFunction="true" anchorTimeID="t0">Thursday</TIMEX3> &amp; said the &quot;talks&quot; would last <TIMEX3 tid="t2" type="DURATION" value="P2Y" mod="APPROX">about two years</TIMEX3>.
</TEXT>
</TimeML>
`

func TestReadTimeML(t *testing.T) {
	d, err := ReadTimeML("T1", []byte(timemlFixture))
	if err != nil {
		t.Fatal(err)
	}
	wantText := "\nMinisters met Thursday & said the \"talks\" would last about two years.\n"
	if d.Text != wantText {
		t.Errorf("text %q, want %q", d.Text, wantText)
	}
	if d.DCT != "2017-02-17" {
		t.Errorf("DCT %q", d.DCT)
	}
	if len(d.Exclude) != 0 {
		t.Errorf("exclude %v: the DCT is outside the text", d.Exclude)
	}
	want := []struct{ text, typ, value, mod string }{
		{"Thursday", "date", "2017-02-16", ""},
		{"about two years", "duration", "P2Y", "APPROX"},
	}
	if len(d.Gold) != len(want) {
		t.Fatalf("gold %v, want %d expressions (the TITLE's is outside TEXT)", d.Gold, len(want))
	}
	for i, w := range want {
		g := d.Gold[i]
		if got := d.Text[g.Start:g.End]; got != w.text || g.Type != w.typ || g.Value != w.value || g.Mod != w.mod {
			t.Errorf("gold %d = %q %s %s %s, want %v", i, got, g.Type, g.Value, g.Mod, w)
		}
	}
}

// meantimeFixture is a small MEANTIME (CAT) document of our own: a title,
// the date line holding the DCT, and sentences past the annotated ones.
const meantimeFixture = `<?xml version="1.0" ?><Document doc_id="1" doc_name="x" lang="en">
<token number="0" sentence="0" t_id="1">Boeing</token>
<token number="1" sentence="0" t_id="2">wins</token>
<token number="2" sentence="1" t_id="3">November</token>
<token number="3" sentence="1" t_id="4">24</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2004</token>
<token number="6" sentence="2" t_id="7">The</token>
<token number="7" sentence="2" t_id="8">firm</token>
<token number="8" sentence="2" t_id="9">'s</token>
<token number="9" sentence="2" t_id="10">"</token>
<token number="10" sentence="2" t_id="11">deal</token>
<token number="11" sentence="2" t_id="12">"</token>
<token number="12" sentence="2" t_id="13">came</token>
<token number="13" sentence="2" t_id="14">last</token>
<token number="14" sentence="2" t_id="15">week</token>
<token number="15" sentence="2" t_id="16">(</token>
<token number="16" sentence="2" t_id="17">USD$</token>
<token number="17" sentence="2" t_id="18">5</token>
<token number="18" sentence="2" t_id="19">)</token>
<token number="19" sentence="2" t_id="20">.</token>
<token number="20" sentence="3" t_id="21">A</token>
<token number="21" sentence="4" t_id="22">B</token>
<token number="22" sentence="5" t_id="23">C</token>
<token number="23" sentence="6" t_id="24">Today</token>
<token number="24" sentence="6" t_id="25">.</token>
<Markables>
<ENTITY_MENTION m_id="1"><token_anchor t_id="1"/></ENTITY_MENTION>
<TIMEX3 m_id="2" type="DATE" value="2004-W47" functionInDocument="NONE">
<token_anchor t_id="14"/>
<token_anchor t_id="15"/>
</TIMEX3>
<TIMEX3 m_id="3" type="DATE" value="2004-11-24" functionInDocument="CREATION_TIME">
<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/>
</TIMEX3>
<TIMEX3 m_id="4" type="DATE" value="PRESENT_REF" functionInDocument="NONE"/>
</Markables>
</Document>
`

func TestReadMEANTIME(t *testing.T) {
	d, err := ReadMEANTIME("M1", []byte(meantimeFixture))
	if err != nil {
		t.Fatal(err)
	}
	wantText := "Boeing wins\nNovember 24, 2004\nThe firm's \"deal\" came last week (USD$5).\nA\nB\nC\nToday."
	if d.Text != wantText {
		t.Errorf("text %q, want %q", d.Text, wantText)
	}
	if d.DCT != "2004-11-24" {
		t.Errorf("DCT %q", d.DCT)
	}
	if len(d.Gold) != 1 || d.Text[d.Gold[0].Start:d.Gold[0].End] != "last week" || d.Gold[0].Value != "2004-W47" || d.Gold[0].Type != "date" {
		t.Errorf("gold %+v", d.Gold)
	}
	var excluded []string
	for _, x := range d.Exclude {
		excluded = append(excluded, d.Text[x.Start:x.End])
	}
	if want := []string{"November 24, 2004", "\nToday."}; !slices.Equal(excluded, want) {
		t.Errorf("excluded %q, want %q (the DCT and the sentences past the annotated ones)", excluded, want)
	}
}

func TestScoreTimex(t *testing.T) {
	d := &TimexDoc{
		ID:   "d",
		Text: "On Friday, February 17 he left for two years in 2014 and now.",
		Gold: []TimexSpan{
			{Start: 3, End: 22, Type: "date", Value: "2017-02-17"}, // Friday, February 17
			{Start: 36, End: 45, Type: "duration", Value: "P2Y"},   // two years
			{Start: 49, End: 53, Type: "date", Value: "2014"},      // 2014
		},
		Exclude: []TimexSpan{{Start: 58, End: 61}}, // now.
	}
	pred := []TimexSpan{
		{Start: 3, End: 9, Type: "date", Value: "2017-02-17"},   // Friday: relaxed, right value
		{Start: 32, End: 45, Type: "duration", Value: "P2Y"},    // for two years: relaxed, right value
		{Start: 49, End: 53, Type: "duration", Value: "P2014Y"}, // 2014: strict, wrong type and value
		{Start: 24, End: 26, Type: "date", Value: "X"},          // he: spurious
		{Start: 58, End: 61, Type: "date", Value: "PRESENT_REF"},
	}
	r := ScoreTimex(d, pred)
	check := func(name string, got PRF, pred, gold, matched int) {
		t.Helper()
		if got.Predicted != pred || got.Gold != gold || got.Matched != matched {
			t.Errorf("%s = %d/%d/%d, want predicted %d gold %d matched %d", name, got.Predicted, got.Gold, got.Matched, pred, gold, matched)
		}
	}
	check("strict", r.Strict, 4, 3, 1)
	check("relaxed", r.Relaxed, 4, 3, 3)
	check("type", r.TypeF1, 4, 3, 2)
	check("value", r.Value, 4, 3, 2)
	if r.Type.Right != 2 || r.Type.Total != 3 {
		t.Errorf("type accuracy %+v, want 2 of 3", r.Type)
	}
	if len(r.Misses) != 4 {
		t.Errorf("misses %d, want 4 (three partial or wrong, one spurious)", len(r.Misses))
	}

	// A perfect prediction scores 1 everywhere.
	r = ScoreTimex(d, d.Gold)
	for _, p := range []PRF{r.Strict, r.Relaxed, r.TypeF1, r.Value} {
		if p.F1 != 1 {
			t.Errorf("oracle: %+v", p)
		}
	}
}

// TestScoreTimexOneToOne checks that one prediction pairs with one gold
// expression: two gold expressions under one prediction count once, and
// the pair is the one with the larger overlap ("morning").
func TestScoreTimexOneToOne(t *testing.T) {
	d := &TimexDoc{Text: "Friday morning", Gold: []TimexSpan{
		{Start: 0, End: 6, Type: "date", Value: "a"}, {Start: 7, End: 14, Type: "time", Value: "b"},
	}}
	r := ScoreTimex(d, []TimexSpan{{Start: 0, End: 14, Type: "time", Value: "b"}})
	if r.Relaxed.Matched != 1 || r.Value.Matched != 1 || r.Relaxed.Gold != 2 {
		t.Errorf("relaxed %+v value %+v", r.Relaxed, r.Value)
	}
}

func TestReadTimexCorpus(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) {
		t.Helper()
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a/T1.tml", timemlFixture)
	write("b/M1.xml", meantimeFixture)
	write("b/M2.xml", meantimeFixture)
	write("b/notes.xml", "<notes/>")
	write("README.txt", "not a document")
	docs, err := ReadTimexCorpus(dir)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, d := range docs {
		ids = append(ids, d.ID)
	}
	if want := []string{"a/T1", "b/M1", "b/M2"}; !slices.Equal(ids, want) {
		t.Errorf("ids %q, want %q", ids, want)
	}

	// A SPLIT.txt restricts the corpus to the documents it lists.
	write("SPLIT.txt", "# shared\nb/M2.xml\na/T1.tml\n")
	docs, err = ReadTimexCorpus(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].ID != "a/T1" || docs[1].ID != "b/M2" {
		t.Errorf("with SPLIT.txt: %d docs", len(docs))
	}

	if _, err := ReadTimexCorpus(t.TempDir()); newsgraph.ErrorCode(err) != newsgraph.ENOTFOUND {
		t.Errorf("empty dir: %v, want ENOTFOUND", err)
	}
	if _, err := ReadTimexCorpus(filepath.Join(dir, "missing")); err == nil || errors.Is(err, os.ErrExist) {
		t.Errorf("missing dir: %v", err)
	}
}

// TestTimeMLCorpora scores the temporal tagger on the shared corpora and
// holds it to the bars of issue 4: TempEval-3 TimeBank+AQUAINT relaxed
// extent F1 >= 0.88 and value F1 >= 0.78, MEANTIME (the shared, dev part)
// value F1 >= 0.75.
func TestTimeMLCorpora(t *testing.T) {
	for _, c := range []struct {
		dir            string
		relaxed, value float64
		name           string
	}{
		{tbaqDir, 0.88, 0.78, "TempEval-3 TBAQ"},
		{meantimeDir, 0, 0.75, "MEANTIME dev"},
	} {
		t.Run(filepath.Base(c.dir), func(t *testing.T) {
			needDir(t, c.name, c.dir)
			r, err := TimeML(c.dir)
			if err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			if err := r.WriteTable(&b); err != nil {
				t.Fatal(err)
			}
			t.Log("\n" + b.String())
			if r.Relaxed.F1 < c.relaxed {
				t.Errorf("%s relaxed extent F1 %.3f < %.2f", c.name, r.Relaxed.F1, c.relaxed)
			}
			if r.Value.F1 < c.value {
				t.Errorf("%s value F1 %.3f < %.2f", c.name, r.Value.F1, c.value)
			}
		})
	}
}
