"""How much one mention says about which country a story is about.

In a full article the headline and the lede say where the story happens; the paragraphs after
them bring in the outlets, foreign reactions and background that outnumber it ("Arrests made
in theft of gold toilet in England" quotes the New York Times and names an American artwork).
A mention in the headline or the first lines of an article's body counts three times; in a
single sentence or a brief every mention counts once.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..knowledge.gazetteer import get_gazetteer
from ..model import Article, Mention

#: A body this long is an article with a lede, not a sentence or a brief.
_ARTICLE_CHARS = 800
#: Where the lede ends, in characters from the start of the body.
_LEDE_CHARS = 400
_LEAD_WEIGHT = 3
#: Words before a country that name it as the far side of a border ("crossings with Ukraine",
#: "its border with Lebanon"): the neighbour, not where the story happens.
_FAR_SIDE = re.compile(r"\b(?:borders?|crossings?|frontiers?|checkpoints?)\s+with\s+(?:the\s+)?$",
                       re.IGNORECASE)


#: A city smaller than this in a headline may be a club, a firm or a namesake, not a story's place.
_BIG_CITY = 250_000
#: How many times larger than its namesakes abroad a place must be to be the one meant.
_DOMINANT = 8
#: Kinds of place a headline names as where the story is ("Lagos", "Texas", "County Cork").
_HOME_KINDS = ("city", "region", "county", "country")
#: Words that may open a place's name without making it another name ("Northern California").
_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                      "western", "central", "upstate", "downtown"})
#: Capitalised words after a place that name its office or body, not a longer name ("Melbourne
#: Lord Mayor", "Lagos State Police").
_OFFICES = frozenset({"mayor", "lord", "governor", "premier", "police", "court", "council",
                      "city", "state", "sheriff", "prosecutors", "authorities"})
_WORD = re.compile(r"[\w'’.-]+")


def headline_place(article: Article) -> str | None:
    """The one country the places a lone sentence's headline names lie in, when the entity
    reader found none there: a first-level region, a county or a large city standing as a name
    of its own ("Lagos police arrest ...", "Texas governor signs ...", "Magnitogorsk blast"),
    not a word of a longer name ("Kobe Bryant", "Lion Air", "London Bridge", "Rugby Union")."""
    title = article.title or ""
    if not title or is_article(article):
        return None
    return _title_country(title, tuple((m.start, m.end) for e in article.entities
                                       if e.type == "PERSON" for m in e.mentions
                                       if m.section == "title"))


@lru_cache(maxsize=256)
def _title_country(title: str, people: tuple[tuple[int, int], ...]) -> str | None:
    found: set[str] = set()
    for start, end, cands in get_gazetteer().scan(title):
        surface = title[start:end]
        if (not surface[:1].isupper() or any(a < end and start < b for a, b in people)
                or _in_longer_name(title, start, end)):
            continue
        # The places of the name that a headline could mean lie in one country, or one of
        # them is by far the largest ("Manchester" the city, not the Jamaican parish; "Punjab"
        # is India's and Pakistan's).
        places = sorted((c.entry for c in cands if c.primary and c.entry.kind in _HOME_KINDS
                         and (c.entry.kind != "city" or c.entry.population >= _BIG_CITY)),
                        key=lambda e: -e.population)
        if places and places[0].country and all(
                e.country == places[0].country or e.population * _DOMINANT < places[0].population
                for e in places[1:]):
            found.add(places[0].country)
    return found.pop() if len(found) == 1 else None


def _in_longer_name(title: str, start: int, end: int) -> bool:
    """A capitalised word right before (other than a compass word) or after the place."""
    head, tail = title[:start], title[end:]
    before = _WORD.findall(head) if head.endswith(" ") and head.rstrip()[-1:].isalnum() else []
    after = _WORD.findall(tail) if tail.startswith(" ") else []
    prev = before[-1] if before else ""
    nxt = after[0] if after else ""
    return (prev[:1].isupper() and prev.lower() not in _COMPASS) or (
        nxt[:1].isupper() and nxt.lower() not in _OFFICES)


def is_article(article: Article) -> bool:
    """A body long enough to be a whole article, with a lede and a story country."""
    return len(article.body) >= _ARTICLE_CHARS


def mention_weight(article: Article, m: Mention) -> int:
    """The weight of ``m`` in a vote on the story's country."""
    if _FAR_SIDE.search(article.section_text(m.section)[max(0, m.start - 40):m.start]):
        return 0
    if not is_article(article):
        return 1
    if m.section == "title" or (m.section == "body" and m.start < _LEDE_CHARS):
        return _LEAD_WEIGHT
    return 1
