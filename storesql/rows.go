package storesql

import (
	"database/sql"

	newsgraph "github.com/newsgraph/newsgraph"
)

// The functions that take Rows (Strings, ArticleHits, QuoteHits, ...)
// read the rows of a query that each store runs in its own dialect, and
// close them.

// Strings returns the first column of every row.
func Strings(rows Rows) ([]string, error) {
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// ArticleColumns are read by ArticleHits, from articles a.
const ArticleColumns = `SELECT a.id, a.title, a.outlet, a.published, a.url, a.language, a.copy_group`

// ArticleHits returns the articles of rows of ArticleColumns.
func ArticleHits(rows Rows) ([]newsgraph.ArticleHit, error) {
	defer rows.Close()
	out := []newsgraph.ArticleHit{}
	for rows.Next() {
		var h newsgraph.ArticleHit
		var outlet, pub, u sql.NullString
		if err := rows.Scan(&h.ID, &h.Title, &outlet, &pub, &u, &h.Language, &h.Group); err != nil {
			return nil, err
		}
		h.Outlet, h.Published, h.URL = outlet.String, pub.String, u.String
		out = append(out, h)
	}
	return out, rows.Err()
}
