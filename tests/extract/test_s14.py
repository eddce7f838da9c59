"""Event rules of the fourteenth session.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from cronaca.pipeline import Extractor

from .helpers import event_triples


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
