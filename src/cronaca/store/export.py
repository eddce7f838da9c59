"""Export stored events, quotes and entities as JSONL, CSV or Parquet.

JSONL keeps the PLOVER record shape (``Event.to_dict()``, ``Quote.to_dict()``, ``Entity.to_dict()``) plus
``article_id``; ids are store-wide (``<article id>/<local id>``).

CSV and Parquet have one flat row per record. A column name is the path of the JSON field joined with
``_`` (``actor`` → ``entity_name`` gives ``actor_entity_name``, ``event_loc`` → ``country`` gives
``event_loc_country``). List-valued fields (``mode``, ``context``, ``auxiliary``, and each attribute of
the ``actor``, ``recipient`` and ``reported_by`` lists) are joined with ``"; "``, keeping positions
aligned (a missing value is an empty string), and are empty when the list is. Spans inside lists are
written ``start-end``. Magnitudes give ``magnitude_<key>_value``, ``_qualifier``, ``_raw_text``,
``_span_start``, ``_span_end`` for each key present in the exported rows. See ``docs/export.md``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import Any, TextIO

from ..records import Participant, Span
from .base import StoredEntity, StoredEvent, StoredQuote

SEP = "; "
PARTICIPANT_FIELDS = ("raw_text", "entity_name", "entity_id", "wikidata_id", "country", "sector", "type", "span")
EVENT_HEAD = ("id", "article_id", "event", "quad_code", "mode", "context", "auxiliary", "date", "date_precision")
LOC_FIELDS = ("raw_text", "name", "country", "lat", "lon", "geonames_id", "feature", "span_start", "span_end")
MAGNITUDE_FIELDS = ("value", "qualifier", "raw_text", "span_start", "span_end")
EVENT_TAIL = ("event_text", "text", "text_info_sentence_start", "text_info_sentence_end",
              "text_info_trigger_start", "text_info_trigger_end", "score", "confidence", "coder")
EVENT_COLUMNS: tuple[str, ...] = (
    EVENT_HEAD
    + tuple(f"{role}_{f}" for role in ("actor", "recipient", "reported_by") for f in PARTICIPANT_FIELDS)
    + tuple(f"event_loc_{f}" for f in LOC_FIELDS)
    + EVENT_TAIL
)
"""Fixed event columns; ``magnitude_<key>_<field>`` columns are inserted before ``event_text``."""

QUOTE_COLUMNS: tuple[str, ...] = (
    "id", "article_id", "published", "text", "kind", "span_start", "span_end",
    *(f"speaker_{f}" for f in PARTICIPANT_FIELDS), "cue", "cue_span_start", "cue_span_end", "channel",
    *(f"reported_by_{f}" for f in PARTICIPANT_FIELDS),
)
ENTITY_COLUMNS: tuple[str, ...] = ("id", "article_id", "entity_name", "type", "wikidata_id", "country", "sector",
                                   "mention_count", "mentions")


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


def _span_text(span: Span | None) -> str:
    return "" if span is None else f"{span.start}-{span.end}"


def _joined(values: Iterable[object]) -> str | None:
    items = ["" if v is None else str(v) for v in values]
    return SEP.join(items) if items else None


def _people(prefix: str, people: tuple[Participant, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in PARTICIPANT_FIELDS:
        if f == "span":
            out[f"{prefix}_span"] = _joined(_span_text(p.span) for p in people)
        else:
            out[f"{prefix}_{f}"] = _joined(getattr(p, f) for p in people)
    return out


def flatten_event(stored: StoredEvent) -> dict[str, Any]:
    """One flat row for CSV/Parquet (see the module docstring for the column names)."""
    e = stored.event
    row: dict[str, Any] = {
        "id": e.id, "article_id": stored.article_id, "event": e.event, "quad_code": e.quad_code,
        "mode": _joined(e.mode), "context": _joined(e.context), "auxiliary": _joined(e.auxiliary),
        "date": e.date, "date_precision": e.date_precision,
    }
    for role, people in (("actor", e.actor), ("recipient", e.recipient), ("reported_by", e.reported_by)):
        row.update(_people(role, people))
    loc = e.event_loc
    for f in LOC_FIELDS:
        if loc is None:
            row[f"event_loc_{f}"] = None
        elif f in ("span_start", "span_end"):
            row[f"event_loc_{f}"] = None if loc.span is None else (loc.span.start if f == "span_start"
                                                                    else loc.span.end)
        else:
            row[f"event_loc_{f}"] = getattr(loc, f)
    for key, q in sorted(e.magnitude.items()):
        values = (q.value, q.qualifier, q.raw_text, q.span.start, q.span.end)
        row.update({f"magnitude_{key}_{f}": v for f, v in zip(MAGNITUDE_FIELDS, values, strict=True)})
    row.update({
        "event_text": e.event_text, "text": e.text,
        "text_info_sentence_start": e.sentence.start, "text_info_sentence_end": e.sentence.end,
        "text_info_trigger_start": e.trigger.start, "text_info_trigger_end": e.trigger.end,
        "score": e.score, "confidence": round(e.confidence, 3), "coder": e.coder,
    })
    return row


def flatten_quote(stored: StoredQuote) -> dict[str, Any]:
    q = stored.quote
    row: dict[str, Any] = {"id": q.id, "article_id": stored.article_id, "published": stored.published,
                           "text": q.text, "kind": q.kind, "span_start": q.span.start, "span_end": q.span.end}
    row.update(_people("speaker", () if q.speaker is None else (q.speaker,)))
    row.update({"cue": q.cue, "cue_span_start": None if q.cue_span is None else q.cue_span.start,
                "cue_span_end": None if q.cue_span is None else q.cue_span.end, "channel": q.channel})
    row.update(_people("reported_by", q.reported_by))
    return row


def flatten_entity(stored: StoredEntity) -> dict[str, Any]:
    n = stored.entity
    return {"id": n.id, "article_id": stored.article_id, "entity_name": n.entity_name, "type": n.type,
            "wikidata_id": n.wikidata_id, "country": n.country, "sector": n.sector,
            "mention_count": len(n.mentions), "mentions": _joined(_span_text(m) for m in n.mentions)}


Stored = StoredEvent | StoredQuote | StoredEntity


def flatten(record: Stored) -> dict[str, Any]:
    if isinstance(record, StoredEvent):
        return flatten_event(record)
    if isinstance(record, StoredQuote):
        return flatten_quote(record)
    return flatten_entity(record)


def columns_for(rows: list[dict[str, Any]], fixed: tuple[str, ...]) -> list[str]:
    """The fixed columns, with any extra (magnitude) columns of ``rows`` before ``event_text``."""
    extra = sorted({k for r in rows for k in r} - set(fixed))
    if not extra:
        return list(fixed)
    cut = fixed.index("event_text") if "event_text" in fixed else len(fixed)
    return [*fixed[:cut], *extra, *fixed[cut:]]


def _fixed(record: Stored | None) -> tuple[str, ...]:
    if isinstance(record, StoredQuote):
        return QUOTE_COLUMNS
    if isinstance(record, StoredEntity):
        return ENTITY_COLUMNS
    return EVENT_COLUMNS


def write_jsonl(records: Iterable[Stored], fh: TextIO) -> int:
    """Write one PLOVER JSON record per line; returns the number written."""
    n = 0
    for record in records:
        fh.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
        n += 1
    return n


def flat_rows(records: Iterable[Stored], fixed: tuple[str, ...] | None = None
              ) -> tuple[list[str], list[dict[str, Any]]]:
    """Flatten records; returns the column names and the rows (every row has every column)."""
    rows: list[dict[str, Any]] = []
    first: Stored | None = None
    for record in records:
        first = first or record
        rows.append(flatten(record))
    columns = columns_for(rows, fixed or _fixed(first))
    return columns, [{c: r.get(c) for c in columns} for r in rows]


def write_csv(records: Iterable[Stored], fh: TextIO, fixed: tuple[str, ...] | None = None) -> int:
    columns, rows = flat_rows(records, fixed)
    writer = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return len(rows)


def write_parquet(records: Iterable[Stored], path: Path, fixed: tuple[str, ...] | None = None) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns, rows = flat_rows(records, fixed)
    table = pa.Table.from_pylist(rows, schema=None) if rows else pa.table({c: pa.array([], pa.string())
                                                                            for c in columns})
    pq.write_table(table.select(columns), str(path))
    return len(rows)
