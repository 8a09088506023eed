"""Full-text search over title and body: SQLite FTS5, or PostgreSQL's tsvector with a GIN index.

The user's text is reduced to its words, all of which must occur (English stemming on both
backends), so no input can be a syntax error in either query language.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, text

from tidings.errors import UsageError
from tidings.store.migrations import PG_TSVECTOR
from tidings.store.schema import FTS_TABLE

_WORD = re.compile(r"\w+")
SNIPPET_WORDS = 16


def search(conn: Connection, query: str, limit: int = 20) -> list[dict[str, Any]]:
    if limit < 0:
        raise UsageError(f"limit must be 0 or more, got {limit}")
    words = _WORD.findall(query)
    if not words or limit == 0:
        return []
    if conn.dialect.name == "sqlite":
        stmt = text(
            f"SELECT a.id AS article_id, a.title, a.published, a.outlet, a.url, "
            f"snippet({FTS_TABLE}, -1, '[', ']', '…', {SNIPPET_WORDS}) AS snippet, "
            f"-bm25({FTS_TABLE}) AS score "
            f"FROM {FTS_TABLE} JOIN articles a ON a.id = {FTS_TABLE}.article_id "
            f"WHERE {FTS_TABLE} MATCH :q ORDER BY bm25({FTS_TABLE}), a.id LIMIT :n"
        )
        params: dict[str, Any] = {"q": " ".join(f'"{w}"' for w in words), "n": limit}
    else:
        stmt = text(
            "SELECT id AS article_id, title, published, outlet, url, "
            "ts_headline('english', body, q, "
            f"'StartSel=[, StopSel=], MaxWords={SNIPPET_WORDS}, MinWords=6') AS snippet, "
            f"ts_rank({PG_TSVECTOR}, q) AS score "
            "FROM articles, plainto_tsquery('english', :q) AS q "
            f"WHERE {PG_TSVECTOR} @@ q ORDER BY score DESC, id LIMIT :n"
        )
        params = {"q": " ".join(words), "n": limit}
    return [dict(r) for r in conn.execute(stmt, params).mappings()]
