"""Why the coder found no event in a sentence: the first question when reading its misses.

- ``no trigger``: no word of the sentence is a verb or noun of the event lexicon;
- ``no pattern matched``: lexicon verbs are there, but none with the objects or particles its
  patterns ask for;
- ``dropped``: the coder found an event, but the events stage kept none (no actor with a
  country, a mishap, a hazard, a consultation with one party, ...).
"""

from __future__ import annotations

from ..knowledge.event_lexicon import lexicon
from ..model import Article
from ..pipeline.event_actors import ActorFinder, Found
from ..pipeline.event_coder import SentenceCoder
from ..pipeline.event_speech import SpeechCoder


def diagnose(article: Article, text: str) -> str:
    """One line on why ``article`` (already run through the events stage) has no event in the
    body sentences that ``text`` overlaps."""
    doc = article.docs.get("body")
    if doc is None:
        return "not parsed"
    want = " ".join(text.split())
    sents = [s for s in doc.sents if _overlaps(" ".join(s.text.split()), want)] or list(doc.sents)
    lex = lexicon()
    finder = ActorFinder(article, "body", doc, article.anchor_date)
    coder = SentenceCoder(lex, finder, headline=False)
    speech = SpeechCoder(finder, headline=False, coder=coder)
    found = [m for s in sents for m in (coder.code(s) or speech.code(s))]
    if found:
        return "dropped: " + "; ".join(
            f"{m.code} {m.trigger.text!r} {_names(m.sources)} -> {_names(m.targets)}"
            for m in found)
    verbs = sorted({t.lemma_.lower() for s in sents for t in s
                    if t.pos_ == "VERB" and t.lemma_.lower() in lex.verbs})
    if verbs:
        return "no pattern matched: " + ", ".join(verbs)
    return "no trigger"


def _names(found: list[Found]) -> str:
    return "[" + ", ".join(
        f"{f.actor.name}/{f.actor.country or '?'}" if f.actor is not None else str(f.anaphor)
        for f in found) + "]"


def _overlaps(sentence: str, text: str) -> bool:
    return bool(sentence) and (sentence in text or text in sentence)
