"""Headlines from a page's clearly-marked "Related" / "Latest" / "Most read" lists.

Conservative on purpose: only links listed under a heading that names such a list, and only link
texts that read like headlines (several words, not part of the article body).
"""

from __future__ import annotations

import re

import lxml.html

_HEADING = re.compile(
    r"^\s*(?:related(?: stories| articles| news| content| coverage| reading)?"
    r"|latest(?: news| stories)?|most (?:read|popular|viewed|shared)|popular(?: now| stories)?"
    r"|read (?:also|more|next)|more (?:news|stories|from [\w .'’&-]{2,40})"
    r"|you (?:may|might) also like|recommended(?: for you)?"
    r"|trending(?: now| stories)?|top stories|editor'?s picks|also read|see also)\s*:?\s*$",
    re.I,
)
_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6", "strong", "span", "div", "p")
_SPACE = re.compile(r"\s+")
_MIN_WORDS, _MAX_WORDS = 4, 30
_MAX_HEADLINES = 30
#: A block with more links than this under one heading is a menu or a whole index page.
_MAX_BLOCK_LINKS = 15
_FURNITURE = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|footer|header|breadcrumbs?)(?:$|[\s_-])", re.I
)


def _in_furniture(el: lxml.html.HtmlElement) -> bool:
    for anc in el.iterancestors():
        if anc.tag in ("nav", "footer", "header"):
            return True
        marks = f"{anc.get('class') or ''} {anc.get('id') or ''}"
        if _FURNITURE.search(marks):
            return True
    return False


def _text(el: lxml.html.HtmlElement) -> str:
    return _SPACE.sub(" ", el.text_content()).strip()


def _is_heading(el: lxml.html.HtmlElement) -> bool:
    if el.tag not in _HEADING_TAGS or len(el) > 2:
        return False
    text = _text(el)
    return 0 < len(text) < 60 and bool(_HEADING.match(text))


def _headline_like(text: str) -> bool:
    """Several words ending as a headline ends (not "See more ►"), and not a list heading."""
    if not _MIN_WORDS <= len(text.split()) <= _MAX_WORDS or _HEADING.match(text):
        return False
    return text[-1].isalnum() or text[-1] in "?!.’'\")”"


def _links_after(heading: lxml.html.HtmlElement) -> list[str]:
    """Anchor texts in the smallest enclosing block that holds a list of links."""
    node = heading
    for _ in range(4):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html", "main", "article"):
            return []
        node = parent
        texts = [_text(a) for a in node.iterfind(".//a")]
        texts = [t for t in texts if _headline_like(t)]
        if len(texts) > _MAX_BLOCK_LINKS:
            return []
        if len(texts) >= 2:
            return texts
    return []


def related_headlines(tree: lxml.html.HtmlElement | None, exclude: str = "") -> list[str]:
    if tree is None:
        return []
    out: list[str] = []
    seen: set[str] = set()
    for el in tree.iter(*_HEADING_TAGS):
        if not _is_heading(el) or _in_furniture(el):
            continue
        for text in _links_after(el):
            key = text.casefold()
            if key in seen or text in exclude:
                continue
            seen.add(key)
            out.append(text)
            if len(out) >= _MAX_HEADLINES:
                return out
    return out
