"""A headline read from a news URL's slug, for documents that come without one.

Most outlets put the story's headline into the address ("/wiki/Benin,_Nigeria_join_African_Union",
"/news/putin-and-xi-hold-talks-in-moscow-393847/"). A sentence or a plain text given with its URL
has no other headline; the slug still says where the story happens and who is in it, which is
what a lone sentence lacks ("Police arrested the accused" in a story from New Zealand).
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

_EXTENSION = re.compile(r"\.(?:s?html?|php\d?|aspx?|jsp|cms)$", re.IGNORECASE)
_SPLIT = re.compile(r"[-_+\s]+")
#: Ids and dates outlets add around a slug: "393847", "2025", "a1b2c3d4", "p7".
_ID = re.compile(r"^(?:\d+|(?=[a-f]*\d)[0-9a-f]{6,}|[a-z]\d+)$", re.IGNORECASE)
_WORD = re.compile(r"^[^\W\d_][\w'’.,:;!?()&]*$")
_MIN_WORDS = 3
_MAX_CHARS = 200


def title_from_url(url: str | None) -> str | None:
    """The headline words of ``url``'s slug, or None when its path has no slug of three or more
    words. An all-lowercase slug comes back in Title Case, which the NLP stage re-cases as it
    does any Title Case headline."""
    if not url or "/" not in url:
        return None
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return None
    for segment in reversed([s for s in path.split("/") if s]):
        words = _slug_words(_EXTENSION.sub("", unquote(segment)))
        if words:
            text = " ".join(words)[:_MAX_CHARS].strip()
            if text == text.lower():
                text = " ".join(w[:1].upper() + w[1:] for w in text.split())
            return text
    return None


def _slug_words(segment: str) -> list[str] | None:
    tokens = [t for t in _SPLIT.split(segment) if t]
    while tokens and _ID.match(tokens[-1]):
        tokens.pop()
    while tokens and _ID.match(tokens[0]):
        tokens.pop(0)
    words = [t for t in tokens if _WORD.match(t)]
    if len(words) < _MIN_WORDS or len(words) * 10 < len(tokens) * 7:
        return None
    return tokens
