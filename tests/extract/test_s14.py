"""Entity and event rules of the fourteenth session.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from cronaca.pipeline import Extractor
from cronaca.records import Article

from .helpers import entity_set, event_triples


@pytest.mark.parametrize("lang,text,source", [
    ("en", "Shelling hit the market in El Fasher on Sunday, killing 12 people, the Sudan Doctors Network said.",
     "Sudan Doctors Network"),
    ("en", "An air strike hit a school in Gaza on Sunday, killing 12 people, the health ministry said.",
     "Ministry of Health of Palestine"),
    ("en", "Governor Oleh Syniehubov said the drones hit a residential area of the city shortly after 2 a.m.",
     "Oleh Syniehubov"),
])
def test_the_source_of_an_attack_whose_doer_is_a_weapon_or_an_event_is_not_its_actor(
        extractor: Extractor, lang: str, text: str, source: str) -> None:
    found = event_triples(extractor, lang, text)
    assert not any(source in actors for _, actors, _ in found), found


@pytest.mark.parametrize("lang,text,actor", [
    ("en", "Russia attacked Kyiv overnight, killing three people, the Ukrainian air force said.", "Russia"),
    ("en", "Israel said it had struck Hezbollah targets in southern Lebanon.", "Israel"),
])
def test_a_named_attacker_stays_the_actor_when_a_source_tells_it(
        extractor: Extractor, lang: str, text: str, actor: str) -> None:
    found = event_triples(extractor, lang, text)
    assert any(event == "ASSAULT" and actor in actors for event, actors, _ in found), found


@pytest.mark.parametrize("lang,text,event,recipient", [
    # aid goes to the country it is delivered in
    ("en", "A magnitude 6.3 earthquake struck Herat province in Afghanistan on Saturday. India sent 1,000 tents "
     "and food supplies to the province of Herat on Monday.", "AID", "Afghanistan"),
    ("it", "Un terremoto ha colpito la provincia di Herat in Afghanistan. L'Onu ha inviato aiuti umanitari nella "
     "provincia di Herat.", "AID", "Afghanistan"),
    # support and criticism go to the country the story is about
    ("en", "CANBERRA, Australia — Australia's parliament passed a new citizenship law on Tuesday. The law will "
     "take effect in Australia in January. Israel expressed its support on Wednesday.", "SUPPORT", "Australia"),
    ("it", "ROMA - Il governo italiano ha approvato ieri una nuova legge sulla cittadinanza. In Italia la legge "
     "entrerà in vigore a gennaio. La Francia ha espresso sostegno alla decisione.", "SUPPORT", "Italy"),
    ("it", "ISTANBUL - La polizia turca ha arrestato ieri a Istanbul il sindaco Ekrem İmamoğlu. In Turchia le "
     "proteste continuano. La Commissione europea ha espresso forte preoccupazione.", "ACCUSE", "Turkey"),
])
def test_an_outsiders_act_that_names_no_recipient_goes_to_the_country_concerned(
        extractor: Extractor, lang: str, text: str, event: str, recipient: str) -> None:
    found = event_triples(extractor, lang, text)
    assert any(kind == event and recipients == [recipient] for kind, _, recipients in found), found


@pytest.mark.parametrize("text,event", [
    # aid at home
    ("Floods hit Sindh province. The Pakistani army delivered food and tents to the province of Sindh on Monday.",
     "AID"),
    # support in a story of two sides
    ("China's coast guard fired water cannon at a Philippine vessel. China said the Philippines had entered its "
     "waters. Japan expressed support.", "SUPPORT"),
])
def test_no_country_is_chosen_for_aid_at_home_or_support_between_two_sides(
        extractor: Extractor, text: str, event: str) -> None:
    found = event_triples(extractor, "en", text)
    assert not any(kind == event and recipients for kind, _, recipients in found), found


def _actor_countries(extractor: Extractor, lang: str, text: str, event: str) -> list[list[str | None]]:
    doc = extractor.process(Article(id="c", text=text, published="2024-06-27", language=lang))
    return [[p.country for p in e.actor] for e in doc.events if e.event == event]


@pytest.mark.parametrize("lang,text", [
    ("en", "Bolivian authorities arrested General Juan José Zúñiga on Thursday. Soldiers fired at crowds in the "
           "square, the Health Ministry said."),
    ("it", "Le autorità boliviane hanno arrestato il generale Juan José Zúñiga. I soldati hanno sparato pallini "
           "contro la folla nella piazza, ha detto il ministero della Salute."),
])
def test_troops_in_a_story_that_names_one_country_are_of_that_country(
        extractor: Extractor, lang: str, text: str) -> None:
    assert ["BOL"] in _actor_countries(extractor, lang, text, "ASSAULT")


def test_troops_in_a_story_of_two_countries_get_no_country_of_their_own_choosing(extractor: Extractor) -> None:
    found = _actor_countries(extractor, "en", "Russia and Ukraine traded accusations on Thursday. Soldiers fired "
                                              "at crowds in the square, the Health Ministry said.", "ASSAULT")
    assert found and all(countries == [None] for countries in found), found


@pytest.mark.parametrize("lang,text,actor,recipient", [
    ("en", "In Islamabad, Pakistan’s Foreign Office summoned India’s charge d’affaires to protest the strikes.",
     "Ministry of Foreign Affairs of Pakistan", "India"),
    ("it", "ISLAMABAD - Il ministero degli Esteri ha convocato l'ambasciatore indiano.",
     "Ministry of Foreign Affairs of Pakistan", "India"),
    ("it", "Il ministero degli Esteri pachistano ha convocato l'incaricato d'affari indiano per protestare contro "
           "i raid.", "Ministry of Foreign Affairs of Pakistan", "India"),
])
def test_a_summoned_envoy_is_the_recipient_and_the_ministry_is_not_of_his_country(
        extractor: Extractor, lang: str, text: str, actor: str, recipient: str) -> None:
    found = event_triples(extractor, lang, text)
    assert [("ACCUSE", [actor], [recipient])] == found, found


@pytest.mark.parametrize("lang,text,actor", [
    ("en", "Tom Fletcher, the UN’s humanitarian chief, said he was “appalled” by the attack on the camp.",
     "Tom Fletcher"),
    ("it", "Il capo degli affari umanitari dell'Onu, Tom Fletcher, si è detto sconvolto dall'attacco al campo.",
     "Tom Fletcher"),
])
def test_dismay_at_an_attack_is_a_charge_by_the_speaker(
        extractor: Extractor, lang: str, text: str, actor: str) -> None:
    found = event_triples(extractor, lang, text)
    assert any(event == "ACCUSE" and actors == [actor] for event, actors, _ in found), found


@pytest.mark.parametrize("lang,text,actor", [
    ("en", "Two Italian Air Force planes dropped 24 tonnes of humanitarian aid over the Gaza Strip on Tuesday.",
     "Italian Air Force"),
    ("it", "Due aerei da trasporto dell'Aeronautica militare hanno sganciato ieri sulla Striscia di Gaza 24 "
           "tonnellate di aiuti umanitari.", "Italian Air Force"),
])
def test_an_airdrop_of_aid_done_by_planes_is_aid_not_a_promise(
        extractor: Extractor, lang: str, text: str, actor: str) -> None:
    found = event_triples(extractor, lang, text)
    assert any(event == "AID" and actors == [actor] for event, actors, _ in found), found


def test_the_people_a_country_sends_with_its_aid_are_not_its_recipients(extractor: Extractor) -> None:
    found = event_triples(extractor, "it", "L'India ha inviato in Myanmar un ospedale da campo con 118 tra medici "
                                           "e infermieri.")
    assert ("AID", ["India"], ["Myanmar"]) in found, found


@pytest.mark.parametrize("lang,text,actor", [
    ("it", "A Bologna un centinaio di studenti ha occupato simbolicamente per alcune ore l'atrio della sede della "
           "Regione.", "protesters"),
    ("it", "A Napoli gruppi di manifestanti hanno bloccato per circa un'ora la tangenziale e i binari della "
           "stazione.", "protesters"),
    ("it", "Nella notte gruppi di giovani hanno eretto barricate sulle strade d'accesso alla città.", "rioters"),
    ("en", "Overnight, groups of youths erected barricades on the main roads into the city.", "rioters"),
])
def test_crowds_blocking_and_occupying_sites_protest(extractor: Extractor, lang: str, text: str, actor: str) -> None:
    found = event_triples(extractor, lang, text)
    assert any(event == "PROTEST" and actors == [actor] for event, actors, _ in found), found


def test_an_army_occupying_a_station_does_not_protest(extractor: Extractor) -> None:
    found = event_triples(extractor, "it", "L'esercito russo ha occupato la stazione ferroviaria di Pokrovsk.")
    assert found and not any(event == "PROTEST" for event, _, _ in found), found


@pytest.mark.parametrize("lang,text,state", [
    ("en", "Russian drones attacked Odesa overnight, injuring five people.", "Ukraine"),
    ("it", "Droni russi hanno attaccato Odessa nella notte, ferendo cinque persone.", "Ukraine"),
])
def test_a_town_attacked_stands_for_its_state_as_recipient(
        extractor: Extractor, lang: str, text: str, state: str) -> None:
    doc = extractor.process(Article(id="p", text=text, published="2025-06-01", language=lang))
    attacks = [e for e in doc.events if e.event == "ASSAULT"]
    assert attacks and [p.entity_name for p in attacks[0].recipient] == [state], attacks
    assert attacks[0].recipient[0].raw_text in ("Odesa", "Odessa")
    assert attacks[0].event_loc is not None and attacks[0].event_loc.name == "Odesa"


@pytest.mark.parametrize("lang,text", [
    ("en", "“Serbia will defend itself. Those who attacked police officers and set fire to party offices will answer "
           "for it before the courts,” Vucic said in a televised address late Thursday."),
    ("en", "“The state will not abandon Arcahaie. Those responsible will be found and brought to justice,” Prime "
           "Minister Alix Didier Fils-Aime wrote on X."),
    ("en", "Foreign Ministry spokeswoman Maria Zakharova warned at her weekly briefing on Wednesday that Russia would "
           "respond with countermeasures against European shipping interests."),
    ("it", "«Quelli che hanno attaccato la polizia ne risponderanno davanti ai giudici», ha detto Vucic."),
    ("it", "«Chi ha attaccato la polizia ne risponderà davanti ai giudici», ha detto Vucic."),
])
def test_a_promise_of_punishment_is_a_threat_and_the_speaker_did_not_attack(
        extractor: Extractor, lang: str, text: str) -> None:
    found = event_triples(extractor, lang, text)
    assert any(event == "THREATEN" for event, _, _ in found), found
    assert not any(event == "ASSAULT" for event, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Beijing calls Taiwan's President Lai Ching-te a separatist.",
    "The China Coast Guard said it had driven away the Philippine ships near the shoal, which Beijing calls Huangyan "
    "Island.",
])
def test_calling_something_a_name_is_no_phone_call(extractor: Extractor, text: str) -> None:
    found = event_triples(extractor, "en", text)
    assert not any(event == "CONSULT" for event, _, _ in found), found


def test_a_call_a_determiner_introduces_is_a_consultation(extractor: Extractor) -> None:
    found = event_triples(extractor, "en", "Trump held separate calls with Putin and Zelenskyy on Monday.")
    assert any(event == "CONSULT" and "Vladimir Putin" in actors for event, actors, _ in found), found


@pytest.mark.parametrize("lang,text,actor", [
    ("it", "«Andremo avanti finché la Russia non metterà fine alla sua aggressione», ha dichiarato l'Alta "
           "rappresentante Kaja Kallas.", "Russia"),
    ("en", "Israel defended its strikes on Lebanon, Netanyahu's office said.", "Israel"),
])
def test_an_act_with_a_possessive_is_its_clause_subjects(
        extractor: Extractor, lang: str, text: str, actor: str) -> None:
    found = event_triples(extractor, lang, text)
    assert any(event == "ASSAULT" and actors == [actor] for event, actors, _ in found), found


def test_a_gang_looting_a_town_assaults_it(extractor: Extractor) -> None:
    found = event_triples(extractor, "it", "Le bande di Viv Ansanm hanno saccheggiato ieri il centro di Mirebalais.")
    assert [event for event, _, _ in found] == ["ASSAULT"], found


@pytest.mark.parametrize("text,protest", [
    ("«I nostri soldati sono un presidio di pace e vanno protetti», ha sottolineato il ministro Antonio Tajani.",
     False),
    ("Centinaia di studenti hanno organizzato un presidio davanti al ministero dell'Istruzione.", True),
])
def test_a_presidio_is_a_protest_unless_it_is_an_outpost(extractor: Extractor, text: str, protest: bool) -> None:
    found = event_triples(extractor, "it", text)
    assert any(event == "PROTEST" for event, _, _ in found) is protest, found
    assert not any(event == "ASSAULT" for event, _, _ in found), found


@pytest.mark.parametrize("text,place", [
    ("Da Manila, il segretario Hans Leo Cacdac ha detto che il governo filippino sta lavorando.", "Manila"),
    ("Da Mosca, il portavoce del Cremlino Dmitry Peskov ha denunciato una violazione.", "Moscow"),
])
def test_a_name_after_an_opening_from_and_before_a_comma_is_a_place(
        extractor: Extractor, text: str, place: str) -> None:
    found = entity_set(extractor, "it", text)
    assert (place, "GPE") in found, found


def test_an_office_of_a_plural_common_noun_is_no_division(extractor: Extractor) -> None:
    found = entity_set(extractor, "it", "Il segretario del dipartimento dei Lavoratori migranti, Hans Leo Cacdac, "
                                        "ha detto che il governo filippino sta lavorando.")
    assert not any(name == "Lavoratori" for name, _ in found), found


def test_a_chairperson_is_a_title_not_part_of_the_name(extractor: Extractor) -> None:
    found = entity_set(extractor, "en", "African Union Commission Chairperson Moussa Faki Mahamat welcomed the deal.")
    assert ("Moussa Faki Mahamat", "PER") in found, found


def _quote_speakers(extractor: Extractor, lang: str, text: str) -> list[str | None]:
    doc = extractor.process(Article(id="q", text=text, published="2025-06-01", language=lang))
    return [getattr(q.speaker, "entity_name", q.speaker) for q in doc.quotes]


@pytest.mark.parametrize("lang,text,speaker", [
    ("en", "President Maia Sandu, whose pro-European Party of Action and Solidarity is fighting to keep its "
           "parliamentary majority, accused Moscow of spending “hundreds of millions of euros” to buy votes.",
     "Maia Sandu"),
    ("it", "Il presidente Sergio Mattarella ha ricevuto Tebboune e ha parlato di «un'amicizia solida».",
     "Sergio Mattarella"),
    ("it", "«Oggi la Romania ha scelto l'Europa», ha detto Nicușor Dan nella notte ai giornalisti.", "Nicușor Dan"),
])
def test_the_speaker_of_a_partial_quote_is_the_subject_not_the_object(
        extractor: Extractor, lang: str, text: str, speaker: str) -> None:
    assert _quote_speakers(extractor, lang, text) == [speaker]




@pytest.mark.parametrize("lang,text,place", [
    ("en", "SYDNEY, Australia — Australia expelled Iran's ambassador on Tuesday and suspended operations at its "
           "embassy in Tehran.", "Sydney"),
    ("it", "SYDNEY - L'Australia ha espulso l'ambasciatore iraniano e ha sospeso le attività della sua ambasciata a "
           "Teheran.", "Sydney"),
    ("en", "Hundreds of protesters gathered outside the US embassy in Baghdad on Friday.", "Baghdad"),
])
def test_where_a_states_own_mission_sits_is_not_where_it_acts(
        extractor: Extractor, lang: str, text: str, place: str) -> None:
    doc = extractor.process(Article(id="m", text=text, published="2025-06-01", language=lang))
    assert doc.events and doc.events[0].event_loc is not None and doc.events[0].event_loc.name == place, doc.events


def test_a_short_form_in_brackets_after_a_name_is_that_name(extractor: Extractor) -> None:
    found = entity_set(extractor, "it", "Lo sciopero è stato proclamato dall'Unione sindacale di base (Usb). L'Usb ha "
                                        "respinto le accuse della premier.")
    assert found == {("Unione sindacale di base", "ORG")}, found


def test_the_italian_lower_case_state_department_is_the_us_state_department(extractor: Extractor) -> None:
    found = entity_set(extractor, "it", "Il dipartimento di Stato americano ha accusato Pechino di intimidazioni.")
    assert ("United States Department of State", "ORG") in found, found


def test_the_person_in_apposition_to_a_party_leader_speaks(extractor: Extractor) -> None:
    text = ("Il leader del Partito repubblicano del popolo (Chp), Özgür Özel, ha invitato i cittadini a boicottare le "
            "aziende vicine al governo e ha annunciato che le manifestazioni continueranno «finché Ekrem non sarà "
            "libero».")
    assert _quote_speakers(extractor, "it", text) == ["Özgür Özel"]


def test_an_international_official_who_spoke_last_arrests_no_one(extractor: Extractor) -> None:
    text = ("The European Union's foreign policy chief, Kaja Kallas, condemned the violence in Tbilisi on Monday. "
            "A Georgian rights group said more than 400 people had been detained since the protests began in November.")
    found = event_triples(extractor, "en", text)
    assert not any(event == "COERCE" and "Kaja Kallas" in actors for event, actors, _ in found), found
