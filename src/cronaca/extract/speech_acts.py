"""Speech acts: each cue of a document with its speaker, channel and the text it governs.

The analysis runs once per document and is shared by the quote and attribution stages (cached on
``doc.user_data``).  Speakers are found in this order, most reliable first: a name right after an inverted cue
("..., ha detto Zelenskyy"), a pronoun right before the cue (resolved to its antecedent), an unnamed group
("police said"), the parser's subject of the cue verb, the nearest name before the cue, plain common nouns
("the defense team said"), then the antecedent of a title or missing subject (the last speaker, else the
person in subject position of a recent sentence). A gerund cue ("parlando di", "saying") takes the subject
of the clause it hangs on.
"""

from __future__ import annotations

import importlib
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from ..records import Participant, Span
from .source_phrases import NP_END, SourcePhrases
from .speakers import (
    Candidate,
    MentionIndex,
    drop_elision,
    mistyped_subject,
    owning_org,
    qualifies_title,
    raw_participant,
    stop_words,
)
from .speech import Cue, QuoteMarks, SpeechLexicon, find_quotes, lexicon, sentence_spans, words_before, words_in

_CACHE_KEY = "cronaca.speech_acts"
_INCISO = ",;:-–—"  # punctuation after which a cue may open an inserted clause with an inverted subject
_ANTECEDENT_WINDOW = 3  # sentences a pronoun or missing subject may look back for the last speaker
_SUBJECT_GAP = 3  # words allowed between a subject name and its cue ("Zelenskyy, oggi, ha detto")


@dataclass(frozen=True, slots=True)
class SpeechAct:
    """One cue with what it says about who speaks and what text they are the source of."""

    cue: Cue
    sentence: int
    speaker: Participant | None
    covered: Span
    channel: str | None = None
    outlet: Participant | None = None  # a news outlet the words were told to ("told The Associated Press")
    cited: tuple[Participant, ...] = ()  # sources the reporter cites ("citing an unidentified official")
    trailing: bool = False  # "..., ha detto X." after the content it attributes
    attributes: bool = True  # False for an object verb without a complement ("announced the order")


@dataclass
class SpeechAnalysis:
    """Quotes, sentences and speech acts of one document."""

    text: str
    lex: SpeechLexicon
    quotes: list[QuoteMarks]
    sentences: list[Span]
    index: MentionIndex
    acts: list[SpeechAct] = field(default_factory=list)

    def sentence_of(self, pos: int) -> int:
        starts = [s.start for s in self.sentences]
        return max(0, bisect_right(starts, pos) - 1)

    def in_quote(self, pos: int) -> bool:
        return any(q.inner.start <= pos < q.inner.end for q in self.quotes)

    def acts_in(self, sentence: int) -> list[SpeechAct]:
        return [a for a in self.acts if a.sentence == sentence]


def analyse(doc: Doc) -> SpeechAnalysis:
    """The speech analysis of ``doc`` (computed once, then read from the cache)."""
    cached = doc.user_data.get(_CACHE_KEY)
    if isinstance(cached, SpeechAnalysis):
        return cached
    lex = lexicon(doc.lang_)
    text = doc.text
    quotes = find_quotes(text, lex)
    sentences = sentence_spans(text, lex, quotes)
    result = SpeechAnalysis(text, lex, quotes, sentences, MentionIndex(doc, lex))
    _Resolver(doc, result).run()
    doc.user_data[_CACHE_KEY] = result
    return result


class _Resolver(SourcePhrases):
    def __init__(self, doc: Doc, analysis: SpeechAnalysis) -> None:
        super().__init__(analysis.text, analysis.lex, analysis.index)
        self.doc = doc
        self.a = analysis
        self.last_speaker: tuple[Participant, int] | None = None
        self.last_group: tuple[Participant, int] | None = None

    def run(self) -> None:
        cues = [c for c in self.lex.cues(self.text) if not self.a.in_quote(c.span.start)]
        by_sentence: dict[int, list[Cue]] = {}
        for cue in cues:
            by_sentence.setdefault(self.a.sentence_of(cue.span.start), []).append(cue)
        for si, sent_cues in sorted(by_sentence.items()):
            self._sentence(si, sent_cues)

    # ---- one sentence -----------------------------------------------------------------------------------
    def _sentence(self, si: int, cues: list[Cue]) -> None:
        sent = self.a.sentences[si]
        masked = self._masks(sent, cues)
        channel = self._channel(sent)
        acts: list[SpeechAct] = []
        floor = sent.start
        for cue in cues:
            act: SpeechAct | None
            if cue.kind == "verb":
                act = self._coordinated(self._verb_act(cue, si, sent, floor, masked, channel), acts, sent)
                if not self._gerund(cue):
                    floor = cue.span.end  # an inserted gerund ("X, speaking to Reuters, said") keeps X in reach
            elif cue.kind == "according":
                act = self._according_act(cue, si, sent, channel)
            else:
                continue
            if act is not None:
                acts.append(act)
        acts = self._cut_at_coordination(self._gerund_subjects(acts))
        cited = [(c, self._np_source(c.span.end, sent.end, stop_at_citing=False)) for c in cues
                 if c.kind == "citing"]
        for cue, source in cited:
            if source is None:
                continue
            if acts:
                nearest = min(range(len(acts)), key=lambda i: abs(acts[i].cue.span.start - cue.span.start))
                acts[nearest] = replace(acts[nearest], cited=(*acts[nearest].cited, source))
            else:
                acts.append(SpeechAct(cue, si, source, sent, channel, trailing=True))
        self.a.acts.extend(acts)

    def _gerund_subjects(self, acts: list[SpeechAct]) -> list[SpeechAct]:
        """ "A senior official, speaking to Reuters, said ...": an inserted gerund with no subject of its own
        has the subject of the verb it precedes."""
        out = list(acts)
        for i, act in enumerate(out):
            if act.speaker is not None or not self._gerund(act.cue):
                continue
            main = next((b for b in out[i + 1:] if b.cue.kind == "verb" and b.speaker is not None), None)
            if main is not None:
                out[i] = replace(act, speaker=main.speaker)
        return out

    def _gerund(self, cue: Cue) -> bool:
        return " ".join(self.text[cue.span.start:cue.span.end].lower().split()) in self.lex.gerunds

    def _coordinated(self, act: SpeechAct, acts: list[SpeechAct], sent: Span) -> SpeechAct:
        """ "X accused Washington of ... and said ...", "X ha criticato Y e ha detto": a cue right after a
        coordinator shares the subject of the verb before it, not the name ending that verb's object."""
        prev = next((a for a in reversed(acts) if a.cue.kind == "verb"), None)
        before = words_before(self.text, act.cue.span.start, 1, floor=sent.start)
        if (prev is None or prev.speaker is None or not before or before[-1].lower() not in self.lex.coordinators
                or act.trailing or prev.trailing):
            return act
        between = self.text[prev.cue.span.end:act.cue.span.start]
        if any(ch in between for ch in ",;:"):
            return act  # "X said A, and Y said B": a new clause may have its own subject
        if act.speaker is not None and act.speaker.span is not None and act.speaker.span.start < prev.cue.span.start:
            return act  # the subject found before both verbs is already theirs
        return replace(act, speaker=prev.speaker)

    def _cut_at_coordination(self, acts: list[SpeechAct]) -> list[SpeechAct]:
        """ "Trump said that A, and the Kremlin said that B": Trump's claim ends where the coordinated clause
        with its own speaker begins; a cue inside the complement ("Axios said that Trump told ...") stays inside."""
        out = list(acts)
        for i, act in enumerate(out):
            nxt = next((b for b in out[i + 1:] if b.cue.kind == "verb"), None)
            if act.trailing or act.cue.kind != "verb" or nxt is None:
                continue
            between = self.text[act.cue.span.end:nxt.cue.span.start]
            cuts = [m.start() for m in re.finditer(r"[,;]\s+(\w+)\s", between)
                    if m.group(1).lower() in self.lex.coordinators] + [m.start() for m in re.finditer(";", between)]
            if cuts and not _same_speaker(act.speaker, nxt.speaker):
                out[i] = replace(act, covered=Span(act.covered.start, act.cue.span.end + max(cuts)))
        return out

    def _masks(self, sent: Span, cues: list[Cue]) -> list[Span]:
        """Quoted text and "citing ..." clauses: no speaker of the sentence's cues is named there."""
        masks = [q.outer for q in self.a.quotes if q.outer.overlaps(sent)]
        for cue in cues:
            if cue.kind == "citing":
                m = NP_END.search(self.text, cue.span.end, sent.end)
                masks.append(Span(cue.span.start, m.start() if m else sent.end))
        return masks

    def _channel(self, sent: Span) -> str | None:
        found = self.lex.channel(self.text, sent.start, sent.end)
        if found is None or self.a.in_quote(found[1].start):
            return None
        return found[0]

    # ---- cue kinds --------------------------------------------------------------------------------------
    def _verb_act(self, cue: Cue, si: int, sent: Span, floor: int, masked: list[Span],
                  channel: str | None) -> SpeechAct:
        trailing = self._trailing(cue, sent)
        speaker = self._verb_subject(cue, si, sent, floor, masked)
        outlet = self._outlet(cue, sent)
        verb = self.text[cue.span.start:cue.span.end].split()[-1].lower()
        attributes = (verb not in self.lex.object_verbs or trailing or self._has_complement(cue, sent)
                      or any(q.outer.overlaps(sent) for q in self.a.quotes))
        if self.lex.is_framing(self.text[cue.span.start:cue.span.end]):
            attributes = False  # "urged X to “...”": the quote is the speaker's, the sentence is no claim of theirs
        covered = sent if trailing else Span(cue.span.start, sent.end)
        prev = words_before(self.text, cue.span.start, 1, floor=sent.start)
        if prev and prev[-1].lower() in self.lex.anaphoric_objects and si > 0:
            # "Lo riferisce l'Ansa": the claims told before it in its paragraph
            covered = Span(self.a.sentences[self._paragraph_start(si)].start, sent.end)
            attributes = True
        if speaker is not None and id(speaker) not in self.unnamed:
            self.last_speaker = (speaker, si)  # a named speaker; "officials" is no antecedent for "he"
        elif speaker is not None:
            self.last_group = (speaker, si)  # but "the army" is one for "it"
        return SpeechAct(cue, si, speaker, covered, channel, outlet, (), trailing, attributes)

    def _paragraph_start(self, si: int) -> int:
        """The first of the (at most _ANTECEDENT_WINDOW) sentences before ``si`` in the same paragraph; at least
        the sentence right before, which an anaphoric object always points to."""
        first = si - 1
        while (first > 0 and si - first < _ANTECEDENT_WINDOW
               and "\n" not in self.text[self.a.sentences[first - 1].end:self.a.sentences[first].start + 1]):
            first -= 1
        return first

    def _according_act(self, cue: Cue, si: int, sent: Span, channel: str | None) -> SpeechAct | None:
        source = self._np_source(cue.span.end, sent.end, stop_at_citing=True)
        if source is None:
            source = self._title_source(cue, si, sent)
        if source is None:
            return None  # "il secondo giorno": not a source
        return SpeechAct(cue, si, source, sent, channel, trailing=True)

    def _title_source(self, cue: Cue, si: int, sent: Span) -> Participant | None:
        """ "Secondo il leader sindacale, ...", "according to the minister": a title standing for a person named
        before."""
        m = NP_END.search(self.text, cue.span.end, sent.end)
        words = words_in(self.text, cue.span.end, m.start() if m else sent.end)
        content = [(w, s) for w, s in words if w.lower() not in self.lex.determiners]
        if not content or not self._title_only(content):
            return None
        end = m.start() if m else sent.end
        apposed = self._apposed_name_end(end, sent)
        if apposed > end:  # "according to the spokeswoman, Anna Berg, ...": the name after the title
            named = [c for c in self.index.between(end, apposed) if c.type == "PER"]
            if named:
                return named[0].participant
        return self._antecedent(cue.span.start, si)

    def _trailing(self, cue: Cue, sent: Span) -> bool:
        before = self.text[sent.start:cue.span.start].rstrip()
        return bool(before) and (before[-1] in _INCISO or before[-1] in self.lex.closers)

    def _has_complement(self, cue: Cue, sent: Span) -> bool:
        after = words_in(self.text, cue.span.end, min(sent.end, cue.span.end + 80))[:4]
        head = self.text[cue.span.end:cue.span.end + 3].lstrip()[:1]
        return head == ":" or any(w.lower() in self.lex.complement_markers for w, _ in after[:3])

    # ---- speakers ---------------------------------------------------------------------------------------
    def _verb_subject(self, cue: Cue, si: int, sent: Span, floor: int, masked: list[Span]) -> Participant | None:
        if self._gerund(cue):
            return self._clause_subject(cue, si)
        relative = self._relative_antecedent(cue, sent)
        if relative is not None:
            return relative.participant
        inverted = self._inverted_np(cue, sent)
        if inverted is not None:
            cand = self._inverted_candidate(*inverted)
            if cand is not None:
                return cand.participant
        before = words_before(self.text, cue.span.start, 3, floor=max(floor, sent.start))
        if before and before[-1].lower() in self.lex.org_pronouns:
            org = self._org_antecedent(cue.span.start, si)
            if org is not None:  # "The army said ... “...,” it said": the organisation told before
                return org
        if before and before[-1].lower() in self.lex.pronouns:
            return self._antecedent(cue.span.start, si)  # "..., she said": not the name before the comma
        group = self._group_before(cue, max(floor, sent.start))
        if group is not None:
            return group
        parsed = self._parsed_subject(cue, si, masked)
        if parsed is not None:
            return parsed
        found, possessive = self._subject_before(cue, sent, max(floor, sent.start), masked)
        if found is not None:
            return found.participant
        if before and before[-1].lower() in self.lex.titles:
            return self._antecedent(cue.span.start, si)
        plain = self._plain_subject_before(cue, max(floor, sent.start))
        if plain is not None:
            return self._descriptive_antecedent(plain, cue, si)
        if self._title_of_group(cue, max(floor, sent.start)):
            owner = self._recent_org(cue.span.start, si)
            if owner is not None:
                return owner.participant
        if inverted is not None:
            other = self._inverted_other(cue, si, *inverted)
            if other is not None:
                return other
        if self._null_subject(cue, sent, floor):
            if possessive is not None and possessive.type in ("PER", None):
                return possessive.participant
            return self._antecedent(cue.span.start, si)
        return None

    def _relative_antecedent(self, cue: Cue, sent: Span) -> Candidate | None:
        """ "..., il ministro Matteo Piantedosi, che ha ringraziato i carabinieri", "X, who said": the subject of a
        relative clause is the name right before its comma, not a noun after the verb."""
        m = re.search(r",\s*(\w+)\s+$", self.text[sent.start:cue.span.start])
        if m is None or m.group(1).lower() not in self.lex.relatives:
            return None
        comma = sent.start + m.start()
        cands = [c for c in self.index.between(sent.start, comma) if c.span.end <= comma]
        if not cands or not cands[-1].can_speak or self.text[cands[-1].span.end:comma].strip():
            return None
        return cands[-1]

    def _inverted_np(self, cue: Cue, sent: Span) -> tuple[int, int] | None:
        """The region after a cue that may hold an inverted subject ("..., said Trump")."""
        if cue.addressee:
            return None
        before = self.text[sent.start:cue.span.start].rstrip()
        prev = words_before(self.text, cue.span.start, 1, floor=sent.start)
        allowed = (not before or before[-1] in _INCISO or before[-1] in self.lex.closers
                   or (bool(prev) and (prev[-1].lower() in self.lex.inversion_words
                                       or prev[-1].lower() in self.lex.anaphoric_objects)))
        if not allowed:
            return None
        m = NP_END.search(self.text, cue.span.end, sent.end)
        end = m.start() if m else sent.end
        start = cue.span.end
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
        if self.text[end:end + 1] != ",":
            return end
        for c in self.index.between(end, min(sent.end, end + 60)):
            if c.type != "PER" or self.text[end + 1:c.span.start].strip():
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
        channels = self.lex.channel_spans(self.text, start, end)
        cands = [c for c in self.index.between(start, end) if not any(ch.overlaps(c.span) for ch in channels)]
        lead_start = start
        for i, c in enumerate(cands):
            if not c.can_speak:
                continue
            if self._dative_before(c.span.start, start) or self._addressed_outlet(c, lead_start):
                lead_start = c.span.end  # "ha detto all'agenzia Adnkronos il portavoce X": the outlet is spoken to
                continue
            lead = [drop_elision(w, self.lex.determiners) for w, s in words
                    if lead_start <= s.start and s.end <= c.span.start]
            if not all(w.lower() in title_words or w[:1].isupper()
                       or (j > 0 and lead[j - 1].lower() in self.lex.titles)  # "il presidente ucraino X"
                       for j, w in enumerate(lead)) and not self._title_phrase(lead):
                return self._document_org(words, start, end)
            if lead and lead[-1].lower() in self.lex.possessive and c.kind != "guess":
                continue  # "la presidente del Consiglio Giorgia Meloni": the office, not the speaker
            nxt = cands[i + 1] if i + 1 < len(cands) else None
            if (nxt is not None and nxt.type == "PER" and c.type != "PER"
                    and self.text[c.span.end:nxt.span.start].strip() in ("", ",")):
                c = nxt  # "il portavoce dell'Oim, Flavio Di Giacomo": the person in apposition speaks
            tail = [w for w, s in words if s.start >= c.span.end]
            # "ha dichiarato Angelo Bonelli di Avs": a possessive after the name qualifies it
            stops = self.lex.np_stops | self.lex.non_subject | self.lex.possessive
            if tail and tail[0].lower() not in stops:
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
        channels = self.lex.channel_spans(self.text, start, end)
        for c in self.index.between(start, end):
            if (c.can_speak and not any(ch.overlaps(c.span) for ch in channels)
                    and not self.index.preceded_by(c, self.lex.non_subject, floor=start)):
                return c  # the document's owner, not where it was posted ("a statement posted on WeChat")
        lead = [w.lower() for w, _ in words if w.lower() not in self.lex.determiners]
        if lead and lead[0] in self.lex.non_subject:
            return None  # "said in a statement": how the speaker spoke, the subject is elsewhere
        # "..., said the statement": the organisation that issued it, named elsewhere in the sentence
        si = self.a.sentence_of(start)
        sent = self.a.sentences[si]
        channels = self.lex.channel_spans(self.text, sent.start, sent.end)
        for c in self.index.between(sent.start, sent.end):
            if (c.type == "ORG" and not self.a.in_quote(c.span.start)
                    and not any(ch.overlaps(c.span) for ch in channels)):
                return c
        return None

    def _inverted_other(self, cue: Cue, si: int, start: int, end: int) -> Participant | None:
        """An inverted subject that is not a name: a group, a title, or plain words."""
        words = words_in(self.text, start, end)
        content = [(w, s) for w, s in words if w.lower() not in self.lex.determiners]
        if not content:
            return None
        first = content[0][0].lower()
        if len(content) == 1 and first in self.lex.org_nouns and len(words) == 2 \
                and _at_sentence_end(self.text, end):
            # "..., ha detto il ministero.": the organisation of that kind named before
            org = self._recent_org(cue.span.start, si, head=first)
            if org is not None and _names_hold(org, first):
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

    def _descriptive_antecedent(self, plain: Participant, cue: Cue, si: int) -> Participant:
        """ "The medical group said", "the statement said", "il ministero ha spiegato": a definite description
        whose head is an organisation noun refers to the organisation last named; one whose head is a document
        noun to the last speaker (who issued it)."""
        words = plain.raw_text.lower().split()
        before = words_before(self.text, plain.span.start, 1) if plain.span is not None else []
        if not words or not before or before[-1].lower() not in self.lex.definite_determiners:
            return plain
        head = words[-1]
        if head in self.lex.documents and self.last_speaker is not None \
                and si - self.last_speaker[1] <= _ANTECEDENT_WINDOW:
            return self.last_speaker[0]
        if head in self.lex.org_nouns or " ".join(words) in self.lex.org_nouns:
            org = self._recent_org(cue.span.start, si, head=head)
            if org is not None and _names_hold(org, head):
                return org.participant  # "the ministry said": the ministry named before, not a later group
            group = self.last_group if self.last_group is not None \
                and si - self.last_group[1] <= _ANTECEDENT_WINDOW else None
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
        group = self.last_group if self.last_group is not None and si - self.last_group[1] <= _ANTECEDENT_WINDOW \
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
        floor = self.a.sentences[max(0, si - _ANTECEDENT_WINDOW)].start
        types = ("ORG", "GPE") if subjects_only else ("ORG",)
        latest: Candidate | None = None
        for c in self._recent_orgs(floor, pos, types, subjects_only):
            if head is None:
                return c
            latest = latest or c
            if _names_hold(c, head):
                return c
        return latest

    def _recent_orgs(self, floor: int, pos: int, types: tuple[str, ...], subjects_only: bool
                     ) -> Iterator[Candidate]:
        for c in reversed(self.index.between(floor, pos)):
            if c.type not in types or c.kind not in ("name", "title") or self.a.in_quote(c.span.start):
                continue
            before = words_before(self.text, c.span.start, 1)
            if self.text[:c.span.start].rstrip().endswith("(") or (
                    before and before[-1].lower() in self.lex.addressee_verbs):
                continue  # "GENEVA (Reuters)", "told The Associated Press": the outlet relays, it is not described
            if subjects_only and self.index.preceded_by(c, self.lex.non_subject | self.lex.possessive):
                continue
            yield c

    def _clause_subject(self, cue: Cue, si: int) -> Participant | None:
        """The subject of the clause a gerund hangs on: the sentence's first name no preposition governs."""
        sent = self.a.sentences[si]
        governing = self.lex.non_subject | self.lex.possessive
        for c in self.index.between(sent.start, cue.span.start):
            if self.a.in_quote(c.span.start) or not c.can_speak or c.kind == "guess":
                continue
            if not self.index.preceded_by(c, governing, floor=sent.start):
                return c.participant
        return self._antecedent(cue.span.start, si)

    def _parsed_subject(self, cue: Cue, si: int, masked: list[Span]) -> Participant | None:
        if not self.doc.has_annotation("DEP"):
            return None
        span = self.doc.char_span(cue.span.start, cue.span.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        for tok in span:
            for child in tok.children:
                if child.dep_ not in ("nsubj", "nsubj:pass", "nsubjpass", "csubj"):
                    continue
                if any(m.start <= child.idx < m.end for m in masked):
                    continue
                if child.lower_ in self.lex.pronouns:
                    return self._antecedent(cue.span.start, si)
                # only a name covering the subject's head counts: in "Kremlin spokesman Dmitry Peskov" or
                # "il segretario di Stato Rubio" the subtree also holds names that are not the speaker
                c = self.index.covering(child.idx, child.idx + len(child))
                if (c is not None and (c.can_speak or mistyped_subject(c)) and c.kind != "guess"
                        and c.span.end <= cue.span.start):
                    return c.participant
        return None

    def _subject_before(self, cue: Cue, sent: Span, floor: int, masked: list[Span]
                        ) -> tuple[Candidate | None, Candidate | None]:
        """The nearest name before the cue that can be its subject, and a possessive fallback ("il post di X")."""
        possessive: Candidate | None = None
        for c in reversed(self.index.between(floor, cue.span.start)):
            if c.span.end > cue.span.start or any(m.overlaps(c.span) for m in masked):
                continue
            if not c.can_speak and not mistyped_subject(c):
                continue
            if self.index.preceded_by(c, self.lex.non_subject, floor=sent.start):
                continue
            if self.index.preceded_by(c, self.lex.possessive, floor=sent.start):
                if possessive is None and self._owned_document(c, sent):
                    possessive = c
                continue
            gap = _unmasked(self.text, c.span.end, cue.span.start, masked)
            gap_words = [w.lower() for w, _ in words_in(gap, 0, len(gap))]
            if (len(gap_words) <= _SUBJECT_GAP or gap.lstrip().startswith(",")
                    or gap_words[-1] in self.lex.coordinators):
                return c, possessive  # short gap, apposition ("X, leader of Y, said"), "X called ... and warned"
            if gap.rstrip().endswith(","):
                continue  # inside a parenthesis before the cue: "X, who met Y in Z, said"
            break
        return None, possessive

    def _owned_document(self, cand: Candidate, sent: Span) -> bool:
        """ "il post di Zelenskyy", "the statement of the ministry": the owner of a document speaks."""
        before = [w.lower() for w in words_before(self.text, cand.span.start, 4, floor=sent.start)]
        while before and (before[-1] in self.lex.possessive or before[-1] in self.lex.determiners):
            before.pop()
        return bool(before) and (before[-1] in self.lex.documents or before[-1] in self.lex.media_nouns)

    def _null_subject(self, cue: Cue, sent: Span, floor: int) -> bool:
        """The cue has no subject of its own: clause start, after a comma/quote, or after "che"."""
        before = self.text[max(sent.start, floor):cue.span.start].rstrip()
        if not before or before[-1] in _INCISO or before[-1] in self.lex.closers:
            return True
        words = words_in(before, 0, len(before))
        if len(words) <= 2 and all(w.lower() in stop_words(self.lex.language) for w, _ in words):
            return True  # "Poi ha aggiunto", "Then added": only function words before the cue
        prev = words_before(self.text, cue.span.start, 1, floor=sent.start)
        return bool(prev) and (prev[-1].lower() in self.lex.inversion_words
                               or prev[-1].lower() in self.lex.complement_markers)

    def _antecedent(self, pos: int, si: int) -> Participant | None:
        """Who a pronoun, title or missing subject refers to: the recent speaker, else the salient person."""
        # the person in subject position of a recent sentence ("X spoke with Y. ..., she added" is X), then
        # the entity stage's salience, which may only know the most recent mention
        types = frozenset({"PER"}) if self.doc._.cronaca_mentions else frozenset({None})
        cand = self._recent_subject(pos, si, types)
        if self.last_speaker is not None and si - self.last_speaker[1] <= _ANTECEDENT_WINDOW:
            speaker, speaker_si = self.last_speaker
            # a person who became the subject after the last speaker's sentence is the new topic:
            # "X said on Telegram. Y thanked Z. '...,' he said" is Y
            if cand is None or self.a.sentence_of(cand.span.start) <= speaker_si:
                return speaker
            return cand.participant
        return cand.participant if cand is not None else _salient(self.doc, pos)

    def _recent_subject(self, pos: int, si: int, types: frozenset[str | None]) -> Candidate | None:
        """The person most recently named as a sentence's first, non-prepositional name (the salient one)."""
        for back in range(si, max(-1, si - _ANTECEDENT_WINDOW - 1), -1):
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
                break
        return None

def _same_speaker(a: Participant | None, b: Participant | None) -> bool:
    return a is not None and b is not None and a.entity_name == b.entity_name


def _unmasked(text: str, start: int, end: int, masked: list[Span]) -> str:
    chars = [" " if any(m.start <= i < m.end for m in masked) else text[i] for i in range(start, end)]
    return "".join(chars)


def _at_sentence_end(text: str, pos: int) -> bool:
    rest = text[pos:pos + 2].lstrip()
    return not rest or rest[0] in ".!?\n;"


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


def _names_hold(c: Candidate, head: str) -> bool:
    """Whether the candidate's written or canonical name holds the noun ("ministry" in "Ministry of Defence")."""
    names = f"{c.participant.raw_text} {c.participant.entity_name or ''}".lower()
    return head.lower() in re.findall(r"\w+", names)
