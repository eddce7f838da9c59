"""The evaluator on the articles written for the tenth session (tests/resources/written_s10): the figures
measured there must not fall back (see that folder's README for how they were obtained)."""

from __future__ import annotations

from pathlib import Path

from cronaca.evaluation import evaluate
from cronaca.pipeline import Extractor

WRITTEN = Path(__file__).parent / "resources" / "written_s10"


def test_written_articles_keep_their_scores(extractor: Extractor) -> None:
    report = evaluate(WRITTEN, extractor=extractor)
    assert not report.failures
    overall = report.groups["overall"]
    assert overall.events.f1 >= 0.65, overall.events.f1
    assert overall.quotes.f1 >= 0.95, overall.quotes.f1
    speaker = overall.speaker.value
    assert speaker is not None and speaker >= 0.85, speaker
    assert overall.entities.f1 >= 0.78, overall.entities.f1
