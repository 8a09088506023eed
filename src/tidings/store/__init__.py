"""Storage of articles and their layers: SQLite by default, PostgreSQL through the same code."""

from tidings.store.core import Store

__all__ = ["Store"]
