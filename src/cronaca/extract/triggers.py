"""Event triggers: the words and phrases of a language pack's ``events.toml`` found in a document.

A token pattern is a lower-case word (``"colpì"``), or a prefix ending in ``*`` (``"colpisc*"``); it matches a
token's form or, when the pipeline has a lemmatizer, its lemma.  A phrase is a sequence of patterns, where
``~`` lets up to three tokens pass (``"ferm* ~ spedizion*"``).  The blank pipeline has no lemmatizer, so
entries list inflected forms or stems as well as lemmas; a trained pipeline only adds recall.

Matching is indexed: each document's folded forms and usable lemmas are computed once (``token_features``)
and a lexicon phrase is only tried at a token whose form or lemma can start it (``FirstWordIndex``).
Setting ``INDEXED = False`` takes the plain reference path (every phrase tried at every token, token
attributes read afresh), which must give the same triggers (tests/extract/test_triggers_index.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import chain
from typing import Any, TypeVar

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
INDEXED = True  # False: the plain reference path, kept to check the index against
_FEATURES_KEY = "cronaca_trigger_features"
T = TypeVar("T")


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

    def matches_word(self, form: str, lemma: str) -> bool:
        """Whether the folded form, or the usable lemma (``""`` when none), matches."""
        text = self.text  # matches_text inlined: this is the innermost test of every scan
        if self.prefix:
            return form.startswith(text) or (bool(lemma) and lemma.startswith(text))
        return form == text or (bool(lemma) and lemma == text)

    def matches(self, token: Token, lemma_ok: bool = True) -> bool:
        feats = token_features(token.doc)
        return self.matches_word(feats.forms[token.i], feats.lemmas[token.i] if lemma_ok else "")


def token_form(token: Token) -> str:
    return norm(token.text)


def token_lemma(token: Token) -> str:
    """The folded lemma when a pattern may match it, else ``""``."""
    lemma = token.lemma_
    if not lemma or token.pos_ in FUNCTION_POS or token.dep_ in FUNCTION_DEPS:
        return ""  # "according (to)" has the lemma "accord" but names no agreement
    return norm(lemma)


class _Fresh(Sequence[str]):
    """The reference path's features: read from the token at every access, nothing kept."""

    def __init__(self, doc: Doc, read: Any) -> None:
        self.doc, self.read = doc, read

    def __len__(self) -> int:
        return len(self.doc)

    def __getitem__(self, i: Any) -> Any:
        return self.read(self.doc[i])


@dataclass(frozen=True, slots=True)
class TokenFeatures:
    """Per token of a document, what patterns are matched against: folded form and usable lemma."""

    forms: Sequence[str]
    lemmas: Sequence[str]


def token_features(doc: Doc, fresh: bool = False) -> TokenFeatures:
    """The features of ``doc``, computed once and kept in ``doc.user_data`` (``fresh`` recomputes them)."""
    if not INDEXED:
        return TokenFeatures(_Fresh(doc, token_form), _Fresh(doc, token_lemma))
    cached = doc.user_data.get(_FEATURES_KEY)
    if not fresh and isinstance(cached, TokenFeatures) and len(cached.forms) == len(doc):
        return cached
    feats = TokenFeatures([token_form(t) for t in doc], [token_lemma(t) for t in doc])
    doc.user_data[_FEATURES_KEY] = feats
    return feats


def any_match(patterns: Iterable[TokenPattern], token: Token) -> bool:
    feats = token_features(token.doc)
    return _any_word(patterns, feats.forms[token.i], feats.lemmas[token.i])


def _any_word(patterns: Iterable[TokenPattern], form: str, lemma: str) -> bool:
    for p in patterns:  # a plain loop, not any(genexpr): this runs for every token of every clause scan
        if p.matches_word(form, lemma):
            return True
    return False


def first_word_at(doc: Doc, indices: Iterable[int], patterns: Sequence[TokenPattern]) -> int | None:
    """The first of the document ``indices`` (in the order given) whose token one of ``patterns`` matches."""
    feats = token_features(doc)
    forms, lemmas = feats.forms, feats.lemmas
    return next((i for i in indices if _any_word(patterns, forms[i], lemmas[i])), None)


def parse_patterns(specs: Iterable[str]) -> tuple[TokenPattern, ...]:
    return tuple(TokenPattern.parse(s) for s in specs if s.strip())


Phrase = tuple[TokenPattern | None, ...]  # None is a gap


def parse_phrase(spec: str) -> Phrase:
    return tuple(None if part == GAP else TokenPattern.parse(part) for part in spec.split())


ELISION = re.compile(r"(\w)['\u2019](?=\w)")


def phrase_variants(spec: str) -> tuple[Phrase, ...]:
    """A lexicon phrase as written and, when a word holds an elision, as tokenizers split it: "forze
    dell'ordine" is matched as "forze" "dell'" "ordine" (Italian), "d'assalto" as "d'" "assalto"."""
    split = ELISION.sub(r"\1' ", spec)
    return (parse_phrase(spec),) if split == spec else (parse_phrase(spec), parse_phrase(split))


def parse_phrases(specs: Iterable[str]) -> tuple[Phrase, ...]:
    return tuple(ph for s in specs for ph in phrase_variants(s))


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
    if start >= len(tokens):
        return None
    token = tokens[start]
    feats = token_features(token.doc)
    if not head.matches_word(feats.forms[token.i], feats.lemmas[token.i] if lemma_ok else ""):
        return None
    return match_phrase(tokens, start + 1, rest, lemma_ok)


def phrase_end(feats: TokenFeatures, i: int, stop: int, phrase: Phrase, lemma_ok: bool = True) -> int | None:
    """``match_phrase`` on document indices: the end of ``phrase`` matched at token ``i``, with no token
    at or after ``stop`` (the sentence end), or None."""
    forms, lemmas = feats.forms, feats.lemmas
    for k, head in enumerate(phrase):
        if head is None:
            rest = phrase[k + 1:]
            for skip in range(GAP_SIZE + 1):
                end = phrase_end(feats, i + skip, stop, rest, lemma_ok)
                if end is not None:
                    return end
            return None
        if i >= stop or not head.matches_word(forms[i], lemmas[i] if lemma_ok else ""):
            return None
        i += 1
    return i


@dataclass(frozen=True, slots=True)
class FirstWordIndex:
    """Phrases by the pattern of their first word, so that only those a token can start are tried: exact
    words in one table, prefixes in another looked up with each prefix length in use."""

    exact: dict[str, tuple[int, ...]]
    prefixes: dict[str, tuple[int, ...]]
    lengths: tuple[int, ...]  # the prefix lengths in use, shortest first
    unanchored: tuple[int, ...] = ()  # phrases opening with a gap: tried everywhere

    @classmethod
    def build(cls, phrases: Iterable[Phrase]) -> FirstWordIndex:
        exact: dict[str, list[int]] = {}
        prefixes: dict[str, list[int]] = {}
        unanchored: list[int] = []
        for rank, phrase in enumerate(phrases):
            first = phrase[0] if phrase else None
            if first is None:
                unanchored.append(rank)
            else:
                (prefixes if first.prefix else exact).setdefault(first.text, []).append(rank)
        return cls({k: tuple(v) for k, v in exact.items()}, {k: tuple(v) for k, v in prefixes.items()},
                   tuple(sorted({len(k) for k in prefixes})), tuple(unanchored))

    def ranks(self, form: str, lemma: str) -> list[int]:
        """Ranks, in order, of the phrases whose first pattern matches ``form`` or ``lemma`` (gap-first
        phrases excluded)."""
        found: set[int] = set()
        for word in (form, lemma) if lemma and lemma != form else (form,):
            found.update(self.exact.get(word, ()))
            for n in self.lengths:
                if n > len(word):
                    break
                found.update(self.prefixes.get(word[:n], ()))
        return sorted(found)

    def trial_order(self, form: str, lemma: str) -> list[int]:
        """Ranks, in order, of every phrase that may match at a token: those it starts and the gap-first."""
        ranks = self.ranks(form, lemma)
        return sorted(ranks + list(self.unanchored)) if self.unanchored else ranks


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
        if not INDEXED:  # the reference: every phrase that opens with a word
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


def find_triggers_in(doc: Doc, lexicon: Lexicon, start: int, end: int) -> list[Trigger]:
    """The lexicon matches starting in tokens ``[start, end)`` (used to tell which clause has an event)."""
    feats = token_features(doc)
    found: list[Trigger] = []
    sent: SpacySpan | None = None
    for i in range(start, end):
        if sent is None or not sent.start <= i < sent.end:
            sent = doc[i].sent
        hit = _match_at(feats, sent, i, lexicon.candidates_for(feats.forms[i], feats.lemmas[i]))
        if hit is not None:
            found.append(hit)
    return found


@lru_cache(maxsize=4096)
def _phrase_index(phrases: tuple[Phrase, ...]) -> FirstWordIndex:
    return FirstWordIndex.build(phrases)


def first_phrase(feats: TokenFeatures, i: int, stop: int, phrases: tuple[Phrase, ...]) -> tuple[int, int] | None:
    """``(rank, end)`` of the first of ``phrases``, in their order, that matches at token ``i`` and covers at
    least one token (``match_phrase`` tried phrase after phrase, through the first-word index)."""
    ranks: Iterable[int] = range(len(phrases))
    if INDEXED:
        ranks = _phrase_index(phrases).trial_order(feats.forms[i], feats.lemmas[i])
    for rank in ranks:
        end = phrase_end(feats, i, stop, phrases[rank])
        if end is not None and end > i:
            return rank, end
    return None


def _phrase_starts(sentence: SpacySpan, indices: Iterable[int], phrases: Iterable[Phrase]) -> Iterable[int]:
    """The document ``indices`` (inside ``sentence``) where one of ``phrases`` starts, lazily."""
    phrases = tuple(phrases)
    feats = token_features(sentence.doc)
    stop = sentence.end
    index = _phrase_index(phrases) if INDEXED else None
    for i in indices:
        if index is None:  # the reference: every phrase
            ranks: Iterable[int] = range(len(phrases))
        else:  # only the phrases this token's form or lemma can start
            ranks = chain(index.ranks(feats.forms[i], feats.lemmas[i]), index.unanchored)
        if any(phrase_end(feats, i, stop, phrases[r]) is not None for r in ranks):
            yield i


def phrase_near(sentence: SpacySpan, lo: int, hi: int, phrases: Iterable[Phrase]) -> int | None:
    """Document index of the first token in ``[lo, hi)`` (sentence-clipped) where one of ``phrases`` starts."""
    span = range(max(lo, sentence.start), min(hi, sentence.end))
    return next(iter(_phrase_starts(sentence, span, phrases)), None)


def _near(sentence: SpacySpan, start: int, end: int, window: int, phrases: tuple[Phrase, ...]) -> tuple[int, ...]:
    """Document indices, within ``window`` tokens of ``[start, end)`` but outside it, where a phrase starts."""
    lo, hi = max(sentence.start, start - window), min(sentence.end, end + window)
    return tuple(_phrase_starts(sentence, (i for i in range(lo, hi) if not start <= i < end), phrases))


def find_triggers(doc: Doc, lexicon: Lexicon) -> list[Trigger]:
    """All lexicon matches, sentence by sentence; a token belongs to at most one trigger."""
    feats = token_features(doc, fresh=True)  # the events stage starts here: features of the final parse
    found: list[Trigger] = []
    never = lexicon.words("never_triggers")
    off_topic = lexicon.phrases("off_topic")
    for sent in doc.sents:
        if off_topic and phrase_near(sent, sent.start, sent.end, off_topic) is not None:
            continue  # sport: "l'attacco della Juventus", "the striker's goal"
        tokens: list[Token] = []  # built at the first hit only
        i = sent.start
        while i < sent.end:
            form, lemma = feats.forms[i], feats.lemmas[i]
            hit = None if _any_word(never, form, lemma) \
                else _match_at(feats, sent, i, lexicon.candidates_for(form, lemma))
            if hit is not None:
                tokens = tokens or list(sent)
                k = i - sent.start
                if _adjectival(tokens, k, hit, lexicon) or _compound(tokens, k, hit):
                    hit = None  # an adjectival participle: "the proposed deal", "Iranian-backed militias"
            if hit is None:
                i += 1
                continue
            found.append(hit)
            i = hit.end
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


def _match_at(feats: TokenFeatures, sent: SpacySpan, i: int,
              index: Sequence[tuple[Phrase, TriggerEntry]]) -> Trigger | None:
    # the written form first ("protested" is the verb entry), the lemma only when no form matches
    return _match_pass(feats, sent, i, index, False) or _match_pass(feats, sent, i, index, True)


def _match_pass(feats: TokenFeatures, sent: SpacySpan, i: int, index: Sequence[tuple[Phrase, TriggerEntry]],
                lemma_ok: bool) -> Trigger | None:
    """The first phrase of ``index`` matched at document token ``i`` whose cues allow it."""
    doc = sent.doc
    for phrase, entry in index:
        end = phrase_end(feats, i, sent.end, phrase, lemma_ok)
        if end is None or end == i:
            continue
        if lemma_ok and entry.kind == "noun" and any(doc[k].pos_ in VERB_POS for k in range(i, end)):
            continue  # "missiles struck" is a clause, not the noun "missile strikes"
        cues: tuple[int, ...] = ()
        if entry.needs:
            cues = _near(sent, i, end, entry.window, entry.needs)
            if not cues:
                continue
        if entry.excludes and _near(sent, i, end, entry.window, entry.excludes):
            continue
        return Trigger(entry, i, end, sent, cues)
    return None


def clause_start(doc: Doc, trigger: Trigger, lexicon: Lexicon) -> int:
    """First token of the clause holding the trigger: after the last clause break before it."""
    found = first_word_at(doc, range(trigger.start - 1, trigger.sentence.start - 1, -1),
                          lexicon.words("clause_breaks"))
    return trigger.sentence.start if found is None else found + 1


def clause_end(doc: Doc, trigger: Trigger, lexicon: Lexicon) -> int:
    found = first_word_at(doc, range(trigger.end, trigger.sentence.end), lexicon.words("clause_breaks"))
    return trigger.sentence.end if found is None else found


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
    found = first_word_at(doc, range(trig.end, trig.sentence.end), lexicon.words("scope_breaks"))
    return trig.sentence.end if found is None else found


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
