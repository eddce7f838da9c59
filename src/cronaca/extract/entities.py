"""The entity stage: article entities from the actor dictionary, the pipeline's NER and, without NER, from
capitalised names; titles and roles resolved to persons; one :class:`~cronaca.records.Entity` per referent.

Order of trust: dictionary aliases (longest match, case rules of :mod:`cronaca.extract.actors`),
institutions named after a known place ("Procura di Napoli", "Regione Lombardia") and ministries and armed
forces named by their country ("Armenia's Defence Ministry", "l'esercito armeno"), then NER entities (which
may swallow a place inside an organisation name: "Kathmandu District Administration Office"), then capitalised
sequences (:mod:`cronaca.extract.names`): all of them without NER, with NER only those a title, a head word or the
gazetteer types. Capitals stand for their government unless used as places ("a Kiev", "in Washington").
Titles and roles are resolved by :mod:`cronaca.extract.coref`, which also holds the helpers re-exported
here for the quote and event stages. Units named by a generic head ("Comando provinciale dei carabinieri") are
mentions of their organisation; :func:`named_entities` leaves out the entities only a demonym or an unnamed
role refers to.

This module is the spaCy component and the order of the stages; the stages live in
:mod:`cronaca.extract.entity_dictionary` (dictionary matches), :mod:`cronaca.extract.institutions`
(institutions built from a place or a country), :mod:`cronaca.extract.entity_ner` (NER spans),
:mod:`cronaca.extract.names` (capitalised sequences) and :mod:`cronaca.extract.entity_linking` (facilities,
streets, units, communities, countries).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Entity, Span, TimeExpression
from .actors import load_dictionary
from .coref import (
    RoleResolver,
    entities_by_id,
    entity_at,
    hyphenated_names,
    known_as_names,
    link_acronyms,
    link_surnames,
    nicknamed_names,
    recent_persons,
    salient_entity,
)
from .docext import Mention
from .english_names import english_org_names, head_sectors
from .entity_dictionary import (
    dictionary_candidates,
    foreign_branches,
    national_branches,
    opens_title,
    unit_title,
)
from .entity_lexicon import INTERNATIONAL, PLACE_TYPES, Cand, EntityLexicon, fold_name, lexicon
from .entity_linking import (
    admin_divisions,
    article_setting,
    communities,
    facility_names,
    facility_towns,
    home_institutions,
    infer_countries,
    joined_places,
    streets,
    unit_mentions,
)
from .entity_ner import merge_candidates, ner_candidates
from .institutions import (
    anaphoric_owners,
    diplomatic_missions,
    generic_institutions,
    national_institutions,
    possessive_owners,
    possessor_first_names,
    template_candidates,
    templated_names,
)
from .names import capitalised_candidates

__all__ = [
    "EntityExtractor",
    "entities_by_id",
    "entity_at",
    "extract_entities",
    "named_entities",
    "recent_persons",
    "salient_entity",
]


class EntityExtractor:
    """Sets ``doc._.cronaca_entities`` (one per referent) and ``doc._.cronaca_mentions`` (sorted by start)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.language: str = nlp.lang or "en"

    def __call__(self, doc: Doc) -> Doc:
        entities, mentions = extract_entities(doc, self.language)
        doc._.cronaca_entities = entities
        doc._.cronaca_mentions = mentions
        if doc._.cronaca_times:
            doc._.cronaca_times = outside_names(doc._.cronaca_times, mentions)
        return doc


def outside_names(times: list[TimeExpression], mentions: list[Mention]) -> list[TimeExpression]:
    """The time expressions that are no part of a name ("Movimento 23 marzo", "6th of October Bridge"):
    such a date dates nothing, and a later event must not take it as the story's day."""
    names = [(m.span.start, m.span.end) for m in mentions if m.kind == "name"]
    return [t for t in times
            if not any(s <= t.span.start and t.span.end <= e and e - s > t.span.end - t.span.start
                       for s, e in names)]


def extract_entities(doc: Doc, language: str) -> tuple[list[Entity], list[Mention]]:
    """The article's entities and their mentions."""
    text = doc.text
    dictionary = load_dictionary()
    lex = lexicon(language)
    published: dt.date | None = doc._.cronaca_published
    cands = template_candidates(text, lex, dictionary_candidates(text, language, dictionary, lex))
    cands = possessive_owners(text, possessor_first_names(text, cands, lex), language, dictionary)
    cands = national_institutions(doc, lex, cands, dictionary, article_setting(cands, text))
    cands = foreign_branches(national_branches(cands, text), text, lex)
    if doc.has_annotation("ENT_IOB"):
        # NER first; capitalisation then adds only names its words type with confidence
        ner = ner_candidates(doc, lex, cands)
        merged = merge_candidates(cands, ner, text, lex)
        # NER names the dictionary overrode in part ("Oim Flavio Di Giacomo"): the capitalised words left
        # over are names even if their words alone would be weak evidence
        hints = [(c.start, c.end) for c in ner if c not in merged]
        cands = capitalised_candidates(doc, lex, merged, strong_only=True, hints=hints)
    else:
        cands = capitalised_candidates(doc, lex, cands)
    cands = same_surface_places(cands, text)
    # institutions named after a place the NER or the capitalisation found ("la procura di Agrigento")
    cands = templated_names(template_candidates(text, lex, cands), lex)
    cands = nicknamed_names(hyphenated_names(joined_places(cands, text, lex), text), text)
    cands = link_acronyms(link_surnames(known_as_names(cands, text, lex), text), text)
    cands = unit_mentions(cands, text, language, lex, dictionary)
    cands = admin_divisions(facility_towns(facility_names(cands, text, lex), text, lex), text, lex)
    cands = [c for c in streets(cands, text, lex)
             if not (c.type in PLACE_TYPES and (unit_title(text, c.start, c.end, lex)
                                                 or opens_title(text, c.start, c.end, lex)))]
    cands = anaphoric_owners(text, lex, diplomatic_missions(text, lex, cands, dictionary), dictionary)
    setting = article_setting(cands, text)
    resolver = RoleResolver(language, dictionary, published, f"country:{setting}" if setting else None)
    titles, absorbed = resolver.resolve(text, cands)
    cands = sorted([c for c in cands if id(c) not in absorbed] + titles, key=lambda c: (c.start, -c.end))
    # a bare institution noun is never a person ("The Interior Ministry said": "Interior" read as a title)
    heads = lex.words("org_heads")
    cands = [c for c in cands if not (c.type == "PER" and fold_name(c.name).split()
                                      and all(w in heads for w in fold_name(c.name).split()))]
    communities(doc, cands, dictionary, setting)
    home_institutions(doc, cands, lex, dictionary, setting)
    union_officials(cands, text, lex)
    infer_countries(cands, text, lex, setting)
    spokespeople_countries(cands, text, lex)
    title_sectors(cands, text, lex)
    english_org_names(cands, lex, setting)
    generic_institutions(cands, lex, dictionary)
    head_sectors(cands, lex, lexicon("en"))
    entities, mentions, named = _build(cands, text)
    doc.user_data[NAMED_KEY] = named
    return entities, mentions


def same_surface_places(cands: list[Cand], text: str) -> list[Cand]:
    """"una nota consegnata a Dacca ... il Tribunale di Dacca": a one-word name the NER took for an unknown
    person where the article also uses the same word as a known place is that place (an article does not
    name a person and a city with one word)."""
    places: dict[str, Cand] = {}
    for c in cands:
        if c.type in PLACE_TYPES and c.kind == "name" and c.country:
            places.setdefault(text[c.start:c.end], c)
    for c in cands:
        place = places.get(text[c.start:c.end]) if c.type == "PER" and c.key.startswith("new:") else None
        if place is not None and " " not in c.name:
            c.key, c.name, c.type, c.country, c.sector = place.key, place.name, place.type, place.country, None
            c.wikidata = place.wikidata
    return cands


def union_officials(cands: list[Cand], text: str, lex: EntityLexicon) -> None:
    """"la commissaria europea per l'Allargamento Marta Kos", "EU enlargement commissioner Marta Kos": a person
    whose title, in the words right before the name, is the European Union's is of the EU (EUR), not of the
    country the story is set in."""
    titles = lex.words("titles") | lex.words("apposition_titles") | lex.words("field_titles")
    markers = lex.words("union_markers")
    if not markers:
        return
    for c in cands:
        if c.type != "PER" or c.country is not None or c.kind != "name":
            continue
        lead = re.split(r"[.;:!?\n«»“”\"()]", text[max(0, c.start - 80):c.start])[-1]
        words = [w.strip(",").lower().replace("’", "'") for w in lead.split()][-8:]
        words = [w.split("'")[-1] if "'" in w[:-1] else w for w in words]
        if any(w in titles for w in words) and any(w in markers for w in words):
            c.country = "EUR"


def spokespeople_countries(cands: list[Cand], text: str, lex: EntityLexicon) -> None:
    """"Eastern Theater Command spokesperson Shi Yi": a person titled by an organisation right before the
    title is of the organisation's country, when nothing else gave one."""
    words = lex.words("titles") | lex.words("apposition_titles")
    ordered = sorted(cands, key=lambda c: c.start)
    for k, c in enumerate(ordered):
        if c.type != "PER" or c.country is not None or k == 0:
            continue
        org = next((o for o in reversed(ordered[:k]) if o.end <= c.start), None)
        if org is None or org.type != "ORG" or not org.country or org.country in INTERNATIONAL:
            continue
        between = text[org.end:c.start].split()
        if 1 <= len(between) <= 3 and all(w.lower() in words for w in between):
            c.country = org.country


TITLE_WORDS = 4  # words of a title right before a name ("Interior Cabinet Secretary Kipchumba Murkomen")


def title_sectors(cands: list[Cand], text: str, lex: EntityLexicon) -> None:
    """"Governor Babagana Zulum", "il sindaco Gaetano Manfredi": a person the dictionary does not know takes
    the sector of the title right before a mention (the language pack's ``title_sectors``; the longest title
    wins: "police chief" is COP, "chief" alone says nothing)."""
    table: dict[str, str] = {k.lower(): v for k, v in lex.data.get("title_sectors", {}).items()}
    if not table:
        return
    for c in cands:
        if c.type != "PER" or c.sector is not None or not c.key.startswith("new:"):
            continue
        words = text[max(0, c.start - 60):c.start].lower().replace("’", "'").split()[-TITLE_WORDS:]
        for k in range(len(words)):
            sector = table.get(" ".join(words[k:]))
            if sector is not None:
                c.sector = sector
                break


NAMED_KEY = "cronaca.named_entities"  # doc.user_data: ids of the entities the article names


def named_entities(doc: Doc) -> list[Entity]:
    """The entities the article names: not those only a demonym ("gli italiani", "Chinese companies"), a
    capital standing for its country ("Mosca ha detto") or an unnamed office holder ("la presidente del
    Consiglio") refers to. The stages reading mentions still see
    those; an article's entity list need not."""
    entities = list(doc._.cronaca_entities or [])
    named = doc.user_data.get(NAMED_KEY)
    return entities if named is None else [e for e in entities if e.id in named]


# ---- output -------------------------------------------------------------------------------------------

def _build(cands: Iterable[Cand], text: str) -> tuple[list[Entity], list[Mention], frozenset[str]]:
    groups: dict[str, list[Cand]] = {}
    for c in cands:
        if c.end > c.start:
            groups.setdefault(c.key, []).append(c)
    ordered = sorted(groups.values(), key=lambda g: min(c.start for c in g))
    entities: list[Entity] = []
    mentions: list[Mention] = []
    named: set[str] = set()
    for i, group in enumerate(ordered, start=1):
        eid = f"e{i}"
        # a community ("Kosovo Serbs") is a group of people, not a name the entity list keeps
        if any(c.kind == "name" and c.source != "role" for c in group) and group[0].type != "NORP":
            named.add(eid)
        head = _representative(group)
        spans = sorted({(c.start, c.end) for c in group})
        country = head.country or next((c.country for c in group if c.country), None)
        sector = head.sector or ("GOV" if any(c.offices for c in group) and head.type == "PER" else None)
        entities.append(Entity(id=eid, entity_name=head.name, type=head.type, wikidata_id=head.wikidata,
                               country=country, sector=sector, mentions=tuple(Span(s, e) for s, e in spans)))
        seen: set[tuple[int, int]] = set()
        for c in sorted(group, key=lambda c: (c.start, c.kind != "name")):
            if (c.start, c.end) not in seen and not c.hidden:
                seen.add((c.start, c.end))
                mentions.append(Mention(Span(c.start, c.end), eid, c.kind))
    mentions.sort(key=lambda m: (m.span.start, m.span.end))
    return entities, mentions, frozenset(named)


def _representative(group: list[Cand]) -> Cand:
    """The candidate whose name and type stand for the entity: dictionary first, then the longest name."""
    # among unknown names, a settlement ("il sindaco di Carcare") says more than the NER's LOC or PER guess
    return max(group, key=lambda c: (c.source == "dict" or not c.key.startswith("new:"), c.kind == "name",
                                     c.type == "GPE", len(c.name)))
