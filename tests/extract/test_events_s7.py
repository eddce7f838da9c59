"""A negated acceptance is a refusal (PLOVER REJECT), in any tense; an acceptance stays AGREE. Real pipelines,
sentences written for these tests."""

from __future__ import annotations

import pytest

from cronaca.pipeline import Extractor
from cronaca.records import Article


@pytest.mark.parametrize(("language", "text", "event"), [
    ("en", "The government did not accept the proposal.", "REJECT"),
    ("en", "The government will not accept the proposal.", "REJECT"),
    ("it", "Il governo non ha accettato la proposta di Bruxelles.", "REJECT"),
    ("it", "Il governo di Caracas non accetta lezioni da Bruxelles, ha detto il ministro.", "REJECT"),
    ("en", "Hamas accepted the proposal on Sunday.", "AGREE"),
    ("it", "Hamas ha accettato la proposta domenica.", "AGREE"),
])
def test_negated_acceptance_is_a_refusal(extractor: Extractor, language: str, text: str, event: str) -> None:
    doc = extractor.process(Article(id="t", text=text, language=language, published="2026-03-12"))
    assert [e.event for e in doc.events] == [event]
    assert "negated" not in doc.events[0].auxiliary  # the refusal happened: nothing about it is negated
