"""What a page reader returns: the text fields of an article, before any NLP."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class PageText:
    body: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    outlet: str | None = None
    #: ISO date (YYYY-MM-DD) found in the page's metadata or text, if any.
    published: str | None = None
    #: ``"metadata"`` or ``"text"``: where ``published`` was found.
    published_source: str | None = None
    related_headlines: list[str] = field(default_factory=list)
    url: str | None = None
    #: Problems the reader met but survived (the article carries them in ``errors``).
    warnings: list[str] = field(default_factory=list)
