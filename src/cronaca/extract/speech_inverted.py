"""Inverted subjects for the speech-act stage: the speaker named after its cue ("..., ha detto Zelenskyy",
"said the statement posted to the State Department's website", "Lo ha reso noto la prefettura di Agrigento"),
with the outlet the words were told to ("ha detto all'agenzia Adnkronos il portavoce X") set apart and a
following clause ("said Russia wanted peace") told from a subject.
"""

from __future__ import annotations

from ..records import Participant, Span
from .source_phrases import NP_END
from .speakers import Candidate, drop_elision, owning_org, raw_participant
from .speech import Cue, words_before, words_in
from .speech_antecedents import AntecedentResolver, names_hold

INCISO = ",;:-–—"  # punctuation after which a cue may open an inserted clause with an inverted subject


class InvertedSubjects(AntecedentResolver):
    """Finds the subject a cue has after it, and what that subject refers to when it is no name."""

    def _object_of_cue(self, cue: Cue, start: int, end: int) -> bool:
        """The parse makes the first word after ``start`` a direct or indirect object of the cue."""
        if not self.doc.has_annotation("DEP"):
            return False
        verb = self.doc.char_span(cue.span.start, cue.span.end, alignment_mode="expand")
        after = self.doc.char_span(start, end, alignment_mode="expand")
        if verb is None or after is None or not len(after):
            return False
        first = next((t for t in after if not t.is_punct and not t.is_space), None)
        return first is not None and verb.start <= first.head.i < verb.end and first.dep_ in ("obj", "iobj", "dobj")

    def _inverted_np(self, cue: Cue, sent: Span) -> tuple[int, int] | None:
        """The region after a cue that may hold an inverted subject ("..., said Trump")."""
        if cue.addressee:
            return None
        before = self.text[sent.start:cue.span.start].rstrip()
        prev = words_before(self.text, cue.span.start, 1, floor=sent.start)
        allowed = (not before or before[-1] in INCISO or before[-1] in self.lex.closers
                   or (bool(prev) and (prev[-1].lower() in self.lex.inversion_words
                                       or prev[-1].lower() in self.lex.anaphoric_objects)))
        if not allowed:
            return None
        start = cue.span.end
        words = words_in(self.text, start, sent.end)
        k = 0
        while k < len(words):
            word = words[k][0]
            if word.lower() in self.lex.inversion_fillers:
                start = words[k][1].end  # "ha detto ieri sera il segretario ...": the time before the subject
                k += 1
                continue
            if word.lower() in self.lex.inversion_place_preps and k + 1 < len(words) and words[k + 1][0][:1].isupper():
                # "ha detto da Mandalay il coordinatore ...": where it was said, before the subject
                k += 1
                while k < len(words) and words[k][0][:1].isupper() and words[k][0].lower() not in self.lex.determiners:
                    start = words[k][1].end
                    k += 1
                continue
            break
        after_quote = before.rstrip(",").rstrip()[-1:] in self.lex.closers
        if not after_quote and self._object_of_cue(cue, start, sent.end):
            # "accused Moscow of spending “...”": the cue's object, no inverted subject (after a closing quote
            # the inversion is the rule, whatever the parse says: "“...”, ha detto Dan")
            return None
        m = NP_END.search(self.text, start, sent.end)
        end = m.start() if m else sent.end
        channel = self.lex.channel(self.text, start, end)
        said_in = self.text[channel[1].start:channel[1].end].lower().split() if channel is not None else []
        if (channel is not None and not self.text[start:channel[1].start].strip()
                and said_in[0] in self.lex.non_subject and not set(said_in) & self.lex.documents):
            start = channel[1].end  # "ha scritto su X la segretaria ...": the subject follows the channel
        end = self._apposed_name_end(end, sent)
        return (start, end) if end > start else None

    def _apposed_name_end(self, end: int, sent: Span) -> int:
        """ "..., ha denunciato il garante dei detenuti, Bruno Mellano.": a person's name set off by a comma
        right after the inverted subject's description belongs to it."""
        comma = _after_parenthetical(self.text, end, sent.end)  # "il leader del Partito ... (Chp), Özgür Özel"
        if self.text[comma:comma + 1] != ",":
            return end
        for c in self.index.between(comma, min(sent.end, comma + 60)):
            if c.type != "PER" or self.text[comma + 1:c.span.start].strip():
                return end
            rest = self.text[c.span.end:c.span.end + 2].lstrip()
            return c.span.end if not rest or rest[0] in ".,;!?\n" else end
        return end

    def _inverted_candidate(self, start: int, end: int) -> Candidate | None:
        words = words_in(self.text, start, end)
        if not words:
            return None
        title_words = (self.lex.determiners | self.lex.titles | self.lex.possessive | self.lex.media_nouns
                       | self.lex.dative | self.lex.org_nouns)
        # (a channel phrase may open before the region: "wrote on X that": the region starts after "on")
        cands = [c for c in self.index.between(start, end) if not self.a.in_channel(c.span)]
        lead_start = start
        for i, c in enumerate(cands):
            if not c.can_speak:
                continue
            if self._dative_before(c.span.start, start) or self._addressed_outlet(c, lead_start):
                lead_start = c.span.end  # "ha detto all'agenzia Adnkronos il portavoce X": the outlet is spoken to
                continue
            # words of a name told before are not the lead ("il leader del Partito repubblicano del popolo")
            named = [x.span for x in cands[:i]]
            lead = [drop_elision(w, self.lex.determiners) for w, s in words
                    if lead_start <= s.start and s.end <= c.span.start and not any(n.contains(s) for n in named)]
            gap_from = max([lead_start] + [n.end for n in named])
            gap = [w for w, s in words if gap_from <= s.start and s.end <= c.span.start
                   and w.lower() not in self.lex.determiners]  # "the leader of the X Party": "of" governs X
            if not all(w.lower() in title_words or w[:1].isupper()
                       or (j > 0 and lead[j - 1].lower() in self.lex.titles)  # "il presidente ucraino X"
                       for j, w in enumerate(lead)) and not self._title_phrase(lead):
                return self._document_org(words, start, end)
            if gap and drop_elision(gap[-1], self.lex.determiners).lower() in self.lex.possessive \
                    and c.kind != "guess":
                continue  # "la presidente del Consiglio Giorgia Meloni": the office, not the speaker
            nxt = cands[i + 1] if i + 1 < len(cands) else None
            if (nxt is not None and nxt.type == "PER" and c.type != "PER"
                    and self.text[c.span.end:nxt.span.start].strip().lstrip(")").strip() in ("", ",")):
                c = nxt  # "il portavoce dell'Oim, Flavio Di Giacomo": the person in apposition speaks
            elif c.type != "PER" and cands[-1].type == "PER" and cands[-1] is not c \
                    and self.text[c.span.end:cands[-1].span.start].rstrip().endswith(","):
                # "il coordinatore umanitario dell'Onu in Myanmar, Marcoluigi Corsi": the title's closing name
                c = cands[-1]
            tail = [w for w, s in words if s.start >= c.span.end]
            # "ha dichiarato Angelo Bonelli di Avs": a possessive after the name qualifies it
            stops = self.lex.np_stops | self.lex.non_subject | self.lex.possessive
            if tail and tail[0].lower() not in stops:
                if c.kind == "guess" and any(x.type == "PER" for x in cands[i + 1:]):
                    continue  # "il ministro dell'Interno venezuelano X": the portfolio is no name
                return None  # "said Russia wanted peace": a clause, not an inverted subject
            return c
        return self._document_org(words, start, end)

    def _addressed_outlet(self, cand: Candidate, floor: int) -> bool:
        """ "all'agenzia Adnkronos", "to the news agency Reuters": an outlet named after a dative and its noun."""
        before = [w for w, _ in words_in(self.text, floor, cand.span.start)]
        dative = {d.replace("’", "'") for d in self.lex.dative}
        popped = False
        while before and (drop_elision(before[-1], self.lex.determiners).lower() in self.lex.media_nouns
                          or before[-1].lower() in self.lex.determiners):
            head = before.pop()
            popped = True
            bare = drop_elision(head, self.lex.determiners)
            if bare != head and head[:len(head) - len(bare)].lower().replace("’", "'") in dative:
                return True  # "all'agenzia": the dative glued to the noun
        return popped and bool(before) and before[-1].lower().replace("’", "'") in dative

    def _document_org(self, words: list[tuple[str, Span]], start: int, end: int) -> Candidate | None:
        """ "said the statement posted to the State Department's website": the organisation named in it."""
        skip = self.lex.determiners | self.lex.non_subject
        content = [w.lower() for w, _ in words if w.lower() not in skip]
        if not content or content[0] not in self.lex.documents:
            return None  # "the statement ...", "in una nota della Farnesina"
        for c in self.index.between(start, end):
            if (c.can_speak and not self.a.in_channel(c.span)
                    and not self.index.preceded_by(c, self.lex.non_subject, floor=start)):
                return c  # the document's owner, not where it was posted ("a statement posted on WeChat")
        lead = [w.lower() for w, _ in words if w.lower() not in self.lex.determiners]
        if lead and lead[0] in self.lex.non_subject:
            return None  # "said in a statement": how the speaker spoke, the subject is elsewhere
        # "..., said the statement": the organisation that issued it, named elsewhere in the sentence
        si = self.a.sentence_of(start)
        sent = self.a.sentences[si]
        for c in self.index.between(sent.start, sent.end):
            if c.type == "ORG" and not self.a.in_quote(c.span.start) and not self.a.in_channel(c.span):
                return c
        return None

    def _inverted_other(self, cue: Cue, si: int, start: int, end: int) -> Participant | None:
        """An inverted subject that is not a name: a group, a title, or plain words."""
        words = words_in(self.text, start, end)
        content = [(w, s) for w, s in words if w.lower() not in self.lex.determiners]
        # "said a 24-year-old nursing student who joined the march and asked not to be named": the speaker is
        # the noun phrase before its relative clause
        relative = next((k for k, (w, _) in enumerate(content) if k > 0 and w.lower() in self.lex.relatives), None)
        if relative is not None:
            content = content[:relative]
        if not content:
            return None
        first = content[0][0].lower()
        if len(content) == 1 and first in self.lex.org_nouns and len(words) == 2 \
                and _at_sentence_end(self.text, end):
            # "..., ha detto il ministero.": the organisation of that kind named before
            org = self._recent_org(cue.span.start, si, head=first)
            if org is not None and names_hold(org, first):
                return org.participant
        if first in self.lex.pronouns:
            return self._antecedent(cue.span.start, si)
        if first in self.lex.org_nouns and _at_sentence_end(self.text, end) and 2 <= len(content) <= 5 and (
                content[1][0].lower() in self.lex.possessive or drop_elision(content[1][0], self.lex.determiners)
                != content[1][0]) and all(w[:1].isupper() for w, _ in content[2:]):
            # "Lo ha reso noto la prefettura di Agrigento": an office named by its noun and its place
            part = raw_participant(self.text, content[0][1].start, content[-1][1].end)
            if part is not None:
                self.unnamed.add(id(part))
            return part
        owner = owning_org(words, self.lex)
        if owner is not None:
            # "said a spokeswoman for the ministry", "si legge nella nota del ministero": the organisation
            org = self._recent_org(cue.span.start, si)
            if org is not None:
                return org.participant
            part = raw_participant(self.text, *owner)
            if part is not None:
                self.unnamed.add(id(part))
            return part
        if first in self.lex.np_stops or first in self.lex.complement_markers or first in self.lex.non_subject:
            return None
        group = self._unnamed_group(start, end)
        if (group is not None and not [w for w, s in content if s.end <= group.span.start]
                and not self._clause_goes_on(group.span.end, end)):
            return self._group(group.span, group.name, start, end)
        if self._title_only(content):
            return self._antecedent(cue.span.start, si)
        before = self.text[:cue.span.start].rstrip()
        after_comma = bool(before) and (before[-1] in ",;" or before[-1] in self.lex.closers)
        elided = any(words[0][0].lower().startswith(d) for d in self.lex.determiners if d[-1:] in "'’")
        if (after_comma and (words[0][0].lower() in self.lex.determiners or elided) and len(content) <= 8
                and _at_sentence_end(self.text, end)):
            part = raw_participant(self.text, content[0][1].start, content[-1][1].end)
            if part is not None:
                self.unnamed.add(id(part))
            return part
        return None

    def _clause_goes_on(self, pos: int, end: int) -> bool:
        """ "..., said the army was “inventing ...”": a verb after the noun phrase makes it the subject of the
        reported clause, not an inverted speaker; only modifiers and prepositional phrases may follow one."""
        after = [w.lower() for w, _ in words_in(self.text, pos, end)]
        if not after:
            return False
        first = after[0]
        return not (first in self.lex.non_subject or first in self.lex.np_stops or first in self.lex.possessive
                    or first in self.lex.relatives)


def _after_parenthetical(text: str, pos: int, limit: int) -> int:
    """Where a short bracketed aside ("(Chp)", "(AfD)") that opens at pos ends; pos itself when there is none."""
    if text[pos:pos + 1] != "(":
        return pos
    close = text.find(")", pos, min(limit, pos + 40))
    return close + 1 if close > 0 and "(" not in text[pos + 1:close] else pos


def _at_sentence_end(text: str, pos: int) -> bool:
    rest = text[pos:pos + 2].lstrip()
    return not rest or rest[0] in ".!?\n;"
