"""Offline language identification with py3langid (its model ships inside the wheel)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    language: str
    probability: float


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify_language(text: str, candidates: tuple[str, ...] | None = None) -> LanguageGuess:
    """Guess the language of ``text`` (ISO 639-1), optionally restricted to ``candidates``.

    Restricting the candidates makes short texts far more reliable, but the probability is then
    relative to those candidates only; use the unrestricted guess to detect an unsupported language.
    """
    ident = _identifier()
    sample = text[:5000]
    if candidates:
        ident.set_languages(list(candidates))
    else:
        ident.set_languages(None)
    lang, prob = ident.classify(sample)
    return LanguageGuess(str(lang), float(prob))
