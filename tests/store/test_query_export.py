"""Every event, quote and entity filter, and every export format."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from cronaca.ingest.dedup import fingerprint
from cronaca.records import EVENT_TYPES
from cronaca.store import EntityFilter, EventFilter, QueryError, QuoteFilter, Store, export, open_store

from .corpus import corpus


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("store") / "corpus.duckdb"
    with open_store(path) as store:
        for doc in corpus():
            store.write_document(doc, "test", fingerprint(doc.article.text))
    return path


@pytest.fixture()
def store(db: Path) -> Iterator[Store]:
    with open_store(db, read_only=True) as s:
        yield s


@pytest.mark.parametrize("flt, expected", [
    (EventFilter(), ["it-1/e1", "it-1/e2", "en-1/e1", "it-2/e1"]),
    (EventFilter(types=("ASSAULT",)), ["it-1/e1"]),
    (EventFilter(types=("assault,protest",)), ["it-1/e1", "en-1/e1"]),
    (EventFilter(actor="russ"), ["it-1/e1"]),
    (EventFilter(actor="forze russe"), ["it-1/e1"]),             # raw text matches too
    (EventFilter(recipient="Russia"), ["it-1/e2"]),
    (EventFilter(recipient="european union"), ["en-1/e1"]),
    (EventFilter(country="ukr"), ["it-1/e1", "it-1/e2"]),
    (EventFilter(country="LBY"), ["it-2/e1"]),
    (EventFilter(country="BEL"), ["en-1/e1"]),                   # actor and location country
    (EventFilter(since="2025-03-04"), ["it-1/e2", "en-1/e1", "it-2/e1"]),  # e2 has no date: publication day
    (EventFilter(until="2025-03-03"), ["it-1/e1"]),
    (EventFilter(since="2025-03-05", until="2025-03-31"), ["en-1/e1"]),
    (EventFilter(place="kyiv"), ["it-1/e1"]),
    (EventFilter(place="Libia"), ["it-2/e1"]),
    (EventFilter(text="tractors"), ["en-1/e1"]),
    (EventFilter(text="aiuti umanitari"), ["it-2/e1"]),
    (EventFilter(text="100%"), []),                              # % is literal, not a wildcard
    (EventFilter(include_duplicates=True, types=("PROTEST",)), ["en-1/e1", "en-1-copy/e1"]),
    (EventFilter(types=("ASSAULT", "ACCUSE"), country="UKR", since="2025-03-04"), ["it-1/e2"]),
    (EventFilter(limit=2), ["it-1/e1", "it-1/e2"]),
])
def test_query_event_filters(store: Store, flt: EventFilter, expected: list[str]) -> None:
    assert [e.event.id for e in store.events(flt)] == expected


@pytest.mark.parametrize("kwargs, message", [
    ({"types": ("BOMB",)}, "unknown event type 'BOMB'"),
    ({"since": "03/04/2025"}, "YYYY-MM-DD"),
    ({"since": "2025-05-01", "until": "2025-04-01"}, "after"),
    ({"country": "Italy"}, "alpha-3"),
    ({"limit": -1}, "negative"),
])
def test_query_event_filter_rejects_bad_values(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(QueryError, match=message):
        EventFilter(**kwargs)  # type: ignore[arg-type]


def test_query_every_plover_type_accepted() -> None:
    assert EventFilter(types=EVENT_TYPES).types == EVENT_TYPES


@pytest.mark.parametrize("flt, expected", [
    (QuoteFilter(), ["en-1/q1", "it-2/q1"]),
    (QuoteFilter(speaker="berg"), ["en-1/q1"]),
    (QuoteFilter(speaker="ministro Tajani"), ["it-2/q1"]),
    (QuoteFilter(text="sostenere"), ["it-2/q1"]),
    (QuoteFilter(since="2025-03-20"), ["it-2/q1"]),
    (QuoteFilter(until="2025-03-20"), ["en-1/q1"]),
    (QuoteFilter(include_duplicates=True), ["en-1/q1", "en-1-copy/q1", "it-2/q1"]),
])
def test_query_quote_filters(store: Store, flt: QuoteFilter, expected: list[str]) -> None:
    assert [q.quote.id for q in store.quotes(flt)] == expected


@pytest.mark.parametrize("flt, expected", [
    (EntityFilter(types=("PER",)), ["Volodymyr Zelensky", "Anna Berg", "Antonio Tajani"]),
    (EntityFilter(types=("gpe",), country="LBY"), ["Libya"]),
    (EntityFilter(name="union"), ["European Union"]),
    (EntityFilter(country="ITA"), ["Italy", "Antonio Tajani"]),
    (EntityFilter(name="berg", include_duplicates=True), ["Anna Berg", "Anna Berg"]),
])
def test_query_entity_filters(store: Store, flt: EntityFilter, expected: list[str]) -> None:
    assert [e.entity.entity_name for e in store.entities(flt)] == expected


def test_query_entity_mentions_read_back(store: Store) -> None:
    (zelensky,) = store.entities(EntityFilter(name="Zelensky"))
    assert zelensky.entity.id == "it-1/n2"
    assert len(zelensky.entity.mentions) == 1


def test_query_stats_counts(store: Store) -> None:
    stats = store.stats(top=2)
    assert (stats.articles, stats.duplicates, stats.events, stats.quotes) == (4, 1, 4, 3)
    assert dict(stats.by_type) == {"ASSAULT": 1, "ACCUSE": 1, "PROTEST": 1, "AID": 1}
    assert dict(stats.by_day) == {"2025-03-03": 1, "2025-03-04": 1, "2025-03-10": 1, "2025-04-01": 1}
    assert len(stats.top_actors) == 2


PLOVER_KEYS = {"id", "event", "mode", "context", "auxiliary", "actor", "recipient", "date", "date_precision",
               "event_loc", "magnitude", "reported_by", "event_text", "text", "text_info", "quad_code",
               "score", "confidence", "coder", "article_id"}


def test_export_jsonl_has_plover_fields(store: Store) -> None:
    buf = io.StringIO()
    n = export.write_jsonl(store.events(EventFilter()), buf)
    records = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert n == len(records) == 4
    assert all(set(r) == PLOVER_KEYS for r in records)
    assault = records[0]
    assert assault["magnitude"]["dead"] == {"value": 5, "qualifier": "at_least", "raw_text": "almeno 5",
                                            "span": assault["magnitude"]["dead"]["span"]}
    assert assault["quad_code"] == 4 and assault["actor"][0]["country"] == "RUS"


def test_export_csv_flat_columns(store: Store) -> None:
    buf = io.StringIO()
    export.write_csv(store.events(EventFilter()), buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    header = list(rows[0])
    assert header[:len(export.EVENT_HEAD)] == list(export.EVENT_HEAD)
    assert {"magnitude_dead_value", "magnitude_drones_value", "magnitude_size_qualifier"} <= set(header)
    assert header.index("magnitude_dead_value") < header.index("event_text")
    first = rows[0]
    assert first["actor_entity_name"] == "Russia"
    assert first["event_loc_name"] == "Kyiv" and first["event_loc_country"] == "UKR"
    assert first["magnitude_dead_value"] == "5" and first["magnitude_dead_qualifier"] == "at_least"
    assert first["mode"] == "drone"


def test_export_quotes_and_entities_csv(store: Store) -> None:
    buf = io.StringIO()
    export.write_csv(store.quotes(QuoteFilter()), buf)
    quotes = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert [q["speaker_entity_name"] for q in quotes] == ["Anna Berg", "Antonio Tajani"]
    assert list(quotes[0]) == list(export.QUOTE_COLUMNS)
    buf = io.StringIO()
    export.write_csv(store.entities(EntityFilter(types=("GPE",))), buf)
    entities = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert list(entities[0]) == list(export.ENTITY_COLUMNS)
    assert entities[0]["mentions"].count("-") == int(entities[0]["mention_count"])


def test_export_parquet_roundtrip(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    n = export.write_parquet(store.events(EventFilter()), out)
    table = pq.read_table(out)
    assert n == table.num_rows == 4
    assert table.column("event").to_pylist() == ["ASSAULT", "ACCUSE", "PROTEST", "AID"]
    assert table.column("magnitude_drones_value").to_pylist()[0] == 40


def test_export_empty_result_keeps_header(store: Store, tmp_path: Path) -> None:
    buf = io.StringIO()
    assert export.write_csv(store.events(EventFilter(text="nothing like this")), buf, export.EVENT_COLUMNS) == 0
    assert buf.getvalue().strip().split(",") == list(export.EVENT_COLUMNS)
    out = tmp_path / "empty.parquet"
    export.write_parquet(iter(()), out, export.QUOTE_COLUMNS)
    assert pq.read_table(out).column_names == list(export.QUOTE_COLUMNS)


def test_export_participant_lists_stay_aligned() -> None:
    from cronaca.records import Event, Participant, Span
    from cronaca.store.base import StoredEvent

    event = Event(id="a/e1", event="CONSULT", text="x", sentence=Span(0, 1), trigger=Span(0, 1), event_text="x",
                  actor=(Participant("A", "Alpha", Span(0, 1), country="ITA"), Participant("B", "Beta")))
    row = export.flatten_event(StoredEvent("a", event))
    assert row["actor_entity_name"] == "Alpha; Beta"
    assert row["actor_country"] == "ITA; "
    assert row["actor_span"] == "0-1; "
    assert row["recipient_entity_name"] is None


@pytest.mark.parametrize("columns", [export.EVENT_COLUMNS, export.QUOTE_COLUMNS, export.ENTITY_COLUMNS])
def test_export_every_column_documented(columns: tuple[str, ...]) -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "export.md").read_text(encoding="utf-8")
    prefixes = ("actor", "recipient", "reported_by", "speaker")
    for column in columns:
        prefix = next((p for p in prefixes if column.startswith(p + "_")), None)
        assert f"`{column}`" in doc or f"{column}," in doc or f"{column}`" in doc \
            or (prefix is not None and f"{prefix}_*" in doc), f"{column} is not documented in docs/export.md"
