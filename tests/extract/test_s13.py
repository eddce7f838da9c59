"""Entity and event rules of the thirteenth session.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from cronaca.pipeline import Extractor
from cronaca.records import Article

from .helpers import entity_set


@pytest.mark.parametrize("text,place", [
    ("Pakistan said militants attacked a checkpoint. In a follow-up raid in neighbouring Bannu district on "
     "Wednesday morning, security forces killed 11 more militants.", ("Bannu", "GPE")),
    ("Pakistan said militants attacked a checkpoint. The assault began late on Tuesday in Lakki Marwat district "
     "of Khyber Pakhtunkhwa province.", ("Khyber Pakhtunkhwa", "GPE")),
])
def test_a_known_place_before_a_lowercase_division_noun_is_that_place(
        extractor: Extractor, text: str, place: tuple[str, str]) -> None:
    found = entity_set(extractor, "en", text)
    assert place in found, found
    assert not any(name.startswith(place[0] + " ") for name, _ in found), found


def test_an_unknown_place_before_a_division_noun_is_named_with_it(extractor: Extractor) -> None:
    found = entity_set(extractor, "en", "Gunmen attacked a police post in the Kalbajar district, officials said.")
    assert ("Kalbajar District", "GPE") in found, found


@pytest.mark.parametrize("lang,text,event,source", [
    ("en", "Prime Minister Shehbaz Sharif condemned the attack on Wednesday.", "ACCUSE", "Shehbaz Sharif"),
    ("en", "In Kabul, Taliban government spokesman Zabihullah Mujahid rejected the accusation.", "REJECT",
     "Zabihullah Mujahid"),
    ("it", "Il ministro degli Esteri Antonio Tajani ha condannato l'attacco contro la missione.", "ACCUSE",
     "Antonio Tajani"),
])
def test_a_statement_told_by_no_one_else_comes_from_its_named_actor(
        extractor: Extractor, lang: str, text: str, event: str, source: str) -> None:
    doc = extractor.process(Article(id="r", text=text, published="2025-02-19", language=lang))
    found = [(e.event, [p.entity_name for p in e.reported_by]) for e in doc.events]
    assert (event, [source]) in found, found


def test_a_statement_someone_else_tells_keeps_that_source(extractor: Extractor) -> None:
    doc = extractor.process(Article(id="r", text="Hamas rejected the proposal, Egyptian officials said on Sunday.",
                                    published="2025-02-19", language="en"))
    rejects = [e for e in doc.events if e.event == "REJECT"]
    assert rejects and all("Hamas" not in [p.entity_name for p in e.reported_by] for e in rejects), \
        [(e.event, e.reported_by) for e in doc.events]
