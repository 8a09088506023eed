"""Where documents come from: stdin, a URL, a folder, or a file of one of several kinds.

``iter_documents(spec)`` picks the source from what ``spec`` is and yields ``RawDocument``s:

- ``-``: standard input, kind sniffed from the first bytes;
- ``http://`` / ``https://``: fetched (see :mod:`tidings.sources.url`);
- a folder: every readable file below it (see :mod:`tidings.sources.folder`);
- a file: ``.html``/``.htm`` → ``html``; ``.txt`` → ``page``; ``.jsonl``/``.json`` → one document
  per object (:mod:`~tidings.sources.jsonl`); ``.xml``/``.rss``/``.atom`` → one per feed entry
  (:mod:`~tidings.sources.feed`); ``.warc``/``.warc.gz`` → one per HTML capture
  (:mod:`~tidings.sources.warc`); ``NAME.gz`` → NAME unpacked; any other name → sniffed.

A path that does not exist raises :class:`~tidings.errors.SourceNotFound` at once. Unreadable
input (empty, binary, oversized, not a feed, a failed download) raises a
:class:`~tidings.errors.TidingsError` while iterating, except inside a folder, JSONL file, feed or
archive, where the bad part becomes a document with ``error`` set and the rest still comes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from tidings.errors import SourceNotFound, UnreadableInput
from tidings.sources.base import LINK_ONLY, MAX_DOCUMENT_BYTES, RawDocument, Source
from tidings.sources.file import FileSource
from tidings.sources.folder import FolderSource
from tidings.sources.stdin import StdinSource
from tidings.sources.url import UrlSource

__all__ = [
    "LINK_ONLY",
    "MAX_DOCUMENT_BYTES",
    "RawDocument",
    "Source",
    "iter_documents",
    "open_source",
]


def open_source(spec: str) -> Source:
    """The source ``spec`` names; raises if it names nothing that exists."""
    if spec == "-":
        return StdinSource()
    scheme = urlsplit(spec).scheme.lower()
    if scheme in ("http", "https"):
        return UrlSource(spec)
    if "://" in spec:
        raise UnreadableInput(f"unsupported URL scheme {scheme!r}: {spec}")
    path = Path(spec).expanduser()
    if path.is_dir():
        return FolderSource(path)
    if not path.exists():
        raise SourceNotFound(f"no such file or folder: {spec}")
    return FileSource(path)


def _with_defaults(
    documents: Iterator[RawDocument], defaults: dict[str, str | None]
) -> Iterator[RawDocument]:
    for document in documents:
        missing: dict[str, Any] = {
            key: value for key, value in defaults.items() if value and not getattr(document, key)
        }
        yield dataclasses.replace(document, **missing) if missing else document


def iter_documents(
    spec: str, *, date: str | None = None, outlet: str | None = None, url: str | None = None
) -> Iterator[RawDocument]:
    """Every document ``spec`` holds; ``date``, ``outlet``, ``url`` fill fields a document lacks."""
    source = open_source(spec)
    return _with_defaults(source.documents(), {"date": date, "outlet": outlet, "url": url})
