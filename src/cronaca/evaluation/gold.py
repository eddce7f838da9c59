"""Reading annotated gold files (RECORDS.md "Gold files")."""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..records import Article, Span

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class GoldActor:
    name: str
    country: str | None


@dataclass(frozen=True, slots=True)
class GoldEvent:
    event: str
    actor: tuple[GoldActor, ...]
    recipient: tuple[GoldActor, ...]
    evidence: tuple[Span, ...]
    dates: tuple[str, ...]  # acceptable days; empty when the gold has no date
    location: GoldActor | None
    magnitude: dict[str, tuple[int, str]]
    reported_by: str | None
    optional: bool
    mode: tuple[str, ...] = ()
    context: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GoldQuote:
    text: str
    speaker: str | None
    optional: bool


@dataclass(frozen=True, slots=True)
class GoldEntity:
    name: str
    type: str
    country: str | None


@dataclass(frozen=True, slots=True)
class GoldArticle:
    article: Article
    events: tuple[GoldEvent, ...]
    quotes: tuple[GoldQuote, ...]
    entities: tuple[GoldEntity, ...]
    path: str


def _find(text: str, needle: str) -> Span | None:
    """Locate an evidence sentence in the text; tolerate whitespace differences."""
    i = text.find(needle)
    if i >= 0:
        return Span(i, i + len(needle))
    pattern = r"\s+".join(re.escape(part) for part in needle.split())
    m = re.search(pattern, text)
    return Span(m.start(), m.end()) if m else None


def _actors(items: Any) -> tuple[GoldActor, ...]:
    out = []
    for a in items or []:
        if isinstance(a, str):
            out.append(GoldActor(a, None))
        elif isinstance(a, dict) and a.get("name"):
            out.append(GoldActor(a["name"], a.get("country")))
    return tuple(out)


def _event(d: dict[str, Any], text: str, source: str) -> GoldEvent:
    evidence = d.get("evidence") or []
    if isinstance(evidence, str):
        evidence = [evidence]
    spans = []
    for ev in evidence:
        span = _find(text, ev)
        if span is None:
            log.warning("%s: gold evidence not found in the text: %.60s...", source, ev)
        else:
            spans.append(span)
    date = d.get("date")
    dates = tuple(date) if isinstance(date, list) else ((date,) if date else ())
    loc = d.get("location")
    location = GoldActor(loc["name"], loc.get("country")) if isinstance(loc, dict) and loc.get("name") else None
    magnitude = {k: (int(v["value"]), str(v.get("qualifier", "exact")))
                 for k, v in (d.get("magnitude") or {}).items() if isinstance(v, dict) and "value" in v}
    reported_by = d.get("reported_by")
    if isinstance(reported_by, list):
        reported_by = reported_by[0] if reported_by else None
    if isinstance(reported_by, dict):
        reported_by = reported_by.get("name")
    return GoldEvent(
        event=d["event"], actor=_actors(d.get("actor")), recipient=_actors(d.get("recipient")),
        evidence=tuple(spans), dates=dates, location=location, magnitude=magnitude,
        reported_by=reported_by, optional=bool(d.get("optional", False)),
        mode=tuple(d.get("mode") or ()), context=tuple(d.get("context") or ()),
    )


def load_gold(path: str | Path) -> GoldArticle:
    """Read one gold file.

    Raises:
        InputError: the file is not valid JSON or lacks ``text``/``gold``.
    """
    p = Path(path)
    try:
        d = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError(str(p), f"cannot read gold file: {e}") from e
    if not isinstance(d, dict) or "text" not in d or "gold" not in d:
        raise InputError(str(p), "not a gold file: expected an object with 'text' and 'gold' keys")
    text = d["text"]
    article = Article(id=str(d.get("id") or p.stem), text=text, published=d.get("published"),
                      language=d.get("language"), title=d.get("title"), url=d.get("url"),
                      outlet=d.get("outlet"))
    gold = d["gold"]
    return GoldArticle(
        article=article,
        events=tuple(_event(e, text, str(p)) for e in gold.get("events", [])),
        quotes=tuple(GoldQuote(q["text"], q.get("speaker"), bool(q.get("optional", False)))
                     for q in gold.get("quotes", [])),
        entities=tuple(GoldEntity(e["name"], e["type"], e.get("country")) for e in gold.get("entities", [])),
        path=str(p),
    )


def load_gold_dir(path: str | Path) -> list[GoldArticle]:
    """Read every ``*.json`` gold file of a folder, sorted by name."""
    p = Path(path)
    if not p.is_dir():
        raise InputError(str(p), "not a directory of gold files")
    files = sorted(p.glob("*.json"))
    if not files:
        raise InputError(str(p), "no *.json gold files in this directory")
    return [load_gold(f) for f in files]
