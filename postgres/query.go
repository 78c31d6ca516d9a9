package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/storesql"
)

// Quotes finds quotes by text, speaker, outlet and date, oldest first.
func (db *DB) Quotes(ctx context.Context, f newsgraph.Filter) ([]newsgraph.QuoteHit, error) {
	q, w := storesql.QuoteColumns, &storesql.Where{}
	if f.Text != "" {
		w.Add(`q.tsv @@ plainto_tsquery('english', ?)`, f.Text)
	}
	if f.Speaker != "" {
		m, args := entityIDs(f.Speaker)
		w.Add(`q.speaker_entity IN (`+m+`)`, args...)
	}
	w.Articles(f)
	return quoteHits(ctx, db.Pool, q+w.SQL()+` ORDER BY COALESCE(substr(a.published, 1, 10), ''), q.id LIMIT ? OFFSET ?`, append(w.Args, storesql.Limit(f), storesql.Offset(f))...)
}

func quoteHits(ctx context.Context, db querier, q string, args ...any) ([]newsgraph.QuoteHit, error) {
	rows, err := query(ctx, db, q, args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: quotes: %w", err)
	}
	return storesql.QuoteHits(closer{rows})
}

// Statements lists statements reported by two or more articles, each with
// its reports earliest first.
func (db *DB) Statements(ctx context.Context, f newsgraph.Filter) ([]newsgraph.Statement, error) {
	tx, err := db.Pool.BeginTx(ctx, pgx.TxOptions{AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	defer tx.Rollback(ctx)
	w := &storesql.Where{}
	w.Add(`q.statement IS NOT NULL`)
	from := ` FROM quotes q JOIN articles a ON a.id = q.article_id`
	if f.Text != "" {
		w.Add(`q.tsv @@ plainto_tsquery('english', ?)`, f.Text)
	}
	if f.Speaker != "" {
		m, args := entityIDs(f.Speaker)
		w.Add(`q.speaker_entity IN (`+m+`)`, args...)
	}
	w.Articles(f)
	keys, err := strings_(ctx, tx, `SELECT q.statement`+from+w.SQL()+` AND q.statement IN
		(SELECT statement FROM quotes WHERE statement IS NOT NULL GROUP BY statement HAVING COUNT(DISTINCT article_id) > 1)
		GROUP BY q.statement ORDER BY MIN(COALESCE(a.published, '')), q.statement LIMIT ? OFFSET ?`, append(w.Args, storesql.Limit(f), storesql.Offset(f))...)
	if err != nil {
		return nil, fmt.Errorf("postgres: statements: %w", err)
	}
	out := []newsgraph.Statement{}
	for _, k := range keys {
		reports, err := quoteHits(ctx, tx, storesql.QuoteColumns+` WHERE q.statement = ? ORDER BY COALESCE(substr(a.published, 1, 10), ''), q.id`, k)
		if err != nil {
			return nil, err
		}
		out = append(out, storesql.Statement(k, reports))
	}
	return out, nil
}

// strings_ returns the first column of every row.
func strings_(ctx context.Context, db querier, q string, args ...any) ([]string, error) {
	rows, err := query(ctx, db, q, args...)
	if err != nil {
		return nil, err
	}
	return storesql.Strings(closer{rows})
}

// Entities lists merged entities, most widely reported first.
func (db *DB) Entities(ctx context.Context, f newsgraph.Filter) ([]newsgraph.EntityHit, error) {
	tx, err := db.Pool.BeginTx(ctx, pgx.TxOptions{AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	defer tx.Rollback(ctx)
	q, args := storesql.EntitiesQuery(f, entityIDs)
	ids, err := strings_(ctx, tx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: entities: %w", err)
	}
	return entityHits(ctx, tx, ids)
}

// Entity returns one merged entity.
func (db *DB) Entity(ctx context.Context, id string) (*newsgraph.EntityHit, error) {
	tx, err := db.Pool.BeginTx(ctx, pgx.TxOptions{AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	defer tx.Rollback(ctx)
	return entity(ctx, tx, id)
}

func entity(ctx context.Context, tx pgx.Tx, id string) (*newsgraph.EntityHit, error) {
	hits, err := entityHits(ctx, tx, []string{id})
	if err != nil {
		return nil, err
	}
	return &hits[0], nil
}

// entityHits loads merged entities in the order of ids
// (storesql.EntityHits).
func entityHits(ctx context.Context, tx pgx.Tx, ids []string) ([]newsgraph.EntityHit, error) {
	hits, err := storesql.EntityHits(ids, ` = ANY(?)`, func(q string) (storesql.Rows, error) {
		rows, err := query(ctx, tx, q, ids)
		if err != nil {
			return nil, err
		}
		return closer{rows}, nil
	})
	if newsgraph.ErrorCode(err) == newsgraph.EINTERNAL {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	return hits, err
}

// Events lists real-world events linked across articles, earliest first.
func (db *DB) Events(ctx context.Context, f newsgraph.Filter) ([]newsgraph.EventHit, error) {
	tx, err := db.Pool.BeginTx(ctx, pgx.TxOptions{AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	defer tx.Rollback(ctx)
	q, args := storesql.EventsQuery(f)
	ids, err := strings_(ctx, tx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: events: %w", err)
	}
	out := []newsgraph.EventHit{}
	for _, id := range ids {
		h, err := event(ctx, tx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, *h)
	}
	return out, nil
}

// event loads a linked event from its reports, the first report giving
// its fields.
func event(ctx context.Context, tx pgx.Tx, id string) (*newsgraph.EventHit, error) {
	rows, err := query(ctx, tx, storesql.EventColumns+`
		FROM events v JOIN articles a ON a.id = v.article_id WHERE v.event_id = ? ORDER BY COALESCE(a.published, ''), a.seq, v.local_id`, id)
	if err != nil {
		return nil, fmt.Errorf("postgres: event %s: %w", id, err)
	}
	h, article, local, err := storesql.EventReports(id, closer{rows})
	if err != nil {
		return nil, err
	}
	prow, err := query(ctx, tx, storesql.EventPartiesQuery, article, local)
	if err != nil {
		return nil, err
	}
	return h, storesql.EventParties(h, closer{prow})
}
