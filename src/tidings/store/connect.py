"""From the ``--db`` value to a configured SQLAlchemy engine (SQLite or PostgreSQL)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import StaticPool

from tidings.errors import StoreError

DEFAULT_DB = "tidings.db"
BUSY_TIMEOUT_MS = 30_000
# Execution option asking the SQLite "begin" hook for a write lock up front.
WRITE_OPTION = "tidings_write"


def resolve_url(db: str | None) -> URL:
    """A SQLite path, a ``sqlite://`` URL or a ``postgresql://`` URL (mapped to psycopg 3)."""
    raw = (db if db is not None else os.environ.get("TIDINGS_DB") or DEFAULT_DB).strip()
    if not raw:
        raise StoreError("empty database location")
    if "://" not in raw:
        return URL.create("sqlite", database=str(Path(raw).expanduser()))
    try:
        url = make_url(raw)
    except ArgumentError as exc:
        raise StoreError(f"bad database URL {raw!r}: {exc}") from None
    backend, _, driver = url.drivername.partition("+")
    if backend in ("postgresql", "postgres"):
        if driver not in ("", "psycopg"):
            raise StoreError(f"unsupported PostgreSQL driver {driver!r}; use postgresql://")
        return url.set(drivername="postgresql+psycopg")
    if backend == "sqlite" and driver in ("", "pysqlite"):
        return url.set(drivername="sqlite")
    raise StoreError(
        f"unsupported database URL scheme {url.drivername!r}: give a SQLite path or postgresql://"
    )


def display_url(url: URL) -> str:
    """The URL as a message may show it (no password)."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


def make_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    return create_engine(url, pool_pre_ping=True)


def _sqlite_engine(url: URL) -> Engine:
    database = url.database or ":memory:"
    kwargs: dict[str, Any] = {"connect_args": {"timeout": BUSY_TIMEOUT_MS / 1000}}
    if database == ":memory:":
        kwargs["poolclass"] = StaticPool
        kwargs["connect_args"]["check_same_thread"] = False
    else:
        parent = Path(database).parent
        if not parent.is_dir():
            raise StoreError(f"cannot open store {database}: folder {parent} does not exist")
    engine = create_engine(url, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" hook below own transactions, so DDL is transactional too.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        try:
            cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cur.execute("PRAGMA foreign_keys = ON")
            if database != ":memory:":
                cur.execute("PRAGMA journal_mode = WAL")
                # WAL + NORMAL: a killed process never corrupts the file or loses a commit.
                cur.execute("PRAGMA synchronous = NORMAL")
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the lock at BEGIN, so a read-then-write never fails to upgrade its lock.
        write = conn.get_execution_options().get(WRITE_OPTION)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine
