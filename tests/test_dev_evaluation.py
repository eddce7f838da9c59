"""The evaluator runs on the annotated dev articles and reports every measure per language."""

from __future__ import annotations

from pathlib import Path

from cronaca.evaluation import evaluate, format_table
from cronaca.pipeline import Extractor


def test_evaluate_dev_reports_each_language(dev_dir: Path, extractor: Extractor) -> None:
    report = evaluate(dev_dir, extractor=extractor)
    assert not report.failures
    assert {"it", "en", "overall"} <= set(report.groups)
    table = format_table(report)
    for row in ("events F1", "events type-only F1", "recipient acc", "date acc", "magnitude acc",
                "reported_by acc", "quotes F1", "speaker acc", "entities F1"):
        assert row in table
