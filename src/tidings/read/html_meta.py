"""Tidying the metadata trafilatura finds: titles, bylines, dates, and the page's JSON-LD."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import lxml.html

_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_SPACE = re.compile(r"\s+")
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
#: "Title | Site", "Title - Site", "Title — Site": separators that put a site name after a title.
_TITLE_SEP = re.compile(r"\s+(?:\||-|–|—|::|·)\s+")
#: Section labels some sites put before the headline in <title> ("Opinion | ...").
_TITLE_LABEL = re.compile(
    r"^(?:(?:opinion|analysis|editorial|watch|video|live)\s*[|:]|[\w&'’]+(?: [\w&'’]+)?\s+\|)\s+",
    re.I,
)
#: Byline noise: what a byline widget adds around the name.
_BYLINE_PREFIX = re.compile(r"^(?:view all posts by|posts by|written by|by)\s+", re.I)
_BYLINE_SUFFIX = re.compile(
    r"\s+(?:published|updated|link copied|author\b.*|the associated press|associated press)$",
    re.I,
)
_NOT_A_NAME = re.compile(
    r"\b(?:staff|published|updated|sponsored|contributors?|editors?|newsroom|desk|team"
    r"|officer|head|director|president|chief|correspondent|reporter|writer)\b"
    r"|\b(?:com|net|org)$|\d",
    re.I,
)
_CREDENTIAL = re.compile(r"^[A-Z]{1,4}$")
#: Letters after a name: "Jane Doe MS", "John Roe PhD".
_POSTNOMINAL = re.compile(r"(?:\s+(?:[A-Z]{2,4}|Ph\.?D\.?|M\.?D\.?))+$")


def _norm(text: str) -> str:
    return _NON_WORD.sub(" ", text.casefold()).strip()


def clean_date(value: str | None) -> str | None:
    """An ISO ``YYYY-MM-DD`` date, or None for anything else."""
    if not value:
        return None
    m = _DATE.match(value.strip())
    if not m:
        return None
    year, month, day = (int(g) for g in m.groups())
    if not (1900 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    return m.group(0)


def clean_title(title: str | None, site: str | None = None) -> str | None:
    """The headline without a trailing "| Site name" and a leading section label."""
    if not title:
        return None
    title = _SPACE.sub(" ", title).strip()
    title = _TITLE_LABEL.sub("", title)
    parts = _TITLE_SEP.split(title)
    if len(parts) > 1:
        site_norm = _norm(site or "")
        tail = _norm(parts[-1])
        short_tail = len(parts[-1].split()) <= 4 and len(parts[-1]) < len(parts[0])
        if short_tail or (site_norm and (tail in site_norm or site_norm in tail)):
            title = _TITLE_SEP.split(title, maxsplit=len(parts) - 2)[0]
            while True:
                rest = _TITLE_SEP.split(title)
                if len(rest) > 1 and len(rest[-1].split()) <= 3 and len(rest[-1]) < len(rest[0]):
                    title = title[: title.rfind(rest[-1])].rstrip(" |-–—:·")
                else:
                    break
    return title.strip() or None


def _words(text: str) -> set[str]:
    return set(_norm(text).split())


def page_title(tree: lxml.html.HtmlElement | None, meta_title: str | None, site: str | None) -> str | None:
    """The headline: the page's ``<h1>`` where it has one, else the cleaned metadata title.

    The ``<h1>`` is what a reader sees as the headline; ``<title>`` and ``og:title`` are often a
    shorter, search-tuned variant. Where several ``<h1>`` stand, the one sharing most words with
    the metadata title wins (the others are logos and section names).
    """
    fallback = clean_title(meta_title, site)
    if tree is None:
        return fallback
    heads = []
    for h1 in tree.iter("h1"):
        text = _SPACE.sub(" ", h1.text_content()).strip()
        if 2 <= len(text.split()) <= 40:
            heads.append(_TITLE_LABEL.sub("", text))
    if not heads:
        return fallback
    if len(heads) > 1 and fallback:
        target = _words(fallback)
        return max(heads, key=lambda h: len(_words(h) & target) / max(1, len(_words(h))))
    return heads[0]


def _name_case(name: str) -> str:
    return name.title() if name.isupper() and len(name) > 4 else name


def clean_authors(byline: str | None, site: str | None = None, publishers: tuple[str, ...] = ()) -> list[str]:
    """Split trafilatura's ``"A; B"`` byline and drop what is not a person's name."""
    if not byline:
        return []
    banned = {_norm(x) for x in (site, *publishers) if x}
    out: list[str] = []
    for raw in byline.split(";"):
        name = _SPACE.sub(" ", raw).strip(" ,.")
        name = _BYLINE_PREFIX.sub("", name)
        name = _BYLINE_SUFFIX.sub("", name).strip(" ,.")
        if not name.isupper():
            name = _POSTNOMINAL.sub("", name)
        norm = _norm(name)
        if len(norm) <= 3 or _CREDENTIAL.match(name) or _NOT_A_NAME.search(name):
            continue
        if any(norm == b or (len(norm) > 3 and norm in b) or (b and b in norm) for b in banned):
            continue
        name = _name_case(name)
        if all(_norm(n) != norm for n in out):
            out.append(name)
    return out


def _json_ld(tree: lxml.html.HtmlElement) -> Iterator[Any]:
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        try:
            yield json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue


def _walk(obj: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 8:
        return
    if isinstance(obj, dict):
        yield obj
        for value in obj.values():
            yield from _walk(value, depth + 1)
    elif isinstance(obj, list):
        for value in obj:
            yield from _walk(value, depth + 1)


def json_ld_facts(tree: lxml.html.HtmlElement) -> tuple[str | None, tuple[str, ...]]:
    """The page's JSON-LD ``articleBody`` and the publishers' names it gives.

    The body only when the page declares exactly one: a live blog or a listing carries many, and
    none of them is the page's article.
    """
    bodies: list[str] = []
    publishers: list[str] = []
    for data in _json_ld(tree):
        for node in _walk(data):
            text = node.get("articleBody")
            if isinstance(text, str) and text.strip() and text.strip() not in bodies:
                bodies.append(text.strip())
            pub = node.get("publisher")
            for p in pub if isinstance(pub, list) else [pub]:
                if isinstance(p, dict) and isinstance(p.get("name"), str):
                    publishers.append(p["name"])
    body = bodies[0] if len(bodies) == 1 else None
    return body, tuple(dict.fromkeys(publishers))


#: Scripts larger than this are not parsed for an embedded story.
_MAX_SCRIPT_CHARS = 4_000_000
_MAX_NODES = 200_000
_HTML_TAG = re.compile(r"<[^>]{0,400}>")


def _leaf_text(obj: Any, out: list[str], budget: list[int], depth: int = 0) -> None:
    """The prose strings under a JSON node, in order (strings with a space in them)."""
    budget[0] -= 1
    if budget[0] < 0 or depth > 40:
        return
    if isinstance(obj, str):
        if " " in obj and not obj.startswith(("http", "/")):
            out.append(_HTML_TAG.sub(" ", obj))
    elif isinstance(obj, dict):
        for value in obj.values():
            _leaf_text(value, out, budget, depth + 1)
    elif isinstance(obj, list):
        for value in obj:
            _leaf_text(value, out, budget, depth + 1)


def _lists(obj: Any, depth: int = 0) -> Iterator[list[Any]]:
    if depth > 40:
        return
    if isinstance(obj, dict):
        for value in obj.values():
            yield from _lists(value, depth + 1)
    elif isinstance(obj, list):
        if len(obj) >= 3:
            yield obj
        for value in obj:
            yield from _lists(value, depth + 1)


def _repetitive(text: str) -> bool:
    """Whether the text says much of itself twice (data holding each paragraph in two forms)."""
    words = _NON_WORD.sub(" ", text.casefold()).split()
    grams = [tuple(words[i : i + 4]) for i in range(len(words) - 3)]
    return len(set(grams)) < 0.9 * len(grams)


def embedded_story(tree: lxml.html.HtmlElement, leads: list[str], min_words: int) -> str | None:
    """The story as a page's script data holds it, where the HTML shows only its first lines.

    Some pages render the opening paragraphs and ship the rest as JSON for a script to draw.
    The story is the smallest JSON list whose items' prose holds one of the ``leads`` (lines the
    extractor found) and runs to at least ``min_words`` words; one item is one paragraph.
    """
    keys = [_SPACE.sub(" ", lead)[:60] for lead in leads if len(lead) >= 60]
    if not keys:
        return None
    best: tuple[int, str] | None = None
    for script in tree.iter("script"):
        raw = (script.text or "").strip()
        if len(raw) < 2000 or len(raw) > _MAX_SCRIPT_CHARS or raw[0] not in "{[":
            continue
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            continue
        budget = [_MAX_NODES]
        for items in _lists(data):
            paras = []
            for item in items:
                parts: list[str] = []
                _leaf_text(item, parts, budget)
                para = _SPACE.sub(" ", "".join(parts)).strip()
                if para:
                    paras.append(para)
            if budget[0] < 0:
                break
            text = "\n".join(paras)
            n = len(text.split())
            if (
                n >= min_words
                and (best is None or n < best[0])
                and any(k in text for k in keys)
                and not _repetitive(text)
            ):
                best = (n, text)
    return best[1] if best else None
