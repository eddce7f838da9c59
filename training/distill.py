"""Silver NER training data: raw text labelled by the vote of several trained NERs (ensemble distillation).

A vote of several NERs finds more of the gold entities than any one of them. But running all of them
would cost one NER pass each, and the shipped pipeline must stay fast. So the vote labels raw text
the NERs never saw, and one NER of the usual size is trained on the gold corpora plus that silver text
(`make experiment-en-ner-distill`; tried, not shipped: see metrics/training_runs.json, en_ner_distill).

    python distill.py OUT.spacy --conllu A.conllu [B.conllu ...] --min-votes 4 MODEL [MODEL ...]

- The text is the ``# text =`` lines of CoNLL-U files, grouped by their ``# newdoc`` documents; only
  the raw sentences are read, never the files' annotation.
- Every MODEL (a spaCy pipeline with a ``ner``) labels every sentence on its own. A span with a label
  is kept when at least ``--min-votes`` models found exactly it. When kept spans overlap, the one with
  more votes wins; a tie goes to the earlier, then the longer span.
- The sentences of a document are joined, ``--per-doc`` at a time, into one training Doc. Its tokens
  that no kept span covers are marked outside any entity (not missing): the vote also teaches
  what is not a name.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

Span = tuple[int, int, str]  # start char, end char, label


def read_conllu_documents(path: Path) -> list[list[str]]:
    """The raw sentences (``# text =``) of a CoNLL-U file, one list per ``# newdoc`` document
    (sentences before any ``# newdoc`` form a document of their own)."""
    docs: list[list[str]] = []
    current: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc"):
            current = []
            docs.append(current)
        elif line.startswith("# text = "):
            if current is None:
                current = []
                docs.append(current)
            current.append(line[len("# text = "):].strip())
    return [d for d in docs if d]


def vote_spans(votes: Counter[Span], min_votes: int) -> list[Span]:
    """The spans with at least ``min_votes`` votes, without overlaps, in text order."""
    ranked = sorted((s for s, n in votes.items() if n >= min_votes),
                    key=lambda s: (-votes[s], s[0], -(s[1] - s[0]), s[2]))
    kept: list[Span] = []
    for span in ranked:
        if all(span[1] <= k[0] or k[1] <= span[0] for k in kept):
            kept.append(span)
    return sorted(kept)


def count_votes(models: Sequence[str | Path], sentences: Sequence[str],
                batch_size: int = 256) -> list[Counter[Span]]:
    """For each sentence, how many of ``models`` found each (start, end, label)."""
    import spacy

    votes: list[Counter[Span]] = [Counter() for _ in sentences]
    for model in models:
        nlp = spacy.load(model)
        for counter, doc in zip(votes, nlp.pipe(sentences, batch_size=batch_size), strict=True):
            counter.update((e.start_char, e.end_char, e.label_) for e in doc.ents)
        print(f"distill: labelled {len(sentences)} sentences with {model}", file=sys.stderr)
    return votes


def silver_docs(nlp, documents: Sequence[Sequence[str]], votes: Sequence[Counter[Span]], min_votes: int,
                per_doc: int = 10) -> Iterable:
    """Training Docs: ``per_doc`` sentences of a document at a time, joined by a space, with the kept
    spans as entities. ``votes`` has one counter per sentence, in the order of ``documents``."""
    i = 0
    for sentences in documents:
        for j in range(0, len(sentences), per_doc):
            text, spans = "", []
            for sentence in sentences[j:j + per_doc]:
                offset = len(text)
                spans += [(a + offset, b + offset, label) for a, b, label in vote_spans(votes[i], min_votes)]
                text += sentence + " "
                i += 1
            doc = nlp.make_doc(text.rstrip())
            ents = []
            for a, b, label in spans:
                span = doc.char_span(a, b, label=label)
                if span is None:
                    raise ValueError(f"span {doc.text[a:b]!r} does not fall on token boundaries")
                ents.append(span)
            doc.set_ents(ents, default="outside")
            yield doc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path, help="the DocBin to write")
    ap.add_argument("models", nargs="+", help="the NER pipelines that vote")
    ap.add_argument("--conllu", type=Path, nargs="+", required=True, help="files whose raw sentences are labelled")
    ap.add_argument("--min-votes", type=int, required=True)
    ap.add_argument("--per-doc", type=int, default=10)
    ap.add_argument("--lang", default="en")
    a = ap.parse_args(argv)
    if not 1 <= a.min_votes <= len(a.models):
        ap.error(f"--min-votes must be between 1 and the number of models ({len(a.models)})")
    import spacy
    from spacy.tokens import DocBin

    documents = [d for path in a.conllu for d in read_conllu_documents(path)]
    sentences = [s for d in documents for s in d]
    votes = count_votes(a.models, sentences)
    nlp = spacy.load(a.models[0])  # the voters' tokenizer, so every voted span falls on tokens
    db = DocBin(store_user_data=False)
    n_ents = 0
    for doc in silver_docs(nlp, documents, votes, a.min_votes, a.per_doc):
        db.add(doc)
        n_ents += len(doc.ents)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(a.out)
    print(f"distill: {len(sentences)} sentences of {len(documents)} documents -> {len(db)} docs, "
          f"{n_ents} entities, in {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
