"""Layered configuration: packaged defaults, then a user file, then environment, then flags."""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("languages", "Languages cronaca can process (one language pack each)."),
    Setting("default_language", "Language used when automatic detection is not confident."),
    Setting("min_langid_chars", "Minimum text length for language identification to be trusted."),
    Setting("pipeline_it", "spaCy pipeline for Italian: 'bundled' or the name/path of an installed pipeline."),
    Setting("pipeline_en", "spaCy pipeline for English: 'bundled' or the name/path of an installed pipeline."),
    Setting("max_chars", "Largest article accepted, in characters."),
    Setting("store_path", "Path of the DuckDB store file."),
    Setting("serve_host", "Host `cronaca serve` binds to."),
    Setting("serve_port", "Port `cronaca serve` listens on."),
)
"""Every setting with its help text (a test checks each is documented in the README)."""


@dataclass(frozen=True, slots=True)
class Config:
    languages: tuple[str, ...] = ("it", "en")
    default_language: str = "it"
    min_langid_chars: int = 20
    pipeline_it: str = "bundled"
    pipeline_en: str = "bundled"
    max_chars: int = 2_000_000
    store_path: str = "cronaca.duckdb"
    serve_host: str = "127.0.0.1"
    serve_port: int = 8765
    sources: tuple[str, ...] = field(default=(), compare=False)

    def pipeline_for(self, language: str) -> str:
        value = getattr(self, f"pipeline_{language}", None)
        return "bundled" if value is None else str(value)

    def replace(self, **changes: Any) -> Config:
        return dataclasses.replace(self, **_coerce(changes, "flags"))


_FIELDS = {f.name: f for f in dataclasses.fields(Config) if f.name != "sources"}


def _coerce(values: dict[str, Any], origin: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in _FIELDS:
            known = ", ".join(sorted(_FIELDS))
            raise ConfigError(f"{origin}: unknown setting {key!r}; known settings are {known}")
        default = _FIELDS[key].default
        try:
            if isinstance(default, tuple):
                items = value.split(",") if isinstance(value, str) else list(value)
                out[key] = tuple(str(v).strip() for v in items if str(v).strip())
            elif isinstance(default, bool):
                out[key] = value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")
            elif isinstance(default, int):
                out[key] = int(value)
            else:
                out[key] = str(value)
        except (TypeError, ValueError) as e:
            raise ConfigError(f"{origin}: setting {key!r} has invalid value {value!r}: {e}") from e
    return out


def _read_toml(path: Path, origin: str) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{origin} {path}: invalid TOML: {e}") from e
    except OSError as e:
        raise ConfigError(f"{origin} {path}: cannot read: {e}") from e


def user_config_path(env: dict[str, str] | None = None) -> Path:
    env = dict(os.environ) if env is None else env
    if env.get("CRONACA_CONFIG"):
        return Path(env["CRONACA_CONFIG"])
    base = Path(env.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "cronaca" / "config.toml"


def load_config(
    config_file: str | Path | None = None,
    env: dict[str, str] | None = None,
    **flags: Any,
) -> Config:
    """Build the configuration from packaged defaults, a user file, ``CRONACA_*`` variables and flags.

    Args:
        config_file: explicit user config file; default is ``$CRONACA_CONFIG`` or ``~/.config/cronaca/config.toml``.
        env: environment mapping (default ``os.environ``).
        flags: values given on the command line; ``None`` values are ignored.

    Raises:
        ConfigError: a layer has an unknown key or an invalid value.
    """
    env = dict(os.environ) if env is None else env
    text = resources.files("cronaca").joinpath("defaults.toml").read_text(encoding="utf-8")
    values = _coerce(tomllib.loads(text), "packaged defaults")
    sources = ["defaults"]
    path = Path(config_file) if config_file is not None else user_config_path(env)
    if config_file is not None and not path.exists():
        raise ConfigError(f"config file {path} does not exist")
    if path.exists():
        values.update(_coerce(_read_toml(path, "config file"), f"config file {path}"))
        sources.append(str(path))
    env_values = {k[len("CRONACA_"):].lower(): v for k, v in env.items()
                  if k.startswith("CRONACA_") and k != "CRONACA_CONFIG"}
    env_values = {k: v for k, v in env_values.items() if k in _FIELDS}
    if env_values:
        values.update(_coerce(env_values, "environment"))
        sources.append("environment")
    flag_values = {k: v for k, v in flags.items() if v is not None}
    if flag_values:
        values.update(_coerce(flag_values, "flags"))
        sources.append("flags")
    return Config(**values, sources=tuple(sources))
