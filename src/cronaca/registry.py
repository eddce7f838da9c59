"""The component registry: every cronaca stage registered as a versioned spaCy factory.

All registrations happen in :func:`register_builtins`, called once when a pipeline is assembled, so
importing a module never registers anything as a side effect.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.language import Language

from .errors import PipelineError
from .extract.docext import register_extensions


@dataclass(frozen=True, slots=True)
class ComponentSpec:
    """A pipeline stage: spaCy factory name, pipe name, what it reads and what it writes."""

    factory: str
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    load: Callable[[], Callable[..., Any]]


def _parse_repair() -> Callable[..., Any]:
    from .nlp.parse_repair import ParseRepair
    return ParseRepair


def _dates() -> Callable[..., Any]:
    from .extract.dates import DateExtractor
    return DateExtractor


def _entities() -> Callable[..., Any]:
    from .extract.entities import EntityExtractor
    return EntityExtractor


def _places() -> Callable[..., Any]:
    from .extract.places import PlaceExtractor
    return PlaceExtractor


def _quantities() -> Callable[..., Any]:
    from .extract.quantities import QuantityExtractor
    return QuantityExtractor


def _quotes() -> Callable[..., Any]:
    from .extract.quotes import QuoteExtractor
    return QuoteExtractor


def _attribution() -> Callable[..., Any]:
    from .extract.attribution import AttributionExtractor
    return AttributionExtractor


def _events() -> Callable[..., Any]:
    from .extract.events import EventExtractor
    return EventExtractor


BUILTINS: tuple[ComponentSpec, ...] = (
    # mends a sentence whose main verb the parser hung on its subject noun ("The office called for ...")
    ComponentSpec("cronaca_parse_repair_v1", "cronaca_parse_repair", (), ("token.head", "token.dep"), _parse_repair),
    ComponentSpec("cronaca_dates_v1", "cronaca_dates", ("doc._.cronaca_published",),
                  ("doc._.cronaca_times",), _dates),
    # the entities stage also drops the time expressions that are part of a name ("Movimento 23 marzo")
    ComponentSpec("cronaca_entities_v1", "cronaca_entities", (),
                  ("doc._.cronaca_entities", "doc._.cronaca_mentions", "doc._.cronaca_times"), _entities),
    ComponentSpec("cronaca_places_v1", "cronaca_places", ("doc._.cronaca_entities",),
                  ("doc._.cronaca_locations",), _places),
    ComponentSpec("cronaca_quantities_v1", "cronaca_quantities", (),
                  ("doc._.cronaca_quantities",), _quantities),
    ComponentSpec("cronaca_quotes_v1", "cronaca_quotes", ("doc._.cronaca_mentions",),
                  ("doc._.cronaca_quotes",), _quotes),
    ComponentSpec("cronaca_attribution_v1", "cronaca_attribution", ("doc._.cronaca_mentions",),
                  ("doc._.cronaca_sources",), _attribution),
    ComponentSpec("cronaca_events_v1", "cronaca_events",
                  ("doc._.cronaca_mentions", "doc._.cronaca_times", "doc._.cronaca_quantities",
                   "doc._.cronaca_locations", "doc._.cronaca_sources"),
                  ("doc._.cronaca_events",), _events),
)
"""The default stages, in pipeline order."""


def _make_factory(spec: ComponentSpec) -> Callable[[Language, str], Any]:
    def create(nlp: Language, name: str) -> Any:
        return spec.load()(nlp, name)

    return create


def register_builtins() -> None:
    """Register every built-in component as a spaCy factory (idempotent)."""
    register_extensions()
    for spec in BUILTINS:
        if not Language.has_factory(spec.factory):
            Language.factory(spec.factory, requires=list(spec.requires), assigns=list(spec.assigns),
                             func=_make_factory(spec))


def add_components(nlp: Language, names: tuple[str, ...] | None = None) -> Language:
    """Append cronaca's components (all built-ins by default) to ``nlp``, checking each one's requirements.

    Raises:
        PipelineError: a component is unknown or something it requires is assigned by no earlier component.
    """
    register_builtins()
    by_name = {s.name: s for s in BUILTINS}
    wanted = names if names is not None else tuple(by_name)
    assigned: set[str] = {"doc._.cronaca_published", "doc._.cronaca_article"}
    for name in wanted:
        if name not in by_name:
            raise PipelineError(f"unknown component {name!r}; known components: {', '.join(by_name)}")
        spec = by_name[name]
        missing = [r for r in spec.requires if r not in assigned]
        if missing:
            raise PipelineError(
                f"component {name!r} requires {', '.join(missing)}, which no earlier component assigns; "
                f"add the component that assigns it before {name!r}")
        nlp.add_pipe(spec.factory, name=name)
        assigned.update(spec.assigns)
    return nlp
