"""Towns and villages of 1,000-15,000 people in the gazetteer (feature "town"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from cronaca.extract.gazetteer import load_gazetteer
from cronaca.extract.names import gazetteer_lookup
from cronaca.pipeline import Extractor
from cronaca.records import Article


def _event_places(extractor: Extractor, lang: str, text: str) -> list[tuple[str, str | None]]:
    doc = extractor.process(Article(id="t", text=text, published="2025-10-20", language=lang))
    return [(e.event_loc.name, e.event_loc.country) if e.event_loc else ("-", None) for e in doc.events]


@pytest.mark.parametrize("lang,text,town,country", [
    ("en", "Russian shelling killed two people in the village of Novopavlivka in the Donetsk region, the "
           "governor said.",
     "Novopavlivka", "UKR"),
    ("it", "Un bombardamento russo ha ucciso due persone nel villaggio di Novopavlivka, nella regione di "
           "Donetsk, ha detto il governatore.",
     "Novopavlivka", "UKR"),
    ("en", "Israeli strikes killed four people in the town of Bint Jbeil on Monday, Lebanon's health ministry said.",
     "Bent Jbaïl", "LBN"),
])
def test_a_village_after_a_locative_is_where_the_event_happened(extractor: Extractor, lang: str, text: str,
                                                                town: str, country: str) -> None:
    assert (town, country) in _event_places(extractor, lang, text)


def test_a_town_counts_only_in_a_country_the_article_names(extractor: Extractor) -> None:
    # "Los Rios" is also a Dominican town; the Ecuadorian province of that name is no gazetteer entry
    text = ("GUAYAQUIL, Ecuador (Reuters) - Police and soldiers raided 23 properties in Los Rios and Guayas "
            "provinces before dawn on Monday.")
    doc = extractor.process(Article(id="t", text=text, published="2025-09-16", language="en"))
    assert all(p.country != "DOM" for e in doc.events for p in (*e.actor, *e.recipient)), doc.events
    assert all(e.event_loc is None or e.event_loc.country != "DOM" for e in doc.events), doc.events


def test_towns_named_like_words_are_left_out() -> None:
    gaz = load_gazetteer()
    # "Thursday Island" (Australia), "Corte" (Corsica), "Arena" (Calabria): "on Thursday", "alla Corte
    # costituzionale", "all'Arena di Verona" are no places
    for word in ("Thursday", "Thursday Island", "Corte", "Arena"):
        assert all(p.feature != "town" for p in gaz.lookup(word)), (word, gaz.lookup(word))


def test_a_town_never_outranks_a_larger_place_of_the_same_name() -> None:
    gaz = load_gazetteer()
    found = gaz.lookup("Cairo")  # also small towns in the United States
    assert [p.country for p in found] == ["EGY"] and found[0].feature == "capital"


def test_entity_typing_does_not_look_at_towns() -> None:
    assert load_gazetteer().lookup("Novopavlivka")[0].feature == "town"
    assert gazetteer_lookup("Novopavlivka") is None
    assert gazetteer_lookup("Kharkiv") == ("Kharkiv", "UKR")


def test_a_village_the_ner_calls_a_place_is_a_town_of_the_country_named_beside_it(extractor: Extractor) -> None:
    text = "Russian drones hit Novopavlivka and Pokrovsk in Ukraine's Donetsk region."
    doc = extractor.process(Article(id="v", text=text, published="2025-10-20", language="en"))
    found = {(e.entity_name, e.type, e.country) for e in doc.entities}
    assert ("Novopavlivka", "GPE", "UKR") in found, found


def test_a_square_named_like_a_foreign_village_stays_a_place_of_the_story(extractor: Extractor) -> None:
    # "Maidan" is also a Ukrainian village; in a story from Tbilisi it is a square
    text = ("TBILISI, Georgia (AP) - Thousands of protesters gathered on Rustaveli Avenue on Sunday. Some carried "
            "banners recalling the Maidan protests of a decade ago. The government accused Ukraine's allies of "
            "stoking the unrest.")
    doc = extractor.process(Article(id="m", text=text, published="2025-10-20", language="en"))
    assert not any(e.entity_name == "Maidan" and e.type == "GPE" for e in doc.entities), doc.entities
