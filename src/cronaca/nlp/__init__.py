"""The language stage: language identification and the spaCy pipelines."""

from .langid import LanguageGuess, identify_language
from .models import load_pipeline

__all__ = ["LanguageGuess", "identify_language", "load_pipeline"]
