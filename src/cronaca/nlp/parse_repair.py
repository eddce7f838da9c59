"""Mend two parser errors that cost the event coder whole events: a whitespace token made a head, and a full
sentence left without its verb.

A paragraph break after a sentence's last word is a token of that sentence, and the parsers (which never saw
whitespace in training) often make it the sentence's root, with the words hanging on it. Its words are taken off
it first.

Our parsers sometimes read the past tense of a sentence's main verb as a participle hanging on the subject,
"Amnesty International's Argentine branch called on the authorities ...": "called" becomes a reduced relative
(``acl``) of "branch", and "branch" the root. Such a sentence then has no verb for the coder to take roles from.
A sentence that ends with a full stop, whose root is a noun with no copula or auxiliary, and whose root has such
a verb right after its own words is mended: the verb becomes the root and the noun its subject; the noun's
dependents after the verb move to the verb. Nothing else in the parse changes.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, MorphAnalysis, Span, Token

SENTENCE_END = frozenset({".", "!"})
NOUN_ROOTS = frozenset({"NOUN", "PROPN"})
MODIFIER_DEPS = frozenset({"acl", "amod"})
VERB_MARKERS = frozenset({"cop", "aux", "aux:pass"})  # a noun root with these is a predicate, not a fragment
CLAUSE_MODIFIER_DEPS = frozenset({"acl", "amod", "acl:relcl"})  # verbs that only modify the noun they hang on
AGENT_DEPS = frozenset({"obl:agent", "agent"})
BESIDE_DEPS = frozenset({"appos", "dep", "list", "parataxis"})  # how a noun hangs on a dateline root


class ParseRepair:
    """spaCy component: mends sentences whose main verb the parser hung on the subject noun."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):
            return doc
        for sent in list(doc.sents):
            _mend_spaces(sent)
            verb = verbless_root_verb(sent)
            if verb is not None:
                _promote(verb)
        return doc


def _mend_spaces(sent: Span) -> None:
    """Take the sentence's words off a whitespace token that the parser made a head, most often the root: the
    paragraph break after the sentence's last word ("... the right to peaceful protest.\n\n"). The parsers never
    saw whitespace in training. The largest word phrase on it becomes the root (a verb's, if one is there)."""
    for space in [t for t in sent if t.is_space and any(True for _ in t.children)]:
        kids = [ch for ch in space.children if not ch.is_space]
        if not kids:
            continue
        if space.dep_ != "ROOT":
            for ch in kids:
                ch.head = space.head
            continue
        words = [ch for ch in kids if not ch.is_punct] or kids
        new_root = max(words, key=lambda t: (t.pos_ in ("VERB", "AUX"), len(list(t.subtree))))
        new_root.head = new_root
        new_root.dep_ = "ROOT"
        for ch in kids:
            if ch is not new_root:
                ch.head = new_root
        space.head = new_root
        space.dep_ = "dep"


def verbless_root_verb(sent: Span) -> Token | None:
    """The verb to promote in ``sent``, or None when its parse is left as it is."""
    root = sent.root
    tokens = [t for t in sent if not t.is_space]
    if root.pos_ not in NOUN_ROOTS or not tokens or tokens[-1].text not in SENTENCE_END:
        return None
    if any(ch.dep_ in VERB_MARKERS or (ch.pos_ in ("VERB", "AUX") and ch.dep_ not in CLAUSE_MODIFIER_DEPS)
           for ch in root.children):
        return None  # a predicate noun, or a verb the parse already has (a dateline's "parataxis")
    # the subject noun: the root, or a noun set beside a dateline root ("GENEVA — The UN office called ...")
    nouns = [root] + [ch for ch in root.rights if ch.dep_ in BESIDE_DEPS and ch.pos_ in NOUN_ROOTS]
    for noun in nouns:
        verb = _verb_after(noun)
        if verb is not None:
            return verb
    return None


def _verb_after(noun: Token) -> Token | None:
    for ch in noun.rights:
        if ch.dep_ not in MODIFIER_DEPS or ch.pos_ != "VERB":
            continue
        # right after the noun's own words, with no comma or other verb between ("branch called", "the office in
        # Geneva called"; not "the office, called ...")
        between = noun.doc[noun.i + 1:ch.i]
        if any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in between):
            return None
        if any(c.dep_.startswith("nsubj") for c in ch.children) or "Ger" in ch.morph.get("VerbForm", []) \
                or "Pres" in ch.morph.get("Tense", []):
            return None
        if any(c.dep_ in AGENT_DEPS for c in ch.children):
            return None  # a passive participle with its agent: "officers backed by armoured vehicles"
        if "Past" not in ch.morph.get("Tense", []) or any(c.dep_ == "mark" for c in ch.children):
            return None  # only a past form can be a misread main verb; not "d'affaires to protest the strikes"
        return ch
    return None


def _promote(verb: Token) -> None:
    noun = verb.head
    root = noun if noun.dep_ == "ROOT" else noun.head
    later = [ch for ch in noun.rights if ch.i > verb.i]
    if root is not noun:
        later += [ch for ch in root.rights if ch.i > verb.i]
    verb.head = verb
    verb.dep_ = "ROOT"
    verb.morph = MorphAnalysis(verb.vocab, "Mood=Ind|Tense=Past|VerbForm=Fin")  # read as a participle; past tense
    noun.head = verb
    noun.dep_ = "nsubj"
    if root is not noun:
        root.head = verb
        root.dep_ = "dep"  # the dateline
    for ch in later:
        ch.head = verb
