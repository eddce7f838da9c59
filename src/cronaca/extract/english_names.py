"""English canonical names for foreign organisations named in another language.

A record's ``entity_name`` is English (RECORDS.md). The dictionary gives known actors their English names; an
organisation it does not know keeps the words of the article ("Guardia costiera filippina"). This stage
renders such a name in English word by word from the language pack's ``[english_names]`` glossary, with the
adjectives before their noun in reverse order, as English stacks them ("Philippine Coast Guard",
"Bolivarian National Guard", "Superior Council of Communication"). Nationality adjectives come from
``demonyms.tsv``. A name with a lower-case word the glossary lacks is left as written: half a translation
is worse than none. An organisation of the language's own country keeps its native name, as its
institutions are usually cited ("Guardia di Finanza"); one of another or of no known country is rendered.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .actors import table_rows
from .entity_lexicon import Cand, EntityLexicon, fold_name, lexicon
from .names import gazetteer_lookup

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+", re.UNICODE)


@lru_cache(maxsize=4)
def _demonym_adjectives(language: str) -> dict[str, str]:
    """Folded demonym of ``language`` → the English adjective of its country ("filippina" → "Philippine")."""
    english: dict[str, list[str]] = {}
    native: dict[str, list[str]] = {}
    for row in table_rows("demonyms.tsv"):
        forms = [f.strip() for f in row["forms"].split("|") if f.strip()]
        if row["language"].strip() == "en":
            english[row["country"].strip()] = forms
        elif row["language"].strip() == language:
            native[row["country"].strip()] = forms
    out: dict[str, str] = {}
    for country, forms in native.items():
        if country in english:
            for form in forms:
                out.setdefault(fold_name(form), english[country][0])
    return out


@lru_cache(maxsize=4)
def _glossary(language: str) -> tuple[dict[str, str], dict[str, str], dict[str, str], frozenset[str]]:
    """The folded nouns, adjectives, links and articles of a language pack's ``[english_names]``."""
    table = lexicon(language).data.get("english_names", {})

    def folded(key: str) -> dict[str, str]:
        return {fold_name(k): v for k, v in table.get(key, {}).items()}
    return (folded("nouns"), folded("adjectives"), folded("links"),
            frozenset(fold_name(w) for w in table.get("articles", [])))


def english_name(name: str, lex: EntityLexicon) -> str | None:
    """``name`` in English, or None when a word of it is neither in the glossary nor a proper name."""
    if not lex.data.get("english_names"):
        return None
    nouns, adjectives, links, articles = _glossary(lex.language)
    demonyms = _demonym_adjectives(lex.language)
    words = WORD.findall(name)
    if len(words) < 2:
        return None
    segments: list[list[str]] = [[]]  # English words of each noun phrase, adjectives last
    joins: list[str] = []
    translated = named = 0
    skip = False
    for i, word in enumerate(words):
        if skip:
            skip = False
            continue
        key = fold_name(word)
        pair = f"{key} {fold_name(words[i + 1])}" if i + 1 < len(words) else ""
        if pair in nouns and not segments[-1]:  # "marina militare" → "Navy"
            segments[-1].append(nouns[pair])
            translated += 2
            skip = True
            continue
        elided = key.split("'")[0] + "'" if "'" in key else None
        if key in links or (elided is not None and elided in links):
            if not segments[-1]:
                return None  # a link with no noun before it
            joins.append(links.get(key) or links[elided or ""])
            segments.append([])
            if elided is not None and key not in links:  # "dell'Interno": the noun after the apostrophe
                word = word.split("'")[-1].split("’")[-1]
                key = fold_name(word)
            else:
                continue
        if key in articles:
            continue
        if key in nouns and not segments[-1]:
            segments[-1].append(nouns[key])
        elif segments[-1] and key in demonyms and len(segments) > 1:
            # a nationality after a phrase of the name is the whole institution's ("Ministero della Difesa
            # nigeriano" is the Nigerian Ministry of Defence)
            segments[0].append(demonyms[key])
        elif segments[-1] and (key in adjectives or key in demonyms):
            segments[-1].append(adjectives.get(key) or demonyms[key])
        elif word[:1].isupper() or word.isdigit():
            # a proper name stays ("Sahel", "Hezbollah"); a place after a link takes its English name
            # ("Università di Mosca" is the University of Moscow)
            place = gazetteer_lookup(word) if len(segments) > 1 and not segments[-1] else None
            segments[-1].append(place[0] if place is not None else word)
            named += place is not None  # a known place completes a name; a capitalised word may be common
            continue
        else:
            return None
        translated += 1
    # two glossary words, or a glossary noun and a known place linked to it ("Parlamento della Georgia")
    if (translated < 2 and not (translated == 1 and named and len(segments) > 1)) or any(not s for s in segments):
        return None
    phrases = [" ".join([*reversed(s[1:]), s[0]]) for s in segments]
    out = phrases[0]
    for join, phrase in zip(joins, phrases[1:], strict=True):
        out += f" {join} {phrase}"
    return out if " " in out else None


def english_org_names(cands: list[Cand], lex: EntityLexicon, setting: str | None) -> None:
    """Rename, in place, the organisations the dictionary does not know that do not belong to the language's
    own country (``[english_names] home``): the article's name for them becomes their English name."""
    table = lex.data.get("english_names") or {}
    home = table.get("home")
    cache: dict[str, str | None] = {}
    for c in cands:
        if c.type != "ORG" or not c.key.startswith("new:") or c.kind != "name":
            continue
        if (c.country or setting) == home:
            continue
        if c.name not in cache:
            cache[c.name] = english_name(c.name, lex)
        found = cache[c.name]
        if found is not None:
            c.name = found


def head_sectors(cands: list[Cand], lex: EntityLexicon, english: EntityLexicon) -> None:
    """Give an organisation the dictionary does not know the sector its words name ("Haitian National
    Police": COP, "Guardia nazionale bolivariana": MIL), from the language pack's ``sector_heads`` and, for a
    name rendered in English, the English pack's."""
    table = {fold_name(k): v for k, v in {**english.data.get("sector_heads", {}),
                                           **lex.data.get("sector_heads", {})}.items()}
    if not table:
        return
    for c in cands:
        if c.type != "ORG" or not c.key.startswith("new:") or c.sector is not None:
            continue
        folded = f" {fold_name(c.name)} "
        found = [(folded.find(f" {k} "), v) for k, v in table.items() if f" {k} " in folded]
        if found:
            c.sector = min(found)[1]  # the first head: "Court of the Army" is a court
