"""WARC archives (``.warc`` and ``.warc.gz``), through warcio.

Every ``response`` record with a 2xx status and an HTML payload (and every HTML ``resource``
record) becomes an ``html`` document with the record's target URI, record id and capture date.
Other records are skipped; an oversized or binary payload becomes an errored document.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from typing import IO, Any, cast

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from tidings.errors import TidingsError, UnreadableInput
from tidings.sources.base import MAX_DOCUMENT_BYTES, Origin, RawDocument
from tidings.sources.decode import decode
from tidings.sources.sniff import sniff


def charset_of(content_type: str | None) -> str | None:
    """The ``charset=`` parameter of a Content-Type value, if any."""
    for part in (content_type or "").split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _record_document(record: Any, origin: Origin) -> RawDocument | None:
    if record.rec_type not in ("response", "resource"):
        return None
    headers = record.rec_headers
    content_type = headers.get_header("Content-Type")
    if record.rec_type == "response":
        if record.http_headers is None:
            return None
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return None
        content_type = record.http_headers.get_header("Content-Type")
    uri = headers.get_header("WARC-Target-URI")
    fields: dict[str, Any] = {
        "url": uri,
        "record_id": headers.get_header("WARC-Record-ID"),
        "fetched_at": headers.get_header("WARC-Date"),
        "source_id": headers.get_header("WARC-Record-ID"),
    }
    payload = record.content_stream().read(MAX_DOCUMENT_BYTES + 1)
    if "html" not in (content_type or "").lower() and sniff(payload[:4096]) != "html":
        return None
    name = f"{origin.name} record {fields['record_id']} ({uri})"
    if len(payload) > MAX_DOCUMENT_BYTES:
        return origin.failed(
            f"{name} is larger than {MAX_DOCUMENT_BYTES} bytes", fmt="html", **fields
        )
    try:
        text, warnings = decode(payload, declared=charset_of(content_type), name=name)
    except TidingsError as exc:
        return origin.failed(str(exc), fmt="html", **fields)
    return origin.document(text, "html", warnings=tuple(warnings), **fields)


def read_warc(stream: IO[bytes], origin: Origin) -> Iterator[RawDocument]:
    """The HTML pages captured in a WARC archive, in record order."""
    buffered = (
        stream if isinstance(stream, io.BufferedReader) else io.BufferedReader(cast(Any, stream))
    )
    head = buffered.peek(4096)[:4096]
    if not head.strip():
        raise UnreadableInput(f"{origin.name} is empty")
    if sniff(head) != "warc":
        preview = head[:20].decode("utf-8", "replace")
        raise UnreadableInput(f"{origin.name} is not a WARC archive (starts {preview!r})")
    stream = buffered
    try:
        for record in ArchiveIterator(stream):
            document = _record_document(record, origin)
            if document is not None:
                yield document
    except (ArchiveLoadFailed, ValueError, EOFError, OSError, zlib.error) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise UnreadableInput(f"{origin.name} is not a readable WARC archive ({reason})") from exc
