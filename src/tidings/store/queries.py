"""Read-side queries: each returns a list of plain dicts, one per fact, newest first.

Filters are optional and combine with AND. Text filters on names are case-insensitive substring
matches; codes are prefixes; ``since``/``until`` are ISO dates (``YYYY``, ``YYYY-MM`` or
``YYYY-MM-DD``, both ends inclusive) compared with the event's date (its article's publication
date when the event has no date with a known year), or with the article's publication date for
quotes and amounts.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, distinct, func, or_, select

from tidings.errors import UsageError
from tidings.store import schema

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

_a = schema.articles


def _date_bounds(
    column: ColumnElement[Any], since: str | None, until: str | None
) -> list[ColumnElement[bool]]:
    conds = []
    if since:
        conds.append(column >= _check_date(since, "since"))
    if until:
        # "2025-05" reaches through the whole month: pad it above any real day.
        padded = _check_date(until, "until") + "-99-99"[len(until) - 4 :]
        conds.append(column <= padded)
    return conds


def _check_date(value: str, name: str) -> str:
    if not _DATE.match(value):
        raise UsageError(f"{name} takes an ISO date (YYYY-MM-DD, YYYY-MM or YYYY), got {value!r}")
    return value


def _limited(stmt: Select[Any], limit: int | None) -> Select[Any]:
    if limit is None:
        return stmt
    if limit < 0:
        raise UsageError(f"limit must be 0 or more, got {limit}")
    return stmt.limit(limit)


def _contains(column: ColumnElement[Any], needle: str) -> ColumnElement[bool]:
    return func.lower(column).contains(needle.lower(), autoescape=True)


def _newest_first(column: ColumnElement[Any]) -> list[ColumnElement[Any]]:
    return [column.is_(None), column.desc()]


def events(
    conn: Connection,
    actor: str | None = None,
    country: str | None = None,
    code: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = 100,
) -> list[dict[str, Any]]:
    """Events; ``actor`` matches a source's or target's name, actor-code prefix or country,
    ``country`` an actor's country or the event's place."""
    e, ea = schema.events, schema.event_actors
    stmt = select(
        _a.c.id.label("article_id"), _a.c.title, _a.c.published, _a.c.outlet, _a.c.url,
        e.c.id.label("event_id"), e.c.date, e.c.day, e.c.code, e.c.root, e.c.label, e.c.plover,
        e.c.quad_class, e.c.goldstein, e.c.place_name.label("place"), e.c.place_country,
        e.c.place_lat, e.c.place_lon, e.c.modality, e.c.sentence, e.c.section, e.c.start,
        e.c.end, e.c.confidence,
    ).join_from(e, _a, e.c.article_id == _a.c.id)
    if actor:
        stmt = stmt.where(select(ea.c.id).where(ea.c.event_id == e.c.id, or_(
            _contains(ea.c.name, actor),
            ea.c.actor_code.startswith(actor.upper(), autoescape=True),
            ea.c.country == actor.upper(),
        )).exists())
    if country:
        iso = country.upper()
        stmt = stmt.where(or_(
            e.c.place_country == iso,
            select(ea.c.id).where(ea.c.event_id == e.c.id, ea.c.country == iso).exists(),
        ))
    if code:
        stmt = stmt.where(e.c.code.startswith(code, autoescape=True))
    stmt = stmt.where(*_date_bounds(e.c.day, since, until))
    stmt = stmt.order_by(*_newest_first(e.c.day), _a.c.id, e.c.seq)
    rows = [dict(r) for r in conn.execute(_limited(stmt, limit)).mappings()]
    _attach_actors(conn, rows)
    return rows


def _attach_actors(conn: Connection, rows: list[dict[str, Any]]) -> None:
    ea = schema.event_actors
    actors: dict[int, dict[str, list[dict[str, Any]]]] = defaultdict(
        lambda: {"source": [], "target": []}
    )
    ids = [r["event_id"] for r in rows]
    for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
        stmt = (
            select(ea.c.event_id, ea.c.role, ea.c.name, ea.c.entity, ea.c.actor_code, ea.c.country)
            .where(ea.c.event_id.in_(chunk))
            .order_by(ea.c.event_id, ea.c.role, ea.c.seq)
        )
        for a in conn.execute(stmt).mappings():
            actors[a["event_id"]][a["role"]].append(
                {k: a[k] for k in ("name", "entity", "actor_code", "country")}
            )
    for row in rows:
        found = actors[row["event_id"]]
        for role in ("source", "target"):
            people = found[role]
            row[role] = "; ".join(p["name"] for p in people)
            row[f"{role}_actor_code"] = "; ".join(p["actor_code"] or "" for p in people)
            row[f"{role}_country"] = "; ".join(p["country"] or "" for p in people)
            row[f"{role}s"] = people


def quotes(
    conn: Connection,
    speaker: str | None = None,
    country: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = 100,
) -> list[dict[str, Any]]:
    """Quotations; ``speaker`` matches the speaker's name, ``country`` the speaker's country."""
    q = schema.quotes
    stmt = select(
        _a.c.id.label("article_id"), _a.c.title, _a.c.published, _a.c.outlet, _a.c.url,
        q.c.text, q.c.speaker, q.c.speaker_entity, q.c.speaker_actor_code, q.c.speaker_country,
        q.c.cue, q.c.kind, q.c.section, q.c.start, q.c.end,
    ).join_from(q, _a, q.c.article_id == _a.c.id)
    if speaker:
        stmt = stmt.where(_contains(q.c.speaker, speaker))
    if country:
        stmt = stmt.where(q.c.speaker_country == country.upper())
    stmt = stmt.where(*_date_bounds(_a.c.published, since, until))
    stmt = stmt.order_by(*_newest_first(_a.c.published), _a.c.id, q.c.seq)
    return [dict(r) for r in conn.execute(_limited(stmt, limit)).mappings()]


def entities(
    conn: Connection,
    country: str | None = None,
    type: str | None = None,
    name: str | None = None,
    limit: int | None = 100,
) -> list[dict[str, Any]]:
    """Entities grouped by name, type, country, actor code and KB id, with how many articles
    name them and how many mentions they have; most widespread first."""
    en, m = schema.entities, schema.mentions
    per_entity = (
        select(m.c.entity_id, func.count().label("n")).group_by(m.c.entity_id).subquery()
    )
    n_articles = func.count(distinct(en.c.article_id)).label("articles")
    n_mentions = func.coalesce(func.sum(per_entity.c.n), 0).label("mentions")
    keys = (en.c.name, en.c.type, en.c.country, en.c.actor_code, en.c.kb_id)
    stmt = (
        select(*keys, n_articles, n_mentions, func.max(_a.c.published).label("last_published"))
        .join_from(en, _a, en.c.article_id == _a.c.id)
        .outerjoin(per_entity, per_entity.c.entity_id == en.c.id)
    )
    if country:
        stmt = stmt.where(en.c.country == country.upper())
    if type:
        stmt = stmt.where(en.c.type == type.upper())
    if name:
        stmt = stmt.where(_contains(en.c.name, name))
    stmt = stmt.group_by(*keys).order_by(n_articles.desc(), n_mentions.desc(), en.c.name)
    return [
        {**r, "articles": int(r["articles"]), "mentions": int(r["mentions"])}
        for r in conn.execute(_limited(stmt, limit)).mappings()
    ]


def amounts(
    conn: Connection,
    unit: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = 100,
) -> list[dict[str, Any]]:
    """Amounts; ``unit`` matches the unit exactly, ignoring case (``USD``, ``%``, ``barrels``)."""
    am = schema.amounts
    stmt = select(
        _a.c.id.label("article_id"), _a.c.title, _a.c.published, _a.c.outlet, _a.c.url,
        am.c.text, am.c.value, am.c.unit, am.c.what, am.c.year, am.c.approximate,
        am.c.section, am.c.start, am.c.end,
    ).join_from(am, _a, am.c.article_id == _a.c.id)
    if unit:
        stmt = stmt.where(func.lower(am.c.unit) == unit.lower())
    stmt = stmt.where(*_date_bounds(_a.c.published, since, until))
    stmt = stmt.order_by(*_newest_first(_a.c.published), _a.c.id, am.c.seq)
    return [dict(r) for r in conn.execute(_limited(stmt, limit)).mappings()]
