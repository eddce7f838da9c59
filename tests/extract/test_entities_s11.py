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
