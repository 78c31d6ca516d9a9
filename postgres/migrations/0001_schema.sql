-- Articles: the current revision of each, with the keys that link it.
CREATE TABLE articles (
	seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	id           text COLLATE "C" NOT NULL UNIQUE,
	revision     integer NOT NULL,
	url          text,
	outlet       text,
	language     text NOT NULL,
	title        text NOT NULL,
	published    text COLLATE "C",
	modified     text,
	extracted    boolean NOT NULL,
	source       text NOT NULL,
	source_hash  text NOT NULL,
	content_hash text NOT NULL,
	minhash      bytea,
	copy_group   text COLLATE "C" NOT NULL,
	ingested_at  timestamptz NOT NULL,
	body         text NOT NULL,
	tsv          tsvector GENERATED ALWAYS AS (to_tsvector('english', title || ' ' || body)) STORED
);
CREATE INDEX articles_content ON articles (content_hash);
CREATE INDEX articles_group ON articles (copy_group);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_tsv ON articles USING gin (tsv);

-- MinHash bands of current revisions: articles sharing a band are
-- candidate copies of one another.
CREATE TABLE article_bands (
	band integer NOT NULL,
	hash bigint NOT NULL,
	seq  bigint NOT NULL
);
CREATE INDEX article_bands_hash ON article_bands (hash, band);
CREATE INDEX article_bands_seq ON article_bands (seq);

-- Revisions: every version of every article, with its whole record.
CREATE TABLE revisions (
	article_id   text COLLATE "C" NOT NULL,
	revision     integer NOT NULL,
	source       text NOT NULL,
	content_hash text NOT NULL,
	title        text NOT NULL,
	ingested_at  timestamptz NOT NULL,
	record       jsonb NOT NULL,
	PRIMARY KEY (article_id, revision)
);

-- Entities merged across articles, and the names they are known by.
CREATE TABLE entities (
	id   text COLLATE "C" PRIMARY KEY,
	type text NOT NULL,
	name text NOT NULL
);
CREATE TABLE entity_aliases (
	alias     text COLLATE "C" NOT NULL,
	type      text NOT NULL,
	entity_id text COLLATE "C" NOT NULL,
	PRIMARY KEY (alias, type, entity_id)
);
CREATE INDEX entity_aliases_entity ON entity_aliases (entity_id);
CREATE TABLE entity_roles (
	entity_id text COLLATE "C" NOT NULL,
	title     text COLLATE "C" NOT NULL,
	PRIMARY KEY (entity_id, title)
);

-- The entities of each article's current revision.
CREATE TABLE article_entities (
	article_id text COLLATE "C" NOT NULL,
	local_id   text COLLATE "C" NOT NULL,
	entity_id  text COLLATE "C" NOT NULL,
	name       text NOT NULL,
	type       text NOT NULL,
	roles      text NOT NULL,
	PRIMARY KEY (article_id, local_id)
);
CREATE INDEX article_entities_entity ON article_entities (entity_id);

CREATE TABLE mentions (
	article_id text COLLATE "C" NOT NULL,
	local_id   text COLLATE "C" NOT NULL,
	start      integer NOT NULL,
	"end"      integer NOT NULL,
	text       text NOT NULL
);
CREATE INDEX mentions_article ON mentions (article_id, local_id);

CREATE TABLE quotes (
	id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	article_id     text COLLATE "C" NOT NULL,
	local_id       text COLLATE "C" NOT NULL,
	kind           text NOT NULL,
	text           text NOT NULL,
	start          integer NOT NULL,
	"end"          integer NOT NULL,
	speaker_entity text COLLATE "C",
	speaker_name   text,
	via            text NOT NULL,
	time_value     text,
	confidence     double precision NOT NULL,
	statement      text COLLATE "C",
	tsv            tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED,
	UNIQUE (article_id, local_id)
);
CREATE INDEX quotes_speaker ON quotes (speaker_entity);
CREATE INDEX quotes_statement ON quotes (statement);
CREATE INDEX quotes_tsv ON quotes USING gin (tsv);

CREATE TABLE times (
	article_id text COLLATE "C" NOT NULL,
	local_id   text COLLATE "C" NOT NULL,
	type       text NOT NULL,
	value      text NOT NULL,
	start      integer NOT NULL,
	"end"      integer NOT NULL,
	text       text NOT NULL,
	PRIMARY KEY (article_id, local_id)
);

CREATE TABLE events (
	article_id   text COLLATE "C" NOT NULL,
	local_id     text COLLATE "C" NOT NULL,
	event_id     text COLLATE "C" NOT NULL,
	type         text NOT NULL,
	mode         text NOT NULL,
	context      text NOT NULL,
	cameo        text NOT NULL,
	goldstein    double precision NOT NULL,
	quad_class   integer NOT NULL,
	date         text COLLATE "C" NOT NULL,
	place        text NOT NULL,
	evidence     text NOT NULL,
	confidence   double precision NOT NULL,
	PRIMARY KEY (article_id, local_id)
);
CREATE INDEX events_event ON events (event_id);
CREATE TABLE event_parties (
	article_id text COLLATE "C" NOT NULL,
	local_id   text COLLATE "C" NOT NULL,
	role       text NOT NULL, -- actor or target
	pos        integer NOT NULL,
	entity_id  text COLLATE "C" NOT NULL,
	name       text NOT NULL
);
CREATE INDEX event_parties_event ON event_parties (article_id, local_id);
CREATE INDEX event_parties_entity ON event_parties (entity_id);
