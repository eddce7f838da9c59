"""Entity-stage rules of the tenth session.  Sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from cronaca.extract.entity_ner import _joined_persons
from cronaca.pipeline import Extractor
from cronaca.records import Article


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def entities(extractor: Extractor, lang: str, text: str) -> set[tuple[str, str]]:
    doc = extractor.process(Article(id="e", text=text, published="2025-02-01", language=lang))
    return {(e.entity_name, e.type) for e in doc.entities}


def doc_with(words: list[str], ents: list[str], spaces: list[bool] | None = None) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, ents=ents)


def test_touching_persons_are_one_name() -> None:
    doc = doc_with(["Osman", "Mohamed", "Hamid", "and", "Ali", "Gibril"],
                   ["B-PER", "B-PER", "I-PER", "O", "B-PER", "I-PER"])
    assert [(e.text, e.label_) for e in _joined_persons(doc)] == [("Osman Mohamed Hamid", "PER"),
                                                                  ("Ali Gibril", "PER")]


@pytest.mark.parametrize("words,ents,spaces", [
    (["Anna", ",", "Marco"], ["B-PER", "O", "B-PER"], None),  # a comma between them: two people
    (["Rome", "Anna"], ["B-LOC", "B-PER"], None),  # not two persons
    (["Anna", "Maria", "Rossi", "Bianchi", "Verdi"], ["B-PER", "I-PER", "I-PER", "B-PER", "I-PER"], None),  # too long
    (["Anna", "Marco"], ["B-PER", "B-PER"], [False, False]),  # no space between them
])
def test_persons_apart_stay_apart(words: list[str], ents: list[str], spaces: list[bool] | None) -> None:
    doc = doc_with(words, ents, spaces)
    assert len(_joined_persons(doc)) == len(doc.ents)


def test_a_long_name_the_ner_cuts_in_two_is_one_person(extractor: Extractor) -> None:
    found = entities(extractor, "en", "Treasury said the two commanders, Osman Mohamed Hamid and Ali Yagoub "
                                      "Gibril, had directed attacks on civilians in El Fasher.")
    assert ("Osman Mohamed Hamid", "PER") in found, found
    assert ("Mohamed Hamid", "PER") not in found
