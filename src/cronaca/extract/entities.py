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
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Entity, Span
from .actors import Actor, ActorDictionary, load_dictionary, matcher_for, tokens_of
from .coref import (
    Cand,
    EntityLexicon,
    RoleResolver,
    entities_by_id,
    entity_at,
    fold_name,
    hyphenated_names,
    lexicon,
    link_acronyms,
    link_surnames,
    national_institutions,
    possessive_owners,
    recent_persons,
    salient_entity,
    template_candidates,
)
from .docext import Mention
from .names import (
    after_org_noun,
    after_place_noun,
    capitalised_candidates,
    coordinated_type,
    extend_name,
    extend_name_left,
    gazetteer_lookup,
    head_type,
    member_title_after,
    org_apposition,
    person_after_institution,
    person_apposition,
    place_noun_type,
    stop_words,
    strip_name,
    title_before,
    titled_person,
    trailing_head,
)

__all__ = [
    "EntityExtractor",
    "entities_by_id",
    "entity_at",
    "extract_entities",
    "named_entities",
    "recent_persons",
    "salient_entity",
]

NER_TYPES = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "GPE", "FAC": "FAC"}
PLACE_TYPES = frozenset({"GPE", "LOC"})


class EntityExtractor:
    """Sets ``doc._.cronaca_entities`` (one per referent) and ``doc._.cronaca_mentions`` (sorted by start)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.language: str = nlp.lang or "en"

    def __call__(self, doc: Doc) -> Doc:
        entities, mentions = extract_entities(doc, self.language)
        doc._.cronaca_entities = entities
        doc._.cronaca_mentions = mentions
        return doc


def extract_entities(doc: Doc, language: str) -> tuple[list[Entity], list[Mention]]:
    """The article's entities and their mentions."""
    text = doc.text
    dictionary = load_dictionary()
    lex = lexicon(language)
    published: dt.date | None = doc._.cronaca_published
    cands = template_candidates(text, lex, _dictionary_candidates(text, language, dictionary, lex))
    cands = possessive_owners(text, cands, language, dictionary)
    cands = national_institutions(doc, lex, cands, dictionary, _setting(cands, text))
    cands = _foreign_branches(_national_branches(cands, text), text, lex)
    if doc.has_annotation("ENT_IOB"):
        # NER first; capitalisation then adds only names its words type with confidence
        ner = _ner_candidates(doc, lex, cands)
        merged = _merge(cands, ner)
        # NER names the dictionary overrode in part ("Oim Flavio Di Giacomo"): the capitalised words left
        # over are names even if their words alone would be weak evidence
        hints = [(c.start, c.end) for c in ner if c not in merged]
        cands = capitalised_candidates(doc, lex, merged, strong_only=True, hints=hints)
    else:
        cands = capitalised_candidates(doc, lex, cands)
    cands = link_acronyms(link_surnames(hyphenated_names(_joined_places(cands, text, lex), text), text))
    cands = _units(cands, text, language, lex, dictionary)
    cands = _admin_divisions(_facility_towns(_facility_names(cands, text, lex), text, lex), text, lex)
    cands = [c for c in _streets(cands, text, lex)
             if not (c.type in PLACE_TYPES and _unit_title(text, c.start, c.end, lex))]
    setting = _setting(cands, text)
    resolver = RoleResolver(language, dictionary, published, f"country:{setting}" if setting else None)
    titles, absorbed = resolver.resolve(text, cands)
    cands = sorted([c for c in cands if id(c) not in absorbed] + titles, key=lambda c: (c.start, -c.end))
    # a bare institution noun is never a person ("The Interior Ministry said": "Interior" read as a title)
    heads = lex.words("org_heads")
    cands = [c for c in cands if not (c.type == "PER" and fold_name(c.name).split()
                                      and all(w in heads for w in fold_name(c.name).split()))]
    _communities(doc, cands, dictionary, setting)
    _infer_countries(cands, text, lex, setting)
    entities, mentions, named = _build(cands, text)
    doc.user_data[NAMED_KEY] = named
    return entities, mentions


NAMED_KEY = "cronaca.named_entities"  # doc.user_data: ids of the entities the article names


def named_entities(doc: Doc) -> list[Entity]:
    """The entities the article names: not those only a demonym ("gli italiani", "Chinese companies"), a
    capital standing for its country ("Mosca ha detto") or an unnamed office holder ("la presidente del
    Consiglio") refers to. The stages reading mentions still see
    those; an article's entity list need not."""
    entities = list(doc._.cronaca_entities or [])
    named = doc.user_data.get(NAMED_KEY)
    return entities if named is None else [e for e in entities if e.id in named]


# ---- dictionary ---------------------------------------------------------------------------------------

def _dictionary_candidates(text: str, language: str, dictionary: ActorDictionary,
                           lex: EntityLexicon) -> list[Cand]:
    out: list[Cand] = []
    matches = matcher_for(language).find(text)
    spans = [(m.start, m.end) for m in matches]
    common = lex.words("titles") | lex.words("not_names") | lex.words("determiners") | stop_words(language)
    for m in matches:
        actor = dictionary.get(m.alias.key)
        if actor is None:
            continue
        if actor.type in ("GPE", "LOC") and (_street(text, m.start, m.end, lex)
                                             or _possessive_org(text, m.end, lex, place=True) > m.end
                                             or _unit_title(text, m.start, m.end, lex)):
            continue  # "via Baku", "Moscow Avenue", "St. Martin's Island", the 14th Battalion "Calabria":
            # a street, a place or a unit named after the place
        one_letter = len(m.alias.text) == 1  # "X" the platform, not "Generation X"
        if (actor.type in ("PER", "GPE") or one_letter) and not m.alias.demonym and len(m.alias.tokens) == 1 \
                and _inside_longer_name(text, m.start, m.end, spans, common, actor.type == "GPE"):
            continue  # "Francesca Albanese" is not Anthony Albanese, "Jordan Bardella" not Jordan
        kind = "demonym" if m.alias.demonym else "name"
        if actor.metonym_of and not m.nested and not _locative(text, m.start, lex) \
                and not _dateline(text, m.start, m.end) and not _with_title(text, m.start, m.end, lex):
            target = dictionary.get(actor.metonym_of)
            if target is not None:
                # the place is still named in the article ("Mosca ha ribadito" names Moscow): an article
                # entity, while the stages reading mentions see the government it stands for
                out.append(Cand(m.start, m.end, actor.key, actor.name, actor.type, kind="name", source="dict",
                                country=actor.country, sector=actor.sector, wikidata=actor.wikidata, hidden=True))
                actor, kind = target, "metonym"
        # a name inside a description ("the UN nuclear watchdog") is an article entity, but the description
        # is the one mention other stages should see
        out.append(Cand(m.start, m.end, actor.key, actor.name, actor.type, kind=kind, source="dict",
                        country=actor.country, sector=actor.sector, wikidata=actor.wikidata, hidden=m.nested))
    return out


NON_STATE = frozenset({"UNO", "EUR", "IGO", "NGO", "IMG", "MNC"})


def _national_branches(cands: list[Cand], text: str) -> list[Cand]:
    """ "Philippine Red Cross", "Kenya Red Cross": an international NGO's name right after a country or its
    adjective names that country's own society, not the international body."""
    out = list(cands)
    for c in cands:
        if c.type != "ORG" or c.country != "NGO" or c.kind != "name":
            continue
        prev = next((d for d in cands if d.end == c.start - 1 and text[d.end] == " " and d.country
                     and d.type in PLACE_TYPES and text[d.start:d.start + 1].isupper()), None)
        if prev is None or prev not in out:
            continue
        _join_org(out, prev, c, text, prev.country, c.sector)
    return sorted(out, key=lambda c: c.start)


def _join_org(out: list[Cand], first: Cand, second: Cand, text: str, country: str | None,
              sector: str | None) -> None:
    """Replace two adjacent candidates of ``out`` by one organisation spanning both."""
    name = _clean_name(text[first.start:second.end])
    out.remove(first)
    out.remove(second)
    out.append(Cand(first.start, second.end, _new_key(name), name, "ORG", source="dict", country=country,
                    sector=sector))


def _foreign_branches(cands: list[Cand], text: str, lex: EntityLexicon) -> list[Cand]:
    """ "Marina militare israeliana", "la Protezione civile di Gaza": a national institution's generic name
    followed by another country's adjective or place names that country's institution, not the one the bare
    name means ("Marina militare" alone is the Italian Navy)."""
    of_words = {_clean_name(w).lower() for w in lex.grammar.get("of_words", [])}
    out = list(cands)
    for c in cands:
        if c.type != "ORG" or c.kind != "name" or c.hidden or not c.country or len(c.country) != 3 \
                or c.country in NON_STATE:
            continue
        nxt = next((d for d in cands if d.start == c.end + 1 and text[c.end] == " " and d.kind == "demonym"
                    and d.country and d.country != c.country), None)
        nxt = nxt or next((d for d in cands if d.start > c.end and _clean_name(text[c.end:d.start]).lower()
                           in of_words and d.type in PLACE_TYPES and d.kind in ("name", "metonym")
                           and d.country and d.country != c.country and d.country not in NON_STATE), None)
        if nxt is None or c not in out or nxt not in out:
            continue
        for d in out:
            if (d.start, d.end) == (nxt.start, nxt.end) and d is not nxt:
                d.hidden = True  # the place itself stays an article entity
        _join_org(out, c, nxt, text, nxt.country, c.sector)
    return sorted(out, key=lambda c: c.start)


WORD_BEFORE = re.compile(r"([^\W\d_][\w'’.-]*)[ \t]+$")
WORD_AFTER = re.compile(r"^[ \t]+([^\W\d_][\w'’-]*)")


def _inside_longer_name(text: str, start: int, end: int, spans: list[tuple[int, int]],
                        common: frozenset[str], place: bool) -> bool:
    """A one-word alias next to another capitalised word no alias covers: part of an unknown name.

    A place followed by two capitalised words is more likely a place before a person's name
    ("il sindaco di Kiev Vitali Klitschko") than one three-word name.
    """
    before = WORD_BEFORE.search(text[max(0, start - 40):start])
    after = WORD_AFTER.search(text[end:end + 40])
    if place and after is not None:
        third = WORD_AFTER.search(text[end + after.end():end + after.end() + 40])
        if third is not None and third.group(1)[:1].isupper():
            after = None
    for m, offset in ((before, max(0, start - 40)), (after, end)):
        if m is None:
            continue
        word = m.group(1)
        w_start = offset + m.start(1)
        if not word[:1].isupper() or word.isupper() or word.lower().rstrip(".") in common \
                or word.lower() in common:
            continue
        if any(s <= w_start < e for s, e in spans):
            continue
        return True
    return False


def _street(text: str, start: int, end: int, lex: EntityLexicon) -> bool:
    before = tokens_of(text[max(0, start - 20):start])
    after = tokens_of(text[end:end + 20])
    return bool(before and before[-1] in lex.words("street_before")) or bool(
        after and after[0] in lex.words("street_after") and text[end + 1:end + 2].isupper())


_QUOTED_TITLE = re.compile(r"([^\W\d_]+)\s*[\"“«]$")


def _unit_title(text: str, start: int, end: int, lex: EntityLexicon) -> bool:
    """A place in quotes right after an organisation's head word is the unit's own name (12° Reggimento
    "Sicilia", Brigata "Sassari"), not a mention of the place."""
    m = _QUOTED_TITLE.search(text[max(0, start - 30):start])
    return m is not None and m.group(1).lower() in lex.words("org_heads") and text[end:end + 1] in ('"', "”", "»")


_POSSESSIVE_TAIL = re.compile(r"['’]s((?: [A-Z][\w-]*)+)")


def _possessive_org(text: str, end: int, lex: EntityLexicon, place: bool = False) -> int:
    """End of a name the NER cut at a possessive inside it: "Republican People" + "'s Party", "People's
    Liberation Army" (the capitalised words after "'s" end with an organisation noun); for a ``place``,
    "St. Martin" + "'s Island" (they end with a facility's or a place's head noun; "Armenia's Defence
    Ministry" is the country's ministry, not one name)."""
    m = _POSSESSIVE_TAIL.match(text, end)
    if m is None:
        return end
    last = m.group(1).split()[-1].lower()
    heads = (lex.words("fac_heads") | lex.words("loc_heads")) if place else (
        lex.words("org_nouns") | lex.words("org_heads"))
    return m.end() if last in heads else end


def _street_name(text: str, start: int, end: int, lex: EntityLexicon) -> tuple[int, int] | None:
    """The span of a street a name belongs to: its own last word ("Rustaveli Avenue"), the word after it
    ("Baker Street" split by the NER) or the lower-case street noun before it ("in corso Vittorio Emanuele")."""
    words = tokens_of(text[start:end])
    if len(words) > 1 and words[-1] in lex.words("street_after"):
        return start, end
    after = re.match(r" ([^\W\d_]+)", text[end:end + 20])
    if after and after.group(1).lower() in lex.words("street_after") and after.group(1)[:1].isupper():
        return start, end + after.end()
    before = re.search(r"([^\W\d_]+) $", text[max(0, start - 20):start])
    if before and before.group(1) in lex.words("street_before"):  # lower case: "via", not the name "Via"
        return start - len(before.group(0)), end
    return None


def _dateline(text: str, start: int, end: int) -> bool:
    """"WASHINGTON (AP) —", "ROMA –": an upper-case place opening the article or a paragraph."""
    surface = text[start:end]
    line_start = text.rfind("\n", 0, start) + 1
    return surface.isupper() and len(surface) > 2 and not text[line_start:start].strip(" \t\"“«(")


def _with_title(text: str, start: int, end: int, lex: EntityLexicon) -> bool:
    """"Kyiv Mayor X", "il sindaco di Kiev": a city qualifying an office is the city itself."""
    titles = lex.words("titles")
    of_words = {w.replace("'", "") for w in lex.grammar.get("of_words", [])}
    after = tokens_of(text[end:end + 30])
    before = [t for t in tokens_of(text[max(0, start - 40):start]) if t != "'"]
    if after and after[0] in titles and text[end:end + 1] == " " and text[end + 1:end + 2].isupper():
        return True
    if before and before[-1] in of_words:
        before = before[:-1]
    return bool(before) and before[-1] in titles


def _locative(text: str, start: int, lex: EntityLexicon) -> bool:
    """A place name used as the place ("a Kiev", "in Washington"), not as its government."""
    before = tokens_of(text[max(0, start - 60):start])
    for phrase in lex.words("locative"):
        p = tokens_of(phrase)
        if p and before[-len(p):] == p:
            if p in (("a",), ("ad",)) and len(before) > 1 and before[-2] in lex.words("dative_cues"):
                return False
            return True
    return False


# ---- NER ----------------------------------------------------------------------------------------------

def _ner_candidates(doc: Doc, lex: EntityLexicon, known: list[Cand]) -> list[Cand]:
    out: list[Cand] = []
    lone: set[tuple[int, int]] = set()
    by_noun: list[Cand] = []  # organisations typed by the noun before them, which a list may continue
    for ent in doc.ents:
        etype = NER_TYPES.get(ent.label_)
        if etype is None:
            continue
        end = _clip_at_lowercase(doc, ent.start, ent.end, lex)
        if end == ent.end:
            end = extend_name(doc, ent.start, end, lex, known, organisation=etype == "ORG")
        begin = extend_name_left(doc, ent.start, lex, known) if etype == "PER" else ent.start
        split = _split_at_person(doc, begin, end, lex, known)
        if split is not None:
            out.extend(split)  # "dell'Anaao Pierino Di Silverio": the institution, then its officer
            continue
        trimmed = strip_name(doc, begin, end, lex) if end > begin else None
        if trimmed is None:
            continue
        start, end, titled = trimmed
        if etype in ("ORG", "PER"):
            end = _clip_title_tail(doc, start, end, lex)
            if end <= start or any(k.start == start and k.end == end for k in known):
                continue  # "Malaysian Prime" of "Malaysian Prime Minister Anwar Ibrahim": a demonym and a title
        end = _possessive_org(doc.text, end, lex, place=etype not in ("ORG", "PER"))
        street = _street_name(doc.text, start, end, lex)
        if street is not None:
            name = doc.text[street[0]:street[1]]
            name = name[:1].upper() + name[1:]  # "corso Vittorio Emanuele" is the street "Corso Vittorio Emanuele"
            out.append(Cand(street[0], street[1], _new_key(name), _clean_name(name), "LOC", source="ner"))
            continue  # "Rustaveli Avenue", "corso Vittorio Emanuele": a street, whatever the NER says
        name = doc.text[start:end]
        if not name[:1].isupper() or fold_name(name) in lex.words("not_names"):
            continue  # NER noise: "ieri", a lower-case phrase, a weekday
        if not titled and etype in ("ORG", "PER"):
            span = doc.char_span(start, end, alignment_mode="expand")
            titled = span is not None and titled_person(doc, span.start, span.end, lex)
        if _common_word_opening(doc, start, end):
            continue  # "Trains were cancelled": a capitalised common noun opening a sentence
        heads = lex.words("org_heads") | lex.words("fac_heads") | lex.words("loc_heads") | lex.words("titles")
        if all(w in heads or w in lex.words("name_connectors") for w in fold_name(name).split()):
            continue  # a bare "Commissione", "Ministry": a common noun the NER capitalisation fooled
        span = doc.char_span(start, end, alignment_mode="expand")
        follower = trailing_head(doc, span.end, lex) if span is not None else None
        noun_typed = False
        if titled:
            etype = "PER"
        elif span is not None and etype in PLACE_TYPES and len(span) >= 2 and gazetteer_lookup(name) is None \
                and person_apposition(doc, span.end, lex):
            etype = "PER"  # "Babar Baloch, a UNHCR spokesperson": the title of the apposition makes a person
        elif span is not None and etype != "ORG" and org_apposition(doc, span.end, lex):
            etype = "ORG"  # "Liberty, a civil liberties group"
        elif etype == "PER" and span is not None and len(span) == 1 and doc.text.count(name) == 1 \
                and gazetteer_lookup(name) is None and not member_title_after(doc, span.end, lex) \
                and not after_org_noun(doc, span.start, lex, by_noun):
            lone.add((start, end))  # no title, first name or second mention: dropped unless a list types it
        elif follower is not None and gazetteer_lookup(name) is None:
            etype = follower  # "Charles de Gaulle airport", "France Info radio"
        elif span is not None and len(span) == 1 and member_title_after(doc, span.end, lex) \
                and gazetteer_lookup(name) is None:
            etype = "ORG"  # "Chadema spokesman John Kitoka"
        elif span is not None and after_org_noun(doc, span.start, lex, by_noun):
            etype = "ORG"  # "i sindacati Anaao Assomed e Nursing Up"
            noun_typed = True
        elif span is not None and etype in PLACE_TYPES and after_place_noun(doc, span.start, lex):
            out.append(Cand(start, end, _new_key(name), _clean_name(name), "LOC", source="ner"))
            continue  # "nel quartiere di Scampia": a locality, whatever the gazetteer says
        elif span is not None and len(span) <= 3 and (place := place_noun_type(doc, span.start, lex)) is not None:
            hit = gazetteer_lookup(name) if place == "GPE" else None
            out.append(Cand(start, end, _new_key(name), _clean_name(name), place, source="ner",
                            country=hit[1] if hit else None))
            continue  # "the city of Nakuru", "il fiume Bormida": the noun before it says what it is
        elif etype == "PER" and len(folded := fold_name(name).split()) > 1 \
                and folded[0] in lex.words("loc_prefixes"):
            etype = "LOC"  # "Santa Maria di Gesù", "Porta Nuova": a saint's or a gate's name is a place
        elif etype in ("PER", "ORG") and _placed_by_context(doc, start, end, lex, known + out) \
                and gazetteer_lookup(name) is not None:
            etype = "LOC"  # "talks in Kuala Lumpur", "DAKAR, Senegal": a place the NER took for a person
        elif etype in PLACE_TYPES:
            # a LOC the NER found may be an institution or a facility by its head word ("Federal
            # Parliament", "Zaporizhzhia Nuclear Power Plant")
            words = [t.lower_ for t in doc.char_span(start, end, alignment_mode="expand") or ()]
            etype = {"ORG": "ORG", "FAC": "FAC"}.get(head_type(words, lex) or "", etype)
        country = None
        if etype in PLACE_TYPES:
            hit = gazetteer_lookup(name)
            if hit is not None:
                # a natural feature keeps its type ("St. Martin's Island", "Isola di Capo Rizzuto" is a town)
                words = fold_name(name).split()
                natural = etype == "LOC" and bool(words) and (
                    words[-1] in lex.words("feature_heads") or words[0] in lex.words("feature_nouns"))
                etype, name, country = "LOC" if natural else "GPE", hit[0], hit[1]
            elif _after_town_preposition(doc.text, start, lex):
                etype = "GPE"  # "un ospedale a Tawila": a town the gazetteer does not know
        out.append(Cand(start, end, _new_key(name), _clean_name(name), etype, source="ner", country=country))
        if noun_typed:
            by_noun.append(out[-1])
    return [c for c in _listed_places(doc, out, known) if not (c.type == "PER" and (c.start, c.end) in lone)]


def _after_town_preposition(text: str, start: int, lex: EntityLexicon) -> bool:
    before = tokens_of(text[max(0, start - 10):start])
    return bool(before) and before[-1] in lex.words("town_prepositions")


def _clip_title_tail(doc: Doc, start: int, end: int, lex: EntityLexicon) -> int:
    """End of an NER name without the title words it swallowed from the title that follows it ("Malaysian
    Prime" + "Minister Anwar Ibrahim", "Cambodian Prime" + "Minister"): a title word whose next word is a
    title word or a capitalised name belongs to that title, not to the name."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return end
    titles = lex.words("titles")
    last = span.end
    while last > span.start and last < len(doc) and doc[last - 1].lower_ in titles \
            and doc[last - 1].text[:1].isupper() and doc[last].lower_ in titles:
        last -= 1
    if last == span.end:
        return end
    return doc[last - 1].idx + len(doc[last - 1].text) if last > span.start else start


def _placed_by_context(doc: Doc, start: int, end: int, lex: EntityLexicon, known: list[Cand]) -> bool:
    """Context that makes a gazetteer place of a name the NER took for a person or an organisation: a
    locative ("talks in Kuala Lumpur"), a dateline, several words, or a place listed next to it ("the road
    linking Athens and Thessaloniki")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return (_locative(doc.text, start, lex) or _dateline(doc.text, start, end) or len(doc.text[start:end].split()) > 1
            or (span is not None and len(span) == 1 and coordinated_type(doc, span.start, known) in PLACE_TYPES))


def _split_at_person(doc: Doc, start: int, end: int, lex: EntityLexicon, known: list[Cand]) -> list[Cand] | None:
    """A NER span after "title of" that runs an institution into its officer ("il segretario dell'Anaao
    Pierino Di Silverio"): the officer, and the institution when its name has a head word."""
    span = doc[start:end]
    person = person_after_institution(doc, span, lex, lex.words("not_names") | stop_words(doc.lang_))
    if person is None:
        return None
    person.source = "ner"
    rest = doc.char_span(span.start_char, person.start, alignment_mode="contract")
    if rest is None or not len(rest):
        return [person]
    name = " ".join(rest.text.split())
    if gazetteer_lookup(name) is not None:
        return [person]  # a place the dictionary or the gazetteer names anyway
    title = title_before(doc, rest.start, lex)
    if len(rest) == 1 and head_type([rest[0].lower_], lex) is None and not rest.text.isupper() \
            and title in lex.words("field_titles"):
        return [person]  # "il ministro dei Trasporti": a minister's field, not an institution's name
    return [Cand(rest.start_char, rest.end_char, _new_key(name), name, "ORG", source="ner"), person]


def _listed_places(doc: Doc, cands: list[Cand], known: list[Cand]) -> list[Cand]:
    """One-word "persons" listed among places ("Bagheria, Terrasini, Pagliarelli e Carini") are places too, and
    so is a longer one listed right after a town ("evacuate a Carcare e Cairo Montenotte"); a list may chain,
    so the typing repeats while it spreads."""
    for _ in range(4):
        changed = False
        for c in cands:
            span = doc.char_span(c.start, c.end, alignment_mode="expand")
            if c.type != "PER" or span is None or len(span) > _LISTED_PLACE_WORDS:
                continue
            if len(span) > 1:
                sibling = "GPE" if _listed_after(doc, span.start, known + cands) else None
            else:
                sibling = coordinated_type(doc, span.start, known + cands)
            if sibling is None:
                continue
            hit = gazetteer_lookup(c.name)
            c.type = "GPE" if hit is not None else sibling
            c.country = hit[1] if hit is not None else c.country
            changed = True
        if not changed:
            break
    return cands


_LISTED_PLACE_WORDS = 3


def _listed_after(doc: Doc, index: int, known: list[Cand]) -> bool:
    """The name at ``index`` follows a place and a list word ("Carcare e Cairo Montenotte")."""
    # not after a comma: "un funzionario della Regione Lombardia, Giorgio Mantelli" is an apposition
    if index < 2 or doc[index - 1].lower_ not in ("e", "ed", "and"):
        return False
    start = doc[index - 2].idx
    return any(c.start <= start < c.end and (c.type == "GPE" or gazetteer_lookup(c.name) is not None)
               for c in known)


def _clip_at_lowercase(doc: Doc, start: int, end: int, lex: EntityLexicon) -> int:
    """End of a NER span at its first lower-case word that is no name particle: a statistical NER may run a
    name into the verb after it ("Beccuau said", "Monday in an effort")."""
    allowed = lex.words("name_connectors") | lex.words("person_particles") | lex.words("determiners") \
        | lex.words("titles")
    for k in range(start, end):
        t = doc[k]
        if t.is_alpha and t.text[:1].islower() and t.lower_ not in allowed and k > start:
            return k
    return end


def _common_word_opening(doc: Doc, start: int, end: int) -> bool:
    """A one-word span opening its sentence that the tagger calls a common word (not a proper noun)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1 or not doc.has_annotation("POS"):
        return False
    tok = span[0]
    first = tok.is_sent_start or tok.i == 0 or (not doc[tok.i - 1].text[:1].isalnum() and doc[tok.i - 1].is_sent_start)
    return bool(first) and tok.pos_ not in ("PROPN", "X", "")


def _merge(dict_cands: list[Cand], others: list[Cand]) -> list[Cand]:
    """Dictionary matches win, except that a NER person or organisation swallows places inside it."""
    keep = list(dict_cands)
    for o in others:
        inside = [d for d in keep if d.start < o.end and o.start < d.end]
        if not inside:
            keep.append(o)
            continue
        swallow = (o.type in ("PER", "ORG") and all(d.start >= o.start and d.end <= o.end for d in inside)
                   and all(d.type in PLACE_TYPES or d.kind == "demonym" for d in inside)
                   and sum(d.end - d.start for d in inside) < o.end - o.start)
        if swallow:
            for d in inside:
                # the place stays an article entity ("Regione Emilia-Romagna" names Emilia-Romagna), but the
                # organisation is the mention other stages see
                d.hidden = True
            o.country = o.country or next((d.country for d in inside if d.country), None)
            keep.append(o)
    return sorted(keep, key=lambda c: c.start)


def _new_key(name: str) -> str:
    return "new:" + fold_name(name)


def _clean_name(name: str) -> str:
    return " ".join(name.replace("\n", " ").split())


# ---- linking and countries ----------------------------------------------------------------------------

_FACILITY_TYPES = frozenset({"ORG", "FAC", "PER", "LOC", "GPE"})


def _facility_names(cands: list[Cand], text: str, lex: EntityLexicon) -> list[Cand]:
    """ "l'ospedale Al-Shifa", "the Nasser hospital": an unknown name right after (Italian) or before (English)
    a lower-case word for a facility is that facility, named in English ("Al-Shifa Hospital")."""
    heads: dict[str, str] = {k.lower(): v for k, v in lex.data.get("facility_heads", {}).items()}
    # "il clan Contini" is an organisation named the same way ("Contini clan")
    organisations: dict[str, str] = {k.lower(): v for k, v in lex.data.get("organisation_heads", {}).items()}
    heads.update(organisations)
    if not heads:
        return cands
    before = bool(lex.data.get("facility_head_before", False))
    with_of = lex.words("facility_heads_of")
    listed: dict[int, str] = {}  # start of a name listed after a facility ("aeroporti di Fiumicino e Linate")
    for c in sorted(cands, key=lambda c: c.start):
        if (not c.key.startswith("new:") and c.start not in listed) or c.type not in _FACILITY_TYPES \
                or c.kind != "name":
            continue
        english, word = listed.get(c.start), None
        if english is None and before:
            # "l'ospedale X"; "l'aeroporto di X" for the facilities named "di X"
            m = re.search(r"(?<!\w)([a-zà-ÿ]+)\s+((?:di|d['’])\s*)?$", text[max(0, c.start - 30):c.start])
            word = m.group(1) if m and (not m.group(2) or m.group(1) in with_of) else None
            english = heads.get(word) if m and word else None
            if m is not None and english is not None:
                c.start -= len(m.group(0))
                nxt = re.match(r"(?:\s*,\s*|\s+(?:e|ed|and)\s+)", text[c.end:c.end + 10])
                if m.group(2) and nxt:
                    listed[c.end + nxt.end()] = english
        elif english is None:
            m = re.match(r"\s+([a-zà-ÿ]+)(?!\w)", text[c.end:c.end + 30])
            word = m.group(1) if m else None
            english = heads.get(word) if word else None
            if m is not None and english is not None:
                c.end += m.end()
        if english is None:
            continue
        name = " ".join(text[c.start:c.end].split()) if c.start in listed else c.name
        c.name = f"{name} {english}"
        c.key, c.source = _new_key(c.name), "caps"
        c.type = "ORG" if word in organisations else "FAC"
    # a word of the facility's name the NER typed on its own ("Cutugno" in "carcere Lorusso e Cutugno")
    facilities = [(c.start, c.end) for c in cands if c.type == "FAC" and c.key.startswith("new:")]
    return [c for c in cands if not (c.key.startswith("new:") and c.type != "FAC"
                                     and any(s <= c.start and c.end <= e for s, e in facilities))]


_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"


def _street_pattern(lex: EntityLexicon) -> re.Pattern[str] | None:
    """A lower-case street noun, then capitalised words optionally joined by the language's name connectors
    ("piazza del Plebiscito", "via Etnea", "corso Vittorio Emanuele II")."""
    nouns = sorted(lex.words("street_before"), key=len, reverse=True)
    if not nouns:
        return None
    joins = sorted(lex.words("name_connectors") - {"e", "and", "per"}, key=len, reverse=True)
    join = "(?:" + "|".join(re.escape(j) + (" ?" if j.endswith("'") else " ") for j in joins) + ")?"
    noun = "|".join(re.escape(n) for n in nouns)
    return re.compile(rf"(?<![\w'’])({noun}) ({join}{_NAME_WORD}(?: {join}{_NAME_WORD})*)")


def _streets(cands: list[Cand], text: str, lex: EntityLexicon) -> list[Cand]:
    """ "in piazza Università", "lungo via Etnea": a lower-case street noun and the capitalised name after it
    are a street (LOC), named with the noun capitalised ("Piazza Università"), even where neither the NER nor
    the dictionary found the name; names found inside it are parts of the street, not places of their own."""
    pattern = _street_pattern(lex)
    if pattern is None:
        return cands
    out = list(cands)
    for m in pattern.finditer(text):
        start, end = m.start(), m.end()
        overlapping = [c for c in out if c.start < end and start < c.end]
        if any(c.start < start or c.end > end for c in overlapping):
            continue  # part of a longer name ("Palazzo di via Roma" already found as one)
        if any(c.start == start and c.type == "LOC" for c in overlapping):
            continue  # the NER's street ("corso Vittorio Emanuele") is already there
        joined = m.group(2).split()[0].lower().replace("’", "'") in lex.words("name_connectors") \
            or "'" in m.group(2).split()[0].replace("’", "'")
        if joined and any(c.type in PLACE_TYPES and c.source == "dict" for c in overlapping):
            continue  # "al largo della Libia": off a known place, not a square named after it
        name = _clean_name(m.group(1)[:1].upper() + m.group(1)[1:] + " " + m.group(2))
        out = [c for c in out if c not in overlapping]
        out.append(Cand(start, end, _new_key(name), name, "LOC", source="caps"))
    return sorted(out, key=lambda c: (c.start, -c.end))


def _facility_towns(cands: list[Cand], text: str, lex: EntityLexicon) -> list[Cand]:
    """ "Teatro Massimo di Palermo", "Ospedale Cardarelli di Napoli": a facility name the NER ran on into the
    town it stands in is the facility (its own name: at least two words) and, after "of", that town."""
    of_words = {w.replace("'", "") for w in lex.grammar.get("of_words", [])} | {"of", "in"}
    out: list[Cand] = []
    for c in cands:
        m = re.match(rf"^(\S+(?:\s+\S+)+?)\s+(\w+)\s+({_NAME_WORD}(?:\s+{_NAME_WORD})?)$", text[c.start:c.end])
        town = gazetteer_lookup(m.group(3)) if (c.type == "FAC" and c.key.startswith("new:") and m
                                                and m.group(2).lower() in of_words) else None
        if m is None or town is None:
            out.append(c)
            continue
        c.end = c.start + len(m.group(1))
        c.name = _clean_name(m.group(1))
        c.key = _new_key(c.name)
        out.append(c)
        place_start = c.start + m.start(3)
        if not any(o.start <= place_start < o.end for o in cands if o is not c):
            out.append(Cand(place_start, place_start + len(m.group(3)), _new_key(town[0]), town[0], "GPE",
                            source="caps", country=town[1]))
    return sorted(out, key=lambda c: (c.start, -c.end))


def _units(cands: list[Cand], text: str, language: str, lex: EntityLexicon,
           dictionary: ActorDictionary) -> list[Cand]:
    """A unit of an organisation named by a generic head word ("Comando provinciale dei carabinieri", "Reparto
    Anticrimine del ROS", "il Nucleo di polizia economico-finanziaria della Guardia di Finanza") is a mention of
    the organisation; one named only by its seat ("9° Elinucleo di Palermo") is no entity of its own."""
    heads = lex.words("unit_heads")
    if not heads:
        return cands
    of_words = {w.replace("'", "") for w in lex.grammar.get("of_words", [])}
    out: list[Cand] = []
    for c in cands:
        words = fold_name(c.name).split()
        if c.type != "ORG" or not c.key.startswith("new:") or not words or words[0] not in heads:
            out.append(c)
            continue
        parent = _parent_org(c, cands, text, language, dictionary, of_words)
        if parent is not None:
            c.key, c.name, c.type = parent.key, parent.name, parent.type
            c.country, c.sector, c.wikidata = parent.country, parent.sector, parent.wikidata
            out.append(c)
            continue
        rest = [w for w in words[1:] if not w.islower() or w in of_words]
        seat = text[c.start:c.end].split()[1:]
        if rest and rest[0] in of_words and gazetteer_lookup(" ".join(w for w in seat if w[:1].isupper())):
            continue  # "Elinucleo di Palermo": a unit named by its seat
        out.append(c)
    return out


def _parent_org(c: Cand, cands: list[Cand], text: str, language: str, dictionary: ActorDictionary,
                of_words: set[str]) -> Actor | None:
    """The organisation a unit belongs to: named inside its name ("... dei carabinieri") or right after it
    ("Reparto Anticrimine del ROS")."""
    for m in matcher_for(language).find(text[c.start:c.end]):
        actor = dictionary.get(m.alias.key)
        if actor is not None and actor.type == "ORG" and m.start > 0:
            return actor
    after = re.match(r"\s+([^\W\d_]+)['’]?\s*", text[c.end:c.end + 20])
    if after is None or after.group(1).lower() not in of_words:
        return None
    start = c.end + after.end()
    nxt = next((d for d in cands if d.start == start and d.type == "ORG" and not d.key.startswith("new:")), None)
    return dictionary.get(nxt.key) if nxt is not None else None


def _admin_divisions(cands: list[Cand], text: str, lex: EntityLexicon) -> list[Cand]:
    """ "the Syunik province", "Kalbajar district": an unknown name right before a lower-case word for an
    administrative division is that division (GPE), named with the word ("Syunik Province")."""
    heads: dict[str, str] = {k.lower(): v for k, v in lex.data.get("admin_heads", {}).items()}
    if not heads:
        return cands
    for c in cands:
        if not c.key.startswith("new:") or c.type not in _FACILITY_TYPES - {"PER"} or c.kind != "name":
            continue
        m = re.match(r"[ \t]+([a-z]+)(?!\w)", text[c.end:c.end + 30])
        english = heads.get(m.group(1)) if m else None
        if m is None or english is None or re.match(r"\s+of\s", text[c.end + m.end():c.end + m.end() + 5]):
            continue  # "the Santa Maria di Gesù district of Palermo": a part of a town
        c.end += m.end()
        c.name = f"{' '.join(text[c.start:c.end - m.end()].split())} {english}"
        c.key, c.type = _new_key(c.name), "GPE"
    return cands


_PLACE_JOIN_WORDS = 5


def _joined_places(cands: list[Cand], text: str, lex: EntityLexicon) -> list[Cand]:
    """ "Mazara del Vallo" split by the NER into "Mazara" and "del Vallo": two unknown names joined by a name
    particle that together are a place of the gazetteer are that place."""
    connectors = lex.words("name_connectors")
    ordered = sorted(cands, key=lambda c: (c.start, -c.end))
    out: list[Cand] = []
    i = 0
    while i < len(ordered):
        a = ordered[i]
        b = ordered[i + 1] if i + 1 < len(ordered) else None
        if b is not None and a.key.startswith("new:") and b.key.startswith("new:") and a.end <= b.start:
            gap = text[a.end:b.start]
            joined = text[a.start:b.end]
            # the particle stands between the names or opens the second one ("del Vallo")
            particle = gap.split() or text[b.start:b.end].split()[:1]
            if (len(gap) <= 6 and "\n" not in gap and particle and all(fold_name(w) in connectors for w in particle)
                    and len(joined.split()) <= _PLACE_JOIN_WORDS):
                hit = gazetteer_lookup(joined)
                if hit is not None:
                    out.append(Cand(a.start, b.end, _new_key(hit[0]), hit[0], "GPE", source="ner", country=hit[1]))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


def _setting(cands: list[Cand], text: str) -> str | None:
    """The country an article is set in: its dateline, else the country its places and demonyms name most."""
    places: dict[str, float] = {}
    for c in cands:
        if c.type == "GPE" and c.country:
            # "Nepali media" and places found without the dictionary count less
            weight = 1.0 if c.kind in ("name", "metonym") and c.source == "dict" else 0.5
            weight += 3.0 if _dateline(text, c.start, c.end) else 0.0
            places[c.country] = places.get(c.country, 0.0) + weight
    return max(places, key=lambda k: places[k]) if places else None


_PEOPLE_NEIGHBOURS = frozenset({"NOUN", "PROPN"})


def _people_noun(doc: Doc, c: Cand) -> bool:
    """A demonym used as a noun for people ("centinaia di serbi", "armed Serbs attacked"), not as an adjective
    of a noun next to it ("la polizia serba", "Serbian troops"); without a tagger no use is told apart."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or not doc.has_annotation("POS"):
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return not any(t is not None and t.pos_ in _PEOPLE_NEIGHBOURS for t in (before, after))


def _communities(doc: Doc, cands: list[Cand], dictionary: ActorDictionary, setting: str | None) -> None:
    """ "Centinaia di serbi" in an article about Kosovo are Kosovo Serbs, not Serbia: a demonym used for people
    of a community the dictionary knows in another country (key ``community:<demonym ISO>:<country ISO>``) is
    that community when its sentence names a place of that country, else when the article is set there."""
    sentences = [(sent.start_char, sent.end_char) for sent in doc.sents] if doc.has_annotation("SENT_START") \
        else [(0, len(doc.text))]
    for c in cands:
        if c.kind != "demonym" or not c.key.startswith("country:"):
            continue
        bounds = next(((s, e) for s, e in sentences if s <= c.start < e), (0, len(doc.text)))
        here = {o.country for o in cands if o.type in PLACE_TYPES and o.kind == "name" and o.country
                and bounds[0] <= o.start < bounds[1]}
        demonym = c.key.split(":", 1)[1]
        found = [dictionary.get(f"community:{demonym}:{iso}") for iso in sorted(here - {demonym})]
        community = next((a for a in found if a is not None), None)
        if community is None and setting and setting != demonym:
            community = dictionary.get(f"community:{demonym}:{setting}")
        if community is None or not _people_noun(doc, c):
            continue
        c.key, c.name, c.type, c.country = community.key, community.name, community.type, community.country
        c.sector, c.wikidata = community.sector, community.wikidata


_DOMINANT_SHARE = 0.5  # share of the place evidence a country needs before unknown names are taken as its own


def _dominant_setting(cands: list[Cand], text: str) -> str | None:
    """The setting when most of the article's places are in it (local news), else None: in an article
    spread over several countries a person with no nationality word is of no known country."""
    places: dict[str, float] = {}
    for c in cands:
        if c.type == "GPE" and c.country:
            weight = 0.5 if c.kind == "demonym" else 1.0
            places[c.country] = places.get(c.country, 0.0) + weight + (3.0 if _dateline(text, c.start, c.end) else 0.0)
    if not places:
        return None
    best = max(places, key=lambda k: places[k])
    return best if places[best] > _DOMINANT_SHARE * sum(places.values()) else None


def _infer_countries(cands: list[Cand], text: str, lex: EntityLexicon, setting: str | None) -> None:
    """Countries of names the dictionary does not know: an adjacent demonym, else the setting of an article
    whose places lie mostly in one country; otherwise none is guessed."""
    local = _dominant_setting(cands, text) if setting else None
    for c in cands:
        if c.country or not c.key.startswith("new:"):
            continue
        c.country = _adjacent_country(c, cands, text, lex) or local


def _adjacent_country(c: Cand, cands: list[Cand], text: str, lex: EntityLexicon) -> str | None:
    """"Ukrainian official X", "il funzionario ucraino X", "X, funzionario ucraino": only title words and
    punctuation stand between the name and a country or demonym."""
    # "Chinese foreign ministry spokesperson X", "il portavoce del ministero degli Esteri russo, X": the words of
    # an office's description may stand between too
    fillers = lex.words("titles") | lex.words("determiners") | lex.words("office_words")
    best: tuple[int, str] | None = None
    for d in cands:
        if not (d.key.startswith("country:") or (d.type == "GPE" and d.source == "dict" and d.country)):
            continue
        if d.end <= c.start and c.start - d.end <= 60:
            between = tokens_of(text[d.end:c.start].replace("’", "'").replace("'s ", " "))
            distance = c.start - d.end
        elif d.start >= c.end and d.start - c.end <= 60:
            between = tokens_of(text[c.end:d.start])
            distance = d.start - c.end
            if not between or between[0] != ",":
                continue
        else:
            continue
        if all(t in fillers or not t.isalpha() for t in between) and (best is None or distance < best[0]):
            best = (distance, d.country or "")
    return best[1] or None if best is not None else None


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
