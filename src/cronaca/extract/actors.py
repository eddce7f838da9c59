"""The actor dictionary: canonical entities, their multilingual aliases and who held which office when.

Data lives in ``cronaca/data/actors/``:

* ``*.tsv`` with columns ``key name type country sector wikidata aliases metonym_of``. Rows sharing a key
  are merged (later files override non-empty fields, aliases accumulate); ``generated_*.tsv`` (from
  ``tools/build_countries.py``) load first so hand-made files can correct them.
* ``demonyms.tsv`` (``country language forms``) and ``offices.tsv`` (``office of holder start end``).

Alias syntax (``|``-separated): ``it:`` / ``en:`` restricts an alias to one language; ``=`` requires the exact
case ("X", "AP", "Nato"); ``~`` marks a description ("the UN nuclear watchdog") whose inner names are
mentions too. An alias starting with a capital needs a capital in the text; one starting in lower case
needs lower case there (or a sentence start), so the surname "Giordano" is not the demonym "giordano".
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from ..lang import available_languages, load_resource
from ._phrases import fold_apostrophes

TOKEN_RE = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Actor:
    """One canonical referent of the dictionary."""

    key: str
    name: str
    type: str
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    metonym_of: str | None = None  # key of what the name stands for as an agent ("Washington" -> USA)


@dataclass(frozen=True, slots=True)
class Alias:
    """A surface form of an actor, pre-tokenised for matching."""

    text: str
    key: str
    tokens: tuple[str, ...]  # lower-cased, apostrophes normalised
    exact: bool = False
    descriptive: bool = False
    demonym: bool = False
    language: str = "*"  # "*": every language
    after: tuple[str, ...] = ()  # when set, one of these words must stand right before ("l'Unhcr")

    @property
    def capitalised(self) -> bool:
        first = next((c for c in self.text if c.isalpha()), "")
        return first.isupper()


@dataclass(frozen=True, slots=True)
class Office:
    """A term of office: ``holder`` was ``office`` of ``of`` from ``start`` to ``end`` (None: open)."""

    office: str
    of: str
    holder: str
    start: dt.date | None
    end: dt.date | None

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


def tokens_of(text: str) -> tuple[str, ...]:
    """The matching tokens of a text: lower-cased words and single punctuation marks."""
    return tuple(TOKEN_RE.findall(fold_apostrophes(text).lower()))


def _date(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value) if value.strip() else None


def _rows(text: str) -> list[dict[str, str]]:
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    header = lines[0].split("\t")
    rows = []
    for ln in lines[1:]:
        cells = ln.split("\t")
        cells += [""] * (len(header) - len(cells))  # editors drop trailing empty cells
        rows.append(dict(zip(header, cells[:len(header)], strict=True)))
    return rows


class ActorDictionary:
    """Actors, aliases by language, demonyms and offices, loaded from the packaged data files."""

    def __init__(self, actors: dict[str, Actor], aliases: dict[str, list[Alias]], offices: list[Office],
                 adjectives: dict[str, str] | None = None) -> None:
        self.actors = actors
        self._aliases = aliases  # language ("*" = every language) -> aliases
        self.offices = offices
        self._adjectives = adjectives or {}  # ISO alpha-3 -> English adjective ("ARM" -> "Armenian")
        self._by_holder: dict[str, list[Office]] = defaultdict(list)
        for o in offices:
            self._by_holder[o.holder].append(o)

    def get(self, key: str) -> Actor | None:
        return self.actors.get(key)

    def aliases(self, language: str) -> list[Alias]:
        return self._aliases.get("*", []) + self._aliases.get(language, [])

    def adjective(self, country: str) -> str | None:
        """The English adjective of a country ("Armenian" for ARM), for canonical names built from it."""
        return self._adjectives.get(country)

    def holder(self, office: str, of: str, day: dt.date | None) -> Actor | None:
        """Who held ``office`` of ``of`` (an actor key) on ``day``; the latest holder when ``day`` is None."""
        terms = [o for o in self.offices if o.office == office and o.of == of]
        if day is not None:
            current = [o for o in terms if o.covers(day)]
            terms = current or [o for o in terms if o.start is None or o.start <= day]
        if not terms:
            return None
        latest = max(terms, key=lambda o: o.start or dt.date.min)
        return self.actors.get(latest.holder)

    def offices_of(self, holder: str, day: dt.date | None) -> list[Office]:
        """The offices ``holder`` held on ``day`` (all of them when ``day`` is None)."""
        return [o for o in self._by_holder.get(holder, []) if day is None or o.covers(day)]


def _parse_alias(raw: str, key: str, demonym: bool = False) -> tuple[str, Alias] | None:
    lang = "*"
    m = re.match(r"^([a-z]{2}):(.*)$", raw)
    if m:
        lang, raw = m.group(1), m.group(2)
    exact = raw.startswith("=")
    descriptive = raw.startswith("~")
    text = raw.lstrip("=~").strip()
    toks = tokens_of(text)
    if not toks:
        return None
    return lang, Alias(text, key, toks, exact=exact, descriptive=descriptive, demonym=demonym, language=lang)


def _read(name: str) -> str:
    return resources.files("cronaca").joinpath("data", "actors", name).read_text(encoding="utf-8")


def table_rows(name: str) -> list[dict[str, str]]:
    """The rows of one packaged actor table (``demonyms.tsv``, ...)."""
    return _rows(_read(name))


def _actor_files() -> list[str]:
    root = resources.files("cronaca").joinpath("data", "actors")
    names = sorted(p.name for p in root.iterdir() if p.name.endswith(".tsv")
                   and p.name not in ("demonyms.tsv", "offices.tsv"))
    return sorted(names, key=lambda n: (not n.startswith("generated_"), n))


@lru_cache(maxsize=1)
def load_dictionary() -> ActorDictionary:
    """The packaged actor dictionary (loaded once)."""
    fields: dict[str, dict[str, str]] = {}
    raw_aliases: dict[str, list[str]] = defaultdict(list)
    for fname in _actor_files():
        for row in _rows(_read(fname)):
            key = row["key"].strip()
            merged = fields.setdefault(key, {})
            for k, v in row.items():
                if k != "aliases" and v.strip():
                    merged[k] = v.strip()
            raw_aliases[key].extend(a for a in row.get("aliases", "").split("|") if a.strip())
    actors: dict[str, Actor] = {}
    aliases: dict[str, list[Alias]] = defaultdict(list)
    for key, f in fields.items():
        actors[key] = Actor(key=key, name=f["name"], type=f.get("type", "MISC"), country=f.get("country"),
                            sector=f.get("sector"), wikidata=f.get("wikidata"), metonym_of=f.get("metonym_of"))
        for raw in [f["name"]] + raw_aliases[key]:
            parsed = _parse_alias(raw, key)
            if parsed:
                aliases[parsed[0]].append(parsed[1])
    adjectives: dict[str, str] = {}
    for row in _rows(_read("demonyms.tsv")):
        key = f"country:{row['country'].strip()}"
        if key not in actors:
            continue
        if row["language"].strip() == "en":
            # the first English form is the adjective ("Armenian|Armenians")
            adjectives.setdefault(row["country"].strip(), row["forms"].split("|")[0].strip())
        for form in row["forms"].split("|"):
            parsed = _parse_alias(form, key, demonym=True)
            if parsed:
                lang = row["language"].strip()
                aliases[lang].append(replace(parsed[1], language=lang))
    offices = [Office(r["office"], r["of"], r["holder"], _date(r["start"]), _date(r["end"]))
               for r in _rows(_read("offices.tsv"))]
    return ActorDictionary(actors, dict(aliases), offices, adjectives)


@dataclass(frozen=True, slots=True)
class AliasMatch:
    """An alias found in a text at ``[start, end)``; ``nested`` marks a name inside a description."""

    start: int
    end: int
    alias: Alias
    nested: bool = False


SENTENCE_OPENERS = frozenset(".!?:;\"“”«»—–\n")


class AliasMatcher:
    """Leftmost-longest matching of aliases over word tokens, with the case rules of the module docstring."""

    def __init__(self, aliases: list[Alias], case_sensitive: bool = True) -> None:
        self._case_sensitive = case_sensitive
        self._index: dict[tuple[str, ...], list[Alias]] = defaultdict(list)
        for a in aliases:
            self._index[a.tokens].append(a)
        for group in self._index.values():
            # a name beats a demonym of the same spelling ("Vatican"), a language's own alias one of every
            # language
            group.sort(key=lambda a: (a.demonym, a.language == "*"))
        self._firsts = {toks[0] for toks in self._index}
        self._maxlen = max((len(t) for t in self._index), default=0)

    def find(self, text: str) -> list[AliasMatch]:
        norm = fold_apostrophes(text)
        toks = [(m.start(), m.end()) for m in TOKEN_RE.finditer(norm)]
        lower = [norm[s:e].lower() for s, e in toks]
        # the longest alias at every position, then the longest first among overlapping ones, so that
        # "La Repubblica Democratica del Congo" is the country, not the newspaper "la Repubblica"
        found = []
        for i in range(len(toks)):
            hit = self._longest(text, norm, toks, lower, i, len(toks)) if lower[i] in self._firsts else None
            if hit is not None:
                found.append((i, hit[0], hit[1]))
        taken: set[int] = set()
        out: list[AliasMatch] = []
        for i, n, alias in sorted(found, key=lambda f: (-f[1], f[0])):
            if taken.intersection(range(i, i + n)):
                continue
            taken.update(range(i, i + n))
            out.append(AliasMatch(toks[i][0], toks[i + n - 1][1], alias))
            if alias.descriptive:
                out.extend(self._inner(text, norm, toks, lower, i, i + n))
        return sorted(out, key=lambda m: (m.start, m.nested))

    def _longest(self, text: str, norm: str, toks: list[tuple[int, int]], lower: list[str], i: int,
                 limit: int) -> tuple[int, Alias] | None:
        for n in range(min(self._maxlen, limit - i), 0, -1):
            for alias in self._index.get(tuple(lower[i:i + n]), ()):
                if not self._case_sensitive or _case_ok(alias, text, norm, toks[i][0], toks[i + n - 1][1]):
                    return n, alias
        return None

    def _inner(self, text: str, norm: str, toks: list[tuple[int, int]], lower: list[str], lo: int,
               hi: int) -> list[AliasMatch]:
        out = []
        i = lo
        while i < hi:
            limit = hi if i > lo else hi - 1  # not the description itself again
            found = self._longest(text, norm, toks, lower, i, limit) if lower[i] in self._firsts else None
            if found and not found[1].demonym and found[1].capitalised:
                n, alias = found
                out.append(AliasMatch(toks[i][0], toks[i + n - 1][1], alias, nested=True))
                i += n
            else:
                i += 1
        return out


def _case_ok(alias: Alias, text: str, norm: str, start: int, end: int) -> bool:
    surface = text[start:end]
    if alias.after and not norm[:start].rstrip().endswith("("):  # (or in brackets after the full name)
        word = re.search(r"(\w+'?)\s*$", norm[:start])
        if word is None or word.group(1).lower() not in alias.after:
            return False
    if alias.exact:
        return tokens_of_cased(surface) == tokens_of_cased(alias.text)
    first = next((c for c in surface if c.isalpha()), "")
    if not first:
        return True
    if alias.capitalised:
        return first.isupper()
    if first.islower() or surface.isupper():
        return True
    before = norm[:start].rstrip()
    return not before or before[-1] in SENTENCE_OPENERS


def tokens_of_cased(text: str) -> tuple[str, ...]:
    return tuple(TOKEN_RE.findall(fold_apostrophes(text)))


@lru_cache(maxsize=8)
def matcher_for(language: str) -> AliasMatcher:
    """The alias matcher of ``language`` (built once per language). Where the press writes acronyms with
    one capital ("l'Unhcr", "la Fao": the pack's ``titlecase_acronyms``), an exact upper-case acronym also
    matches that form."""
    aliases = load_dictionary().aliases(language)
    articles = load_resource(language, "entities").get("titlecase_acronyms", []) \
        if language in available_languages() else []
    if articles:
        # only after an article ("dell'Oms", "la Fao"): "Uno sciopero", "Secondo Sana" are no acronyms
        have = {a.text for a in aliases}
        aliases = aliases + [replace(a, text=a.text.capitalize(), after=tuple(articles)) for a in aliases
                             if a.exact and len(a.text) >= 3 and a.text.isalpha() and a.text.isupper()
                             and a.text.capitalize() not in have]
    return AliasMatcher(aliases)
