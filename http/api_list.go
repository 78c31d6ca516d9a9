package http

import (
	"context"
	nethttp "net/http"

	newsgraph "github.com/newsgraph/newsgraph"
)

// list answers a paged list endpoint with the rows find returns.
func list[T any](w nethttp.ResponseWriter, r *nethttp.Request, find func(context.Context, newsgraph.Filter) ([]T, error)) {
	f, p, err := request(r)
	if err != nil {
		apiError(w, r, err)
		return
	}
	rows, err := find(r.Context(), f)
	if err != nil {
		apiError(w, r, err)
		return
	}
	writeJSON(w, nethttp.StatusOK, newPage(r, rows, p))
}

// GET /api/articles?text=&outlet=&from=&to=
func (s *Server) apiArticles(w nethttp.ResponseWriter, r *nethttp.Request) {
	list(w, r, s.Articles.Articles)
}

// GET /api/entities?entity=&type=
func (s *Server) apiEntities(w nethttp.ResponseWriter, r *nethttp.Request) {
	list(w, r, func(ctx context.Context, f newsgraph.Filter) ([]newsgraph.EntityHit, error) {
		if f.Entity == "" {
			f.Entity = f.Text
		}
		f.Text = ""
		return s.Queries.Entities(ctx, f)
	})
}

// GET /api/quotes?text=&speaker=&outlet=&from=&to=
func (s *Server) apiQuotes(w nethttp.ResponseWriter, r *nethttp.Request) {
	list(w, r, s.Queries.Quotes)
}

// GET /api/statements?text=&speaker=&outlet=&from=&to=
func (s *Server) apiStatements(w nethttp.ResponseWriter, r *nethttp.Request) {
	list(w, r, s.Queries.Statements)
}

// GET /api/events?type=&actor=&target=&entity=&outlet=&from=&to=
func (s *Server) apiEvents(w nethttp.ResponseWriter, r *nethttp.Request) {
	list(w, r, s.Queries.Events)
}

// GET /api/articles/{id}
func (s *Server) apiArticle(w nethttp.ResponseWriter, r *nethttp.Request) {
	a, err := s.Articles.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		apiError(w, r, err)
		return
	}
	writeJSON(w, nethttp.StatusOK, a)
}

// GET /api/entities/{id}
func (s *Server) apiEntity(w nethttp.ResponseWriter, r *nethttp.Request) {
	e, err := s.Queries.Entity(r.Context(), r.PathValue("id"))
	if err != nil {
		apiError(w, r, err)
		return
	}
	writeJSON(w, nethttp.StatusOK, e)
}
