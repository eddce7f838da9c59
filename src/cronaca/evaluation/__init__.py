"""Scoring extraction against annotated gold articles (``cronaca evaluate``)."""

from .runner import EvaluationReport, evaluate, format_errors, format_table
from .scoring import Scores, score_article

__all__ = ["EvaluationReport", "Scores", "evaluate", "format_errors", "format_table", "score_article"]
