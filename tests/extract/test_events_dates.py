"""An undated event after a night told earlier is dated on the morning after, not the evening before."""

from __future__ import annotations

import pytest

from cronaca.pipeline import Extractor
from cronaca.records import Article


@pytest.mark.parametrize("lang,text,event", [
    ("it", "Giovedì le sirene hanno suonato dalla prima serata fino all'alba mentre la Russia lanciava droni su "
           "Kiev. Il sindaco Vitali Klitschko ha condannato l'attacco.", "ACCUSE"),
    ("en", "On Thursday sirens sounded from early evening until dawn as Russia launched drones at Kyiv. "
           "Mayor Vitali Klitschko condemned the attack.", "ACCUSE"),
])
def test_reaction_after_a_night_attack_takes_the_day_the_night_ended(lang: str, text: str, event: str) -> None:
    doc = Extractor().process(Article(id="t", text=text, published="2025-07-05", language=lang))
    reactions = [e for e in doc.events if e.event == event]
    assert reactions, [(e.event, e.date) for e in doc.events]
    assert reactions[0].date == "2025-07-04"
