"""Places: names of the packaged gazetteer found in the text, and the place of an event.

The stage sets ``doc._.cronaca_locations`` to a list of :class:`~cronaca.records.Location` (text
order, each with its ``span``): countries, regions, cities, and facilities named after a place ("la
centrale nucleare di Zaporizhzhia", "the Zaporizhzhia nuclear plant" → feature "facility", name
"Zaporizhzhia Nuclear Power Plant", coordinates of the place).

A name counts when it is written as in the gazetteer (case included), is not part of a person's
name (the NER, or a capitalised neighbour word, tells), and — for small towns and for alternate
names that open a sentence — when a locative cue ("a", "in", "near") licenses it. When one name fits
several places, a place in a country named elsewhere in the article wins, then the larger one.

Helper for the event stage: :func:`event_location`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ..lang import load_resource
from ..records import Location, Span
from ._phrases import alternation, bounded, fold, sentence_bounds
from .gazetteer import CONFIRMED_ONLY, SETTLEMENTS, Gazetteer, Place, load_gazetteer, name_key

_WORD = re.compile(r"[^\W_]+")
SCENE_OPENING = 3  # tokens a sentence-opening place may stand after ("A Milano", "In central Kyiv")
SMALL_TOWN = 100_000  # below this a city needs a locative cue or the NER to count


@dataclass(frozen=True, slots=True)
class PlaceLexicon:
    """The place cues of one language."""

    locative: re.Pattern[str]  # a strong cue ending right before a name (with optional adjectives)
    weak: re.Pattern[str]
    facilities: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]  # (template, before, after)
    stop_words: frozenset[str]
    place_noun: re.Pattern[str]  # "city of", "città di": the name after it is a place even if NER says person
    topic: re.Pattern[str]  # "the situation in", "la guerra in": the place is what is talked about
    target: re.Pattern[str]  # "against", "contro": a country after it is a target, not a scene
    possessive: re.Pattern[str]  # "'s" after a name: the place stands for its government or people
    not_places: frozenset[str]  # surface forms that are words or names, never places, in this language
    origin: re.Pattern[str]  # "Da Bruxelles, ...", "From Brussels, ...": a sentence opened where its speaker is
    joiners: frozenset[str]  # "and", "e": words that join the names of a list
    venue: re.Pattern[str]  # "told reporters in", "ha detto ai giornalisti a": where a speaker spoke
    capital: re.Pattern[str] | None  # "the capital", «la capitale»: a country's capital left unnamed
    meeting_nouns: frozenset[str]  # "talks", «vertice»: a place they take is where what is said there is said
    capital_not_before: re.Pattern[str]  # "capital gains", «capitale sociale»: not the city
    capital_owner: re.Pattern[str]  # "of", «del»: the country whose capital it is follows


@lru_cache(maxsize=8)
def lexicon(language: str) -> PlaceLexicon:
    data: dict[str, Any] = load_resource(language, "places")
    between = alternation(data.get("between", []))
    flags = re.IGNORECASE

    def ending(cues: list[str]) -> re.Pattern[str]:
        return re.compile(bounded(alternation(cues)) + rf"(?:\s+{between})*\s*$", flags)

    facilities = []
    for spec in data.get("facilities", {}).values():
        before = re.compile(bounded(alternation(spec.get("before", []))) + r"\s+$", flags)
        after = re.compile(r"^\s+" + bounded(alternation(spec.get("after", []))), flags)
        facilities.append((str(spec["name"]), before, after))
    from spacy.util import get_lang_class

    return PlaceLexicon(
        locative=ending(data.get("locative", [])), weak=ending(data.get("weak_locative", [])),
        facilities=tuple(facilities),
        stop_words=frozenset(fold(w) for w in get_lang_class(language).Defaults.stop_words),
        place_noun=ending(data.get("place_nouns", [])), topic=ending(data.get("topic_nouns", [])),
        target=ending(data.get("target_cues", [])),
        possessive=re.compile(alternation(data.get("possessive", [])) + r"(?!\w)"),
        not_places=frozenset(str(w) for w in data.get("not_places", [])),
        origin=re.compile(r"(?:^|[.!?\n»”\"]\s*)" + bounded(alternation(data.get("origin_openers", []) or ["\0"]))
                          + r"\s+$", flags),
        joiners=frozenset(data.get("list_joiners", [])),
        venue=_venue_pattern(data, between, flags),
        capital=re.compile(bounded(alternation(data.get("capital_determiners", []))) + r"\s+(?P<word>"
                           + alternation(data["capital_words"]) + r")(?!\w)", flags)
        if data.get("capital_words") else None,
        meeting_nouns=frozenset(fold(w) for w in data.get("meeting_nouns", [])),
        capital_not_before=re.compile(r"^\s+" + bounded(alternation(data.get("capital_not_before", []))), flags),
        capital_owner=re.compile(r"^\s+" + bounded(alternation(data.get("capital_owners", []))) + r"\s+", flags),
    )


def _venue_pattern(data: dict[str, Any], between: str, flags: re.RegexFlag) -> re.Pattern[str]:
    """A speech verb, an optional audience or medium, a preposition, then the place ("said in a statement
    from", "told a news conference in", "ha dichiarato in conferenza stampa a")."""
    verbs, preps = data.get("venue_verbs", []), data.get("venue_preps", [])
    if not verbs or not preps:
        return re.compile(r"(?!x)x")
    audience = alternation(data.get("venue_audiences", []))
    # the speaker's name may stand after the verb ("ha detto Tajani ai giornalisti a Bruxelles")
    name = r"(?:\s+(?-i:[A-ZÀ-Ý][\w'’.-]*)){0,3}"
    return re.compile(bounded(alternation(verbs)) + name + rf"(?:\s+{bounded(audience)})?\s+"
                      + bounded(alternation(preps)) + rf"(?:\s+{between})*\s*$", flags)


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    places: list[Place]
    cue: int  # 2 strong locative cue, 1 weak, 0 none
    facility: str | None = None  # template of the facility the place names
    fac_start: int = 0
    fac_end: int = 0


class PlaceExtractor:
    """spaCy component: sets ``doc._.cronaca_locations``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.language = nlp.lang
        self.lexicon = lexicon(nlp.lang)
        self.gazetteer = load_gazetteer()

    def __call__(self, doc: Doc) -> Doc:
        doc._.cronaca_locations = find_places(doc, self.gazetteer, self.lexicon)
        return doc


def find_places(doc: Doc, gaz: Gazetteer, lex: PlaceLexicon) -> list[Location]:
    """Every place named in ``doc``, resolved, in text order."""
    text = doc.text
    blocked = _person_spans(doc)
    heads = _longer_names(doc)
    ner_only = _ner_persons(doc)
    starts = {s for s, _ in sentence_bounds(doc)}
    named = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC")] + _entity_places(doc)
    hits = [h for h in _scan(text, gaz, lex, starts, named)
            if not any(s < h.end and h.start < e for s, e in blocked)
            and not any(s <= h.start and h.end <= e for s, e in heads)
            and not any(s < h.end and h.start < e for s, e in ner_only if not _place_noun_before(text, h, lex))]
    # an organisation's whole name that is only another name of a place ("the White House" is a name of
    # Casablanca in the gazetteer) is the organisation
    # (not a capital standing for a body it hosts, which the entity stage also names as the place:
    # "Da Bruxelles" is Brussels and, as a metonym, the EU)
    organisations = set(_org_mentions(doc)) - set(_entity_places(doc))
    hits = [h for h in hits if (h.start, h.end) not in organisations
            or any(fold(text[h.start:h.end]) == fold(p.name) for p in h.places)]
    countries = {h.places[0].country for h in hits if len({p.country for p in h.places}) == 1}
    # a town, village or province counts only in a country the article names otherwise ("Los Rios and Guayas
    # provinces" in a story from Ecuador is no Dominican town)
    known = {p.country for h in hits for p in h.places if p.feature not in CONFIRMED_ONLY} | _entity_countries(doc)
    hits = [h for h in hits if h.places[0].feature not in CONFIRMED_ONLY or any(p.country in known for p in h.places)]
    out: list[Location] = []
    for h in hits:
        place = _choose(h.places, countries)
        if h.facility is not None:
            raw = text[h.fac_start:h.fac_end]
            out.append(Location(raw_text=raw, name=h.facility.format(place=place.name),
                                span=Span(h.fac_start, h.fac_end), country=place.country, lat=place.lat,
                                lon=place.lon, geonames_id=None, feature="facility"))
            continue
        out.append(Location(raw_text=text[h.start:h.end], name=place.name, span=Span(h.start, h.end),
                            country=place.country, lat=place.lat, lon=place.lon,
                            geonames_id=place.geonames_id, feature=place.feature))
    return sorted(out + _unnamed_capitals(doc, gaz, lex, out), key=lambda loc: loc.span.start if loc.span else 0)


def _unnamed_capitals(doc: Doc, gaz: Gazetteer, lex: PlaceLexicon, found: list[Location]) -> list[Location]:
    """ "Police arrested 64 people in the capital", «nella capitale del Mozambico»: the capital of the country
    named after it, else of the one country its sentence names, else of the dateline's, else of the country
    most of the article's places lie in. Not when a name follows ("the capital, Kyiv": that name is found)."""
    if lex.capital is None:
        return []
    text = doc.text
    bounds = sentence_bounds(doc)
    out: list[Location] = []
    for m in lex.capital.finditer(text):
        start, end = m.start("word"), m.end("word")
        rest = text[end:end + 40]
        if re.match(r"\s*,?\s*(?-i:[A-ZÀ-Ý])", rest) or lex.capital_not_before.match(rest):
            continue
        country = _capital_country(text, start, end, bounds, lex, found)
        place = gaz.capital_of(country) if country else None
        if place is None:
            continue
        out.append(Location(raw_text=text[start:end], name=place.name, span=Span(start, end), country=place.country,
                            lat=place.lat, lon=place.lon, geonames_id=place.geonames_id, feature="capital"))
    return out


def _capital_country(text: str, start: int, end: int, bounds: list[tuple[int, int]], lex: PlaceLexicon,
                     found: list[Location]) -> str | None:
    owner = lex.capital_owner.match(text[end:end + 12])
    if owner is not None:
        named = next((loc for loc in found if loc.span is not None and loc.span.start == end + owner.end()
                      and loc.feature == "country"), None)
        return named.country if named is not None else None
    lo, hi = next(((s, e) for s, e in bounds if s <= start < e), (start, end))
    here = {loc.country for loc in found if loc.span is not None and lo <= loc.span.start < hi
            and loc.feature == "country" and loc.country}
    if len(here) == 1:
        return here.pop()
    filed = next((loc.country for loc in found if loc.span is not None and dateline_place(text, loc)), None)
    if filed:
        return filed
    ranked = Counter(loc.country for loc in found if loc.country).most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def _entity_countries(doc: Doc) -> set[str | None]:
    """Countries of the article's entities (its people, bodies and places)."""
    return {e.country for e in doc._.cronaca_entities or [] if e.country}


def _entity_places(doc: Doc) -> list[tuple[int, int]]:
    """Characters of the places the entity stage found by name ("the Zvecan municipal building"): they
    license a small town the NER missed, as the NER's own place spans do."""
    return [(m.start, m.end) for entity in doc._.cronaca_entities or [] if entity.type in ("GPE", "LOC")
            for m in entity.mentions]


def _person_spans(doc: Doc) -> list[tuple[int, int]]:
    """Characters of the entity stage's person names: never places ("Paris Hilton", "Victoria Nuland")."""
    spans: list[tuple[int, int]] = []
    for entity in doc._.cronaca_entities or []:
        if entity.type == "PER":
            spans.extend((m.start, m.end) for m in entity.mentions)
    return spans


def _longer_names(doc: Doc) -> list[tuple[int, int]]:
    """The leading words of a longer name the entity stage found: "Santa Maria" of "Santa Maria di Gesù"
    (a Palermo district) is not the town Santa Maria; "Gioia Tauro" in "Piana di Gioia Tauro" stays."""
    spans: list[tuple[int, int]] = []
    for entity in doc._.cronaca_entities or []:
        if entity.type == "PER":
            continue
        for m in entity.mentions:
            place = doc.text[m.start:m.end]
            words = place.split()
            if len(words) > 2 and words[-2].islower() and words[-1][:1].isupper():  # "X di Y", "X of Y"
                head = len(" ".join(words[:-2]))
                spans.append((m.start, m.start + head))
    return spans


def _ner_persons(doc: Doc) -> list[tuple[int, int]]:
    """The NER's person spans, less those overlapping a place or an organisation the entity stage found: the
    weak NER often tags a foreign town as a person ("El Fasher", "Khan Younis"), or part of a facility's
    name ("Russian Zaporizhzhia" of "Russian Zaporizhzhia Nuclear Power Plant")."""
    other = [(m.start, m.end) for entity in doc._.cronaca_entities or [] if entity.type != "PER"
             for m in entity.mentions]
    return [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("PER", "PERSON")
            and not any(s < e.end_char and e.start_char < t for s, t in other)]


def _place_noun_before(text: str, hit: _Hit, lex: PlaceLexicon) -> bool:
    """Whether a place noun ends right before the name ("the city of Nakuru"): stronger than the NER."""
    return lex.place_noun.search(text[max(0, hit.start - 60):hit.start]) is not None


def _choose(places: list[Place], countries: set[str | None]) -> Place:
    in_context = [p for p in places if p.country in countries]
    return (in_context or places)[0]


def _scan(text: str, gaz: Gazetteer, lex: PlaceLexicon, sentence_starts: set[int],
          named: list[tuple[int, int]]) -> list[_Hit]:
    """Gazetteer names in ``text``; ``named`` are the NER's place spans, which license any name inside."""
    words = list(_WORD.finditer(text))
    hits: list[_Hit] = []
    i = 0
    while i < len(words):
        hit = _longest_name(text, words, i, gaz)
        if hit is None:
            i += 1
            continue
        n, places = hit
        start, end = words[i].start(), words[i + n - 1].end()
        if text[start:end] in lex.not_places:
            i += n
            continue
        if end < len(text) and text[end] == "." and text[start:end + 1].count(".") > 1:
            end += 1  # "U.S.", "D.C."
        i += n
        found = _Hit(start, end, places, _cue(text, start, lex))
        _facility(text, found, lex)
        by_ner = any(s <= start and end <= e for s, e in named)
        if found.facility is None and not by_ner and not _licensed(text, found, words, i - n, i, lex,
                                                                    sentence_starts):
            continue
        hits.append(found)
    return hits


def _longest_name(text: str, words: list[re.Match[str]], i: int, gaz: Gazetteer) -> tuple[int, list[Place]] | None:
    if not words[i].group()[0].isupper():
        return None
    for n in range(min(gaz.max_words, len(words) - i), 0, -1):
        surface = text[words[i].start():words[i + n - 1].end()]
        if n > 1 and ("\n" in surface or len(surface) > 60):
            continue
        places = gaz.lookup(surface)
        if not places and surface.isupper() and _opens_line(text, words[i].start()):
            places = gaz.lookup(surface.title())  # a dateline: "KUALA LUMPUR, Malaysia —"
        if places:
            return n, places
    return None


def _opens_line(text: str, start: int) -> bool:
    return start == 0 or text[start - 1] == "\n"


LIST_NAMES = 3  # earlier names of a list a cue may stand before ("in Kherson, Mykolaiv and Odesa")


def _before_list(before: str, joiners: frozenset[str]) -> str:
    """``before`` (the text up to a name) without the earlier names of the list the name ends: "... in the
    provinces of El Oro and " → "... in the provinces of "."""
    words = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", before)]
    cut = len(before)
    for _ in range(LIST_NAMES):
        i = len(words) - 1
        if i >= 0 and words[i][1].lower() in joiners:
            i -= 1
        elif i < 0 or not words[i][1].endswith(","):
            break
        first = i
        while first >= 0 and words[first][1][:1].isupper():
            first -= 1
        if first == i:
            break  # no capitalised name before the joiner
        cut = words[first + 1][0]
        words = words[:first + 1]
    return before[:cut]


def _cue(text: str, start: int, lex: PlaceLexicon) -> int:
    before = text[max(0, start - 60):start]
    # a name that continues a list has the strong cue of its first name ("in the provinces of El Oro and
    # Guayas"; not a weak one: "i mandamenti di Porta Nuova, San Lorenzo" are no scene)
    if lex.locative.search(before) or lex.locative.search(_before_list(before, lex.joiners)):
        return 2
    if lex.weak.search(before):
        return 1
    return 0


def _facility(text: str, hit: _Hit, lex: PlaceLexicon) -> None:
    before = text[max(0, hit.start - 60):hit.start]
    after = text[hit.end:hit.end + 60]
    for template, pre, post in lex.facilities:
        m = pre.search(before)
        if m:
            hit.facility, hit.fac_start, hit.fac_end = template, hit.start - (len(before) - m.start()), hit.end
            return
        m = post.match(after)
        if m:
            hit.facility, hit.fac_start, hit.fac_end = template, hit.start, hit.end + m.end()
            return


def _licensed(text: str, hit: _Hit, words: list[re.Match[str]], first: int, after: int, lex: PlaceLexicon,
              sentence_starts: set[int]) -> bool:
    """Whether a name match is a place mention rather than a word, a person or part of a longer name."""
    best = hit.places[0]
    surface = text[hit.start:hit.end]
    if fold(surface) in lex.stop_words:
        return False
    at_start = hit.start in sentence_starts or text[max(0, hit.start - 2):hit.start].strip() in ("", "\n") \
        or re.search(r"[.!?:\"“«]\s*$", text[max(0, hit.start - 3):hit.start]) is not None
    small = best.feature in SETTLEMENTS and best.population < SMALL_TOWN
    if at_start and small and name_key(surface) not in best.primary and hit.cue == 0:
        return False  # a capitalised first word is weak evidence for a small town's alternate name
    # a capitalised word glued on either side makes it part of another name ("Sharma Oli", "Kathmandu District")
    if after < len(words) and _capitalised_neighbour(text, hit.end, words[after]):
        return False
    if best.feature == "country":
        return True
    # a capitalised word glued before makes it part of another name, unless it is a function word opening
    # the sentence ("Al Cairo", "Nel Donbas")
    if first > 0 and not at_start and _capitalised_neighbour(text, words[first - 1].end(), words[first - 1],
                                                               before=hit.start) \
            and fold(words[first - 1].group()) not in lex.stop_words:
        return False
    if best.feature in SETTLEMENTS and best.population < SMALL_TOWN:
        return hit.cue == 2
    return True


def _capitalised_neighbour(text: str, edge: int, word: re.Match[str], before: int | None = None) -> bool:
    gap = text[edge:word.start()] if before is None else text[word.end():before]
    return gap in (" ", "-") and word.group()[0].isupper()


# --- helper for the event stage ----------------------------------------------------------------------

def event_location(doc: Doc, start: int, end: int, trigger_offset: int) -> Location | None:
    """The most likely place of an event told in ``[start, end)`` with its trigger at ``trigger_offset``.

    Facilities first, then places after a locative cue ("a Kiev", "in Kathmandu", "city of Goma"),
    then a city or region right after the trigger ("ha colpito Kiev"). A country with no locative cue
    is usually an actor ("la Russia ha colpito"), so then the answer is None rather than a guess. A place
    that is the topic of talks ("the situation in the Middle East") is not where the event happens; the seat
    inside an institution's name ("Procura di Palermo") is the last resort; a region placing the
    city just named ("El Fasher, nel Darfur settentrionale") gives way to the city. A dateline ("BRUSSELS —")
    places the lede's event when nothing else does.
    """
    lex = lexicon(doc.lang_)
    inside = _org_mentions(doc)
    found = [loc for loc in doc._.cronaca_locations or []
             if loc.span is not None and start <= loc.span.start and loc.span.end <= end]
    best: tuple[float, Location] | None = None
    for loc in found:
        assert loc.span is not None
        score = _score(doc.text, loc, lex, trigger_offset) or (0.75 if dateline_place(doc.text, loc) else 0.0)
        if score > 0 and any(s <= loc.span.start and loc.span.end <= e and (s, e) != (loc.span.start, loc.span.end)
                             for s, e in inside):
            score = 0.5  # only when nothing else in the sentence places the event
        if score > 0 and (best is None or score > best[0]):
            best = (score, loc)
    return None if best is None else _city_before(doc.text, best[1], found)


def opening_place(doc: Doc, sent: SpacySpan) -> Location | None:
    """The place a sentence opens with after a locative cue ("A Milano il corteo ...", "In Kisumu, police
    fired"): the scene of the sentence and of what the paragraph tells next. Not a dateline."""
    lex = lexicon(doc.lang_)
    limit = doc[min(sent.start + SCENE_OPENING, sent.end - 1)].idx
    found: list[Location] = doc._.cronaca_locations or []
    for loc in found:
        if loc.span is None or not sent.start_char <= loc.span.start <= limit or dateline_place(doc.text, loc):
            continue
        if loc.feature in (*SETTLEMENTS, "capital", "facility") and lex.locative.search(
                doc.text[max(sent.start_char, loc.span.start - 20):loc.span.start]):
            return loc
    return None


def speech_venue(doc: Doc, sent: SpacySpan) -> tuple[Location, frozenset[str]] | None:
    """The place a speaker speaks from in a sentence ("Singh told reporters in New Delhi", "said in a
    statement from Geneva", "ha detto ai giornalisti a Phnom Penh"), with the entity ids of the speech verb's
    subject (empty when the parse gives none): the scene of that speaker's statements around it."""
    lex = lexicon(doc.lang_)
    here = sent.text  # (not doc.text, which spaCy builds anew at each access)
    for loc in doc._.cronaca_locations or []:
        if loc.span is None or not sent.start_char <= loc.span.start < sent.end_char:
            continue
        if loc.feature not in (*SETTLEMENTS, "capital", "facility", "region"):
            continue
        cue = _venue_cue(here, sent.start_char, loc, lex)
        if cue is None:
            continue
        verb_at = loc.span.start - len(cue.group(0))
        return loc, _subject_entities(doc, verb_at)
    return None


VENUE_REACH = 80  # characters before a place in which its speech verb and audience stand


def _venue_cue(text: str, offset: int, loc: Location, lex: PlaceLexicon) -> re.Match[str] | None:
    """The speech cue ending right before ``loc`` ("told reporters in "), in ``text`` that starts at
    character ``offset`` of the document."""
    assert loc.span is not None
    end = loc.span.start - offset
    return lex.venue.search(text[max(0, end - VENUE_REACH):end])


def _subject_entities(doc: Doc, char: int) -> frozenset[str]:
    """The entity ids mentioned in the subject of the verb at character ``char``."""
    found_span = doc.char_span(char, char + 1, alignment_mode="expand")
    if found_span is None or not len(found_span) or not doc.has_annotation("DEP"):
        return frozenset()
    verb = found_span[0]
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
    if not subjects and verb.dep_ in ("aux", "aux:pass"):
        subjects = [c for c in verb.head.children if c.dep_.startswith("nsubj")]
    spans = [(s.left_edge.idx, s.right_edge.idx + len(s.right_edge.text)) for s in subjects]
    found = {m.entity_id for m in doc._.cronaca_mentions or []
             if any(a <= m.span.start and m.span.end <= b for a, b in spans)}
    # the speaker the quote stage gave the verb as its cue ("«...», ha detto Tajani ai giornalisti")
    found |= {q.speaker.entity_id for q in doc._.cronaca_quotes or []
              if q.cue_span is not None and q.speaker is not None and q.speaker.entity_id
              and q.cue_span.start <= verb.idx < q.cue_span.end}
    return frozenset(found)


def statement_scene(doc: Doc, sent: SpacySpan, loc: Location, trigger: range, text: str | None = None) -> bool:
    """Whether a place in a statement's own sentence is where the statement was made: a dateline, a place
    opening the sentence ("In Beijing, ...", "Da Bruxelles, ..."), a speaker's venue ("told reporters in
    Manila"), or a place the statement's verb itself takes ("signed the agreement in Washington"). Not a
    place inside a party's name or the statement's content ("the U.S. embassy in Yaounde said", "urged the
    authorities in Belgrade", "accused the Taliban government in Afghanistan")."""
    if loc.span is None:
        return True
    lex = lexicon(doc.lang_)
    text = doc.text if text is None else text
    if dateline_place(text, loc) or _opened_from(text, loc.span.start, loc.span.end, lex):
        return True
    if opening_place(doc, sent) == loc:
        return True
    if _venue_cue(text[sent.start_char:sent.end_char], sent.start_char, loc, lex) is not None:
        return True
    if not doc.has_annotation("DEP"):
        return True
    head = next((t for t in sent if t.idx <= loc.span.start < t.idx + len(t.text)), None)
    if head is None:
        return True
    while head.head.i != head.i and loc.span.start <= head.head.idx < loc.span.end:
        head = head.head  # the last word of a name of several words
    if head.head.i in trigger and head.dep_ in ("obl", "obl:arg", "advmod", "nmod"):
        return True
    # "after their talks in Seoul, ... condemned", "at a briefing in Beijing": the meeting it was said at
    return fold(head.head.lemma_) in lex.meeting_nouns or fold(head.head.text) in lex.meeting_nouns


def cued_place(text: str, loc: Location, language: str) -> bool:
    """A strong locative cue stands before the place ("in Lakki Marwat", "nella città di Goma")."""
    return loc.span is not None and _cue(text, loc.span.start, lexicon(language)) == 2


def dateline_place(text: str, loc: Location) -> bool:
    """An upper-case place opening a line ("BRUSSELS —", "NAPOLI –"): where the story is filed from, the
    scene of the lede's events when the sentence names no other place."""
    assert loc.span is not None
    return _opens_line(text, loc.span.start) and loc.raw_text.isupper() and len(loc.raw_text) > 2


def _org_mentions(doc: Doc) -> list[tuple[int, int]]:
    return [(m.start, m.end) for entity in doc._.cronaca_entities or [] if entity.type == "ORG"
            for m in entity.mentions]


# a comma and up to four words between a city and the region that places it ("Khan Younis, nel sud della")
_APPOSITION = re.compile(r"^\s*,\s*(?:[^\W\d_]+['’]?\s*){0,4}$")


def _city_before(text: str, loc: Location, found: list[Location]) -> Location:
    """The city a region or country is apposed to ("El Fasher, in North Darfur"), else ``loc`` itself."""
    if loc.feature not in ("region", "country") or loc.span is None:
        return loc
    for other in found:
        if other.span is None or other.feature not in (*SETTLEMENTS, "capital") or other.country != loc.country:
            continue
        if other.span.end <= loc.span.start and _APPOSITION.match(text[other.span.end:loc.span.start]):
            return other
    return loc


def opened_from(text: str, start: int, end: int, language: str) -> bool:
    """The name at ``[start, end)`` opens its sentence after the pack's "from" word and a comma follows it
    ("Da Bruxelles, la commissaria ...", "From Moscow, the Kremlin ..."): where the words come from."""
    return _opened_from(text, start, end, lexicon(language))


def _opened_from(text: str, start: int, end: int, lex: PlaceLexicon) -> bool:
    return text[end:end + 1] == "," and lex.origin.search(text[max(0, start - 60):start]) is not None


def _score(text: str, loc: Location, lex: PlaceLexicon, trigger: int) -> float:
    assert loc.span is not None
    before = text[max(0, loc.span.start - 60):loc.span.start]
    if lex.topic.search(before):
        return 0.0  # "discussed the war in Ukraine": a topic, not the scene
    if lex.possessive.match(text[loc.span.end:loc.span.end + 3]):
        return 0.0  # "Moscow's shadow fleet": the government, not a scene
    cue = _cue(text, loc.span.start, lex)
    distance = abs(loc.span.start - trigger)
    near = 1.0 if distance < 60 else 0.5 if distance < 150 else 0.0
    if loc.feature == "facility":
        return 5 + near
    if _opened_from(text, loc.span.start, loc.span.end, lex):
        return 4.5 + near  # "Da Bruxelles, la commissaria ... ha chiesto": where she spoke
    right_after = 0 < loc.span.start - trigger < 40
    if loc.feature == "country":
        return 2.5 + near if cue == 2 and not lex.target.search(before) else 0.0
    if cue == 2:
        return 4 + near
    if right_after:
        return 3 + near
    if cue == 1:
        return 1 + near
    return 0.0
