"""Recipients that refer back: "both sides", "the three governments", "the military", and the Italian
"ha invitato X a ..." appeal.  Short sentences written for these tests, in both languages."""

from __future__ import annotations

import re

import pytest

from cronaca.pipeline import Extractor
from cronaca.records import Article, Event, Participant


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def coded(extractor: Extractor, language: str, text: str) -> list[Event]:
    doc = extractor.process(Article(id="r", text=text, published="2025-06-02", language=language))
    for e in doc.events:
        for p in (*e.actor, *e.recipient):
            assert p.span is None or text[p.span.start:p.span.end] == p.raw_text
    return list(doc.events)


def named(parts: tuple[Participant, ...], spec: str) -> bool:
    """Some participant is ``spec``: its country code or a word of its canonical name."""
    return any(p.country == spec or re.search(rf"\b{re.escape(spec)}\b", p.entity_name or "", re.IGNORECASE)
               for p in parts)


def describe(found: list[Event]) -> list[tuple[str, list[str], list[str]]]:
    return [(e.event, [p.entity_name for p in e.actor], [p.entity_name for p in e.recipient]) for e in found]


def event_with(found: list[Event], event: str, actor: str) -> list[Event]:
    return [e for e in found if e.event == event and named(e.actor, actor)]


# (language, text, event, actor, recipients expected all together)
PAIR_REFERENCES = [
    ("en", "Indian troops shelled Pakistani army posts along the border on Monday. "
           "China urged both sides to show restraint.", "REQUEST", "CHN", ("IND", "PAK")),
    ("en", "Israel accused Hamas of breaking the truce. "
           "The United Nations called on both parties to return to talks.", "REQUEST", "United Nations",
     ("ISR", "Hamas")),
    ("it", "L'Etiopia ha accusato l'Eritrea di aver violato il confine. "
           "L'Unione africana ha chiesto a entrambe le parti di riprendere il dialogo.", "REQUEST", "African Union",
     ("ETH", "ERI")),
    ("it", "Israele ha colpito postazioni di Hezbollah nel sud del Libano. "
           "La Francia ha invitato le parti alla moderazione.", "REQUEST", "FRA", ("ISR", "Hezbollah")),
]


@pytest.mark.parametrize(("lang", "text", "event", "actor", "recipients"), PAIR_REFERENCES)
def test_both_sides_are_the_last_conflict_pair(extractor: Extractor, lang: str, text: str, event: str, actor: str,
                                               recipients: tuple[str, ...]) -> None:
    found = coded(extractor, lang, text)
    hits = event_with(found, event, actor)
    assert hits, describe(found)
    assert any(all(named(e.recipient, r) for r in recipients) for e in hits), describe(found)


NUMBERED_GROUPS = [
    ("it", "Francia, Germania e Regno Unito hanno attivato il meccanismo. "
           "Il ministro iraniano Abbas Araghchi ha accusato i tre Paesi europei di aver violato l'accordo.",
     "ACCUSE", "Araghchi", ("FRA", "DEU", "GBR")),
    ("en", "France, Germany and Britain triggered the snapback mechanism. "
           "Iran's foreign minister Abbas Araghchi accused the three countries of violating the deal.",
     "ACCUSE", "Araghchi", ("FRA", "DEU", "GBR")),
]


@pytest.mark.parametrize(("lang", "text", "event", "actor", "recipients"), NUMBERED_GROUPS)
def test_numbered_group_is_the_last_list(extractor: Extractor, lang: str, text: str, event: str, actor: str,
                                         recipients: tuple[str, ...]) -> None:
    found = coded(extractor, lang, text)
    hits = event_with(found, event, actor)
    assert hits, describe(found)
    assert any(all(named(e.recipient, r) for r in recipients) for e in hits), describe(found)


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Francia, Germania e Regno Unito hanno attivato il meccanismo. "
           "Il ministro Araghchi ha accusato i due Paesi di aver mentito."),
    ("en", "France, Germany and Britain triggered the mechanism. "
           "Minister Araghchi accused the two countries of lying."),
])
def test_numbered_group_needs_a_list_of_that_size(extractor: Extractor, lang: str, text: str) -> None:
    """Three names cannot be "the two countries": no recipient is guessed."""
    found = coded(extractor, lang, text)
    hits = event_with(found, "ACCUSE", "Araghchi")
    assert hits, describe(found)
    assert not any(named(e.recipient, c) for e in hits for c in ("FRA", "DEU", "GBR")), describe(found)


SOLE_NAMED_GROUP = [
    ("en", "The Rapid Support Forces shelled a market in El Fasher. The Sudanese Armed Forces condemned the attack. "
           "The RSF denied involvement and accused the military of staging the attack.", "ACCUSE",
     "Rapid Support Forces", "Sudanese Armed Forces"),
    ("it", "Le Forze armate sudanesi hanno respinto un assalto delle Forze di supporto rapido a El Fasher. "
           "L'esercito ha poi accusato i paramilitari di aver bombardato un ospedale.", "ACCUSE",
     "Sudanese Armed Forces", "Rapid Support Forces"),
]


@pytest.mark.parametrize(("lang", "text", "event", "actor", "recipient"), SOLE_NAMED_GROUP)
def test_group_noun_is_the_one_named_armed_group(extractor: Extractor, lang: str, text: str, event: str,
                                                 actor: str, recipient: str) -> None:
    found = coded(extractor, lang, text)
    hits = event_with(found, event, actor)
    assert hits, describe(found)
    assert any(named(e.recipient, recipient) for e in hits), describe(found)


APPEALS = [
    ("it", "Il presidente Sergio Mattarella ha invitato i partiti a trovare un accordo sulla legge elettorale.",
     "REQUEST", "Mattarella"),
    ("it", "Il Papa ha invitato i governi ad aprire corridoi umanitari.", "REQUEST", "Pope"),
    ("it", "Il premier spagnolo Pedro Sánchez ha invitato Bruxelles a sospendere l'accordo commerciale.", "REQUEST",
     "Sánchez"),
]


@pytest.mark.parametrize(("lang", "text", "event", "actor"), APPEALS)
def test_invitare_a_is_an_appeal(extractor: Extractor, lang: str, text: str, event: str, actor: str) -> None:
    found = coded(extractor, lang, text)
    assert event_with(found, event, actor), describe(found)


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il presidente Sergio Mattarella ha invitato gli atleti a cena al Quirinale."),
    ("it", "Il sindaco Gaetano Manfredi ha invitato i cittadini a partecipare alla festa del patrono."),
])
def test_invitation_to_an_occasion_is_no_appeal(extractor: Extractor, lang: str, text: str) -> None:
    found = coded(extractor, lang, text)
    assert not [e for e in found if e.event == "REQUEST"], describe(found)


@pytest.mark.parametrize(("lang", "text", "event", "actor", "not_actor"), [
    ("it", "Il ministro degli Esteri Antonio Tajani ha accusato la Russia di aver violato la tregua e ha respinto "
           "la proposta.", "REJECT", "Tajani", "RUS"),
    ("en", "Foreign Minister Penny Wong accused China of violating the agreement and rejected the proposal.",
     "REJECT", "Wong", "CHN"),
])
def test_object_of_first_verb_is_not_subject_of_second(extractor: Extractor, lang: str, text: str, event: str,
                                                       actor: str, not_actor: str) -> None:
    found = coded(extractor, lang, text)
    hits = [e for e in found if e.event == event]
    assert hits, describe(found)
    assert not any(named(e.actor, not_actor) for e in hits), describe(found)


@pytest.mark.parametrize(("lang", "text", "event", "actor", "not_recipient"), [
    ("it", "Il segretario generale Mark Rutte ha condannato i bombardamenti e ha invitato gli alleati ad aumentare "
           "gli aiuti all'Ucraina.", "ACCUSE", "Rutte", "UKR"),
    ("en", "Foreign Minister Radoslaw Sikorski condemned the bombing and urged allies to send more air defence "
           "systems to Ukraine.", "ACCUSE", "Sikorski", "UKR"),
])
def test_coordinated_finite_verb_ends_the_object(extractor: Extractor, lang: str, text: str, event: str, actor: str,
                                                 not_recipient: str) -> None:
    """What the second verb governs ("... to Ukraine") is no recipient of the first ("condemned the bombing")."""
    found = coded(extractor, lang, text)
    hits = [e for e in found if e.event == event and (not actor or named(e.actor, actor))]
    assert hits, describe(found)
    assert not any(named(e.recipient, not_recipient) for e in hits), describe(found)


@pytest.mark.parametrize(("lang", "text", "event", "recipient"), [
    ("en", "Ugandan police arrested and charged Kizza Besigye in Kampala on Monday.", "COERCE", "Besigye"),
    ("it", "La polizia turca ha fermato e interrogato il giornalista Fatih Altayli a Istanbul.", "COERCE", "Altayli"),
])
def test_shared_object_of_coordinated_verbs_is_kept(extractor: Extractor, lang: str, text: str, event: str,
                                                    recipient: str) -> None:
    """ "arrested and charged three men": with no object before the conjunction, nothing is cut."""
    found = coded(extractor, lang, text)
    assert any(e.event == event and named(e.recipient, recipient) for e in found), describe(found)


@pytest.mark.parametrize(("lang", "text", "actor", "recipient"), [
    ("it", "Il presidente turco Recep Tayyip Erdoğan ha avvertito che Ankara chiuderà lo spazio aereo se la Grecia "
           "non ritirerà le truppe dalle isole.", "Erdoğan", "GRC"),
    ("it", "Il governo iraniano ha minacciato di uscire dal trattato qualora Francia e Germania attivino le "
           "sanzioni.", "IRN", "FRA"),
    ("en", "President Donald Trump warned that Washington would impose new tariffs if Mexico did not stop the "
           "flow of migrants.", "Trump", "MEX"),
    ("en", "The Kremlin threatened to cut gas supplies unless Moldova paid its debt.", "Kremlin", "MDA"),
])
def test_threat_is_aimed_at_the_subject_of_its_condition(extractor: Extractor, lang: str, text: str, actor: str,
                                                         recipient: str) -> None:
    found = coded(extractor, lang, text)
    hits = event_with(found, "THREATEN", actor)
    assert hits, describe(found)
    assert any(named(e.recipient, recipient) for e in hits), describe(found)
