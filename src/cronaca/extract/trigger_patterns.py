"""Token patterns and phrases: how a lexicon word or phrase is written, parsed and matched.

A token pattern is a lower-case word (``"colpì"``), or a prefix ending in ``*`` (``"colpisc*"``); it matches a
token's form or, when the pipeline has a lemmatizer, its lemma.  A phrase is a sequence of patterns, where
``~`` lets up to three tokens pass (``"ferm* ~ spedizion*"``).  The blank pipeline has no lemmatizer, so
entries list inflected forms or stems as well as lemmas; a trained pipeline only adds recall.

Matching is indexed: each document's folded forms and usable lemmas are computed once (``token_features``)
and a phrase is only tried at a token whose form or lemma can start it (``FirstWordIndex``).
Setting ``INDEXED = False`` takes the plain reference path (every phrase tried at every token, token
attributes read afresh), which must give the same triggers (tests/extract/test_triggers_index.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from typing import Any

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ._phrases import fold_apostrophes

GAP = "~"
GAP_SIZE = 3
FUNCTION_POS = frozenset({"ADP", "SCONJ", "CCONJ", "DET", "PRON", "PART", "PUNCT"})
FUNCTION_DEPS = frozenset({"case", "mark", "fixed", "cc", "det", "prep"})
INDEXED = True  # False: the plain reference path, kept to check the index against
_FEATURES_KEY = "cronaca_trigger_features"


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """Lower-case with typographic apostrophes folded, as patterns are written (cached: called per token
    per pattern)."""
    return fold_apostrophes(text.lower())


@dataclass(frozen=True, slots=True)
class TokenPattern:
    """One token of a pattern: an exact word or a prefix (``prefix=True``)."""

    text: str
    prefix: bool = False

    @classmethod
    def parse(cls, spec: str) -> TokenPattern:
        spec = norm(spec.strip())
        if spec.endswith("*") and len(spec) > 1:
            return cls(spec[:-1], True)
        return cls(spec, False)

    def matches_text(self, text: str) -> bool:
        return text.startswith(self.text) if self.prefix else text == self.text

    def matches_word(self, form: str, lemma: str) -> bool:
        """Whether the folded form, or the usable lemma (``""`` when none), matches."""
        text = self.text  # matches_text inlined: this is the innermost test of every scan
        if self.prefix:
            return form.startswith(text) or (bool(lemma) and lemma.startswith(text))
        return form == text or (bool(lemma) and lemma == text)

    def matches(self, token: Token, lemma_ok: bool = True) -> bool:
        feats = token_features(token.doc)
        return self.matches_word(feats.forms[token.i], feats.lemmas[token.i] if lemma_ok else "")


def token_form(token: Token) -> str:
    return norm(token.text)


def token_lemma(token: Token) -> str:
    """The folded lemma when a pattern may match it, else ``""``."""
    lemma = token.lemma_
    if not lemma or token.pos_ in FUNCTION_POS or token.dep_ in FUNCTION_DEPS:
        return ""  # "according (to)" has the lemma "accord" but names no agreement
    return norm(lemma)


class _Fresh(Sequence[str]):
    """The reference path's features: read from the token at every access, nothing kept."""

    def __init__(self, doc: Doc, read: Any) -> None:
        self.doc, self.read = doc, read

    def __len__(self) -> int:
        return len(self.doc)

    def __getitem__(self, i: Any) -> Any:
        return self.read(self.doc[i])


@dataclass(frozen=True, slots=True)
class TokenFeatures:
    """Per token of a document, what patterns are matched against: folded form and usable lemma."""

    forms: Sequence[str]
    lemmas: Sequence[str]


def token_features(doc: Doc, fresh: bool = False) -> TokenFeatures:
    """The features of ``doc``, computed once and kept in ``doc.user_data`` (``fresh`` recomputes them)."""
    if not INDEXED:
        return TokenFeatures(_Fresh(doc, token_form), _Fresh(doc, token_lemma))
    cached = doc.user_data.get(_FEATURES_KEY)
    if not fresh and isinstance(cached, TokenFeatures) and len(cached.forms) == len(doc):
        return cached
    feats = TokenFeatures([token_form(t) for t in doc], [token_lemma(t) for t in doc])
    doc.user_data[_FEATURES_KEY] = feats
    return feats


def any_match(patterns: Iterable[TokenPattern], token: Token) -> bool:
    feats = token_features(token.doc)
    return any_word(patterns, feats.forms[token.i], feats.lemmas[token.i])


def any_word(patterns: Iterable[TokenPattern], form: str, lemma: str) -> bool:
    """Whether one of ``patterns`` matches a word given by its folded form and lemma."""
    for p in patterns:  # a plain loop, not any(genexpr): this runs for every token of every clause scan
        if p.matches_word(form, lemma):
            return True
    return False


def first_word_at(doc: Doc, indices: Iterable[int], patterns: Sequence[TokenPattern]) -> int | None:
    """The first of the document ``indices`` (in the order given) whose token one of ``patterns`` matches."""
    feats = token_features(doc)
    forms, lemmas = feats.forms, feats.lemmas
    return next((i for i in indices if any_word(patterns, forms[i], lemmas[i])), None)


def parse_patterns(specs: Iterable[str]) -> tuple[TokenPattern, ...]:
    return tuple(TokenPattern.parse(s) for s in specs if s.strip())


Phrase = tuple[TokenPattern | None, ...]  # None is a gap


def parse_phrase(spec: str) -> Phrase:
    return tuple(None if part == GAP else TokenPattern.parse(part) for part in spec.split())


ELISION = re.compile(r"(\w)['\u2019](?=\w)")


def phrase_variants(spec: str) -> tuple[Phrase, ...]:
    """A lexicon phrase as written and, when a word holds an elision, as tokenizers split it: "forze
    dell'ordine" is matched as "forze" "dell'" "ordine" (Italian), "d'assalto" as "d'" "assalto"."""
    split = ELISION.sub(r"\1' ", spec)
    return (parse_phrase(spec),) if split == spec else (parse_phrase(spec), parse_phrase(split))


def parse_phrases(specs: Iterable[str]) -> tuple[Phrase, ...]:
    return tuple(ph for s in specs for ph in phrase_variants(s))


def match_phrase(tokens: Sequence[Token], start: int, phrase: Phrase, lemma_ok: bool = True) -> int | None:
    """End index (exclusive) of ``phrase`` matched at ``tokens[start]``, or None."""
    if not phrase:
        return start
    head, rest = phrase[0], phrase[1:]
    if head is None:
        for skip in range(GAP_SIZE + 1):
            end = match_phrase(tokens, start + skip, rest, lemma_ok)
            if end is not None:
                return end
        return None
    if start >= len(tokens):
        return None
    token = tokens[start]
    feats = token_features(token.doc)
    if not head.matches_word(feats.forms[token.i], feats.lemmas[token.i] if lemma_ok else ""):
        return None
    return match_phrase(tokens, start + 1, rest, lemma_ok)


def phrase_end(feats: TokenFeatures, i: int, stop: int, phrase: Phrase, lemma_ok: bool = True) -> int | None:
    """``match_phrase`` on document indices: the end of ``phrase`` matched at token ``i``, with no token
    at or after ``stop`` (the sentence end), or None."""
    forms, lemmas = feats.forms, feats.lemmas
    for k, head in enumerate(phrase):
        if head is None:
            rest = phrase[k + 1:]
            for skip in range(GAP_SIZE + 1):
                end = phrase_end(feats, i + skip, stop, rest, lemma_ok)
                if end is not None:
                    return end
            return None
        if i >= stop or not head.matches_word(forms[i], lemmas[i] if lemma_ok else ""):
            return None
        i += 1
    return i


@dataclass(frozen=True, slots=True)
class FirstWordIndex:
    """Phrases by the pattern of their first word, so that only those a token can start are tried: exact
    words in one table, prefixes in another looked up with each prefix length in use."""

    exact: dict[str, tuple[int, ...]]
    prefixes: dict[str, tuple[int, ...]]
    lengths: tuple[int, ...]  # the prefix lengths in use, shortest first
    unanchored: tuple[int, ...] = ()  # phrases opening with a gap: tried everywhere

    @classmethod
    def build(cls, phrases: Iterable[Phrase]) -> FirstWordIndex:
        exact: dict[str, list[int]] = {}
        prefixes: dict[str, list[int]] = {}
        unanchored: list[int] = []
        for rank, phrase in enumerate(phrases):
            first = phrase[0] if phrase else None
            if first is None:
                unanchored.append(rank)
            else:
                (prefixes if first.prefix else exact).setdefault(first.text, []).append(rank)
        return cls({k: tuple(v) for k, v in exact.items()}, {k: tuple(v) for k, v in prefixes.items()},
                   tuple(sorted({len(k) for k in prefixes})), tuple(unanchored))

    def ranks(self, form: str, lemma: str) -> list[int]:
        """Ranks, in order, of the phrases whose first pattern matches ``form`` or ``lemma`` (gap-first
        phrases excluded)."""
        found: set[int] = set()
        for word in (form, lemma) if lemma and lemma != form else (form,):
            found.update(self.exact.get(word, ()))
            for n in self.lengths:
                if n > len(word):
                    break
                found.update(self.prefixes.get(word[:n], ()))
        return sorted(found)

    def trial_order(self, form: str, lemma: str) -> list[int]:
        """Ranks, in order, of every phrase that may match at a token: those it starts and the gap-first."""
        ranks = self.ranks(form, lemma)
        return sorted(ranks + list(self.unanchored)) if self.unanchored else ranks


@lru_cache(maxsize=4096)
def _phrase_index(phrases: tuple[Phrase, ...]) -> FirstWordIndex:
    return FirstWordIndex.build(phrases)


def first_phrase(feats: TokenFeatures, i: int, stop: int, phrases: tuple[Phrase, ...]) -> tuple[int, int] | None:
    """``(rank, end)`` of the first of ``phrases``, in their order, that matches at token ``i`` and covers at
    least one token (``match_phrase`` tried phrase after phrase, through the first-word index)."""
    ranks: Iterable[int] = range(len(phrases))
    if INDEXED:
        ranks = _phrase_index(phrases).trial_order(feats.forms[i], feats.lemmas[i])
    for rank in ranks:
        end = phrase_end(feats, i, stop, phrases[rank])
        if end is not None and end > i:
            return rank, end
    return None


def _phrase_starts(sentence: SpacySpan, indices: Iterable[int], phrases: Iterable[Phrase]) -> Iterable[int]:
    """The document ``indices`` (inside ``sentence``) where one of ``phrases`` starts, lazily."""
    phrases = tuple(phrases)
    feats = token_features(sentence.doc)
    stop = sentence.end
    index = _phrase_index(phrases) if INDEXED else None
    for i in indices:
        if index is None:  # the reference: every phrase
            ranks: Iterable[int] = range(len(phrases))
        else:  # only the phrases this token's form or lemma can start
            ranks = chain(index.ranks(feats.forms[i], feats.lemmas[i]), index.unanchored)
        if any(phrase_end(feats, i, stop, phrases[r]) is not None for r in ranks):
            yield i


def phrase_near(sentence: SpacySpan, lo: int, hi: int, phrases: Iterable[Phrase]) -> int | None:
    """Document index of the first token in ``[lo, hi)`` (sentence-clipped) where one of ``phrases`` starts."""
    span = range(max(lo, sentence.start), min(hi, sentence.end))
    return next(iter(_phrase_starts(sentence, span, phrases)), None)


def phrase_starts_near(sentence: SpacySpan, start: int, end: int, window: int, phrases: tuple[Phrase, ...]
                       ) -> tuple[int, ...]:
    """Document indices, within ``window`` tokens of ``[start, end)`` but outside it, where a phrase starts."""
    lo, hi = max(sentence.start, start - window), min(sentence.end, end + window)
    return tuple(_phrase_starts(sentence, (i for i in range(lo, hi) if not start <= i < end), phrases))


def is_finite(tok: Token) -> bool:
    """A finite verb form: marked so by the tagger, or carrying a finite auxiliary ("ha accusato", "was
    arrested"; not the infinitive "aver violato")."""
    return "Fin" in tok.morph.get("VerbForm", []) or any(
        ch.dep_ in ("aux", "aux:pass") and "Fin" in ch.morph.get("VerbForm", []) for ch in tok.children)
