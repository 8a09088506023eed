"""The data model: one :class:`Article` flows through the pipeline and gains its layers.

Every fact keeps the section (``title``, ``body`` or ``related:N``) and the character span it came
from, so anything stored can be traced back to its evidence. ``to_dict()`` gives the contract JSON
(see docs/schema.md); ``Article.from_dict`` reads it back.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_VERSION = "1"


@dataclass
class Mention:
    section: str
    start: int
    end: int
    text: str


@dataclass
class Entity:
    id: str
    name: str
    type: str
    country: str | None = None
    actor_code: str | None = None
    kb_id: str | None = None
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Quote:
    text: str
    speaker: str | None
    speaker_entity: str | None
    cue: str | None
    kind: str
    section: str
    start: int
    end: int


@dataclass
class ActorRef:
    name: str
    entity: str | None = None
    actor_code: str | None = None
    country: str | None = None


@dataclass
class PlaceRef:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass
class Event:
    code: str
    root: str
    label: str
    plover: str | None
    quad_class: int
    goldstein: float
    sources: list[ActorRef]
    targets: list[ActorRef]
    date: str | None
    place: PlaceRef | None
    modality: str
    sentence: str
    section: str
    start: int
    end: int
    confidence: float
    #: Further mentions of the same real event in the article (one event, one record).
    mentions: list[Mention] = field(default_factory=list)
    #: CAMEO codes every event as a dyad: with no target named, the act falls on the acting
    #: country's own people (a governor's promise, a police arrest, a vote in parliament) or
    #: on the country the clause places it in. Empty when ``targets`` names someone.
    implied_targets: list[ActorRef] = field(default_factory=list)


@dataclass
class Amount:
    text: str
    value: float | None
    unit: str | None
    what: str | None
    year: int | None
    approximate: bool
    section: str
    start: int
    end: int
    #: High end of a range ("10-20%": value 10, value_max 20); None for a single figure.
    value_max: float | None = None


@dataclass
class DateMention:
    text: str
    value: str
    section: str
    start: int
    end: int


@dataclass
class Place:
    name: str
    kind: str | None
    country: str | None
    lat: float | None
    lon: float | None
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Alias:
    alias: str
    canonical: str


@dataclass
class Provenance:
    """Where a document came from: frozen at read time, never changed by stages."""

    kind: str = "text"
    path: str | None = None
    url: str | None = None
    source_id: str | None = None
    fetched_at: str | None = None
    record_id: str | None = None


_WS = re.compile(r"\s+")


def normalise_for_id(text: str) -> str:
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip().lower()


def content_id(title: str | None, body: str) -> str:
    """Stable hex id of the normalised content (title and body, case and spacing folded)."""
    key = normalise_for_id(title or "") + "\n" + normalise_for_id(body)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


@dataclass
class Article:
    body: str = ""
    title: str | None = None
    #: "url" when the headline was read from the URL's slug (the document had none); else None.
    title_source: str | None = None
    url: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    published_source: str | None = None
    reference_date: str | None = None
    language: str | None = None
    related_headlines: list[str] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    aliases: list[Alias] = field(default_factory=list)
    tone: float | None = None
    errors: list[str] = field(default_factory=list)
    provenance: Provenance = field(default_factory=Provenance)
    id: str = ""
    # Working state of the pipeline (parsed docs per section); never serialised.
    docs: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.id:
            self.refresh_id()

    def refresh_id(self) -> None:
        # A headline read from the URL is not content: the same text under two URLs is one.
        self.id = content_id(None if self.title_source == "url" else self.title, self.body)

    @property
    def anchor_date(self) -> str | None:
        """The date relative expressions resolve against: publication, else the reference date."""
        return self.published or self.reference_date

    def sections(self) -> list[tuple[str, str]]:
        """Every text section as ``(name, text)``: title, body, then ``related:N``."""
        out: list[tuple[str, str]] = []
        if self.title:
            out.append(("title", self.title))
        out.append(("body", self.body))
        out.extend((f"related:{i}", h) for i, h in enumerate(self.related_headlines))
        return out

    def section_text(self, section: str) -> str:
        if section == "title":
            return self.title or ""
        if section == "body":
            return self.body
        if section.startswith("related:"):
            return self.related_headlines[int(section.split(":", 1)[1])]
        raise KeyError(section)

    def add_error(self, stage: str, message: str) -> None:
        self.errors.append(f"{stage}: {message}")

    def to_dict(self) -> dict[str, Any]:
        """The contract JSON for this document."""
        return {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "url": self.url,
            "outlet": self.outlet,
            "title": self.title,
            "title_source": self.title_source,
            "authors": list(self.authors),
            "published": self.published,
            "published_source": self.published_source,
            "language": self.language,
            "body": self.body,
            "related_headlines": list(self.related_headlines),
            "entities": [asdict(e) for e in self.entities],
            "quotes": [asdict(q) for q in self.quotes],
            "events": [asdict(e) for e in self.events],
            "amounts": [asdict(a) for a in self.amounts],
            "dates": [asdict(d) for d in self.dates],
            "places": [asdict(p) for p in self.places],
            "aliases": [asdict(a) for a in self.aliases],
            "tone": self.tone,
            "errors": list(self.errors),
            "source_id": self.provenance.source_id,
            "provenance": asdict(self.provenance),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        def mentions(items: list[dict[str, Any]]) -> list[Mention]:
            return [Mention(**m) for m in items]

        def actor(items: list[dict[str, Any]]) -> list[ActorRef]:
            return [ActorRef(**a) for a in items]

        events = []
        for e in data.get("events", []):
            e = dict(e)
            e["sources"] = actor(e.get("sources", []))
            e["targets"] = actor(e.get("targets", []))
            e["implied_targets"] = actor(e.get("implied_targets", []))
            e["place"] = PlaceRef(**e["place"]) if e.get("place") else None
            e["mentions"] = mentions(e.get("mentions", []))
            events.append(Event(**{k: v for k, v in e.items() if k in Event.__dataclass_fields__}))
        prov = data.get("provenance") or {}
        art = cls(
            body=data.get("body", ""),
            title=data.get("title"),
            title_source=data.get("title_source"),
            url=data.get("url"),
            outlet=data.get("outlet"),
            authors=list(data.get("authors", [])),
            published=data.get("published"),
            published_source=data.get("published_source"),
            language=data.get("language"),
            related_headlines=list(data.get("related_headlines", [])),
            entities=[
                Entity(**{**e, "mentions": mentions(e.get("mentions", []))})
                for e in data.get("entities", [])
            ],
            quotes=[Quote(**q) for q in data.get("quotes", [])],
            events=events,
            amounts=[Amount(**a) for a in data.get("amounts", [])],
            dates=[DateMention(**d) for d in data.get("dates", [])],
            places=[
                Place(**{**p, "mentions": mentions(p.get("mentions", []))})
                for p in data.get("places", [])
            ],
            aliases=[Alias(**a) for a in data.get("aliases", [])],
            tone=data.get("tone"),
            errors=list(data.get("errors", [])),
            provenance=Provenance(**prov) if prov else Provenance(),
            id=data.get("id", ""),
        )
        return art
