"""Names the dictionary does not know: trimming NER spans and, without NER, capitalised sequences.

A capitalised sequence may run over connectors ("Ministry of Communication and Information Technology",
"Maurizio de Lucia", "Santa Maria di Gesù") and is typed by its words: a title before it makes a person,
a head word an organisation, facility or place, the gazetteer a city; two to four bare capitalised words
make a person. Sentence-initial single words ("Authorities", "Doctors") are kept only when the article
also capitalises them elsewhere. The word lists come from ``lang/<lang>/entities.toml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan
from spacy.util import get_lang_class

from .coref import Cand, EntityLexicon

PLACE_TYPES = frozenset({"GPE", "LOC"})
MAX_PERSON_TOKENS = 4


SURE_FEATURES = frozenset({"country", "capital", "region"})
# a city's alternate names ("Leopoli") are trusted only for large cities and not-too-short forms: small
# places' variants collide with surnames and common words ("le Vele" is not Belém)
MIN_ALIAS_POPULATION = 200_000
MIN_ALIAS_LENGTH = 5


def gazetteer_lookup(name: str) -> tuple[str, str] | None:
    """The canonical English name and ISO alpha-3 country of the place ``name`` may be ("Leopoli" ->
    Lviv, UKR), from the packaged gazetteer of the places stage."""
    from .gazetteer import load_gazetteer

    surface = " ".join(name.split())
    gaz = load_gazetteer()
    # its keys keep the case; a dateline's "DAKAR" is looked up as "Dakar"
    places = gaz.lookup(surface) or (gaz.lookup(surface.title()) if surface.isupper() else [])
    for p in places[:1]:
        primary = surface.casefold() in {n.casefold() for n in p.primary}  # the canonical name itself
        trusted = p.feature in SURE_FEATURES or (p.population >= MIN_ALIAS_POPULATION
                                                  and len(surface) >= MIN_ALIAS_LENGTH)
        if p.country and (primary or trusted):
            return p.name, p.country
    return None


def _norm(token: Token) -> str:
    return token.text.lower().replace("’", "'")


def _is_cap(token: Token) -> bool:
    first = token.text[:1]
    return first.isalpha() and first.isupper()


def strip_name(doc: Doc, start: int, end: int, lex: EntityLexicon) -> tuple[int, int, bool] | None:
    """Character span of tokens ``[start, end)`` without leading determiners/titles and trailing
    connectors, and whether a title stood before the name ("Dr. Paudel", "il procuratore Maurizio ...")."""
    titles, dets = lex.words("titles"), lex.words("determiners")
    connectors = lex.words("name_connectors")
    titled = False
    while start < end:
        w = _norm(doc[start])
        nxt = _norm(doc[start + 1]) if start + 1 < end else ""
        if w in dets:
            start += 1
        elif w in titles and start + 1 < end:
            titled, start = True, start + 1
        elif w in connectors and nxt in titles and start + 2 < end:
            start += 1
        else:
            break
    while end > start and (_norm(doc[end - 1]) in connectors or not doc[end - 1].text[:1].isalnum()):
        end -= 1
    heads = lex.words("org_heads") | lex.words("fac_heads")
    if not any(_norm(t) in heads for t in doc[start:end]):
        # "Treasury Secretary Scott Bessent", "Senate Majority Leader John Thune": the name follows the
        # last title word
        last = max((k for k in range(start, end - 1) if _norm(doc[k]) in titles), default=None)
        if last is not None and end - last - 1 >= 2:
            start, titled = last + 1, True
    if end <= start or all(_norm(t) in titles | connectors for t in doc[start:end]):
        return None  # "Prime Minister" alone is a role, not a name
    prev = start - 1
    while prev >= 0 and _norm(doc[prev]) in dets:
        prev -= 1
    if prev >= 0 and _norm(doc[prev]) in titles and _norm(doc[prev]) not in connectors:
        titled = True
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), titled


class _Scanner:
    """Builds capitalised sequences over the tokens the dictionary left uncovered."""

    def __init__(self, doc: Doc, lex: EntityLexicon, cands: list[Cand]) -> None:
        self.doc, self.lex = doc, lex
        self.owner: dict[int, Cand] = {}
        for c in cands:
            span = doc.char_span(c.start, c.end, alignment_mode="expand")
            for t in span or ():
                self.owner[t.i] = c
        self.heads = lex.words("org_heads") | lex.words("fac_heads") | lex.words("loc_heads")
        self.connectors = lex.words("name_connectors")
        self.particles = lex.words("person_particles")
        self.conj = lex.words("org_conjunctions")
        self.sent_first = _sentence_firsts(doc)

    def free_cap(self, i: int) -> bool:
        return i < len(self.doc) and i not in self.owner and _is_cap(self.doc[i])

    def sequence(self, i: int) -> tuple[int, list[Cand]]:
        """End token of the sequence starting at ``i`` and the dictionary places it swallows."""
        doc, j, swallowed = self.doc, i + 1, []
        while j < len(doc):
            if self.free_cap(j):
                j += 1
                continue
            w = _norm(doc[j])
            has_head = any(_norm(t) in self.heads for t in doc[i:j])
            if w in self.connectors and j + 1 < len(doc):
                allowed = has_head or _norm(doc[i]) in self.lex.words("loc_prefixes") or (
                    w in self.particles and not has_head and j - i <= 2)
                if w in self.conj and not has_head:
                    allowed = False
                nxt = self.owner.get(j + 1)
                if _norm(doc[j + 1]) in self.lex.words("not_names"):
                    allowed = False  # "Trump Tower on Thursday"
                if allowed and self.free_cap(j + 1):
                    j += 2
                    continue
                if allowed and has_head and nxt is not None and nxt.type in PLACE_TYPES and nxt.kind == "name":
                    swallowed.append(nxt)
                    span = doc.char_span(nxt.start, nxt.end, alignment_mode="expand")
                    j = span.end if span is not None else j + 2
                    continue
            break
        return j, swallowed


def _sentence_firsts(doc: Doc) -> set[int]:
    """Index of the first word of every sentence (after opening quotes and dashes)."""
    firsts: set[int] = set()
    starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    for s in starts:
        i = s
        while i < len(doc) and not doc[i].text[:1].isalnum():
            i += 1
        firsts.add(i)
    for t in doc:
        if "\n" in t.whitespace_ or t.text.strip() == "":
            k = t.i + 1
            while k < len(doc) and not doc[k].text[:1].isalnum():
                k += 1
            firsts.add(k)
    return firsts


def capitalised_candidates(doc: Doc, lex: EntityLexicon, cands: list[Cand], strong_only: bool = False
                           ) -> list[Cand]:
    """``cands`` plus candidates for capitalised names nothing else matched; with ``strong_only`` (when NER
    ran) only names a title, a head word or the gazetteer types."""
    scan = _Scanner(doc, lex, cands)
    stop = lex.words("not_names") | stop_words(doc.lang_)
    lower_words = {t.text.lower() for t in doc if t.text[:1].islower()}
    capitalised_inside = {t.text for t in doc if _is_cap(t) and t.i not in scan.sent_first}
    found: list[Cand] = []
    removed: list[Cand] = []
    i = 0
    while i < len(doc):
        lead = _leading_place(doc, i, scan)
        if lead is not None:
            found.append(lead[0])
            removed.append(scan.owner[i])
            j = lead[1]
            i = j
            continue
        if not scan.free_cap(i):
            i += 1
            continue
        j, swallowed = scan.sequence(i)
        cand = _typed(doc, i, j, lex, scan, stop, lower_words, capitalised_inside, found + cands)
        if cand is not None and not (strong_only and cand.source == "caps-weak"):
            cand.source = "caps"
            found.append(cand)
            removed.extend(swallowed)
            cand.country = cand.country or next((s.country for s in swallowed if s.country), None)
        i = j
    gone = {id(c) for c in removed}
    kept = [c for c in cands if id(c) not in gone]
    return sorted(kept + found, key=lambda c: c.start)


@lru_cache(maxsize=8)
def stop_words(language: str) -> frozenset[str]:
    return frozenset(w.lower() for w in get_lang_class(language).Defaults.stop_words)


def _typed(doc: Doc, i: int, j: int, lex: EntityLexicon, scan: _Scanner, stop: frozenset[str],
           lower_words: set[str], capitalised_inside: set[str], known: list[Cand]) -> Cand | None:
    if i in scan.sent_first and j - i > 1 and doc[i].text.lower() in lower_words | stop:
        i += 1  # "Local media", "Demonstrators attempted": a common word opening the sentence
    if i > 0 and _norm(doc[i - 1]) in lex.words("street_before"):
        return None  # "via Baku": a street name, not the place it is named after
    trimmed = strip_name(doc, i, j, lex)
    if trimmed is None:
        return None
    start, end, titled = trimmed
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    words = [_norm(t) for t in span if t.text[:1].isalnum()]
    if not words or all(w in stop for w in words):
        return None
    name = " ".join(span.text.split())
    key = "new:" + name.casefold()
    if titled:
        if not any(sum(ch.isalpha() for ch in w) >= 2 for w in words):
            return None  # "Gen Z": an initial after a title-like word is no name
        return Cand(start, end, key, name, "PER", source="caps")
    etype = head_type(words, lex)
    if etype is not None:
        if all(w in scan.heads or w in scan.connectors for w in words):
            return None  # a bare "Comando", "Ministry": a common noun, not a name
        return Cand(start, end, key, name, etype, source="caps")
    city = gazetteer_lookup(name)
    if city is not None:
        return Cand(start, end, "new:" + city[0].casefold(), city[0], "GPE", source="caps", country=city[1])
    if span[0].i in scan.sent_first and len(span) == 1 and span.text not in capitalised_inside:
        return None
    if words[0] in lex.words("loc_prefixes") and len(words) > 1:
        return Cand(start, end, key, name, "LOC", source="caps-weak")
    if len(span) == 1:
        return _single(doc, span.start, name, key, known)
    if len(words) <= MAX_PERSON_TOKENS and _person_like(span, stop, lex.words("person_particles")):
        return Cand(start, end, key, name, "PER", source="caps-weak")
    if len(words) <= MAX_PERSON_TOKENS:
        return None  # "Black Friday", "COVID Task": capitalised, but no evidence of what it is
    return Cand(start, end, key, name, "ORG", source="caps-weak")


def _person_like(span: SpacySpan, stop: frozenset[str], particles: frozenset[str]) -> bool:
    """Words that may make a person's name: capitalised, alphabetic, none a weekday or function word."""
    for t in span:
        w = _norm(t)
        if w in particles:
            continue
        plain = t.text.replace("-", "").replace("'", "").replace("’", "").replace(".", "")
        if w in stop or not t.text[:1].isupper() or not plain.isalpha() or (t.text.isupper() and len(plain) > 2):
            return False
    return True


def head_type(words: list[str], lex: EntityLexicon) -> str | None:
    org, fac, loc = lex.words("org_heads"), lex.words("fac_heads"), lex.words("loc_heads")
    heads = [("ORG" if w in org else "FAC" if w in fac else "LOC") for w in words if w in org | fac | loc]
    if not heads:
        return None
    # the English head closes the name ("... Office"), the Italian one opens it ("Direzione ...")
    return "ORG" if "ORG" in heads else heads[-1]


def _single(doc: Doc, index: int, name: str, key: str, known: list[Cand]) -> Cand | None:
    """A lone capitalised word: an acronym, a surname of a named person, or a member of a list of places."""
    token = doc[index]
    start, end = token.idx, token.idx + len(token.text)
    if token.text.isupper() and len(token.text) >= 2:
        return Cand(start, end, key, name, "ORG", source="caps-weak")
    if any(c.type == "PER" and len(c.name.split()) > 1 and c.name.split()[-1].casefold() == name.casefold()
           for c in known):
        return Cand(start, end, key, name, "PER", source="caps")
    sibling = _coordinated_type(doc, index, known)
    if sibling is not None:
        return Cand(start, end, key, name, sibling, source="caps-weak")
    return None


def _coordinated_type(doc: Doc, index: int, known: list[Cand]) -> str | None:
    """The type of a place listed next to this word ("Bagheria, Terrasini, Pagliarelli e Carini")."""
    links = {",", "e", "ed", "and", "or", "o"}
    neighbours = []
    if index >= 2 and doc[index - 1].text.lower() in links:
        neighbours.append(doc[index - 2].idx)
    if index + 2 < len(doc) and doc[index + 1].text.lower() in links:
        neighbours.append(doc[index + 2].idx)
    for c in known:
        if c.type in PLACE_TYPES and any(c.start <= n < c.end for n in neighbours):
            return c.type
    return None


def _leading_place(doc: Doc, i: int, scan: _Scanner) -> tuple[Cand, int] | None:
    """An organisation whose name opens with a known place or demonym ("Congo River Alliance")."""
    owner = scan.owner.get(i)
    if owner is None or (i > 0 and scan.owner.get(i - 1) is owner):
        return None
    if owner.type not in PLACE_TYPES or owner.kind not in ("name", "demonym"):
        return None
    span = doc.char_span(owner.start, owner.end, alignment_mode="expand")
    if span is None or not scan.free_cap(span.end):
        return None
    j, _ = scan.sequence(span.end)
    words = [_norm(t) for t in doc[span.end:j]]
    etype = head_type(words, scan.lex)
    if etype not in ("ORG", "FAC"):
        return None
    end = doc[j - 1].idx + len(doc[j - 1].text)
    name = " ".join(doc.text[owner.start:end].split())
    return Cand(owner.start, end, "new:" + name.casefold(), name, etype, source="caps", country=owner.country), j


def template_candidates(text: str, lex: EntityLexicon, cands: list[Cand]) -> list[Cand]:
    """``cands`` with institutions named after a known place ("Procura di Palermo") replacing the place."""
    templates = lex.data.get("templates", [])
    out = list(cands)
    for place in [c for c in cands if c.type in PLACE_TYPES and c.kind == "name"]:
        for t in templates:
            hit = _template_span(text, place, t["forms"])
            if hit is None:
                continue
            start, end = hit
            name = t["name"].replace("{place}", place.name)
            out.remove(place)
            out.append(Cand(start, end, "new:" + name.casefold(), name, t.get("type", "ORG"), source="dict",
                            country=place.country, sector=t.get("sector")))
            break
    return sorted(out, key=lambda c: c.start)


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


def _words_regex(phrase: str) -> str:
    words = phrase.replace("’", "'").split()
    return r"\s+".join(re.escape(w).replace("'", "['’]") for w in words)
