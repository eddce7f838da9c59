"""Dates and counts as unseen news tells them, in Italian and English: the dawn of a named day, a day fixed
for something ahead, days told from the story's last day, scales glued to digits, arrest verbs and
gerunds, cue words reached across a date or a complement."""

from __future__ import annotations

import datetime as dt

import pytest

from cronaca.extract.quantities import quantity_fields
from cronaca.pipeline import Extractor
from cronaca.records import Article, TimeExpression

from .test_quantities import _doc  # the dates + quantities stages on a blank pipeline, published 2025-07-05

PUBLISHED = dt.date(2025, 7, 5)  # a Saturday




def _times(lang: str, text: str) -> list[TimeExpression]:
    return list(_doc(lang, text)._.cronaca_times)


def _time(lang: str, text: str, raw: str) -> TimeExpression:
    found = [t for t in _times(lang, text) if t.raw_text == raw]
    assert found, f"{raw!r} not in {[t.raw_text for t in _times(lang, text)]}"
    return found[0]


def _counts(lang: str, text: str) -> list[tuple[str | None, int, str, str]]:
    return [(f, q.value, q.qualifier, q.raw_text) for f, q in quantity_fields(_doc(lang, text))]


# --- dates ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "raw", "date"), [
    ("it", "I carabinieri hanno arrestato all'alba di martedì 27 persone.", "all'alba di martedì", "2025-07-01"),
    ("it", "La polizia ha sgomberato nelle prime ore di giovedì il centro sociale.", "nelle prime ore di giovedì",
     "2025-07-03"),
    ("it", "Il raid è scattato alle prime luci di venerdì.", "alle prime luci di venerdì", "2025-07-04"),
    ("it", "Il corteo è partito nella serata di mercoledì.", "nella serata di mercoledì", "2025-07-02"),
    ("en", "Police raided the camp early on Tuesday.", "early on Tuesday", "2025-07-01"),
    ("en", "Troops entered the town in the early hours of Thursday.", "in the early hours of Thursday",
     "2025-07-03"),
    ("en", "The strike hit the port at dawn on Friday.", "at dawn on Friday", "2025-07-04"),
    ("en", "The rally began on the evening of Wednesday.", "on the evening of Wednesday", "2025-07-02"),
])
def test_dawn_of_a_weekday_is_that_day(lang: str, text: str, raw: str, date: str) -> None:
    t = _time(lang, text, raw)
    assert (t.date, t.end_date) == (date, None)


@pytest.mark.parametrize(("lang", "text", "raw", "date"), [
    ("it", "Il sindacato ha proclamato per venerdì uno sciopero generale.", "venerdì", "2025-07-11"),
    ("it", "Il governo deve rispondere entro lunedì.", "lunedì", "2025-07-07"),
    ("it", "Il sindacato ha proclamato lo sciopero venerdì.", "venerdì", "2025-07-04"),
    ("en", "Unions called a general strike for Friday.", "Friday", "2025-07-11"),
    ("en", "Police arrested two men for Friday's attack.", "Friday", "2025-07-04"),
    ("en", "Unions called a general strike on Friday.", "Friday", "2025-07-04"),
])
def test_a_weekday_fixed_for_something_is_the_coming_one(lang: str, text: str, raw: str, date: str) -> None:
    assert _time(lang, text, raw).date == date


@pytest.mark.parametrize(("lang", "text", "raw", "date"), [
    ("it", "Martedì la polizia ha arrestato 27 persone. Nello stesso giorno la Corte ha confermato la condanna.",
     "Nello stesso giorno", "2025-07-01"),
    ("it", "Mercoledì è iniziato il vertice. Il giorno successivo i ministri hanno firmato l'accordo.",
     "Il giorno successivo", "2025-07-03"),
    ("it", "Giovedì l'esercito ha lanciato l'offensiva. L'indomani i ribelli si sono ritirati.", "L'indomani",
     "2025-07-04"),
    ("en", "Police arrested 27 people on Tuesday. On the same day the court upheld the sentence.",
     "On the same day", "2025-07-01"),
    ("en", "The summit opened on Wednesday. The next day the ministers signed the deal.", "The next day",
     "2025-07-03"),
    ("en", "Rebels withdrew on Friday. The previous day the army had shelled the town.", "The previous day",
     "2025-07-03"),
])
def test_a_day_told_from_the_story_day(lang: str, text: str, raw: str, date: str) -> None:
    assert _time(lang, text, raw).date == date


@pytest.mark.parametrize(("lang", "text", "raw"), [
    ("it", "Lo stesso giorno la Corte ha confermato la condanna.", "Lo stesso giorno"),  # no day named before
    ("it", "Lunedì si è votato. Il giorno successivo al voto il premier si è dimesso.", "Il giorno successivo"),
    ("en", "The same day the court upheld the sentence.", "The same day"),
    ("en", "Voters went to the polls on Monday. The next day of talks was cancelled.", "The next day"),
])
def test_no_story_day_without_a_day_or_when_counted_from_a_moment(lang: str, text: str, raw: str) -> None:
    assert raw not in [t.raw_text for t in _times(lang, text)]


# --- quantities ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "value", "raw"), [
    ("it", "A Roma circa 50mila persone hanno sfilato in corteo.", 50_000, "circa 50mila"),
    ("it", "Il governo ha stanziato 2,5miliardi per la ricostruzione.", 2_500_000_000, "2,5miliardi"),
    ("en", "Some 20thousand protesters marched.", 20_000, "Some 20thousand"),
    ("en", "The fund received 2bn in pledges.", 2_000_000_000, "2bn"),
])
def test_a_scale_glued_to_the_digits_multiplies_them(lang: str, text: str, value: int, raw: str) -> None:
    assert [(v, r) for _, v, _, r in _counts(lang, text)] == [(value, raw)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Workers built a 5m wall around the site."),
    ("it", "La squadra ha vinto 3a0 la finale."),
])
def test_a_glued_letter_or_word_is_no_scale(lang: str, text: str) -> None:
    assert all(v < 1000 for _, v, _, _ in _counts(lang, text))


@pytest.mark.parametrize(("lang", "text", "value", "qualifier"), [
    ("it", "A Mosca la polizia ha fermato una quindicina di manifestanti.", 15, "about"),
    ("it", "Sono stati arrestati un'ottantina di tifosi.", 80, "about"),
    ("it", "La polizia ha arrestato qualche decina di persone.", 20, "at_least"),
    ("en", "Police arrested two dozen protesters.", 24, "about"),
    ("en", "Police detained a few hundred people.", 200, "at_least"),
    ("it", "La polizia ha caricato il corteo e ha fermato quattro giovani.", 4, "exact"),
    ("it", "La polizia ha caricato i manifestanti, fermandone tre.", 3, "exact"),
    ("it", "La polizia belga ha fermato una trentina di persone.", 30, "about"),
    ("it", "I carabinieri hanno arrestato all'alba di martedì 27 persone.", 27, "exact"),
    ("it", "La polizia ha arrestato ieri sera dodici tifosi.", 12, "exact"),
    ("en", "Police detained 48 people on Tuesday.", 48, "exact"),
    ("en", "Police arrested on Tuesday 27 people in Palermo.", 27, "exact"),
    ("en", "Security forces moved to detain some 30 people outside the court.", 30, "about"),
])
def test_arrest_verbs_give_arrested_even_across_a_date(lang: str, text: str, value: int, qualifier: str) -> None:
    assert [(f, v, q) for f, v, q, _ in _counts(lang, text)] == [("arrested", value, qualifier)]


@pytest.mark.parametrize(("lang", "text", "value", "qualifier"), [
    ("it", "Intanto a Caserta circa duecento lavoratori dell'ex stabilimento Jabil hanno protestato.", 200,
     "about"),
    ("it", "Al corteo hanno preso parte oltre tremila persone.", 3000, "at_least"),
    ("it", "Israele ha liberato 183 prigionieri palestinesi.", 183, "exact"),
    ("en", "Organizers said about 15,000 people took part in the march.", 15_000, "about"),
    ("en", "More than 3,000 people participated in the rally.", 3000, "at_least"),
    ("en", "Israel freed 183 Palestinian prisoners from its jails.", 183, "exact"),
])
def test_taking_part_and_freed_prisoners_give_size(lang: str, text: str, value: int, qualifier: str) -> None:
    assert [(f, v, q) for f, v, q, _ in _counts(lang, text)] == [("size", value, qualifier)]


@pytest.mark.parametrize(("lang", "text", "field"), [
    ("it", "Nel carcere sono stati uccisi tre prigionieri.", "dead"),
    ("en", "Three prisoners were killed in the riot.", "dead"),
])
def test_a_casualty_word_still_beats_prisoners(lang: str, text: str, field: str) -> None:
    assert [f for f, _, _, _ in _counts(lang, text)] == [field]


# --- through the whole pipeline -------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "event", "date", "magnitude"), [
    ("it", "I carabinieri hanno arrestato all'alba di martedì 27 persone accusate di estorsione.", "COERCE",
     "2025-07-01", ("arrested", 27)),
    ("it", "A Torino la polizia ha caricato il corteo e ha fermato quattro giovani.", "COERCE", None,
     ("arrested", 4)),
    ("en", "Police arrested early on Tuesday 27 people accused of extortion.", "COERCE", "2025-07-01",
     ("arrested", 27)),
    ("en", "In Turin, police detained four young protesters.", "COERCE", None, ("arrested", 4)),
])
def test_event_date_and_count(lang: str, text: str, event: str, date: str | None,
                              magnitude: tuple[str, int]) -> None:
    doc = Extractor().process(Article(id="t", text=text, published=PUBLISHED.isoformat(), language=lang))
    found = [e for e in doc.events if e.event == event]
    assert found, [(e.event, e.event_text) for e in doc.events]
    if date is not None:
        assert found[0].date == date
    field, value = magnitude
    assert field in found[0].magnitude and found[0].magnitude[field].value == value


@pytest.mark.parametrize(("lang", "text", "event", "date"), [
    ("it", "Martedì i carabinieri hanno arrestato 27 persone. Nello stesso giorno la Corte d'appello ha "
           "confermato la condanna per il boss, ritenuto il mandante di due omicidi avvenuti nel 2008.",
     "SANCTION", "2025-07-01"),
    ("en", "On Tuesday police arrested 27 people. On the same day a court in Palermo sentenced the boss to life "
           "in prison for two murders committed in 2008.", "SANCTION", "2025-07-01"),
])
def test_same_day_beats_a_background_year(lang: str, text: str, event: str, date: str) -> None:
    doc = Extractor().process(Article(id="t", text=text, published=PUBLISHED.isoformat(), language=lang))
    found = [e for e in doc.events if e.event == event]
    assert found, [(e.event, e.event_text) for e in doc.events]
    assert found[0].date == date
