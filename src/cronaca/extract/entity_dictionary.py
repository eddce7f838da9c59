"""The dictionary stage of the entity stage: actor-dictionary matches as candidates, and the context around a
name that tells what it stands for.

A place matched inside a street ("via Baku"), a possessive name ("St. Martin's Island") or a unit's quoted
title (Brigata "Sassari") is no mention of the place; a one-word alias next to an unknown capitalised word is
part of a longer name; a capital stands for its government unless a locative, a dateline or a title makes it
the place. National societies ("Kenya Red Cross") and foreign branches ("Marina militare israeliana") are
joined into organisations of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .actors import ActorDictionary, matcher_for, tokens_of
from .entity_lexicon import PLACE_TYPES, Cand, EntityLexicon, clean_name, lexicon, new_key
from .name_context import stop_words


def dictionary_candidates(text: str, language: str, dictionary: ActorDictionary,
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
                                             or possessive_org(text, m.end, lex, place=True) > m.end
                                             or unit_title(text, m.start, m.end, lex)):
            continue  # "via Baku", "Moscow Avenue", "St. Martin's Island", the 14th Battalion "Calabria":
            # a street, a place or a unit named after the place
        one_letter = len(m.alias.text) == 1  # "X" the platform, not "Generation X"
        if (actor.type in ("PER", "GPE") or one_letter) and not m.alias.demonym and len(m.alias.tokens) == 1 \
                and _inside_longer_name(text, m.start, m.end, spans, common, actor.type == "GPE"):
            continue  # "Francesca Albanese" is not Anthony Albanese, "Jordan Bardella" not Jordan
        if m.alias.demonym and _region_demonym(text, m.start, lex):
            continue  # "Latin American countries": a region's people, not the United States'
        kind = "demonym" if m.alias.demonym else "name"
        if actor.metonym_of and not m.nested and not locative(text, m.start, lex) \
                and not dateline(text, m.start, m.end) and not _with_title(text, m.start, m.end, lex):
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


def _region_demonym(text: str, start: int, lex: EntityLexicon) -> bool:
    """The demonym is the second word of a region's (``region_demonym_words`` before it: "Latin American",
    "South American")."""
    before = re.search(r"([^\W\d_]+)[ -]$", text[max(0, start - 20):start])
    return before is not None and before.group(1).lower() in lex.words("region_demonym_words")


NON_STATE = frozenset({"UNO", "EUR", "IGO", "NGO", "IMG", "MNC"})


def national_branches(cands: list[Cand], text: str) -> list[Cand]:
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
    name = clean_name(text[first.start:second.end])
    out.remove(first)
    out.remove(second)
    out.append(Cand(first.start, second.end, new_key(name), name, "ORG", source="dict", country=country,
                    sector=sector))


def foreign_branches(cands: list[Cand], text: str, lex: EntityLexicon) -> list[Cand]:
    """ "Marina militare israeliana", "la Protezione civile di Gaza": a national institution's generic name
    followed by another country's adjective or place names that country's institution, not the one the bare
    name means ("Marina militare" alone is the Italian Navy)."""
    of_words = {clean_name(w).lower() for w in lex.grammar.get("of_words", [])}
    out = list(cands)
    for c in cands:
        if c.type != "ORG" or c.kind != "name" or c.hidden or not c.country or len(c.country) != 3 \
                or c.country in NON_STATE:
            continue
        nxt = next((d for d in cands if d.start == c.end + 1 and text[c.end] == " " and d.kind == "demonym"
                    and d.country and d.country != c.country), None)
        nxt = nxt or next((d for d in cands if d.start > c.end and clean_name(text[c.end:d.start]).lower()
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
        if m is before and word.endswith(".") and "." not in word[:-1] and len(word) > 5:
            continue  # the last word of the sentence before ("attacks in Melbourne. Iran rejected"), no title
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


def unit_title(text: str, start: int, end: int, lex: EntityLexicon) -> bool:
    """A place in quotes right after an organisation's head word is the unit's own name (12° Reggimento
    "Sicilia", Brigata "Sassari"), not a mention of the place."""
    m = _QUOTED_TITLE.search(text[max(0, start - 30):start])
    return m is not None and m.group(1).lower() in lex.words("org_heads") and text[end:end + 1] in ('"', "”", "»")


def opens_title(text: str, start: int, end: int, lex: EntityLexicon) -> bool:
    """A capitalised word that opens a title of several words ("l'Alta rappresentante", "the High
    Representative"): part of the title, not the place the gazetteer knows by that word ("Alta", Norway)."""
    titles = _titles_by_first_word(lex.language).get(text[start:end].lower(), ())
    if not titles:
        return False
    tail = " ".join(text[start:start + 60].lower().split()) + " "
    return any(tail.startswith(title + " ") for title in titles)


@lru_cache(maxsize=8)
def _titles_by_first_word(language: str) -> dict[str, tuple[str, ...]]:
    """The language pack's titles of several words (its ``roles``), by their first word."""
    out: dict[str, list[str]] = {}
    for title in lexicon(language).roles:
        if " " in title:
            out.setdefault(title.split(" ", 1)[0], []).append(title)
    return {k: tuple(v) for k, v in out.items()}


_POSSESSIVE_TAIL = re.compile(r"['’]s((?: [A-Z][\w-]*)+)")


def possessive_org(text: str, end: int, lex: EntityLexicon, place: bool = False) -> int:
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


def street_name(text: str, start: int, end: int, lex: EntityLexicon) -> tuple[int, int] | None:
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


def dateline(text: str, start: int, end: int) -> bool:
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


def phrase_before(text: str, start: int, phrases: Iterable[str]) -> tuple[str, ...] | None:
    """The tokens of the first of ``phrases`` that ends right before ``start``, if any."""
    before = tokens_of(text[max(0, start - 60):start])
    for phrase in phrases:
        p = tokens_of(phrase)
        if p and before[-len(p):] == p:
            return p
    return None


def locative(text: str, start: int, lex: EntityLexicon) -> bool:
    """A place name used as the place ("a Kiev", "in Washington"), not as its government."""
    p = phrase_before(text, start, lex.words("locative"))
    if p in (("a",), ("ad",)):
        before = tokens_of(text[max(0, start - 60):start])
        return not (len(before) > 1 and before[-2] in lex.words("dative_cues"))
    return p is not None
