"""Who is speaking: the entity mentions near a speech cue, and the antecedent of pronoun/null subjects.

Candidates are the entity mentions of ``doc._.cronaca_mentions``.  Runs of capitalised words the entity stage
did not resolve (no NER in a blank pipeline, a name outside its dictionary) are added untyped, so a quote
still gets a raw speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc
from spacy.util import get_lang_class

from ..lang import available_languages
from ..records import Entity, Participant, Span
from .entity_dictionary import locative
from .entity_lexicon import lexicon as entity_lexicon
from .speech import SpeechLexicon, words_before, words_in

SPEAKER_TYPES = frozenset({"PER", "ORG", "GPE", "MISC", None})
"""Entity types that can say something (a country speaks through its government)."""

# a capitalised word: a dotted acronym (U.S.), a short abbreviation or initial (Dr., K.), or a plain word;
# a period ending a longer word ends the sentence, not the name
_CAP = r"(?:[A-ZÀ-ÖØ-Þ]\.(?:[A-ZÀ-ÖØ-Þ]\.)+|[A-ZÀ-ÖØ-Þ][a-zà-ÿ]?\.|[A-ZÀ-ÖØ-Þ][\w\-’']*)"
_POSSESSIVE_S = re.compile(r"(?:’s|'s|’|')$")


@dataclass(frozen=True, slots=True)
class Candidate:
    """An entity mention (or a capitalised name when no entity stage ran) that could speak."""

    span: Span
    participant: Participant
    type: str | None
    kind: str = "name"  # Mention.kind: name, title, pronoun, demonym, metonym; "guess" for a capitalised run

    @property
    def can_speak(self) -> bool:
        """Names, titles and pronouns can speak; a nationality word ("ucraino") only qualifies a noun."""
        return self.type in SPEAKER_TYPES and self.kind != "demonym"


class MentionIndex:
    """The speaker candidates of one document, sorted by position."""

    def __init__(self, doc: Doc, lex: SpeechLexicon) -> None:
        self.text = doc.text
        self.lex = lex
        entities: dict[str, Entity] = {e.id: e for e in (doc._.cronaca_entities or [])}
        cands: list[Candidate] = []
        places = entity_lexicon(doc.lang_) if doc.lang_ in available_languages() else None
        scenes: list[Span] = []
        for m in doc._.cronaca_mentions or []:
            ent = entities.get(m.entity_id)
            if ent is not None and ent.type == "GPE" and m.kind == "name" and places is not None \
                    and locative(self.text, m.span.start, places):
                scenes.append(m.span)  # "ha invitato Meloni ad Algeri": the place, not its government: no speaker
                continue
            if ent is not None and not _opens_dateline(self.text, m.span.start, m.span.end):
                # the place line opening an article or paragraph ("ISLAMABAD, Nov 10 (Reuters) -") never speaks
                cands.append(Candidate(m.span, ent.participant(m.span, self.text), ent.type, m.kind))
        # names the entity stage missed (no NER, or a name outside its dictionary) still count, untyped
        taken = [c.span for c in cands] + scenes
        cands.extend(r for r in self._name_runs() if not any(r.span.overlaps(t) for t in taken))
        self.items = _outermost(cands)
        self.starts = [c.span.start for c in self.items]

    def _name_runs(self) -> list[Candidate]:
        """Capitalised word runs, minus sentence-initial function words and titles."""
        lowered = set(w.lower() for w in re.findall(r"\b[a-zà-ÿ][\w’']*", self.text))
        known: dict[str, str] = {}
        out: list[Candidate] = []
        for m in _name_run(self.lex).finditer(self.text):
            words = words_in(self.text, m.start(), m.end())
            while words and self._not_a_name(words[0][0], lowered):
                words = words[1:]
            if not words:
                continue
            start, end = words[0][1].start, words[-1][1].end
            raw = self.text[start:end]
            stripped = _POSSESSIVE_S.sub("", raw)
            if stripped.endswith(".") and stripped.count(".") == 1:
                stripped = stripped[:-1]
            if stripped != raw:
                end = start + len(stripped)
                raw = stripped
            if not raw or len(raw) < 2 or _is_dateline(self.text, start, raw):
                continue
            last = raw.split()[-1]
            canonical = raw if len(raw.split()) > 1 or last not in known else known[last]
            if len(raw.split()) > 1:
                known[last] = raw
            out.append(Candidate(Span(start, end), Participant(raw_text=raw, entity_name=canonical,
                                                               span=Span(start, end)), None, "guess"))
        return out

    def _not_a_name(self, word: str, lowered: set[str]) -> bool:
        low = word.lower().rstrip(".")
        lex = self.lex
        return (low in lex.determiners or low in lex.non_subject or low in lex.possessive or low in lex.pronouns
                or low in lex.titles or word.lower() in lex.titles or low in lowered
                or low in stop_words(lex.language))  # "Poi ha aggiunto", "Then he said": not a name

    def between(self, start: int, end: int) -> list[Candidate]:
        """Candidates that start in ``[start, end)``, in text order."""
        i = bisect_left(self.starts, start)
        out = []
        while i < len(self.items) and self.items[i].span.start < end:
            out.append(self.items[i])
            i += 1
        return out

    def last_before(self, pos: int, types: frozenset[str | None]) -> Candidate | None:
        i = bisect_left(self.starts, pos) - 1
        while i >= 0:
            c = self.items[i]
            if c.type in types and c.span.end <= pos:
                return c
            i -= 1
        return None

    def covering(self, start: int, end: int) -> Candidate | None:
        for c in self.between(max(0, start - 80), end):
            if c.span.start <= start and end <= c.span.end:
                return c
        return None

    def preceded_by(self, cand: Candidate, words: frozenset[str], floor: int = 0) -> bool:
        """True when a word of ``words`` governs the mention, across determiners, titles and a title's adjective
        ("con il cancelliere tedesco Merz", "with President Putin"); a capitalised word in between ends the
        search ("Secretary of State Marco Rubio" is not governed by "of")."""
        before = [w.lower() if not w[:1].isupper() else w for w in words_before(self.text, cand.span.start, 5,
                                                                                  floor=floor)]
        i = len(before) - 1
        while i >= 0:
            w = before[i]
            low = w.lower()
            if low in words:
                return True
            if low in self.lex.determiners or low in self.lex.titles:
                i -= 1
                continue
            if not w[:1].isupper() and i > 0 and before[i - 1].lower() in self.lex.titles:
                i -= 1  # an adjective after a title: "il presidente ucraino"
                continue
            return False
        return False


@lru_cache(maxsize=8)
def stop_words(language: str) -> frozenset[str]:
    return frozenset(w.lower() for w in get_lang_class(language).Defaults.stop_words)


def _name_run(lex: SpeechLexicon) -> re.Pattern[str]:
    """Capitalised words joined by spaces or by the language's name particles (glued elisions too)."""
    spaced = sorted((c for c in lex.name_connectors if c[-1:].isalpha()), key=len, reverse=True)
    glued = [c for c in lex.name_connectors if not c[-1:].isalpha()]
    gap = r"[^\S\n]+"  # names do not run across lines
    join = gap
    if spaced:
        join += "(?:(?:" + "|".join(re.escape(c).replace(r"\ ", gap) for c in spaced) + f"){gap})?"
    if glued:
        join = f"(?:{join}|{gap}(?:{'|'.join(re.escape(c) for c in glued)}))"
    return re.compile(f"{_CAP}(?:{join}{_CAP})*")


def _is_dateline(text: str, start: int, raw: str) -> bool:
    """ "KYIV, Ukraine (AP) —", "ROMA -": the place line opening an article or paragraph."""
    return raw.isupper() and len(raw) > 2 and (start == 0 or text[start - 1] == "\n")


def _opens_dateline(text: str, start: int, end: int) -> bool:
    """ "ISLAMABAD, Nov 10 (Reuters) -", "ROMA –": an upper-case place opening a paragraph, then a comma, a
    bracket or a dash (not "U.N. experts say")."""
    nxt = text[end:end + 3].lstrip()[:1]
    return _is_dateline(text, start, text[start:end]) and nxt in (",", "(", "-", "–", "—")


def _outermost(cands: list[Candidate]) -> list[Candidate]:
    """Drop mentions nested in a longer one ("Stati Uniti" inside "il presidente degli Stati Uniti")."""
    cands = sorted(cands, key=lambda c: (c.span.start, -c.span.end))
    out: list[Candidate] = []
    for c in cands:
        if out and c.span.end <= out[-1].span.end:
            continue
        out.append(c)
    return out


def raw_participant(text: str, start: int, end: int) -> Participant | None:
    """A speaker with no entity: the words as written."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    if end <= start:
        return None
    raw = text[start:end]
    return Participant(raw_text=raw, entity_name=raw, span=Span(start, end))


def mistyped_subject(cand: Candidate) -> bool:
    """A name the entity stage typed as a natural place (LOC) standing as the subject of a speech verb: places
    other than countries and cities (GPE) do not speak, so the name is a person or an organisation the
    recogniser mistyped ("Tkachenko said", "Federmeccanica ha definito")."""
    return cand.type == "LOC" and cand.kind == "name"


def qualifies_title(text: str, owner: Candidate, person: Candidate, lex: SpeechLexicon) -> bool:
    """ "Hungary's foreign minister X", "Kremlin spokesman X": a name owning the title of the person after it."""
    gap = text[owner.span.end:person.span.start]
    gap = re.sub(r"^(?:’s|'s|’|')", "", gap)
    words = [w.lower() for w, _ in words_in(gap, 0, len(gap))]
    if not words or len(words) > 4 or any(ch in gap for ch in ",;:.()"):
        return False
    joined = " ".join(words)
    return any(w in lex.titles for w in words) or any(
        t in joined for t in lex.titles if " " in t)


def owning_org(words: list[tuple[str, Span]], lex: SpeechLexicon) -> tuple[int, int] | None:
    """ "a spokeswoman for the ministry", "nella nota del ministero": a title or a document owned by an
    organisation noun with a definite article, and nothing else; the character range of the noun."""
    low = [drop_elision(w, lex.determiners).lower() for w, _ in words]
    glued = [drop_elision(w, lex.determiners) != w for w, _ in words]
    i = 0
    while i < len(low) and (low[i] in lex.determiners or low[i] in lex.non_subject):
        i += 1
    if i >= len(low) or not (low[i] in lex.titles or low[i] in lex.documents):
        return None
    rest = list(range(i + 1, len(low)))
    if not rest:
        return None
    j = rest[0]
    if not glued[j]:
        if low[j] not in lex.non_subject | lex.possessive:
            return None
        j += 1
        while j < len(low) and low[j] in lex.determiners and not glued[j]:
            j += 1
    if j != len(low) - 1 or low[j] not in lex.org_nouns:
        return None
    return words[j][1].start, words[j][1].end


def drop_elision(word: str, determiners: frozenset[str]) -> str:
    """ "l'avvocato" -> "avvocato", "dell'Oim" -> "Oim": an elided article or preposition glued to the word it
    introduces."""
    low = word.lower().replace("’", "'")
    for d in determiners:
        if d.endswith("'") and low.startswith(d) and len(low) > len(d):
            return word[len(d):]
    head, sep, rest = low.partition("'")
    if sep and rest and 1 <= len(head) <= 5 and head.isalpha():
        return word[len(head) + 1:]  # "dell'", "all'", "sull'": a short elided function word
    return word
