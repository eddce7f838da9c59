"""Silver NER data from the vote of several NERs (distill.py), with tiny rule-based voters built here."""
from collections import Counter
from pathlib import Path

import distill
import pytest
import spacy
from spacy.tokens import DocBin

CONLLU = """# newdoc id = a
# sent_id = a-1
# text = Anna Bianchi met Marco in Rome.
1\tAnna\t_\t_\t_\t_\t_\t_\t_\t_
# sent_id = a-2
# text = They left Rome for Oslo.
1\tThey\t_\t_\t_\t_\t_\t_\t_\t_
# newdoc id = b
# sent_id = b-1
# text = Acme hired Marco.
1\tAcme\t_\t_\t_\t_\t_\t_\t_\t_
"""


def test_documents_are_the_newdoc_groups_of_raw_sentences(tmp_path: Path) -> None:
    path = tmp_path / "x.conllu"
    path.write_text("# text = Before any document.\n1\tBefore\n\n" + CONLLU, encoding="utf-8")
    assert distill.read_conllu_documents(path) == [
        ["Before any document."],
        ["Anna Bianchi met Marco in Rome.", "They left Rome for Oslo."],
        ["Acme hired Marco."],
    ]


def test_a_span_needs_the_minimum_of_votes() -> None:
    votes = Counter({(0, 4, "PER"): 3, (10, 14, "LOC"): 2, (10, 14, "ORG"): 1})
    assert distill.vote_spans(votes, 2) == [(0, 4, "PER"), (10, 14, "LOC")]
    assert distill.vote_spans(votes, 3) == [(0, 4, "PER")]


def test_overlapping_spans_go_to_the_most_votes_then_the_earlier_then_the_longer() -> None:
    assert distill.vote_spans(Counter({(0, 12, "PER"): 2, (5, 12, "PER"): 3}), 2) == [(5, 12, "PER")]
    assert distill.vote_spans(Counter({(0, 8, "ORG"): 2, (5, 12, "LOC"): 2}), 2) == [(0, 8, "ORG")]
    assert distill.vote_spans(Counter({(0, 4, "PER"): 2, (0, 12, "PER"): 2}), 2) == [(0, 12, "PER")]
    # the same span with two labels: one of them, never both
    assert len(distill.vote_spans(Counter({(0, 4, "PER"): 2, (0, 4, "ORG"): 2}), 2)) == 1


def test_silver_docs_shift_spans_into_the_joined_text_and_mark_the_rest_outside() -> None:
    nlp = spacy.blank("en")
    documents = [["Anna met Marco.", "Marco left Rome."], ["Acme grew."]]
    votes = [Counter({(0, 4, "PER"): 2, (9, 14, "PER"): 1}), Counter({(11, 15, "LOC"): 2}), Counter()]
    docs = list(distill.silver_docs(nlp, documents, votes, min_votes=2, per_doc=10))
    assert [d.text for d in docs] == ["Anna met Marco. Marco left Rome.", "Acme grew."]
    assert [(e.text, e.label_) for e in docs[0].ents] == [("Anna", "PER"), ("Rome", "LOC")]
    assert all(t.ent_iob_ == "O" for t in docs[0] if t.text not in ("Anna", "Rome"))
    assert all(t.ent_iob_ == "O" for t in docs[1])
    # per_doc splits a document into several training docs
    assert len(list(distill.silver_docs(nlp, documents, votes, min_votes=2, per_doc=1))) == 3


def test_a_span_off_the_token_boundaries_is_an_error() -> None:
    with pytest.raises(ValueError, match="token boundaries"):
        list(distill.silver_docs(spacy.blank("en"), [["Annabella sang."]], [Counter({(0, 4, "PER"): 2})], 2))


def voter(tmp_path: Path, name: str, patterns: list[dict]) -> Path:
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns(patterns)
    nlp.to_disk(tmp_path / name)
    return tmp_path / name


def test_main_writes_what_the_majority_of_voters_found(tmp_path: Path) -> None:
    (tmp_path / "x.conllu").write_text(CONLLU, encoding="utf-8")
    rome = {"label": "LOC", "pattern": "Rome"}
    marco_per = {"label": "PER", "pattern": "Marco"}
    voters = [voter(tmp_path, "a", [rome, marco_per]), voter(tmp_path, "b", [rome]),
              voter(tmp_path, "c", [rome, marco_per, {"label": "ORG", "pattern": "Acme"}])]
    out = tmp_path / "silver.spacy"
    assert distill.main([str(out), *map(str, voters), "--conllu", str(tmp_path / "x.conllu"),
                         "--min-votes", "2"]) == 0
    docs = list(DocBin().from_disk(out).get_docs(spacy.blank("en").vocab))
    assert [[(e.text, e.label_) for e in d.ents] for d in docs] == [
        [("Marco", "PER"), ("Rome", "LOC"), ("Rome", "LOC")], [("Marco", "PER")]]


def test_main_refuses_more_votes_than_voters(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        distill.main([str(tmp_path / "o.spacy"), "m1", "--conllu", "x.conllu", "--min-votes", "2"])
