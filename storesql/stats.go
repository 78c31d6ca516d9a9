package storesql

import newsgraph "github.com/newsgraph/newsgraph"

// Count is a query of one row and one column, and where its value goes.
type Count struct {
	Dst   *int
	Query string
}

// StatsCounts returns the queries that count what s reports, in SQL
// that both dialects read alike.
func StatsCounts(s *newsgraph.Stats) []Count {
	return []Count{
		{&s.Articles, `SELECT COUNT(*) FROM articles`},
		{&s.Revisions, `SELECT COUNT(*) FROM revisions`},
		{&s.NonEnglish, `SELECT COUNT(*) FROM articles WHERE language <> 'en'`},
		{&s.Groups, `SELECT COUNT(*) FROM (SELECT copy_group FROM articles GROUP BY copy_group HAVING COUNT(*) > 1) AS g`},
		{&s.Entities, `SELECT COUNT(DISTINCT entity_id) FROM article_entities`},
		{&s.Mentions, `SELECT COUNT(*) FROM mentions`},
		{&s.Quotes, `SELECT COUNT(*) FROM quotes`},
		{&s.Statements, `SELECT COUNT(*) FROM (SELECT statement FROM quotes WHERE statement IS NOT NULL
			GROUP BY statement HAVING COUNT(DISTINCT article_id) > 1) AS g`},
		{&s.Times, `SELECT COUNT(*) FROM times`},
		{&s.Events, `SELECT COUNT(*) FROM events`},
		{&s.EventGroups, `SELECT COUNT(DISTINCT event_id) FROM events`},
	}
}
