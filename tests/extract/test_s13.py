"""Entity and event rules of the thirteenth session.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from cronaca.pipeline import Extractor
from cronaca.records import Article

from .helpers import entity_set


def _events_with(extractor: Extractor, lang: str, text: str, role: str) -> list[tuple[str, list[str]]]:
    """(type, names in ``role``: "actor", "recipient" or "reported_by") of every event found in ``text``."""
    doc = extractor.process(Article(id="s13", text=text, published="2025-02-19", language=lang))
    return [(e.event, [p.entity_name for p in getattr(e, role)]) for e in doc.events]


@pytest.mark.parametrize("text,place", [
    ("Pakistan said militants attacked a checkpoint. In a follow-up raid in neighbouring Bannu district on "
     "Wednesday morning, security forces killed 11 more militants.", ("Bannu", "GPE")),
    ("Pakistan said militants attacked a checkpoint. The assault began late on Tuesday in Lakki Marwat district "
     "of Khyber Pakhtunkhwa province.", ("Khyber Pakhtunkhwa", "GPE")),
])
def test_a_known_place_before_a_lowercase_division_noun_is_that_place(
        extractor: Extractor, text: str, place: tuple[str, str]) -> None:
    found = entity_set(extractor, "en", text)
    assert place in found, found
    assert not any(name.startswith(place[0] + " ") for name, _ in found), found


def test_an_unknown_place_before_a_division_noun_is_named_with_it(extractor: Extractor) -> None:
    found = entity_set(extractor, "en", "Gunmen attacked a police post in the Kalbajar district, officials said.")
    assert ("Kalbajar District", "GPE") in found, found


@pytest.mark.parametrize("lang,text,event,source", [
    ("en", "Prime Minister Shehbaz Sharif condemned the attack on Wednesday.", "ACCUSE", "Shehbaz Sharif"),
    ("en", "In Kabul, Taliban government spokesman Zabihullah Mujahid rejected the accusation.", "REJECT",
     "Zabihullah Mujahid"),
    ("it", "Il ministro degli Esteri Antonio Tajani ha condannato l'attacco contro la missione.", "ACCUSE",
     "Antonio Tajani"),
])
def test_a_statement_told_by_no_one_else_comes_from_its_named_actor(
        extractor: Extractor, lang: str, text: str, event: str, source: str) -> None:
    found = _events_with(extractor, lang, text, "reported_by")
    assert (event, [source]) in found, found


def test_a_statement_someone_else_tells_keeps_that_source(extractor: Extractor) -> None:
    doc = extractor.process(Article(id="r", text="Hamas rejected the proposal, Egyptian officials said on Sunday.",
                                    published="2025-02-19", language="en"))
    rejects = [e for e in doc.events if e.event == "REJECT"]
    assert rejects and all("Hamas" not in [p.entity_name for p in e.reported_by] for e in rejects), \
        [(e.event, e.reported_by) for e in doc.events]


def _recipients(extractor: Extractor, lang: str, text: str, event: str) -> list[list[str]]:
    return [names for found, names in _events_with(extractor, lang, text, "recipient") if found == event]


@pytest.mark.parametrize("lang,text,event,adversary", [
    # the threatener's soldiers were the victims: the threat is against the attackers
    ("en", "Militants of Tehrik-i-Taliban Pakistan killed eight Pakistani soldiers at a checkpoint on Tuesday. "
           "Prime Minister Shehbaz Sharif warned that those responsible would pay a heavy price.",
     "THREATEN", "Tehrik-i-Taliban Pakistan"),
    # the threatener's state was the attacker: the threat is against its target
    ("en", "Israeli jets struck Hezbollah positions in southern Lebanon on Sunday. Defence Minister Israel Katz "
           "warned that the strikes would intensify.", "THREATEN", "Hezbollah"),
    ("it", "Le bande di Viv Ansanm hanno ucciso dodici civili a Port-au-Prince. Il primo ministro Alix Didier "
           "Fils-Aimé ha condannato il massacro.", "ACCUSE", "Viv Ansanm"),
    # a rejection answers the charge made against the rejecter's side
    ("en", "Colombia's government accused the National Liberation Army of killing two soldiers. The National "
           "Liberation Army rejected the accusation on Sunday.", "REJECT", "government"),
    # a demand naming no one is on the other side of the conflict told before
    ("it", "La polizia ha sparato gas lacrimogeni contro i manifestanti a Lima. Il presidente José Jerí ha "
           "chiesto calma.", "REQUEST", "protesters"),
])
def test_a_statement_naming_no_target_is_against_the_other_side_of_the_conflict(
        extractor: Extractor, lang: str, text: str, event: str, adversary: str) -> None:
    found = _recipients(extractor, lang, text, event)
    assert any(adversary in names for names in found), found


def test_a_statement_outside_the_conflict_gets_no_adversary(extractor: Extractor) -> None:
    # Macron is on neither side of the attack: his condemnation names no one
    found = _recipients(extractor, "en", "Militants killed eight Pakistani soldiers at a checkpoint on Tuesday. "
                                         "French President Emmanuel Macron condemned the violence.", "ACCUSE")
    assert found and all("Pakistan" not in names and "soldiers" not in names for names in found), found


@pytest.mark.parametrize("text", [
    "Le bande hanno ucciso dodici civili a Port-au-Prince.",
    "Una banda armata ha rapito almeno cinquanta persone, in gran parte donne e bambini, in un villaggio nello Stato "
    "di Zamfara, in Nigeria.",
])
def test_the_people_an_attack_fell_on_are_its_recipients_not_the_town(extractor: Extractor, text: str) -> None:
    doc = extractor.process(Article(id="p", text=text, published="2025-02-19", language="it"))
    found = [[(p.entity_name, p.country) for p in e.recipient] for e in doc.events if e.event == "ASSAULT"]
    assert found and all(r and r[0][0] == "civilians" for r in found), found


def test_a_gang_named_after_its_group_noun_is_the_actor(extractor: Extractor) -> None:
    doc = extractor.process(Article(id="g", text="Le bande di Viv Ansanm hanno ucciso dodici civili a Port-au-Prince.",
                                    published="2025-02-19", language="it"))
    assert [[p.entity_name for p in e.actor] for e in doc.events if e.event == "ASSAULT"] == [["Viv Ansanm"]]


def _locations(extractor: Extractor, lang: str, text: str, event: str) -> list[str | None]:
    doc = extractor.process(Article(id="l", text=text, published="2025-02-19", language=lang))
    return [e.event_loc.name if e.event_loc else None for e in doc.events if e.event == event]


def test_a_later_name_of_a_list_has_the_cue_of_the_first(extractor: Extractor) -> None:
    found = _locations(extractor, "en", "GUAYAQUIL, Ecuador — Interior Minister John Reimberg said police had raided "
                                        "38 properties in the provinces of El Oro and Guayas on Tuesday, detaining 26 "
                                        "people.", "COERCE")
    assert found == ["Guayas"], found


def test_a_weak_cue_is_not_carried_along_a_list(extractor: Extractor) -> None:
    from cronaca.extract.places import _cue, lexicon
    text = "I mandamenti coinvolti sono quelli di Porta Nuova, San Lorenzo e Carini."
    assert _cue(text, text.index("San Lorenzo"), lexicon("it")) == 0
    assert _cue(text, text.index("Porta Nuova"), lexicon("it")) == 1


def test_a_later_mention_that_tells_where_beats_the_dateline(extractor: Extractor) -> None:
    found = _locations(extractor, "en", "PESHAWAR, Pakistan — Militants of Tehrik-i-Taliban Pakistan stormed a "
                                        "security checkpoint overnight, killing eight soldiers, the military said. "
                                        "The assault began late on Tuesday in Lakki Marwat, when dozens of fighters "
                                        "opened fire on the post.", "ASSAULT")
    assert found and found[0] != "Peshawar", found


@pytest.mark.parametrize("lang,text,event,speaker", [
    # a charge in the speaker's own words
    ("en", "“The shelling of the port was a flagrant violation of the truce,” Foreign Minister Andrii Sybiha said.",
     "ACCUSE", "Andrii Sybiha"),
    ("en", "“Moscow keeps pretending to negotiate while its drones hit our cities,” Volodymyr Zelenskyy said.",
     "ACCUSE", "Volodymyr Zelenskyy"),
    ("it", "«Questa sentenza è una vendetta contro chi ha osato sfidare il governo», ha detto Özgür Özel.",
     "ACCUSE", "Özgür Özel"),
    # a threat in reported speech
    ("en", "Prime Minister Shehbaz Sharif vowed that those responsible would be hunted down.", "THREATEN",
     "Shehbaz Sharif"),
    ("en", "President William Ruto said that the attackers would be punished.", "THREATEN", "William Ruto"),
    ("it", "Il ministro Matteo Piantedosi ha avvertito che i violenti pagheranno.", "THREATEN", "Matteo Piantedosi"),
    # a demand in the speaker's own words
    ("en", "“We need clean water and tents before the rains come,” said Tom Fletcher, the UN relief chief.",
     "REQUEST", "Tom Fletcher"),
    ("it", "«Abbiamo bisogno di medicinali e coperte per le famiglie sfollate», ha detto Filippo Grandi.",
     "REQUEST", "Filippo Grandi"),
])
def test_a_speakers_words_are_the_speakers_act(
        extractor: Extractor, lang: str, text: str, event: str, speaker: str) -> None:
    found = _events_with(extractor, lang, text, "actor")
    assert (event, [speaker]) in found, found


def test_an_organisation_name_with_a_title_word_inside_stays_whole(extractor: Extractor) -> None:
    # "Defence" may be a title word ("Defence Minister"), but "of Human Rights" after it is no person
    found = entity_set(extractor, "en", "Rights groups criticised the decree. The Permanent Committee for the "
                                        "Defence of Human Rights, a Guayaquil-based group, said it was unlawful.")
    assert ("Permanent Committee for the Defence of Human Rights", "ORG") in found, found
    assert not any(t == "PER" for _, t in found), found


def test_a_street_named_before_is_never_the_speaker(extractor: Extractor) -> None:
    text = ("Demonstrators blocked Moi Avenue with burning tyres and chanted slogans against President William Ruto."
            "\n\n“We are not criminals. A student walked into a police cell alive and came out in a body bag,” said "
            "a 24-year-old nursing student who joined the march and asked not to be named.")
    doc = extractor.process(Article(id="s", text=text, published="2025-02-19", language="en"))
    speakers = [q.speaker.entity_name if q.speaker else None for q in doc.quotes]
    assert speakers == ["24-year-old nursing student"], speakers


@pytest.mark.parametrize("lang,text,name,sector", [
    ("en", "Governor Babagana Zulum visited the town on Monday.", "Babagana Zulum", "GOV"),
    ("en", "Interior Cabinet Secretary Kipchumba Murkomen defended the officers.", "Kipchumba Murkomen", "GOV"),
    ("en", "Police chief Rodrigo Salinas said the road was reopened.", "Rodrigo Salinas", "COP"),
    ("it", "Il sindaco Gaetano Manfredi ha chiesto più agenti.", "Gaetano Manfredi", "GOV"),
])
def test_a_title_gives_an_unknown_person_a_sector(
        extractor: Extractor, lang: str, text: str, name: str, sector: str) -> None:
    doc = extractor.process(Article(id="t", text=text, published="2025-02-19", language=lang))
    assert [(e.entity_name, e.sector) for e in doc.entities if e.type == "PER"] == [(name, sector)]


def test_a_titled_general_is_not_the_army_a_story_calls_the_military(extractor: Extractor) -> None:
    text = ("Myanmar's military government announced a ceasefire on Wednesday. Military spokesman Maj. Gen. Zaw Min "
            "Tun said soldiers fired warning shots. Rights groups say the military carried out airstrikes on rebel "
            "villages.")
    doc = extractor.process(Article(id="m", text=text, published="2025-04-02", language="en"))
    actors = [[p.entity_name for p in e.actor] for e in doc.events if e.event == "ASSAULT"]
    assert actors and all("Zaw Min Tun" not in a for a in actors), actors


@pytest.mark.parametrize("lang,text,name", [
    ("it", "L'ambasciata degli Stati Uniti in Yemen ha accusato i ribelli.", "Embassy of the United States in Yemen"),
    ("en", "The U.S. Embassy in Baghdad said the rocket landed nearby.", "Embassy of the United States, Baghdad"),
    ("en", "The Philippine Foreign Ministry summoned the Chinese ambassador.",
     "Ministry of Foreign Affairs of the Philippines"),
])
def test_institution_names_give_countries_their_article(
        extractor: Extractor, lang: str, text: str, name: str) -> None:
    assert (name, "ORG") in entity_set(extractor, lang, text)


@pytest.mark.parametrize("lang,text", [
    ("it", "A Lima migliaia di manifestanti sono scesi in piazza contro il nuovo governo del presidente José Jerí e "
           "contro l'ondata di criminalità che colpisce il Paese."),
])
def test_a_force_that_hits_a_country_in_a_relative_clause_is_nobodys_assault(
        extractor: Extractor, lang: str, text: str) -> None:
    doc = extractor.process(Article(id="f", text=text, published="2025-10-16", language=lang))
    assert [e.event for e in doc.events] == ["PROTEST"], [(e.event, e.event_text) for e in doc.events]


def test_an_italian_gerund_cue_takes_the_clause_subject_not_its_object(extractor: Extractor) -> None:
    text = ("Il presidente José Jerí ha parlato ieri sera. «Chiedo alla procura di indagare su questa morte», ha "
            "dichiarato Jerí in un messaggio trasmesso stamani, esprimendo il suo cordoglio alla famiglia della "
            "vittima.")
    doc = extractor.process(Article(id="g", text=text, published="2025-10-16", language="it"))
    sources = {p.entity_name for e in doc.events for p in e.reported_by} | {
        q.speaker.entity_name for q in doc.quotes if q.speaker}
    assert sources == {"José Jerí"}, sources
