"""Placeholder quantities stage (to be replaced by the real extractor)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class QuantityExtractor:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.language = nlp.lang

    def __call__(self, doc: Doc) -> Doc:
        doc._.cronaca_quantities = []
        return doc
