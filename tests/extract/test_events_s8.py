"""Event-stage behaviour of the eighth session: a toll revised in a sentence about another place is another
tally.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from cronaca.pipeline import Extractor
from cronaca.records import Article, Document


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def process(extractor: Extractor, lang: str, text: str, published: str) -> Document:
    return extractor.process(Article(id="t", text=text, published=published, language=lang))


def dead_of_first_assault(extractor: Extractor, text: str) -> tuple[int, str] | None:
    doc = process(extractor, "en", text, "2025-04-04")
    assault = [e for e in doc.events if e.event == "ASSAULT"]
    assert assault, [e.event for e in doc.events]
    q = assault[0].magnitude.get("dead")
    return None if q is None else (q.value, q.qualifier)


def test_another_places_revised_toll_is_another_tally(extractor: Extractor) -> None:
    text = ("Gunmen killed more than 200 people in attacks on villages in Sudan's White Nile state, activists said.\n"
            "The death toll from the earthquake in Myanmar rose to 3,085, the military government said.")
    assert dead_of_first_assault(extractor, text) == (200, "at_least")


def test_a_revision_of_the_same_places_toll_still_replaces_it(extractor: Extractor) -> None:
    text = ("A Russian missile struck an apartment block in Kharkiv, killing 12 people.\n"
            "The death toll in Kharkiv rose to 31 on Saturday, the mayor said.")
    assert dead_of_first_assault(extractor, text) == (31, "exact")


def test_a_count_without_a_place_takes_the_place_of_the_sentence_before(extractor: Extractor) -> None:
    text = ("KIEV - Nella notte la Russia ha lanciato contro l'Ucraina 298 droni e 69 missili. Almeno 12 persone "
            "sono morte, tra cui tre bambini.\n"
            "Il bilancio delle vittime del terremoto in Afghanistan è salito a oltre 2.200 morti.")
    doc = process(extractor, "it", text, "2025-09-02")
    assault = [e for e in doc.events if e.event == "ASSAULT"]
    assert assault and assault[0].magnitude["dead"].value == 12
    assert assault[0].magnitude["drones"].value == 298
    # the number counts the drones: it is no part of the country's name
    assert all(e.entity_name != "Ucraina 298" for e in doc.entities)
    assert [p.country for p in assault[0].recipient] == ["UKR"]


def test_a_dateline_after_the_headline_and_the_headlines_topic_are_no_actors(extractor: Extractor) -> None:
    text = ("Sudan, bombardamenti su El Fasher: almeno 40 morti\n\n"
            "KHARTUM - Le Forze di supporto rapido hanno bombardato nella notte il campo profughi di Abu Shouk, "
            "alla periferia di El Fasher, uccidendo almeno 40 civili.")
    doc = process(extractor, "it", text, "2025-06-20")
    assault = [e for e in doc.events if e.event == "ASSAULT"]
    assert [[p.entity_name for p in e.actor] for e in assault] == [["Rapid Support Forces"]]


@pytest.mark.parametrize(("text", "source"), [
    # the comma before the verb closes an apposition: the subject stands before it
    ("L'esercito sudanese, guidato dal generale Abdel Fattah al-Burhan, ha accusato le Forze di supporto rapido "
     "di crimini di guerra.", "Sudanese Armed Forces"),
    # an inserted clause: the subject follows the verb
    ("Italia e Algeria, ha sottolineato il ministro Antonio Tajani, «lavorano insieme per la stabilità».",
     "Antonio Tajani"),
])
def test_speaker_after_an_apposition_or_in_an_inserted_clause(extractor: Extractor, text: str, source: str) -> None:
    doc = process(extractor, "it", text, "2025-06-20")
    said = [p.entity_name for e in doc.events for p in e.reported_by] + \
        [q.speaker.entity_name for q in doc.quotes if q.speaker is not None]
    assert said and set(said) == {source}, said


@pytest.mark.parametrize(("lang", "text", "speaker", "first_event"), [
    ("en", "The European Union called for an investigation into irregularities, while Hungarian Prime Minister "
           "Viktor Orban congratulated Georgian Dream on its \"overwhelming victory\".", "Viktor Orbán", "REQUEST"),
    ("it", "L'Ue ha chiesto un'indagine sulle irregolarità, mentre il premier ungherese Viktor Orbán si è "
           "congratulato con Sogno georgiano per la sua «vittoria schiacciante».", "Viktor Orbán", "REQUEST"),
])
def test_a_while_clause_has_its_own_speaker(extractor: Extractor, lang: str, text: str, speaker: str,
                                            first_event: str) -> None:
    doc = process(extractor, lang, text, "2024-10-27")
    assert [q.speaker.entity_name if q.speaker else None for q in doc.quotes] == [speaker]
    first = [e for e in doc.events if e.event == first_event]
    assert first and speaker not in [p.entity_name for p in first[0].reported_by]


@pytest.mark.parametrize(("lang", "text", "actors"), [
    # the seat where they met is no participant
    ("it", "La premier Giorgia Meloni ha incontrato a Palazzo Chigi il cancelliere tedesco Friedrich Merz.",
     {"Giorgia Meloni", "Friedrich Merz"}),
])
def test_the_seat_of_a_meeting_is_where_not_who(extractor: Extractor, lang: str, text: str, actors: set[str]) -> None:
    doc = process(extractor, lang, text, "2025-11-20")
    consult = [e for e in doc.events if e.event == "CONSULT"]
    assert consult and {p.entity_name for p in consult[0].actor} == actors


def test_an_organisations_name_is_no_place_it_also_names(extractor: Extractor) -> None:
    # the gazetteer lists "White House" among the names of Casablanca
    doc = process(extractor, "en", "Trump met Zelensky at the White House on Friday.", "2025-11-20")
    assert [e.event for e in doc.events] == ["CONSULT"]
    assert all(e.event_loc is None or e.event_loc.name != "Casablanca" for e in doc.events)


def test_a_trailing_news_agency_is_the_source_and_a_modifying_clause_names_no_target(extractor: Extractor) -> None:
    text = ("Iran executed a man convicted of spying for Israel, the judiciary's Mizan news agency reported on "
            "Wednesday.")
    doc = process(extractor, "en", text, "2025-08-13")
    executed = [e for e in doc.events if e.event == "ASSAULT"]
    assert executed and [p.country for p in executed[0].actor] == ["IRN"]
    assert [p.entity_name for p in executed[0].reported_by] == ["Mizan"]
    assert not executed[0].recipient  # neither the agency nor the country he spied for


def test_a_signing_at_the_white_house_is_between_its_signatories(extractor: Extractor) -> None:
    text = "Armenia and Azerbaijan signed a peace agreement at the White House."
    doc = process(extractor, "en", text, "2025-08-13")
    signed = [e for e in doc.events if e.event == "SUPPORT"]
    assert signed and {p.country for p in signed[0].actor} == {"ARM", "AZE"}


def test_a_gerund_after_a_relative_clause_shares_the_main_subject(extractor: Extractor) -> None:
    text = ("Un raid aereo israeliano ha colpito una scuola che ospitava sfollati nel quartiere di Shujaiya, a Gaza "
            "City, uccidendo almeno 25 persone.")
    doc = process(extractor, "it", text, "2025-06-05")
    assault = [e for e in doc.events if e.event == "ASSAULT"]
    assert [[p.country for p in e.actor] for e in assault] == [["ISR"]]
    assert assault[0].magnitude["dead"].value == 25


def test_a_verb_coordinated_inside_a_reported_clause_is_the_speakers(extractor: Extractor) -> None:
    text = ("Ukrainian President Volodymyr Zelenskiy said the attack came hours after his call with U.S. President "
            "Donald Trump, and urged allies to speed up deliveries of Patriot air defence systems.")
    doc = process(extractor, "en", text, "2025-07-04")
    urged = [e for e in doc.events if e.event == "REQUEST"]
    assert urged and [p.entity_name for p in urged[0].actor] == ["Volodymyr Zelenskyy"]


def test_a_dateline_abroad_is_not_where_an_attack_struck(extractor: Extractor) -> None:
    text = ("MOSCOW, July 4 (Reuters) - Russia launched its biggest aerial attack of the war on Ukraine overnight, "
            "firing 539 drones and 11 missiles, Ukraine's air force said on Friday.")
    doc = process(extractor, "en", text, "2025-07-04")
    attack = [e for e in doc.events if e.event == "ASSAULT"]
    assert attack and [p.country for p in attack[0].recipient] == ["UKR"]
    assert attack[0].event_loc is None or attack[0].event_loc.country == "UKR"
