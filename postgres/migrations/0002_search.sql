-- Search without scans: merged entities carry their counts and the names
-- they appear under; quotes of a speaker and articles come in date order
-- from indexes.

-- Counts of the current revisions that name each merged entity, kept up
-- to date by PutArticles (see countEntities).
ALTER TABLE entities ADD COLUMN articles integer NOT NULL DEFAULT 0;
ALTER TABLE entities ADD COLUMN mentions integer NOT NULL DEFAULT 0;
UPDATE entities e SET
	articles = (SELECT COUNT(DISTINCT article_id) FROM article_entities WHERE entity_id = e.id),
	mentions = (SELECT COUNT(*) FROM mentions m JOIN article_entities ae
		ON ae.article_id = m.article_id AND ae.local_id = m.local_id WHERE ae.entity_id = e.id);
CREATE INDEX entities_articles ON entities (articles DESC, id);
CREATE INDEX entities_type_articles ON entities (type, articles DESC, id);

-- Every name an entity has had in an article, one row each however many
-- articles use it; a name no current revision uses any more is skipped by
-- the query (article_entities_name).
CREATE TABLE entity_names (
	entity_id text COLLATE "C" NOT NULL,
	name      text NOT NULL,
	PRIMARY KEY (entity_id, name)
);
INSERT INTO entity_names (entity_id, name) SELECT DISTINCT entity_id, name FROM article_entities;
CREATE INDEX article_entities_name ON article_entities (entity_id, name);
DROP INDEX article_entities_entity;

-- Articles and quotes in the order of their publication day.
CREATE INDEX articles_day ON articles ((COALESCE(substr(published, 1, 10), '')), seq);
