package http

import (
	"context"
	nethttp "net/http"
	"strings"

	newsgraph "github.com/newsgraph/newsgraph"
)

// Dyad is what a store knows of two actors together: the events between
// them and what each said about the other.
type Dyad struct {
	A       DyadActor                `json:"a"`
	B       DyadActor                `json:"b"`
	Events  Page[newsgraph.EventHit] `json:"events"`
	AAboutB Page[newsgraph.QuoteHit] `json:"a_about_b"`
	BAboutA Page[newsgraph.QuoteHit] `json:"b_about_a"`
	Months  []MonthCount             `json:"months"` // over this page of events
}

// DyadActor is one side of a dyad: the entity when the store knows it,
// else the name asked for.
type DyadActor struct {
	Query  string               `json:"query"`
	Name   string               `json:"name"`
	Entity *newsgraph.EntityHit `json:"entity,omitempty"`
}

// MonthCount counts a month's events by PLOVER quad class: cooperation
// (classes 1 and 2) and conflict (3 and 4), with their Goldstein sums.
type MonthCount struct {
	Month       string  `json:"month"` // YYYY-MM
	Cooperation int     `json:"cooperation"`
	Conflict    int     `json:"conflict"`
	Goldstein   float64 `json:"goldstein"`
}

// actor resolves one side of a dyad.
func (s *Server) actor(ctx context.Context, q string) (DyadActor, error) {
	a := DyadActor{Query: q, Name: q}
	e, err := s.Queries.Entity(ctx, q)
	switch {
	case err == nil:
		a.Entity, a.Name = e, e.Name
	case newsgraph.ErrorCode(err) != newsgraph.ENOTFOUND:
		return a, err
	default:
		// A name: take the entity of exactly that name, if one.
		hits, err := s.Queries.Entities(ctx, newsgraph.Filter{Entity: q, Limit: 2})
		if err != nil {
			return a, err
		}
		for i := range hits {
			if newsgraph.NameKey(hits[i].Name) == newsgraph.NameKey(q) {
				a.Entity, a.Name = &hits[i], hits[i].Name
				break
			}
		}
	}
	return a, nil
}

// dyad answers the dyad of ?a= and ?b= (names, aliases or entity ids).
func (s *Server) dyad(r *nethttp.Request) (*Dyad, error) {
	q := r.URL.Query()
	an, bn := strings.TrimSpace(q.Get("a")), strings.TrimSpace(q.Get("b"))
	if an == "" || bn == "" {
		return nil, newsgraph.Errorf(newsgraph.EINVALID, "dyad: name two actors with ?a= and ?b=")
	}
	f, p, err := request(r)
	if err != nil {
		return nil, err
	}
	ctx := r.Context()
	d := &Dyad{}
	if d.A, err = s.actor(ctx, an); err != nil {
		return nil, err
	}
	if d.B, err = s.actor(ctx, bn); err != nil {
		return nil, err
	}
	ef := f
	ef.Text, ef.Actor, ef.Target, ef.Dyad = "", an, bn, true
	events, err := s.Queries.Events(ctx, ef)
	if err != nil {
		return nil, err
	}
	d.Events = newPage(r, events, p)
	d.Months = months(d.Events.Items)
	about := func(speaker string, other DyadActor) (Page[newsgraph.QuoteHit], error) {
		qf := f
		qf.Speaker, qf.Text = speaker, other.Name
		hits, err := s.Queries.Quotes(ctx, qf)
		return newPage(r, hits, p), err
	}
	if d.AAboutB, err = about(an, d.B); err != nil {
		return nil, err
	}
	if d.BAboutA, err = about(bn, d.A); err != nil {
		return nil, err
	}
	return d, nil
}

// months counts events per month, in month order; events without a date
// are left out.
func months(events []newsgraph.EventHit) []MonthCount {
	var out []MonthCount
	idx := map[string]int{}
	for _, e := range events {
		if len(e.Date) < 7 {
			continue
		}
		m := e.Date[:7]
		i, ok := idx[m]
		if !ok {
			i = len(out)
			idx[m] = i
			out = append(out, MonthCount{Month: m})
		}
		switch e.QuadClass {
		case 1, 2:
			out[i].Cooperation++
		case 3, 4:
			out[i].Conflict++
		}
		out[i].Goldstein += e.Goldstein
	}
	sortMonths(out)
	return out
}

func sortMonths(ms []MonthCount) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Month < ms[j-1].Month; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// GET /api/dyad?a=&b=
func (s *Server) apiDyad(w nethttp.ResponseWriter, r *nethttp.Request) {
	d, err := s.dyad(r)
	if err != nil {
		apiError(w, r, err)
		return
	}
	writeJSON(w, nethttp.StatusOK, d)
}
