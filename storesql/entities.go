package storesql

import newsgraph "github.com/newsgraph/newsgraph"

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
