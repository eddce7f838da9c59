"""Gazetteer features for the NER, as a tiny static-vectors table.

The NER's tok2vec can concatenate a static vector to its hashed embeddings
(``include_static_vectors``).  We have no pretrained word vectors, but we do ship
knowledge: the place gazetteer (``src/cronaca/data/gazetteer.tsv``, GeoNames
names in many languages) and the actor lists (``src/cronaca/data/actors/*.tsv``).
This script turns them into one binary vector per token string, whose dimensions
say in which lists the string occurs, and where:

    <kind>_single   the whole name is this one token          ("Saronno")
    <kind>_first    first token of a longer name              ("Stati" of "Stati Uniti")
    <kind>_next     a later token of a longer name            ("Uniti")

for kinds ``country``, ``place_big`` (>= 1M inhabitants), ``place_mid`` (>= 100k),
``place_small``, ``person`` and ``org``.  Of GeoNames' variants only those with a Latin-script letter are used.  The
network learns how much to trust each membership; the table has one row per
distinct membership pattern (a few hundred rows), so it adds about 1-4 MB to a
pipeline.  Names are tokenized with the language's own tokenizer so that the keys
are the tokens the pipeline will see.

Usage:  python gazetteer_vectors.py OUT_DIR --lang it [--data ../src/cronaca/data]
"""
from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path
from typing import Iterable

import numpy
import spacy
from spacy.strings import StringStore
from spacy.vectors import Vectors

DATA = Path(__file__).resolve().parent.parent / "src" / "cronaca" / "data"
POSITIONS = ("single", "first", "next")
KINDS = ("country", "org", "person", "place_big", "place_mid", "place_small")
# actor list -> kind (countries' aliases are country names; places.tsv holds well-known places)
ACTOR_FILES = {"countries.tsv": "country", "generated_countries.tsv": "country",
               "places.tsv": "place_big", "people.tsv": "person", "organisations.tsv": "org",
               "government.tsv": "org"}
_HAS_LETTER = re.compile(r"[A-Za-zÀ-ÿ]")


def dimensions() -> list[str]:
    return sorted(f"{k}_{p}" for k in KINDS for p in POSITIONS)


def place_kind(feature: str, population: int) -> str:
    if feature == "country":
        return "country"
    if population >= 1_000_000:
        return "place_big"
    return "place_mid" if population >= 100_000 else "place_small"


def actor_alias(alias: str) -> str:
    """``it:=Onu`` -> ``Onu``: drop the language tag and the exact-case marker of the actor lists."""
    alias = alias.strip()
    if ":" in alias[:4]:
        alias = alias.split(":", 1)[1]
    return alias.lstrip("=")


def iter_names(data: Path) -> Iterable[tuple[str, str]]:
    """(name, kind) for every gazetteer name and actor alias."""
    with open(data / "gazetteer.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            kind = place_kind(row["feature"], int(row["population"] or 0))
            for name in {row["name"], *row["names"].split("|")}:
                if _HAS_LETTER.search(name):  # GeoNames' many other-script variants are left out
                    yield name, kind
    for fname, kind in ACTOR_FILES.items():
        path = data / "actors" / fname
        if not path.exists():
            continue
        with open(path, encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                for alias in [row.get("name") or "", *(row.get("aliases") or "").split("|")]:
                    yield actor_alias(alias), kind


def memberships(nlp, names: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """Token string -> set of dimensions it belongs to."""
    table: dict[str, set[str]] = {}
    for name, kind in names:
        if not name:
            continue
        toks = [t.text for t in nlp.make_doc(name) if not t.is_punct]
        for i, t in enumerate(toks):
            pos = "single" if len(toks) == 1 else "first" if i == 0 else "next"
            table.setdefault(t, set()).add(f"{kind}_{pos}")
    return table


def build(lang: str, data: Path = DATA) -> spacy.Language:
    """A blank pipeline whose vocab holds the gazetteer vectors."""
    table = memberships(spacy.blank(lang), iter_names(data))  # tokenizing fills that vocab's strings
    nlp = spacy.blank(lang)
    dims = dimensions()
    patterns: dict[frozenset[str], int] = {}
    for feats in table.values():
        patterns.setdefault(frozenset(feats), len(patterns))
    rows = numpy.zeros((max(1, len(patterns)), len(dims)), dtype="float32")
    for feats, r in patterns.items():
        for f in feats:
            rows[r, dims.index(f)] = 1.0
    vectors = Vectors(data=rows, shape=rows.shape)
    hashes = StringStore()  # keys are string hashes: the 100k names need not ship in the vocab's strings
    for word, feats in table.items():
        vectors.add(hashes.add(word), row=patterns[frozenset(feats)])
    nlp.vocab.vectors = vectors
    return nlp


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--lang", required=True)
    ap.add_argument("--data", type=Path, default=DATA)
    a = ap.parse_args(argv)
    nlp = build(a.lang, a.data)
    nlp.to_disk(a.out)
    v = nlp.vocab.vectors
    print(f"{a.out}: {v.n_keys} keys, {v.shape[0]} rows x {v.shape[1]} dims")


if __name__ == "__main__":
    main()
