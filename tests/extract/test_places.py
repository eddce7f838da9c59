"""Places from the packaged gazetteer, facilities, and the place of an event, in Italian and English."""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from cronaca.extract.gazetteer import load_gazetteer
from cronaca.extract.places import event_location
from cronaca.nlp.models import blank_pipeline
from cronaca.records import Location
from cronaca.registry import add_components


@lru_cache(maxsize=2)
def _nlp(lang: str) -> Language:
    return add_components(blank_pipeline(lang), ("cronaca_dates", "cronaca_entities", "cronaca_places"))


def _doc(lang: str, text: str) -> Doc:
    nlp = _nlp(lang)
    doc = nlp.make_doc(text)
    doc._.cronaca_published = dt.date(2025, 7, 5)
    return nlp(doc)


def _places(lang: str, text: str) -> list[Location]:
    return list(_doc(lang, text)._.cronaca_locations)


@pytest.mark.parametrize(("lang", "text", "raw", "name", "country"), [
    ("it", "I droni hanno colpito Kiev all'alba.", "Kiev", "Kyiv", "UKR"),
    ("it", "Esplosioni a Kyiv e a Charkiv.", "Charkiv", "Kharkiv", "UKR"),
    ("it", "Bombardamenti su Zaporižžja.", "Zaporižžja", "Zaporizhzhia", "UKR"),
    ("it", "Il vertice si è tenuto a Mosca.", "Mosca", "Moscow", "RUS"),
    ("it", "La delegazione è arrivata a Pechino.", "Pechino", "Beijing", "CHN"),
    ("it", "Una manifestazione a Varsavia.", "Varsavia", "Warsaw", "POL"),
    ("it", "Scontri in Cisgiordania.", "Cisgiordania", "West Bank", "PSE"),
    ("it", "Gli arresti a Palermo e in Sicilia.", "Sicilia", "Sicily", "ITA"),
    ("it", "Il governo degli Stati Uniti ha risposto.", "Stati Uniti", "United States", "USA"),
    ("en", "Drones struck Kyiv overnight.", "Kyiv", "Kyiv", "UKR"),
    ("en", "Shelling hit Zaporozhye and Kharkov.", "Kharkov", "Kharkiv", "UKR"),
    ("en", "Protests spread in Odessa.", "Odessa", "Odesa", "UKR"),
    ("en", "Talks were held in Washington.", "Washington", "Washington", "USA"),
    ("en", "Rebels seized the city of Goma.", "Goma", "Goma", "COD"),
    ("en", "Clashes in the West Bank and Gaza.", "West Bank", "West Bank", "PSE"),
    ("en", "Congo and Rwanda signed the text.", "Congo", "Democratic Republic of the Congo", "COD"),
])
def test_gazetteer_names_exonyms_and_transliterations(lang: str, text: str, raw: str, name: str,
                                                      country: str) -> None:
    found = {p.raw_text: p for p in _places(lang, text)}
    assert raw in found, list(found)
    place = found[raw]
    assert (place.name, place.country) == (name, country)
    assert place.lat is not None and place.lon is not None


@pytest.mark.parametrize(("lang", "text", "raw", "name"), [
    ("it", "Un drone ha colpito la centrale nucleare di Zaporizhzhia.", "centrale nucleare di Zaporizhzhia",
     "Zaporizhzhia Nuclear Power Plant"),
    ("it", "È stata interrotta la linea della Zaporizhzhia Nuclear Power Plant (ZNPP).",
     "Zaporizhzhia Nuclear Power Plant", "Zaporizhzhia Nuclear Power Plant"),
    ("it", "Voli sospesi all'aeroporto di Palermo.", "aeroporto di Palermo", "Palermo Airport"),
    ("en", "Power was cut at the Zaporizhzhia nuclear plant.", "Zaporizhzhia nuclear plant",
     "Zaporizhzhia Nuclear Power Plant"),
    ("en", "Flights resumed at Kyiv airport.", "Kyiv airport", "Kyiv Airport"),
])
def test_facilities_keep_their_place(lang: str, text: str, raw: str, name: str) -> None:
    facilities = [p for p in _places(lang, text) if p.feature == "facility"]
    assert [(p.raw_text, p.name, p.country) for p in facilities] == [(raw, name, "UKR" if "Zapor" in raw or
                                                                       "Kyiv" in raw else "ITA")]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il presidente Donald Trump ha parlato con Friedrich Merz."),
    ("it", "Come ha detto il ministro, la legge passerà."),
    ("it", "Il primo ministro K. P. Sharma Oli si è dimesso."),
    ("en", "President Donald Trump spoke with Friedrich Merz."),
    ("en", "Local media outlets urged the prime minister to resign."),
    ("en", "Prime Minister K. P. Sharma Oli withdrew the rule."),
])
def test_people_and_common_words_are_not_places(lang: str, text: str) -> None:
    assert _places(lang, text) == []


@pytest.mark.parametrize(("lang", "text", "trigger", "expected"), [
    ("it", "La Russia ha colpito Kiev con 500 droni.", "colpito", "Kyiv"),
    ("it", "Gli Stati Uniti e l'Ucraina hanno firmato un accordo a Washington.", "firmato", "Washington"),
    ("it", "Le forze russe hanno bombardato la centrale nucleare di Zaporizhzhia.", "bombardato",
     "Zaporizhzhia Nuclear Power Plant"),
    ("it", "La Russia ha accusato l'Ucraina.", "accusato", None),
    ("en", "Police imposed a curfew in central Kathmandu.", "imposed", "Kathmandu"),
    ("en", "Russia struck Kyiv with 500 drones.", "struck", "Kyiv"),
    ("en", "The rebels seized the strategic city of Goma.", "seized", "Goma"),
    ("en", "Congo has accused Rwanda of backing the rebels.", "accused", None),
])
def test_event_location(lang: str, text: str, trigger: str, expected: str | None) -> None:
    doc = _doc(lang, text)
    loc = event_location(doc, 0, len(text), text.index(trigger))
    assert (None if loc is None else loc.name) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Esplosioni a Kiev, vicino alla centrale nucleare di Zaporizhzhia, e a Leopoli."),
    ("en", "Blasts in Kyiv, near the Zaporizhzhia nuclear plant, and in Lviv."),
])
def test_spans_reproduce_raw_text(lang: str, text: str) -> None:
    places = _places(lang, text)
    assert len(places) == 3
    for p in places:
        assert p.span is not None and text[p.span.start:p.span.end] == p.raw_text


def test_gazetteer_is_packaged_and_compact() -> None:
    gaz = load_gazetteer()
    assert len(gaz) > 150_000  # cities, regions, countries and the towns of 1,000+
    assert gaz.lookup("Київ")[0].name == "Kyiv"
    assert gaz.lookup("Italia")[0].feature == "country"


@pytest.mark.parametrize(("name", "anchor", "expected"), [
    ("it-seed.json", "ha colpito Kiev", "Kyiv"),
    ("it-seed.json", "Gli attacchi russi sono continuati", "Zaporizhzhia Nuclear Power Plant"),
    ("en-08.json", "have signed the text", "Washington"),
    ("en-08.json", "advanced and seized", "Goma"),
    ("en-11.json", "have imposed a curfew", "Kathmandu"),
])
def test_dev_articles_event_locations(dev_dir: Path, name: str, anchor: str, expected: str) -> None:
    article = json.loads((dev_dir / name).read_text(encoding="utf-8"))
    text = article["text"]
    doc = _doc(article["language"], text)
    trigger = text.index(anchor)
    start = text.rfind("\n", 0, trigger) + 1
    end = text.find("\n", trigger)
    loc = event_location(doc, start, len(text) if end < 0 else end, trigger)
    assert loc is not None and loc.name == expected


@pytest.mark.parametrize(("lang", "text", "person", "expected"), [
    # the NER took part of a facility's name for a person: the facility the entity stage found wins
    ("it", "Gli attacchi hanno tagliato le linee esterne della Russian Zaporizhzhia Nuclear Power Plant.",
     "Russian Zaporizhzhia", "Zaporizhzhia Nuclear Power Plant"),
    ("en", "The strike cut the power lines of the Zaporizhzhia Nuclear Power Plant on Friday.",
     "Zaporizhzhia", "Zaporizhzhia Nuclear Power Plant"),
])
def test_a_person_inside_a_facility_name_does_not_hide_it(lang: str, text: str, person: str, expected: str) -> None:
    nlp = _nlp(lang)
    doc = nlp.make_doc(text)
    start = text.index(person)
    doc.ents = [doc.char_span(start, start + len(person), label="PER")]
    doc._.cronaca_published = dt.date(2025, 7, 5)
    names = [p.name for p in nlp(doc)._.cronaca_locations]
    assert expected in names, names


def _listed(text: str, word: str, known: list[tuple[str, str]]) -> str | None:
    from cronaca.extract.entity_lexicon import Cand, lexicon
    from cronaca.extract.name_context import listed_type

    doc = blank_pipeline("it").make_doc(text)
    cands = [Cand(text.index(name), text.index(name) + len(name), name, name, typ) for name, typ in known]
    index = next(t.i for t in doc if t.text == word)
    return listed_type(doc, index, cands, lexicon("it"))


def test_a_word_far_down_a_list_of_places_takes_the_list_type():
    # "San Lorenzo" is no candidate, so Bagheria's neighbours tell nothing; Porta Nuova types the list
    text = "I mandamenti sono quelli di Santa Maria di Gesù, Porta Nuova, San Lorenzo, Bagheria e Carini."
    assert _listed(text, "Bagheria", [("Porta Nuova", "LOC")]) == "LOC"
    assert _listed(text, "Carini", [("Santa Maria di Gesù", "LOC"), ("Porta Nuova", "GPE")]) == "GPE"


def test_a_list_with_a_full_name_or_no_place_types_nothing():
    text = "Erano presenti Mario Rossi, Porta Nuova, San Lorenzo e Bagheria."
    assert _listed(text, "Bagheria", [("Mario Rossi", "PER"), ("Porta Nuova", "LOC")]) is None
    assert _listed("Hanno parlato Meloni, Tajani e Salvini.", "Salvini", [("Meloni", "PER")]) is None
    # the list ends at a lower-case word that is not between two names: "quelli" is outside it
    assert _listed("Sono quelli di Porta Nuova. Bagheria e Carini", "Carini", [("Porta Nuova", "LOC")]) is None


@pytest.mark.parametrize(("text", "ner", "expected"), [
    # the article opens the name: not a determiner to strip, and a place whatever the NER says
    ("Un attentato ha colpito L'Aquila e Le Havre.", [("L'Aquila", "ORG"), ("Le Havre", "ORG")],
     {("L'Aquila", "GPE", "ITA"), ("Le Havre", "GPE", "FRA")}),
    ("Le truppe hanno assaltato il palazzo presidenziale a La Paz.", [("La Paz", "LOC")],
     {("La Paz", "GPE", "BOL")}),
    # a preposition joined to the article: "della Spezia" is La Spezia
    ("Il sindaco della Spezia ha incontrato i manifestanti.", [("Spezia", "LOC")], {("La Spezia", "GPE", "ITA")}),
    # a name the gazetteer does not know whole stays what it was: the newspaper
    ("Lo ha scritto La Stampa ieri.", [("La Stampa", "ORG")], {("La Stampa", "ORG", "ITA")}),
])
def test_a_place_name_opening_with_an_article(text: str, ner: list[tuple[str, str]],
                                              expected: set[tuple[str, str, str | None]]) -> None:
    nlp = _nlp("it")
    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(text.index(n), text.index(n) + len(n), label=label) for n, label in ner]
    doc._.cronaca_published = dt.date(2025, 7, 5)
    found = {(e.entity_name, e.type, e.country) for e in nlp(doc)._.cronaca_entities}
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Un attentato ha colpito L'Aquila e Le Havre.", {("L'Aquila", "GPE", "ITA"), ("Le Havre", "GPE", "FRA")}),
    ("Il sindaco della Spezia ha parlato a La Paz.", {("La Spezia", "GPE", "ITA"), ("La Paz", "GPE", "BOL")}),
])
def test_a_place_name_opening_with_an_article_without_ner(text: str,
                                                          expected: set[tuple[str, str, str | None]]) -> None:
    found = {(e.entity_name, e.type, e.country) for e in _doc("it", text)._.cronaca_entities}
    assert found == expected
