package postgres

import (
	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/storesql"
)

// entityIDs returns a query of the merged entities named s: by id, by
// alias, or by a name of theirs in a current article that contains s in
// any case. Names are matched among the distinct names of entities
// (entity_names), not among every article's.
func entityIDs(s string) (string, []any) {
	return `SELECT id FROM entities WHERE id = ? UNION SELECT entity_id FROM entity_aliases WHERE alias = ?
		UNION SELECT n.entity_id FROM entity_names n WHERE lower(n.name) LIKE ? ESCAPE '\'
		AND EXISTS (SELECT 1 FROM article_entities ae WHERE ae.entity_id = n.entity_id AND ae.name = n.name)`,
		[]any{s, newsgraph.NameKey(s), storesql.LikePattern(s)}
}
