"""Time expressions resolved against the publication date, in Italian and English."""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from cronaca.extract.dates import date_for_sentence, event_date, nearest_time
from cronaca.nlp.models import blank_pipeline
from cronaca.records import TimeExpression
from cronaca.registry import add_components

PUBLISHED = dt.date(2025, 7, 5)  # a Saturday


@lru_cache(maxsize=2)
def _nlp(lang: str) -> Language:
    return add_components(blank_pipeline(lang), ("cronaca_dates",))


def _doc(lang: str, text: str, published: dt.date | None = PUBLISHED) -> Doc:
    nlp = _nlp(lang)
    doc = nlp.make_doc(text)
    doc._.cronaca_published = published
    return nlp(doc)


def _times(lang: str, text: str, published: dt.date | None = PUBLISHED) -> list[TimeExpression]:
    return list(_doc(lang, text, published)._.cronaca_times)


def _only(lang: str, text: str, raw: str) -> TimeExpression:
    found = [t for t in _times(lang, text) if t.raw_text == raw]
    assert found, f"{raw!r} not found in {[t.raw_text for t in _times(lang, text)]}"
    return found[0]


@pytest.mark.parametrize(("lang", "text", "raw", "date"), [
    ("it", "Il vertice si è tenuto venerdì a Roma.", "venerdì", "2025-07-04"),
    ("it", "Giovedì i ministri si sono incontrati.", "Giovedì", "2025-07-03"),
    ("it", "Le truppe sono entrate in città sabato.", "sabato", "2025-07-05"),
    ("it", "Il voto è previsto venerdì prossimo.", "venerdì prossimo", "2025-07-11"),
    ("it", "Lo scorso sabato la polizia ha sgomberato il campo.", "scorso sabato", "2025-06-28"),
    ("en", "The ministers met on Friday in Rome.", "Friday", "2025-07-04"),
    ("en", "Police said Tuesday that two men were held.", "Tuesday", "2025-07-01"),
    ("en", "The vote is due next Friday.", "next Friday", "2025-07-11"),
    ("en", "Troops entered the town last Saturday.", "last Saturday", "2025-06-28"),
])
def test_weekday_resolves_against_publication(lang: str, text: str, raw: str, date: str) -> None:
    t = _only(lang, text, raw)
    assert (t.date, t.precision) == (date, "day")


@pytest.mark.parametrize(("lang", "text", "raw", "date"), [
    ("it", "Il ministro ha parlato oggi ai giornalisti.", "oggi", "2025-07-05"),
    ("it", "Ieri sono stati arrestati due uomini.", "Ieri", "2025-07-04"),
    ("it", "L'altro ieri la sede è stata perquisita.", "L'altro ieri", "2025-07-03"),
    ("it", "La delegazione arriverà domani.", "domani", "2025-07-06"),
    ("en", "The minister spoke to reporters today.", "today", "2025-07-05"),
    ("en", "Two men were arrested yesterday.", "yesterday", "2025-07-04"),
    ("en", "The delegation arrives tomorrow.", "tomorrow", "2025-07-06"),
    ("en", "Talks ended the day before yesterday.", "the day before yesterday", "2025-07-03"),
])
def test_relative_days(lang: str, text: str, raw: str, date: str) -> None:
    assert _only(lang, text, raw).date == date


@pytest.mark.parametrize(("lang", "text", "raw", "date", "precision"), [
    ("it", "L'accordo è stato firmato il 12 marzo 2024.", "12 marzo 2024", "2024-03-12", "day"),
    ("it", "Le elezioni del 3 luglio hanno confermato il governo.", "3 luglio", "2025-07-03", "day"),
    ("it", "Il 1° maggio migliaia di persone hanno sfilato.", "1° maggio", "2025-05-01", "day"),
    ("it", "La crisi è iniziata a gennaio.", "gennaio", "2025-01-01", "month"),
    ("it", "Gli scontri sono ripresi a novembre.", "novembre", "2024-11-01", "month"),
    ("it", "La legge è stata approvata nel 2019.", "2019", "2019-01-01", "year"),
    ("it", "Il decreto del 2025-06-30 è in vigore.", "2025-06-30", "2025-06-30", "day"),
    ("en", "The treaty was signed on March 12, 2024.", "March 12, 2024", "2024-03-12", "day"),
    ("en", "The elections on July 3 confirmed the government.", "July 3", "2025-07-03", "day"),
    ("en", "The deal was signed on 12 March 2024.", "12 March 2024", "2024-03-12", "day"),
    ("en", "The fighting escalated in January.", "January", "2025-01-01", "month"),
    ("en", "Talks collapsed in April.", "April", "2025-04-01", "month"),
    ("en", "The law was passed in 2019.", "2019", "2019-01-01", "year"),
])
def test_explicit_dates(lang: str, text: str, raw: str, date: str, precision: str) -> None:
    t = _only(lang, text, raw)
    assert (t.date, t.precision) == (date, precision)


@pytest.mark.parametrize(("lang", "text", "raw", "date", "precision"), [
    ("it", "La settimana scorsa il parlamento ha votato.", "La settimana scorsa", "2025-06-23", "week"),
    ("it", "Il vertice è previsto la prossima settimana.", "la prossima settimana", "2025-07-07", "week"),
    ("it", "Il mese scorso i prezzi sono saliti.", "Il mese scorso", "2025-06-01", "month"),
    ("en", "Parliament voted last week.", "last week", "2025-06-23", "week"),
    ("en", "A meeting is planned next week.", "next week", "2025-07-07", "week"),
    ("en", "Prices rose last year.", "last year", "2024-01-01", "year"),
])
def test_periods_have_their_precision(lang: str, text: str, raw: str, date: str, precision: str) -> None:
    t = _only(lang, text, raw)
    assert (t.date, t.precision) == (date, precision)


@pytest.mark.parametrize(("lang", "text", "raw", "date", "end"), [
    ("it", "Nella notte tra giovedì e venerdì sono caduti missili.", "Nella notte tra giovedì e venerdì",
     "2025-07-03", "2025-07-04"),
    ("it", "Mercoledì è iniziato il raid. Le esplosioni sono andate avanti dalla prima serata fino all'alba.",
     "dalla prima serata fino all'alba", "2025-07-02", "2025-07-03"),
    ("it", "Le sirene hanno suonato stanotte.", "stanotte", "2025-07-04", "2025-07-05"),
    ("it", "Giovedì notte un drone ha colpito il porto.", "Giovedì notte", "2025-07-03", "2025-07-04"),
    ("en", "Drones struck the city overnight.", "overnight", "2025-07-04", "2025-07-05"),
    ("en", "The attack began on Wednesday and went on from evening to dawn.", "from evening to dawn",
     "2025-07-02", "2025-07-03"),
    ("en", "Explosions were heard Thursday night.", "Thursday night", "2025-07-03", "2025-07-04"),
    ("en", "Sirens sounded last night.", "last night", "2025-07-04", "2025-07-05"),
])
def test_night_spans_cross_midnight(lang: str, text: str, raw: str, date: str, end: str) -> None:
    t = _only(lang, text, raw)
    assert (t.date, t.end_date) == (date, end)


@pytest.mark.parametrize(("lang", "text", "raw", "date"), [
    ("it", "I ministri si sono visti venerdì. Questo avviene un giorno dopo che il premier ha incontrato il re.",
     "un giorno dopo che", "2025-07-03"),
    ("it", "Il ritiro è avvenuto due giorni dopo il vertice di mercoledì.", "due giorni dopo", "2025-07-04"),
    ("en", "The ministers met on Friday. It came a day after the president spoke with the king.",
     "a day after", "2025-07-03"),
    ("en", "The withdrawal came two days after Wednesday's summit.", "two days after", "2025-07-04"),
])
def test_offsets_from_another_moment(lang: str, text: str, raw: str, date: str) -> None:
    assert _only(lang, text, raw).date == date


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il ministro ha detto: “ci vediamo oggi”, dopo il vertice di giovedì."),
    ("en", "“We met today,” the minister said after the talks on Thursday."),
])
def test_today_inside_a_quote_is_the_speech_day(lang: str, text: str) -> None:
    quoted = [t for t in _times(lang, text) if t.raw_text.lower() in ("oggi", "today")]
    assert quoted and quoted[0].date == "2025-07-03"


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Alle 10 i 300 manifestanti sono partiti verso il centro."),
    ("en", "At 10 the 300 marchers set off; they may return."),
    ("en", "Demonstrators attempted to march on the parliament."),
])
def test_numbers_and_verbs_are_not_dates(lang: str, text: str) -> None:
    assert _times(lang, text) == []


@pytest.mark.parametrize("lang", ["it", "en"])
def test_relative_dates_without_publication_stay_unresolved(lang: str) -> None:
    word = {"it": "ieri", "en": "yesterday"}[lang]
    times = _times(lang, f"Il fatto: {word}." if lang == "it" else f"It happened {word}.", published=None)
    assert [t.date for t in times] == [None]


@pytest.mark.parametrize(("lang", "text", "offset", "raw"), [
    ("it", "Giovedì il governo ha votato e venerdì l'opposizione ha protestato.", 50, "venerdì"),
    ("en", "On Thursday the government voted and on Friday the opposition protested.", 55, "Friday"),
])
def test_nearest_time_picks_the_closest_expression(lang: str, text: str, offset: int, raw: str) -> None:
    doc = _doc(lang, text)
    near = nearest_time(doc, 0, len(text), offset)
    first = date_for_sentence(doc, 0, len(text))
    assert near is not None and near.raw_text == raw
    assert first is not None and first.date == "2025-07-03"


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Giovedì il ministro ha detto: “oggi non firmeremo”."),
    ("en", "On Thursday the minister said: “today we will not sign”."),
])
def test_every_span_reproduces_its_text(lang: str, text: str) -> None:
    for t in _times(lang, text):
        assert text[t.span.start:t.span.end] == t.raw_text


@pytest.mark.parametrize(("lang", "text", "sentence", "date"), [
    ("it", "Il presidente ha firmato l'accordo. Lo ha annunciato venerdì.", 0, "2025-07-04"),
    ("it", "Giovedì il ministro è arrivato a Roma. Ha incontrato il premier.", 1, "2025-07-03"),
    ("it", "Nella notte tra giovedì e venerdì sono caduti missili. Il sindaco ha condannato l'attacco.", 1,
     "2025-07-04"),
    ("it", "Il ministro ha incontrato il premier.", 0, "2025-07-05"),
    ("en", "The president signed the deal. He announced it on Friday.", 0, "2025-07-04"),
    ("en", "On Thursday the minister arrived in Rome. He met the prime minister.", 1, "2025-07-03"),
    ("en", "The minister met the prime minister.", 0, "2025-07-05"),
])
def test_event_date_falls_back_on_context(lang: str, text: str, sentence: int, date: str) -> None:
    doc = _doc(lang, text)
    start, end = [(s.start_char, s.end_char) for s in doc.sents][sentence]
    found = event_date(doc, start, end, start)
    assert found is not None and found.date == date
    assert text[found.span.start:found.span.end] == found.raw_text


def test_dev_seed_calls_are_dated(dev_dir: Path) -> None:
    article = json.loads((dev_dir / "it-seed.json").read_text(encoding="utf-8"))
    text = article["text"]
    doc = _doc("it", text, dt.date.fromisoformat(article["published"]))
    friday_call = text.index("per telefono venerdì")
    thursday_call = text.index("un giorno dopo che")
    assert nearest_time(doc, friday_call, friday_call + 40, friday_call).date == "2025-07-04"  # type: ignore[union-attr]
    assert nearest_time(doc, thursday_call, thursday_call + 40, thursday_call).date == "2025-07-03"  # type: ignore[union-attr]
    night = [t for t in doc._.cronaca_times if t.end_date]
    assert [(t.date, t.end_date) for t in night] == [("2025-07-03", "2025-07-04")]


@pytest.mark.parametrize(("lang", "text", "raw", "date"), [
    ("it", "Il premier incontrerà il re venerdì.", "venerdì", "2025-07-11"),
    ("it", "Il vertice è previsto per lunedì.", "lunedì", "2025-07-07"),
    ("it", "Ha detto venerdì che incontrerà il re.", "venerdì", "2025-07-04"),
    ("it", "Il voto si terrà il prossimo settembre.", "settembre", "2025-09-01"),
    ("en", "The premier will meet the king on Friday.", "Friday", "2025-07-11"),
    ("en", "He said on Friday that he will meet the king.", "Friday", "2025-07-04"),
    ("en", "The king, who will travel, met the premier on Monday.", "Monday", "2025-06-30"),
    ("en", "Elections are due next January.", "January", "2026-01-01"),
])
def test_future_context_moves_forward(lang: str, text: str, raw: str, date: str) -> None:
    assert _only(lang, text, raw).date == date
