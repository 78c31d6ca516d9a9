package storesql

import (
	"database/sql"
	"encoding/json"

	newsgraph "github.com/newsgraph/newsgraph"
)

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

// Statement returns the statement of key reported by reports, earliest
// first: its text is the first report's, its speaker the first named.
func Statement(key string, reports []newsgraph.QuoteHit) newsgraph.Statement {
	s := newsgraph.Statement{Key: key, Text: reports[0].Text, Reports: reports}
	for _, r := range reports {
		if r.Speaker != "" {
			s.Speaker = r.Speaker
			break
		}
	}
	return s
}
