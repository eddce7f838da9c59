"""A later sentence that names the event again ("l'operazione", "the raid") adds its counts to that event."""

from __future__ import annotations

import pytest

from cronaca.pipeline import Extractor
from cronaca.records import Article


@pytest.mark.parametrize("lang,text,event,field,value", [
    ("it", "Durante una vasta operazione antidroga la polizia ha arrestato 40 persone a Bari. "
           "Il questore ha illustrato i dettagli in conferenza stampa. "
           "Nell'operazione sono stati impegnati 300 agenti.", "COERCE", "size", 300),
    ("en", "Police arrested 40 people in a large drug operation in Bristol. "
           "The chief constable gave details at a press conference. "
           "The operation involved 300 officers.", "COERCE", "size", 300),
])
def test_counts_from_a_later_mention_of_the_operation(lang: str, text: str, event: str, field: str,
                                                      value: int) -> None:
    doc = Extractor().process(Article(id="t", text=text, published="2025-07-05", language=lang))
    found = [e for e in doc.events if e.event == event]
    assert found, [(e.event, e.event_text) for e in doc.events]
    assert found[0].magnitude["arrested"].value == 40
    assert found[0].magnitude[field].value == value


@pytest.mark.parametrize("lang,text,field,value", [
    ("it", "All'alba i carabinieri hanno arrestato 27 persone a Foggia. "
           "All'operazione hanno partecipato oltre 200 militari.", "size", 200),
    ("en", "Police arrested 27 people in dawn raids across Leeds. "
           "The operation involved more than 200 officers.", "size", 200),
])
def test_counts_from_a_next_sentence_opening_with_the_operation(lang: str, text: str, field: str,
                                                                value: int) -> None:
    doc = Extractor().process(Article(id="t", text=text, published="2025-07-05", language=lang))
    found = [e for e in doc.events if e.event == "COERCE"]
    assert found, [(e.event, e.event_text) for e in doc.events]
    assert found[-1].magnitude["arrested"].value == 27
    assert found[-1].magnitude[field].value == value


@pytest.mark.parametrize("lang,text", [
    # an attack is not the operation: its dead are not the arrest's
    ("it", "La polizia ha arrestato 5 persone a Bari. L'attacco di ieri aveva causato 3 morti."),
    ("en", "Police arrested 5 people in Bristol. The attack on Monday had killed 3 people."),
])
def test_a_next_sentence_about_another_event_adds_no_counts(lang: str, text: str) -> None:
    doc = Extractor().process(Article(id="t", text=text, published="2025-07-05", language=lang))
    arrests = [e for e in doc.events if e.event == "COERCE"]
    assert arrests and "dead" not in arrests[0].magnitude
