"""Typed filters for events, quotes and entities, and the SQL ``WHERE`` clauses they compile to.

Text filters are case-insensitive substring matches (``strpos(lower(x), lower(?))``, so ``%`` and ``_``
in user input match literally). The SQL is plain enough to run on DuckDB and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..errors import CronacaError
from ..records import ENTITY_TYPES, EVENT_TYPES


class QueryError(CronacaError):
    """A filter has an invalid value."""


def _contains(column: str) -> str:
    return f"strpos(lower({column}), lower(?)) > 0"


def parse_day(value: str | dt.date | None, option: str) -> dt.date | None:
    """Parse a ``YYYY-MM-DD`` filter bound."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError as e:
        raise QueryError(f"{option}: invalid date {value!r}; expected YYYY-MM-DD (for example 2025-07-05)") from e


def _types(values: tuple[str, ...], allowed: tuple[str, ...], what: str) -> tuple[str, ...]:
    out = []
    for value in values:
        for part in value.split(","):
            name = part.strip().upper()
            if not name:
                continue
            if name not in allowed:
                raise QueryError(f"unknown {what} {part.strip()!r}; expected one of {', '.join(allowed)}")
            out.append(name)
    return tuple(out)


def _country(value: str | None) -> str | None:
    if value is None:
        return None
    code = value.strip().upper()
    if not code.isalpha() or len(code) != 3:
        raise QueryError(f"--country: {value!r} is not an ISO 3166 alpha-3 code or PLOVER group code "
                         f"(for example ITA, UKR, USA, EUR, IGO)")
    return code


def _limit(value: int | None) -> int | None:
    if value is not None and value < 0:
        raise QueryError(f"--limit: {value} is negative; give a number of rows >= 0")
    return value


@dataclass(frozen=True, slots=True)
class Where:
    """A ``WHERE`` clause (without the keyword) and its positional parameters."""

    sql: str
    params: tuple[object, ...] = ()


def _where(parts: list[tuple[str, tuple[object, ...]]]) -> Where:
    if not parts:
        return Where("TRUE")
    return Where(" AND ".join(f"({sql})" for sql, _ in parts), tuple(p for _, ps in parts for p in ps))


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to return. Empty fields do not filter.

    ``since``/``until`` bound the event date, or the article's publication date when the event has none
    (both inclusive). ``country`` matches an actor's, a recipient's or the location's country.
    Events of near-duplicate articles are left out unless ``include_duplicates``.
    """

    types: tuple[str, ...] = ()
    actor: str | None = None
    recipient: str | None = None
    country: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    place: str | None = None
    text: str | None = None
    article_id: str | None = None
    include_duplicates: bool = False
    limit: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "types", _types(self.types, EVENT_TYPES, "event type"))
        object.__setattr__(self, "country", _country(self.country))
        object.__setattr__(self, "since", parse_day(self.since, "--since"))
        object.__setattr__(self, "until", parse_day(self.until, "--until"))
        _limit(self.limit)
        if self.since and self.until and self.since > self.until:
            raise QueryError(f"--since {self.since} is after --until {self.until}; swap them")

    def where(self) -> Where:
        """The clause over ``events e JOIN articles a``."""
        parts: list[tuple[str, tuple[object, ...]]] = []
        if self.types:
            parts.append((f"e.event IN ({', '.join('?' * len(self.types))})", self.types))
        if self.since:
            parts.append(("e.day >= ?", (self.since,)))
        if self.until:
            parts.append(("e.day <= ?", (self.until,)))
        for role, name in (("actor", self.actor), ("recipient", self.recipient)):
            if name:
                parts.append((f"EXISTS (SELECT 1 FROM participants p WHERE p.owner_id = e.id "
                              f"AND p.owner_kind = 'event' AND p.role = '{role}' "
                              f"AND ({_contains('p.entity_name')} OR {_contains('p.raw_text')}))", (name, name)))
        if self.country:
            parts.append(("e.loc_country = ? OR EXISTS (SELECT 1 FROM participants p WHERE p.owner_id = e.id "
                          "AND p.owner_kind = 'event' AND p.role IN ('actor', 'recipient') AND p.country = ?)",
                          (self.country, self.country)))
        if self.place:
            parts.append((f"{_contains('e.loc_name')} OR {_contains('e.loc_raw_text')}", (self.place, self.place)))
        if self.text:
            parts.append((f"{_contains('e.text')} OR {_contains('e.event_text')}", (self.text, self.text)))
        if self.article_id:
            parts.append(("e.article_id = ?", (self.article_id,)))
        if not self.include_duplicates:
            parts.append(("a.duplicate_of IS NULL", ()))
        return _where(parts)


@dataclass(frozen=True, slots=True)
class QuoteFilter:
    """Which quotes to return: by speaker name, quoted text, article publication date, article."""

    speaker: str | None = None
    text: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    article_id: str | None = None
    include_duplicates: bool = False
    limit: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "since", parse_day(self.since, "--since"))
        object.__setattr__(self, "until", parse_day(self.until, "--until"))
        _limit(self.limit)

    def where(self) -> Where:
        """The clause over ``quotes q JOIN articles a``."""
        parts: list[tuple[str, tuple[object, ...]]] = []
        if self.speaker:
            parts.append((f"EXISTS (SELECT 1 FROM participants p WHERE p.owner_id = q.id "
                          f"AND p.owner_kind = 'quote' AND p.role = 'speaker' "
                          f"AND ({_contains('p.entity_name')} OR {_contains('p.raw_text')}))",
                          (self.speaker, self.speaker)))
        if self.text:
            parts.append((_contains("q.text"), (self.text,)))
        if self.since:
            parts.append(("a.published >= ?", (self.since,)))
        if self.until:
            parts.append(("a.published <= ?", (self.until,)))
        if self.article_id:
            parts.append(("q.article_id = ?", (self.article_id,)))
        if not self.include_duplicates:
            parts.append(("a.duplicate_of IS NULL", ()))
        return _where(parts)


@dataclass(frozen=True, slots=True)
class EntityFilter:
    """Which article entities to return: by type, name, country, article."""

    types: tuple[str, ...] = ()
    name: str | None = None
    country: str | None = None
    article_id: str | None = None
    include_duplicates: bool = False
    limit: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "types", _types(self.types, ENTITY_TYPES, "entity type"))
        object.__setattr__(self, "country", _country(self.country))
        _limit(self.limit)

    def where(self) -> Where:
        """The clause over ``entities n JOIN articles a``."""
        parts: list[tuple[str, tuple[object, ...]]] = []
        if self.types:
            parts.append((f"n.type IN ({', '.join('?' * len(self.types))})", self.types))
        if self.name:
            parts.append((_contains("n.entity_name"), (self.name,)))
        if self.country:
            parts.append(("n.country = ?", (self.country,)))
        if self.article_id:
            parts.append(("n.article_id = ?", (self.article_id,)))
        if not self.include_duplicates:
            parts.append(("a.duplicate_of IS NULL", ()))
        return _where(parts)
