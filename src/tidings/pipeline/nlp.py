"""The NLP stage: spaCy over the title, the body and each related headline as separate texts.

Headlines in Title Case are re-cased first (see :mod:`tidings.casing`), so the Doc of a headline
may differ from its section text in letter case only; spans and offsets hold for both. Later
stages read ``article.docs[section]`` and take surface text from ``article.section_text``.
"""

from __future__ import annotations

from collections.abc import Callable

from .. import spacy_model
from ..casing import Vocabulary, body_proper_words, recase_headline
from ..model import Article
from .registry import stage

#: Texts longer than this are parsed in pieces no longer than it (spaCy's own limit is 1,000,000).
MAX_CHARS = 200_000


def _proper_words() -> Callable[[str], bool]:
    from ..knowledge import proper_name_words

    known = proper_name_words()
    return lambda word: word in known


class NlpStage:
    def __init__(self) -> None:
        self.nlp = spacy_model.load()
        self.vocab = Vocabulary.from_nlp(self.nlp)
        self.known = _proper_words()

    def texts_for(self, article: Article) -> list[tuple[str, str]]:
        from_body = body_proper_words(article.body)

        def is_proper(word: str) -> bool:
            return word in from_body or self.known(word)

        out = []
        for section, text in article.sections():
            if section != "body":
                text = recase_headline(text, self.vocab, is_proper)
            out.append((section, text[:MAX_CHARS]))
        return out

    def __call__(self, article: Article) -> Article:
        pairs = self.texts_for(article)
        docs = self.nlp.pipe([t for _, t in pairs], batch_size=64)
        article.docs = {section: doc for (section, _), doc in zip(pairs, docs, strict=True)}
        return article


@stage("nlp", assigns=("docs",))
def make_nlp() -> Callable[[Article], Article]:
    return NlpStage()
