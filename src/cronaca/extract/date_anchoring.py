"""Anchoring time expressions: each candidate resolved to a calendar date against the publication date,
the story's last named day or an earlier expression (nights, offsets), explicit dates parsed with
dateparser, and a speaker's "today" inside a quote moved to the day the speech is dated.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc
from text_to_num import text2num

from ..records import Span, TimeExpression
from ._phrases import fold, inside, quote_ranges, sentence_bounds
from .date_expressions import DateLexicon, DateMatch


def _iso(d: dt.date | None) -> str | None:
    return None if d is None else d.isoformat()


class Resolver:
    """Resolves candidates in text order; later ones may lean on earlier ones (nights, offsets)."""

    def __init__(self, doc: Doc, lex: DateLexicon, published: dt.date | None) -> None:
        self.doc = doc
        self.text = doc.text
        self.lex = lex
        self.pub = published
        self.sentences = sentence_bounds(doc)

    def resolve(self, c: DateMatch, before: list[TimeExpression]) -> TimeExpression | None:
        handler = getattr(self, f"_{c.kind}")
        result: tuple[dt.date | None, str, dt.date | None] | None = handler(c, before)
        if result is None:
            return None
        date, precision, end = result
        return TimeExpression(raw_text=self.text[c.start:c.end], span=Span(c.start, c.end), date=_iso(date),
                              precision=precision, end_date=_iso(end))

    # --- kinds -------------------------------------------------------------------------------------
    def _explicit(self, c: DateMatch, before: list[TimeExpression]) -> tuple[dt.date | None, str, None] | None:
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
        # "corsi a partire da settembre", "will resume in September": a month yet to come, this one included
        coming = bool(g["my"]) and not ahead and not set(cue.split()) & self.lex.past and (
            self._future_context(c.start) or bool(self.lex.month_ahead_before.search(self.text[:c.start])))
        if any(fold(w) in self.lex.capitalized_only and w[0].islower() for w in re.findall(r"[^\W\d]+", raw)):
            return None
        return self._parse_explicit(raw, has_year=bool(re.search(r"\d{4}", raw)), ahead=ahead, coming=coming)

    def _parse_explicit(self, raw: str, has_year: bool, ahead: bool = False, coming: bool = False
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
                elif coming:
                    year = self.pub.year if day.month >= self.pub.month else self.pub.year + 1
                day = day.replace(year=year)
            elif not has_year:
                return None, "month", None
            return day, "month", None
        if not has_year:
            if self.pub is None:
                return None, "day", None
            day = _nearest_year(day, self.pub)
        return day, "day", None

    def _weekday(self, c: DateMatch, before: list[TimeExpression]) -> tuple[dt.date | None, str, dt.date | None]:
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

    def _ahead_before(self, c: DateMatch) -> bool:
        """A bare weekday right after a preposition of schedule ("proclamato per venerdì", "set for Friday")
        is the coming one: a day fixed for something is ahead of the story."""
        if c.m.group("nb") or c.m.group("ne") or c.m.group("ns"):
            return False
        if self.lex.possessive and self.text[c.end:c.end + 3].startswith(self.lex.possessive):
            return False  # "arrested for Friday's attack": the day of something told, not a day fixed
        return bool(self.lex.ahead_before.search(self.text[max(0, c.start - 30):c.start]))

    def _story_day(self, c: DateMatch, before: list[TimeExpression]) -> tuple[dt.date | None, str, None] | None:
        """A day told from the story's last named day ("lo stesso giorno", "the next day"): that day plus
        the phrase's offset; nothing when the story named no day before it (the phrase is then no date)."""
        ref = self._previous_day(c.start, before)
        following = re.match(r"\s*([^\W\d]+['’]?)", self.text[c.end:c.end + 30])
        if ref is None or (following is not None and fold(following.group(1)) in self.lex.story_day_blockers):
            return None
        return ref + dt.timedelta(days=self.lex.story_days[fold(c.m.group(0))]), "day", None

    def _relative_day(self, c: DateMatch, before: list[TimeExpression]) -> tuple[dt.date | None, str, None]:
        offset = self.lex.relative_days[fold(c.m.group(0))]
        return (None if self.pub is None else self.pub + dt.timedelta(days=offset)), "day", None

    def _relative_period(self, c: DateMatch, before: list[TimeExpression]) -> tuple[dt.date | None, str, None]:
        unit, offset = self.lex.relative_periods[fold(c.m.group(0))]
        return _period_start(self.pub, unit, offset), unit, None

    def _last_night(self, c: DateMatch, before: list[TimeExpression]) -> tuple[dt.date | None, str, dt.date | None]:
        if self.pub is None:
            return None, "day", None
        return self.pub - dt.timedelta(days=1), "day", self.pub

    def _night(self, c: DateMatch, before: list[TimeExpression]) -> tuple[dt.date | None, str, dt.date | None]:
        anchor = self._anchor_day(c.start, before)
        if anchor is None:
            if self.pub is None:
                return None, "day", None
            return self.pub - dt.timedelta(days=1), "day", self.pub
        return anchor, "day", anchor + dt.timedelta(days=1)

    def _offset(self, c: DateMatch, before: list[TimeExpression]) -> tuple[dt.date | None, str, None] | None:
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

    def _ago(self, c: DateMatch, before: list[TimeExpression]) -> tuple[dt.date | None, str, None] | None:
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
                res = getattr(self, f"_{kind}")(DateMatch(kind, pos + m.start(), pos + m.end(), m), [])
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


def reanchor_quoted(text: str, times: list[TimeExpression], lex: DateLexicon,
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
