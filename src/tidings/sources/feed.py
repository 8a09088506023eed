"""RSS and Atom feeds, through feedparser.

An entry with its full text (``content:encoded``, Atom ``content``, or a summary of at least
``LONG_SUMMARY_CHARS`` characters of text) becomes an ``html`` document: a small page whose
``<title>`` and meta tags carry the entry's title, author and date, around the entry's HTML (a
``text/plain`` Atom content becomes a ``text`` document instead). An entry that only links to its
article becomes an errored document whose ``error`` is ``"link only: URL"`` and whose ``url`` is the
link: the caller decides whether to fetch it (``RawDocument.link_only`` tells these apart).
"""

from __future__ import annotations

import html
import io
import re
import time
from collections.abc import Iterator
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

import feedparser

from tidings.errors import UnreadableInput
from tidings.sources.base import LINK_ONLY, Origin, RawDocument
from tidings.sources.decode import check

#: A summary with at least this much text (tags stripped) is taken for the full article.
LONG_SUMMARY_CHARS = 600

_TAGS = re.compile(r"<[^>]+>")
_LEADING = b"\xef\xbb\xbf \t\r\n"


def _text_length(fragment: str) -> int:
    return len(" ".join(html.unescape(_TAGS.sub(" ", fragment)).split()))


def _date(entry: Any) -> str | None:
    """The entry's date as its publisher wrote it (local, not shifted to UTC)."""
    raw = entry.get("published") or entry.get("updated") or ""
    for parse in (datetime.fromisoformat, parsedate_to_datetime):
        try:
            return parse(raw.strip()).date().isoformat()
        except (TypeError, ValueError, IndexError):
            continue
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if isinstance(parsed, time.struct_time):
        return time.strftime("%Y-%m-%d", parsed)
    return None


def _content(entry: Any) -> tuple[str, str]:
    """The entry's fullest content and its MIME type; empty when it has only a short summary."""
    contents = [c for c in entry.get("content") or [] if c.get("value", "").strip()]
    if contents:
        best = max(contents, key=lambda c: len(c.get("value", "")))
        return best["value"], best.get("type") or "text/html"
    summary = entry.get("summary") or ""
    if _text_length(summary) >= LONG_SUMMARY_CHARS:
        detail = entry.get("summary_detail") or {}
        return summary, detail.get("type") or "text/html"
    return "", ""


def _page(
    body: str, title: str | None, author: str | None, published: str | None, outlet: str | None
) -> str:
    """A minimal HTML page around an entry's content, so the HTML reader sees its metadata."""
    head = ['<meta charset="utf-8">']
    if outlet:
        head.append(f'<meta property="og:site_name" content="{html.escape(outlet, quote=True)}">')
    if title:
        head.append(f"<title>{html.escape(title)}</title>")
        head.append(f'<meta property="og:title" content="{html.escape(title, quote=True)}">')
    if author:
        head.append(f'<meta name="author" content="{html.escape(author, quote=True)}">')
    if published:
        head.append(f'<meta property="article:published_time" content="{html.escape(published)}">')
    return (
        "<!DOCTYPE html>\n<html><head>"
        + "".join(head)
        + "</head>\n<body><article>\n"
        + body
        + "\n</article></body></html>\n"
    )


def _entry_document(
    entry: Any, number: int, origin: Origin, outlet: str | None, warnings: tuple[str, ...]
) -> RawDocument:
    title = entry.get("title") or None
    link = entry.get("link") or None
    author = entry.get("author") or None
    published = entry.get("published") or entry.get("updated") or None
    extra = {"entry": str(number)}
    if origin.url or origin.path:
        extra["feed"] = origin.url or origin.path or ""
    if author:
        extra["author"] = author
    if published:
        extra["published"] = published
    if link:
        extra["link"] = link
    fields: dict[str, Any] = {
        "url": link,
        "title": title,
        "date": _date(entry),
        "outlet": outlet,
        "source_id": entry.get("id") or link or str(number),
        "extra": extra,
        "warnings": warnings,
    }
    body, mime = _content(entry)
    if not body:
        if link:
            return origin.failed(f"{LINK_ONLY}{link}", fmt="html", **fields)
        return origin.failed(
            f"{origin.name} entry {number}: neither content nor a link", fmt="html", **fields
        )
    if mime == "text/plain":
        return origin.document(body, "text", **fields)
    return origin.document(_page(body, title, author, published, outlet), "html", **fields)


def read_feed(raw: bytes, origin: Origin) -> Iterator[RawDocument]:
    """One document per feed entry; a file that is not an RSS/Atom feed raises."""
    check(raw, name=origin.name)
    start = raw.lstrip(_LEADING)
    if not start.startswith(b"<"):
        preview = start[:30].decode("utf-8", "replace")
        raise UnreadableInput(f"{origin.name} is not XML, so not a feed (starts {preview!r})")
    headers = {"content-location": origin.url} if origin.url else None
    parsed = feedparser.parse(io.BytesIO(raw), response_headers=headers)
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        detail = f" ({str(reason).splitlines()[0]})" if reason else ""
        raise UnreadableInput(f"{origin.name} is not an RSS or Atom feed{detail}")
    warnings: tuple[str, ...] = ()
    reason = parsed.get("bozo_exception")
    if parsed.get("bozo") and isinstance(reason, Exception) and "SAX" in type(reason).__name__:
        warnings = (f"{origin.name}: feed is not well-formed XML ({reason})",)
    outlet = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, 1):
        yield _entry_document(entry, number, origin, outlet, warnings)
