"""A weekday in an action someone is urged or agrees to take is the coming one ("urged Georgians to protest on
Monday"); one in a past act stays the last one.  Real pipelines, sentences written for these tests."""

from __future__ import annotations

import pytest

from cronaca.pipeline import Extractor
from cronaca.records import Article


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(("language", "text", "day", "value"), [
    # published Sunday 27 October 2024
    ("en", "The president urged Georgians to protest on Monday evening outside parliament.", "Monday evening",
     "2024-10-28"),
    ("it", "La presidente ha invitato i georgiani a protestare lunedì sera davanti al parlamento.", "lunedì sera",
     "2024-10-28"),
    ("en", "Protesters rallied on Monday outside parliament.", "Monday", "2024-10-21"),
    ("it", "Lunedì i manifestanti si sono radunati davanti al parlamento.", "Lunedì", "2024-10-21"),
])
def test_weekday_of_an_urged_action(extractor: Extractor, language: str, text: str, day: str, value: str) -> None:
    doc = extractor.process(Article(id="t", text=text, language=language, published="2024-10-27"))
    found = {(d.raw_text, d.date) for d in doc.dates}
    assert (day, value) in found, found


@pytest.mark.parametrize(("language", "text", "raw", "value"), [
    ("it", "Lo sciopero è fissato per venerdì 12 dicembre.", "venerdì 12 dicembre", "2025-12-12"),
    ("it", "Il vertice si è tenuto lunedì 3 novembre.", "lunedì 3 novembre", "2025-11-03"),
    ("en", "The strike is set for Friday, December 12.", "Friday, December 12", "2025-12-12"),
    ("en", "The summit was held on Monday, November 3.", "Monday, November 3", "2025-11-03"),
])
def test_a_weekday_before_a_date_is_that_date(extractor: Extractor, language: str, text: str, raw: str,
                                              value: str) -> None:
    doc = extractor.process(Article(id="t", text=text, language=language, published="2025-11-20"))
    assert [(d.raw_text, d.date) for d in doc.dates] == [(raw, value)]


def test_a_planned_day_does_not_date_the_next_sentences_event(extractor: Extractor) -> None:
    text = ("La Procura di Milano ha indagato tre dirigenti della società per corruzione.\n"
            "I sindacati Cgil e Uil hanno proclamato uno sciopero generale per venerdì 12 dicembre contro la manovra.\n"
            "Il presidente della Repubblica Sergio Mattarella ha firmato il decreto.")
    doc = extractor.process(Article(id="t", text=text, language="it", published="2025-11-20"))
    signed = [e for e in doc.events if e.event == "SUPPORT"]
    assert signed and signed[0].date == "2025-11-20"
