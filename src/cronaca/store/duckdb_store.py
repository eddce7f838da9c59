"""The DuckDB backend: one embedded database file, one writer process at a time."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import duckdb

from ..errors import CronacaError
from ..ingest.dedup import THRESHOLD, Fingerprint
from ..records import Document, Participant, Quantity, Span
from . import rows as R
from .base import Action, Decision, Stats, Store, StoredArticle, StoredEntity, StoredEvent, StoredQuote, \
    WriteResult, decide
from .query import EntityFilter, EventFilter, QueryError, QuoteFilter
from .schema import SchemaError, current_version, latest_version, migrate

FETCH = 1000  # rows per round trip when streaming query results


class StoreError(CronacaError):
    """The store cannot be opened or written."""


def _insert(conn: Any, table: str, columns: tuple[str, ...], rows: list[R.Row]) -> None:
    if rows:
        marks = ", ".join("?" * len(columns))
        conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)


def _dicts(cursor: Any, batch: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in batch]


class DuckDBStore(Store):
    """A store in a DuckDB file; ``read_only`` opens it without taking the writer lock."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no such store; create it with `cronaca ingest PATH... --db {path}`")
        try:
            self.conn = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.IOException as e:
            raise StoreError(f"{self.path}: cannot open the store ({e}); another process (a running "
                             f"`cronaca ingest`?) may hold it") from e
        except duckdb.Error as e:
            raise StoreError(f"{self.path}: not a DuckDB store or corrupt: {e}") from e
        try:
            if read_only:
                have = current_version(self.conn)
                if have != latest_version():
                    raise SchemaError(f"{self.path}: store schema version {have}, this cronaca needs "
                                      f"{latest_version()}; open it once for writing (e.g. `cronaca ingest`) "
                                      f"to migrate it")
            else:
                migrate(self.conn)
        except Exception:
            self.conn.close()
            raise

    def close(self) -> None:
        self.conn.close()

    # --- writing ------------------------------------------------------------------------------------

    def _lookup(self, article_id: str, url: str | None, sha256: str) -> Decision:
        found = self.conn.execute(
            "SELECT id, sha256, url, id = ?, coalesce(url = ?, FALSE), sha256 = ? FROM articles "
            "WHERE id = ? OR url = ? OR sha256 = ? ORDER BY seq",
            [article_id, url, sha256, article_id, url, sha256]).fetchall()

        def first(col: int) -> StoredArticle | None:
            return next((StoredArticle(r[0], r[1], r[2]) for r in found if r[col]), None)
        return decide(sha256, first(3), first(4), first(5))

    def decide(self, article_id: str, url: str | None, sha256: str) -> Decision:
        return self._lookup(article_id, url, sha256)

    def _near_duplicate(self, fp: Fingerprint, article_id: str) -> tuple[str | None, float | None]:
        """The first-seen stored article this one is a near-duplicate of (following its own link)."""
        found = self.conn.execute(
            "SELECT DISTINCT s.article_id, s.signature, a.seq, a.duplicate_of FROM article_bands b "
            "JOIN article_signatures s ON s.article_id = b.article_id JOIN articles a ON a.id = b.article_id "
            "WHERE b.key IN (SELECT unnest(?::BIGINT[])) AND b.article_id <> ? ORDER BY a.seq",
            [list(fp.bands), article_id]).fetchall()
        for other_id, signature, _seq, duplicate_of in found:
            sim = fp.similarity(bytes(signature))
            if sim >= THRESHOLD:
                return (duplicate_of or other_id), sim
        return None, None

    def write_document(self, document: Document, source: str = "",
                       fingerprint: Fingerprint | None = None) -> WriteResult:
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only")
        art = document.article
        rows = R.document_rows(document)
        conn = self.conn
        conn.execute("BEGIN TRANSACTION")
        try:
            decision = self._lookup(art.id, art.url, art.sha256)
            if decision.action is Action.skip:
                conn.execute("ROLLBACK")
                return WriteResult(art.id, Action.skip, decision.reason)
            if decision.replaces is not None:
                self._delete(decision.replaces)
            dup, sim = (None, None) if fingerprint is None else self._near_duplicate(fingerprint, art.id)
            conn.execute(
                "INSERT INTO articles (id, seq, url, outlet, title, language, published, sha256, text, source, "
                "duplicate_of, similarity, ingested_at) VALUES (?, nextval('article_seq'), ?, ?, ?, ?, ?, ?, ?, "
                "?, ?, ?, current_timestamp)",
                [art.id, art.url, art.outlet, art.title, art.language, R.to_date(art.published), art.sha256,
                 art.text, source, dup, sim])
            for table, columns, table_rows in rows.tables():
                _insert(conn, table, columns, table_rows)
            if fingerprint is not None:
                _insert(conn, "article_signatures", ("article_id", "signature"), [(art.id, fingerprint.signature)])
                _insert(conn, "article_bands", ("article_id", "band", "key"),
                        [(art.id, i, key) for i, key in enumerate(fingerprint.bands)])
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        reason = decision.reason if dup is None else f"{decision.reason}; near-duplicate of {dup!r}"
        return WriteResult(art.id, decision.action, reason, dup, sim)

    def _delete(self, article_id: str) -> None:
        for table in R.CHILD_TABLES + ("article_bands", "article_signatures"):
            self.conn.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])
        self.conn.execute("DELETE FROM articles WHERE id = ?", [article_id])

    def log(self, run_id: str, source: str, article_id: str | None, status: str, reason: str | None) -> None:
        self.conn.execute("INSERT INTO ingest_log VALUES (nextval('ingest_log_seq'), ?, current_timestamp, ?, ?, "
                          "?, ?)", [run_id, source, article_id, status, reason])

    # --- reading ------------------------------------------------------------------------------------

    def _people(self, kind: str, ids: list[str]) -> dict[str, dict[str, list[Participant]]]:
        cur = self.conn.cursor()
        found = cur.execute(
            "SELECT * FROM participants WHERE owner_kind = ? AND owner_id IN (SELECT unnest(?::VARCHAR[])) "
            "ORDER BY owner_id, role, ordinal", [kind, ids])
        out: dict[str, dict[str, list[Participant]]] = defaultdict(lambda: defaultdict(list))
        for r in _dicts(found, found.fetchall()):
            out[r["owner_id"]][r["role"]].append(R.participant_from_row(r))
        return out

    def _magnitudes(self, ids: list[str]) -> dict[str, dict[str, Quantity]]:
        cur = self.conn.cursor()
        found = cur.execute("SELECT * FROM quantities WHERE event_id IN (SELECT unnest(?::VARCHAR[])) "
                            "ORDER BY event_id, ordinal", [ids])
        out: dict[str, dict[str, Quantity]] = defaultdict(dict)
        for r in _dicts(found, found.fetchall()):
            out[r["event_id"]][r["field"]] = R.quantity_from_row(r)
        return out

    def _stream(self, sql: str, params: Sequence[object]) -> Iterator[list[dict[str, Any]]]:
        cur = self.conn.cursor()
        cur.execute(sql, list(params))
        while batch := cur.fetchmany(FETCH):
            yield _dicts(cur, batch)

    @staticmethod
    def _limit(limit: int | None) -> str:
        return "" if limit is None else f" LIMIT {int(limit)}"

    def events(self, flt: EventFilter) -> Iterator[StoredEvent]:
        where = flt.where()
        sql = (f"SELECT e.*, a.duplicate_of AS article_duplicate_of FROM events e "
               f"JOIN articles a ON a.id = e.article_id WHERE {where.sql} "
               f"ORDER BY e.day NULLS LAST, a.seq, e.ordinal{self._limit(flt.limit)}")
        for batch in self._stream(sql, where.params):
            ids = [r["id"] for r in batch]
            people, magnitudes = self._people("event", ids), self._magnitudes(ids)
            for r in batch:
                event = R.event_from_row(r, people.get(r["id"], {}), magnitudes.get(r["id"], {}))
                yield StoredEvent(r["article_id"], event, r["article_duplicate_of"])

    def quotes(self, flt: QuoteFilter) -> Iterator[StoredQuote]:
        where = flt.where()
        sql = (f"SELECT q.*, a.published FROM quotes q JOIN articles a ON a.id = q.article_id "
               f"WHERE {where.sql} ORDER BY a.published NULLS LAST, a.seq, q.ordinal{self._limit(flt.limit)}")
        for batch in self._stream(sql, where.params):
            people = self._people("quote", [r["id"] for r in batch])
            for r in batch:
                published = r["published"].isoformat() if isinstance(r["published"], dt.date) else None
                yield StoredQuote(r["article_id"], R.quote_from_row(r, people.get(r["id"], {})), published)

    def entities(self, flt: EntityFilter) -> Iterator[StoredEntity]:
        where = flt.where()
        sql = (f"SELECT n.* FROM entities n JOIN articles a ON a.id = n.article_id WHERE {where.sql} "
               f"ORDER BY a.seq, n.ordinal{self._limit(flt.limit)}")
        for batch in self._stream(sql, where.params):
            cur = self.conn.cursor()
            spans: dict[str, list[Span]] = defaultdict(list)
            for entity_id, start, end in cur.execute(
                    "SELECT entity_id, start_char, end_char FROM mentions WHERE entity_id IN "
                    "(SELECT unnest(?::VARCHAR[])) ORDER BY entity_id, ordinal", [[r["id"] for r in batch]]
            ).fetchall():
                spans[entity_id].append(Span(start, end))
            for r in batch:
                yield StoredEntity(r["article_id"], R.entity_from_row(r, spans.get(r["id"], [])))

    def stats(self, top: int = 10) -> Stats:
        one = self.conn.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL),"
            " (SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id WHERE a.duplicate_of IS NULL),"
            " (SELECT count(*) FROM quotes), (SELECT count(*) FROM entities),"
            " (SELECT count(DISTINCT source) FROM ingest_log WHERE status = 'failed')").fetchone()
        live = "FROM events e JOIN articles a ON a.id = e.article_id WHERE a.duplicate_of IS NULL"
        by_type = self.conn.execute(f"SELECT e.event, count(*) n {live} GROUP BY 1 ORDER BY n DESC, 1").fetchall()
        by_day = self.conn.execute(f"SELECT strftime(e.day, '%Y-%m-%d'), count(*) {live} AND e.day IS NOT NULL "
                                   f"GROUP BY 1 ORDER BY 1").fetchall()
        actors = self.conn.execute(
            f"SELECT p.entity_name, count(*) n FROM participants p JOIN events e ON e.id = p.owner_id "
            f"JOIN articles a ON a.id = e.article_id WHERE p.owner_kind = 'event' AND p.role = 'actor' "
            f"AND a.duplicate_of IS NULL GROUP BY 1 ORDER BY n DESC, 1 LIMIT ?", [top]).fetchall()
        return Stats(*(int(x) for x in one), by_type=tuple(by_type), by_day=tuple(by_day),
                     top_actors=tuple(actors))

    def sql(self, query: str) -> tuple[Sequence[str], list[tuple[Any, ...]]]:
        check_select(query)
        try:
            cur = self.conn.cursor()
            cur.execute(query)
            return [d[0] for d in cur.description], cur.fetchall()
        except duckdb.Error as e:
            raise QueryError(f"SQL error: {e}") from e


def check_select(query: str) -> None:
    """Accept exactly one SELECT statement (``WITH ... SELECT`` and ``FROM t`` count as SELECT).

    Raises:
        QueryError: empty input, several statements, a statement of another kind, or a syntax error.
    """
    try:
        statements = duckdb.extract_statements(query)
    except duckdb.Error as e:
        raise QueryError(f"SQL syntax error: {e}") from e
    if len(statements) != 1:
        raise QueryError(f"expected exactly one SELECT statement, got {len(statements)}")
    kind = statements[0].type
    if kind != duckdb.StatementType.SELECT:
        raise QueryError(f"only SELECT queries are allowed (the store is opened read-only); got a "
                         f"{kind.name} statement")
