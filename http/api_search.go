package http

import (
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
// entities and articles; the three run at once.
func (s *Server) search(r *nethttp.Request) (*SearchResult, error) {
	f, p, err := request(r)
	if err != nil {
		return nil, err
	}
	ctx := r.Context()
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
		res.Quotes = newPage(r, quotes, p)
		return err
	})
	g.Go(func() error {
		ef := f
		ef.Entity, ef.Text = f.Text, ""
		entities, err := s.Queries.Entities(ctx, ef)
		res.Entities = newPage(r, entities, p)
		return err
	})
	g.Go(func() error {
		articles, err := s.Articles.Articles(ctx, f)
		res.Articles = newPage(r, articles, p)
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
	res, err := s.search(r)
	if err != nil {
		apiError(w, r, err)
		return
	}
	writeJSON(w, nethttp.StatusOK, res)
}
