"""Convert the public corpora in ../shared/data into spaCy DocBin files.

Written for cronaca (no code copied from spaCy's converters).  Two families of
readers live here:

* ``read_conllu`` -- a CoNLL-U reader that keeps the *surface form* of
  multi-word tokens (MWTs).  spaCy's own ``--converter conllu`` with merged
  MWTs joins the syntactic words ("di"+"il" -> "diil"), which the Italian
  tokenizer never produces.  We keep "del", "Negli", "dalla" as one token and
  give it the annotation of the part whose head lies outside the range (the
  first such part, e.g. the ADP in "del" = di + il); see ``_merge_mwt``.
  For English, MWTs whose parts spell the surface form ("do"+"n't" = "don't")
  are kept split, because spaCy's English tokenizer splits them the same way.
  Empty nodes (ids like ``8.1``) are skipped.

* NER readers for KIND (token<TAB>tag), UNER (CoNLL-U-like iob2), WikiGold
  (space separated, IOB1) and BTC (token<TAB>tag).  All labels are mapped to
  one scheme -- see ``LABEL_MAP``:

      PER, PERSON, B-PER ...            -> PER
      ORG, ORGANIZATION, CORP           -> ORG
      LOC, GPE, LOCATION, FAC           -> LOC
      MISC, OTH, PRO, anything else     -> O (dropped)

  The NER files carry no whitespace information, so token spacing is guessed
  with a small detokenisation heuristic (``guess_spaces``): no space before
  closing punctuation or English clitics ("n't", "'s"), none after opening
  brackets or Italian elided forms ("l'", "dell'", "un'").

Usage:  python convert.py --data ../../shared/data --out corpus [--only it|en]
"""
from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import spacy
from spacy.tokens import Doc, DocBin, Span

# --------------------------------------------------------------------------
# CoNLL-U
# --------------------------------------------------------------------------


@dataclass
class Word:
    id: int
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int
    deprel: str
    misc: str


@dataclass
class Token:
    """One surface token of the output Doc (possibly a merged MWT)."""

    form: str
    lemma: str
    upos: str
    feats: str
    head: int  # index into the sentence's token list, -1 for root
    deprel: str
    space: bool


@dataclass
class Sentence:
    tokens: list[Token]
    sent_id: str = ""
    text: str = ""
    newdoc: bool = False


def _parse_feats(feats: str) -> dict[str, str]:
    if not feats or feats == "_":
        return {}
    out = {}
    for item in feats.split("|"):
        if "=" in item:
            k, v = item.split("=", 1)
            out[k] = v
    return out


def _feats_str(d: dict[str, str]) -> str:
    return "|".join(f"{k}={d[k]}" for k in sorted(d, key=str.lower))


def _space_after(misc: str) -> bool:
    if not misc or misc == "_":
        return True
    return "SpaceAfter=No" not in misc.split("|")


def _merge_mwt(parts: list[Word], form: str, misc: str) -> tuple[Word, dict]:
    """Return the representative part of an MWT and the merged annotation.

    The representative is the first part whose head lies outside the range
    (for "del" = di/case + il/det both attach outside: we take "di", ADP).
    The morphology is the representative's features; if those are empty
    (as for ADP) the features of the other parts are added, so "del" gets
    Definite=Def|Gender=Masc|Number=Sing|PronType=Art.  The lemma is the
    representative's lemma ("di"), the POS its UPOS.
    """
    ids = {w.id for w in parts}
    rep = next((w for w in parts if w.head not in ids), parts[0])
    feats = _parse_feats(rep.feats)
    if not feats:
        for w in parts:
            if w is rep:
                continue
            for k, v in _parse_feats(w.feats).items():
                feats.setdefault(k, v)
    return rep, {
        "form": form,
        "lemma": rep.lemma,
        "upos": rep.upos,
        "feats": _feats_str(feats),
        "deprel": rep.deprel,
        "space": _space_after(misc),
    }


def _should_split(form: str, parts: list[Word], mode: str) -> bool:
    if mode == "merge":
        return False
    if mode == "split":
        return True
    # "auto": split when the parts spell the surface form (English don't).
    return "".join(w.form for w in parts).lower() == form.lower()


def _build_sentence(lines: list[str], mwt_mode: str) -> Sentence | None:
    sent = Sentence(tokens=[])
    words: dict[int, Word] = {}
    ranges: list[tuple[int, int, str, str]] = []
    for line in lines:
        if line.startswith("#"):
            if line.startswith("# sent_id"):
                sent.sent_id = line.split("=", 1)[-1].strip()
            elif line.startswith("# text ="):
                sent.text = line.split("=", 1)[1].strip()
            elif line.startswith("# newdoc"):
                sent.newdoc = True
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            raise ValueError(f"bad CoNLL-U line: {line!r}")
        tid = cols[0]
        if "." in tid:  # empty node
            continue
        if "-" in tid:
            a, b = tid.split("-")
            ranges.append((int(a), int(b), cols[1], cols[9]))
            continue
        head = int(cols[6]) if cols[6] not in ("_", "") else 0
        words[int(tid)] = Word(int(tid), cols[1], cols[2], cols[3], cols[4],
                               cols[5], head, cols[7], cols[9])
    if not words:
        return None
    # map word id -> output token index
    range_of: dict[int, tuple[int, int, str, str]] = {}
    for r in ranges:
        for i in range(r[0], r[1] + 1):
            range_of[i] = r
    out: list[dict] = []
    word2tok: dict[int, int] = {}
    rep_of_tok: list[Word] = []
    i = 1
    max_id = max(words)
    while i <= max_id:
        if i not in words:
            i += 1
            continue
        r = range_of.get(i)
        if r is not None and r[0] == i:
            parts = [words[j] for j in range(r[0], r[1] + 1) if j in words]
            if _should_split(r[2], parts, mwt_mode):
                for k, w in enumerate(parts):
                    word2tok[w.id] = len(out)
                    rep_of_tok.append(w)
                    last = k == len(parts) - 1
                    out.append({"form": w.form, "lemma": w.lemma, "upos": w.upos,
                                "feats": w.feats if w.feats != "_" else "",
                                "deprel": w.deprel,
                                "space": _space_after(r[3]) if last else False})
            else:
                rep, tok = _merge_mwt(parts, r[2], r[3])
                for w in parts:
                    word2tok[w.id] = len(out)
                rep_of_tok.append(rep)
                out.append(tok)
            i = r[1] + 1
            continue
        w = words[i]
        word2tok[w.id] = len(out)
        rep_of_tok.append(w)
        out.append({"form": w.form, "lemma": w.lemma, "upos": w.upos,
                    "feats": w.feats if w.feats != "_" else "",
                    "deprel": w.deprel, "space": _space_after(w.misc)})
        i += 1
    for idx, (tok, rep) in enumerate(zip(out, rep_of_tok)):
        head = -1 if rep.head == 0 else word2tok[rep.head]
        if head == idx:  # cannot happen for well-formed trees
            head = -1
        sent.tokens.append(Token(tok["form"], tok["lemma"], tok["upos"],
                                 tok["feats"], head, tok["deprel"], tok["space"]))
    return sent


def read_conllu(path: Path | str, mwt_mode: str = "merge") -> Iterator[Sentence]:
    """Yield sentences of a CoNLL-U file (``mwt_mode``: merge, split or auto)."""
    block: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if line.strip():
                block.append(line)
            elif block:
                s = _build_sentence(block, mwt_mode)
                if s is not None:
                    yield s
                block = []
    if block:
        s = _build_sentence(block, mwt_mode)
        if s is not None:
            yield s


def sentences_to_doc(vocab, sents: list[Sentence]) -> Doc:
    words, spaces, pos, morphs, lemmas, heads, deps, starts = ([] for _ in range(8))
    for s in sents:
        offset = len(words)
        for k, t in enumerate(s.tokens):
            words.append(t.form)
            spaces.append(t.space)
            pos.append(t.upos if t.upos not in ("_", "") else None)
            morphs.append(t.feats)
            lemmas.append(t.lemma if t.lemma != "_" else t.form)
            if t.head < 0:
                heads.append(offset + k)
                deps.append("ROOT")
            else:
                heads.append(offset + t.head)
                deps.append(t.deprel)
            starts.append(k == 0)
        spaces[-1] = True  # separate sentences inside one Doc
    if sents:
        spaces[-1] = False
    return Doc(vocab, words=words, spaces=spaces, pos=pos, morphs=morphs,
               lemmas=lemmas, heads=heads, deps=deps, sent_starts=starts)


def conllu_docs(vocab, path, mwt_mode="merge", n_sents=10,
                guess_space: bool | None = None) -> list[Doc]:
    """Group sentences into Docs of ``n_sents`` sentences (or per newdoc).

    Some treebanks (MarkIT) carry no SpaceAfter=No at all, so their text would
    read "l' uomo , che"; when fewer than one SpaceAfter=No per ten sentences
    is found (or ``guess_space`` is True) the spacing is guessed with
    ``guess_spaces`` instead.
    """
    sents = list(read_conllu(path, mwt_mode))
    if guess_space is None:
        n_nospace = sum(not t.space for s in sents for t in s.tokens)
        guess_space = n_nospace < 0.1 * len(sents)
    if guess_space:
        lang = vocab.lang or "it"
        for s in sents:
            for t, sp in zip(s.tokens, guess_spaces([t.form for t in s.tokens], lang)):
                t.space = sp
    docs, buf = [], []
    for s in sents:
        if buf and (len(buf) >= n_sents or s.newdoc):
            docs.append(sentences_to_doc(vocab, buf))
            buf = []
        buf.append(s)
    if buf:
        docs.append(sentences_to_doc(vocab, buf))
    return docs


# --------------------------------------------------------------------------
# NER
# --------------------------------------------------------------------------

LABEL_MAP = {
    "PER": "PER", "PERSON": "PER",
    "ORG": "ORG", "ORGANIZATION": "ORG", "ORGANISATION": "ORG", "CORP": "ORG",
    "LOC": "LOC", "LOCATION": "LOC", "GPE": "LOC", "FAC": "LOC",
}  # everything else (MISC, OTH, PRO, "O" typed as B-O, ...) -> O

NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "...", "»", "”", "’"}
NO_SPACE_AFTER = {"(", "[", "{", "«", "“", "‘", "$", "#", "@"}
EN_CLITICS = {"n't", "'s", "'m", "'re", "'ve", "'ll", "'d", "’s", "n’t"}


def guess_spaces(words: list[str], lang: str) -> list[bool]:
    spaces = [True] * len(words)
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is None:
            spaces[i] = False
            break
        if nxt in NO_SPACE_BEFORE or (lang == "en" and nxt.lower() in EN_CLITICS):
            spaces[i] = False
        elif w in NO_SPACE_AFTER and len(w) == 1 and w not in "#@":
            spaces[i] = False
        elif lang == "it" and len(w) > 1 and w[-1] in "'’" and w[0].isalpha():
            spaces[i] = False  # elision: l'Istituto, dell'ONU
    return spaces


def map_label(tag: str) -> tuple[str, str]:
    """'B-GPE' -> ('B', 'LOC'); unknown types -> ('O', '')."""
    if tag in ("O", "", "_") or "-" not in tag:
        return "O", ""
    prefix, typ = tag.split("-", 1)
    lab = LABEL_MAP.get(typ.upper())
    if lab is None or prefix not in ("B", "I", "E", "S"):
        return "O", ""
    return prefix, lab


def tags_to_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Decode IOB1/IOB2/BIOES tags (already mapped) into (start, end, label)."""
    spans = []
    start, label = None, None
    for i, tag in enumerate(tags + ["O"]):
        prefix, lab = map_label(tag)
        begin_new = prefix in ("B", "S") or (prefix in ("I", "E") and lab != label)
        if prefix == "O" or begin_new:
            if start is not None:
                spans.append((start, i, label))
            start, label = (i, lab) if prefix != "O" else (None, None)
        if prefix in ("E", "S") and start is not None:
            spans.append((start, i + 1, label))
            start, label = None, None
    return spans


def read_columns(path, token_col: int, tag_col: int, sep: str | None = "\t",
                 skip_comments: bool = False) -> Iterator[tuple[list[str], list[str]]]:
    words, tags = [], []
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n").rstrip("\r")
            if skip_comments and line.startswith("#"):
                continue
            if not line.strip():
                if words:
                    yield words, tags
                words, tags = [], []
                continue
            cols = line.split(sep) if sep else line.split()
            if cols[0] == "-DOCSTART-":
                continue
            if len(cols) <= max(token_col, tag_col):
                continue
            words.append(cols[token_col])
            tags.append(cols[tag_col].strip())
    if words:
        yield words, tags


SentenceEnts = tuple[list[str], list[bool], list[tuple[int, int, str]]]  # words, spaces, (start, end, label)


# A sentence that ends in none of these (after closing quotes and brackets) is a heading, caption or
# list item: in the source it stood on its own line.
SENTENCE_END = ".!?…:;"
CLOSERS = "\"'»”’)]"


def ends_sentence(words: list[str]) -> bool:
    """Whether the last word (closing quotes and brackets skipped) ends in sentence-final punctuation."""
    for w in reversed(words):
        if w and all(c in CLOSERS for c in w):
            continue
        return bool(w) and w[-1] in SENTENCE_END
    return False


def docs_of_sentences(vocab, sents: Iterable[SentenceEnts], n_sents: int = 10,
                      line_breaks: bool = False) -> list[Doc]:
    """Group sentences with their entity spans into Docs of ``n_sents`` sentences each.

    Sentences are joined by a space.  With ``line_breaks`` (``convert.py --line-breaks``, for the
    training and dev files only), a sentence without final punctuation (a title, a caption) ends with
    a line break token instead, as it would in the article it came from; test files never get them
    (the pipeline must find where a title ends).  An experiment: no gain on KIND or UNER test
    (metrics/training_runs.json: it_ner_linebreaks, en_ner_linebreaks), so the shipped NERs train
    on run-on sentences.
    """
    docs: list[Doc] = []
    buf: list[SentenceEnts] = []

    def flush() -> None:
        words, spaces, starts, ents = [], [], [], []
        for i, (ws, sp, spans) in enumerate(buf):
            off = len(words)
            words += ws
            starts += [True] + [False] * (len(ws) - 1)
            ents += [(off + a, off + b, lab) for a, b, lab in spans]
            if line_breaks and i < len(buf) - 1 and not ends_sentence(ws):
                spaces += sp[:-1] + [False]
                words.append("\n")
                spaces.append(False)
                starts.append(False)
            else:
                spaces += sp[:-1] + [True]  # sentences of one Doc are separated by a space
        spaces[-1] = False
        doc = Doc(vocab, words=words, spaces=spaces, sent_starts=starts)
        doc.ents = [Span(doc, a, b, label=lab) for a, b, lab in ents]
        docs.append(doc)

    for sent in sents:
        if not sent[0]:
            continue
        buf.append(sent)
        if len(buf) >= n_sents:
            flush()
            buf = []
    if buf:
        flush()
    return docs


def ner_docs(vocab, sents: Iterable[tuple[list[str], list[str]]], lang: str,
             n_sents: int = 10, line_breaks: bool = False) -> list[Doc]:
    """Docs from token/tag sentences (spacing guessed, tags decoded to spans)."""
    def with_spans() -> Iterator[SentenceEnts]:
        for ws, ts in sents:
            ws = [w if w.strip() else "_" for w in ws]
            yield ws, guess_spaces(ws, lang), tags_to_spans(ts)

    return docs_of_sentences(vocab, with_spans(), n_sents, line_breaks)


def kind(path):
    return read_columns(path, 0, 1, "\t")


def uner(path):
    return read_columns(path, 1, 2, "\t", skip_comments=True)


def wikigold(path):
    return read_columns(path, 0, 1, " ")


def btc(path):
    return read_columns(path, 0, 1, "\t")



# --------------------------------------------------------------------------
# GUM entities -> flat named-entity spans
# --------------------------------------------------------------------------
# GUM annotates every mention (pronouns and common nouns too) with nested brackets in MISC,
# e.g. ``Entity=(8-organization-new-nnnnn-cf3-3,5,6-sgl-University_of_Portsmouth`` ... ``8)``.
# A *named* entity is a person/organization/place mention whose syntactic head (the token whose
# head lies outside the mention) is a PROPN; its name is the run of name-like tokens around that
# head ("the University of Portsmouth, United Kingdom" -> "University of Portsmouth").  Outer
# mentions are taken first; nested ones are kept where they do not overlap ("United Kingdom").

GUM_TYPES = {"person": "PER", "organization": "ORG", "place": "LOC"}
# lowercase words allowed inside a name, between two name-like tokens ("Bank of the West")
NAME_CONNECTORS = frozenset({"of", "the", "and", "&", "for", "de", "du", "del", "la", "le",
                             "von", "van", "der", "on", "upon", "-"})
_NOT_NAME_POS = frozenset({"PUNCT", "PRON", "DET", "ADP", "SYM", "NUM", "CCONJ"})


def parse_entity_field(value: str) -> Iterator[tuple[str, str, str]]:
    """Yield ("open"|"single"|"close", mention id, fields) for a GUM ``Entity=`` value."""
    i = 0
    while i < len(value):
        if value[i] == "(":
            j = i + 1
            while j < len(value) and value[j] not in "()":
                j += 1
            fields = value[i + 1:j]
            eid = fields.split("-", 1)[0]
            if j < len(value) and value[j] == ")":
                yield "single", eid, fields
                i = j + 1
            else:
                yield "open", eid, fields
                i = j
        else:
            m = re.match(r"(\d+)\)", value[i:])
            if not m:
                raise ValueError(f"bad Entity= value: {value!r}")
            yield "close", m.group(1), ""
            i += m.end()


def _misc_value(misc: str, key: str) -> str | None:
    for part in misc.split("|"):
        if part.startswith(key + "="):
            return part[len(key) + 1:]
    return None


def _name_like(w: dict) -> bool:
    return w["upos"] == "PROPN" or (w["form"][:1].isupper() and w["upos"] not in _NOT_NAME_POS)


def gum_sentence_entities(lines: list[str]) -> tuple[list[str], list[bool], list[tuple[int, int, str]]]:
    """Words, spaces and flat (start, end, label) named entities of one GUM CoNLL-U sentence."""
    words: list[dict] = []
    range_space: dict[int, bool] = {}
    for line in lines:
        if line.startswith("#"):
            continue
        c = line.split("\t")
        if len(c) != 10 or "." in c[0]:
            continue
        if "-" in c[0]:
            range_space[int(c[0].split("-")[1])] = "SpaceAfter=No" not in c[9]
            continue
        words.append({"id": int(c[0]), "form": c[1], "upos": c[3],
                      "head": int(c[6]) if c[6].isdigit() else 0, "misc": c[9],
                      "space": range_space.get(int(c[0]), "SpaceAfter=No" not in c[9])})
    for w in words:  # the last part of a multi-word token takes the range's SpaceAfter
        if w["id"] in range_space:
            w["space"] = range_space[w["id"]]
    index = {w["id"]: k for k, w in enumerate(words)}
    mentions: list[tuple[int, int, str]] = []
    open_: dict[str, list[tuple[int, str]]] = {}
    for k, w in enumerate(words):
        value = _misc_value(w["misc"], "Entity")
        for kind_, eid, fields in parse_entity_field(value or ""):
            if kind_ == "single":
                mentions.append((k, k + 1, fields))
            elif kind_ == "open":
                open_.setdefault(eid, []).append((k, fields))
            elif open_.get(eid):
                start, f = open_[eid].pop()
                mentions.append((start, k + 1, f))
    spans: list[tuple[int, int, str]] = []
    for s, e, fields in sorted(mentions, key=lambda m: m[0] - m[1]):  # longest first
        parts = fields.split("-")
        label = GUM_TYPES.get(parts[1] if len(parts) > 1 else "")
        heads = [k for k in range(s, e) if not s <= index.get(words[k]["head"], -1) < e]
        if label is None or not heads or words[heads[0]]["upos"] != "PROPN":
            continue
        a, b = _name_run(words, heads[0], s, e)
        if a < b and all(b <= x or y <= a for x, y, _ in spans):
            spans.append((a, b, label))
    return [w["form"] for w in words], [w["space"] for w in words], sorted(spans)


def _name_run(words: list[dict], head: int, s: int, e: int) -> tuple[int, int]:
    """The run of name-like tokens (with connectors between them) around ``head`` inside [s, e)."""
    def connector(k: int) -> bool:
        w = words[k]
        if w["form"] == "-":  # hyphenated names only when written without spaces
            return not words[k - 1]["space"] and not w["space"]
        return w["form"].lower() in NAME_CONNECTORS

    a = head
    while a - 1 >= s and (_name_like(words[a - 1]) or (
            connector(a - 1) and a - 2 >= s and _name_like(words[a - 2]))):
        a -= 1
    b = head + 1
    while b < e and (_name_like(words[b]) or (connector(b) and b + 1 < e and _name_like(words[b + 1]))):
        b += 1
    while a < b and not _name_like(words[a]):
        a += 1
    while b > a and not _name_like(words[b - 1]):
        b -= 1
    return a, b


def gum_ner_docs(vocab, path: Path | str, n_sents: int = 10) -> list[Doc]:
    """NER training Docs (PER/ORG/LOC) from a GUM CoNLL-U file's entity annotation."""
    def sentences() -> Iterator[SentenceEnts]:
        block: list[str] = []
        with open(path, encoding="utf-8") as fh:
            for raw in list(fh) + [""]:
                line = raw.rstrip("\n")
                if line.strip():
                    block.append(line)
                elif block:
                    yield gum_sentence_entities(block)
                    block = []

    return docs_of_sentences(vocab, sentences(), n_sents)


# --------------------------------------------------------------------------
# Corpus layout
# --------------------------------------------------------------------------

def _ud(data: Path, tb: str, split: str) -> Path:
    lang = "it" if tb.startswith("Italian") else "en"
    d = data / lang / "ud" / f"UD_{tb}"
    cands = sorted(d.glob(f"*-ud-{split}*.conllu"))
    if not cands:
        raise FileNotFoundError(f"{d}/*-ud-{split}*.conllu")
    return cands[0]


def save(docs: list[Doc], path: Path, stats: dict):
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    n_tok = sum(len(d) for d in docs)
    n_ent = sum(len(d.ents) for d in docs)
    stats[path.name] = {"docs": len(docs), "tokens": n_tok, "ents": n_ent}
    print(f"  {path.name:40s} {len(docs):6d} docs {n_tok:8d} tokens {n_ent:6d} ents",
          file=sys.stderr)


def build_it(data: Path, out: Path, stats: dict, open_only: bool = False, line_breaks: bool = False):
    vocab = spacy.blank("it").vocab
    rnd = random.Random(13)
    train: list[Doc] = []
    dev: list[Doc] = []
    if open_only:
        # CC BY / BY-SA only: MarkIT (BY), ParlaMint (BY-SA), TWITTIRO (BY-SA)
        sources = [("Italian-MarkIT", "train"), ("Italian-ParlaMint", "train"),
                   ("Italian-TWITTIRO", "train"), ("Italian-TWITTIRO", "dev")]
        markit_dev = conllu_docs(vocab, _ud(data, "Italian-MarkIT", "dev"))
        dev += markit_dev[:15]
        train += markit_dev[15:]
    else:
        sources = [("Italian-ISDT", "dev"), ("Italian-VIT", "dev"),
                   ("Italian-ParTUT", "train"), ("Italian-MarkIT", "train"),
                   ("Italian-ParlaMint", "train"), ("Italian-PoSTWITA", "train"),
                   ("Italian-PoSTWITA", "dev"), ("Italian-TWITTIRO", "train"),
                   ("Italian-TWITTIRO", "dev")]
        # spaCy dev set: ParTUT dev + the first 150 sentences of MarkIT dev
        dev += conllu_docs(vocab, _ud(data, "Italian-ParTUT", "dev"))
        markit_dev = conllu_docs(vocab, _ud(data, "Italian-MarkIT", "dev"))
        dev += markit_dev[:15]
        train += markit_dev[15:]
    for tb, split in sources:
        train += conllu_docs(vocab, _ud(data, tb, split))
    rnd.shuffle(train)
    tag = "it_open" if open_only else "it"
    save(train, out / f"{tag}_core_train.spacy", stats)
    save(dev, out / f"{tag}_core_dev.spacy", stats)
    if open_only:
        return
    for tb in ["ISDT", "VIT", "ParTUT", "MarkIT", "ParlaMint", "PoSTWITA", "TWITTIRO"]:
        save(conllu_docs(vocab, _ud(data, f"Italian-{tb}", "test")),
             out / f"it_test_{tb.lower()}.spacy", stats)
    # NER: KIND (EVALITA 2023 splits).  WN = Wikinews (news).
    k = data / "it" / "ner" / "KIND"
    ner_train = []
    # the ADG and FIC dev splits are not needed for model selection (WN dev is the dev set): train on them.
    # WN dev stays out of this file, which the selection runs train on; the shipped runs add it
    # (save_ner_final; metrics/training_runs.json: it_ner_final).
    for f in ["evalita-2023/WN_train.tsv", "evalita-2023/ADG_train.tsv",
              "evalita-2023/FIC_train.tsv", "dataset/moro_train.tsv",
              "evalita-2023/ADG_dev.tsv", "evalita-2023/FIC_dev.tsv"]:
        ner_train += ner_docs(vocab, kind(k / f), "it", line_breaks=line_breaks)
    rnd.shuffle(ner_train)
    save(ner_train, out / "it_ner_train.spacy", stats)
    save(ner_docs(vocab, kind(k / "evalita-2023/WN_dev.tsv"), "it", line_breaks=line_breaks),
         out / "it_ner_dev.spacy", stats)
    save(ner_docs(vocab, kind(k / "evalita-2023/WN_test.tsv"), "it"),
         out / "it_ner_test_wn.spacy", stats)
    for name, f in [("fic", "FIC_test.tsv"), ("adg", "ADG_test.tsv")]:
        save(ner_docs(vocab, kind(k / "evalita-2023" / f), "it"),
             out / f"it_ner_test_{name}.spacy", stats)
    ep = data / "multi" / "Europarl-NER" / "it-europarl.test.conll02"
    if ep.exists():
        save(ner_docs(vocab, read_columns(ep, 0, 1, None), "it"),
             out / "it_ner_test_europarl.spacy", stats)
    wn = data / "multi" / "WikiNEuRal" / "it" / "test.conllu"
    if wn.exists():
        save(ner_docs(vocab, read_columns(wn, 1, 2, "\t"), "it"),
             out / "it_ner_test_wikineural.spacy", stats)
    save_ner_plus(data, out, vocab, "it", stats, [k / "evalita-2023/WN_train.tsv"], line_breaks)
    save_ner_final(out, "it")


def build_en(data: Path, out: Path, stats: dict, open_only: bool = False, line_breaks: bool = False):
    vocab = spacy.blank("en").vocab
    rnd = random.Random(13)
    train = conllu_docs(vocab, _ud(data, "English-EWT", "train"), "auto")
    if not open_only:
        train += conllu_docs(vocab, _ud(data, "English-GUM", "train"), "auto")
    rnd.shuffle(train)
    tag = "en_open" if open_only else "en"
    save(train, out / f"{tag}_core_train.spacy", stats)
    save(conllu_docs(vocab, _ud(data, "English-EWT", "dev"), "auto"),
         out / f"{tag}_core_dev.spacy", stats)
    if not open_only:
        for tb in ["EWT", "GUM"]:
            save(conllu_docs(vocab, _ud(data, f"English-{tb}", "test"), "auto"),
                 out / f"en_test_{tb.lower()}.spacy", stats)
    # NER (all CC BY / BY-SA, so the English NER is the same in both variants)
    if open_only:
        return
    n = data / "en" / "ner"
    u = n / "UNER_English-EWT"
    ner_train = ner_docs(vocab, uner(sorted(u.glob("en_ewt-ud-train*.iob2"))[0]), "en",
                         line_breaks=line_breaks)
    ner_train += ner_docs(vocab, wikigold(n / "WikiGold/CONLL-format/data/wikigold.conll.txt"), "en",
                          line_breaks=line_breaks)
    btc_docs = []
    for f in sorted((n / "BTC/CONLL-format/data").glob("*.conll")):
        btc_docs += ner_docs(vocab, btc(f), "en", line_breaks=line_breaks)
    rnd.shuffle(btc_docs)
    ner_dev = ner_docs(vocab, uner(u / "en_ewt-ud-dev.iob2"), "en", line_breaks=line_breaks) + btc_docs[:40]
    ner_train += btc_docs[40:]
    rnd.shuffle(ner_train)
    save(ner_train, out / "en_ner_train.spacy", stats)
    # en_ner_up/: the training file + UNER EWT train again (in-domain twice): one of the teachers of the
    # distilled English NER trains on it (Makefile: train-en-ner-distill)
    up = out / "en_ner_up"
    up.mkdir(parents=True, exist_ok=True)
    (up / "gold.spacy").write_bytes((out / "en_ner_train.spacy").read_bytes())
    save(ner_docs(vocab, uner(sorted(u.glob("en_ewt-ud-train*.iob2"))[0]), "en", line_breaks=line_breaks),
         up / "uner_again.spacy", stats)
    save(ner_dev, out / "en_ner_dev.spacy", stats)
    save(ner_docs(vocab, uner(u / "en_ewt-ud-test.iob2"), "en"),
         out / "en_ner_test_uner.spacy", stats)
    ep = data / "multi" / "Europarl-NER" / "en-europarl.test.conll02"
    if ep.exists():
        save(ner_docs(vocab, read_columns(ep, 0, 1, None), "en"),
             out / "en_ner_test_europarl.spacy", stats)
    wn = data / "multi" / "WikiNEuRal" / "en" / "test.conllu"
    if wn.exists():
        save(ner_docs(vocab, read_columns(wn, 1, 2, "\t"), "en"),
             out / "en_ner_test_wikineural.spacy", stats)
    # WikiNEuRal val is not added for English: it lowered UNER EWT dev F (63.3 vs 64.4)


def save_ner_plus(data: Path, out: Path, vocab, lang: str, stats: dict, in_domain: list[Path],
                  line_breaks: bool = False):
    """The NER training folder ``<lang>_ner_plus/``: the gold training file, WikiNEuRal's validation
    split (silver, Wikipedia, CC BY-NC-SA; its test split stays an evaluation set) and a second copy of
    the in-domain (news) training files, so that news weighs twice as much as fiction, letters and
    Wikipedia.  A config trains on all of it by pointing ``paths.train`` at the folder.
    """
    plus = out / f"{lang}_ner_plus"
    gold = out / f"{lang}_ner_train.spacy"
    plus.mkdir(parents=True, exist_ok=True)
    (plus / "gold.spacy").write_bytes(gold.read_bytes())
    wn = data / "multi" / "WikiNEuRal" / lang / "val.conllu"
    if wn.exists():
        save(ner_docs(vocab, read_columns(wn, 1, 2, "\t"), lang, line_breaks=line_breaks),
             plus / "wikineural_val.spacy", stats)
    again = [d for f in in_domain for d in ner_docs(vocab, kind(f), lang, line_breaks=line_breaks)]
    save(again, plus / "news_again.spacy", stats)


def save_ner_final(out: Path, lang: str) -> None:
    """The folders the shipped NER's two stages train on once model selection is done, with the dev
    set (KIND Wikinews dev, news) trained on too, as news is: ``<lang>_ner_final/`` is
    ``<lang>_ner_plus/`` + the dev file twice (stage 1), ``<lang>_news_final/`` the news training
    file + the dev file (stage 2).  The number of steps of each stage was chosen on dev by the runs
    without it (metrics/training_runs.json: it_ner, it_ner_news); the test splits stay out.
    """
    plus, dev = out / f"{lang}_ner_plus", out / f"{lang}_ner_dev.spacy"
    final, news = out / f"{lang}_ner_final", out / f"{lang}_news_final"
    for folder in (final, news):
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
    for f in sorted(plus.glob("*.spacy")):
        (final / f.name).write_bytes(f.read_bytes())
    (final / "news_dev.spacy").write_bytes(dev.read_bytes())
    (final / "news_dev_again.spacy").write_bytes(dev.read_bytes())
    (news / "news_again.spacy").write_bytes((plus / "news_again.spacy").read_bytes())
    (news / "news_dev.spacy").write_bytes(dev.read_bytes())


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=Path("../../shared/data"))
    ap.add_argument("--out", type=Path, default=Path("corpus"))
    ap.add_argument("--only", choices=["it", "en"], default=None)
    ap.add_argument("--open", action="store_true", help="build the open (BY/BY-SA) core corpora")
    ap.add_argument("--line-breaks", action="store_true",
                    help="an experiment: end NER training/dev sentences without final punctuation with a line break")
    ap.add_argument("--gum-ner", nargs=2, metavar=("DATA", "OUT"), type=Path,
                    help="only write GUM train's named entities (an experiment) to OUT")
    a = ap.parse_args(argv)
    if a.gum_ner:
        data, dest = a.gum_ner
        save(gum_ner_docs(spacy.blank("en").vocab, _ud(data, "English-GUM", "train")), dest, {})
        return
    stats: dict = {}
    for lang, fn in [("it", build_it), ("en", build_en)]:
        if a.only in (None, lang):
            fn(a.data, a.out, stats, open_only=a.open, line_breaks=a.line_breaks)
    name = "stats_open.json" if a.open else f"stats_{a.only or 'all'}.json"
    (a.out / name).write_text(json.dumps(stats, indent=1))


if __name__ == "__main__":
    main()
