"""Coreference inside one article: titles and roles ("il presidente ucraino", "the US president", "la sua
controparte statunitense") resolved to persons, and helpers the quote and event stages use for pronouns,
null subjects and group references ("i due leader").

Role words, title words and the grammar of "role + country" come from ``lang/<lang>/entities.toml``;
who held which office when comes from the actor dictionary (:mod:`cronaca.extract.actors`).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from ..lang import load_resource, load_shared
from ..records import Entity
from ._phrases import phrase_regex
from .actors import ActorDictionary, Alias, AliasMatcher, tokens_of
from .docext import Mention

SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "csubj", "expl:impers"})


@dataclass
class Cand:
    """A mention candidate while the entity stage assembles the article's entities."""

    start: int
    end: int
    key: str  # dictionary key, or "new:<normalised name>" for names the dictionary does not know
    name: str
    type: str
    kind: str = "name"
    source: str = "dict"
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    offices: set[tuple[str, str | None]] = field(default_factory=set)  # (office, of-key) from titles
    hidden: bool = False  # inside a title phrase: an entity mention, but no mention for other stages


@dataclass(frozen=True)
class EntityLexicon:
    """The word lists of ``entities.toml`` for one language."""

    language: str
    data: dict[str, Any]
    _words: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)

    def words(self, name: str) -> frozenset[str]:
        """The list ``name``, lower-cased with plain apostrophes (built once: called per token by the stages)."""
        found = self._words.get(name)
        if found is None:
            found = self._words[name] = frozenset(w.lower().replace("’", "'") for w in self.data.get(name, []))
        return found

    @property
    def roles(self) -> dict[str, list[str]]:
        return dict(self.data.get("roles", {}))

    @property
    def grammar(self) -> dict[str, Any]:
        return dict(self.data.get("role_grammar", {}))


@lru_cache(maxsize=8)
def lexicon(language: str) -> EntityLexicon:
    return EntityLexicon(language, load_resource(language, "entities"))


@lru_cache(maxsize=8)
def _role_matcher(language: str) -> AliasMatcher:
    aliases = [Alias(phrase, phrase, tokens_of(phrase)) for phrase in lexicon(language).roles]
    return AliasMatcher(aliases, case_sensitive=False)


def leader_offices(country: str | None) -> list[str]:
    """The offices "the leader" of ``country`` may name, most likely first."""
    table: dict[str, list[str]] = load_shared("leaders").get("leader", {})
    if country and country in table:
        return list(table[country])
    return ["head_of_government", "head_of_state"]


def _offices(role: str, lex: EntityLexicon, country: str | None) -> tuple[list[str], str | None]:
    """The offices a role may denote and the seat it implies when the text names none: "office@key"
    in the data ("il papa" = head_of_state@country:VAT, "the chancellor" = head_of_government@country:DEU)."""
    out: list[str] = []
    seat: str | None = None
    for entry in lex.roles.get(role, []):
        office, _, implied = entry.partition("@")
        seat = seat or (implied or None)
        out.extend(leader_offices(country) if office == "leader" else [office])
    return out, seat


def _gap(gap: str) -> str:
    return " ".join(gap.replace("’", "'").lower().split())


def _linked_by(gap: str, words: Iterable[str]) -> bool:
    """``gap`` is exactly one of ``words`` ("degli", "of the", "'s"); elided forms ("dell'") included."""
    g = _gap(gap)
    return bool(g) and (g in words or g.replace(" ", "") in words)


def _country_of(c: Cand, dictionary: ActorDictionary) -> str | None:
    """The actor key a role's country candidate stands for (a country, an IGO, a capital's government)."""
    actor = dictionary.get(c.key)
    if actor is None:
        return None
    if actor.metonym_of:
        return actor.metonym_of
    if c.key.startswith("country:") or (actor.type == "ORG" and actor.country in ("IGO", "UNO", "EUR")):
        return c.key
    return None


class RoleResolver:
    """Finds role phrases in a text and resolves each to a person, linking appositive names."""

    def __init__(self, language: str, dictionary: ActorDictionary, published: dt.date | None,
                 setting: str | None = None) -> None:
        self.lex = lexicon(language)
        self.setting = setting  # actor key of the country the article is set in
        self.dictionary = dictionary
        self.published = published
        self.group_words = self.lex.words("group_words")
        g = self.lex.grammar
        self.of_words = frozenset(w.lower() for w in g.get("of_words", []))
        self.possessive = frozenset(w.lower() for w in g.get("possessive", []))
        self.before = bool(g.get("country_before", False))
        self.after = bool(g.get("country_after", False))

    def resolve(self, text: str, cands: list[Cand]) -> tuple[list[Cand], set[int]]:
        """Title candidates for the roles of ``text`` and the ids of candidates the titles absorb."""
        titles: list[Cand] = []
        absorbed: set[int] = set()
        taken = [(c.start, c.end) for c in cands if c.kind != "demonym"]
        for m in _role_matcher(self.lex.language).find(text):
            if any(s <= m.start < e for s, e in taken) or self._grouped(text, m.start):
                continue
            role = m.alias.text
            if self._other_holder(text, m.start, m.end):
                continue  # "l'ex premier", "the opposition leader": not whoever holds the office now
            start, end, country_cand = self._with_country(text, cands, m.start, m.end)
            country = _country_of(country_cand, self.dictionary) if country_cand else None
            if country_cand is not None and country_cand.kind == "demonym":
                absorbed.add(id(country_cand))  # "presidente ucraino" is one mention, of the person
            if country_cand is not None and country_cand.kind != "demonym":
                # "il leader degli Stati Uniti": the country stays an article entity, but the phrase is one
                # mention (of the person) for the stages that look for actors
                country_cand.hidden = True
            country_actor = self.dictionary.get(country) if country else None
            iso = country_actor.country if country_actor is not None else None
            offices, seat = _offices(role, self.lex, iso)
            named = self._appositive(text, cands, end) or self._named_before(text, cands, start)
            if named is not None:
                named.offices.update((o, country) for o in offices)
                if named.country is None and iso:
                    named.country = iso
                continue
            if country is None and self._qualified(text, end):
                continue  # "il presidente della Regione", "the head of the board": someone else's office
            person = self._referent(cands, titles, offices, country or seat, start)
            if person is not None:
                titles.append(Cand(start, end, person.key, person.name, "PER", kind="title", source="role",
                                   country=person.country, sector=person.sector, wikidata=person.wikidata,
                                   offices={(o, country) for o in offices}))
        return titles, absorbed

    def _other_holder(self, text: str, start: int, end: int) -> bool:
        """A modifier that makes the role someone else's: a former or deputy holder, or the leader of a
        union, party or rebel group rather than of a country."""
        before = [t.strip("-") for t in tokens_of(text[max(0, start - 20):start]) if t.strip("-'")]
        after = [t for t in tokens_of(text[end:end + 30]) if t.strip("'")]
        return bool((before and before[-1] in self.lex.words("other_holder_before"))
                    or (after and after[0] in self.lex.words("other_holder_after")))

    def _qualified(self, text: str, end: int) -> bool:
        after = " ".join(tokens_of(text[end:end + 30])).replace(" ' ", "' ")
        return any(after == w or after.startswith(w + " ") or (w.endswith("'") and after.startswith(w))
                   for w in self.of_words)

    def _grouped(self, text: str, start: int) -> bool:
        before = tokens_of(text[max(0, start - 20):start])
        return bool(before) and before[-1] in self.group_words

    def _with_country(self, text: str, cands: list[Cand], start: int, end: int
                      ) -> tuple[int, int, Cand | None]:
        """Extend a role span over the country that qualifies it ("presidente ucraino", "US president")."""
        for c in cands:
            if c.start >= end and c.start - end <= 12:
                gap = text[end:c.start]
                ok = (self.after and not gap.strip()) or _linked_by(gap, self.of_words)
                if ok and _country_of(c, self.dictionary):
                    return start, c.end, c
        if self.before:
            for c in cands:
                if c.end <= start and start - c.end <= 4:
                    gap = text[c.end:start]
                    if (not gap.strip() or _linked_by(gap, self.possessive)) and _country_of(c, self.dictionary):
                        return c.start, end, c
        return start, end, None

    def _appositive(self, text: str, cands: list[Cand], end: int) -> Cand | None:
        """The person a role introduces: "il cancelliere Friedrich Merz", "capo della diplomazia europea
        Josep Borrell" (only listed modifiers may stand between)."""
        modifiers = self.lex.words("role_modifiers")
        # after a comma, an apposition may repeat an article and a title: "il suo omologo saudita, il
        # principe Faisal bin Farhan"
        apposed = modifiers | self.lex.words("determiners") | self.lex.words("titles")
        for c in cands:
            if c.start >= end and c.type == "PER" and c.kind == "name":
                raw = tokens_of(text[end:c.start])
                gap = [t for t in raw if t != ","]
                allowed = apposed if raw[:1] == (",",) else modifiers
                return c if len(gap) <= 3 and all(t in allowed for t in gap) else None
        return None

    @staticmethod
    def _named_before(text: str, cands: list[Cand], start: int) -> Cand | None:
        """"Corneille Nangaa, leader of ...": a name and its role set off by a comma."""
        for c in reversed(cands):
            if c.end <= start:
                gap = tokens_of(text[c.end:start])
                ok = c.type == "PER" and c.kind == "name" and gap[:1] == (",",) and len(gap) <= 3
                return c if ok else None
        return None

    def _holds(self, c: Cand, offices: Sequence[str], country: str | None) -> bool:
        held = set(c.offices)
        if not c.key.startswith("new:"):
            held.update((o.office, o.of) for o in self.dictionary.offices_of(c.key, self.published))
        actor = self.dictionary.get(country) if country else None
        iso = actor.country if actor else None
        return any(o in offices and (country is None or of == country or (of is None and c.country == iso))
                   for o, of in held)

    def _referent(self, cands: list[Cand], titles: list[Cand], offices: Sequence[str], country: str | None,
                  start: int) -> Cand | None:
        persons = [c for c in cands + titles if c.type == "PER" and c.kind in ("name", "title")]
        before = sorted((c for c in persons if c.end <= start), key=lambda c: -c.start)
        after = sorted((c for c in persons if c.start > start), key=lambda c: c.start)
        for c in before + after:
            if self._holds(c, offices, country):
                return c
        if country is None:
            # a bare "il premier" with nobody in the article holding the office: the office of the
            # country the article is set in ("il ministro dell'Interno" in Italian home news)
            country = self.setting
        if country is None:
            return None
        for office in offices:
            actor = self.dictionary.holder(office, country, self.published)
            if actor is not None:
                return Cand(start, start, actor.key, actor.name, actor.type, country=actor.country,
                            sector=actor.sector, wikidata=actor.wikidata)
        return None


# ---- helpers for the quote, attribution and event stages ------------------------------------------------

def entities_by_id(doc: Doc) -> dict[str, Entity]:
    """The article's entities by id."""
    return {e.id: e for e in doc._.cronaca_entities or []}


def entity_at(doc: Doc, start: int, end: int) -> tuple[Entity, Mention] | None:
    """The entity with a mention overlapping ``[start, end)``; the tightest such mention wins."""
    by_id = entities_by_id(doc)
    hits = [m for m in doc._.cronaca_mentions or [] if m.span.start < end and start < m.span.end
            and m.entity_id in by_id]
    if not hits:
        return None
    best = min(hits, key=lambda m: (not (m.span.start <= start and end <= m.span.end),
                                    m.span.end - m.span.start))
    return by_id[best.entity_id], best


def _is_subject(doc: Doc, m: Mention) -> bool:
    span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
    return span is not None and any(t.dep_ in SUBJECT_DEPS for t in span)


def salient_entity(doc: Doc, char_offset: int, types: Sequence[str] = ("PER", "ORG", "GPE")) -> Entity | None:
    """The most recent compatible subject-like entity before ``char_offset`` (a pronoun's likely antecedent).

    With a dependency parse, subjects of the current or previous sentence win; otherwise the closest
    compatible named or titled mention does.
    """
    by_id = entities_by_id(doc)
    before = [m for m in doc._.cronaca_mentions or [] if m.span.end <= char_offset and m.entity_id in by_id
              and by_id[m.entity_id].type in types and m.kind in ("name", "title", "metonym")]
    if not before:
        return None
    if doc.has_annotation("DEP"):
        floor = _previous_sentence_start(doc, char_offset)
        for m in reversed(before):
            if m.span.start < floor:
                break
            if _is_subject(doc, m):
                return by_id[m.entity_id]
    return by_id[before[-1].entity_id]


def _previous_sentence_start(doc: Doc, char_offset: int) -> int:
    starts = [s.start_char for s in doc.sents if s.start_char <= char_offset] if doc.has_annotation(
        "SENT_START") else [0]
    return starts[-2] if len(starts) >= 2 else 0


def recent_persons(doc: Doc, char_offset: int, n: int = 2) -> list[Entity]:
    """The ``n`` persons of the most recent sentence before ``char_offset`` naming at least ``n`` persons
    ("I due leader" after "Zelenskyy ... con Donald Trump"); else the ``n`` most recently named persons."""
    by_id = entities_by_id(doc)
    mentions = [m for m in doc._.cronaca_mentions or [] if m.span.end <= char_offset and m.entity_id in by_id
                and by_id[m.entity_id].type == "PER"]
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    for sent in reversed([s for s in sents if s.start_char < char_offset]):
        ids = list(dict.fromkeys(m.entity_id for m in mentions
                                 if sent.start_char <= m.span.start < sent.end_char))
        if len(ids) >= n:
            return [by_id[i] for i in ids[:n]]
    recent = list(dict.fromkeys(m.entity_id for m in reversed(mentions)))[:n]
    return [by_id[i] for i in reversed(recent)]


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
            out.remove(place)
            if t.get("place_itself"):
                # "Regione Lombardia", "il Comune di Roma": the place's own institution, named as the place
                out.append(Cand(start, end, place.key, place.name, place.type, kind=place.kind, source=place.source,
                                country=place.country, sector=place.sector, wikidata=place.wikidata))
                break
            name = t["name"].replace("{place}", place.name)
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


# ---- names that corefer ---------------------------------------------------------------------------------

def fold_name(name: str) -> str:
    """A name folded for comparison: no accents, no case, no dots."""
    text = unicodedata.normalize("NFKD", name)
    return " ".join("".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
                    .replace(".", " ").replace("’", "'").split())


_HYPHEN_TAIL = re.compile(r"-[a-zà-ÿ]+(?![\w-])")


def hyphenated_names(cands: list[Cand], text: str) -> list[Cand]:
    """ "Lai Ching-te", "Chen Mei-ling": a person's name goes on over a hyphen and a lower-case syllable, which
    tokenizers split off."""
    for c in cands:
        if c.type != "PER" or not c.key.startswith("new:"):
            continue
        m = _HYPHEN_TAIL.match(text, c.end)
        if m is not None:
            c.end = m.end()
            c.name = " ".join(text[c.start:c.end].split())
            c.key = "new:" + c.name.casefold()
    # the fragment the tokenizer left ("te") is no name of its own
    spans = [(c.start, c.end) for c in cands if c.type == "PER"]
    return [c for c in cands if not any(s <= c.start and c.end <= e and (s, e) != (c.start, c.end) for s, e in spans)]


_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})  # "Ferdinand Marcos Jr." is "Marcos"


def _family_name(full: str) -> str:
    """The word a lone mention of ``full`` repeats: the last, or the first in an East Asian name whose given
    name is hyphenated ("Lai" for "Lai Ching-te")."""
    words = [w for w in full.split() if w.rstrip(".").lower() not in _NAME_SUFFIXES]
    if not words:
        return full
    return words[0] if len(words) == 2 and "-" in words[1] and words[1][:1].isupper() else words[-1]


def link_surnames(cands: list[Cand], text: str) -> list[Cand]:
    """A lone surname ("Nangaa", "Merz") refers to the person named in full elsewhere in the article, even
    when a gazetteer took it for a place ("Kamau" is not Cà Mau after "Wanjiru Kamau")."""
    full = [c for c in cands if c.type == "PER" and c.kind == "name" and len(c.name.split()) > 1]
    for c in cands:
        surface = text[c.start:c.end]
        if not c.key.startswith("new:") or len(surface.split()) != 1 or c.kind != "name":
            continue
        surname = fold_name(surface)
        match = [f for f in full if fold_name(_family_name(f.name)) == surname and f is not c]
        if match:
            best = min(match, key=lambda f: (f.start > c.start, abs(f.start - c.start)))
            c.key, c.name, c.type = best.key, best.name, "PER"
            c.country, c.sector, c.wikidata = best.country, best.sector, best.wikidata
    return cands


def link_acronyms(cands: list[Cand]) -> list[Cand]:
    """An unknown acronym ("RSF") spelling the initials of an organisation named in full in the article
    ("Rapid Support Forces") refers to it."""
    orgs = [c for c in cands if c.type == "ORG" and len(c.name.split()) > 1]
    for c in cands:
        if not c.key.startswith("new:") or not c.name.isupper() or not 2 <= len(c.name) <= 6:
            continue
        for o in orgs:
            initials = "".join(w[0] for w in o.name.split() if w[:1].isupper())
            if initials == c.name:
                c.key, c.name, c.type = o.key, o.name, o.type
                c.country, c.sector, c.wikidata = o.country, o.sector, o.wikidata
                break
    return cands


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
    key = _country_of(c, dictionary)
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
        if known_org and (country_key is None or any(c.country == country_key.split(":", 1)[1] for c in known_org)):
            continue  # the dictionary names it ("Russia's Foreign Ministry", "ministero dell'Economia")
        for c in known_org:
            out.remove(c)  # "ministero dell'Economia francese": another country's ministry of the same name
        if country_key is None and core.kind == "ministry" and core.bare:
            # "In Beijing, foreign ministry spokesperson ...": the place opening the sentence, else the setting
            opener = _sentence_place(text, core.start, out, lex, dictionary)
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
    last = span[-1]
    return last.pos_ != "ADJ" and last.dep_ not in ("compound", "amod")


def _institution_name(core: _Core, iso: str, country_key: str, dictionary: ActorDictionary,
                      data: dict[str, Any]) -> str | None:
    country = dictionary.get(country_key)
    if core.kind == "ministry":
        if country is None:
            return None
        return str(data.get("ministry_name", "Ministry of {portfolio} of {country}")).format(
            portfolio=core.portfolio, country=country.name)
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
