package http

import (
	"context"
	nethttp "net/http"
	"sort"

	newsgraph "github.com/newsgraph/newsgraph"
)

// TimelineEntry is one line of an entity's timeline: a quote of theirs or
// an event they took part in.
type TimelineEntry struct {
	Date  string              `json:"date"`
	Kind  string              `json:"kind"` // quote or event
	Quote *newsgraph.QuoteHit `json:"quote,omitempty"`
	Event *newsgraph.EventHit `json:"event,omitempty"`
}

// timeline merges an entity's quotes and events in date order. Each list
// comes from the store in date order, so the first f.Limit entries of the
// merge are among the first f.Limit of each.
func (s *Server) timeline(ctx context.Context, f newsgraph.Filter) ([]TimelineEntry, error) {
	qf := f
	qf.Speaker, qf.Entity = f.Entity, ""
	quotes, err := s.Queries.Quotes(ctx, qf)
	if err != nil {
		return nil, err
	}
	ef := f
	ef.Text = ""
	events, err := s.Queries.Events(ctx, ef)
	if err != nil {
		return nil, err
	}
	out := make([]TimelineEntry, 0, len(quotes)+len(events))
	for i := range quotes {
		out = append(out, TimelineEntry{Date: quotes[i].Published, Kind: "quote", Quote: &quotes[i]})
	}
	for i := range events {
		out = append(out, TimelineEntry{Date: events[i].Date, Kind: "event", Event: &events[i]})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Date < out[j].Date })
	if f.Limit > 0 && len(out) > f.Limit {
		out = out[:f.Limit]
	}
	return out, nil
}

// GET /api/timeline?entity=
func (s *Server) apiTimeline(w nethttp.ResponseWriter, r *nethttp.Request) {
	f, _, err := request(r)
	if err == nil && f.Entity == "" {
		err = newsgraph.Errorf(newsgraph.EINVALID, "timeline: name an entity with ?entity=")
	}
	if err != nil {
		apiError(w, r, err)
		return
	}
	list(w, r, s.timeline)
}
