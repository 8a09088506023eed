"""Generic tidying of an extracted article body: page furniture the extractor let through.

Only lines that are furniture on any site are dropped: a repeated headline at the top,
"Advertisement" slugs, and the tail a page hangs after the story (newsletter pitches, share
buttons, copyright, the author's bio, image credits, "Read more:" lists).
"""

from __future__ import annotations

import re
from typing import Any

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)

#: Lines that are furniture wherever they stand.
_ANYWHERE = re.compile(
    r"^(?:advertisement|advertising|ad|sponsored|share this article|share|recommended"
    r"|oops!\s*something went wrong\.?\s*please try again later\.?|related video:?"
    r"|continue reading( below)?|story continues below( advertisement)?|scroll to continue"
    r"|(?:watch|listen)\s*[|:].*)$",
    re.I,
)

#: A heading after which the rest of the page is a list of other things.
_TAIL_HEADING = re.compile(
    r"^(?:read more|read next|related|related content|related stories|related articles"
    r"|more from [\w .'’&-]+|more information|more stories|see also|explore more"
    r"|references|sources|story source|journal reference|cite this page|you may also like"
    r"|most read|most popular|latest news|trending|newsletter|recommended for you"
    r"|(?:photo|image) credits|credits|further reading|about the authors?|comments|\d+ comments"
    r"|don['’]t miss|editor['’]s picks|up next|what to read next)\s*:?$",
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
    r"|^originally published\b|\boriginally (?:appeared|published) (?:on|in)\b"
    r"|^our standards\b|^(?:contact|email|reach) [\w .'’-]+ at\b"
    r"|\bappeared in the [\w ]+ (?:section|edition)\b"
    r"|^(?:more information|editor['’]s note|correction|clarification|disclosure|don['’]t miss)\s*:"
    r"|\bcan be reached at\b|^the (?:views|opinions) expressed\b|\beditorial board consists\b"
    r"|^[*_=~•·\-–— ]{3,}$)",
    re.I,
)

#: Where the story first ran: a note that may stand above it as well as below.
_ORIGIN = re.compile(
    r"^(?:this (?:story|article) (?:was )?(?:originally |first )?(?:published|appeared))"
    r"|\boriginally (?:appeared|published) (?:on|in)\b",
    re.I,
)

_BIO = re.compile(
    r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}"
    r"(?: (?:is|was|has been|covers|writes)\b.{0,160}\b"
    r"(?:writer|reporter|editor|journalist|correspondent|contributor|columnist|producer"
    r"|analyst|author|critic|freelancer)\b| (?:writes|reports) (?:about|on)\b)",
)
#: A bio may run longer than other tail lines.
_MAX_BIO_WORDS = 90


def _norm(text: str) -> str:
    return _NON_WORD.sub(" ", text.casefold()).strip()


#: A line this long is a paragraph of the story, whatever words it uses.
_MAX_TAIL_WORDS = 40


#: "RELATED: Another headline": a link to another story set inside this one.
_TEASER = re.compile(
    r"^(?:related(?: stories| articles| content| coverage)?|read(?: more| next| also)?|also read"
    r"|see also|more|required reading|recommended(?: reading)?|don['’]t miss)\s*:\s*\S",
    re.I,
)
#: A teaser line is a headline: no longer than this.
_MAX_TEASER_WORDS = 30


def _is_teaser(line: str) -> bool:
    return len(line.split()) <= _MAX_TEASER_WORDS and bool(_TEASER.match(line))


def _is_tail(line: str) -> bool:
    n = len(line.split())
    if n > _MAX_TAIL_WORDS:
        return n <= _MAX_BIO_WORDS and bool(_BIO.match(line))
    return bool(_TAIL_LINE.search(line) or _BIO.match(line) or _TAIL_HEADING.match(line))


#: Lines that stand above a story: notes, credits and dates, not its first paragraph.
_HEAD_LINE = re.compile(
    r"^(?:editor['’]s note|image|photo|video|spoiler)s?\b.{0,200}$"
    r"|\bindependently selected by our editors\b|\bwe may earn an? (?:affiliate )?commission\b"
    r"|^(?:\w+day,? )?\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{4}\b.{0,20}$",
    re.I,
)
#: How far down the headline may be repeated, under kickers and section names.
_TITLE_WINDOW = 5
#: Lines above a repeated headline are kickers and labels only up to this many words.
_MAX_KICKER_WORDS = 25


def _drop_head(lines: list[str], title: str | None) -> list[str]:
    """Without the repeated headline (and the labels above it) and notes before the story."""
    if title:
        target = _norm(title)
        for k, line in enumerate(lines[:_TITLE_WINDOW]):
            if _norm(line) == target:
                if all(len(x.split()) <= _MAX_KICKER_WORDS for x in lines[:k]):
                    lines = lines[k + 1 :]
                break
    while (
        len(lines) > 1
        and len(lines[0].split()) <= _MAX_TAIL_WORDS
        and (_HEAD_LINE.search(lines[0]) or _ORIGIN.search(lines[0]))
    ):
        lines = lines[1:]
    return lines


#: Lines after a tail heading this short are a list (credits, links), not the story.
_MAX_LIST_WORDS = 15


def _drop_teaser_lists(lines: list[str]) -> list[str]:
    """Without "Read more:"-style headings that head a list of links, nor their lists."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if i > 0 and nxt.startswith("- ") and _TAIL_HEADING.match(lines[i]):
            i += 1
            while i < len(lines) and lines[i].startswith("- "):
                i += 1
            continue
        out.append(lines[i])
        i += 1
    return out


def clean_body(body: str, title: str | None = None) -> str:
    """The body with furniture lines dropped; paragraphs stay separated by ``"\\n"``."""
    lines = [ln.strip() for ln in body.splitlines()]
    lines = [ln for ln in lines if ln and not _ANYWHERE.match(ln.removeprefix("- ")) and not _is_teaser(ln)]
    lines = _drop_teaser_lists(_drop_head(lines, title))
    # A "Read more:"-style heading in the last third starts the page's own lists; further up,
    # so does one that only short lines follow (credits, links), never paragraphs.
    start = len(lines) - max(1, len(lines) // 3)
    for i in range(max(1, len(lines) // 3), len(lines)):
        if _TAIL_HEADING.match(lines[i]) and (
            i >= start or all(len(ln.split()) <= _MAX_LIST_WORDS for ln in lines[i + 1 :])
        ):
            lines = lines[:i]
            break
    while len(lines) > 1 and _is_tail(lines[-1]):
        lines.pop()
    return "\n".join(lines)


#: class/id words that mark a box inside the article as not the story: a bio, a newsletter
#: pitch, a promo, a disclosure, an embedded post, a list of sources, a hidden or modal panel.
_FURNITURE_WORDS = frozenset(
    {
        "author",
        "authorbio",
        "bio",
        "biography",
        "byline",
        "callout",
        "caption",
        "comment",
        "comments",
        "credits",
        "disclosure",
        "hidden",
        "modal",
        "newsletter",
        "popup",
        "promo",
        "recirc",
        "recirculation",
        "related",
        "sources",
        "strapline",
        "subtitle",
        "teaser",
        "tweet",
        "twitter",
    }
)
#: Furniture words this long also count at either end of a longer word ("imagecaption").
_MIN_AFFIX = 6
_AFFIXES = tuple(sorted(w for w in _FURNITURE_WORDS if len(w) >= _MIN_AFFIX))
_CLASS_WORD = re.compile(r"[a-z]+")
_SPACES = re.compile(r"\s+")
#: Elements whose text a body line can be; others are never looked up.
_BLOCK_TAGS = frozenset(
    {
        "p",
        "li",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "div",
        "span",
        "td",
        "dd",
        "dt",
        "figcaption",
        "section",
        "aside",
        "pre",
    }
)
#: Pages with more elements than this are not looked at (the index would cost too much).
_MAX_ELEMENTS = 60_000
#: Texts longer than this are never one line of the body.
_MAX_LINE_CHARS = 3000
#: Lines are also found by their first this many characters (a link or a button may follow).
_PREFIX = 40


def _prefix_key(text: str) -> str:
    return "\x00" + text[:_PREFIX]


def _text_lengths(elements: list[Any]) -> dict[Any, int]:
    """Each element's text length, children before parents: one pass, not one per element."""
    size: dict[Any, int] = {}
    for el in reversed(elements):
        n = len(el.text or "") if isinstance(el.tag, str) else 0
        for child in el:
            n += size.get(child, 0) + len(child.tail or "")
        size[el] = n
    return size


def _block_index(elements: list[Any], size: dict[Any, int]) -> dict[str, Any]:
    """Innermost element for each block text in the page, and for each bare run of text.

    The runs catch lines that a ``<br>`` splits out of a longer block.
    """
    index: dict[str, Any] = {}
    for el in elements:
        if not isinstance(el.tag, str):
            continue
        for run, owner in ((el.text, el), (el.tail, el.getparent())):
            if run and owner is not None and len(run) < _MAX_LINE_CHARS and not run.isspace():
                text = _SPACES.sub(" ", run).strip()
                index.setdefault(text, owner)
                if len(text) > _PREFIX:
                    index.setdefault(_prefix_key(text), owner)
    for el in elements:
        if el.tag in _BLOCK_TAGS and 0 < size[el] < _MAX_LINE_CHARS:
            index[_SPACES.sub(" ", el.text_content()).strip()] = el
    return index


#: A line that is none of the page's texts is looked up by its opening run of text, cut at
#: a colon ("Name said:Quoted words") or, for a longer run, at a space, within this many
#: characters.
_MAX_OPENING = 80
_MIN_OPENING = 10
_MIN_WORDS_OPENING = 30
_CUT = re.compile(r"[ :]")


def _find(index: dict[str, Any], size: dict[Any, int], key: str) -> Any:
    """The element a body line came from, or None.

    Found by an opening run cut at a space only where that element holds at least half the
    line: a short caption run must not take a whole paragraph glued to it down with it.
    """
    el = index.get(key)
    if el is None and len(key) > _PREFIX:
        el = index.get(_prefix_key(key))
    if el is None:
        for m in reversed(list(_CUT.finditer(key, 0, _MAX_OPENING))):
            at_colon = m.group() == ":"
            if m.end() < (_MIN_OPENING if at_colon else _MIN_WORDS_OPENING):
                continue
            el = index.get(key[: m.end()].strip())
            if el is not None:
                return el if at_colon or 2 * size.get(el, 0) >= len(key) else None
    return el


def _furniture_word(word: str) -> bool:
    return word in _FURNITURE_WORDS or (
        len(word) > _MIN_AFFIX and (word.startswith(_AFFIXES) or word.endswith(_AFFIXES))
    )


def _marked(el: Any, size: dict[Any, int], container_chars: int) -> bool:
    """Whether the element sits in a furniture box below the story's own container."""
    while el is not None:
        if size.get(el, 0) > container_chars:
            return False
        words = _CLASS_WORD.findall(f"{el.get('class', '')} {el.get('id', '')}".lower())
        if el.tag == "figcaption" or any(_furniture_word(w) for w in words):
            return True
        el = el.getparent()
    return False


def drop_marked_blocks(body: str, tree: Any) -> str:
    """The body without lines that the page itself marks as furniture (by class or id).

    Each line is found back in the page; a line inside a box whose class says it is a bio,
    a newsletter pitch, a caption and the like goes, as long as that box is smaller than
    half the story (the story's own container may carry any name).
    """
    if not body or tree is None:
        return body
    elements = list(tree.iter())
    if len(elements) > _MAX_ELEMENTS:
        return body
    size = _text_lengths(elements)
    index = _block_index(elements, size)
    half = len(body) // 2
    kept = []
    for line in body.splitlines():
        key = _SPACES.sub(" ", line.removeprefix("- ")).strip()
        el = _find(index, size, key)
        if el is None or not _marked(el, size, half):
            kept.append(line)
    return "\n".join(kept)
