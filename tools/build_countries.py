"""Generate ``src/cronaca/data/actors/generated_countries.tsv`` from pycountry and Babel's CLDR names.

Run ``python tools/build_countries.py`` after upgrading pycountry/babel; the output is committed so that
runtime needs no generation. Hand-made corrections (canonical news names, Wikidata ids, short forms) live
in ``countries.tsv`` beside it and are merged over this file when the actor dictionary loads.
"""

from __future__ import annotations

import re
from pathlib import Path

import pycountry
from babel import Locale

LANGUAGES = ("en", "it")
# the versions the committed output was generated with: CLDR names change between Babel releases (2.19 renamed
# "French Southern Territories"), so only these reproduce it byte for byte
BUILT_WITH = {"pycountry": "26.2.16", "babel": "2.18.0"}
OUT = Path(__file__).resolve().parents[1] / "src" / "cronaca" / "data" / "actors" / "generated_countries.tsv"
HEADER = ("key", "name", "type", "country", "sector", "wikidata", "aliases", "metonym_of")


def _clean(name: str) -> list[str]:
    """CLDR display names as plain aliases: "Myanmar (Burma)" gives both, "Congo - Kinshasa" none."""
    if not name or " - " in name or "," in name:
        return []
    m = re.fullmatch(r"(.+?) \((.+)\)", name)
    if m:
        return [m.group(1), m.group(2)]
    return [name.replace("’", "'")]


def rows() -> list[tuple[str, ...]]:
    names = {lang: Locale(lang).territories for lang in LANGUAGES}
    out = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        aliases: list[str] = []
        for lang in LANGUAGES:
            for a in _clean(names[lang].get(c.alpha_2, "")):
                aliases.append(a if lang == "en" else f"{lang}:{a}")
        for attr in ("name", "common_name", "official_name"):
            aliases.extend(_clean(getattr(c, attr, "") or ""))
        uniq: list[str] = []
        seen: set[str] = set()
        for a in aliases:
            bare = a.split(":", 1)[-1].lower()  # an alias of every language makes the "it:" copy redundant
            if bare not in seen:
                seen.add(bare)
                uniq.append(a)
        canonical = next((a for a in uniq if ":" not in a), c.name)
        out.append((f"country:{c.alpha_3}", canonical, "GPE", c.alpha_3, "", "", "|".join(uniq), ""))
    return out


def main() -> None:
    lines = ["\t".join(HEADER)] + ["\t".join(r) for r in rows()]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 1} countries to {OUT}")


if __name__ == "__main__":
    main()
