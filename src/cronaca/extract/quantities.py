"""Quantities: counted amounts in digits and words, with their qualifier and the field they measure.

The stage sets ``doc._.cronaca_quantities`` (list of :class:`~cronaca.records.Quantity`, text order);
``Quantity.raw_text`` covers the qualifier and the number ("almeno 23"), ``Quantity.unit`` the counted
noun as written ("droni"). The field each quantity measures (dead, injured, missing, arrested,
displaced, hostages, drones, missiles, shells, size, or the counted noun for anything else) is kept
on the doc and read with the helpers:

* ``quantity_fields(doc) -> list[tuple[str | None, Quantity]]``: every quantity with its field;
* ``field_of(doc, quantity) -> str | None``;
* ``magnitudes_in(doc, start, end) -> dict[str, Quantity]``: the standard fields measured inside a
  character range (an event's sentence), first quantity per field — what ``Event.magnitude`` holds;
* ``event_magnitudes(doc, sentences, follow=1) -> dict[str, Quantity]``: the same over an event's
  sentences (its merged mentions), topped up with fields still missing from the sentence after each.

Word numbers are read with text2num (``text_to_num``); everything language-specific (scales,
qualifiers, vague amounts such as "decine"/"dozens", the nouns and verbs that give each field, what is
not a quantity) comes from ``lang/<code>/numbers.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from text_to_num import text2num

from ..lang import load_resource
from ..records import Qualifier, Quantity, Span
from ._phrases import APOSTROPHES, fold, sentence_bounds

_FIELDS_KEY = "cronaca.quantity_fields"
_REVISED_KEY = "cronaca.quantity_revisions"
_REVISION = "revision"  # "the death toll rose to 31": replaces the earlier count of its field
_SUBSET = "subset"  # "among the dead were two children": a part of an earlier count
_TOKEN = re.compile(rf"\d+(?:[.,]\d+)*|[^\W\d_]+(?:-[^\W\d_]+)*|[{APOSTROPHES}]|[^\w\s]")

Phrases = dict[tuple[str, ...], str]


@dataclass(frozen=True, slots=True)
class _Tok:
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


def _tokens(text: str) -> list[_Tok]:
    return [_Tok(m.start(), m.end(), m.group(), fold(m.group())) for m in _TOKEN.finditer(text)]


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


def _phrases(words: list[str]) -> Phrases:
    return {_phrase_key(w): w for w in words}


def _stop_words(language: str) -> frozenset[str]:
    """spaCy's stop-word list of the language: function words are never the counted noun."""
    from spacy.util import get_lang_class

    return frozenset(fold(w) for w in get_lang_class(language).Defaults.stop_words)


def _longest(toks: list[_Tok], i: int, table: Phrases | dict[tuple[str, ...], Any]) -> tuple[int, Any] | None:
    """The longest phrase of ``table`` starting at token ``i``: (token count, value)."""
    for n in range(min(5, len(toks) - i), 0, -1):
        key = tuple(t.key for t in toks[i:i + n])
        if key in table:
            return n, table[key]
    return None


def _ending_at(toks: list[_Tok], i: int, table: Phrases | dict[tuple[str, ...], Any]) -> tuple[int, Any] | None:
    """The longest phrase of ``table`` ending just before token ``i``."""
    for n in range(min(5, i), 0, -1):
        key = tuple(t.key for t in toks[i - n:i])
        if key in table:
            return n, table[key]
    return None


@dataclass(slots=True)
class _Number:
    first: int  # token index of the first token of the number
    last: int  # token index after the number (and its scale word)
    value: int
    qualifier: str = "exact"
    vague: bool = False


class QuantityExtractor:
    """spaCy component: sets ``doc._.cronaca_quantities`` and the field of each quantity."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.language = nlp.lang
        self.lexicon = lexicon(nlp.lang)

    def __call__(self, doc: Doc) -> Doc:
        found = find_quantities_revised(doc.text, self.lexicon, _date_spans(doc))
        doc._.cronaca_quantities = [q for _, q, _ in found]
        doc.user_data[_FIELDS_KEY] = [f for f, _, _ in found]
        doc.user_data[_REVISED_KEY] = [role for _, _, role in found]
        return doc


def _date_spans(doc: Doc) -> list[tuple[int, int]]:
    return [(t.span.start, t.span.end) for t in (doc._.cronaca_times or [])]


def find_quantities(text: str, lex: NumberLexicon, dates: list[tuple[int, int]] | None = None
                    ) -> list[tuple[str | None, Quantity]]:
    """Every counted amount of ``text`` with the field it measures (None when nothing says)."""
    return [(f, q) for f, q, _ in find_quantities_revised(text, lex, dates)]


def find_quantities_revised(text: str, lex: NumberLexicon, dates: list[tuple[int, int]] | None = None
                            ) -> list[tuple[str | None, Quantity, str]]:
    """Every counted amount with its field and its role towards earlier counts: "revision" ("the toll rose to
    31"), "subset" ("among the dead were two children") or "" (a count of its own)."""
    toks = _tokens(text)
    out: list[tuple[str | None, Quantity, str]] = []
    i = 0
    while i < len(toks):
        num = _number_at(text, toks, i, lex)
        if num is None:
            i += 1
            continue
        i = num.last
        if _excluded(text, toks, num, lex, dates or []):
            continue
        ranged = _range(text, toks, num, lex)
        if ranged is not None:
            q_first, num = ranged
            i = num.last
        else:
            q_first = _qualify(toks, num, lex)
        noun_at, unit = _noun(toks, num, lex)
        lone = not num.vague and num.last - num.first == 1
        if lone and toks[num.first].key in lex.need_noun and unit is None:
            continue
        if lone and toks[num.first].key in lex.article_words and not _person_like(toks, noun_at, lex):
            continue
        field = _field(toks, num, q_first, noun_at, unit, lex, dates)
        role = _role(text, toks, q_first, lex)
        if field is None and role == _REVISION:
            field = _field_in_sentence(text, toks, q_first, lex)
        end_tok = num.last - 1
        span = Span(toks[q_first].start, toks[end_tok].end)
        quantity = Quantity(value=num.value, qualifier=_as_qualifier(num.qualifier),
                            raw_text=text[span.start:span.end], span=span,
                            unit=None if noun_at is None else toks[noun_at].text)
        out.append((field, quantity, role))
    return out


def _range(text: str, toks: list[_Tok], num: _Number, lex: NumberLexicon) -> tuple[int, _Number] | None:
    """ "between 40 and 50", "tra le 60 e le 70", "40-50": one quantity from the opener (if any) to the upper
    bound, valued at the lower bound with the range qualifier; None when ``num`` opens no range."""
    if num.vague:
        return None
    opener = _ending_at(toks, num.first, lex.range_openers)
    joiners = lex.range_joiners if opener is not None else lex.bare_joiners
    join = _longest(toks, num.last, joiners)
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
    return first, _Number(num.first, upper.last, lower, lex.range_qualifier)


def _bound_at(text: str, toks: list[_Tok], i: int, lex: NumberLexicon) -> _Number | None:
    """The upper bound of a range; digits glued to a dash ("40-50") count here."""
    tok = toks[i]
    if tok.is_number:
        factor = lex.scales.get(toks[i + 1].key, 1) if i + 1 < len(toks) else 1
        value = _parse_digits(tok.text, lex, scaled=factor > 1)
        if value is None:
            return None
        return _Number(i, i + 2, round(value * factor)) if factor > 1 else _Number(i, i + 1, round(value))
    return _words(toks, i, lex) if tok.is_word else None


def _sentence_start(text: str, toks: list[_Tok], first: int) -> int:
    k = first
    while k > 0:
        prev = toks[k - 1]
        if prev.text in ".!?" or "\n" in text[prev.end:toks[k].start]:
            break
        k -= 1
    return k


def _field_in_sentence(text: str, toks: list[_Tok], first: int, lex: NumberLexicon) -> str | None:
    """The field a revision is about, from the nearest field word before it in the sentence ("the death toll
    had risen to 31", "the number of wounded later rose to 70")."""
    for j in range(first, _sentence_start(text, toks, first), -1):
        hit = _ending_at(toks, j, lex.fields)
        if hit is not None and hit[1] not in lex.noun_only and hit[1] not in lex.weak:
            return str(hit[1])
    return None


def _role(text: str, toks: list[_Tok], first: int, lex: NumberLexicon) -> str:
    """The role of the quantity starting at token ``first`` from the cues before it in its sentence: a revision
    ("il bilancio è salito: i morti sono almeno 14", "He later raised the death toll to 11"), a subset ("Tra
    le vittime ci sono due bambini", "including three children"), or neither ("")."""
    k = _sentence_start(text, toks, first)
    # the nearest cue decides: "the toll rose to 31, including 12 children" has a revision and then a part
    for j in range(first - 1, k - 1, -1):
        if _longest(toks, j, lex.subsets) is not None:
            return _SUBSET
        if _longest(toks, j, lex.revisions) is not None:
            return _REVISION
    return ""


def _person_like(toks: list[_Tok], at: int | None, lex: NumberLexicon) -> bool:
    """Whether the noun at ``at`` counts people ("persona", "soldier", "morto")."""
    if at is None:
        return False
    if toks[at].key in lex.person_nouns:
        return True
    hit = _longest(toks, at, lex.fields)
    return hit is not None and hit[1] in lex.person_fields


def _as_qualifier(q: str) -> Qualifier:
    return q if q in ("exact", "at_least", "at_most", "about") else "exact"  # type: ignore[return-value]


def _number_at(text: str, toks: list[_Tok], i: int, lex: NumberLexicon) -> _Number | None:
    vague = _longest(toks, i, lex.vague)
    if vague is not None:
        n, (value, qualifier) = vague
        return _Number(i, i + n, value, qualifier, vague=True)
    tok = toks[i]
    if tok.is_number:
        return _digits(text, toks, i, lex)
    if tok.is_word:
        if tok.key in lex.article_words:
            return _Number(i, i + 1, 1)
        return _words(toks, i, lex)
    return None


def _digits(text: str, toks: list[_Tok], i: int, lex: NumberLexicon) -> _Number | None:
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
    return _Number(i, last, round(value * factor))


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


def _words(toks: list[_Tok], i: int, lex: NumberLexicon) -> _Number | None:
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
            return _Number(i, j + (1 if factor > 1 else 0), value * factor)
        j -= 1
    return None


def _excluded(text: str, toks: list[_Tok], num: _Number, lex: NumberLexicon, dates: list[tuple[int, int]]
              ) -> bool:
    start, end = toks[num.first].start, toks[num.last - 1].end
    if any(s < end and start < e for s, e in dates):
        return True
    if not num.vague and num.last - num.first == 1 and toks[num.first].is_number:
        raw = toks[num.first].text
        if raw.isdigit() and len(raw) == 4 and 1800 <= int(raw) <= 2100:
            if _ending_at(toks, num.first, lex.year_before) is not None:
                return True  # "dal 2023 al 2025 sono morti ...", "since 2020": a year after its preposition
            return _longest(toks, num.last, lex.fields) is None  # a year, unless it counts something
    units = {k: True for k in lex.exclude_after}
    if _longest(toks, num.last, units) is not None:
        return True
    if num.last < len(toks) and toks[num.last].key in lex.of_words and _longest(toks, num.last + 1, units):
        return True  # "4,5 milioni di euro", "millions of dollars": a unit after the link word
    return _ending_at(toks, num.first, {k: True for k in lex.exclude_before}) is not None


def _qualify(toks: list[_Tok], num: _Number, lex: NumberLexicon) -> int:
    """Set the qualifier from cues next to the number; return the first token of the quantity."""
    cue = _ending_at(toks, num.first, lex.before)
    # a round vague amount takes a cue ("oltre un migliaio", "more than a dozen"); a lower bound such as
    # "decine" already says "at least"
    if cue is not None and (not num.vague or num.qualifier == "about"):
        n, qualifier = cue
        num.qualifier = qualifier
        return num.first - n
    after = _longest(toks, num.last, lex.after)
    if after is not None and not num.vague:
        num.qualifier = after[1]
    return num.first


def _noun(toks: list[_Tok], num: _Number, lex: NumberLexicon) -> tuple[int | None, str | None]:
    """The counted noun after the number: a lexicon word among the next two words, else the next word."""
    i = num.last
    if i < len(toks) and toks[i].key in lex.of_words:
        i += 1
    if i < len(toks) and toks[i].text in APOSTROPHES:
        i += 1
    for k in range(i, min(i + 2, len(toks))):
        if toks[k].is_stop or toks[k].is_number:
            break
        hit = _longest(toks, k, lex.fields)
        if hit is not None or toks[k].key in lex.person_nouns:
            return k, toks[k].text
        if toks[k].key in lex.stop_words:
            break  # "uno dei feriti" is one of them, not one wounded
    if i < len(toks) and toks[i].is_word and toks[i].key not in lex.stop_words:
        if toks[num.first].key in lex.need_noun:
            return None, None  # "una conversazione": an article, not a count
        return i, toks[i].text
    return None, None


def _field(toks: list[_Tok], num: _Number, q_first: int, noun_at: int | None, unit: str | None,
           lex: NumberLexicon, dates: list[tuple[int, int]] | None = None) -> str | None:
    noun_field = None
    if noun_at is not None:
        hit = _longest(toks, noun_at, lex.fields)
        noun_field = hit[1] if hit else None
    if noun_field is not None and noun_field not in lex.weak:
        return str(noun_field)
    after = (noun_at + 1) if noun_at is not None else num.last
    cue = _cue_after(toks, after, lex, dates or [])
    if cue is None or cue in lex.weak:
        # "police arrested fourteen people after protesters ...": a casualty or arrest verb before the number
        # tells more than a group noun after it
        before = _cue_before(toks, q_first, lex, dates or [])
        if before is not None and (cue is None or before not in lex.weak):
            cue = before
    if cue is not None and (noun_field is None or cue not in lex.weak):
        if cue in lex.weak and noun_field is None and unit is not None and noun_at is not None \
                and toks[noun_at].key not in lex.person_nouns:
            return toks[noun_at].key  # "farmers drove hundreds of tractors": the tractors are counted, not a crowd
        return cue
    if noun_field is not None:
        return str(noun_field)
    if unit is not None and noun_at is not None and toks[noun_at].key not in lex.person_nouns:
        return toks[noun_at].key  # an open field: the counted noun
    return None


def _in_date(tok: _Tok, dates: list[tuple[int, int]]) -> bool:
    return any(s <= tok.start and tok.end <= e for s, e in dates)


def _counts(tok: _Tok, dates: list[tuple[int, int]]) -> bool:
    """Whether a token takes a place of the cue window: apostrophes and time expressions do not
    ("hanno arrestato all'alba di martedì 27 persone", "lavoratori dell'ex stabilimento hanno protestato")."""
    return tok.text not in APOSTROPHES and not _in_date(tok, dates)


def _cue_after(toks: list[_Tok], i: int, lex: NumberLexicon, dates: list[tuple[int, int]]) -> str | None:
    k, steps = i, 0
    while k < len(toks) and steps < lex.after_window:
        if not _in_date(toks[k], dates):
            if toks[k].is_stop or toks[k].is_number or toks[k].text.lower() in lex.clause_breaks:
                return None
            hit = _longest(toks, k, lex.fields)
            if hit is not None and hit[1] not in lex.noun_only:
                return str(hit[1])
        steps += _counts(toks[k], dates)
        k += 1
    return None


def _cue_before(toks: list[_Tok], i: int, lex: NumberLexicon, dates: list[tuple[int, int]]) -> str | None:
    k = i
    steps = 0
    while k > 0 and steps < lex.before_window:
        if not _in_date(toks[k - 1], dates):
            if toks[k - 1].is_stop or toks[k - 1].is_number or toks[k - 1].text.lower() in lex.clause_breaks:
                return None
            hit = _ending_at(toks, k, lex.fields)
            if hit is not None and hit[1] not in lex.noun_only:
                return str(hit[1])
        steps += _counts(toks[k - 1], dates)
        k -= 1
    return None


# --- helpers for the event stage ---------------------------------------------------------------------

def quantity_fields(doc: Doc) -> list[tuple[str | None, Quantity]]:
    """Every quantity of ``doc`` with the field it measures (None when nothing in the text says)."""
    quantities = doc._.cronaca_quantities or []
    fields = doc.user_data.get(_FIELDS_KEY) or [None] * len(quantities)
    return list(zip(fields, quantities, strict=True))


def field_of(doc: Doc, quantity: Quantity) -> str | None:
    """The field ``quantity`` measures ("dead", "drones", an open noun ...), or None."""
    for field, q in quantity_fields(doc):
        if q == quantity:
            return field
    return None


def magnitudes_in(doc: Doc, start: int, end: int, open_fields: bool = False, revised: bool = True
                  ) -> dict[str, Quantity]:
    """The magnitudes measured inside ``[start, end)``: field -> first quantity of that field.

    Only the standard fields of the language pack unless ``open_fields`` (then also "buildings", ...).
    With ``revised`` a count the article later revises gives way to its revision, which may stand
    outside the range ("Almeno 12 morti ... In serata il bilancio è salito: i morti sono almeno 14").
    """
    standard = lexicon(doc.lang_).standard_fields
    out: dict[str, Quantity] = {}
    for field, q in quantity_fields(doc):
        if field is None or not (start <= q.span.start and q.span.end <= end):
            continue
        if field in standard or open_fields:
            out.setdefault(field, q)
    if revised:
        return {field: latest_revision(doc, field, q) for field, q in out.items()}
    return out


def event_magnitudes(doc: Doc, sentences: Sequence[tuple[int, int]], follow: int = 1) -> dict[str, Quantity]:
    """The magnitudes of an event told in ``sentences`` (its own and merged mentions' character ranges).

    Fields come from those sentences first, in order; then the next ``follow`` sentences after each
    may add fields still missing ("... ferendo almeno 23. ... un totale di 539 droni e 11 missili"),
    never replace one already found.
    """
    bounds = sentence_bounds(doc)
    out: dict[str, Quantity] = {}
    for start, end in sentences:
        for field, q in magnitudes_in(doc, start, end).items():
            out.setdefault(field, q)
    for _, end in sentences:
        later = [b for b in bounds if b[0] >= end][:follow]
        for s, e in later:
            for field, q in magnitudes_in(doc, s, e).items():
                out.setdefault(field, q)
    return out


def latest_revision(doc: Doc, field: str, quantity: Quantity) -> Quantity:
    """The count that last revised ``quantity``: a later quantity of the same field told as a revision ("the
    death toll rose to 31", "il bilancio è salito a 14"), with no new count of that field in between (which
    would start another tally, and a revision after it revises that one)."""
    fields = quantity_fields(doc)
    roles = doc.user_data.get(_REVISED_KEY) or [""] * len(fields)
    current = quantity
    for (f, q), role in zip(fields, roles, strict=False):
        if f != field or q.span.start <= current.span.start or role == _SUBSET:
            continue  # "Tra le vittime ci sono due bambini": a part of the toll, not a new tally
        if role != _REVISION:
            break
        current = q
    return current
