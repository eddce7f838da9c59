"""The NER stage of the entity stage: the pipeline's named entities as candidates, with their spans repaired
(cut at lower-case verbs and swallowed titles, grown over the capitalised words that continue them, split
where an institution runs into its officer) and their types corrected by the words around them (titles,
appositions, head words, locality nouns, lists of places, the gazetteer). :func:`merge_candidates` joins them
with the dictionary's candidates.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..lang import load_resource
from ._phrases import DASHES, QUOTE_PAIRS
from .actors import tokens_of
from .entity_dictionary import dateline, locative, phrase_before, possessive_org, street_name
from .entity_lexicon import PLACE_TYPES, Cand, EntityLexicon, clean_name, fold_name, lexicon, new_key
from .gazetteer import load_gazetteer, name_key
from .name_context import (
    MAX_PERSON_TOKENS,
    after_org_noun,
    after_place_noun,
    after_title_of_phrase,
    coordinated_type,
    head_type,
    is_cap,
    listed_type,
    member_title_after,
    norm,
    org_apposition,
    person_after_institution,
    person_apposition,
    place_noun_type,
    stop_words,
    title_before,
    titled_person,
    trailing_head,
)
from .names import (
    article_place,
    capital_lookup,
    confirmed_lookup,
    extend_name,
    extend_name_left,
    gazetteer_lookup,
    noun_typed_place,
    place_with_article,
    strip_name,
    town_lookup,
)
from .places import opened_from
from .quantity_lexicon import counted_noun

NER_TYPES = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "GPE", "FAC": "FAC"}


def _sentence_countries(doc: Doc, start: int, cands: list[Cand]) -> set[str]:
    """Countries of the places named in the sentence around character ``start`` ("Bint Jbeil, in southern
    Lebanon"): where a village of that name may be."""
    tok = doc.char_span(start, start + 1, alignment_mode="expand")
    if tok is None or not doc.has_annotation("SENT_START"):
        return set()
    sent = tok[0].sent
    return {c.country for c in cands if c.country and c.type in PLACE_TYPES
            and sent.start_char <= c.start < sent.end_char}


def _city_named(name: str) -> bool:
    """``name`` is the gazetteer's own name of a city or capital ("Port Sudan", "Port Harcourt")."""
    return any(p.feature in ("city", "capital") and name_key(name) in p.primary for p in load_gazetteer().lookup(name))


@lru_cache(maxsize=8)
def _month_words(language: str) -> frozenset[str]:
    """Month names and abbreviations of the language's date words (``lang/<lang>/dates.toml``)."""
    return frozenset(w.lower() for forms in load_resource(language, "dates").get("months", []) for w in forms)


def _dated_month(text: str, start: int, name: str, language: str) -> bool:
    """A month name or abbreviation right after a day number ("15 NOV", "3 Ott."): part of a date."""
    after_day = re.search(r"\d\s+$", text[max(0, start - 4):start]) is not None
    return after_day and name.lower().rstrip(".") in _month_words(language)


def _joined_persons(doc: Doc) -> list[Span]:
    """The NER's entities, with persons that touch (one space between them, no punctuation) joined: the NER
    sometimes cuts a long name in two ("Osman | Mohamed Hamid"), and two people are never written side by side
    without a comma or a conjunction. The join stays within a person's name length."""
    out: list[Span] = []
    for ent in doc.ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == ent.label_ and NER_TYPES.get(ent.label_) == "PER" \
                and prev.end == ent.start and doc[prev.end - 1].whitespace_ == " " \
                and ent.end - prev.start <= MAX_PERSON_TOKENS:
            out[-1] = Span(doc, prev.start, ent.end, label=ent.label_)
        else:
            out.append(ent)
    return out


def ner_candidates(doc: Doc, lex: EntityLexicon, known: list[Cand]) -> list[Cand]:
    out: list[Cand] = []
    lone: set[tuple[int, int]] = set()
    by_noun: list[Cand] = []  # organisations typed by the noun before them, which a list may continue
    for ent in _joined_persons(doc):
        etype = NER_TYPES.get(ent.label_)
        if etype is None:
            continue
        end = _clip_at_open_quote(doc, ent.start, _clip_at_lowercase(doc, ent.start, ent.end, lex, etype == "ORG"))
        end = _clip_before_count(doc, ent.start, end, lex.language)
        if end == ent.end:
            end = extend_name(doc, ent.start, end, lex, known, organisation=etype == "ORG")
        begin = extend_name_left(doc, ent.start, lex, known) if etype == "PER" else ent.start
        if etype == "PER" and _eponym_facility(doc, begin, lex):
            begin, etype = begin - 1, "FAC"  # "al Teatro | Massimo Bellini": a facility named after a person
        if etype != "PER" and _titled_with_word_before(doc, begin, end, lex, known):
            begin, etype = begin - 1, "PER"  # "il leader dell'opposizione Nika | Melia": a titled name cut
        split = _split_at_person(doc, begin, end, lex, known)
        if split is not None:
            out.extend(split)  # "dell'Anaao Pierino Di Silverio": the institution, then its officer
            continue
        whole = article_place(doc, begin, end, lex) if end > begin else None
        if whole is not None:  # "La Paz", "L'Aquila", "Le Havre": the article belongs to the name, a place's
            stop = doc[end - 1].idx + len(doc[end - 1].text)
            out.append(Cand(doc[begin].idx, stop, new_key(whole[0]), clean_name(whole[0]), "GPE", source="ner",
                            country=whole[1]))
            continue
        trimmed = strip_name(doc, begin, end, lex) if end > begin else None
        if trimmed is None:
            continue
        start, end, titled = trimmed
        if etype in PLACE_TYPES and (stem_end := _before_lowercase_division(doc, start, end, lex)) is not None:
            end, etype = stem_end, "GPE"  # "Bannu district" is Bannu, an administrative place
        if etype in ("ORG", "PER"):
            end = _clip_title_tail(doc, start, end, lex)
            if end <= start or any(k.start == start and k.end == end for k in known):
                continue  # "Malaysian Prime" of "Malaysian Prime Minister Anwar Ibrahim": a demonym and a title
        end = possessive_org(doc.text, end, lex, place=etype not in ("ORG", "PER"))
        division = _division_of(doc.text, start, end, lex)
        if division is not None:
            out.append(division)
            continue  # "nello Stato indiano del Tripura": the state is Tripura, no institution
        street = street_name(doc.text, start, end, lex)
        if street is not None:
            name = doc.text[street[0]:street[1]]
            name = name[:1].upper() + name[1:]  # "corso Vittorio Emanuele" is the street "Corso Vittorio Emanuele"
            out.append(Cand(street[0], street[1], new_key(name), clean_name(name), "LOC", source="ner"))
            continue  # "Rustaveli Avenue", "corso Vittorio Emanuele": a street, whatever the NER says
        name = doc.text[start:end]
        if not name[:1].isupper() or fold_name(name) in lex.words("not_names") \
                or _dated_month(doc.text, start, name, lex.language):
            continue  # NER noise: "ieri", a lower-case phrase, a weekday, the "NOV" of "ROMA, 15 NOV (ANSA)"
        if sum(ch.isalpha() for ch in name) < 2:
            continue  # a lone letter: "Gen Z", "piano B"
        if not titled and (etype in ("ORG", "PER") or gazetteer_lookup(name) is None):
            span = doc.char_span(start, end, alignment_mode="expand")
            titled = span is not None and titled_person(doc, span.start, span.end, lex)
        if _common_word_opening(doc, start, end, lex.language):
            continue  # "Trains were cancelled": a capitalised common noun opening a sentence
        heads = lex.words("org_heads") | lex.words("fac_heads") | lex.words("loc_heads") | lex.words("titles")
        if all(w in heads or w in lex.words("name_connectors") for w in fold_name(name).split()):
            continue  # a bare "Commissione", "Ministry": a common noun the NER capitalisation fooled
        span = doc.char_span(start, end, alignment_mode="expand")
        follower = trailing_head(doc, span.end, lex) if span is not None else None
        noun_typed = False
        if titled:
            etype = "PER"
        elif span is not None and etype != "PER" and len(span) >= 2 and gazetteer_lookup(name) is None \
                and not any(k.type == "ORG" and k.start <= start and end <= k.end for k in known) \
                and person_apposition(doc, span.end, lex):
            etype = "PER"  # "Babar Baloch, a UNHCR spokesperson": the title of the apposition makes a person
        elif span is not None and etype != "ORG" and org_apposition(doc, span.end, lex):
            etype = "ORG"  # "Liberty, a civil liberties group"
        elif etype == "PER" and _organisation_elsewhere(doc, name, lex):
            etype = "ORG"  # "by Frelimo" where the article also says "the ruling Frelimo party"
        elif etype == "PER" and span is not None and len(span) == 1 and capital_lookup(name):
            etype = "GPE"  # "spingendo Dacca a convocare": a capital's name is no person's
        elif etype != "ORG" and span is not None and len(span) == 1 and any(
                name.lower().endswith(x) and len(name) > len(x) + 2 for x in lex.words("org_suffixes")):
            etype = "ORG"  # "Gazprombank", "Sberbank": the word ends in an organisation's noun
        elif etype == "PER" and span is not None and len(span) == 1 and doc.text.count(name) == 1 \
                and gazetteer_lookup(name) is None and not member_title_after(doc, span.end, lex) \
                and not after_org_noun(doc, span.start, lex, by_noun) and place_noun_type(doc, span.start, lex) is None:
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
            out.append(Cand(start, end, new_key(name), clean_name(name), "LOC", source="ner"))
            continue  # "nel quartiere di Scampia": a locality, whatever the gazetteer says
        elif span is not None and len(span) <= 3 and (place := place_noun_type(doc, span.start, lex)) is not None:
            town, town_country = noun_typed_place(doc, start, name, place, lex)
            out.append(Cand(start, end, new_key(town), clean_name(town), place, source="ner", country=town_country))
            continue  # "the city of Nakuru", "il fiume Bormida": the noun before it says what it is
        elif etype == "PER" and len(folded := fold_name(name).split()) > 1 \
                and folded[0] in lex.words("loc_prefixes"):
            etype = "LOC"  # "Santa Maria di Gesù", "Porta Nuova": a saint's or a gate's name is a place
        elif etype == "PER" and len(folded := fold_name(name).split()) > 1 and folded[-1] in lex.words("feature_heads"):
            etype = "LOC"  # "Sabina Shoal", "Whitsun Reef": a natural feature's head word ends the name
        elif etype in ("PER", "ORG") and _placed_by_context(doc, start, end, lex, known + out) \
                and gazetteer_lookup(name) is not None:
            etype = "LOC"  # "talks in Kuala Lumpur", "DAKAR, Senegal": a place the NER took for a person
        elif etype in PLACE_TYPES and gazetteer_lookup(name) is None and _after_source_opener(doc.text, start, lex):
            etype = "ORG"  # "according to Plataforma Decide": an unknown place as the source of a report
        elif etype == "PER" and span is not None and len(span) > MAX_PERSON_TOKENS \
                and norm(span[0]) in lex.words("org_heads") | lex.words("fac_heads"):
            # "Squadrone Eliportato Cacciatori di Sicilia": too long for a person's name, opened by a head
            # word (a shorter one may be a person's: "Marina Calderone")
            etype = head_type([norm(span[0])], lex) or etype
        elif etype in PLACE_TYPES and not _city_named(name):
            # a LOC the NER found may be an institution or a facility by its head word ("Federal
            # Parliament", "Zaporizhzhia Nuclear Power Plant"), unless it is a city's own name ("Port Sudan")
            words = [t.lower_ for t in doc.char_span(start, end, alignment_mode="expand") or ()]
            etype = {"ORG": "ORG", "FAC": "FAC"}.get(head_type(words, lex) or "", etype)
        country = None
        if etype in PLACE_TYPES:
            hit = gazetteer_lookup(name) or place_with_article(doc, start, name, lex) \
                or town_lookup(name, _sentence_countries(doc, start, known + out)) or _division_stem(name, lex) \
                or town_lookup(name, {c.country for c in known + out if c.type == "GPE" and c.country}, ("province",))
            if hit is not None:
                # a natural feature keeps its type ("St. Martin's Island", "Isola di Capo Rizzuto" is a town)
                words = fold_name(name).split()
                natural = etype == "LOC" and bool(words) and (
                    words[-1] in lex.words("feature_heads") or words[0] in lex.words("feature_nouns"))
                etype, name, country = "LOC" if natural else "GPE", hit[0], hit[1]
            elif _after_town_preposition(doc.text, start, lex):
                etype = "GPE"  # "un ospedale a Tawila": a town the gazetteer does not know
        if etype == "PER":
            name = _NICKNAME.sub(" ", name)  # 'Jorge "Tuto" Quiroga' is Jorge Quiroga
        out.append(Cand(start, end, new_key(name), clean_name(name), etype, source="ner", country=country))
        if noun_typed:
            by_noun.append(out[-1])
    out.extend(_unnamed_sources(doc, known + out, lex))
    return [c for c in _listed_places(doc, out, known, lex) if not (c.type == "PER" and (c.start, c.end) in lone)]


def _organisation_elsewhere(doc: Doc, name: str, lex: EntityLexicon) -> bool:
    """The article writes ``name`` somewhere with a party's head word right after it (``party_heads``: "the
    Frelimo party"): the name is the organisation's wherever it stands alone, as no person is named like that."""
    heads = lex.words("party_heads")
    start = doc.text.find(name) if heads else -1
    while start >= 0:
        span = doc.char_span(start, start + len(name))
        if span is not None and span.end < len(doc) and doc[span.end].text[:1].islower() \
                and norm(doc[span.end]) in heads:
            return True
        start = doc.text.find(name, start + 1)
    return False


def _unnamed_sources(doc: Doc, taken: list[Cand], lex: EntityLexicon) -> list[Cand]:
    """ "according to Plataforma Decide": two or more capitalised words right after a source phrase, which no
    stage named and the gazetteer does not know, are the organisation the report comes from."""
    out: list[Cand] = []
    i = 1
    while i < len(doc):
        tok = doc[i]
        if not tok.is_title or not _after_source_opener(doc.text, tok.idx, lex) \
                or norm(tok) in lex.words("titles") | lex.words("determiners"):
            i += 1
            continue
        j = i
        while j < len(doc) and (doc[j].is_title or (doc[j].is_upper and doc[j].is_alpha)):
            j += 1
        start, end = tok.idx, doc[j - 1].idx + len(doc[j - 1].text)
        name = doc.text[start:end]
        if j - i >= 2 and not any(c.start < end and start < c.end for c in taken) \
                and gazetteer_lookup(name) is None:
            out.append(Cand(start, end, new_key(name), clean_name(name), "ORG", source="ner"))
        i = j
    return out


# a nickname in quotes inside a person's name
_NICKNAME = re.compile("|".join(
    rf"\s{re.escape(o)}[^\s{re.escape(c)}][^{re.escape(c)}]{{0,30}}{re.escape(c)}\s" for o, c in QUOTE_PAIRS.items()))


def _after_town_preposition(text: str, start: int, lex: EntityLexicon) -> bool:
    before = tokens_of(text[max(0, start - 10):start])
    return bool(before) and before[-1] in lex.words("town_prepositions")


def _before_lowercase_division(doc: Doc, start: int, end: int, lex: EntityLexicon) -> int | None:
    """Where a span ends in a lower-case division noun after a name ("Bannu district", "Khyber Pakhtunkhwa
    province"), the end of the name: the noun says what the place is and is no part of its name."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2 or not span[-1].text[:1].islower() or not span[-2].text[:1].isupper() \
            or span[-1].lower_ not in lex.words("division_suffixes"):
        return None
    return span[-2].idx + len(span[-2].text)


def _division_stem(name: str, lex: EntityLexicon) -> tuple[str, str] | None:
    """"Borno State", "Guayas province": a province's name before a division noun (the language pack's
    ``division_suffixes``), when the whole is no place the gazetteer knows: the name as written, in the
    province's country."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in lex.words("division_suffixes"):
        return None
    hit = gazetteer_lookup(" ".join(words[:-1])) or confirmed_lookup(" ".join(words[:-1]))
    return None if hit is None else (name, hit[1])


@lru_cache(maxsize=8)
def _division_pattern(language: str) -> re.Pattern[str] | None:
    """A division noun, an optional adjective, one of the pack's "of" words (``of_words``), then the name."""
    ofs = sorted(lexicon(language).grammar.get("of_words", []), key=len, reverse=True)
    if not ofs:
        return None
    alternatives = "|".join(re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+") for w in ofs)
    return re.compile(rf"(\w+)\s+(?:\w+\s+)?(?:{alternatives})(?:\s+|(?<=['’]))(\w.*)$")


def _division_of(text: str, start: int, end: int, lex: EntityLexicon) -> Cand | None:
    """"Stato indiano del Tripura", "Regione di Kursk": a name opened by a division noun (the language pack's
    ``division_nouns``), an optional adjective and "of" names the division after "of" when the gazetteer
    knows that place."""
    pattern = _division_pattern(lex.language)
    m = pattern.match(text[start:end]) if pattern is not None else None
    if m is None or m.group(1).lower() not in lex.words("division_nouns"):
        return None
    hit = gazetteer_lookup(m.group(2)) or confirmed_lookup(m.group(2))
    if hit is None:
        return None
    return Cand(start + m.start(2), end, new_key(hit[0]), clean_name(hit[0]), "GPE", source="ner", country=hit[1])


def _after_source_opener(text: str, start: int, lex: EntityLexicon) -> bool:
    """Whether a source phrase of the speech pack ("according to", "secondo", "citing") ends right before."""
    sources = load_resource(lex.language, "speech").get("sources", {})
    return phrase_before(text, start, [*sources.get("according", ()), *sources.get("citing", ())]) is not None


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
            and doc[last - 1].text[:1].isupper() \
            and (doc[last].lower_ in titles or (doc[last].is_alpha and doc[last].text[:1].isupper())):
        last -= 1  # "Saudi Crown Prince" + "Mohammed bin Salman": the title is the person's
    if last == span.end:
        return end
    return doc[last - 1].idx + len(doc[last - 1].text) if last > span.start else start


def _titled_with_word_before(doc: Doc, start: int, end: int, lex: EntityLexicon, known: list[Cand]) -> bool:
    """The NER span ``doc[start:end]`` lost the first word of a person's name that a title governs: the
    free capitalised word before it and the span make a titled name."""
    if start == 0 or not is_cap(doc[start - 1]):
        return False
    first = doc[start - 1].idx
    if any(k.start <= first < k.end for k in known):
        return False
    return titled_person(doc, start - 1, end, lex)


def _eponym_facility(doc: Doc, start: int, lex: EntityLexicon) -> bool:
    """A capitalised facility head word right before a person's name the NER found ("il Teatro Massimo Bellini",
    "all'Ospedale Sandro Pertini"): the facility is named after the person.  Not after a title's "of" phrase
    ("il direttore del Teatro Stefano Rossi" is a person)."""
    if start == 0:
        return False
    head = doc[start - 1]
    return is_cap(head) and norm(head) in lex.words("fac_heads") and not after_title_of_phrase(doc, start, lex)


def _placed_by_context(doc: Doc, start: int, end: int, lex: EntityLexicon, known: list[Cand]) -> bool:
    """Context that makes a gazetteer place of a name the NER took for a person or an organisation: a
    locative ("talks in Kuala Lumpur"), a government's "of" ("le autorità di Pristina"), a dateline, several
    words, or a place listed next to it ("the road linking Athens and Thessaloniki")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return (locative(doc.text, start, lex) or phrase_before(doc.text, start, lex.words("government_of")) is not None
            or dateline(doc.text, start, end) or len(doc.text[start:end].split()) > 1
            or opened_from(doc.text, start, end, lex.language)
            or (span is not None and len(span) == 1 and (coordinated_type(doc, span.start, known, lex) in PLACE_TYPES
                                                           or listed_type(doc, span.start, known, lex) in PLACE_TYPES)))


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
    return [Cand(rest.start_char, rest.end_char, new_key(name), name, "ORG", source="ner"), person]


def _listed_places(doc: Doc, cands: list[Cand], known: list[Cand], lex: EntityLexicon) -> list[Cand]:
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
                sibling = "GPE" if _listed_after(doc, span.start, known + cands, lex) else None
            else:
                sibling = coordinated_type(doc, span.start, known + cands, lex)
                if sibling is None and gazetteer_lookup(c.name) is not None:
                    sibling = listed_type(doc, span.start, known + cands, lex)  # a town further down a list of places
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


def _listed_after(doc: Doc, index: int, known: list[Cand], lex: EntityLexicon) -> bool:
    """The name at ``index`` follows a place and a list word ("Carcare e Cairo Montenotte")."""
    # not after a comma: "un funzionario della Regione Lombardia, Giorgio Mantelli" is an apposition
    if index < 2 or doc[index - 1].lower_ == "," or doc[index - 1].lower_ not in lex.words("list_links"):
        return False
    start = doc[index - 2].idx
    return any(c.start <= start < c.end and (c.type == "GPE" or gazetteer_lookup(c.name) is not None)
               for c in known)


def _clip_at_open_quote(doc: Doc, start: int, end: int) -> int:
    """End of a NER span before a quote mark it opens and does not close ("Jorge «Tuto» Quiroga" found as
    "Jorge «Tuto"): the name stops where the quotation starts."""
    expected: list[str] = []  # the closing marks of the quotations open so far
    for k in range(start + 1, end):
        text = doc[k].text
        if expected and text == expected[-1]:
            expected.pop()
        elif text in QUOTE_PAIRS:
            if all(t.text != QUOTE_PAIRS[text] for t in doc[k + 1:end]):
                return k
            expected.append(QUOTE_PAIRS[text])
    return end


def _clip_before_count(doc: Doc, start: int, end: int, language: str) -> int:
    """End of a NER span before the number it ends with when a counted noun follows ("contro l'Ucraina | 298
    droni"): the number counts the drones, it is no part of the name ("Rai 3", "Apollo 11" keep theirs)."""
    k = end
    while k - 1 > start and doc[k - 1].like_num:
        k -= 1
    if k < end and end < len(doc) and counted_noun(language, doc[end].text):
        return k
    return end


def _clip_at_lowercase(doc: Doc, start: int, end: int, lex: EntityLexicon, organisation: bool = False) -> int:
    """End of a NER span at its first lower-case word that is no name particle: a statistical NER may run a
    name into the verb after it ("Beccuau said", "Monday in an effort"). Where the language writes an
    organisation's name in lower case after its first word ("Alleanza per l'unione dei romeni"), the nouns
    and adjectives of an organisation's span stay."""
    allowed = lex.words("name_connectors") | lex.words("person_particles") | lex.words("determiners") \
        | lex.words("titles")
    tails = organisation and bool(lex.data.get("lowercase_name_tails")) and doc.has_annotation("POS")
    for k in range(start, end):
        t = doc[k]
        if tails and t.pos_ in ("NOUN", "ADJ") and norm(t) not in lex.words("not_names"):
            continue
        if t.is_alpha and t.text[:1].islower() and t.lower_ not in allowed and k > start:
            return k
    return end


def _common_word_opening(doc: Doc, start: int, end: int, language: str) -> bool:
    """A one-word span opening its sentence or a quotation that the tagger calls a common word (not a proper
    noun), or that the language pack counts ("Missili russi hanno colpito Kiev": a counted noun, whatever the
    tagger says)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    prev = doc[tok.i - 1] if tok.i > 0 else None
    # a sentence's first word, also after the opening mark of a quotation ('un appello: "Denunciate, ...') or
    # a dateline's dash ("KHARTOUM, Sudan (AP) — Paramilitary fighters ...")
    first = prev is None or tok.is_sent_start or (not prev.text[:1].isalnum() and prev.is_sent_start) \
        or prev.text in QUOTE_PAIRS or (prev.text in DASHES and bool(prev.whitespace_))
    if not first:
        return False
    if counted_noun(language, tok.text):
        return True
    return doc.has_annotation("POS") and tok.pos_ not in ("PROPN", "X", "")


def _longer_organisation(o: Cand, inside: list[Cand], text: str, lex: EntityLexicon) -> bool:
    """A NER organisation that opens with a dictionary organisation and runs on through a connector (not a
    conjunction: "the European Council and Italy" are two) into more capitalised words ("European Council | on
    Foreign Relations") is another, longer name."""
    if o.type != "ORG" or len(inside) != 1:
        return False
    d = inside[0]
    if d.type != "ORG" or d.start != o.start or d.end >= o.end:
        return False
    rest = text[d.end:o.end].split()
    connectors = lex.words("name_connectors")
    return len(rest) >= 2 and rest[0].lower() in connectors and rest[0].lower() not in lex.words("list_links") \
        and rest[-1][:1].isupper() \
        and all((w[:1].isupper() and fold_name(w) not in lex.words("not_names")) or w.lower() in connectors
                for w in rest[1:])


def merge_candidates(dict_cands: list[Cand], others: list[Cand], text: str, lex: EntityLexicon) -> list[Cand]:
    """Dictionary matches win, except that a NER person or organisation swallows places inside it, and a NER
    organisation that continues a dictionary organisation's name is a longer name."""
    keep = list(dict_cands)
    for o in others:
        inside = [d for d in keep if d.start < o.end and o.start < d.end]
        if not inside:
            keep.append(o)
            continue
        if _longer_organisation(o, inside, text, lex):
            keep.remove(inside[0])
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
