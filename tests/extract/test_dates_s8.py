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
