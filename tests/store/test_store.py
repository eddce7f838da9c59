"""The DuckDB store: migrations, atomic writes, replacement, near-duplicate links, read-only access."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import duckdb
import pytest

from cronaca.ingest.dedup import fingerprint
from cronaca.records import Article, Document
from cronaca.store import Action, EventFilter, QueryError, StoreError, check_select, open_store
from cronaca.store.schema import SchemaError, latest_version, migrations

from .corpus import corpus, doc_en1, doc_en1_copy, doc_it1, doc_it2


def _write(store, doc: Document):  # type: ignore[no-untyped-def]
    return store.write_document(doc, source="test", fingerprint=fingerprint(doc.article.text))


def _count(path: Path, table: str, where: str = "TRUE") -> int:
    with duckdb.connect(str(path), read_only=True) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0])


def test_store_migrations_numbered_and_recorded(tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    open_store(db).close()
    open_store(db).close()  # reopening applies nothing twice
    assert [m.version for m in migrations()] == list(range(1, latest_version() + 1))
    assert _count(db, "schema_version") == latest_version()


def test_store_refuses_newer_schema(tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    open_store(db).close()
    with duckdb.connect(str(db)) as conn:
        conn.execute("INSERT INTO schema_version VALUES (999, 'future', current_timestamp)")
    with pytest.raises(SchemaError, match="upgrade cronaca"):
        open_store(db)


def test_store_read_only_missing_file_says_how_to_create(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cronaca ingest"):
        open_store(tmp_path / "none.duckdb", read_only=True)


def test_store_write_then_read_roundtrip_keeps_records(tmp_path: Path) -> None:
    doc = doc_it1()
    with open_store(tmp_path / "c.duckdb") as store:
        assert _write(store, doc).action is Action.stored
        stored = list(store.events(EventFilter()))
    assert [s.event.id for s in stored] == ["it-1/e1", "it-1/e2"]
    for original, got in zip(doc.events, (s.event for s in stored), strict=True):
        want = original.to_dict()
        have = got.to_dict()
        # ids become store-wide; entity references too
        assert have.pop("id") == f"it-1/{want.pop('id')}"
        for role in ("actor", "recipient"):
            for w, h in zip(want[role], have[role], strict=True):
                assert h.pop("entity_id") == (None if w["entity_id"] is None else f"it-1/{w['entity_id']}")
                w.pop("entity_id")
        assert have == want


@pytest.mark.parametrize("table, expected", [
    ("entities", 2), ("mentions", 2), ("events", 2), ("participants", 4), ("quantities", 3),
    ("time_expressions", 1), ("quotes", 0), ("article_bands", 32), ("article_signatures", 1),
])
def test_store_child_rows_per_table(tmp_path: Path, table: str, expected: int) -> None:
    db = tmp_path / "c.duckdb"
    with open_store(db) as store:
        _write(store, doc_it1())
    assert _count(db, table) == expected


def test_store_spans_reproduce_article_text(tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    with open_store(db) as store:
        for doc in corpus():
            _write(store, doc)
    with duckdb.connect(str(db), read_only=True) as conn:
        bad = conn.execute(
            "SELECT count(*) FROM participants p JOIN articles a ON a.id = p.article_id "
            "WHERE p.start_char IS NOT NULL AND substring(a.text, p.start_char + 1, p.end_char - p.start_char) "
            "<> p.raw_text").fetchone()[0]
        mentions = conn.execute(
            "SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id "
            "WHERE substring(a.text, m.start_char + 1, m.end_char - m.start_char) = m.raw_text").fetchone()[0]
    assert bad == 0
    assert mentions == _count(db, "mentions") > 0


def test_store_same_content_is_skipped(tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    with open_store(db) as store:
        _write(store, doc_it1())
        again = _write(store, doc_it1())
    assert again.action is Action.skipped
    assert _count(db, "events") == 2


def test_store_changed_text_replaces_old_records(tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    old = doc_it1()
    new = Document(article=dataclasses.replace(old.article, text=old.article.text + " Aggiornamento."),
                   events=old.events[:1])
    with open_store(db) as store:
        _write(store, old)
        result = _write(store, new)
    assert result.action is Action.replaced
    assert _count(db, "articles") == 1
    assert _count(db, "events") == 1
    assert _count(db, "entities") == 0  # the new version has none: the old ones are gone
    assert _count(db, "article_signatures") == 1


def test_store_same_url_new_id_replaces(tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    old = doc_it2()
    new = Document(article=dataclasses.replace(old.article, id="it-2-v2", text=old.article.text + " Fine."))
    with open_store(db) as store:
        _write(store, old)
        result = _write(store, new)
    assert result.action is Action.replaced
    assert "same url" in result.reason
    assert _count(db, "articles") == 1
    assert _count(db, "articles", "id = 'it-2-v2'") == 1
    assert _count(db, "quotes") == 0


def test_store_same_text_other_id_is_skipped(tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    doc = doc_en1()
    other = Document(article=dataclasses.replace(doc.article, id="en-1-again"))
    with open_store(db) as store:
        _write(store, doc)
        assert _write(store, other).action is Action.skipped
    assert _count(db, "articles") == 1


def test_store_replacement_is_atomic_when_a_write_fails(tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    old = doc_it1()
    broken = Document(article=Article("it-1", old.article.text + " Altro.", "2025-03-04"), events=old.events)
    with open_store(db) as store:
        _write(store, old)
        store.conn.execute("ALTER TABLE events ADD COLUMN must_fail INTEGER NOT NULL DEFAULT 0")
        store.conn.execute("ALTER TABLE events ALTER COLUMN must_fail DROP DEFAULT")
        with pytest.raises(duckdb.Error):
            _write(store, broken)
    # the failed replacement left the old version whole
    assert _count(db, "articles", f"sha256 = '{old.article.sha256}'") == 1
    assert _count(db, "events") == 2
    assert _count(db, "entities") == 2


def test_store_near_duplicate_links_to_first_seen(tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    with open_store(db) as store:
        _write(store, doc_en1())
        result = _write(store, doc_en1_copy())
        third = _write(store, Document(article=dataclasses.replace(
            doc_en1_copy().article, id="en-1-third", text=doc_en1_copy().article.text + " Updated.")))
        assert result.duplicate_of == "en-1"
        assert third.duplicate_of == "en-1"
        default = [e.article_id for e in store.events(EventFilter())]
        every = [e.article_id for e in store.events(EventFilter(include_duplicates=True))]
    assert result.similarity is not None and result.similarity >= 0.7
    assert default == ["en-1"]
    assert every == ["en-1", "en-1-copy"]


def test_store_unrelated_articles_are_not_duplicates(tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    with open_store(db) as store:
        results = [_write(store, d) for d in (doc_it1(), doc_en1(), doc_it2())]
    assert [r.duplicate_of for r in results] == [None, None, None]


@pytest.mark.parametrize("query", [
    "SELECT count(*) FROM events",
    "WITH t AS (SELECT event FROM events) SELECT * FROM t",
    "FROM articles SELECT id",
])
def test_store_check_select_accepts(query: str) -> None:
    check_select(query)


@pytest.mark.parametrize("query, message", [
    ("DELETE FROM events", "only SELECT"),
    ("DROP TABLE articles", "only SELECT"),
    ("INSERT INTO articles (id) VALUES ('x')", "only SELECT"),
    ("SELECT 1; DELETE FROM events", "exactly one"),
    ("SELEC 1", "syntax"),
])
def test_store_check_select_rejects(query: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        check_select(query)


def test_store_sql_runs_read_only(tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    with open_store(db) as store:
        _write(store, doc_it1())
    with open_store(db, read_only=True) as store:
        columns, rows = store.sql("SELECT event, count(*) AS n FROM events GROUP BY 1 ORDER BY 1")
        assert list(columns) == ["event", "n"]
        assert rows == [("ACCUSE", 1), ("ASSAULT", 1)]
        with pytest.raises(QueryError):
            store.sql("DELETE FROM events")


def test_store_batch_equals_one_by_one(tmp_path: Path) -> None:
    from cronaca.ingest.outcomes import Incoming
    from tests.ingest.snapshot import snapshot

    docs = corpus()
    extra = Document(article=dataclasses.replace(docs[0].article, text=docs[0].article.text + " Aggiornato."),
                     events=docs[0].events[:1])  # same id, new text: replaces inside the batch
    items = [Incoming(d, "test", fingerprint(d.article.text)) for d in [*docs, extra, docs[3]]]
    one, batch = tmp_path / "one.duckdb", tmp_path / "batch.duckdb"
    with open_store(one) as store:
        singles = [store.write_document(i.document, i.source, i.fingerprint) for i in items]
    with open_store(batch) as store:
        together = store.write_batch(items, run_id="r1")
    assert [r.action for r in together] == [r.action for r in singles] == [
        Action.stored, Action.stored, Action.stored, Action.stored, Action.replaced, Action.skipped]
    assert [r.duplicate_of for r in together] == [None, None, "en-1", None, None, None]
    assert snapshot(batch) == snapshot(one)
    assert _count(batch, "ingest_log", "run_id = 'r1'") == len(items)


@pytest.mark.parametrize("article_id, url, text, expected", [
    ("it-2", None, "same id, new text", Action.replaced),
    ("other", "https://esempio.it/libia", "same url, new text", Action.replaced),
    ("it-2", None, None, Action.skipped),                 # same id, same text
    ("copy", None, None, Action.skipped),                 # other id, same text
    ("new", "https://esempio.it/new", "new text", Action.stored),
])
def test_store_decide_before_extraction(tmp_path: Path, article_id: str, url: str | None, text: str | None,
                                        expected: Action) -> None:
    doc = doc_it2()
    with open_store(tmp_path / "c.duckdb") as store:
        _write(store, doc)
        sha = Article(article_id, text or doc.article.text).sha256
        assert store.decide(article_id, url, sha).action is expected


def test_store_stats_failed_inputs_counts_latest_attempt(tmp_path: Path) -> None:
    with open_store(tmp_path / "c.duckdb") as store:
        store.log("r1", "a.json", None, "failed", "invalid JSON")
        store.log("r1", "b.json", None, "failed", "invalid JSON")
        store.log("r2", "a.json", "a", "stored", "new article")  # fixed and re-ingested
        assert store.stats().failed_inputs == 1
