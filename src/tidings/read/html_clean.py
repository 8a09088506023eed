"""Generic tidying of an extracted article body: page furniture the extractor let through.

Only lines that are furniture on any site are dropped: a repeated headline at the top,
"Advertisement" slugs, and the tail a page hangs after the story (newsletter pitches, share
buttons, copyright, the author's bio, image credits, "Read more:" lists).
"""

from __future__ import annotations

import re

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)

#: Lines that are furniture wherever they stand.
_ANYWHERE = re.compile(
    r"^(?:advertisement|advertising|ad|sponsored|share this article|share|recommended"
    r"|oops!\s*something went wrong\.?\s*please try again later\.?|related video:?"
    r"|continue reading( below)?|story continues below( advertisement)?|scroll to continue)$",
    re.I,
)

#: A heading after which the rest of the page is a list of other things.
_TAIL_HEADING = re.compile(
    r"^(?:read more|read next|related|related content|related stories|related articles"
    r"|more from [\w .'’&-]+|more information|more stories|see also|explore more"
    r"|references|sources|story source|journal reference|cite this page|you may also like"
    r"|most read|most popular|latest news|trending|newsletter|recommended for you)\s*:?$",
    re.I,
)

#: Lines that end a page rather than a story; dropped only at the bottom.
_TAIL_LINE = re.compile(
    r"(?:^(?:©|\(c\)|copyright\b)|all rights reserved"
    r"|\b(?:subscribe|subscription|newsletter|sign up|signing up|inbox)\b"
    r"|\b(?:download|install) the [\w .'’-]+ app\b"
    r"|^follow [\w .'’&-]+ on (?:twitter|x|facebook|instagram|tiktok|linkedin)"
    r"|contributed to this (?:report|story|article)|^contributing:"
    r"|^\(?(?:lead )?(?:photo|image|picture|gallery|top image|header image|video)s?"
    r"(?: credits?| via| by)?\s*:|^\[?image via\b|^image credits?\b|^credits?:"
    r"|^(?:this (?:story|article) (?:was )?(?:originally |first )?(?:published|appeared))"
    r"|^originally published\b|^our standards\b|^(?:contact|email|reach) [\w .'’-]+ at\b"
    r"|\bappeared in the [\w ]+ (?:section|edition)\b)",
    re.I,
)

_BIO = re.compile(
    r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3} (?:is|was|has been|covers|writes)\b.{0,160}\b"
    r"(?:writer|reporter|editor|journalist|correspondent|contributor|columnist|producer"
    r"|analyst|author|critic|freelancer)\b",
)


def _norm(text: str) -> str:
    return _NON_WORD.sub(" ", text.casefold()).strip()


#: A line this long is a paragraph of the story, whatever words it uses.
_MAX_TAIL_WORDS = 40


def _is_tail(line: str) -> bool:
    if len(line.split()) > _MAX_TAIL_WORDS:
        return False
    return bool(_TAIL_LINE.search(line) or _BIO.match(line) or _TAIL_HEADING.match(line))


def clean_body(body: str, title: str | None = None) -> str:
    """The body with furniture lines dropped; paragraphs stay separated by ``"\\n"``."""
    lines = [ln.strip() for ln in body.splitlines()]
    lines = [ln for ln in lines if ln and not _ANYWHERE.match(ln)]
    if title and lines and _norm(lines[0]) == _norm(title):
        lines = lines[1:]
    # A "Read more:"-style heading in the last third starts the page's own lists.
    start = len(lines) - max(1, len(lines) // 3)
    for i in range(max(1, start), len(lines)):
        if _TAIL_HEADING.match(lines[i]):
            lines = lines[:i]
            break
    while len(lines) > 1 and _is_tail(lines[-1]):
        lines.pop()
    return "\n".join(lines)
