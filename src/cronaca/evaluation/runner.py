"""Run extraction (or read predictions) over a gold folder and aggregate the scores."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import CronacaError, InputError
from ..records import Document
from .gold import GoldArticle, load_gold_dir
from .scoring import PRF, Accuracy, Scores, aggregate, score_article


@dataclass(frozen=True, slots=True)
class EvaluationReport:
    per_article: tuple[tuple[str, str, Scores], ...]  # (article id, language, scores)
    groups: dict[str, Scores]  # per language and "overall"
    failures: tuple[str, ...]  # articles that could not be predicted (still scored as empty)

    def to_dict(self) -> dict[str, Any]:
        return {
            "groups": {k: v.to_dict() for k, v in self.groups.items()},
            "articles": {aid: {"language": lang, **s.to_dict()} for aid, lang, s in self.per_article},
            "failures": list(self.failures),
        }


def _read_prediction(pred_dir: Path, gold: GoldArticle) -> Document:
    path = pred_dir / f"{gold.article.id}.json"
    if not path.exists():
        raise InputError(str(path), "no prediction file for this gold article")
    try:
        return Document.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (json.JSONDecodeError, KeyError, TypeError, ValueError) as e:
        raise InputError(str(path), f"not a cronaca document: {e}") from e


def evaluate(gold_dir: str | Path, pred_dir: str | Path | None = None,
             extractor: Any | None = None) -> EvaluationReport:
    """Score predictions against every gold file of ``gold_dir``.

    Predictions are read from ``pred_dir/<id>.json`` when given, else produced by running ``extractor``
    (a :class:`cronaca.pipeline.Extractor`, created with default settings when ``None``).
    A gold article whose prediction fails is scored as an empty document and listed in ``failures``.
    """
    golds = load_gold_dir(gold_dir)
    if pred_dir is None and extractor is None:
        from ..pipeline import Extractor

        extractor = Extractor()
    results: list[tuple[GoldArticle, Scores]] = []
    failures: list[str] = []
    for gold in golds:
        try:
            if pred_dir is not None:
                doc = _read_prediction(Path(pred_dir), gold)
            else:
                assert extractor is not None
                doc = extractor.process(gold.article)
        except CronacaError as e:
            failures.append(str(e))
            doc = Document(article=gold.article)
        results.append((gold, score_article(gold, doc)))
    per_article = tuple((g.article.id, g.article.language or "unknown", s) for g, s in results)
    return EvaluationReport(per_article=per_article, groups=aggregate(results), failures=tuple(failures))


def _pct(x: float | None) -> str:
    return "   -" if x is None else f"{x:.3f}"


def _f1_or_dash(prf: PRF | None) -> str:
    """F1, or a dash where the group has no gold and no prediction of that kind."""
    return "   -" if prf is None or prf.tp + prf.fp + prf.fn == 0 else f"{prf.f1:.3f}"


def format_errors(report: EvaluationReport) -> str:
    """What did not match, article by article: missed and extra events, quotes and entities, wrong fields."""
    lines: list[str] = []
    for aid, lang, scores in report.per_article:
        if scores.errors:
            lines.append(f"== {aid} ({lang})")
            lines += [f"  {e}" for e in scores.errors]
    return "\n".join(lines)


def format_table(report: EvaluationReport) -> str:
    """A plain-text table: one column per language and overall, one row per measure."""
    groups = report.groups
    names = list(groups)
    rows: list[tuple[str, list[str]]] = [("articles", [str(groups[n].articles) for n in names])]

    def prf_rows(label: str, get: Any) -> None:
        rows.append((f"{label} P", [_pct(get(groups[n]).precision) for n in names]))
        rows.append((f"{label} R", [_pct(get(groups[n]).recall) for n in names]))
        rows.append((f"{label} F1", [_pct(get(groups[n]).f1) for n in names]))

    def acc_row(label: str, get: Any) -> None:
        rows.append((label, [f"{_pct(get(groups[n]).value)} ({get(groups[n]).correct}/{get(groups[n]).total})"
                             for n in names]))

    prf_rows("events", lambda s: s.events)
    prf_rows("events type-only", lambda s: s.events_type_only)
    acc_row("recipient acc", lambda s: s.recipient)
    acc_row("date acc", lambda s: s.date)
    acc_row("location acc", lambda s: s.location)
    acc_row("location acc, all pairs", lambda s: s.location_all)
    acc_row("magnitude acc", lambda s: s.magnitude)
    for key in sorted({k for s in groups.values() for k in s.magnitude_fields}):
        acc_row(f"  magnitude.{key}", lambda s, k=key: s.magnitude_fields.get(k) or _EMPTY)
    acc_row("reported_by acc", lambda s: s.reported_by)
    prf_rows("quotes", lambda s: s.quotes)
    acc_row("speaker acc", lambda s: s.speaker)
    prf_rows("entities", lambda s: s.entities)
    for etype in sorted({t for s in groups.values() for t in s.entity_types}):
        rows.append((f"  entities {etype} F1", [_f1_or_dash(groups[n].entity_types.get(etype)) for n in names]))
    width = max(len(r[0]) for r in rows) + 2
    cols = [max(len(n), *(len(r[1][i]) for r in rows)) + 2 for i, n in enumerate(names)]
    lines = ["".ljust(width) + "".join(n.rjust(c) for n, c in zip(names, cols, strict=True))]
    for label, values in rows:
        lines.append(label.ljust(width) + "".join(v.rjust(c) for v, c in zip(values, cols, strict=True)))
    for failure in report.failures:
        lines.append(f"failed: {failure}")
    return "\n".join(lines)




_EMPTY = Accuracy()
