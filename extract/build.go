package extract

import (
	"fmt"

	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/event"
	"github.com/newsgraph/newsgraph/syntax"
	"github.com/newsgraph/newsgraph/text"
)

// builder assembles a record from the stages' output, converting byte
// offsets into code-point offsets once, through one index.
type builder struct {
	src      string
	runes    *text.Index
	headline string
	// published is the article's date and basis its origin; "" until
	// given or inferred.
	published, basis string
	opt              event.Options
	syn              syntax.Sentences // nil: patterns alone
	ents             []newsgraph.Entity
	quotes           []newsgraph.Quote
	times            []newsgraph.Time
	events           []newsgraph.Event
	diags            []newsgraph.Diagnostic
}

func newBuilder(src, published string) *builder {
	b := &builder{src: src, runes: text.NewIndex(src), ents: []newsgraph.Entity{}, quotes: []newsgraph.Quote{}, times: []newsgraph.Time{}, events: []newsgraph.Event{}}
	if published != "" {
		b.published, b.basis = published, newsgraph.BasisGiven
	}
	return b
}

func (b *builder) span(start, end int) newsgraph.Span {
	return newsgraph.Span{Start: b.runes.Rune(start), End: b.runes.Rune(end), Text: b.src[start:end]}
}

func (b *builder) diag(stage string, off int, msg string) {
	o := -1
	if off >= 0 {
		o = b.runes.Rune(off)
	}
	b.diags = append(b.diags, newsgraph.Diagnostic{Stage: stage, Offset: o, Message: msg})
}

// chunk runs the stages over one chunk and adds what they found.
func (b *builder) chunk(c chunk) {
	st, date, inferred := run(c.text, b.published, b.opt, b.syn)
	if inferred {
		b.published, b.basis = date, newsgraph.BasisInferred
	}
	doc, set, quotes, diags := st.doc, st.ents, st.quotes, st.diags
	// Times get ids in text order; quotes refer to the dates among them.
	dateIDs := make([]string, 0, len(st.times))
	for _, e := range st.times {
		id := fmt.Sprintf("T%d", len(b.times)+1)
		b.times = append(b.times, newsgraph.Time{ID: id, Type: e.Type, Value: e.Value, Span: b.span(c.base+e.Start, c.base+e.End)})
		if dating(e) {
			dateIDs = append(dateIDs, id)
		}
	}
	if b.headline == "" && c.base == 0 && len(doc.Sentences) > 0 && doc.Sentences[0].Headline {
		s := doc.Sentences[0]
		b.headline = c.text[s.Start:s.End]
	}
	for _, d := range diags {
		b.diag("quote", c.base+d.Offset, d.Message)
	}
	// Entities with at least one mention get ids in order of first mention.
	ids := make([]string, len(set.Entities))
	first := len(b.ents)
	for _, m := range set.Mentions {
		if ids[m.Entity] == "" {
			ids[m.Entity] = fmt.Sprintf("E%d", len(b.ents)+1)
			e := set.Entities[m.Entity]
			b.ents = append(b.ents, newsgraph.Entity{ID: ids[m.Entity], Name: e.Name, Type: e.Type, Roles: []newsgraph.Role{}, Mentions: []newsgraph.Span{}})
		}
	}
	for i, e := range set.Entities {
		if ids[i] == "" {
			continue
		}
		out := b.entity(ids[i], first)
		for _, mi := range e.Mentions {
			m := set.Mentions[mi]
			out.Mentions = append(out.Mentions, b.span(c.base+m.Start, c.base+m.End))
		}
		for _, r := range e.Roles {
			role := newsgraph.Role{Title: r.Title}
			if r.Of >= 0 && ids[r.Of] != "" {
				of := ids[r.Of]
				role.Of = &of
			}
			out.Roles = append(out.Roles, role)
		}
	}
	ref := func(e int) *string {
		if e < 0 || ids[e] == "" {
			return nil
		}
		id := ids[e]
		return &id
	}
	for _, q := range quotes {
		out := newsgraph.Quote{
			ID:         fmt.Sprintf("Q%d", len(b.quotes)+1),
			Kind:       q.Kind,
			Speaker:    ref(q.Speaker),
			Via:        []string{},
			Place:      ref(q.Place),
			Confidence: q.Confidence,
		}
		if q.Time >= 0 {
			out.Time = &dateIDs[q.Time]
		}
		for _, f := range q.Fragments {
			out.Fragments = append(out.Fragments, b.span(c.base+f.Start, c.base+f.End))
		}
		out.Span = out.Fragments[0]
		out.Text = out.Span.Text
		if len(out.Fragments) == 1 {
			out.Fragments = nil
		}
		if q.SpeakerMention.Valid() {
			s := b.span(c.base+q.SpeakerMention.Start, c.base+q.SpeakerMention.End)
			out.SpeakerMention = &s
		}
		if q.Cue.Valid() {
			s := b.span(c.base+q.Cue.Start, c.base+q.Cue.End)
			out.Cue = &s
		}
		for _, v := range q.Via {
			if id := ref(v); id != nil {
				out.Via = append(out.Via, *id)
			}
		}
		if q.Setting != "" {
			s := q.Setting
			out.Setting = &s
		}
		b.quotes = append(b.quotes, out)
	}
	b.addEvents(c, st.events, ref, dateIDs)
}

// addEvents adds the events of a chunk, with ids for their entities and
// dates.
func (b *builder) addEvents(c chunk, events []event.Event, ref func(int) *string, dateIDs []string) {
	// ids maps entity indices to record ids, keeping codes parallel.
	ids := func(es []int, codes []string) (out, outCodes []string) {
		out = []string{}
		for i, e := range es {
			if id := ref(e); id != nil {
				out = append(out, *id)
				if i < len(codes) {
					outCodes = append(outCodes, codes[i])
				}
			}
		}
		return out, outCodes
	}
	for _, e := range events {
		out := newsgraph.Event{
			ID:         fmt.Sprintf("V%d", len(b.events)+1),
			Type:       e.Type,
			Mode:       e.Mode,
			Context:    e.Context,
			Aux:        e.Aux,
			Cameo:      e.Cameo,
			Goldstein:  e.Goldstein,
			QuadClass:  e.QuadClass,
			Place:      ref(e.Place),
			Evidence:   []newsgraph.Span{},
			Confidence: e.Confidence,
		}
		out.Actors, out.ActorCodes = ids(e.Actors, e.ActorCodes)
		out.Targets, out.TargetCodes = ids(e.Targets, e.TargetCodes)
		if e.Time >= 0 {
			out.Time = &dateIDs[e.Time]
		}
		for _, ev := range e.Evidence {
			out.Evidence = append(out.Evidence, b.span(c.base+ev.Start, c.base+ev.End))
		}
		b.events = append(b.events, out)
	}
}

// entity returns the record entity with the given id, created by chunk.
func (b *builder) entity(id string, first int) *newsgraph.Entity {
	for i := first; i < len(b.ents); i++ {
		if b.ents[i].ID == id {
			return &b.ents[i]
		}
	}
	panic("extract: entity " + id + " not built")
}

func (b *builder) record() *newsgraph.Record {
	return &newsgraph.Record{
		Schema:      newsgraph.Schema,
		Extractor:   newsgraph.Extractor{Name: "newsgraph", Version: newsgraph.Version},
		Entities:    b.ents,
		Quotes:      b.quotes,
		Times:       b.times,
		Events:      b.events,
		Diagnostics: b.diags,
	}
}
