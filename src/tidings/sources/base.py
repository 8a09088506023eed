"""What every source yields: a document's raw content plus where it came from."""

from __future__ import annotations

from dataclasses import dataclass, field

#: Formats a reader understands. ``page`` is a plain-text page dump (menus, headline, byline, body,
#: lists of other stories); ``text`` is a body as given; ``html`` is a web page.
FORMATS = ("html", "page", "text")

#: Largest document the readers accept; anything bigger is reported, not read.
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class RawDocument:
    """Bytes or text of one document plus its provenance, as a source found it."""

    content: bytes | str
    format: str = "page"
    path: str | None = None
    url: str | None = None
    source_id: str | None = None
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    fetched_at: str | None = None
    record_id: str | None = None
    #: A problem found while reading the source (the document then carries it in ``errors``).
    error: str | None = None
    extra: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    @property
    def name(self) -> str:
        """How to name this document to a user: path, URL, or id."""
        return self.path or self.url or self.source_id or "<stdin>"
