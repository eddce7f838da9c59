"""A city named as a place is where something happened, not who did it."""

from __future__ import annotations

import pytest

from cronaca.pipeline import Extractor
from cronaca.records import Article


@pytest.mark.parametrize("lang,text", [
    ("it", "Kharkiv colpita nella notte, due morti e almeno 15 feriti\n\nLa Russia ha colpito Kharkiv con 120 droni."),
    ("it", "Odessa colpita dai missili\n\nLa Russia ha lanciato 12 missili contro Odessa."),
])
def test_city_in_a_headline_is_not_the_attacker(lang: str, text: str) -> None:
    doc = Extractor().process(Article(id="t", text=text, published="2025-10-09", language=lang))
    assaults = [e for e in doc.events if e.event == "ASSAULT"]
    assert assaults, "the attack itself is still coded"
    assert all(a.country == "RUS" for e in assaults for a in e.actor)
