"""Surface matching shared by quotes and attribution: quote marks, speech cues, channels, sentences.

Everything language-specific comes from ``cronaca/lang/<lang>/speech.toml``; this module only turns those
word lists into matchers over the raw article text.  Matching works on characters, not tokens, so it gives
the same answer with a blank tokenizer and with a trained pipeline.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from ..lang import load_resource
from ..records import Span

CueKind = Literal["verb", "according", "citing"]

# Punctuation that ends a sentence, then optional closing marks/brackets.
_SENT_END = re.compile(r"[.!?…]+[\"”»’)\]]*(?=\s)")
_WORD = re.compile(r"[^\W_][\w’'\-\.]*", re.UNICODE)


@dataclass(frozen=True, slots=True)
class QuoteMarks:
    """A quoted stretch: ``outer`` includes the marks, ``inner`` is the quoted text only."""

    outer: Span
    inner: Span
    closed: bool


@dataclass(frozen=True, slots=True)
class Cue:
    """A speech or attribution cue found in the text."""

    span: Span
    kind: CueKind
    addressee: bool = False  # "told X": the noun phrase after the verb is spoken to, not the speaker
    bare: bool = False  # a finite form standing without an auxiliary


@dataclass(frozen=True, slots=True)
class Group:
    """An unnamed source phrase ("local media") with its canonical description."""

    span: Span
    name: str


def _phrase_pattern(phrase: str) -> str:
    words = [re.escape(w) for w in phrase.split()]
    body = r"\s+".join(words)
    tail = r"(?!\w)" if phrase[-1:].isalnum() or phrase[-1:] == "." else ""
    return rf"(?<!\w){body}{tail}"


def _alternation(phrases: list[str]) -> str:
    # longest first: the regex engine takes the first alternative that matches
    return "|".join(_phrase_pattern(p) for p in sorted(set(phrases), key=len, reverse=True))


def _cased_phrase(phrase: str, sensitive: set[str]) -> str:
    """Like :func:`_phrase_pattern`, but names in ``sensitive`` (X) must match as written."""
    words = [re.escape(w) if w in sensitive else f"(?i:{re.escape(w)})" for w in phrase.split()]
    return r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)"


def _compile(phrases: list[str], flags: int = re.IGNORECASE) -> re.Pattern[str] | None:
    return re.compile(_alternation(phrases), flags) if phrases else None


_CLAUSE_BREAK = re.compile(r",\s+(\w+)\s")


class SpeechLexicon:
    """The speech data of one language, compiled into matchers."""

    def __init__(self, language: str, data: dict[str, Any]) -> None:
        self.language = language
        marks = data.get("quote_marks", {})
        self.pairs: dict[str, str] = {o: c for o, c in marks.get("pairs", [])}
        self.apostrophes: frozenset[str] = frozenset(marks.get("apostrophe_marks", []))
        self.closers: frozenset[str] = frozenset(self.pairs.values())
        verbs = data.get("verbs", {})
        self.addressee_verbs = frozenset(w.lower() for w in verbs.get("addressee", []))
        self.inversion_words = frozenset(w.lower() for w in verbs.get("inversion_words", []))
        self.anaphoric_objects = frozenset(w.lower() for w in verbs.get("anaphoric_objects", []))
        self.inversion_fillers = frozenset(w.lower() for w in verbs.get("inversion_fillers", []))
        self.inversion_place_preps = frozenset(w.lower() for w in verbs.get("inversion_place_preps", []))
        self.object_verbs = frozenset(w.lower() for w in verbs.get("object_verbs", []))
        self.complement_markers = frozenset(w.lower() for w in verbs.get("complement_markers", []))
        self.reporting_verbs = frozenset(w.lower() for w in verbs.get("reporting", []))
        self.framing_verbs = tuple(" ".join(w.lower().split()) for w in verbs.get("framing", [])
                                   + verbs.get("framing_participles", []))
        self.dative = frozenset(w.lower() for w in verbs.get("dative", []))
        # "responded with tear gas": a reply made with a non-speech means is no speech cue
        self.instrumental_verbs = frozenset(w.lower() for w in verbs.get("instrumental", []))
        self.instrumental_preps = frozenset(w.lower() for w in verbs.get("instrumental_preps", []))
        self.force_means = tuple(" ".join(w.lower().split()) for w in verbs.get("force_means", []))
        self._verb_re = self._verb_pattern(verbs)
        sources = data.get("sources", {})
        self._according_re = _compile(sources.get("according", []))
        self._initial_according_re = _compile(sources.get("according_initial", []))
        self._citing_re = _compile(sources.get("citing", []))
        speakers = data.get("speakers", {})
        self.pronouns = frozenset(w.lower() for w in speakers.get("pronouns", []))
        self.determiners = frozenset(w.lower() for w in speakers.get("determiners", []))
        self.non_subject = frozenset(w.lower() for w in speakers.get("non_subject", []))
        self.coordinators = frozenset(w.lower() for w in speakers.get("coordinators", []))
        self.clause_breaks = frozenset(w.lower() for w in speakers.get("clause_breaks", []))
        self.possessive = frozenset(w.lower() for w in speakers.get("possessive", []))
        self.np_stops = frozenset(w.lower() for w in speakers.get("np_stops", []))
        self.name_connectors: tuple[str, ...] = tuple(speakers.get("name_connectors", []))
        self.titles = frozenset(w.lower() for w in speakers.get("titles", []))
        self.voice_titles = frozenset(w.lower() for w in speakers.get("voice_titles", []))
        self.gerunds = frozenset(w.lower() for w in verbs.get("gerunds", []))
        self.relatives = frozenset(w.lower() for w in speakers.get("relatives", []))
        self.title_modifiers = frozenset(w.lower() for w in speakers.get("title_modifiers", []))
        self.documents = frozenset(w.lower() for w in speakers.get("documents", []))
        self.org_nouns = frozenset(w.lower() for w in speakers.get("org_nouns", []))
        self.definite_determiners = frozenset(w.lower() for w in speakers.get("definite_determiners", []))
        self.org_pronouns = frozenset(w.lower() for w in speakers.get("org_pronouns", []))
        self.org_possessives = frozenset(w.lower() for w in speakers.get("org_possessives", []))
        self.org_parts = frozenset(w.lower() for w in speakers.get("org_parts", []))
        self._back_reference_re = _compile(speakers.get("back_references", []))
        self.media_nouns = frozenset(w.lower() for w in data.get("media", {}).get("nouns", []))
        self.media_name_words = frozenset(data.get("media", {}).get("name_words", []))
        self.abbreviations = frozenset(data.get("sentences", {}).get("abbreviations", []))
        self._channels = self._channel_patterns(data)
        self.groups: list[tuple[re.Pattern[str], str]] = [
            (re.compile(_alternation(g["phrases"]), re.IGNORECASE), g["name"])
            for g in data.get("groups", []) if g.get("phrases")]

    @staticmethod
    def _verb_pattern(verbs: dict[str, Any]) -> re.Pattern[str] | None:
        aux = _alternation(verbs.get("auxiliaries", []))
        adv = _alternation(verbs.get("adverbs", []))
        prefix = rf"(?:(?:{aux})\s+)" if aux else ""
        adverbs = rf"(?:(?:{adv})\s+){{0,2}}" if adv else ""
        parts = []
        participles = verbs.get("participles", []) + verbs.get("framing_participles", [])
        if participles and prefix:
            parts.append(rf"(?P<aux>{prefix}{adverbs})(?:{_alternation(participles)})")
        forms = verbs.get("forms", []) + verbs.get("gerunds", []) + verbs.get("framing", [])
        if forms:
            parts.append(rf"(?P<aux2>{prefix}?{adverbs})(?:{_alternation(forms)})")
        return re.compile("|".join(parts), re.IGNORECASE) if parts else None

    @staticmethod
    def _channel_patterns(data: dict[str, Any]) -> list[tuple[re.Pattern[str], str]]:
        sensitive = set(data.get("channels_case_sensitive", {}).get("names", []))
        return [(re.compile("|".join(_cased_phrase(p, sensitive) for p in sorted(phrases, key=len, reverse=True))),
                 name)
                for name, phrases in data.get("channels", {}).items()]

    # ---- cues -------------------------------------------------------------------------------------------
    def cues(self, text: str) -> list[Cue]:
        """Every speech/attribution cue in ``text``, in order, overlaps resolved to the longer match."""
        found: list[Cue] = []
        if self._verb_re is not None:
            for m in self._verb_re.finditer(text):
                groups = m.groupdict()
                aux = groups.get("aux") if groups.get("aux") is not None else groups.get("aux2")
                bare = not aux
                if bare and self._after_determiner(text, m.start()):
                    continue  # "la denuncia", "the reports": a noun, not a verb
                last = m.group(0).split()[-1].lower()
                if last in self.instrumental_verbs and self._non_speech_means(text, m.end()):
                    continue  # "la polizia ha risposto con lacrimogeni": a reply by force, not words
                found.append(Cue(Span(m.start(), m.end()), "verb", last in self.addressee_verbs, bare))
        for pattern, kind in ((self._according_re, "according"), (self._citing_re, "citing")):
            if pattern is not None:
                found.extend(Cue(Span(m.start(), m.end()), kind)  # type: ignore[arg-type]
                             for m in pattern.finditer(text) if not self._after_determiner(text, m.start()))
        if self._initial_according_re is not None:
            found.extend(Cue(Span(m.start(), m.end()), "according") for m in self._initial_according_re.finditer(text)
                         if _clause_initial(text, m.start()))
        found.sort(key=lambda c: (c.span.start, -(c.span.end - c.span.start)))
        kept: list[Cue] = []
        for cue in found:
            if kept and cue.span.start < kept[-1].span.end:
                continue
            kept.append(cue)
        return kept

    def _non_speech_means(self, text: str, pos: int) -> bool:
        """Whether the words after a reply verb name a means of force it was made with ("responded with tear
        gas", "ha risposto con gli idranti"); "replied with a smile" or "with a statement" stays speech."""
        words = [w.lower() for w, _ in words_in(text, pos, min(len(text), pos + 80))][:6]
        if not words or words[0] not in self.instrumental_preps:
            return False
        rest = " ".join(w.replace("’", "'").rpartition("'")[2] or w for w in words[1:] if w not in self.determiners)
        return any(rest == m or rest.startswith(m + " ") for m in self.force_means)

    def opens_back_reference(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` opens with words pointing back to the quote before it ("Così X ha
        commentato", "That was the message from X")."""
        if self._back_reference_re is None:
            return False
        m = self._back_reference_re.match(text, start, end)
        return m is not None

    def clause_breaks_in(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each ", while " / ", mentre " in ``text``: a clause of its own opens there."""
        return [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text) if m.group(1).lower() in self.clause_breaks]

    def is_framing(self, cue_text: str) -> bool:
        """A verb that frames a quoted fragment without reporting a claim ("urged X to “...”")."""
        words = " ".join(cue_text.lower().split())
        return any(words == f or words.endswith(" " + f) for f in self.framing_verbs)

    def citing_at(self, text: str, start: int, end: int) -> Span | None:
        """The first "citing"/"citando" cue in ``text[start:end]``."""
        m = self._citing_re.search(text, start, end) if self._citing_re is not None else None
        return Span(m.start(), m.end()) if m else None

    def _after_determiner(self, text: str, start: int) -> bool:
        before = words_before(text, start, 1)
        # "lo riporta": a clitic object pronoun, not the article of a noun
        return bool(before) and before[-1].lower() in self.determiners - self.anaphoric_objects

    def channel(self, text: str, start: int, end: int) -> tuple[str, Span] | None:
        """The first channel (in data priority order) named in ``text[start:end]``."""
        for pattern, name in self._channels:
            m = pattern.search(text, start, end)
            if m:
                return name, Span(m.start(), m.end())
        return None

    def channel_spans(self, text: str, start: int, end: int) -> list[Span]:
        """Every channel phrase in ``text[start:end]`` ("su X", "on Telegram"): their names never speak."""
        return [Span(m.start(), m.end()) for pattern, _ in self._channels for m in pattern.finditer(text, start, end)]

    def group_at(self, text: str, start: int, end: int) -> Group | None:
        """The earliest unnamed-source phrase in the region (the longest when several start together)."""
        best: Group | None = None
        for pattern, name in self.groups:
            m = pattern.search(text, start, end)
            if m and (best is None or m.start() < best.span.start
                      or (m.start() == best.span.start and m.end() > best.span.end)):
                best = Group(Span(m.start(), m.end()), name)
        return best

    def is_outlet_name(self, name: str) -> bool:
        """True when a proper name looks like a news outlet's ("The Associated Press", "Corriere della Sera")."""
        return any(w.strip("’'.,") in self.media_name_words for w in name.split()) or name in self.media_name_words


def _clause_initial(text: str, pos: int) -> bool:
    """``pos`` opens a sentence, a paragraph or a clause after a colon ("Mosca ha reagito: per la portavoce")."""
    before = text[max(0, pos - 200):pos]
    stripped = before.rstrip()
    return not stripped or "\n" in before[len(stripped):] or stripped[-1] in ".!?…:"


@lru_cache(maxsize=8)
def lexicon(language: str) -> SpeechLexicon:
    """The compiled speech lexicon of ``language`` (built once)."""
    return SpeechLexicon(language, load_resource(language, "speech"))


def words_before(text: str, pos: int, n: int, floor: int = 0) -> list[str]:
    """The last ``n`` words before ``pos`` (not before ``floor``)."""
    chunk = text[max(floor, pos - 60 * n):pos]
    return [m.group(0).rstrip(".") or m.group(0) for m in _WORD.finditer(chunk)][-n:]


def words_in(text: str, start: int, end: int) -> list[tuple[str, Span]]:
    """Words of ``text[start:end]`` with their spans (trailing periods of abbreviations kept)."""
    return [(m.group(0), Span(m.start(), m.end())) for m in _WORD.finditer(text, start, end)]


# ---- quotes ---------------------------------------------------------------------------------------------
def _can_open(text: str, i: int, mark: str, lex: SpeechLexicon) -> bool:
    nxt = text[i + 1:i + 2]
    if not nxt or nxt.isspace():
        return False
    if mark in lex.apostrophes or lex.pairs.get(mark) == mark:
        prev = text[i - 1:i]
        return not prev or prev.isspace() or prev in "([{—–-/" or prev in lex.pairs
    return True


def _can_close(text: str, j: int, mark: str, lex: SpeechLexicon, same: bool) -> bool:
    prev, nxt = text[j - 1:j], text[j + 1:j + 2]
    if mark in lex.apostrophes or same:
        # an apostrophe (l’attacco, don’t) or an opening ASCII mark is followed by a letter
        return bool(prev) and not prev.isspace() and not nxt.isalnum()
    return True


def _find_close(text: str, start: int, opener: str, closer: str, lex: SpeechLexicon) -> int | None:
    same = opener == closer
    depth = 0
    j = start
    while j < len(text):
        ch = text[j]
        if ch == "\n":
            return None
        if not same and ch == opener and _can_open(text, j, ch, lex):
            depth += 1
        elif ch == closer and _can_close(text, j, ch, lex, same):
            if depth == 0:
                return j
            depth -= 1
        j += 1
    return None


def find_quotes(text: str, lex: SpeechLexicon) -> list[QuoteMarks]:
    """Outermost quoted stretches; an unclosed typographic quote runs to the end of its paragraph."""
    out: list[QuoteMarks] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in lex.pairs and _can_open(text, i, ch, lex):
            closer = lex.pairs[ch]
            j = _find_close(text, i + 1, ch, closer, lex)
            if j is not None:
                out.append(_marks(text, i, j + 1, closed=True))
                i = j + 1
                continue
            if (closer != ch and ch not in lex.apostrophes) or _reopens_next_paragraph(text, i, ch):
                end = text.find("\n", i)
                end = len(text) if end < 0 else end
                out.append(_marks(text, i, end, closed=False))
                i = end
                continue
        i += 1
    found = [q for q in out if q.inner.end > q.inner.start]
    return [part for q in found for part in _split_at_inciso(text, q, lex)]


def _reopens_next_paragraph(text: str, i: int, mark: str) -> bool:
    """A quote left open at the end of its paragraph whose next paragraph opens with the same mark: the press
    convention for one speaker's words running over paragraphs ("...citizens.\n\n\"We will ...")."""
    end = text.find("\n", i)
    if end < 0:
        return False
    if mark in text[i + 1:end]:
        return False  # the paragraph closes it, or holds another quote
    return text[end:].lstrip()[:1] == mark


# an inserted clause set off by dashes inside a quote: «Non accetteremo – ha aggiunto – che ...»
_INCISO_DASH = re.compile(r"\s[–—-]\s")
_INCISO_CUE_LEAD = 6  # words allowed before the cue in the inserted clause ("— Foreign Minister X said —")


def _split_at_inciso(text: str, q: QuoteMarks, lex: SpeechLexicon) -> list[QuoteMarks]:
    """A quote interrupted by a dashed clause with a speech cue is two quotes of the same speaker, and the
    clause (the cue and its subject) is the reporter's words, not the speaker's."""
    dashes = list(_INCISO_DASH.finditer(text, q.inner.start, q.inner.end))
    for first, second in itertools.pairwise(dashes):
        clause = (first.end(), second.start())
        cues = [c for c in lex.cues(text[clause[0]:clause[1]]) if c.kind == "verb"]
        if not cues:
            continue
        lead = [w for w, _ in words_in(text, clause[0], clause[0] + cues[0].span.start)]
        # only the speaker may stand before the cue: a name, a title, a pronoun ("– che ha detto –" is the
        # speaker's own relative clause, not the reporter's)
        if len(lead) > _INCISO_CUE_LEAD or not all(w[:1].isupper() or w.lower() in lex.titles
                                                    or w.lower() in lex.pronouns or w.lower() in lex.determiners
                                                    for w in lead):
            continue
        head = _marks(text, q.outer.start, first.start() + 1, closed=True)
        tail = _marks(text, second.end() - 2, q.outer.end, closed=q.closed)
        if head.inner.end <= head.inner.start or tail.inner.end <= tail.inner.start:
            continue
        return [head, *_split_at_inciso(text, tail, lex)]
    return [q]


def _marks(text: str, start: int, end: int, closed: bool) -> QuoteMarks:
    a, b = start + 1, end - 1 if closed else end
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return QuoteMarks(Span(start, end), Span(a, b), closed)


# ---- sentences ------------------------------------------------------------------------------------------
def sentence_spans(text: str, lex: SpeechLexicon, quotes: list[QuoteMarks]) -> list[Span]:
    """Sentences split on end punctuation and line breaks, never inside a quote."""
    cuts = {0, len(text)}
    for m in re.finditer(r"\n+", text):
        cuts.update((m.start(), m.end()))
    for m in _SENT_END.finditer(text):
        if _is_abbreviation(text, m.start(), lex):
            continue
        rest = text[m.end():m.end() + 3].lstrip()
        if rest and not (rest[0].isupper() or rest[0].isdigit() or rest[0] in lex.pairs):
            continue
        cuts.add(m.end())
    inside = [q.outer for q in quotes]
    ordered = sorted(c for c in cuts if not any(s.start < c < s.end for s in inside))
    spans = []
    for a, b in itertools.pairwise(ordered):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            spans.append(Span(a, b))
    return spans


def _is_abbreviation(text: str, dot: int, lex: SpeechLexicon) -> bool:
    if text[dot] != ".":
        return False
    start = dot
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    token = text[start:dot + 1]
    if token in lex.abbreviations:
        return True
    # a single capital letter is an initial (K. P. Sharma Oli)
    return len(token) == 2 and token[0].isupper()
