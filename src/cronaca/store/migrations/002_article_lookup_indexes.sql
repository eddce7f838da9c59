-- cronaca store, schema version 2: point lookups for ingest's "already stored?" check.
-- Before extracting an article, ingest looks it up by id, url and content hash; without these indexes each
-- lookup scans the articles table (about 12 ms at 100,000 articles, 1 ms with them).
CREATE INDEX articles_sha256 ON articles (sha256);
CREATE INDEX articles_url ON articles (url);
