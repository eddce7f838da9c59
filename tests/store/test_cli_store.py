"""The corpus commands: outputs, exit codes (0 ok, 1 failure, 2 usage) and messages on stderr."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from cronaca.cli import app
from cronaca.ingest.dedup import fingerprint
from cronaca.store import open_store

from .corpus import corpus

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "corpus.duckdb"
    with open_store(path) as store:
        for doc in corpus():
            store.write_document(doc, "test", fingerprint(doc.article.text))
    return path


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args))


def test_cli_events_table_default(db: Path) -> None:
    result = invoke("events", "--db", str(db))
    assert result.exit_code == 0, result.output
    for word in ("ASSAULT", "PROTEST", "AID", "Russia (RUS)", "dead=5"):
        assert word in result.stdout
    assert "en-1-copy" not in result.stdout  # near-duplicate left out


def test_cli_events_jsonl_filters(db: Path) -> None:
    result = invoke("events", "--db", str(db), "--type", "ASSAULT", "--type", "ACCUSE", "--country", "UKR",
                    "--since", "2025-03-04", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["id"], r["event"], r["article_id"]) for r in records] == [("it-1/e2", "ACCUSE", "it-1")]


@pytest.mark.parametrize("args, expected", [
    (["--actor", "farmers"], ["en-1/e1"]),
    (["--recipient", "libya"], ["it-2/e1"]),
    (["--place", "Kyiv"], ["it-1/e1"]),
    (["--text", "umanitari"], ["it-2/e1"]),
    (["--until", "2025-03-03"], ["it-1/e1"]),
    (["--type", "PROTEST", "--include-duplicates"], ["en-1/e1", "en-1-copy/e1"]),
    (["--limit", "1"], ["it-1/e1"]),
])
def test_cli_events_each_filter(db: Path, args: list[str], expected: list[str]) -> None:
    result = invoke("events", "--db", str(db), "--format", "jsonl", *args)
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == expected


def test_cli_events_csv_to_file(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    result = invoke("events", "--db", str(db), "--format", "csv", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "wrote 4 events" in result.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [r["event"] for r in rows] == ["ASSAULT", "ACCUSE", "PROTEST", "AID"]


def test_cli_events_parquet(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    result = invoke("events", "--db", str(db), "--format", "parquet", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert pq.read_table(out).column("actor_country").to_pylist() == ["RUS", "UKR", "BEL", "ITA"]


@pytest.mark.parametrize("args, message", [
    (["--type", "BOMBING"], "unknown event type 'BOMBING'"),
    (["--since", "yesterday"], "--since: invalid date"),
    (["--country", "Italia"], "alpha-3"),
    (["--format", "parquet"], "give --out"),
    (["--out", "x.txt"], "--out needs a data format"),
])
def test_cli_events_usage_errors_exit_2(db: Path, args: list[str], message: str) -> None:
    result = invoke("events", "--db", str(db), *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_cli_missing_store_exits_1(tmp_path: Path) -> None:
    result = invoke("events", "--db", str(tmp_path / "nothing.duckdb"))
    assert result.exit_code == 1
    assert "no such store" in result.stderr


@pytest.mark.parametrize("command, args, expected", [
    ("quotes", ["--speaker", "berg"], ["en-1/q1"]),
    ("quotes", ["--text", "Derna", "--since", "2025-03-01", "--until", "2025-04-30"], ["it-2/q1"]),
    ("quotes", ["--include-duplicates"], ["en-1/q1", "en-1-copy/q1", "it-2/q1"]),
    ("entities", ["--type", "PER", "--country", "ITA"], ["it-2/n3"]),
    ("entities", ["--name", "union", "--limit", "1"], ["en-1/n3"]),
])
def test_cli_quotes_and_entities_jsonl(db: Path, command: str, args: list[str], expected: list[str]) -> None:
    result = invoke(command, "--db", str(db), "--format", "jsonl", *args)
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == expected
    assert all("article_id" in r for r in records)


def test_cli_quotes_table_and_entities_csv(db: Path) -> None:
    quotes = invoke("quotes", "--db", str(db))
    assert quotes.exit_code == 0 and "Tajani" in quotes.stdout
    entities = invoke("entities", "--db", str(db), "--type", "GPE", "--format", "csv")
    assert entities.exit_code == 0
    assert [r["entity_name"] for r in csv.DictReader(io.StringIO(entities.stdout))] == ["Russia", "Italy", "Libya"]


def test_cli_stats_json_and_table(db: Path) -> None:
    result = invoke("stats", "--db", str(db), "--format", "json")
    assert result.exit_code == 0, result.output
    stats = json.loads(result.stdout)
    assert (stats["articles"], stats["duplicates"], stats["events"]) == (4, 1, 4)
    assert stats["by_type"]["ASSAULT"] == 1
    table = invoke("stats", "--db", str(db))
    assert table.exit_code == 0
    assert "events by type" in table.stdout and "top actors" in table.stdout


def test_cli_sql_select_formats(db: Path) -> None:
    query = "SELECT event, count(*) AS n FROM events GROUP BY 1 ORDER BY 1"
    as_jsonl = invoke("sql", query, "--db", str(db), "--format", "jsonl")
    assert as_jsonl.exit_code == 0, as_jsonl.output
    assert json.loads(as_jsonl.stdout.splitlines()[0]) == {"event": "ACCUSE", "n": 1}
    as_csv = invoke("sql", query, "--db", str(db), "--format", "csv")
    assert as_csv.stdout.splitlines()[0] == "event,n"
    assert "PROTEST" in invoke("sql", query, "--db", str(db)).stdout


@pytest.mark.parametrize("query, code, message", [
    ("DELETE FROM events", 2, "only SELECT"),
    ("UPDATE articles SET title = 'x'", 2, "only SELECT"),
    ("SELECT 1; DROP TABLE events", 2, "exactly one"),
    ("SELECT no_such_column FROM events", 1, "SQL error"),
])
def test_cli_sql_rejects_writes_and_reports_errors(db: Path, query: str, code: int, message: str) -> None:
    result = invoke("sql", query, "--db", str(db))
    assert result.exit_code == code
    assert message in result.stderr
    assert invoke("sql", "SELECT count(*) AS n FROM events", "--db", str(db), "--format", "csv"
                  ).stdout.splitlines()[1] == "5"  # nothing was changed


def test_cli_ingest_bad_files_exit_1_and_report(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text("Il prefetto ha vietato la manifestazione prevista per sabato a Bologna.",
                                   encoding="utf-8")
    (folder / "bad.json").write_text("{not json", encoding="utf-8")
    db = tmp_path / "c.duckdb"
    result = invoke("ingest", str(folder), "--db", str(db), "--no-progress")
    assert result.exit_code == 1
    assert "bad.json: invalid JSON" in result.stderr
    assert "stored 1" in result.stderr and "failed 1" in result.stderr
    again = invoke("ingest", str(folder / "ok.txt"), "--db", str(db), "--progress")
    assert again.exit_code == 0, again.output
    assert "skipped 1 unchanged" in again.stderr


@pytest.mark.parametrize("args, message", [
    (["--workers", "0"], "--workers 0"),
    (["--published", "05/07/2025"], "--published"),
    (["--language", "fr"], "--language 'fr'"),
])
def test_cli_ingest_usage_errors_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "a.txt").write_text("Testo di prova per la verifica delle opzioni.", encoding="utf-8")
    result = invoke("ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "c.duckdb"), *args)
    assert result.exit_code == 2
    assert message in result.stderr
