"""The actor dictionary: data integrity, offices by date, alias matching and its case rules."""

from __future__ import annotations

import datetime as dt
import importlib.util
import itertools
from importlib.metadata import version
from pathlib import Path

import pycountry
import pytest

from cronaca.extract.actors import load_dictionary, matcher_for

REPO = Path(__file__).resolve().parents[2]
SPECIAL_COUNTRIES = {"UNO", "EUR", "IGO", "NGO", "IMG", "MNC", "XKX"}
ENTITY_TYPES = {"PER", "ORG", "GPE", "LOC", "FAC", "NORP", "WEAPON", "MISC"}


def test_dictionary_every_actor_has_valid_type_and_country() -> None:
    d = load_dictionary()
    alpha3 = {c.alpha_3 for c in pycountry.countries}
    for actor in d.actors.values():
        assert actor.type in ENTITY_TYPES, actor
        assert actor.country is None or actor.country in alpha3 | SPECIAL_COUNTRIES, actor


def test_dictionary_covers_every_iso_country() -> None:
    d = load_dictionary()
    for c in pycountry.countries:
        assert d.get(f"country:{c.alpha_3}") is not None, c.alpha_3


def test_dictionary_references_resolve() -> None:
    d = load_dictionary()
    for o in d.offices:
        assert d.get(o.holder) is not None, o
        assert d.get(o.of) is not None, o
        assert o.start is None or o.end is None or o.start < o.end, o
    for actor in d.actors.values():
        assert actor.metonym_of is None or d.get(actor.metonym_of) is not None, actor


def test_dictionary_terms_of_one_office_do_not_overlap() -> None:
    d = load_dictionary()
    by_seat: dict[tuple[str, str], list[tuple[dt.date, dt.date]]] = {}
    for o in d.offices:
        by_seat.setdefault((o.office, o.of), []).append((o.start or dt.date.min, o.end or dt.date.max))
    for seat, terms in by_seat.items():
        terms.sort()
        for (_, end), (start, _) in itertools.pairwise(terms):
            assert end <= start, seat


def test_generated_countries_file_is_up_to_date() -> None:
    spec = importlib.util.spec_from_file_location("build_countries", REPO / "tools" / "build_countries.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    installed = {name: version(name) for name in module.BUILT_WITH}
    if installed != module.BUILT_WITH:
        pytest.skip(f"generated with {module.BUILT_WITH}, installed {installed}: run tools/build_countries.py "
                    "with these versions to check, or regenerate and commit")
    committed = module.OUT.read_text(encoding="utf-8").splitlines()[1:]
    assert committed == ["\t".join(r) for r in module.rows()]


@pytest.mark.parametrize(("office", "of", "day", "expected"), [
    ("head_of_state", "country:USA", "2025-07-05", "Donald Trump"),
    ("head_of_state", "country:USA", "2023-01-01", "Joe Biden"),
    ("head_of_state", "country:USA", "2019-06-01", "Donald Trump"),
    ("head_of_government", "country:DEU", "2025-07-05", "Friedrich Merz"),
    ("head_of_government", "country:DEU", "2024-01-01", "Olaf Scholz"),
    ("head_of_government", "country:GBR", "2024-08-01", "Keir Starmer"),
    ("head_of_government", "country:ITA", "2023-05-01", "Giorgia Meloni"),
    ("head_of_government", "country:UKR", "2025-09-01", "Yulia Svyrydenko"),
    ("defence_minister", "country:RUS", "2023-05-01", "Sergei Shoigu"),
    ("defence_minister", "country:RUS", "2025-05-01", "Andrey Belousov"),
    ("foreign_minister", "country:USA", "2025-03-01", "Marco Rubio"),
    ("secretary_general", "org:nato", "2024-06-01", "Jens Stoltenberg"),
    ("secretary_general", "org:nato", "2025-01-01", "Mark Rutte"),
    ("head_of_state", "country:VAT", "2025-06-01", "Pope Leo XIV"),
])
def test_holder_by_date(office: str, of: str, day: str, expected: str) -> None:
    holder = load_dictionary().holder(office, of, dt.date.fromisoformat(day))
    assert holder is not None and holder.name == expected


def _found(language: str, text: str) -> list[tuple[str, str, bool]]:
    d = load_dictionary()
    return [(text[m.start:m.end], d.actors[m.alias.key].name, m.alias.demonym)
            for m in matcher_for(language).find(text)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("it", "Il Cremlino ha risposto all'Onu.",
     [("Cremlino", "Kremlin", False), ("Onu", "United Nations", False)]),
    ("it", "Gli attacchi russi contro le città ucraine.",
     [("russi", "Russia", True), ("ucraine", "Ukraine", True)]),
    ("it", "La Nato e l’Ue hanno parlato con gli Usa.",
     [("Nato", "NATO", False), ("Ue", "European Union", False), ("Usa", "United States", False)]),
    ("it", "Il sindaco è nato a Roma.", [("Roma", "Rome", False)]),
    ("it", "Secondo Giordano la proposta è valida.", []),
    ("it", "Lo ha detto il cane da guardia nucleare delle Nazioni Unite.",
     [("cane da guardia nucleare delle Nazioni Unite", "International Atomic Energy Agency", False),
      ("Nazioni Unite", "United Nations", False)]),
    ("it", "La Repubblica Democratica del Congo accusa il Ruanda.",
     [("Repubblica Democratica del Congo", "Democratic Republic of the Congo", False),
      ("Ruanda", "Rwanda", False)]),
    ("en", "The U.S. State Department said so on X, formerly Twitter.",
     [("U.S. State Department", "United States Department of State", False), ("X", "X", False),
      ("Twitter", "X", False)]),
    ("en", "He wrote an x on the map.", []),
    ("en", "Russian drones hit Kyiv and Kharkov overnight.",
     [("Russian", "Russia", True), ("Kyiv", "Kyiv", False), ("Kharkov", "Kharkiv", False)]),
    ("en", "The UN nuclear watchdog warned Moscow.",
     [("UN nuclear watchdog", "International Atomic Energy Agency", False), ("UN", "United Nations", False),
      ("Moscow", "Moscow", False)]),
    ("en", "AP reported that the ap was down.", [("AP", "Associated Press", False)]),
    ("en", "Zelenskiy met Zelensky's aides and President Zelenskyy.",
     [("Zelenskiy", "Volodymyr Zelenskyy", False), ("Zelensky", "Volodymyr Zelenskyy", False),
      ("Zelenskyy", "Volodymyr Zelenskyy", False)]),
])
def test_matcher_finds_aliases_with_case_rules(language: str, text: str,
                                               expected: list[tuple[str, str, bool]]) -> None:
    assert _found(language, text) == expected


def test_matcher_prefers_longest_alias() -> None:
    found = _found("en", "The Washington Post reported from Washington.")
    assert found == [("The Washington Post", "The Washington Post", False), ("Washington", "Washington", False)]
