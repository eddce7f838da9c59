"""Checks that a document keeps the contract: schema-valid and every span reproduces its text."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from typing import Any

from .records import Document, Participant


@lru_cache(maxsize=1)
def document_schema() -> dict[str, Any]:
    """The JSON Schema of a document (``cronaca/schema/document.schema.json``)."""
    text = resources.files("cronaca").joinpath("schema", "document.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def _participants(doc: Document) -> Iterator[tuple[str, Participant]]:
    for q in doc.quotes:
        if q.speaker is not None:
            yield f"quote {q.id} speaker", q.speaker
        for p in q.reported_by:
            yield f"quote {q.id} reported_by", p
    for e in doc.events:
        for role in ("actor", "recipient", "reported_by"):
            for p in getattr(e, role):
                yield f"event {e.id} {role}", p


def span_violations(doc: Document) -> list[str]:
    """Every place where ``text[start:end]`` differs from the recorded text (empty list when all agree)."""
    text = doc.article.text
    problems: list[str] = []

    def check(where: str, start: int, end: int, expected: str | None) -> None:
        if end > len(text):
            problems.append(f"{where}: span [{start}, {end}] beyond the text ({len(text)} chars)")
        elif expected is not None and text[start:end] != expected:
            problems.append(f"{where}: text[{start}:{end}] = {text[start:end]!r}, recorded {expected!r}")

    for ent in doc.entities:
        for m in ent.mentions:
            check(f"entity {ent.id} mention", m.start, m.end, None)
    for q in doc.quotes:
        check(f"quote {q.id}", q.span.start, q.span.end, q.text)
        if q.cue_span is not None:
            check(f"quote {q.id} cue", q.cue_span.start, q.cue_span.end, q.cue)
    for where, p in _participants(doc):
        if p.span is not None:
            check(where, p.span.start, p.span.end, p.raw_text)
    for e in doc.events:
        check(f"event {e.id} sentence", e.sentence.start, e.sentence.end, e.text)
        check(f"event {e.id} trigger", e.trigger.start, e.trigger.end, e.event_text)
        if e.event_loc is not None and e.event_loc.span is not None:
            check(f"event {e.id} location", e.event_loc.span.start, e.event_loc.span.end, e.event_loc.raw_text)
        for key, qty in e.magnitude.items():
            check(f"event {e.id} magnitude.{key}", qty.span.start, qty.span.end, qty.raw_text)
    for t in doc.dates:
        check("date", t.span.start, t.span.end, t.raw_text)
    for qty in doc.quantities:
        check("quantity", qty.span.start, qty.span.end, qty.raw_text)
    return problems
