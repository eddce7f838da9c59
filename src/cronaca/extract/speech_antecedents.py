"""Antecedents for the speech-act stage: who a pronoun, a title or a missing subject refers to (the last
speaker, else the person in subject position of a recent sentence, else the entity stage's salient person),
what "it" and a definite description ("the ministry said", "the statement said") stand for (the organisation
last named, or the unnamed group that spoke last).

:class:`AntecedentResolver` keeps the state a document's resolution carries from sentence to sentence (the last
named speaker and the last unnamed group); :mod:`cronaca.extract.speech_acts` builds on it.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ..records import Participant
from .source_phrases import SourcePhrases
from .speakers import Candidate, qualifies_title
from .speech import Cue, words_before

if TYPE_CHECKING:
    from .speech_acts import SpeechAnalysis

ANTECEDENT_WINDOW = 3  # sentences a pronoun or missing subject may look back for the last speaker


class AntecedentResolver(SourcePhrases):
    """Resolution state of one document and the antecedents of pronouns, titles and descriptions."""

    def __init__(self, doc: Doc, analysis: SpeechAnalysis) -> None:
        super().__init__(analysis.text, analysis.lex, analysis.index)
        self.doc = doc
        self.a = analysis
        self.last_speaker: tuple[Participant, int] | None = None
        self.last_group: tuple[Participant, int] | None = None

    def _descriptive_antecedent(self, plain: Participant, cue: Cue, si: int) -> Participant:
        """ "The medical group said", "the statement said", "il ministero ha spiegato": a definite description
        whose head is an organisation noun refers to the organisation last named; one whose head is a document
        noun to the last speaker (who issued it)."""
        words = plain.raw_text.lower().split()
        before = words_before(self.text, plain.span.start, 1) if plain.span is not None else []
        own = words[1:] if words and words[0] in self.lex.org_possessives else (
            words if before and before[-1].lower() in self.lex.org_possessives else [])
        if own and " ".join(own) in self.lex.org_parts:
            # "its central command said", "la sua leadership ha detto": the organisation last named speaks
            return self._org_antecedent(cue.span.start, si) or plain
        if not words or not before or before[-1].lower() not in self.lex.definite_determiners:
            return plain
        head = words[-1]
        if head in self.lex.documents and self.last_speaker is not None \
                and si - self.last_speaker[1] <= ANTECEDENT_WINDOW:
            return self.last_speaker[0]
        if head in self.lex.org_nouns or " ".join(words) in self.lex.org_nouns:
            org = self._recent_org(cue.span.start, si, head=head)
            if org is not None and names_hold(org, head):
                return org.participant  # "the ministry said": the ministry named before, not a later group
            group = self.last_group if self.last_group is not None \
                and si - self.last_group[1] <= ANTECEDENT_WINDOW else None
            # "More than 100 aid organizations warned ... the groups said": an unnamed group that spoke later
            # than the organisation was named is the one described
            if group is not None and (org is None or self.a.sentence_of(org.span.start) <= group[1]):
                return group[0]
            if org is not None:
                return org.participant
        return plain

    def _org_antecedent(self, pos: int, si: int) -> Participant | None:
        """What "it" stands for: the organisation or country last named as a subject, or the unnamed group
        ("the army", "police") that spoke last, whichever came later."""
        org = self._recent_org(pos, si, subjects_only=True)
        group = self.last_group if self.last_group is not None and si - self.last_group[1] <= ANTECEDENT_WINDOW \
            else None
        if group is not None and (org is None or self.a.sentence_of(org.span.start) <= group[1]):
            return group[0]
        return org.participant if org is not None else None

    def _recent_org(self, pos: int, si: int, subjects_only: bool = False,
                    head: str | None = None) -> Candidate | None:
        """The organisation most recently named outside quotes within the antecedent window; with
        ``subjects_only`` also a country or city (GPE), but only one no preposition governs ("it" refers to
        the subject of a recent clause, not to a place the sentence mentions).  With a description's
        ``head`` noun ("the ministry said") an organisation whose name holds that noun is preferred to a
        later one that does not ("Armenia's Defence Ministry ... the army ... the ministry said")."""
        floor = self.a.sentences[max(0, si - ANTECEDENT_WINDOW)].start
        types = ("ORG", "GPE") if subjects_only else ("ORG",)
        latest: Candidate | None = None
        subject: Candidate | None = None
        for c in self._recent_orgs(floor, pos, types, subjects_only):
            if head is None:
                return c
            latest = latest or c
            if names_hold(c, head):
                return c
            if subject is None and self._is_subject(c):
                subject = c
        # "The RSF, which has been fighting the army, denied ... the group said": the organisation that was
        # a clause's subject, not the one its object named last
        return subject or latest

    def _is_subject(self, c: Candidate) -> bool:
        if c.span is None or not self.doc.has_annotation("DEP"):
            return False
        span = self.doc.char_span(c.span.start, c.span.end, alignment_mode="expand")
        if span is None:
            return False
        opening = all(t.lower_ in self.lex.definite_determiners for t in self.doc[span.sent.start:span.start])
        return opening or span.root.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")  # (the parse may miss it)

    def _recent_orgs(self, floor: int, pos: int, types: tuple[str, ...], subjects_only: bool
                     ) -> Iterator[Candidate]:
        for c in reversed(self.index.between(floor, pos)):
            # (nor a channel: "posted on Telegram, the group said")
            if c.type not in types or c.kind not in ("name", "title") or self.a.in_quote(c.span.start) \
                    or self.a.in_channel(c.span):
                continue
            before = words_before(self.text, c.span.start, 1)
            if self.text[:c.span.start].rstrip().endswith("(") or (
                    before and before[-1].lower() in self.lex.addressee_verbs):
                continue  # "GENEVA (Reuters)", "told The Associated Press": the outlet relays, it is not described
            if subjects_only and self.index.preceded_by(c, self.lex.non_subject | self.lex.possessive):
                continue
            yield c

    def _antecedent(self, pos: int, si: int) -> Participant | None:
        """Who a pronoun, title or missing subject refers to: the recent speaker, else the salient person."""
        # the person in subject position of a recent sentence ("X spoke with Y. ..., she added" is X), then
        # the entity stage's salience, which may only know the most recent mention
        types = frozenset({"PER"}) if self.doc._.cronaca_mentions else frozenset({None})
        cand = self._recent_subject(pos, si, types)
        if self.last_speaker is not None and si - self.last_speaker[1] <= ANTECEDENT_WINDOW:
            speaker, speaker_si = self.last_speaker
            # a person who became the subject after the last speaker's sentence is the new topic:
            # "X said on Telegram. Y thanked Z. '...,' he said" is Y
            if cand is None or self.a.sentence_of(cand.span.start) <= speaker_si:
                return speaker
            return cand.participant
        return cand.participant if cand is not None else _salient(self.doc, pos)

    def _recent_subject(self, pos: int, si: int, types: frozenset[str | None]) -> Candidate | None:
        """The person most recently named as a sentence's first, non-prepositional name (the salient one)."""
        for back in range(si, max(-1, si - ANTECEDENT_WINDOW - 1), -1):
            sent = self.a.sentences[back]
            cands = self.index.between(sent.start, min(sent.end, pos))
            for k, c in enumerate(cands):
                if self.a.in_quote(c.span.start):
                    continue
                if self.index.preceded_by(c, self.lex.non_subject | self.lex.possessive, floor=sent.start):
                    continue
                if c.type in types:
                    return c
                nxt = cands[k + 1] if k + 1 < len(cands) else None
                if nxt is not None and nxt.type in types and qualifies_title(self.text, c, nxt, self.lex):
                    return nxt  # "Hungary's foreign minister Peter Szijjarto was ...": the minister is the subject
                if c.type is None and nxt is not None and self._only_titles(c.span.end, nxt.span.start):
                    continue  # "Military spokesman Maj. Gen. Zaw Min Tun": capitalised words of the title
                break
        return None

    def _only_titles(self, start: int, end: int) -> bool:
        """Only title words ("spokesman", "Gen."), periods and spaces between two capitalised candidates."""
        words = self.text[start:end].replace(".", " ").split()
        titles = self.lex.titles
        return all(w.lower() in titles or f"{w.lower()}." in titles for w in words)


def _salient(doc: Doc, pos: int) -> Participant | None:
    """The entity stage's most salient person before ``pos``, when that stage provides the helper."""
    helper = None
    for module in ("entities", "coref"):  # the helper may live in either (stages land independently)
        try:
            helper = getattr(importlib.import_module(f"cronaca.extract.{module}"), "salient_entity", None)
        except ImportError:
            continue
        if callable(helper):
            break
    if not callable(helper):
        return None
    ent = helper(doc, pos, types=("PER",))
    if ent is None:
        return None
    before = [m for m in ent.mentions if m.end <= pos] or list(ent.mentions)
    return ent.participant(before[-1], doc.text) if before else None


def names_hold(c: Candidate, head: str) -> bool:
    """Whether the candidate's written or canonical name holds the noun ("ministry" in "Ministry of Defence")."""
    names = f"{c.participant.raw_text} {c.participant.entity_name or ''}".lower()
    return head.lower() in re.findall(r"\w+", names)
