package http

import (
	nethttp "net/http"
)

// Handler returns the routes of the API and the UI, with the request
// size and time limits and the security headers applied.
func (s *Server) Handler() nethttp.Handler {
	mux := nethttp.NewServeMux()

	mux.HandleFunc("GET /api/openapi.json", s.apiOpenAPI)
	mux.HandleFunc("GET /api/search", s.apiSearch)
	mux.HandleFunc("GET /api/articles", s.apiArticles)
	mux.HandleFunc("POST /api/articles", s.apiSubmit)
	mux.HandleFunc("GET /api/articles/{id}", s.apiArticle)
	mux.HandleFunc("GET /api/entities", s.apiEntities)
	mux.HandleFunc("GET /api/entities/{id}", s.apiEntity)
	mux.HandleFunc("GET /api/quotes", s.apiQuotes)
	mux.HandleFunc("GET /api/statements", s.apiStatements)
	mux.HandleFunc("GET /api/events", s.apiEvents)
	mux.HandleFunc("GET /api/timeline", s.apiTimeline)
	mux.HandleFunc("GET /api/dyad", s.apiDyad)
	mux.HandleFunc("/api/", s.apiNotFound)

	mux.HandleFunc("GET /{$}", s.searchPage)
	mux.HandleFunc("GET /articles/{id}", s.articlePage)
	mux.HandleFunc("GET /entities/{id}", s.entityPage)
	mux.HandleFunc("GET /dyad", s.dyadPage)
	mux.HandleFunc("GET /quotes/{article}/{quote}", s.quotePage)
	mux.HandleFunc("GET /static/{sum}/{name}", s.static)
	mux.HandleFunc("/", s.pageNotFound)

	return s.limit(secure(mux))
}

// limit bounds each request's body and time.
func (s *Server) limit(h nethttp.Handler) nethttp.Handler {
	return nethttp.TimeoutHandler(nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		r.Body = nethttp.MaxBytesReader(w, r.Body, s.maxBody())
		h.ServeHTTP(w, r)
	}), s.timeout(), `{"error":{"code":"timeout","message":"request took too long"}}`)
}

// secure sets headers that keep pages from running anything but our own
// scripts and from loading anything from elsewhere.
func secure(h nethttp.Handler) nethttp.Handler {
	return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("X-Frame-Options", "DENY")
		h.ServeHTTP(w, r)
	})
}
