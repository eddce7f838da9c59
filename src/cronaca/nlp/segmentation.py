"""Paragraph-aware sentence boundaries: a line break always ends a sentence, and so does final punctuation
before a capitalised word.

News text puts headlines, datelines and paragraphs on their own lines, often without final punctuation;
neither the rule-based sentencizer nor a parser trained on treebanks knows that. Parsers trained on
treebanks whose documents are single sentences also rarely learn to split at ". Poi"; a period the
tokenizer split off (abbreviations and initials such as "U.S." or "K." stay one token) followed by a
capitalised word, or by an opening quote and a capitalised word, is a boundary. The boundaries are set on
every token (start or not), so a parser keeps them: trained parsers otherwise also split inside names
("K. P. Sharma | Oli"). This component runs
before the parser (which respects boundaries set before it) or after the sentencizer (which would
overwrite them) and marks the first token after a line break as a sentence start. The whitespace token
holding the line break stays with the sentence before it, so sentence spans never start with spaces.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

COMPONENT = "cronaca_paragraphs"


FINAL_PUNCT = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
OPENING_QUOTES = frozenset({"“", "«", "\"", "‘", "„", "'"})
CLOSING_QUOTES = frozenset({"”", "»", "\"", "’", "'"})


def _starts_capitalised(doc: Doc, i: int) -> bool:
    """The token at ``i`` begins a new sentence by its form: a capital, or an opening quote and a capital."""
    first = doc[i].text[:1]
    if first.isupper() or first.isdigit():
        return True
    return doc[i].text in OPENING_QUOTES and i + 1 < len(doc) and doc[i + 1].text[:1].isupper()


def sentence_starts(doc: Doc) -> set[int]:
    """Token indices that start a sentence: after a line break, or after final punctuation (and any
    closing quotes) followed by a space and a capitalised word."""
    starts = {0}
    i = 0
    while i < len(doc):
        token = doc[i]
        if (token.is_space and "\n" in token.text) or "\n" in token.whitespace_:
            j = i + 1
            while j < len(doc) and doc[j].is_space:
                j += 1
            starts.add(j)
        elif token.text in FINAL_PUNCT:
            j = i + 1
            while j < len(doc) and doc[j].text in CLOSING_QUOTES and not doc[j - 1].whitespace_:
                j += 1
            spaced = bool(doc[j - 1].whitespace_) or (j < len(doc) and doc[j].is_space)
            while j < len(doc) and doc[j].is_space:
                j += 1
            if spaced and j < len(doc) and _starts_capitalised(doc, j):
                starts.add(j)
        i += 1
    return {i for i in starts if i < len(doc)}


def mark_paragraph_starts(doc: Doc) -> Doc:
    """Set every token's ``is_sent_start``; the parser then keeps these boundaries (it splits names otherwise)."""
    starts = sentence_starts(doc)
    for token in doc:
        token.is_sent_start = token.i in starts
    return doc


def keep_abbreviations(nlp: Language) -> Language:
    """Make the tokenizer keep the language pack's abbreviations whole (``[sentences] abbreviations`` of
    ``speech.toml``: "Maj.", "Brig.", "Lt."): split off, their period would end a sentence in the middle of a
    name ("Maj. | Gen. Zaw Min Tun"), and the parse, the NER and the speaker of the next quote with it. Only
    capitalised abbreviations of two letters or more the tokenizer splits are added, so a single initial
    keeps its generic handling."""
    from spacy.symbols import ORTH

    from ..lang import available_languages, load_resource

    if nlp.lang not in available_languages():
        return nlp
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return nlp  # a custom tokenizer function: nothing to add to
    listed = load_resource(nlp.lang, "speech").get("sentences", {}).get("abbreviations", [])
    for abbr in listed:
        if len(abbr) > 2 and abbr[:1].isupper() and abbr.endswith(".") and "." not in abbr[:-1] \
                and len(tokenizer(abbr)) > 1:
            tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    return nlp


def add_paragraph_boundaries(nlp: Language) -> Language:
    """Insert the paragraph component where its boundaries survive: before the parser, after a sentencizer."""
    if not Language.has_factory(COMPONENT):
        Language.component(COMPONENT, assigns=["token.is_sent_start"], func=mark_paragraph_starts)
    if COMPONENT in nlp.pipe_names:
        return nlp
    for name in ("parser", "senter"):
        if name in nlp.pipe_names:
            nlp.add_pipe(COMPONENT, before=name)
            return nlp
    if "sentencizer" in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, after="sentencizer")
    else:
        nlp.add_pipe(COMPONENT, first=True)
    return nlp
