"""A month named without a year: the last one on or before publication, unless the clause looks ahead
("a partire da settembre", "will resume in March"). Real pipelines, sentences written for these tests."""

from __future__ import annotations

import pytest

from cronaca.pipeline import Extractor
from cronaca.records import Article


@pytest.mark.parametrize(("language", "text", "month", "value"), [
    ("it", "Il memorandum prevede corsi congiunti a partire da settembre.", "settembre", "2026-09-01"),
    ("it", "Il governo ha promesso la riforma entro luglio.", "luglio", "2026-07-01"),
    ("it", "Il vertice si terrà a marzo.", "marzo", "2027-03-01"),
    ("it", "A settembre la polizia ha arrestato dieci persone.", "settembre", "2025-09-01"),
    ("it", "Da settembre la polizia ha arrestato dieci persone.", "settembre", "2025-09-01"),
    ("en", "Joint courses starting in September were agreed.", "September", "2026-09-01"),
    ("en", "The talks will resume in March.", "March", "2027-03-01"),
    ("en", "In September police arrested ten people.", "September", "2025-09-01"),
])
def test_month_without_year(extractor: Extractor, language: str, text: str, month: str, value: str) -> None:
    doc = extractor.process(Article(id="t", text=text, language=language, published="2026-07-09"))
    found = {(d.raw_text, d.date) for d in doc.dates}
    assert (month, value) in found, found


@pytest.mark.parametrize(("language", "text"), [
    ("it", "Ieri i ministri di Italia ed Egitto hanno firmato un memorandum che prevede corsi congiunti a partire "
           "da settembre."),
    ("en", "Yesterday the ministers of Italy and Egypt signed a memorandum that provides for joint courses starting "
           "in September."),
])
def test_a_past_act_is_not_dated_by_the_month_it_plans(extractor: Extractor, language: str, text: str) -> None:
    doc = extractor.process(Article(id="t", text=text, language=language, published="2026-07-09"))
    assert doc.events
    assert all(e.date is None or e.date <= "2026-07-09" for e in doc.events), [(e.event, e.date) for e in doc.events]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "TOKYO, March 12 (Reuters) - Japan and the Philippines agreed on Wednesday to expand defence ties.",
     {"AGREE"}),
    ("en", "On March 3 thousands of students marched in Belgrade against the government.", {"PROTEST"}),
    ("it", "Il 3 marzo migliaia di studenti hanno marciato a Belgrado contro il governo.", {"PROTEST"}),
])
def test_a_month_name_is_no_march(extractor: Extractor, language: str, text: str, expected: set[str]) -> None:
    doc = extractor.process(Article(id="t", text=text, language=language, published="2026-03-12"))
    assert {e.event for e in doc.events} == expected
