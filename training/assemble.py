"""Assemble the shipped pipeline: core (tok2vec, morphologizer, trainable
lemmatizer, parser) + NER (with its own tok2vec copied into the ner component
via ``replace_listeners``), then set meta.json.  When the NER was trained with static
vectors (the gazetteer features of gazetteer_vectors.py), its vectors table goes into the
shipped vocab.

Usage: python assemble.py CORE_DIR NER_DIR|- OUT_DIR --lang it --name cronaca_it
       --license "CC BY-NC-SA 4.0" [--version 0.1.0]
"""
from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import spacy
import srsly
from spacy.strings import StringStore

import syntax_features  # noqa: F401  (registers flat_parse, which a syntax NER's pipeline names)

PIPE_WORDS = {"tok2vec": "tok2vec (CNN)", "trainable_lemmatizer": "trainable lemmatizer",
              "ner": "ner (PER, ORG, LOC)"}


def describe(lang: str, pipe_names: list[str]) -> str:
    """meta.json's description: the components the pipeline really has."""
    parts = ", ".join(PIPE_WORDS.get(p, p) for p in pipe_names)
    return f"cronaca {lang} CPU pipeline: {parts}" + ("" if "ner" in pipe_names else "; no NER") + \
        ". See MODEL_CARD.md."


def _listeners(nlp) -> list[str]:
    """The components that listen to the pipeline's tok2vec component.  A plain NER pipeline's ner does;
    a NER trained on the core's annotations (configs/ner_syntax.cfg) has its tok2vec inside, and only the
    core's components listen to the pipeline's tok2vec."""
    return nlp.get_pipe("tok2vec").listening_components if "tok2vec" in nlp.pipe_names else []


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("core")
    ap.add_argument("ner", help="NER pipeline dir, or - for none")
    ap.add_argument("out", type=Path)
    ap.add_argument("--lang", required=True)
    ap.add_argument("--name", required=True)
    ap.add_argument("--version", default="0.1.0")
    ap.add_argument("--license", required=True)
    ap.add_argument("--description", default="")
    a = ap.parse_args()
    nlp = spacy.load(a.core)
    needed = set(nlp.vocab.strings)
    if a.ner != "-":
        ner_nlp = spacy.load(a.ner)
        if "ner" in _listeners(ner_nlp):  # a NER with its own tok2vec component: copy it in
            ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
        if ner_nlp.vocab.vectors.n_keys:  # the NER reads static (gazetteer) vectors: ship them
            nlp.vocab.vectors = ner_nlp.vocab.vectors
        nlp.add_pipe("ner", source=ner_nlp)
        needed |= set(nlp.get_pipe("ner").labels)
    nlp.meta.update({
        "name": a.name, "version": a.version, "license": a.license,
        "author": "cronaca contributors",
        "url": "https://github.com/cronaca",
        "description": a.description or describe(a.lang, nlp.pipe_names),
        "spacy_version": ">=3.8.7,<3.9",
    })
    nlp.meta.pop("performance", None)  # dev scores of the core run only; see MODEL_CARD.md
    keep = {}
    if a.out.exists():  # keep the model card across rebuilds
        for f in ("MODEL_CARD.md",):
            if (a.out / f).exists():
                keep[f] = (a.out / f).read_text()
        shutil.rmtree(a.out)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(a.out)
    dropped = prune_vector_strings(a.out, needed, nlp.vocab.vectors)
    if dropped:
        print(f"dropped {dropped} strings that were only vector keys")
    for f, text in keep.items():
        (a.out / f).write_text(text)
    print(a.out, nlp.pipe_names)


def prune_vector_strings(out: Path, needed: set[str], vectors) -> int:
    """Remove from the saved vocab the strings that are only keys of the static vectors.

    Vectors are looked up by hash, so their key strings serve nothing at run time; a NER trained
    with string-keyed vectors would otherwise carry ~100k names (3 MB) in ``strings.json``.
    """
    path = out / "vocab" / "strings.json"
    if not vectors.n_keys or not path.exists():
        return 0
    strings = srsly.read_json(path)
    hashes = StringStore()
    keep = [s for s in strings if s in needed or hashes.add(s) not in vectors.key2row]
    srsly.write_json(path, keep)
    return len(strings) - len(keep)


if __name__ == "__main__":
    main()
