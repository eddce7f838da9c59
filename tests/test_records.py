from __future__ import annotations

import json

import pytest

from cronaca.records import (
    EVENT_TYPES,
    QUAD_CLASS,
    Article,
    Document,
    Entity,
    Event,
    Location,
    Participant,
    Quantity,
    Quote,
    Span,
    TimeExpression,
)

TEXT = "La Russia ha colpito Kiev con 539 droni venerdì, ha detto l'Aeronautica."


def _doc() -> Document:
    art = Article(id="a1", text=TEXT, published="2025-07-05", language="it")
    russia = Entity(id="e1", entity_name="Russia", type="GPE", mentions=(Span(3, 9),), wikidata_id="Q159",
                    country="RUS", sector="GOV")
    drones = Quantity(value=539, qualifier="exact", raw_text="539", span=Span(30, 33), unit="droni")
    event = Event(
        id="ev1", event="ASSAULT", text=TEXT, sentence=Span(0, len(TEXT)), trigger=Span(13, 20),
        event_text="colpito", mode=("drone",), context=("military",), actor=(russia.participant(Span(3, 9), TEXT),),
        recipient=(Participant(raw_text="Kiev", entity_name="Ukraine", span=Span(21, 25), country="UKR"),),
        date="2025-07-04", date_precision="day",
        event_loc=Location(raw_text="Kiev", name="Kyiv", span=Span(21, 25), country="UKR", lat=50.45, lon=30.52),
        magnitude={"drones": drones}, confidence=0.8, coder="cronaca test", score=-9.0,
    )
    quote = Quote(id="q1", text="ha colpito", span=Span(10, 20), kind="partial", speaker=None)
    return Document(article=art, entities=(russia,), quotes=(quote,), events=(event,),
                    dates=(TimeExpression("venerdì", Span(40, 47), "2025-07-04"),), quantities=(drones,))


def test_document_round_trips_through_json() -> None:
    doc = _doc()
    again = Document.from_dict(json.loads(json.dumps(doc.to_dict())))
    assert again == doc


def test_event_dict_has_plover_fields_and_quad_code() -> None:
    d = _doc().to_dict()["events"][0]
    assert d["quad_code"] == 4
    assert d["text_info"]["actor"] == [[3, 9]]
    assert d["magnitude"]["drones"]["value"] == 539
    assert TEXT[slice(*d["text_info"]["trigger"])] == d["event_text"]


def test_quad_classes_cover_the_16_types() -> None:
    assert len(EVENT_TYPES) == 16
    assert set(QUAD_CLASS) == set(EVENT_TYPES)
    assert {QUAD_CLASS[t] for t in ("AGREE", "AID", "ACCUSE", "ASSAULT")} == {1, 2, 3, 4}


@pytest.mark.parametrize("start,end", [(-1, 2), (5, 3)])
def test_span_rejects_invalid_offsets(start: int, end: int) -> None:
    with pytest.raises(ValueError):
        Span(start, end)


def test_article_sha256_depends_on_text_only() -> None:
    a = Article(id="x", text="abc")
    b = Article(id="y", text="abc", title="t")
    assert a.sha256 == b.sha256 != Article(id="x", text="abd").sha256


def test_records_are_frozen() -> None:
    with pytest.raises(AttributeError):
        _doc().article.id = "other"  # type: ignore[misc]
