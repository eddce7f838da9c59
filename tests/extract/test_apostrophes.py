"""Every stage folds the apostrophes of news text ("l’attacco", "dell‘Ucraina", "Kyivʼs") the same way."""

from __future__ import annotations

import pytest

from cronaca.extract._phrases import APOSTROPHES, fold_apostrophes
from cronaca.extract.actors import tokens_of
from cronaca.extract.trigger_patterns import norm


@pytest.mark.parametrize("mark", list(APOSTROPHES))
def test_each_apostrophe_folds_to_ascii_in_every_stage(mark: str) -> None:
    word = f"l{mark}attacco"
    assert fold_apostrophes(word) == "l'attacco"
    assert norm(word) == "l'attacco"
    assert tokens_of(word) == tokens_of("l'attacco")
