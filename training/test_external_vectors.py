"""The shrunk pretrained vectors table (external_vectors.py), on a tiny table we write here."""
from pathlib import Path

import external_vectors as ev
import numpy
import pytest
import spacy
from spacy.attrs import IDS
from spacy.strings import StringStore
from spacy.vectors import Vectors

# row 0 is the most frequent (tables are stored by frequency)
KEYS = {"the": 0, "Rome": 1, "rome": 2, "ROME": 3, "Paris": 4, "2020": 5, "G7": 1}


@pytest.fixture()
def vocab_dir(tmp_path: Path) -> Path:
    rng = numpy.random.default_rng(0)
    strings = StringStore(list(KEYS))
    table = Vectors(strings=strings, data=rng.normal(size=(6, 10)).astype("float32"))
    for key, row in KEYS.items():
        table.add(key, row=row)
    table.to_disk(tmp_path)
    strings.to_disk(tmp_path / "strings.json")
    return tmp_path


def test_cased_keys_are_kept_and_digit_keys_dropped(vocab_dir: Path):
    assert ev.kept_keys(vocab_dir) == {"the": 0, "Rome": 1, "rome": 2, "ROME": 3, "Paris": 4}


def test_principal_components_keep_the_largest_variance_first():
    rng = numpy.random.default_rng(1)
    data = rng.normal(size=(200, 5)) * numpy.array([10.0, 5.0, 1.0, 0.5, 0.1])
    reduced = ev.principal_components(data.astype("float32"), 2)
    assert reduced.shape == (200, 2) and reduced.dtype == numpy.float32
    variances = reduced.var(axis=0)
    assert variances[0] > variances[1] > 10  # the two widest axes (variance ~100 and ~25)


def test_built_table_loads_and_keeps_shared_rows(vocab_dir: Path, tmp_path: Path):
    out = tmp_path / "out"
    info = ev.build(vocab_dir, out, dims=3)
    nlp = spacy.load(out)
    table = nlp.vocab.vectors
    assert info == {"keys": 5, "rows": 5, "dims": 3}
    assert table.shape == (5, 3) and table.attr == IDS["ORTH"]
    rows = {word: table.key2row[nlp.vocab.strings[word]] for word in ("the", "Rome", "rome", "Paris")}
    assert len(set(rows.values())) == 4
    assert nlp.vocab.strings.add("2020") not in table.key2row
    assert nlp.vocab.strings.add("G7") not in table.key2row
    # the key strings are not stored: the vocab keeps hashes only
    assert "Paris" not in nlp.vocab.strings
