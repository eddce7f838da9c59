"""Placeholder entity stage: article entities from the NER of the spaCy pipeline."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Entity, Span
from .docext import Mention


class EntityExtractor:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        groups: dict[tuple[str, str], list[Span]] = {}
        for ent in doc.ents:
            groups.setdefault((ent.text, ent.label_), []).append(Span(ent.start_char, ent.end_char))
        entities = [Entity(id=f"e{i}", entity_name=text, type=label, mentions=tuple(spans))
                    for i, ((text, label), spans) in enumerate(groups.items(), start=1)]
        doc._.cronaca_entities = entities
        doc._.cronaca_mentions = sorted((Mention(s, e.id) for e in entities for s in e.mentions),
                                        key=lambda m: m.span.start)
        return doc
