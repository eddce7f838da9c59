"""The DuckDB backend: one embedded database file, one writer process at a time."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from ..errors import CronacaError
from ..records import Participant, Span
from . import rows as R
from .base import (
    Decision,
    Stats,
    Store,
    StoredArticle,
    StoredEntity,
    StoredEvent,
    StoredQuote,
    WriteResult,
    decide,
)
from .batch import ARTICLE_COLUMNS, LOG_COLUMNS, Candidate, Existing, Incoming, LogEntry, plan_batch
from .query import EntityFilter, EventFilter, QueryError, QuoteFilter
from .schema import SchemaError, current_version, latest_version, migrate

FETCH = 5000  # rows per round trip when streaming results: bounds memory, amortises the child-row queries


class StoreError(CronacaError):
    """The store cannot be opened or written."""


def _insert(conn: Any, table: str, columns: tuple[str, ...], rows: Sequence[R.Row]) -> None:
    """Bulk insert through Arrow: one statement per table and batch (``executemany`` runs row by row)."""
    if not rows:
        return
    data = pa.table({c: pa.array([r[i] for r in rows]) for i, c in enumerate(columns)})
    name = f"_cronaca_insert_{table}"
    conn.register(name, data)
    try:
        conn.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(columns)} FROM {name}")
    finally:
        conn.unregister(name)


def _scalar(conn: Any, sql: str) -> int:
    # fetchall, not fetchone: DuckDB refuses new statements while a result is only partly read
    return int(conn.execute(sql).fetchall()[0][0])


def _dicts(cursor: Any, batch: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in batch]


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

    def _lookup(self, ids: list[str], urls: list[str], shas: list[str]) -> list[Existing]:
        found = self.conn.execute(
            "SELECT id, sha256, url, seq FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[])) "
            "OR url IN (SELECT unnest(?::VARCHAR[])) OR sha256 IN (SELECT unnest(?::VARCHAR[]))",
            [ids, urls, shas]).fetchall()
        return [Existing(StoredArticle(r[0], r[1], r[2]), int(r[3])) for r in found]

    def decide(self, article_id: str, url: str | None, sha256: str) -> Decision:
        # three equality lookups, so that the primary key and the indexes of migration 002 are used
        found = self.conn.execute(
            "SELECT id, sha256, url, seq, 0 FROM articles WHERE id = ? UNION ALL "
            "SELECT id, sha256, url, seq, 1 FROM articles WHERE url = ? UNION ALL "
            "SELECT id, sha256, url, seq, 2 FROM articles WHERE sha256 = ?", [article_id, url, sha256]).fetchall()

        def first(kind: int) -> StoredArticle | None:
            rows = sorted((r for r in found if r[4] == kind), key=lambda r: r[3])
            return StoredArticle(rows[0][0], rows[0][1], rows[0][2]) if rows else None
        return decide(sha256, first(0), first(1), first(2))

    def _candidates(self, keys: list[int]) -> list[Candidate]:
        if not keys:
            return []
        found = self.conn.execute(
            "SELECT b.article_id, list(b.key), any_value(s.signature), any_value(a.seq), any_value(a.duplicate_of) "
            "FROM article_bands b JOIN article_signatures s ON s.article_id = b.article_id "
            "JOIN articles a ON a.id = b.article_id WHERE b.key IN (SELECT unnest(?::BIGINT[])) GROUP BY 1",
            [keys]).fetchall()
        return [Candidate(r[0], bytes(r[2]), int(r[3]), r[4], frozenset(r[1])) for r in found]

    def write_batch(self, items: Sequence[Incoming], log: Sequence[LogEntry] = (),
                    run_id: str | None = None) -> list[WriteResult]:
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only")
        arts = [i.document.article for i in items]
        conn = self.conn
        conn.execute("BEGIN TRANSACTION")
        try:
            existing = self._lookup([a.id for a in arts], [a.url for a in arts if a.url], [a.sha256 for a in arts])
            keys = sorted({k for i in items if i.fingerprint is not None for k in i.fingerprint.bands})
            next_seq = _scalar(conn, "SELECT coalesce(max(seq), 0) + 1 FROM articles")
            plan = plan_batch(items, existing, self._candidates(keys), next_seq)
            if plan.delete:
                for table in (*R.CHILD_TABLES, "article_bands", "article_signatures"):
                    conn.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
                                 [plan.delete])
                conn.execute("DELETE FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [plan.delete])
            _insert(conn, "articles", ARTICLE_COLUMNS, plan.articles)
            for table, columns, table_rows in plan.children.tables():
                _insert(conn, table, columns, table_rows)
            _insert(conn, "article_signatures", ("article_id", "signature"), plan.signatures)
            _insert(conn, "article_bands", ("article_id", "band", "key"), plan.bands)
            if run_id is not None:
                log = [*log, *(LogEntry(run_id, i.source, r.article_id, r.action.value, r.reason)
                               for i, r in zip(items, plan.results, strict=True))]
            self._insert_log(log)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return plan.results

    def _insert_log(self, entries: Sequence[LogEntry]) -> None:
        if not entries:
            return
        first = _scalar(self.conn, "SELECT coalesce(max(id), 0) + 1 FROM ingest_log")
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        _insert(self.conn, "ingest_log", LOG_COLUMNS,
                [(first + n, e.run_id, now, e.source, e.article_id, e.status, e.reason)
                 for n, e in enumerate(entries)])

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
            for r in batch:
                yield StoredEvent(r["article_id"], R.event_from_row(r), r["article_duplicate_of"])

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
            " (SELECT count(*) FROM (SELECT arg_max(status, id) AS last FROM ingest_log GROUP BY source)"
            "  WHERE last = 'failed')").fetchall()[0]
        live = "FROM events e JOIN articles a ON a.id = e.article_id WHERE a.duplicate_of IS NULL"
        by_type = self.conn.execute(f"SELECT e.event, count(*) n {live} GROUP BY 1 ORDER BY n DESC, 1").fetchall()
        by_day = self.conn.execute(f"SELECT strftime(e.day, '%Y-%m-%d'), count(*) {live} AND e.day IS NOT NULL "
                                   f"GROUP BY 1 ORDER BY 1").fetchall()
        actors = self.conn.execute(
            "SELECT p.entity_name, count(*) n FROM participants p JOIN events e ON e.id = p.owner_id "
            "JOIN articles a ON a.id = e.article_id WHERE p.owner_kind = 'event' AND p.role = 'actor' "
            "AND a.duplicate_of IS NULL GROUP BY 1 ORDER BY n DESC, 1 LIMIT ?", [top]).fetchall()
        assert one is not None  # an aggregate query always returns one row
        articles, duplicates, n_events, n_quotes, n_entities, failed = (int(x) for x in one)
        return Stats(articles, duplicates, n_events, n_quotes, n_entities, failed, by_type=tuple(by_type),
                     by_day=tuple(by_day), top_actors=tuple(actors))

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
