"""The content of a store, without what legitimately differs between runs (timestamps, order counters, log)."""

from __future__ import annotations

from pathlib import Path

import duckdb

VOLATILE = {"seq", "ingested_at"}
TABLES = ("articles", "entities", "mentions", "quotes", "events", "participants", "quantities",
          "time_expressions", "article_bands", "article_signatures")


def snapshot(db: Path) -> dict[str, list[tuple[object, ...]]]:
    out: dict[str, list[tuple[object, ...]]] = {}
    with duckdb.connect(str(db), read_only=True) as conn:
        for table in TABLES:
            columns = [r[0] for r in conn.execute(f"DESCRIBE {table}").fetchall() if r[0] not in VOLATILE]
            cols = ", ".join(columns)
            out[table] = conn.execute(f"SELECT {cols} FROM {table} ORDER BY ALL").fetchall()
    return out
