package http

import (
	"sort"
	"strings"

	newsgraph "github.com/newsgraph/newsgraph"
)

// mark is one highlighted span of an article's text: code-point offsets,
// end exclusive, the layer it belongs to and the record item it shows.
type mark struct {
	start, end int
	class      string // quote, speaker, cue, time, event
	ref        string // the record id: Q2, T1, V1
	title      string
}

// segment is a run of text under the same marks.
type segment struct {
	Text   string
	Class  string // the layers' classes, space-separated; "" for plain text
	Anchor string // an element id where a mark starts, for links to it
	Ref    string // the record ids of the marks, space-separated
	Title  string
}

// marks lists every quote, speaker, cue, time and event evidence of a
// record as marks.
func marks(rec *newsgraph.Record) []mark {
	var out []mark
	name := func(id *string) string {
		if id == nil {
			return ""
		}
		if e := rec.EntityByID(*id); e != nil {
			return e.Name
		}
		return *id
	}
	for _, q := range rec.Quotes {
		spans := q.Fragments
		if len(spans) == 0 {
			spans = []newsgraph.Span{q.Span}
		}
		title := q.ID + " · " + q.Kind + " quote"
		if sp := name(q.Speaker); sp != "" {
			title += " by " + sp
		}
		for _, s := range spans {
			out = append(out, mark{s.Start, s.End, "quote", q.ID, title})
		}
		if q.SpeakerMention != nil {
			out = append(out, mark{q.SpeakerMention.Start, q.SpeakerMention.End, "speaker", q.ID, "speaker of " + q.ID + ": " + name(q.Speaker)})
		}
		if q.Cue != nil {
			out = append(out, mark{q.Cue.Start, q.Cue.End, "cue", q.ID, "cue of " + q.ID})
		}
	}
	for _, t := range rec.Times {
		out = append(out, mark{t.Span.Start, t.Span.End, "time", t.ID, t.ID + " · " + t.Type + " " + t.Value})
	}
	for _, e := range rec.Events {
		for _, s := range e.Evidence {
			out = append(out, mark{s.Start, s.End, "event", e.ID, e.ID + " · " + e.Type + " (" + quadName(e.QuadClass) + ")"})
		}
	}
	return out
}

// highlight cuts text into segments at every mark's edges. Marks that
// fall outside the text are clipped; overlapping marks give a segment
// several classes.
func highlight(text string, ms []mark) []segment {
	runes := []rune(text)
	n := len(runes)
	cuts := []int{0, n}
	for i := range ms {
		ms[i].start = min(max(ms[i].start, 0), n)
		ms[i].end = min(max(ms[i].end, ms[i].start), n)
		cuts = append(cuts, ms[i].start, ms[i].end)
	}
	sort.Ints(cuts)
	anchored := map[string]bool{}
	var out []segment
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		if a == b {
			continue
		}
		seg := segment{Text: string(runes[a:b])}
		var classes, refs, titles []string
		for _, m := range ms {
			if m.start <= a && b <= m.end && m.start < m.end {
				classes = appendNew(classes, m.class)
				refs = appendNew(refs, m.ref)
				titles = appendNew(titles, m.title)
				key := m.class + ":" + m.ref
				if !anchored[key] && seg.Anchor == "" {
					anchored[key] = true
					seg.Anchor = "m-" + m.class + "-" + m.ref
				}
			}
		}
		seg.Class, seg.Ref, seg.Title = strings.Join(classes, " "), strings.Join(refs, " "), strings.Join(titles, "\n")
		out = append(out, seg)
	}
	return out
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
