"""The packaged offline gazetteer (``cronaca/data/gazetteer.tsv``, built by ``tools/build_gazetteer.py``).

Each place has a canonical English name, a feature (country, capital, city, region), an ISO 3166
alpha-3 country, coordinates and, for GeoNames places, its geonames id; it is found by any of its
surface forms (Italian and English exonyms, transliterations: Kiev/Kyiv/Київ).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ._phrases import APOSTROPHES

# how strongly a feature is preferred when one name fits several places
# places people live in that are not capitals: a city of 15,000 or more, a town of 1,000 or more
SETTLEMENTS = ("city", "town")
FEATURE_RANK = {"country": 4, "capital": 3, "region": 2, "province": 2, "city": 1, "town": 0}
# places that count only in a country the article names otherwise: towns and villages, and the provinces
# and states of ISO 3166-2 (their names are also surnames and words: "Lori", "Delta")
CONFIRMED_ONLY = ("town", "province")


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


class Gazetteer:
    """Places indexed by surface form. A row becomes a :class:`Place` only when a look-up reaches it, so
    loading the 160,000 rows costs one pass over the file; rows stay unsplit strings, and a key with one
    place maps to its row number alone (the towns make the table large)."""

    def __init__(self, rows: list[str], index: dict[str, int | list[int]], max_words: int) -> None:
        self._rows = rows
        self._places: dict[int, Place] = {}
        self._capitals: dict[str | None, Place] | None = None
        self.index = index
        self.max_words = max_words

    def __len__(self) -> int:
        return len(self._rows)

    def place(self, i: int) -> Place:
        """The place of row ``i``."""
        found = self._places.get(i)
        if found is None:
            geonames_id, name, feature, country, lat, lon, population = self._rows[i].split("\t")[:7]
            found = self._places[i] = Place(
                name=name, feature=feature, country=country or None, lat=_float(lat), lon=_float(lon),
                population=int(population or 0), geonames_id=int(geonames_id) if geonames_id else None,
                primary=frozenset({name_key(name)}))
        return found

    def rows_of(self, key: str) -> tuple[int, ...] | list[int]:
        """Row numbers of the places a look-up key names."""
        found = self.index.get(key)
        return () if found is None else (found,) if isinstance(found, int) else found

    def capital_of(self, country: str) -> Place | None:
        """The capital of a country (ISO 3166 alpha-3), the most populous where the table has several."""
        capitals = self._capitals
        if capitals is None:
            capitals = {}
            for i, row in enumerate(self._rows):
                if "\tcapital\t" in row:
                    place = self.place(i)
                    held = capitals.get(place.country)
                    if place.country and (held is None or place.population > held.population):
                        capitals[place.country] = place
            self._capitals = capitals
        return capitals.get(country)

    def lookup(self, surface: str) -> list[Place]:
        """Places a surface form may name, best first (feature, then population)."""
        found = [self.place(i) for i in self.rows_of(name_key(surface))]
        if any(p.feature != "town" for p in found):
            found = [p for p in found if p.feature != "town"]  # a town counts only where no larger place has the name
        return sorted(found, key=lambda p: (FEATURE_RANK.get(p.feature, 0), p.population), reverse=True)


def _float(value: str) -> float | None:
    return float(value) if value else None


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Load the packaged gazetteer (once per process)."""
    res = resources.files("cronaca").joinpath("data", "gazetteer.tsv")
    rows: list[str] = []
    index: dict[str, int | list[int]] = {}
    max_words = 1

    def add(key: str, i: int) -> None:
        held = index.get(key)
        if held is None:
            index[key] = i
        elif isinstance(held, int):
            index[key] = [held, i]
        else:
            held.append(i)

    with res.open("r", encoding="utf-8") as fh:
        header = next(fh).rstrip("\n").split("\t")
        assert header[:8] == ["geonames_id", "name", "feature", "country", "lat", "lon", "population", "names"], header
        for i, line in enumerate(fh):
            cut = line.rfind("\t")
            rows.append(line[:cut])
            # the names column holds exactly the look-up keys (tools/build_gazetteer.py writes them so)
            for key in line[cut + 1:].rstrip("\n").split("|"):
                if not key:
                    continue
                add(key, i)
                if key[:1].islower():  # "regione di Donetsk" also opens a sentence
                    add(key[:1].upper() + key[1:], i)
                if " " in key:
                    max_words = max(max_words, key.count(" ") + 1)
    return Gazetteer(rows, index, min(max_words, 6))
