-- cronaca store, schema version 1.
-- Every record carries the id of its article; child ids are "<article id>/<local id>" so a re-run of the
-- same input produces the same ids. Character offsets are half-open [start, end) into articles.text.
-- No foreign keys or indexes on child tables: replacing an article deletes and re-inserts its rows in one
-- transaction, and columnar scans with zone maps are fast enough for the filters `cronaca events` offers.

CREATE TABLE articles (
    id            VARCHAR PRIMARY KEY,
    seq           BIGINT NOT NULL,          -- ingest order; "first seen" for near-duplicates
    url           VARCHAR,
    outlet        VARCHAR,
    title         VARCHAR,
    language      VARCHAR,
    published     DATE,
    sha256        VARCHAR NOT NULL,
    text          VARCHAR NOT NULL,
    source        VARCHAR,                  -- file (and record) the article was read from
    duplicate_of  VARCHAR,                  -- id of the first-seen near-duplicate, NULL if original
    similarity    DOUBLE,                   -- estimated Jaccard similarity to duplicate_of
    ingested_at   TIMESTAMP NOT NULL
);

-- MinHash LSH bands of each article (near-duplicate candidates share at least one band key).
CREATE TABLE article_bands (
    article_id  VARCHAR NOT NULL,
    band        INTEGER NOT NULL,
    key         BIGINT NOT NULL
);

CREATE TABLE article_signatures (
    article_id  VARCHAR NOT NULL,
    signature   BLOB NOT NULL               -- MinHash hash values, little-endian uint64
);

CREATE TABLE entities (
    id           VARCHAR NOT NULL,
    article_id   VARCHAR NOT NULL,
    local_id     VARCHAR NOT NULL,
    ordinal     INTEGER NOT NULL,          -- position in the document
    entity_name  VARCHAR NOT NULL,
    type         VARCHAR NOT NULL,
    wikidata_id  VARCHAR,
    country      VARCHAR,
    sector       VARCHAR
);

CREATE TABLE mentions (
    entity_id   VARCHAR NOT NULL,
    article_id  VARCHAR NOT NULL,
    ordinal     INTEGER NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    raw_text    VARCHAR NOT NULL
);

CREATE TABLE quotes (
    id          VARCHAR NOT NULL,
    article_id  VARCHAR NOT NULL,
    local_id    VARCHAR NOT NULL,
    ordinal     INTEGER NOT NULL,          -- position in the document
    text        VARCHAR NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    kind        VARCHAR NOT NULL,
    cue         VARCHAR,
    cue_start   INTEGER,
    cue_end     INTEGER,
    channel     VARCHAR
);

CREATE TABLE events (
    id              VARCHAR NOT NULL,
    article_id      VARCHAR NOT NULL,
    local_id        VARCHAR NOT NULL,
    ordinal     INTEGER NOT NULL,          -- position in the document
    event           VARCHAR NOT NULL,       -- PLOVER type
    quad_code       INTEGER NOT NULL,
    mode            VARCHAR[] NOT NULL,
    context         VARCHAR[] NOT NULL,
    auxiliary       VARCHAR[] NOT NULL,
    date            DATE,                   -- the event's own date
    date_precision  VARCHAR,
    day             DATE,                   -- date, or the article's publication date when date is NULL
    event_text      VARCHAR NOT NULL,
    text            VARCHAR NOT NULL,       -- the sentence
    sentence_start  INTEGER NOT NULL,
    sentence_end    INTEGER NOT NULL,
    trigger_start   INTEGER NOT NULL,
    trigger_end     INTEGER NOT NULL,
    loc_raw_text    VARCHAR,
    loc_name        VARCHAR,
    loc_country     VARCHAR,
    loc_lat         DOUBLE,
    loc_lon         DOUBLE,
    loc_geonames_id BIGINT,
    loc_feature     VARCHAR,
    loc_start       INTEGER,
    loc_end         INTEGER,
    confidence      DOUBLE NOT NULL,
    coder           VARCHAR NOT NULL,
    -- The participants and magnitudes again, nested, so that reading events back needs no join; the
    -- normalized rows in `participants` and `quantities` serve filters and SQL users.
    actor           STRUCT(raw_text VARCHAR, entity_name VARCHAR, entity_id VARCHAR, wikidata_id VARCHAR, country VARCHAR,
                    sector VARCHAR, type VARCHAR, start_char INTEGER, end_char INTEGER)[] NOT NULL,
    recipient       STRUCT(raw_text VARCHAR, entity_name VARCHAR, entity_id VARCHAR, wikidata_id VARCHAR, country VARCHAR,
                    sector VARCHAR, type VARCHAR, start_char INTEGER, end_char INTEGER)[] NOT NULL,
    reported_by     STRUCT(raw_text VARCHAR, entity_name VARCHAR, entity_id VARCHAR, wikidata_id VARCHAR, country VARCHAR,
                    sector VARCHAR, type VARCHAR, start_char INTEGER, end_char INTEGER)[] NOT NULL,
    magnitude       STRUCT(field VARCHAR, value BIGINT, qualifier VARCHAR, raw_text VARCHAR, unit VARCHAR,
                           start_char INTEGER, end_char INTEGER)[] NOT NULL
);

-- Participants of events and quotes. role: actor | recipient | reported_by (events), speaker | reported_by
-- (quotes). owner_kind says whether owner_id is an event or a quote id.
CREATE TABLE participants (
    owner_id     VARCHAR NOT NULL,
    owner_kind   VARCHAR NOT NULL,
    article_id   VARCHAR NOT NULL,
    role         VARCHAR NOT NULL,
    ordinal      INTEGER NOT NULL,
    raw_text     VARCHAR NOT NULL,
    entity_name  VARCHAR NOT NULL,
    entity_id    VARCHAR,                   -- global entity id ("<article id>/<local id>")
    wikidata_id  VARCHAR,
    country      VARCHAR,
    sector       VARCHAR,
    type         VARCHAR,
    start_char   INTEGER,
    end_char     INTEGER
);

CREATE VIEW event_actors AS
    SELECT * FROM participants WHERE owner_kind = 'event' AND role = 'actor';
CREATE VIEW event_recipients AS
    SELECT * FROM participants WHERE owner_kind = 'event' AND role = 'recipient';
CREATE VIEW event_sources AS
    SELECT * FROM participants WHERE owner_kind = 'event' AND role = 'reported_by';

-- Quantities: event magnitudes (event_id and field set) and every amount found in the article.
CREATE TABLE quantities (
    article_id  VARCHAR NOT NULL,
    event_id    VARCHAR,
    field       VARCHAR,                    -- magnitude key ("dead", "injured", "size", ...)
    ordinal     INTEGER NOT NULL,
    value       BIGINT NOT NULL,
    qualifier   VARCHAR NOT NULL,
    raw_text    VARCHAR NOT NULL,
    unit        VARCHAR,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL
);

CREATE TABLE time_expressions (
    article_id  VARCHAR NOT NULL,
    ordinal     INTEGER NOT NULL,
    raw_text    VARCHAR NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    date        DATE,
    precision   VARCHAR NOT NULL,
    end_date    DATE
);

CREATE TABLE ingest_log (
    id          BIGINT NOT NULL,
    run_id      VARCHAR NOT NULL,
    logged_at   TIMESTAMP NOT NULL,
    source      VARCHAR NOT NULL,
    article_id  VARCHAR,
    status      VARCHAR NOT NULL,           -- stored | replaced | skipped | failed
    reason      VARCHAR
);
