package http

import (
	nethttp "net/http"
	"strings"

	newsgraph "github.com/newsgraph/newsgraph"
)

// entityView is a person's or organisation's page: roles, statements
// over time, the events they took part in and who they met.
type entityView struct {
	Entity   *newsgraph.EntityHit
	Quotes   Page[newsgraph.QuoteHit]
	Plot     *svgPlot
	Timeline Page[TimelineEntry]
	Met      []entityRow // counterparts in CONSULT events
	With     []entityRow // others named in the articles that quote them
}

// maxWithArticles bounds the articles read for "appears with".
const maxWithArticles = 20

// GET /entities/{id}[?name=&type=]
func (s *Server) entityPage(w nethttp.ResponseWriter, r *nethttp.Request) {
	ctx := r.Context()
	id := r.PathValue("id")
	e, err := s.Queries.Entity(ctx, id)
	if newsgraph.ErrorCode(err) == newsgraph.ENOTFOUND {
		// An article's entity may have merged under another name.
		q := r.URL.Query()
		if name := q.Get("name"); name != "" {
			hits, ferr := s.Queries.Entities(ctx, newsgraph.Filter{Entity: name, Type: q.Get("type"), Limit: 1})
			if ferr == nil && len(hits) == 1 && hits[0].ID != id {
				nethttp.Redirect(w, r, "/entities/"+pathEscape(hits[0].ID), nethttp.StatusFound)
				return
			}
		}
	}
	if err != nil {
		pageError(w, r, err)
		return
	}
	p, err := pagingOf(r)
	if err != nil {
		pageError(w, r, err)
		return
	}
	v := entityView{Entity: e}
	quotes, err := s.Queries.Quotes(ctx, newsgraph.Filter{Speaker: e.ID, Limit: p.limit()})
	if err != nil {
		pageError(w, r, err)
		return
	}
	v.Quotes = newPage(r, quotes, p)
	v.Plot = monthPlot(quoteMonths(v.Quotes.Items))
	tl, err := s.timeline(ctx, newsgraph.Filter{Entity: e.ID, Limit: p.limit()})
	if err != nil {
		pageError(w, r, err)
		return
	}
	v.Timeline = newPage(r, tl, p)
	met, err := s.Queries.Events(ctx, newsgraph.Filter{Entity: e.ID, Type: "CONSULT", Limit: maxPerPage})
	if err != nil {
		pageError(w, r, err)
		return
	}
	seen := map[string]bool{e.ID: true}
	for _, ev := range met {
		ids := append(append([]string{}, ev.ActorIDs...), ev.TargetIDs...)
		names := append(append([]string{}, ev.Actors...), ev.Targets...)
		for i, x := range ids {
			if !seen[x] && i < len(names) {
				seen[x] = true
				v.Met = append(v.Met, entityRow{ID: x, Name: names[i], URL: "/entities/" + pathEscape(x)})
			}
		}
	}
	v.With = s.appearsWith(r, e, quotes)
	render(w, r, nethttp.StatusOK, "entity", view{Title: e.Name, Data: v})
}

// appearsWith lists the people, organisations and countries named in the
// articles that quote e, so that their dyads are a click away.
func (s *Server) appearsWith(r *nethttp.Request, e *newsgraph.EntityHit, quotes []newsgraph.QuoteHit) []entityRow {
	var out []entityRow
	seen := map[string]bool{newsgraph.NameKey(e.Name): true}
	read := map[string]bool{}
	for _, q := range quotes {
		if read[q.ArticleID] || len(read) >= maxWithArticles {
			continue
		}
		read[q.ArticleID] = true
		a, err := s.Articles.Article(r.Context(), q.ArticleID)
		if err != nil {
			continue
		}
		for i := range a.Record.Entities {
			x := &a.Record.Entities[i]
			k := newsgraph.NameKey(x.Name)
			switch x.Type {
			case newsgraph.Person, newsgraph.Organization, newsgraph.Country:
			default:
				continue
			}
			if seen[k] || strings.TrimSpace(x.Name) == "" || x.Type == newsgraph.Person && !strings.Contains(k, " ") {
				continue
			}
			seen[k] = true
			out = append(out, entityRowOf(a.Record, x))
		}
	}
	return out
}
