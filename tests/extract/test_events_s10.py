"""Event rules of the tenth session.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from cronaca.pipeline import Extractor

from .helpers import event_triples


@pytest.mark.parametrize("lang,text", [
    ("en", "European Union foreign ministers on Monday approved a 20th package of sanctions against Russia."),
    ("en", "Britain on Friday approved a new package of sanctions against Russia."),
    ("en", "The EU approved new sanctions targeting Russian banks."),
    ("it", "I ministri degli Esteri dell'Unione europea hanno approvato lunedì il ventesimo pacchetto di sanzioni "
           "contro la Russia."),
])
def test_approving_sanctions_imposes_them(extractor: Extractor, lang: str, text: str) -> None:
    found = event_triples(extractor, lang, text)
    assert any(ev == "SANCTION" and "Russia" in rec for ev, _, rec in found), found
    assert not any(ev == "SUPPORT" for ev, _, _ in found), found


def test_a_dateline_with_the_agency_in_mixed_case_is_no_actor(extractor: Extractor) -> None:
    found = event_triples(extractor, "en", "BRUSSELS (Reuters) - The European Union on Monday approved new sanctions "
                                    "against Russia.")
    assert ("SANCTION", ["European Union"], ["Russia"]) in found, found


@pytest.mark.parametrize("lang,text", [
    ("en", 'Asked whether Moscow would attend the talks in Istanbul, Kremlin spokesman Dmitry Peskov said: "Our '
           'delegation is ready."'),
    ("en", "Turkish President Recep Tayyip Erdogan spoke to reporters on the plane back from Baku."),
    ("it", "Il portavoce del Cremlino Dmitry Peskov ha parlato con i giornalisti dopo la riunione."),
])
def test_questions_and_talk_to_the_press_are_no_events(extractor: Extractor, lang: str, text: str) -> None:
    found = event_triples(extractor, lang, text)
    assert not any(ev in ("REQUEST", "CONSULT") for ev, _, _ in found), found


@pytest.mark.parametrize("lang,text,event", [
    ("en", "Ukraine asked the United States to send more air defence systems.", "REQUEST"),
    ("en", "Italian Prime Minister Giorgia Meloni spoke with Donald Trump about tariffs.", "CONSULT"),
    ("it", "La premier Giorgia Meloni ha parlato con Donald Trump di dazi.", "CONSULT"),
])
def test_asking_a_party_and_talking_with_a_leader_stay_events(extractor: Extractor, lang: str, text: str,
                                                               event: str) -> None:
    assert any(ev == event for ev, _, _ in event_triples(extractor, lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Mohamed Osman, a resident of El Fasher, spoke to The Associated Press by phone on Monday."),
    ("it", "Il ministro degli Esteri Antonio Tajani ha parlato con il Corriere della Sera."),
])
def test_an_interview_is_no_consultation(extractor: Extractor, lang: str, text: str) -> None:
    assert not any(ev == "CONSULT" for ev, _, _ in event_triples(extractor, lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "The White House declined to comment on the report."),
    ("en", "A spokesman for the Pentagon refused to say how many troops were involved."),
    ("it", "Il Cremlino si è rifiutato di commentare la notizia."),
])
def test_no_comment_is_no_rejection(extractor: Extractor, lang: str, text: str) -> None:
    assert not any(ev == "REJECT" for ev, _, _ in event_triples(extractor, lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Hungary refused to back the sanctions package."),
    ("it", "L'Ungheria ha rifiutato la proposta di Bruxelles."),
])
def test_refusing_a_proposal_stays_a_rejection(extractor: Extractor, lang: str, text: str) -> None:
    assert any(ev == "REJECT" for ev, _, _ in event_triples(extractor, lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", 'Foreign ministry spokesperson Mao Ning said China would "take resolute measures to defend its '
           'sovereignty".'),
    ("it", 'La portavoce Mao Ning ha detto che la Cina prenderà "misure risolute per difendere la sua sovranità".'),
])
def test_defending_ones_sovereignty_is_no_support(extractor: Extractor, lang: str, text: str) -> None:
    assert not any(ev in ("SUPPORT", "AGREE") for ev, _, _ in event_triples(extractor, lang, text))


def test_arriving_ad_a_capital_is_a_visit(extractor: Extractor) -> None:
    text = ("ALGERI – Il ministro degli Esteri Antonio Tajani è arrivato ieri ad Algeri per una visita di due giorni.")
    found = event_triples(extractor, "it", text)
    assert any(ev == "CONSULT" and "Antonio Tajani" in act for ev, act, _ in found), found


def test_marching_through_the_streets_with_a_time_between_is_a_protest(extractor: Extractor) -> None:
    text = ("ROMA - Migliaia di manifestanti hanno sfilato ieri per le strade di Roma contro il decreto sicurezza.")
    found = event_triples(extractor, "it", text)
    assert any(ev == "PROTEST" for ev, _, _ in found), found


@pytest.mark.parametrize("text,event", [
    ("Britain announced that it was sanctioning 100 more oil tankers of Russia's shadow fleet.", "SANCTION"),
    ("EU ministers approved new sanctions against Russia, adding 190 tankers to a blacklist and targeting dozens "
     "of companies accused of helping the Kremlin.", "SANCTION"),
])
def test_sanctions_language(extractor: Extractor, text: str, event: str) -> None:
    found = event_triples(extractor, "en", text)
    assert any(ev == event for ev, _, _ in found), found
    assert not any(ev == "ASSAULT" for ev, _, _ in found), found


def test_rescue_crews_are_no_aid(extractor: Extractor) -> None:
    assert event_triples(extractor, "en", "Rescue crews were still searching the rubble in Kharkiv by midday.") == []


def test_a_dateline_opened_by_the_agency_credit_is_no_actor(extractor: Extractor) -> None:
    text = ("(ANSA) - KIEV, 25 AGO - Russia e Ucraina hanno effettuato ieri un nuovo scambio di prigionieri di guerra.")
    found = event_triples(extractor, "it", text)
    assert any(ev == "RETREAT" for ev, _, _ in found), found
    assert all("AGO" not in act for _, act, _ in found), found


@pytest.mark.parametrize("text,event", [
    ("Il presidente serbo Aleksandar Vučić ha escluso il voto anticipato.", "REJECT"),
    ("Dopo gli scontri di Belgrado, la polizia serba ne ha fermati altri 12.", "COERCE"),
])
def test_italian_rejections_and_arrests(extractor: Extractor, text: str, event: str) -> None:
    assert any(ev == event for ev, _, _ in event_triples(extractor, "it", text))


@pytest.mark.parametrize("lang,text", [
    ("en", 'Yesterday Zelensky spoke by phone with Macron. "We discussed air defence and new sanctions against '
           'Moscow," Zelensky wrote on X.'),
    ("it", "Ieri il presidente ucraino Volodymyr Zelensky ha parlato al telefono con il presidente francese Emmanuel "
           'Macron. "Abbiamo discusso di difesa aerea e di nuove sanzioni contro Mosca", ha scritto Zelensky su X.'),
])
def test_the_topics_of_a_talk_are_no_events_nor_parties(extractor: Extractor, lang: str, text: str) -> None:
    found = event_triples(extractor, lang, text)
    assert [ev for ev, _, _ in found] == ["CONSULT"], found
    assert "Russia" not in found[0][1], found


def test_arriving_today_in_a_capital_is_a_visit(extractor: Extractor) -> None:
    text = "Il ministro degli Esteri Antonio Tajani è arrivato oggi a Beirut per una visita di due giorni."
    assert any(ev == "CONSULT" and "Antonio Tajani" in act for ev, act, _ in event_triples(extractor, "it", text))
