package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

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
		s := newsgraph.Statement{Key: k, Text: reports[0].Text, Reports: reports}
		for _, r := range reports {
			if r.Speaker != "" {
				s.Speaker = r.Speaker
				break
			}
		}
		out = append(out, s)
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
	w := &storesql.Where{}
	var q string
	if f.Outlet == "" && f.From == "" && f.To == "" {
		// The counts kept with each entity order them through an index.
		w.Add(`e.articles > 0`)
		if f.Entity != "" {
			m, args := entityIDs(f.Entity)
			w.Add(`e.id IN (`+m+`)`, args...)
		}
		if f.Type != "" {
			w.Add(`e.type = ?`, f.Type)
		}
		q = `SELECT e.id FROM entities e` + w.SQL() + ` ORDER BY e.articles DESC, e.id LIMIT ? OFFSET ?`
	} else {
		if f.Entity != "" {
			m, args := entityIDs(f.Entity)
			w.Add(`ae.entity_id IN (`+m+`)`, args...)
		}
		if f.Type != "" {
			w.Add(`ae.type = ?`, f.Type)
		}
		w.Articles(f)
		q = `SELECT ae.entity_id FROM article_entities ae JOIN articles a ON a.id = ae.article_id` + w.SQL() +
			` GROUP BY ae.entity_id ORDER BY COUNT(DISTINCT ae.article_id) DESC, ae.entity_id LIMIT ? OFFSET ?`
	}
	ids, err := strings_(ctx, tx, q, append(w.Args, storesql.Limit(f), storesql.Offset(f))...)
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

// entityHits loads merged entities in the order of ids, in three queries
// whatever their number; ENOTFOUND if one is missing.
func entityHits(ctx context.Context, tx pgx.Tx, ids []string) ([]newsgraph.EntityHit, error) {
	out := make([]newsgraph.EntityHit, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	at := make(map[string]int, len(ids))
	for i, id := range ids {
		at[id] = i
		out[i] = newsgraph.EntityHit{ID: id, Aliases: []string{}, Roles: []string{}}
	}
	rows, err := query(ctx, tx, `SELECT id, name, type, articles, mentions FROM entities WHERE id = ANY(?)`, ids)
	if err != nil {
		return nil, fmt.Errorf("postgres: entities: %w", err)
	}
	for rows.Next() {
		var h newsgraph.EntityHit
		if err := rows.Scan(&h.ID, &h.Name, &h.Type, &h.Articles, &h.Mentions); err != nil {
			rows.Close()
			return nil, fmt.Errorf("postgres: entities: %w", err)
		}
		h.Aliases, h.Roles = []string{}, []string{}
		out[at[h.ID]] = h
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: entities: %w", err)
	}
	for _, h := range out {
		if h.Type == "" {
			return nil, newsgraph.Errorf(newsgraph.ENOTFOUND, "entity %q not found", h.ID)
		}
	}
	for _, c := range []struct {
		q   string
		dst func(*newsgraph.EntityHit) *[]string
	}{
		{`SELECT entity_id, alias FROM entity_aliases WHERE entity_id = ANY(?) ORDER BY entity_id, alias`,
			func(h *newsgraph.EntityHit) *[]string { return &h.Aliases }},
		{`SELECT entity_id, title FROM entity_roles WHERE entity_id = ANY(?) ORDER BY entity_id, title`,
			func(h *newsgraph.EntityHit) *[]string { return &h.Roles }},
	} {
		rows, err := query(ctx, tx, c.q, ids)
		if err != nil {
			return nil, fmt.Errorf("postgres: entities: %w", err)
		}
		for rows.Next() {
			var id, v string
			if err := rows.Scan(&id, &v); err != nil {
				rows.Close()
				return nil, fmt.Errorf("postgres: entities: %w", err)
			}
			d := c.dst(&out[at[id]])
			*d = append(*d, v)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("postgres: entities: %w", err)
		}
	}
	return out, nil
}

// Events lists real-world events linked across articles, earliest first.
func (db *DB) Events(ctx context.Context, f newsgraph.Filter) ([]newsgraph.EventHit, error) {
	tx, err := db.Pool.BeginTx(ctx, pgx.TxOptions{AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	defer tx.Rollback(ctx)
	w := &storesql.Where{}
	if f.Type != "" {
		w.Add(`(v.type = upper(?) OR v.cameo LIKE ? ESCAPE '\')`, f.Type, strings.TrimSuffix(storesql.LikePattern(f.Type)[1:], "%")+"%")
	}
	party := func(role, s string) {
		c, args := storesql.EntityMatch("p.entity_id", "p.name", s)
		r := ""
		if role != "" {
			r = ` AND p.role = '` + role + `'`
		}
		w.Add(`EXISTS (SELECT 1 FROM event_parties p WHERE p.article_id = v.article_id AND p.local_id = v.local_id`+r+` AND `+c+`)`, args...)
	}
	actorRole, targetRole := "actor", "target"
	if f.Dyad {
		actorRole, targetRole = "", ""
	}
	if f.Actor != "" {
		party(actorRole, f.Actor)
	}
	if f.Target != "" {
		party(targetRole, f.Target)
	}
	if f.Entity != "" {
		party("", f.Entity)
	}
	if f.From != "" {
		w.Add(`v.date >= ?`, f.From)
	}
	if f.To != "" {
		w.Add(`v.date <= ?`, f.To)
	}
	if f.Outlet != "" {
		w.Add(`lower(a.outlet) = lower(?)`, f.Outlet)
	}
	ids, err := strings_(ctx, tx, `SELECT v.event_id FROM events v JOIN articles a ON a.id = v.article_id`+w.SQL()+
		` GROUP BY v.event_id ORDER BY MIN(v.date), v.event_id LIMIT ? OFFSET ?`, append(w.Args, storesql.Limit(f), storesql.Offset(f))...)
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
	rows, err := query(ctx, tx, `SELECT v.article_id, v.local_id, v.type, v.mode, v.cameo, v.goldstein, v.quad_class,
		v.date, v.place, v.evidence, v.confidence, a.outlet, a.url, a.published
		FROM events v JOIN articles a ON a.id = v.article_id WHERE v.event_id = ? ORDER BY COALESCE(a.published, ''), a.seq, v.local_id`, id)
	if err != nil {
		return nil, fmt.Errorf("postgres: event %s: %w", id, err)
	}
	defer rows.Close()
	h := &newsgraph.EventHit{ID: id, Articles: []string{}}
	outlets := map[string]bool{}
	var firstArticle, firstLocal string
	for rows.Next() {
		var art, local string
		var outlet, u, pub sql.NullString
		var r newsgraph.EventHit
		if err := rows.Scan(&art, &local, &r.Type, &r.Mode, &r.Cameo, &r.Goldstein, &r.QuadClass, &r.Date, &r.Place,
			&r.Evidence, &r.Confidence, &outlet, &u, &pub); err != nil {
			return nil, err
		}
		if h.Mentions == 0 {
			r.ID, r.Articles, r.Outlet, r.URL, r.Published = h.ID, h.Articles, outlet.String, u.String, pub.String
			*h = r
			firstArticle, firstLocal = art, local
		}
		h.Mentions++
		if len(h.Articles) == 0 || h.Articles[len(h.Articles)-1] != art {
			h.Articles = append(h.Articles, art)
		}
		src := outlet.String
		if src == "" {
			src = "article:" + art
		}
		outlets[src] = true
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if h.Mentions == 0 {
		return nil, newsgraph.Errorf(newsgraph.ENOTFOUND, "event %q not found", id)
	}
	h.Sources = len(outlets)
	prow, err := query(ctx, tx, `SELECT role, entity_id, name FROM event_parties WHERE article_id = ? AND local_id = ?
		ORDER BY role, pos`, firstArticle, firstLocal)
	if err != nil {
		return nil, err
	}
	defer prow.Close()
	h.Actors, h.ActorIDs, h.Targets, h.TargetIDs = []string{}, []string{}, []string{}, []string{}
	for prow.Next() {
		var role, eid, name string
		if err := prow.Scan(&role, &eid, &name); err != nil {
			return nil, err
		}
		if role == "actor" {
			h.Actors, h.ActorIDs = append(h.Actors, name), append(h.ActorIDs, eid)
		} else {
			h.Targets, h.TargetIDs = append(h.Targets, name), append(h.TargetIDs, eid)
		}
	}
	return h, prow.Err()
}
