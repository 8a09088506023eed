"""The ``tone`` stage: GDELT-style document tone over the title and body.

tone = (positive words - negative words) / all words x 100, so it runs from -100 to +100 and sits
near zero for most news (GDELT reports the same ratio). Words are alphabetic tokens; a token is
positive or negative when its lower-cased form or its lemma is in ``data/tone_lexicon.txt`` (the
project's own list of a few hundred news polarity words). Negation is not handled, as in GDELT.
A document with no words gets ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import resources

from ..model import Article
from .registry import stage

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, int]:
    """Word -> +1 or -1, from the packaged lexicon file."""
    text = resources.files("tidings.pipeline").joinpath("data/tone_lexicon.txt").read_text("utf-8")
    out: dict[str, int] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        word, polarity = line.split("\t")
        out[word] = 1 if int(polarity) > 0 else -1
    return out


def polarity(form: str, lemma: str) -> int:
    """+1, -1 or 0 for one word, by its lower-cased form or else its lemma."""
    lex = lexicon()
    return lex.get(form) or lex.get(lemma, 0)


def tone_of(words: Iterable[tuple[str, str]]) -> float | None:
    """Tone of ``(lower-cased form, lemma)`` pairs; ``None`` when there are none."""
    total = pos = neg = 0
    for form, lemma in words:
        total += 1
        word_polarity = polarity(form, lemma)
        if word_polarity > 0:
            pos += 1
        elif word_polarity < 0:
            neg += 1
    if not total:
        return None
    return round((pos - neg) / total * 100, 3)


def _words(article: Article) -> Iterable[tuple[str, str]]:
    for section in ("title", "body"):
        doc = article.docs.get(section)
        if doc is not None:
            for tok in doc:
                if tok.is_alpha:
                    yield tok.lower_, tok.lemma_.lower()
        elif section == "body" or article.title:
            text = article.body if section == "body" else article.title or ""
            for m in _WORD.finditer(text):
                w = m.group(0).lower()
                yield w, w


class ToneStage:
    def __call__(self, article: Article) -> Article:
        article.tone = tone_of(_words(article))
        return article


@stage("tone", requires=("docs",), assigns=("tone",))
def make_tone() -> Callable[[Article], Article]:
    return ToneStage()
