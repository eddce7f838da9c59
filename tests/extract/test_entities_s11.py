"""Entity rules of the eleventh session.  Sentences written for these tests."""

from __future__ import annotations

from cronaca.pipeline import Extractor

from .helpers import entity_set


def test_a_dateline_month_is_no_organisation(extractor: Extractor) -> None:
    found = entity_set(extractor, "it", "ROMA, 15 NOV (ANSA) - La polizia ha arrestato 11 manifestanti a Milano.")
    assert not any(name.lower() == "nov" for name, _ in found), found
    assert ("Milan", "GPE") in found


def test_a_titles_field_after_for_is_no_part_of_the_name(extractor: Extractor) -> None:
    found = entity_set(extractor, "it", "Da Bruxelles, la commissaria europea per l'Allargamento Marta Kos ha "
                                        "espresso profonda preoccupazione.")
    assert ("Marta Kos", "PER") in found, found
    assert not any("Allargamento" in name for name, _ in found), found


def test_an_italian_organisation_keeps_its_lower_case_words(extractor: Extractor) -> None:
    found = entity_set(extractor, "it", "George Simion, leader dell'Alleanza per l'unione dei romeni, ha chiesto "
                                        "di annullare il voto.")
    assert ("Alleanza per l'unione dei romeni", "ORG") in found, found
    assert ("George Simion", "PER") in found


def test_a_plain_institution_name_in_a_story_set_abroad_is_that_countrys(extractor: Extractor) -> None:
    found = entity_set(extractor, "it", "BUCAREST, 19 MAG (ANSA) - Simion ha chiesto alla Corte costituzionale di "
                                        "annullare il voto.")
    assert ("Constitutional Court of Romania", "ORG") in found, found


def test_a_plain_institution_name_keeps_a_country_it_is_given(extractor: Extractor) -> None:
    abroad = entity_set(extractor, "it", "BUCAREST, 19 MAG (ANSA) - Simion ha citato la Corte costituzionale "
                                         "italiana.")
    assert ("Constitutional Court of Italy", "ORG") in abroad, abroad
    home = entity_set(extractor, "it", "ROMA, 19 MAG (ANSA) - La Corte costituzionale ha respinto il ricorso.")
    assert ("Constitutional Court of Italy", "ORG") in home, home


def test_a_bare_ministry_in_a_story_set_abroad_is_the_settings(extractor: Extractor) -> None:
    found = entity_set(extractor, "it", "ISTANBUL, 16 LUG (ANSA) - La polizia ha fermato 23 persone, secondo il "
                                        "ministero dell'Interno.")
    assert ("Ministry of the Interior of Turkey", "ORG") in found, found
    named = entity_set(extractor, "it", "KIEV, 16 LUG (ANSA) - La portavoce del ministero degli Esteri russo ha "
                                        "parlato di provocazione.")
    assert not any("Ukraine" in name for name, _ in named), named


def test_a_city_named_like_a_facility_is_the_city(extractor: Extractor) -> None:
    found = entity_set(extractor, "en", "Tom Fletcher visited Port Sudan on Monday.")
    assert ("Port Sudan", "GPE") in found, found


def test_an_official_of_an_international_body_is_of_that_body(extractor: Extractor) -> None:
    from cronaca.records import Article

    for lang, text, name in [
        ("en", "U.N. relief chief Tom Fletcher visited Port Sudan on Monday.", "Tom Fletcher"),
        ("it", "L'inviato speciale dell'Onu Staffan de Mistura ha visitato Tindouf.", "Staffan de Mistura"),
    ]:
        doc = extractor.process(Article(id="u", text=text, published="2025-06-12", language=lang))
        person = next(e for e in doc.entities if e.entity_name == name)
        assert person.country == "UNO", (lang, person)
