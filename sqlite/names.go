package sqlite

import (
	"context"
	"strings"

	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/storesql"
)

// countEntities adds sign times what an article's current parts count
// toward the entities they name: one article each, and their mentions.
// PutArticles calls it with -1 before deleting a revised article's parts;
// insertParts adds the new parts' counts itself. So entities.articles and
// entities.mentions stay what COUNT over article_entities and mentions
// would say.
func countEntities(ctx context.Context, tx *txn, articleID string, sign int) error {
	_, err := tx.ExecContext(ctx, `UPDATE entities SET
		articles = articles + ?,
		mentions = mentions + ? * (SELECT COUNT(*) FROM mentions m JOIN article_entities ae
			ON ae.article_id = m.article_id AND ae.local_id = m.local_id WHERE ae.article_id = ? AND ae.entity_id = entities.id)
		WHERE id IN (SELECT entity_id FROM article_entities WHERE article_id = ?)`, sign, sign, articleID, articleID)
	return err
}

// addEntityName records a name a merged entity appears under, indexing it
// by trigrams the first time.
func addEntityName(ctx context.Context, tx *txn, entityID, name string) error {
	res, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO entity_names (entity_id, name) VALUES (?, ?)`, entityID, name)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO entity_names_fts (rowid, name) VALUES (?, ?)`, id, name)
	return err
}

// entityIDs returns a query of the merged entities named s: by id, by
// alias, or by a name of theirs in a current article that contains s in
// any case. Names of three characters or more are found through the
// trigram index; shorter ones by a scan of the distinct names.
func entityIDs(s string) (string, []any) {
	var name string
	var arg any
	if len([]rune(s)) >= 3 {
		// A phrase of trigrams matches where it is a substring.
		name = `SELECT n.entity_id FROM entity_names_fts t JOIN entity_names n ON n.id = t.rowid WHERE entity_names_fts MATCH ?`
		arg = `name : "` + strings.ReplaceAll(s, `"`, `""`) + `"`
	} else {
		name = `SELECT n.entity_id FROM entity_names n WHERE lower(n.name) LIKE ? ESCAPE '\'`
		arg = storesql.LikePattern(s)
	}
	name += ` AND EXISTS (SELECT 1 FROM article_entities ae WHERE ae.entity_id = n.entity_id AND ae.name = n.name)`
	return `SELECT id FROM entities WHERE id = ? UNION SELECT entity_id FROM entity_aliases WHERE alias = ? UNION ` + name,
		[]any{s, newsgraph.NameKey(s), arg}
}
