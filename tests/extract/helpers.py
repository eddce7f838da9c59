"""Small helpers the rule tests share: what one sentence or article yields, in comparable form."""

from __future__ import annotations

from cronaca.pipeline import Extractor
from cronaca.records import Article


def entity_set(extractor: Extractor, lang: str, text: str, published: str = "2025-02-01") -> set[tuple[str, str]]:
    """(canonical name, type) of every entity found in ``text``."""
    doc = extractor.process(Article(id="e", text=text, published=published, language=lang))
    return {(e.entity_name, e.type) for e in doc.entities}


def event_triples(extractor: Extractor, lang: str, text: str, published: str = "2025-10-20"
                  ) -> list[tuple[str, list[str], list[str]]]:
    """(type, actor names, recipient names) of every event found in ``text``."""
    doc = extractor.process(Article(id="v", text=text, published=published, language=lang))
    return [(e.event, [p.entity_name for p in e.actor], [p.entity_name for p in e.recipient]) for e in doc.events]
