"""Find input files and read articles from every supported format, offline.

Formats: ``.txt``, ``.json``, ``.jsonl`` (:mod:`cronaca.ingest.readers`); ``.html``/``.htm`` (main text,
title, date and outlet by trafilatura); RSS/Atom feeds ``.xml``/``.rss``/``.atom`` (feedparser, one
article per entry); WARC ``.warc``/``.warc.gz`` (warcio, one article per HTML response record).
Every reader returns :class:`~cronaca.ingest.readers.ReadResult` items, so a bad record or file is
reported and the batch goes on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..records import Article
from .readers import MAX_CHARS_DEFAULT, ReadResult, check_text, parse_published, read_path

MIN_HTML_WORDS = 5
"""An HTML page whose extracted main text is shorter than this is a menu or an error page, not an article."""

Reader = Callable[[Path, "ReadOptions"], list[ReadResult]]


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """Defaults applied to inputs that do not carry their own publication date or language."""

    published: str | None = None
    language: str | None = None
    max_chars: int = MAX_CHARS_DEFAULT


def _plain(path: Path, opts: ReadOptions) -> list[ReadResult]:
    return list(read_path(path, opts.published, opts.language, opts.max_chars))


def _safe_date(value: Any, source: str) -> str | None:
    """A page's own date when it is a valid day; an unparseable metadata date is ignored, not fatal."""
    try:
        return parse_published(value, source)
    except InputError:
        return None


def _html_article(html: bytes | str, source: str, default_id: str, opts: ReadOptions, url: str | None = None,
                  fallback_date: str | None = None) -> Article:
    import trafilatura

    if isinstance(html, bytes) and b"\x00" in html[:8192]:
        raise InputError(source, "binary content (NUL bytes): expected an HTML page")
    try:
        # favor_precision: navigation and teaser lines left in the text would be coded as events
        meta = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                           include_tables=False, favor_precision=True)
    except Exception as e:  # trafilatura raises lxml/parser errors of many types on broken input
        raise InputError(source, f"cannot parse the HTML: {type(e).__name__}: {e}") from e
    text = getattr(meta, "text", None) if meta is not None else None
    if not text or len(text.split()) < MIN_HTML_WORDS:
        raise InputError(source, "no main text found in the HTML page (empty, a navigation page, or not HTML)")
    check_text(text, source, opts.max_chars)
    page_url = url or getattr(meta, "url", None)
    return Article(
        id=page_url or default_id, text=text,
        published=_safe_date(getattr(meta, "date", None), source) or opts.published or fallback_date,
        language=opts.language, title=getattr(meta, "title", None), url=page_url,
        outlet=getattr(meta, "sitename", None) or getattr(meta, "hostname", None),
    )


def read_html(path: Path, opts: ReadOptions) -> list[ReadResult]:
    """One article from an HTML page; its id is the page's URL when it declares one, else the file stem."""
    source = str(path)
    try:
        return [ReadResult(source, _html_article(path.read_bytes(), source, path.stem, opts))]
    except InputError as e:
        return [ReadResult(source, error=e)]


def _fragment_text(html: str) -> str:
    """Plain text of a feed entry's HTML fragment, one line per block element."""
    import lxml.html

    if "<" not in html:
        return html.strip()
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:
        return html.strip()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in root.iter("p", "div", "li", "h1", "h2", "h3", "h4", "blockquote"):
        block.tail = "\n" + (block.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            return dt.date(*value[:3]).isoformat()
    return None


def _entry_article(entry: Any, index: int, path: Path, outlet: str | None, opts: ReadOptions) -> Article:
    source = f"{path}#entry{index}"
    bodies = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    body = _fragment_text(bodies[0] if bodies else entry.get("summary", "") or "")
    title = (entry.get("title") or "").strip() or None
    text = body if not title or body.startswith(title) else (f"{title}\n\n{body}" if body else title)
    check_text(text, source, opts.max_chars)
    link = entry.get("link") or None
    return Article(id=entry.get("id") or link or f"{path.stem}-{index}", text=text,
                   published=_entry_date(entry) or opts.published, language=opts.language, title=title,
                   url=link, outlet=outlet)


def read_feed(path: Path, opts: ReadOptions) -> list[ReadResult]:
    """One article per RSS/Atom entry: title, link, date and the content (or summary) as text."""
    import feedparser

    source = str(path)
    try:
        data = path.read_bytes()
        if b"\x00" in data[:8192]:
            raise InputError(source, "binary content (NUL bytes): expected an RSS or Atom feed")
        feed = feedparser.parse(data)
        if not feed.entries:
            why = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
            raise InputError(source, f"no feed entries found{why}: expected an RSS or Atom feed")
    except InputError as e:
        return [ReadResult(source, error=e)]
    except OSError as e:
        return [ReadResult(source, error=InputError(source, f"cannot read: {e.strerror or e}"))]
    outlet = feed.feed.get("title") or None
    out = []
    for i, entry in enumerate(feed.entries, start=1):
        try:
            out.append(ReadResult(f"{source}#entry{i}", _entry_article(entry, i, path, outlet, opts)))
        except InputError as e:
            out.append(ReadResult(f"{source}#entry{i}", error=e))
    return out


def _warc_date(value: str | None) -> str | None:
    return _safe_date(value, "WARC-Date") if value else None


def read_warc(path: Path, opts: ReadOptions) -> list[ReadResult]:
    """One article per HTML ``response`` record; the crawl date is the last fallback for the date."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    source = str(path)
    out: list[ReadResult] = []
    try:
        with path.open("rb") as fh:
            magic = fh.read(5)
            if magic[:2] != b"\x1f\x8b" and magic != b"WARC/":
                raise InputError(source, "not a WARC file: it starts neither with 'WARC/' nor with gzip data")
            fh.seek(0)
            for n, record in enumerate(ArchiveIterator(fh), start=1):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                ctype = record.http_headers.get_header("Content-Type") or ""
                if "html" not in ctype.lower():
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                where = f"{source}#{url or f'record{n}'}"
                try:
                    article = _html_article(record.content_stream().read(), where, f"{path.stem}-{n}", opts,
                                            url=url, fallback_date=_warc_date(record.rec_headers.get_header(
                                                "WARC-Date")))
                    out.append(ReadResult(where, article))
                except InputError as e:
                    out.append(ReadResult(where, error=e))
    except InputError as e:
        return [ReadResult(source, error=e)]
    except (ArchiveLoadFailed, OSError, ValueError, EOFError) as e:
        out.append(ReadResult(source, error=InputError(source, f"invalid WARC file: {e}")))
    if not out:
        out.append(ReadResult(source, error=InputError(source, "the WARC file has no HTML response records")))
    return out


READERS: dict[str, Reader] = {
    ".txt": _plain, ".json": _plain, ".jsonl": _plain,
    ".html": read_html, ".htm": read_html,
    ".xml": read_feed, ".rss": read_feed, ".atom": read_feed,
    ".warc": read_warc, ".warc.gz": read_warc,
}
"""File suffix → reader."""


def suffix_of(path: Path) -> str:
    name = path.name.lower()
    return next((s for s in sorted(READERS, key=len, reverse=True) if name.endswith(s)), path.suffix.lower())


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Every input file: files as given, folders walked recursively in sorted order.

    Inside folders, hidden files and files of unsupported types are skipped; a file named explicitly is
    always returned, so that an unsupported or missing one is reported.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path).parts
                if child.is_file() and not any(part.startswith(".") for part in rel) \
                        and suffix_of(child) in READERS:
                    yield child
        else:
            yield path


def read_file(path: Path, opts: ReadOptions) -> list[ReadResult]:
    """All articles (or errors) of one file."""
    source = str(path)
    if not path.exists():
        return [ReadResult(source, error=InputError(source, "no such file or directory"))]
    reader = READERS.get(suffix_of(path))
    if reader is None:
        allowed = ", ".join(sorted(READERS))
        return [ReadResult(source, error=InputError(source, f"unsupported file type {suffix_of(path)!r}: "
                                                            f"expected one of {allowed}"))]
    return reader(path, opts)


__all__ = ["READERS", "ReadOptions", "iter_files", "read_feed", "read_file", "read_html", "read_warc",
           "suffix_of"]
