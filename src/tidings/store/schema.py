"""The relational layout of the store: one row per article and one row per fact of each layer.

The ``articles.doc`` column keeps the whole contract JSON, so :meth:`Store.get` returns exactly
what was added; the other tables are the same facts flattened for querying and export. Every
child row carries ``article_id`` (cascading delete) and ``seq``, its position in the document's
list, so rows can be put back in document order.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.types import TypeEngine

metadata = MetaData()

Json: TypeEngine[Any] = JSON(none_as_null=True).with_variant(
    JSONB(none_as_null=True), "postgresql"
)


def _article_fk() -> Column[str]:
    return Column(
        "article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False
    )


def _span() -> list[Column[object]]:
    return [
        Column("section", String(32), nullable=False),
        Column("start", Integer, nullable=False),
        Column("end", Integer, nullable=False),
    ]


articles = Table(
    "articles",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("url", Text),
    Column("outlet", Text),
    Column("title", Text),
    Column("authors", Json),
    Column("published", String(10), index=True),
    Column("published_source", String(16)),
    Column("language", String(16)),
    Column("body", Text, nullable=False),
    Column("related_headlines", Json),
    Column("tone", Float),
    Column("errors", Json),
    Column("provenance", Json),
    Column("source_kind", String(32)),
    Column("source_path", Text),
    Column("source_id", Text),
    Column("ingested_at", String(32), nullable=False, index=True),
    Column("doc", Json, nullable=False),
)

entities = Table(
    "entities",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("seq", Integer, nullable=False),
    Column("local_id", String(32), nullable=False),
    Column("name", Text, nullable=False),
    Column("type", String(32), nullable=False),
    Column("country", String(8)),
    Column("actor_code", String(32)),
    Column("kb_id", String(64)),
    UniqueConstraint("article_id", "seq"),
    Index("ix_entities_country", "country"),
    Index("ix_entities_type", "type"),
    Index("ix_entities_name", "name"),
    Index("ix_entities_actor_code", "actor_code"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entity_id", Integer, ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
    _article_fk(),
    Column("seq", Integer, nullable=False),
    *_span(),
    Column("text", Text, nullable=False),
    Index("ix_mentions_entity_id", "entity_id"),
    Index("ix_mentions_article_id", "article_id"),
)

quotes = Table(
    "quotes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("seq", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("speaker", Text),
    Column("speaker_entity", String(32)),
    Column("speaker_actor_code", String(32)),
    Column("speaker_country", String(8)),
    Column("cue", Text),
    Column("kind", String(16), nullable=False),
    *_span(),
    UniqueConstraint("article_id", "seq"),
    Index("ix_quotes_speaker", "speaker"),
    Index("ix_quotes_speaker_country", "speaker_country"),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("seq", Integer, nullable=False),
    Column("code", String(8), nullable=False),
    Column("root", String(4), nullable=False),
    Column("label", Text, nullable=False),
    Column("plover", String(32)),
    Column("quad_class", Integer),
    Column("goldstein", Float),
    Column("date", String(10)),
    # The date the since/until filters compare: the event's own date when its year is known,
    # else the article's publication date.
    Column("day", String(10)),
    Column("place_name", Text),
    Column("place_country", String(8)),
    Column("place_lat", Float),
    Column("place_lon", Float),
    Column("modality", String(16), nullable=False),
    Column("sentence", Text, nullable=False),
    *_span(),
    Column("confidence", Float),
    UniqueConstraint("article_id", "seq"),
    Index("ix_events_code", "code"),
    Index("ix_events_day", "day"),
    Index("ix_events_place_country", "place_country"),
)

event_actors = Table(
    "event_actors",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    _article_fk(),
    Column("role", String(8), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("entity", String(32)),
    Column("actor_code", String(32)),
    Column("country", String(8)),
    Index("ix_event_actors_event_id", "event_id"),
    Index("ix_event_actors_article_id", "article_id"),
    Index("ix_event_actors_actor_code", "actor_code"),
    Index("ix_event_actors_country", "country"),
    Index("ix_event_actors_name", "name"),
)

amounts = Table(
    "amounts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("seq", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("value", Float),
    Column("unit", String(32)),
    Column("what", Text),
    Column("year", Integer),
    Column("approximate", Boolean, nullable=False),
    *_span(),
    UniqueConstraint("article_id", "seq"),
    Index("ix_amounts_unit", "unit"),
)

dates = Table(
    "dates",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("seq", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("value", String(10), nullable=False),
    *_span(),
    UniqueConstraint("article_id", "seq"),
    Index("ix_dates_value", "value"),
)

places = Table(
    "places",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("seq", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("kind", String(32)),
    Column("country", String(8)),
    Column("lat", Float),
    Column("lon", Float),
    UniqueConstraint("article_id", "seq"),
    Index("ix_places_country", "country"),
    Index("ix_places_name", "name"),
)

place_mentions = Table(
    "place_mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("place_id", Integer, ForeignKey("places.id", ondelete="CASCADE"), nullable=False),
    _article_fk(),
    Column("seq", Integer, nullable=False),
    *_span(),
    Column("text", Text, nullable=False),
    Index("ix_place_mentions_place_id", "place_id"),
    Index("ix_place_mentions_article_id", "article_id"),
)

aliases = Table(
    "aliases",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("seq", Integer, nullable=False),
    Column("alias", Text, nullable=False),
    Column("canonical", Text, nullable=False),
    UniqueConstraint("article_id", "seq"),
)

schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", String(100), nullable=False),
    Column("applied_at", String(32), nullable=False),
)

# Tables holding data, parents before children (the order writes and exports use).
DATA_TABLES: tuple[Table, ...] = (
    articles,
    entities,
    mentions,
    quotes,
    events,
    event_actors,
    amounts,
    dates,
    places,
    place_mentions,
    aliases,
)

# Name of the SQLite FTS5 table over articles' title and body.
FTS_TABLE = "articles_fts"
