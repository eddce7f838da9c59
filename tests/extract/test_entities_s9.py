"""Entity-stage rules of the ninth session, written with the English NER of 0.3.0 (started from
en_core_web_md's NER weights).  Sentences written for these tests."""

from __future__ import annotations

import pytest

from cronaca.pipeline import Extractor
from cronaca.records import Article

from .helpers import entity_set


def test_a_bare_title_of_apposition_makes_a_person(extractor: Extractor) -> None:
    # the NER reads "Corneille Nangaa" as a place; ", leader of ..." says it is a person
    found = entity_set(extractor, "en", "Corneille Nangaa, leader of the rebel coalition, told reporters in Goma "
                                      "that the fighting would go on.")
    assert ("Corneille Nangaa", "PER") in found, found


@pytest.mark.parametrize("text", [
    "Kenya, home of the marathon, hosted the race.",  # no title of the pack opens the apposition
    "Officials met in Geneva, capital of diplomacy, on Monday.",
])
def test_an_apposition_without_a_title_keeps_the_place(extractor: Extractor, text: str) -> None:
    assert not any(t == "PER" for _, t in entity_set(extractor, "en", text))


def test_the_speaker_is_the_titled_person_not_the_party(extractor: Extractor) -> None:
    doc = extractor.process(Article(id="q", text="Green MP Anna Holt criticised the plan on Monday.",
                                    published="2025-02-01", language="en"))
    actors = {p.entity_name for e in doc.events for p in e.actor}
    assert actors == {"Anna Holt"}, actors
