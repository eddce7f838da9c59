from __future__ import annotations

import spacy
from spacy.tokens import Doc
from syntax_features import flat_parse


def _parsed(vocab) -> Doc:
    # Two sentences: "Draghi parla. Roma ascolta."
    return Doc(vocab, words=["Draghi", "parla", ".", "Roma", "ascolta", "."],
               spaces=[True, False, True, True, False, False],
               pos=["PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"],
               heads=[1, 1, 1, 4, 4, 4], deps=["nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"])


def test_flat_parse_keeps_words_pos_and_labels_in_one_sentence():
    doc = _parsed(spacy.blank("it").vocab)
    assert len(list(doc.sents)) == 2
    flat = flat_parse(doc)
    assert flat.text == doc.text
    assert [t.pos_ for t in flat] == [t.pos_ for t in doc]
    assert [t.dep_ for t in flat] == [t.dep_ for t in doc]
    assert (flat.to_array(["POS", "DEP"]) == doc.to_array(["POS", "DEP"])).all()
    assert len(list(flat.sents)) == 1


def test_flat_parse_leaves_an_empty_doc_alone():
    doc = spacy.blank("it")("")
    assert flat_parse(doc) is doc
