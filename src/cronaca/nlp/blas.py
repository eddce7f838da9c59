"""One BLAS thread per cronaca process (kept apart from spaCy, so that the CLI can call it cheaply)."""

from __future__ import annotations


def one_blas_thread() -> None:
    """Limit numpy's BLAS to one thread in this process, for the rest of its life.

    cronaca's own processes call it first thing (the CLI, the ingest workers): processes that each run a
    multi-threaded BLAS fight for the cores. On our 2-core benchmark machine two pipeline processes with
    two BLAS threads each ran at 45 % of the speed of two one-thread processes. It also lets the pipelines
    use numpy's matrix product (``cronaca.nlp.models.matmul_ops``).
    """
    import numpy  # noqa: F401  (threadpoolctl only sees the BLAS of libraries already loaded)
    from threadpoolctl import threadpool_limits

    threadpool_limits(1, user_api="blas")
