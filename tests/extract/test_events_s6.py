"""Events in constructions of unseen news prose (sixth round), in Italian and English: mutual acts ("accused
each other", "si sono accusati a vicenda") are one event per doer; readiness to strike or blockade is a
threat, not an offer; "X is ready to ..." keeps X as the actor (an adjective is no passive).
"""

from __future__ import annotations

import pytest

from cronaca import extract
from cronaca.records import Event

PUBLISHED = "2026-05-01"


def _events(lang: str, text: str) -> list[Event]:
    return list(extract(text, published=PUBLISHED, language=lang).events)


def _names(parts: tuple) -> list[str]:  # type: ignore[type-arg]
    return [p.entity_name or p.raw_text for p in parts]


# --- a directed act done "to each other": one event per doer ---------------------------------------------

@pytest.mark.parametrize(("lang", "text", "kind", "a", "b"), [
    ("en", "Thailand and Cambodia accused each other on Sunday of violating the ceasefire.", "ACCUSE",
     "Thailand", "Cambodia"),
    ("en", "Israel and Hamas blamed one another for the collapse of the talks.", "ACCUSE", "Israel", "Hamas"),
    ("it", "Israele e Hamas si sono accusati a vicenda di aver violato la tregua.", "ACCUSE", "Israel", "Hamas"),
    ("it", "Russia e Ucraina si accusano reciprocamente di aver colpito la centrale.", "ACCUSE",
     "Russia", "Ukraine"),
])
def test_a_mutual_act_is_one_event_per_doer(lang: str, text: str, kind: str, a: str, b: str) -> None:
    pairs = {(tuple(_names(e.actor)), tuple(_names(e.recipient))) for e in _events(lang, text) if e.event == kind}
    assert pairs == {((a,), (b,)), ((b,), (a,))}


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("en", "Thailand and Cambodia accused Malaysia of bias.", "ACCUSE"),
    ("it", "Israele e Hamas hanno accusato l'Egitto di parzialità.", "ACCUSE"),
])
def test_a_joint_act_without_a_mutual_marker_keeps_both_doers(lang: str, text: str, kind: str) -> None:
    found = [e for e in _events(lang, text) if e.event == kind]
    assert len(found) == 1 and len(found[0].actor) == 2


# --- readiness to strike or blockade threatens --------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "actor", "mode"), [
    ("en", "China is ready to strike Taiwan.", "China", "violence"),
    ("en", "China said it was ready to impose a naval blockade on Taiwan.", "China", "restrict"),
    ("en", "Russia is prepared to use force against Moldova.", "Russia", "violence"),
    ("it", "La Cina è pronta a colpire Taiwan.", "China", "violence"),
    ("it", "La Cina è pronta a imporre un blocco navale attorno a Taiwan.", "China", "restrict"),
])
def test_readiness_to_strike_is_a_threat(lang: str, text: str, actor: str, mode: str) -> None:
    found = _events(lang, text)
    assert [e.event for e in found] == ["THREATEN"]
    assert _names(found[0].actor) == [actor] and mode in found[0].mode


@pytest.mark.parametrize(("lang", "text", "actor"), [
    ("en", "Iran is ready to talk to Washington.", "Iran"),
    ("it", "L'Iran è disposto a trattare con Washington.", "Iran"),
])
def test_readiness_to_talk_stays_an_offer_by_its_subject(lang: str, text: str, actor: str) -> None:
    found = _events(lang, text)
    assert [e.event for e in found] == ["AGREE"]
    assert _names(found[0].actor) == [actor]


# --- "the deal was welcomed by X": the judged act is not X's ---------------------------------------------

@pytest.mark.parametrize(("lang", "text", "judge", "kind"), [
    ("en", "The deal was welcomed by the United Nations and the European Union.", "United Nations", "SUPPORT"),
    ("en", "The attack was condemned by France.", "France", "ACCUSE"),
    ("it", "L'accordo è stato accolto con favore dall'Unione europea.", "European Union", "SUPPORT"),
    ("it", "L'attacco è stato condannato dalla Francia.", "France", "ACCUSE"),
])
def test_a_definite_act_judged_in_the_passive_is_not_the_judges(lang: str, text: str, judge: str,
                                                                kind: str) -> None:
    found = _events(lang, text)
    assert [e.event for e in found] == [kind]
    assert judge in _names(found[0].actor)


@pytest.mark.parametrize(("lang", "text"), [
    # (the deal's parties are named: "by the UN" is the agent of the welcoming, not of the deal)
    ("en", "A new deal between Armenia and Azerbaijan was welcomed by the UN."),
    ("it", "Un nuovo accordo tra Armenia e Azerbaigian è stato accolto con favore dall'ONU."),
])
def test_an_indefinite_act_judged_in_the_passive_is_still_told(lang: str, text: str) -> None:
    assert "AGREE" in [e.event for e in _events(lang, text)]
