"""Event rules of the twelfth session.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from cronaca.pipeline import Extractor
from cronaca.records import Article

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


@pytest.mark.parametrize("lang,text,recipient", [
    ("en", "President Aleksandar Vucic accused the opposition of planning riots.", "opposition"),
    ("en", "President Aleksandar Vucic spoke on television, accusing protesters of planning riots.", "protesters"),
])
def test_a_leaders_accusation_of_an_unplaced_group_is_of_his_countrys_group(
        extractor: Extractor, lang: str, text: str, recipient: str) -> None:
    assert ("ACCUSE", ["Aleksandar Vučić"], [recipient]) in event_triples(extractor, lang, text)


def test_a_participle_of_speech_after_a_reported_passive_is_the_speakers(extractor: Extractor) -> None:
    # "accusing" hangs on "injured" in the parse; the officers injured do not accuse: the ministry does
    found = event_triples(extractor, "en", "The ministry said 113 police officers had been injured, accusing "
                                           "demonstrators of hurling fireworks and stones.")
    assert [(event, actors) for event, actors, _ in found if event == "ACCUSE"] == [("ACCUSE", ["government"])], found


@pytest.mark.parametrize("lang,text,recipient", [
    ("en", "President Aleksandar Vucic described the protests as a foreign plot.", "protesters"),
    ("en", "President Donald Trump has described the case against Jair Bolsonaro as a witch hunt.", "Jair Bolsonaro"),
    ("it", "Il presidente Aleksandar Vucic ha definito le proteste un complotto straniero.", "protesters"),
])
def test_calling_something_by_a_damning_name_is_an_accusation(
        extractor: Extractor, lang: str, text: str, recipient: str) -> None:
    found = event_triples(extractor, lang, text)
    assert any(event == "ACCUSE" and recipient in recips for event, _, recips in found), found


@pytest.mark.parametrize("lang,text", [
    ("en", "President Aleksandar Vucic described the talks as constructive."),
    ("it", "Il presidente Aleksandar Vucic ha definito il vertice un successo."),
])
def test_calling_something_by_a_good_name_is_no_accusation(extractor: Extractor, lang: str, text: str) -> None:
    assert not any(event == "ACCUSE" for event, _, _ in event_triples(extractor, lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Japan conveyed its concerns to China through diplomatic channels."),
    ("it", "Il Giappone ha manifestato preoccupazione alla Cina per le esercitazioni."),
])
def test_conveyed_concerns_are_disapproval(extractor: Extractor, lang: str, text: str) -> None:
    assert event_triples(extractor, lang, text) == [("ACCUSE", ["Japan"], ["China"])]


def test_a_second_verb_sharing_the_subject_keeps_its_own_object(extractor: Extractor) -> None:
    found = event_triples(extractor, "it", "Il presidente della Campania, Vincenzo De Luca, ha definito il "
                                           "provvedimento «un'aggressione» e ha accusato il ministro della Salute, "
                                           "Orazio Schillaci, di mentire.")
    assert ("ACCUSE", ["Vincenzo De Luca"], ["Orazio Schillaci"]) in found, found


def test_an_act_an_inquiry_is_for_is_no_event(extractor: Extractor) -> None:
    found = event_triples(extractor, "it", "La procura di Agrigento ha aperto un'inchiesta per naufragio colposo e "
                                           "omicidio plurimo.")
    assert [event for event, _, _ in found] == ["ACCUSE"], found


@pytest.mark.parametrize("text", [
    "Gunmen arrived in the village on motorcycles and opened fire on residents, killing 12 people in Zamfara, Nigeria.",
    "Smugglers arrived in Lampedusa with 50 migrants, Italian police said.",
])
def test_the_arrival_of_gunmen_or_smugglers_is_no_visit(extractor: Extractor, text: str) -> None:
    assert not any(event == "CONSULT" for event, _, _ in event_triples(extractor, "en", text))


def test_a_leaders_arrival_is_still_a_visit(extractor: Extractor) -> None:
    assert ("CONSULT", ["Bola Tinubu"], ["Zamfara"]) in event_triples(
        extractor, "en", "President Bola Tinubu arrived in Zamfara on Monday.")


def test_water_invading_streets_is_no_assault(extractor: Extractor) -> None:
    found = event_triples(extractor, "it", "La ministra Teresa Ribera ha accusato la Generalitat di aver inviato "
                                           "l'allerta quando l'acqua aveva già invaso le strade.")
    assert not any(event == "ASSAULT" for event, _, _ in found), found


@pytest.mark.parametrize("lang,text,actor", [
    ("en", '"Anyone who tries to disturb public order will face the full force of the law," Interior Minister Paul '
           'Atanga Nji told reporters in Yaounde.', "Paul Atanga Nji"),
    ("it", "«Chi cospira contro la patria pagherà con tutto il peso della legge», ha detto il ministro dell'Interno "
           "venezuelano Diosdado Cabello.", "Diosdado Cabello"),
])
def test_a_threat_in_the_speakers_own_words(extractor: Extractor, lang: str, text: str, actor: str) -> None:
    assert ("THREATEN", [actor]) in [(event, actors) for event, actors, _ in event_triples(extractor, lang, text)]


def test_a_threat_phrase_outside_a_quote_is_no_threat(extractor: Extractor) -> None:
    # "will be punished" told by the reporter, not said by anyone
    found = event_triples(extractor, "en", "Under the new law, officials who take bribes will be punished with ten "
                                           "years in prison, Kenyan media reported.")
    assert not any(event == "THREATEN" for event, _, _ in found), found


@pytest.mark.parametrize("lang,text", [
    ("it", "Alcune centinaia di sostenitori dell'opposizione si sono radunati ieri sera davanti al tribunale di "
           "Ankara."),
    ("it", "Una quindicina di attivisti di Greenpeace ha manifestato davanti all'ambasciata della Norvegia a Roma."),
    ("en", "Hundreds of opposition supporters gathered outside the court in Ankara on Monday."),
    ("en", "Dozens of students occupied the university rectorate in Belgrade."),
])
def test_gatherings_and_occupations_of_protesters_are_protests(extractor: Extractor, lang: str, text: str) -> None:
    found = event_triples(extractor, lang, text)
    assert [event for event, _, _ in found] == ["PROTEST"], found


@pytest.mark.parametrize("lang,text", [
    ("it", "Il ministro ha manifestato preoccupazione per la situazione in Libia."),
    ("en", "Leaders gathered in Brussels for the summit dinner."),
])
def test_gatherings_and_feelings_are_no_protest(extractor: Extractor, lang: str, text: str) -> None:
    assert not any(event == "PROTEST" for event, _, _ in event_triples(extractor, lang, text))


def _located(extractor: Extractor, lang: str, text: str) -> list[tuple[str, str | None]]:
    doc = extractor.process(Article(id="t", text=text, published="2025-10-20", language=lang))
    return [(e.event, e.event_loc.name if e.event_loc else None) for e in doc.events]


@pytest.mark.parametrize("lang,text", [
    ("it", "Da Bruxelles, la commissaria europea per l'Allargamento Marta Kos ha chiesto ad Ankara di garantire un "
           "processo equo."),
    ("en", "From Brussels, EU enlargement commissioner Marta Kos urged Ankara to guarantee a fair trial."),
])
def test_a_statement_is_made_where_the_sentence_opens_from_not_in_the_capital_addressed(
        extractor: Extractor, lang: str, text: str) -> None:
    assert _located(extractor, lang, text) == [("REQUEST", "Brussels")]


def test_aid_sent_to_a_place_is_delivered_there(extractor: Extractor) -> None:
    found = _located(extractor, "it", "Intanto la Giordania ha inviato a Gaza 30 camion carichi di farina.")
    assert ("AID", "Gaza Strip") in found or ("AID", "Gaza") in found, found


@pytest.mark.parametrize("lang,text,actor", [
    ("it", "A Barquisimeto il presidio è stato disperso dalla Guardia nazionale bolivariana con gas lacrimogeni e "
           "proiettili di gomma.", "Bolivarian National Guard"),
    ("it", "Fuori dal carcere di Silivri, in Turchia, la polizia ha disperso con spray al peperoncino alcune centinaia "
           "di sostenitori del sindaco.", "security forces"),
])
def test_a_dispersal_with_its_means_far_from_the_verb_is_crowd_control(
        extractor: Extractor, lang: str, text: str, actor: str) -> None:
    assert ("ASSAULT", [actor], ["protesters"]) in event_triples(extractor, lang, text)


@pytest.mark.parametrize("lang,text,recipient", [
    ("en", "National Police commander Victor Hugo Zarate said officers had arrested nine suspects in raids across "
           "Guayaquil, Ecuador.", ("suspects", "ECU")),
    ("it", "In Spagna la Guardia Civil ha arrestato almeno 50 persone per i saccheggi nei centri commerciali.",
     ("civilians", "ESP")),
])
def test_the_unnamed_people_arrested_receive_the_arrest(extractor: Extractor, lang: str, text: str,
                                                         recipient: tuple[str, str]) -> None:
    doc = extractor.process(Article(id="t", text=text, published="2025-10-20", language=lang))
    found = [(e.event, [(p.entity_name, p.country) for p in e.recipient]) for e in doc.events]
    assert ("COERCE", [recipient]) in found, found


def test_arrested_people_in_a_protest_story_are_still_protesters(extractor: Extractor) -> None:
    found = event_triples(extractor, "en", "Thousands of students marched in Belgrade against the government. "
                                           "Police arrested 40 people after clashes near parliament.")
    assert ("COERCE", ["security forces"], ["protesters"]) in found, found


def test_both_sides_right_after_the_verb_are_its_object(extractor: Extractor) -> None:
    found = event_triples(extractor, "en", "Israel struck Hezbollah positions in southern Lebanon on Thursday. The UN "
                                           "peacekeeping force UNIFIL urged both sides to respect Security Council "
                                           "resolution 1701.")
    assert ("REQUEST", ["UNIFIL"], ["Israel", "Hezbollah"]) in found, found


def test_signs_of_something_are_no_signing(extractor: Extractor) -> None:
    found = event_triples(extractor, "en", "Public Defender Levan Ioseliani said his office had documented signs of "
                                           "ill-treatment in Tbilisi, Georgia.")
    assert not any(event == "SUPPORT" for event, _, _ in found), found


@pytest.mark.parametrize("lang,text", [
    ("it", "Il presidente Ferdinand Marcos Jr. ha detto che le Filippine non cederanno un centimetro del loro "
           "territorio."),
    ("en", "President Ferdinand Marcos Jr. said the Philippines would not cede an inch of its territory."),
])
def test_a_concession_refused_is_a_rejection(extractor: Extractor, lang: str, text: str) -> None:
    assert [event for event, _, _ in event_triples(extractor, lang, text)] == ["REJECT"]


@pytest.mark.parametrize("lang,text,recipient", [
    ("it", "L'Italia ha annunciato un primo contributo di un milione di euro in aiuti umanitari per l'Afghanistan.",
     "Afghanistan"),
    ("en", "Japan announced a contribution of 10 million dollars to the World Food Programme for Sudan.",
     "World Food Programme"),
])
def test_a_money_contribution_is_aid(extractor: Extractor, lang: str, text: str, recipient: str) -> None:
    found = event_triples(extractor, lang, text)
    assert any(event == "AID" and recipient in recips for event, _, recips in found), found


def test_a_purpose_clause_tells_what_is_wanted_not_what_happened(extractor: Extractor) -> None:
    found = event_triples(extractor, "it", "Il ministro degli Esteri ucraino Andrii Sybiha ha chiesto agli alleati di "
                                           "aumentare la pressione su Mosca perché accetti un cessate il fuoco.")
    assert len(found) == 1 and found[0][1] == ["Andrii Sybiha"], found


@pytest.mark.parametrize("lang,text", [
    ("it", "Il primo ministro haitiano Alix Didier Fils-Aimé ha promesso una risposta «implacabile» contro le bande."),
    ("en", "Haitian Prime Minister Alix Didier Fils-Aime promised a relentless response against the gangs."),
])
def test_a_promised_response_against_someone_is_a_threat(extractor: Extractor, lang: str, text: str) -> None:
    found = event_triples(extractor, lang, text)
    assert [(event, recips) for event, _, recips in found] == [("THREATEN", ["criminals"])], found


@pytest.mark.parametrize("lang,text,event", [
    ("en", "Lithuania, Latvia and Estonia banned eleven Georgian officials from entering their countries.", "SANCTION"),
    ("it", "Lituania, Lettonia ed Estonia hanno vietato l'ingresso nei rispettivi Paesi a undici funzionari georgiani.",
     "SANCTION"),
    ("en", "President Gustavo Petro suspended peace talks with the ELN on Friday.", "SANCTION"),
    ("it", "Il presidente Gustavo Petro aveva sospeso i negoziati di pace con l'Eln.", "SANCTION"),
    ("en", "The French government blocked TikTok in New Caledonia.", "COERCE"),
    ("it", "Il governatore dello Zamfara, Dauda Lawal, ha fatto distribuire viveri e coperte agli sfollati.", "AID"),
])
def test_entry_bans_suspended_talks_blocked_platforms_and_distributions(
        extractor: Extractor, lang: str, text: str, event: str) -> None:
    assert [e for e, _, _ in event_triples(extractor, lang, text)] == [event]


def test_an_assault_noun_names_the_attackers_of_an_agentless_killing(extractor: Extractor) -> None:
    found = event_triples(extractor, "it", "A Lascahobas, in Haiti, almeno 27 persone sono state uccise nell'assalto "
                                           "delle bande armate.")
    assert ("ASSAULT", ["criminals"], ["civilians"]) in found, found
