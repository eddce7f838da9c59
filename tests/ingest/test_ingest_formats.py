"""Ingest of every input format into a real DuckDB file; bad files in a batch; near-duplicates."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from cronaca.config import Config
from cronaca.ingest.runner import IngestOptions, IngestReport, ingest
from cronaca.ingest.sources import ReadOptions, iter_files, read_file
from cronaca.pipeline import Extractor
from cronaca.records import Article
from cronaca.store import open_store

from .inputs import EN_TEXT, IT_TEXT, write_all_formats, write_bad_files


def run(paths: list[Path], db: Path, **options: object) -> IngestReport:
    with open_store(db) as store:
        return ingest(paths, store, Config(), IngestOptions(**options))  # type: ignore[arg-type]


def rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with duckdb.connect(str(db), read_only=True) as conn:
        return conn.execute(sql).fetchall()


@pytest.fixture(scope="module")
def formats_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, IngestReport]:
    folder = tmp_path_factory.mktemp("inputs")
    write_all_formats(folder)
    db = folder.parent / "formats.duckdb"
    return db, run([folder], db, published="2025-03-01")


@pytest.mark.parametrize("article_id, title, url, published, outlet", [
    ("torino", None, None, "2025-03-01", None),                   # .txt: --published default
    ("madrid", None, "https://news.example/madrid", "2025-03-06", "News Example"),  # .json keys
    ("l1", None, None, "2025-03-01", None),                       # .jsonl line
    ("l2", None, None, "2025-03-01", None),
    ("https://campana.example/napoli", "Proteste a Napoli", "https://campana.example/napoli", "2025-03-07",
     "Cronaca Campana"),                                          # .html via trafilatura
    ("https://prova.example/sciopero", "Sciopero dei trasporti a Milano", "https://prova.example/sciopero",
     "2025-03-03", "Notizie di Prova"),                           # RSS entry
    ("https://prova.example/gas", "Accordo sul gas tra Italia e Algeria", "https://prova.example/gas",
     "2025-03-04", "Notizie di Prova"),
    ("urn:example:wire:1", "Ministers meet in Vienna over nuclear talks", "https://wire.example/vienna",
     "2025-03-06", "Example Wire"),                               # Atom entry
    ("https://levante.example/relief", "Flood relief reaches Valencia", "https://levante.example/relief",
     "2025-03-08", "Levante News"),                               # WARC response record
    ("https://alpine.example/geneva", "Talks in Geneva", "https://alpine.example/geneva", "2025-03-01",
     "Alpine Post"),                                              # .warc.gz; page has no valid date
])
def test_ingest_every_format_metadata(formats_db: tuple[Path, IngestReport], article_id: str,
                                      title: str | None, url: str | None, published: str, outlet: str | None
                                      ) -> None:
    db, _ = formats_db
    found = rows(db, f"SELECT title, url, strftime(published, '%Y-%m-%d'), outlet FROM articles "
                     f"WHERE id = '{article_id}'")
    assert found == [(title, url, published, outlet)]


def test_ingest_every_format_counts(formats_db: tuple[Path, IngestReport]) -> None:
    db, report = formats_db
    assert report.failed == 0
    assert report.stored == 10
    assert rows(db, "SELECT count(*) FROM articles") == [(10,)]
    assert rows(db, "SELECT count(*) FROM ingest_log WHERE status = 'stored'") == [(10,)]


@pytest.mark.parametrize("article_id, contains, absent", [
    ("https://campana.example/napoli", "Centinaia di persone hanno protestato", "Tutti i diritti"),
    ("https://prova.example/sciopero", "Metro e autobus si fermeranno", "<p>"),
    ("urn:example:wire:1", "Foreign ministers met in Vienna", "&lt;"),
    ("https://levante.example/relief", "Volunteers distributed water", "Home"),
])
def test_ingest_html_main_text_without_boilerplate(formats_db: tuple[Path, IngestReport], article_id: str,
                                                   contains: str, absent: str) -> None:
    db, _ = formats_db
    ((text,),) = rows(db, f"SELECT text FROM articles WHERE id = '{article_id}'")
    assert contains in text
    assert absent not in text


def test_ingest_stores_what_extraction_returns(formats_db: tuple[Path, IngestReport]) -> None:
    db, report = formats_db
    expected = Extractor(Config()).process(Article("torino", IT_TEXT, "2025-03-01"))
    assert rows(db, "SELECT count(*) FROM events WHERE article_id = 'torino'") == [(len(expected.events),)]
    assert rows(db, "SELECT count(*) FROM entities WHERE article_id = 'torino'") == [(len(expected.entities),)]
    assert rows(db, "SELECT count(*) FROM quotes WHERE article_id = 'torino'") == [(len(expected.quotes),)]
    assert rows(db, "SELECT count(*) FROM events") == [(report.events,)]
    assert rows(db, "SELECT language FROM articles WHERE id IN ('torino', 'madrid') ORDER BY id") == [
        ("en",), ("it",)]


def test_ingest_folder_walk_skips_hidden_and_unsupported(tmp_path: Path) -> None:
    write_all_formats(tmp_path)
    paths = list(iter_files([tmp_path]))
    names = {p.name for p in paths}
    assert ".hidden.txt" not in names and "notes.md" not in names
    assert len(paths) == 8
    assert paths == sorted(paths)  # deterministic order: the same input gives the same store


def test_ingest_named_unsupported_file_is_reported(tmp_path: Path) -> None:
    doc = tmp_path / "report.pdf"
    doc.write_bytes(b"%PDF-1.4")
    (result,) = read_file(doc, ReadOptions())
    assert result.error is not None and "unsupported file type '.pdf'" in result.error.reason


def test_ingest_bad_files_logged_and_batch_continues(tmp_path: Path) -> None:
    good = tmp_path / "in"
    good.mkdir()
    (good / "a.txt").write_text(IT_TEXT, encoding="utf-8")
    (good / "b.txt").write_text(EN_TEXT, encoding="utf-8")
    bad_names = write_bad_files(good / "bad")
    db = tmp_path / "c.duckdb"
    report = run([good], db)
    assert report.stored == 2
    assert sorted(Path(source).name for source, _ in report.failures) == sorted(bad_names)
    logged = rows(db, "SELECT source, reason FROM ingest_log WHERE status = 'failed' ORDER BY source")
    assert sorted(Path(str(s)).name for s, _ in logged) == sorted(bad_names)
    reasons = " | ".join(str(r) for _, r in logged)
    for expected in ("binary", "invalid JSON", "no main text", "no feed entries", "not a WARC file"):
        assert expected in reasons


def test_ingest_near_duplicates_linked_not_counted(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    story = ("La polizia ha arrestato ieri a Palermo sei persone accusate di estorsione ai danni dei "
             "commercianti del centro storico. L'operazione è stata coordinata dalla procura e ha coinvolto "
             "oltre cento agenti in tutta la provincia.")
    (folder / "1-agenzia.txt").write_text(story, encoding="utf-8")
    (folder / "2-sito.txt").write_text(story + " Seguiranno aggiornamenti nelle prossime ore.", encoding="utf-8")
    (folder / "3-altro.txt").write_text(EN_TEXT, encoding="utf-8")
    db = tmp_path / "c.duckdb"
    report = run([folder], db)
    assert report.duplicates == 1
    assert rows(db, "SELECT id, duplicate_of FROM articles ORDER BY id") == [
        ("1-agenzia", None), ("2-sito", "1-agenzia"), ("3-altro", None)]


def test_ingest_no_dedup_option_links_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(IT_TEXT, encoding="utf-8")
    (folder / "b.txt").write_text(IT_TEXT + " Fine.", encoding="utf-8")
    db = tmp_path / "c.duckdb"
    run([folder], db, dedup=False)
    assert rows(db, "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL") == [(0,)]
    assert rows(db, "SELECT count(*) FROM article_signatures") == [(0,)]
