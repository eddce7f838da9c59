"""Planning the write of a batch of documents: what to insert, replace, skip and link, in input order.

A batch is written in one transaction, so it holds only whole articles and a crash leaves none half
written. The plan is computed in Python from what the store already holds (looked up once for the
whole batch), treating every earlier document of the batch as already stored: the result is the same
as writing the documents one at a time. Backend-independent; a backend only runs the plan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..ingest.dedup import THRESHOLD, Fingerprint
from ..ingest.outcomes import Incoming, LogEntry
from . import rows as R
from .base import Action, StoredArticle, WriteResult, decide

ARTICLE_COLUMNS = ("id", "seq", "url", "outlet", "title", "language", "published", "sha256", "text", "source",
                   "duplicate_of", "similarity", "ingested_at")
LOG_COLUMNS = ("id", "run_id", "logged_at", "source", "article_id", "status", "reason")

__all__ = ["ARTICLE_COLUMNS", "LOG_COLUMNS", "Candidate", "Existing", "Incoming", "LogEntry", "Plan", "plan_batch"]


@dataclass(frozen=True, slots=True)
class Existing:
    """A stored article that shares an id, url or content hash with a document of the batch."""

    article: StoredArticle
    seq: int


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible near-duplicate: an article sharing at least one MinHash band key."""

    article_id: str
    signature: bytes
    seq: int
    duplicate_of: str | None
    keys: frozenset[int]


@dataclass(slots=True)
class Plan:
    results: list[WriteResult] = field(default_factory=list)
    delete: list[str] = field(default_factory=list)
    articles: list[R.Row] = field(default_factory=list)
    children: R.DocumentRows = field(default_factory=R.DocumentRows)
    signatures: list[R.Row] = field(default_factory=list)
    bands: list[R.Row] = field(default_factory=list)


@dataclass(slots=True)
class _Pending:
    item: Incoming
    seq: int
    duplicate_of: str | None
    similarity: float | None


class _State:
    """What the store holds as the batch is walked: stored articles plus the batch's earlier documents."""

    def __init__(self, existing: Sequence[Existing], candidates: Sequence[Candidate]) -> None:
        self.by_id: dict[str, StoredArticle] = {}
        self.by_url: dict[str, StoredArticle] = {}
        self.by_sha: dict[str, StoredArticle] = {}
        for e in sorted(existing, key=lambda e: e.seq):  # first-stored wins for url and hash
            self._add(e.article)
        self.candidates = {c.article_id: c for c in candidates}

    def _add(self, art: StoredArticle) -> None:
        self.by_id.setdefault(art.id, art)
        if art.url:
            self.by_url.setdefault(art.url, art)
        self.by_sha.setdefault(art.sha256, art)

    def remove(self, article_id: str) -> None:
        for index in (self.by_id, self.by_url, self.by_sha):
            for key in [k for k, v in index.items() if v.id == article_id]:
                del index[key]
        self.candidates.pop(article_id, None)

    def add(self, art: StoredArticle, candidate: Candidate | None) -> None:
        self._add(art)
        if candidate is not None:
            self.candidates[candidate.article_id] = candidate

    def near_duplicate(self, fp: Fingerprint, article_id: str) -> tuple[str | None, float | None]:
        """The first-seen article this one repeats (following that article's own link), if any."""
        keys = set(fp.bands)
        for cand in sorted(self.candidates.values(), key=lambda c: c.seq):
            if cand.article_id == article_id or not keys & cand.keys:
                continue
            sim = fp.similarity(cand.signature)
            if sim >= THRESHOLD:
                return cand.duplicate_of or cand.article_id, sim
        return None, None


def plan_batch(items: Sequence[Incoming], existing: Sequence[Existing], candidates: Sequence[Candidate],
               next_seq: int, now: dt.datetime | None = None) -> Plan:
    """Decide every document of the batch in order and collect the rows to write."""
    state = _State(existing, candidates)
    pending: dict[str, _Pending] = {}
    plan = Plan()
    for item in items:
        art = item.document.article
        decision = decide(art.sha256, state.by_id.get(art.id), state.by_url.get(art.url) if art.url else None,
                          state.by_sha.get(art.sha256))
        if decision.action is Action.skipped:
            plan.results.append(WriteResult(art.id, Action.skipped, decision.reason))
            continue
        if decision.replaces is not None:
            plan.delete.append(decision.replaces)
            pending.pop(decision.replaces, None)
            state.remove(decision.replaces)
        dup, sim = (None, None) if item.fingerprint is None else state.near_duplicate(item.fingerprint, art.id)
        pending[art.id] = _Pending(item, next_seq, dup, sim)
        fp = item.fingerprint
        state.add(StoredArticle(art.id, art.sha256, art.url),
                  None if fp is None else Candidate(art.id, fp.signature, next_seq, dup, frozenset(fp.bands)))
        next_seq += 1
        reason = decision.reason if dup is None else f"{decision.reason}; near-duplicate of {dup!r}"
        plan.results.append(WriteResult(art.id, decision.action, reason, dup, sim))
    _collect_rows(plan, pending.values(), now or dt.datetime.now(dt.UTC).replace(tzinfo=None))
    return plan


def _collect_rows(plan: Plan, pending: Iterable[_Pending], now: dt.datetime) -> None:
    for p in pending:
        doc, art, fp = p.item.document, p.item.document.article, p.item.fingerprint
        plan.articles.append((art.id, p.seq, art.url, art.outlet, art.title, art.language,
                              R.to_date(art.published), art.sha256, art.text, p.item.source, p.duplicate_of,
                              p.similarity, now))
        rows = R.document_rows(doc)
        for name, _columns, table_rows in rows.tables():
            getattr(plan.children, name).extend(table_rows)
        if fp is not None:
            plan.signatures.append((art.id, fp.signature))
            plan.bands.extend((art.id, i, key) for i, key in enumerate(fp.bands))
