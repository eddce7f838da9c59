"""The corpus store: documents, their records and the ingest log, queryable and exportable.

Use :func:`open_store`; the backend is DuckDB (:class:`~cronaca.store.duckdb_store.DuckDBStore`), behind
the :class:`~cronaca.store.base.Store` interface.
"""

from __future__ import annotations

from pathlib import Path

from ..config import Config, load_config
from .base import Action, Stats, Store, StoredEntity, StoredEvent, StoredQuote, WriteResult
from .duckdb_store import DuckDBStore, StoreError, check_select
from .query import EntityFilter, EventFilter, QueryError, QuoteFilter


def default_path(config: Config | None = None) -> Path:
    """The store path from the configuration (``store_path``, default ``./cronaca.duckdb``)."""
    return Path((config or load_config()).store_path)


def open_store(path: str | Path | None = None, read_only: bool = False, config: Config | None = None) -> Store:
    """Open (and create or migrate, unless ``read_only``) the store at ``path`` or the configured path.

    Raises:
        StoreError: the file cannot be opened (missing when read-only, locked by another process, not a store).
        SchemaError: the store was written by a newer cronaca, or needs migrating and is opened read-only.
    """
    return DuckDBStore(default_path(config) if path is None else path, read_only=read_only)


__all__ = [
    "Action", "DuckDBStore", "EntityFilter", "EventFilter", "QueryError", "QuoteFilter", "Stats", "Store",
    "StoreError", "StoredEntity", "StoredEvent", "StoredQuote", "WriteResult", "check_select", "default_path",
    "open_store",
]
