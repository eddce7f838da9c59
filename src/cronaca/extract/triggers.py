"""Event triggers: the words and phrases of a language pack's ``events.toml`` found in a document.

Matching goes sentence by sentence; at each token only the lexicon phrases its form or lemma can start are
tried (:mod:`.trigger_patterns` for patterns and features, :mod:`.trigger_lexicon` for the lexicon); a token
belongs to at most one trigger.  Clause bounds around a trigger are also computed here.  Which of the
matches become events is decided in :mod:`.trigger_selection`.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from .trigger_lexicon import Lexicon, Trigger, TriggerEntry
from .trigger_patterns import (
    Phrase,
    TokenFeatures,
    any_match,
    any_word,
    first_word_at,
    phrase_end,
    phrase_near,
    phrase_starts_near,
    token_features,
)

VERB_POS = frozenset({"VERB", "AUX"})


def find_triggers_in(doc: Doc, lexicon: Lexicon, start: int, end: int) -> list[Trigger]:
    """The lexicon matches starting in tokens ``[start, end)`` (used to tell which clause has an event)."""
    feats = token_features(doc)
    found: list[Trigger] = []
    sent: SpacySpan | None = None
    for i in range(start, end):
        if sent is None or not sent.start <= i < sent.end:
            sent = doc[i].sent
        hit = _match_at(feats, sent, i, lexicon.candidates_for(feats.forms[i], feats.lemmas[i]))
        if hit is not None:
            found.append(hit)
    return found


def find_triggers(doc: Doc, lexicon: Lexicon) -> list[Trigger]:
    """All lexicon matches, sentence by sentence; a token belongs to at most one trigger."""
    feats = token_features(doc, fresh=True)  # the events stage starts here: features of the final parse
    found: list[Trigger] = []
    never = lexicon.words("never_triggers")
    off_topic = lexicon.phrases("off_topic")
    dated = _time_tokens(doc)
    for sent in doc.sents:
        if off_topic and phrase_near(sent, sent.start, sent.end, off_topic) is not None:
            continue  # sport: "l'attacco della Juventus", "the striker's goal"
        tokens: list[Token] = []  # built at the first hit only
        i = sent.start
        while i < sent.end:
            form, lemma = feats.forms[i], feats.lemmas[i]
            hit = None if i in dated or any_word(never, form, lemma) \
                else _match_at(feats, sent, i, lexicon.candidates_for(form, lemma))
            if hit is not None:
                tokens = tokens or list(sent)
                k = i - sent.start
                if _adjectival(tokens, k, hit, lexicon) or _compound(tokens, k, hit):
                    hit = None  # an adjectival participle: "the proposed deal", "Iranian-backed militias"
            if hit is None:
                i += 1
                continue
            found.append(hit)
            i = hit.end
    return found


def _time_tokens(doc: Doc) -> set[int]:
    """Tokens inside the dates stage's time expressions: "March" of "TOKYO, March 12" is no protest march."""
    out: set[int] = set()
    for time in doc._.cronaca_times or ():
        span = doc.char_span(time.span.start, time.span.end, alignment_mode="contract")
        out.update(t.i for t in span or ())
    return out


def _compound(tokens: list[Token], i: int, hit: Trigger) -> bool:
    """A verb glued by a hyphen to the word before ("Iranian-backed", "US-led"): a modifier, not an act."""
    return hit.entry.kind == "verb" and i >= 2 and tokens[i - 1].text == "-" \
        and not tokens[i - 1].whitespace_ and tokens[i - 2].whitespace_ == ""


def _adjectival(tokens: list[Token], i: int, hit: Trigger, lexicon: Lexicon) -> bool:
    if hit.end - hit.start != 1 or hit.entry.kind != "verb" or i == 0:
        return False
    tok = tokens[i]
    noun = tok.head
    if tok.dep_ == "acl" and "Part" in tok.morph.get("VerbForm", []) and noun.i < tok.i \
            and noun.pos_ in ("NOUN", "PROPN") and noun.head.pos_ in ("VERB", "AUX") and noun.head.i < noun.i:
        return True  # "ha giustiziato un uomo accusato di spionaggio": the participle describes the object
    if tokens[i].dep_ != "amod":
        return False
    before = lexicon.words("determiners") + lexicon.words("possessives")
    return any_match(before, tokens[i - 1])


def _match_at(feats: TokenFeatures, sent: SpacySpan, i: int,
              index: Sequence[tuple[Phrase, TriggerEntry]]) -> Trigger | None:
    # the written form first ("protested" is the verb entry), the lemma only when no form matches
    return _match_pass(feats, sent, i, index, False) or _match_pass(feats, sent, i, index, True)


def _match_pass(feats: TokenFeatures, sent: SpacySpan, i: int, index: Sequence[tuple[Phrase, TriggerEntry]],
                lemma_ok: bool) -> Trigger | None:
    """The first phrase of ``index`` matched at document token ``i`` whose cues allow it."""
    doc = sent.doc
    for phrase, entry in index:
        end = phrase_end(feats, i, sent.end, phrase, lemma_ok)
        if end is None or end == i:
            continue
        if lemma_ok and entry.kind == "noun" and any(doc[k].pos_ in VERB_POS for k in range(i, end)):
            continue  # "missiles struck" is a clause, not the noun "missile strikes"
        cues: tuple[int, ...] = ()
        if entry.needs:
            cues = phrase_starts_near(sent, i, end, entry.window, entry.needs)
            if not cues:
                continue
        if entry.excludes and phrase_starts_near(sent, i, end, entry.window, entry.excludes):
            continue
        return Trigger(entry, i, end, sent, cues)
    return None


def clause_start(doc: Doc, trigger: Trigger, lexicon: Lexicon) -> int:
    """First token of the clause holding the trigger: after the last clause break before it."""
    found = first_word_at(doc, range(trigger.start - 1, trigger.sentence.start - 1, -1),
                          lexicon.words("clause_breaks"))
    return trigger.sentence.start if found is None else found + 1


def clause_end(doc: Doc, trigger: Trigger, lexicon: Lexicon) -> int:
    found = first_word_at(doc, range(trigger.end, trigger.sentence.end), lexicon.words("clause_breaks"))
    return trigger.sentence.end if found is None else found
