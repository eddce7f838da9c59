"""MinHash fingerprints: republished stories match, different stories do not, in both languages."""

from __future__ import annotations

import pytest

from cronaca.ingest.dedup import BANDS, THRESHOLD, fingerprint, shingles

IT = ("Un incendio è divampato nella notte in un capannone industriale alla periferia di Brescia. I vigili del "
      "fuoco hanno lavorato per ore per spegnere le fiamme; non ci sono feriti, ma l'area è stata evacuata.")
EN = ("A fire broke out overnight in an industrial warehouse on the outskirts of Leeds. Firefighters worked for "
      "hours to put out the flames; nobody was injured, but the area was evacuated as a precaution.")


@pytest.mark.parametrize("original, republished", [
    (IT, IT + " (Fonte: agenzia regionale)"),
    (IT, "ULTIM'ORA - " + IT),
    (EN, EN + " Additional reporting by our correspondent."),
    (EN, EN.replace("Leeds", "LEEDS")),          # case does not matter
])
def test_dedup_republished_story_is_similar(original: str, republished: str) -> None:
    assert fingerprint(original).similarity(fingerprint(republished)) >= THRESHOLD
    assert set(fingerprint(original).bands) & set(fingerprint(republished).bands)


@pytest.mark.parametrize("a, b", [
    (IT, EN),
    (IT, "Il consiglio regionale ha approvato il bilancio dopo una lunga discussione in aula sulle tasse."),
    (EN, "The parliament approved the budget after a long debate on taxes and public spending cuts."),
])
def test_dedup_different_stories_are_not_similar(a: str, b: str) -> None:
    assert fingerprint(a).similarity(fingerprint(b)) < THRESHOLD


def test_dedup_fingerprint_is_deterministic_and_sized() -> None:
    first, second = fingerprint(EN), fingerprint(EN)
    assert first == second  # the same across calls (and processes: the seed is fixed)
    assert len(first.bands) == BANDS
    assert first.similarity(second) == 1.0


@pytest.mark.parametrize("text, expected", [
    ("uno due tre", {"uno due tre"}),
    ("Uno, due, tre, quattro, cinque, sei", {"uno due tre quattro cinque", "due tre quattro cinque sei"}),
])
def test_dedup_shingles(text: str, expected: set[str]) -> None:
    assert shingles(text) == expected
