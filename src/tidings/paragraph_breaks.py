"""Sentence starts at paragraph breaks, set before spaCy's parser runs.

The parser alone runs a dateline or a heading into the sentence after it ("Friday, July 12,
2019\\n\\n\\nThe governor of Louisiana declared ..." parses as one sentence with no subject
for "declared"). A blank line always ends a sentence; a single line break does after a short
line of its own (a dateline, a heading), but not inside hard-wrapped prose.
"""

from __future__ import annotations

from typing import Any

#: A line this short standing alone is a heading or a dateline, not wrapped prose.
_SHORT_LINE = 8
COMPONENT = "tidings_paragraph_breaks"
#: Words a wrapped line may stop on in mid-phrase (Penn tags: the tagger runs before this
#: component, the coarse part of speech only after the parser).
_OPEN_ENDS = frozenset({"IN", "DT", "CC", "TO", "PRP", "PRP$", "WDT", "WP", "POS", ",", "HYPH",
                        "PDT", "RP"})


def mark_breaks(doc: Any) -> Any:
    line_start = 0
    for i, tok in enumerate(doc):
        if "\n" not in tok.text and "\n" not in tok.whitespace_:
            continue
        nxt = i + 1
        if nxt >= len(doc):
            break
        words = [t for t in doc[line_start:i] if not t.is_space]
        blank = tok.text.count("\n") + tok.whitespace_.count("\n") >= 2
        closed = _closed(words)
        if blank or ((_heading(words) or closed) and doc[nxt].text[:1].isupper()):
            doc[nxt].is_sent_start = True
            if closed:
                words[-1].is_sent_start = False  # the quote closes its own sentence
        line_start = nxt
    return doc


def _heading(words: list[Any]) -> bool:
    """A short line that ends a sentence or has no verb and does not stop mid-phrase."""
    if not words or len(words) > _SHORT_LINE:
        return False
    if words[-1].text in (".", "!", "?", ":", "\"", "\u201d"):
        return True
    return words[-1].tag_ not in _OPEN_ENDS and not any(
        w.tag_.startswith("VB") or w.tag_ == "MD" for w in words)


def _closed(words: list[Any]) -> bool:
    """A line that ends on a quote closing a full stop ('... more aid could go in."'): a
    paragraph, which the parser would run into the next one."""
    return len(words) >= 2 and words[-1].text in ("\"", "\u201d") \
        and words[-2].text in (".", "!", "?")


def register() -> None:
    """Make the component known to spaCy (idempotent)."""
    from spacy.language import Language

    if not Language.has_factory(COMPONENT):
        Language.component(COMPONENT, func=mark_breaks)
