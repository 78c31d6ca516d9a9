package eval

import (
	"fmt"
	"io"
	"text/tabwriter"
)

// PRF is a matching count with its precision, recall and F1. Build it with
// NewPRF or Add so that the ratios agree with the counts. A ratio whose
// denominator is zero is 0.
type PRF struct {
	Predicted int     `json:"predicted"`
	Gold      int     `json:"gold"`
	Matched   int     `json:"matched"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// NewPRF returns the PRF of matched items out of predicted and gold ones.
func NewPRF(predicted, gold, matched int) PRF {
	p, r := ratio(matched, predicted), ratio(matched, gold)
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return PRF{Predicted: predicted, Gold: gold, Matched: matched, Precision: p, Recall: r, F1: f}
}

// Add returns the micro-averaged sum of a and b.
func (a PRF) Add(b PRF) PRF {
	return NewPRF(a.Predicted+b.Predicted, a.Gold+b.Gold, a.Matched+b.Matched)
}

// Ratio is a share of right answers.
type Ratio struct {
	Right int     `json:"right"`
	Total int     `json:"total"`
	Value float64 `json:"value"`
}

// NewRatio returns right out of total.
func NewRatio(right, total int) Ratio {
	return Ratio{Right: right, Total: total, Value: ratio(right, total)}
}

// Add returns the sum of a and b.
func (a Ratio) Add(b Ratio) Ratio { return NewRatio(a.Right+b.Right, a.Total+b.Total) }

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

// Report is the result of an evaluation run over several corpora; it is
// what `newsgraph eval --json` prints.
type Report struct {
	PolNeAR []*PolNeARReport `json:"polnear,omitempty"`
	Gold    []*GoldReport    `json:"gold,omitempty"`
}

// PolNeARReport is the score of an extractor on a PolNeAR split.
type PolNeARReport struct {
	Dir      string         `json:"dir"`
	Articles int            `json:"articles"`
	Errors   []ArticleError `json:"errors"`
	AttributionScore
	PerArticle []PolNeARArticleScore `json:"per_article"`
}

// PolNeARArticleScore is the score of one PolNeAR article.
type PolNeARArticleScore struct {
	ID string `json:"id"`
	AttributionScore
}

// GoldReport is the score of an extractor on a directory of
// newsgraph-gold/1 files.
type GoldReport struct {
	Dir      string         `json:"dir"`
	Articles int            `json:"articles"`
	Errors   []ArticleError `json:"errors"`
	GoldScore
	PerArticle []GoldScore `json:"per_article"`
}

// WriteTable prints every corpus of r as an aligned table.
func (r *Report) WriteTable(w io.Writer) error {
	for i, p := range r.PolNeAR {
		if i > 0 {
			fmt.Fprintln(w)
		}
		if err := p.WriteTable(w); err != nil {
			return err
		}
	}
	for i, g := range r.Gold {
		if i > 0 || len(r.PolNeAR) > 0 {
			fmt.Fprintln(w)
		}
		if err := g.WriteTable(w); err != nil {
			return err
		}
	}
	return nil
}

// WriteTable prints the six headline numbers of r (exact source, cue and
// content, lenient content, speaker accuracy) as an aligned table.
func (r *PolNeARReport) WriteTable(w io.Writer) error {
	fmt.Fprintf(w, "PolNeAR %s: articles %d, extraction errors %d, nested quotes dropped %d\n",
		r.Dir, r.Articles, len(r.Errors), r.Dropped)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "\tP\tR\tF1\tpred\tgold\tmatch\t")
	for _, row := range []struct {
		name string
		prf  PRF
	}{
		{"source exact", r.Source},
		{"cue exact", r.Cue},
		{"content exact", r.Content},
		{"content lenient", r.Lenient},
	} {
		fmt.Fprintf(tw, "%-*s\t%s\t%d\t%d\t%d\t\n", nameWidth, row.name, prfCells(row.prf), row.prf.Predicted, row.prf.Gold, row.prf.Matched)
	}
	fmt.Fprintf(tw, "%-*s\t\t\t%.3f\t\t%d\t%d\t\n", nameWidth, "speaker accuracy", r.Speaker.Value, r.Speaker.Total, r.Speaker.Right)
	if err := tw.Flush(); err != nil {
		return err
	}
	return writeErrors(w, r.Errors)
}

// WriteTable prints the quote, entity, time and event scores of r as an
// aligned table.
func (r *GoldReport) WriteTable(w io.Writer) error {
	fmt.Fprintf(w, "Gold %s: articles %d, extraction errors %d\n", r.Dir, r.Articles, len(r.Errors))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "\tP\tR\tF1\tpred\tgold\tmatch\t")
	q := r.Quotes
	fmt.Fprintf(tw, "%-*s\t%s\t%d\t%d\t%d\t\n", nameWidth, "quotes found", prfCells(q.Match), q.Match.Predicted, q.Match.Gold, q.Match.Matched)
	for _, row := range []struct {
		name string
		n    int
	}{
		{"right speaker", q.Speaker}, {"right cue", q.Cue}, {"right kind", q.Kind},
		{"right via", q.Via}, {"right date", q.Date}, {"right place", q.Place},
	} {
		fmt.Fprintf(tw, "%-*s\t\t%.3f\t\t\t%d\t%d\t\n", nameWidth, "  "+row.name, ratio(row.n, q.Match.Gold), q.Match.Gold, row.n)
	}
	e := r.Entities
	fmt.Fprintf(tw, "%-*s\t\t%.3f\t\t%d\t%d\t%d\t\n", nameWidth, "entities found", ratio(e.Found, e.Gold), e.Predicted, e.Gold, e.Found)
	fmt.Fprintf(tw, "%-*s\t\t%.3f\t\t\t%d\t%d\t\n", nameWidth, "  aliases found", ratio(e.AliasesFound, e.Aliases), e.Aliases, e.AliasesFound)
	t := r.Times
	fmt.Fprintf(tw, "%-*s\t%s\t%d\t%d\t%d\t\n", nameWidth, "times found", prfCells(t.Match), t.Match.Predicted, t.Match.Gold, t.Match.Matched)
	fmt.Fprintf(tw, "%-*s\t\t%.3f\t\t\t%d\t%d\t\n", nameWidth, "  right value", ratio(t.Value, t.Match.Gold), t.Match.Gold, t.Value)
	v := r.Events
	fmt.Fprintf(tw, "%-*s\t%s\t%d\t%d\t%d\t\n", nameWidth, "events", prfCells(v.Match), v.Match.Predicted, v.Match.Gold, v.Match.Matched)
	fmt.Fprintf(tw, "%-*s\t%s\t%d\t%d\t%d\t\n", nameWidth, "  with date", prfCells(v.WithDate), v.WithDate.Predicted, v.WithDate.Gold, v.WithDate.Matched)
	if err := tw.Flush(); err != nil {
		return err
	}
	return writeErrors(w, r.Errors)
}

// nameWidth is the width of the first column of the tables.
const nameWidth = 18

func prfCells(p PRF) string {
	return fmt.Sprintf("%.3f\t%.3f\t%.3f", p.Precision, p.Recall, p.F1)
}

func writeErrors(w io.Writer, errs []ArticleError) error {
	for _, e := range errs {
		if _, err := fmt.Fprintf(w, "  error %s: %s\n", e.ID, e.Error); err != nil {
			return err
		}
	}
	return nil
}
