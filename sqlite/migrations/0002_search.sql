-- Search without scans: merged entities carry their counts and the names
-- they appear under, indexed by trigrams; articles are keyed in the
-- full-text index by publication day, as quotes are (see ftsKey).

-- Counts of the current revisions that name each merged entity, kept up
-- to date by PutArticles (see countEntities).
ALTER TABLE entities ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entities ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;
UPDATE entities SET
	articles = (SELECT COUNT(DISTINCT article_id) FROM article_entities WHERE entity_id = entities.id),
	mentions = (SELECT COUNT(*) FROM mentions m JOIN article_entities ae
		ON ae.article_id = m.article_id AND ae.local_id = m.local_id WHERE ae.entity_id = entities.id);
CREATE INDEX entities_articles ON entities (articles DESC, id);
CREATE INDEX entities_type_articles ON entities (type, articles DESC, id);

-- Every name an entity has had in an article; a name no current revision
-- uses any more is skipped by the query (article_entities_name).
CREATE TABLE entity_names (
	id        INTEGER PRIMARY KEY,
	entity_id TEXT NOT NULL,
	name      TEXT NOT NULL,
	UNIQUE (entity_id, name)
);
INSERT OR IGNORE INTO entity_names (entity_id, name) SELECT entity_id, name FROM article_entities ORDER BY entity_id, name;
-- rowid is entity_names.id; trigrams answer LIKE '%...%' in any case.
CREATE VIRTUAL TABLE entity_names_fts USING fts5 (name, tokenize = 'trigram');
INSERT INTO entity_names_fts (rowid, name) SELECT id, name FROM entity_names;
CREATE INDEX article_entities_name ON article_entities (entity_id, name);
DROP INDEX article_entities_entity;

-- Quotes of a speaker, oldest first, without a sort.
CREATE INDEX quotes_speaker_key ON quotes (speaker_entity, fts_key);
DROP INDEX quotes_speaker;

-- articles_fts is keyed by publication day above articles.seq, so that
-- FTS5 returns matches oldest first and a LIMIT stops the search early.
ALTER TABLE articles ADD COLUMN fts_key INTEGER NOT NULL DEFAULT 0;
UPDATE articles SET fts_key = (CASE
	WHEN julianday(substr(published, 1, 10)) IS NULL OR substr(published, 1, 4) < '1800' THEN 0
	ELSE CAST(julianday(substr(published, 1, 10)) - julianday('1800-01-01') AS INTEGER) + 1 END) << 28 | (seq & 268435455);
CREATE INDEX articles_fts_key ON articles (fts_key);
CREATE TEMP TABLE articles_fts_old AS SELECT rowid AS seq, title, text FROM articles_fts;
DELETE FROM articles_fts;
INSERT INTO articles_fts (rowid, title, text)
	SELECT a.fts_key, o.title, o.text FROM articles_fts_old o JOIN articles a ON a.seq = o.seq;
DROP TABLE articles_fts_old;

-- Merge the full-text indexes' segments, which ingesting in many
-- transactions leaves behind: a search then opens one b-tree, not dozens.
INSERT INTO articles_fts (articles_fts) VALUES ('optimize');
INSERT INTO quotes_fts (quotes_fts) VALUES ('optimize');
INSERT INTO entity_names_fts (entity_names_fts) VALUES ('optimize');
