"""The ``cronaca`` command line: a thin shell over the library.

Exit codes: 0 success, 1 some input or article failed, 2 usage error.
"""

from __future__ import annotations

import json
import logging
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from rich.console import Console

from . import __version__
from .config import Config, load_config
from .errors import ConfigError, CronacaError, InputError

app = typer.Typer(
    name="cronaca",
    help="Turn news articles into PLOVER political event data: events, quotes, entities, quantities, "
         "dates, places and attribution, each tied to the characters of the article.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


class Language(StrEnum):
    it = "it"
    en = "en"
    auto = "auto"


class Format(StrEnum):
    json = "json"
    table = "table"


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print ``error: message`` on stderr and return the exit to raise."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def setup_logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")


def get_config(config_file: Path | None, **flags: object) -> Config:
    try:
        return load_config(config_file, None, **flags)
    except ConfigError as e:
        raise fail(str(e)) from e


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"cronaca {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[bool | None, typer.Option("--version", callback=version_callback, is_eager=True,
                                                    help="Show the version and exit.")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress details on stderr.")] = False,
) -> None:
    """cronaca: news articles to PLOVER event data."""
    setup_logging(verbose)


def _table(doc_dict: dict[str, object]) -> str:
    from .render import document_table

    return document_table(doc_dict)


@app.command(epilog="Example: cronaca extract article.txt --published 2025-07-05")
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Article files: .txt (id = file stem), .json (an article "
                                                     "object) or .jsonl (one article object per line).")],
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD for inputs that do "
                                                          "not carry one; anchors relative dates.")] = None,
    language: Annotated[Language, typer.Option(help="Article language, or auto to detect it.")] = Language.auto,
    out: Annotated[Path | None, typer.Option(help="Write DIR/<id>.json per article (with a progress bar) "
                                                     "instead of printing.")] = None,
    fmt: Annotated[Format, typer.Option("--format", help="json (the document) or table (readable).")] = Format.json,
    config: Annotated[Path | None, typer.Option(help="Config file (TOML) overriding the defaults.")] = None,
) -> None:
    """Extract events, quotes, entities, quantities, dates and places from articles."""
    from .ingest.readers import parse_published, read_inputs
    from .pipeline import Extractor

    try:
        default_date = parse_published(published, "--published")
    except InputError as e:
        raise fail(f"--published: {e.reason}") from e
    cfg = get_config(config)
    lang = None if language is Language.auto else language.value
    if out is not None:
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise fail(f"--out {out}: cannot create the directory: {e}") from e

    items = ((r.source, r.article, r.error) for r in read_inputs(paths, default_date, lang, cfg.max_chars))
    extractor = Extractor(cfg)
    failed = 0
    outcomes = extractor.process_many(items)
    if out is not None:
        outcomes = _with_progress(outcomes, len(paths))
    for outcome in outcomes:
        if outcome.error is not None or outcome.document is None:
            failed += 1
            typer.echo(f"error: {outcome.error}", err=True)
            continue
        data = outcome.document.to_dict()
        if out is not None:
            (out / f"{_safe_name(outcome.document.article.id)}.json").write_text(
                json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        elif fmt is Format.table:
            typer.echo(_table(data))
        else:
            typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
    if failed:
        raise typer.Exit(1)


def _safe_name(article_id: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in article_id) or "article"


def _with_progress(outcomes, total_files: int):  # type: ignore[no-untyped-def]
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("extract"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
                  TimeElapsedColumn(), transient=False, console=_stderr_console()) as progress:
        task = progress.add_task("extract", total=None, rate="")
        for n, outcome in enumerate(outcomes, start=1):
            elapsed = progress.tasks[0].elapsed or 1e-9
            progress.update(task, completed=n, rate=f"{n / elapsed:.1f} articles/s")
            yield outcome


def _stderr_console() -> Console:
    from rich.console import Console

    return Console(stderr=True)


@app.command(epilog="Example: cronaca evaluate ../shared/dev --json")
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold files (*.json with text and gold).")],
    pred: Annotated[Path | None, typer.Option(help="Folder of predictions <id>.json to score instead of "
                                                      "running the extractor.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    config: Annotated[Path | None, typer.Option(help="Config file (TOML) overriding the defaults.")] = None,
    errors: Annotated[bool, typer.Option("--errors", help="Also list, per article, what did not match: "
                                                         "missed and extra events, quotes and entities, "
                                                         "wrong fields.")] = False,
) -> None:
    """Score extraction against annotated articles: events, quotes, entities, per language and overall."""
    from .evaluation import evaluate as run_evaluation
    from .evaluation import format_errors, format_table
    from .pipeline import Extractor

    if not gold_dir.is_dir():
        raise fail(f"{gold_dir}: not a directory of gold files")
    if pred is not None and not pred.is_dir():
        raise fail(f"--pred {pred}: not a directory of predictions")
    try:
        extractor = None if pred is not None else Extractor(get_config(config))
        report = run_evaluation(gold_dir, pred, extractor)
    except CronacaError as e:
        raise fail(str(e), 1) from e
    typer.echo(json.dumps(report.to_dict(), indent=2) if as_json else format_table(report))
    if errors and not as_json:
        typer.echo(format_errors(report) or "no errors")
    if report.failures:
        raise typer.Exit(1)


def _register_optional_commands() -> None:
    """Commands of later stages (store, serve) register themselves when their modules exist."""
    for module in ("cronaca.cli_store", "cronaca.cli_serve"):
        try:
            mod = __import__(module, fromlist=["register"])
        except ModuleNotFoundError as e:
            if e.name != module:
                raise
            continue
        mod.register(app)


_register_optional_commands()


def main() -> None:
    """Entry point of the ``cronaca`` console script."""
    from .nlp.blas import one_blas_thread

    one_blas_thread()  # one BLAS thread per process: faster pipelines (see cronaca.nlp.models.matmul_ops)
    try:
        app()
    except CronacaError as e:
        typer.echo(f"error: {e}", err=True)
        raise SystemExit(1) from e
