// Package storesql holds the SQL pieces that the sqlite and postgres
// stores share: limits, WHERE clauses with their arguments, name matching,
// and the reading of rows both stores select alike. Queries use ?
// placeholders; the postgres store numbers them. What differs between the
// dialects (full-text search, NULL ordering, lists of ids) stays in each
// store.
package storesql

import (
	"strings"

	newsgraph "github.com/newsgraph/newsgraph"
)

// DefaultLimit is how many rows a query returns when its filter names no
// limit.
const DefaultLimit = 100

// Limit returns the row limit of f.
func Limit(f newsgraph.Filter) int {
	if f.Limit <= 0 {
		return DefaultLimit
	}
	return f.Limit
}

// Offset returns the rows f skips.
func Offset(f newsgraph.Filter) int { return max(f.Offset, 0) }

// Where gathers the conditions and arguments of a query.
type Where struct {
	Conds []string
	Args  []any
}

// Add adds a condition and its arguments.
func (w *Where) Add(cond string, args ...any) {
	w.Conds = append(w.Conds, cond)
	w.Args = append(w.Args, args...)
}

// SQL returns the WHERE clause, or "" when there is no condition.
func (w *Where) SQL() string {
	if len(w.Conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.Conds, " AND ")
}

// Articles adds the outlet and date conditions of f over articles a.
func (w *Where) Articles(f newsgraph.Filter) {
	if f.Outlet != "" {
		w.Add(`lower(a.outlet) = lower(?)`, f.Outlet)
	}
	if f.From != "" {
		w.Add(`substr(a.published, 1, 10) >= ?`, f.From)
	}
	if f.To != "" {
		w.Add(`substr(a.published, 1, 10) <= ?`, f.To)
	}
}

// EntityMatch returns a condition that the entity in columns idCol and
// nameCol is the one named s: by merged id, by alias, or by a name that
// contains s.
func EntityMatch(idCol, nameCol, s string) (string, []any) {
	return `(` + idCol + ` = ? OR ` + idCol + ` IN (SELECT entity_id FROM entity_aliases WHERE alias = ?) OR lower(` +
			nameCol + `) LIKE ? ESCAPE '\')`,
		[]any{s, newsgraph.NameKey(s), LikePattern(s)}
}

// LikePattern returns a LIKE pattern for text containing s, any case.
func LikePattern(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return "%" + r.Replace(strings.ToLower(s)) + "%"
}
