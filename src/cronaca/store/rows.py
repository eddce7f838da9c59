"""Mapping between records (:mod:`cronaca.records`) and table rows, shared by every backend.

Child ids are store-wide: ``<article id>/<local id>``, so the same input always gives the same ids.
Column orders here match ``migrations/001_init.sql``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..records import Document, Entity, Event, Location, Participant, Quantity, Quote, Span

Row = tuple[Any, ...]

ENTITY_COLUMNS = ("id", "article_id", "local_id", "ordinal", "entity_name", "type", "wikidata_id", "country",
                  "sector")
MENTION_COLUMNS = ("entity_id", "article_id", "ordinal", "start_char", "end_char", "raw_text")
QUOTE_COLUMNS = ("id", "article_id", "local_id", "ordinal", "text", "start_char", "end_char", "kind", "cue",
                 "cue_start", "cue_end", "channel")
EVENT_COLUMNS = ("id", "article_id", "local_id", "ordinal", "event", "quad_code", "mode", "context", "auxiliary",
                 "date", "date_precision", "day", "event_text", "text", "sentence_start", "sentence_end",
                 "trigger_start", "trigger_end", "loc_raw_text", "loc_name", "loc_country", "loc_lat", "loc_lon",
                 "loc_geonames_id", "loc_feature", "loc_start", "loc_end", "confidence", "coder",
                 "actor", "recipient", "reported_by", "magnitude", "score")
PARTICIPANT_COLUMNS = ("owner_id", "owner_kind", "article_id", "role", "ordinal", "raw_text", "entity_name",
                       "entity_id", "wikidata_id", "country", "sector", "type", "start_char", "end_char")
QUANTITY_COLUMNS = ("article_id", "event_id", "field", "ordinal", "value", "qualifier", "raw_text", "unit",
                    "start_char", "end_char")
TIME_COLUMNS = ("article_id", "ordinal", "raw_text", "start_char", "end_char", "date", "precision", "end_date")

CHILD_TABLES = ("entities", "mentions", "quotes", "events", "participants", "quantities", "time_expressions")
"""Tables whose rows belong to one article (``article_id``); replaced together with it."""


def global_id(article_id: str, local_id: str) -> str:
    return f"{article_id}/{local_id}"


def to_date(value: str | None) -> dt.date | None:
    """An ISO day, or None when absent or not a valid day (the record keeps only what the store can query)."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


@dataclass(slots=True)
class DocumentRows:
    """The rows one document adds to each child table."""

    entities: list[Row] = field(default_factory=list)
    mentions: list[Row] = field(default_factory=list)
    quotes: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)
    participants: list[Row] = field(default_factory=list)
    quantities: list[Row] = field(default_factory=list)
    time_expressions: list[Row] = field(default_factory=list)

    def tables(self) -> Iterable[tuple[str, tuple[str, ...], list[Row]]]:
        yield "entities", ENTITY_COLUMNS, self.entities
        yield "mentions", MENTION_COLUMNS, self.mentions
        yield "quotes", QUOTE_COLUMNS, self.quotes
        yield "events", EVENT_COLUMNS, self.events
        yield "participants", PARTICIPANT_COLUMNS, self.participants
        yield "quantities", QUANTITY_COLUMNS, self.quantities
        yield "time_expressions", TIME_COLUMNS, self.time_expressions


def _span(span: Span | None) -> tuple[int | None, int | None]:
    return (None, None) if span is None else (span.start, span.end)


def _participant(owner: str, kind: str, aid: str, role: str, n: int, p: Participant) -> Row:
    entity_id = None if p.entity_id is None else global_id(aid, p.entity_id)
    return (owner, kind, aid, role, n, p.raw_text, p.entity_name, entity_id, p.wikidata_id, p.country,
            p.sector, p.type, *_span(p.span))


def _nested(aid: str, p: Participant) -> dict[str, Any]:
    start, end = _span(p.span)
    return {"raw_text": p.raw_text, "entity_name": p.entity_name,
            "entity_id": None if p.entity_id is None else global_id(aid, p.entity_id), "wikidata_id": p.wikidata_id,
            "country": p.country, "sector": p.sector, "type": p.type, "start_char": start, "end_char": end}


def _quantity(aid: str, event_id: str | None, key: str | None, n: int, q: Quantity) -> Row:
    return (aid, event_id, key, n, q.value, q.qualifier, q.raw_text, q.unit, q.span.start, q.span.end)


def _event_rows(rows: DocumentRows, aid: str, n: int, e: Event, published: dt.date | None) -> None:
    eid = global_id(aid, e.id)
    loc = e.event_loc or Location(raw_text="", name="")
    has_loc = e.event_loc is not None
    day = to_date(e.date) or published
    rows.events.append((
        eid, aid, e.id, n, e.event, e.quad_code, list(e.mode), list(e.context), list(e.auxiliary),
        to_date(e.date), e.date_precision, day, e.event_text, e.text, e.sentence.start, e.sentence.end,
        e.trigger.start, e.trigger.end,
        loc.raw_text if has_loc else None, loc.name if has_loc else None, loc.country, loc.lat, loc.lon,
        loc.geonames_id, loc.feature, *_span(loc.span), float(e.confidence), e.coder,
        [_nested(aid, p) for p in e.actor], [_nested(aid, p) for p in e.recipient],
        [_nested(aid, p) for p in e.reported_by],
        [{"field": key, "value": q.value, "qualifier": q.qualifier, "raw_text": q.raw_text, "unit": q.unit,
          "start_char": q.span.start, "end_char": q.span.end} for key, q in e.magnitude.items()],
        e.score))
    for role, people in (("actor", e.actor), ("recipient", e.recipient), ("reported_by", e.reported_by)):
        rows.participants.extend(_participant(eid, "event", aid, role, i, p) for i, p in enumerate(people))
    rows.quantities.extend(_quantity(aid, eid, key, i, q) for i, (key, q) in enumerate(e.magnitude.items()))


def document_rows(doc: Document) -> DocumentRows:
    """Every child row of a document, with store-wide ids."""
    art = doc.article
    aid = art.id
    published = to_date(art.published)
    rows = DocumentRows()
    for n, ent in enumerate(doc.entities):
        gid = global_id(aid, ent.id)
        rows.entities.append((gid, aid, ent.id, n, ent.entity_name, ent.type, ent.wikidata_id, ent.country,
                              ent.sector))
        rows.mentions.extend((gid, aid, i, m.start, m.end, m.text(art.text)) for i, m in enumerate(ent.mentions))
    for n, q in enumerate(doc.quotes):
        qid = global_id(aid, q.id)
        rows.quotes.append((qid, aid, q.id, n, q.text, q.span.start, q.span.end, q.kind, q.cue,
                            *_span(q.cue_span), q.channel))
        if q.speaker is not None:
            rows.participants.append(_participant(qid, "quote", aid, "speaker", 0, q.speaker))
        rows.participants.extend(_participant(qid, "quote", aid, "reported_by", i, p)
                                 for i, p in enumerate(q.reported_by))
    for n, e in enumerate(doc.events):
        _event_rows(rows, aid, n, e, published)
    rows.quantities.extend(_quantity(aid, None, None, i, q) for i, q in enumerate(doc.quantities))
    rows.time_expressions.extend(
        (aid, i, t.raw_text, t.span.start, t.span.end, to_date(t.date), t.precision, to_date(t.end_date))
        for i, t in enumerate(doc.dates))
    return rows


# --- reading back ---------------------------------------------------------------------------------------

def _opt_span(start: int | None, end: int | None) -> Span | None:
    return None if start is None or end is None else Span(start, end)


def participant_from_row(r: dict[str, Any]) -> Participant:
    return Participant(raw_text=r["raw_text"], entity_name=r["entity_name"],
                       span=_opt_span(r["start_char"], r["end_char"]), entity_id=r["entity_id"],
                       wikidata_id=r["wikidata_id"], country=r["country"], sector=r["sector"], type=r["type"])


def quantity_from_row(r: dict[str, Any]) -> Quantity:
    return Quantity(value=int(r["value"]), qualifier=r["qualifier"], raw_text=r["raw_text"],
                    span=Span(r["start_char"], r["end_char"]), unit=r["unit"])


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def event_from_row(r: dict[str, Any]) -> Event:
    """An event from an ``events`` row, with its nested participants and magnitudes."""
    loc = None
    if r["loc_name"] is not None or r["loc_raw_text"] is not None:
        loc = Location(raw_text=r["loc_raw_text"] or "", name=r["loc_name"] or "",
                       span=_opt_span(r["loc_start"], r["loc_end"]), country=r["loc_country"], lat=r["loc_lat"],
                       lon=r["loc_lon"], geonames_id=r["loc_geonames_id"], feature=r["loc_feature"])
    return Event(
        id=r["id"], event=r["event"], text=r["text"], sentence=Span(r["sentence_start"], r["sentence_end"]),
        trigger=Span(r["trigger_start"], r["trigger_end"]), event_text=r["event_text"],
        mode=tuple(r["mode"]), context=tuple(r["context"]), auxiliary=tuple(r["auxiliary"]),
        actor=tuple(participant_from_row(p) for p in r["actor"]),
        recipient=tuple(participant_from_row(p) for p in r["recipient"]),
        date=_iso(r["date"]), date_precision=r["date_precision"], event_loc=loc,
        magnitude={q["field"]: quantity_from_row(q) for q in r["magnitude"]},
        reported_by=tuple(participant_from_row(p) for p in r["reported_by"]), confidence=float(r["confidence"]),
        coder=r["coder"], score=r.get("score"))


def quote_from_row(r: dict[str, Any], people: dict[str, list[Participant]]) -> Quote:
    speakers = people.get("speaker", [])
    return Quote(id=r["id"], text=r["text"], span=Span(r["start_char"], r["end_char"]), kind=r["kind"],
                 speaker=speakers[0] if speakers else None, cue=r["cue"],
                 cue_span=_opt_span(r["cue_start"], r["cue_end"]), channel=r["channel"],
                 reported_by=tuple(people.get("reported_by", ())))


def entity_from_row(r: dict[str, Any], mentions: list[Span]) -> Entity:
    return Entity(id=r["id"], entity_name=r["entity_name"], type=r["type"], mentions=tuple(mentions),
                  wikidata_id=r["wikidata_id"], country=r["country"], sector=r["sector"])
