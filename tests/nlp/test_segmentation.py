from __future__ import annotations

import pytest

from cronaca.pipeline import Extractor


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Russia and Ukraine swap prisoners\n\nRussia and Ukraine exchanged 84 prisoners. Talks stalled.",
     ["Russia and Ukraine swap prisoners", "Russia and Ukraine exchanged 84 prisoners.", "Talks stalled."]),
    ("it", "Attacco di droni massiccio\nLa Russia ha colpito Kiev.\nZelensky ha condannato l'attacco.",
     ["Attacco di droni massiccio", "La Russia ha colpito Kiev.", "Zelensky ha condannato l'attacco."]),
])
def test_line_breaks_end_sentences_and_spaces_stay_behind(lang: str, text: str, expected: list[str]) -> None:
    nlp = Extractor().pipeline(lang)
    doc = nlp(text)
    assert [s.text.strip() for s in doc.sents] == expected
    assert all(not s.text[0].isspace() for s in doc.sents)


@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Zelensky ha parlato con Trump. Poi ha detto che l'incontro è andato bene.",
     ["Zelensky ha parlato con Trump.", "Poi ha detto che l'incontro è andato bene."]),
    ("it", "«È un crimine», ha detto il presidente. «Risponderemo.» Il Cremlino tace.",
     ["«È un crimine», ha detto il presidente.", "«Risponderemo.»", "Il Cremlino tace."]),
    ("en", "The U.S. State Department said K. P. Sharma Oli resigned. Dr. Paudel spoke.",
     ["The U.S. State Department said K. P. Sharma Oli resigned.", "Dr. Paudel spoke."]),
])
def test_final_punctuation_before_a_capital_ends_a_sentence(lang: str, text: str, expected: list[str]) -> None:
    doc = Extractor().pipeline(lang)(text)
    assert [s.text.strip() for s in doc.sents] == expected
