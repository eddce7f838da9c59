"""Which of the triggers found in a sentence become events: a noun trigger close after a verb trigger
names that verb's object and is absorbed by it; triggers inside a phrase, a topic, a reduced relative or a
nominalization are dropped.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from .trigger_lexicon import Lexicon, Trigger
from .trigger_patterns import any_match, first_word_at
from .triggers import clause_end

# --- choosing the triggers that code events -------------------------------------------------------------

ABSORB_WINDOW = 12  # a noun trigger this close after a verb trigger names that verb's object


def _mention_tokens(doc: Doc) -> set[int]:
    out: set[int] = set()
    for m in doc._.cronaca_mentions or []:
        sp = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        if sp is not None and m.kind in ("name", "metonym"):
            out.update(range(sp.start, sp.end))
    return out


def select_triggers(doc: Doc, lexicon: Lexicon, found: list[Trigger]) -> list[tuple[Trigger, list[Trigger]]]:
    """Drop triggers inside names and inside the content of a request/accusation; attach object nouns."""
    names = _mention_tokens(doc)
    out: list[tuple[Trigger, list[Trigger]]] = []
    scope_until, topic_end = -1, -10
    for trig in found:
        if trig.start in names:
            continue  # "Congo River Alliance" names a group, it is not an alliance event
        if trig.start < scope_until:
            continue
        if trig.entry.kind == "noun" and trig.start > trig.sentence.start \
                and any_match(lexicon.words("verbalizers"), doc[trig.start - 1]):
            trig = replace(trig, entry=replace(trig.entry, kind="verb"))  # "attempted to march on"
        if trig.entry.kind == "noun" and out:
            prev, absorbed = out[-1]
            same_clause = prev.sentence.start == trig.sentence.start and \
                clause_end(doc, prev, lexicon) >= trig.end
            conjunct = _coordination_between(doc, prev.end, trig.start, lexicon) and not _in_phrase(doc, trig, lexicon)
            if prev.entry.kind == "verb" and same_clause and trig.start - prev.end <= ABSORB_WINDOW and not conjunct:
                absorbed.append(trig)
                continue
        if trig.entry.kind == "noun" and (_topic(doc, trig, lexicon) or trig.start - topic_end <= 2):
            topic_end = trig.end
            continue  # "le preoccupazioni sulle consegne di aiuto": a topic, not a reported event
        if trig.entry.kind == "noun" and _verb_follows(trig, found):
            continue  # "Talks hosted by Qatar": the verb carries the event
        if out and _reduced_relative(doc, out[-1][0], trig, lexicon):
            if trig.entry.scope:  # "protesters demanding the president's resignation": still its content
                scope_until = _scope_end(doc, trig, lexicon)
            continue  # "expelled two diplomats accused of spying": the participle describes the object
        if _nominalized(doc, trig, lexicon):
            trig = replace(trig, entry=replace(trig.entry, kind="noun"))

        out.append((trig, []))
        if trig.entry.scope:
            scope_until = _scope_end(doc, trig, lexicon)
    return out


def _in_phrase(doc: Doc, trig: Trigger, lexicon: Lexicon) -> bool:
    """A noun right after a preposition ("e degli investimenti", "on protests") is still an argument."""
    preps = [p for key in ("recipient_preps", "partner_preps", "agent_preps", "genitive_preps", "other_preps",
                           "topic_preps") for p in lexicon.words(key)]
    i = trig.start - 1
    while i >= trig.sentence.start and any_match(lexicon.words("determiners"), doc[i]):
        i -= 1
    return i >= trig.sentence.start and any_match(preps, doc[i])


def _coordination_between(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """A comma or "and" between a verb and a later noun: the noun starts a new conjunct, not the object."""
    conj = lexicon.words("coordinators")
    return any(doc[i].text == "," or (doc[i].is_alpha and any_match(conj, doc[i])) for i in range(start, end))


def _scope_end(doc: Doc, trig: Trigger, lexicon: Lexicon) -> int:
    """Where the content of a request or threat ends: the sentence end, or a new clause ("after Ottawa
    refused...") — a complement clause ("that it had supplied drones") stays inside."""
    found = first_word_at(doc, range(trig.end, trig.sentence.end), lexicon.words("scope_breaks"))
    return trig.sentence.end if found is None else found


def _reduced_relative(doc: Doc, prev: Trigger, trig: Trigger, lexicon: Lexicon) -> bool:
    """A participle right after the object of another verb trigger, with no conjunction or auxiliary."""
    if prev.entry.kind != "verb" or trig.entry.kind != "verb" or prev.sentence.start != trig.sentence.start:
        return False
    gap = [doc[i] for i in range(prev.end, trig.start)]
    if not gap:
        return prev.end - prev.start > 1  # "expelled ~ diplomats" already took the object in
    if len(gap) > 4:
        return False
    stops = lexicon.words("coordinators") + lexicon.words("clause_breaks") + lexicon.words("function_words") \
        + lexicon.words("passive_aux") + lexicon.words("passive_copula")
    return not any(any_match(stops, t) or t.is_punct for t in gap)


def _verb_follows(trig: Trigger, found: list[Trigger]) -> bool:
    return any(t.entry.kind == "verb" and t.event == trig.event and 0 <= t.start - trig.end <= 1 for t in found)


def _topic(doc: Doc, trig: Trigger, lexicon: Lexicon) -> bool:
    """A noun trigger governed by a topic preposition ("sulle consegne di aiuto", "concerns over aid")."""
    skip, genitive = lexicon.words("determiners"), lexicon.words("genitive_preps")
    floor = trig.sentence.start
    i = trig.start - 1
    for hop in range(2):  # one "of"-step up: "sulle consegne di aiuto"
        while i >= floor and any_match(skip, doc[i]):
            i -= 1
        if i < floor:
            return False
        if any_match(lexicon.words("topic_preps"), doc[i]):
            return True
        if hop == 0 and any_match(genitive, doc[i]) and i - 2 >= floor:
            i -= 2
        else:
            return False
    return False


def _nominalized(doc: Doc, trig: Trigger, lexicon: Lexicon) -> bool:
    """A verb form used as a noun or adjective: "gli arrestati", "the injured", "Congo's proposed deal"."""
    if trig.entry.kind != "verb" or trig.start == trig.sentence.start:
        return False
    prev = doc[trig.start - 1]
    return any_match(lexicon.words("determiners"), prev) or any_match(lexicon.words("possessives"), prev)
