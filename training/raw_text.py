"""Raw text for `spacy pretrain`: the text of training and dev DocBins, as JSONL lines {"text": ...}.

Only training/dev files go in (never a test split): the tok2vec learns from unlabelled text what the
NER later sees labelled, plus the text of the treebanks and of WikiNEuRal's validation split.

    python raw_text.py OUT.jsonl corpus/it_ner_plus corpus/it_core_train.spacy ...
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import spacy
from spacy.tokens import DocBin


def texts(paths: list[Path]):
    vocab = spacy.blank("xx").vocab
    for p in paths:
        files = sorted(p.glob("*.spacy")) if p.is_dir() else [p]
        for f in files:
            if "test" in f.name:
                raise SystemExit(f"refusing a test split as raw text: {f}")
            for doc in DocBin().from_disk(f).get_docs(vocab):
                yield doc.text


def main(argv: list[str]) -> None:
    out, *inputs = argv
    seen: set[str] = set()
    n = 0
    with open(out, "w", encoding="utf-8") as fh:
        for t in texts([Path(i) for i in inputs]):
            if t in seen:  # the second copy of the news files adds nothing here
                continue
            seen.add(t)
            fh.write(json.dumps({"text": t}, ensure_ascii=False) + "\n")
            n += 1
    print(f"{out}: {n} texts", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
