"""Errors raised by cronaca.

Every message says what was received, what is allowed, and the likely fix.
"""

from __future__ import annotations


class CronacaError(Exception):
    """Base class of all cronaca errors."""


class InputError(CronacaError):
    """An input article or file cannot be read; ``source`` names it."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ConfigError(CronacaError):
    """A setting has an invalid value or the config file cannot be read."""


class PipelineError(CronacaError):
    """The pipeline cannot be assembled (missing component, unmet requirement, missing model)."""


class UnsupportedLanguageError(CronacaError):
    """The article's language has no language pack."""

    def __init__(self, language: str, supported: tuple[str, ...], source: str = "<text>") -> None:
        super().__init__(
            f"{source}: language {language!r} is not supported; supported languages are "
            f"{', '.join(supported)}. Pass --language to override the detection if it is wrong."
        )
        self.language = language
        self.source = source
