"""The parse repair component, on the shipped English pipeline's own parses.  Sentences written for these tests.

Each case first checks that the shipped parser still makes the error the repair is for, and skips otherwise (a
retrained model may parse the sentence right, and then there is nothing to mend)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from cronaca.nlp.parse_repair import ParseRepair
from cronaca.pipeline import Extractor

_EXTRACTOR = Extractor()


def _parse(text: str) -> Doc:
    """``text`` through cronaca's English pipeline (its paragraph marks included) up to the repair."""
    nlp = _EXTRACTOR.pipeline("en")
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "cronaca_parse_repair":
            break
        doc = proc(doc)
    return doc


def _repair(doc: Doc) -> Doc:
    return ParseRepair(_EXTRACTOR.pipeline("en"), "cronaca_parse_repair")(doc)


def _token(doc: Doc, word: str) -> int:
    return next(t.i for t in doc if t.text == word)


@pytest.mark.parametrize("text,verb,subject", [
    ("The UN office called for an independent investigation into the killings.", "called", "office"),
    ("GENEVA — The UN office called for an independent investigation into the killings.", "called", "office"),
    ("Amnesty International's Argentine branch called on the authorities to investigate.", "called", "branch"),
])
def test_a_main_verb_hung_on_its_subject_becomes_the_root(text: str, verb: str, subject: str) -> None:
    doc = _parse(text)
    v, s = _token(doc, verb), _token(doc, subject)
    if doc[v].dep_ == "ROOT":
        pytest.skip(f"the shipped parser already takes {verb!r} as the root")
    sentences = [sent.text for sent in doc.sents]
    _repair(doc)
    assert doc[v].dep_ == "ROOT" and doc[v].head.i == v
    assert doc[s].head.i == v and doc[s].dep_ == "nsubj"
    assert "Fin" in doc[v].morph.get("VerbForm", [])
    assert [sent.text for sent in doc.sents] == sentences


@pytest.mark.parametrize("text", [
    "Most of the victims were teenagers.",  # a predicate noun: the copula is the verb
    "Armed officers backed by armoured vehicles near the border.",  # a passive participle with its agent
    "Protesters outside the parliament, angry at the vote.",  # a comma before the modifier
])
def test_a_sentence_the_repair_is_not_for_is_left_alone(text: str) -> None:
    doc = _parse(text)
    before = [(t.head.i, t.dep_) for t in doc]
    _repair(doc)
    assert [(t.head.i, t.dep_) for t in doc] == before


def test_a_paragraph_break_made_the_root_gives_way_to_the_words() -> None:
    text = ("Police fired tear gas at the crowd on Wednesday.\n\nAmnesty International's Argentine branch called on "
            "the authorities to investigate the use of force and to guarantee the right to peaceful protest.\n\n"
            "Retirees have rallied outside Congress every Wednesday for months.")
    doc = _parse(text)
    first = list(doc.sents)[1]
    space = next((t for t in first if t.is_space), None)
    if space is None or space.dep_ != "ROOT":
        pytest.skip("the shipped parser does not make the paragraph break the first sentence's root")
    sentences = [sent.text for sent in doc.sents]
    _repair(doc)
    first = list(doc.sents)[1]
    assert not first.root.is_space
    assert not any(True for _ in space.children)
    assert first.root.text == "called"
    assert [sent.text for sent in doc.sents] == sentences


def test_an_infinitive_of_purpose_is_not_taken_for_the_main_verb() -> None:
    doc = _parse("In Islamabad, Pakistan’s Foreign Office summoned India’s charge d’affaires to protest the strikes.")
    before = [(t.head.i, t.dep_) for t in doc]
    _repair(doc)
    assert doc[_token(doc, "protest")].dep_ != "ROOT"
    assert [(t.head.i, t.dep_) for t in doc] == before
