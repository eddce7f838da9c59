"""Institutions the entity stage names from their parts: those named after a known place ("Procura di
Palermo", "Regione Lombardia", from the ``templates`` of ``lang/<lang>/entities.toml``), ministries and armed
forces named by their country ("ministero della Difesa armeno", "Armenia's Defence Ministry", "the Azerbaijani
army", from its ``institutions`` table), and the possessive country inside a dictionary name ("Russia's
Foreign Ministry").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from ._phrases import phrase_regex
from .actors import ActorDictionary, tokens_of
from .coref import country_of
from .entity_lexicon import INTERNATIONAL, Cand, EntityLexicon, fold_name, lexicon
from .name_context import stop_words

# ---- institutions named after a place ------------------------------------------------------------------

def template_candidates(text: str, lex: EntityLexicon, cands: list[Cand]) -> list[Cand]:
    """``cands`` with institutions named after a known place ("Procura di Palermo") replacing the place."""
    templates = lex.data.get("templates", [])
    out = list(cands)
    for place in [c for c in cands if c.type in ("GPE", "LOC") and c.kind == "name"]:
        for t in templates:
            hit = _template_span(text, place, t["forms"])
            if hit is None:
                continue
            start, end = hit
            if _after_indefinite(text, start, lex.words("indefinite_determiners")):
                break  # "un tribunale di Istanbul": one of the town's courts, no named institution
            out.remove(place)
            if t.get("place_itself"):
                # "Regione Lombardia", "il Comune di Roma": the place's own institution, named as the place
                out.append(Cand(start, end, place.key, place.name, place.type, kind=place.kind, source=place.source,
                                country=place.country, sector=place.sector, wikidata=place.wikidata))
                break
            # the town stays an entity of the article ("Agrigento"), seen by no other stage
            out.append(Cand(place.start, place.end, place.key, place.name, place.type, kind=place.kind,
                            source=place.source, country=place.country, sector=place.sector,
                            wikidata=place.wikidata, hidden=True))
            name = t["name"].replace("{place}", place.name)
            out.append(Cand(start, end, "new:" + name.casefold(), name, t.get("type", "ORG"), source="dict",
                            country=place.country, sector=t.get("sector")))
            break
    return sorted(out, key=lambda c: c.start)


def templated_names(cands: list[Cand], lex: EntityLexicon) -> list[Cand]:
    """Organisations the NER or capitalisation found whole ("Procura di Agrigento", lower case too) that
    are a template of the language pack around a place the gazetteer knows: the template's name
    ("Agrigento Prosecutor's Office"), in the place's country."""
    templates = [t for t in lex.data.get("templates", []) if not t.get("place_itself")]
    for c in cands:
        if c.type != "ORG" or not c.key.startswith("new:") or c.kind != "name":
            continue
        for t in templates:
            place = next((hit for form in t["forms"] if (hit := _templated_place(form, c.name)) is not None), None)
            if place is not None:
                c.name = t["name"].replace("{place}", place[0])
                c.key, c.country, c.sector = "new:" + c.name.casefold(), c.country or place[1], t.get("sector")
                break
    return cands


def _templated_place(form: str, name: str) -> tuple[str, str] | None:
    """The gazetteer place (name, country) that fills ``form``'s ``{place}`` in the whole of ``name``."""
    from .names import gazetteer_lookup

    prefix, found, suffix = form.partition("{place}")
    m = re.fullmatch(_words_regex(prefix) + r"\s*(.+?)\s*" + _words_regex(suffix), name, re.IGNORECASE) \
        if found else None
    return gazetteer_lookup(m.group(1)) if m is not None and m.group(1)[:1].isupper() else None


def _template_span(text: str, place: Cand, forms: list[str]) -> tuple[int, int] | None:
    for form in forms:
        prefix, _, suffix = form.partition("{place}")
        start, end = place.start, place.end
        if prefix.strip():
            m = re.search(_words_regex(prefix) + r"\s*$", text[max(0, start - 120):start], re.IGNORECASE)
            if m is None:
                continue
            start = max(0, place.start - 120) + m.start()
        if suffix.strip():
            m = re.match(r"\s*" + _words_regex(suffix), text[end:end + 120], re.IGNORECASE)
            if m is None:
                continue
            end += m.end()
        if (start, end) != (place.start, place.end):
            return start, end
    return None


def _after_indefinite(text: str, start: int, indefinite: frozenset[str]) -> bool:
    """An indefinite article stands right before ``start`` ("un tribunale", "un'ambasciata")."""
    m = re.search(r"([^\W\d_]+['’]?)\s*$", text[max(0, start - 8):start])
    return m is not None and m.group(1).lower().replace("’", "'") in indefinite


def _words_regex(phrase: str) -> str:
    words = phrase.replace("’", "'").split()
    return r"\s+".join(re.escape(w).replace("'", "['’]") for w in words)



# ---- national institutions: ministries and armed forces named by their country ------------------------

@dataclass(frozen=True)
class _Core:
    """A ministry or armed-forces phrase without its country: "Defence Ministry", "ministero della Difesa"."""

    start: int
    end: int
    kind: str  # "ministry" or "forces"
    portfolio: str | None  # English portfolio of a ministry ("Defence")
    bare: bool  # the form may name the setting's ministry without a country ("the Defence Ministry")
    word: tuple[int, int] | None  # a demonym inside the form ("ministero russo della Difesa")


def _form_regex(form: str, heads: Iterable[str], portfolios: Iterable[str], of_words: Iterable[str]) -> str:
    def alt(words: Iterable[str]) -> str:
        return "(?:" + "|".join(phrase_regex(w) for w in sorted(set(words), key=len, reverse=True)) + ")"

    # an elided "dell'" runs into the next word, a full "della" is followed by a space
    of_alt = "(?:" + "|".join(phrase_regex(w) if w.endswith("'") else phrase_regex(w) + r"\s+"
                              for w in sorted(set(of_words), key=len, reverse=True)) + ")"
    out = form.replace("{of} ", "\0")
    parts = re.split(r"(\{head\}|\{portfolio\}|\{word\}|\0| )", out)
    regex = []
    for part in parts:
        if part == "{head}":
            regex.append(f"(?P<head>{alt(heads)})")
        elif part == "{portfolio}":
            regex.append(f"(?P<portfolio>{alt(portfolios)})")
        elif part == "{word}":
            regex.append(r"(?P<word>[^\W\d_]+)")
        elif part == "\0":
            regex.append(of_alt)
        elif part == " ":
            regex.append(r"\s+")
        elif part:
            regex.append(re.escape(part))
    return r"(?<!\w)" + "".join(regex) + r"(?![\w'’])"


@lru_cache(maxsize=8)
def _institution_patterns(language: str) -> tuple[tuple[re.Pattern[str], str, bool], ...]:
    lex = lexicon(language)
    data = lex.data.get("institutions", {})
    portfolios = data.get("portfolios", {})
    of_words = lex.grammar.get("of_words", []) or ["of"]
    out = []
    for kind in ("ministry", "forces"):
        bare = set(data.get(f"{kind}_bare_forms", []))
        for form in data.get(f"{kind}_forms", []):
            regex = _form_regex(form, data.get(f"{kind}_heads", []), portfolios, of_words)
            out.append((re.compile(regex, re.IGNORECASE), kind, form in bare))
    return tuple(out)


def _fold_key(text: str) -> str:
    return " ".join(text.replace("’", "'").lower().split())


def _cores(text: str, language: str, portfolios: dict[str, str]) -> list[_Core]:
    folded = {_fold_key(k): v for k, v in portfolios.items()}
    found: list[_Core] = []
    for pattern, kind, bare in _institution_patterns(language):
        for m in pattern.finditer(text):
            portfolio = folded.get(_fold_key(m.group("portfolio"))) if "portfolio" in m.groupdict() else None
            word = m.span("word") if "word" in m.groupdict() and m.group("word") else None
            found.append(_Core(m.start(), m.end(), kind, portfolio, bare, word))
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list[_Core] = []
    for c in found:
        if not any(o.start < c.end and c.start < o.end for o in out):
            out.append(c)
    return out


def _country_key(c: Cand, dictionary: ActorDictionary) -> str | None:
    """The country actor key a candidate names: a country, its demonym, or a capital standing for it."""
    key = country_of(c, dictionary)
    return key if key and key.startswith("country:") else None


def _inside_name(text: str, start: int, determiners: frozenset[str]) -> bool:
    """A capitalised word other than a determiner stands right before ``start`` inside a sentence: the
    country opens no phrase of its own but belongs to a longer name ("Free Syrian Army")."""
    m = re.search(r"(^|[.!?\n\"“«:]\s*|\s)([^\W\d_][\w'’-]*)\s+$", text[max(0, start - 40):start])
    if m is None or not m.group(2)[:1].isupper() or m.group(2).lower() in determiners:
        return False
    return not m.group(1).strip()  # after a full stop a capital only opens the sentence


def _owner(text: str, core: _Core, cands: list[Cand], dictionary: ActorDictionary, data: dict[str, Any],
           determiners: frozenset[str]) -> tuple[Cand | None, int, int]:
    """The country candidate next to an institution phrase and the phrase's span with it."""
    before = {_fold_key(g) for g in data.get("country_before", [])}
    after = {_fold_key(g) for g in data.get("country_after", [])}
    if core.word is not None:
        inside = next((c for c in cands if (c.start, c.end) == core.word and c.kind == "demonym"
                       and _country_key(c, dictionary)), None)
        return inside, core.start, core.end
    for c in sorted(cands, key=lambda c: -c.end):
        if c.end <= core.start and core.start - c.end <= 4 and _country_key(c, dictionary):
            gap = text[c.end:core.start]
            if ((gap and _fold_key(gap) in before) or (gap.isspace() and " " in before)) \
                    and not _inside_name(text, c.start, determiners):
                return c, c.start, core.end
    for c in sorted(cands, key=lambda c: c.start):
        if c.start >= core.end and c.start - core.end <= 8 and _country_key(c, dictionary):
            gap = text[core.end:c.start]
            if (gap.isspace() and " " in after) or _fold_key(gap) in after:
                return c, core.start, c.end
    return None, core.start, core.end


@lru_cache(maxsize=2)
def _known_institutions(dictionary: ActorDictionary) -> dict[tuple[str, str], str]:
    """Dictionary ministries and armed forces by (country, folded portfolio or "forces"): a name built from a
    phrase resolves to the actor the dictionary already has ("Ministry of Foreign Affairs (Italy)")."""
    out: dict[tuple[str, str], str] = {}
    for key, actor in dictionary.actors.items():
        if actor.type != "ORG" or not actor.country or len(actor.country) != 3:
            continue
        m = re.match(r"^Ministry of (.+?)(?: \(.+\)| of .+)?$", actor.name)
        if m:
            out.setdefault((actor.country, _portfolio_key(m.group(1))), key)
        elif re.search(r"\b(?:Armed|Defen[cs]e) Forces\b", actor.name) and actor.sector == "MIL":
            out.setdefault((actor.country, "forces"), key)
    return out


def _portfolio_key(portfolio: str) -> str:
    return _fold_key(portfolio).replace("defense", "defence")


def national_institutions(doc: Doc, lex: EntityLexicon, cands: list[Cand], dictionary: ActorDictionary,
                          setting: str | None) -> list[Cand]:
    """``cands`` with ministries and armed forces named by their country ("ministero della Difesa armeno",
    "Armenia's Defence Ministry", "the Azerbaijani army") as one organisation each: the dictionary's actor
    when it knows one, else a canonical English name built from the portfolio and the country. A bare
    short form ("the Defence Ministry") is the setting's."""
    data: dict[str, Any] = lex.data.get("institutions", {})
    if not data:
        return cands
    text = doc.text
    out = list(cands)
    known = _known_institutions(dictionary)
    for core in _cores(text, lex.language, data.get("portfolios", {})):
        if core.kind == "forces" and not _forces_noun(doc, core):
            continue  # "Azerbaijani military positions": an adjective
        owner, start, end = _owner(text, core, out, dictionary, data, lex.words("determiners"))
        country_key = _country_key(owner, dictionary) if owner is not None else None
        known_org = [c for c in out if c.type == "ORG" and not c.hidden and c.start < core.end and core.start < c.end]
        # a bare form the dictionary gives its own country names, in an article set elsewhere, the setting's
        # ministry ("il ministero dell'Interno" in a story from Istanbul): the dictionary's name says no more
        abroad = country_key is None and core.kind == "ministry" and core.bare and setting is not None \
            and all(c.country not in (None, setting) and core.start <= c.start and c.end <= core.end
                    for c in known_org)
        if known_org and not abroad and (country_key is None
                                         or any(c.country == country_key.split(":", 1)[1] for c in known_org)):
            continue  # the dictionary names it ("Russia's Foreign Ministry", "ministero dell'Economia")
        for c in known_org:
            out.remove(c)  # "ministero dell'Economia francese": another country's ministry of the same name
        if country_key is None and core.kind == "ministry" and core.bare:
            # "In Beijing, foreign ministry spokesperson ...": the place opening the sentence, else the setting
            opener = _sentence_place(text, core.start, out, lex, dictionary) \
                or _sentence_country(text, core.start, out, lex.words("diplomat_words"))
            country_key = opener or (f"country:{setting}" if setting else None)
        if country_key is None or (core.kind == "ministry" and core.portfolio is None):
            continue
        iso = country_key.split(":", 1)[1]
        core = _local_portfolio(core, iso, data)
        found = dictionary.get(known.get((iso, _portfolio_key(core.portfolio or "forces")), ""))
        if found is not None:
            cand = Cand(start, end, found.key, found.name, found.type, source="dict", country=found.country,
                        sector=found.sector, wikidata=found.wikidata)
        else:
            name = _institution_name(core, iso, country_key, dictionary, data)
            if name is None:
                continue
            sector = "MIL" if core.kind == "forces" else data.get("sectors", {}).get(core.portfolio, "GOV")
            cand = Cand(start, end, "new:" + name.casefold(), name, "ORG", source="dict", country=iso, sector=sector)
        for c in out:
            if start <= c.start and c.end <= end:
                # the country inside stays an article entity ("Armenia's" names Armenia, "armeno" still tells
                # where the article is set), but the institution is the one mention other stages see
                c.hidden = True
        out.append(cand)
    return sorted(out, key=lambda c: c.start)


def _sentence_place(text: str, start: int, cands: list[Cand], lex: EntityLexicon,
                    dictionary: ActorDictionary) -> str | None:
    """The country of a place opening the sentence before ``start`` after a locative word ("In Beijing, ...",
    "A Mosca, ...")."""
    opening = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    for c in cands:
        if not opening <= c.start < start:
            continue
        words = tokens_of(text[opening:c.start])
        after = text[c.end:c.end + 2]
        if len(words) == 1 and words[0] in lex.words("locative") and after.startswith(","):
            return _country_key(c, dictionary) or _country_key_of_place(c, dictionary)
    return None


def _sentence_country(text: str, start: int, cands: list[Cand], envoys: frozenset[str] = frozenset()
                      ) -> str | None:
    """The one country the names of the sentence around ``start`` belong to ("French police arrested 42 people
    in Paris, the interior ministry said": France's ministry, whatever country the article is set in); not
    that of a foreign envoy (``envoys``: "summoned the Indian ambassador", "l'ambasciatore indiano")."""
    opening = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    ends = [e for e in (text.find(". ", start), text.find("\n", start)) if e >= 0]
    closing = min(ends) if ends else len(text)
    countries = _countries_between(text, opening, closing, cands, envoys)
    if len(countries) > 1 and opening > 0:
        # "Iran rejected the accusations. Foreign Ministry spokesman ... said in Tehran that the decision was
        # driven by Australia's domestic politics": of the sentence's countries, the one the sentence before
        # was about
        before = max(text.rfind(". ", 0, opening - 2) + 2, text.rfind("\n", 0, opening - 1) + 1, 0)
        countries &= _countries_between(text, before, opening, cands, envoys)
    return f"country:{countries.pop()}" if len(countries) == 1 else None


def _countries_between(text: str, start: int, end: int, cands: list[Cand], envoys: frozenset[str]) -> set[str]:
    return {c.country for c in cands if start <= c.start < end and c.country and len(c.country) == 3
            and (c.type in ("GPE", "LOC") or c.kind == "demonym") and not _envoy_of(text, c, envoys)}


def _envoy_of(text: str, c: Cand, envoys: frozenset[str]) -> bool:
    """The name qualifies an envoy next to it: "Indian ambassador", "India's envoy", "ambasciatore indiano"."""
    before = tokens_of(text[max(0, c.start - 40):c.start])[-1:]
    after = [w for w in tokens_of(text[c.end:c.end + 40]) if w not in ("'", "'s", "s")][:1]
    return any(w in envoys for w in (*before, *after))


def _country_key_of_place(c: Cand, dictionary: ActorDictionary) -> str | None:
    actor = dictionary.get(c.key)
    return actor.metonym_of if actor is not None and actor.metonym_of else None


def _local_portfolio(core: _Core, iso: str, data: dict[str, Any]) -> _Core:
    """A portfolio some countries name otherwise ("Ministry of Internal Affairs" in former Soviet states)."""
    local = data.get("portfolio_by_country", {}).get(core.portfolio or "")
    if local and iso in local.get("countries", []):
        return _Core(core.start, core.end, core.kind, local["name"], core.bare, core.word)
    return core


def _forces_noun(doc: Doc, core: _Core) -> bool:
    """The head of an armed-forces phrase is a noun of its own, not a modifier ("military positions")."""
    span = doc.char_span(core.start, core.end, alignment_mode="expand")
    if span is None or not doc.has_annotation("DEP"):
        return True
    if len(span) > 1:  # "forze armate", "armed forces": a noun with its adjective, whichever comes first
        return any(t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("compound", "amod") for t in span)
    last = span[-1]
    return last.pos_ != "ADJ" and last.dep_ not in ("compound", "amod")


def _of_country(name: str) -> str:
    """A country's English name as it stands after "of": with "the" where English gives it one ("Ministry of
    Foreign Affairs of the Philippines"; the English pack's ``definite_countries``)."""
    return f"the {name}" if name.lower() in lexicon("en").words("definite_countries") else name


def _institution_name(core: _Core, iso: str, country_key: str, dictionary: ActorDictionary,
                      data: dict[str, Any]) -> str | None:
    country = dictionary.get(country_key)
    if core.kind == "ministry":
        if country is None:
            return None
        return str(data.get("ministry_name", "Ministry of {portfolio} of {country}")).format(
            portfolio=core.portfolio, country=_of_country(country.name))
    adjective = dictionary.adjective(iso)
    if adjective is None:
        return None
    return str(data.get("forces_name", "{adjective} Armed Forces")).format(adjective=adjective)


def possessive_owners(text: str, cands: list[Cand], language: str, dictionary: ActorDictionary) -> list[Cand]:
    """ "Russia's Foreign Ministry" found whole in the dictionary: the possessive country is a mention of its
    own too (an article entity, not a mention other stages see)."""
    from .actors import matcher_for

    out = list(cands)
    for c in cands:
        if c.type != "ORG" or c.hidden or c.kind != "name":
            continue
        m = re.match(r"(.+?)['’]s\s", text[c.start:c.end])
        if m is None:
            continue
        hits = matcher_for(language).find(m.group(1))
        if len(hits) != 1 or (hits[0].start, hits[0].end) != (0, len(m.group(1))):
            continue
        actor = dictionary.get(hits[0].alias.key)
        if actor is None or not actor.key.startswith("country:") or hits[0].alias.demonym:
            continue
        out.append(Cand(c.start, c.start + m.end(1), actor.key, actor.name, actor.type or "GPE", source="dict",
                        country=actor.country, wikidata=actor.wikidata, hidden=True))
    return sorted(out, key=lambda c: c.start)


def possessor_first_names(text: str, cands: list[Cand], lex: EntityLexicon) -> list[Cand]:
    """ "Benjamin Netanyahu's office" where the dictionary knows "Netanyahu's office": the organisation's
    mention starts at the owner's first name, so the name is not cut into a lone "Benjamin"."""
    not_first = lex.words("titles") | lex.words("determiners") | lex.words("not_names") | stop_words(lex.language)
    for c in cands:
        if c.type != "ORG" or c.kind != "name" or re.match(r"[^\W\d]+['’]s\s", text[c.start:c.end]) is None:
            continue
        start = c.start
        for _ in range(FIRST_NAMES):
            m = re.search(r"([^\W\d][\w'’-]*) $", text[max(0, start - 30):start])
            if m is None or not m.group(1)[:1].isupper() or m.group(1).lower() in not_first:
                break
            start -= len(m.group(0))
        c.start = start
    return cands


FIRST_NAMES = 2  # words a first name may take before a surname ("Recep Tayyip Erdogan's office")


# ---- diplomatic missions: a country's embassy in a host city -------------------------------------------

@lru_cache(maxsize=8)
def _mission_heads(language: str) -> re.Pattern[str] | None:
    heads = lexicon(language).data.get("missions", {}).get("heads", {})
    if not heads:
        return None
    alt = "|".join(phrase_regex(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.IGNORECASE)


def diplomatic_missions(text: str, lex: EntityLexicon, cands: list[Cand], dictionary: ActorDictionary) -> list[Cand]:
    """``cands`` with a country's mission in a named city as one organisation ("Russia's embassy in London",
    "the U.S. Embassy in Baghdad", "l'ambasciata d'Italia a Dakar" -> "Embassy of Italy in Dakar"): the
    sending country and the host city stay article entities, but the embassy is the mention that speaks."""
    data: dict[str, Any] = lex.data.get("missions", {})
    pattern = _mission_heads(lex.language)
    if pattern is None:
        return cands
    before = {_fold_key(g) for g in data.get("country_before", [])}
    after = {_fold_key(g) for g in data.get("country_after", [])}
    host_words = {_fold_key(g) for g in data.get("host_before", [])}
    out = list(cands)
    for m in pattern.finditer(text):
        owner, start, end = _mission_owner(text, m.start(), m.end(), out, dictionary, before, after)
        host = _mission_host(text, end, out, host_words)
        if owner is None or host is None:
            continue  # "the embassy said": the mission named before, or no city to tell it by
        country_key = _country_key(owner, dictionary)
        country = dictionary.get(country_key) if country_key else None
        if country is None or country.country == host.country:
            continue  # "Italy's embassy in Rome" is no mission abroad
        head = data["heads"][_fold_key(m.group(0))]
        default = data.get("name", "{head} of {country} in {place}")
        # a country's own style names the city ("Embassy of the United States, Baghdad"); a mission to a
        # country is "in" it ("Embassy of the United States in Yemen")
        template = default if host.key.startswith("country:") else data.get("by_country", {}).get(
            country.country, default)
        name = str(template).format(head=head, country=_of_country(country.name), place=host.name)
        span_end = host.end
        for c in [c for c in out if not c.hidden and start <= c.start and c.end <= span_end]:
            if c.type in ("GPE", "LOC"):
                c.hidden = True  # the country and the city remain article entities
            else:
                out.remove(c)  # "U.S. Embassy" read as a name of its own
        out.append(Cand(start, span_end, "new:" + name.casefold(), name, "ORG", source="dict",
                        country=country.country, sector="GOV"))
    return sorted(out, key=lambda c: c.start)


def _mission_owner(text: str, start: int, end: int, cands: list[Cand], dictionary: ActorDictionary,
                   before: set[str], after: set[str]) -> tuple[Cand | None, int, int]:
    """The sending country right before ("Russia's embassy", "the Russian embassy") or after ("embassy of
    Russia", "ambasciata russa") a mission noun, and the span with it."""
    for c in sorted(cands, key=lambda c: -c.end):
        if c.end <= start and start - c.end <= 4 and _country_key(c, dictionary):
            gap = text[c.end:start]
            if (gap and _fold_key(gap) in before) or (gap.isspace() and " " in before):
                return c, c.start, end
    for c in sorted(cands, key=lambda c: c.start):
        if c.start >= end and c.start - end <= 8 and _country_key(c, dictionary):
            gap = text[end:c.start]
            if (gap.isspace() and " " in after) or _fold_key(gap) in after:
                return c, start, c.end
    return None, start, end


def _mission_host(text: str, pos: int, cands: list[Cand], host_words: set[str]) -> Cand | None:
    """The city a mission is in, named right after a locative word ("in London", "a Dakar")."""
    for c in sorted(cands, key=lambda c: c.start):
        if c.start >= pos and c.start - pos <= 6 and c.type == "GPE":
            gap = text[pos:c.start]
            return c if _fold_key(gap) in host_words else None
    return None


# ---- "the region's Ministry of Natural Resources": an office owned by the place named before ---------

def anaphoric_owners(text: str, lex: EntityLexicon, cands: list[Cand], dictionary: ActorDictionary) -> list[Cand]:
    """A ministry the article names without its country but after a possessive noun that points back to a
    place ("the region's Ministry of Natural Resources", "the country's Health Ministry"): the ministry of the
    last region (or country) named before it."""
    data: dict[str, Any] = lex.data.get("institutions", {})
    possessors = {_fold_key(k): v for k, v in data.get("anaphoric_possessors", {}).items()}
    heads = [h.lower() for h in data.get("ministry_heads", [])]
    if not possessors or not heads:
        return cands
    for c in cands:
        if c.type != "ORG" or not c.key.startswith("new:") or not any(h in c.name.lower().split() for h in heads):
            continue
        m = re.search(r"(\S+\s+\S+)\s*$", text[max(0, c.start - 40):c.start])
        kind = possessors.get(_fold_key(m.group(1))) if m else None
        if kind is None:
            continue
        owner = _last_place(cands, c.start, kind, dictionary)
        if owner is None:
            continue
        if kind == "country":
            country = dictionary.get(_country_key(owner, dictionary) or "")
            if country is None:
                continue
            c.name, c.country = f"{c.name} of {country.name}", country.country
        else:
            c.name, c.country = str(data.get("regional_name", "{name} ({place})")).format(
                name=c.name, place=owner.name), owner.country or c.country
        c.key = "new:" + fold_name(c.name)
    return cands


def _last_place(cands: list[Cand], pos: int, kind: str, dictionary: ActorDictionary) -> Cand | None:
    """The last country, or region (a place that is neither a country nor a city), named before ``pos``."""
    for c in sorted((c for c in cands if c.end <= pos and c.type in ("GPE", "LOC")), key=lambda c: -c.start):
        is_country = c.key.startswith("country:") and c.kind == "name"
        if kind == "country" and is_country:
            return c
        if kind == "region" and c.key.startswith(_REGION_KEYS):
            return c  # a region the dictionary knows, not a field, a valley or a town
    return None


_REGION_KEYS = ("reg:", "usstate:")  # dictionary keys of first-level regions (places.tsv)


# ---- plain names of institutions every country has ------------------------------------------------------

def generic_institutions(cands: list[Cand], lex: EntityLexicon, dictionary: ActorDictionary) -> None:
    """Name, in place, an institution every country has, written plainly ("Congress", "the Constitutional
    Court", «il Congresso»), after the country the entity stage gave it: "Constitutional Court of Georgia".
    The plain English names are the English pack's ``generic_institutions``; a one-word name in another
    language is rendered with its pack's ``[english_names]`` nouns (multi-word ones were rendered before)."""
    generic = {fold_name(n): n for n in lexicon("en").data.get("generic_institutions", [])}
    if not generic:
        return
    nouns = {fold_name(k): v for k, v in (lex.data.get("english_names") or {}).get("nouns", {}).items()}
    for c in cands:
        if c.type != "ORG" or not c.key.startswith("new:") or not c.country or c.country in INTERNATIONAL:
            continue
        folded = fold_name(c.name)
        for article in lex.words("determiners"):
            folded = folded.removeprefix(f"{article} ")
        english = generic.get(folded) or generic.get(fold_name(nouns.get(folded, "")))
        country = dictionary.get(f"country:{c.country}")
        if english is None or country is None:
            continue
        c.name = f"{english} of {_of_country(country.name)}"  # "Supreme Court of the United States"
        c.key = "new:" + fold_name(c.name)
