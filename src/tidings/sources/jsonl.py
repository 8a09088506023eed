"""JSON Lines (and plain JSON) sources: one document per object, a bad line never stops the rest.

Each object carries its content in ``text`` (a body as given; the title comes only from ``title``),
``html`` (a web page) or ``page`` (a plain-text page dump); when several are present the first
of text, page, html wins. ``id``, ``title``, ``url``, ``date`` and ``outlet`` fill the document's
fields (``source_id`` is the ``id``, or the 1-based line number when there is none); other string
fields go into ``extra``, and ``extra["line"]`` always holds the line number.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import IO, Any

from tidings.errors import TidingsError, UnreadableInput
from tidings.sources.base import MAX_DOCUMENT_BYTES, Origin, RawDocument
from tidings.sources.decode import check, decode

CONTENT_FIELDS = ("text", "page", "html")
_META_FIELDS = ("title", "url", "date", "outlet")
_CHUNK = 1 << 20


def _lines(stream: IO[bytes]) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) pairs; ``None`` for a line over the size limit, which is skipped."""
    number = 0
    while True:
        line = stream.readline(MAX_DOCUMENT_BYTES + 1)
        if not line:
            return
        number += 1
        if len(line) > MAX_DOCUMENT_BYTES and not line.endswith(b"\n"):
            while True:
                rest = stream.readline(_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, None
            continue
        yield number, line


def _scalar(value: Any) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str | int | float):
        text = str(value).strip()
        return text or None
    return None


def record_document(record: Any, number: int, origin: Origin) -> RawDocument:
    """The document one JSON object describes, or an errored one saying what is wrong with it."""
    where = f"{origin.name} line {number}"
    extra = {"line": str(number)}
    if not isinstance(record, dict):
        return origin.failed(f"{where}: not a JSON object", source_id=str(number), extra=extra)
    given_id = _scalar(record.get("id"))
    source_id = given_id or str(number)
    meta = {key: _scalar(record.get(key)) for key in _META_FIELDS}
    fields = {key: value for key, value in meta.items() if value is not None}
    for key, value in record.items():
        if key not in (*CONTENT_FIELDS, *_META_FIELDS, "id") and isinstance(value, str):
            extra[key] = value
    present = [key for key in CONTENT_FIELDS if record.get(key) is not None]
    if not present:
        return origin.failed(
            f"{where}: none of the fields text, html, page",
            source_id=source_id,
            extra=extra,
            **fields,
        )
    key = present[0]
    value = record[key]
    if not isinstance(value, str):
        return origin.failed(
            f"{where}: field {key!r} is not a string", source_id=source_id, extra=extra, **fields
        )
    try:
        text, warnings = decode(value, name=f"{where} ({key})")
    except TidingsError as exc:
        return origin.failed(str(exc), source_id=source_id, extra=extra, **fields)
    return origin.document(
        text, key, source_id=source_id, extra=extra, warnings=tuple(warnings), **fields
    )


def _parse_line(line: bytes, number: int, origin: Origin) -> RawDocument:
    try:
        record = json.loads(line)
    except ValueError as exc:
        reason = str(exc).split(":")[0]
        return origin.failed(
            f"{origin.name} line {number}: not JSON ({reason})",
            source_id=str(number),
            extra={"line": str(number)},
        )
    return record_document(record, number, origin)


def read_jsonl(stream: IO[bytes], origin: Origin) -> Iterator[RawDocument]:
    """One document per non-blank line of ``stream``, in order."""
    head = stream.peek(4096)[:4096] if hasattr(stream, "peek") else b""
    if head.strip():
        check(head, name=origin.name)
    seen = False
    for number, line in _lines(stream):
        if line is None:
            seen = True
            yield origin.failed(
                f"{origin.name} line {number}: longer than {MAX_DOCUMENT_BYTES} bytes",
                source_id=str(number),
                extra={"line": str(number)},
            )
            continue
        if not line.strip():
            continue
        seen = True
        yield _parse_line(line, number, origin)
    if not seen:
        raise UnreadableInput(f"{origin.name} is empty")


def read_json(raw: bytes, origin: Origin) -> Iterator[RawDocument]:
    """A ``.json`` file: one object, an array of objects, or JSON Lines under another name."""
    text, _ = decode(raw, name=origin.name)
    try:
        data = json.loads(text)
    except ValueError:
        yield from read_jsonl(io.BufferedReader(io.BytesIO(text.encode("utf-8"))), origin)
        return
    if isinstance(data, list):
        for number, record in enumerate(data, 1):
            yield record_document(record, number, origin)
    else:
        yield record_document(data, 1, origin)
