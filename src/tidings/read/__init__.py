"""Turn a :class:`RawDocument` into an :class:`Article`'s text fields (no NLP yet)."""

from __future__ import annotations

from ..errors import TidingsError
from ..model import Article, Provenance, content_id
from ..sources.base import RawDocument
from ..sources.decode import decode
from .base import PageText
from .language import detect_language
from .url_title import title_from_url

SUPPORTED_LANGUAGES = ("en",)


def _page_text(raw: RawDocument, text: str) -> PageText:
    if raw.format == "html":
        from .html import read_html

        return read_html(text, url=raw.url)
    if raw.format == "page":
        from .text_layout import read_page

        return read_page(text)
    return PageText(body=text.strip(), title=raw.title)


def read_document(
    raw: RawDocument,
    *,
    reference_date: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    language: str | None = None,
) -> Article:
    """Read one document; raises a :class:`TidingsError` when it cannot be read at all."""
    if raw.error:
        raise_unreadable(raw.error)
    text, warnings = decode(raw.content)
    page = _page_text(raw, text)
    provenance = Provenance(
        kind=raw.format,
        path=raw.path,
        url=raw.url or url,
        source_id=raw.source_id,
        fetched_at=raw.fetched_at,
        record_id=raw.record_id,
    )
    published, published_source = page.published, page.published_source
    reference = raw.date or reference_date
    if not published and reference:
        published, published_source = reference, "reference"
    address = page.url or raw.url or url
    title = page.title or raw.title
    slug_title = None if title or not page.body.strip() else title_from_url(address)
    article = Article(
        body=page.body,
        title=title or slug_title,
        title_source="url" if slug_title else None,
        url=address,
        outlet=page.outlet or raw.outlet or outlet,
        authors=list(page.authors),
        published=published,
        published_source=published_source if published else None,
        reference_date=reference,
        related_headlines=list(page.related_headlines),
        provenance=provenance,
    )
    for w in [*raw.warnings, *warnings, *page.warnings]:
        article.add_error("read", w)
    if not article.body.strip() and not article.title:
        article.add_error("read", "no article text found in the document")
    sample = f"{article.title or ''}\n{article.body}"
    article.language = language or detect_language(sample) or ("en" if not sample.strip() else None)
    if article.language and article.language not in SUPPORTED_LANGUAGES:
        article.add_error(
            "language",
            f"language {article.language!r} is not supported yet (supported: "
            f"{', '.join(SUPPORTED_LANGUAGES)}); text fields only",
        )
    return article


def errored_article(raw: RawDocument, message: str) -> Article:
    """The document a batch emits for input it could not read: provenance and ``errors`` only."""
    article = Article(
        body="",
        title=raw.title,
        url=raw.url,
        outlet=raw.outlet,
        provenance=Provenance(
            kind=raw.format, path=raw.path, url=raw.url, source_id=raw.source_id, record_id=raw.record_id
        ),
    )
    article.id = content_id(None, f"unreadable:{raw.name}:{raw.source_id}:{message}")
    article.add_error("read", message)
    return article


def raise_unreadable(message: str) -> None:
    from ..errors import UnreadableInput

    raise UnreadableInput(message)


__all__ = ["PageText", "TidingsError", "errored_article", "read_document"]
