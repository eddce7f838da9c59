"""Re-running ingest: unchanged articles skipped, changed ones replaced, workers give the same store."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from cronaca.config import Config
from cronaca.ingest.runner import IngestOptions, IngestReport, ingest
from cronaca.store import open_store

from .inputs import EN_TEXT, IT_TEXT, write_all_formats
from .snapshot import snapshot


def run(paths: list[Path], db: Path, **options: object) -> IngestReport:
    with open_store(db) as store:
        return ingest(paths, store, Config(), IngestOptions(**options))  # type: ignore[arg-type]


def test_idempotency_second_run_skips_everything(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write_all_formats(folder)
    db = tmp_path / "c.duckdb"
    first = run([folder], db, published="2025-03-01")
    before = snapshot(db)
    second = run([folder], db, published="2025-03-01")
    assert (second.stored, second.replaced, second.skipped) == (0, 0, first.stored)
    assert snapshot(db) == before


def test_idempotency_changed_text_replaced_once(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(IT_TEXT, encoding="utf-8")
    (folder / "b.jsonl").write_text(json.dumps({"id": "b", "text": EN_TEXT}) + "\n", encoding="utf-8")
    db = tmp_path / "c.duckdb"
    run([folder], db)
    (folder / "a.txt").write_text(IT_TEXT.replace("otto ore", "ventiquattro ore"), encoding="utf-8")
    report = run([folder], db)
    assert (report.stored, report.replaced, report.skipped) == (0, 1, 1)
    with duckdb.connect(str(db), read_only=True) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (2,)
        (text,) = conn.execute("SELECT text FROM articles WHERE id = 'a'").fetchone()
        statuses = conn.execute("SELECT status, count(*) FROM ingest_log GROUP BY 1 ORDER BY 1").fetchall()
    assert "ventiquattro ore" in text
    assert statuses == [("replaced", 1), ("skipped", 1), ("stored", 2)]


def test_idempotency_same_id_twice_in_one_run_keeps_the_last(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [{"id": "x", "text": IT_TEXT}, {"id": "x", "text": IT_TEXT + " Aggiornato alle 18."}]
    (folder / "a.jsonl").write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    db = tmp_path / "c.duckdb"
    report = run([folder], db)
    assert (report.stored, report.replaced) == (1, 1)
    with duckdb.connect(str(db), read_only=True) as conn:
        (text,) = conn.execute("SELECT text FROM articles WHERE id = 'x'").fetchone()
    assert text.endswith("Aggiornato alle 18.")


def test_idempotency_two_workers_same_store_as_one(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write_all_formats(folder)
    for i in range(6):  # enough articles to keep both workers busy and exercise the ordered writer
        (folder / f"extra-{i}.txt").write_text(f"{IT_TEXT} Articolo numero {i}.", encoding="utf-8")
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    r1 = run([folder], one, published="2025-03-01", workers=1)
    r2 = run([folder], two, published="2025-03-01", workers=2)
    assert (r2.stored, r2.failed, r2.duplicates) == (r1.stored, r1.failed, r1.duplicates)
    assert snapshot(two) == snapshot(one)
