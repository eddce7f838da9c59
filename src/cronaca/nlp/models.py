"""Loading the spaCy pipeline of a language: the bundled one, or any installed pipeline the user names."""

from __future__ import annotations

import logging
import warnings
from contextlib import AbstractContextManager, nullcontext
from functools import lru_cache
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language
from thinc.api import use_ops
from threadpoolctl import threadpool_info

from ..config import Config, load_config
from ..errors import PipelineError

log = logging.getLogger(__name__)

SUPPORTED = ("it", "en")


def bundled_pipeline_path(language: str, variant: str = "bundled") -> Path:
    """Directory of a pipeline shipped with cronaca: ``bundled`` (best scores, trained partly on
    non-commercial corpora) or ``open`` (only CC BY / BY-SA corpora); see each MODEL_CARD.md."""
    folder = language if variant == "bundled" else f"{language}_open"
    return Path(str(resources.files("cronaca").joinpath("models", folder)))


def matmul_ops() -> AbstractContextManager[object]:
    """The thinc ops to build a pipeline with.

    When numpy's BLAS runs one thread (``cronaca.nlp.blas.one_blas_thread``, which the CLI and the ingest
    workers call), numpy's matrix product (OpenBLAS, with kernels for the CPU at hand) replaces thinc's
    default, blis: 10-20 % more words/s on our benchmark machine (``bench/bench_pipelines.py``), the same
    results up to float rounding. In a program that leaves BLAS multi-threaded thinc's default stays:
    several such processes would fight for the cores.
    """
    blas = [info for info in threadpool_info() if info.get("user_api") == "blas"]
    if blas and all(info.get("num_threads") == 1 for info in blas):
        return use_ops("numpy", use_blis=False)
    return nullcontext()


def blank_pipeline(language: str) -> Language:
    """A tokenizer and rule-based sentence splitter only: what cronaca runs when no trained pipeline exists."""
    nlp = spacy.blank(language)
    nlp.add_pipe("sentencizer")
    return nlp


def _load(name: str, language: str) -> Language:
    if name == "blank":
        return blank_pipeline(language)
    if name in ("bundled", "open"):
        path = bundled_pipeline_path(language, name)
        if not (path / "config.cfg").exists():
            log.warning(
                "no bundled pipeline for %r at %s (rebuild it with `make models`); using a blank tokenizer "
                "and sentence splitter, so entities, parses and events will be poorer", language, path)
            return blank_pipeline(language)
        name = str(path)
    try:
        with warnings.catch_warnings(), matmul_ops():
            warnings.simplefilter("ignore", UserWarning)  # version-compatibility notes of minor patch releases
            nlp = spacy.load(name)
    except OSError as e:
        raise PipelineError(
            f"cannot load spaCy pipeline {name!r} for {language!r}: {e}. Install it (pip) or set "
            f"pipeline_{language} = \"bundled\""
        ) from e
    if nlp.lang != language:
        raise PipelineError(f"pipeline {name!r} is for language {nlp.lang!r}, not {language!r}")
    return nlp


@lru_cache(maxsize=8)
def _cached(name: str, language: str) -> Language:
    return _load(name, language)


def load_pipeline(language: str, config: Config | None = None) -> Language:
    """Return the spaCy pipeline (tagger, parser, NER) cronaca uses for ``language`` (``"it"`` or ``"en"``).

    The pipeline is the one bundled with cronaca unless the configuration names another installed pipeline
    (setting ``pipeline_<language>``). Nothing is downloaded. The same object is returned on later calls.

    Raises:
        PipelineError: unsupported language, or the named pipeline cannot be loaded.
    """
    if language not in SUPPORTED:
        raise PipelineError(f"no pipeline for language {language!r}; supported: {', '.join(SUPPORTED)}")
    cfg = config or load_config()
    return _cached(cfg.pipeline_for(language), language)
