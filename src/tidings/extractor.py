"""The library's front door: read a document and run the pipeline over it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from . import pipeline
from .errors import TidingsError
from .model import Article
from .read import SUPPORTED_LANGUAGES, errored_article, read_document
from .sources.base import RawDocument

_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[ >])", re.I)


def sniff_format(text: str) -> str:
    """``html`` for markup, else ``page`` (a plain-text page dump, read by the layout reader)."""
    return "html" if _HTML_START.match(text[:2000]) else "page"


class Extractor:
    """Holds the loaded pipeline; call :meth:`process` per document, from a loop or a pool."""

    def __init__(self, stages: tuple[str, ...] | None = None) -> None:
        self.runner = pipeline.build(stages)

    def analyse(self, article: Article) -> Article:
        """Run the pipeline's stages over an article that has its text fields."""
        if article.language and article.language not in SUPPORTED_LANGUAGES:
            return article
        if not article.body.strip() and not article.title:
            return article
        return self.runner(article)

    def process(
        self,
        raw: RawDocument,
        *,
        reference_date: str | None = None,
        outlet: str | None = None,
        url: str | None = None,
        language: str | None = None,
    ) -> Article:
        """Read and analyse one document; raises :class:`TidingsError` if it cannot be read."""
        article = read_document(
            raw, reference_date=reference_date, outlet=outlet, url=url, language=language
        )
        return self.analyse(article)

    def process_many(self, raws: Iterable[RawDocument], **kwargs: str | None) -> Iterator[Article]:
        """Like :meth:`process` over many documents; an unreadable one yields an errored article."""
        for raw in raws:
            try:
                yield self.process(raw, **kwargs)
            except TidingsError as exc:
                yield errored_article(raw, str(exc))


_DEFAULT: Extractor | None = None


def default_extractor() -> Extractor:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT


def extract(
    text_or_html: str | bytes,
    date: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    *,
    format: str | None = None,
    title: str | None = None,
) -> Article:
    """Extract everything from one document given as text or HTML.

    ``format`` is ``"html"``, ``"page"`` (a plain-text page dump) or ``"text"`` (a body as given);
    by default HTML is recognised by its markup and anything else is read as a page.
    """
    if format is None:
        sample = text_or_html[:2000]
        if isinstance(sample, bytes):
            sample = sample.decode("utf-8", "replace")
        format = sniff_format(sample)
    raw = RawDocument(content=text_or_html, format=format, url=url, title=title)
    return default_extractor().process(raw, reference_date=date, outlet=outlet, url=url)
