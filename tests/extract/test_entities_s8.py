"""Entity-stage rules of the eighth session: an organisation named by its owner's possessive keeps the
owner's first name.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from cronaca.pipeline import Extractor
from cronaca.records import Article


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(("text", "org", "raw"), [
    ("Israeli Prime Minister Benjamin Netanyahu's office condemned the attack.",
     "Prime Minister's Office (Israel)", "Benjamin Netanyahu's office"),
    ("Yesterday Netanyahu's office condemned the attack.",  # a common word is no first name
     "Prime Minister's Office (Israel)", "Netanyahu's office"),
])
def test_a_possessive_office_keeps_its_owners_first_name(extractor: Extractor, text: str, org: str,
                                                         raw: str) -> None:
    doc = extractor.process(Article(id="p", text=text, published="2025-02-01", language="en"))
    names = [e.entity_name for e in doc.entities]
    assert org in names and not any(n in ("Benjamin", "Yesterday") for n in names), names
    office = next(e for e in doc.entities if e.entity_name == org)
    assert [text[m.start:m.end] for m in office.mentions] == [raw]
