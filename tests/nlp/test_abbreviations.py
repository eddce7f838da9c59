"""The tokenizer keeps the language pack's title abbreviations whole (segmentation.keep_abbreviations)."""

from __future__ import annotations

import spacy

from cronaca.nlp.segmentation import add_paragraph_boundaries, keep_abbreviations
from cronaca.pipeline import Extractor


def test_title_abbreviations_are_one_token() -> None:
    nlp = keep_abbreviations(spacy.blank("en"))
    words = [t.text for t in nlp("Military spokesman Maj. Gen. Zaw Min Tun and Lt. Col. Ann Lee spoke.")]
    assert "Maj." in words and "Lt." in words and "Col." in words, words


def test_a_single_initial_keeps_its_generic_handling() -> None:
    nlp = keep_abbreviations(spacy.blank("it"))
    # "S." is in the Italian list, but one letter and a period stay the tokenizer's business
    assert "S." not in nlp.tokenizer.rules


def test_a_language_without_a_pack_is_left_alone() -> None:
    nlp = spacy.blank("de")
    before = dict(nlp.tokenizer.rules)
    assert keep_abbreviations(nlp).tokenizer.rules == before


def test_no_sentence_ends_inside_a_titled_name(extractor: Extractor) -> None:
    nlp = extractor.pipeline("en")
    doc = nlp("Military spokesman Maj. Gen. Zaw Min Tun denied that troops had fired. He said the convoy had "
              "not informed the authorities.")
    assert [s.text.split()[0] for s in doc.sents] == ["Military", "He"]


def test_a_blank_pipeline_gets_them_too() -> None:
    nlp = add_paragraph_boundaries(keep_abbreviations(spacy.blank("en")))
    assert nlp("Brig. Gen. Smith spoke.")[0].text == "Brig."
