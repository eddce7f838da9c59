"""cronaca: news articles to PLOVER political event data, every field tied to the article's characters."""

from __future__ import annotations

import logging
from importlib.metadata import PackageNotFoundError, version

__version__: str
try:
    __version__ = version("cronaca")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

from .nlp.models import load_pipeline  # noqa: E402  (needs __version__ defined first)
from .pipeline import Extractor, extract  # noqa: E402
from .records import Document  # noqa: E402

__all__ = ["Document", "Extractor", "__version__", "extract", "load_pipeline"]
