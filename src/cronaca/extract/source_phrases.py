"""Sources named by a phrase rather than as a verb's subject: "secondo la rivista X", "according to local media",
"citing an unidentified official", "police said", and the outlet a speaker "told".

Unnamed groups ("media locali", "officials") become participants whose ``entity_name`` is the short English
description from the language's ``speech.toml``, with the country of a nationality word next to them.
"""

from __future__ import annotations

import re

from ..records import Participant, Span
from .speakers import MentionIndex
from .speech import Cue, Group, SpeechLexicon, words_in

NP_END = re.compile(r"[,;:!?\n()\[\]—–“”«»\"]|\.(?=\s|$)|(?<=\s)-(?=\s)")
"""Where a noun phrase after a cue ends: punctuation, a quote mark, an inserted-clause dash."""


class SourcePhrases:
    """Finds sources in the phrases around cues; the speech-act resolver builds on it."""

    def __init__(self, text: str, lex: SpeechLexicon, index: MentionIndex) -> None:
        self.text = text
        self.lex = lex
        self.index = index
        self.unnamed: set[int] = set()  # ids of group and plain-words participants: never antecedents

    def _group_before(self, cue: Cue, floor: int) -> Participant | None:
        """ "police said", "i media locali riferiscono": an unnamed group right before the cue."""
        start = max(floor, cue.span.start - 80)
        best = None
        for pattern, name in self.lex.groups:
            for m in pattern.finditer(self.text, start, cue.span.start):
                named = any(c.span.overlaps(Span(m.start(), m.end())) and c.kind != "guess"
                            for c in self.index.between(start - 40, cue.span.start))
                between = self.text[m.end():cue.span.start]
                adjectives = between.split()
                close = len(adjectives) <= 2 and all(w.isalpha() and w.islower() for w in adjectives)
                if not named and close and (best is None or m.start() < best[0].start):
                    best = (Span(m.start(), m.end()), name)
        return self._group(best[0], best[1], start, cue.span.start) if best else None

    def _np_source(self, start: int, limit: int, stop_at_citing: bool) -> Participant | None:
        """The source named by "secondo ...", "according to ...", "citing ...": a name or an unnamed group."""
        m = NP_END.search(self.text, start, limit)
        end = m.start() if m else limit
        while m and self.text[m.start()] == "." and _is_initial_dot(self.text, m.start(), self.lex):
            m = NP_END.search(self.text, m.start() + 1, limit)
            end = m.start() if m else limit
        if stop_at_citing:
            cited = self.lex.citing_at(self.text, start, end)
            end = cited.start if cited is not None else end  # "according to Axios citing officials"
        words = words_in(self.text, start, end)
        if not words:
            return None
        vocab = self.lex.documents | self.lex.media_nouns
        group = self._unnamed_group(start, end)
        for c in self.index.between(start, end):
            if not c.can_speak and c.type != "NORP" and c.kind != "demonym":
                continue
            if group is not None and group.span.start < c.span.start:
                if not self.text[group.span.end:c.span.start].strip():
                    return c.participant  # "the state news agency TASS": the name, not the description
                break
            if group is not None and not self.text[c.span.end:group.span.start].strip():
                break  # "U.S. officials", "funzionari ucraini": the name only says whose group it is
            if not c.can_speak:
                continue
            lead = [w.lower() for w, s in words if s.end <= c.span.start]
            if any(w in vocab for w in lead) or (len(lead) <= 3 and not set(lead) & self.lex.non_subject):
                return c.participant
            break
        if group is not None and len([w for w, s in words if s.end <= group.span.start]) <= 3:
            return self._group(group.span, group.name, start, end)
        return None

    def _unnamed_group(self, start: int, end: int) -> Group | None:
        """A group phrase that is not part of a name ("la stampa", but not the newspaper "La Stampa")."""
        group = self.lex.group_at(self.text, start, end)
        if group is None or any(c.span.overlaps(group.span) and c.kind != "guess"
                                for c in self.index.between(start - 40, end)):
            return None
        return group

    def _group(self, span: Span, name: str, start: int, end: int) -> Participant:
        """An unnamed source, with the country of a nationality word next to it ("un funzionario ucraino")."""
        country = None
        for c in self.index.between(max(start, span.start - 40), min(end, span.end + 40)):
            if c.participant.country and (c.type in ("NORP", "GPE") or c.kind == "demonym"):
                country = c.participant.country
                break
        raw = self.text[span.start:span.end]
        part = Participant(raw_text=raw, entity_name=name, span=span, country=country)
        self.unnamed.add(id(part))
        return part

    def _outlet(self, cue: Cue, sent: Span) -> Participant | None:
        """The news outlet the speaker talked to ("told The Associated Press", "ha detto X al Corriere")."""
        m = NP_END.search(self.text, cue.span.end, sent.end)
        end = m.start() if m else sent.end
        words = words_in(self.text, cue.span.end, end)
        for c in self.index.between(cue.span.end, end):
            lead = [w.lower() for w, s in words if s.end <= c.span.start]
            spoken_to = (cue.addressee and len(lead) <= 2) or self.index.preceded_by(c, self.lex.dative,
                                                                                  floor=cue.span.end)
            if not spoken_to:
                continue
            datives = [i for i, w in enumerate(lead) if w in self.lex.dative]
            if datives:
                lead = lead[datives[-1]:]  # "in conferenza stampa a Palazzo Chigi": only "a Palazzo Chigi" counts
            if (c.participant.sector in ("JRN", "MED") or self.lex.is_outlet_name(c.participant.raw_text)
                    or any(w in self.lex.media_nouns for w in lead[-2:])):
                return c.participant
            return None
        return None


def _is_initial_dot(text: str, dot: int, lex: SpeechLexicon) -> bool:
    start = dot
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    token = text[start:dot + 1]
    nxt = text[dot + 1:dot + 3].strip()
    return (token in lex.abbreviations or (len(token) == 2 and token[0].isupper())
            or "." in token[:-1]) and bool(nxt)


