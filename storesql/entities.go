package storesql

import (
	"fmt"

	newsgraph "github.com/newsgraph/newsgraph"
)

// EntitiesQuery returns the query of the ids of the merged entities that f
// selects, most widely reported first, and its arguments: those of f's
// page last. entityIDs is the store's query of the entities named s.
// Without an outlet or dates, the counts kept with each entity order them
// through an index; with them, the entities' articles are counted.
func EntitiesQuery(f newsgraph.Filter, entityIDs func(s string) (string, []any)) (string, []any) {
	w := &Where{}
	var q string
	if f.Outlet == "" && f.From == "" && f.To == "" {
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
	return q, append(w.Args, Limit(f), Offset(f))
}

// EntityHits loads merged entities in the order of ids, in three queries
// whatever their number; ENOTFOUND if one is missing, other errors
// prefixed "entities: ". in is what follows a column in the store's
// dialect to ask that it hold one of ids, with one placeholder; query runs
// a query with that placeholder's argument.
func EntityHits(ids []string, in string, query func(q string) (Rows, error)) ([]newsgraph.EntityHit, error) {
	out := make([]newsgraph.EntityHit, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	at := make(map[string]int, len(ids))
	for i, id := range ids {
		at[id] = i
		out[i] = newsgraph.EntityHit{ID: id, Aliases: []string{}, Roles: []string{}}
	}
	rows, err := query(`SELECT id, name, type, articles, mentions FROM entities WHERE id` + in)
	if err != nil {
		return nil, fmt.Errorf("entities: %w", err)
	}
	found := 0
	for rows.Next() {
		var h newsgraph.EntityHit
		if err := rows.Scan(&h.ID, &h.Name, &h.Type, &h.Articles, &h.Mentions); err != nil {
			rows.Close()
			return nil, fmt.Errorf("entities: %w", err)
		}
		h.Aliases, h.Roles = []string{}, []string{}
		out[at[h.ID]] = h
		found++
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("entities: %w", err)
	}
	if found < len(ids) {
		for _, h := range out {
			if h.Type == "" {
				return nil, newsgraph.Errorf(newsgraph.ENOTFOUND, "entity %q not found", h.ID)
			}
		}
	}
	for _, c := range []struct {
		q   string
		dst func(*newsgraph.EntityHit) *[]string
	}{
		{`SELECT entity_id, alias FROM entity_aliases WHERE entity_id` + in + ` ORDER BY entity_id, alias`,
			func(h *newsgraph.EntityHit) *[]string { return &h.Aliases }},
		{`SELECT entity_id, title FROM entity_roles WHERE entity_id` + in + ` ORDER BY entity_id, title`,
			func(h *newsgraph.EntityHit) *[]string { return &h.Roles }},
	} {
		rows, err := query(c.q)
		if err != nil {
			return nil, fmt.Errorf("entities: %w", err)
		}
		for rows.Next() {
			var id, v string
			if err := rows.Scan(&id, &v); err != nil {
				rows.Close()
				return nil, fmt.Errorf("entities: %w", err)
			}
			d := c.dst(&out[at[id]])
			*d = append(*d, v)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("entities: %w", err)
		}
	}
	return out, nil
}
