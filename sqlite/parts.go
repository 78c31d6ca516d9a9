package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"time"

	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/storesql"
)

// insertParts stores the entities, mentions, quotes, times and events of a
// record, linking entities, statements and events across articles.
func insertParts(ctx context.Context, tx *txn, r *newsgraph.Record) error {
	id := r.Article.ID
	known, err := knownAliases(ctx, tx, r.Entities)
	if err != nil {
		return err
	}
	l := storesql.NewLocals()
	counted := map[string]int{} // merged id -> this article's mentions of it
	var order []string          // merged ids in first-seen order
	for i := range r.Entities {
		e := &r.Entities[i]
		gid, err := resolveEntity(ctx, tx, id, e, known)
		if err != nil {
			return err
		}
		l.Entities[e.ID], l.Names[e.ID] = gid, e.Name
		if _, seen := counted[gid]; !seen {
			order = append(order, gid)
		}
		counted[gid] += len(e.Mentions)
		roles, _ := json.Marshal(storesql.RoleTitles(e))
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO article_entities (article_id, local_id, entity_id, name, type, roles)
			VALUES (?, ?, ?, ?, ?, ?)`, id, e.ID, gid, e.Name, string(e.Type), string(roles)); err != nil {
			return err
		}
		if err := addEntityName(ctx, tx, gid, e.Name); err != nil {
			return err
		}
		if err := insertMentions(ctx, tx, id, e); err != nil {
			return err
		}
	}
	for _, t := range r.Times {
		l.Times[t.ID] = t.Value
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO times (article_id, local_id, type, value, start, "end", text)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, id, t.ID, t.Type, t.Value, t.Span.Start, t.Span.End, t.Span.Text); err != nil {
			return err
		}
	}
	for _, q := range r.Quotes {
		ql := l.Quote(&q)
		res, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO quotes (article_id, local_id, kind, text, start, "end",
			speaker_entity, speaker_name, via, time_value, confidence, statement, fts_key)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)`,
			id, q.ID, q.Kind, q.Text, q.Span.Start, q.Span.End, ql.Speaker, ql.SpeakerName, ql.Via, ql.Time, q.Confidence, ql.Statement)
		if err != nil {
			return err
		}
		qid, err := res.LastInsertId()
		if err != nil {
			return err
		}
		key := ftsKey(r.Article.Published, qid)
		if _, err := tx.ExecContext(ctx, `UPDATE quotes SET fts_key = ? WHERE id = ?`, key, qid); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)`, key, q.Text); err != nil {
			return err
		}
	}
	for _, v := range r.Events {
		if err := insertEvent(ctx, tx, r, &v, l); err != nil {
			return err
		}
	}
	// The article counts once toward each entity it names, with all its
	// mentions of it: the counts known here, without querying them back.
	for len(order) > 0 {
		n := min(len(order), mentionsPerInsert)
		args := make([]any, 0, 2*n)
		for _, gid := range order[:n] {
			args = append(args, gid, counted[gid])
		}
		if _, err := tx.ExecContext(ctx, `WITH c(id, n) AS (VALUES (?, ?)`+strings.Repeat(`, (?, ?)`, n-1)+`)
			UPDATE entities SET articles = articles + 1, mentions = mentions + c.n FROM c WHERE entities.id = c.id`, args...); err != nil {
			return err
		}
		order = order[n:]
	}
	return nil
}

// insertEvent stores one event with its parties and the key linking it to
// reports of the same event in other articles.
func insertEvent(ctx context.Context, tx *txn, r *newsgraph.Record, v *newsgraph.Event, l *storesql.Locals) error {
	id := r.Article.ID
	k := l.Event(r, v)
	if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO events (article_id, local_id, event_id, type, mode, context, cameo,
		goldstein, quad_class, date, place, evidence, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		id, v.ID, k.Key, v.Type, v.Mode, v.Context, v.Cameo, v.Goldstein, v.QuadClass, k.Date, k.Place, k.Evidence, v.Confidence); err != nil {
		return err
	}
	for role, list := range map[string][]string{"actor": v.Actors, "target": v.Targets} {
		for pos, local := range list {
			g, ok := l.Entities[local]
			if !ok {
				continue
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO event_parties (article_id, local_id, role, pos, entity_id, name)
				VALUES (?, ?, ?, ?, ?, ?)`, id, v.ID, role, pos, g, l.Names[local]); err != nil {
				return err
			}
		}
	}
	return nil
}

// resolveEntity returns the merged id of an article's entity: an entity of
// the same type known by one of its aliases, else a new one. An entity
// with no alias (a person named by one word only) stays the article's own.
func resolveEntity(ctx context.Context, tx *txn, articleID string, e *newsgraph.Entity, known map[string][]string) (string, error) {
	key := newsgraph.NameKey(e.Name)
	aliases := newsgraph.EntityAliases(e)
	if len(aliases) == 0 || !slices.Contains(aliases, key) {
		if key == "" {
			key = "unnamed-" + e.ID
		}
		gid := newsgraph.EntityID(e.Type, key) + "@" + articleID
		_, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO entities (id, type, name) VALUES (?, ?, ?)`, gid, string(e.Type), e.Name)
		return gid, err
	}
	gid, err := storesql.ChooseEntity(e, storesql.Candidates(e, aliases, known), func(id, title string) (bool, error) {
		return hasRole(ctx, tx, id, title)
	})
	if err != nil {
		return "", err
	}
	if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO entities (id, type, name) VALUES (?, ?, ?)`, gid, string(e.Type), e.Name); err != nil {
		return "", err
	}
	for _, a := range aliases {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO entity_aliases (alias, type, entity_id) VALUES (?, ?, ?)`, a, string(e.Type), gid); err != nil {
			return "", err
		}
	}
	for _, t := range storesql.RoleTitles(e) {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO entity_roles (entity_id, title) VALUES (?, ?)`, gid, t); err != nil {
			return "", err
		}
	}
	return gid, nil
}

// hasRole reports whether merged entity id holds a role title.
func hasRole(ctx context.Context, tx *txn, id, title string) (bool, error) {
	var one int
	err := tx.QueryRowContext(ctx, `SELECT 1 FROM entity_roles WHERE entity_id = ? AND title = ?`, id, title).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

// knownAliases returns the merged entities already known by any alias of
// an article's entities, keyed by type and alias. Entities are resolved
// against what was stored before the article, in one query.
func knownAliases(ctx context.Context, tx *txn, ents []newsgraph.Entity) (map[string][]string, error) {
	all := storesql.Aliases(ents)
	if len(all) == 0 {
		return map[string][]string{}, nil
	}
	list, _ := json.Marshal(all)
	rows, err := tx.QueryContext(ctx, `SELECT type, alias, entity_id FROM entity_aliases
		WHERE alias IN (SELECT value FROM json_each(?))`, string(list))
	if err != nil {
		return nil, err
	}
	return storesql.KnownAliases(rows)
}

// idBits is the width of the quote id in an FTS key.
const idBits = 28

// ftsKey is the full-text rowid of a quote: the article's publication day
// above the quote's id, so that FTS5, which returns matches in rowid
// order, returns them oldest first and a LIMIT stops the search early.
func ftsKey(published *string, id int64) int64 {
	return int64(day(published))<<idBits | id&(1<<idBits-1)
}

// day counts the days from 1800-01-01 to a YYYY-MM-DD date; 0 for none.
func day(published *string) int64 {
	if published == nil || len(*published) < 10 {
		return 0
	}
	t, err := time.Parse("2006-01-02", (*published)[:10])
	if err != nil || t.Year() < 1800 {
		return 0
	}
	return int64(t.Sub(epoch).Hours()/24) + 1
}

var epoch = time.Date(1800, 1, 1, 0, 0, 0, 0, time.UTC)

// mentionsPerInsert is how many mentions one INSERT writes: a few
// multi-row statements cost far less than one statement a row.
const mentionsPerInsert = 32

// insertMentions stores the mentions of entity e of article id.
func insertMentions(ctx context.Context, tx *txn, id string, e *newsgraph.Entity) error {
	for ms := e.Mentions; len(ms) > 0; {
		n := min(len(ms), mentionsPerInsert)
		q := `INSERT INTO mentions (article_id, local_id, start, "end", text) VALUES (?, ?, ?, ?, ?)` +
			strings.Repeat(`, (?, ?, ?, ?, ?)`, n-1)
		args := make([]any, 0, 5*n)
		for _, m := range ms[:n] {
			args = append(args, id, e.ID, m.Start, m.End, m.Text)
		}
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			return err
		}
		ms = ms[n:]
	}
	return nil
}
