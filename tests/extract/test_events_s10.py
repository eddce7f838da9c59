"""Event rules of the tenth session.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from cronaca.pipeline import Extractor
from cronaca.records import Article


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def events(extractor: Extractor, lang: str, text: str) -> list[tuple[str, list[str], list[str]]]:
    doc = extractor.process(Article(id="v", text=text, published="2025-10-20", language=lang))
    return [(e.event, [p.entity_name for p in e.actor], [p.entity_name for p in e.recipient]) for e in doc.events]


@pytest.mark.parametrize("lang,text", [
    ("en", "European Union foreign ministers on Monday approved a 20th package of sanctions against Russia."),
    ("en", "Britain on Friday approved a new package of sanctions against Russia."),
    ("en", "The EU approved new sanctions targeting Russian banks."),
    ("it", "I ministri degli Esteri dell'Unione europea hanno approvato lunedì il ventesimo pacchetto di sanzioni "
           "contro la Russia."),
])
def test_approving_sanctions_imposes_them(extractor: Extractor, lang: str, text: str) -> None:
    found = events(extractor, lang, text)
    assert any(ev == "SANCTION" and "Russia" in rec for ev, _, rec in found), found
    assert not any(ev == "SUPPORT" for ev, _, _ in found), found


def test_a_dateline_with_the_agency_in_mixed_case_is_no_actor(extractor: Extractor) -> None:
    found = events(extractor, "en", "BRUSSELS (Reuters) - The European Union on Monday approved new sanctions "
                                    "against Russia.")
    assert ("SANCTION", ["European Union"], ["Russia"]) in found, found
