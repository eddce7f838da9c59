"""The indexed trigger matcher (first-word index, per-document token features) against the plain reference
path (every phrase tried at every token, token attributes read afresh): they must find the same things."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from spacy.tokens import Doc

from cronaca.extract import trigger_patterns as trig
from cronaca.extract.trigger_lexicon import load_lexicon
from cronaca.extract.trigger_patterns import (
    FirstWordIndex,
    first_phrase,
    match_phrase,
    parse_phrase,
    phrase_end,
    phrase_near,
    token_features,
)
from cronaca.extract.trigger_selection import select_triggers
from cronaca.extract.triggers import clause_end, clause_start, find_triggers, find_triggers_in
from cronaca.pipeline import Extractor

# Sentences written for these tests: prefixes ("colpisc*"), gaps ("usato ~ lacrimogeni"), lemma-only
# matches, needs/excludes cues, off-topic sport, verb and noun triggers, apostrophes, several sentences.
SENTENCES = [
    ("it", "Nella notte l'esercito ha colpito due villaggi con i droni. I ribelli hanno lanciato missili."),
    ("it", "La polizia ha usato ieri i lacrimogeni per disperdere i manifestanti davanti al municipio."),
    ("it", "Il ministro ha attaccato duramente il governo, poi si è dimesso dopo lo scandalo."),
    ("it", "Le parti hanno raggiunto un accordo e hanno avuto un colloquio telefonico."),
    ("it", "L’attacco della Juventus ha colpito il palo al novantesimo minuto."),
    ("it", "Il presidente ha ricevuto il primo ministro e ha condannato l’attacco di droni sulla capitale."),
    ("it", "I sindacati hanno proclamato uno sciopero contro le sanzioni approvate dal governo."),
    ("en", "Gunmen opened fire on the crowd, and the army shelled the town overnight."),
    ("en", "Police fired tear gas at protesters who marched on parliament on Tuesday."),
    ("en", "The minister attacked the plan sharply, then resigned on Monday after the scandal."),
    ("en", "The two ministers held talks in Geneva and signed an agreement with the rebels."),
    ("en", "The striker's goal came after a counter-attack in the second half."),
    ("en", "The president received the prime minister and condemned the drone attack on the capital."),
    ("en", "Iranian-backed militias struck a base; the IMF approved a new loan of two billion dollars."),
]


@pytest.fixture(scope="module")
def docs(extractor: Extractor) -> dict[str, Doc]:
    """Each sentence parsed by the full pipeline (lemmas, parse), so the lemma paths are exercised."""
    return {text: extractor.pipeline(lang)(text) for lang, text in SENTENCES}


@contextmanager
def reference_path() -> Iterator[None]:
    """The plain reference path for the duration of one block."""
    trig.INDEXED = False
    try:
        yield
    finally:
        trig.INDEXED = True


def _describe(doc: Doc, lang: str) -> list[tuple[object, ...]]:
    """Everything the matcher decides for a document, in a comparable form."""
    lex = load_lexicon(lang)
    found = find_triggers(doc, lex)
    out: list[tuple[object, ...]] = [("trigger", t.event, t.start, t.end, t.cues) for t in found]
    out += [("selected", t.event, t.start, t.end, tuple((a.start, a.end) for a in absorbed))
            for t, absorbed in select_triggers(doc, lex, found)]
    out += [("clause", t.start, clause_start(doc, t, lex), clause_end(doc, t, lex)) for t in found]
    out += [("in", t.event, t.start) for t in find_triggers_in(doc, lex, 0, len(doc))]
    for sent in doc.sents:
        cues = lex.mode_cues + lex.context_cues + lex.retype_cues
        out += [("cue", c.value, phrase_near(sent, sent.start, sent.end, c.patterns)) for c in cues]
        out.append(("off_topic", phrase_near(sent, sent.start, sent.end, lex.phrases("off_topic"))))
    return out


@pytest.mark.parametrize(("lang", "text"), SENTENCES)
def test_indexed_matcher_agrees_with_reference(docs: dict[str, Doc], lang: str, text: str) -> None:
    doc = docs[text]
    indexed = _describe(doc, lang)
    with reference_path():
        reference = _describe(doc, lang)
    assert indexed == reference
    # every sentence here holds a trigger, or is set aside as off-topic (sport)
    assert any(item[0] == "trigger" or (item[0] == "off_topic" and item[1] is not None) for item in indexed)


@pytest.mark.parametrize("lang", ["it", "en"])
def test_index_offers_every_phrase_that_matches(docs: dict[str, Doc], lang: str) -> None:
    """At every token, each lexicon phrase that matches there is among the index's candidates, in order."""
    lex = load_lexicon(lang)
    for _, text in (s for s in SENTENCES if s[0] == lang):
        doc = docs[text]
        feats = token_features(doc)
        for i in range(len(doc)):
            offered = lex.candidates_for(feats.forms[i], feats.lemmas[i])
            matching = [pe for pe in lex.index if pe[0] and pe[0][0] is not None
                        and phrase_end(feats, i, len(doc), pe[0]) is not None]
            assert [pe for pe in offered if pe in matching] == matching, (text, doc[i].text)
            ranks = [lex.index.index(pe) for pe in offered]
            assert ranks == sorted(ranks)


# (phrases, word form, lemma, ranks offered): exact words, prefixes of several lengths, lemma look-ups
INDEX_CASES = [
    (["colpit*", "colpisc*", "attacco di droni", "attacco"], "colpito", "", [0]),
    (["colpit*", "colpisc*", "attacco di droni", "attacco"], "attacco", "", [2, 3]),
    (["colpit*", "colpisc*", "attacco di droni", "attacco"], "colpiscono", "colpire", [1]),
    (["struck", "strike*", "drone strike"], "strikes", "strike", [1]),
    (["struck", "strike*", "drone strike"], "drones", "drone", [2]),
    (["a*", "ab*", "abc"], "abcd", "", [0, 1]),
    (["~ fire", "fire"], "fire", "", [1]),  # a gap-first phrase is never a trigger start
]


@pytest.mark.parametrize(("specs", "form", "lemma", "expected"), INDEX_CASES)
def test_first_word_index(specs: list[str], form: str, lemma: str, expected: list[int]) -> None:
    index = FirstWordIndex.build(parse_phrase(s) for s in specs)
    assert index.ranks(form, lemma) == expected


@pytest.mark.parametrize("lang", ["it", "en"])
def test_first_phrase_is_the_first_match_in_table_order(docs: dict[str, Doc], lang: str) -> None:
    """``first_phrase`` over the generic-actor table, longest first, = trying ``match_phrase`` in order."""
    lex = load_lexicon(lang)
    table = sorted((parse_phrase(spec) for g in lex.groups.values() for spec in g.get("match", ())),
                   key=lambda ph: -len(ph))
    phrases = tuple(table)
    hits = 0
    for _, text in (s for s in SENTENCES if s[0] == lang):
        doc = docs[text]
        tokens, feats = list(doc), token_features(doc)
        for i in range(len(doc)):
            expected = next(((r, end) for r, ph in enumerate(phrases)
                             if (end := match_phrase(tokens, i, ph)) is not None and end > i), None)
            assert first_phrase(feats, i, len(doc), phrases) == expected, (text, doc[i].text)
            hits += expected is not None
    assert hits >= 3  # "la polizia", "i manifestanti", "police", "protesters", "gunmen"...


def test_gap_first_phrases_are_tried_everywhere_by_phrase_near(docs: dict[str, Doc]) -> None:
    doc = docs[SENTENCES[7][1]]  # "Gunmen opened fire on the crowd, ..."
    sent = next(iter(doc.sents))
    assert phrase_near(sent, sent.start, sent.end, [parse_phrase("~ fire")]) == 0  # the gap lets "fire" in
    assert phrase_near(sent, 3, sent.end, [parse_phrase("~ fire")]) is None


@pytest.mark.parametrize(("lang", "text", "spec", "start", "end"), [
    ("it", "La polizia ha usato ieri i lacrimogeni per disperdere i manifestanti davanti al municipio.",
     "usat* ~ lacrimogeni", 3, 7),
    ("en", "Police fired tear gas at protesters who marched on parliament on Tuesday.", "fire* ~ gas", 1, 4),
])
def test_match_phrase_and_phrase_end_agree(docs: dict[str, Doc], lang: str, text: str, spec: str,
                                           start: int, end: int) -> None:
    doc = docs[text]
    phrase = parse_phrase(spec)
    assert match_phrase(list(doc), start, phrase) == end
    assert phrase_end(token_features(doc), start, len(doc), phrase) == end
    assert phrase_end(token_features(doc), start, end - 1, phrase) is None  # the sentence end stops it


def test_features_are_cached_per_document(docs: dict[str, Doc]) -> None:
    doc = docs[SENTENCES[4][1]]  # "L’attacco della Juventus...": the apostrophe is folded
    cached = token_features(doc)
    assert token_features(doc) is cached
    assert token_features(doc, fresh=True) is not cached
    assert token_features(Doc(doc.vocab, words=["Roma"])).forms == ["roma"]  # another document, its own
    with reference_path():
        fresh = token_features(doc)
        assert fresh is not cached and list(fresh.forms) == list(cached.forms)
        assert list(fresh.lemmas) == list(cached.lemmas)
    assert cached.forms[0].startswith("l'")
