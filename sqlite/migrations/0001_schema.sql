-- Articles: the current revision of each, with the keys that link it.
CREATE TABLE articles (
	seq          INTEGER PRIMARY KEY,
	id           TEXT NOT NULL UNIQUE,
	revision     INTEGER NOT NULL,
	url          TEXT,
	outlet       TEXT,
	language     TEXT NOT NULL,
	title        TEXT NOT NULL,
	published    TEXT,
	modified     TEXT,
	extracted    INTEGER NOT NULL,
	source       TEXT NOT NULL,
	source_hash  TEXT NOT NULL,
	content_hash TEXT NOT NULL,
	minhash      BLOB,
	copy_group   TEXT NOT NULL,
	ingested_at  TEXT NOT NULL
);
CREATE INDEX articles_content ON articles (content_hash);
CREATE INDEX articles_group ON articles (copy_group);
CREATE INDEX articles_published ON articles (published);

-- MinHash bands of current revisions: articles sharing a band are
-- candidate copies of one another.
CREATE TABLE article_bands (
	band INTEGER NOT NULL,
	hash INTEGER NOT NULL,
	seq  INTEGER NOT NULL
);
CREATE INDEX article_bands_hash ON article_bands (hash, band);
CREATE INDEX article_bands_seq ON article_bands (seq);

-- Revisions: every version of every article, with its whole record.
CREATE TABLE revisions (
	article_id   TEXT NOT NULL,
	revision     INTEGER NOT NULL,
	source       TEXT NOT NULL,
	content_hash TEXT NOT NULL,
	title        TEXT NOT NULL,
	ingested_at  TEXT NOT NULL,
	record       TEXT NOT NULL,
	PRIMARY KEY (article_id, revision)
);

-- Entities merged across articles, and the names they are known by.
CREATE TABLE entities (
	id   TEXT PRIMARY KEY,
	type TEXT NOT NULL,
	name TEXT NOT NULL
);
CREATE TABLE entity_aliases (
	alias     TEXT NOT NULL,
	type      TEXT NOT NULL,
	entity_id TEXT NOT NULL,
	PRIMARY KEY (alias, type, entity_id)
);
CREATE INDEX entity_aliases_entity ON entity_aliases (entity_id);
CREATE TABLE entity_roles (
	entity_id TEXT NOT NULL,
	title     TEXT NOT NULL,
	PRIMARY KEY (entity_id, title)
);

-- The entities of each article's current revision.
CREATE TABLE article_entities (
	article_id TEXT NOT NULL,
	local_id   TEXT NOT NULL,
	entity_id  TEXT NOT NULL,
	name       TEXT NOT NULL,
	type       TEXT NOT NULL,
	roles      TEXT NOT NULL,
	PRIMARY KEY (article_id, local_id)
);
CREATE INDEX article_entities_entity ON article_entities (entity_id);

CREATE TABLE mentions (
	article_id TEXT NOT NULL,
	local_id   TEXT NOT NULL,
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	text       TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions (article_id, local_id);

CREATE TABLE quotes (
	id             INTEGER PRIMARY KEY,
	article_id     TEXT NOT NULL,
	local_id       TEXT NOT NULL,
	kind           TEXT NOT NULL,
	text           TEXT NOT NULL,
	start          INTEGER NOT NULL,
	"end"          INTEGER NOT NULL,
	speaker_entity TEXT,
	speaker_name   TEXT,
	via            TEXT NOT NULL,
	time_value     TEXT,
	confidence     REAL NOT NULL,
	statement      TEXT,
	fts_key        INTEGER NOT NULL, -- quotes_fts rowid: publication day and id, see ftsKey
	UNIQUE (article_id, local_id)
);
CREATE INDEX quotes_speaker ON quotes (speaker_entity);
CREATE INDEX quotes_statement ON quotes (statement);
-- rowid is quotes.fts_key, so that FTS5 returns matches in date order.
CREATE VIRTUAL TABLE quotes_fts USING fts5 (text, tokenize = 'porter unicode61');

CREATE TABLE times (
	article_id TEXT NOT NULL,
	local_id   TEXT NOT NULL,
	type       TEXT NOT NULL,
	value      TEXT NOT NULL,
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	text       TEXT NOT NULL,
	PRIMARY KEY (article_id, local_id)
);

CREATE TABLE events (
	article_id   TEXT NOT NULL,
	local_id     TEXT NOT NULL,
	event_id     TEXT NOT NULL,
	type         TEXT NOT NULL,
	mode         TEXT NOT NULL,
	context      TEXT NOT NULL,
	cameo        TEXT NOT NULL,
	goldstein    REAL NOT NULL,
	quad_class   INTEGER NOT NULL,
	date         TEXT NOT NULL,
	place        TEXT NOT NULL,
	evidence     TEXT NOT NULL,
	confidence   REAL NOT NULL,
	PRIMARY KEY (article_id, local_id)
);
CREATE INDEX events_event ON events (event_id);
CREATE TABLE event_parties (
	article_id TEXT NOT NULL,
	local_id   TEXT NOT NULL,
	role       TEXT NOT NULL, -- actor or target
	pos        INTEGER NOT NULL,
	entity_id  TEXT NOT NULL,
	name       TEXT NOT NULL
);
CREATE INDEX event_parties_event ON event_parties (article_id, local_id);
CREATE INDEX event_parties_entity ON event_parties (entity_id);

-- Full text of the current revisions; rowid is articles.seq.
CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text, tokenize = 'porter unicode61');
