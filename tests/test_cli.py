"""The command-line contract: outputs, exit codes and one-line error messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from cronaca.cli import app
from cronaca.validation import document_schema

from .conftest import EXAMPLE

TEXT = "Ieri la polizia ha arrestato 12 persone a Milano, ha detto il questore."
runner = CliRunner()


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cronaca", *args], check=False, capture_output=True, text=True,
                          timeout=300)


def test_extract_example_prints_a_schema_valid_document() -> None:
    proc = run("extract", str(EXAMPLE), "--published", "2025-10-09")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    jsonschema.validate(doc, document_schema())
    assert doc["article"]["id"] == "esempio"
    assert doc["article"]["language"] == "it"
    assert doc["article"]["published"] == "2025-10-09"


def test_version_and_help() -> None:
    assert run("--version").stdout.startswith("cronaca ")
    for command in ("extract", "evaluate"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0
        assert "Example: cronaca " + command in result.output


def test_extract_out_dir_writes_one_file_per_article(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(json.dumps({"id": f"n{i}", "text": TEXT, "language": "it"}) for i in range(3)),
                     encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(batch), "--out", str(out), "--published", "2025-07-05"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["n0.json", "n1.json", "n2.json"]
    assert json.loads((out / "n1.json").read_text())["article"]["published"] == "2025-07-05"


def test_batch_with_bad_inputs_goes_on_and_exits_1(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\xff")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    out = tmp_path / "out"
    inputs = [str(tmp_path / n) for n in ("missing.txt", "bin.txt", "good.txt", "empty.txt", "bad.json")]
    proc = run("extract", *inputs, "--out", str(out))
    assert proc.returncode == 1
    assert (out / "good.json").exists()
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 4
    for name, reason in [("missing.txt", "no such file"), ("bin.txt", "binary"), ("empty.txt", "empty article"),
                         ("bad.json", "invalid JSON")]:
        assert any(name in e and reason in e for e in errors), (name, errors)


def test_bad_published_flag_is_a_usage_error(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(good), "--published", "2025-02-30"])
    assert result.exit_code == 2
    assert "error: --published: invalid publication date '2025-02-30'" in result.output


def test_unknown_language_option_is_a_usage_error(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(good), "--language", "fr"])
    assert result.exit_code == 2


def test_table_format_is_readable(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(good), "--format", "table", "--published", "2025-07-05"])
    assert result.exit_code == 0
    assert "article good" in result.output and "EVENTS (" in result.output


def test_evaluate_prints_the_table_and_json(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "g.json").write_text(json.dumps({
        "id": "g", "language": "it", "published": "2025-07-05", "text": TEXT,
        "gold": {"entities": [{"name": "Milan", "type": "GPE", "country": "ITA"}], "quotes": [], "events": []}}),
        encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(gold)])
    assert result.exit_code == 0, result.output
    assert "events F1" in result.output and "overall" in result.output
    result = runner.invoke(app, ["evaluate", str(gold), "--json"])
    data = json.loads(result.output)
    assert set(data["groups"]) == {"it", "overall"}
    result = runner.invoke(app, ["evaluate", str(gold), "--errors"])
    assert "== g (it)" in result.output and "extra event COERCE" in result.output


def test_evaluate_rejects_a_missing_folder(tmp_path: Path) -> None:
    result = runner.invoke(app, ["evaluate", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "not a directory" in result.output


@pytest.mark.parametrize("lang", ["it", "en"])
def test_python_api_extract(lang: str) -> None:
    import cronaca

    text = TEXT if lang == "it" else "Police arrested 12 people in Milan yesterday, the police chief said."
    doc = cronaca.extract(text, published="2025-07-05", language=lang)
    assert doc.article.language == lang and doc.article.text == text
