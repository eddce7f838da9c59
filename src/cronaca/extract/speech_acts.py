"""Speech acts: each cue of a document with its speaker, channel and the text it governs.

The analysis runs once per document and is shared by the quote and attribution stages (cached on
``doc.user_data``).  Speakers are found in this order, most reliable first: a name right after an inverted cue
("..., ha detto Zelenskyy"), a pronoun right before the cue (resolved to its antecedent), an unnamed group
("police said"), the parser's subject of the cue verb, the nearest name before the cue, plain common nouns
("the defense team said"), then the antecedent of a title or missing subject (the last speaker, else the
person in subject position of a recent sentence). A gerund cue ("parlando di", "saying") takes the subject
of the clause it hangs on.

Antecedents come from :mod:`cronaca.extract.speech_antecedents`, inverted subjects from
:mod:`cronaca.extract.speech_inverted`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from ..records import Participant, Span
from .source_phrases import NP_END
from .speakers import Candidate, MentionIndex, mistyped_subject, qualifies_title, stop_words
from .speech import Cue, QuoteMarks, SpeechLexicon, find_quotes, lexicon, sentence_spans, words_before, words_in
from .speech_antecedents import ANTECEDENT_WINDOW
from .speech_inverted import INCISO, InvertedSubjects

_CACHE_KEY = "cronaca.speech_acts"
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
    channels: list[Span] = field(default_factory=list)  # "on X", "su Telegram": the platforms spoken on

    def sentence_of(self, pos: int) -> int:
        starts = [s.start for s in self.sentences]
        return max(0, bisect_right(starts, pos) - 1)

    def in_quote(self, pos: int) -> bool:
        return any(q.inner.start <= pos < q.inner.end for q in self.quotes)

    def in_channel(self, span: Span) -> bool:
        """Inside a channel phrase: a platform's name never speaks."""
        return any(ch.overlaps(span) for ch in self.channels)

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
    result = SpeechAnalysis(text, lex, quotes, sentences, MentionIndex(doc, lex),
                            channels=lex.channel_spans(text, 0, len(text)))
    _Resolver(doc, result).run()
    doc.user_data[_CACHE_KEY] = result
    return result


OBJECT_DEPS = frozenset({"obj", "dobj", "iobj", "ccomp", "xcomp", "attr"})
CLOSING_WORDS = 4  # words an attributing verb may have after it ("reported on Wednesday", "said late Tuesday")


class _Resolver(InvertedSubjects):
    """Resolves a document's cues, sentence by sentence, into speech acts."""

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
        # a place or building named in an earlier sentence is never who speaks ("... blocked Moi Avenue. '...,'
        # said a 24-year-old student"): no antecedent is better than a street
        acts = [replace(a, speaker=None) if a.speaker is not None and a.speaker.type in ("LOC", "FAC")
                and a.speaker.span is not None and a.speaker.span.start < sent.start else a for a in acts]
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
            if act.cue.kind == "verb" and not act.trailing:
                breaks = self.lex.clause_breaks_in(self.text[act.cue.span.end:act.covered.end])
                if breaks:  # ", while Orban congratulated ...": a clause of its own, whoever speaks in it
                    act = out[i] = replace(act, covered=Span(act.covered.start, act.cue.span.end + breaks[0][0]))
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
        speaker = self._voice_of(self._verb_subject(cue, si, sent, floor, masked)) or self._voice_before(cue, sent)
        outlet = self._outlet(cue, sent)
        verb = self.text[cue.span.start:cue.span.end].split()[-1].lower()
        attributes = (verb not in self.lex.object_verbs or trailing or self._has_complement(cue, sent)
                      or any(q.outer.overlaps(sent) for q in self.a.quotes) or self._closing_without_object(cue, sent))
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

    def _voice_of(self, speaker: Participant | None) -> Participant | None:
        """An unnamed spokesperson of a named organisation ("un portavoce della Commissione europea", "a
        spokesperson for the European Commission") speaks for it: the organisation is the speaker."""
        if speaker is None or speaker.entity_id is not None or speaker.span is None:
            return speaker
        words = speaker.raw_text.lower().split()
        if not words or words[0] not in self.lex.voice_titles:
            return speaker
        # the organisation's mention inside a title phrase is hidden from the mention index: read the entities
        for entity in self.doc._.cronaca_entities or []:
            if entity.type != "ORG":
                continue
            for m in entity.mentions:
                if speaker.span.start <= m.start and m.end <= speaker.span.end:
                    voice: Participant = entity.participant(m, self.text)
                    return voice
        return speaker

    def _voice_before(self, cue: Cue, sent: Span) -> Participant | None:
        """ "A spokesperson for the European Commission said": the spokesperson's organisation, named right
        before the cue after a voice title and its preposition, is the speaker."""
        org = next((c for c in reversed(self.index.between(sent.start, cue.span.start))
                    if c.type == "ORG" and not self.text[c.span.end:cue.span.start].strip()), None)
        if org is None:
            return None
        words = [w.lower() for w in words_before(self.text, org.span.start, 5, floor=sent.start)]
        while words and words[-1] in self.lex.determiners:
            words.pop()
        if not words or words[-1] not in self.lex.non_subject | self.lex.possessive:
            return None
        words.pop()
        return org.participant if words and words[-1] in self.lex.voice_titles else None

    def _paragraph_start(self, si: int) -> int:
        """The first of the (at most ANTECEDENT_WINDOW) sentences before ``si`` in the same paragraph; at least
        the sentence right before, which an anaphoric object always points to."""
        first = si - 1
        while (first > 0 and si - first < ANTECEDENT_WINDOW
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

    def _closing_without_object(self, cue: Cue, sent: Span) -> bool:
        """ "..., the judiciary's Mizan news agency reported on Wednesday.": an object verb after a comma-set
        claim, closing the sentence with no object of its own (the parse gives it none), attributes the claim."""
        if "," not in self.text[sent.start:cue.span.start] or not self.doc.has_annotation("DEP"):
            return False
        span = self.doc.char_span(cue.span.start, cue.span.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        verb = span[-1]
        return not any(ch.dep_ in OBJECT_DEPS for ch in verb.children) and \
            len(words_in(self.text, cue.span.end, sent.end)) <= CLOSING_WORDS

    def _trailing(self, cue: Cue, sent: Span) -> bool:
        before = self.text[sent.start:cue.span.start].rstrip()
        return bool(before) and (before[-1] in INCISO or before[-1] in self.lex.closers)

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
        if inverted is not None and self._after_apposition(cue, sent):
            # "Tebboune, ricevuto da Giorgia Meloni, ha ringraziato l'Italia per la «...»": after a framing
            # verb the noun phrase is its object; the subject stands before the inserted clause
            framing = self.lex.is_framing(self.text[cue.span.start:cue.span.end])
            if framing or not self._closes_inciso(inverted[1], sent):
                # a subject the parse puts before the cue beats an inverted reading of the words after it when
                # they close no inserted clause ("L'esercito, guidato dal generale X, ha accusato le Rsf di ...":
                # the comma is an apposition's), unlike "Italia e Algeria, ha sottolineato Tajani, «...»"
                parsed = self._parsed_subject(cue, si, masked)
                if parsed is not None:
                    return parsed
            if framing:
                found, _ = self._subject_before(cue, sent, max(floor, sent.start), masked)
                if found is not None:
                    return found.participant
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

    def _after_apposition(self, cue: Cue, sent: Span) -> bool:
        """Whether the cue follows a plain comma (no quotation closing before it): ", ha accusato"."""
        before = self.text[sent.start:cue.span.start].rstrip()
        return before.endswith(",") and before[:-1].rstrip()[-1:] not in self.lex.closers

    def _closes_inciso(self, end: int, sent: Span) -> bool:
        """Whether an inverted subject ending at ``end`` closes an inserted clause: a comma, a colon or a
        quotation follows it ("Italia e Algeria, ha sottolineato Tajani, «...»")."""
        rest = self.text[end:sent.end].lstrip()
        return bool(rest) and (rest[0] in ",;:\"“«»”'’" or rest[0] in self.lex.closers)

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

    def _clause_subject(self, cue: Cue, si: int) -> Participant | None:
        """The subject of the clause a gerund hangs on: the speaker of the sentence's own speech verb ("ha
        dichiarato il leader del Chp, Özgür Özel, ..., annunciando che"), else the sentence's first name no
        preposition governs."""
        if self.last_speaker is not None and self.last_speaker[1] == si:
            return self.last_speaker[0]
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
        heads = list(span)
        # a coordinated verb with no subject of its own shares its first conjunct's ("Sandu, whose party is
        # fighting ..., accused Moscow of ...", "ha accusato la Francia ... e ha chiesto")
        if not any(ch.dep_.startswith("nsubj") for tok in span for ch in tok.children) \
                and span.root.dep_ == "conj" and span.root.head.i < span.root.i:
            heads.append(span.root.head)
        for tok in heads:
            for child in tok.children:
                if child.dep_ not in ("nsubj", "nsubj:pass", "nsubjpass", "csubj"):
                    continue
                if any(m.start <= child.idx < m.end for m in masked):
                    continue
                if child.lower_ in self.lex.pronouns:
                    return self._antecedent(cue.span.start, si)
                # only a name covering the subject's head counts: in "Kremlin spokesman Dmitry Peskov" or
                # "il segretario di Stato Rubio" the subtree also holds names that are not the speaker; or the
                # name in apposition to a plain head ("Il leader del Chp, Özgür Özel, ha annunciato")
                c = self.index.covering(child.idx, child.idx + len(child))
                if c is None and child.pos_ == "NOUN":
                    named = [a for a in child.children if a.dep_ == "appos" and a.pos_ == "PROPN"]
                    c = self.index.covering(named[0].idx, named[0].idx + len(named[0])) if named else None
                if (c is not None and (c.can_speak or mistyped_subject(c)) and c.kind != "guess"
                        and c.span.end <= cue.span.start):
                    return self._titled_after(c, cue).participant
        return None

    def _titled_after(self, c: Candidate, cue: Cue) -> Candidate:
        """ "Labour MP Jane Porter criticised": when the parse heads the subject with the name owning the title,
        the person after the title is the subject."""
        if c.type == "PER":
            return c
        after = self.index.between(c.span.end, cue.span.start)
        if after and after[0].type == "PER" and qualifies_title(self.text, c, after[0], self.lex):
            return after[0]
        # "Il leader del Partito repubblicano del popolo (Chp), Özgür Özel, ha ...": the person in apposition
        person = next((a for a in after if a.type == "PER"), None)
        gap = re.sub(r"\([^()]{1,12}\)", "", self.text[c.span.end:person.span.start]) if person else ""
        if person is not None and gap.strip() == "," and self.text[person.span.end:person.span.end + 1] == ",":
            return person
        return c

    def _subject_before(self, cue: Cue, sent: Span, floor: int, masked: list[Span]
                        ) -> tuple[Candidate | None, Candidate | None]:
        """The nearest name before the cue that can be its subject, and a possessive fallback ("il post di X")."""
        possessive: Candidate | None = None
        for c in reversed(self.index.between(floor, cue.span.start)):
            if c.span.end > cue.span.start or any(m.overlaps(c.span) for m in masked):
                continue
            if not c.can_speak and not mistyped_subject(c):
                continue
            if self.index.preceded_by(c, self.lex.non_subject, floor=sent.start) or self._parsed_object(c):
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

    def _parsed_object(self, cand: Candidate) -> bool:
        """The parse makes the name an object of a verb ("ha accusato la Francia e la Moldova di ... e ha
        chiesto": Moldova is accused, it does not ask)."""
        if not self.doc.has_annotation("DEP"):
            return False
        span = self.doc.char_span(cand.span.start, cand.span.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        root = span.root
        while root.dep_ == "conj" and root.head is not root:
            root = root.head
        return root.dep_ in ("obj", "iobj", "dobj") and root.head.pos_ in ("VERB", "AUX")

    def _owned_document(self, cand: Candidate, sent: Span) -> bool:
        """ "il post di Zelenskyy", "the statement of the ministry": the owner of a document speaks."""
        before = [w.lower() for w in words_before(self.text, cand.span.start, 4, floor=sent.start)]
        while before and (before[-1] in self.lex.possessive or before[-1] in self.lex.determiners):
            before.pop()
        return bool(before) and (before[-1] in self.lex.documents or before[-1] in self.lex.media_nouns)

    def _null_subject(self, cue: Cue, sent: Span, floor: int) -> bool:
        """The cue has no subject of its own: clause start, after a comma/quote, or after "che"."""
        before = self.text[max(sent.start, floor):cue.span.start].rstrip()
        if not before or before[-1] in INCISO or before[-1] in self.lex.closers:
            return True
        words = words_in(before, 0, len(before))
        if len(words) <= 2 and all(w.lower() in stop_words(self.lex.language) for w, _ in words):
            return True  # "Poi ha aggiunto", "Then added": only function words before the cue
        prev = words_before(self.text, cue.span.start, 1, floor=sent.start)
        return bool(prev) and (prev[-1].lower() in self.lex.inversion_words
                               or prev[-1].lower() in self.lex.complement_markers)


def _same_speaker(a: Participant | None, b: Participant | None) -> bool:
    return a is not None and b is not None and a.entity_name == b.entity_name


def _unmasked(text: str, start: int, end: int, masked: list[Span]) -> str:
    chars = [" " if any(m.start <= i < m.end for m in masked) else text[i] for i in range(start, end)]
    return "".join(chars)
