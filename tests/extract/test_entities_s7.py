"""Entities the statistical NER may propose but a reader would never call a name: a lone letter ("Gen Z",
"piano B"). Real pipelines, sentences written for these tests."""

from __future__ import annotations

import pytest

from cronaca.pipeline import Extractor
from cronaca.records import Article


@pytest.mark.parametrize(("language", "text", "letter"), [
    ("en", "The curfew follows large-scale \u201cGen Z\u201d protests on Monday in the capital.", "Z"),
    ("en", "Officials said Plan B would be put to a vote by Friday.", "B"),
    ("it", "Le proteste della \u201cGen Z\u201d sono proseguite luned\u00ec nella capitale.", "Z"),
    ("it", "Il governo ha detto che il piano B sar\u00e0 votato venerd\u00ec.", "B"),
])
def test_a_lone_letter_is_no_entity(extractor: Extractor, language: str, text: str, letter: str) -> None:
    doc = extractor.process(Article(id="t", text=text, language=language, published="2025-06-10"))
    assert letter not in {e.entity_name for e in doc.entities}
    assert all(sum(ch.isalpha() for ch in e.entity_name) >= 2 for e in doc.entities)


@pytest.mark.parametrize(("language", "text", "name", "etype"), [
    ("en", "More than 60 others were injured, according to Plataforma Decide.", "Plataforma Decide", "ORG"),
    ("en", "Eleven drones were shot down overnight, according to Ukraine.", "Ukraine", "GPE"),
    ("it", "Undici droni sono stati abbattuti nella notte, secondo l'Ucraina.", "Ukraine", "GPE"),
])
def test_the_source_of_a_report_is_no_unknown_place(extractor: Extractor, language: str, text: str, name: str,
                                                     etype: str) -> None:
    doc = extractor.process(Article(id="t", text=text, language=language, published="2025-06-10"))
    assert (name, etype) in {(e.entity_name, e.type) for e in doc.entities}


@pytest.mark.parametrize(("language", "text", "name"), [
    ("en", "\u201cThe police must stop,\u201d said Irungu Houghton, the group's executive director.",
     "Irungu Houghton"),
    ("en", "Talks will resume, said Kaja Kallas, the bloc's foreign policy chief.", "Kaja Kallas"),
    ("it", "\u00abLa polizia deve fermarsi\u00bb, ha detto Irungu Houghton, il direttore esecutivo del gruppo.",
     "Irungu Houghton"),
    # the title phrase before the name, with a possessive
    ("en", "Its executive director, Irungu Houghton, called for an independent investigation.", "Irungu Houghton"),
    ("it", "Il suo direttore esecutivo, Irungu Houghton, ha chiesto un'indagine indipendente.", "Irungu Houghton"),
])
def test_a_title_phrase_makes_a_person(extractor: Extractor, language: str, text: str, name: str) -> None:
    doc = extractor.process(Article(id="t", text=text, language=language, published="2025-06-10"))
    assert (name, "PER") in {(e.entity_name, e.type) for e in doc.entities}


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Pakistan's Foreign Office condemned the strike on Tuesday.", "Ministry of Foreign Affairs of Pakistan", "PAK"),
    ("Britain's Foreign Office summoned the ambassador.", "Foreign, Commonwealth and Development Office", "GBR"),
    ("The Foreign Office said it was aware of the reports.", "Foreign, Commonwealth and Development Office", "GBR"),
])
def test_a_foreign_office_is_the_named_country_s(extractor: Extractor, text: str, name: str, country: str) -> None:
    doc = extractor.process(Article(id="t", text=text, language="en", published="2025-06-10"))
    assert (name, "ORG", country) in {(e.entity_name, e.type, e.country) for e in doc.entities}


@pytest.mark.parametrize(("language", "text", "agency"), [
    ("en", "NAIROBI, Kenya (AP) \u2014 Kenyan police fired tear gas and arrested at least 40 protesters on Monday.",
     "Associated Press"),
    ("it", "ROMA, 12 luglio (ANSA) - La polizia ha arrestato ieri sei attivisti davanti al ministero.", "ANSA"),
])
def test_the_agency_of_a_dateline_is_no_actor(extractor: Extractor, language: str, text: str, agency: str) -> None:
    doc = extractor.process(Article(id="t", text=text, language=language, published="2025-07-13"))
    assert doc.events
    assert not any(agency in a.entity_name for e in doc.events for a in (*e.actor, *e.recipient))
