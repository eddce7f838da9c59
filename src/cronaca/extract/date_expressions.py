"""Finding time expressions: the date words of a language pack (``lang/<code>/dates.toml``) compiled into
patterns, the candidate expressions they match in a text (explicit dates, weekdays, relative days and
periods, nights, offsets, story days), and the choice of the longest among overlapping candidates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..lang import load_resource
from ._phrases import alternation, bounded, fold

_DAY_ORD = r"(?:°|º|ª|st|nd|rd|th)?"


@dataclass(frozen=True, slots=True)
class DateLexicon:
    """The compiled date patterns of one language."""

    language: str
    explicit: re.Pattern[str]
    weekday: re.Pattern[str]
    relative_day: re.Pattern[str]
    relative_period: re.Pattern[str]
    night: re.Pattern[str]
    last_night: re.Pattern[str]
    offset: re.Pattern[str]
    ago: re.Pattern[str]  # "due giorni fa", "two weeks ago": counted back from publication
    ago_units: dict[str, tuple[int, str]]  # unit word -> (days, precision)
    weekday_index: dict[str, int]
    month_index: dict[str, int]
    month_full: frozenset[str]
    future: frozenset[str]
    past: frozenset[str]
    relative_days: dict[str, int]
    relative_periods: dict[str, tuple[str, int]]
    offset_units: dict[str, int]
    after_words: frozenset[str]
    clause_markers: frozenset[str]
    one_words: frozenset[str]
    clause_verbs: frozenset[str]
    capitalized_only: frozenset[str]
    future_context: re.Pattern[str]
    future_endings: tuple[str, ...]
    ahead_before: re.Pattern[str]
    month_ahead_before: re.Pattern[str]
    possessive: tuple[str, ...]
    story_day: re.Pattern[str]
    story_days: dict[str, int]
    story_day_blockers: frozenset[str]


@lru_cache(maxsize=8)
def lexicon(language: str) -> DateLexicon:
    """Compile the date patterns of ``language`` from its ``dates.toml``."""
    data: dict[str, Any] = load_resource(language, "dates")
    weekday_index = {fold(w): i for i, names in enumerate(data.get("weekdays", [])) for w in names}
    month_index = {fold(m).rstrip("."): i + 1 for i, names in enumerate(data.get("months", [])) for m in names}
    month_full = frozenset(fold(names[0]) for names in data.get("months", []))
    wd = alternation((data.get("weekdays") and [w for names in data["weekdays"] for w in names]) or [])
    full = alternation(month_full)
    abbreviations = [a for a in month_index if a not in month_full]
    anym = rf"(?:{alternation(abbreviations)}\.?|{alternation(month_full)})"
    mcue = alternation(data.get("month_cues", []))
    ycue = alternation(data.get("year_cues", []))
    year = r"(?:1[89]|20)\d\d"
    explicit = "|".join([
        r"(?P<iso>\d{4}-\d{2}-\d{2})",
        r"(?P<num>\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2}))(?![\d/.])",
        rf"(?P<dmy>\d{{1,2}}{_DAY_ORD}\s+{anym}(?:,?\s+{year})?)",
        rf"(?P<mdy>{anym}\s+\d{{1,2}}{_DAY_ORD}(?!\d)(?:,?\s+{year})?)",
        rf"{mcue}\s+(?P<my>{full}(?:\s+(?:del\s+|of\s+)?{year})?)",
        rf"(?P<my2>{full}\s+{year})",
        rf"{ycue}\s+(?P<y>{year})(?![-/.]\d)",
    ])
    nights = data.get("nights", {})
    fut = data.get("weekday_future", [])
    past = data.get("weekday_past", [])
    mods = alternation([*fut, *past])
    before = alternation(nights.get("before_weekday", []))
    before_end = alternation(nights.get("before_weekday_end", []))
    same = alternation(data.get("weekday_same_day_before", []))
    after = alternation(nights.get("after_weekday", []))
    conj = r"(?:e|and|ed|to|-|–)"
    weekday = (rf"(?:(?P<nb>{before})\s+(?:il\s+|the\s+)?|(?P<ne>{before_end})\s+(?:il\s+|the\s+)?"
               rf"|(?P<ns>{same})\s+(?:il\s+|the\s+)?|(?P<pre>{mods})\s+)?(?P<wd>{wd})(?:\s+(?P<post>{mods}))?"
               rf"(?:\s+{conj}\s+(?P<wd2>{wd}))?(?:\s+(?P<na>{after}))?")
    offsets = data.get("offsets", {})
    units = {fold(k): int(v) for k, v in offsets.get("units", {}).items()}
    after_words = [*offsets.get("after", [])]
    direction = alternation([*after_words, *offsets.get("before", [])])
    offset = (rf"(?P<n>\w+)\s+(?P<unit>{alternation(units)})\s+(?P<dir>{direction})"
              rf"(?:\s+(?P<cm>{alternation(offsets.get('clause_markers', []))}))?")
    ago_data = data.get("ago", {})
    ago_units = {fold(k): (int(v[0]), str(v[1])) for k, v in ago_data.get("units", {}).items()}
    ago = (rf"(?P<n>\w+)\s+(?P<unit>{alternation(ago_units)})\s+(?:{alternation(ago_data.get('words', []))})"
           if ago_units and ago_data.get("words") else r"(?!x)x")
    rel_days = {fold(k): int(v) for k, v in data.get("relative_days", {}).items()}
    rel_periods = {fold(k): (str(v[0]), int(v[1])) for k, v in data.get("relative_periods", {}).items()}
    story_days = {fold(k): int(v) for k, v in data.get("story_days", {}).items()}
    flags = re.IGNORECASE
    return DateLexicon(
        language=language,
        explicit=re.compile(bounded(f"(?:{explicit})"), flags),
        weekday=re.compile(bounded(weekday), flags),
        relative_day=re.compile(bounded(alternation(data.get("relative_days", {}))), flags),
        relative_period=re.compile(bounded(alternation(data.get("relative_periods", {}))), flags),
        night=re.compile(bounded(alternation(nights.get("phrases", []))), flags),
        last_night=re.compile(bounded(alternation(nights.get("last_night", []))), flags),
        offset=re.compile(bounded(offset), flags),
        ago=re.compile(bounded(ago), flags), ago_units=ago_units,
        weekday_index=weekday_index, month_index=month_index, month_full=month_full,
        future=frozenset(fold(w) for w in fut), past=frozenset(fold(w) for w in past),
        relative_days=rel_days, relative_periods=rel_periods, offset_units=units,
        after_words=frozenset(fold(w) for w in after_words),
        clause_markers=frozenset(fold(w) for w in offsets.get("clause_markers", [])),
        one_words=frozenset(fold(w) for w in offsets.get("one", [])),
        clause_verbs=frozenset(fold(w) for w in offsets.get("clause_verbs", [])),
        capitalized_only=frozenset(fold(w) for w in data.get("capitalized_only", [])),
        future_context=re.compile(bounded(alternation(data.get("future_context", []))), flags),
        future_endings=tuple(data.get("future_endings", [])),
        ahead_before=re.compile(rf"(?<!\w){alternation(data.get('weekday_ahead_before', []))}\s+$", flags),
        month_ahead_before=re.compile(rf"(?<!\w){alternation(data.get('month_ahead_before', []))}\s+$", flags),
        possessive=tuple(data.get("possessive_suffixes", [])),
        story_day=re.compile(bounded(alternation(data.get("story_days", {}))), flags),
        story_days=story_days,
        story_day_blockers=frozenset(fold(w) for w in data.get("story_days_not_before", {}).get("words", [])),
    )


@dataclass(slots=True)
class DateMatch:
    """A candidate expression of one kind at characters ``[start, end)``, with the pattern match that found it."""

    kind: str
    start: int
    end: int
    m: re.Match[str]


def find_candidates(text: str, lex: DateLexicon) -> list[DateMatch]:
    """Every candidate expression of ``text``, of every kind, overlapping ones included."""
    found: list[DateMatch] = []
    for kind, pattern in (("explicit", lex.explicit), ("weekday", lex.weekday), ("last_night", lex.last_night),
                          ("relative_period", lex.relative_period), ("relative_day", lex.relative_day),
                          ("night", lex.night), ("offset", lex.offset), ("ago", lex.ago),
                          ("story_day", lex.story_day)):
        for m in pattern.finditer(text):
            start, end = _core(m) if kind == "explicit" else (m.start(), m.end())
            found.append(DateMatch(kind, start, end, m))
            if kind == "explicit" and m.group("my"):
                # "the night of March 3": the cue "of" took "March" as a bare month; the full date starts there
                fuller = pattern.match(text, m.start("my"))
                if fuller is not None and fuller.end() > m.end():
                    found.append(DateMatch(kind, *_core(fuller), fuller))
    return found


def _core(m: re.Match[str]) -> tuple[int, int]:
    """The span of the date itself, without the cue word that licensed it ("in April" → "April")."""
    for name in ("my", "y"):
        if m.group(name):
            return m.start(name), m.end(name)
    return m.start(), m.end()


def select_longest(found: list[DateMatch]) -> list[DateMatch]:
    """Keep the longest of overlapping candidates, then return them in text order."""
    chosen: list[DateMatch] = []
    for c in sorted(found, key=lambda c: (-(c.end - c.start), c.start)):
        if all(c.end <= o.start or o.end <= c.start for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)
