"""Sources named by a phrase rather than as a verb's subject: "secondo la rivista X", "according to local media",
"citing an unidentified official", "police said", and the outlet a speaker "told".

Unnamed groups ("media locali", "officials") become participants whose ``entity_name`` is the short English
description from the language's ``speech.toml``, with the country of a nationality word next to them.
"""

from __future__ import annotations

import re

from ..records import Participant, Span
from .speakers import MentionIndex, drop_elision, raw_participant
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
        cands = self.index.between(start, end)
        skipped: list[Span] = []
        for i, c in enumerate(cands):
            nxt = cands[i + 1] if i + 1 < len(cands) else None
            if (nxt is not None and nxt.type == "PER" and c.type != "PER"
                    and not self.text[c.span.end:nxt.span.start].strip()):
                skipped.append(c.span)
                continue  # "per il deputato di Avs Angelo Bonelli": the person, not their party
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
            lead = [w.lower() for w, s in words if s.end <= c.span.start and not any(k.contains(s) for k in skipped)]
            if any(w in vocab for w in lead) or (len(lead) <= 3 and not set(lead) & self.lex.non_subject):
                return c.participant
            break
        if group is not None and len([w for w, s in words if s.end <= group.span.start]) <= 3:
            return self._group(group.span, group.name, start, end)
        if not cands:
            return self._org_description(words)
        return None

    def _org_description(self, words: list[tuple[str, Span]]) -> Participant | None:
        """ "according to the health ministry", "according to a statement from the interior ministry": an
        organisation described by common nouns, no name; kept as written."""
        low = [w.lower() for w, _ in words]
        i = 0
        while i < len(low) and low[i] in self.lex.determiners:
            i += 1
        if i < len(low) and low[i] in self.lex.documents:
            i += 1  # "a statement from ...": the document's issuer
            if i < len(low) and low[i] in self.lex.non_subject | self.lex.possessive:
                i += 1
            while i < len(low) and low[i] in self.lex.determiners:
                i += 1
        rest = words[i:]
        if not rest or len(rest) > 4 or low[-1] not in self.lex.org_nouns:
            return None
        if not all(w.isalpha() and w.islower() for w, _ in rest):
            return None
        part = raw_participant(self.text, rest[0][1].start, rest[-1][1].end)
        if part is not None:
            self.unnamed.add(id(part))
        return part

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


    # ---- subjects that are not names ----------------------------------------------------------------
    def _subject_segment(self, cue: Cue, floor: int) -> tuple[int, int]:
        """The stretch before a cue that may hold its subject: from the last comma or quote mark, or the noun
        phrase before an inserted relative clause ("A senior diplomat, who asked not to be named, told")."""
        lead = self.text[floor:cue.span.start]
        cut = max(lead.rfind(ch) for ch in ",;:" + "".join(self.lex.closers))
        segment = (floor + cut + 1, cue.span.start)
        relative = re.match(r"\s*([^,;:]+),\s*(\w+)[^;:]*,\s*$", lead)
        if relative is not None and relative.group(2).lower() in self.lex.relatives:
            segment = (floor + relative.start(1), floor + relative.end(1))
        return segment

    def _title_of_group(self, cue: Cue, floor: int) -> bool:
        """ "A spokesman for the group, speaking on condition of anonymity, said", "un portavoce del gruppo ha
        detto": a title whose owner is a definite organisation noun (the organisation named before)."""
        words = [w.lower() for w, _ in words_in(self.text, *self._subject_segment(cue, floor))]
        if len(words) < 3 or len(words) > 7 or words[0] not in self.lex.determiners:
            return False
        title = next((i for i, w in enumerate(words[1:3], 1) if w in self.lex.titles), None)
        if title is None:
            return False
        if title + 1 >= len(words):
            return False
        prep = words[title + 1]
        glued = drop_elision(prep, self.lex.determiners) != prep  # "dell'organizzazione"
        if not glued and prep not in self.lex.non_subject | self.lex.possessive:
            return False
        return drop_elision(words[-1], self.lex.determiners) in self.lex.org_nouns

    def _plain_subject_before(self, cue: Cue, floor: int) -> Participant | None:
        """ "“...,” the defense team said": a determiner and common nouns right before the cue, after a quote
        or at the clause start, name an unnamed speaker (kept as written)."""
        segment = self._subject_segment(cue, floor)
        words = words_in(self.text, *segment)
        if not 2 <= len(words) <= 6 or words[0][0].lower() not in self.lex.determiners:
            return None
        named = [c for c in self.index.between(*segment)
                 if c.can_speak and (c.kind != "guess" or " " in c.participant.raw_text)]
        if named:
            return None  # a name is there: not an unnamed speaker
        rest = [w for w, _ in words[1:]]
        if not all(w.isalpha() and w.lower() not in self.lex.non_subject and w.lower() not in self.lex.pronouns
                   and w.lower() not in self.lex.coordinators for w in rest) or not rest[-1].islower():
            return None
        part = raw_participant(self.text, words[1][1].start, words[-1][1].end)
        if part is not None:
            self.unnamed.add(id(part))
        return part

    def _title_phrase(self, lead: list[str]) -> bool:
        """ "il comandante provinciale dei vigili del fuoco": a title opening a description of the office, with
        no clause word in it, may precede the name of an inverted subject."""
        opening = self.lex.titles | self.lex.title_modifiers
        first = next((i for i, w in enumerate(lead) if w.lower() in opening), None)
        if first is None:
            return False
        clause = self.lex.complement_markers | self.lex.np_stops | self.lex.pronouns
        pre = [w.lower() for w in lead[:first]]
        # before the title only the outlet spoken to may stand ("a Sky TG24 il comandante ..."), or a short
        # place or time phrase ending in the subject's article ("ha gridato dal palco la segretaria ...")
        adverbial = (bool(pre) and len(pre) <= 5 and pre[0] in self.lex.non_subject | self.lex.possessive
                     and pre[-1] in self.lex.determiners and not any(w in clause for w in pre[1:]))
        if not adverbial and not all(w.lower() in self.lex.determiners | self.lex.dative or w[:1].isupper()
                                     for w in lead[:first]):
            return False
        tail = lead[first:]
        # "di" before a name is "of" ("della Fimmg di Milano"), before a verb it opens a clause ("di aver"); the
        # lead ends right before a name
        named = [*tail[1:], "X"]
        low = [w.lower() for w, nxt in zip(tail, named, strict=True)
               if not (w.lower() in self.lex.possessive and nxt[:1].isupper())]
        return len(tail) <= 10 and not any(w in clause for w in low)

    def _dative_before(self, pos: int, floor: int) -> bool:
        """The word before ``pos`` (glued elisions too: "all'ANSA") is a dative preposition."""
        m = re.search(r"(\w+['’]?)\s*$", self.text[floor:pos])
        return m is not None and m.group(1).lower() in self.lex.dative

    def _title_only(self, content: list[tuple[str, Span]]) -> bool:
        """ "il presidente", "il neo governatore davanti ai sostenitori", "il titolare del Viminale": a title
        (after modifiers) standing for a person named earlier, with no name of its own."""
        words = [drop_elision(w, self.lex.determiners).lower() for w, _ in content]
        # (a modifier that opens a title of several words stays: "primo cittadino", "prime minister")
        while words and words[0] in self.lex.title_modifiers \
                and not any(" ".join(words[:n]) in self.lex.titles for n in (3, 2)):
            words = words[1:]
        # a multi-word title ("primo cittadino", "prime minister") counts as its first word
        size = next((n for n in (3, 2) if " ".join(words[:n]) in self.lex.titles), 1)
        if not words or " ".join(words[:size]) not in self.lex.titles:
            return False
        words = [" ".join(words[:size]), *words[size:]]
        if len(words) <= 2:
            return True
        return len(words) <= 8 and not any(c.can_speak and c.type == "PER" and c.kind == "name"
                                           for c in self.index.between(content[0][1].start, content[-1][1].end))


def _is_initial_dot(text: str, dot: int, lex: SpeechLexicon) -> bool:
    start = dot
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    token = text[start:dot + 1]
    nxt = text[dot + 1:dot + 3].strip()
    return (token in lex.abbreviations or (len(token) == 2 and token[0].isupper())
            or "." in token[:-1]) and bool(nxt)
