package http

import (
	"encoding/json"
	"errors"
	"log"
	nethttp "net/http"

	newsgraph "github.com/newsgraph/newsgraph"
)

// statusOf maps the application's error codes to HTTP status codes.
var statusOf = map[string]int{
	newsgraph.EINVALID:  nethttp.StatusBadRequest,
	newsgraph.ENOTFOUND: nethttp.StatusNotFound,
	newsgraph.ECONFLICT: nethttp.StatusConflict,
	newsgraph.EINTERNAL: nethttp.StatusInternalServerError,
	eunauthorized:       nethttp.StatusUnauthorized,
	eforbidden:          nethttp.StatusForbidden,
	etoolarge:           nethttp.StatusRequestEntityTooLarge,
}

// Codes of errors only the HTTP layer raises.
const (
	eunauthorized = "unauthorized"
	eforbidden    = "forbidden"
	etoolarge     = "too_large"
)

func errorStatus(err error) (string, int) {
	var mb *nethttp.MaxBytesError
	if errors.As(err, &mb) {
		return etoolarge, nethttp.StatusRequestEntityTooLarge
	}
	code := newsgraph.ErrorCode(err)
	if st, ok := statusOf[code]; ok {
		return code, st
	}
	return code, nethttp.StatusInternalServerError
}

// apiError writes err as JSON with the status its code maps to; internal
// errors are logged and shown without detail.
func apiError(w nethttp.ResponseWriter, r *nethttp.Request, err error) {
	code, status := errorStatus(err)
	msg := newsgraph.ErrorMessage(err)
	if status == nethttp.StatusInternalServerError {
		log.Printf("http: %s %s: %v", r.Method, r.URL.Path, err)
	} else if code == etoolarge {
		msg = "request body too large"
	}
	writeJSON(w, status, map[string]any{"error": map[string]string{"code": code, "message": msg}})
}

func writeJSON(w nethttp.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	if err := enc.Encode(v); err != nil {
		log.Printf("http: writing JSON: %v", err)
	}
}

func (s *Server) apiNotFound(w nethttp.ResponseWriter, r *nethttp.Request) {
	apiError(w, r, newsgraph.Errorf(newsgraph.ENOTFOUND, "no such endpoint: %s %s", r.Method, r.URL.Path))
}
