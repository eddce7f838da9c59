"""What an amount counts, read from the words around it: whether it is a quantity at all (dates, ages,
scores...), its qualifier ("almeno", "about"), its noun and field (dead, injured, drones...), and its role
towards earlier counts (a revision of a toll, a subset of one).
"""

from __future__ import annotations

from ._phrases import APOSTROPHES
from .quantity_lexicon import NumberLexicon, NumToken, longest_phrase, phrase_ending_at
from .quantity_numbers import NumberMatch

REVISION = "revision"  # "the death toll rose to 31": replaces the earlier count of its field
SUBSET = "subset"  # "among the dead were two children": a part of an earlier count


def _sentence_start(text: str, toks: list[NumToken], first: int) -> int:
    k = first
    while k > 0:
        prev = toks[k - 1]
        if prev.text in ".!?" or "\n" in text[prev.end:toks[k].start]:
            break
        k -= 1
    return k


def field_in_sentence(text: str, toks: list[NumToken], first: int, lex: NumberLexicon) -> str | None:
    """The field a revision is about, from the nearest field word before it in the sentence ("the death toll
    had risen to 31", "the number of wounded later rose to 70")."""
    for j in range(first, _sentence_start(text, toks, first), -1):
        hit = phrase_ending_at(toks, j, lex.fields)
        if hit is not None and hit[1] not in lex.noun_only and hit[1] not in lex.weak:
            return str(hit[1])
    return None


def revision_role(text: str, toks: list[NumToken], first: int, lex: NumberLexicon) -> str:
    """The role of the quantity starting at token ``first`` from the cues before it in its sentence: a revision
    ("il bilancio è salito: i morti sono almeno 14", "He later raised the death toll to 11"), a subset ("Tra
    le vittime ci sono due bambini", "including three children"), or neither ("")."""
    k = _sentence_start(text, toks, first)
    # the nearest cue decides: "the toll rose to 31, including 12 children" has a revision and then a part
    for j in range(first - 1, k - 1, -1):
        if longest_phrase(toks, j, lex.subsets) is not None:
            return SUBSET
        if longest_phrase(toks, j, lex.revisions) is not None:
            return REVISION
    return ""


def person_like(toks: list[NumToken], at: int | None, lex: NumberLexicon) -> bool:
    """Whether the noun at ``at`` counts people ("persona", "soldier", "morto")."""
    if at is None:
        return False
    if toks[at].key in lex.person_nouns:
        return True
    hit = longest_phrase(toks, at, lex.fields)
    return hit is not None and hit[1] in lex.person_fields


def excluded(text: str, toks: list[NumToken], num: NumberMatch, lex: NumberLexicon, dates: list[tuple[int, int]]
             ) -> bool:
    """Whether a number is no counted amount: inside a date, a year, or next to a word that excludes it ("euro")."""
    start, end = toks[num.first].start, toks[num.last - 1].end
    if any(s < end and start < e for s, e in dates):
        return True
    if not num.vague and num.last - num.first == 1 and toks[num.first].is_number:
        raw = toks[num.first].text
        if raw.isdigit() and len(raw) == 4 and 1800 <= int(raw) <= 2100:
            if phrase_ending_at(toks, num.first, lex.year_before) is not None:
                return True  # "dal 2023 al 2025 sono morti ...", "since 2020": a year after its preposition
            return longest_phrase(toks, num.last, lex.fields) is None  # a year, unless it counts something
    units = {k: True for k in lex.exclude_after}
    if longest_phrase(toks, num.last, units) is not None:
        return True
    if num.last < len(toks) and toks[num.last].key in lex.of_words and longest_phrase(toks, num.last + 1, units):
        return True  # "4,5 milioni di euro", "millions of dollars": a unit after the link word
    return phrase_ending_at(toks, num.first, {k: True for k in lex.exclude_before}) is not None


def qualifier_start(toks: list[NumToken], num: NumberMatch, lex: NumberLexicon) -> int:
    """Set the qualifier from cues next to the number; return the first token of the quantity."""
    cue = phrase_ending_at(toks, num.first, lex.before)
    # a round vague amount takes a cue ("oltre un migliaio", "more than a dozen"); a lower bound such as
    # "decine" already says "at least"
    if cue is not None and (not num.vague or num.qualifier == "about"):
        n, qualifier = cue
        num.qualifier = qualifier
        return num.first - n
    after = longest_phrase(toks, num.last, lex.after)
    if after is not None and not num.vague:
        num.qualifier = after[1]
    return num.first


def counted_noun(toks: list[NumToken], num: NumberMatch, lex: NumberLexicon) -> tuple[int | None, str | None]:
    """The counted noun after the number: a lexicon word among the next two words, else the next word."""
    i = num.last
    if i < len(toks) and toks[i].key in lex.of_words:
        i += 1
    if i < len(toks) and toks[i].text in APOSTROPHES:
        i += 1
    for k in range(i, min(i + 2, len(toks))):
        if toks[k].is_stop or toks[k].is_number:
            break
        hit = longest_phrase(toks, k, lex.fields)
        if hit is not None or toks[k].key in lex.person_nouns:
            return k, toks[k].text
        if toks[k].key in lex.stop_words:
            break  # "uno dei feriti" is one of them, not one wounded
    if i < len(toks) and toks[i].is_word and toks[i].key not in lex.stop_words:
        if toks[num.first].key in lex.need_noun:
            return None, None  # "una conversazione": an article, not a count
        return i, toks[i].text
    return None, None


def number_field(toks: list[NumToken], num: NumberMatch, q_first: int, noun_at: int | None, unit: str | None,
                 lex: NumberLexicon, dates: list[tuple[int, int]] | None = None) -> str | None:
    """The field a number measures, from its noun, else from a cue word after or before it."""
    noun_field = None
    if noun_at is not None:
        hit = longest_phrase(toks, noun_at, lex.fields)
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


def _in_date(tok: NumToken, dates: list[tuple[int, int]]) -> bool:
    return any(s <= tok.start and tok.end <= e for s, e in dates)


def _counts(tok: NumToken, dates: list[tuple[int, int]]) -> bool:
    """Whether a token takes a place of the cue window: apostrophes and time expressions do not
    ("hanno arrestato all'alba di martedì 27 persone", "lavoratori dell'ex stabilimento hanno protestato")."""
    return tok.text not in APOSTROPHES and not _in_date(tok, dates)


def _cue_after(toks: list[NumToken], i: int, lex: NumberLexicon, dates: list[tuple[int, int]]) -> str | None:
    k, steps = i, 0
    while k < len(toks) and steps < lex.after_window:
        if not _in_date(toks[k], dates):
            if toks[k].is_stop or toks[k].is_number or toks[k].text.lower() in lex.clause_breaks:
                return None
            hit = longest_phrase(toks, k, lex.fields)
            if hit is not None and hit[1] not in lex.noun_only:
                return str(hit[1])
        steps += _counts(toks[k], dates)
        k += 1
    return None


def _cue_before(toks: list[NumToken], i: int, lex: NumberLexicon, dates: list[tuple[int, int]]) -> str | None:
    k = i
    steps = 0
    while k > 0 and steps < lex.before_window:
        if not _in_date(toks[k - 1], dates):
            if toks[k - 1].is_stop or toks[k - 1].is_number or toks[k - 1].text.lower() in lex.clause_breaks:
                return None
            hit = phrase_ending_at(toks, k, lex.fields)
            if hit is not None and hit[1] not in lex.noun_only:
                return str(hit[1])
        steps += _counts(toks[k - 1], dates)
        k -= 1
    return None
