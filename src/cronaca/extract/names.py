"""Names the dictionary does not know: trimming NER spans and, without NER, capitalised sequences.

A capitalised sequence may run over connectors ("Ministry of Communication and Information Technology",
"Maurizio de Lucia", "Santa Maria di Gesù") and is typed by its words: a title before it makes a person,
a head word an organisation, facility or place, the gazetteer a city; two to four bare capitalised words
make a person. Sentence-initial single words ("Authorities", "Doctors") are kept only when the article
also capitalises them elsewhere; a run holding a capitalised function word is a title-case headline.
Words around a name type it too: a lower-case head after it ("the Louvre museum"), an organisation noun
before it ("the rights group NetBlocks"), a member's title after it ("Chadema spokesman"), a locality noun
before it ("nel quartiere di Scampia"); after "title of", an institution's name that runs into a person's
is split ("il presidente del Senato Ignazio La Russa"). NER spans are grown over the capitalised words that
continue them. The word lists come from ``lang/<lang>/entities.toml``; the words around a name
are read by :mod:`cronaca.extract.name_context`.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Doc

from ._phrases import DASHES, DATELINE_TOKENS, fold
from .entity_lexicon import PLACE_TYPES, Cand, EntityLexicon, lexicon
from .name_context import (
    MAX_PERSON_TOKENS,
    after_org_noun,
    coordinated_type,
    facility_head_before,
    head_type,
    institution_before,
    is_cap,
    member_title_after,
    norm,
    org_apposition,
    person_after_institution,
    person_like,
    place_noun_type,
    stop_words,
    titled_person,
    trailing_head,
)

_INTERNATIONAL = frozenset({"UNO", "EUR", "IGO"})  # codes of bodies with missions and delegations of their own
# parts of speech of a function word that opens a sentence and so is capitalised ("In Caracas, ...")
_OPENING_POS = frozenset({"ADP", "CCONJ", "SCONJ", "ADV", "PRON"})
# parts of speech a tagger gives no name (empty without a tagger, so nothing is excluded then)
_NOT_NAME_POS = frozenset({"ADJ", "VERB", "ADV", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "NUM"})


SURE_FEATURES = frozenset({"country", "capital", "region"})
# a city's alternate names ("Leopoli") are trusted only for large cities and not-too-short forms: small
# places' variants collide with surnames and common words ("le Vele" is not Belém)
MIN_ALIAS_POPULATION = 200_000
MIN_ALIAS_LENGTH = 5


def gazetteer_lookup(name: str) -> tuple[str, str] | None:
    """The canonical English name and ISO alpha-3 country of the place ``name`` may be ("Leopoli" ->
    Lviv, UKR), from the packaged gazetteer of the places stage."""
    from .gazetteer import CONFIRMED_ONLY, load_gazetteer

    surface = " ".join(name.split())
    gaz = load_gazetteer()
    # its keys keep the case; a dateline's "DAKAR" is looked up as "Dakar"
    places = gaz.lookup(surface) or (gaz.lookup(surface.title()) if surface.isupper() else [])
    # towns, villages and provinces are for the places stage, in a country the article names; their names
    # are too often surnames and words to decide what a name is
    places = [p for p in places if p.feature not in CONFIRMED_ONLY]
    for p in places[:1]:
        trusted = p.feature in SURE_FEATURES or (p.population >= MIN_ALIAS_POPULATION
                                                  and len(surface) >= MIN_ALIAS_LENGTH)
        if p.country and (trusted or _primary(surface, p.primary)):
            return p.name, p.country
    # else a smaller place whose own name it is beats the one it is only a variant of ("Goris" is the
    # Armenian town, not Gori in Georgia)
    for p in places[1:]:
        if p.country and _primary(surface, p.primary):
            return p.name, p.country
    return None


def capital_lookup(name: str) -> bool:
    """``name`` is the name (or a trusted variant) of a capital city or of a country: "Dacca", "Pechino"."""
    from .gazetteer import load_gazetteer

    places = load_gazetteer().lookup(" ".join(name.split()))
    return bool(places) and places[0].feature in ("capital", "country") and gazetteer_lookup(name) is not None


def town_lookup(name: str, countries: set[str], features: tuple[str, ...] | None = None) -> tuple[str, str] | None:
    """The town, village or province of the gazetteer (``features``, by default all the places that need
    their country named) whose own name ``name`` is, in one of ``countries``: for a name the NER already calls
    a place ("hospitals in Otukpo" in a sentence naming Nigeria; "Guayas" in a story from Ecuador)."""
    from .gazetteer import CONFIRMED_ONLY, load_gazetteer

    surface = " ".join(name.split())
    for p in load_gazetteer().lookup(surface):
        if p.feature in (features or CONFIRMED_ONLY) and p.country in countries and _primary(surface, p.primary):
            return p.name, p.country
    return None


def _primary(surface: str, primary: Iterable[str]) -> bool:
    """``surface`` is a place's canonical name, also without its diacritics ("Karditsa" for "Kardítsa") when
    long enough not to be a common word ("Dura" is not Dūrā)."""
    return surface.casefold() in {n.casefold() for n in primary} or (
        len(surface) > MIN_ALIAS_LENGTH and fold(surface) in {fold(n) for n in primary})


def strip_name(doc: Doc, start: int, end: int, lex: EntityLexicon) -> tuple[int, int, bool] | None:
    """Character span of tokens ``[start, end)`` without leading determiners/titles and trailing
    connectors, and whether a title stood before the name ("Dr. Paudel", "il procuratore Maurizio ...")."""
    titles, dets = lex.words("titles"), lex.words("determiners")
    connectors = lex.words("name_connectors")
    titled = False
    while start < end:
        w = norm(doc[start])
        nxt = norm(doc[start + 1]) if start + 1 < end else ""
        if w in dets and article_place(doc, start, end, lex) is None:
            start += 1
        elif w in titles and start + 1 < end:
            titled, start = True, start + 1
        elif w in connectors and nxt in titles and start + 2 < end:
            start += 1
        elif doc[start].is_sent_start and doc[start].pos_ in _OPENING_POS and start + 1 < end:
            start += 1  # "In Caracas, ...": a preposition opening the sentence, capitalised only for that
        else:
            break
    while end > start and (norm(doc[end - 1]) in connectors | dets or not doc[end - 1].text[:1].isalnum()):
        end -= 1  # "Alleanza per l'": no name ends on a connector or an article
    heads = lex.words("org_heads") | lex.words("fac_heads")
    # "Treasury Secretary Scott Bessent", "Senate Majority Leader John Thune": the name follows the last
    # title word, unless an institution's head word comes after it ("Minister of State Security")
    last = max((k for k in range(start, end - 1) if norm(doc[k]) in titles), default=None)
    # (a name opens with a capital: "Committee for the Defence | of Human Rights" is no title and name)
    if last is not None and end - last - 1 >= 2 and not any(norm(t) in heads for t in doc[last + 1:end]) \
            and doc[last + 1].text[:1].isupper():
        start, titled = last + 1, True
    if end <= start or all(norm(t) in titles | connectors for t in doc[start:end]):
        return None  # "Prime Minister" alone is a role, not a name
    prev = start - 1
    while prev >= 0 and norm(doc[prev]) in dets:
        prev -= 1
    if prev >= 0 and norm(doc[prev]) in titles and norm(doc[prev]) not in connectors:
        titled = True
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), titled


@lru_cache(maxsize=8)
def _article_prepositions(language: str) -> dict[str, str]:
    """Preposition joined to an article -> that article, from the language pack ("della" -> "La")."""
    return {prep: article for prep, article in lexicon(language).data.get("article_prepositions", [])}


def place_with_article(doc: Doc, start: int, name: str, lex: EntityLexicon) -> tuple[str, str] | None:
    """The gazetteer place of a name after a preposition joined to an article, looked up with that article
    ("della Spezia": La Spezia), from the language pack's ``article_prepositions``."""
    table = _article_prepositions(lex.language)
    span = doc.char_span(start, start + len(name), alignment_mode="expand")
    if not table or span is None or span.start == 0:
        return None
    article = table.get(norm(doc[span.start - 1]))
    if article is None:
        return None
    return gazetteer_lookup(article + ("" if article.endswith("'") else " ") + name)


def noun_typed_place(doc: Doc, start: int, name: str, place: str, lex: EntityLexicon) -> tuple[str, str | None]:
    """Name and country of a place the noun before it types ("the city of Nakuru", "il sindaco della Spezia",
    "nel porto di Bengasi"): the gazetteer's name and country when it knows the town, also when the text
    dropped its article ("della Spezia": La Spezia); else the name as written."""
    hit = (gazetteer_lookup(name) or place_with_article(doc, start, name, lex) or confirmed_lookup(name)) \
        if place == "GPE" else None
    return (name, None) if hit is None else hit


def confirmed_lookup(name: str) -> tuple[str, str] | None:
    """The one town, village or province whose own name ``name`` is, when a noun before it already says it
    is a place ("nella provincia di Soum", "the town of Otukpo"); None when several countries have one."""
    from .gazetteer import CONFIRMED_ONLY, load_gazetteer

    surface = " ".join(name.split())
    found = {(p.name, p.country) for p in load_gazetteer().lookup(surface)
             if p.feature in CONFIRMED_ONLY and p.country and _primary(surface, p.primary)}
    return found.pop() if len({c for _, c in found}) == 1 and len(found) == 1 else None


def article_place(doc: Doc, start: int, end: int, lex: EntityLexicon) -> tuple[str, str] | None:
    """Name and country of the place that tokens ``[start, end)`` name when they open with a capitalised article
    the gazetteer name has ("La Paz", "L'Aquila", "Le Havre"): the article is part of the name."""
    first = doc[start]
    if end - start < 2 or not first.text[:1].isupper() or norm(first) not in lex.words("determiners"):
        return None
    return gazetteer_lookup(doc.text[first.idx:doc[end - 1].idx + len(doc[end - 1].text)])


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
        self.place_connectors = lex.words("place_connectors")
        self.particles = lex.words("person_particles")
        self.conj = lex.words("org_conjunctions")
        self.sent_first = _sentence_firsts(doc)

    def free_cap(self, i: int) -> bool:
        return i < len(self.doc) and i not in self.owner and is_cap(self.doc[i])

    def free_particle_name(self, i: int) -> bool:
        """ "el-Sheikh", "al-Juma": a particle joined by a hyphen to a capitalised word, one token, inside
        a name."""
        if i >= len(self.doc) or i in self.owner:
            return False
        particle, hyphen, rest = self.doc[i].text.partition("-")
        return bool(hyphen) and particle.lower() in self.particles | self.connectors and rest[:1].isupper()

    def sequence(self, i: int) -> tuple[int, list[Cand]]:
        """End token of the sequence starting at ``i`` and the dictionary places it swallows."""
        doc, j, swallowed = self.doc, i + 1, []
        while j < len(doc):
            if self.free_cap(j) or self.free_particle_name(j):
                j += 1
                continue
            w = norm(doc[j])
            has_head = any(norm(t) in self.heads for t in doc[i:j])
            # "San Carlo all'Arena", "San Giovanni a Teduccio": a saint's place name may go on after "at"
            place_joined = w in self.place_connectors and norm(doc[i]) in self.lex.words("loc_prefixes")
            if (w in self.connectors or place_joined) and j + 1 < len(doc):
                allowed = has_head or norm(doc[i]) in self.lex.words("loc_prefixes") or (
                    w in self.particles and not has_head and j - i <= 2)
                if w in self.conj and not has_head:
                    allowed = False
                nxt = self.owner.get(j + 1)
                if norm(doc[j + 1]) in self.lex.words("not_names"):
                    allowed = False  # "Trump Tower on Thursday"
                if allowed and self.free_cap(j + 1):
                    j += 2
                    continue
                # two connectors before the next word of an organisation's name ("Headquarters for the
                # Treatment of Prisoners of War")
                if allowed and has_head and j + 2 < len(doc) and norm(doc[j + 1]) in self.connectors \
                        and norm(doc[j + 1]) not in self.conj and self.free_cap(j + 2) \
                        and norm(doc[j + 2]) not in self.lex.words("not_names"):
                    j += 3
                    continue
                if allowed and has_head and nxt is not None and nxt.type in PLACE_TYPES and nxt.kind == "name":
                    swallowed.append(nxt)
                    span = doc.char_span(nxt.start, nxt.end, alignment_mode="expand")
                    j = span.end if span is not None else j + 2
                    continue
            break
        return j, swallowed


def extend_name(doc: Doc, start: int, end: int, lex: EntityLexicon, cands: list[Cand], organisation: bool = False
                ) -> int:
    """End token of a statistical NER span grown over the capitalised words that continue it: a NER may stop
    at an initial or a conjunction ("K. P." Sharma Oli, "Ministry of Communication" and Information
    Technology)."""
    scan = _Scanner(doc, lex, cands)
    if any(k in scan.owner for k in range(start, end)):
        return end
    j, swallowed = scan.sequence(start)
    # never into the next entity the NER found ("Regione Siciliana" | "Renato Schifani")
    places = {k for c in swallowed for k in range(j) if c.start <= doc[k].idx < c.end}
    j = next((k for k in range(end, j) if doc[k].ent_iob_ == "B" and k not in places), j)
    if (swallowed and not organisation) or j <= end \
            or any(is_cap(t) and norm(t) in lex.words("not_names") for t in doc[end:j]):
        return end  # "Zelensky Monday"; only an organisation's name holds a place ("... Cacciatori di Sicilia")
    return j


def extend_name_left(doc: Doc, start: int, lex: EntityLexicon, cands: list[Cand]) -> int:
    """Start token of a NER person grown leftwards over the capitalised words and particles of the same name
    ("Giacomo" -> "Flavio Di Giacomo")."""
    scan = _Scanner(doc, lex, cands)
    particles, titles = lex.words("person_particles"), lex.words("titles")
    k = start
    while k > 0:
        prev = doc[k - 1]
        w = norm(prev)
        if not scan.free_cap(k - 1) or w in titles or w in lex.words("not_names") or prev.ent_iob_ in ("B", "I"):
            break
        if k >= 2 and norm(doc[k - 2]) in lex.words("no_name_after"):
            break  # "la ministra del Lavoro Marina Calderone": a field after "del", not a first name
        if w in particles or (k - 1) not in scan.sent_first or k - 1 == 0:
            k -= 1
            if (k) in scan.sent_first:
                break
            continue
        break
    # a particle cannot open the name
    while k < start and norm(doc[k]) in particles:
        k += 1
    return _saint_place_before(doc, k, lex, scan)


def _saint_place_before(doc: Doc, start: int, lex: EntityLexicon, scan: _Scanner) -> int:
    """ "Santa Maria di | Gesù": the NER's name is the end of a place named after a saint (or a gate, a
    mountain), which runs on over "di"; the start of the whole name."""
    if start < 3 or not doc[start - 1].text.islower() or norm(doc[start - 1]) not in lex.words("name_connectors"):
        return start
    j = start - 1
    while j > 0 and start - 1 - j < 3 and scan.free_cap(j - 1):
        j -= 1
    return j if j < start - 1 and norm(doc[j]) in lex.words("loc_prefixes") else start


_FIRSTS_KEY = "cronaca.sentence_firsts"


def _sentence_firsts(doc: Doc) -> frozenset[int]:
    """Index of the first word of every sentence (after opening quotes and dashes), computed once per doc
    (the sentence boundaries are set before the extractors run)."""
    cached = doc.user_data.get(_FIRSTS_KEY)
    if cached is not None and cached[0] == len(doc):
        known: frozenset[int] = cached[1]
        return known
    firsts = _compute_sentence_firsts(doc)
    doc.user_data[_FIRSTS_KEY] = (len(doc), firsts)
    return firsts


def _compute_sentence_firsts(doc: Doc) -> frozenset[int]:
    firsts: set[int] = set()
    starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    for s in starts:
        i = s
        while i < len(doc) and not doc[i].text[:1].isalnum():
            i += 1
        firsts.add(i)
    for t in doc:
        # after a full stop, also when a closing quote follows it ('... on X." Opposition leader ...'), and
        # after a dateline's dash ("KHARTOUM, Sudan (AP) — Paramilitary fighters ...")
        dateline = t.text in DASHES and bool(t.whitespace_) and t.i > 0 and bool(doc[t.i - 1].whitespace_) \
            and t.i - t.sent.start <= DATELINE_TOKENS if doc.has_annotation("SENT_START") else False
        if dateline or "\n" in t.whitespace_ or t.text.strip() == "" or t.text in (".", "!", "?", ".\"", ".”", ".»"):
            k = t.i + 1
            while k < len(doc) and not doc[k].text[:1].isalnum():
                k += 1
            firsts.add(k)
    return frozenset(firsts)


def capitalised_candidates(doc: Doc, lex: EntityLexicon, cands: list[Cand], strong_only: bool = False,
                           hints: list[tuple[int, int]] | None = None) -> list[Cand]:
    """``cands`` plus candidates for capitalised names nothing else matched; with ``strong_only`` (when NER
    ran) only names a title, a head word or the gazetteer types."""
    scan = _Scanner(doc, lex, cands)
    stop = lex.words("not_names") | stop_words(doc.lang_)
    lower_words = {t.text.lower() for t in doc if t.text[:1].islower()}
    capitalised_inside = {t.text for t in doc if is_cap(t) and t.i not in scan.sent_first}
    found: list[Cand] = []
    removed: list[Cand] = []
    i = 0
    while i < len(doc):
        lead = _leading_place(doc, i, scan)
        if lead is not None:
            found.append(lead[0])
            owner = scan.owner[i]
            # the place and any reading of it as its government ("London" in "London Stock Exchange")
            removed.extend(c for c in cands if (c.start, c.end) == (owner.start, owner.end))
            j = lead[1]
            i = j
            continue
        if not scan.free_cap(i):
            i += 1
            continue
        j, swallowed = scan.sequence(i)
        cand = _typed(doc, i, j, lex, scan, stop, lower_words, capitalised_inside, found + cands)
        hinted = any(s <= cand.start and cand.end <= e for s, e in hints or ()) if cand is not None else False
        if cand is not None and not (strong_only and cand.source == "caps-weak" and not hinted
                                     and not _surname_known(cand, cands)):
            cand.source = "caps"
            found.append(cand)
            institution = institution_before(doc, i, cand, lex)
            if institution is not None:
                found.append(institution)  # "dell'Osservatorio Vesuviano" before "Mauro Di Vito"
            removed.extend(swallowed)
            cand.country = cand.country or next((s.country for s in swallowed if s.country), None)
        i = j
    gone = {id(c) for c in removed}
    kept = [c for c in cands if id(c) not in gone]
    return sorted(kept + found, key=lambda c: c.start)


def _surname_known(cand: Cand, cands: list[Cand]) -> bool:
    """A full name the NER missed whose surname it found alone elsewhere ("Laure Beccuau ... Beccuau said")."""
    if cand.type != "PER" or len(cand.name.split()) < 2:
        return False
    last = cand.name.split()[-1].casefold()
    return any(c.source == "ner" and c.name.casefold() == last for c in cands)

def _typed(doc: Doc, i: int, j: int, lex: EntityLexicon, scan: _Scanner, stop: frozenset[str],
           lower_words: set[str], capitalised_inside: set[str], known: list[Cand]) -> Cand | None:
    if i in scan.sent_first and j - i > 1 and doc[i].text.lower() in lower_words | stop:
        i += 1  # "Local media", "Demonstrators attempted": a common word opening the sentence
    if i > 0 and norm(doc[i - 1]) in lex.words("street_before"):
        return None  # "via Baku": a street name, not the place it is named after
    j = _lowercase_tail(doc, i, j, lex, stop)
    trimmed = strip_name(doc, i, j, lex)
    if trimmed is None:
        return None
    owner_after = scan.owner.get(j)
    if norm(doc[j - 1]) in lex.words("titles") and owner_after is not None and owner_after.type == "PER":
        return None  # "Treasury Secretary Scott Bessent": the role of the person named next
    start, end, titled = trimmed
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    words = [norm(t) for t in span if t.text[:1].isalnum()]
    if not words or all(w in stop for w in words):
        return None
    name = " ".join(span.text.split())
    key = "new:" + name.casefold()
    if any(t.text[:1].isupper() and norm(t) in lex.words("title_case_words") for t in span[1:]):
        return None  # "Ultime Notizie Dal Fronte", "Attack On Kyiv As Talks Stall": a title-case headline
    person = person_after_institution(doc, span, lex, stop)
    if person is not None:
        return person  # before the title test: "per l'Allargamento Marta Kos" is titled, but not all a name
    if titled or titled_person(doc, span.start, span.end, lex):
        if not any(sum(ch.isalpha() for ch in w) >= 2 for w in words):
            return None  # "Gen Z": an initial after a title-like word is no name
        return Cand(start, end, key, name, "PER", source="caps")
    etype = head_type(words, lex)
    if after_org_noun(doc, span.start, lex, [c for c in known if c.source == "caps"]):
        return Cand(start, end, key, name, "ORG", source="caps")  # "i sindacati Anaao Assomed e Nursing Up"
    if etype is not None:
        if all(w in scan.heads or w in scan.connectors for w in words):
            return None  # a bare "Comando", "Ministry": a common noun, not a name
        return Cand(start, end, key, name, etype, source="caps")
    place = place_noun_type(doc, span.start, lex)
    if place is not None:
        town, town_country = noun_typed_place(doc, start, name, place, lex)
        return Cand(start, end, "new:" + town.casefold(), town, place, source="caps", country=town_country)
    if org_apposition(doc, span.end, lex):
        return Cand(start, end, key, name, "ORG", source="caps")
    if len(span) == 1 and span[0].i in scan.sent_first and span[0].pos_ in _NOT_NAME_POS:
        return None  # "Dure le opposizioni": an adjective opening the sentence, not the town of Dure
    city = gazetteer_lookup(name)
    if city is not None:
        return Cand(start, end, "new:" + city[0].casefold(), city[0], "GPE", source="caps", country=city[1])
    if span[0].i in scan.sent_first and len(span) == 1 and span.text not in capitalised_inside:
        return None
    follower = trailing_head(doc, span.end, lex)
    if follower is not None and not (span[0].i in scan.sent_first and words[0] in lower_words):
        return Cand(start, end, key, name, follower, source="caps")
    if words[0] in lex.words("loc_prefixes") and len(words) > 1:
        return Cand(start, end, key, name, "LOC", source="caps-weak")
    if facility_head_before(doc, span.start, lex):
        # "all'ospedale Nasser"; "nel carcere Lorusso e Cutugno" is named after two people
        k = span.end
        if k + 1 < len(doc) and norm(doc[k]) in lex.words("org_conjunctions") and is_cap(doc[k + 1]):
            k += 2
            while k < len(doc) and is_cap(doc[k]):
                k += 1
            end = doc[k - 1].idx + len(doc[k - 1].text)
            name = " ".join(doc.text[start:end].split())
            key = "new:" + name.casefold()
        return Cand(start, end, key, name, "FAC", source="caps")
    if len(span) == 1:
        return _single(doc, span.start, name, key, known, lex)
    if any(w in lex.words("media_words") for w in words):
        return Cand(start, end, key, name, "ORG", source="caps")  # "Online Khabar", "Daily Nation"
    if len(words) <= MAX_PERSON_TOKENS and person_like(span, stop, lex.words("person_particles")):
        return Cand(start, end, key, name, "PER", source="caps-weak")
    if len(words) <= MAX_PERSON_TOKENS:
        return None  # "Black Friday", "COVID Task": capitalised, but no evidence of what it is
    return Cand(start, end, key, name, "ORG", source="caps-weak")


def _lowercase_tail(doc: Doc, i: int, j: int, lex: EntityLexicon, stop: frozenset[str]) -> int:
    """ "Istituto nazionale di geofisica e vulcanologia", "Consiglio superiore della magistratura": in languages
    that capitalise only the first word of an institution's name, the lower-case words after a capitalised
    head belong to it (up to a function word, a verb or punctuation). Only with a tagger: without one a verb
    ("la Procura indaga") cannot be told from an adjective."""
    if not lex.data.get("lowercase_name_tails") or j - i != 1 or norm(doc[i]) not in lex.words("org_heads") \
            or not doc.has_annotation("POS"):
        return j
    connectors = lex.words("name_connectors")
    k, end, limit = j, j, min(len(doc), j + 7)
    while k < limit:
        t = doc[k]
        w = norm(t)
        if t.is_alpha and t.text[:1].islower() and t.pos_ in ("NOUN", "ADJ") and w not in connectors \
                and w not in lex.words("not_names"):
            k += 1
            end = k
        elif w in connectors and k + 1 < limit and doc[k + 1].text[:1].islower():
            k += 1
        else:
            break
    return end


def _single(doc: Doc, index: int, name: str, key: str, known: list[Cand], lex: EntityLexicon) -> Cand | None:
    """A lone capitalised word: an acronym, a surname of a named person, or a member of a list of places."""
    token = doc[index]
    start, end = token.idx, token.idx + len(token.text)
    if token.text.isupper() and len(token.text) >= 2:
        return Cand(start, end, key, name, "ORG", source="caps-weak")
    if _names_organisation(doc, index, lex):
        return Cand(start, end, key, name, "ORG", source="caps")
    if any(c.type == "PER" and len(c.name.split()) > 1 and c.name.split()[-1].casefold() == name.casefold()
           for c in known):
        return Cand(start, end, key, name, "PER", source="caps")
    sibling = coordinated_type(doc, index, known, lex)
    if sibling is not None:
        return Cand(start, end, key, name, sibling, source="caps-weak")
    return None


def _names_organisation(doc: Doc, index: int, lex: EntityLexicon) -> bool:
    """ "the monitoring group NetBlocks", "la Ong Sea-Watch": after a lower-case organisation noun; "Chadema
    spokesman John Kitoka": before a title only organisations have."""
    if index > 0 and doc[index - 1].text[:1].islower() and norm(doc[index - 1]) in lex.words("org_heads"):
        return True
    # a capitalised word after a full stop may be a common noun opening the sentence ("X. Opposition leader")
    prev = doc[index - 1].text if index > 0 else ""
    before = doc[index - 2].text if index > 1 else ""
    after_stop = prev.endswith((".", "!", "?")) or (prev in ("\"", "”", "»") and before.endswith((".", "!", "?")))
    return not after_stop and member_title_after(doc, index + 1, lex)


def _leading_place(doc: Doc, i: int, scan: _Scanner) -> tuple[Cand, int] | None:
    """An organisation whose name opens with a known place or demonym ("Congo River Alliance")."""
    owner = scan.owner.get(i)
    if owner is None or (i > 0 and scan.owner.get(i - 1) is owner):
        return None
    # a capital taken for its government ("London") may still open an institution's name; so may an
    # international body its own bodies ("European Union Mission in Armenia")
    body = owner.type == "ORG" and owner.kind == "name" and owner.country in _INTERNATIONAL
    if not body and ((owner.type not in PLACE_TYPES and owner.kind != "metonym")
                     or owner.kind not in ("name", "demonym", "metonym")):
        return None
    span = doc.char_span(owner.start, owner.end, alignment_mode="expand")
    if span is None or not scan.free_cap(span.end):
        return None
    j, _ = scan.sequence(span.end)
    words = [norm(t) for t in doc[span.end:j]]
    etype = head_type(words, scan.lex)
    if etype not in ("ORG", "FAC") or (body and etype != "ORG"):
        return None
    place = scan.owner.get(j + 1)
    if body and j + 1 < len(doc) and norm(doc[j]) in scan.lex.words("place_links") and place is not None \
            and place.type in PLACE_TYPES and place.start == doc[j + 1].idx:
        # "... Mission in Armenia", "... Delegation to Ukraine": the place the body serves ends its name
        place.hidden = True
        place_span = doc.char_span(place.start, place.end, alignment_mode="expand")
        j = place_span.end if place_span is not None else j + 2
    end = doc[j - 1].idx + len(doc[j - 1].text)
    name = " ".join(doc.text[owner.start:end].split())
    return Cand(owner.start, end, "new:" + name.casefold(), name, etype, source="caps", country=owner.country), j
