"""Typed records of RECORDS.md: what every stage produces and the store keeps.

All records are frozen dataclasses with explicit character offsets into the
article text.  ``to_dict()`` gives the JSON shape of RECORDS.md ("Output
records"); ``from_dict()`` reads it back.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
    "COERCE", "ASSAULT",
)
"""The 16 PLOVER event types."""

QUAD_CLASS: dict[str, int] = {
    **{t: 1 for t in ("AGREE", "CONSULT", "SUPPORT", "CONCEDE")},
    **{t: 2 for t in ("COOPERATE", "AID", "RETREAT")},
    **{t: 3 for t in ("REQUEST", "ACCUSE", "REJECT", "THREATEN")},
    **{t: 4 for t in ("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")},
}
"""PLOVER quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""

ENTITY_TYPES: tuple[str, ...] = ("PER", "ORG", "GPE", "LOC", "FAC", "NORP", "WEAPON", "MISC")
QUALIFIERS: tuple[str, ...] = ("exact", "at_least", "at_most", "about")
AUXILIARY_FLAGS: tuple[str, ...] = ("historical", "future", "hypothetical", "negated")
DATE_PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year")

Qualifier = Literal["exact", "at_least", "at_most", "about"]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` of the article text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end}]: need 0 <= start <= end")

    def text(self, source: str) -> str:
        return source[self.start:self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def to_list(self) -> list[int]:
        return [self.start, self.end]

    @classmethod
    def from_list(cls, value: list[int] | tuple[int, int]) -> Span:
        return cls(int(value[0]), int(value[1]))


def _span_or_none(value: Any) -> Span | None:
    return None if value is None else Span.from_list(value)


@dataclass(frozen=True, slots=True)
class Article:
    """One input article; ``text`` is the reference for every span."""

    id: str
    text: str
    published: str | None = None
    language: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "url": self.url, "outlet": self.outlet, "title": self.title,
            "language": self.language, "published": self.published, "sha256": self.sha256,
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        return cls(
            id=str(d["id"]), text=d["text"], published=d.get("published"), language=d.get("language"),
            title=d.get("title"), url=d.get("url"), outlet=d.get("outlet"),
        )


@dataclass(frozen=True, slots=True)
class Quantity:
    """A counted amount: ``{"value", "qualifier", "raw_text", "span"}``."""

    value: int
    qualifier: Qualifier
    raw_text: str
    span: Span
    unit: str | None = None  # the counted noun as written ("droni", "people"), when found

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"value": self.value, "qualifier": self.qualifier,
                             "raw_text": self.raw_text, "span": self.span.to_list()}
        if self.unit is not None:
            d["unit"] = self.unit
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quantity:
        return cls(value=int(d["value"]), qualifier=d["qualifier"], raw_text=d["raw_text"],
                   span=Span.from_list(d["span"]), unit=d.get("unit"))


@dataclass(frozen=True, slots=True)
class Participant:
    """A PLOVER entity object as it appears on an event or a quote (actor, recipient, speaker, source)."""

    raw_text: str
    entity_name: str
    span: Span | None = None
    entity_id: str | None = None
    wikidata_id: str | None = None
    country: str | None = None
    sector: str | None = None
    type: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "raw_text": self.raw_text, "entity_name": self.entity_name, "entity_id": self.entity_id,
            "wikidata_id": self.wikidata_id, "country": self.country, "sector": self.sector,
            "type": self.type, "span": None if self.span is None else self.span.to_list(),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Participant:
        return cls(
            raw_text=d.get("raw_text") or d.get("entity_name") or "", entity_name=d.get("entity_name") or "",
            span=_span_or_none(d.get("span")), entity_id=d.get("entity_id"), wikidata_id=d.get("wikidata_id"),
            country=d.get("country"), sector=d.get("sector"), type=d.get("type"),
        )


@dataclass(frozen=True, slots=True)
class Entity:
    """An article-level entity: one canonical referent and all its mentions."""

    id: str
    entity_name: str
    type: str
    mentions: tuple[Span, ...]
    wikidata_id: str | None = None
    country: str | None = None
    sector: str | None = None

    def participant(self, mention: Span, source: str) -> Participant:
        return Participant(
            raw_text=mention.text(source), entity_name=self.entity_name, span=mention, entity_id=self.id,
            wikidata_id=self.wikidata_id, country=self.country, sector=self.sector, type=self.type,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "entity_name": self.entity_name, "type": self.type,
            "wikidata_id": self.wikidata_id, "country": self.country, "sector": self.sector,
            "mentions": [m.to_list() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entity:
        return cls(
            id=d["id"], entity_name=d["entity_name"], type=d["type"],
            mentions=tuple(Span.from_list(m) for m in d.get("mentions", [])),
            wikidata_id=d.get("wikidata_id"), country=d.get("country"), sector=d.get("sector"),
        )


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted span, its speaker and the speech cue that introduces it."""

    id: str
    text: str
    span: Span
    kind: Literal["direct", "partial"]
    speaker: Participant | None = None
    cue: str | None = None
    cue_span: Span | None = None
    channel: str | None = None
    reported_by: tuple[Participant, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "text": self.text, "span": self.span.to_list(),
            "speaker": None if self.speaker is None else self.speaker.to_dict(),
            "cue": self.cue, "cue_span": None if self.cue_span is None else self.cue_span.to_list(),
            "channel": self.channel, "kind": self.kind,
            "reported_by": [p.to_dict() for p in self.reported_by],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quote:
        speaker = d.get("speaker")
        if isinstance(speaker, str):
            speaker = Participant(raw_text=speaker, entity_name=speaker)
        elif isinstance(speaker, dict):
            speaker = Participant.from_dict(speaker)
        return cls(
            id=d["id"], text=d["text"], span=Span.from_list(d["span"]), kind=d.get("kind", "direct"),
            speaker=speaker, cue=d.get("cue"), cue_span=_span_or_none(d.get("cue_span")),
            channel=d.get("channel"),
            reported_by=tuple(Participant.from_dict(p) for p in d.get("reported_by", [])),
        )


@dataclass(frozen=True, slots=True)
class Location:
    """A resolved place: gazetteer name, country and coordinates."""

    raw_text: str
    name: str
    span: Span | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    feature: str | None = None  # "country", "city", "region", "facility", ...

    def to_dict(self) -> dict[str, Any]:
        return {
            "raw_text": self.raw_text, "name": self.name, "country": self.country, "lat": self.lat,
            "lon": self.lon, "geonames_id": self.geonames_id, "feature": self.feature,
            "span": None if self.span is None else self.span.to_list(),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Location:
        return cls(
            raw_text=d.get("raw_text", ""), name=d.get("name", ""), span=_span_or_none(d.get("span")),
            country=d.get("country"), lat=d.get("lat"), lon=d.get("lon"), geonames_id=d.get("geonames_id"),
            feature=d.get("feature"),
        )


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A date expression found in the text, resolved against the publication date."""

    raw_text: str
    span: Span
    date: str | None  # ISO YYYY-MM-DD of the (first) day, None when unresolvable
    precision: str = "day"
    end_date: str | None = None  # for ranges ("from evening to dawn" crosses midnight)

    def to_dict(self) -> dict[str, Any]:
        return {"raw_text": self.raw_text, "span": self.span.to_list(), "date": self.date,
                "precision": self.precision, "end_date": self.end_date}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> TimeExpression:
        return cls(raw_text=d["raw_text"], span=Span.from_list(d["span"]), date=d.get("date"),
                   precision=d.get("precision", "day"), end_date=d.get("end_date"))


@dataclass(frozen=True, slots=True)
class Event:
    """One PLOVER event record with cronaca's extensions."""

    id: str
    event: str
    text: str
    sentence: Span
    trigger: Span
    event_text: str
    mode: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    auxiliary: tuple[str, ...] = ()
    actor: tuple[Participant, ...] = ()
    recipient: tuple[Participant, ...] = ()
    date: str | None = None
    date_precision: str | None = None
    event_loc: Location | None = None
    magnitude: dict[str, Quantity] = field(default_factory=dict)
    reported_by: tuple[Participant, ...] = ()
    confidence: float = 0.5
    coder: str = "cronaca"
    score: float | None = None  # conflict/cooperation intensity, -10 (most conflictual) .. +10 (data/plover.toml)

    @property
    def quad_code(self) -> int:
        return QUAD_CLASS[self.event]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "event": self.event, "mode": list(self.mode), "context": list(self.context),
            "auxiliary": list(self.auxiliary),
            "actor": [p.to_dict() for p in self.actor], "recipient": [p.to_dict() for p in self.recipient],
            "date": self.date, "date_precision": self.date_precision,
            "event_loc": None if self.event_loc is None else self.event_loc.to_dict(),
            "magnitude": {k: q.to_dict() for k, q in self.magnitude.items()},
            "reported_by": [p.to_dict() for p in self.reported_by],
            "event_text": self.event_text, "text": self.text,
            "text_info": {
                "sentence": self.sentence.to_list(), "trigger": self.trigger.to_list(),
                "actor": [p.span.to_list() for p in self.actor if p.span is not None],
                "recipient": [p.span.to_list() for p in self.recipient if p.span is not None],
            },
            "quad_code": self.quad_code, "score": self.score, "confidence": round(self.confidence, 3),
            "coder": self.coder,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        info = d.get("text_info", {})
        loc = d.get("event_loc")
        return cls(
            id=d["id"], event=d["event"], text=d.get("text", ""),
            sentence=Span.from_list(info.get("sentence", [0, 0])),
            trigger=Span.from_list(info.get("trigger", [0, 0])), event_text=d.get("event_text", ""),
            mode=tuple(d.get("mode", [])), context=tuple(d.get("context", [])),
            auxiliary=tuple(d.get("auxiliary", [])),
            actor=tuple(Participant.from_dict(p) for p in d.get("actor", [])),
            recipient=tuple(Participant.from_dict(p) for p in d.get("recipient", [])),
            date=d.get("date"), date_precision=d.get("date_precision"),
            event_loc=None if loc is None else Location.from_dict(loc),
            magnitude={k: Quantity.from_dict(q) for k, q in (d.get("magnitude") or {}).items()},
            reported_by=tuple(Participant.from_dict(p) for p in d.get("reported_by", [])),
            confidence=float(d.get("confidence", 0.5)), coder=d.get("coder", "cronaca"), score=d.get("score"),
        )


@dataclass(frozen=True, slots=True)
class Document:
    """Everything cronaca extracted from one article (RECORDS.md "Output records")."""

    article: Article
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    dates: tuple[TimeExpression, ...] = ()
    quantities: tuple[Quantity, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.to_dict(),
            "entities": [e.to_dict() for e in self.entities],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [e.to_dict() for e in self.events],
            "dates": [t.to_dict() for t in self.dates],
            "quantities": [q.to_dict() for q in self.quantities],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        return cls(
            article=Article.from_dict(d["article"]),
            entities=tuple(Entity.from_dict(e) for e in d.get("entities", [])),
            quotes=tuple(Quote.from_dict(q) for q in d.get("quotes", [])),
            events=tuple(Event.from_dict(e) for e in d.get("events", [])),
            dates=tuple(TimeExpression.from_dict(t) for t in d.get("dates", [])),
            quantities=tuple(Quantity.from_dict(q) for q in d.get("quantities", [])),
        )
