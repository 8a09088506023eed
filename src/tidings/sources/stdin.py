"""Standard input (``-``): its kind is sniffed from its first bytes. JSON Lines and WARC streams are
read as they arrive; anything else is read whole, up to ``MAX_DOCUMENT_BYTES``."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

from tidings.errors import InputTooLarge, UnreadableInput
from tidings.sources.base import MAX_DOCUMENT_BYTES, Origin, RawDocument
from tidings.sources.content import from_bytes
from tidings.sources.jsonl import read_jsonl
from tidings.sources.sniff import sniff
from tidings.sources.warc import read_warc

_HEAD = 65536


class _Prefixed(io.RawIOBase):
    """A stream that replays bytes already read before handing over to the rest."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        chunk = self._rest.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def _read_upto(stream: IO[bytes], limit: int) -> bytes:
    """Up to ``limit`` bytes, reading more than once if a pipe delivers them in pieces."""
    parts: list[bytes] = []
    size = 0
    while size < limit:
        chunk = stream.read(limit - size)
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    return b"".join(parts)


@dataclass
class StdinSource:
    """The documents piped in; ``stream`` defaults to the process's binary stdin."""

    stream: IO[bytes] | None = None

    def documents(self) -> Iterator[RawDocument]:
        stream = self.stream if self.stream is not None else sys.stdin.buffer
        origin = Origin()
        head = _read_upto(stream, _HEAD)
        if not head.strip():
            raise UnreadableInput("standard input is empty")
        kind = sniff(head)
        if kind in ("jsonl", "warc"):
            joined = io.BufferedReader(_Prefixed(head, stream))
            reader = read_jsonl if kind == "jsonl" else read_warc
            yield from reader(joined, origin)
            return
        rest = _read_upto(stream, MAX_DOCUMENT_BYTES + 1 - _HEAD) if len(head) == _HEAD else b""
        raw = head + rest
        if len(raw) > MAX_DOCUMENT_BYTES:
            raise InputTooLarge(f"standard input holds more than {MAX_DOCUMENT_BYTES} bytes")
        yield from from_bytes(raw, origin, kind=kind)
