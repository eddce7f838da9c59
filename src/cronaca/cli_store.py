"""The corpus commands: ``ingest``, ``events``, ``quotes``, ``entities``, ``stats``, ``sql``.

A thin shell over :mod:`cronaca.ingest.runner` and :mod:`cronaca.store`: each command validates its
options, calls one library function and prints. Exit codes: 0 success, 1 failure (a bad input, a
missing store), 2 usage error (invalid option value). Messages go to stderr; data to stdout or ``--out``.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer

from .config import Config, load_config
from .errors import ConfigError, CronacaError, InputError


class OutFormat(StrEnum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"


class StatsFormat(StrEnum):
    table = "table"
    json = "json"


class SqlFormat(StrEnum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"


def _fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def _config(config_file: Path | None) -> Config:
    try:
        return load_config(config_file)
    except ConfigError as e:
        raise _fail(str(e), 2) from e


DbOpt = Annotated[Path | None, typer.Option("--db", help="Store file (default: the store_path setting, "
                                                            "./cronaca.duckdb).")]
ConfigOpt = Annotated[Path | None, typer.Option("--config", help="Config file (TOML) overriding defaults.")]
FormatOpt = Annotated[OutFormat, typer.Option("--format", help="table (readable), csv, jsonl (PLOVER records) "
                                                               "or parquet (needs --out).")]
OutOpt = Annotated[Path | None, typer.Option("--out", help="Write to this file instead of stdout.")]
LimitOpt = Annotated[int | None, typer.Option("--limit", help="Return at most this many rows.")]
SinceOpt = Annotated[str | None, typer.Option("--since", help="From this day (YYYY-MM-DD), inclusive.")]
UntilOpt = Annotated[str | None, typer.Option("--until", help="Up to this day (YYYY-MM-DD), inclusive.")]
DupOpt = Annotated[bool, typer.Option("--include-duplicates",
                                      help="Also return records of near-duplicate articles (left out by default).")]


@contextmanager
def _open(db: Path | None, config_file: Path | None, read_only: bool) -> Iterator[Any]:
    from .store import open_store

    path = db if db is not None else Path(_config(config_file).store_path)
    try:
        store = open_store(path, read_only=read_only)
    except CronacaError as e:
        raise _fail(str(e), 1) from e
    try:
        yield store
    finally:
        store.close()


def _check_output(fmt: OutFormat | SqlFormat, out: Path | None) -> None:
    if fmt.value == "parquet" and out is None:
        raise _fail("--format parquet writes a binary file: give --out FILE.parquet", 2)
    if fmt.value == "table" and out is not None:
        raise _fail("--out needs a data format: add --format csv, jsonl or parquet", 2)


@contextmanager
def _text_out(out: Path | None) -> Iterator[TextIO]:
    if out is None:
        yield sys.stdout
        return
    try:
        with out.open("w", encoding="utf-8", newline="") as fh:
            yield fh
    except OSError as e:
        raise _fail(f"--out {out}: cannot write: {e.strerror or e}", 1) from e


def _print_table(title: str, columns: list[str], rows: Iterable[Iterable[Any]]) -> int:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for c in columns:
        table.add_column(c, overflow="fold")
    n = 0
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
        n += 1
    console = Console()
    if not console.is_terminal:  # piped or redirected: do not fold cells to 80 columns
        console = Console(width=200)
    console.print(table)
    return n


def _names(people: Iterable[Any]) -> str:
    return "; ".join(f"{p.entity_name}" + (f" ({p.country})" if p.country else "") for p in people)


def _event_cells(r: Any) -> list[Any]:
    e = r.event
    mags = ", ".join(f"{k}={q.value}" for k, q in e.magnitude.items())
    place = e.event_loc.name if e.event_loc is not None else None
    return [e.date, e.event, _names(e.actor), _names(e.recipient), place, mags, e.text[:120], r.article_id]


def _quote_cells(r: Any) -> list[Any]:
    q = r.quote
    return [r.published, q.speaker.entity_name if q.speaker else None, q.text[:160], r.article_id]


def _entity_cells(r: Any) -> list[Any]:
    n = r.entity
    return [n.entity_name, n.type, n.country, len(n.mentions), r.article_id]


TABLES: dict[str, tuple[list[str], Callable[[Any], list[Any]]]] = {
    "events": (["date", "event", "actor", "recipient", "place", "magnitude", "sentence", "article"], _event_cells),
    "quotes": (["published", "speaker", "quote", "article"], _quote_cells),
    "entities": (["name", "type", "country", "mentions", "article"], _entity_cells),
}


def _emit(kind: str, records: Iterable[Any], fmt: OutFormat, out: Path | None) -> int:
    from .store import export

    fixed = {"events": export.EVENT_COLUMNS, "quotes": export.QUOTE_COLUMNS,
             "entities": export.ENTITY_COLUMNS}[kind]
    if fmt is OutFormat.table:
        columns, cells = TABLES[kind]
        return _print_table(kind, columns, (cells(r) for r in records))
    if fmt is OutFormat.parquet:
        assert out is not None
        try:
            return export.write_parquet(records, out, fixed)
        except OSError as e:
            raise _fail(f"--out {out}: cannot write: {e}", 1) from e
    with _text_out(out) as fh:
        if fmt is OutFormat.csv:
            return export.write_csv(records, fh, fixed)
        return export.write_jsonl(records, fh)


def _query(kind: str, make_filter: Callable[[], Any], fmt: OutFormat, out: Path | None, db: Path | None,
           config_file: Path | None) -> None:
    from .store import QueryError

    _check_output(fmt, out)
    try:
        flt = make_filter()
    except QueryError as e:
        raise _fail(str(e), 2) from e
    with _open(db, config_file, read_only=True) as store:
        try:
            n = _emit(kind, getattr(store, kind)(flt), fmt, out)
        except CronacaError as e:
            raise _fail(str(e), 1) from e
    if out is not None:
        typer.echo(f"wrote {n} {kind} to {out}", err=True)


def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders (walked recursively): .txt, .json, "
                                                     ".jsonl, .html/.htm, RSS/Atom (.xml/.rss/.atom), "
                                                     ".warc/.warc.gz.")],
    db: DbOpt = None,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD for inputs that do not "
                                                          "carry one.")] = None,
    language: Annotated[str | None, typer.Option(help="Language of inputs that do not declare one "
                                                         "(it, en); default: detect.")] = None,
    workers: Annotated[int, typer.Option(help="Extraction processes; each loads the pipeline once.")] = 1,
    dedup: Annotated[bool, typer.Option("--dedup/--no-dedup", help="Detect near-duplicate articles.")] = True,
    progress: Annotated[bool, typer.Option("--progress/--no-progress",
                                           help="Show a progress bar on stderr.")] = True,
    config: ConfigOpt = None,
) -> None:
    """Extract articles into the store; unchanged articles are skipped, changed ones replaced."""
    from .ingest.readers import parse_published
    from .ingest.runner import IngestOptions, RichSink, SilentSink
    from .ingest.runner import ingest as run_ingest

    if workers < 1:
        raise _fail(f"--workers {workers}: give at least 1", 2)
    try:
        default_date = parse_published(published, "--published")
    except InputError as e:
        raise _fail(f"--published: {e.reason}", 2) from e
    lang = None if language in (None, "auto") else language
    cfg = _config(config)
    if lang is not None and lang not in cfg.languages:
        raise _fail(f"--language {language!r}: expected one of {', '.join(cfg.languages)} or auto", 2)
    options = IngestOptions(published=default_date, language=lang, workers=workers, dedup=dedup)
    with _open(db, config, read_only=False) as store:
        sink = RichSink() if progress else SilentSink()
        report = run_ingest(paths, store, cfg, options, sink)
    if not progress:
        for source, reason in report.failures:
            typer.echo(f"error: {source}: {reason}", err=True)
    typer.echo(report.summary(), err=True)
    if report.failed:
        raise typer.Exit(1)


def events(
    type_: Annotated[list[str] | None, typer.Option("--type", help="PLOVER type(s), repeat or comma-separate: "
                                                                      "ASSAULT, PROTEST, ...")] = None,
    actor: Annotated[str | None, typer.Option(help="Actor name contains this (case-insensitive).")] = None,
    recipient: Annotated[str | None, typer.Option(help="Recipient name contains this.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO alpha-3 country of an actor, recipient or the "
                                                        "event location.")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    place: Annotated[str | None, typer.Option(help="Event location name contains this.")] = None,
    text: Annotated[str | None, typer.Option(help="The event sentence contains this.")] = None,
    include_duplicates: DupOpt = False,
    limit: LimitOpt = None,
    fmt: FormatOpt = OutFormat.table,
    out: OutOpt = None,
    db: DbOpt = None,
    config: ConfigOpt = None,
) -> None:
    """List stored events (date = event date, else publication date)."""
    from .store import EventFilter

    def make() -> EventFilter:
        return EventFilter(types=tuple(type_ or ()), actor=actor, recipient=recipient, country=country,
                           since=since, until=until, place=place, text=text,  # type: ignore[arg-type]
                           include_duplicates=include_duplicates, limit=limit)
    _query("events", make, fmt, out, db, config)


def quotes(
    speaker: Annotated[str | None, typer.Option(help="Speaker name contains this.")] = None,
    text: Annotated[str | None, typer.Option(help="The quoted text contains this.")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    include_duplicates: DupOpt = False,
    limit: LimitOpt = None,
    fmt: FormatOpt = OutFormat.table,
    out: OutOpt = None,
    db: DbOpt = None,
    config: ConfigOpt = None,
) -> None:
    """List stored quotes (dates filter the article's publication date)."""
    from .store import QuoteFilter

    def make() -> QuoteFilter:
        return QuoteFilter(speaker=speaker, text=text, since=since, until=until,  # type: ignore[arg-type]
                           include_duplicates=include_duplicates, limit=limit)
    _query("quotes", make, fmt, out, db, config)


def entities(
    type_: Annotated[list[str] | None, typer.Option("--type", help="Entity type(s): PER, ORG, GPE, LOC, "
                                                                      "FAC, NORP, WEAPON, MISC.")] = None,
    name: Annotated[str | None, typer.Option(help="Canonical name contains this.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO alpha-3 country of the entity.")] = None,
    include_duplicates: DupOpt = False,
    limit: LimitOpt = None,
    fmt: FormatOpt = OutFormat.table,
    out: OutOpt = None,
    db: DbOpt = None,
    config: ConfigOpt = None,
) -> None:
    """List stored article entities."""
    from .store import EntityFilter

    def make() -> EntityFilter:
        return EntityFilter(types=tuple(type_ or ()), name=name, country=country,
                            include_duplicates=include_duplicates, limit=limit)
    _query("entities", make, fmt, out, db, config)


def stats(
    top: Annotated[int, typer.Option(help="How many top actors to list.")] = 10,
    fmt: Annotated[StatsFormat, typer.Option("--format", help="table or json.")] = StatsFormat.table,
    db: DbOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Corpus counts: articles, events by type and by day, top actors (near-duplicates left out)."""
    if top < 0:
        raise _fail(f"--top {top}: give a number >= 0", 2)
    with _open(db, config, read_only=True) as store:
        result = store.stats(top)
    if fmt is StatsFormat.json:
        typer.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    _print_table("corpus", ["articles", "near-duplicates", "events", "quotes", "entities", "failed inputs"],
                 [[result.articles, result.duplicates, result.events, result.quotes, result.entities,
                   result.failed_inputs]])
    _print_table("events by type", ["type", "events"], result.by_type)
    _print_table("events by day", ["day", "events"], result.by_day)
    _print_table("top actors", ["actor", "events"], result.top_actors)


def sql(
    query: Annotated[str, typer.Argument(help="One SELECT statement over the store's tables.")],
    fmt: Annotated[SqlFormat, typer.Option("--format", help="table, csv or jsonl.")] = SqlFormat.table,
    out: OutOpt = None,
    db: DbOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Run a read-only SELECT on the store (tables: articles, events, participants, quotes, ...)."""
    from .store import QueryError, check_select

    _check_output(fmt, out)
    try:
        check_select(query)
    except QueryError as e:
        raise _fail(str(e), 2) from e
    with _open(db, config, read_only=True) as store:
        try:
            columns, rows = store.sql(query)
        except QueryError as e:
            raise _fail(str(e), 1) from e
    if fmt is SqlFormat.table:
        _print_table("result", list(columns), rows)
        return
    with _text_out(out) as fh:
        if fmt is SqlFormat.csv:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(columns)
            writer.writerows(rows)
        else:
            for row in rows:
                fh.write(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False, default=str) + "\n")


def register(app: typer.Typer) -> None:
    """Add the corpus commands to the main ``cronaca`` app."""
    app.command(epilog="Example: cronaca ingest news/ feeds/ --workers 2 --db corpus.duckdb")(ingest)
    app.command(epilog="Example: cronaca events --type ASSAULT --country UKR --since 2025-07-01 "
                       "--format csv --out assaults.csv")(events)
    app.command(epilog="Example: cronaca quotes --speaker Zelensky --format jsonl")(quotes)
    app.command(epilog="Example: cronaca entities --type PER --limit 20")(entities)
    app.command(epilog="Example: cronaca stats --format json")(stats)
    app.command(epilog='Example: cronaca sql "SELECT event, count(*) FROM events GROUP BY 1"')(sql)


def main() -> None:
    """Run the corpus commands alone (``python -m cronaca.cli_store``)."""
    app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                      pretty_exceptions_enable=False)
    register(app)
    app()


if __name__ == "__main__":
    main()
