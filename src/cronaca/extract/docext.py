"""Custom attributes that cronaca's components read and write on a spaCy ``Doc``.

Components communicate only through these attributes; each component declares which it requires
and which it assigns when it is registered (see :mod:`cronaca.registry`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ..records import Span


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of an article entity: its characters and the id of the entity it refers to."""

    span: Span
    entity_id: str
    kind: str = "name"  # "name", "title" (il presidente ucraino), "pronoun", "demonym", "metonym"


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in the text, resolved by the gazetteer."""

    span: Span
    entity_id: str | None
    location_index: int  # index into doc._.cronaca_locations


# name -> default value; every attribute is created once, before any pipeline runs
EXTENSIONS: dict[str, object] = {
    "cronaca_article": None,       # records.Article being processed
    "cronaca_published": None,     # datetime.date anchor for relative dates, or None
    "cronaca_entities": None,      # list[records.Entity]
    "cronaca_mentions": None,      # list[Mention], sorted by start
    "cronaca_times": None,         # list[records.TimeExpression]
    "cronaca_quantities": None,    # list[records.Quantity]
    "cronaca_locations": None,     # list[records.Location] (each with its span)
    "cronaca_quotes": None,        # list[records.Quote]
    "cronaca_sources": None,       # list[(Span covered, records.Participant)] attribution cues
    "cronaca_events": None,        # list[records.Event]
}


def register_extensions() -> None:
    for name, default in EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
