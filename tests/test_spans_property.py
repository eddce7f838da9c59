"""Property: whatever the text, every span of the output reproduces the characters it points to."""

from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from cronaca.errors import InputError
from cronaca.ingest.readers import check_text
from cronaca.pipeline import Extractor
from cronaca.records import Article
from cronaca.validation import span_violations

WORDS = ["Zelensky", "Trump", "Putin", "ha", "detto", "said", "la", "Russia", "ha colpito", "Kiev", "con",
         "539", "droni", "missiles", "almeno", "23", "feriti", "venerdì", "Friday", "ieri", "secondo",
         "according to", "“", "”", "«", "»", '"', "'", ",", ".", "\n", "arrestati", "sanzioni", "l’attacco",
         "Nazioni Unite", "the Kremlin", "uccidendo una persona", "at least 19 people were killed"]

_extractor = Extractor()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(st.one_of(st.sampled_from(WORDS), st.text(min_size=1, max_size=8)), min_size=1,
                      max_size=40),
       language=st.sampled_from(["it", "en"]))
def test_every_span_matches_the_text(parts: list[str], language: str) -> None:
    text = " ".join(parts)
    try:
        check_text(text, "prop")
    except InputError:
        assume(False)  # empty or binary-looking text is rejected before extraction, by design
    doc = _extractor.process(Article(id="prop", text=text, published="2025-07-05", language=language))
    assert span_violations(doc) == []
    for ent in doc.entities:
        for m in ent.mentions:
            assert 0 <= m.start <= m.end <= len(text)
