"""Entity rules of the twelfth session.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from cronaca.extract.english_names import english_name
from cronaca.extract.entity_lexicon import lexicon
from cronaca.pipeline import Extractor
from cronaca.records import Article

from .helpers import entity_set


@pytest.mark.parametrize("name,english", [
    ("Guardia costiera filippina", "Philippine Coast Guard"),
    ("Guardia nazionale bolivariana", "Bolivarian National Guard"),
    ("Consiglio superiore della comunicazione", "Superior Council of Communication"),
    ("Commissione elettorale nazionale indipendente", "Independent National Electoral Commission"),
    ("marina militare israeliana", "Israeli Navy"),
    # a noun linked to a proper name; a nationality after the link is the whole institution's
    ("Parlamento della Georgia", "Parliament of Georgia"),
    ("Ministero della Difesa nigeriano", "Nigerian Ministry of Defense"),
    ("Ufficio dell'Alto commissario", None),  # "Alto" is a capitalised common word, no place
    ("Forze armate sudanesi", "Sudanese Armed Forces"),
    # a lower-case word the glossary lacks: no half translation
    ("Fondo centrale per la risposta alle emergenze", None),
    ("Alleanza per l'unione dei romeni", None),
    ("Hezbollah", None),
])
def test_english_names_of_italian_organisation_names(name: str, english: str | None) -> None:
    assert english_name(name, lexicon("it")) == english


def test_a_foreign_organisation_named_in_italian_gets_its_english_name(extractor: Extractor) -> None:
    found = entity_set(extractor, "it", "La Guardia costiera filippina ha accusato ieri le navi cinesi di aver usato "
                                        "cannoni ad acqua.")
    assert ("Philippine Coast Guard", "ORG") in found, found


def test_an_italian_institution_keeps_its_italian_name(extractor: Extractor) -> None:
    found = entity_set(extractor, "it", "La Guardia di Finanza ha sequestrato due tonnellate di cocaina nel porto "
                                        "di Gioia Tauro.")
    assert ("Guardia di Finanza", "ORG") in found, found


def test_international_broadcasters_have_their_country(extractor: Extractor) -> None:
    doc = extractor.process(Article(id="t", text="In Burkina Faso la giunta ha sospeso le trasmissioni di Radio France "
                                    "Internationale e di France 24.", published="2025-10-20", language="it"))
    countries = {e.entity_name: e.country for e in doc.entities}
    assert countries.get("Radio France Internationale") == "FRA", countries
    assert countries.get("France 24") == "FRA", countries


@pytest.mark.parametrize("lang,text,place,country", [
    ("en", "Soldiers were deployed to villages in Borno on Monday, Nigerian officials said.", "Borno", "NGA"),
    ("it", "Almeno 25 soldati sono stati uccisi nella provincia di Soum, in Burkina Faso.", "Soum", "BFA"),
    ("en", "President Daniel Noboa declared a state of emergency in Ecuador. The decree applies in Guayas.",
     "Guayas", "ECU"),
    # a province two countries have is the one of the country the article names
    ("en", "Floods hit Punjab, Pakistani officials said.", "Punjab", "PAK"),
])
def test_provinces_and_states_are_places_of_their_country(extractor: Extractor, lang: str, text: str, place: str,
                                                          country: str) -> None:
    doc = extractor.process(Article(id="t", text=text, published="2025-10-20", language=lang))
    found = {(e.entity_name, e.type, e.country) for e in doc.entities}
    assert (place, "GPE", country) in found, found


def test_a_province_name_is_no_place_in_an_article_about_no_country_of_it(extractor: Extractor) -> None:
    # "Lori" is a province of Armenia and a first name
    found = entity_set(extractor, "en", "Lori Greiner said the company would open a new office next year.")
    assert not any(etype == "GPE" for _, etype in found), found


@pytest.mark.parametrize("text,office,place", [
    ("La procura di Agrigento ha aperto un'inchiesta.", "Agrigento Prosecutor's Office", "Agrigento"),
    ("La Procura di Palermo ha arrestato due uomini.", "Palermo Prosecutor's Office", "Palermo"),
])
def test_an_institution_named_after_a_town_keeps_the_town_as_an_entity(
        extractor: Extractor, text: str, office: str, place: str) -> None:
    found = entity_set(extractor, "it", text)
    assert (office, "ORG") in found and (place, "GPE") in found, found


def test_a_spokesperson_is_of_the_country_of_the_organisation_titling_him(extractor: Extractor) -> None:
    doc = extractor.process(Article(id="t", text='"These drills are a stern warning," Eastern Theater Command '
                                    'spokesperson Shi Yi said in a statement.', published="2025-10-20", language="en"))
    countries = {e.entity_name: e.country for e in doc.entities}
    assert countries.get("Shi Yi") == "CHN", countries


@pytest.mark.parametrize("lang,text", [
    ("it", "Da Bruxelles, la commissaria europea per l'Allargamento Marta Kos ha chiesto ad Ankara di garantire un "
           "processo equo."),
    ("en", "In Ankara, EU enlargement commissioner Marta Kos urged Turkey to guarantee a fair trial."),
])
def test_an_eu_official_is_of_the_eu_not_of_the_country_of_the_story(extractor: Extractor, lang: str,
                                                                       text: str) -> None:
    doc = extractor.process(Article(id="t", text=text, published="2025-10-20", language=lang))
    assert {e.entity_name: e.country for e in doc.entities}.get("Marta Kos") == "EUR"


@pytest.mark.parametrize("lang,text,name,sector", [
    ("en", "The Haitian National Police said officers killed six gang members.", "Haitian National Police", "COP"),
    ("it", "A Caracas la Guardia nazionale bolivariana ha arrestato 12 persone.", "Bolivarian National Guard", "MIL"),
])
def test_an_unknown_organisation_takes_the_sector_its_head_word_names(
        extractor: Extractor, lang: str, text: str, name: str, sector: str) -> None:
    doc = extractor.process(Article(id="t", text=text, published="2025-10-20", language=lang))
    assert {e.entity_name: e.sector for e in doc.entities}.get(name) == sector


def test_a_public_defender_is_a_title(extractor: Extractor) -> None:
    found = entity_set(extractor, "en", "Public Defender Levan Ioseliani said his office had documented signs of "
                                        "ill-treatment in Tbilisi, Georgia.")
    assert ("Levan Ioseliani", "PER") in found, found


def test_an_organisation_of_no_known_country_named_in_italian_gets_its_english_name(extractor: Extractor) -> None:
    found = entity_set(extractor, "it", "Il Consiglio superiore della comunicazione ha sospeso le trasmissioni.")
    assert ("Superior Council of Communication", "ORG") in found, found


@pytest.mark.parametrize("name,country,published", [
    ("Gustavo Petro", "COL", "2025-10-20"),
    ("Ibrahim Traoré", "BFA", "2025-10-20"),
    ("Irakli Kobakhidze", "GEO", "2025-10-20"),
])
def test_office_holders_of_more_countries(extractor: Extractor, name: str, country: str, published: str) -> None:
    doc = extractor.process(Article(id="t", text=f"{name} ha parlato ieri ai giornalisti.", published=published,
                                    language="it"))
    assert {e.entity_name: e.country for e in doc.entities}.get(name) == country


def test_the_president_of_a_country_is_its_office_holder_of_the_day(extractor: Extractor) -> None:
    doc = extractor.process(Article(id="t", text="Il presidente del Mozambico ha condannato l'attacco dei ribelli.",
                                    published="2024-10-25", language="it"))
    assert [[p.entity_name for p in e.actor] for e in doc.events] == [["Filipe Nyusi"]]


def test_a_state_named_after_its_capitalised_noun_is_a_place(extractor: Extractor) -> None:
    # "nello Stato di Zamfara": the NER calls Zamfara a person; the division noun says what it is
    found = entity_set(extractor, "it", "Una banda armata ha assaltato un villaggio del distretto di Maru, nello Stato "
                                        "di Zamfara, nel nord-ovest della Nigeria.")
    assert ("Zamfara", "GPE") in found, found
