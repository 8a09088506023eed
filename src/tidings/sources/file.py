"""One file on disk; its suffix says its kind (``.html``, ``.txt``, ``.jsonl``, a feed, a WARC),
and its first bytes say it when the suffix does not. ``NAME.gz`` is read as NAME, unpacked."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from tidings.errors import InputTooLarge, SourceNotFound, UnreadableInput
from tidings.sources.base import MAX_DOCUMENT_BYTES, Origin, RawDocument
from tidings.sources.content import from_bytes
from tidings.sources.jsonl import read_jsonl
from tidings.sources.sniff import kind_for_name
from tidings.sources.warc import read_warc


def _open(path: Path, *, gzipped: bool = False) -> IO[bytes]:
    try:
        stream: IO[bytes] = path.open("rb")
    except FileNotFoundError as exc:
        raise SourceNotFound(f"no such file: {path}") from exc
    except IsADirectoryError as exc:
        raise UnreadableInput(f"{path} is a folder, not a file") from exc
    except OSError as exc:
        raise UnreadableInput(f"cannot read {path}: {exc.strerror or exc}") from exc
    if gzipped:
        return gzip.GzipFile(fileobj=stream)  # type: ignore[return-value]
    return stream


def _read_capped(path: Path, *, gzipped: bool) -> bytes:
    """The file's bytes (unpacked if gzipped), refusing more than ``MAX_DOCUMENT_BYTES``."""
    if not gzipped:
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise UnreadableInput(f"cannot read {path}: {exc.strerror or exc}") from exc
        if size > MAX_DOCUMENT_BYTES:
            raise InputTooLarge(f"{path} is {size} bytes; the limit is {MAX_DOCUMENT_BYTES} bytes")
    try:
        with _open(path, gzipped=gzipped) as stream:
            data = stream.read(MAX_DOCUMENT_BYTES + 1)
    except (EOFError, gzip.BadGzipFile) as exc:
        raise UnreadableInput(f"{path} is not a readable gzip file ({exc})") from exc
    except OSError as exc:
        raise UnreadableInput(f"cannot read {path}: {exc.strerror or exc}") from exc
    if len(data) > MAX_DOCUMENT_BYTES:
        raise InputTooLarge(f"{path} holds more than {MAX_DOCUMENT_BYTES} bytes, the limit")
    return data


@dataclass(frozen=True)
class FileSource:
    """Every document in one file (one for a page, many for JSONL, feeds and WARC archives)."""

    path: Path

    def documents(self) -> Iterator[RawDocument]:
        origin = Origin(path=str(self.path))
        kind, gzipped = kind_for_name(self.path.name)
        if kind == "warc" or (kind == "jsonl" and not gzipped):
            with _open(self.path) as stream:
                if kind == "warc":
                    yield from read_warc(stream, origin)
                else:
                    yield from read_jsonl(stream, origin)
            return
        raw = _read_capped(self.path, gzipped=gzipped)
        yield from from_bytes(raw, origin, kind=kind)
