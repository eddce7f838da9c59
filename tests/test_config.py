from __future__ import annotations

from pathlib import Path

import pytest

from cronaca.config import SETTINGS, Config, load_config
from cronaca.errors import ConfigError

REPO = Path(__file__).resolve().parents[1]


def test_defaults_without_user_file(tmp_path: Path) -> None:
    cfg = load_config(env={"XDG_CONFIG_HOME": str(tmp_path)})
    assert cfg.languages == ("it", "en")
    assert cfg.store_path == "cronaca.duckdb"
    assert cfg.sources == ("defaults",)


def test_layers_override_in_order(tmp_path: Path) -> None:
    user = tmp_path / "c.toml"
    user.write_text('store_path = "from-file.duckdb"\nserve_port = 9000\n', encoding="utf-8")
    env = {"CRONACA_CONFIG": str(user), "CRONACA_SERVE_PORT": "9100"}
    cfg = load_config(env=env, max_chars=10)
    assert cfg.store_path == "from-file.duckdb"  # file beats defaults
    assert cfg.serve_port == 9100  # environment beats file
    assert cfg.max_chars == 10  # flags beat everything
    assert cfg.default_language == "it"  # keys nobody set keep their default


def test_unknown_key_in_file_is_an_error(tmp_path: Path) -> None:
    user = tmp_path / "c.toml"
    user.write_text("stor_path = 'x'\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown setting 'stor_path'"):
        load_config(user, env={})


def test_invalid_value_names_the_setting(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="serve_port"):
        load_config(env={"XDG_CONFIG_HOME": str(tmp_path), "CRONACA_SERVE_PORT": "eighty"})


def test_invalid_toml_is_reported(tmp_path: Path) -> None:
    user = tmp_path / "c.toml"
    user.write_text("store_path = \n", encoding="utf-8")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_config(user, env={})


def test_every_setting_has_help_and_a_field() -> None:
    fields = set(Config.__dataclass_fields__) - {"sources"}
    assert {s.name for s in SETTINGS} == fields
    assert all(s.help for s in SETTINGS)


def test_every_setting_is_documented_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [s.name for s in SETTINGS if f"`{s.name}`" not in readme]
    assert not missing, f"settings not documented in README.md: {missing}"
