"""The entity stage's shared vocabulary: the mention candidate it assembles entities from, the word lists
of ``lang/<lang>/entities.toml`` and the folding that compares names.

Every module of the entity stage (:mod:`cronaca.extract.entities`, :mod:`cronaca.extract.names`,
:mod:`cronaca.extract.coref`, :mod:`cronaca.extract.institutions`) builds on these.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..lang import load_resource


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

    def grammar_words(self, name: str) -> frozenset[str]:
        """The list ``name`` of ``[role_grammar]``, normalised and cached like :meth:`words`."""
        key = "role_grammar." + name
        found = self._words.get(key)
        if found is None:
            found = self._words[key] = frozenset(w.lower().replace("’", "'") for w in self.grammar.get(name, []))
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



def fold_name(name: str) -> str:
    """A name folded for comparison: no accents, no case, no dots."""
    text = unicodedata.normalize("NFKD", name)
    return " ".join("".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
                    .replace(".", " ").replace("’", "'").split())


PLACE_TYPES = frozenset({"GPE", "LOC"})
INTERNATIONAL = frozenset({"UNO", "IGO", "EUR"})  # country codes of international bodies (UN, IGOs, EU)


def new_key(name: str) -> str:
    return "new:" + fold_name(name)


def clean_name(name: str) -> str:
    return " ".join(name.replace("\n", " ").split())
