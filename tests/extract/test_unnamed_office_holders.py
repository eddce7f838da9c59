"""A country's office whose holder neither the article nor the office dictionary names ("the foreign
minister of Peru"): the unnamed holder is an actor coded by country and as government, later bare titles of
the same office refer back to it, and the article's entity list does not gain a person.  Sentences written
for these tests."""

from __future__ import annotations

import pytest

from cronaca.pipeline import Extractor
from cronaca.records import Article, Event


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def process(extractor: Extractor, language: str, text: str):
    doc = extractor.process(Article(id="u", text=text, published="2024-03-01", language=language))
    for e in doc.events:
        for p in (*e.actor, *e.recipient):
            assert p.span is None or text[p.span.start:p.span.end] == p.raw_text
    return doc


def events_of(doc, event: str) -> list[Event]:
    return [e for e in doc.events if e.event == event]


@pytest.mark.parametrize(("lang", "text", "event", "actor", "recipient"), [
    ("en", "The foreign minister of Peru criticised Chile.", "ACCUSE", "PER", "CHL"),
    ("en", "Chile's interior minister criticised Peru.", "ACCUSE", "CHL", "PER"),
    ("en", "The Peruvian interior minister resigned on Monday.", "RETREAT", "PER", None),
    ("it", "Il ministro degli Esteri del Perù ha criticato il Cile.", "ACCUSE", "PER", "CHL"),
    ("it", "Il ministro dell'Interno cileno si è dimesso lunedì.", "RETREAT", "CHL", None),
])
def test_unnamed_holder_acts_for_its_country(extractor: Extractor, lang: str, text: str, event: str, actor: str,
                                            recipient: str | None) -> None:
    doc = process(extractor, lang, text)
    hits = events_of(doc, event)
    assert hits, [(e.event, [p.entity_name for p in e.actor]) for e in doc.events]
    holder = hits[0].actor[0]
    assert (holder.country, holder.sector, holder.type) == (actor, "GOV", "PER")
    assert holder.entity_name == holder.raw_text.strip()  # known by its title, as written
    if recipient is not None:
        assert [p.country for p in hits[0].recipient] == [recipient]
    # a person only a title refers to is not one the article names
    assert all(e.type != "PER" for e in doc.entities), [(e.entity_name, e.type) for e in doc.entities]


def test_bare_title_later_refers_back(extractor: Extractor) -> None:
    doc = process(extractor, "en", "The foreign minister of Peru met Chilean officials in Lima on Monday. "
                                   "On Tuesday the foreign minister criticised Chile.")
    accuse = events_of(doc, "ACCUSE")
    assert accuse and accuse[0].actor[0].country == "PER"
    assert accuse[0].actor[0].entity_name == "foreign minister of Peru"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The former president of Peru was arrested by police."),  # someone else's office: not the holder
    ("en", "The president of the regional council resigned."),       # no country: nothing to code
])
def test_no_unnamed_holder_without_a_current_country_office(extractor: Extractor, lang: str, text: str) -> None:
    doc = process(extractor, lang, text)
    for e in doc.events:
        for p in e.actor:
            assert not (p.sector == "GOV" and p.type == "PER" and p.entity_id is not None
                        and p.entity_name and "president" in p.entity_name), (e.event, p)


def test_known_holder_still_named(extractor: Extractor) -> None:
    doc = process(extractor, "en", "The Japanese prime minister resigned after the election defeat.")
    hits = events_of(doc, "RETREAT")
    assert hits and hits[0].actor[0].entity_name == "Fumio Kishida"


@pytest.mark.parametrize(("lang", "text", "name", "country"), [
    ("en", "Pakistan's army chief, Field Marshal Asim Munir, met Saudi Crown Prince Mohammed bin Salman in Riyadh.",
     "Asim Munir", "PAK"),
    ("en", "Chad's army chief met his Sudanese counterpart in N'Djamena.", "army chief", "TCD"),
])
def test_an_army_chief_is_military(extractor: Extractor, lang: str, text: str, name: str, country: str) -> None:
    doc = process(extractor, lang, text)
    actors = [p for e in doc.events for p in e.actor]
    assert any(name in (p.entity_name or "") and p.country == country and p.sector == "MIL" for p in actors), \
        [(p.entity_name, p.country, p.sector) for p in actors]
