"""Auxiliary flags of an event (PLOVER): negated, future, hypothetical, historical.

Cues come from the language pack (``[words]`` of ``events.toml``); the morphology of a trained pipeline
(``Tense=Fut``, ``Mood=Cnd``) is used when present, so a better pipeline gives better flags.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Token

from .trigger_lexicon import Lexicon, Trigger
from .trigger_patterns import any_match, norm, phrase_near
from .triggers import clause_start

# how far before the trigger a cue may stand (tokens); negation binds closer than intent
NEGATION_WINDOW = 4
FUTURE_WINDOW = 6
HYPOTHETICAL_WINDOW = 10
HISTORICAL_DAYS = 60


def _before(doc: Doc, trigger: Trigger, lexicon: Lexicon, window: int) -> list[Token]:
    lo = max(clause_start(doc, trigger, lexicon), trigger.start - window, _conjunct_start(doc, trigger))
    return [doc[i] for i in range(lo, trigger.start)]


def _conjunct_start(doc: Doc, trigger: Trigger) -> int:
    """Where a coordinated verb's own conjunct begins: "... saranno espulsi nei prossimi giorni e ha
    accusato": the future of the first conjunct is not the accusation's."""
    tok = doc[trigger.start]
    if tok.dep_ != "conj":
        return 0
    marks = [ch.i for ch in tok.children if ch.dep_ == "cc" and ch.i < tok.i]
    return marks[-1] + 1 if marks else 0


def _has_future_morph(token: Token, lexicon: Lexicon) -> bool:
    if "Fut" in token.morph.get("Tense", []):
        return True
    suffixes = lexicon.settings.get("future_suffix", ())
    text = norm(token.text)
    return len(text) > 5 and any(text.endswith(s) for s in suffixes)


def is_negated(doc: Doc, trigger: Trigger, lexicon: Lexicon) -> bool:
    cues = lexicon.words("negation")
    if any(any_match(cues, t) for t in _before(doc, trigger, lexicon, NEGATION_WINDOW)):
        return True
    multi = [p for p in lexicon.phrases("negation") if len(p) > 1]
    lo = max(clause_start(doc, trigger, lexicon), trigger.start - NEGATION_WINDOW)
    return bool(multi) and phrase_near(trigger.sentence, lo, trigger.start, multi) is not None


def is_future(doc: Doc, trigger: Trigger, lexicon: Lexicon) -> bool:
    before = _before(doc, trigger, lexicon, FUTURE_WINDOW)
    if any(any_match(lexicon.words("future"), t) for t in before):
        return True
    lo = max(clause_start(doc, trigger, lexicon), trigger.start - FUTURE_WINDOW, _conjunct_start(doc, trigger))
    multi = [p for p in lexicon.phrases("future") if len(p) > 1]
    if multi and phrase_near(trigger.sentence, lo, trigger.start, multi) is not None:
        return True
    nearby = [doc[i] for i in range(max(trigger.sentence.start, trigger.start - 2), trigger.end)]
    return any(_has_future_morph(t, lexicon) for t in nearby)


def is_hypothetical(doc: Doc, trigger: Trigger, lexicon: Lexicon) -> bool:
    before = _before(doc, trigger, lexicon, HYPOTHETICAL_WINDOW)
    if any(any_match(lexicon.words("hypothetical"), t) for t in before):
        return True
    return any("Cnd" in t.morph.get("Mood", []) for t in before[-2:])


def is_historical(doc: Doc, trigger: Trigger, lexicon: Lexicon, date: str | None,
                  published: dt.date | None) -> bool:
    """Clearly past background: a date well before publication, or a cue like "decades-long"."""
    if date and published:
        try:
            when = dt.date.fromisoformat(date[:10])
        except ValueError:
            when = None
        if when is not None and (published - when).days > HISTORICAL_DAYS:
            return True
    cues = lexicon.words("historical")
    lo = max(trigger.sentence.start, trigger.start - FUTURE_WINDOW)
    return any(any_match(cues, doc[i]) for i in range(lo, trigger.start))


def flags(doc: Doc, trigger: Trigger, lexicon: Lexicon, date: str | None = None,
          published: dt.date | None = None) -> tuple[str, ...]:
    """The auxiliary flags of the event signalled by ``trigger``, in RECORDS.md order."""
    found: list[str] = []
    if is_historical(doc, trigger, lexicon, date, published):
        found.append("historical")
    if is_future(doc, trigger, lexicon) or _after_publication(date, published):
        found.append("future")
    if is_hypothetical(doc, trigger, lexicon):
        found.append("hypothetical")
    if is_negated(doc, trigger, lexicon):
        found.append("negated")
    return tuple(found)


def _after_publication(date: str | None, published: dt.date | None) -> bool:
    if not date or not published:
        return False
    try:
        return dt.date.fromisoformat(date[:10]) > published
    except ValueError:
        return False
