package http

import (
	"bytes"
	"context"
	"encoding/json"
	nethttp "net/http"
	"sync"

	newsgraph "github.com/newsgraph/newsgraph"
)

// SearchResult is the answer of a search: quotes, entities and articles
// matching the words, each a page.
type SearchResult struct {
	Query    string                     `json:"query"`
	Quotes   Page[newsgraph.QuoteHit]   `json:"quotes"`
	Entities Page[newsgraph.EntityHit]  `json:"entities"`
	Articles Page[newsgraph.ArticleHit] `json:"articles"`
}

// search runs one search over quotes (by text, else by speaker),
// entities and articles; the three run at once. Requests for the same
// search while it runs share its result (see flight).
func (s *Server) search(r *nethttp.Request) (*SearchResult, error) {
	f, p, err := request(r)
	if err != nil {
		return nil, err
	}
	a, err := s.sharedSearch(r, f, p)
	if err != nil {
		return nil, err
	}
	return a.res, nil
}

// searchAnswer is a search's result, shared by the requests that asked
// for it at once, with its JSON encoded once for all of them.
type searchAnswer struct {
	res  *SearchResult
	once sync.Once
	body []byte
	err  error
}

// json returns the result as the API writes it.
func (a *searchAnswer) json() ([]byte, error) {
	a.once.Do(func() {
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(true)
		a.err = enc.Encode(a.res)
		a.body = b.Bytes()
	})
	return a.body, a.err
}

// sharedSearch runs the search of f's page, or waits for the same search
// that is running.
func (s *Server) sharedSearch(r *nethttp.Request, f newsgraph.Filter, p paging) (*searchAnswer, error) {
	key := r.URL.Path + "?" + r.URL.Query().Encode()
	a, err, _ := s.searches.do(key, func() (*searchAnswer, error) {
		// The call outlives a waiter that gives up, not the time limit.
		ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), s.timeout())
		defer cancel()
		res, err := s.runSearch(ctx, r, f, p)
		return &searchAnswer{res: res}, err
	})
	return a, err
}

// runSearch runs the three searches of f's page.
func (s *Server) runSearch(ctx context.Context, r *nethttp.Request, f newsgraph.Filter, p paging) (*SearchResult, error) {
	f = p.window(f) // the stores skip to the page
	res := &SearchResult{Query: f.Text}
	var g errgroup
	g.Go(func() error {
		quotes, err := s.Queries.Quotes(ctx, f)
		if err == nil && len(quotes) == 0 && f.Text != "" && f.Speaker == "" {
			// Words that are no quote's may name a speaker.
			sf := f
			sf.Text, sf.Speaker = "", f.Text
			quotes, err = s.Queries.Quotes(ctx, sf)
		}
		res.Quotes = newWindowPage(r, quotes, p)
		return err
	})
	g.Go(func() error {
		ef := f
		ef.Entity, ef.Text = f.Text, ""
		entities, err := s.Queries.Entities(ctx, ef)
		res.Entities = newWindowPage(r, entities, p)
		return err
	})
	g.Go(func() error {
		articles, err := s.Articles.Articles(ctx, f)
		res.Articles = newWindowPage(r, articles, p)
		return err
	})
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return res, nil
}

// errgroup runs functions at once and keeps the first error.
type errgroup struct {
	wg   sync.WaitGroup
	once sync.Once
	err  error
}

func (g *errgroup) Go(fn func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := fn(); err != nil {
			g.once.Do(func() { g.err = err })
		}
	}()
}

func (g *errgroup) Wait() error {
	g.wg.Wait()
	return g.err
}

// GET /api/search?q=
func (s *Server) apiSearch(w nethttp.ResponseWriter, r *nethttp.Request) {
	f, p, err := request(r)
	if err != nil {
		apiError(w, r, err)
		return
	}
	a, err := s.sharedSearch(r, f, p)
	if err != nil {
		apiError(w, r, err)
		return
	}
	body, err := a.json()
	if err != nil {
		apiError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(nethttp.StatusOK)
	w.Write(body)
}
