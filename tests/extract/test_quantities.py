"""Counted amounts: number forms, qualifiers and the field each one measures, in Italian and English."""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from cronaca.extract.quantities import event_magnitudes, field_of, magnitudes_in, quantity_fields
from cronaca.nlp.models import blank_pipeline
from cronaca.registry import add_components


@lru_cache(maxsize=2)
def _nlp(lang: str) -> Language:
    return add_components(blank_pipeline(lang), ("cronaca_dates", "cronaca_quantities"))


def _doc(lang: str, text: str) -> Doc:
    nlp = _nlp(lang)
    doc = nlp.make_doc(text)
    doc._.cronaca_published = dt.date(2025, 7, 5)
    return nlp(doc)


def _found(lang: str, text: str) -> list[tuple[str | None, int, str, str]]:
    return [(f, q.value, q.qualifier, q.raw_text) for f, q in quantity_fields(_doc(lang, text))]


@pytest.mark.parametrize(("lang", "text", "value", "raw"), [
    ("it", "Sono stati lanciati 539 droni.", 539, "539"),
    ("it", "Hanno sfilato 1.200 manifestanti.", 1200, "1.200"),
    ("it", "Nel paese ci sono 7 milioni di sfollati.", 7_000_000, "7 milioni"),
    ("it", "Sono stati contati 1,5 milioni di sfollati.", 1_500_000, "1,5 milioni"),
    ("it", "Nell'attacco sono morti ventitré soldati.", 23, "ventitré"),
    ("it", "L'esplosione ha ucciso una persona.", 1, "una"),
    ("it", "Sono rimasti feriti tre agenti.", 3, "tre"),
    ("en", "Russia launched 539 drones.", 539, "539"),
    ("en", "Some 4,000 troops crossed the border.", 4000, "Some 4,000"),
    ("en", "The war displaced 7 million people.", 7_000_000, "7 million"),
    ("en", "The war displaced 7.5 million people.", 7_500_000, "7.5 million"),
    ("en", "Twenty-three soldiers were killed.", 23, "Twenty-three"),
    ("en", "One person was killed in the blast.", 1, "One"),
    ("en", "Police detained three hundred protesters.", 300, "three hundred"),
])
def test_number_forms(lang: str, text: str, value: int, raw: str) -> None:
    assert any(v == value and r == raw for _, v, _, r in _found(lang, text)), _found(lang, text)


@pytest.mark.parametrize(("lang", "text", "qualifier", "raw"), [
    ("it", "Sono morte almeno 12 persone.", "at_least", "almeno 12"),
    ("it", "Sono rimasti feriti oltre 300 civili.", "at_least", "oltre 300"),
    ("it", "Sono stati arrestati più di 40 manifestanti.", "at_least", "più di 40"),
    ("it", "In piazza c'erano circa 5.000 manifestanti.", "about", "circa 5.000"),
    ("it", "Il raid ha coinvolto fino a 80 droni.", "at_most", "fino a 80"),
    ("it", "Sono morte 12 persone.", "exact", "12"),
    ("en", "At least 12 people died.", "at_least", "At least 12"),
    ("en", "More than 300 civilians were injured.", "at_least", "More than 300"),
    ("en", "About 5,000 protesters gathered.", "about", "About 5,000"),
    ("en", "Nearly 90 people were hurt.", "about", "Nearly 90"),
    ("en", "The raid involved up to 80 drones.", "at_most", "up to 80"),
    ("en", "Over 40 protesters were arrested.", "at_least", "Over 40"),
    ("en", "12 people died.", "exact", "12"),
])
def test_qualifiers(lang: str, text: str, qualifier: str, raw: str) -> None:
    assert any(q == qualifier and r == raw for _, _, q, r in _found(lang, text)), _found(lang, text)


@pytest.mark.parametrize(("lang", "text", "value", "qualifier"), [
    ("it", "Decine di persone sono state ferite.", 20, "at_least"),
    ("it", "Centinaia di manifestanti hanno sfilato.", 200, "at_least"),
    ("it", "Migliaia di sfollati sono in fuga.", 2000, "at_least"),
    ("it", "Una decina di agenti è intervenuta.", 10, "about"),
    ("en", "Dozens of people were injured.", 24, "at_least"),
    ("en", "Hundreds of protesters marched.", 200, "at_least"),
    ("en", "Tens of thousands of people fled.", 20000, "at_least"),
    ("en", "A dozen police officers were hurt.", 12, "about"),
])
def test_vague_amounts(lang: str, text: str, value: int, qualifier: str) -> None:
    assert any(v == value and q == qualifier for _, v, q, _ in _found(lang, text)), _found(lang, text)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("it", "Il bombardamento ha colpito il mercato, uccidendo due persone, ferendo almeno 17 e distruggendo case.",
     {"dead": (2, "exact"), "injured": (17, "at_least")}),
    ("it", "L'esercito ha lanciato 120 droni e 8 missili.", {"drones": (120, "exact"), "missiles": (8, "exact")}),
    ("it", "La polizia ha disposto l'arresto di 35 persone.", {"arrested": (35, "exact")}),
    ("it", "Dopo i 35 arresti la procura ha parlato.", {"arrested": (35, "exact")}),
    ("it", "Sono impegnati 900 carabinieri.", {"size": (900, "exact")}),
    ("it", "Nel naufragio ci sono 14 dispersi.", {"missing": (14, "exact")}),
    ("it", "Sono stati sparati 40 colpi di artiglieria.", {"shells": (40, "exact")}),
    ("it", "Nell'imboscata 12 soldati sono stati uccisi.", {"dead": (12, "exact")}),
    ("en", "At least 8 people were killed and more than 60 others were injured.",
     {"dead": (8, "at_least"), "injured": (60, "at_least")}),
    ("en", "Gunmen opened fire, killing 4 people and wounding 11.", {"dead": (4, "exact"), "injured": (11, "exact")}),
    ("en", "Russia fired 60 drones and 4 missiles overnight.", {"drones": (60, "exact"), "missiles": (4, "exact")}),
    ("en", "Police arrested 35 people after the march.", {"arrested": (35, "exact")}),
    ("en", "About 2,000 troops were deployed.", {"size": (2000, "about")}),
    ("en", "Organisers said 10,000 protesters joined.", {"size": (10000, "exact")}),
    ("en", "Three people remain missing.", {"missing": (3, "exact")}),
    ("en", "Artillery fired 300 shells at the town.", {"shells": (300, "exact")}),
])
def test_fields_from_nouns_and_verbs(lang: str, text: str, expected: dict[str, tuple[int, str]]) -> None:
    doc = _doc(lang, text)
    got = {k: (q.value, q.qualifier) for k, q in magnitudes_in(doc, 0, len(text)).items()}
    assert got == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Nel 2024 il governo è caduto."),
    ("it", "La conferenza si terrà alle 10 in prefettura."),
    ("it", "Il 9° reggimento e il 12° battaglione sono partiti."),
    ("it", "Il tasso è salito al 20%."),
    ("it", "Il ragazzo di 19 anni è stato fermato il 5 luglio."),
    ("it", "Tu sei qui da una settimana."),
    ("en", "In 2024 the government fell."),
    ("en", "The briefing starts at 10 a.m."),
    ("en", "The 9th regiment left; the rate rose to 20 percent."),
    ("en", "A 19-year-old was held on July 5 by M23 rebels during COVID-19."),
    ("en", "The man, 45, had lived there for 10 years."),
])
def test_not_quantities(lang: str, text: str) -> None:
    doc = _doc(lang, text)
    assert magnitudes_in(doc, 0, len(text)) == {}
    assert all(q.value not in (2024, 10, 9, 12, 20, 19, 5, 23) for _, q in quantity_fields(doc))


@pytest.mark.parametrize(("lang", "text", "field", "unit"), [
    ("it", "La tempesta ha danneggiato 40 edifici.", "edifici", "edifici"),
    ("en", "The storm damaged 40 buildings.", "buildings", "buildings"),
])
def test_open_field_is_the_counted_noun(lang: str, text: str, field: str, unit: str) -> None:
    doc = _doc(lang, text)
    (quantity,) = doc._.cronaca_quantities
    assert field_of(doc, quantity) == field and quantity.unit == unit
    assert magnitudes_in(doc, 0, len(text)) == {}
    assert magnitudes_in(doc, 0, len(text), open_fields=True)[field] == quantity


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Uccidendo una persona e ferendo almeno 23 civili, i 539 droni hanno colpito 1.200 case."),
    ("en", "Killing one person and wounding at least 23, some 4,000 troops crossed."),
])
def test_spans_reproduce_raw_text(lang: str, text: str) -> None:
    doc = _doc(lang, text)
    assert doc._.cronaca_quantities
    for q in doc._.cronaca_quantities:
        assert text[q.span.start:q.span.end] == q.raw_text


def test_magnitudes_only_inside_the_range() -> None:
    text = "Sono morte 3 persone. Poi sono stati lanciati 50 droni."
    doc = _doc("it", text)
    first = text.index(".") + 1
    assert set(magnitudes_in(doc, 0, first)) == {"dead"}
    assert set(magnitudes_in(doc, first, len(text))) == {"drones"}


@pytest.mark.parametrize(("name", "expected"), [
    ("it-seed.json", {"dead": (1, "exact"), "injured": (23, "at_least"), "drones": (539, "exact"),
                      "missiles": (11, "exact")}),
    ("it-10.json", {"arrested": (181, "exact"), "size": (1200, "exact")}),
    ("en-11.json", {"dead": (19, "at_least"), "injured": (300, "at_least")}),
    ("en-08.json", {"size": (4000, "about")}),
])
def test_dev_articles_magnitudes(dev_dir: Path, name: str, expected: dict[str, tuple[int, str]]) -> None:
    article = json.loads((dev_dir / name).read_text(encoding="utf-8"))
    doc = _doc(article["language"], article["text"])
    got = {k: (q.value, q.qualifier) for k, q in magnitudes_in(doc, 0, len(article["text"])).items()}
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("it", "Nello scontro c'è stato un morto e un uomo è stato arrestato.", {"dead": (1, "exact"),
                                                                          "arrested": (1, "exact")}),
    ("it", "Un drone ha colpito una casa.", {}),
    ("en", "A soldier was killed in the blast.", {"dead": (1, "exact")}),
    ("en", "A police officer said a drone hit a person nearby.", {}),
])
def test_articles_count_only_people(lang: str, text: str, expected: dict[str, tuple[int, str]]) -> None:
    doc = _doc(lang, text)
    got = {k: (q.value, q.qualifier) for k, q in magnitudes_in(doc, 0, len(text)).items()}
    assert got == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("it", "I droni hanno colpito la città, uccidendo due persone. In tutto sono stati lanciati 80 droni. "
           "Altrove sono morte 5 persone.", {"dead": (2, "exact"), "drones": (80, "exact")}),
    ("en", "Drones hit the city, killing two people. In all, 80 drones were launched. Elsewhere 5 people died.",
     {"dead": (2, "exact"), "drones": (80, "exact")}),
])
def test_event_magnitudes_top_up_from_the_next_sentence(lang: str, text: str,
                                                        expected: dict[str, tuple[int, str]]) -> None:
    doc = _doc(lang, text)
    first = next(iter(doc.sents))
    got = event_magnitudes(doc, [(first.start_char, first.end_char)], follow=1)
    assert {k: (q.value, q.qualifier) for k, q in got.items()} == expected


@pytest.mark.parametrize("text", ["Una superficie di 40 m² è stata colpita.", "Sono arrivati ٣ droni.",
                                  "Numero ²³ e ¹."])
def test_non_ascii_digits_are_not_read_as_numbers_and_do_not_crash(text: str) -> None:
    from cronaca.pipeline import Extractor
    from cronaca.records import Article

    doc = Extractor().process(Article(id="t", text=text, published="2025-07-05", language="it"))
    assert all(q.raw_text.isascii() or not q.raw_text[0].isdigit() for q in doc.quantities)
