"""The number knowledge of a language pack (``lang/<code>/numbers.toml``) and the light tokenizer that
quantities are read from: words, digit groups, apostrophes and punctuation with their character offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..lang import load_resource
from ._phrases import APOSTROPHES, fold

_TOKEN = re.compile(rf"\d+(?:[.,]\d+)*|[^\W\d_]+(?:-[^\W\d_]+)*|[{APOSTROPHES}]|[^\w\s]")

Phrases = dict[tuple[str, ...], str]


@dataclass(frozen=True, slots=True)
class NumToken:
    """A word, digit group, apostrophe or punctuation mark at characters ``[start, end)``."""

    start: int
    end: int
    text: str
    key: str  # folded form

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_number(self) -> bool:
        return self.text[0].isdigit()

    @property
    def is_stop(self) -> bool:
        """Punctuation that ends a clause window (apostrophes and hyphens do not)."""
        return not self.text[0].isalnum() and self.text not in APOSTROPHES and self.text not in "-%$€£"


def number_tokens(text: str) -> list[NumToken]:
    """The tokens of ``text`` with their character offsets and folded keys."""
    return [NumToken(m.start(), m.end(), m.group(), fold(m.group())) for m in _TOKEN.finditer(text)]


def _phrase_key(phrase: str) -> tuple[str, ...]:
    return tuple(fold(m.group()) for m in _TOKEN.finditer(phrase))


@dataclass(frozen=True, slots=True)
class NumberLexicon:
    """The number knowledge of one language, keyed by folded token tuples."""

    language: str
    thousands: str
    decimal: str
    scales: dict[str, int]
    before: Phrases  # qualifier cue -> qualifier
    after: Phrases
    vague: dict[tuple[str, ...], tuple[int, str]]
    need_noun: frozenset[str]
    article_words: frozenset[str]  # "una", "a": 1 only before a person or casualty word
    person_fields: frozenset[str]
    person_nouns: frozenset[str]
    of_words: frozenset[str]
    exclude_after: frozenset[tuple[str, ...]]
    exclude_before: frozenset[tuple[str, ...]]
    fields: Phrases  # noun/verb -> field
    stop_words: frozenset[str]  # function words: never a counted noun
    clause_breaks: frozenset[str]  # lower-cased, not folded: "e" (and) is not "è" (is)
    noun_only: frozenset[str]  # fields only the counted noun gives, never a nearby word
    weak: frozenset[str]
    before_window: int
    after_window: int
    range_openers: Phrases  # "between", "tra le": a range's first bound follows
    range_joiners: Phrases  # "and", "e le", "to": between the bounds of a range
    bare_joiners: Phrases  # "-", "to": join two numbers into a range with no opener ("40-50 dead")
    range_qualifier: str  # what a range says of its lower bound (the value kept)
    revisions: Phrases  # "death toll rose to", "il bilancio è salito": later counts replace earlier ones
    subsets: Phrases  # "among the dead", "tra le vittime": a part of an earlier count
    year_before: Phrases  # "nel", "since": a year-like number after them is a year

    @property
    def standard_fields(self) -> frozenset[str]:
        return frozenset(self.fields.values())


@lru_cache(maxsize=8)
def lexicon(language: str) -> NumberLexicon:
    """Load ``lang/<language>/numbers.toml``."""
    d: dict[str, Any] = load_resource(language, "numbers")

    def table(name: str) -> Phrases:
        return {_phrase_key(p): k for k, ps in d.get(name, {}).items() for p in ps}

    rules = d.get("field_rules", {})
    return NumberLexicon(
        language=language, thousands=d.get("thousands_separator", ","), decimal=d.get("decimal_separator", "."),
        scales={fold(k): int(v) for k, v in d.get("scales", {}).items()},
        before=table("qualifiers_before"), after=table("qualifiers_after"),
        vague={_phrase_key(k): (int(v[0]), str(v[1])) for k, v in d.get("vague", {}).items()},
        need_noun=frozenset(fold(w) for w in d.get("need_noun", [])),
        article_words=frozenset(fold(w) for w in d.get("article_words", [])),
        person_fields=frozenset(rules.get("person_fields", [])),
        person_nouns=frozenset(fold(w) for w in d.get("person_nouns", [])),
        of_words=frozenset(_phrase_key(w)[0] for w in d.get("of_words", [])),
        exclude_after=frozenset(_phrase_key(w) for w in d.get("exclude_after", [])),
        exclude_before=frozenset(_phrase_key(w) for w in d.get("exclude_before", [])),
        fields=table("fields"), stop_words=_stop_words(language),
        clause_breaks=frozenset(w.lower() for w in d.get("clause_breaks", [])),
        noun_only=frozenset(rules.get("noun_only", [])), weak=frozenset(rules.get("weak", [])),
        before_window=int(rules.get("before_window", 3)), after_window=int(rules.get("after_window", 5)),
        range_openers=_phrases(d.get("ranges", {}).get("openers", [])),
        range_joiners=_phrases(d.get("ranges", {}).get("joiners", [])),
        bare_joiners=_phrases(d.get("ranges", {}).get("bare_joiners", [])),
        range_qualifier=str(d.get("ranges", {}).get("qualifier", "at_least")),
        revisions=_phrases(d.get("revisions", {}).get("cues", [])),
        subsets=_phrases(d.get("revisions", {}).get("subset_cues", [])),
        year_before=_phrases(d.get("year_before", [])),
    )


def counted_noun(language: str, word: str) -> bool:
    """Whether ``word`` alone is a word the language pack counts ("missili", "feriti"): a common word,
    never a name, even capitalised at the start of a sentence."""
    return _phrase_key(word) in lexicon(language).fields


def _phrases(words: list[str]) -> Phrases:
    return {_phrase_key(w): w for w in words}


def _stop_words(language: str) -> frozenset[str]:
    """spaCy's stop-word list of the language: function words are never the counted noun."""
    from spacy.util import get_lang_class

    return frozenset(fold(w) for w in get_lang_class(language).Defaults.stop_words)


def longest_phrase(toks: list[NumToken], i: int, table: Phrases | dict[tuple[str, ...], Any]) -> tuple[int, Any] | None:
    """The longest phrase of ``table`` starting at token ``i``: (token count, value)."""
    for n in range(min(5, len(toks) - i), 0, -1):
        key = tuple(t.key for t in toks[i:i + n])
        if key in table:
            return n, table[key]
    return None


def phrase_ending_at(toks: list[NumToken], i: int, table: Phrases | dict[tuple[str, ...], Any]
                     ) -> tuple[int, Any] | None:
    """The longest phrase of ``table`` ending just before token ``i``."""
    for n in range(min(5, i), 0, -1):
        key = tuple(t.key for t in toks[i - n:i])
        if key in table:
            return n, table[key]
    return None
