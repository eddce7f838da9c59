"""The storage interface: what ingest, the query commands and the API need from a backend.

:class:`Store` is abstract so that a PostgreSQL backend can sit behind the same methods later; the
DuckDB backend lives in :mod:`cronaca.store.duckdb_store`. The decision of what to do with an incoming
article (:func:`decide`) is backend-independent and lives here.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from types import TracebackType
from typing import Any

from ..ingest.dedup import Fingerprint
from ..ingest.outcomes import Incoming, LogEntry
from ..records import Document, Entity, Event, Quote
from .query import EntityFilter, EventFilter, QuoteFilter


class Action(StrEnum):
    """What ingest does with an article, given what the store already holds (values are ingest log statuses)."""

    stored = "stored"
    replaced = "replaced"
    skipped = "skipped"


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """The identity of an article already in the store."""

    id: str
    sha256: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Decision:
    action: Action
    reason: str
    replaces: str | None = None  # id of the stored article whose records are replaced


def decide(sha256: str, by_id: StoredArticle | None, by_url: StoredArticle | None,
           by_sha: StoredArticle | None) -> Decision:
    """Skip unchanged content, replace a changed article (same id, else same url), insert the rest."""
    same = by_id or by_url
    if same is not None:
        if same.sha256 == sha256:
            return Decision(Action.skipped, f"unchanged (same content as stored article {same.id!r})")
        key = "id" if by_id is not None else "url"
        return Decision(Action.replaced, f"text changed (same {key} as stored article {same.id!r})", same.id)
    if by_sha is not None:
        return Decision(Action.skipped, f"same content as stored article {by_sha.id!r}")
    return Decision(Action.stored, "new article")


@dataclass(frozen=True, slots=True)
class WriteResult:
    article_id: str
    action: Action
    reason: str
    duplicate_of: str | None = None
    similarity: float | None = None


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """An event as stored: ``event.id`` is the store-wide id ``<article id>/<local id>``."""

    article_id: str
    event: Event
    duplicate_of: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The PLOVER JSONL record (``Event.to_dict()``) plus ``article_id``."""
        return {**self.event.to_dict(), "article_id": self.article_id}


@dataclass(frozen=True, slots=True)
class StoredQuote:
    article_id: str
    quote: Quote
    published: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {**self.quote.to_dict(), "article_id": self.article_id}


@dataclass(frozen=True, slots=True)
class StoredEntity:
    article_id: str
    entity: Entity

    def to_dict(self) -> dict[str, Any]:
        return {**self.entity.to_dict(), "article_id": self.article_id}


@dataclass(frozen=True, slots=True)
class Stats:
    articles: int
    duplicates: int
    events: int
    quotes: int
    entities: int
    failed_inputs: int  # inputs whose latest ingest attempt failed
    by_type: tuple[tuple[str, int], ...]
    by_day: tuple[tuple[str, int], ...]
    top_actors: tuple[tuple[str, int], ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles, "duplicates": self.duplicates, "events": self.events,
            "quotes": self.quotes, "entities": self.entities, "failed_inputs": self.failed_inputs,
            "by_type": dict(self.by_type), "by_day": dict(self.by_day), "top_actors": dict(self.top_actors),
        }


class Store(ABC):
    """A corpus of extracted documents. Use as a context manager; writes are atomic per article."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def decide(self, article_id: str, url: str | None, sha256: str) -> Decision:
        """What writing an article with this identity would do (see :func:`decide`)."""

    @abstractmethod
    def write_batch(self, items: Sequence[Incoming], log: Sequence[LogEntry] = (),
                    run_id: str | None = None) -> list[WriteResult]:
        """Store documents in one transaction, in order: insert, replace an older version, or skip if unchanged.

        ``log`` entries are added in the same transaction; with ``run_id``, each document's own outcome is
        logged too. Either the whole batch is stored or nothing is.
        """

    def write_document(self, document: Document, source: str = "",
                       fingerprint: Fingerprint | None = None) -> WriteResult:
        """Store one document atomically (see :meth:`write_batch`)."""
        return self.write_batch([Incoming(document, source, fingerprint)])[0]

    def log(self, run_id: str, source: str, article_id: str | None, status: str, reason: str | None) -> None:
        """Record one input's outcome in the ingest log."""
        self.write_batch([], [LogEntry(run_id, source, article_id, status, reason)])

    @abstractmethod
    def events(self, flt: EventFilter) -> Iterator[StoredEvent]: ...

    @abstractmethod
    def quotes(self, flt: QuoteFilter) -> Iterator[StoredQuote]: ...

    @abstractmethod
    def entities(self, flt: EntityFilter) -> Iterator[StoredEntity]: ...

    @abstractmethod
    def stats(self, top: int = 10) -> Stats: ...

    @abstractmethod
    def sql(self, query: str) -> tuple[Sequence[str], list[tuple[Any, ...]]]:
        """Run one read-only SELECT; returns column names and rows."""
