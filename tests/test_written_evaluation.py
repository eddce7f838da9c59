"""The evaluator on the articles written for the tenth to eighteenth sessions (tests/resources/written_s10,
written_s11, written_s11b, written_s12, written_s12b, written_s13, written_s14, written_s15, written_s16,
written_s17, written_s18): the figures measured there must not fall back (see each folder's README for how they were
obtained)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cronaca.evaluation import evaluate
from cronaca.pipeline import Extractor

RESOURCES = Path(__file__).parent / "resources"


# location: over all matched events (an event the gold leaves unplaced is right only when none is predicted)
@pytest.mark.parametrize("folder,events,speaker,entities,location", [
    ("written_s10", 0.77, 0.93, 0.80, 0.79),
    ("written_s11", 0.70, 0.92, 0.78, 0.73),
    ("written_s11b", 0.70, 0.90, 0.80, 0.75),
    ("written_s12", 0.62, 0.93, 0.80, 0.88),
    ("written_s12b", 0.71, 0.80, 0.76, 0.79),
    ("written_s13", 0.65, 0.89, 0.76, 0.74),
    ("written_s14", 0.70, 0.85, 0.75, 0.70),
    ("written_s15", 0.66, 0.79, 0.80, 0.77),
    ("written_s16", 0.63, 0.62, 0.65, 0.57),
    ("written_s17", 0.70, 0.83, 0.80, 0.75),
    ("written_s18", 0.60, 0.82, 0.80, 0.79),
])
def test_written_articles_keep_their_scores(extractor: Extractor, folder: str, events: float, speaker: float,
                                            entities: float, location: float) -> None:
    report = evaluate(RESOURCES / folder, extractor=extractor)
    assert not report.failures
    overall = report.groups["overall"]
    assert overall.events.f1 >= events, overall.events.f1
    assert overall.quotes.f1 >= 0.95, overall.quotes.f1
    found = overall.speaker.value
    assert found is not None and found >= speaker, found
    assert overall.entities.f1 >= entities, overall.entities.f1
    placed = overall.location_all.value
    assert placed is not None and placed >= location, placed
