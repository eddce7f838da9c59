"""Tests for training/assemble.py (run: make -C training test)."""
from __future__ import annotations

from assemble import describe


def test_description_names_the_components_the_pipeline_has():
    full = describe("it", ["tok2vec", "morphologizer", "trainable_lemmatizer", "parser", "ner"])
    assert full == ("cronaca it CPU pipeline: tok2vec (CNN), morphologizer, trainable lemmatizer, parser, "
                    "ner (PER, ORG, LOC). See MODEL_CARD.md.")
    core = describe("it", ["tok2vec", "morphologizer", "trainable_lemmatizer", "parser"])
    assert "ner (" not in core and core.endswith("parser; no NER. See MODEL_CARD.md.")
