"""The evaluator on hand-made gold/prediction pairs whose scores are known."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cronaca.evaluation import evaluate, format_errors
from cronaca.evaluation.scoring import jaccard, match_one_to_one, names_agree
from cronaca.records import Article, Document, Entity, Event, Participant, Quantity, Quote, Span

TEXT = ("La Russia ha attaccato Kiev venerdì, uccidendo una persona. "
        "Zelensky ha condannato l'attacco. "
        "\"È un crimine\", ha detto Zelensky. "
        "Il Cremlino ha respinto le accuse.")
S1 = TEXT.index("La Russia")
S2 = TEXT.index("Zelensky ha condannato")
S3 = TEXT.index("\"È un")
S4 = TEXT.index("Il Cremlino")


def _sent(start: int) -> Span:
    end = TEXT.index(".", start) + 1
    return Span(start, end)


def _p(name: str, country: str | None) -> Participant:
    return Participant(raw_text=name, entity_name=name, country=country)


GOLD = {
    "id": "g1", "language": "it", "published": "2025-07-05", "text": TEXT,
    "gold": {
        "entities": [{"name": "Russia", "type": "GPE", "country": "RUS"},
                     {"name": "Kyiv", "type": "GPE", "country": "UKR"},
                     {"name": "Volodymyr Zelenskyy", "type": "PER", "country": "UKR"},
                     {"name": "Kremlin", "type": "ORG", "country": "RUS"}],
        "quotes": [{"speaker": "Volodymyr Zelenskyy", "text": "È un crimine", "optional": False}],
        "events": [
            {"event": "ASSAULT", "actor": [{"name": "Russia", "country": "RUS"}],
             "recipient": [{"name": "Ukraine", "country": "UKR"}], "date": ["2025-07-03", "2025-07-04"],
             "location": {"name": "Kyiv", "country": "UKR"},
             "magnitude": {"dead": {"value": 1, "qualifier": "exact"}}, "reported_by": None,
             "evidence": [TEXT[_sent(S1).start:_sent(S1).end]], "optional": False},
            {"event": "ACCUSE", "actor": [{"name": "Volodymyr Zelenskyy", "country": "UKR"}],
             "recipient": [{"name": "Russia", "country": "RUS"}], "date": None, "location": None,
             "magnitude": {}, "reported_by": None,
             "evidence": [TEXT[_sent(S2).start:_sent(S2).end]], "optional": False},
            {"event": "REJECT", "actor": [{"name": "Kremlin", "country": "RUS"}], "recipient": [],
             "date": None, "location": None, "magnitude": {}, "reported_by": None,
             "evidence": [TEXT[_sent(S4).start:_sent(S4).end]], "optional": True},
        ],
    },
}


def _event(i: int, etype: str, start: int, actor: list[Participant], recipient: list[Participant] | None = None,
           **kw: object) -> Event:
    sent = _sent(start)
    return Event(id=f"ev{i}", event=etype, text=TEXT[sent.start:sent.end], sentence=sent, trigger=Span(start, start),
                 event_text="", actor=tuple(actor), recipient=tuple(recipient or ()), **kw)  # type: ignore[arg-type]


def _prediction() -> Document:
    events = (
        # correct type, sentence, actor; right recipient, date, location and magnitude
        _event(1, "ASSAULT", S1, [_p("Russia", "RUS")], [_p("Ukraine", "UKR")], date="2025-07-04",
               magnitude={"dead": Quantity(1, "exact", "una persona", Span(0, 0))},
               event_loc=None),
        # right type and sentence, wrong actor: counts for type-only, not for events
        _event(2, "ACCUSE", S2, [_p("Donald Trump", "USA")], [_p("Russia", "RUS")]),
        # a spurious event in the quote sentence
        _event(3, "THREATEN", S3, [_p("Volodymyr Zelenskyy", "UKR")]),
        # matches the optional gold: neither TP nor FP
        _event(4, "REJECT", S4, [_p("Kremlin", "RUS")]),
    )
    quotes = (Quote(id="q1", text="È un crimine", span=Span(S3 + 1, S3 + 13), kind="direct",
                    speaker=_p("Zelensky", "UKR")),)
    entities = (Entity("e1", "Russia", "GPE", (Span(3, 9),)), Entity("e2", "Kyiv", "GPE", ()),
                Entity("e3", "Zelensky", "PER", ()), Entity("e4", "Moscow", "GPE", ()))
    return Document(article=Article(id="g1", text=TEXT), events=events, quotes=quotes, entities=entities)


@pytest.fixture()
def scored(tmp_path: Path) -> dict:  # type: ignore[type-arg]
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir()
    pred_dir.mkdir()
    (gold_dir / "g1.json").write_text(json.dumps(GOLD), encoding="utf-8")
    (pred_dir / "g1.json").write_text(json.dumps(_prediction().to_dict()), encoding="utf-8")
    return evaluate(gold_dir, pred_dir).to_dict()["groups"]


def test_event_precision_recall_with_optional_gold(scored: dict) -> None:  # type: ignore[type-arg]
    ev = scored["overall"]["events"]
    # TP: ASSAULT. FN: ACCUSE (wrong actor). FP: ACCUSE(Trump) and THREATEN. REJECT absorbed by optional gold.
    assert (ev["tp"], ev["fp"], ev["fn"]) == (1, 2, 1)
    assert ev["precision"] == pytest.approx(1 / 3, abs=1e-4)
    assert ev["recall"] == pytest.approx(0.5)
    assert ev["f1"] == pytest.approx(0.4)


def test_type_only_ignores_actors(scored: dict) -> None:  # type: ignore[type-arg]
    ev = scored["overall"]["events_type_only"]
    assert (ev["tp"], ev["fp"], ev["fn"]) == (2, 1, 0)


def test_field_accuracies_over_matched_pairs(scored: dict) -> None:  # type: ignore[type-arg]
    o = scored["overall"]
    assert o["recipient"] == {"accuracy": 1.0, "correct": 1, "total": 1}
    assert o["date"]["accuracy"] == 1.0  # 2025-07-04 is one of the accepted night dates
    assert o["location"] == {"accuracy": 0.0, "correct": 0, "total": 1}
    assert o["magnitude_fields"]["dead"]["accuracy"] == 1.0
    assert o["reported_by"]["total"] == 0


def test_quotes_and_speaker(scored: dict) -> None:  # type: ignore[type-arg]
    assert scored["overall"]["quotes"]["f1"] == 1.0
    # "Zelensky" is not the canonical "Volodymyr Zelenskyy": the speaker must be resolved to count
    assert scored["overall"]["speaker"] == {"accuracy": 0.0, "correct": 0, "total": 1}


def test_entities_as_article_level_sets(scored: dict) -> None:  # type: ignore[type-arg]
    ent = scored["overall"]["entities"]
    assert (ent["tp"], ent["fp"], ent["fn"]) == (2, 2, 2)
    assert scored["overall"]["entity_types"]["GPE"]["f1"] == pytest.approx(0.8)
    assert scored["it"]["articles"] == 1


def test_missing_prediction_is_reported_and_scored_empty(tmp_path: Path) -> None:
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir()
    pred_dir.mkdir()
    (gold_dir / "g1.json").write_text(json.dumps(GOLD), encoding="utf-8")
    report = evaluate(gold_dir, pred_dir)
    assert report.failures and "no prediction file" in report.failures[0]
    assert report.groups["overall"].events.fn == 2


def test_matching_is_one_to_one_and_maximal() -> None:
    # pred 0 fits both golds, pred 1 only gold 0: a greedy match would give 1 pair, the maximum is 2
    m = match_one_to_one([0, 1], [0, 1], lambda p, g: (p, g) in {(0, 0), (0, 1), (1, 0)})
    assert len(m) == 2 and m[1] == 0 and m[0] == 1


@pytest.mark.parametrize("a,b,expected", [
    ("Der Spiegel", "Spiegel", True), ("Kyiv", "kyiv", True), ("U.S.", "US", True),
    ("Russia", "Belarus", False), ("Kyiv", "", False),
])
def test_names_agree(a: str, b: str, expected: bool) -> None:
    assert names_agree(a, b) is expected


def test_jaccard_threshold_semantics() -> None:
    assert jaccard("molto importante e fruttuosa", "conversazione molto importante e fruttuosa") == 0.8
    assert jaccard("a b", "c d") == 0.0


def test_errors_list_every_miss_of_the_article(tmp_path: Path) -> None:
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir()
    pred_dir.mkdir()
    (gold_dir / "g1.json").write_text(json.dumps(GOLD), encoding="utf-8")
    (pred_dir / "g1.json").write_text(json.dumps(_prediction().to_dict()), encoding="utf-8")
    report = evaluate(gold_dir, pred_dir)
    errors = report.per_article[0][2].errors
    assert "location of ASSAULT Russia: expected Kyiv, got -" in errors
    assert any(e.startswith("missed event ACCUSE Volodymyr Zelenskyy -> Russia: «Zelensky ha condannato")
               for e in errors)
    assert sum(e.startswith("extra event") for e in errors) == 2  # ACCUSE by Trump, THREATEN; not the optional REJECT
    assert "speaker of «È un crimine»: expected Volodymyr Zelenskyy, got Zelensky" in errors
    assert {e for e in errors if "entity" in e} == {
        "missed entity ORG kremlin", "missed entity PER volodymyr zelenskyy",
        "extra entity GPE moscow", "extra entity PER zelensky"}
    text = format_errors(report)
    assert text.startswith("== g1 (it)") and "extra event THREATEN" in text


def test_location_over_all_pairs_counts_a_place_the_gold_leaves_out(tmp_path: Path) -> None:
    from cronaca.records import Location

    gold = json.loads(json.dumps(GOLD))
    # the ACCUSE gold (no place) is matched by a Zelenskyy ACCUSE placed in Kyiv: wrong over all pairs only
    gold["gold"]["events"][0]["location"] = None
    pred = _prediction()
    kyiv = Location(raw_text="Kiev", name="Kyiv", country="UKR")
    events = (pred.events[0], _event(2, "ACCUSE", S2, [_p("Volodymyr Zelenskyy", "UKR")], [_p("Russia", "RUS")],
                                     event_loc=kyiv))
    pred = Document(article=pred.article, events=events, quotes=pred.quotes, entities=pred.entities)
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir()
    pred_dir.mkdir()
    (gold_dir / "g1.json").write_text(json.dumps(gold), encoding="utf-8")
    (pred_dir / "g1.json").write_text(json.dumps(pred.to_dict()), encoding="utf-8")
    o = evaluate(gold_dir, pred_dir).to_dict()["groups"]["overall"]
    assert o["location"]["total"] == 0
    # ASSAULT: no place in gold, none predicted (right); ACCUSE: none in gold, Kyiv predicted (wrong)
    assert o["location_all"] == {"accuracy": 0.5, "correct": 1, "total": 2}
