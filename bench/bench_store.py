"""Benchmark the store: write throughput alone and with extraction, and a filter query over 1 M events.

Usage:
    .venv/bin/python bench/bench_store.py [--articles 2000] [--extract-articles 200] [--events 1000000]
                                          [--out bench/results/store.json]

Everything runs in a temporary folder; synthetic texts and rows are generated here (seeded), nothing is
downloaded. The figures land in the JSON file given by ``--out`` and are printed as a Markdown table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import tempfile
import time
from pathlib import Path
from typing import Any

from cronaca.config import Config
from cronaca.ingest.dedup import fingerprint
from cronaca.ingest.outcomes import Incoming
from cronaca.ingest.runner import BATCH_SIZE, IngestOptions, ingest
from cronaca.pipeline import Extractor
from cronaca.records import EVENT_TYPES, Article, Document, Entity, Event, Participant, Quantity, Span
from cronaca.store import EventFilter, open_store

SENTENCES = [
    "Il ministro degli Esteri ha incontrato a {city} il suo omologo per discutere della crisi.",
    "La polizia ha arrestato {n} persone durante gli scontri nel centro di {city}.",
    "Migliaia di lavoratori hanno scioperato a {city} per chiedere salari più alti.",
    "The government of {city} announced {n} million euros in aid for the flooded regions.",
    "Protesters marched through {city} on Sunday to oppose the new security law.",
    "Officials in {city} condemned the attack, which killed at least {n} people.",
    "The two leaders signed a trade agreement in {city} after months of talks.",
    "Il governo ha inviato {n} camion di aiuti umanitari a {city} dopo il terremoto.",
]
CITIES = ["Roma", "Milano", "Napoli", "London", "Paris", "Kyiv", "Berlin", "Madrid", "Tunis", "Beirut"]
TYPES = ["ASSAULT", "PROTEST", "CONSULT", "AID", "ACCUSE", "AGREE", "COERCE", "REQUEST"]


def machine() -> dict[str, Any]:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    return {"nproc": os.cpu_count(), "cpu": model, "memory_gb": mem_gb, "python": platform.python_version(),
            "load_1min_at_start": load}


def synthetic_text(rng: random.Random, i: int) -> str:
    parts = rng.sample(SENTENCES, 5)
    body = " ".join(s.format(city=rng.choice(CITIES), n=rng.randint(2, 500)) for s in parts)
    return f"{body} (articolo {i})"


def synthetic_document(rng: random.Random, i: int) -> Document:
    """A document with 3 events (2 participants and a magnitude each), 4 entities, no extractor involved."""
    text = synthetic_text(rng, i)
    aid = f"a{i:07d}"
    ents = tuple(Entity(f"n{k}", f"Entity {rng.randint(0, 999)}", "ORG", (Span(k * 5, k * 5 + 4),), country="ITA")
                 for k in range(4))
    events = []
    for k in range(3):
        actor = Participant(text[0:4], f"Actor {rng.randint(0, 200)}", Span(0, 4), "n0", country="ITA")
        recipient = Participant(text[5:9], f"Target {rng.randint(0, 200)}", Span(5, 9), "n1", country="UKR")
        events.append(Event(
            id=f"e{k}", event=rng.choice(TYPES), text=text[:60], sentence=Span(0, 60), trigger=Span(10, 15),
            event_text=text[10:15], actor=(actor,), recipient=(recipient,),
            date=(dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 364))).isoformat(),
            magnitude={"dead": Quantity(rng.randint(1, 50), "exact", text[20:22], Span(20, 22))}))
    return Document(Article(aid, text, "2024-06-01", "it"), entities=ents, events=tuple(events))


def bench_store_alone(folder: Path, n: int) -> dict[str, Any]:
    rng = random.Random(1)
    docs = [synthetic_document(rng, i) for i in range(n)]
    prints = [fingerprint(d.article.text) for d in docs]
    items = [Incoming(doc, "bench", fp) for doc, fp in zip(docs, prints, strict=True)]
    with open_store(folder / "alone.duckdb") as store:
        started = time.perf_counter()
        for k in range(0, n, BATCH_SIZE):  # the batches `cronaca ingest` writes
            store.write_batch(items[k:k + BATCH_SIZE], run_id="bench")
        seconds = time.perf_counter() - started
    with open_store(folder / "single.duckdb") as store:
        started = time.perf_counter()
        for item in items[:200]:
            store.write_document(item.document, item.source, item.fingerprint)
        single_ms = (time.perf_counter() - started) / 200 * 1000
    started = time.perf_counter()
    for d in docs[:200]:
        fingerprint(d.article.text)
    fp_ms = (time.perf_counter() - started) / 200 * 1000
    return {"articles": n, "events_per_article": 3, "seconds": round(seconds, 2),
            "articles_per_s": round(n / seconds, 1), "ms_per_article": round(seconds / n * 1000, 2),
            "batch_size": BATCH_SIZE, "one_transaction_per_article_ms": round(single_ms, 2),
            "minhash_ms_per_article": round(fp_ms, 2)}


def bench_with_extraction(folder: Path, n: int) -> dict[str, Any]:
    rng = random.Random(2)
    inputs = folder / "texts"
    inputs.mkdir()
    texts = [synthetic_text(rng, i) for i in range(n)]
    for i, text in enumerate(texts):
        (inputs / f"t{i:05d}.txt").write_text(text, encoding="utf-8")
    config = Config()
    extractor = Extractor(config)
    extractor.process(Article("warm-it", texts[0], "2024-06-01", "it"))
    extractor.process(Article("warm-en", "The minister met the president in London.", "2024-06-01", "en"))
    started = time.perf_counter()
    for i, text in enumerate(texts):
        extractor.process(Article(f"t{i}", text, "2024-06-01"))
    extract_s = time.perf_counter() - started
    with open_store(folder / "extract.duckdb") as store:
        started = time.perf_counter()
        report = ingest([inputs], store, config, IngestOptions(published="2024-06-01", workers=1))
        ingest_s = time.perf_counter() - started
    return {"articles": n, "events": report.events, "ingest_seconds": round(ingest_s, 2),
            "ingest_articles_per_s": round(n / ingest_s, 1), "extraction_only_seconds": round(extract_s, 2),
            "extraction_only_articles_per_s": round(n / extract_s, 1),
            "extraction_share_of_ingest": round(extract_s / ingest_s, 2),
            "note": "ingest time includes pipeline loading (~1-2 s), reading files, MinHash and the store"}


def person(seed: str) -> str:
    """SQL for one synthetic participant struct (the nested copy kept on each event row)."""
    return (f"struct_pack(raw_text := 'raw', entity_name := 'Entity ' || (hash({seed}) % 5000), entity_id := NULL, "
            f"wikidata_id := NULL, country := CASE WHEN hash({seed}) % 3 = 0 THEN 'UKR' ELSE 'RUS' END, "
            f"sector := 'GOV', type := 'ORG', start_char := 0, end_char := 3)")


def fill_events(db: Path, n_events: int) -> None:
    """Generate ``n_events`` event rows (10 per article) with one actor and one recipient each, in SQL."""
    n_articles = max(1, n_events // 10)
    with open_store(db) as store:
        conn = store.conn  # type: ignore[attr-defined]
        conn.execute(f"""
            INSERT INTO articles (id, seq, url, outlet, title, language, published, sha256, text, source,
                                  duplicate_of, similarity, ingested_at)
            SELECT 'a' || i, i, NULL, 'outlet ' || (i % 50), NULL, CASE WHEN i % 2 = 0 THEN 'it' ELSE 'en' END,
                   DATE '2024-01-01' + CAST(i % 366 AS INTEGER), md5(i::VARCHAR), 'synthetic text ' || i, 'bench',
                   CASE WHEN i % 20 = 0 AND i > 0 THEN 'a' || (i - 1) END, NULL, current_timestamp
            FROM range({n_articles}) t(i)""")
        types = ", ".join(f"'{t}'" for t in EVENT_TYPES)
        conn.execute(f"""
            INSERT INTO events
            SELECT 'a' || (i // 10) || '/e' || (i % 10), 'a' || (i // 10), 'e' || (i % 10), i % 10,
                   ([{types}])[1 + CAST(hash(i) % 16 AS INTEGER)], 1, [], [], [],
                   DATE '2024-01-01' + CAST(hash(i * 7) % 366 AS INTEGER), 'day',
                   DATE '2024-01-01' + CAST(hash(i * 7) % 366 AS INTEGER),
                   'trigger', 'The sentence of synthetic event ' || i, 0, 40, 4, 11,
                   'Roma', 'Rome', 'ITA', 41.9, 12.5, 3169070, 'city', 20, 24, 0.5, 'bench',
                   [{person('i')}], [{person('i + 1')}], [],
                   CASE WHEN i % 4 = 0 THEN [struct_pack(field := 'dead', value := hash(i) % 100,
                        qualifier := 'exact', raw_text := '12', unit := NULL, start_char := 5, end_char := 7)]
                        ELSE [] END,
                   -9.0
            FROM range({n_events}) t(i)""")
        for role, offset in (("actor", 0), ("recipient", 1)):
            conn.execute(f"""
                INSERT INTO participants
                SELECT 'a' || (i // 10) || '/e' || (i % 10), 'event', 'a' || (i // 10), '{role}', 0,
                       'raw', 'Entity ' || (hash(i + {offset}) % 5000), NULL, NULL,
                       CASE WHEN hash(i + {offset}) % 3 = 0 THEN 'UKR' ELSE 'RUS' END, 'GOV', 'ORG', 0, 3
                FROM range({n_events}) t(i)""")
        conn.execute(f"""
            INSERT INTO quantities
            SELECT 'a' || (i // 10), 'a' || (i // 10) || '/e' || (i % 10), 'dead', 0, hash(i) % 100, 'exact',
                   '12', NULL, 5, 7
            FROM range(0, {n_events}, 4) t(i)""")
        conn.execute("CHECKPOINT")


def bench_query(folder: Path, n_events: int) -> dict[str, Any]:
    db = folder / "million.duckdb"
    started = time.perf_counter()
    fill_events(db, n_events)
    fill_s = time.perf_counter() - started
    flt = EventFilter(types=("ASSAULT",), since="2024-03-01", until="2024-03-31")  # type: ignore[arg-type]
    timings = []
    with open_store(db, read_only=True) as store:
        for _ in range(3):
            started = time.perf_counter()
            rows = list(store.events(flt))
            timings.append(time.perf_counter() - started)
        started = time.perf_counter()
        _, count = store.sql("SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id WHERE "
                             "e.event = 'ASSAULT' AND e.day BETWEEN DATE '2024-03-01' AND DATE '2024-03-31' "
                             "AND a.duplicate_of IS NULL")
        sql_s = time.perf_counter() - started
    return {"event_rows": n_events, "articles": n_events // 10, "participant_rows": 2 * n_events,
            "generate_seconds": round(fill_s, 1),
            "filter": "type ASSAULT, 2024-03-01..2024-03-31, near-duplicates excluded",
            "rows_returned": len(rows), "count_check": count[0][0],
            "query_records_seconds_first": round(timings[0], 3), "query_records_seconds_best": round(min(timings), 3),
            "query_count_sql_seconds": round(sql_s, 3),
            "note": "records = full PLOVER records with actors, recipients and magnitudes, as `cronaca events` "
                    "returns them"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000, help="synthetic documents written by the store alone")
    parser.add_argument("--extract-articles", type=int, default=200, help="texts ingested with extraction")
    parser.add_argument("--events", type=int, default=1_000_000, help="event rows for the query benchmark")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "store.json")
    args = parser.parse_args()
    result: dict[str, Any] = {"date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "machine": machine()}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        result["store_alone"] = bench_store_alone(folder, args.articles)
        print("store alone:", result["store_alone"], flush=True)
        result["with_extraction"] = bench_with_extraction(folder, args.extract_articles)
        print("with extraction:", result["with_extraction"], flush=True)
        result["query_1m"] = bench_query(folder, args.events)
        print("query:", result["query_1m"], flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
