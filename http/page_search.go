package http

import (
	nethttp "net/http"
	"strings"
)

// GET /?q=: the search page over quotes, people, organisations and
// articles. With no words it lists the latest of each.
func (s *Server) searchPage(w nethttp.ResponseWriter, r *nethttp.Request) {
	res, err := s.search(r)
	if err != nil {
		pageError(w, r, err)
		return
	}
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	title := "Search"
	if q != "" {
		title = q + " · Search"
	}
	render(w, r, nethttp.StatusOK, "search", view{Title: title, Query: q, Data: res})
}
