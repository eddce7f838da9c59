"""Versioned schema migrations, shipped as ``store/migrations/NNN_name.sql`` package data.

A migration is applied once, in order, inside a transaction together with the row that records it in
``schema_version``; a database created by a newer cronaca is refused rather than misread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

from ..errors import CronacaError

_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


class SchemaError(CronacaError):
    """The store's schema cannot be used by this version of cronaca."""


def migrations() -> tuple[Migration, ...]:
    """Every packaged migration, by version."""
    found = []
    for entry in resources.files("cronaca.store").joinpath("migrations").iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), match.group(2), entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise SchemaError(f"packaged migrations are not numbered 1..n without gaps: {versions}")
    return tuple(found)


def latest_version() -> int:
    return migrations()[-1].version


def current_version(conn: Any) -> int:
    """The schema version recorded in the database (0 for an empty database)."""
    exists = conn.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'").fetchall()[0][0]
    if not exists:
        return 0
    row = conn.execute("SELECT max(version) FROM schema_version").fetchall()[0]
    return int(row[0] or 0)


def migrate(conn: Any) -> int:
    """Bring the database to the latest schema; returns the version it ends at.

    Raises:
        SchemaError: the database was written by a newer cronaca (unknown schema version).
    """
    conn.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                 "version INTEGER NOT NULL, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)")
    have = current_version(conn)
    known = migrations()
    if have > known[-1].version:
        raise SchemaError(f"the store has schema version {have}, but this cronaca knows versions up to "
                          f"{known[-1].version}; upgrade cronaca to use this store")
    for migration in known:
        if migration.version <= have:
            continue
        conn.execute("BEGIN TRANSACTION")
        try:
            conn.execute(migration.sql)
            conn.execute("INSERT INTO schema_version VALUES (?, ?, current_timestamp)",
                         [migration.version, migration.name])
            conn.execute("COMMIT")
        except Exception:
            conn.execute("ROLLBACK")
            raise
    return known[-1].version
