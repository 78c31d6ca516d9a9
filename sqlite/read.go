package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/storesql"
)

// storedColumns are scanned by scanStored, from articles a joined with the
// current revision r.
const storedColumns = `r.record, a.revision, a.source, a.source_hash, a.content_hash, a.modified, a.extracted, a.copy_group, a.ingested_at`

const storedFrom = ` FROM articles a JOIN revisions r ON r.article_id = a.id AND r.revision = a.revision`

func scanStored(row interface{ Scan(...any) error }) (*newsgraph.StoredArticle, error) {
	var (
		rec, at  string
		modified sql.NullString
		s        newsgraph.StoredArticle
	)
	if err := row.Scan(&rec, &s.Revision, &s.Source, &s.SourceHash, &s.ContentHash, &modified, &s.Extracted, &s.Group, &at); err != nil {
		return nil, err
	}
	s.Record = new(newsgraph.Record)
	if err := json.Unmarshal([]byte(rec), s.Record); err != nil {
		return nil, fmt.Errorf("record: %w", err)
	}
	if modified.Valid {
		s.Modified = &modified.String
	}
	s.IngestedAt, _ = time.Parse(time.RFC3339Nano, at)
	return &s, nil
}

// Article returns the current revision of an article.
func (db *DB) Article(ctx context.Context, id string) (*newsgraph.StoredArticle, error) {
	s, err := scanStored(db.r.QueryRowContext(ctx, `SELECT `+storedColumns+storedFrom+` WHERE a.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, newsgraph.Errorf(newsgraph.ENOTFOUND, "article %q not found", id)
	} else if err != nil {
		return nil, fmt.Errorf("sqlite: article %s: %w", id, err)
	}
	return s, nil
}

// Revisions lists an article's revisions, oldest first.
func (db *DB) Revisions(ctx context.Context, id string) ([]newsgraph.Revision, error) {
	rows, err := db.r.QueryContext(ctx, `SELECT revision, source, content_hash, title, ingested_at FROM revisions
		WHERE article_id = ? ORDER BY revision`, id)
	if err != nil {
		return nil, fmt.Errorf("sqlite: revisions %s: %w", id, err)
	}
	defer rows.Close()
	var out []newsgraph.Revision
	for rows.Next() {
		var r newsgraph.Revision
		var at string
		if err := rows.Scan(&r.Revision, &r.Source, &r.ContentHash, &r.Title, &at); err != nil {
			return nil, err
		}
		r.IngestedAt, _ = time.Parse(time.RFC3339Nano, at)
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, newsgraph.Errorf(newsgraph.ENOTFOUND, "article %q not found", id)
	}
	return out, nil
}

// EachRecord calls fn with every stored article in id order.
func (db *DB) EachRecord(ctx context.Context, fn func(*newsgraph.StoredArticle) error) error {
	tx, err := db.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT `+storedColumns+storedFrom+` ORDER BY a.id`)
	if err != nil {
		return fmt.Errorf("sqlite: records: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		s, err := scanStored(rows)
		if err != nil {
			return fmt.Errorf("sqlite: records: %w", err)
		}
		if err := fn(s); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Articles searches the titles and texts of current revisions.
func (db *DB) Articles(ctx context.Context, f newsgraph.Filter) ([]newsgraph.ArticleHit, error) {
	w := &storesql.Where{}
	from, order := ` FROM articles a`, `a.fts_key`
	if f.Text != "" {
		// The full-text index walks its matches oldest first (see ftsKey).
		from, order = ` FROM articles_fts t JOIN articles a ON a.fts_key = t.rowid`, `t.rowid`
		w.Add(`articles_fts MATCH ?`, ftsQuery(f.Text))
		if f.From != "" {
			w.Add(`t.rowid >= ?`, ftsKey(&f.From, 0))
		}
		if f.To != "" {
			w.Add(`t.rowid < ?`, ftsKey(&f.To, 0)+1<<idBits)
		}
	}
	w.Articles(f)
	return db.articleHits(ctx, storesql.ArticleColumns+from+w.SQL()+
		` ORDER BY `+order+` LIMIT ? OFFSET ?`, append(w.Args, storesql.Limit(f), storesql.Offset(f))...)
}

// Copies lists an article's syndication group.
func (db *DB) Copies(ctx context.Context, id string) ([]newsgraph.ArticleHit, error) {
	hits, err := db.articleHits(ctx, storesql.ArticleColumns+` FROM articles a
		WHERE a.copy_group = (SELECT copy_group FROM articles WHERE id = ?) ORDER BY a.seq`, id)
	if err == nil && len(hits) == 0 {
		return nil, newsgraph.Errorf(newsgraph.ENOTFOUND, "article %q not found", id)
	}
	return hits, err
}

func (db *DB) articleHits(ctx context.Context, q string, args ...any) ([]newsgraph.ArticleHit, error) {
	rows, err := db.read().QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: articles: %w", err)
	}
	return storesql.ArticleHits(rows)
}

// Stats counts what the store holds, in one read transaction.
func (db *DB) Stats(ctx context.Context) (newsgraph.Stats, error) {
	var s newsgraph.Stats
	tx, err := db.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return s, fmt.Errorf("sqlite: %w", err)
	}
	defer tx.Rollback()
	for _, c := range storesql.StatsCounts(&s) {
		if err := tx.QueryRowContext(ctx, c.Query).Scan(c.Dst); err != nil {
			return s, fmt.Errorf("sqlite: stats: %w", err)
		}
	}
	return s, nil
}
