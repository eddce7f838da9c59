"""The packaged offline gazetteer (``cronaca/data/gazetteer.tsv``, built by ``tools/build_gazetteer.py``).

Each place has a canonical English name, a feature (country, capital, city, region), an ISO 3166
alpha-3 country, coordinates and, for GeoNames places, its geonames id; it is found by any of its
surface forms (Italian and English exonyms, transliterations: Kiev/Kyiv/Київ).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ._phrases import APOSTROPHES

# how strongly a feature is preferred when one name fits several places
FEATURE_RANK = {"country": 4, "capital": 3, "region": 2, "city": 1}


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry."""

    name: str
    feature: str
    country: str | None
    lat: float | None
    lon: float | None
    population: int
    geonames_id: int | None
    primary: frozenset[str]  # forms that are safe even at a sentence start (the canonical names)


def name_key(text: str) -> str:
    """Look-up key of a surface form: same case, unified apostrophes and spaces, no final dot."""
    for a in APOSTROPHES:
        text = text.replace(a, "'")
    return " ".join(text.split()).rstrip(".")


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Places indexed by surface form."""

    places: tuple[Place, ...]
    index: dict[str, tuple[int, ...]]
    max_words: int

    def lookup(self, surface: str) -> list[Place]:
        """Places a surface form may name, best first (feature, then population)."""
        found = [self.places[i] for i in self.index.get(name_key(surface), ())]
        return sorted(found, key=lambda p: (FEATURE_RANK.get(p.feature, 0), p.population), reverse=True)


def _float(value: str) -> float | None:
    return float(value) if value else None


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Load the packaged gazetteer (once per process)."""
    res = resources.files("cronaca").joinpath("data", "gazetteer.tsv")
    places: list[Place] = []
    index: dict[str, list[int]] = {}
    max_words = 1
    with res.open("r", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            names = [n for n in row["names"].split("|") if n]
            place = Place(
                name=row["name"], feature=row["feature"], country=row["country"] or None,
                lat=_float(row["lat"]), lon=_float(row["lon"]), population=int(row["population"] or 0),
                geonames_id=int(row["geonames_id"]) if row["geonames_id"] else None,
                primary=frozenset({name_key(row["name"])}),
            )
            places.append(place)
            for name in {*names, row["name"]}:
                key = name_key(name)
                index.setdefault(key, []).append(len(places) - 1)
                if key[:1].islower():  # "regione di Donetsk" also opens a sentence
                    index.setdefault(key[:1].upper() + key[1:], []).append(len(places) - 1)
                max_words = max(max_words, len(key.split()))
    return Gazetteer(tuple(places), {k: tuple(v) for k, v in index.items()}, min(max_words, 6))
