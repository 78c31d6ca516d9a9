package http

import (
	"context"

	newsgraph "github.com/newsgraph/newsgraph"
)

// store is a newsgraph.Store of funcs; a nil func answers nothing.
type store struct {
	ArticleFn    func(ctx context.Context, id string) (*newsgraph.StoredArticle, error)
	ArticlesFn   func(ctx context.Context, f newsgraph.Filter) ([]newsgraph.ArticleHit, error)
	QuotesFn     func(ctx context.Context, f newsgraph.Filter) ([]newsgraph.QuoteHit, error)
	EntitiesFn   func(ctx context.Context, f newsgraph.Filter) ([]newsgraph.EntityHit, error)
	EntityFn     func(ctx context.Context, id string) (*newsgraph.EntityHit, error)
	EventsFn     func(ctx context.Context, f newsgraph.Filter) ([]newsgraph.EventHit, error)
	StatementsFn func(ctx context.Context, f newsgraph.Filter) ([]newsgraph.Statement, error)
}

var _ newsgraph.Store = (*store)(nil)

func (s *store) PutArticles(context.Context, []*newsgraph.Submission) ([]newsgraph.PutResult, error) {
	return nil, newsgraph.Errorf(newsgraph.EINTERNAL, "mock: read-only")
}
func (s *store) SourceHashes(context.Context, []string) (map[string]string, error) { return nil, nil }
func (s *store) Article(ctx context.Context, id string) (*newsgraph.StoredArticle, error) {
	if s.ArticleFn == nil {
		return nil, newsgraph.Errorf(newsgraph.ENOTFOUND, "no article %s", id)
	}
	return s.ArticleFn(ctx, id)
}
func (s *store) Revisions(context.Context, string) ([]newsgraph.Revision, error) { return nil, nil }
func (s *store) Articles(ctx context.Context, f newsgraph.Filter) ([]newsgraph.ArticleHit, error) {
	if s.ArticlesFn == nil {
		return []newsgraph.ArticleHit{}, nil
	}
	return s.ArticlesFn(ctx, f)
}
func (s *store) Copies(context.Context, string) ([]newsgraph.ArticleHit, error) { return nil, nil }
func (s *store) EachRecord(context.Context, func(*newsgraph.StoredArticle) error) error {
	return nil
}
func (s *store) Stats(context.Context) (newsgraph.Stats, error) { return newsgraph.Stats{}, nil }
func (s *store) Quotes(ctx context.Context, f newsgraph.Filter) ([]newsgraph.QuoteHit, error) {
	if s.QuotesFn == nil {
		return []newsgraph.QuoteHit{}, nil
	}
	return s.QuotesFn(ctx, f)
}
func (s *store) Statements(ctx context.Context, f newsgraph.Filter) ([]newsgraph.Statement, error) {
	if s.StatementsFn == nil {
		return []newsgraph.Statement{}, nil
	}
	return s.StatementsFn(ctx, f)
}
func (s *store) Entities(ctx context.Context, f newsgraph.Filter) ([]newsgraph.EntityHit, error) {
	if s.EntitiesFn == nil {
		return []newsgraph.EntityHit{}, nil
	}
	return s.EntitiesFn(ctx, f)
}
func (s *store) Entity(ctx context.Context, id string) (*newsgraph.EntityHit, error) {
	if s.EntityFn == nil {
		return nil, newsgraph.Errorf(newsgraph.ENOTFOUND, "no entity %s", id)
	}
	return s.EntityFn(ctx, id)
}
func (s *store) Events(ctx context.Context, f newsgraph.Filter) ([]newsgraph.EventHit, error) {
	if s.EventsFn == nil {
		return []newsgraph.EventHit{}, nil
	}
	return s.EventsFn(ctx, f)
}
func (s *store) Close() error { return nil }
