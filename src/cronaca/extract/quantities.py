"""Quantities: counted amounts in digits and words, with their qualifier and the field they measure.

The stage sets ``doc._.cronaca_quantities`` (list of :class:`~cronaca.records.Quantity`, text order);
``Quantity.raw_text`` covers the qualifier and the number ("almeno 23"), ``Quantity.unit`` the counted
noun as written ("droni"). The field each quantity measures (dead, injured, missing, arrested,
displaced, hostages, drones, missiles, shells, size, or the counted noun for anything else) is kept
on the doc and read with the helpers:

* ``quantity_fields(doc) -> list[tuple[str | None, Quantity]]``: every quantity with its field;
* ``field_of(doc, quantity) -> str | None``;
* ``magnitudes_in(doc, start, end) -> dict[str, Quantity]``: the standard fields measured inside a
  character range (an event's sentence), first quantity per field — what ``Event.magnitude`` holds;
* ``event_magnitudes(doc, sentences, follow=1) -> dict[str, Quantity]``: the same over an event's
  sentences (its merged mentions), topped up with fields still missing from the sentence after each.

Word numbers are read with text2num (``text_to_num``); everything language-specific (scales,
qualifiers, vague amounts such as "decine"/"dozens", the nouns and verbs that give each field, what is
not a quantity) comes from ``lang/<code>/numbers.toml``.

Where the parts live: :mod:`.quantity_lexicon` (the pack's number knowledge and the tokenizer),
:mod:`.quantity_numbers` (numbers, scales, ranges), :mod:`.quantity_context` (what an amount counts and
whether it revises an earlier count); this module finds the quantities and answers the event stage.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Quantity, Span
from ._phrases import sentence_bounds
from .quantity_context import (
    REVISION,
    SUBSET,
    counted_noun,
    excluded,
    field_in_sentence,
    number_field,
    person_like,
    qualifier_start,
    revision_role,
)
from .quantity_lexicon import NumberLexicon, lexicon, number_tokens
from .quantity_numbers import as_qualifier, number_at, range_at

_FIELDS_KEY = "cronaca.quantity_fields"
_REVISED_KEY = "cronaca.quantity_revisions"


class QuantityExtractor:
    """spaCy component: sets ``doc._.cronaca_quantities`` and the field of each quantity."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.language = nlp.lang
        self.lexicon = lexicon(nlp.lang)

    def __call__(self, doc: Doc) -> Doc:
        found = find_quantities_revised(doc.text, self.lexicon, _date_spans(doc))
        doc._.cronaca_quantities = [q for _, q, _ in found]
        doc.user_data[_FIELDS_KEY] = [f for f, _, _ in found]
        doc.user_data[_REVISED_KEY] = [role for _, _, role in found]
        return doc


def _date_spans(doc: Doc) -> list[tuple[int, int]]:
    return [(t.span.start, t.span.end) for t in (doc._.cronaca_times or [])]


def find_quantities(text: str, lex: NumberLexicon, dates: list[tuple[int, int]] | None = None
                    ) -> list[tuple[str | None, Quantity]]:
    """Every counted amount of ``text`` with the field it measures (None when nothing says)."""
    return [(f, q) for f, q, _ in find_quantities_revised(text, lex, dates)]


def find_quantities_revised(text: str, lex: NumberLexicon, dates: list[tuple[int, int]] | None = None
                            ) -> list[tuple[str | None, Quantity, str]]:
    """Every counted amount with its field and its role towards earlier counts: "revision" ("the toll rose to
    31"), "subset" ("among the dead were two children") or "" (a count of its own)."""
    toks = number_tokens(text)
    out: list[tuple[str | None, Quantity, str]] = []
    i = 0
    while i < len(toks):
        num = number_at(text, toks, i, lex)
        if num is None:
            i += 1
            continue
        i = num.last
        if excluded(text, toks, num, lex, dates or []):
            continue
        ranged = range_at(text, toks, num, lex)
        if ranged is not None:
            q_first, num = ranged
            i = num.last
        else:
            q_first = qualifier_start(toks, num, lex)
        noun_at, unit = counted_noun(toks, num, lex)
        lone = not num.vague and num.last - num.first == 1
        if lone and toks[num.first].key in lex.need_noun and unit is None:
            continue
        if lone and toks[num.first].key in lex.article_words and not person_like(toks, noun_at, lex):
            continue
        field = number_field(toks, num, q_first, noun_at, unit, lex, dates)
        role = revision_role(text, toks, q_first, lex)
        if field is None and role == REVISION:
            field = field_in_sentence(text, toks, q_first, lex)
        end_tok = num.last - 1
        span = Span(toks[q_first].start, toks[end_tok].end)
        quantity = Quantity(value=num.value, qualifier=as_qualifier(num.qualifier),
                            raw_text=text[span.start:span.end], span=span,
                            unit=None if noun_at is None else toks[noun_at].text)
        out.append((field, quantity, role))
    return out


# --- helpers for the event stage ---------------------------------------------------------------------

def quantity_fields(doc: Doc) -> list[tuple[str | None, Quantity]]:
    """Every quantity of ``doc`` with the field it measures (None when nothing in the text says)."""
    quantities = doc._.cronaca_quantities or []
    fields = doc.user_data.get(_FIELDS_KEY) or [None] * len(quantities)
    return list(zip(fields, quantities, strict=True))


def field_of(doc: Doc, quantity: Quantity) -> str | None:
    """The field ``quantity`` measures ("dead", "drones", an open noun ...), or None."""
    for field, q in quantity_fields(doc):
        if q == quantity:
            return field
    return None


def magnitudes_in(doc: Doc, start: int, end: int, open_fields: bool = False, revised: bool = True
                  ) -> dict[str, Quantity]:
    """The magnitudes measured inside ``[start, end)``: field -> first quantity of that field.

    Only the standard fields of the language pack unless ``open_fields`` (then also "buildings", ...).
    With ``revised`` a count the article later revises gives way to its revision, which may stand
    outside the range ("Almeno 12 morti ... In serata il bilancio è salito: i morti sono almeno 14").
    """
    standard = lexicon(doc.lang_).standard_fields
    out: dict[str, Quantity] = {}
    for field, q in quantity_fields(doc):
        if field is None or not (start <= q.span.start and q.span.end <= end):
            continue
        if field in standard or open_fields:
            out.setdefault(field, q)
    if revised:
        return {field: latest_revision(doc, field, q) for field, q in out.items()}
    return out


def event_magnitudes(doc: Doc, sentences: Sequence[tuple[int, int]], follow: int = 1) -> dict[str, Quantity]:
    """The magnitudes of an event told in ``sentences`` (its own and merged mentions' character ranges).

    Fields come from those sentences first, in order; then the next ``follow`` sentences after each
    may add fields still missing ("... ferendo almeno 23. ... un totale di 539 droni e 11 missili"),
    never replace one already found.
    """
    bounds = sentence_bounds(doc)
    out: dict[str, Quantity] = {}
    for start, end in sentences:
        for field, q in magnitudes_in(doc, start, end).items():
            out.setdefault(field, q)
    for _, end in sentences:
        later = [b for b in bounds if b[0] >= end][:follow]
        for s, e in later:
            for field, q in magnitudes_in(doc, s, e).items():
                out.setdefault(field, q)
    return out


def latest_revision(doc: Doc, field: str, quantity: Quantity) -> Quantity:
    """The count that last revised ``quantity``: a later quantity of the same field told as a revision ("the
    death toll rose to 31", "il bilancio è salito a 14"), with no new count of that field in between (which
    would start another tally, and a revision after it revises that one)."""
    fields = quantity_fields(doc)
    roles = doc.user_data.get(_REVISED_KEY) or [""] * len(fields)
    current = quantity
    here: set[str] | None = None  # the places of the first count, looked up only when a revision comes
    for (f, q), role in zip(fields, roles, strict=False):
        if f != field or q.span.start <= current.span.start or role == SUBSET:
            continue  # "Tra le vittime ci sono due bambini": a part of the toll, not a new tally
        if role != REVISION:
            break
        here = _places_around(doc, quantity.span.start) if here is None else here
        there = _places_around(doc, q.span.start)
        if here and there and not here & there:
            break  # "the death toll from the earthquake in Myanmar rose to ...": another place's tally
        current = q
    return current


PLACE_LOOKBACK = 2  # sentences back to look for the place of a count whose own sentence names none


def _places_around(doc: Doc, offset: int) -> set[str]:
    """Ids of the places (GPE, LOC) the sentence around ``offset`` names, else the nearest of the sentences
    before it that names some ("Russia launched 298 drones at Ukraine. At least 12 people died.")."""
    bounds = sentence_bounds(doc)
    k = next((i for i, (s, e) in enumerate(bounds) if s <= offset < e), None)
    if k is None:
        return set()
    places = {e.id for e in doc._.cronaca_entities or [] if e.type in ("GPE", "LOC")}
    mentions = [m for m in doc._.cronaca_mentions or [] if m.entity_id in places]
    for s, e in reversed(bounds[max(0, k - PLACE_LOOKBACK):k + 1]):
        found = {m.entity_id for m in mentions if s <= m.span.start < e}
        if found:
            return found
    return set()
