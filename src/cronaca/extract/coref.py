"""Coreference inside one article: titles and roles ("il presidente ucraino", "the US president", "la sua
controparte statunitense") resolved to persons, and helpers the quote and event stages use for pronouns,
null subjects and group references ("i due leader").

Role words, title words and the grammar of "role + country" come from ``lang/<lang>/entities.toml``;
who held which office when comes from the actor dictionary (:mod:`cronaca.extract.actors`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from spacy.tokens import Doc

from ..lang import load_shared
from ..records import Entity
from .actors import ActorDictionary, Alias, AliasMatcher, tokens_of
from .docext import Mention
from .entity_lexicon import INTERNATIONAL, Cand, EntityLexicon, fold_name, lexicon

SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "csubj", "expl:impers"})


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


@lru_cache(maxsize=1)
def _office_sectors() -> dict[str, str]:
    sectors: dict[str, str] = load_shared("leaders").get("office_sectors", {})
    return sectors


def _office_sector(office: str) -> str | None:
    """The sector of an office's holder when the office says it (``data/leaders.toml``: ``office_sectors``)."""
    return _office_sectors().get(office)


def _gap(gap: str) -> str:
    return " ".join(gap.replace("’", "'").lower().split())


def _linked_by(gap: str, words: Iterable[str]) -> bool:
    """``gap`` is exactly one of ``words`` ("degli", "of the", "'s"); elided forms ("dell'") included."""
    g = _gap(gap)
    return bool(g) and (g in words or g.replace(" ", "") in words)


def country_of(c: Cand, dictionary: ActorDictionary) -> str | None:
    """The actor key a role's country candidate stands for (a country, an IGO, a capital's government)."""
    actor = dictionary.get(c.key)
    if actor is None:
        return None
    if actor.metonym_of:
        return actor.metonym_of
    if c.key.startswith("country:") or (actor.type == "ORG" and actor.country in INTERNATIONAL):
        return c.key
    return None


def _hide_country(c: Cand | None) -> None:
    """ "il leader degli Stati Uniti": the country stays an article entity, but the phrase is one mention (of
    the person) for the stages that look for actors. Only once a person is found: with nobody ("il leader
    dell'Unione africana") the organisation is the actor."""
    if c is not None and c.kind != "demonym":
        c.hidden = True


APPOSED_WORDS = 10  # words between a role and the holder an apposition names ("ad interim, il premio Nobel ...")


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
        self.plural = frozenset(w.lower() for w in g.get("plural_determiners", []))
        self.before = bool(g.get("country_before", False))
        self.after = bool(g.get("country_after", False))

    def resolve(self, text: str, cands: list[Cand]) -> tuple[list[Cand], set[int]]:
        """Title candidates for the roles of ``text`` and the ids of candidates the titles absorb."""
        titles: list[Cand] = []
        absorbed: set[int] = set()
        taken = [(c.start, c.end) for c in cands if c.kind != "demonym"]
        for m in _role_matcher(self.lex.language).find(text):
            if any(s <= m.start < e for s, e in taken) or self._grouped(text, m.start) \
                    or self._plural(text, m.start):
                continue
            role = m.alias.text
            if self._other_holder(text, m.start, m.end):
                continue  # "l'ex premier", "the opposition leader": not whoever holds the office now
            start, end, country_cand = self._with_country(text, cands, m.start, m.end)
            if country_cand is None and self._owned_by_organisation(text, cands, m.start):
                continue  # "the Taliban's supreme leader", "Hamas's leader": no country's office
            country = country_of(country_cand, self.dictionary) if country_cand else None
            if country_cand is not None and country_cand.kind == "demonym":
                absorbed.add(id(country_cand))  # "presidente ucraino" is one mention, of the person
            country_actor = self.dictionary.get(country) if country else None
            iso = country_actor.country if country_actor is not None else None
            offices, seat = _offices(role, self.lex, iso)
            named = self._appositive(text, cands, end) or self._named_before(text, cands, start) \
                or self._apposed_holder(text, cands, end, offices, country)
            if named is not None:
                _hide_country(country_cand)
                named.offices.update((o, country) for o in offices)
                if named.country is None and iso:
                    named.country = iso
                if named.sector is None and offices:
                    named.sector = _office_sector(offices[0])  # "Pakistan's army chief, ... Asim Munir": MIL
                continue
            if country is None and self._qualified(text, end):
                continue  # "il presidente della Regione", "the head of the board": someone else's office
            person = self._referent(cands, titles, offices, country or seat, start)
            if person is None and country_cand is not None and offices and iso and country \
                    and country.startswith("country:"):
                person = self._unnamed_holder(text, start, end, offices, country, iso)
            if person is not None:
                _hide_country(country_cand)
                titles.append(Cand(start, end, person.key, person.name, "PER", kind="title", source="role",
                                   country=person.country, sector=person.sector, wikidata=person.wikidata,
                                   offices={(o, country) for o in offices}))
        return titles, absorbed

    @staticmethod
    def _unnamed_holder(text: str, start: int, end: int, offices: Sequence[str], country: str, iso: str
                        ) -> Cand:
        """The holder of a country's office whom neither the article nor the dictionary names ("the prime
        minister of Peru"): a person known by the title alone, coded by country and as government. Later
        bare titles of the same office ("the prime minister said") resolve to it; the article's entity
        list leaves it out, as it does every person only a title refers to. Its sector is the office's
        (``data/leaders.toml``: ``office_sectors``), government by default."""
        return Cand(start, start, f"office:{offices[0]}@{country}", " ".join(text[start:end].split()), "PER",
                    country=iso, sector=_office_sector(offices[0]) or "GOV")

    def _other_holder(self, text: str, start: int, end: int) -> bool:
        """A modifier that makes the role someone else's: a former or deputy holder, or the leader of a
        union, party or rebel group rather than of a country."""
        before = [t.strip("-") for t in tokens_of(text[max(0, start - 20):start]) if t.strip("-'")]
        after = [t for t in tokens_of(text[end:end + 30]) if t.strip("'")]
        return bool((before and before[-1] in self.lex.words("other_holder_before"))
                    or (after and after[0] in self.lex.words("other_holder_after")))

    def _owned_by_organisation(self, text: str, cands: list[Cand], start: int) -> bool:
        """A role in the possessive of an organisation that is no country's ("the Taliban's supreme leader")."""
        for c in cands:
            if c.end <= start and start - c.end <= 4 and _linked_by(text[c.end:start], self.possessive):
                return c.type == "ORG" and country_of(c, self.dictionary) is None
        return False

    def _qualified(self, text: str, end: int) -> bool:
        after = " ".join(tokens_of(text[end:end + 30])).replace(" ' ", "' ")
        return any(after == w or after.startswith(w + " ") or (w.endswith("'") and after.startswith(w))
                   for w in self.of_words)

    def _plural(self, text: str, start: int) -> bool:
        """An invariable role word made plural by its determiner ("i leader dell'Ue"): no one holder."""
        before = tokens_of(text[max(0, start - 20):start])
        return bool(before) and before[-1].lower() in self.plural

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
                if ok and country_of(c, self.dictionary):
                    return start, c.end, c
        if self.before:
            for c in cands:
                if c.end <= start and start - c.end <= 4:
                    gap = text[c.end:start]
                    if (not gap.strip() or _linked_by(gap, self.possessive)) and country_of(c, self.dictionary):
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

    def _apposed_holder(self, text: str, cands: list[Cand], end: int, offices: Sequence[str],
                        country: str | None) -> Cand | None:
        """"Il capo del governo ad interim, il premio Nobel per la pace Muhammad Yunus,": the first person
        named after the role, in an apposition set off by a comma within the clause, when the dictionary
        says that person holds the office (a longer apposition than :meth:`_appositive` reads)."""
        for c in cands:
            if c.start < end or c.type != "PER" or c.kind != "name":
                continue
            gap = text[end:c.start]
            words = tokens_of(gap)
            if "," not in words or len(words) > APPOSED_WORDS or any(ch in gap for ch in ".;:!?()\n«»\""):
                return None
            return c if self._holds(c, offices, country) else None
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




# ---- names that corefer ---------------------------------------------------------------------------------

# "-te" of "Ching-te", or a short lower-case particle and a capitalised part ("Harun-or-Rashid", "Nur-ud-Din")
_HYPHEN_TAIL = re.compile(r"-(?:[a-zà-ÿ]{1,3}-[A-ZÀ-Ý][a-zà-ÿ]+|[a-zà-ÿ]+)(?![\w-])")


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


# a quoted nickname between a given name and a surname: Jorge "Tuto" Quiroga, Mario «Super» Rossi
_NICKNAME_TAIL = re.compile(r"\s+[\"“‘«]([^\W\d_][\w.'’-]*(?:\s[^\W\d_][\w.'’-]*)?)[\"”’»]\s+"
                            r"((?:[A-ZÀ-Ý][\w'’-]+)(?:\s+[A-ZÀ-Ý][\w'’-]+)?)")


def nicknamed_names(cands: list[Cand], text: str) -> list[Cand]:
    """ 'Jorge "Tuto" Quiroga': the given name, a quoted nickname and the surname are one person, named
    without the nickname ("Jorge Quiroga"); the nickname and the surname are no names of their own."""
    merged: list[tuple[int, int]] = []
    for c in cands:
        if c.type != "PER" or not c.key.startswith("new:") or len(c.name.split()) != 1:
            continue
        m = _NICKNAME_TAIL.match(text, c.end)
        if m is None or not m.group(1)[:1].isupper():
            continue
        c.name = f"{c.name} {' '.join(m.group(2).split())}"
        c.key = "new:" + c.name.casefold()
        c.end = m.end()
        merged.append((c.start, c.end))
    return [c for c in cands if not any(s <= c.start and c.end <= e and (s, e) != (c.start, c.end)
                                        for s, e in merged)]


_ALIAS_NAME = re.compile(r"\s*[\"“‘«]?([^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*){0,2})[\"”’»]?")


def known_as_names(cands: list[Cand], text: str, lex: EntityLexicon) -> list[Cand]:
    """"Mohamed Hamdan Dagalo, noto come Hemedti", "Jimmy Chérizier, known as 'Barbecue'": a name a person
    is introduced by (the language pack's ``alias_markers``) is that person wherever the article uses it.
    The person's candidates lend their key, name and codes to every candidate of the alias; a use of the
    alias nothing else found becomes a mention of the person."""
    markers = sorted(lex.words("alias_markers"), key=len, reverse=True)
    if not markers:
        return cands
    found: dict[str, Cand] = {}
    added: list[Cand] = []
    for c in cands:
        if c.type != "PER" or c.kind != "name" or len(c.name.split()) < 2:
            continue
        lead = text[c.end:c.end + 40].lower().replace("’", "'")
        head = lead.lstrip()
        if not head.startswith(","):
            continue
        rest = head[1:].lstrip()
        marker = next((m for m in markers if rest.startswith(m + " ")), None)
        if marker is None:
            continue
        at = c.end + (len(lead) - len(rest)) + len(marker)
        m = _ALIAS_NAME.match(text, at)
        if m is None or not m.group(1)[:1].isupper():
            continue
        alias = " ".join(m.group(1).split())
        if fold_name(alias) == fold_name(c.name) or fold_name(alias) in fold_name(c.name).split():
            continue
        found[alias] = c
        for hit in re.finditer(rf"(?<![\w-]){re.escape(m.group(1))}(?![\w-])", text):
            if hit.start() >= c.end and not any(o.start < hit.end() and hit.start() < o.end for o in cands + added):
                added.append(Cand(hit.start(), hit.end(), c.key, c.name, c.type, source=c.source,
                                  country=c.country, sector=c.sector, wikidata=c.wikidata))
    if not found:
        return cands
    for o in cands:
        person = found.get(" ".join(text[o.start:o.end].split()))
        if person is not None and o is not person and o.kind == "name" and o.key.startswith("new:"):
            o.key, o.name, o.type = person.key, person.name, person.type
            o.country, o.sector, o.wikidata = person.country or o.country, person.sector or o.sector, person.wikidata
    return sorted(cands + added, key=lambda c: (c.start, -c.end))


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
        # "Zhang" after "Zhang Xiaogang": a family name written first, as in Chinese and Korean names
        match = match or [f for f in full if len(f.name.split()) == 2 and fold_name(f.name.split()[0]) == surname
                          and f is not c]
        if match:
            best = min(match, key=lambda f: (f.start > c.start, abs(f.start - c.start)))
            c.key, c.name, c.type = best.key, best.name, "PER"
            c.country, c.sector, c.wikidata = best.country, best.sector, best.wikidata
    return cands


ACRONYM_MAX = 8  # "Usb", "Cicr", "UNHCR": the longest short form a bracket after a name defines


def link_acronyms(cands: list[Cand], text: str = "") -> list[Cand]:
    """An unknown acronym ("RSF") spelling the initials of an organisation named in full in the article
    ("Rapid Support Forces") refers to it; so does one in brackets right after its name, whatever its letters
    ("l'Unione sindacale di base (Usb) ... L'Usb ha respinto")."""
    orgs = [c for c in cands if c.type == "ORG" and len(c.name.split()) > 1]
    defined: dict[str, Cand] = {}
    for o in orgs:
        for c in cands:
            if c.key.startswith("new:") and c is not o and 2 <= len(c.name) <= ACRONYM_MAX \
                    and " " not in c.name and c.name[:1].isupper() and text[o.end:c.start].strip() == "(" \
                    and text[c.end:c.end + 1] == ")":
                defined[c.key] = o
    for c in cands:
        full = defined.get(c.key)
        if full is not None:
            c.key, c.name, c.type = full.key, full.name, full.type
            c.country, c.sector, c.wikidata = full.country, full.sector, full.wikidata
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

