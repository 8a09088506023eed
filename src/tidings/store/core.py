"""The :class:`Store`: one storage interface over SQLite (default) and PostgreSQL."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from sqlalchemy import Connection, Row, Select, and_, func, or_, select
from sqlalchemy.engine import URL
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from tidings.errors import StoreError, TidingsError
from tidings.model import Article
from tidings.store import fts, queries, schema
from tidings.store.connect import WRITE_OPTION, display_url, make_engine, resolve_url
from tidings.store.migrations import migrate
from tidings.store.write import write_article

T = TypeVar("T")
# Errors from the database layer; sqlite3's own can escape SQLAlchemy from connect hooks.
_DB_ERRORS = (SQLAlchemyError, sqlite3.Error)
_PAGE = 200


def _one_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return (str(orig).strip().splitlines() or [type(orig).__name__])[0]


def _fetch_all(stmt: Select[Any]) -> Callable[[Connection], list[Row[Any]]]:
    return lambda conn: list(conn.execute(stmt))


class Store:
    """Articles and their layers in a database.

    ``url`` is a SQLite path (default ``$TIDINGS_DB`` or ``tidings.db``) or a ``postgresql://``
    URL. Opening applies pending schema migrations. Writes are idempotent by article id.
    """

    def __init__(self, url: str | None = None) -> None:
        self.url: URL = resolve_url(url)
        self.location = display_url(self.url)
        try:
            self.engine = make_engine(self.url)
            self.applied_migrations = migrate(self.engine)
        except TidingsError:
            raise
        except (*_DB_ERRORS, OSError) as exc:
            raise StoreError(f"cannot open store {self.location}: {_one_line(exc)}") from None

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.location!r})"

    def _read(self, work: Callable[[Connection], T]) -> T:
        try:
            with self.engine.connect() as conn, conn.begin():
                return work(conn)
        except TidingsError:
            raise
        except _DB_ERRORS as exc:
            raise StoreError(f"store {self.location}: {_one_line(exc)}") from None

    # ------------------------------------------------------------------ writes

    def add(self, article: Article) -> bool:
        """Store the article and all its layers in one transaction.

        Returns False (and writes nothing) when an article with the same id is already stored.
        """
        doc = article.to_dict()
        if not doc.get("id"):
            raise StoreError("cannot store an article without an id")
        try:
            with self.engine.connect() as conn:
                conn.execution_options(**{WRITE_OPTION: True})
                with conn.begin():
                    if self._exists(conn, doc["id"]):
                        return False
                    write_article(conn, doc)
            return True
        except IntegrityError as exc:
            # Another writer stored the same article between our check and our insert.
            if self.has(doc["id"]):
                return False
            raise StoreError(f"cannot store article {doc['id']}: {_one_line(exc)}") from None
        except _DB_ERRORS as exc:
            raise StoreError(f"cannot store article {doc['id']}: {_one_line(exc)}") from None

    @staticmethod
    def _exists(conn: Connection, article_id: str) -> bool:
        a = schema.articles
        return conn.execute(select(a.c.id).where(a.c.id == article_id)).first() is not None

    # ------------------------------------------------------------------ reads

    def has(self, article_id: str) -> bool:
        return self._read(lambda conn: self._exists(conn, article_id))

    def get(self, article_id: str) -> Article | None:
        """The stored article (rebuilt from its contract JSON), or None when absent."""
        a = schema.articles
        doc = self._read(
            lambda conn: conn.scalar(select(a.c.doc).where(a.c.id == article_id))
        )
        return Article.from_dict(doc) if doc is not None else None

    def counts(self) -> dict[str, int]:
        """Rows per data table."""

        def work(conn: Connection) -> dict[str, int]:
            return {
                t.name: int(conn.scalar(select(func.count()).select_from(t)) or 0)
                for t in schema.DATA_TABLES
            }

        return self._read(work)

    def articles(self, limit: int | None = None) -> Iterator[Article]:
        """Every stored article in ingestion order, read in pages (no connection is held
        between pages, so the caller may take its time)."""
        for doc in self.docs(limit):
            yield Article.from_dict(doc)

    def docs(self, limit: int | None = None) -> Iterator[dict[str, Any]]:
        """Every stored article's contract JSON, in ingestion order."""
        a = schema.articles
        after: tuple[str, str] | None = None
        left = limit
        while left is None or left > 0:
            size = _PAGE if left is None else min(_PAGE, left)
            stmt = select(a.c.ingested_at, a.c.id, a.c.doc).order_by(a.c.ingested_at, a.c.id)
            if after is not None:
                stmt = stmt.where(or_(
                    a.c.ingested_at > after[0],
                    and_(a.c.ingested_at == after[0], a.c.id > after[1]),
                ))
            page = self._read(_fetch_all(stmt.limit(size)))
            for row in page:
                yield row.doc
            if len(page) < size:
                return
            after = (page[-1].ingested_at, page[-1].id)
            if left is not None:
                left -= len(page)

    def events(
        self,
        actor: str | None = None,
        country: str | None = None,
        code: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = 100,
    ) -> list[dict[str, Any]]:
        """Stored events; see :func:`tidings.store.queries.events`."""
        return self._read(
            lambda conn: queries.events(conn, actor, country, code, since, until, limit)
        )

    def quotes(
        self,
        speaker: str | None = None,
        country: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = 100,
    ) -> list[dict[str, Any]]:
        return self._read(
            lambda conn: queries.quotes(conn, speaker, country, since, until, limit)
        )

    def entities(
        self,
        country: str | None = None,
        type: str | None = None,
        name: str | None = None,
        limit: int | None = 100,
    ) -> list[dict[str, Any]]:
        return self._read(lambda conn: queries.entities(conn, country, type, name, limit))

    def amounts(
        self,
        unit: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = 100,
    ) -> list[dict[str, Any]]:
        return self._read(lambda conn: queries.amounts(conn, unit, since, until, limit))

    def search(self, text: str, limit: int = 20) -> list[dict[str, Any]]:
        """Articles whose title or body hold every word of ``text``, best first, with a
        snippet (matches in ``[brackets]``)."""
        return self._read(lambda conn: fts.search(conn, text, limit))
