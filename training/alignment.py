"""Tokenizer/gold alignment: the fraction of gold tokens (from our CoNLL-U
reader) whose character boundaries the blank spaCy tokenizer reproduces.

Usage: python alignment.py --data ../../shared/data --out metrics/alignment.json
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import spacy

from convert import conllu_docs


def alignment(nlp, docs):
    gold_n = hit = 0
    misses: Counter = Counter()
    for doc in docs:
        pred = nlp.make_doc(doc.text)
        spans = {(t.idx, t.idx + len(t)) for t in pred}
        for t in doc:
            gold_n += 1
            if (t.idx, t.idx + len(t)) in spans:
                hit += 1
            else:
                misses[t.text] += 1
    return gold_n, hit, misses


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("../../shared/data"))
    ap.add_argument("--out", type=Path, default=Path("metrics/alignment.json"))
    a = ap.parse_args()
    res = {}
    for lang, mode in [("it", "merge"), ("en", "auto")]:
        nlp = spacy.blank(lang)
        for f in sorted((a.data / lang / "ud").glob("UD_*/*.conllu")):
            n, h, miss = alignment(nlp, conllu_docs(nlp.vocab, f, mode))
            res[f.name] = {"gold_tokens": n, "aligned": h, "rate": round(h / n, 5),
                           "top_misaligned": miss.most_common(8)}
            print(f"{f.name:45s} {n:7d} {h / n:.4%}  {miss.most_common(5)}")
        tot = sum(v["gold_tokens"] for k, v in res.items() if k.startswith(lang + "_"))
        ok = sum(v["aligned"] for k, v in res.items() if k.startswith(lang + "_"))
        res[f"{lang}_total"] = {"gold_tokens": tot, "aligned": ok, "rate": round(ok / tot, 5)}
        print(f"{lang} total: {ok / tot:.4%}")
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(json.dumps(res, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
