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


@pytest.mark.parametrize(("language", "text", "source"), [
    ("en", "The United Nations says at least 50 civilians were killed in the attack on Tuesday.", "United Nations"),
    ("it", "L'Onu afferma che almeno 50 civili sono stati uccisi nell'attacco di martedì.", "United Nations"),
    ("en", "Odesa governor Oleh Kiper said a woman and two men were killed when a drone hit a building.",
     "Oleh Kiper"),
])
def test_who_reports_the_dead_did_not_kill_them(extractor: Extractor, language: str, text: str, source: str) -> None:
    doc = extractor.process(Article(id="t", text=text, language=language, published="2026-03-12"))
    assert not any(source in a.entity_name for e in doc.events for a in e.actor), \
        [(e.event, [a.entity_name for a in e.actor]) for e in doc.events]


@pytest.mark.parametrize(("language", "text", "actor"), [
    ("en", "Police said three protesters were arrested.", "security forces"),
    ("en", "Russia said it had struck military facilities.", "Russia"),
])
def test_who_reports_an_own_act_still_did_it(extractor: Extractor, language: str, text: str, actor: str) -> None:
    doc = extractor.process(Article(id="t", text=text, language=language, published="2026-03-12"))
    assert any(a.entity_name == actor for e in doc.events for a in e.actor), \
        [(e.event, [a.entity_name for a in e.actor]) for e in doc.events]
