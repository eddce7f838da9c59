"""Rules of the seventeenth session.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from cronaca.pipeline import Extractor
from cronaca.records import Article


def _events(extractor: Extractor, lang: str, text: str, published: str = "2025-06-04"
            ) -> list[tuple[str, list[str], list[str], str]]:
    """(type, actor names, recipient names, trigger text) of every event found in ``text``."""
    doc = extractor.process(Article(id="s17", text=text, published=published, language=lang))
    return [(e.event, [p.entity_name for p in e.actor], [p.entity_name for p in e.recipient], e.event_text)
            for e in doc.events]


def _entities(extractor: Extractor, lang: str, text: str) -> dict[str, str | None]:
    """Canonical name → country of every entity found in ``text``."""
    doc = extractor.process(Article(id="s17", text=text, published="2025-06-04", language=lang))
    return {e.entity_name: e.country for e in doc.entities}


@pytest.mark.parametrize("lang,text", [
    ("en", "LIMA, Peru — Thousands of people marched through the capital on Sunday to demand the release of "
     "jailed union leaders."),
    ("en", "LIMA, Peru — Retired teachers rallied outside the Justice Palace on Sunday, demanding higher pensions."),
    ("it", "LIMA - Migliaia di persone hanno manifestato domenica nel centro della capitale peruviana per chiedere "
     "la liberazione dei sindacalisti arrestati."),
    ("it", "LIMA - Centinaia di insegnanti in pensione hanno protestato domenica davanti al palazzo di giustizia "
     "del Perù, chiedendo pensioni più alte."),
])
def test_a_demand_told_as_the_aim_of_a_protest_is_part_of_that_protest(
        extractor: Extractor, lang: str, text: str) -> None:
    found = _events(extractor, lang, text)
    assert [kind for kind, *_ in found] == ["PROTEST"], found


@pytest.mark.parametrize("lang,text", [
    ("en", "LIMA, Peru — Thousands of people protested in the capital on Sunday, and union leaders demanded the "
     "release of their colleagues."),
    ("it", "LIMA - Migliaia di persone hanno protestato domenica nella capitale peruviana e i sindacati hanno "
     "chiesto la liberazione dei loro dirigenti."),
])
def test_a_demand_in_a_clause_of_its_own_stays_a_request(extractor: Extractor, lang: str, text: str) -> None:
    found = _events(extractor, lang, text)
    assert {"PROTEST", "REQUEST"} <= {kind for kind, *_ in found}, found


@pytest.mark.parametrize("lang,text,name,country", [
    ("en", "TBILISI, Georgia — The Constitutional Court rejected the opposition's appeal on Tuesday.",
     "Constitutional Court of Georgia", "GEO"),
    ("en", "BUENOS AIRES, Argentina — Pensioners rallied outside Congress on Wednesday against the veto.",
     "Congress of Argentina", "ARG"),
    ("it", "LIMA - Il Congresso ha approvato martedì la legge sulle Ong, contestata dall'opposizione peruviana.",
     "Congress of Peru", "PER"),
    ("en", "WASHINGTON — The Supreme Court ruled on Tuesday that the tariffs were unlawful.",
     "Supreme Court of the United States", "USA"),
])
def test_an_institution_every_country_has_is_named_after_its_country(
        extractor: Extractor, lang: str, text: str, name: str, country: str) -> None:
    found = _entities(extractor, lang, text)
    assert found.get(name) == country, found


def test_congress_in_a_story_from_washington_stays_the_united_states_congress(extractor: Extractor) -> None:
    found = _entities(extractor, "en", "WASHINGTON — Congress approved the spending bill on Tuesday.")
    assert found.get("United States Congress") == "USA", found


@pytest.mark.parametrize("lang,text", [
    ("en", "KYIV, Ukraine — \"We are running out of generators,\" a Ukrainian official told reporters, asking not "
     "to be named."),
    ("en", "KYIV, Ukraine — A Ukrainian official, who asked for anonymity, said the shelter was full."),
    ("it", "KIEV - «Non abbiamo più generatori», ha detto un funzionario ucraino, chiedendo di non essere "
     "nominato."),
    ("it", "KIEV - Un funzionario ucraino, che ha chiesto l'anonimato, ha detto che il rifugio è pieno."),
])
def test_asking_for_anonymity_is_no_request(extractor: Extractor, lang: str, text: str) -> None:
    found = _events(extractor, lang, text)
    assert "REQUEST" not in {kind for kind, *_ in found}, found


@pytest.mark.parametrize("lang,text", [
    ("en", "MOGADISHU, Somalia — Al-Shabaab militants attacked a beachside restaurant in Mogadishu on Friday "
     "night, killing at least 32 people."),
    ("it", "MOGADISCIO - I miliziani di al-Shabaab hanno attaccato venerdì sera un ristorante sulla spiaggia di "
     "Mogadiscio, uccidendo almeno 32 persone."),
])
def test_the_people_an_attack_killed_are_its_recipients(extractor: Extractor, lang: str, text: str) -> None:
    found = _events(extractor, lang, text)
    attacks = [(actors, recips) for kind, actors, recips, _ in found if kind == "ASSAULT"]
    assert len(attacks) == 1 and attacks[0][0] == ["al-Shabaab"], found
    assert attacks[0][1] in (["civilians"], ["Somalia"]), found


@pytest.mark.parametrize("lang,text,recipient", [
    ("en", "HANOI, Vietnam — Prime Minister Pham Minh Chinh ordered the army and police to evacuate residents from "
     "low-lying areas.", "armed forces"),
    ("it", "MOGADISCIO - Il presidente Hassan Sheikh Mohamud ha ordinato alle forze di sicurezza di intensificare le "
     "operazioni contro al-Shabaab.", "security forces"),
])
def test_an_order_to_ones_own_forces_with_no_deployment_is_a_request_to_them(
        extractor: Extractor, lang: str, text: str, recipient: str) -> None:
    found = _events(extractor, lang, text)
    requests = [recips for kind, _, recips, _ in found if kind == "REQUEST"]
    assert len(requests) == 1 and recipient in requests[0], found


@pytest.mark.parametrize("lang,text,actor", [
    ("en", "MANILA, Philippines — Defense Secretary Gilberto Teodoro said he had ordered the Philippine Navy to send "
     "two more patrol ships to the area.", "Gilberto Teodoro"),
    ("en", "QUITO, Ecuador — President Daniel Noboa ordered soldiers onto the streets of Guayaquil.", "Daniel Noboa"),
    ("it", "MANILA - Il presidente Ferdinand Marcos Jr. ha ordinato alla Marina di inviare due fregate nella zona.",
     "Ferdinand Marcos Jr."),
])
def test_an_order_to_ones_own_forces_to_deploy_is_the_orderers_deployment(
        extractor: Extractor, lang: str, text: str, actor: str) -> None:
    found = _events(extractor, lang, text)
    assert [(kind, actors) for kind, actors, _, _ in found] == [("MOBILIZE", [actor])], found


@pytest.mark.parametrize("lang,text,event,actor", [
    ("en", "BRUSSELS — The European Union said it would impose new sanctions on Russia.", "SANCTION", "European Union"),
    ("it", "BRUXELLES - L'Unione europea ha detto che imporrà nuove sanzioni alla Russia.", "SANCTION",
     "European Union"),
    ("en", "KABUL — The United Nations Assistance Mission in Afghanistan said it had received credible reports of "
     "civilian casualties and called for an independent investigation.", "REQUEST",
     "United Nations Assistance Mission in Afghanistan"),
])
def test_the_pronoun_of_a_reported_clause_is_the_speaker(
        extractor: Extractor, lang: str, text: str, event: str, actor: str) -> None:
    found = _events(extractor, lang, text)
    assert [actors for kind, actors, _, _ in found if kind == event] == [[actor]], found


def test_an_imperative_in_a_quote_is_not_the_speakers_act(extractor: Extractor) -> None:
    text = ("LA PAZ, Bolivia — “Stand down and send these soldiers back to their barracks now,” President Luis "
            "Arce told the general, according to a video released by the presidency.")
    found = _events(extractor, "en", text)
    assert "MOBILIZE" not in {kind for kind, *_ in found}, found


@pytest.mark.parametrize("lang,text", [
    ("en", "NAIROBI, Kenya — Interior Minister Kipchumba Murkomen on Tuesday accused the opposition of planning "
     "riots and said police had arrested 30 people in the capital since Monday."),
    ("it", "NAIROBI - Il ministro dell'Interno keniano Kipchumba Murkomen ha accusato martedì l'opposizione di "
     "aver pianificato disordini e ha detto che la polizia ha arrestato 30 persone nella capitale da lunedì."),
])
def test_a_finite_verb_coordinated_with_an_accusation_is_the_next_act_not_its_content(
        extractor: Extractor, lang: str, text: str) -> None:
    found = _events(extractor, lang, text)
    assert {"ACCUSE", "COERCE"} <= {kind for kind, *_ in found}, found


@pytest.mark.parametrize("lang,text,actor", [
    ("en", "BUENOS AIRES, Argentina — Police fired tear gas at the crowd on Wednesday.\n\nAmnesty International's "
     "Argentine branch called on the authorities to investigate the use of force and to guarantee the right to "
     "peaceful protest.\n\nRetirees have rallied outside Congress every Wednesday for months.",
     "Amnesty International"),
    ("en", "GENEVA — The UN's human rights office called for an independent investigation into the killings in "
     "Sudan.", "United Nations"),
])
def test_a_part_of_an_organisation_as_subject_acts_for_it(
        extractor: Extractor, lang: str, text: str, actor: str) -> None:
    found = _events(extractor, lang, text)
    assert [actors for kind, actors, _, _ in found if kind == "REQUEST"] == [[actor]], found


@pytest.mark.parametrize("lang,text", [
    ("en", "KABUL, Afghanistan — Pakistani warplanes struck several villages in Paktika province overnight, killing "
     "at least 29 people, the Taliban government said on Wednesday, vowing to retaliate."),
    ("en", "MOSCOW — Foreign Ministry spokeswoman Maria Zakharova said Russia would respond to the expulsions."),
    ("en", "KABUL, Afghanistan — The Taliban government said it would not leave the attack unanswered."),
    ("it", "MOSCA - La portavoce del ministero degli Esteri Maria Zakharova ha detto che la Russia risponderà alle "
     "espulsioni."),
    ("it", "KABUL - Il governo dei talebani ha detto che l'attacco non resterà senza risposta."),
])
def test_an_answer_promised_to_an_act_is_a_threat(extractor: Extractor, lang: str, text: str) -> None:
    found = _events(extractor, lang, text)
    assert "THREATEN" in {kind for kind, *_ in found}, found


@pytest.mark.parametrize("lang,text", [
    ("en", "LONDON — The Foreign Office said it would respond to the letter in due course."),
    ("it", "LONDRA - Il ministero degli Esteri britannico ha detto che risponderà alla lettera per iscritto."),
])
def test_answering_a_letter_is_no_threat(extractor: Extractor, lang: str, text: str) -> None:
    found = _events(extractor, lang, text)
    assert "THREATEN" not in {kind for kind, *_ in found}, found


@pytest.mark.parametrize("lang,text", [
    ("en", "MANILA, Philippines — President Ferdinand Marcos Jr. said on Thursday that his country would not be "
     "intimidated."),
    ("it", "ISTANBUL - «Non mi piegherò», ha scritto il sindaco Ekrem İmamoğlu in un messaggio diffuso dai suoi "
     "avvocati."),
])
def test_defying_a_pressure_is_a_rejection(extractor: Extractor, lang: str, text: str) -> None:
    found = _events(extractor, lang, text)
    assert "REJECT" in {kind for kind, *_ in found}, found


@pytest.mark.parametrize("lang,text,actor,recipient", [
    ("en", "CHISINAU, Moldova — The European Union's foreign policy chief, Kaja Kallas, said on Tuesday that the "
     "bloc stood firmly with Moldova.", "Kaja Kallas", "Moldova"),
    ("it", "BUDAPEST - Il premier ungherese Viktor Orbán ha scritto su X di stare «senza esitazioni dalla parte di "
     "Marine Le Pen».", "Viktor Orbán", "Marine Le Pen"),
])
def test_standing_with_a_side_is_support(extractor: Extractor, lang: str, text: str, actor: str,
                                         recipient: str) -> None:
    found = _events(extractor, lang, text)
    assert ("SUPPORT", [actor], [recipient]) in [(k, a, r) for k, a, r, _ in found], found


def test_offering_support_is_support_not_an_offer(extractor: Extractor) -> None:
    text = ("LA PAZ, Bolivia — Brazilian President Luiz Inácio Lula da Silva telephoned President Luis Arce to offer "
            "his support, Brazil's presidency said.")
    found = _events(extractor, "en", text)
    kinds = {kind for kind, *_ in found}
    assert "SUPPORT" in kinds and "AGREE" not in kinds, found


@pytest.mark.parametrize("lang,text,speaker", [
    ("en", "PORT SUDAN, Sudan — \"What happened this morning in the camp is a massacre of people who have nowhere "
     "else to go,\" Health Minister Haitham Mohamed Ibrahim told reporters.", "Haitham Mohamed Ibrahim"),
    ("en", "BEIJING — The China Coast Guard said in a statement that the Philippine vessel had \"illegally "
     "intruded\" into waters around the shoal.", "China Coast Guard"),
    ("it", "PORT-AU-PRINCE - «È una strage di innocenti», ha dichiarato il primo ministro haitiano Alix Didier "
     "Fils-Aimé.", "Alix Didier Fils-Aimé"),
])
def test_a_charge_in_the_speakers_own_words_is_an_accusation(
        extractor: Extractor, lang: str, text: str, speaker: str) -> None:
    found = _events(extractor, lang, text)
    assert [actors for kind, actors, _, _ in found if kind == "ACCUSE"] == [[speaker]], found


@pytest.mark.parametrize("lang,text", [
    ("en", "LA PAZ, Bolivia — Interior Minister Eduardo del Castillo dismissed the claim as \"the lies of a coup "
     "plotter\"."),
    ("it", "LA PAZ - Il ministro dell'Interno Eduardo del Castillo ha liquidato le affermazioni come propaganda "
     "golpista."),
])
def test_dismissing_a_claim_as_lies_is_an_accusation(extractor: Extractor, lang: str, text: str) -> None:
    found = _events(extractor, lang, text)
    assert [actors for kind, actors, _, _ in found if kind == "ACCUSE"] == [["Eduardo del Castillo"]], found
