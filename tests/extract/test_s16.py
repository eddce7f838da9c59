"""Event rules of the sixteenth session.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from cronaca.pipeline import Extractor
from cronaca.records import Article


def _events(extractor: Extractor, lang: str, text: str, published: str = "2025-06-04"
            ) -> list[tuple[str, list[str], list[str], str]]:
    """(type, actor names, recipient names, trigger text) of every event found in ``text``."""
    doc = extractor.process(Article(id="s16", text=text, published=published, language=lang))
    return [(e.event, [p.entity_name for p in e.actor], [p.entity_name for p in e.recipient], e.event_text)
            for e in doc.events]


def test_he_stands_for_the_person_who_acted_last_not_a_country_named_in_passing(extractor: Extractor) -> None:
    text = ("Foreign Minister Penny Wong held talks with Indonesian officials in Jakarta on Monday and said "
            "Australia's commitment to the region remained firm. She also accused Beijing of intimidating "
            "fishing crews near the disputed reefs.")
    found = _events(extractor, "en", text)
    accusations = [(actors, recips) for kind, actors, recips, _ in found if kind == "ACCUSE"]
    assert accusations == [(["Penny Wong"], ["China"])], found


@pytest.mark.parametrize("lang,text", [
    ("en", "Foreign Minister Radosław Sikorski accused Russia on Monday of sabotaging railway lines in Poland. "
     "On Monday he also accused Belarus of pushing migrants across the border."),
    ("it", "Il ministro degli Esteri Radosław Sikorski ha accusato lunedì la Russia di sabotare le ferrovie "
     "polacche. Lunedì lui ha anche accusato la Bielorussia di spingere i migranti oltre il confine."),
])
def test_the_same_speaker_turning_on_someone_else_makes_a_second_statement(
        extractor: Extractor, lang: str, text: str) -> None:
    found = _events(extractor, lang, text)
    accusations = sorted(tuple(recips) for kind, _, recips, _ in found if kind == "ACCUSE")
    assert accusations == [("Belarus",), ("Russia",)], found


@pytest.mark.parametrize("lang,text", [
    ("en", "North Korea's latest launch came hours before the summit in Seoul. The object flew about 900 "
     "kilometres, officials said. In Tokyo, Prime Minister Shigeru Ishiba condemned the launch and called for calm."),
    ("it", "Il lancio della Corea del Nord è avvenuto poche ore prima del vertice di Seul. L'oggetto ha percorso "
     "circa 900 chilometri, hanno riferito i funzionari. A Tokyo il primo ministro Shigeru Ishiba ha condannato "
     "il lancio."),
])
def test_an_act_judged_by_a_noun_the_story_used_before_is_its_earlier_owners(
        extractor: Extractor, lang: str, text: str) -> None:
    found = _events(extractor, lang, text)
    judged = [recips for kind, actors, recips, _ in found if kind == "ACCUSE" and actors == ["Shigeru Ishiba"]]
    assert judged == [["North Korea"]], found



@pytest.mark.parametrize("lang,text,actor", [
    ("en", "The Sudan Doctors Network said 40 people were killed in El Fasher. The group blamed the RSF for the "
     "shelling.", "Sudan Doctors Network"),
    ("it", "Medici senza frontiere ha detto che 40 persone sono state uccise a El Fasher. L'organizzazione ha "
     "accusato le milizie dei bombardamenti.", "Médecins Sans Frontières"),
])
def test_the_group_stands_for_the_organisation_that_spoke_just_before(
        extractor: Extractor, lang: str, text: str, actor: str) -> None:
    found = _events(extractor, lang, text)
    assert any(kind == "ACCUSE" and actors == [actor] for kind, actors, _, _ in found), found


def test_a_group_with_its_own_description_is_no_earlier_organisation(extractor: Extractor) -> None:
    text = ("The Sudan Doctors Network said 40 people were killed in El Fasher. The armed group blamed the army "
            "for the shelling.")
    found = _events(extractor, "en", text)
    assert not any(actors == ["Sudan Doctors Network"] and kind == "ACCUSE" for kind, actors, _, _ in found), found


@pytest.mark.parametrize("lang,text,actor", [
    ("en", "Foreign Minister Sergei Lavrov on Tuesday called the new sanctions by the European Union a hostile step.",
     "Sergey Lavrov"),
    ("en", "President Nicolás Maduro branded the report by the United Nations slanderous.", "Nicolás Maduro"),
    ("it", "Il ministro degli Esteri Sergei Lavrov ha definito martedì le nuove sanzioni dell'Unione europea "
     "«un passo ostile».", "Sergey Lavrov"),
    ("it", "Il presidente Nicolás Maduro ha definito il rapporto delle Nazioni Unite «calunnioso».", "Nicolás Maduro"),
])
def test_calling_an_act_hostile_or_slanderous_is_a_disapproval(
        extractor: Extractor, lang: str, text: str, actor: str) -> None:
    found = _events(extractor, lang, text)
    assert any(kind == "ACCUSE" and actor in actors for kind, actors, _, _ in found), found


def test_a_city_engulfed_in_fighting_is_no_party_to_it(extractor: Extractor) -> None:
    text = "The government has been based in Port Sudan since the capital Khartoum was engulfed in fighting."
    found = _events(extractor, "en", text)
    assert not any(kind == "ASSAULT" and actors for kind, actors, _, _ in found), found


@pytest.mark.parametrize("lang,text", [
    ("en", "Air defences shot down most of the 14 drones launched at Kharkiv before dawn, the regional governor "
     "said, and blamed Russia."),
    ("it", "La difesa aerea ha abbattuto la maggior parte dei 14 droni lanciati su Kharkiv prima dell'alba, ha "
     "detto il governatore regionale, che ha incolpato la Russia."),
])
def test_a_bare_blame_names_the_doer_of_the_attack_just_told(extractor: Extractor, lang: str, text: str) -> None:
    found = _events(extractor, lang, text)
    assert any(kind == "ASSAULT" and actors == ["Russia"] for kind, actors, _, _ in found), found


def test_an_anniversary_marks_the_act_it_recalls_as_background(extractor: Extractor) -> None:
    doc = extractor.process(Article(id="s16", text="On the third anniversary of the invasion of Ukraine by Russia, "
                                    "European ministers approved new sanctions.", published="2025-02-25",
                                    language="en"))
    invasions = [e for e in doc.events if e.event == "ASSAULT"]
    assert invasions and all("historical" in e.auxiliary for e in invasions), [e.to_dict() for e in doc.events]


@pytest.mark.parametrize("lang,text", [
    ("it", "GIACARTA - Ieri migliaia di persone hanno protestato a Giacarta dopo la morte di un giovane rider. Il "
     "ragazzo aveva 21 anni. Lavorava per un'app di consegne. La famiglia chiede giustizia. Ieri sera i manifestanti "
     "si sono radunati davanti al parlamento. La polizia ha risposto con gas lacrimogeni e idranti."),
    ("en", "JAKARTA - Thousands of people protested in Jakarta on Friday after the death of a young delivery rider. "
     "He was 21. He worked for a delivery app. His family wants justice. On Friday evening the protesters gathered "
     "outside parliament. Police responded with tear gas and water cannon."),
])
def test_police_answer_the_protest_a_later_mention_brought_back(extractor: Extractor, lang: str, text: str) -> None:
    doc = extractor.process(Article(id="s16", text=text, published="2025-08-30", language=lang))
    force = [[p.entity_name for p in e.recipient] for e in doc.events if e.event == "ASSAULT"]
    assert force == [["protesters"]], force


def _entity_names(extractor: Extractor, lang: str, text: str) -> list[str]:
    doc = extractor.process(Article(id="s16", text=text, published="2025-06-04", language=lang))
    return [e.entity_name for e in doc.entities]


@pytest.mark.parametrize("lang,text,word", [
    ("it", "La procura vuole perseguirlo per sostegno a un'organizzazione terroristica. Poche ore dopo il "
     "ministero dell'Interno lo ha sospeso.", "Poche"),
    ("en", "Prosecutors accused him of links to a banned organisation. Hours later the interior ministry "
     "suspended him.", "Hours"),
])
def test_a_sentence_opening_after_an_organisation_noun_is_no_name(
        extractor: Extractor, lang: str, text: str, word: str) -> None:
    assert word not in _entity_names(extractor, lang, text)


@pytest.mark.parametrize("lang,text,name", [
    ("it", "ROMA - Sciopero generale in Italia. Il ministero della Pubblica amministrazione parla di un'adesione "
     "del 9% tra i dipendenti.", "Ministry of Public Administration of Italy"),
    ("en", "ROME - A general strike hit Italy on Friday. The public administration ministry put turnout at 9 "
     "percent.", "Ministry of Public Administration of Italy"),
])
def test_more_portfolios_name_a_ministry(extractor: Extractor, lang: str, text: str, name: str) -> None:
    assert name in _entity_names(extractor, lang, text)


def _speakers(extractor: Extractor, lang: str, text: str) -> list[str | None]:
    doc = extractor.process(Article(id="s16", text=text, published="2025-06-04", language=lang))
    return [q.speaker.entity_name if q.speaker else None for q in doc.quotes]


@pytest.mark.parametrize("lang,text,speaker", [
    # the group is the organisation that was the subject, not the army its clause fought, nor the channel
    ("en", "The RSF, which has been fighting the Sudanese army since April 2023, denied targeting civilians. In a "
     "message posted on Telegram, the group said its fighters had only returned fire, and accused the military "
     "of using the camp as \"a human shield.\"", "RSF"),
])
def test_the_group_that_speaks_is_the_organisation_that_was_the_subject(
        extractor: Extractor, lang: str, text: str, speaker: str) -> None:
    assert _speakers(extractor, lang, text) == [speaker]


@pytest.mark.parametrize("lang,text", [
    ("en", "The National Liberation Army attacked a police post in Tibu on Sunday. In a statement on Monday, its "
     "central command said the government was \"looking for excuses\" to avoid talks."),
    ("it", "L'Esercito di liberazione nazionale ha attaccato domenica un posto di polizia a Tibú. In una nota lunedì, "
     "il suo comando centrale ha detto che il governo «cerca scuse» per evitare il dialogo."),
])
def test_its_command_speaks_for_the_organisation(extractor: Extractor, lang: str, text: str) -> None:
    assert _speakers(extractor, lang, text) == ["National Liberation Army"]


@pytest.mark.parametrize("lang,text", [
    ("en", "U.S. special envoy Tom Barrack, who helped broker the truce, wrote on X that the ceasefire was \"a first "
     "step\"."),
    ("it", "L'inviato speciale statunitense Tom Barrack, che ha contribuito a negoziare la tregua, ha scritto su X "
     "che il cessate il fuoco è «un primo passo»."),
])
def test_the_platform_a_speaker_wrote_on_never_speaks(extractor: Extractor, lang: str, text: str) -> None:
    assert _speakers(extractor, lang, text) == ["Tom Barrack"]


def test_the_stati_of_gli_stati_uniti_is_no_passive_auxiliary(extractor: Extractor) -> None:
    found = _events(extractor, "it", "NIAMEY - Gli Stati Uniti ritireranno tutti i loro militari dal Niger entro "
                                     "il 15 settembre.")
    assert [(kind, actors) for kind, actors, _, _ in found] == [("CONCEDE", ["United States"])], found


@pytest.mark.parametrize("lang,text", [
    ("en", "They came hours after Pakistan's special envoy for Afghanistan, Mohammad Sadiq, held talks in Kabul on "
     "Tuesday with the Taliban's acting foreign minister, Amir Khan Muttaqi, on trade and security. Sadiq had "
     "described the meeting on X as \"productive.\""),
    ("it", "L'inviato pakistano Mohammad Sadiq ha avuto colloqui martedì a Kabul con Amir Khan Muttaqi. Sadiq ha "
     "definito l'incontro su X «produttivo»."),
])
def test_the_platform_a_meeting_was_described_on_takes_no_part_in_it(
        extractor: Extractor, lang: str, text: str) -> None:
    found = _events(extractor, lang, text)
    assert not any("X" in actors + recips for _, actors, recips, _ in found), found


@pytest.mark.parametrize("text,name", [
    ("L'Unhcr ha ricordato che il soccorso in mare è un obbligo.", "United Nations High Commissioner for Refugees"),
    ("L'Alto commissariato dell'Onu per i rifugiati (Unhcr) ha ricordato che il soccorso è un obbligo.",
     "United Nations High Commissioner for Refugees"),
])
def test_an_acronym_with_one_capital_after_an_article_is_the_organisation(
        extractor: Extractor, text: str, name: str) -> None:
    assert name in _entity_names(extractor, "it", text)


def test_a_one_capital_word_without_an_article_is_no_acronym(extractor: Extractor) -> None:
    names = _entity_names(extractor, "it", "«Uno sciopero politico», ha detto Matteo Salvini.")
    assert "United Nations" not in names, names


def test_a_ministry_of_security(extractor: Extractor) -> None:
    names = _entity_names(extractor, "en", "BUENOS AIRES - Argentina's Security Ministry said 20 people were "
                                           "arrested.")
    assert "Ministry of Security of Argentina" in names, names


@pytest.mark.parametrize("lang,text", [
    ("en", "India will withdraw its military personnel from the Maldives by May."),
    ("it", "Gli Stati Uniti ritireranno i loro consiglieri militari dal Niger entro settembre."),
])
def test_withdrawing_personnel_or_advisers_is_a_withdrawal(extractor: Extractor, lang: str, text: str) -> None:
    found = _events(extractor, lang, text)
    assert [kind for kind, _, _, _ in found] == ["CONCEDE"], found


@pytest.mark.parametrize("text,recipient", [
    ("Gli Stati Uniti ritireranno tutti i loro militari dal Niger entro il 15 settembre.", "Niger"),
    ("La Francia ha richiamato il suo ambasciatore da Algeri.", "Algeria"),
])
def test_in_an_active_clause_da_names_the_state_a_withdrawal_leaves(
        extractor: Extractor, text: str, recipient: str) -> None:
    found = _events(extractor, "it", text)
    assert [recips for _, _, recips, _ in found] == [[recipient]], found
