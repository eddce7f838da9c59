"""Turning lexicon phrases from the language packs into regular expressions, and small text helpers
shared by the dates, quantities and places stages."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

from spacy.tokens import Doc

APOSTROPHES = "'’‘ʼ`´"
"""Every character news text uses as an apostrophe; all stages fold them to "'" the same way."""
APOSTROPHE_FOLD = str.maketrans({a: "'" for a in APOSTROPHES})


def fold_apostrophes(text: str) -> str:
    return text.translate(APOSTROPHE_FOLD)
# Opening → closing quotation marks; straight quotes close themselves.
QUOTE_PAIRS = {"“": "”", "«": "»", "„": "“", '"': '"', "‘": "’"}
DASHES = frozenset({"-", "–", "—"})  # a dateline's dash ("ROMA -", "KYIV —")
DATELINE_TOKENS = 12  # "NAIROBI, Kenya (AP) —": the tokens a dateline may take before its dash


def phrase_regex(phrase: str) -> str:
    """Regex source for one lexicon phrase: apostrophes match any apostrophe, spaces any whitespace."""
    parts = []
    for ch in phrase.strip():
        if ch in APOSTROPHES:
            parts.append(f"[{APOSTROPHES}]\\s*")
        elif ch.isspace():
            if not parts or parts[-1] != r"\s+":
                parts.append(r"\s+")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)


def alternation(phrases: Iterable[str]) -> str:
    """A non-capturing alternation of phrases, longest first so the longest phrase wins."""
    uniq = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
    if not uniq:
        return r"(?!x)x"  # matches nothing
    return "(?:" + "|".join(phrase_regex(p) for p in uniq) + ")"


def bounded(source: str) -> str:
    """Wrap a regex so it only matches whole words."""
    return rf"(?<!\w){source}(?!\w)"


def fold(text: str) -> str:
    """Lower-case, strip diacritics and unify apostrophes: the key used for lexicon look-ups."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    out = "".join(c for c in decomposed if not unicodedata.combining(c))
    for a in APOSTROPHES:
        out = out.replace(a, "'")
    return " ".join(out.split()).replace("' ", "'")


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of the sentences of ``doc`` (the whole text when it is not segmented)."""
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return [(s.start_char, s.end_char) for s in doc.sents]
    return [(0, len(doc.text))]


@lru_cache(maxsize=32)
def quote_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """Character ranges inside quotation marks (paired greedily left to right, no nesting); cached, because
    the dates stage asks for them once per event of the same article."""
    ranges: list[tuple[int, int]] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        close = QUOTE_PAIRS.get(ch)
        if close is None:
            i += 1
            continue
        j = text.find(close, i + 1)
        # a straight quote or ’ may be an apostrophe: only pair across a short distance within a paragraph
        if j < 0 or (ch in "\"‘" and "\n\n" in text[i:j]):
            i += 1
            continue
        ranges.append((i + 1, j))
        i = j + 1
    return tuple(ranges)


def inside(ranges: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in ranges)
