"""Write one article's contract JSON and every layer's rows on an open transaction."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table

from tidings.store import schema

_YEAR_KNOWN = re.compile(r"^\d{4}(-\d{2}){0,2}$")


def write_article(conn: Connection, doc: dict[str, Any]) -> None:
    """Insert the article row, its layer rows and its full-text entry (the caller commits)."""
    article_id = doc["id"]
    prov = doc.get("provenance") or {}
    conn.execute(
        schema.articles.insert().values(
            id=article_id,
            url=doc.get("url"),
            outlet=doc.get("outlet"),
            title=doc.get("title"),
            authors=doc.get("authors") or [],
            published=doc.get("published"),
            published_source=doc.get("published_source"),
            language=doc.get("language"),
            body=doc.get("body") or "",
            related_headlines=doc.get("related_headlines") or [],
            tone=doc.get("tone"),
            errors=doc.get("errors") or [],
            provenance=prov,
            source_kind=prov.get("kind"),
            source_path=prov.get("path"),
            source_id=doc.get("source_id") or prov.get("source_id"),
            ingested_at=datetime.now(UTC).isoformat(timespec="microseconds"),
            doc=doc,
        )
    )
    _write_entities(conn, article_id, doc.get("entities") or [])
    _write_quotes(conn, article_id, doc.get("quotes") or [], doc.get("entities") or [])
    _write_events(conn, article_id, doc.get("events") or [], doc.get("published"))
    _insert(conn, schema.amounts, [
        {"article_id": article_id, "seq": i, **_pick(a, schema.amounts),
         "approximate": bool(a.get("approximate"))}
        for i, a in enumerate(doc.get("amounts") or [])
    ])
    _insert(conn, schema.dates, [
        {"article_id": article_id, "seq": i, **_pick(d, schema.dates)}
        for i, d in enumerate(doc.get("dates") or [])
    ])
    _write_places(conn, article_id, doc.get("places") or [])
    _insert(conn, schema.aliases, [
        {"article_id": article_id, "seq": i, **_pick(a, schema.aliases)}
        for i, a in enumerate(doc.get("aliases") or [])
    ])
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(
            f"INSERT INTO {schema.FTS_TABLE} (article_id, title, body) VALUES (?, ?, ?)",
            (article_id, doc.get("title") or "", doc.get("body") or ""),
        )


_OWN_COLUMNS = {"id", "article_id", "seq"}


def _pick(item: dict[str, Any], table: Table) -> dict[str, Any]:
    """The item's fields that are plain columns of ``table``."""
    return {c.name: item.get(c.name) for c in table.columns if c.name not in _OWN_COLUMNS}


def _insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> Sequence[int]:
    """Insert rows; returns their new ids in the order given."""
    if not rows:
        return []
    stmt = table.insert().returning(table.c.id, sort_by_parameter_order=True)
    return list(conn.scalars(stmt, rows))


def _write_entities(conn: Connection, article_id: str, items: list[dict[str, Any]]) -> None:
    rows = [
        {"article_id": article_id, "seq": i, "local_id": e.get("id"),
         **{k: e.get(k) for k in ("name", "type", "country", "actor_code", "kb_id")}}
        for i, e in enumerate(items)
    ]
    ids = _insert(conn, schema.entities, rows)
    _insert(conn, schema.mentions, [
        {"entity_id": eid, "article_id": article_id, "seq": j, **_span(m), "text": m.get("text")}
        for eid, e in zip(ids, items, strict=True)
        for j, m in enumerate(e.get("mentions") or [])
    ])


def _write_quotes(
    conn: Connection, article_id: str, items: list[dict[str, Any]], ents: list[dict[str, Any]]
) -> None:
    by_id = {e.get("id"): e for e in ents}
    rows = []
    for i, q in enumerate(items):
        speaker = by_id.get(q.get("speaker_entity")) or {}
        rows.append({
            "article_id": article_id, "seq": i, **_pick(q, schema.quotes),
            "speaker_actor_code": speaker.get("actor_code"),
            "speaker_country": speaker.get("country"),
        })
    _insert(conn, schema.quotes, rows)


def _write_events(
    conn: Connection, article_id: str, items: list[dict[str, Any]], published: str | None
) -> None:
    rows = []
    for i, e in enumerate(items):
        place = e.get("place") or {}
        date = e.get("date")
        rows.append({
            "article_id": article_id, "seq": i, **_pick(e, schema.events),
            "day": date if date and _YEAR_KNOWN.match(date) else published,
            "place_name": place.get("name"), "place_country": place.get("country"),
            "place_lat": place.get("lat"), "place_lon": place.get("lon"),
        })
    ids = _insert(conn, schema.events, rows)
    _insert(conn, schema.event_actors, [
        {"event_id": eid, "article_id": article_id, "role": role, "seq": j,
         **{k: a.get(k) for k in ("name", "entity", "actor_code", "country")}}
        for eid, e in zip(ids, items, strict=True)
        for role, key in (("source", "sources"), ("target", "targets"))
        for j, a in enumerate(e.get(key) or [])
    ])


def _write_places(conn: Connection, article_id: str, items: list[dict[str, Any]]) -> None:
    ids = _insert(conn, schema.places, [
        {"article_id": article_id, "seq": i, **_pick(p, schema.places)}
        for i, p in enumerate(items)
    ])
    _insert(conn, schema.place_mentions, [
        {"place_id": pid, "article_id": article_id, "seq": j, **_span(m), "text": m.get("text")}
        for pid, p in zip(ids, items, strict=True)
        for j, m in enumerate(p.get("mentions") or [])
    ])


def _span(item: dict[str, Any]) -> dict[str, Any]:
    return {"section": item.get("section"), "start": item.get("start"), "end": item.get("end")}
