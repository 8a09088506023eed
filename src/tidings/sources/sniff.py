"""What a stream of bytes holds, from its name, its content type and its first bytes."""

from __future__ import annotations

import gzip
import io
import json
import re
import zlib
from typing import Literal

from tidings.errors import InputTooLarge, UnreadableInput
from tidings.sources.base import MAX_DOCUMENT_BYTES

#: ``gzip`` is a compressed stream of another kind: gunzip it and sniff again.
Kind = Literal["html", "page", "text", "jsonl", "json", "feed", "warc", "gzip"]

#: File suffixes a folder source picks up, and the kind each one means.
SUFFIXES: dict[str, Kind] = {
    ".html": "html",
    ".htm": "html",
    ".txt": "page",
    ".jsonl": "jsonl",
    ".json": "json",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".warc": "warc",
}

_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>/]", re.I)
_HTML_TAG = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article)[\s>/]", re.I)
_MARKUP_START = re.compile(rb"<[A-Za-z!?]")
_LEADING = b"\xef\xbb\xbf \t\r\n"


def kind_for_name(name: str) -> tuple[Kind | None, bool]:
    """The kind a file name says, and whether it is gzipped (``.warc.gz`` is plain ``warc``)."""
    lower = name.lower()
    if lower.endswith(".warc.gz"):
        return "warc", False
    gzipped = lower.endswith(".gz")
    if gzipped:
        lower = lower[:-3]
    for suffix, kind in SUFFIXES.items():
        if lower.endswith(suffix):
            return kind, gzipped
    return None, gzipped


def is_gzip(head: bytes) -> bool:
    return head[:2] == b"\x1f\x8b"


def _gunzip_head(head: bytes) -> bytes:
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 4096)
    except zlib.error:
        return b""


def sniff(head: bytes, *, content_type: str | None = None) -> Kind:
    """Guess the kind of a document from its first few kilobytes and a MIME type, if any."""
    if is_gzip(head):
        return "warc" if _gunzip_head(head).startswith(b"WARC/") else "gzip"
    if head.startswith(b"WARC/"):
        return "warc"
    mime = (content_type or "").split(";")[0].strip().lower()
    if "warc" in mime:
        return "warc"
    start = head.lstrip(_LEADING)[:4096]
    if _MARKUP_START.match(start):
        feed = _FEED_ROOT.search(start)
        html = _HTML_TAG.search(start)
        if feed and (not html or feed.start() < html.start()):
            return "feed"
        if html or "html" in mime:
            return "html"
        if start.startswith(b"<?xml") or any(word in mime for word in ("xml", "rss", "atom")):
            return "feed"
        return "html"
    if start.startswith((b"{", b"[")):
        first_line = start.split(b"\n", 1)[0]
        try:
            if isinstance(json.loads(first_line), dict):
                return "jsonl"
        except ValueError:
            pass
        return "json"
    if "html" in mime:
        return "html"
    if "json" in mime:
        return "jsonl"
    return "page"


def gunzip(raw: bytes, *, name: str) -> bytes:
    """Decompress ``raw``, refusing anything that unpacks to more than ``MAX_DOCUMENT_BYTES``."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(raw)) as stream:
            data = stream.read(MAX_DOCUMENT_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise UnreadableInput(f"{name} is not a readable gzip stream ({exc})") from exc
    if len(data) > MAX_DOCUMENT_BYTES:
        raise InputTooLarge(f"{name} unpacks to more than {MAX_DOCUMENT_BYTES} bytes, the limit")
    return data
