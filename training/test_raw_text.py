from __future__ import annotations

import json

import pytest
import spacy
from raw_text import main
from spacy.tokens import DocBin


def _docbin(path, texts):
    nlp = spacy.blank("it")
    DocBin(docs=[nlp(t) for t in texts]).to_disk(path)


def test_raw_text_writes_each_text_once(tmp_path):
    _docbin(tmp_path / "train.spacy", ["Mattarella è a Roma.", "Piove a Milano."])
    (tmp_path / "plus").mkdir()
    _docbin(tmp_path / "plus" / "again.spacy", ["Piove a Milano."])
    out = tmp_path / "raw.jsonl"
    main([str(out), str(tmp_path / "train.spacy"), str(tmp_path / "plus")])
    lines = [json.loads(line)["text"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert lines == ["Mattarella è a Roma.", "Piove a Milano."]


def test_raw_text_refuses_a_test_split(tmp_path):
    _docbin(tmp_path / "it_ner_test_wn.spacy", ["Testo di prova."])
    with pytest.raises(SystemExit, match="test split"):
        main([str(tmp_path / "raw.jsonl"), str(tmp_path / "it_ner_test_wn.spacy")])
