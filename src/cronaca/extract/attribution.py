"""The attribution stage: who the article says each claim comes from.

Every speech act with a known source becomes an entry of ``doc._.cronaca_sources``: the characters the
source covers (a whole sentence for "..., ha detto X." and "secondo X", the complement clause for "X said
that ...") and the source as a participant.  Inner sources come after outer ones in text, so callers can ask
for the innermost (:func:`sources_for`) or for the outermost, the one that relays all the others
(:func:`reporter_for`).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Participant, Span
from .speech import SpeechLexicon, words_in
from .speech_acts import SpeechAct, SpeechAnalysis, analyse

Source = tuple[Span, Participant]

_DISTINCT_FIGURE = 5  # smaller numbers recur by chance ("two soldiers", "three days")
_YEARS = (1900, 2100)
_SUBJECT_WORDS = 10  # words a postposed subject may have ("..., the British military's UKMTO centre said")
_TAIL_WORDS = 6  # words after its cue that still leave it closing the sentence ("said on Wednesday")


class AttributionExtractor:
    """spaCy component: sets ``doc._.cronaca_sources``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.language = nlp.lang

    def __call__(self, doc: Doc) -> Doc:
        doc._.cronaca_sources = extract_sources(doc)
        return doc


def extract_sources(doc: Doc) -> list[Source]:
    """(covered span, source) pairs of ``doc`` in text order of their cues."""
    analysis = analyse(doc)
    sources: list[Source] = []
    acts = _gerunds_continue(analysis)
    for act in acts:
        speaker = act.speaker
        if speaker is not None and not act.attributes and _frames_own_words(act, analysis):
            sources.append((_own_clause(act, analysis), speaker))
            continue
        if speaker is None or not act.attributes:
            continue
        act = _postposed(act, analysis)
        if act.outlet is not None:
            sources.append((act.covered, act.outlet))  # the outlet relays what the speaker told it
        sources.append((act.covered, speaker))
        sources.extend((act.covered, cited) for cited in act.cited)
    sources.extend(_same_figures(doc, analysis.sentences, sources))
    for quote in doc._.cronaca_quotes or []:
        # a quote continuing an earlier speaker has no cue of its own: its sentence is still theirs
        if quote.speaker is None:
            continue
        sentence = analysis.sentences[analysis.sentence_of(quote.span.start)]
        if not any(span.overlaps(sentence) for span, _ in sources):
            sources.append((sentence, quote.speaker))
    return sources


def _own_clause(act: SpeechAct, analysis: SpeechAnalysis) -> Span:
    """The sentence of an act from the clause its cue stands in: after a ", while" that opens it ("The EU
    called for X, while Orban congratulated ...": Orban's words are not the EU's)."""
    sent = analysis.sentences[act.sentence]
    before = analysis.text[sent.start:act.cue.span.start]
    breaks = analysis.lex.clause_breaks_in(before)
    return Span(sent.start + breaks[-1][1], sent.end) if breaks else sent


def _frames_own_words(act: SpeechAct, analysis: SpeechAnalysis) -> bool:
    """ "Zelensky ha condannato quello che ha definito «un attacco deliberato»", "X expressed “deep concern”":
    a framing verb whose subject is named in its sentence, with that speaker's quoted words in it, tells an
    act of speech of theirs; the sentence is their claim (a framing verb with no quote is not)."""
    if act.cue.kind != "verb" or not analysis.lex.is_framing(analysis.text[act.cue.span.start:act.cue.span.end]):
        return False
    sent = analysis.sentences[act.sentence]
    named_here = act.speaker is not None and act.speaker.span is not None and sent.contains(act.speaker.span)
    # the quoted words inside the act's own clause ("..., while Orban congratulated ... «...»" is another's)
    return named_here and any(sent.contains(q.inner) and act.covered.contains(q.inner) for q in analysis.quotes)


def _gerunds_continue(analysis: SpeechAnalysis) -> list[SpeechAct]:
    """ "..., the army said, adding that ...": a gerund cue right after another cue of its sentence goes on
    with that cue's speaker (not with the first name of the sentence)."""
    out = list(analysis.acts)
    for i in range(1, len(out)):
        act, prev = out[i], out[i - 1]
        cue_text = " ".join(analysis.text[act.cue.span.start:act.cue.span.end].lower().split())
        between = analysis.text[prev.cue.span.end:act.cue.span.start]
        if (cue_text in analysis.lex.gerunds and prev.sentence == act.sentence and prev.speaker is not None
                and prev.cue.kind == "verb" and len(words_in(between, 0, len(between))) <= _TAIL_WORDS
                and "," in between):
            out[i] = replace(act, speaker=prev.speaker)
    return out


def _postposed(act: SpeechAct, analysis: SpeechAnalysis) -> SpeechAct:
    """ "A strike killed 25 people, Ukrainian officials said.": a subject and cue set off by a comma after the
    content attribute the whole sentence, not just the words after the cue."""
    if act.cue.kind != "verb" or act.trailing or act.covered.start != act.cue.span.start:
        return act
    text, lex = analysis.text, analysis.lex
    sent = analysis.sentences[act.sentence]
    before = text[sent.start:act.cue.span.start]
    comma = max(before.rfind(","), *(before.rfind(c) for c in lex.closers))
    if comma <= 0 or len(words_in(text, sent.start + comma + 1, act.cue.span.start)) > _SUBJECT_WORDS:
        return act
    if act.speaker is not None and act.speaker.span is not None and act.speaker.span.start < sent.start + comma:
        return act  # the subject stands before the comma: "X, a spokesman, said that ..."
    after = words_in(text, act.cue.span.end, sent.end)
    head = text[act.cue.span.end:sent.end].lstrip()[:1]
    if head == ":" or (head != "," and any(w.lower() in lex.complement_markers for w, _ in after[:4])):
        return act  # "..., officials said that ...": the complement is the claim
    if len(after) > _TAIL_WORDS and not _adverbial_tail(text[act.cue.span.end:sent.end], after, lex):
        return act
    return replace(act, covered=Span(sent.start, act.covered.end))


def _adverbial_tail(rest: str, after: list[tuple[str, Span]], lex: SpeechLexicon) -> bool:
    """ "..., X said, adding ...", "..., X said after hosting talks": what follows the cue is no clause of
    its own (a comma or a preposition opens it, and no complement marker turns it into the claim)."""
    if rest.lstrip()[:1] == ",":
        return True
    first = after[0][0].lower()
    return (first in lex.non_subject or first in lex.np_stops) and not any(
        w.lower() in lex.complement_markers for w, _ in after)


def _same_figures(doc: Doc, sentences: list[Span], sources: list[Source]) -> list[Source]:
    """A sentence with no source that repeats a distinctive figure of a sourced sentence ("at least 19
    people" in the lead and again "..., according to local media reports") has the same source: news
    articles state a toll first and attribute it where they repeat it."""
    figures = [q for q in doc._.cronaca_quantities or []
               if q.value >= _DISTINCT_FIGURE and not _YEARS[0] <= q.value <= _YEARS[1]]
    added: list[Source] = []
    for sent in sentences:
        if any(span.overlaps(sent) for span, _ in sources):
            continue
        mine = {(q.value, q.unit) for q in figures if sent.contains(q.span)}
        for q in figures:
            if (q.value, q.unit) not in mine or sent.contains(q.span):
                continue
            widest = _widest([s for s in sources if s[0].contains(q.span)])
            if widest is not None:
                added.append((sent, widest))
                break
    return added


def _widest(found: list[Source]) -> Participant | None:
    if not found:
        return None
    width = max(span.end - span.start for span, _ in found)
    return next(part for span, part in found if span.end - span.start == width)


def _covering(doc: Doc, start: int, end: int, trigger: int | None) -> list[tuple[int, Source]]:
    target = Span(start, end)
    found = doc._.cronaca_sources or []
    if trigger is not None:
        return [(i, s) for i, s in enumerate(found) if s[0].start <= trigger < s[0].end]
    return [(i, s) for i, s in enumerate(found) if s[0].overlaps(target)]


def sources_for(doc: Doc, start: int, end: int, trigger: int | None = None) -> list[Participant]:
    """The sources whose covered text overlaps ``[start, end)``, innermost first, each entity once.

    With ``trigger`` (the character offset of an event's trigger) only the sources covering that
    position count, which keeps a source of the next sentence off an event when the caller's sentence
    boundaries are wider than the attribution's.
    """
    ranked = sorted(_covering(doc, start, end, trigger), key=lambda p: (p[1][0].end - p[1][0].start, p[0]))
    out: list[Participant] = []
    for _, (_, part) in ranked:
        if not any(part.entity_name == seen.entity_name for seen in out):
            out.append(part)
    return out


def reporter_for(doc: Doc, start: int, end: int, trigger: int | None = None) -> Participant | None:
    """The outermost source of ``[start, end)``: the outlet or speaker that relays the claim (Axios, not the
    official Axios cites; The Associated Press a speaker talked to)."""
    return _widest([s for _, s in _covering(doc, start, end, trigger)])


def attribution_phrases(doc: Doc) -> list[Span]:
    """Character spans of "secondo le autorità", "according to local media", "citing an official": phrases
    that name where a claim comes from, so the event stage does not take their nouns for actors."""
    analysis = analyse(doc)
    spans: list[Span] = []
    for act in analysis.acts:
        named = [act.speaker] if act.cue.kind != "verb" and act.speaker is not None else []
        for part in [*named, *act.cited]:
            if part.span is not None:
                start = min(part.span.start, act.cue.span.start) if part in named else part.span.start
                spans.append(Span(start, part.span.end))
    return spans
