package storesql

import (
	"database/sql"
	"encoding/json"

	newsgraph "github.com/newsgraph/newsgraph"
)

// The functions below read the rows of a query that both stores run in
// their own dialect. Each reads rows to the end and closes them.

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

// QuoteColumns are read by QuoteHits, from quotes q joined with articles a.
const QuoteColumns = `SELECT q.article_id, q.local_id, q.kind, q.text, q.speaker_name, q.speaker_entity, q.via, q.statement,
	a.outlet, a.published, a.url FROM quotes q JOIN articles a ON a.id = q.article_id`

// QuoteHits returns the quotes of rows of QuoteColumns.
func QuoteHits(rows Rows) ([]newsgraph.QuoteHit, error) {
	defer rows.Close()
	out := []newsgraph.QuoteHit{}
	for rows.Next() {
		var h newsgraph.QuoteHit
		var speaker, speakerID, stmt, outlet, pub, u sql.NullString
		var via string
		if err := rows.Scan(&h.ArticleID, &h.QuoteID, &h.Kind, &h.Text, &speaker, &speakerID, &via, &stmt, &outlet, &pub, &u); err != nil {
			return nil, err
		}
		h.Speaker, h.SpeakerID, h.Statement = speaker.String, speakerID.String, stmt.String
		h.Outlet, h.Published, h.URL = outlet.String, pub.String, u.String
		if err := json.Unmarshal([]byte(via), &h.Via); err != nil {
			return nil, err
		}
		out = append(out, h)
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
