"""Paragraph-aware sentence boundaries: a line break always ends a sentence.

News text puts headlines, datelines and paragraphs on their own lines, often without final punctuation;
neither the rule-based sentencizer nor a parser trained on treebanks knows that. This component runs
before the parser (which respects boundaries set before it) or after the sentencizer (which would
overwrite them) and marks the first token after a line break as a sentence start. The whitespace token
holding the line break stays with the sentence before it, so sentence spans never start with spaces.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "cronaca_paragraphs"


def mark_paragraph_starts(doc: Doc) -> Doc:
    after_break = False
    for token in doc:
        if token.is_space:
            if "\n" in token.text:
                after_break = True
            if token.i > 0:
                token.is_sent_start = False
            continue
        if token.i > 0 and (after_break or "\n" in doc[token.i - 1].whitespace_):
            token.is_sent_start = True
        after_break = False
    return doc


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
