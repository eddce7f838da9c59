"""Extractors: spaCy components that find entities, quotes, quantities, dates, places, attribution and events."""
