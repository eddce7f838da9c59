"""Armed and criminal groups from the actor dictionary, talks that resume, and roles owned by an organisation
rather than a country.  Sentences written for these tests, in both languages."""

from __future__ import annotations

import pytest

from cronaca.pipeline import Extractor
from cronaca.records import Article


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def process(extractor: Extractor, language: str, text: str):
    return extractor.process(Article(id="g", text=text, published="2025-03-21", language=language))


@pytest.mark.parametrize(("lang", "text", "name", "country", "sector"), [
    ("en", "ELN fighters attacked an army base in Arauca.", "National Liberation Army", "COL", "REB"),
    ("it", "Miliziani dell'Eln hanno attaccato una base militare ad Arauca.", "National Liberation Army", "COL", "REB"),
    ("en", "The Pakistani Taliban attacked a checkpoint in Bannu.", "Tehrik-i-Taliban Pakistan", "PAK", "REB"),
    ("en", "The TPLF accused the federal government of breaking the deal.", "Tigray People's Liberation Front",
     "ETH", "PTY"),
    ("it", "Il cartello di Sinaloa ha ucciso due agenti.", "Sinaloa Cartel", "MEX", "CRM"),
    ("en", "Tren de Aragua members were arrested in Texas.", "Tren de Aragua", "VEN", "CRM"),
])
def test_armed_group_is_a_known_actor(extractor: Extractor, lang: str, text: str, name: str, country: str,
                                      sector: str) -> None:
    found = {(e.entity_name, e.country, e.sector) for e in process(extractor, lang, text).entities}
    assert (name, country, sector) in found, found


@pytest.mark.parametrize(("lang", "text", "actors"), [
    ("en", "The Colombian government and the ELN rebel group resumed peace talks in Caracas.", {"COL"}),
    ("it", "Il governo colombiano e l'Eln hanno ripreso i negoziati di pace a Caracas.", {"COL"}),
])
def test_resumed_talks_are_a_consultation(extractor: Extractor, lang: str, text: str, actors: set[str]) -> None:
    events = [e for e in process(extractor, lang, text).events if e.event == "CONSULT"]
    assert events, "no CONSULT"
    assert {p.entity_name for p in events[0].actor} >= {"National Liberation Army"}
    assert {p.country for p in events[0].actor} == actors


@pytest.mark.parametrize("text", [
    "The International Criminal Court issued an arrest warrant for the Taliban's supreme leader.",
    "Hamas's leader said the truce would hold.",
])
def test_an_organisations_leader_is_no_countrys_office_holder(extractor: Extractor, text: str) -> None:
    doc = process(extractor, "en", text)
    persons = [p.entity_name for e in doc.events for p in (*e.actor, *e.recipient) if p.type == "PER"]
    persons += [q.speaker.entity_name for q in doc.quotes if q.speaker is not None]
    assert not persons, persons  # neither Iran's supreme leader nor the article's head of government


@pytest.mark.parametrize(("lang", "text", "actor"), [
    ("it", "I ribelli del Movimento 23 marzo hanno conquistato la città di Bukavu.", "M23"),
    ("it", "I miliziani di Hezbollah hanno lanciato razzi contro Israele.", "Hezbollah"),
    ("en", "Fighters of the Tigray People's Liberation Front clashed with government troops.",
     "Tigray People's Liberation Front"),
    ("en", "Militants of the Pakistani Taliban attacked a police station in Bannu.", "Tehrik-i-Taliban Pakistan"),
])
def test_a_groups_fighters_are_the_group(extractor: Extractor, lang: str, text: str, actor: str) -> None:
    doc = process(extractor, lang, text)
    assault = [e for e in doc.events if e.event == "ASSAULT"]
    assert assault and actor in [p.entity_name for p in assault[0].actor], \
        [(e.event, [p.entity_name for p in e.actor]) for e in doc.events]


def test_a_date_inside_a_name_dates_nothing(extractor: Extractor) -> None:
    text = ("I ribelli del Movimento 23 marzo hanno conquistato la città di Bukavu. "
            "Migliaia di persone sono scese in piazza a Kinshasa.")
    doc = process(extractor, "it", text)
    assert all(d.raw_text != "23 marzo" for d in doc.dates)
    assert {e.date for e in doc.events} == {"2025-03-21"}  # the publication day, not 23 March


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Turkish drones struck Kurdish fighters in northern Syria, killing at least 8."),
    ("it", "Curdi e arabi hanno manifestato insieme a Qamishli."),
])
def test_a_stateless_people_is_no_organisation(extractor: Extractor, lang: str, text: str) -> None:
    names = [e.entity_name for e in process(extractor, lang, text).entities]
    assert not any(n.casefold().startswith(("kurd", "curd")) for n in names), names
