"""Entity-stage rules of the eighth session: an organisation named by its owner's possessive keeps the
owner's first name.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from cronaca.pipeline import Extractor
from cronaca.records import Article


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(("text", "org", "raw"), [
    ("Israeli Prime Minister Benjamin Netanyahu's office condemned the attack.",
     "Prime Minister's Office (Israel)", "Benjamin Netanyahu's office"),
    ("Yesterday Netanyahu's office condemned the attack.",  # a common word is no first name
     "Prime Minister's Office (Israel)", "Netanyahu's office"),
])
def test_a_possessive_office_keeps_its_owners_first_name(extractor: Extractor, text: str, org: str,
                                                         raw: str) -> None:
    doc = extractor.process(Article(id="p", text=text, published="2025-02-01", language="en"))
    names = [e.entity_name for e in doc.entities]
    assert org in names and not any(n in ("Benjamin", "Yesterday") for n in names), names
    office = next(e for e in doc.entities if e.entity_name == org)
    assert [text[m.start:m.end] for m in office.mentions] == [raw]


def entities(extractor: Extractor, lang: str, text: str) -> set[tuple[str, str, str | None]]:
    doc = extractor.process(Article(id="e", text=text, published="2025-02-01", language=lang))
    return {(e.entity_name, e.type, e.country) for e in doc.entities}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a port is a town: "the port of Ceyhan" is no person
    ("en", "Iraq wants to resume crude exports through the pipeline to the Turkish port of Ceyhan, halted since "
           "March 2023 after an arbitration ruling.", ("Ceyhan", "GPE", "TUR")),
    # a town typed by the noun before it takes the gazetteer's name, as its other mentions do
    ("it", "Il peschereccio è stato fermato al largo di Bengasi. I marittimi sono stati trasferiti nel porto di "
           "Bengasi.", ("Benghazi", "GPE", "LBY")),
    # a family name written first: the lone "Zhang" is the spokesman, not a place
    ("it", "Lo ha detto il portavoce cinese Zhang Xiaogang. «Siamo pronti», ha dichiarato Zhang.",
     ("Zhang Xiaogang", "PER", "CHN")),
])
def test_entity_found_as(extractor: Extractor, lang: str, text: str, expected: tuple[str, str, str]) -> None:
    found = entities(extractor, lang, text)
    assert expected in found, found
    assert not any(n in ("Zhang", "Bengasi") for n, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Moscow is worried about its ties with the Central Asian states."),
    ("en", "Turkish police detained 48 people in Istanbul. Police searched municipal offices and seized documents."),
    # a verb opening a quotation is no name, whatever the NER says
    ("it", 'Il procuratore ha lanciato un appello ai commercianti: "Denunciate, lo Stato è al vostro fianco".'),
])
def test_no_junk_entity(extractor: Extractor, lang: str, text: str) -> None:
    found = entities(extractor, lang, text)
    assert not any(n in ("Central Asian", "Police", "Denunciate") for n, _, _ in found), found


def test_a_word_after_a_datelines_dash_opens_the_sentence(extractor: Extractor) -> None:
    found = entities(extractor, "en", "KHARTOUM, Sudan (AP) — Paramilitary fighters killed more than 200 people "
                                      "in attacks on villages, activists said Tuesday.")
    assert not any(n == "Paramilitary" for n, _, _ in found), found
    assert ("Khartoum", "GPE", "SDN") in found


def test_off_a_known_place_is_no_square(extractor: Extractor) -> None:
    # "al largo di Creta" is off Crete: not a square named "Largo di Creta"
    found = entities(extractor, "it", "Le autorità greche hanno soccorso 442 migranti al largo di Creta, "
                                      "ha detto la guardia costiera.")
    assert ("Crete", "GPE", "GRC") in found
    assert not any(n.startswith("Largo") for n, _, _ in found), found


@pytest.mark.parametrize(("text", "actors"), [
    # the title after a demonym is the person's: "Saudi Crown Prince" is no organisation
    ("Pakistan's army chief, Field Marshal Asim Munir, met Saudi Crown Prince Mohammed bin Salman in Riyadh.",
     {("Asim Munir", "PAK"), ("Mohammed bin Salman", "SAU")}),
    # a bare title resolves to the office holder of the day
    ("The Saudi crown prince met the US president in Riyadh.",
     {("Mohammed bin Salman", "SAU"), ("Donald Trump", "USA")}),
])
def test_titled_persons_meet(extractor: Extractor, text: str, actors: set[tuple[str, str]]) -> None:
    doc = extractor.process(Article(id="c", text=text, published="2025-05-14", language="en"))
    consult = [e for e in doc.events if e.event == "CONSULT"]
    assert consult and {(p.entity_name, p.country) for p in consult[0].actor} == actors
    assert not any(e.entity_name in ("Field Marshal", "Saudi Crown Prince") for e in doc.entities)


def test_the_hague_with_a_lower_case_article_is_one_entity(extractor: Extractor) -> None:
    text = "Judges in The Hague ruled on Monday. Talks in the Hague failed."
    doc = extractor.process(Article(id="h", text=text, published="2025-02-01", language="en"))
    hague = [e for e in doc.entities if "Hague" in e.entity_name]
    assert [(e.entity_name, e.wikidata_id, len(e.mentions)) for e in hague] == [("The Hague", "Q36600", 2)]


def test_a_bare_ministry_is_of_its_sentences_one_country(extractor: Extractor) -> None:
    text = ("Washington raised tariffs on Chinese goods. The U.S. Treasury defended the move.\n"
            "French police arrested 42 people during protests in Paris, the interior ministry said.")
    doc = extractor.process(Article(id="m", text=text, published="2025-04-15", language="en"))
    arrest = [e for e in doc.events if e.event == "COERCE"]
    assert arrest and [(p.entity_name, p.country) for p in arrest[0].reported_by] == \
        [("Ministry of the Interior of France", "FRA")]
