"""Documents from bytes already in hand (stdin, a download, a small file), whatever their kind."""

from __future__ import annotations

import io
from collections.abc import Iterator

from tidings.errors import UnreadableInput
from tidings.sources.base import Origin, RawDocument
from tidings.sources.decode import decode
from tidings.sources.feed import read_feed
from tidings.sources.jsonl import read_json, read_jsonl
from tidings.sources.sniff import Kind, gunzip, is_gzip, sniff
from tidings.sources.warc import read_warc


def from_bytes(
    raw: bytes,
    origin: Origin,
    *,
    kind: Kind | None = None,
    content_type: str | None = None,
    declared: str | None = None,
) -> Iterator[RawDocument]:
    """The documents ``raw`` holds; ``kind`` is sniffed from the bytes when not given."""
    if kind is None:
        kind = sniff(raw[:8192], content_type=content_type)
    if kind == "gzip" or (kind != "warc" and is_gzip(raw)):
        raw = gunzip(raw, name=origin.name)
        kind = sniff(raw[:8192]) if kind == "gzip" else kind
        declared = None
        if kind == "gzip":
            raise UnreadableInput(f"{origin.name} is gzip inside gzip; unpack it first")
    if kind == "warc":
        yield from read_warc(io.BytesIO(raw), origin)
    elif kind == "feed":
        yield from read_feed(raw, origin)
    elif kind == "jsonl":
        yield from read_jsonl(io.BufferedReader(io.BytesIO(raw)), origin)
    elif kind == "json":
        yield from read_json(raw, origin)
    else:
        text, warnings = decode(raw, declared=declared, name=origin.name)
        yield origin.document(text, kind, warnings=tuple(warnings))
