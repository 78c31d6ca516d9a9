package http

import (
	_ "embed"
	nethttp "net/http"
)

// openAPI documents the JSON API (OpenAPI 3.1).
//
//go:embed openapi.json
var openAPI []byte

// GET /api/openapi.json
func (s *Server) apiOpenAPI(w nethttp.ResponseWriter, r *nethttp.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(openAPI)
}
