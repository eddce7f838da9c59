"""Event triggers: the words and phrases of a language pack's ``events.toml`` found in a document.

A token pattern is a lower-case word (``"colpì"``), or a prefix ending in ``*`` (``"colpisc*"``); it matches a
token's form or, when the pipeline has a lemmatizer, its lemma.  A phrase is a sequence of patterns, where
``~`` lets up to three tokens pass (``"ferm* ~ spedizion*"``).  The blank pipeline has no lemmatizer, so
entries list inflected forms or stems as well as lemmas; a trained pipeline only adds recall.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..lang import load_resource

GAP = "~"
GAP_SIZE = 3
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


def norm(text: str) -> str:
    """Lower-case with typographic apostrophes folded, as patterns are written."""
    return text.lower().translate(APOSTROPHES)


@dataclass(frozen=True, slots=True)
class TokenPattern:
    """One token of a pattern: an exact word or a prefix (``prefix=True``)."""

    text: str
    prefix: bool = False

    @classmethod
    def parse(cls, spec: str) -> TokenPattern:
        spec = norm(spec.strip())
        if spec.endswith("*") and len(spec) > 1:
            return cls(spec[:-1], True)
        return cls(spec, False)

    def matches_text(self, text: str) -> bool:
        return text.startswith(self.text) if self.prefix else text == self.text

    def matches(self, token: Token) -> bool:
        if self.matches_text(norm(token.text)):
            return True
        lemma = token.lemma_
        return bool(lemma) and self.matches_text(norm(lemma))


def any_match(patterns: Iterable[TokenPattern], token: Token) -> bool:
    return any(p.matches(token) for p in patterns)


def parse_patterns(specs: Iterable[str]) -> tuple[TokenPattern, ...]:
    return tuple(TokenPattern.parse(s) for s in specs if s.strip())


Phrase = tuple[TokenPattern | None, ...]  # None is a gap


def parse_phrase(spec: str) -> Phrase:
    return tuple(None if part == GAP else TokenPattern.parse(part) for part in spec.split())


def match_phrase(tokens: Sequence[Token], start: int, phrase: Phrase) -> int | None:
    """End index (exclusive) of ``phrase`` matched at ``tokens[start]``, or None."""
    if not phrase:
        return start
    head, rest = phrase[0], phrase[1:]
    if head is None:
        for skip in range(GAP_SIZE + 1):
            end = match_phrase(tokens, start + skip, rest)
            if end is not None:
                return end
        return None
    if start >= len(tokens) or not head.matches(tokens[start]):
        return None
    return match_phrase(tokens, start + 1, rest)


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One lexicon entry: the phrases that signal an event and what the event is."""

    event: str
    phrases: tuple[Phrase, ...]
    kind: str = "verb"  # "verb" (clause predicate) or "noun" (nominal mention of an event)
    mode: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    reciprocal: bool = False  # all participants are actors (calls, meetings, agreements)
    scope: bool = False  # what follows in the sentence is the content (of a request, accusation...)
    host: bool = False  # a visit: the place/entity visited is the recipient
    needs: tuple[TokenPattern, ...] = ()  # one of these must occur near the trigger
    excludes: tuple[TokenPattern, ...] = ()  # none of these may occur near the trigger
    window: int = 8
    default_actor: str | None = None  # a generic actor implied by the word ("protesta" → protesters)
    confidence: float = 0.7

    @property
    def length(self) -> int:
        return max(sum(1 for p in ph if p is not None) for ph in self.phrases)


@dataclass(frozen=True, slots=True)
class Trigger:
    """A lexicon entry matched at tokens ``[start, end)`` of a sentence."""

    entry: TriggerEntry
    start: int
    end: int
    sentence: SpacySpan
    cues: tuple[int, ...] = field(default=())  # token indices of the needs-cues that licensed it

    @property
    def event(self) -> str:
        return self.entry.event


def _entry(event: str, raw: dict[str, Any], defaults: dict[str, Any]) -> TriggerEntry:
    phrases = [parse_phrase(s) for s in raw.get("match", [])]
    phrases += [parse_phrase(s) for s in raw.get("lemma", [])]
    if not phrases:
        raise ValueError(f"events lexicon entry for {event} has no 'match' or 'lemma': {raw!r}")
    return TriggerEntry(
        event=raw.get("event", event), phrases=tuple(phrases), kind=raw.get("kind", "verb"),
        mode=tuple(raw.get("mode", ())), context=tuple(raw.get("context", defaults.get("context", ()))),
        reciprocal=bool(raw.get("reciprocal", defaults.get("reciprocal", False))),
        scope=bool(raw.get("scope", defaults.get("scope", False))), host=bool(raw.get("host", False)),
        needs=parse_patterns(raw.get("needs", ())), excludes=parse_patterns(raw.get("excludes", ())),
        window=int(raw.get("window", defaults.get("window", 8))), default_actor=raw.get("default_actor"),
        confidence=float(raw.get("confidence", 0.7)),
    )


@dataclass(frozen=True, slots=True)
class Cue:
    """A word that adds a mode, a context, or changes the type of nearby events."""

    patterns: tuple[Phrase, ...]
    events: tuple[str, ...]
    value: str
    window: int = 10


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The event vocabulary of one language."""

    entries: tuple[TriggerEntry, ...]
    mode_cues: tuple[Cue, ...]
    context_cues: tuple[Cue, ...]
    retype_cues: tuple[Cue, ...]
    settings: dict[str, Any]

    def words(self, key: str) -> tuple[TokenPattern, ...]:
        """A list of single-token cue patterns from the ``[words]`` table."""
        return parse_patterns(self.settings.get(key, ()))

    def phrases(self, key: str) -> tuple[Phrase, ...]:
        return tuple(parse_phrase(s) for s in self.settings.get(key, ()))


def _cues(raw: Iterable[dict[str, Any]], key: str) -> tuple[Cue, ...]:
    return tuple(
        Cue(patterns=tuple(parse_phrase(s) for s in c["match"]), events=tuple(c.get("events", ())),
            value=c[key], window=int(c.get("window", 10)))
        for c in raw)


@lru_cache(maxsize=8)
def load_lexicon(language: str) -> Lexicon:
    """The lexicon of ``cronaca/lang/<language>/events.toml`` (empty when the pack has none)."""
    data = load_resource(language, "events")
    entries: list[TriggerEntry] = []
    for event, block in data.get("triggers", {}).items():
        defaults = {k: v for k, v in block.items() if k != "entries"}
        entries.extend(_entry(event, raw, defaults) for raw in block.get("entries", ()))
    # longer phrases first, so "attacco di droni" wins over "attacco"; stable for equal lengths
    entries.sort(key=lambda e: -e.length)
    return Lexicon(
        entries=tuple(entries), mode_cues=_cues(data.get("mode_cues", ()), "mode"),
        context_cues=_cues(data.get("context_cues", ()), "context"),
        retype_cues=_cues(data.get("retype", ()), "to"), settings=data.get("words", {}),
    )


def phrase_near(sentence: SpacySpan, lo: int, hi: int, phrases: Iterable[Phrase]) -> int | None:
    """Document index of the first token in ``[lo, hi)`` (sentence-clipped) where one of ``phrases`` starts."""
    tokens = list(sentence)
    offset = sentence.start
    lo, hi = max(lo, sentence.start), min(hi, sentence.end)
    for i in range(lo - offset, hi - offset):
        for ph in phrases:
            if match_phrase(tokens, i, ph) is not None:
                return i + offset
    return None


def _near(sentence: SpacySpan, start: int, end: int, window: int,
          patterns: tuple[TokenPattern, ...]) -> tuple[int, ...]:
    lo, hi = max(sentence.start, start - window), min(sentence.end, end + window)
    return tuple(i for i in range(lo, hi) if not start <= i < end and any_match(patterns, sentence.doc[i]))


def find_triggers(doc: Doc, lexicon: Lexicon) -> list[Trigger]:
    """All lexicon matches, sentence by sentence; a token belongs to at most one trigger."""
    found: list[Trigger] = []
    for sent in doc.sents:
        tokens = list(sent)
        i = 0
        while i < len(tokens):
            hit = _match_at(sent, tokens, i, lexicon.entries)
            if hit is None:
                i += 1
                continue
            found.append(hit)
            i = hit.end - sent.start
    return found


def _match_at(sent: SpacySpan, tokens: list[Token], i: int,
              entries: Sequence[TriggerEntry]) -> Trigger | None:
    for entry in entries:
        for phrase in entry.phrases:
            end = match_phrase(tokens, i, phrase)
            if end is None or end == i:
                continue
            start_doc, end_doc = sent.start + i, sent.start + end
            cues: tuple[int, ...] = ()
            if entry.needs:
                cues = _near(sent, start_doc, end_doc, entry.window, entry.needs)
                if not cues:
                    continue
            if entry.excludes and _near(sent, start_doc, end_doc, entry.window, entry.excludes):
                continue
            return Trigger(entry, start_doc, end_doc, sent, cues)
    return None
