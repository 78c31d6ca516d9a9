package sqlite

import (
	"strings"
	"unicode"

	newsgraph "github.com/newsgraph/newsgraph"
)

// DefaultLimit is how many rows a query returns when its filter names no
// limit.
const DefaultLimit = 100

func limit(f newsgraph.Filter) int {
	if f.Limit <= 0 {
		return DefaultLimit
	}
	return f.Limit
}

func offset(f newsgraph.Filter) int { return max(f.Offset, 0) }

// where gathers the conditions and arguments of a query.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) sql() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// articles adds the outlet and date conditions of f over articles a.
func (w *where) articles(f newsgraph.Filter) {
	if f.Outlet != "" {
		w.add(`lower(a.outlet) = lower(?)`, f.Outlet)
	}
	if f.From != "" {
		w.add(`substr(a.published, 1, 10) >= ?`, f.From)
	}
	if f.To != "" {
		w.add(`substr(a.published, 1, 10) <= ?`, f.To)
	}
}

// entityMatch returns a condition that the entity in columns idCol and
// nameCol is the one named s: by merged id, by alias, or by a name that
// contains s.
func entityMatch(idCol, nameCol, s string) (string, []any) {
	return `(` + idCol + ` = ? OR ` + idCol + ` IN (SELECT entity_id FROM entity_aliases WHERE alias = ?) OR lower(` +
			nameCol + `) LIKE ? ESCAPE '\')`,
		[]any{s, newsgraph.NameKey(s), likePattern(s)}
}

// likePattern returns a LIKE pattern for text containing s, any case.
func likePattern(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return "%" + r.Replace(strings.ToLower(s)) + "%"
}

// ftsQuery turns words typed by a user into an FTS5 query: every word
// must occur. Quoted words keep FTS5's syntax out.
func ftsQuery(s string) string {
	w := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(w) == 0 {
		return `""`
	}
	for i := range w {
		w[i] = `"` + w[i] + `"`
	}
	return strings.Join(w, " ")
}
