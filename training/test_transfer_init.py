"""Starting a NER from a pretrained NER's weights (transfer_init.py), on tiny pipelines built here."""
from pathlib import Path

import external_vectors as ev
import numpy
import pytest
import spacy
import transfer_init as ti
from spacy.tokens import Doc
from spacy.training import Example
from spacy.vectors import Vectors

WORDS = ["Mario", "Rossi", "visited", "Rome", "and", "Fiat", "in", "Turin", "yesterday", "."]
TEXT = "Mario Rossi visited Rome and Fiat in Turin yesterday ."
WIDTH = 8


def ner_config() -> dict:
    return {"model": {
        "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner", "extra_state_tokens": False,
        "hidden_width": 16, "maxout_pieces": 2, "use_upper": True, "nO": None,
        "tok2vec": {
            "@architectures": "spacy.Tok2Vec.v2",
            "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": WIDTH,
                      "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"], "rows": [50, 20, 20, 10],
                      "include_static_vectors": True},
            "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": WIDTH, "depth": 2,
                       "window_size": 1, "maxout_pieces": 3}}}}


def pipeline(table: numpy.ndarray, labels: dict[str, str], seed: int):
    """A blank English pipeline with a NER over ``table`` (one row per word of WORDS),
    initialised on one example whose entities carry ``labels``."""
    nlp = spacy.blank("en")
    vectors = Vectors(strings=nlp.vocab.strings, data=table)
    for row, word in enumerate(WORDS):
        vectors.add(word, row=row)
    nlp.vocab.vectors = vectors
    nlp.add_pipe("ner", config=ner_config())
    doc = Doc(nlp.vocab, words=WORDS, ents=[f"B-{labels['PER']}", f"I-{labels['PER']}", "O",
                                            f"B-{labels['LOC']}", "O", f"B-{labels['ORG']}", "O",
                                            f"B-{labels['LOC']}", "O", "O"])
    example = Example(nlp.make_doc(TEXT), doc)
    spacy.util.fix_random_seed(seed)
    nlp.initialize(lambda: [example])
    return nlp


@pytest.fixture()
def source_table() -> numpy.ndarray:
    rng = numpy.random.default_rng(0)
    return (rng.normal(size=(10, 6)) + 3.0).astype("float32")  # off-centre, so the mean matters


def features(nlp, text: str = TEXT) -> numpy.ndarray:
    tok2vec = nlp.get_pipe("ner").model.get_ref("tok2vec")
    return tok2vec.predict([nlp.make_doc(text)])


def test_full_rank_projection_gives_the_source_model_back(source_table: numpy.ndarray):
    """With every principal axis kept, the copied NER computes what the source NER computes on words
    that have a vector, and finds the same entities under the mapped labels."""
    source = pipeline(source_table, ti.DEFAULT_MAP, seed=1)
    mean, axes = ev.principal_axes(source_table, source_table.shape[1])
    target = pipeline(ev.principal_components(source_table, source_table.shape[1]),
                      {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}, seed=2)
    assert not numpy.allclose(features(source), features(target), atol=1e-3)
    copied, skipped = ti.copy_weights(source.get_pipe("ner").model, target.get_pipe("ner").model, mean, axes)
    missing = ti.map_output_rows(source.get_pipe("ner"), target.get_pipe("ner"), ti.DEFAULT_MAP)
    assert copied > 10 and missing == []
    assert all(s.startswith("linear") for s in skipped)  # only the output layer has other shapes
    numpy.testing.assert_allclose(features(source), features(target), atol=1e-4)
    back = {v: k for k, v in ti.DEFAULT_MAP.items()}
    expected = [(e.start, e.end, back[e.label_]) for e in source(TEXT).ents]
    assert [(e.start, e.end, e.label_) for e in target(TEXT).ents] == expected


def test_a_cut_table_gets_projected_weights_and_the_centring_in_the_bias(source_table: numpy.ndarray):
    source = pipeline(source_table, ti.DEFAULT_MAP, seed=1)
    mean, axes = ev.principal_axes(source_table, 3)
    target = pipeline(ev.principal_components(source_table, 3), {"PER": "PER", "ORG": "ORG", "LOC": "LOC"},
                      seed=2)
    ti.copy_weights(source.get_pipe("ner").model, target.get_pipe("ner").model, mean, axes)
    static = next(n for n in target.get_pipe("ner").model.walk() if n.name == "static_vectors")
    source_static = next(n for n in source.get_pipe("ner").model.walk() if n.name == "static_vectors")
    assert static.get_param("W").shape == (WIDTH, 3)
    numpy.testing.assert_allclose(static.get_param("W"), source_static.get_param("W") @ axes.T, rtol=1e-5)
    # three of six axes kept: the features stay close to the source's
    ours, theirs = features(target), features(source)
    assert numpy.abs(ours - theirs).mean() < 0.5 * numpy.abs(theirs).mean()


def test_moves_without_a_source_label_are_reported(source_table: numpy.ndarray):
    source = pipeline(source_table, ti.DEFAULT_MAP, seed=1)
    target = pipeline(source_table, {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}, seed=2)
    missing = ti.map_output_rows(source.get_pipe("ner"), target.get_pipe("ner"), {"PER": "PERSON"})
    assert sorted(missing) == sorted(f"{a}-{lab}" for a in "BILU" for lab in ("LOC",))


def test_different_architectures_are_refused(source_table: numpy.ndarray):
    source = pipeline(source_table, ti.DEFAULT_MAP, seed=1)
    other = spacy.blank("en")
    other.add_pipe("ner")
    with pytest.raises(ValueError, match="different architectures"):
        ti.copy_weights(source.get_pipe("ner").model, other.get_pipe("ner").model)


def test_source_ner_is_read_from_a_saved_pipeline(source_table: numpy.ndarray, tmp_path: Path):
    source = pipeline(source_table, ti.DEFAULT_MAP, seed=1)
    source.to_disk(tmp_path / "src")
    ner = ti._source_ner(tmp_path / "src")
    assert set(ner.labels) == {"PERSON", "ORG", "GPE"}
