"""Refinements of the entity stage once dictionary, NER and capitalised names are in: names completed by
the words around them (facilities "l'ospedale Al-Shifa", streets "piazza del Plebiscito", administrative
divisions "the Syunik province", places the NER split "Mazara del Vallo"), units that are mentions of their
organisation ("Comando provinciale dei carabinieri"), demonyms that name a community ("centinaia di serbi"
in Kosovo), and the article's setting and the countries of names the dictionary does not know.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ._phrases import sentence_bounds
from .actors import Actor, ActorDictionary, matcher_for, tokens_of
from .entity_dictionary import dateline
from .entity_lexicon import INTERNATIONAL, PLACE_TYPES, Cand, EntityLexicon, clean_name, fold_name, new_key
from .names import gazetteer_lookup

_FACILITY_TYPES = frozenset({"ORG", "FAC", "PER", "LOC", "GPE"})


def facility_names(cands: list[Cand], text: str, lex: EntityLexicon) -> list[Cand]:
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
        c.key, c.source = new_key(c.name), "caps"
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


def streets(cands: list[Cand], text: str, lex: EntityLexicon) -> list[Cand]:
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
        if joined and any(c.type in PLACE_TYPES and (c.source == "dict" or c.country) for c in overlapping):
            continue  # "al largo della Libia", "al largo di Creta": off a known place, not a square named after it
        name = clean_name(m.group(1)[:1].upper() + m.group(1)[1:] + " " + m.group(2))
        out = [c for c in out if c not in overlapping]
        out.append(Cand(start, end, new_key(name), name, "LOC", source="caps"))
    return sorted(out, key=lambda c: (c.start, -c.end))


def facility_towns(cands: list[Cand], text: str, lex: EntityLexicon) -> list[Cand]:
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
        c.name = clean_name(m.group(1))
        c.key = new_key(c.name)
        out.append(c)
        place_start = c.start + m.start(3)
        if not any(o.start <= place_start < o.end for o in cands if o is not c):
            out.append(Cand(place_start, place_start + len(m.group(3)), new_key(town[0]), town[0], "GPE",
                            source="caps", country=town[1]))
    return sorted(out, key=lambda c: (c.start, -c.end))


def unit_mentions(cands: list[Cand], text: str, language: str, lex: EntityLexicon,
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


def admin_divisions(cands: list[Cand], text: str, lex: EntityLexicon) -> list[Cand]:
    """ "the Syunik province", "Kalbajar district": an unknown name right before a lower-case word for an
    administrative division is that division (GPE), named with the word ("Syunik Province")."""
    heads: dict[str, str] = {k.lower(): v for k, v in lex.data.get("admin_heads", {}).items()}
    if not heads:
        return cands
    for c in cands:
        if not c.key.startswith("new:") or c.type not in _FACILITY_TYPES - {"PER"} or c.kind != "name" \
                or (c.type == "GPE" and c.country):
            continue  # a place the gazetteer placed is that place ("Bannu district" is Bannu)
        m = re.match(r"[ \t]+([a-z]+)(?!\w)", text[c.end:c.end + 30])
        english = heads.get(m.group(1)) if m else None
        if m is None or english is None or re.match(r"\s+of\s", text[c.end + m.end():c.end + m.end() + 5]):
            continue  # "the Santa Maria di Gesù district of Palermo": a part of a town
        c.end += m.end()
        c.name = f"{' '.join(text[c.start:c.end - m.end()].split())} {english}"
        c.key, c.type = new_key(c.name), "GPE"
    return cands


_PLACE_JOIN_WORDS = 5


def joined_places(cands: list[Cand], text: str, lex: EntityLexicon) -> list[Cand]:
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
                    out.append(Cand(a.start, b.end, new_key(hit[0]), hit[0], "GPE", source="ner", country=hit[1]))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


def article_setting(cands: list[Cand], text: str) -> str | None:
    """The country an article is set in: its dateline, else the country its places and demonyms name most."""
    places: dict[str, float] = {}
    for c in cands:
        if c.type == "GPE" and c.country:
            # "Nepali media" and places found without the dictionary count less
            weight = 1.0 if c.kind in ("name", "metonym") and c.source == "dict" else 0.5
            weight += 3.0 if dateline(text, c.start, c.end) else 0.0
            places[c.country] = places.get(c.country, 0.0) + weight
    if not any(c.type == "GPE" and c.country and dateline(text, c.start, c.end) for c in cands):
        # "BISSAU –": a dateline town the dictionary does not know still tells where the article is set
        m = _DATELINE.match(text)
        hit = gazetteer_lookup(m.group(1).title()) if m else None
        if hit is not None:
            places[hit[1]] = places.get(hit[1], 0.0) + 3.0
    return max(places, key=lambda k: places[k]) if places else None


# an upper-case town opening the article before a dash, a comma or an agency ("BISSAU –", "DAKAR, Senegal")
_DATELINE = re.compile(r"[\s\"“«(]*([A-ZÀ-Ý][A-ZÀ-Ý'’ .-]{2,30}?)\s*(?:[,–—(]|-\s)")


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


def communities(doc: Doc, cands: list[Cand], dictionary: ActorDictionary, setting: str | None) -> None:
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


def home_institutions(doc: Doc, cands: list[Cand], lex: EntityLexicon, dictionary: ActorDictionary,
                      setting: str | None) -> None:
    """ "la Corte costituzionale" in a story set in Romania is Romania's: a plain institution name the
    dictionary gives the language's home country (``home_institutions`` in the language pack) names the
    setting's institution when the article is set in another country."""
    table = {fold_name(k): v for k, v in lex.data.get("home_institutions", {}).items()}
    place = dictionary.get(f"country:{setting}") if setting else None
    if not table or place is None:
        return
    text = doc.text
    sentences = sentence_bounds(doc)
    qualified = {c.start for c in cands if c.kind == "demonym" or c.type == "GPE"}
    for c in cands:
        english = table.get(fold_name(text[c.start:c.end]))
        if english is None or c.source != "dict" or c.type != "ORG" or c.country in (None, setting):
            continue
        if any(c.end < s <= c.end + 5 for s in qualified):
            continue  # "la Corte costituzionale italiana", "il Senato di Roma": its country is said
        first, last = next(((s, e) for s, e in sentences if s <= c.start < e), (0, len(text)))
        if any(o.type == "GPE" and o.country == c.country and first <= o.start < last for o in cands):
            continue  # "A Roma Conte ha chiesto al governo di riferire in Parlamento": the sentence is at home
        c.name = f"{english} of {place.name}"
        c.key, c.country, c.wikidata = "new:" + c.name.casefold(), setting, None


_DOMINANT_SHARE = 0.5  # share of the place evidence a country needs before unknown names are taken as its own


def _dominant_setting(cands: list[Cand], text: str) -> str | None:
    """The setting when most of the article's places are in it (local news), else None: in an article
    spread over several countries a person with no nationality word is of no known country."""
    places: dict[str, float] = {}
    for c in cands:
        if c.type == "GPE" and c.country:
            weight = 0.5 if c.kind == "demonym" else 1.0
            places[c.country] = places.get(c.country, 0.0) + weight + (3.0 if dateline(text, c.start, c.end) else 0.0)
    if not places:
        return None
    best = max(places, key=lambda k: places[k])
    return best if places[best] > _DOMINANT_SHARE * sum(places.values()) else None


def infer_countries(cands: list[Cand], text: str, lex: EntityLexicon, setting: str | None) -> None:
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
        # a country, or an international body ("U.N. relief chief Tom Fletcher": the UN's)
        # a national body right before the title ("Foreign Ministry spokesman Esmaeil Baghaei": Iran's, when
        # the ministry is Iran's)
        national_body = d.type == "ORG" and d.source == "dict" and d.country is not None and len(d.country) == 3 \
            and not d.hidden and d.end <= c.start
        if not (d.key.startswith("country:") or (d.type == "GPE" and d.source == "dict" and d.country)
                or (d.type == "ORG" and d.source == "dict" and d.country in INTERNATIONAL) or national_body):
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
