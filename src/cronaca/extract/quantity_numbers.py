"""Reading numbers: digit groups with the language's separators, number words (with text2num), scale
words ("3 milioni", "two thousand"), vague amounts ("decine", "dozens") and ranges ("between 40 and
50", "40-50"), each as token bounds and a value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import text2num

from ..records import Qualifier
from .quantity_lexicon import NumberLexicon, NumToken, longest_phrase, phrase_ending_at


@dataclass(slots=True)
class NumberMatch:
    """A number read at tokens ``[first, last)``: its value, qualifier and whether it is a vague amount."""

    first: int  # token index of the first token of the number
    last: int  # token index after the number (and its scale word)
    value: int
    qualifier: str = "exact"
    vague: bool = False


def range_at(text: str, toks: list[NumToken], num: NumberMatch, lex: NumberLexicon) -> tuple[int, NumberMatch] | None:
    """ "between 40 and 50", "tra le 60 e le 70", "40-50": one quantity from the opener (if any) to the upper
    bound, valued at the lower bound with the range qualifier; None when ``num`` opens no range."""
    if num.vague:
        return None
    opener = phrase_ending_at(toks, num.first, lex.range_openers)
    joiners = lex.range_joiners if opener is not None else lex.bare_joiners
    join = longest_phrase(toks, num.last, joiners)
    if join is None or num.last + join[0] >= len(toks):
        return None
    upper = _bound_at(text, toks, num.last + join[0], lex)
    if upper is None:
        return None
    lower = num.value
    factor = lex.scales.get(toks[upper.last - 1].key, 1)
    if factor > 1 and lower < factor and num.last - num.first == 1:
        lower *= factor  # "two to three thousand", "tra 2 e 3 milioni": the scale of the upper bound
    if upper.value <= lower:
        return None  # "1 to 0", "from 2024 to 2025" read elsewhere: a range rises
    first = num.first - opener[0] if opener is not None else num.first
    return first, NumberMatch(num.first, upper.last, lower, lex.range_qualifier)


def _bound_at(text: str, toks: list[NumToken], i: int, lex: NumberLexicon) -> NumberMatch | None:
    """The upper bound of a range; digits glued to a dash ("40-50") count here."""
    tok = toks[i]
    if tok.is_number:
        factor = lex.scales.get(toks[i + 1].key, 1) if i + 1 < len(toks) else 1
        value = _parse_digits(tok.text, lex, scaled=factor > 1)
        if value is None:
            return None
        return NumberMatch(i, i + 2, round(value * factor)) if factor > 1 else NumberMatch(i, i + 1, round(value))
    return _words(toks, i, lex) if tok.is_word else None


def as_qualifier(q: str) -> Qualifier:
    """A qualifier name as the record's type (unknown names read as "exact")."""
    return q if q in ("exact", "at_least", "at_most", "about") else "exact"  # type: ignore[return-value]


def number_at(text: str, toks: list[NumToken], i: int, lex: NumberLexicon) -> NumberMatch | None:
    """The number starting at token ``i`` (a vague amount, digits or number words), if any."""
    vague = longest_phrase(toks, i, lex.vague)
    if vague is not None:
        n, (value, qualifier) = vague
        return NumberMatch(i, i + n, value, qualifier, vague=True)
    tok = toks[i]
    if tok.is_number:
        return _digits(text, toks, i, lex)
    if tok.is_word:
        if tok.key in lex.article_words:
            return NumberMatch(i, i + 1, 1)
        return _words(toks, i, lex)
    return None


def _digits(text: str, toks: list[NumToken], i: int, lex: NumberLexicon) -> NumberMatch | None:
    tok = toks[i]
    before = text[max(0, tok.start - 2):tok.start]
    after = text[tok.end:tok.end + 2]
    glued_before = before[-1:].isalnum() or (before[-1:] != "" and before[-1:] in "-–/" and before[:1].isalnum())
    scale = toks[i + 1].key if i + 1 < len(toks) else ""
    # "50mila", "2bn"; a lone glued letter is a unit as often as a scale ("5m" wall), so it is not read
    glued_scale = after[:1].isalpha() and toks[i + 1].start == tok.end and scale in lex.scales and len(scale) > 1
    glued_after = (after[:1].isalpha() and not glued_scale) or (after[:1] != "" and after[:1] in "°ºª") or (
        after[:1] in (":", "/") and after[1:2].isdigit())
    if glued_before or glued_after:
        return None  # M23, COVID-19, 9°, 10:30, 5/7
    factor = lex.scales.get(scale, 1)
    value = _parse_digits(tok.text, lex, scaled=factor > 1)
    if value is None:
        return None
    last = i + 2 if factor > 1 else i + 1
    return NumberMatch(i, last, round(value * factor))


def _parse_digits(raw: str, lex: NumberLexicon, scaled: bool) -> float | None:
    # ASCII digits only: str.isdigit() also accepts "²" and other scripts' digits that int() rejects
    if re.fullmatch(r"[0-9]+", raw):
        return int(raw)
    if not re.fullmatch(r"[0-9]+(?:[.,][0-9]+)+", raw):
        return None
    groups = re.split(r"[.,]", raw)
    seps = re.findall(r"[.,]", raw)
    if len(set(seps)) > 1:
        return None
    sep = seps[0]
    thousands_like = all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3
    if sep == lex.thousands and thousands_like:
        return int("".join(groups))
    if len(groups) == 2 and (scaled or not thousands_like):
        value = float(f"{groups[0]}.{groups[1]}")
        return value if scaled or value.is_integer() else None
    # the other convention (translated text: "4,000" in Italian) when it can only be thousands
    return int("".join(groups)) if thousands_like else None


@lru_cache(maxsize=4096)
def _word_value(word: str, language: str) -> int | None:
    try:
        return int(text2num(word, language))
    except (ValueError, TypeError):
        return None


def _words(toks: list[NumToken], i: int, lex: NumberLexicon) -> NumberMatch | None:
    """The longest run of number words starting at ``i`` that text2num reads as one number."""
    j = i
    while j < len(toks) and toks[j].is_word and (_word_value(toks[j].key, lex.language) is not None
                                                  or (j > i and toks[j].key in ("and", "e")
                                                      and j + 1 < len(toks)
                                                      and _word_value(toks[j + 1].key, lex.language) is not None)):
        j += 1
    while j > i:
        phrase = " ".join(t.key for t in toks[i:j])
        value = _word_value(phrase, lex.language)
        if value is not None and toks[j - 1].key not in ("and", "e"):
            factor = lex.scales.get(toks[j].key, 1) if j < len(toks) and j - i == 1 else 1
            return NumberMatch(i, j + (1 if factor > 1 else 0), value * factor)
        j -= 1
    return None
