"""Language packs: the language-specific knowledge cronaca uses, kept as data files (TOML, TSV).

Adding a language means adding a folder ``cronaca/lang/<code>/`` with the same files.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any

from ..errors import UnsupportedLanguageError


def available_languages() -> tuple[str, ...]:
    root = resources.files("cronaca").joinpath("lang")
    return tuple(sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_")))


@lru_cache(maxsize=128)
def load_resource(language: str, name: str) -> dict[str, Any]:
    """Load ``cronaca/lang/<language>/<name>.toml``; an absent file is an empty resource."""
    if language not in available_languages():
        raise UnsupportedLanguageError(language, available_languages())
    res = resources.files("cronaca").joinpath("lang", language, f"{name}.toml")
    if not res.is_file():
        return {}
    return tomllib.loads(res.read_text(encoding="utf-8"))


@lru_cache(maxsize=32)
def load_shared(name: str) -> dict[str, Any]:
    """Load a language-independent data file ``cronaca/data/<name>.toml``."""
    res = resources.files("cronaca").joinpath("data", f"{name}.toml")
    if not res.is_file():
        return {}
    return tomllib.loads(res.read_text(encoding="utf-8"))
