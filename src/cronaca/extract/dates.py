"""Time expressions: find dates in the text and resolve them against the publication date.

The stage sets ``doc._.cronaca_times`` to a list of :class:`~cronaca.records.TimeExpression` in text
order. What it resolves (words come from ``lang/<code>/dates.toml``):

* explicit dates ("5 luglio 2025", "July 5", "2025-07-05", "a gennaio", "in April", "nel 2024"), parsed
  with dateparser on candidate substrings found with the month names of the language pack; a date
  without a year takes the year that puts it nearest the publication date (a bare month: the latest
  one not after publication);
* weekdays ("venerdì", "on Tuesday"): the last such day on or before publication, unless a cue says
  otherwise ("venerdì prossimo", "next Friday", "last Friday", "proclamato per venerdì" = the coming one);
  a dawn or the first hours of a weekday are that day ("all'alba di martedì", "early on Tuesday");
* days and periods counted from publication ("ieri", "tomorrow", "la settimana scorsa", "last month");
* nights ("dalla prima serata fino all'alba", "overnight", "nella notte tra giovedì e venerdì"): the
  date is the evening's day and ``end_date`` the next day;
* days told from the story's last named day ("lo stesso giorno", "the next day");
* distances from another moment ("un giorno dopo che ...", "two days after Monday's talks").

Helpers for the event stage: :func:`nearest_time` and :func:`date_for_sentence`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from text_to_num import text2num

from ..lang import load_resource
from ..records import Span, TimeExpression
from ._phrases import alternation, bounded, fold, inside, quote_ranges, sentence_bounds

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
        possessive=tuple(data.get("possessive_suffixes", [])),
        story_day=re.compile(bounded(alternation(data.get("story_days", {}))), flags),
        story_days=story_days,
        story_day_blockers=frozenset(fold(w) for w in data.get("story_days_not_before", {}).get("words", [])),
    )


@dataclass(slots=True)
class _Match:
    kind: str
    start: int
    end: int
    m: re.Match[str]


class DateExtractor:
    """spaCy component: sets ``doc._.cronaca_times`` (time expressions resolved against publication)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.language = nlp.lang
        self.lexicon = lexicon(nlp.lang)

    def __call__(self, doc: Doc) -> Doc:
        doc._.cronaca_times = find_times(doc, self.lexicon, doc._.cronaca_published)
        return doc


def find_times(doc: Doc, lex: DateLexicon, published: dt.date | None) -> list[TimeExpression]:
    """All time expressions of ``doc`` in text order, resolved against ``published`` when given."""
    text = doc.text
    matches = _select(_candidates(text, lex))
    resolver = _Resolver(doc, lex, published)
    out: list[TimeExpression] = []
    for match in matches:
        expr = resolver.resolve(match, out)
        if expr is not None:
            out.append(expr)
    return _reanchor_quoted(text, out, lex, sentence_bounds(doc))


def _candidates(text: str, lex: DateLexicon) -> list[_Match]:
    found: list[_Match] = []
    for kind, pattern in (("explicit", lex.explicit), ("weekday", lex.weekday), ("last_night", lex.last_night),
                          ("relative_period", lex.relative_period), ("relative_day", lex.relative_day),
                          ("night", lex.night), ("offset", lex.offset), ("ago", lex.ago),
                          ("story_day", lex.story_day)):
        for m in pattern.finditer(text):
            start, end = _core(m) if kind == "explicit" else (m.start(), m.end())
            found.append(_Match(kind, start, end, m))
            if kind == "explicit" and m.group("my"):
                # "the night of March 3": the cue "of" took "March" as a bare month; the full date starts there
                fuller = pattern.match(text, m.start("my"))
                if fuller is not None and fuller.end() > m.end():
                    found.append(_Match(kind, *_core(fuller), fuller))
    return found


def _core(m: re.Match[str]) -> tuple[int, int]:
    """The span of the date itself, without the cue word that licensed it ("in April" → "April")."""
    for name in ("my", "y"):
        if m.group(name):
            return m.start(name), m.end(name)
    return m.start(), m.end()


def _select(found: list[_Match]) -> list[_Match]:
    """Keep the longest of overlapping candidates, then return them in text order."""
    chosen: list[_Match] = []
    for c in sorted(found, key=lambda c: (-(c.end - c.start), c.start)):
        if all(c.end <= o.start or o.end <= c.start for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def _iso(d: dt.date | None) -> str | None:
    return None if d is None else d.isoformat()


class _Resolver:
    """Resolves candidates in text order; later ones may lean on earlier ones (nights, offsets)."""

    def __init__(self, doc: Doc, lex: DateLexicon, published: dt.date | None) -> None:
        self.doc = doc
        self.text = doc.text
        self.lex = lex
        self.pub = published
        self.sentences = sentence_bounds(doc)

    def resolve(self, c: _Match, before: list[TimeExpression]) -> TimeExpression | None:
        handler = getattr(self, f"_{c.kind}")
        result: tuple[dt.date | None, str, dt.date | None] | None = handler(c, before)
        if result is None:
            return None
        date, precision, end = result
        return TimeExpression(raw_text=self.text[c.start:c.end], span=Span(c.start, c.end), date=_iso(date),
                              precision=precision, end_date=_iso(end))

    # --- kinds -------------------------------------------------------------------------------------
    def _explicit(self, c: _Match, before: list[TimeExpression]) -> tuple[dt.date | None, str, None] | None:
        g = c.m.groupdict()
        if g["iso"]:
            try:
                return dt.date.fromisoformat(g["iso"]), "day", None
            except ValueError:
                return None
        if g["y"]:
            return dt.date(int(g["y"]), 1, 1), "year", None
        raw = next(v for k, v in g.items() if v and k in ("num", "dmy", "mdy", "my", "my2"))
        cue = fold(c.m.group(0)[:c.m.start("my") - c.m.start()]) if g["my"] else ""
        ahead = bool(set(cue.split()) & self.lex.future)
        if any(fold(w) in self.lex.capitalized_only and w[0].islower() for w in re.findall(r"[^\W\d]+", raw)):
            return None
        return self._parse_explicit(raw, has_year=bool(re.search(r"\d{4}", raw)), ahead=ahead)

    def _parse_explicit(self, raw: str, has_year: bool, ahead: bool = False
                        ) -> tuple[dt.date | None, str, None] | None:
        parsed = _dateparse(raw, self.lex.language, self.pub)
        if parsed is None:
            return None
        day, period = parsed
        if period == "year":
            return dt.date(day.year, 1, 1), "year", None
        if period == "month":
            day = day.replace(day=1)
            if not has_year and self.pub is not None:
                year = self.pub.year if day.month <= self.pub.month else self.pub.year - 1
                if ahead:  # "il prossimo settembre", "next January"
                    year = self.pub.year if day.month > self.pub.month else self.pub.year + 1
                day = day.replace(year=year)
            elif not has_year:
                return None, "month", None
            return day, "month", None
        if not has_year:
            if self.pub is None:
                return None, "day", None
            day = _nearest_year(day, self.pub)
        return day, "day", None

    def _weekday(self, c: _Match, before: list[TimeExpression]) -> tuple[dt.date | None, str, dt.date | None]:
        g = c.m.groupdict()
        index = self.lex.weekday_index[fold(g["wd"])]
        mods = {fold(x) for x in (g["pre"], g["post"]) if x}
        future = bool(mods & self.lex.future)
        day = _weekday_date(self.pub, index, future=future, strictly_past=bool(mods & self.lex.past))
        if not mods and self.pub is not None and (self._future_context(c.start) or self._ahead_before(c)):
            day = self.pub + dt.timedelta(days=(index - self.pub.weekday()) % 7)
        if g["ne"] and day is not None:
            return day - dt.timedelta(days=1), "day", day
        if (g["nb"] or g["na"] or g["wd2"]) and day is not None:
            return day, "day", day + dt.timedelta(days=1)
        return day, "day", None

    def _ahead_before(self, c: _Match) -> bool:
        """A bare weekday right after a preposition of schedule ("proclamato per venerdì", "set for Friday")
        is the coming one: a day fixed for something is ahead of the story."""
        if c.m.group("nb") or c.m.group("ne") or c.m.group("ns"):
            return False
        if self.lex.possessive and self.text[c.end:c.end + 3].startswith(self.lex.possessive):
            return False  # "arrested for Friday's attack": the day of something told, not a day fixed
        return bool(self.lex.ahead_before.search(self.text[max(0, c.start - 30):c.start]))

    def _story_day(self, c: _Match, before: list[TimeExpression]) -> tuple[dt.date | None, str, None] | None:
        """A day told from the story's last named day ("lo stesso giorno", "the next day"): that day plus
        the phrase's offset; nothing when the story named no day before it (the phrase is then no date)."""
        ref = self._previous_day(c.start, before)
        following = re.match(r"\s*([^\W\d]+['’]?)", self.text[c.end:c.end + 30])
        if ref is None or (following is not None and fold(following.group(1)) in self.lex.story_day_blockers):
            return None
        return ref + dt.timedelta(days=self.lex.story_days[fold(c.m.group(0))]), "day", None

    def _relative_day(self, c: _Match, before: list[TimeExpression]) -> tuple[dt.date | None, str, None]:
        offset = self.lex.relative_days[fold(c.m.group(0))]
        return (None if self.pub is None else self.pub + dt.timedelta(days=offset)), "day", None

    def _relative_period(self, c: _Match, before: list[TimeExpression]) -> tuple[dt.date | None, str, None]:
        unit, offset = self.lex.relative_periods[fold(c.m.group(0))]
        return _period_start(self.pub, unit, offset), unit, None

    def _last_night(self, c: _Match, before: list[TimeExpression]) -> tuple[dt.date | None, str, dt.date | None]:
        if self.pub is None:
            return None, "day", None
        return self.pub - dt.timedelta(days=1), "day", self.pub

    def _night(self, c: _Match, before: list[TimeExpression]) -> tuple[dt.date | None, str, dt.date | None]:
        anchor = self._anchor_day(c.start, before)
        if anchor is None:
            if self.pub is None:
                return None, "day", None
            return self.pub - dt.timedelta(days=1), "day", self.pub
        return anchor, "day", anchor + dt.timedelta(days=1)

    def _offset(self, c: _Match, before: list[TimeExpression]) -> tuple[dt.date | None, str, None] | None:
        g = c.m.groupdict()
        n = _count(g["n"], self.lex)
        if n is None:
            return None
        days = n * self.lex.offset_units[fold(g["unit"])]
        sign = 1 if fold(g["dir"]) in self.lex.after_words else -1
        if g["cm"] or self._clause_follows(c.end):
            # "un giorno dopo che X": X is told as happening `days` before the moment of the story
            ref = self._previous_day(c.start, before) or self.pub
            return (None if ref is None else ref - dt.timedelta(days=sign * days)), "day", None
        later = self._next_day_in_sentence(c.end)
        if later is None:
            return None
        return later + dt.timedelta(days=sign * days), "day", None

    def _ago(self, c: _Match, before: list[TimeExpression]) -> tuple[dt.date | None, str, None] | None:
        """ "due giorni fa", "three weeks ago": that far back from the publication day."""
        n = _count(c.m.group("n"), self.lex)
        if n is None or self.pub is None:
            return None
        days, precision = self.lex.ago_units[fold(c.m.group("unit"))]
        if precision == "month":
            month = self.pub.month - 1 - n * max(1, days // 30)
            year = self.pub.year + month // 12
            return dt.date(year, month % 12 + 1, 1), "month", None
        return self.pub - dt.timedelta(days=n * days), precision, None

    # --- context -----------------------------------------------------------------------------------
    def _sentence_of(self, pos: int) -> int:
        for i, (s, e) in enumerate(self.sentences):
            if s <= pos < e:
                return i
        return len(self.sentences) - 1

    def _anchor_day(self, pos: int, before: list[TimeExpression]) -> dt.date | None:
        """The day a bare night phrase belongs to: a day in its sentence, else the last one before it."""
        k = self._sentence_of(pos)
        s, e = self.sentences[k]
        same = [t for t in before if s <= t.span.start < e and t.precision == "day" and t.date]
        if same:
            return dt.date.fromisoformat(same[-1].date)  # type: ignore[arg-type]
        later = self._next_day_in_sentence(pos)
        if later is not None:
            return later
        lo = self.sentences[max(0, k - 2)][0]
        prior = [t for t in before if lo <= t.span.start < pos and t.precision == "day" and t.date]
        return dt.date.fromisoformat(prior[-1].date) if prior else None  # type: ignore[arg-type]

    def _previous_day(self, pos: int, before: list[TimeExpression]) -> dt.date | None:
        prior = [t for t in before if t.span.end <= pos and t.precision == "day" and t.date]
        return dt.date.fromisoformat(prior[-1].date) if prior else None  # type: ignore[arg-type]

    def _next_day_in_sentence(self, pos: int) -> dt.date | None:
        """A weekday or explicit day named later in the same sentence (resolved on the spot)."""
        _, e = self.sentences[self._sentence_of(pos)]
        window = self.text[pos:min(e, pos + 80)]
        for kind, pattern in (("weekday", self.lex.weekday), ("explicit", self.lex.explicit)):
            m = pattern.search(window)
            if m:
                res = getattr(self, f"_{kind}")(_Match(kind, pos + m.start(), pos + m.end(), m), [])
                if res and res[0] is not None and res[1] == "day":
                    return res[0]  # type: ignore[no-any-return]
        return None

    def _future_context(self, pos: int) -> bool:
        """Whether the clause before ``pos`` speaks of the future ("will meet", "incontrerà")."""
        s, _ = self.sentences[self._sentence_of(pos)]
        clause = re.split(r"[,;:.()\[\]\"“”«»—–]", self.text[s:pos])[-1]
        words = clause.split()[-8:]
        if not words:
            return False
        if self.lex.future_context.search(" ".join(words)):
            return True
        return any(w.lower().endswith(self.lex.future_endings) for w in words) if self.lex.future_endings else False

    def _clause_follows(self, pos: int) -> bool:
        """Whether a clause (not a noun phrase) follows "after"/"dopo" ending at ``pos``."""
        if self.doc.has_annotation("DEP"):
            tok = self.doc.char_span(pos - 1, pos, alignment_mode="expand")
            if tok is not None and len(tok) and tok[-1].dep_ == "mark":
                return True
        words = re.findall(r"\w+", self.text[pos:pos + 60])[:6]
        return any(fold(w) in self.lex.clause_verbs for w in words)


def _reanchor_quoted(text: str, times: list[TimeExpression], lex: DateLexicon,
                     sentences: list[tuple[int, int]]) -> list[TimeExpression]:
    """A speaker's "today" inside a quote is the day the speaker spoke: when the same sentence dates the
    speech outside the quote ("..., ha detto Trump dopo la chiamata di giovedì"), use that day."""
    quotes = quote_ranges(text)
    if not quotes:
        return times
    out = list(times)
    for i, t in enumerate(times):
        key = fold(t.raw_text)
        if key not in lex.relative_days or not inside(quotes, t.span.start, t.span.end):
            continue
        s, e = next(((s, e) for s, e in sentences if s <= t.span.start < e), (0, len(text)))
        outside = [o for o in times if s <= o.span.start < e and o.precision == "day" and o.date
                   and not inside(quotes, o.span.start, o.span.end) and fold(o.raw_text) not in lex.relative_days]
        if outside:
            base = dt.date.fromisoformat(outside[0].date)  # type: ignore[arg-type]
            new = base + dt.timedelta(days=lex.relative_days[key])
            out[i] = TimeExpression(t.raw_text, t.span, new.isoformat(), t.precision, t.end_date)
    return out


def _count(word: str, lex: DateLexicon) -> int | None:
    if word.isdigit():
        return int(word)
    if fold(word) in lex.one_words:
        return 1
    try:
        return int(text2num(word.lower(), lex.language))
    except ValueError:
        return None


def _weekday_date(pub: dt.date | None, index: int, future: bool, strictly_past: bool) -> dt.date | None:
    if pub is None:
        return None
    if future:
        ahead = (index - pub.weekday()) % 7 or 7
        return pub + dt.timedelta(days=ahead)
    back = (pub.weekday() - index) % 7
    if strictly_past and back == 0:
        back = 7
    return pub - dt.timedelta(days=back)


def _period_start(pub: dt.date | None, unit: str, offset: int) -> dt.date | None:
    """First day of the week/month/year ``offset`` units from the one holding ``pub``."""
    if pub is None:
        return None
    if unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday())
        return monday + dt.timedelta(weeks=offset)
    if unit == "month":
        months = pub.year * 12 + pub.month - 1 + offset
        return dt.date(months // 12, months % 12 + 1, 1)
    return dt.date(pub.year + offset, 1, 1)


def _nearest_year(day: dt.date, pub: dt.date) -> dt.date:
    """The day-month in the year that puts it nearest ``pub`` (ties go to the past)."""
    options = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            options.append(day.replace(year=year))
        except ValueError:  # 29 February
            continue
    return min(options, key=lambda d: (abs((d - pub).days), d > pub))


@lru_cache(maxsize=64)
def _parser(language: str, pub: dt.date | None) -> Any:
    from dateparser.date import DateDataParser  # slow import: only when an explicit date turns up

    # the relative base only fills parts the text leaves out; the year is then fixed by _nearest_year
    base = dt.datetime.combine(pub or dt.date(2000, 1, 1), dt.time())
    return DateDataParser(languages=[language], settings={
        "PREFER_DATES_FROM": "past", "RELATIVE_BASE": base,
        "DATE_ORDER": "MDY" if language == "en" else "DMY"})


def _dateparse(raw: str, language: str, pub: dt.date | None) -> tuple[dt.date, str] | None:
    """Parse one candidate substring with dateparser: day and month names, abbreviations, ordinals."""
    raw = re.sub(r"(?<=\d)(?:°|º|ª)", "", raw)
    try:
        data = _parser(language, pub).get_date_data(raw)
    except (ValueError, OverflowError):  # dateparser rejects impossible dates ("31 febbraio")
        return None
    if data.date_obj is None:
        return None
    return data.date_obj.date(), str(data.period or "day")


def _expressions(doc: Doc, start: int, end: int) -> list[TimeExpression]:
    return [t for t in (doc._.cronaca_times or []) if start <= t.span.start and t.span.end <= end and t.date]


POSSESSIVE_REACH = 25  # characters after "Friday's" within which the dated noun is the trigger itself


def nearest_time(doc: Doc, start: int, end: int, char_offset: int) -> TimeExpression | None:
    """The resolved time expression inside ``[start, end)`` nearest to ``char_offset``.

    Expressions outside quotation marks are preferred: inside a quote, "oggi" is the speaker's day.
    """
    found = _expressions(doc, start, end)
    if not found:
        return None
    quotes = quote_ranges(doc.text)
    outside = [t for t in found if not inside(quotes, t.span.start, t.span.end)]
    pool = outside or found
    # "last week's election", "Sunday's vote": a possessive time dates its noun, not the clause around it
    possessive = lexicon(doc.lang_).possessive if doc.lang_ else ()
    if possessive:
        pool = [t for t in pool if not doc.text[t.span.end:t.span.end + 3].startswith(possessive)
                or 0 <= char_offset - t.span.end <= POSSESSIVE_REACH]  # "Friday's attack": the trigger's own
        if not pool:
            return None
    return min(pool, key=lambda t: (min(abs(t.span.start - char_offset), abs(t.span.end - char_offset)),
                                    t.span.start))


def event_date(doc: Doc, start: int, end: int, trigger_offset: int) -> TimeExpression | None:
    """The date of an event told in ``[start, end)``: its own time expression, else the story's context.

    In order: the expression nearest the trigger inside the range; the last day named in the two
    sentences before (after a night, the morning it ends: reactions come the day after); the first day
    named in the next sentence; the publication day (an empty expression at ``start``). None only
    when nothing resolves.
    """
    own = nearest_time(doc, start, end, trigger_offset)
    if own is not None:
        return own
    sentences = sentence_bounds(doc)
    k = next((i for i, (s, e) in enumerate(sentences) if s <= start < e), None)
    days = [t for t in (doc._.cronaca_times or []) if t.date and t.precision == "day"]
    if k is not None:
        lo = sentences[max(0, k - 2)][0]
        before = [t for t in days if lo <= t.span.start and t.span.end <= start]
        if before:
            last = before[-1]
            if last.end_date:
                return TimeExpression(last.raw_text, last.span, last.end_date, "day")
            return last  # type: ignore[no-any-return]
        if k + 1 < len(sentences):
            s, e = sentences[k + 1]
            after = [t for t in days if s <= t.span.start and t.span.end <= e]
            if after:
                return after[0]  # type: ignore[no-any-return]
    published = doc._.cronaca_published
    if isinstance(published, dt.date):
        return TimeExpression("", Span(start, start), published.isoformat(), "day")
    return None


def date_for_sentence(doc: Doc, sent_start: int, sent_end: int) -> TimeExpression | None:
    """The time expression that dates a sentence: its first resolved one, preferring those outside quotes."""
    return nearest_time(doc, sent_start, sent_end, sent_start)
