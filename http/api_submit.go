package http

import (
	"crypto/subtle"
	"encoding/json"
	nethttp "net/http"
	"strings"

	newsgraph "github.com/newsgraph/newsgraph"
)

// POST /api/articles: extract and store one article. It needs the
// server's token as a bearer token; without a configured token the
// server is read-only.
func (s *Server) apiSubmit(w nethttp.ResponseWriter, r *nethttp.Request) {
	if s.Submit == nil || s.Token == "" {
		apiError(w, r, newsgraph.Errorf(eforbidden, "this server is read-only: start it with --token to accept articles"))
		return
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(got), []byte(s.Token)) != 1 {
		w.Header().Set("WWW-Authenticate", `Bearer realm="newsgraph"`)
		apiError(w, r, newsgraph.Errorf(eunauthorized, "a valid bearer token is needed to submit articles"))
		return
	}
	var in ArticleInput
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&in); err != nil {
		if code, _ := errorStatus(err); code == etoolarge {
			apiError(w, r, err)
			return
		}
		apiError(w, r, newsgraph.Errorf(newsgraph.EINVALID, "body is not an article in JSON: %v", err))
		return
	}
	if strings.TrimSpace(in.Text) == "" {
		apiError(w, r, newsgraph.Errorf(newsgraph.EINVALID, "the article has no text"))
		return
	}
	if in.Published != "" && !isDate(in.Published) {
		apiError(w, r, newsgraph.Errorf(newsgraph.EINVALID, "published %q is not YYYY-MM-DD", in.Published))
		return
	}
	res, err := s.Submit(r.Context(), in)
	if err != nil {
		apiError(w, r, err)
		return
	}
	status := nethttp.StatusOK
	if res.Status == newsgraph.PutNew {
		status = nethttp.StatusCreated
	}
	w.Header().Set("Location", "/api/articles/"+pathEscape(res.ArticleID))
	writeJSON(w, status, res)
}
