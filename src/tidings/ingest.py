"""Ingest: read sources, analyse each new document, store it; resumable and idempotent.

A document whose content id is already stored is skipped before any NLP runs, so re-ingesting
is cheap and an interrupted ingest simply continues where it stopped.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Any

from .errors import TidingsError
from .extractor import Extractor
from .read import read_document
from .sources import iter_documents
from .sources.base import RawDocument


@dataclass
class IngestReport:
    new: int = 0
    already: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    #: Feed entries that carry only a link: URLs to fetch (``tidings ingest URL``), not failures.
    links: list[str] = field(default_factory=list)
    layers: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        parts = [f"{self.new} new article{'s' if self.new != 1 else ''}",
                 f"{self.already} already stored", f"{len(self.failures)} failed"]
        if self.links:
            parts.append(f"{len(self.links)} link-only feed entries to fetch")
        layer_text = ", ".join(f"{n} {k}" for k, n in self.layers.items() if n)
        return "ingested: " + ", ".join(parts) + (f" ({layer_text})" if layer_text else "")


def _documents(sources: Iterable[str], **kwargs: str | None) -> Iterator[RawDocument]:
    for spec in sources:
        yield from iter_documents(spec, **kwargs)


def ingest_sources(
    sources: Iterable[str],
    db_url: str,
    *,
    reference_date: str | None = None,
    outlet: str | None = None,
    progress: bool = False,
    extractor: Extractor | None = None,
) -> IngestReport:
    """Ingest every document of ``sources`` into the store at ``db_url``."""
    from .store import Store

    store = Store(db_url)
    report = IngestReport()
    docs = list(_documents(sources, date=reference_date, outlet=outlet))
    bar: Any = nullcontext()
    task = None
    if progress:
        from rich.progress import Progress

        bar = Progress(transient=True)
    lazy = _LazyExtractor(extractor)
    with bar as prog:
        if prog is not None:
            task = prog.add_task("ingesting", total=len(docs))
        for raw in docs:
            _ingest_one(raw, store, report, reference_date, outlet, lazy)
            if prog is not None and task is not None:
                prog.advance(task)
    return report


class _LazyExtractor:
    """Loads the pipeline only when a document actually needs analysing."""

    def __init__(self, extractor: Extractor | None) -> None:
        self._extractor = extractor

    def get(self) -> Extractor:
        if self._extractor is None:
            self._extractor = Extractor()
        return self._extractor


def _ingest_one(
    raw: RawDocument,
    store: Any,
    report: IngestReport,
    reference_date: str | None,
    outlet: str | None,
    extractor: _LazyExtractor,
) -> None:
    if raw.link_only:
        report.links.append(raw.url or raw.name)
        return
    try:
        if raw.error:
            raise TidingsError(raw.error)
        article = read_document(raw, reference_date=reference_date, outlet=outlet)
    except TidingsError as exc:
        report.failures.append((raw.name, str(exc)))
        return
    if not article.body.strip() and not article.title:
        report.failures.append((raw.name, "; ".join(article.errors) or "no text"))
        return
    if store.has(article.id):
        report.already += 1
        return
    article = extractor.get().analyse(article)
    if store.add(article):
        report.new += 1
        for layer in ("entities", "events", "quotes", "amounts"):
            report.layers[layer] = report.layers.get(layer, 0) + len(getattr(article, layer))
    else:
        report.already += 1
