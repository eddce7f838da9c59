"""Event rules of the eleventh session.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from cronaca.pipeline import Extractor

from .helpers import event_triples


@pytest.mark.parametrize("text,actor", [
    ("I leader dell'Unione europea hanno condannato l'attacco della Russia.", "European Union"),
    ("Il leader dell'Unione africana ha condannato l'attacco della Russia.", "African Union"),
])
def test_a_role_of_an_organisation_with_no_known_holder_leaves_the_organisation_as_actor(
        extractor: Extractor, text: str, actor: str) -> None:
    found = event_triples(extractor, "it", text)
    assert ("ACCUSE", [actor], ["Russia"]) in found, found


def test_a_plural_role_word_is_no_single_office_holder(extractor: Extractor) -> None:
    # "i leader europei": before, the invariable "leader" was read as one person, the leader of the country
    # the sentence names (Russia's prime minister)
    found = event_triples(extractor, "it", "I leader europei hanno raggiunto un accordo sulle sanzioni contro la "
                                            "Russia.", published="2025-07-05")
    assert not any(actors and "Mishustin" in " ".join(actors) for _, actors, _ in found), found


def test_a_role_with_a_known_holder_is_still_the_holder(extractor: Extractor) -> None:
    found = event_triples(extractor, "it", "Il leader degli Stati Uniti ha condannato l'attacco russo.",
                          published="2025-07-05")
    assert ("ACCUSE", ["Donald Trump"], ["Russia"]) in found, found


@pytest.mark.parametrize("lang,text,event,actor", [
    ("en", "Inspector-General of Police Douglas Kanja ordered the deployment of additional units to the city centre.",
     "MOBILIZE", "Douglas Kanja"),
    ("en", "President Bola Tinubu ordered security chiefs to deploy additional troops to the state.",
     "MOBILIZE", "Bola Tinubu"),
    ("it", "Il presidente Bola Tinubu ha ordinato il dispiegamento di truppe aggiuntive nello Stato.",
     "MOBILIZE", "Bola Tinubu"),
])
def test_an_order_of_an_act_to_no_named_party_is_the_act(extractor: Extractor, lang: str, text: str, event: str,
                                                          actor: str) -> None:
    found = event_triples(extractor, lang, text)
    assert any(ev == event and actor in actors for ev, actors, _ in found), found
    assert not any(ev == "REQUEST" for ev, _, _ in found), found


@pytest.mark.parametrize("lang,text", [
    ("en", "Putin ordered Ukraine to withdraw its troops from the four regions."),
    ("it", "Putin ha ordinato all'Ucraina di ritirare le sue truppe."),
])
def test_an_order_to_a_named_party_stays_a_request(extractor: Extractor, lang: str, text: str) -> None:
    found = event_triples(extractor, lang, text)
    assert ("REQUEST", ["Vladimir Putin"], ["Ukraine"]) in found, found


def test_an_order_to_ones_own_army_to_deploy_is_a_deployment(extractor: Extractor) -> None:
    # (seventeenth session: an order to one's own forces with no deployment in it, "di agire con forza", is a
    # request to them, as the written sets' gold codes "ordered the army and police to ..." four times)
    found = event_triples(extractor, "it", "GERUSALEMME - Il premier israeliano Benjamin Netanyahu ha ordinato "
                                            "all'esercito di inviare rinforzi al confine.")
    assert not any(ev == "REQUEST" for ev, _, _ in found), found
    assert ("MOBILIZE", ["Benjamin Netanyahu"], []) in found, found


@pytest.mark.parametrize("lang,text", [
    ("en", "China launched a second day of large-scale military drills around Taiwan on Wednesday, sending warships "
           "to rehearse a blockade of the island's main ports and strikes on its energy facilities."),
    ("it", "Le manovre militari cinesi intorno a Taiwan simulano un blocco dei porti e attacchi alle centrali."),
])
def test_what_an_exercise_rehearses_did_not_happen(extractor: Extractor, lang: str, text: str) -> None:
    found = event_triples(extractor, lang, text)
    assert ("MOBILIZE", ["China"], ["Taiwan"]) in found, found
    assert not any(ev in ("ASSAULT", "PROTEST", "AID") for ev, _, _ in found), found


def test_a_light_verb_reaches_over_a_long_measure_phrase(extractor: Extractor) -> None:
    found = event_triples(extractor, "en", "China launched a second day of large-scale military drills around Taiwan.")
    assert ("MOBILIZE", ["China"], ["Taiwan"]) in found, found


def test_sending_fighter_jets_to_a_country_is_still_aid(extractor: Extractor) -> None:
    found = event_triples(extractor, "en", "The US sent F-16 fighter jets to Ukraine as military aid.")
    assert ("AID", ["United States"], ["Ukraine"]) in found, found


def _places_of(extractor: Extractor, lang: str, text: str, event: str) -> list[str | None]:
    from cronaca.records import Article

    doc = extractor.process(Article(id="p", text=text, published="2025-11-15", language=lang))
    return [e.event_loc.name if e.event_loc else None for e in doc.events if e.event == event]


@pytest.mark.parametrize("lang,text,place", [
    ("it", "ROMA, 15 NOV (ANSA) - Sciopero generale ieri in tutta Italia.\n\nA Milano il corteo è degenerato nel "
           "pomeriggio davanti alla stazione. Gli agenti hanno risposto con cariche e lacrimogeni.", "Milan"),
    ("en", "NAIROBI, Nov 19 (Reuters) - Protests spread across Kenya on Tuesday.\n\nIn Kisumu, thousands of people "
           "gathered outside the governor's office. Police fired tear gas at the crowd.", "Kisumu"),
])
def test_a_place_opening_a_sentence_is_the_scene_of_the_paragraph(extractor: Extractor, lang: str, text: str,
                                                                   place: str) -> None:
    assert place in _places_of(extractor, lang, text, "ASSAULT")


def test_the_scene_of_a_paragraph_stops_at_the_next_one(extractor: Extractor) -> None:
    text = ("ROMA, 15 NOV (ANSA) - Sciopero generale ieri in tutta Italia.\n\nA Milano la tensione è salita nel "
            "pomeriggio davanti alla stazione.\n\nGli agenti hanno risposto con cariche e lacrimogeni.")
    assert "Milan" not in _places_of(extractor, "it", text, "ASSAULT")


@pytest.mark.parametrize("lang,text", [
    ("it", "La visita del presidente algerino Abdelmadjid Tebboune, ricevuto in mattinata al Quirinale dal capo dello "
           "Stato Sergio Mattarella, si è chiusa ieri."),
    ("it", "Il presidente algerino Abdelmadjid Tebboune è stato ricevuto ieri dal capo dello Stato Sergio Mattarella."),
    ("en", "Algerian President Abdelmadjid Tebboune, received at the Quirinale by President Sergio Mattarella, ended "
           "his visit on Thursday."),
])
def test_the_one_received_by_a_host_is_the_visitor(extractor: Extractor, lang: str, text: str) -> None:
    found = event_triples(extractor, lang, text)
    assert ("CONSULT", ["Abdelmadjid Tebboune"], ["Sergio Mattarella"]) in found, found


def test_a_local_government_area_is_a_place_not_an_actor(extractor: Extractor) -> None:
    found = event_triples(extractor, "en", "The attackers arrived on motorcycles in Ocholonya, in the Agatu local "
                                            "government area of Nigeria, and shot residents as they fled.")
    assert not any("government" in actors for _, actors, _ in found), found


def test_the_seed_attacks_source_is_the_air_force_not_an_earlier_allusion(extractor: Extractor) -> None:
    # the 539-drone attack is told in one sentence and counted in the next "ciò che ha detto l'Aeronautica
    # dell'Ucraina"; an earlier "dopo aver intensificato attacchi dalla Russia", which Axios reported, is an
    # allusion whose source is not this attack's
    import json
    from pathlib import Path

    from cronaca.records import Article

    path = Path(__file__).resolve().parents[2].parent / "shared" / "dev" / "it-seed.json"
    if not path.exists():
        pytest.skip(f"{path} is absent: the annotated articles live in ../shared next to the repository")
    gold = json.loads(path.read_text(encoding="utf-8"))
    doc = extractor.process(Article(id="seed", text=gold["text"], published=gold["published"], language="it"))
    attack = next(e for e in doc.events if e.event == "ASSAULT" and e.magnitude.get("drones"))
    assert [p.entity_name for p in attack.reported_by] == ["Ukrainian Air Force"], attack.reported_by


@pytest.mark.parametrize("lang,text", [
    ("en", "Thailand's acting Prime Minister Phumtham Wechayachai and Cambodian Prime Minister Hun Manet met in "
           "Putrajaya on Monday."),
    ("it", "Il premier thailandese Phumtham Wechayachai e il primo ministro cambogiano Hun Manet si sono incontrati "
           "a Putrajaya."),
])
def test_a_conjunct_may_carry_its_own_title(extractor: Extractor, lang: str, text: str) -> None:
    from cronaca.records import Article

    doc = extractor.process(Article(id="c", text=text, published="2025-07-29", language=lang))
    meeting = next(e for e in doc.events if e.event == "CONSULT")
    assert {(p.entity_name, p.country) for p in meeting.actor} == {("Phumtham Wechayachai", "THA"),
                                                                   ("Hun Manet", "KHM")}, meeting.actor


@pytest.mark.parametrize("lang,text", [
    ("en", "A magnitude 6.0 earthquake struck Kunar province in eastern Afghanistan, killing at least 800 people."),
    ("en", "Floods killed 40 people in northern Italy on Sunday, officials said."),
    ("en", "Hurricane Melissa hit Jamaica on Tuesday, killing 19 people."),
    ("it", "Un terremoto di magnitudo 6 ha colpito la provincia di Kunar, nell'est dell'Afghanistan, uccidendo "
           "almeno 800 persone."),
    ("it", "Le alluvioni hanno ucciso 40 persone nel nord Italia."),
])
def test_the_violence_of_a_natural_force_is_nobodys_assault(extractor: Extractor, lang: str, text: str) -> None:
    found = event_triples(extractor, lang, text)
    assert not any(ev == "ASSAULT" for ev, _, _ in found), found


def test_an_attack_is_still_an_attack_beside_a_disaster_word(extractor: Extractor) -> None:
    found = event_triples(extractor, "en", "Russian missiles struck a power plant in Kharkiv, starting a fire that "
                                            "killed two workers.")
    assert any(ev == "ASSAULT" and "Russia" in actors for ev, actors, _ in found), found


@pytest.mark.parametrize("lang,text", [
    ("en", "Gang members set fire to a police station in Port-au-Prince, killing three officers, police said."),
    ("it", "Membri delle gang hanno dato fuoco a una stazione di polizia a Port-au-Prince, uccidendo tre agenti."),
])
def test_gangs_are_criminals(extractor: Extractor, lang: str, text: str) -> None:
    found = event_triples(extractor, lang, text)
    assert any(ev == "ASSAULT" and actors == ["criminals"] for ev, actors, _ in found), found


def test_a_phone_call_has_no_scene_and_a_sanctions_target_is_none(extractor: Extractor) -> None:
    text = ("La Russia ha colpito Kharkiv nella notte con 120 droni, ha riferito l'Aeronautica militare ucraina.\n"
            "Ieri il presidente ucraino Volodymyr Zelensky ha parlato al telefono con il presidente francese Emmanuel "
            "Macron. \"Abbiamo discusso di difesa aerea e di nuove sanzioni contro Mosca\", ha scritto Zelensky su X.")
    places = _places_of(extractor, "it", text, "CONSULT")
    assert places and all(p is None for p in places), places
    assert "Kharkiv" in _places_of(extractor, "it", text, "ASSAULT")


@pytest.mark.parametrize("lang,text,states", [
    ("it", "Meloni e Tebboune hanno firmato una dichiarazione congiunta. Sul fronte migratorio i due governi hanno "
           "concordato di rafforzare i pattugliamenti congiunti.", ["Italy", "Algeria"]),
    ("en", "Putin and Trump spoke by phone on Monday. The two governments agreed to resume talks.",
     ["Russia", "United States"]),
])
def test_the_two_governments_of_two_named_leaders_are_their_states(extractor: Extractor, lang: str, text: str,
                                                                    states: list[str]) -> None:
    found = event_triples(extractor, lang, text)
    assert ("AGREE", states, []) in found, found


def test_a_party_politicians_government_is_her_own(extractor: Extractor) -> None:
    from cronaca.records import Article

    text = ("La segretaria del Pd Elly Schlein ha accusato il governo di chiudere gli occhi sulla repressione del "
            "dissenso in Algeria.")
    doc = extractor.process(Article(id="g", text=text, published="2025-07-24", language="it"))
    accusation = next(e for e in doc.events if e.event == "ACCUSE")
    assert [(p.entity_name, p.country) for p in accusation.recipient] == [("government", "ITA")], accusation.recipient
