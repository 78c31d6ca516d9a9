package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"slices"

	"github.com/jackc/pgx/v5"
	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/storesql"
)

// insertParts stores the entities, mentions, quotes, times and events of a
// record, linking entities, statements and events across articles.
func insertParts(ctx context.Context, tx pgx.Tx, r *newsgraph.Record) error {
	b := &batch{}
	if err := insertPartsTo(ctx, tx, b, r); err != nil {
		return err
	}
	return b.send(ctx, tx)
}

// batch queues statements that need no answer, to send in one round trip.
type batch struct{ pgx.Batch }

func (b *batch) queue(q string, args ...any) error {
	b.Queue(pg(q), args...)
	return nil
}

func (b *batch) send(ctx context.Context, tx pgx.Tx) error {
	if b.Len() == 0 {
		return nil
	}
	return tx.SendBatch(ctx, &b.Batch).Close()
}

// insertPartsTo queues the rows of a record in b; resolving its entities
// reads and writes through tx.
func insertPartsTo(ctx context.Context, tx pgx.Tx, b *batch, r *newsgraph.Record) error {
	id := r.Article.ID
	known, err := knownAliases(ctx, tx, r.Entities)
	if err != nil {
		return err
	}
	l := storesql.NewLocals()
	for i := range r.Entities {
		e := &r.Entities[i]
		gid, err := resolveEntity(ctx, tx, b, id, e, known)
		if err != nil {
			return err
		}
		l.Entities[e.ID], l.Names[e.ID] = gid, e.Name
		roles, _ := json.Marshal(storesql.RoleTitles(e))
		if err := b.queue(`INSERT INTO article_entities (article_id, local_id, entity_id, name, type, roles)
			VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`, id, e.ID, gid, e.Name, string(e.Type), string(roles)); err != nil {
			return err
		}
		if err := b.queue(`INSERT INTO entity_names (entity_id, name) VALUES (?, ?) ON CONFLICT DO NOTHING`, gid, e.Name); err != nil {
			return err
		}
		for _, m := range e.Mentions {
			if err := b.queue(`INSERT INTO mentions (article_id, local_id, start, "end", text) VALUES (?, ?, ?, ?, ?)`,
				id, e.ID, m.Start, m.End, m.Text); err != nil {
				return err
			}
		}
	}
	for _, t := range r.Times {
		l.Times[t.ID] = t.Value
		if err := b.queue(`INSERT INTO times (article_id, local_id, type, value, start, "end", text)
			VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`, id, t.ID, t.Type, t.Value, t.Span.Start, t.Span.End, t.Span.Text); err != nil {
			return err
		}
	}
	for _, q := range r.Quotes {
		ql := l.Quote(&q)
		if err := b.queue(`INSERT INTO quotes (article_id, local_id, kind, text, start, "end",
			speaker_entity, speaker_name, via, time_value, confidence, statement)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
			id, q.ID, q.Kind, q.Text, q.Span.Start, q.Span.End, ql.Speaker, ql.SpeakerName, ql.Via, ql.Time, q.Confidence, ql.Statement); err != nil {
			return err
		}
	}
	for _, v := range r.Events {
		if err := insertEvent(b, r, &v, l); err != nil {
			return err
		}
	}
	return b.queue(countEntities, +1, +1, id, id)
}

// countEntities adds $1 times what an article's current parts count
// toward the entities they name: one article each, and their mentions.
// PutArticles runs it with +1 after storing the parts and with -1 before
// deleting them, so that entities.articles and entities.mentions stay
// what COUNT over article_entities and mentions would say.
const countEntities = `UPDATE entities e SET
	articles = e.articles + ?,
	mentions = e.mentions + ? * (SELECT COUNT(*) FROM mentions m JOIN article_entities ae
		ON ae.article_id = m.article_id AND ae.local_id = m.local_id WHERE ae.article_id = ? AND ae.entity_id = e.id)
	WHERE e.id IN (SELECT entity_id FROM article_entities WHERE article_id = ?)`

// insertEvent stores one event with its parties and the key linking it to
// reports of the same event in other articles.
func insertEvent(b *batch, r *newsgraph.Record, v *newsgraph.Event, l *storesql.Locals) error {
	id := r.Article.ID
	k := l.Event(r, v)
	if err := b.queue(`INSERT INTO events (article_id, local_id, event_id, type, mode, context, cameo,
		goldstein, quad_class, date, place, evidence, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
		id, v.ID, k.Key, v.Type, v.Mode, v.Context, v.Cameo, v.Goldstein, v.QuadClass, k.Date, k.Place, k.Evidence, v.Confidence); err != nil {
		return err
	}
	for role, list := range map[string][]string{"actor": v.Actors, "target": v.Targets} {
		for pos, local := range list {
			g, ok := l.Entities[local]
			if !ok {
				continue
			}
			if err := b.queue(`INSERT INTO event_parties (article_id, local_id, role, pos, entity_id, name)
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
func resolveEntity(ctx context.Context, tx pgx.Tx, b *batch, articleID string, e *newsgraph.Entity, known map[string][]string) (string, error) {
	key := newsgraph.NameKey(e.Name)
	aliases := newsgraph.EntityAliases(e)
	if len(aliases) == 0 || !slices.Contains(aliases, key) {
		if key == "" {
			key = "unnamed-" + e.ID
		}
		gid := newsgraph.EntityID(e.Type, key) + "@" + articleID
		err := b.queue(`INSERT INTO entities (id, type, name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`, gid, string(e.Type), e.Name)
		return gid, err
	}
	gid, err := storesql.ChooseEntity(e, storesql.Candidates(e, aliases, known), func(id, title string) (bool, error) {
		return hasRole(ctx, tx, id, title)
	})
	if err != nil {
		return "", err
	}
	eb := &batch{}
	if err := eb.queue(`INSERT INTO entities (id, type, name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`, gid, string(e.Type), e.Name); err != nil {
		return "", err
	}
	for _, a := range aliases {
		if err := eb.queue(`INSERT INTO entity_aliases (alias, type, entity_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`, a, string(e.Type), gid); err != nil {
			return "", err
		}
	}
	for _, t := range storesql.RoleTitles(e) {
		if err := eb.queue(`INSERT INTO entity_roles (entity_id, title) VALUES (?, ?) ON CONFLICT DO NOTHING`, gid, t); err != nil {
			return "", err
		}
	}
	return gid, eb.send(ctx, tx)
}

// hasRole reports whether merged entity id holds a role title.
func hasRole(ctx context.Context, tx pgx.Tx, id, title string) (bool, error) {
	var one int
	err := queryRow(ctx, tx, `SELECT 1 FROM entity_roles WHERE entity_id = ? AND title = ?`, id, title).Scan(&one)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

// knownAliases returns the merged entities already known by any alias of
// an article's entities, keyed by type and alias. Entities are resolved
// against what was stored before the article, in one query.
func knownAliases(ctx context.Context, tx pgx.Tx, ents []newsgraph.Entity) (map[string][]string, error) {
	all := storesql.Aliases(ents)
	if len(all) == 0 {
		return map[string][]string{}, nil
	}
	rows, err := query(ctx, tx, `SELECT type, alias, entity_id FROM entity_aliases WHERE alias = ANY(?)`, all)
	if err != nil {
		return nil, err
	}
	return storesql.KnownAliases(closer{rows})
}
