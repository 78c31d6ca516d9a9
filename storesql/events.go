package storesql

import (
	"database/sql"
	"strings"

	newsgraph "github.com/newsgraph/newsgraph"
)

// EventsQuery returns the query of the ids of the linked events that f
// selects, earliest first, and its arguments: those of f's page last.
func EventsQuery(f newsgraph.Filter) (string, []any) {
	w := &Where{}
	if f.Type != "" {
		w.Add(`(v.type = upper(?) OR v.cameo LIKE ? ESCAPE '\')`, f.Type, strings.TrimSuffix(LikePattern(f.Type)[1:], "%")+"%")
	}
	party := func(role, s string) {
		c, args := EntityMatch("p.entity_id", "p.name", s)
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
	return `SELECT v.event_id FROM events v JOIN articles a ON a.id = v.article_id` + w.SQL() +
		` GROUP BY v.event_id ORDER BY MIN(v.date), v.event_id LIMIT ? OFFSET ?`, append(w.Args, Limit(f), Offset(f))
}

// EventColumns are read by EventReports, from events v joined with
// articles a.
const EventColumns = `SELECT v.article_id, v.local_id, v.type, v.mode, v.cameo, v.goldstein, v.quad_class,
		v.date, v.place, v.evidence, v.confidence, a.outlet, a.url, a.published`

// EventReports returns linked event id from rows of EventColumns, its
// reports in order, the first giving its fields; ENOTFOUND when there are
// none. The first report's article and local id name the event whose
// parties EventPartiesQuery selects.
func EventReports(id string, rows Rows) (h *newsgraph.EventHit, article, local string, err error) {
	defer rows.Close()
	h = &newsgraph.EventHit{ID: id, Articles: []string{}}
	outlets := map[string]bool{}
	for rows.Next() {
		var art, loc string
		var outlet, u, pub sql.NullString
		var r newsgraph.EventHit
		if err := rows.Scan(&art, &loc, &r.Type, &r.Mode, &r.Cameo, &r.Goldstein, &r.QuadClass, &r.Date, &r.Place,
			&r.Evidence, &r.Confidence, &outlet, &u, &pub); err != nil {
			return nil, "", "", err
		}
		if h.Mentions == 0 {
			r.ID, r.Articles, r.Outlet, r.URL, r.Published = h.ID, h.Articles, outlet.String, u.String, pub.String
			*h = r
			article, local = art, loc
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
		return nil, "", "", err
	}
	if h.Mentions == 0 {
		return nil, "", "", newsgraph.Errorf(newsgraph.ENOTFOUND, "event %q not found", id)
	}
	h.Sources = len(outlets)
	return h, article, local, nil
}

// EventPartiesQuery is the query of the parties of one event of one
// article, read by EventParties.
const EventPartiesQuery = `SELECT role, entity_id, name FROM event_parties WHERE article_id = ? AND local_id = ?
		ORDER BY role, pos`

// EventParties sets the actors and targets of h from rows of
// EventPartiesQuery.
func EventParties(h *newsgraph.EventHit, rows Rows) error {
	defer rows.Close()
	h.Actors, h.ActorIDs, h.Targets, h.TargetIDs = []string{}, []string{}, []string{}, []string{}
	for rows.Next() {
		var role, eid, name string
		if err := rows.Scan(&role, &eid, &name); err != nil {
			return err
		}
		if role == "actor" {
			h.Actors, h.ActorIDs = append(h.Actors, name), append(h.ActorIDs, eid)
		} else {
			h.Targets, h.TargetIDs = append(h.Targets, name), append(h.TargetIDs, eid)
		}
	}
	return rows.Err()
}
