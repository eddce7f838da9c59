"""Event triggers: the words and phrases of a language pack's ``events.toml`` found in a document.

A token pattern is a lower-case word (``"colpì"``), or a prefix ending in ``*`` (``"colpisc*"``); it matches a
token's form or, when the pipeline has a lemmatizer, its lemma.  A phrase is a sequence of patterns, where
``~`` lets up to three tokens pass (``"ferm* ~ spedizion*"``).  The blank pipeline has no lemmatizer, so
entries list inflected forms or stems as well as lemmas; a trained pipeline only adds recall.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..lang import load_resource
from ._phrases import fold_apostrophes

MODE_WINDOW = 15  # an instrument ("539 droni e 11 missili") is named anywhere near the act
CONTEXT_WINDOW = 30  # a context ("crime", "cbrn") is a property of the whole sentence
GAP = "~"
GAP_SIZE = 3
FUNCTION_POS = frozenset({"ADP", "SCONJ", "CCONJ", "DET", "PRON", "PART", "PUNCT"})
VERB_POS = frozenset({"VERB", "AUX"})
FUNCTION_DEPS = frozenset({"case", "mark", "fixed", "cc", "det", "prep"})


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """Lower-case with typographic apostrophes folded, as patterns are written (cached: called per token
    per pattern)."""
    return fold_apostrophes(text.lower())


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

    def matches(self, token: Token, lemma_ok: bool = True) -> bool:
        if self.matches_text(norm(token.text)):
            return True
        lemma = token.lemma_ if lemma_ok else ""
        if not lemma or token.pos_ in FUNCTION_POS or token.dep_ in FUNCTION_DEPS:
            return False  # "according (to)" has the lemma "accord" but names no agreement
        return self.matches_text(norm(lemma))


def any_match(patterns: Iterable[TokenPattern], token: Token) -> bool:
    return any(p.matches(token) for p in patterns)


def parse_patterns(specs: Iterable[str]) -> tuple[TokenPattern, ...]:
    return tuple(TokenPattern.parse(s) for s in specs if s.strip())


Phrase = tuple[TokenPattern | None, ...]  # None is a gap


def parse_phrase(spec: str) -> Phrase:
    return tuple(None if part == GAP else TokenPattern.parse(part) for part in spec.split())


def match_phrase(tokens: Sequence[Token], start: int, phrase: Phrase, lemma_ok: bool = True) -> int | None:
    """End index (exclusive) of ``phrase`` matched at ``tokens[start]``, or None."""
    if not phrase:
        return start
    head, rest = phrase[0], phrase[1:]
    if head is None:
        for skip in range(GAP_SIZE + 1):
            end = match_phrase(tokens, start + skip, rest, lemma_ok)
            if end is not None:
                return end
        return None
    if start >= len(tokens) or not head.matches(tokens[start], lemma_ok):
        return None
    return match_phrase(tokens, start + 1, rest, lemma_ok)


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
    phrases = [parse_phrase(s) for s in raw.get("match", [])]
    phrases += [parse_phrase(s) for s in raw.get("lemma", [])]
    if not phrases:
        raise ValueError(f"events lexicon entry for {event} has no 'match' or 'lemma': {raw!r}")
    return TriggerEntry(
        event=raw.get("event", event), phrases=tuple(phrases), kind=raw.get("kind", "verb"),
        mode=tuple(raw.get("mode", ())), context=tuple(raw.get("context", defaults.get("context", ()))),
        reciprocal=bool(raw.get("reciprocal", defaults.get("reciprocal", False))),
        scope=bool(raw.get("scope", defaults.get("scope", False))), host=bool(raw.get("host", False)),
        host_agent=bool(raw.get("host_agent", False)), host_subject=bool(raw.get("host_subject", False)),
        needs=tuple(parse_phrase(s) for s in raw.get("needs", ())),
        excludes=tuple(parse_phrase(s) for s in raw.get("excludes", ())),
        window=int(raw.get("window", defaults.get("window", 8))), default_actor=raw.get("default_actor"),
        confidence=float(raw.get("confidence", 0.7)), fixed=bool(raw.get("fixed", False)),
        verbal_if_person=bool(raw.get("verbal_if_person", False)),
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
    # the index split by the first letter of each phrase's first word, with each phrase's rank in the index
    buckets: dict[str, tuple[tuple[int, Phrase, TriggerEntry], ...]] = field(default_factory=dict)

    def candidates(self, token: Token) -> list[tuple[Phrase, TriggerEntry]]:
        """The phrases that could start at ``token`` (by first letter of its form or lemma), in index order."""
        firsts = {norm(token.text)[:1], norm(token.lemma_)[:1]} - {""}
        found = sorted((item for f in firsts for item in self.buckets.get(f, ())), key=lambda item: item[0])
        return [(phrase, entry) for _, phrase, entry in found]

    def words(self, key: str) -> tuple[TokenPattern, ...]:
        """A list of single-token cue patterns from the ``[words]`` table."""
        return parse_patterns(self.settings.get(key, ()))

    def phrases(self, key: str) -> tuple[Phrase, ...]:
        return tuple(parse_phrase(s) for s in self.settings.get(key, ()))


def _cues(raw: Iterable[dict[str, Any]], key: str, window: int = 10) -> tuple[Cue, ...]:
    return tuple(
        Cue(patterns=tuple(parse_phrase(s) for s in c["match"]), events=tuple(c.get("events", ())),
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
        index=index, buckets=_buckets(index),
    )


def find_triggers_in(doc: Doc, lexicon: Lexicon, start: int, end: int) -> list[Trigger]:
    """The lexicon matches starting in tokens ``[start, end)`` (used to tell which clause has an event)."""
    found: list[Trigger] = []
    for i in range(start, end):
        tok = doc[i]
        hit = _match_at(tok.sent, list(tok.sent), i - tok.sent.start, lexicon.candidates(tok))
        if hit is not None:
            found.append(hit)
    return found


def _buckets(index: tuple[tuple[Phrase, TriggerEntry], ...]) -> dict[str, tuple[tuple[int, Phrase, TriggerEntry], ...]]:
    out: dict[str, list[tuple[int, Phrase, TriggerEntry]]] = {}
    for rank, (phrase, entry) in enumerate(index):
        first = phrase[0] if phrase else None
        if first is not None and first.text:
            out.setdefault(first.text[0], []).append((rank, phrase, entry))
    return {k: tuple(v) for k, v in out.items()}


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


def _near(sentence: SpacySpan, start: int, end: int, window: int, phrases: tuple[Phrase, ...]) -> tuple[int, ...]:
    """Document indices, within ``window`` tokens of ``[start, end)`` but outside it, where a phrase starts."""
    tokens = list(sentence)
    lo, hi = max(sentence.start, start - window), min(sentence.end, end + window)
    return tuple(i for i in range(lo, hi) if not start <= i < end
                 and any(match_phrase(tokens, i - sentence.start, ph) is not None for ph in phrases))


def find_triggers(doc: Doc, lexicon: Lexicon) -> list[Trigger]:
    """All lexicon matches, sentence by sentence; a token belongs to at most one trigger."""
    found: list[Trigger] = []
    never = parse_patterns(lexicon.settings.get("never_triggers", ()))
    off_topic = lexicon.phrases("off_topic")
    for sent in doc.sents:
        if off_topic and phrase_near(sent, sent.start, sent.end, off_topic) is not None:
            continue  # sport: "l'attacco della Juventus", "the striker's goal"
        tokens = list(sent)
        i = 0
        while i < len(tokens):
            hit = None if any_match(never, tokens[i]) else _match_at(sent, tokens, i, lexicon.candidates(tokens[i]))
            if hit is not None and (_adjectival(tokens, i, hit, lexicon) or _compound(tokens, i, hit)):
                hit = None  # an adjectival participle: "the proposed deal", "Iranian-backed militias"
            if hit is None:
                i += 1
                continue
            found.append(hit)
            i = hit.end - sent.start
    return found


def _compound(tokens: list[Token], i: int, hit: Trigger) -> bool:
    """A verb glued by a hyphen to the word before ("Iranian-backed", "US-led"): a modifier, not an act."""
    return hit.entry.kind == "verb" and i >= 2 and tokens[i - 1].text == "-" \
        and not tokens[i - 1].whitespace_ and tokens[i - 2].whitespace_ == ""


def _adjectival(tokens: list[Token], i: int, hit: Trigger, lexicon: Lexicon) -> bool:
    if hit.end - hit.start != 1 or hit.entry.kind != "verb" or i == 0:
        return False
    tok = tokens[i]
    noun = tok.head
    if tok.dep_ == "acl" and "Part" in tok.morph.get("VerbForm", []) and noun.i < tok.i \
            and noun.pos_ in ("NOUN", "PROPN") and noun.head.pos_ in ("VERB", "AUX") and noun.head.i < noun.i:
        return True  # "ha giustiziato un uomo accusato di spionaggio": the participle describes the object
    if tokens[i].dep_ != "amod":
        return False
    before = lexicon.words("determiners") + lexicon.words("possessives")
    return any_match(before, tokens[i - 1])


def _match_at(sent: SpacySpan, tokens: list[Token], i: int,
              index: Sequence[tuple[Phrase, TriggerEntry]]) -> Trigger | None:
    # the written form first ("protested" is the verb entry), the lemma only when no form matches
    return _match_pass(sent, tokens, i, index, False) or _match_pass(sent, tokens, i, index, True)


def _match_pass(sent: SpacySpan, tokens: list[Token], i: int, index: Sequence[tuple[Phrase, TriggerEntry]],
                lemma_ok: bool) -> Trigger | None:
    for phrase, entry in index:
        end = match_phrase(tokens, i, phrase, lemma_ok)
        if end is None or end == i:
            continue
        if lemma_ok and entry.kind == "noun" and any(tokens[k].pos_ in VERB_POS for k in range(i, end)):
            continue  # "missiles struck" is a clause, not the noun "missile strikes"
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


def clause_start(doc: Doc, trigger: Trigger, lexicon: Lexicon) -> int:
    """First token of the clause holding the trigger: after the last clause break before it."""
    breaks = lexicon.words("clause_breaks")
    for i in range(trigger.start - 1, trigger.sentence.start - 1, -1):
        if any_match(breaks, doc[i]):
            return i + 1
    return trigger.sentence.start


def clause_end(doc: Doc, trigger: Trigger, lexicon: Lexicon) -> int:
    breaks = lexicon.words("clause_breaks")
    for i in range(trigger.end, trigger.sentence.end):
        if any_match(breaks, doc[i]):
            return i
    return trigger.sentence.end


# --- choosing the triggers that code events -------------------------------------------------------------

ABSORB_WINDOW = 12  # a noun trigger this close after a verb trigger names that verb's object


def _mention_tokens(doc: Doc) -> set[int]:
    out: set[int] = set()
    for m in doc._.cronaca_mentions or []:
        sp = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        if sp is not None and m.kind in ("name", "metonym"):
            out.update(range(sp.start, sp.end))
    return out


def select_triggers(doc: Doc, lexicon: Lexicon, found: list[Trigger]) -> list[tuple[Trigger, list[Trigger]]]:
    """Drop triggers inside names and inside the content of a request/accusation; attach object nouns."""
    names = _mention_tokens(doc)
    out: list[tuple[Trigger, list[Trigger]]] = []
    scope_until, topic_end = -1, -10
    for trig in found:
        if trig.start in names:
            continue  # "Congo River Alliance" names a group, it is not an alliance event
        if trig.start < scope_until:
            continue
        if trig.entry.kind == "noun" and trig.start > trig.sentence.start \
                and any_match(lexicon.words("verbalizers"), doc[trig.start - 1]):
            trig = replace(trig, entry=replace(trig.entry, kind="verb"))  # "attempted to march on"
        if trig.entry.kind == "noun" and out:
            prev, absorbed = out[-1]
            same_clause = prev.sentence.start == trig.sentence.start and \
                clause_end(doc, prev, lexicon) >= trig.end
            conjunct = _coordination_between(doc, prev.end, trig.start, lexicon) and not _in_phrase(doc, trig, lexicon)
            if prev.entry.kind == "verb" and same_clause and trig.start - prev.end <= ABSORB_WINDOW and not conjunct:
                absorbed.append(trig)
                continue
        if trig.entry.kind == "noun" and (_topic(doc, trig, lexicon) or trig.start - topic_end <= 2):
            topic_end = trig.end
            continue  # "le preoccupazioni sulle consegne di aiuto": a topic, not a reported event
        if trig.entry.kind == "noun" and _verb_follows(trig, found):
            continue  # "Talks hosted by Qatar": the verb carries the event
        if out and _reduced_relative(doc, out[-1][0], trig, lexicon):
            if trig.entry.scope:  # "protesters demanding the president's resignation": still its content
                scope_until = _scope_end(doc, trig, lexicon)
            continue  # "expelled two diplomats accused of spying": the participle describes the object
        if _nominalized(doc, trig, lexicon):
            trig = replace(trig, entry=replace(trig.entry, kind="noun"))

        out.append((trig, []))
        if trig.entry.scope:
            scope_until = _scope_end(doc, trig, lexicon)
    return out


def _in_phrase(doc: Doc, trig: Trigger, lexicon: Lexicon) -> bool:
    """A noun right after a preposition ("e degli investimenti", "on protests") is still an argument."""
    preps = [p for key in ("recipient_preps", "partner_preps", "agent_preps", "genitive_preps", "other_preps",
                           "topic_preps") for p in lexicon.words(key)]
    i = trig.start - 1
    while i >= trig.sentence.start and any_match(lexicon.words("determiners"), doc[i]):
        i -= 1
    return i >= trig.sentence.start and any_match(preps, doc[i])


def _coordination_between(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """A comma or "and" between a verb and a later noun: the noun starts a new conjunct, not the object."""
    conj = lexicon.words("coordinators")
    return any(doc[i].text == "," or (doc[i].is_alpha and any_match(conj, doc[i])) for i in range(start, end))


def _scope_end(doc: Doc, trig: Trigger, lexicon: Lexicon) -> int:
    """Where the content of a request or threat ends: the sentence end, or a new clause ("after Ottawa
    refused...") — a complement clause ("that it had supplied drones") stays inside."""
    breaks = lexicon.words("scope_breaks")
    for i in range(trig.end, trig.sentence.end):
        if any_match(breaks, doc[i]):
            return i
    return trig.sentence.end


def _reduced_relative(doc: Doc, prev: Trigger, trig: Trigger, lexicon: Lexicon) -> bool:
    """A participle right after the object of another verb trigger, with no conjunction or auxiliary."""
    if prev.entry.kind != "verb" or trig.entry.kind != "verb" or prev.sentence.start != trig.sentence.start:
        return False
    gap = [doc[i] for i in range(prev.end, trig.start)]
    if not gap:
        return prev.end - prev.start > 1  # "expelled ~ diplomats" already took the object in
    if len(gap) > 4:
        return False
    stops = lexicon.words("coordinators") + lexicon.words("clause_breaks") + lexicon.words("function_words") \
        + lexicon.words("passive_aux") + lexicon.words("passive_copula")
    return not any(any_match(stops, t) or t.is_punct for t in gap)


def _verb_follows(trig: Trigger, found: list[Trigger]) -> bool:
    return any(t.entry.kind == "verb" and t.event == trig.event and 0 <= t.start - trig.end <= 1 for t in found)


def _topic(doc: Doc, trig: Trigger, lexicon: Lexicon) -> bool:
    """A noun trigger governed by a topic preposition ("sulle consegne di aiuto", "concerns over aid")."""
    skip, genitive = lexicon.words("determiners"), lexicon.words("genitive_preps")
    floor = trig.sentence.start
    i = trig.start - 1
    for hop in range(2):  # one "of"-step up: "sulle consegne di aiuto"
        while i >= floor and any_match(skip, doc[i]):
            i -= 1
        if i < floor:
            return False
        if any_match(lexicon.words("topic_preps"), doc[i]):
            return True
        if hop == 0 and any_match(genitive, doc[i]) and i - 2 >= floor:
            i -= 2
        else:
            return False
    return False


def _nominalized(doc: Doc, trig: Trigger, lexicon: Lexicon) -> bool:
    """A verb form used as a noun or adjective: "gli arrestati", "the injured", "Congo's proposed deal"."""
    if trig.entry.kind != "verb" or trig.start == trig.sentence.start:
        return False
    prev = doc[trig.start - 1]
    return any_match(lexicon.words("determiners"), prev) or any_match(lexicon.words("possessives"), prev)
