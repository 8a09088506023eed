"""Numbered schema migrations, applied in order inside one transaction when a store is opened.

A migration is a function of an open connection, registered in :data:`MIGRATIONS` under the next
number; it never changes once released. ``schema.py`` describes the newest layout; a later
migration that alters a table changes it there too and makes the same change here (with
``ALTER TABLE`` and friends), so a fresh store and an upgraded one end up alike.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, inspect, select, text

from tidings.errors import StoreError
from tidings.store import schema
from tidings.store.connect import WRITE_OPTION

# Any fixed number: serialises concurrent migrators on one PostgreSQL database.
_PG_LOCK_KEY = 0x7469646E


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[Connection], None]


# The indexed expression; queries must spell it the same way for PostgreSQL to use the index.
PG_TSVECTOR = "to_tsvector('english', coalesce(title, '') || ' ' || body)"


def _initial(conn: Connection) -> None:
    tables = [t for t in schema.metadata.sorted_tables if t is not schema.schema_migrations]
    schema.metadata.create_all(conn, tables=tables)
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(
            f"CREATE VIRTUAL TABLE {schema.FTS_TABLE} USING fts5("
            "article_id UNINDEXED, title, body, tokenize = 'porter unicode61')"
        )
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            f"CREATE INDEX ix_articles_fts ON articles USING GIN ({PG_TSVECTOR})"
        )


MIGRATIONS: tuple[Migration, ...] = (Migration(1, "initial schema", _initial),)


def latest_version() -> int:
    return MIGRATIONS[-1].version


def applied_versions(conn: Connection) -> set[int]:
    if not inspect(conn).has_table(schema.schema_migrations.name):
        return set()
    return set(conn.scalars(select(schema.schema_migrations.c.version)))


def _pending(conn: Connection) -> list[Migration]:
    applied = applied_versions(conn)
    newer = {v for v in applied if v > latest_version()}
    if newer:
        raise StoreError(
            f"the store has schema version {max(newer)}, newer than this tidings "
            f"({latest_version()}); upgrade tidings"
        )
    return [m for m in MIGRATIONS if m.version not in applied]


def migrate(engine: Engine) -> list[int]:
    """Apply pending migrations; returns the versions applied now (empty when up to date)."""
    with engine.connect() as conn:
        with conn.begin():
            if not _pending(conn):
                return []
        conn.execution_options(**{WRITE_OPTION: True})
        with conn.begin():
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
            schema.schema_migrations.create(conn, checkfirst=True)
            done = []
            for migration in _pending(conn):
                migration.apply(conn)
                conn.execute(
                    schema.schema_migrations.insert().values(
                        version=migration.version,
                        name=migration.name,
                        applied_at=datetime.now(UTC).isoformat(timespec="seconds"),
                    )
                )
                done.append(migration.version)
            return done
