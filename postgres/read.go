package postgres

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/storesql"
)

// storedColumns are scanned by scanStored, from articles a joined with the
// current revision r.
const storedColumns = `r.record::text, a.revision, a.source, a.source_hash, a.content_hash, a.modified, a.extracted, a.copy_group, a.ingested_at`

const storedFrom = ` FROM articles a JOIN revisions r ON r.article_id = a.id AND r.revision = a.revision`

func scanStored(row interface{ Scan(...any) error }) (*newsgraph.StoredArticle, error) {
	var (
		rec      string
		at       time.Time
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
	s.IngestedAt = at.UTC()
	return &s, nil
}

// Article returns the current revision of an article.
func (db *DB) Article(ctx context.Context, id string) (*newsgraph.StoredArticle, error) {
	s, err := scanStored(queryRow(ctx, db.Pool, `SELECT `+storedColumns+storedFrom+` WHERE a.id = ?`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, newsgraph.Errorf(newsgraph.ENOTFOUND, "article %q not found", id)
	} else if err != nil {
		return nil, fmt.Errorf("postgres: article %s: %w", id, err)
	}
	return s, nil
}

// Revisions lists an article's revisions, oldest first.
func (db *DB) Revisions(ctx context.Context, id string) ([]newsgraph.Revision, error) {
	rows, err := query(ctx, db.Pool, `SELECT revision, source, content_hash, title, ingested_at FROM revisions
		WHERE article_id = ? ORDER BY revision`, id)
	if err != nil {
		return nil, fmt.Errorf("postgres: revisions %s: %w", id, err)
	}
	defer rows.Close()
	var out []newsgraph.Revision
	for rows.Next() {
		var r newsgraph.Revision
		if err := rows.Scan(&r.Revision, &r.Source, &r.ContentHash, &r.Title, &r.IngestedAt); err != nil {
			return nil, err
		}
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
	tx, err := db.Pool.BeginTx(ctx, pgx.TxOptions{AccessMode: pgx.ReadOnly})
	if err != nil {
		return fmt.Errorf("postgres: %w", err)
	}
	defer tx.Rollback(ctx)
	rows, err := query(ctx, tx, `SELECT `+storedColumns+storedFrom+` ORDER BY a.id`)
	if err != nil {
		return fmt.Errorf("postgres: records: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		s, err := scanStored(rows)
		if err != nil {
			return fmt.Errorf("postgres: records: %w", err)
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
	from := ` FROM articles a`
	if f.Text != "" {
		w.Add(`a.tsv @@ plainto_tsquery('english', ?)`, f.Text)
	}
	w.Articles(f)
	return db.articleHits(ctx, storesql.ArticleColumns+from+w.SQL()+
		` ORDER BY COALESCE(a.published, ''), a.seq LIMIT ? OFFSET ?`, append(w.Args, storesql.Limit(f), storesql.Offset(f))...)
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
	rows, err := query(ctx, db.Pool, q, args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: articles: %w", err)
	}
	return storesql.ArticleHits(closer{rows})
}

// Stats counts what the store holds, in one read transaction.
func (db *DB) Stats(ctx context.Context) (newsgraph.Stats, error) {
	var s newsgraph.Stats
	tx, err := db.Pool.BeginTx(ctx, pgx.TxOptions{AccessMode: pgx.ReadOnly})
	if err != nil {
		return s, fmt.Errorf("postgres: %w", err)
	}
	defer tx.Rollback(ctx)
	for _, c := range storesql.StatsCounts(&s) {
		if err := queryRow(ctx, tx, c.Query).Scan(c.Dst); err != nil {
			return s, fmt.Errorf("postgres: stats: %w", err)
		}
	}
	return s, nil
}
