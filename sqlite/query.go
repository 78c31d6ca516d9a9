package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/storesql"
)

// Quotes finds quotes by text, speaker, outlet and date, oldest first.
// A text search walks the full-text index in date order (see ftsKey) and
// stops at the limit.
func (db *DB) Quotes(ctx context.Context, f newsgraph.Filter) ([]newsgraph.QuoteHit, error) {
	w := &storesql.Where{}
	if f.Speaker != "" {
		// The speakers are looked up first: quotes of one speaker come
		// from its index oldest first, with no sort.
		q, args := entityIDs(f.Speaker)
		ids, err := strings_(ctx, db.read(), q, args...)
		if err != nil {
			return nil, fmt.Errorf("sqlite: quotes: %w", err)
		}
		switch plain := f.Text == "" && f.Outlet == "" && f.From == "" && f.To == ""; {
		case len(ids) == 0:
			return []newsgraph.QuoteHit{}, nil
		case len(ids) == 1:
			w.Add(`q.speaker_entity = ?`, ids[0])
		case plain && len(ids) <= maxSpeakerMerge:
			// Several speakers: the first rows of each, merged, hold
			// the first rows of all.
			n := storesql.Limit(f) + storesql.Offset(f)
			var parts []string
			for _, id := range ids {
				parts = append(parts, `SELECT * FROM (SELECT id FROM quotes WHERE speaker_entity = ? ORDER BY fts_key LIMIT ?)`)
				w.Args = append(w.Args, id, n)
			}
			w.Conds = append(w.Conds, `q.id IN (`+strings.Join(parts, ` UNION ALL `)+`)`)
		default:
			list, _ := json.Marshal(ids)
			w.Add(`q.speaker_entity IN (SELECT value FROM json_each(?))`, string(list))
		}
	}
	w.Articles(f)
	if f.Text == "" {
		return quoteHits(ctx, db.read(), storesql.QuoteColumns+w.SQL()+` ORDER BY q.fts_key LIMIT ? OFFSET ?`, append(w.Args, storesql.Limit(f), storesql.Offset(f))...)
	}
	t := &storesql.Where{}
	t.Add(`quotes_fts MATCH ?`, ftsQuery(f.Text))
	if f.From != "" {
		t.Add(`t.rowid >= ?`, ftsKey(&f.From, 0))
	}
	if f.To != "" {
		t.Add(`t.rowid < ?`, ftsKey(&f.To, 0)+1<<idBits)
	}
	t.Conds = append(t.Conds, w.Conds...)
	t.Args = append(t.Args, w.Args...)
	q := strings.Replace(storesql.QuoteColumns, ` FROM quotes q `, ` FROM quotes_fts t JOIN quotes q ON q.id = (t.rowid & `+
		strconv.Itoa(1<<idBits-1)+`) `, 1)
	return quoteHits(ctx, db.read(), q+t.SQL()+` ORDER BY t.rowid LIMIT ? OFFSET ?`, append(t.Args, storesql.Limit(f), storesql.Offset(f))...)
}

// maxSpeakerMerge is the most speakers whose quotes Quotes merges from
// their own index walks; more are sorted together.
const maxSpeakerMerge = 32

// quoteOrder orders quotes oldest first, as the full-text index does.
const quoteOrder = `q.fts_key`

type querier interface {
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
}

func quoteHits(ctx context.Context, db querier, q string, args ...any) ([]newsgraph.QuoteHit, error) {
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: quotes: %w", err)
	}
	return storesql.QuoteHits(rows)
}

// Statements lists statements reported by two or more articles, each with
// its reports earliest first.
func (db *DB) Statements(ctx context.Context, f newsgraph.Filter) ([]newsgraph.Statement, error) {
	tx, err := db.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	defer tx.Rollback()
	w := &storesql.Where{}
	w.Add(`q.statement IS NOT NULL`)
	from := ` FROM quotes q JOIN articles a ON a.id = q.article_id`
	if f.Text != "" {
		from += ` JOIN quotes_fts t ON t.rowid = q.id`
		w.Add(`quotes_fts MATCH ?`, ftsQuery(f.Text))
	}
	if f.Speaker != "" {
		q, args := entityIDs(f.Speaker)
		w.Add(`q.speaker_entity IN (`+q+`)`, args...)
	}
	w.Articles(f)
	keys, err := strings_(ctx, tx, `SELECT q.statement`+from+w.SQL()+` AND q.statement IN
		(SELECT statement FROM quotes WHERE statement IS NOT NULL GROUP BY statement HAVING COUNT(DISTINCT article_id) > 1)
		GROUP BY q.statement ORDER BY MIN(a.published), q.statement LIMIT ? OFFSET ?`, append(w.Args, storesql.Limit(f), storesql.Offset(f))...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: statements: %w", err)
	}
	out := []newsgraph.Statement{}
	for _, k := range keys {
		reports, err := quoteHits(ctx, tx, storesql.QuoteColumns+` WHERE q.statement = ? ORDER BY `+quoteOrder, k)
		if err != nil {
			return nil, err
		}
		out = append(out, storesql.Statement(k, reports))
	}
	return out, nil
}

// strings_ returns the first column of every row.
func strings_(ctx context.Context, db querier, q string, args ...any) ([]string, error) {
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	return storesql.Strings(rows)
}

// Entities lists merged entities, most widely reported first. Without
// an outlet or dates, the counts kept with each entity order them through
// an index; with them, the entities' articles are counted.
func (db *DB) Entities(ctx context.Context, f newsgraph.Filter) ([]newsgraph.EntityHit, error) {
	q, args := storesql.EntitiesQuery(f, entityIDs)
	ids, err := strings_(ctx, db.read(), q, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: entities: %w", err)
	}
	return entityHits(ctx, db.read(), ids)
}

// Entity returns one merged entity.
func (db *DB) Entity(ctx context.Context, id string) (*newsgraph.EntityHit, error) {
	hits, err := entityHits(ctx, db.read(), []string{id})
	if err != nil {
		return nil, err
	}
	return &hits[0], nil
}

// entityHits loads merged entities in the order of ids
// (storesql.EntityHits).
func entityHits(ctx context.Context, tx querier, ids []string) ([]newsgraph.EntityHit, error) {
	list, _ := json.Marshal(ids)
	hits, err := storesql.EntityHits(ids, ` IN (SELECT value FROM json_each(?))`, func(q string) (storesql.Rows, error) {
		rows, err := tx.QueryContext(ctx, q, string(list))
		if err != nil {
			return nil, err
		}
		return rows, nil
	})
	if newsgraph.ErrorCode(err) == newsgraph.EINTERNAL {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	return hits, err
}

// Events lists real-world events linked across articles, earliest first.
func (db *DB) Events(ctx context.Context, f newsgraph.Filter) ([]newsgraph.EventHit, error) {
	tx, err := db.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	defer tx.Rollback()
	q, args := storesql.EventsQuery(f)
	ids, err := strings_(ctx, tx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: events: %w", err)
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
func event(ctx context.Context, tx *sql.Tx, id string) (*newsgraph.EventHit, error) {
	rows, err := tx.QueryContext(ctx, storesql.EventColumns+`
		FROM events v JOIN articles a ON a.id = v.article_id WHERE v.event_id = ? ORDER BY a.published, a.seq, v.local_id`, id)
	if err != nil {
		return nil, fmt.Errorf("sqlite: event %s: %w", id, err)
	}
	h, article, local, err := storesql.EventReports(id, rows)
	if err != nil {
		return nil, err
	}
	prow, err := tx.QueryContext(ctx, storesql.EventPartiesQuery, article, local)
	if err != nil {
		return nil, err
	}
	return h, storesql.EventParties(h, prow)
}
