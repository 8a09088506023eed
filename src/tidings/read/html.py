"""The HTML page reader: trafilatura finds the article and its metadata; we tidy what it returns."""

from __future__ import annotations

import logging
import re

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.settings import Document

from ..errors import UnreadableInput
from ..eval.metrics import shingles
from .base import PageText
from .html_clean import clean_body, drop_marked_blocks
from .html_meta import clean_authors, clean_date, embedded_story, json_ld_facts, page_title
from .html_related import related_headlines

#: Pages above this many characters are cut before parsing (a warning says so).
MAX_HTML_CHARS = 8_000_000
#: Below this many words the precise extraction is taken to have missed the article.
_MIN_BODY_WORDS = 25
#: A JSON-LD ``articleBody`` shorter than this is a teaser, not the article.
_MIN_STRUCTURED_WORDS = 150

#: Below this many words the page's script data is searched for the rest of the story.
_SHORT_BODY_WORDS = 400

_TAG = re.compile(r"<\s*[a-zA-Z!/?]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")

# trafilatura and htmldate log every page they find odd; that is not our user's business.
for _name in ("trafilatura", "htmldate", "courlan", "readability", "justext"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


def _as_text(html: str | bytes) -> str:
    if isinstance(html, bytes):
        try:
            return html.decode("utf-8")
        except UnicodeDecodeError:
            return html.decode("cp1252", errors="replace")
    return html


def _check(text: str) -> None:
    if not text.strip():
        raise UnreadableInput("the HTML document is empty")
    if len(_CONTROL.findall(text[:4096])) > 8:
        raise UnreadableInput("the document is binary data, not HTML")
    if not _TAG.search(text[:200_000]):
        raise UnreadableInput("the document has no HTML markup")


_PARSER = lxml.html.HTMLParser(encoding="utf-8")


def _parse(text: str) -> lxml.html.HtmlElement | None:
    try:
        return lxml.html.document_fromstring(text.encode("utf-8", "replace"), parser=_PARSER)
    except (etree.ParserError, ValueError):
        return None


def _extract(
    text: str | lxml.html.HtmlElement,
    url: str | None,
    *,
    precise: bool = False,
    fast: bool = False,
) -> Document | None:
    doc = trafilatura.bare_extraction(
        text,
        url=url,
        include_comments=False,
        include_tables=False,
        with_metadata=True,
        favor_precision=precise,
        fast=fast,
    )
    return doc if isinstance(doc, Document) else None


def _words(text: str | None) -> int:
    return len(text.split()) if text else 0


_CONSENT_WORDS = frozenset({"cookie", "cookies", "consent", "gdpr", "onetrust"})
_CLASS_WORD = re.compile(r"[a-z]+")


def _about_cookies(body: str | None) -> bool:
    """Whether an extracted body is a cookie-consent text rather than a story."""
    words = (body or "").lower().split()
    return len(words) >= _MIN_BODY_WORDS and sum("cookie" in w for w in words) > len(words) / 100


def _without_consent_boxes(text: str) -> lxml.html.HtmlElement | None:
    """The page parsed afresh, without the boxes its class names call cookie or consent ones."""
    tree = _parse(text)
    if tree is None:
        return None
    for el in list(tree.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        words = _CLASS_WORD.findall(f"{el.get('class', '')} {el.get('id', '')}".lower())
        if _CONSENT_WORDS.intersection(words) or ("privacy" in words and "modal" in words):
            el.drop_tree()
    return tree


def _article(text: str, url: str | None) -> Document | None:
    """Precision-leaning extraction; the fast path when that finds next to nothing; and when
    what it finds is a cookie notice, another try without the page's consent boxes."""
    doc = _extract(text, url, precise=True)
    if doc is not None and _about_cookies(doc.text):
        tree = _without_consent_boxes(text)
        retry = _extract(tree, url, precise=True) if tree is not None else None
        if retry is not None and _words(retry.text) >= _MIN_BODY_WORDS:
            doc = retry
    if doc is None or _words(doc.text) < _MIN_BODY_WORDS:
        fast = _extract(text, url, fast=True)
        n_fast = _words(fast.text) if fast is not None else 0
        if n_fast >= _MIN_BODY_WORDS and n_fast > _words(doc.text if doc else None):
            return fast
    return doc


def _prefer_structured(structured: str, extracted: str) -> bool:
    """Whether the page's own JSON-LD ``articleBody`` beats what the extractor found.

    Taken only when it is a full article (not a teaser) and the extraction either found something
    else entirely, and less of it, or holds it but wrapped in much more.
    """
    n_structured, n_extracted = len(structured.split()), len(extracted.split())
    if n_structured < _MIN_STRUCTURED_WORDS:
        return False
    s, e = shingles(structured), shingles(extracted)
    shared = sum((s & e).values())
    holds = shared / max(1, sum(s.values()))
    share = shared / max(1, sum(e.values()))
    if holds < 0.1:
        return n_structured > n_extracted
    return holds >= 0.95 and share < 0.3


def _menu_texts(tree: lxml.html.HtmlElement) -> set[str]:
    """Texts of the links in the page's menus, header and footer: never lines of the story."""
    out: set[str] = set()
    for block in tree.iter("nav", "header", "footer"):
        for a in block.iter("a"):
            text = " ".join(a.text_content().split())
            if text:
                out.add(text)
    return out


def read_html(html: str | bytes, url: str | None = None) -> PageText:
    """Read a news page's HTML into its text fields.

    Raises :class:`UnreadableInput` for input that is not HTML at all; an HTML page without an
    article comes back with an empty body and a warning.
    """
    text = _as_text(html)
    _check(text)
    warnings: list[str] = []
    if len(text) > MAX_HTML_CHARS:
        warnings.append(f"page of {len(text)} characters cut to its first {MAX_HTML_CHARS}")
        text = text[:MAX_HTML_CHARS]
    tree = _parse(text)
    if tree is None:
        raise UnreadableInput("the HTML document could not be parsed")
    try:
        doc = _article(text, url)
    except (ValueError, TypeError, AttributeError, RecursionError, etree.LxmlError) as exc:
        warnings.append(f"article extraction failed: {type(exc).__name__}")
        doc = None
    structured, publishers = json_ld_facts(tree)
    site = doc.sitename if doc else None
    title = page_title(tree, doc.title if doc else None, site)
    body = doc.text if doc and doc.text else ""
    if structured and _prefer_structured(structured, body):
        body = structured
    elif _words(body) < _SHORT_BODY_WORDS:
        leads = [ln for ln in body.splitlines() if len(ln.split()) >= 12][:3]
        fuller = embedded_story(tree, leads, min_words=2 * _words(body) + 100)
        if fuller:
            body = fuller
    menus = _menu_texts(tree)
    body = "\n".join(ln for ln in body.splitlines() if ln.strip() not in menus)
    body = drop_marked_blocks(body, tree)
    body = clean_body(body, title=title)
    if not body:
        warnings.append("no article body found in the HTML page")
    published = clean_date(doc.date) if doc else None
    return PageText(
        body=body,
        title=title,
        authors=clean_authors(doc.author if doc else None, site=site, publishers=publishers),
        outlet=site or None,
        published=published,
        published_source="metadata" if published else None,
        related_headlines=related_headlines(tree, exclude=body),
        url=url or (doc.url if doc else None),
        warnings=warnings,
    )
