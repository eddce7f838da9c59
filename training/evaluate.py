"""Evaluate a spaCy pipeline on held-out test DocBins (raw text in, like
``spacy evaluate``: the pipeline tokenizes the text itself and spaCy's
alignment maps predictions onto the gold tokens).

NER is scored twice: on documents of 10 sentences (the sentences run on, so the pipeline must find
where a title ends) and, under ``by_sentence``, one sentence at a time as the CoNLL shared tasks do.

Usage:
  python evaluate.py MODEL_DIR OUT.json name=corpus/file.spacy [name=...]
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import spacy
from spacy.tokens import DocBin
from spacy.training import Example

CORE_KEYS = ["token_acc", "pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las",
             "sents_p", "sents_r", "sents_f"]
NER_KEYS = ["ents_p", "ents_r", "ents_f", "ents_per_type"]


def evaluate(nlp, path: Path) -> dict:
    docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    examples = [Example(nlp.make_doc(d.text), d) for d in docs]
    has_ner = any(len(d.ents) for d in docs)
    has_dep = docs and docs[0].has_annotation("DEP")
    t0 = time.perf_counter()
    scores = nlp.evaluate(examples, batch_size=256)
    dt = time.perf_counter() - t0
    keys = (CORE_KEYS if has_dep else ["token_acc"]) + (NER_KEYS if has_ner else [])
    out = {k: scores.get(k) for k in keys if k in scores}
    if has_ner and "ner" in nlp.pipe_names:
        # The usual NER protocol (CoNLL): one sentence at a time, the corpus' own sentence splits.
        sents = [s.as_doc() for d in docs for s in d.sents]
        by_sent = nlp.evaluate([Example(nlp.make_doc(d.text), d) for d in sents], batch_size=256)
        out["by_sentence"] = {k: by_sent.get(k) for k in NER_KEYS}
    out["n_docs"] = len(docs)
    out["n_tokens"] = sum(len(d) for d in docs)
    out["words_per_second"] = round(out["n_tokens"] / dt)
    return out


def main(argv):
    model, out, *specs = argv
    nlp = spacy.load(model)
    res = {"model": str(model), "pipeline": nlp.pipe_names, "tests": {}}
    for spec in specs:
        name, path = spec.split("=", 1)
        if not Path(path).exists():
            print(f"skip {name}: {path} missing", file=sys.stderr)
            continue
        res["tests"][name] = r = evaluate(nlp, Path(path))
        flat = {k: (round(v, 4) if isinstance(v, float) else v) for k, v in r.items()
                if k not in ("ents_per_type", "by_sentence")}
        if "by_sentence" in r:
            flat["ents_f_by_sentence"] = round(r["by_sentence"]["ents_f"], 4)
        print(name, flat, file=sys.stderr)
        if "ents_per_type" in r:
            for lab, v in sorted(r["ents_per_type"].items()):
                print(f"   {lab}: P {v['p']:.3f} R {v['r']:.3f} F {v['f']:.3f}", file=sys.stderr)
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_text(json.dumps(res, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
