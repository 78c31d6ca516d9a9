package eval

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/text"
	"github.com/newsgraph/newsgraph/timex"
)

// TimexDoc is one document of a corpus annotated with TIMEX3 temporal
// expressions: TimeML (TempEval-3 TimeBank and AQUAINT) or MEANTIME.
type TimexDoc struct {
	ID   string
	Text string // the text content, tags removed and entities decoded
	// DCT is the value of the document creation time, the reference date
	// of relative expressions ("1998-03-22T14:57:00", "2004-11-24").
	DCT  string
	Gold []TimexSpan // by start; the DCT is not among them
	// Exclude holds the stretches of Text that are not scored: the DCT when
	// it is part of the text (MEANTIME writes it below the title).
	Exclude []TimexSpan
}

// TimexSpan is a temporal expression over byte offsets [Start, End) of
// TimexDoc.Text. Type is lower case: date, time, duration, set.
type TimexSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod,omitempty"`
}

// ReadTimeML reads one TimeML document: the content of its TEXT element
// with the TIMEX3 tags inside it, and the value of the creation-time TIMEX3
// (in DCT, or anywhere with functionInDocument="CREATION_TIME") as DCT.
func ReadTimeML(id string, data []byte) (*TimexDoc, error) {
	d := &TimexDoc{ID: id}
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	var sb strings.Builder
	inText, inDCT := 0, false
	// open holds the TIMEX3 elements open at the current token; those
	// outside TEXT are kept only to balance the stack.
	type openTimex struct {
		span      TimexSpan
		skip, dct bool
	}
	var open []openTimex
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("eval: timeml %s: %w", id, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "TEXT":
				inText++
			case "DCT":
				inDCT = true
			case "TIMEX3":
				o := openTimex{span: timexAttrs(t.Attr), skip: inText == 0}
				o.span.Start = sb.Len()
				if inDCT || timemlAttr(t.Attr, "functionInDocument") == "CREATION_TIME" {
					o.dct = true
					if d.DCT == "" {
						d.DCT = o.span.Value
					}
				}
				open = append(open, o)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "TEXT":
				inText--
			case "DCT":
				inDCT = false
			case "TIMEX3":
				if len(open) == 0 {
					return nil, fmt.Errorf("eval: timeml %s: unbalanced TIMEX3", id)
				}
				o := open[len(open)-1]
				open = open[:len(open)-1]
				if o.skip {
					continue
				}
				o.span.End = sb.Len()
				if o.dct {
					d.Exclude = append(d.Exclude, o.span)
				} else {
					d.Gold = append(d.Gold, o.span)
				}
			}
		case xml.CharData:
			if inText > 0 {
				sb.Write(t)
			}
		}
	}
	d.Text = sb.String()
	sortTimexSpans(d.Gold)
	return d, nil
}

func timexAttrs(as []xml.Attr) TimexSpan {
	return TimexSpan{Type: strings.ToLower(timemlAttr(as, "type")), Value: timemlAttr(as, "value"), Mod: timemlAttr(as, "mod")}
}

func timemlAttr(as []xml.Attr, name string) string {
	for _, a := range as {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func sortTimexSpans(s []TimexSpan) {
	slices.SortStableFunc(s, func(a, b TimexSpan) int { return a.Start - b.Start })
}

// ReadTimexCorpus reads every TimeML (.tml) and MEANTIME (.xml with
// tokens and Markables) document under dir, recursively, in path order.
// When dir holds a SPLIT.txt listing documents (one relative path a line),
// only those are read. A directory without any is ENOTFOUND.
func ReadTimexCorpus(dir string) ([]*TimexDoc, error) {
	only, err := readSplit(filepath.Join(dir, "SPLIT.txt"))
	if err != nil {
		return nil, err
	}
	var docs []*TimexDoc
	err = filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			return nil
		}
		ext := filepath.Ext(path)
		if ext != ".tml" && ext != ".xml" {
			return nil
		}
		rel, _ := filepath.Rel(dir, path)
		if only != nil && !only[filepath.ToSlash(rel)] {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		id := strings.TrimSuffix(filepath.ToSlash(rel), ext)
		var d *TimexDoc
		switch {
		case ext == ".tml" || bytes.Contains(data[:min(len(data), 4096)], []byte("<TimeML")):
			d, err = ReadTimeML(id, data)
		case bytes.Contains(data[:min(len(data), 4096)], []byte("<token ")):
			d, err = ReadMEANTIME(id, data)
		default:
			return nil
		}
		if err != nil {
			return err
		}
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("eval: timex corpus %s: %w", dir, err)
	}
	if len(docs) == 0 {
		return nil, newsgraph.Errorf(newsgraph.ENOTFOUND, "eval: no TimeML or MEANTIME documents under %s", dir)
	}
	return docs, nil
}

// readSplit reads the document paths listed in a SPLIT.txt (lines that are
// not comments and end in .xml or .tml), or nil when there is no such file.
func readSplit(path string) (map[string]bool, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	only := map[string]bool{}
	for line := range strings.Lines(string(data)) {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' || !(strings.HasSuffix(line, ".xml") || strings.HasSuffix(line, ".tml")) {
			continue
		}
		only[line] = true
	}
	if len(only) == 0 {
		return nil, nil
	}
	return only, nil
}

// TimexFinder returns the temporal expressions of a document.
type TimexFinder func(d *TimexDoc) []TimexSpan

// FindTimex is the TimexFinder of package timex: Find on the document text
// with the DCT as reference date. It is the one place package eval calls a
// pipeline stage itself: a TimeML document is a text and its DCT, and the
// temporal tagger is scored alone, without an extractor.
func FindTimex(d *TimexDoc) []TimexSpan {
	doc := text.New(d.Text)
	exprs := timex.Find(doc, d.DCT)
	out := make([]TimexSpan, len(exprs))
	for i, e := range exprs {
		out[i] = TimexSpan{Start: e.Start, End: e.End, Type: e.Type, Value: e.Value, Mod: e.Mod}
	}
	return out
}

// TimeML reads the corpus under dir (see ReadTimexCorpus) and scores
// FindTimex on it.
func TimeML(dir string) (*TimeMLReport, error) {
	docs, err := ReadTimexCorpus(dir)
	if err != nil {
		return nil, err
	}
	r := ScoreTimexCorpus(docs, FindTimex)
	r.Dir = dir
	return r, nil
}

// TimeMLReport is the TempEval-3 score of a temporal tagger on one corpus.
//
// Gold and predicted expressions are paired one to one within a document:
// pairs with identical extents first, then by largest overlap, ties in
// text order. Relaxed extent counts the pairs (any overlap), strict extent
// the pairs with identical extents. Type accuracy is the share of relaxed
// pairs with the gold type. Value (and type) F1 follow the TE3 scorer:
// precision = pairs with the gold value / predicted expressions, recall =
// pairs with the gold value / gold expressions. Counts are summed over the
// documents before dividing. Predictions overlapping an excluded stretch
// (a DCT in the text) are dropped.
type TimeMLReport struct {
	Dir     string  `json:"dir"`
	Docs    int     `json:"docs"`
	Strict  PRF     `json:"strict"`
	Relaxed PRF     `json:"relaxed"`
	Type    Ratio   `json:"type_accuracy"`
	TypeF1  PRF     `json:"type"`
	Value   PRF     `json:"value"`
	Misses  []Timex `json:"-"` // gold and predicted expressions not both right, for -v
}

// Timex is a gold or predicted expression in a report listing, with the
// text it covers.
type Timex struct {
	Doc        string
	Gold, Pred *TimexSpan
	GoldText   string
	PredText   string
	Context    string
}

// ScoreTimexCorpus runs find on every document (in parallel) and scores it.
func ScoreTimexCorpus(docs []*TimexDoc, find TimexFinder) *TimeMLReport {
	scores := make([]TimeMLReport, len(docs))
	parallel(len(docs), func(i int) {
		scores[i] = ScoreTimex(docs[i], find(docs[i]))
	})
	r := &TimeMLReport{Docs: len(docs)}
	for _, s := range scores {
		r.Strict = r.Strict.Add(s.Strict)
		r.Relaxed = r.Relaxed.Add(s.Relaxed)
		r.Type = r.Type.Add(s.Type)
		r.TypeF1 = r.TypeF1.Add(s.TypeF1)
		r.Value = r.Value.Add(s.Value)
		r.Misses = append(r.Misses, s.Misses...)
	}
	return r
}

// ScoreTimex scores the predicted expressions of one document.
func ScoreTimex(d *TimexDoc, pred []TimexSpan) TimeMLReport {
	kept := make([]TimexSpan, 0, len(pred))
	for _, p := range pred {
		if !slices.ContainsFunc(d.Exclude, func(x TimexSpan) bool { return timexOverlap(x, p) > 0 }) {
			kept = append(kept, p)
		}
	}
	pred = kept
	type pair struct{ g, p, ov int }
	var pairs []pair
	for gi, g := range d.Gold {
		for pi, p := range pred {
			if ov := timexOverlap(g, p); ov > 0 {
				if g.Start == p.Start && g.End == p.End {
					ov = 1 << 30
				}
				pairs = append(pairs, pair{gi, pi, ov})
			}
		}
	}
	slices.SortStableFunc(pairs, func(a, b pair) int { return b.ov - a.ov })
	gold2pred := make([]int, len(d.Gold))
	pred2gold := make([]int, len(pred))
	for i := range gold2pred {
		gold2pred[i] = -1
	}
	for i := range pred2gold {
		pred2gold[i] = -1
	}
	for _, p := range pairs {
		if gold2pred[p.g] < 0 && pred2gold[p.p] < 0 {
			gold2pred[p.g], pred2gold[p.p] = p.p, p.g
		}
	}
	var r TimeMLReport
	r.Docs = 1
	matched, strict, types, values := 0, 0, 0, 0
	for gi, pi := range gold2pred {
		g := d.Gold[gi]
		if pi < 0 {
			r.Misses = append(r.Misses, d.miss(&g, nil))
			continue
		}
		p := pred[pi]
		matched++
		if g.Start == p.Start && g.End == p.End {
			strict++
		}
		if strings.EqualFold(g.Type, p.Type) {
			types++
		}
		if g.Value == p.Value {
			values++
		}
		if g.Value != p.Value || !strings.EqualFold(g.Type, p.Type) || g.Start != p.Start || g.End != p.End {
			r.Misses = append(r.Misses, d.miss(&g, &p))
		}
	}
	for pi, gi := range pred2gold {
		if gi < 0 {
			p := pred[pi]
			r.Misses = append(r.Misses, d.miss(nil, &p))
		}
	}
	r.Strict = NewPRF(len(pred), len(d.Gold), strict)
	r.Relaxed = NewPRF(len(pred), len(d.Gold), matched)
	r.Type = NewRatio(types, matched)
	r.TypeF1 = NewPRF(len(pred), len(d.Gold), types)
	r.Value = NewPRF(len(pred), len(d.Gold), values)
	return r
}

// timexOverlap returns the number of bytes a and b share.
func timexOverlap(a, b TimexSpan) int { return max(0, min(a.End, b.End)-max(a.Start, b.Start)) }

// miss describes a gold or predicted expression that is not fully right.
func (d *TimexDoc) miss(g, p *TimexSpan) Timex {
	t := Timex{Doc: d.ID, Gold: g, Pred: p}
	start, end := len(d.Text), 0
	if g != nil {
		t.GoldText = d.Text[g.Start:g.End]
		start, end = min(start, g.Start), max(end, g.End)
	}
	if p != nil {
		t.PredText = d.Text[p.Start:p.End]
		start, end = min(start, p.Start), max(end, p.End)
	}
	lo, hi := max(0, start-60), min(len(d.Text), end+40)
	for lo > 0 && !timexRuneStart(d.Text[lo]) {
		lo--
	}
	for hi < len(d.Text) && !timexRuneStart(d.Text[hi]) {
		hi++
	}
	t.Context = strings.Join(strings.Fields(d.Text[lo:start]+"["+d.Text[start:end]+"]"+d.Text[end:hi]), " ")
	return t
}

func timexRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// WriteTable prints r as an aligned table.
func (r *TimeMLReport) WriteTable(w io.Writer) error {
	fmt.Fprintf(w, "TimeML %s: documents %d\n", r.Dir, r.Docs)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "\tP\tR\tF1\tpred\tgold\tmatch\t")
	for _, row := range []struct {
		name string
		prf  PRF
	}{
		{"strict extent", r.Strict},
		{"relaxed extent", r.Relaxed},
		{"type", r.TypeF1},
		{"value", r.Value},
	} {
		fmt.Fprintf(tw, "%-*s\t%s\t%d\t%d\t%d\t\n", nameWidth, row.name, prfCells(row.prf), row.prf.Predicted, row.prf.Gold, row.prf.Matched)
	}
	fmt.Fprintf(tw, "%-*s\t\t\t%.3f\t\t%d\t%d\t\n", nameWidth, "type accuracy", r.Type.Value, r.Type.Total, r.Type.Right)
	return tw.Flush()
}

// WriteMisses prints the expressions that are not fully right, one a line:
// the document, gold and predicted text, type and value, and the context.
func (r *TimeMLReport) WriteMisses(w io.Writer) error {
	for _, m := range r.Misses {
		g, p := "-", "-"
		if m.Gold != nil {
			g = fmt.Sprintf("%q %s %s", m.GoldText, m.Gold.Type, m.Gold.Value)
		}
		if m.Pred != nil {
			p = fmt.Sprintf("%q %s %s", m.PredText, m.Pred.Type, m.Pred.Value)
		}
		if _, err := fmt.Fprintf(w, "%s\tgold %s\tpred %s\t%s\n", m.Doc, g, p, m.Context); err != nil {
			return err
		}
	}
	return nil
}
