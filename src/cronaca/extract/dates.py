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

Where the parts live: :mod:`.date_expressions` (the pack's date words and the candidates they find) and
:mod:`.date_anchoring` (resolving each candidate to a date); this module runs them and answers the event
stage.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Span, TimeExpression
from ._phrases import inside, quote_ranges, sentence_bounds
from .date_anchoring import Resolver, reanchor_quoted
from .date_expressions import DateLexicon, find_candidates, lexicon, select_longest


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
    matches = select_longest(find_candidates(text, lex))
    # "venerdì 12 dicembre", "Monday, November 3": the weekday names the date that follows it
    named_days = {b.start: a.start for a, b in pairwise(matches)
                  if a.kind == "weekday" and b.kind == "explicit" and not text[a.end:b.start].strip(" ,")}
    starts = set(named_days.values())
    resolver = Resolver(doc, lex, published)
    out: list[TimeExpression] = []
    for match in matches:
        if match.kind == "weekday" and match.start in starts:
            continue
        expr = resolver.resolve(match, out)
        if expr is not None and match.start in named_days:
            first = named_days[match.start]
            expr = replace(expr, raw_text=text[first:expr.span.end], span=Span(first, expr.span.end))
        if expr is not None:
            out.append(expr)
    return reanchor_quoted(text, out, lex, sentence_bounds(doc))


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
    published = doc._.cronaca_published
    # a day after publication dates what is planned in its own sentence ("uno sciopero per venerdì 12
    # dicembre"), not an event told in the next one ("Mattarella ha firmato il decreto")
    days = [t for t in (doc._.cronaca_times or []) if t.date and t.precision == "day"
            and not (isinstance(published, dt.date) and t.date > published.isoformat())]
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
    if isinstance(published, dt.date):
        return TimeExpression("", Span(start, start), published.isoformat(), "day")
    return None


def date_for_sentence(doc: Doc, sent_start: int, sent_end: int) -> TimeExpression | None:
    """The time expression that dates a sentence: its first resolved one, preferring those outside quotes."""
    return nearest_time(doc, sent_start, sent_end, sent_start)
