"""The gazetteer feature table (gazetteer_vectors.py), on a tiny data folder we write here."""
from pathlib import Path

import numpy
import pytest

import gazetteer_vectors as gv

GAZ = ("geonames_id\tname\tfeature\tcountry\tlat\tlon\tpopulation\tnames\n"
       "1\tRome\tcapital\tITA\t41.9\t12.5\t2800000\tRoma|Rome|Рим\n"
       "2\tSaronno\tcity\tITA\t45.6\t9.0\t39000\tSaronno\n"
       "3\tUnited States\tcountry\tUSA\t39\t-98\t0\tStati Uniti|United States\n")
ACTORS = "key\tname\ttype\tcountry\tsector\twikidata\taliases\tmetonym_of\n"


@pytest.fixture()
def data(tmp_path: Path) -> Path:
    (tmp_path / "actors").mkdir()
    (tmp_path / "gazetteer.tsv").write_text(GAZ, encoding="utf-8")
    (tmp_path / "actors" / "people.tsv").write_text(
        ACTORS + "per:x\tMario Draghi\tPER\tITA\tGOV\t\tMario Draghi|Draghi\t\n", encoding="utf-8")
    (tmp_path / "actors" / "organisations.tsv").write_text(
        ACTORS + "org:un\tUnited Nations\tORG\tUNO\tIGO\t\tit:=Onu|=UN\t\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("alias, expected", [
    ("it:=Onu", "Onu"), ("=UN", "UN"), ("it:Nazioni Unite", "Nazioni Unite"), ("Draghi", "Draghi")])
def test_actor_alias(alias, expected):
    assert gv.actor_alias(alias) == expected


@pytest.mark.parametrize("feature, population, kind", [
    ("country", 0, "country"), ("capital", 2_800_000, "place_big"), ("city", 150_000, "place_mid"),
    ("city", 39_000, "place_small")])
def test_place_kind(feature, population, kind):
    assert gv.place_kind(feature, population) == kind


def test_vectors_mark_where_a_token_occurs(data: Path):
    nlp = gv.build("it", data)
    vectors, dims = nlp.vocab.vectors, gv.dimensions()

    def feats(word: str) -> set[str]:
        key = nlp.vocab.strings[word]
        assert key in vectors, word
        return {d for d, x in zip(dims, vectors[key]) if x}

    assert feats("Roma") == {"place_big_single"}
    assert feats("Saronno") == {"place_small_single"}
    assert feats("Stati") == {"country_first"}
    assert feats("Uniti") == {"country_next"}
    assert feats("Mario") == {"person_first"}
    assert feats("Draghi") == {"person_next", "person_single"}
    assert feats("Onu") == {"org_single"}
    assert nlp.vocab.strings.add("Рим") not in vectors  # other scripts of GeoNames are left out
    assert "Milano" not in nlp.vocab.strings or nlp.vocab.strings["Milano"] not in vectors
    # one row per distinct membership pattern
    assert vectors.shape[1] == len(dims) == 18
    assert len({tuple(r) for r in numpy.asarray(vectors.data)}) == vectors.shape[0]


def test_shipped_data_is_read(data: Path, tmp_path: Path):
    kinds: dict[str, int] = {}
    for _name, kind in gv.iter_names(gv.DATA):
        kinds[kind] = kinds.get(kind, 0) + 1
    assert set(kinds) == {"country", "org", "person", "place_big", "place_mid", "place_small"}
    assert kinds["place_small"] > 10_000
    gv.build("it", data).to_disk(tmp_path / "gaz")
    assert (tmp_path / "gaz" / "vocab" / "vectors").exists()
