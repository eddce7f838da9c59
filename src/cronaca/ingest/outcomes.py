"""What ingest hands to a store: documents to write and ingest-log entries (the store imports these)."""

from __future__ import annotations

from dataclasses import dataclass

from ..records import Document
from .dedup import Fingerprint


@dataclass(frozen=True, slots=True)
class Incoming:
    """A document to store, where it was read from, and its near-duplicate fingerprint (if computed)."""

    document: Document
    source: str = ""
    fingerprint: Fingerprint | None = None


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One input's outcome for the ingest log; ``status`` is stored, replaced, skipped or failed."""

    run_id: str
    source: str
    article_id: str | None
    status: str
    reason: str | None
