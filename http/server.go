// Package http serves newsgraph's store over HTTP: a JSON API documented by
// an OpenAPI file, and a server-rendered web UI with embedded templates and
// assets. Handlers depend only on the root store interfaces.
package http

import (
	"context"
	"net"
	nethttp "net/http"
	"time"

	newsgraph "github.com/newsgraph/newsgraph"
)

// Defaults of a Server's limits.
const (
	DefaultMaxBody = 4 << 20          // bytes of a request body
	DefaultTimeout = 10 * time.Second // to answer one request
)

// ArticleInput is an article submitted to POST /api/articles.
type ArticleInput struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Published string `json:"published"`
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
}

// Server answers the API and UI requests over a store.
type Server struct {
	Articles newsgraph.ArticleService
	Queries  newsgraph.QueryService
	// Submit extracts and stores one article; nil makes the API read-only.
	Submit func(ctx context.Context, a ArticleInput) (newsgraph.PutResult, error)
	// Token must be presented as "Authorization: Bearer TOKEN" to submit;
	// with no token, submitting is refused.
	Token   string
	MaxBody int64         // 0 means DefaultMaxBody
	Timeout time.Duration // 0 means DefaultTimeout

	searches flight[*searchAnswer] // searches running, by query
}

// NewServer returns a server over a store.
func NewServer(st newsgraph.Store) *Server {
	return &Server{Articles: st, Queries: st}
}

func (s *Server) maxBody() int64 {
	if s.MaxBody > 0 {
		return s.MaxBody
	}
	return DefaultMaxBody
}

func (s *Server) timeout() time.Duration {
	if s.Timeout > 0 {
		return s.Timeout
	}
	return DefaultTimeout
}

// Serve answers requests on l until ctx ends, then shuts down gracefully.
func (s *Server) Serve(ctx context.Context, l net.Listener) error {
	hs := &nethttp.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      s.timeout() + 5*time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(l) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		return hs.Shutdown(sctx)
	}
}
