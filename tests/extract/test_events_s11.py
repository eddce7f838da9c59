"""Event rules of the eleventh session.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from cronaca.pipeline import Extractor

from .helpers import event_triples


@pytest.mark.parametrize("text,actor", [
    ("I leader dell'Unione europea hanno condannato l'attacco della Russia.", "European Union"),
    ("Il leader dell'Unione africana ha condannato l'attacco della Russia.", "African Union"),
])
def test_a_role_of_an_organisation_with_no_known_holder_leaves_the_organisation_as_actor(
        extractor: Extractor, text: str, actor: str) -> None:
    found = event_triples(extractor, "it", text)
    assert ("ACCUSE", [actor], ["Russia"]) in found, found


def test_a_plural_role_word_is_no_single_office_holder(extractor: Extractor) -> None:
    # "i leader europei": before, the invariable "leader" was read as one person, the leader of the country
    # the sentence names (Russia's prime minister)
    found = event_triples(extractor, "it", "I leader europei hanno raggiunto un accordo sulle sanzioni contro la "
                                            "Russia.", published="2025-07-05")
    assert not any(actors and "Mishustin" in " ".join(actors) for _, actors, _ in found), found


def test_a_role_with_a_known_holder_is_still_the_holder(extractor: Extractor) -> None:
    found = event_triples(extractor, "it", "Il leader degli Stati Uniti ha condannato l'attacco russo.",
                          published="2025-07-05")
    assert ("ACCUSE", ["Donald Trump"], ["Russia"]) in found, found
