"""What every source yields: a document's raw content plus where it came from."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

#: Formats a reader understands. ``page`` is a plain-text page dump (menus, headline, byline, body,
#: lists of other stories); ``text`` is a body as given; ``html`` is a web page.
FORMATS = ("html", "page", "text")

#: Largest document the readers accept; anything bigger is reported, not read.
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024

#: ``error`` prefix of a feed entry that carries only a link: the article must be fetched from
#: ``url`` (for instance with ``iter_documents(doc.url)``) before it can be read.
LINK_ONLY = "link only: "


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
    #: Problems survived while reading (a guessed charset, replaced bytes); not fatal.
    warnings: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """How to name this document to a user: path, URL, or id."""
        return self.path or self.url or self.source_id or "<stdin>"

    @property
    def link_only(self) -> bool:
        """True for a feed entry without content: fetch ``url`` to read the article."""
        return bool(self.error and self.error.startswith(LINK_ONLY))


class Source(Protocol):
    """One kind of input (a file, a folder, stdin, a URL): yields the documents it holds."""

    def documents(self) -> Iterator[RawDocument]: ...


@dataclass(frozen=True)
class Origin:
    """Where a stream of bytes came from; stamped on every document read from it."""

    path: str | None = None
    url: str | None = None
    fetched_at: str | None = None

    @property
    def name(self) -> str:
        return self.path or self.url or "<stdin>"

    def document(self, content: bytes | str, fmt: str, **fields: Any) -> RawDocument:
        """A document from this origin; ``fields`` override the origin's own values."""
        values: dict[str, Any] = {
            "path": self.path,
            "url": self.url,
            "fetched_at": self.fetched_at,
        }
        values.update(fields)
        return RawDocument(content=content, format=fmt, **values)

    def failed(self, error: str, **fields: Any) -> RawDocument:
        """A document that could not be read, carrying why."""
        return self.document("", fields.pop("fmt", "text"), error=error, **fields)
