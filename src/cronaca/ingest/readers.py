"""Read articles from ``.txt``, ``.json`` and ``.jsonl`` files.

Each input yields :class:`ReadResult` items: an :class:`~cronaca.records.Article` or an
:class:`~cronaca.errors.InputError` naming the input, so a batch can go on past a bad one.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..records import Article

ARTICLE_KEYS = ("id", "text", "published", "language", "title", "url", "outlet")
MAX_CHARS_DEFAULT = 2_000_000


@dataclass(frozen=True, slots=True)
class ReadResult:
    """One article read from an input, or the error that prevented it."""

    source: str
    article: Article | None = None
    error: InputError | None = None


def parse_published(value: Any, source: str) -> str | None:
    """Validate a publication date; accepts ``YYYY-MM-DD`` or an ISO timestamp, returns ``YYYY-MM-DD``."""
    if value is None or value == "":
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    text = str(value).strip()
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text).isoformat()
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError as e:
        raise InputError(source, f"invalid publication date {text!r}: expected YYYY-MM-DD "
                                 f"(for example 2025-07-05)") from e


def check_text(text: str, source: str, max_chars: int = MAX_CHARS_DEFAULT) -> str:
    """Reject empty, binary-looking and oversized texts with a reason."""
    if not text.strip():
        raise InputError(source, "empty article: the text has no non-space characters")
    if "\x00" in text:
        raise InputError(source, "binary content (NUL bytes): expected UTF-8 text")
    control = sum(1 for ch in text[:10000] if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    if control > 0.05 * min(len(text), 10000):
        raise InputError(source, "binary content (many control characters): expected UTF-8 text")
    if len(text) > max_chars:
        raise InputError(source, f"article too large: {len(text):,} characters, the limit is {max_chars:,} "
                                 f"(set max_chars to raise it)")
    return text


def decode_bytes(data: bytes, source: str) -> str:
    """Decode UTF-8 (with or without BOM); reject binary data with a clear reason."""
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary file (NUL bytes): expected a UTF-8 text, JSON or JSONL file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(source, f"not valid UTF-8 ({e.reason} at byte {e.start}); convert the file to "
                                 f"UTF-8, e.g. `iconv -f latin1 -t utf-8`") from e


def article_from_object(obj: Any, source: str, default_id: str, published: str | None = None,
                        language: str | None = None, max_chars: int = MAX_CHARS_DEFAULT) -> Article:
    """Build an Article from a JSON article object (unknown keys are ignored)."""
    if not isinstance(obj, dict):
        raise InputError(source, f"expected a JSON object with a 'text' key, got {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError(source, "the article object has no string 'text' key")
    check_text(text, source, max_chars)
    art_id = obj.get("id")
    return Article(
        id=str(art_id) if art_id not in (None, "") else default_id,
        text=text,
        published=parse_published(obj.get("published"), source) or published,
        language=obj.get("language") or language,
        title=obj.get("title"), url=obj.get("url"), outlet=obj.get("outlet"),
    )


def read_path(path: str | Path, published: str | None = None, language: str | None = None,
              max_chars: int = MAX_CHARS_DEFAULT) -> Iterator[ReadResult]:
    """Read one ``.txt``, ``.json`` or ``.jsonl`` file; errors are yielded, not raised."""
    p = Path(path)
    source = str(path)
    try:
        if not p.exists():
            raise InputError(source, "no such file")
        if p.is_dir():
            raise InputError(source, "is a directory; pass the files in it (or use `cronaca ingest`)")
        suffix = p.suffix.lower()
        if suffix not in (".txt", ".json", ".jsonl"):
            raise InputError(source, f"unsupported file type {suffix or '(none)'!r}: expected .txt, .json or .jsonl")
        data = p.read_bytes()
        text = decode_bytes(data, source)
    except InputError as e:
        yield ReadResult(source, error=e)
        return
    except OSError as e:
        yield ReadResult(source, error=InputError(source, f"cannot read: {e.strerror or e}"))
        return

    if suffix == ".txt":
        try:
            yield ReadResult(source, Article(id=p.stem, text=check_text(text, source, max_chars),
                                             published=published, language=language))
        except InputError as e:
            yield ReadResult(source, error=e)
    elif suffix == ".json":
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as e:
            yield ReadResult(source, error=InputError(source, f"invalid JSON: {e.msg} at line {e.lineno} "
                                                              f"column {e.colno}"))
            return
        try:
            yield ReadResult(source, article_from_object(obj, source, p.stem, published, language, max_chars))
        except InputError as e:
            yield ReadResult(source, error=e)
    else:
        for lineno, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{source}:{lineno}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                yield ReadResult(where, error=InputError(where, f"invalid JSON: {e.msg} at column {e.colno}"))
                continue
            try:
                yield ReadResult(where, article_from_object(obj, where, f"{p.stem}-{lineno}", published,
                                                            language, max_chars))
            except InputError as e:
                yield ReadResult(where, error=e)


def read_inputs(paths: Iterable[str | Path], published: str | None = None, language: str | None = None,
                max_chars: int = MAX_CHARS_DEFAULT) -> Iterator[ReadResult]:
    """Read every input in order; a bad one yields an error and the others go on."""
    for path in paths:
        yield from read_path(path, published, language, max_chars)
