"""The quotes stage: every quoted span with its kind, speech cue, speaker, channel and relaying outlet.

Quote bounds come from the quote marks, not from the sentence splitter, so a quote may span sentences.  The
speaker comes from the speech act (see :mod:`cronaca.extract.speech_acts`) of the cue that governs the quote,
tried in this order: a cue right after the closing mark ("...”, ha detto X"), a cue before the quote in the
same sentence (X said: “...”), a cue later in the sentence (partial quotes), then the speaker of the previous
quote when this one continues it in the next sentence.  A quote with no cue (scare quotes, names) has no speaker.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Literal

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Participant, Quote
from ._phrases import DASHES
from .speech import QuoteMarks, words_in
from .speech_acts import SpeechAct, SpeechAnalysis, analyse

QuoteKind = Literal["direct", "partial"]

_NEAR_CUE_WORDS = 4  # words allowed between a closing mark and its cue (", Dr. Paudel told")
_DIRECT_MIN_WORDS = 4  # a quote of this many words after a colon or at sentence start is direct speech


class QuoteExtractor:
    """spaCy component: sets ``doc._.cronaca_quotes``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.language = nlp.lang

    def __call__(self, doc: Doc) -> Doc:
        doc._.cronaca_quotes = extract_quotes(doc)
        return doc


def extract_quotes(doc: Doc) -> list[Quote]:
    """The quotes of ``doc`` in text order."""
    analysis = analyse(doc)
    quotes: list[Quote] = []
    quote_marks: list[QuoteMarks] = []
    previous: tuple[Quote, int] | None = None
    for marks in analysis.quotes:
        qid = f"q{len(quotes) + 1}"
        si = analysis.sentence_of(marks.outer.start)
        act = _governing_act(analysis, marks, si)
        kind = _kind(analysis, marks, si)
        text = analysis.text[marks.inner.start:marks.inner.end]
        if act is not None:
            quote = _from_act(qid, text, marks, kind, act, analysis)
        elif (later := _back_referenced(analysis, marks, si)) is not None:
            quote = Quote(id=qid, text=text, span=marks.inner, kind=kind, speaker=later)
        elif previous is not None and _continues(analysis, marks, si, previous):
            prior = previous[0]
            quote = Quote(id=qid, text=text, span=marks.inner, kind=kind, speaker=prior.speaker,
                          channel=prior.channel, reported_by=prior.reported_by)
        elif (named := _headline_speaker(analysis, marks, si) or _colon_speaker(analysis, marks, si)) is not None:
            quote = Quote(id=qid, text=text, span=marks.inner, kind=kind, speaker=named)
        elif previous is not None and _colon_continues(analysis, marks, si, previous):
            prior = previous[0]  # "Poi un passaggio sull'astensionismo: «...»": the same speaker goes on
            quote = Quote(id=qid, text=text, span=marks.inner, kind=kind, speaker=prior.speaker,
                          channel=prior.channel, reported_by=prior.reported_by)
        elif _is_name_label(text):
            continue  # 12° Reggimento "Sicilia", operazione "Aquila": a name in quotes, nobody's words
        else:
            quote = Quote(id=qid, text=text, span=marks.inner, kind=kind)
        quotes.append(quote)
        quote_marks.append(marks)
        previous = (quote, si)
    return _runs_over_paragraphs(analysis.text, quotes, quote_marks)


def _runs_over_paragraphs(text: str, quotes: list[Quote], marks: list[QuoteMarks]) -> list[Quote]:
    """ "«Le parole non fermano i missili.\n\n«Chiediamo ...», ha proseguito X": a quote left open at the end of
    its paragraph goes on in the quote opening the next one; the part with no speaker of its own takes the
    speaker the other part's cue names (each part stays a quote of its own, as its marks delimit it)."""
    out = list(quotes)
    for i in range(len(out) - 2, -1, -1):
        quote, nxt = out[i], out[i + 1]
        if quote.speaker is not None or marks[i].closed or nxt.speaker is None:
            continue
        between = text[marks[i].outer.end:marks[i + 1].outer.start]
        if "\n" in between and not between.strip():
            out[i] = replace(quote, speaker=nxt.speaker, channel=nxt.channel, reported_by=nxt.reported_by)
    return out


def _back_referenced(analysis: SpeechAnalysis, marks: QuoteMarks, si: int) -> Participant | None:
    """ "“...” Così il segretario X ha commentato", "“...” That was the message from X": a quote standing as a
    sentence of its own, named by the next sentence's opening words; its speaker is who that sentence names."""
    if si + 1 >= len(analysis.sentences) or analysis.acts_in(si):
        return None
    sent, nxt = analysis.sentences[si], analysis.sentences[si + 1]
    text = analysis.text
    if text[sent.start:marks.outer.start].strip() or words_in(text, marks.outer.end, sent.end):
        return None
    if not analysis.lex.opens_back_reference(text, nxt.start, nxt.end):
        return None
    spoken = [a.speaker for a in analysis.acts_in(si + 1) if a.speaker is not None and a.cue.kind == "verb"]
    if spoken:
        return spoken[0]
    names = [c for c in analysis.index.between(nxt.start, nxt.end) if c.can_speak and c.kind != "guess"]
    people = [c for c in names if c.type == "PER"]
    best = (people or names)[:1]
    return best[0].participant if best else None


def _headline_speaker(analysis: SpeechAnalysis, marks: QuoteMarks, si: int) -> Participant | None:
    """ "Zelensky: «Vinceremo»": a name and a colon standing for the speech cue (headlines, summaries)."""
    sent = analysis.sentences[si]
    lead = analysis.text[sent.start:marks.outer.start].rstrip()
    if not lead.endswith(":"):
        return None
    names = [c for c in analysis.index.between(sent.start, marks.outer.start) if c.can_speak]
    if len(names) != 1:
        return None
    rest = analysis.text[sent.start:names[0].span.start] + analysis.text[names[0].span.end:len(lead) + sent.start]
    return names[0].participant if len(words_in(rest, 0, len(rest))) <= 2 else None


def _colon_speaker(analysis: SpeechAnalysis, marks: QuoteMarks, si: int) -> Participant | None:
    """ "X ha criticato lo sciopero: «...»", "Dura la replica di X: «...»": a clause without a speech verb
    introducing the quote with a colon; its subject (the first name no preposition governs) speaks."""
    sent = analysis.sentences[si]
    lead = analysis.text[sent.start:marks.outer.start].rstrip()
    if not lead.endswith(":") or any(q.outer.start >= sent.start and q.outer.end <= marks.outer.start
                                     for q in analysis.quotes):
        return None
    index = analysis.index
    named = [c for c in index.between(sent.start, marks.outer.start) if c.can_speak and c.kind != "guess"
             and not index.preceded_by(c, analysis.lex.non_subject, floor=sent.start)]
    # the subject first (no possessive before it), else "la replica del portavoce X": after a speech noun a
    # possessive names the speaker; people before organisations
    subjects = [c for c in named if not index.preceded_by(c, analysis.lex.possessive, floor=sent.start)]
    for pool in (subjects, named):
        people = [c for c in pool if c.type == "PER"]
        best = (people or pool)[:1]
        if best:
            return best[0].participant
    return None


def _is_name_label(text: str) -> bool:
    words = text.split()
    return len(words) == 1 and words[0][:1].isupper()


def _governing_act(analysis: SpeechAnalysis, marks: QuoteMarks, si: int) -> SpeechAct | None:
    acts = [a for a in analysis.acts_in(si) if a.cue.kind != "citing" or a.speaker is not None]
    if not acts:
        return _colon_act(analysis, marks, si)
    text = analysis.text
    later_quote = min((q.outer.start for q in analysis.quotes if q.outer.start >= marks.outer.end),
                      default=len(text))
    after = [a for a in acts if marks.outer.end <= a.cue.span.start < later_quote]
    near = [a for a in after if len(words_in(text, marks.outer.end, a.cue.span.start)) <= _NEAR_CUE_WORDS
            and not _crosses_sentence(text, marks.outer.end, a.cue.span.start)
            and not _coordinated_after(analysis, marks.outer.end, a.cue.span.start)]
    if near:
        return near[0]
    before = [a for a in acts if a.cue.span.end <= marks.outer.start
              and not _clause_break(analysis, a.cue.span.end, marks.outer.start)]
    if before:
        # "said in a statement posted on WeChat that ... “...”": a cue with no speaker of its own (a participle
        # after a document noun) does not take the quote from the speaker's cue before it
        spoken = [a for a in before if a.speaker is not None]
        return (spoken or before)[-1]
    if after:
        return after[0]
    return _colon_act(analysis, marks, si)


def _colon_act(analysis: SpeechAnalysis, marks: QuoteMarks, si: int) -> SpeechAct | None:
    """ "Zelenskyy said:" closing the previous sentence or paragraph, the quote opening the next one."""
    if si == 0 or analysis.text[analysis.sentences[si].start:marks.outer.start].strip():
        return None
    prev = analysis.sentences[si - 1]
    if not analysis.text[prev.start:prev.end].rstrip().endswith(":"):
        return None
    acts = analysis.acts_in(si - 1)
    return acts[-1] if acts else None


def _clause_break(analysis: SpeechAnalysis, start: int, end: int) -> bool:
    """ "The EU called for X, while Orban congratulated ... “...”": a clause of its own opens between a cue
    and a quote, so the cue does not introduce it."""
    return bool(analysis.lex.clause_breaks_in(analysis.text[start:end]))


def _coordinated_after(analysis: SpeechAnalysis, end: int, cue_start: int) -> bool:
    """ "accused Washington of “blackmail” and said ...": a coordinated verb after a quote inside an object
    opens a new clause; it does not introduce the quote."""
    gap = words_in(analysis.text, end, cue_start)
    return bool(gap) and gap[0][0].lower() in analysis.lex.coordinators


def _crosses_sentence(text: str, start: int, end: int) -> bool:
    between = text[start:end]
    return "\n" in between or any(p in between for p in (". ", "! ", "? "))


def _kind(analysis: SpeechAnalysis, marks: QuoteMarks, si: int) -> QuoteKind:
    """ "direct" for speech standing as a clause of its own, "partial" for a fragment inside a sentence."""
    text = analysis.text
    lead = text[analysis.sentences[si].start:marks.outer.start].rstrip()
    if lead[-1:] in DASHES and lead.split()[0].isupper():
        lead = ""  # "ROMA - «...»": after a dateline's dash the quotation opens the sentence
    quoted = text[marks.inner.start:marks.inner.end]
    long_clause = quoted[:1].isupper() and len(quoted.split()) >= _DIRECT_MIN_WORDS
    if not lead or lead[-1] in ":" or lead[-1] in analysis.lex.closers:
        return "direct" if long_clause or not lead or lead[-1] == ":" else "partial"
    return "direct" if long_clause and lead[-1] in ",;" else "partial"


def _from_act(qid: str, text: str, marks: QuoteMarks, kind: QuoteKind, act: SpeechAct,
              analysis: SpeechAnalysis) -> Quote:
    speaker = act.speaker
    reported: list[Participant] = []
    verb = analysis.text[act.cue.span.start:act.cue.span.end].split()[-1].lower()
    if act.cited and verb in analysis.lex.reporting_verbs and speaker is not None:
        # "“...”, Axios reported citing an official": the official spoke, Axios relays it
        reported.append(speaker)
        speaker = act.cited[0]
    if act.outlet is not None:
        reported.append(act.outlet)
    for other in analysis.acts_in(act.sentence):
        # "“...,” said X, who spoke to The Associated Press by phone": the outlet of the same speaker's other cue
        if other is not act and other.outlet is not None and _same(other.speaker, speaker):
            reported.append(other.outlet)
    for other in analysis.acts_in(act.sentence):
        if other is act or other.speaker is None or _same(other.speaker, speaker):
            continue
        if other.cue.kind == "according" or (other.covered.contains(act.cue.span) and other.covered != act.covered):
            reported.append(other.speaker)
    return Quote(id=qid, text=text, span=marks.inner, kind=kind, speaker=speaker,
                 cue=analysis.text[act.cue.span.start:act.cue.span.end], cue_span=act.cue.span,
                 channel=act.channel, reported_by=tuple(_unique(reported)))


def _continues(analysis: SpeechAnalysis, marks: QuoteMarks, si: int, previous: tuple[Quote, int]) -> bool:
    """A quote opening a sentence right after a quote with a speaker continues that speaker's words."""
    prior, prior_si = previous
    if prior.speaker is None or si - prior_si > 1:
        return False
    lead = analysis.text[analysis.sentences[si].start:marks.outer.start].strip()
    return not lead and not analysis.acts_in(si)


def _colon_continues(analysis: SpeechAnalysis, marks: QuoteMarks, si: int, previous: tuple[Quote, int]) -> bool:
    """A colon clause with no name and no cue, right after a quote with a speaker, goes on with that speaker."""
    prior, prior_si = previous
    sent = analysis.sentences[si]
    lead = analysis.text[sent.start:marks.outer.start].rstrip()
    return (prior.speaker is not None and 0 <= si - prior_si <= 1 and lead.endswith(":")
            and not analysis.acts_in(si) and not analysis.index.between(sent.start, marks.outer.start))


def _same(a: Participant | None, b: Participant | None) -> bool:
    return a is not None and b is not None and (a.entity_name == b.entity_name)


def _unique(parts: list[Participant]) -> list[Participant]:
    out: list[Participant] = []
    for p in parts:
        if not any(_same(p, q) for q in out):
            out.append(p)
    return out

