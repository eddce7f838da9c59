"""Assembling and running the whole pipeline: language step, then extractors, then records."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from . import __version__
from .config import Config, load_config
from .errors import CronacaError, InputError, UnsupportedLanguageError
from .extract.entities import named_entities
from .ingest.readers import check_text, parse_published
from .nlp.langid import identify_language
from .nlp.models import SUPPORTED, _load
from .nlp.segmentation import add_paragraph_boundaries, keep_abbreviations
from .records import Article, Document
from .registry import add_components

log = logging.getLogger(__name__)

CODER = f"cronaca {__version__}"


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result of processing one article in a batch: a document or the error that stopped it."""

    source: str
    document: Document | None = None
    error: CronacaError | None = None


class Extractor:
    """Holds one assembled pipeline per language and turns articles into documents."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or load_config()
        self._pipelines: dict[str, Language] = {}

    def pipeline(self, language: str) -> Language:
        """The full pipeline for ``language``: spaCy model plus cronaca's components (built once)."""
        if language not in self._pipelines:
            nlp = _load(self.config.pipeline_for(language), language)
            self._pipelines[language] = add_components(add_paragraph_boundaries(keep_abbreviations(nlp)))
        return self._pipelines[language]

    def detect_language(self, article: Article) -> str:
        supported = tuple(lang for lang in self.config.languages if lang in SUPPORTED)
        if article.language and article.language != "auto":
            lang = article.language.lower()[:2]
            if lang not in supported:
                raise UnsupportedLanguageError(lang, supported, article.id)
            return lang
        guess = identify_language(article.text)
        if guess.language in supported:
            return guess.language
        if len(article.text) < 200:
            # langid is unreliable on short texts: pick the likeliest supported language
            return identify_language(article.text, supported).language
        raise UnsupportedLanguageError(guess.language, supported, article.id)

    def process(self, article: Article) -> Document:
        """Run the pipeline on one article.

        Raises:
            InputError: empty/oversized text or invalid publication date.
            UnsupportedLanguageError: the article is in a language without a language pack.
        """
        check_text(article.text, article.id, self.config.max_chars)
        published = parse_published(article.published, article.id)
        language = self.detect_language(article)
        if article.language != language or article.published != published:
            article = Article(id=article.id, text=article.text, published=published, language=language,
                              title=article.title, url=article.url, outlet=article.outlet)
        nlp = self.pipeline(language)
        doc = nlp.make_doc(article.text)
        doc._.cronaca_article = article
        doc._.cronaca_published = dt.date.fromisoformat(published) if published else None
        doc = nlp(doc)
        return document_from_doc(doc, article)

    def process_many(self, items: Iterable[tuple[str, Article | None, CronacaError | None]]
                     ) -> Iterator[Outcome]:
        """Process a batch; a failing article yields an error outcome and the batch goes on."""
        for source, article, error in items:
            if error is not None or article is None:
                yield Outcome(source, error=error or InputError(source, "no article"))
                continue
            try:
                yield Outcome(source, document=self.process(article))
            except CronacaError as e:
                yield Outcome(source, error=e)
            except Exception as e:  # an extractor bug must not lose the rest of the batch
                log.exception("internal error on %s", source)
                yield Outcome(source, error=CronacaError(f"{source}: internal error: {type(e).__name__}: {e}"))


def document_from_doc(doc: Doc, article: Article) -> Document:
    """Collect the records the components left on ``doc``.  The entity list holds the entities the
    article names; those reached only through a demonym or an unnamed office holder still serve the
    events and quotes (which carry their own participant objects)."""
    return Document(
        article=article,
        entities=tuple(named_entities(doc)),
        quotes=tuple(doc._.cronaca_quotes or ()),
        events=tuple(doc._.cronaca_events or ()),
        dates=tuple(doc._.cronaca_times or ()),
        quantities=tuple(doc._.cronaca_quantities or ()),
    )


_DEFAULT: Extractor | None = None


def extract(text: str, published: str | None = None, language: str | None = None,
            article_id: str = "text") -> Document:
    """Extract events, quotes, entities, quantities, dates and places from one article text.

    Args:
        text: the article text; every span in the result indexes into it.
        published: publication date ``YYYY-MM-DD``, the anchor for relative dates ("ieri", "Friday").
        language: ``"it"``, ``"en"`` or ``None``/``"auto"`` to detect it.
        article_id: id given to the article in the result.

    Returns:
        The :class:`~cronaca.records.Document` of RECORDS.md.

    Raises:
        InputError: empty or oversized text, invalid date.
        UnsupportedLanguageError: the text is in a language cronaca has no pack for.
    """
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT.process(Article(id=article_id, text=text, published=published, language=language))
