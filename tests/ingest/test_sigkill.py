"""Crash safety for real: SIGKILL a running `cronaca ingest`, run it again, compare with a clean run."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from cronaca.store import open_store

from .snapshot import snapshot

pytestmark = pytest.mark.slow

SENTENCES = [
    "Il consiglio comunale di {city} ha approvato il bilancio dopo una seduta di {n} ore.",
    "I lavoratori del porto di {city} hanno scioperato per chiedere nuovi contratti.",
    "La polizia ha arrestato {n} persone durante gli scontri nel centro di {city}.",
    "Il sindaco di {city} ha incontrato il prefetto per discutere della sicurezza.",
    "The mayor of {city} thanked the volunteers who cleared the streets after the storm.",
    "Protesters gathered outside the town hall of {city} to oppose the new parking fees.",
    "The regional government sent {n} trucks of supplies to {city} on Tuesday.",
    "Officials in {city} said the talks with the unions would resume next week.",
]
CITIES = ["Genova", "Bari", "Verona", "Leeds", "Cork", "Trieste", "Perugia", "Bristol", "Lecce", "Dundee"]
SETTLED = 0.5  # seconds the WAL holds still after batch 1's commit
N_ARTICLES = 160  # three batches of the runner (64): the kill lands while a later batch is still to come


def write_inputs(folder: Path) -> None:
    rng = random.Random(7)  # fixed: both runs must see the same inputs
    folder.mkdir()
    for i in range(N_ARTICLES):
        parts = rng.sample(SENTENCES, 4)
        text = " ".join(s.format(city=rng.choice(CITIES), n=rng.randint(2, 90)) for s in parts)
        if i % 10 == 3:  # some republished stories: near-duplicates of an earlier article
            text = (folder / f"art-{i - 1:04d}.txt").read_text(encoding="utf-8") + " Aggiornamento delle 18."
        (folder / f"art-{i:04d}.txt").write_text(text, encoding="utf-8")


def command(folder: Path, db: Path) -> list[str]:
    script = Path(sys.executable).parent / "cronaca"
    head = [str(script)] if script.exists() else [sys.executable, "-m", "cronaca.cli_store"]
    return [*head, "ingest", str(folder), "--db", str(db), "--published", "2025-03-01", "--language", "auto",
            "--workers", "1", "--no-progress"]


def wal_size(db: Path) -> int:
    wal = db.with_name(db.name + ".wal")
    return wal.stat().st_size if wal.exists() else 0


def stored(db: Path) -> int:
    with duckdb.connect(str(db), read_only=True) as conn:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])


def test_sigkill_midrun_then_rerun_equals_clean_run(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_inputs(folder)
    killed_db, clean_db = tmp_path / "killed.duckdb", tmp_path / "clean.duckdb"
    open_store(killed_db).close()  # schema created and checkpointed: from now on the WAL grows only by ingest

    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(command(folder, killed_db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env=env)
    deadline = time.monotonic() + 120
    # kill once a second batch is being written: the WAL first grows when batch 1 commits, and grows again
    # only when batch 2 writes, so batch 1 is durable and the run is midway whatever the extraction speed
    while wal_size(killed_db) == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    # a commit may reach the WAL in several writes: batch 1 is durable once the size has held still a while
    # (the next batch needs seconds of extraction before it writes anything)
    first, still = wal_size(killed_db), time.monotonic()
    while time.monotonic() - still < SETTLED and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
        if wal_size(killed_db) != first:
            first, still = wal_size(killed_db), time.monotonic()
    while wal_size(killed_db) == first and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    assert proc.poll() is None, "ingest finished before it could be killed: give it more articles"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    partial = stored(killed_db)
    assert 0 < partial < N_ARTICLES

    rerun = subprocess.run(command(folder, killed_db), capture_output=True, text=True, env=env, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"skipped {partial} unchanged" in rerun.stderr

    clean = subprocess.run(command(folder, clean_db), capture_output=True, text=True, env=env, timeout=300)
    assert clean.returncode == 0, clean.stderr

    assert stored(clean_db) == N_ARTICLES
    assert snapshot(killed_db) == snapshot(clean_db)
