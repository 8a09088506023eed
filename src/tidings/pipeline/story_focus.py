"""How much one mention says about which country a story is about.

In a full article the headline and the lede say where the story happens; the paragraphs after
them bring in the outlets, foreign reactions and background that outnumber it ("Arrests made
in theft of gold toilet in England" quotes the New York Times and names an American artwork).
A mention in the headline or the first lines of an article's body counts three times; in a
single sentence or a brief every mention counts once.
"""

from __future__ import annotations

import re

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
