package http

import (
	"strconv"
	"time"

	newsgraph "github.com/newsgraph/newsgraph"
)

// Plots are drawn as SVG by the templates from the shapes computed here:
// numbers and classes only, so nothing in them needs escaping.

// svgPlot is a plot's frame and shapes.
type svgPlot struct {
	Width, Height int
	Rects         []svgRect
	Dots          []svgDot
	Labels        []svgLabel
	Axis          int // y of the zero line or time axis
}

type svgRect struct {
	X, Y, W, H int
	Class      string
	Title      string
}

type svgDot struct {
	X, Y  int
	Class string
	Title string
	URL   string
}

type svgLabel struct {
	X, Y   int
	Text   string
	Anchor string
}

// monthPlot draws cooperation above and conflict below a zero line, one
// pair of bars per month.
func monthPlot(ms []MonthCount) *svgPlot {
	if len(ms) == 0 {
		return nil
	}
	p := &svgPlot{Width: 640, Height: 220, Axis: 110}
	peak := 1
	for _, m := range ms {
		peak = max(peak, m.Cooperation, m.Conflict)
	}
	const left, right, half = 40, 10, 90
	step := (p.Width - left - right) / len(ms)
	w := max(step*2/3, 2)
	for i, m := range ms {
		x := left + i*step + (step-w)/2
		hc := m.Cooperation * half / peak
		hf := m.Conflict * half / peak
		p.Rects = append(p.Rects,
			svgRect{X: x, Y: p.Axis - hc, W: w, H: hc, Class: "coop", Title: m.Month + ": " + strconv.Itoa(m.Cooperation) + " cooperation"},
			svgRect{X: x, Y: p.Axis, W: w, H: hf, Class: "conflict", Title: m.Month + ": " + strconv.Itoa(m.Conflict) + " conflict"})
		if len(ms) <= 12 || i%((len(ms)+11)/12) == 0 {
			p.Labels = append(p.Labels, svgLabel{X: x + w/2, Y: p.Height - 2, Text: m.Month, Anchor: "middle"})
		}
	}
	p.Labels = append(p.Labels,
		svgLabel{X: left - 4, Y: p.Axis - half + 10, Text: strconv.Itoa(peak), Anchor: "end"},
		svgLabel{X: left - 4, Y: p.Axis + 4, Text: "0", Anchor: "end"},
		svgLabel{X: left - 4, Y: p.Axis + half, Text: strconv.Itoa(peak), Anchor: "end"})
	return p
}

// eventTimeline places events on a time axis, coloured by quad class and
// stacked when they share a day; events without a date are left out.
func eventTimeline(events []newsgraph.EventHit) *svgPlot {
	var first, last time.Time
	dates := make([]time.Time, len(events))
	for i, e := range events {
		if len(e.Date) < 10 {
			continue
		}
		t, err := time.Parse("2006-01-02", e.Date[:10])
		if err != nil {
			continue
		}
		dates[i] = t
		if first.IsZero() || t.Before(first) {
			first = t
		}
		if t.After(last) {
			last = t
		}
	}
	if first.IsZero() {
		return nil
	}
	p := &svgPlot{Width: 640, Height: 120, Axis: 90}
	const left, right = 20, 20
	span := last.Sub(first).Hours()
	stack := map[int]int{}
	for i, e := range events {
		if dates[i].IsZero() {
			continue
		}
		x := left + (p.Width-left-right)/2
		if span > 0 {
			x = left + int(dates[i].Sub(first).Hours()/span*float64(p.Width-left-right))
		}
		y := p.Axis - 10 - 14*stack[x]
		stack[x]++
		url := ""
		if len(e.Articles) > 0 {
			url = "/articles/" + pathEscape(e.Articles[0])
		}
		p.Dots = append(p.Dots, svgDot{X: x, Y: max(y, 6), Class: "quad" + strconv.Itoa(e.QuadClass%5),
			Title: e.Date + " " + e.Type + " (" + quadName(e.QuadClass) + ")", URL: url})
	}
	p.Labels = []svgLabel{
		{X: left, Y: p.Height - 8, Text: first.Format("2006-01-02"), Anchor: "start"},
		{X: p.Width - right, Y: p.Height - 8, Text: last.Format("2006-01-02"), Anchor: "end"},
	}
	return p
}

// quoteMonths counts quotes per month of publication, for a person's
// statements over time.
func quoteMonths(quotes []newsgraph.QuoteHit) []MonthCount {
	var out []MonthCount
	idx := map[string]int{}
	for _, q := range quotes {
		if len(q.Published) < 7 {
			continue
		}
		m := q.Published[:7]
		i, ok := idx[m]
		if !ok {
			i = len(out)
			idx[m] = i
			out = append(out, MonthCount{Month: m})
		}
		out[i].Cooperation++
	}
	sortMonths(out)
	return out
}
