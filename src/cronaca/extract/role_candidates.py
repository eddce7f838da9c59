"""The participants an event can have: the article's entity mentions and the language pack's generic
group nouns ("i manifestanti", "security forces"), each as a :class:`Candidate` at token positions."""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc, Token

from ..records import Entity, Participant, Span
from ._phrases import DASHES, DATELINE_TOKENS
from .trigger_lexicon import Lexicon
from .trigger_patterns import any_match, first_phrase, norm, phrase_variants, token_features


def optional_helper(module: str, name: str) -> Callable[..., Any] | None:
    """A helper of another extraction stage if that stage provides it (stages land independently)."""
    try:
        mod = importlib.import_module(f"cronaca.extract.{module}")
    except ImportError:
        return None
    helper = getattr(mod, name, None)
    return helper if callable(helper) else None


def people_noun(tok: Token, table: dict[str, str]) -> str | None:
    """The group a word for people stands for in the language pack's ``people_objects`` ("civili" →
    "civilians"), by its form or its lemma."""
    return table.get(tok.lower_) or table.get(tok.lemma_.lower())


NON_PARTICIPANT_TYPES = frozenset({"WEAPON"})  # "Taurus missiles" are the means of an event, never a party


@dataclass(frozen=True, slots=True)
class Candidate:
    """An entity mention or generic group noun at tokens ``[start, end)`` that can fill an event role."""

    start: int
    end: int
    participant: Participant
    kind: str = "name"  # name, title, pronoun, demonym, metonym, generic

    @property
    def key(self) -> str:
        p = self.participant
        return p.entity_id or f"{p.entity_name}|{p.country}"


def _token_range(doc: Doc, span: Span) -> tuple[int, int] | None:
    sp = doc.char_span(span.start, span.end, alignment_mode="expand")
    return None if sp is None else (sp.start, sp.end)


def country_mentions(doc: Doc, before: int | None = None) -> Counter[str]:
    """How often each country is named as a place, a state or a nationality (before character ``before``)."""
    entities = {e.id: e for e in (doc._.cronaca_entities or [])}
    counts: Counter[str] = Counter()
    for m in doc._.cronaca_mentions or []:
        ent = entities.get(m.entity_id)
        if ent is not None and ent.country and len(ent.country) == 3 and ent.type in ("GPE", "LOC", "NORP") \
                and (before is None or m.span.start < before):
            counts[ent.country] += 1
    return counts


def dominant_country(doc: Doc, exclude: set[str] | None = None) -> str | None:
    """The country most mentioned in the article (minus ``exclude``): the default home of generic actors."""
    counts = country_mentions(doc)
    for code in exclude or ():
        counts.pop(code, None)
    return counts.most_common(1)[0][0] if counts else None


def build_candidates(doc: Doc, lexicon: Lexicon) -> list[Candidate]:
    """Entity mentions and generic actors of ``doc``, sorted by position (outermost on overlap)."""
    entities: dict[str, Entity] = {e.id: e for e in (doc._.cronaca_entities or [])}
    found: list[Candidate] = []
    for m in doc._.cronaca_mentions or []:
        ent = entities.get(m.entity_id)
        rng = _token_range(doc, m.span)
        if ent is None or rng is None or ent.type in NON_PARTICIPANT_TYPES:
            continue
        found.append(Candidate(rng[0], rng[1], ent.participant(m.span, doc.text), m.kind))
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    found.extend(_acronym_aliases(doc, found))
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    found.extend(_numbered_groups(doc, lexicon, found))
    taken = {i for c in found for i in range(c.start, c.end)}
    found.extend(_generic_candidates(doc, lexicon, taken, found))
    sources = _attribution_tokens(doc) | _dateline_tokens(doc) | _channel_tokens(doc)
    # "secondo le autorità ucraine", "according to local media": a claim's source, not a participant;
    # "described the meeting on X": the platform it was said on neither
    found = [c for c in found if not all(i in sources for i in range(c.start, c.end))]
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    return found


DATELINE_MARKS = frozenset({"-", "–", "—", ","})


def _dateline_tokens(doc: Doc) -> set[int]:
    """Token indices of the upper-case datelines that open the article or one of its paragraphs ("KIEV -",
    "NAIROBI, Kenya (AP) —", "ROMA, 12 luglio (ANSA) -"): the body often starts after a headline."""
    starts = [0] + [t.i + 1 for t in doc if "\n" in t.whitespace_ or (t.text.strip() == "" and "\n" in t.text)]
    out: set[int] = set()
    for p in starts:
        while p < len(doc) and not doc[p].text.strip():
            p += 1
        out.update(range(p, _dateline_end(doc, p)))
    out.update(_kicker_tokens(doc))
    return out


KICKER_TOKENS = 4  # "Sudan, bombardamenti su El Fasher", "Ucraina: ...": the topic label a headline opens with
KICKER_MARKS = frozenset({",", ":"})


def _kicker_tokens(doc: Doc) -> set[int]:
    """The topic label opening a headline, a first line with no final punctuation ("Sudan, bombardamenti su El
    Fasher: almeno 40 morti"): a name and a comma or colon, the story's subject, not a party to its events."""
    line_end = next((t.i for t in doc if "\n" in t.text or "\n" in t.whitespace_), len(doc))
    line = [t for t in doc[:line_end + 1] if t.text.strip()]
    if not line or line[-1].text[-1:] in ".!?»”\"" or len(line) < 3:
        return set()
    mark = next((k for k, t in enumerate(line[:KICKER_TOKENS + 1]) if t.text in KICKER_MARKS), None)
    if mark is None or mark == 0 or not all(t.text[:1].isupper() for t in line[:mark]):
        return set()
    return {t.i for t in line[:mark]}


def _dateline_end(doc: Doc, first: int = 0) -> int:
    """End of an upper-case dateline opening the text at token ``first``, ``first`` when there is none."""
    window = doc[first:first + DATELINE_TOKENS]
    head_end = next((first + k for k, tok in enumerate(window) if tok.text in DATELINE_MARKS), None)
    if head_end is None:
        return first
    # the agency credit in brackets may be in mixed case: "BRUSSELS (Reuters) -"
    depth, head = 0, []
    for t in doc[first:head_end]:
        depth += (t.text == "(") - (t.text == ")")
        if t.is_alpha and depth == 0:
            head.append(t)
    head = head or [t for t in doc[first:head_end] if t.is_alpha]  # "(ANSA) - KIEV": the credit opens it
    if not head or not all(t.is_upper and len(t.text) > 1 for t in head):
        return first
    # the country, the day and the agency credit run on to the dash, without a verb between
    for i in range(head_end, min(len(doc), first + DATELINE_TOKENS)):
        tok = doc[i]
        if i > head_end and tok.text in DASHES:
            return i
        if tok.pos_ in ("VERB", "AUX") or "\n" in tok.text:
            break
    return head_end


def _attribution_tokens(doc: Doc) -> set[int]:
    """Token indices inside the attribution stage's source phrases (empty when that stage is absent)."""
    helper = optional_helper("attribution", "attribution_phrases")
    if helper is None:
        return set()
    out: set[int] = set()
    for span in helper(doc):
        rng = _token_range(doc, span)
        if rng is not None:
            out.update(range(*rng))
    return out


def _channel_tokens(doc: Doc) -> set[int]:
    """Token indices inside channel phrases ("on X", "su Telegram"; the speech lexicon's ``channels``)."""
    speech = optional_helper("speech", "lexicon")
    if speech is None or not doc.lang_:
        return set()
    text = doc.text
    out: set[int] = set()
    for span in speech(doc.lang_).channel_spans(text, 0, len(text)):
        rng = _token_range(doc, span)
        if rng is not None:
            out.update(range(*rng))
    return out


def _generic_candidates(doc: Doc, lexicon: Lexicon, taken: set[int], named: list[Candidate]
                        ) -> list[Candidate]:
    """Group nouns ("la polizia", "protesters"); their country comes from an adjacent demonym or name
    here, or later from the event's place (see events._place_roles)."""
    groups: dict[str, Any] = lexicon.groups
    if not groups:
        return []
    table = [(ph, g) for g in groups.values() for spec in g.get("match", ()) for ph in phrase_variants(spec)]
    table.sort(key=lambda t: -len(t[0]))
    tokens = list(doc)
    phrases, feats = tuple(ph for ph, _ in table), token_features(doc)
    blockers = lexicon.words("generic_blockers")
    out: list[Candidate] = []
    demonyms = {k for c in named if c.kind == "demonym" for k in range(c.start, c.end)}
    i = 0
    while i < len(tokens):
        found = first_phrase(feats, i, len(tokens), phrases)  # the longest group phrase, via the index
        hit = None if found is None else (found[1], table[found[0]][1])
        # "M23 rebels": the name is the actor; but "Turkish police" is the police, of Turkey
        if hit is None or i in taken or (i - 1 in taken and i - 1 not in demonyms):
            i += 1
            continue
        end, group = hit
        if end < len(tokens) and any_match(blockers, tokens[end]):
            i = end  # "police station", "army base": a thing, not the group
            continue
        span = Span(doc[i].idx, doc[end - 1].idx + len(doc[end - 1].text))
        raw = span.text(doc.text)
        own = _group_of(named, end, group.get("sector"), lexicon)
        if own is not None:
            out.append(Candidate(i, end, replace(own, raw_text=raw, span=span), "generic"))
            i = end
            continue
        country = _adjacent_country(named, i, end) or _possessor_country(doc, named, i) \
            or _modifier_country(doc, named, i, end)
        sole = None if country else _sole_named(named, group.get("sector"), lexicon)
        if sole is not None:
            out.append(Candidate(i, end, replace(sole, raw_text=raw, span=span), "generic"))
            i = end
            continue
        country = country or group.get("country")  # NGOs are coded "NGO" rather than by country
        out.append(Candidate(i, end, Participant(raw_text=raw, entity_name=group.get("name", raw), span=span,
                                                 country=country, sector=group.get("sector"), type="ORG"),
                             "generic"))
        i = end
    return out


ACRONYM_CHARS = 8  # "Rsf", "Cicr", "UNHCR": a short word in brackets right after a name defines its acronym


def _acronym_aliases(doc: Doc, named: list[Candidate]) -> list[Candidate]:
    """ "le Forze di supporto rapido (Rsf) ... le Rsf hanno bloccato": a bracketed acronym right after a
    named party stands for that party wherever the article uses it bare and no other mention covers it."""
    aliases: dict[str, Participant] = {}
    for c in named:
        if c.kind == "generic" or c.end + 2 >= len(doc):
            continue
        opening, word, closing = doc[c.end], doc[c.end + 1], doc[c.end + 2]
        if opening.text == "(" and closing.text == ")" and word.is_alpha and len(word.text) <= ACRONYM_CHARS \
                and word.text[0].isupper() and word.text.lower() != word.text:
            aliases.setdefault(word.text, c.participant)
    if not aliases:
        return []
    taken = {i for c in named for i in range(c.start, c.end)}
    out: list[Candidate] = []
    for tok in doc:
        part = aliases.get(tok.text)
        if part is None or tok.i in taken or (tok.i > 0 and doc[tok.i - 1].text == "("):
            continue
        span = Span(tok.idx, tok.idx + len(tok.text))
        out.append(Candidate(tok.i, tok.i + 1, replace(part, raw_text=tok.text, span=span), "name"))
    return out


def _group_of(named: list[Candidate], end: int, sector: str | None, lexicon: Lexicon) -> Participant | None:
    """ "i ribelli del M23", "fighters of the TPLF": the named armed group right after the group noun (one
    linking word between) is who the noun stands for (only for the sectors of ``_sole_named``)."""
    if sector is None or sector not in lexicon.settings.get("named_group_sectors", ()):
        return None
    for c in named:
        p = c.participant
        if 0 < c.start - end <= 2 and p.entity_id and p.type == "ORG" and p.sector in ARMED_SECTORS \
                and c.kind != "generic":
            return p
    return None


# an armed group's fighters are the group; a party's fighters are its armed wing ("fighters of the TPLF")
ARMED_SECTORS = frozenset({"REB", "MIL", "CRM", "PTY"})


def _sole_named(named: list[Candidate], sector: str | None, lexicon: Lexicon) -> Participant | None:
    """ "the military", "i paramilitari" in an article naming one army or one armed group: that one
    (only for the sectors the language pack lists: armed groups are few per story, civilians are many)."""
    if sector is None or sector not in lexicon.settings.get("named_group_sectors", ()):
        return None
    found = {c.key: c.participant for c in named  # (a general is no army: persons do not count)
             if c.participant.entity_id and c.participant.sector == sector and c.kind != "generic"
             and c.participant.type != "PER"}
    return next(iter(found.values())) if len(found) == 1 else None


def _numbered_groups(doc: Doc, lexicon: Lexicon, named: list[Candidate]) -> list[Candidate]:
    """ "i tre governi europei", "the two countries": a count and a group noun stand for the last list of
    exactly that many names (persons for "leaders", parties otherwise); one candidate per name, all on the
    phrase, so the roles code reads them as one coordinated group."""
    numerals: dict[str, int] = {norm(k): int(v) for k, v in lexicon.settings.get("group_numerals", {}).items()}
    nouns, people = lexicon.words("group_nouns"), lexicon.words("person_group_nouns")
    out: list[Candidate] = []
    for i, tok in enumerate(doc[:-1]):
        size = numerals.get(norm(tok.text))
        nxt = doc[i + 1]
        persons = any_match(people, nxt)
        if size is None or not (persons or any_match(nouns, nxt)):
            continue
        names = _last_list(doc, lexicon, [c for c in named if c.end <= i], size, persons)
        span = Span(tok.idx, nxt.idx + len(nxt.text))
        raw = span.text(doc.text)
        if not names and not persons:
            # "Meloni e Tebboune hanno firmato ... i due governi hanno concordato": the states of two leaders
            leaders = _last_list(doc, lexicon, [c for c in named if c.end <= i], size, True)
            states = [state_participant(c.participant.country, raw, span) for c in leaders]
            if len({p.country for p in states if p is not None}) == size:
                out.extend(Candidate(i, i + 2, p, "group") for p in states if p is not None)
                continue
        out.extend(Candidate(i, i + 2, replace(c.participant, raw_text=raw, span=span), "group") for c in names)
    return out


def state_participant(country: str | None, raw: str | None = None, span: Span | None = None) -> Participant | None:
    """A country's government as a participant, from the actor dictionary (``raw`` and ``span``: the words
    standing for it, else its name)."""
    load = optional_helper("actors", "load_dictionary")
    actor = load().get(f"country:{country}") if load is not None and country else None
    if actor is None:
        return None
    return Participant(raw_text=raw or actor.name, entity_name=actor.name, span=span,
                       wikidata_id=actor.wikidata or None, country=country, sector="GOV", type="GPE")


def _last_list(doc: Doc, lexicon: Lexicon, before: list[Candidate], size: int, persons: bool) -> list[Candidate]:
    """The nearest run of ``size`` names joined by commas and a conjunction ("Francia, Germania e Regno
    Unito"), each a person or each a party as asked."""
    glue = lexicon.words("coordinators") + lexicon.words("determiners")
    conj = [p for p in lexicon.words("coordinators") if p.text not in ",-"]
    fits = [c for c in before if c.kind != "generic" and (c.participant.type == "PER") == persons]

    def glued(a: Candidate, b: Candidate) -> bool:
        gap = list(doc[a.end:b.start])
        return bool(gap) and all(any_match(glue, t) for t in gap)

    for j in range(len(fits) - 1, size - 2, -1):
        run = fits[j - size + 1:j + 1]
        pairs = list(pairwise(run))
        whole = not (j - size >= 0 and glued(fits[j - size], run[0])) and not (
            j + 1 < len(fits) and glued(run[-1], fits[j + 1]))  # "Germany and Britain" inside a list of three
        if whole and all(glued(a, b) for a, b in pairs) and any(
                any_match(conj, t) for a, b in pairs for t in doc[a.end:b.start]) and len({c.key for c in run}) == size:
            return run
    return []


POSSESSOR_GAP = 4  # "Yemen's internationally recognised government": the marker and a few modifiers


def _possessor_country(doc: Doc, named: list[Candidate], start: int) -> str | None:
    """Country of a name whose possessive governs the group noun across its modifiers ("Yemen's
    internationally recognised government", "Russia's military intelligence")."""
    for c in named:
        gap = list(doc[c.end:start])
        if not c.participant.country or not gap or len(gap) > POSSESSOR_GAP or c.end > start:
            continue
        modifiers = all(t.pos_ in ("ADJ", "ADV", "VERB", "PUNCT") for t in gap[1:])
        if gap[0].dep_ == "case" and gap[0].pos_ == "PART" and modifiers:
            return c.participant.country
    return None


MODIFIER_GAP = 4  # "il governo ad interim del Bangladesh": a few modifiers between the noun and its country


def _modifier_country(doc: Doc, named: list[Candidate], start: int, end: int) -> str | None:
    """Country of a name the parse hangs on a generic noun across its modifiers ("il governo ad interim del
    Bangladesh", "the interim government of Bangladesh"): the name's head leads back to the noun within two
    steps, and no punctuation or verb stands between."""
    for c in named:
        if c.start < end or c.start - end > MODIFIER_GAP or not c.participant.country or c.kind == "generic":
            continue
        if any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in doc[end:c.start]):
            return None
        tok = doc[c.start:c.end].root
        for _ in range(2):
            tok = tok.head
            if start <= tok.i < end:
                return c.participant.country
            if not end <= tok.i < c.start:
                break
        return None
    return None


def _adjacent_country(named: list[Candidate], start: int, end: int) -> str | None:
    """Country of a demonym/name right next to a generic noun ("Nepali police", "polizia israeliana")."""
    for c in named:
        if (c.end <= start and start - c.end <= 1) or (c.start >= end and c.start - end <= 1):
            if c.participant.country:
                return c.participant.country
    return None
