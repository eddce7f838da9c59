"""Event rules of the twelfth session.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from cronaca.pipeline import Extractor

from .helpers import event_triples


@pytest.mark.parametrize("lang,text", [
    ("en", "In Belgrade, the rally was dispersed by police with tear gas and water cannon."),
    ("it", "A Belgrado il corteo è stato disperso dalla polizia con gas lacrimogeni e idranti."),
])
def test_the_agent_of_a_passive_verb_is_not_the_actor_of_its_subject_noun(
        extractor: Extractor, lang: str, text: str) -> None:
    # the protest noun is what the police dispersed: its actors are the protesters, not the police
    found = event_triples(extractor, lang, text)
    assert ("ASSAULT", ["security forces"], ["protesters"]) in found, found
    assert not any(event == "PROTEST" and "security forces" in actors for event, actors, _ in found), found


def test_a_demonym_before_a_passive_agent_qualifies_the_group(extractor: Extractor) -> None:
    found = event_triples(extractor, "en", "In Belgrade, the rally was dispersed by Serbian police with tear gas.")
    assert ("ASSAULT", ["security forces"], ["protesters"]) in found, found


@pytest.mark.parametrize("lang,text,recipient", [
    ("en", "The European Union extended sanctions against Belarus by six months.", "Belarus"),
    ("en", "The European Union renewed its sanctions on Russia for another year.", "Russia"),
    ("it", "Il Consiglio dell'Ue ha prorogato di sei mesi le sanzioni contro la Bielorussia.", "Belarus"),
    ("it", "L'Unione europea ha rinnovato le sanzioni contro la Russia.", "Russia"),
])
def test_renewing_a_measure_is_imposing_it(extractor: Extractor, lang: str, text: str, recipient: str) -> None:
    assert ("SANCTION", ["European Union"], [recipient]) in event_triples(extractor, lang, text)


def test_a_renewal_verb_supports_only_its_own_object(extractor: Extractor) -> None:
    # "extended its deadline for the talks": the talks are no meeting the United States held
    assert event_triples(extractor, "en", "Washington extended its deadline for the talks.") == []


@pytest.mark.parametrize("lang,text,recipient", [
    ("en", "In Burkina Faso, the junta suspended the licence of the French broadcaster TV5 Monde for three months.",
     "TV5 Monde"),
    ("it", "In Burkina Faso la giunta ha sospeso per tre mesi le trasmissioni di Radio France Internationale.",
     "Radio France Internationale"),
])
def test_suspending_a_broadcaster_is_censorship(extractor: Extractor, lang: str, text: str, recipient: str) -> None:
    assert ("COERCE", ["government"], [recipient]) in event_triples(extractor, lang, text)


@pytest.mark.parametrize("lang,text,recipient", [
    ("en", "Spain sent two planes loaded with humanitarian aid to Morocco.", "Morocco"),
    ("it", "La Spagna ha inviato due aerei carichi di aiuti umanitari in Marocco.", "Morocco"),
])
def test_the_country_aid_is_sent_to_receives_it(extractor: Extractor, lang: str, text: str, recipient: str) -> None:
    assert ("AID", ["Spain"], [recipient]) in event_triples(extractor, lang, text)


def test_evacuating_people_is_aid(extractor: Extractor) -> None:
    found = event_triples(extractor, "it", "Gli elicotteri dell'esercito greco hanno evacuato circa 200 persone "
                                           "dalle zone colpite.")
    assert [event for event, _, _ in found] == ["AID"], found


@pytest.mark.parametrize("lang,text", [
    ("en", "Vietnam lodged a diplomatic protest with China on Monday."),
    ("it", "Il Vietnam ha presentato una protesta formale alla Cina."),
])
def test_a_protest_one_government_lodges_with_another_is_an_accusation(
        extractor: Extractor, lang: str, text: str) -> None:
    found = event_triples(extractor, lang, text)
    assert ("ACCUSE", ["Vietnam"], ["China"]) in found, found
    assert not any(event == "PROTEST" for event, _, _ in found), found


@pytest.mark.parametrize("lang,text", [
    ("en", "Washington designated the Tren de Aragua gang as a foreign terrorist organization."),
    ("it", "Washington ha designato la banda Tren de Aragua come organizzazione terroristica straniera."),
])
def test_a_terrorist_designation_is_a_sanction(extractor: Extractor, lang: str, text: str) -> None:
    found = event_triples(extractor, lang, text)
    assert [(event, actors) for event, actors, _ in found] == [("SANCTION", ["United States"])], found


def test_withdrawing_reservations_is_a_concession(extractor: Extractor) -> None:
    found = event_triples(extractor, "it", "Ungheria e Slovacchia hanno ritirato le ultime riserve sul pacchetto.")
    assert ("CONCEDE", ["Hungary", "Slovakia"], []) in found, found


@pytest.mark.parametrize("lang,text", [
    ("en", "The Nigerian army said it had sent additional units to villages in Borno."),
    ("it", "Il governo tanzaniano ha annunciato l'invio di rinforzi della polizia nella capitale Dodoma."),
])
def test_sending_units_or_reinforcements_is_a_deployment(extractor: Extractor, lang: str, text: str) -> None:
    assert "MOBILIZE" in [event for event, _, _ in event_triples(extractor, lang, text)]


def test_a_monitor_telling_an_agentless_passive_did_not_do_it(extractor: Extractor) -> None:
    # NetBlocks reports the restriction; it did not restrict anything
    found = event_triples(extractor, "en", "Internet access was severely restricted across Tanzania, NetBlocks said.")
    assert not any("NetBlocks" in actors for _, actors, _ in found), found


def test_an_authority_telling_an_agentless_passive_still_did_it(extractor: Extractor) -> None:
    found = event_triples(extractor, "en", "Police said 20 protesters were arrested in Nairobi.")
    assert ("COERCE", ["security forces"], ["protesters"]) in found, found
