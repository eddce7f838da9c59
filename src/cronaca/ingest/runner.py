"""The ingest loop: read inputs, extract in worker processes, write each article atomically.

Order is deterministic: results are written in input order whatever the number of workers, so the
first-seen article of a near-duplicate group and the ingest log are the same on every run. Each article
is one store transaction; a run killed at any moment leaves only whole articles, and running it again
skips them (same content hash) and stores the rest.
"""

from __future__ import annotations

import multiprocessing as mp
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from ..config import Config
from ..errors import CronacaError, InputError
from ..records import Article, Document
from .dedup import Fingerprint, fingerprint
from .outcomes import Incoming, LogEntry
from .sources import ReadOptions, iter_files, read_file

BATCH_SIZE = 64
BATCH_SECONDS = 1.0


class Sink(Protocol):
    """Where progress goes (the CLI passes a rich progress bar; the library default is silent)."""

    def start(self, total_bytes: int) -> None: ...
    def advance(self, nbytes: float, article: bool) -> None: ...
    def failed(self, source: str, reason: str) -> None: ...
    def finish(self) -> None: ...


class SilentSink:
    def start(self, total_bytes: int) -> None: ...
    def advance(self, nbytes: float, article: bool) -> None: ...
    def failed(self, source: str, reason: str) -> None: ...
    def finish(self) -> None: ...


class RichSink:
    """A progress bar on stderr: share of input bytes done, articles per second, ETA; failures printed above it."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        self.console = Console(stderr=True)
        self.progress = Progress(
            TextColumn("ingest"), BarColumn(), TextColumn("{task.percentage:>3.0f}%"),
            TextColumn("{task.fields[articles]} articles, {task.fields[rate]}/s"),
            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(), console=self.console)
        self.articles = 0
        self.started = time.perf_counter()
        self.task: Any = None

    def start(self, total_bytes: int) -> None:
        self.started = time.perf_counter()
        self.progress.start()
        self.task = self.progress.add_task("ingest", total=max(total_bytes, 1), articles=0, rate="0.0")

    def advance(self, nbytes: float, article: bool) -> None:
        self.articles += article
        rate = self.articles / max(time.perf_counter() - self.started, 1e-9)
        self.progress.update(self.task, advance=nbytes, articles=self.articles, rate=f"{rate:.1f}")

    def failed(self, source: str, reason: str) -> None:
        self.console.print(f"error: {source}: {reason}", markup=False, highlight=False, soft_wrap=True)

    def finish(self) -> None:
        self.progress.stop()


class StoreWriter(Protocol):
    """The part of :class:`cronaca.store.base.Store` ingest uses (ingest does not import the store)."""

    def decide(self, article_id: str, url: str | None, sha256: str) -> Any: ...
    def write_batch(self, items: Sequence[Incoming], log: Sequence[LogEntry] = (),
                    run_id: str | None = None) -> list[Any]: ...


@dataclass(frozen=True, slots=True)
class IngestOptions:
    published: str | None = None  # default publication date, YYYY-MM-DD
    language: str | None = None   # default language; None detects it
    workers: int = 1
    dedup: bool = True
    batch_size: int = BATCH_SIZE  # articles and log entries per store transaction


@dataclass(slots=True)
class IngestReport:
    """Counts of one run; ``failures`` lists (source, reason) of every input that failed."""

    run_id: str
    stored: int = 0
    replaced: int = 0
    skipped: int = 0
    duplicates: int = 0
    events: int = 0
    seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def processed(self) -> int:
        return self.stored + self.replaced

    def summary(self) -> str:
        rate = self.processed / self.seconds if self.seconds > 0 else 0.0
        return (f"stored {self.stored}, replaced {self.replaced}, skipped {self.skipped} unchanged, "
                f"{self.duplicates} near-duplicates, {self.events} events, failed {self.failed} "
                f"in {self.seconds:.1f}s ({rate:.1f} articles/s)")


@dataclass(frozen=True, slots=True)
class Job:
    source: str
    article: Article


@dataclass(frozen=True, slots=True)
class Done:
    """A worker's result; errors travel as text (exceptions with custom ``__init__`` do not unpickle)."""

    source: str
    article_id: str
    document: Document | None = None
    fingerprint: Fingerprint | None = None
    error: str | None = None


# One extractor per worker process, built by the pool initializer: loading spaCy pipelines is the
# expensive part, so it happens once per process, not once per article.
_WORKER: dict[str, Any] = {}


def init_worker(config: Config, dedup: bool) -> None:
    from ..nlp.blas import one_blas_thread
    from ..pipeline import Extractor

    one_blas_thread()  # before the pipelines load: several workers share the cores
    _WORKER["extractor"] = Extractor(config)
    _WORKER["dedup"] = dedup


def run_job(job: Job) -> Done:
    """Extract one article in the current (worker) process."""
    extractor = _WORKER["extractor"]
    try:
        document = extractor.process(job.article)
    except InputError as e:
        return Done(job.source, job.article.id, error=e.reason)
    except CronacaError as e:
        return Done(job.source, job.article.id, error=str(e))
    except Exception as e:  # an extractor bug must not stop the batch; it is logged as a failure
        return Done(job.source, job.article.id, error=f"internal error: {type(e).__name__}: {e}")
    fp = fingerprint(job.article.text) if _WORKER["dedup"] else None
    return Done(job.source, job.article.id, document, fp)


class _Ready:
    def __init__(self, value: Done) -> None:
        self.value = value

    def get(self) -> Done:
        return self.value

    def ready(self) -> bool:
        return True


class _InlinePool:
    """The single-worker case runs in this process: no spawn cost, same code path."""

    def __init__(self, config: Config, dedup: bool) -> None:
        init_worker(config, dedup)

    def apply_async(self, fn: Callable[[Job], Done], args: tuple[Job]) -> _Ready:
        return _Ready(fn(*args))

    def close(self) -> None: ...
    def terminate(self) -> None: ...
    def join(self) -> None: ...


def _make_pool(config: Config, options: IngestOptions) -> Any:
    if options.workers <= 1:
        return _InlinePool(config, options.dedup)
    # spawn, not fork: the parent holds an open DuckDB connection and its threads
    ctx = mp.get_context("spawn")
    return ctx.Pool(options.workers, initializer=init_worker, initargs=(config, options.dedup))


@dataclass(slots=True)
class _Pending:
    source: str
    weight: float
    article_id: str | None = None
    result: Any = None            # AsyncResult of a Done
    status: str | None = None     # set when no extraction is needed: "failed" or "skipped"
    reason: str | None = None


def _pending_items(files: list[Path], store: StoreWriter, read_opts: ReadOptions,
                   submit: Callable[[Job], Any]) -> Iterator[_Pending]:
    for path in files:
        size = path.stat().st_size if path.exists() else 0
        results = read_file(path, read_opts)
        weight = size / max(len(results), 1)
        for r in results:
            if r.error is not None or r.article is None:
                reason = r.error.reason if r.error is not None else "no article"
                yield _Pending(r.source, weight, status="failed", reason=reason)
                continue
            art = r.article
            decision = store.decide(art.id, art.url, art.sha256)
            if decision.action.value == "skipped":
                yield _Pending(r.source, weight, art.id, status="skipped", reason=decision.reason)
            else:
                yield _Pending(r.source, weight, art.id, result=submit(Job(r.source, art)))


class _Writer:
    """Buffers finished items and writes them in batches: one transaction holds whole articles only.

    Batching amortises the per-statement cost of the store; a batch is flushed when it is full or a
    second old, so a killed run loses at most the last second of work.
    """

    def __init__(self, store: StoreWriter, report: IngestReport, sink: Sink, size: int = BATCH_SIZE,
                 max_wait: float = BATCH_SECONDS) -> None:
        self.store, self.report, self.sink = store, report, sink
        self.size, self.max_wait = size, max_wait
        self.items: list[Incoming] = []
        self.events: list[int] = []
        self.log: list[LogEntry] = []
        self.since = 0.0

    def add(self, item: _Pending) -> None:
        if not self.items and not self.log:
            self.since = time.perf_counter()
        status, reason = item.status, item.reason
        if item.result is not None:
            done: Done = item.result.get()
            if done.error is None and done.document is not None:
                self.items.append(Incoming(done.document, done.source, done.fingerprint))
                self.events.append(len(done.document.events))
            else:
                status, reason = "failed", done.error or "no document"
        if status is not None:
            self.log.append(LogEntry(self.report.run_id, item.source, item.article_id, status, reason))
            if status == "failed":
                self.report.failures.append((item.source, reason or ""))
                self.sink.failed(item.source, reason or "")
            else:
                self.report.skipped += 1
        self.sink.advance(item.weight, status != "failed")
        if len(self.items) + len(self.log) >= self.size or time.perf_counter() - self.since > self.max_wait:
            self.flush()

    def flush(self) -> None:
        if not self.items and not self.log:
            return
        results = self.store.write_batch(self.items, self.log, run_id=self.report.run_id)
        for written, n_events in zip(results, self.events, strict=True):
            status = written.action.value
            if status == "skipped":
                self.report.skipped += 1
                continue
            self.report.events += n_events
            self.report.duplicates += written.duplicate_of is not None
            if status == "replaced":
                self.report.replaced += 1
            else:
                self.report.stored += 1
        self.items, self.events, self.log = [], [], []


def ingest(paths: Iterable[str | Path], store: StoreWriter, config: Config,
           options: IngestOptions | None = None, sink: Sink | None = None) -> IngestReport:
    """Ingest files and folders into ``store``.

    Args:
        paths: files and folders (walked recursively) of any supported format.
        store: an open, writable store.
        config: settings (``max_chars``, pipelines); passed to every worker.
        options: defaults for the inputs, number of worker processes, near-duplicate detection.
        sink: progress reporting; silent by default.

    Returns:
        The run's counts; ``report.failures`` names every input that failed and why (also in the ingest log).
    """
    options = options or IngestOptions()
    sink = sink or SilentSink()
    report = IngestReport(run_id=uuid.uuid4().hex[:12])
    started = time.perf_counter()
    files = list(iter_files(paths))
    sink.start(sum(p.stat().st_size for p in files if p.is_file()))
    read_opts = ReadOptions(options.published, options.language, config.max_chars)
    pool = _make_pool(config, options)
    window = max(1, options.workers) * 4  # in flight ahead of the writer: keeps workers busy, bounds memory
    queue: deque[_Pending] = deque()
    try:
        writer = _Writer(store, report, sink, options.batch_size)
        for item in _pending_items(files, store, read_opts, lambda job: pool.apply_async(run_job, (job,))):
            queue.append(item)
            while queue and (len(queue) > window or queue[0].result is None or queue[0].result.ready()):
                writer.add(queue.popleft())
        while queue:
            writer.add(queue.popleft())
        writer.flush()
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()
        sink.finish()
    report.seconds = time.perf_counter() - started
    return report
