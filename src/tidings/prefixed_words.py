"""Words of a prefix, a hyphen and a lower-case word ("re-established", "co-operate", "pre-empt",
"counter-attacked", "de-escalation") kept as one token.

spaCy's English tokenizer splits every hyphen between letters, so "Israel re-opened talks" reaches
the parser as "re", "-", "opened" and loses its verb. Kept whole, and read by the models as the
word written without its hyphen, it is tagged and parsed as that word is. The rule lemmatizer
cannot read it ("re-opene"): its lemma is the prefix with the lemma of the word after the hyphen,
written without the hyphen as the dictionary does ("reopen", "cooperation", "reelect"), unless
that is another word ("re-sign" is no "resign", "re-form" no "reform"). Names and other hyphened
words ("Jean-Pierre", "Guinea-Bissau", "pro-Russian", "anti-government") split as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

COMPONENT = "tidings_prefixed_lemmas"
NORMS = "tidings_prefixed_norms"
PREFIXES = frozenset({"re", "co", "pre", "de", "counter"})
#: Words that the prefix and hyphen tell apart from the word of the same letters without them.
HOMOGRAPHS = frozenset({
    "recall", "refuse", "release", "repress", "resign", "resolve", "restore", "retreat", "return",
    "react", "reform", "recover", "recount", "represent", "reserve", "resort", "restrain",
    "remark", "recreate", "recollect", "refund", "relay", "design", "deserve", "preserve",
    "present", "recreation", "reformation", "representation", "resolution", "resignation",
    "reservation", "research", "recovery"})


def prefixed(text: str) -> tuple[str, str] | None:
    """The prefix and the word of a prefixed hyphened word ("re-opened" -> "re", "opened")."""
    head, hyphen, tail = text.partition("-")
    if hyphen and head.lower() in PREFIXES and tail[:1].islower() and tail.isalpha():
        return head.lower(), tail
    return None


def keep_prefixed(infix_finditer: Callable[[str], Iterator[Any]]) -> Callable[[str], Iterator[Any]]:
    """The tokenizer's infix finder without the hyphen that follows a known prefix."""

    def finditer(text: str) -> Iterator[Any]:
        for m in infix_finditer(text):
            s = m.start()
            if m.group() == "-" and text[:s].lower() in PREFIXES and text[s + 1:s + 2].islower():
                continue
            yield m

    return finditer


def joined_norms(doc: Any) -> Any:
    """The tagger and parser read a prefixed word as the word written without its hyphen: its
    norm and its shape ("xx-xxxx" made "counter-sued" an adjective)."""
    from spacy.lang.lex_attrs import word_shape

    for tok in doc:
        if prefixed(tok.text) is not None:
            joined = tok.text.replace("-", "", 1)
            tok.norm_ = joined.lower()
            tok.lex.shape_ = word_shape(joined)
    return doc


def make_lemmas(nlp: Any) -> Callable[[Any], Any]:
    from spacy.tokens import Doc

    lemmatizer = nlp.get_pipe("lemmatizer")

    @lru_cache(maxsize=4096)
    def word_lemma(word: str, pos: str) -> str:
        tok = Doc(nlp.vocab, words=[word])[0]
        tok.pos_ = pos
        return str(lemmatizer.rule_lemmatize(tok)[0]).lower()

    def mend(doc: Any) -> Any:
        for tok in doc:
            parts = prefixed(tok.text)
            if parts is None:
                continue
            prefix, word = parts
            base = word_lemma(word, tok.pos_)
            tok.lemma_ = prefix + ("-" if prefix + base in HOMOGRAPHS else "") + base
        return doc

    return mend


def install(nlp: Any) -> None:
    """Keep prefixed words whole in ``nlp``'s tokenizer and give them their lemmas."""
    from spacy.language import Language

    nlp.tokenizer.infix_finditer = keep_prefixed(nlp.tokenizer.infix_finditer)
    if not Language.has_factory(COMPONENT):
        Language.factory(COMPONENT, func=lambda nlp, name: make_lemmas(nlp))
        Language.component(NORMS, func=joined_norms)
    nlp.add_pipe(NORMS, first=True)
    nlp.add_pipe(COMPONENT, after="lemmatizer")
