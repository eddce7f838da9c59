"""When, where and on whose word an event happened: its date (own clause, sentence or neighbours), its place
and its sources, from the helpers of the dates, places and attribution stages when they are present."""

from __future__ import annotations

import datetime as dt
from typing import Any

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..records import Location, Participant
from .role_candidates import optional_helper
from .trigger_lexicon import Lexicon, Trigger
from .trigger_patterns import norm
from .triggers import clause_end, clause_start, find_triggers_in


def date_of(doc: Doc, trig: Trigger, lexicon: Lexicon, event_nouns: frozenset[int] = frozenset()
            ) -> tuple[str | None, str | None]:
    """The time expression of the trigger's clause, else of its sentence unless another event's clause holds
    it ("The EU has provided aid since Russia invaded in February 2022": February is the invasion's)."""
    nearest = optional_helper("dates", "nearest_time")
    if nearest is None:
        return None, None
    sent, at = trig.sentence, doc[trig.start].idx
    lo, hi = clause_start(doc, trig, lexicon), clause_end(doc, trig, lexicon)
    found = nearest(doc, doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text), at) if hi > lo else None
    if found is not None and _in_complement(doc, trig, found.span.start, event_nouns):
        found = None
    if found is None:
        found = nearest(doc, sent.start_char, sent.end_char, at)
        if found is not None and (_in_other_event_clause(doc, trig, found.span.start, lexicon)
                                  or _in_complement(doc, trig, found.span.start, event_nouns)):
            found = None
    if found is None or not found.date:
        return None, None
    if _after_publication(found.date, doc) and _told_as_past(doc, trig):
        # "hanno firmato un memorandum che prevede corsi a partire da settembre": the plan's month; the
        # signing, told in the past, happened before publication
        return None, None
    return found.date, found.precision


def _told_as_past(doc: Doc, trig: Trigger) -> bool:
    """Whether the trigger's verb is in a past tense, with no future auxiliary ("signed", "hanno firmato"; not
    "avrà firmato"). A verb after "will" is not past-tensed, so morphology alone tells."""
    verb = next((t for t in doc[trig.start:trig.end] if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.morph.get("Tense", []) == ["Past"] and not any(
        c.dep_.startswith("aux") and c.morph.get("Tense", []) == ["Fut"] for c in verb.children)


def context_dates(doc: Doc, trig: Trigger, sentences: list[SpacySpan], index: int, future: bool,
                  lexicon: Lexicon | None = None) -> list[tuple[float, str, str]]:
    """Dates for an event whose sentence has none: the sentence before (the story's day so far), the one
    after ("... signed an agreement. The ministry announced it on Tuesday"), and for the opening sentences
    the publication day."""
    nearest = optional_helper("dates", "nearest_time")
    out: list[tuple[float, str, str]] = []
    if nearest is not None:
        # further back, the last day the story named ("venerdì ... sciopero" ... "A Torino la polizia ha
        # caricato il corteo"): weaker than the two sentences before, stronger than the one after
        story = next((k for k in range(index - 3, -1, -1) if _has_day(doc, sentences[k], nearest)), -1)
        for strength, k, at_end in ((4, index - 1, True), (3, index - 2, True), (2, story, True),
                                    (1, index + 1, False)):
            if 0 <= k < len(sentences):
                s = sentences[k]
                found = nearest(doc, s.start_char, s.end_char, s.end_char if at_end else s.start_char)
                other = nearest(doc, s.start_char, s.end_char, s.start_char if at_end else s.end_char)
                if found is not None and _dated_noun(doc, found.span.start) is not None:
                    # "... la giornata di ieri ... per contestare le elezioni del 9 ottobre": the day before it
                    found = nearest(doc, s.start_char, found.span.start, found.span.start) if at_end else None
                if found is not None and found.precision != "day" and other is not None \
                        and other.date and other.precision == "day":
                    found = other  # "all'alba di giovedì ..., occupato dal 1994": the day, not the background year
                if found is None or not found.date:
                    continue
                # after a night told earlier ("dalla prima serata fino all'alba"), the story is on the
                # morning after: an undated reaction that follows takes the day the night ended
                # (an evening alone — "rallying on Sunday evening" — ends on its own day)
                overnight = found.end_date and (lexicon is None or _names_night(found.raw_text, lexicon))
                date = found.end_date if at_end and overnight else found.date
                if (future or not _after_publication(date, doc)) and not _background(date, doc):
                    # a neighbour's month or year ("took over late last month") is background: weaker than
                    # the story's last day, still better than nothing
                    weight = strength if found.precision == "day" or k == story else NON_DAY_CONTEXT
                    out.append((weight, date, found.precision))
    published = doc._.cronaca_published
    if index <= 1 and isinstance(published, dt.date):
        out.append((0, published.isoformat(), "day"))
    return out


def _names_night(raw: str, lexicon: Lexicon) -> bool:
    """Whether a time expression covers a night (not only an evening): ``night_words`` of the pack."""
    words = lexicon.words("night_words")
    if not words:
        return True
    found = (norm(w) for w in raw.replace("'", " ").replace("’", " ").split())
    return any(p.matches_word(w, w) for w in found for p in words)


def _has_day(doc: Doc, sent: SpacySpan, nearest: Any) -> bool:
    found = nearest(doc, sent.start_char, sent.end_char, sent.end_char)
    return found is not None and bool(found.date) and found.precision == "day"


NON_DAY_CONTEXT = 0.5  # strength of a neighbour's date coarser than a day (below the story's day, 2)
BACKGROUND_DAYS = 90  # a neighbour's date this long before publication is background, not today's news


def _background(date: str, doc: Doc) -> bool:
    """A date long before publication ("before the invasion in February 2022", "ucciso il 14 settembre 2025"
    in an article of 2026): it dates its own sentence's past event, never an undated neighbour."""
    published = doc._.cronaca_published
    if not isinstance(published, dt.date):
        return False
    try:
        day = dt.date.fromisoformat(date[:10])
    except ValueError:
        return False
    return (published - day).days > BACKGROUND_DAYS


def _after_publication(date: str, doc: Doc) -> bool:
    """A date after publication: a past event cannot inherit it from a neighbouring sentence."""
    published = doc._.cronaca_published
    return isinstance(published, dt.date) and date[:10] > published.isoformat()


COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})
OBJECT_DEPS = frozenset({"obj", "dobj", "iobj"})


def _in_complement(doc: Doc, trig: Trigger, char: int, event_nouns: frozenset[int] = frozenset()) -> bool:
    """Whether the time at ``char`` belongs to what a verb asks, promises or plans while the trigger stands
    outside that complement: "called on supporters to gather again on Monday and demanded a rerun" —
    Monday is the rally's day, neither the call's nor the demand's."""
    if not doc.has_annotation("DEP"):
        return False
    tok = next((t for t in trig.sentence if t.idx <= char < t.idx + len(t.text)), None)
    noun = _dated_noun(doc, char, event_nouns)
    if noun is not None and not trig.start <= noun.i < trig.end \
            and not noun.left_edge.i <= trig.start <= noun.right_edge.i:
        return True
    while tok is not None and tok.head.i != tok.i:
        if tok.i in event_nouns and not trig.start <= tok.i < trig.end and tok.dep_ in OBJECT_DEPS:
            # "condannato l'attacco di lunedì", "condemned Monday's strike": the day of the act judged (not
            # "arrested during the march on Saturday", which dates both)
            return True
        if tok.dep_ == "acl:relcl" and not tok.left_edge.i <= trig.start <= tok.right_edge.i \
                and not trig.start <= tok.head.i < trig.end:
            # "Estonia, whose networks were hit last year, expressed support": the relative clause's own time
            # (but "The protest, which took place on Saturday": a clause about the event itself)
            return True
        # (a verb complement; not a bare time noun that parsers sometimes call xcomp: "svolta sabato")
        if tok.dep_ in COMPLEMENT_DEPS and tok.pos_ in ("VERB", "AUX") and tok.head.pos_ in ("VERB", "AUX"):
            return not tok.left_edge.i <= trig.start <= tok.right_edge.i
        tok = tok.head
    return False


def _dated_noun(doc: Doc, char: int, event_nouns: frozenset[int] = frozenset()) -> Token | None:
    """The noun a written-out date at ``char`` modifies, if it modifies one that tells no event: "per
    contestare l'esito delle elezioni del 9 ottobre" dates the elections, not the protest. (A deictic day still
    dates the act, "la giornata di ieri"; so does an event noun's, "arrested during the march on Saturday".)"""
    if not doc.has_annotation("DEP"):
        return None
    found = doc.char_span(char, char + 1, alignment_mode="expand")
    tok = found[0] if found is not None and len(found) else None
    if tok is None or tok.dep_ != "nmod" or tok.head.pos_ not in ("NOUN", "PROPN") or tok.head.i in event_nouns:
        return None
    return tok.head if any(t.like_num for t in tok.subtree) else None


def _in_other_event_clause(doc: Doc, trig: Trigger, char: int, lexicon: Lexicon) -> bool:
    """Whether the clause holding character ``char`` has an event trigger of its own."""
    tok = next((t for t in trig.sentence if t.idx <= char < t.idx + len(t.text) + 1), None)
    if tok is None:
        return False
    probe = Trigger(trig.entry, tok.i, tok.i + 1, trig.sentence)
    lo, hi = clause_start(doc, probe, lexicon), clause_end(doc, probe, lexicon)
    return any(t.start >= lo and t.end <= hi and t.start != trig.start
               for t in find_triggers_in(doc, lexicon, lo, hi))


def location_of(doc: Doc, trig: Trigger) -> Location | None:
    helper = optional_helper("places", "event_location")
    if helper is None:
        return None
    sent = trig.sentence
    try:
        loc = helper(doc, sent.start_char, sent.end_char, doc[trig.start].idx)
    except (TypeError, ValueError, IndexError):
        return None
    return loc if isinstance(loc, Location) else None


def reported_by(doc: Doc, sent: SpacySpan, trigger_char: int) -> tuple[Participant, ...]:
    """Who the article says the claim comes from (the attribution stage's sources covering the trigger)."""
    sources = optional_helper("attribution", "sources_for")
    if sources is None:
        return ()
    try:
        return tuple(sources(doc, sent.start_char, sent.end_char, trigger=trigger_char))
    except TypeError:  # an older helper without the trigger argument
        return tuple(sources(doc, sent.start_char, sent.end_char))
