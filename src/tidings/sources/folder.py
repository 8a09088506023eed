"""A folder, walked recursively in sorted order. Hidden files and folders are skipped, and so is
any file whose suffix is not one of ``sniff.SUFFIXES`` (or that plus ``.gz``, or ``.warc.gz``).
A file that cannot be read becomes an errored document; the walk goes on."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tidings.errors import TidingsError
from tidings.sources.base import Origin, RawDocument
from tidings.sources.file import FileSource
from tidings.sources.sniff import kind_for_name


def folder_files(root: Path) -> list[Path]:
    """The files a folder source reads, in the order it reads them."""
    found: list[Path] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if not name.startswith(".") and kind_for_name(name)[0] is not None:
                found.append(Path(folder) / name)
    return sorted(found, key=lambda path: path.relative_to(root).parts)


@dataclass(frozen=True)
class FolderSource:
    """Every document in every readable file below ``path``."""

    path: Path

    def documents(self) -> Iterator[RawDocument]:
        for path in folder_files(self.path):
            try:
                yield from FileSource(path).documents()
            except TidingsError as exc:
                yield Origin(path=str(path)).failed(str(exc))
