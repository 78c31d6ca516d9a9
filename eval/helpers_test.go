package eval

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// at returns the span of the n-th (0-based) occurrence of s in text, in
// code points.
func at(t testing.TB, text, s string, n int) newsgraph.Span {
	t.Helper()
	off := 0
	for i := 0; ; i++ {
		k := strings.Index(text[off:], s)
		if k < 0 {
			t.Fatalf("%q: occurrence %d not in text", s, n)
		}
		if i == n {
			start := utf8.RuneCountInString(text[:off+k])
			return newsgraph.Span{Start: start, End: start + utf8.RuneCountInString(s), Text: s}
		}
		off += k + len(s)
	}
}

// ptr returns a pointer to a copy of v.
func ptr[T any](v T) *T { return &v }

// polnearRecord converts the gold attributions of a to a record, as a
// perfect extractor would produce it.
func polnearRecord(a *PolNeARArticle) *newsgraph.Record {
	rec := &newsgraph.Record{Schema: newsgraph.Schema, Article: newsgraph.Article{ID: a.ID, Text: a.Text}}
	for i, at := range a.Attributions {
		if len(at.Content) == 0 {
			continue
		}
		content := ourConvention(at.Content, []rune(a.Text))
		q := newsgraph.Quote{ID: fmt.Sprintf("Q%d", i+1), Kind: newsgraph.Indirect, Span: content[0]}
		var texts []string
		for _, f := range content {
			texts = append(texts, f.Text)
		}
		q.Text = strings.Join(texts, " ")
		if len(content) > 1 {
			q.Fragments = content
		}
		if len(at.Source) > 0 {
			q.SpeakerMention = &at.Source[0]
		}
		if len(at.Cue) > 0 {
			q.Cue = &at.Cue[0]
		}
		rec.Quotes = append(rec.Quotes, q)
	}
	return rec
}

// goldRecord converts a gold article to a record, as a perfect extractor
// would produce it.
func goldRecord(g *GoldArticle) *newsgraph.Record {
	rec := &newsgraph.Record{Schema: newsgraph.Schema, Article: newsgraph.Article{ID: g.ID, Text: g.Text}}
	f := newFinder(g.Text)
	runes := []rune(g.Text)
	spanOf := func(s string) newsgraph.Span {
		if occ := f.find(s); len(occ) > 0 {
			return newsgraph.Span{Start: occ[0].start, End: occ[0].end, Text: string(runes[occ[0].start:occ[0].end])}
		}
		return newsgraph.Span{Text: s}
	}
	entity := func(name string) *string {
		for _, e := range rec.Entities {
			if normName(e.Name) == normName(name) {
				return &e.ID
			}
		}
		id := fmt.Sprintf("E%d", len(rec.Entities)+1)
		rec.Entities = append(rec.Entities, newsgraph.Entity{ID: id, Name: name, Type: newsgraph.Other})
		return &id
	}
	timeOf := func(value *string) *string {
		if value == nil {
			return nil
		}
		for _, t := range rec.Times {
			if t.Value == *value {
				return &t.ID
			}
		}
		id := fmt.Sprintf("T%d", len(rec.Times)+1)
		rec.Times = append(rec.Times, newsgraph.Time{ID: id, Value: *value})
		return &id
	}
	for _, ge := range g.Entities {
		e := newsgraph.Entity{ID: fmt.Sprintf("E%d", len(rec.Entities)+1), Name: ge.Name, Type: newsgraph.EntityType(ge.Type)}
		for _, s := range append([]string{ge.Name}, ge.Aliases...) {
			e.Mentions = append(e.Mentions, spanOf(s))
		}
		rec.Entities = append(rec.Entities, e)
	}
	for _, gt := range g.Times {
		rec.Times = append(rec.Times, newsgraph.Time{ID: fmt.Sprintf("T%d", len(rec.Times)+1), Type: gt.Type, Value: gt.Value, Span: spanOf(gt.Text)})
	}
	for i, gq := range g.Quotes {
		q := newsgraph.Quote{ID: fmt.Sprintf("Q%d", i+1), Kind: gq.Kind, Text: gq.Text, Time: timeOf(gq.Date), Setting: gq.Setting}
		if occ := f.findSplit(gq.Text); len(occ) > 0 {
			for _, iv := range occ[0] {
				q.Fragments = append(q.Fragments, newsgraph.Span{Start: iv.start, End: iv.end, Text: string(runes[iv.start:iv.end])})
			}
			q.Span = q.Fragments[0]
			if len(q.Fragments) == 1 {
				q.Fragments = nil
			}
		}
		if gq.Speaker != nil {
			q.Speaker = entity(*gq.Speaker)
		}
		if gq.Cue != nil {
			q.Cue = ptr(spanOf(*gq.Cue))
		}
		if gq.Place != nil {
			q.Place = entity(*gq.Place)
		}
		for _, v := range gq.Via {
			q.Via = append(q.Via, *entity(v))
		}
		rec.Quotes = append(rec.Quotes, q)
	}
	for i, ge := range g.Events {
		e := newsgraph.Event{ID: fmt.Sprintf("V%d", i+1), Type: ge.Type, Time: timeOf(ge.Date)}
		for _, a := range ge.Actors {
			e.Actors = append(e.Actors, *entity(a))
		}
		for _, a := range ge.Targets {
			e.Targets = append(e.Targets, *entity(a))
		}
		rec.Events = append(rec.Events, e)
	}
	return rec
}

// ourConvention redraws gold content fragments the way our records draw
// them: without a leading "that " and without enclosing quotation marks.
func ourConvention(frags []newsgraph.Span, text []rune) []newsgraph.Span {
	out := make([]newsgraph.Span, len(frags))
	for k, f := range frags {
		if k == 0 && f.End-f.Start > 5 && strings.EqualFold(string(text[f.Start:f.Start+5]), "that ") {
			f.Start += 5
		}
		if n := markAt(text, f.Start); n > 0 && f.End-f.Start > 2*n {
			if m := markBefore(text, f.End); m > 0 {
				f.Start, f.End = f.Start+n, f.End-m
			}
		}
		f.Text = string(text[f.Start:f.End])
		out[k] = f
	}
	return out
}
