"""The event lexicon of a language pack: trigger entries, cues and word lists read from ``events.toml``.

A :class:`Lexicon` also indexes its phrases by first word, so matching (:mod:`.triggers`) only tries the
phrases a token can start.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, TypeVar

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..lang import load_resource
from . import trigger_patterns
from .trigger_patterns import FirstWordIndex, Phrase, TokenPattern, parse_patterns, parse_phrases, token_features

MODE_WINDOW = 15  # an instrument ("539 droni e 11 missili") is named anywhere near the act
CONTEXT_WINDOW = 30  # a context ("crime", "cbrn") is a property of the whole sentence
T = TypeVar("T")


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
    host_agent: bool = False  # "talks hosted by Qatar": the agent after the trigger is the host (recipient)
    host_subject: bool = False  # "Egypt hosted talks between X and Y": the subject hosts, X and Y act
    needs: tuple[Phrase, ...] = ()  # one of these must occur near the trigger
    excludes: tuple[Phrase, ...] = ()  # none of these may occur near the trigger
    window: int = 8
    default_actor: str | None = None  # a generic actor implied by the word ("protesta" → protesters)
    fixed: bool = False  # the type never changes with nearby cues (signing a peace deal stays SUPPORT)
    verbal_if_person: bool = False  # "Conte attacked the government": a person attacking a non-armed party is verbal
    quoted: bool = False  # only inside a speaker's quote: "These elections were stolen" accuses, said by X
    claim: bool = False  # "claimed the attack": names the doer of an event told before, never its anchor
    confidence: float = 0.7


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
    phrases = list(parse_phrases(raw.get("match", [])))
    phrases += parse_phrases(raw.get("lemma", []))
    if not phrases:
        raise ValueError(f"events lexicon entry for {event} has no 'match' or 'lemma': {raw!r}")
    return TriggerEntry(
        event=raw.get("event", event), phrases=tuple(phrases), kind=raw.get("kind", "verb"),
        mode=tuple(raw.get("mode", ())), context=tuple(raw.get("context", defaults.get("context", ()))),
        reciprocal=bool(raw.get("reciprocal", defaults.get("reciprocal", False))),
        scope=bool(raw.get("scope", defaults.get("scope", False))), host=bool(raw.get("host", False)),
        host_agent=bool(raw.get("host_agent", False)), host_subject=bool(raw.get("host_subject", False)),
        needs=parse_phrases(raw.get("needs", ())), excludes=parse_phrases(raw.get("excludes", ())),
        window=int(raw.get("window", defaults.get("window", 8))), default_actor=raw.get("default_actor"),
        confidence=float(raw.get("confidence", 0.7)), fixed=bool(raw.get("fixed", False)),
        verbal_if_person=bool(raw.get("verbal_if_person", False)), quoted=bool(raw.get("quoted", False)),
        claim=bool(raw.get("claim", False)),
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
    groups: dict[str, Any] = field(default_factory=dict)  # generic actors ("protesters", "police")
    # every phrase with its entry, longest first ("attacco di droni" before "attacco"), else in file order
    index: tuple[tuple[Phrase, TriggerEntry], ...] = ()
    # the index's phrases by their first word (ranks into ``index``)
    first_words: FirstWordIndex = field(default_factory=lambda: FirstWordIndex.build(()))
    _memo: dict[tuple[str, str], Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def candidates(self, token: Token) -> list[tuple[Phrase, TriggerEntry]]:
        """The phrases that could start at ``token`` (its form or lemma matches their first word), in index
        order."""
        feats = token_features(token.doc)
        return self.candidates_for(feats.forms[token.i], feats.lemmas[token.i])

    def candidates_for(self, form: str, lemma: str) -> list[tuple[Phrase, TriggerEntry]]:
        # the flag is read from its module at call time, so the index test can switch it
        if not trigger_patterns.INDEXED:  # the reference: every phrase that opens with a word
            return [(phrase, entry) for phrase, entry in self.index if phrase and phrase[0] is not None]
        index = self.index
        return [index[rank] for rank in self.first_words.ranks(form, lemma)]

    def words(self, key: str) -> tuple[TokenPattern, ...]:
        """A list of single-token cue patterns from the ``[words]`` table (parsed once)."""
        return self._parsed("words", key, parse_patterns)

    def phrases(self, key: str) -> tuple[Phrase, ...]:
        return self._parsed("phrases", key, parse_phrases)

    def _parsed(self, kind: str, key: str, parse: Callable[[Iterable[str]], T]) -> T:
        if (kind, key) not in self._memo:
            self._memo[(kind, key)] = parse(self.settings.get(key, ()))
        parsed: T = self._memo[(kind, key)]
        return parsed


def _cues(raw: Iterable[dict[str, Any]], key: str, window: int = 10) -> tuple[Cue, ...]:
    return tuple(
        Cue(patterns=parse_phrases(c["match"]), events=tuple(c.get("events", ())),
            value=c[key], window=int(c.get("window", window)))
        for c in raw)


@lru_cache(maxsize=8)
def load_lexicon(language: str) -> Lexicon:
    """The lexicon of ``cronaca/lang/<language>/events.toml`` (empty when the pack has none)."""
    data = load_resource(language, "events")
    entries: list[TriggerEntry] = []
    for event, block in data.get("triggers", {}).items():
        defaults = {k: v for k, v in block.items() if k != "entries"}
        entries.extend(_entry(event, raw, defaults) for raw in block.get("entries", ()))
    cues = data.get("cues", {})
    index = tuple(sorted(((ph, e) for e in entries for ph in e.phrases),
                         key=lambda pe: -sum(1 for p in pe[0] if p is not None)))
    return Lexicon(
        entries=tuple(entries), mode_cues=_cues(cues.get("mode_cues", ()), "mode", MODE_WINDOW),
        context_cues=_cues(cues.get("context_cues", ()), "context", CONTEXT_WINDOW),
        retype_cues=_cues(cues.get("retype", ()), "to"), settings=data.get("words", {}),
        groups=data.get("generic_actors", {}),
        index=index, first_words=FirstWordIndex.build(phrase for phrase, _ in index),
    )
