"""Aliases stated in the text: "X refers to Y", "Y, also known as X", "Y (X)", "Y, the so-called X".

Each finding is an (alias, canonical) pair of character spans in one section. The entities stage
turns them into ``article.aliases`` and merges the entity clusters the two sides name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..knowledge import get_kb

_Q_OPEN = "\"“‘'«"
_Q_CLOSE = "\"”’'»"
#: A name: capitalised words with inner particles and digits ("Power of Siberia 2").
_NAME = r"[A-Z][\w.&'’-]*(?:\s+(?:of|the|and|for|de|[A-Z0-9][\w.&'’-]*))*"
_QUOTED = rf"[{_Q_OPEN}](?P<q>[^{_Q_CLOSE}\n]{{2,80}})[{_Q_CLOSE}]"

_REFERS = re.compile(
    rf"(?:{_QUOTED}|(?P<a>{_NAME}))\s+(?:refers|referred)\s+to\s+(?:the\s+)?(?P<c>{_NAME})")
_AKA = re.compile(
    rf"(?P<c>{_NAME}),?\s+(?:also|otherwise|formerly|better)\s+(?:known|called|referred\s+to)\s+as\s+"
    rf"(?:the\s+)?(?:{_QUOTED}|(?P<a>{_NAME}))")
_SO_CALLED = re.compile(
    rf"(?P<c>{_NAME}),\s+(?:the\s+)?so-called\s+(?:{_QUOTED}|(?P<a>{_NAME}))")
_ACRONYM = re.compile(rf"(?P<c>{_NAME})\s+\((?P<a>[A-Z][A-Za-z0-9&.-]{{1,9}})\)")


@dataclass(frozen=True)
class AliasSpan:
    section: str
    alias_start: int
    alias_end: int
    canonical_start: int
    canonical_end: int


def _initials_match(name: str, acronym: str) -> bool:
    """"Eurasian Development Bank" and "EDB"; words like "of" and "the" may be skipped."""
    letters = [c for c in acronym if c.isalpha()]
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", name)]
    initials = "".join(w[0] for w in words).upper()
    content = "".join(w[0] for w in words if w[0].isupper()).upper()
    target = "".join(letters).upper()
    return bool(target) and (target in (initials, content) or content.startswith(target)
                             or _subsequence(target, initials))


def _kb_pair(name: str, acronym: str) -> bool:
    """The knowledge base gives the acronym to that very name, though the initials differ:
    "Federal Security Service (FSB)", "National Security Committee (KNB)"."""
    kb = get_kb()
    org = kb.org_names.get(acronym, plural=False)
    return org is not None and kb.organisation(name) is org


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return len(short) >= 2 and short[0] == long[:1] and all(c in it for c in short)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop trailing lower-case words and a leading "The" from a matched name span."""
    span = text[start:end]
    words = span.split()
    while words and words[-1][0].islower():
        words.pop()
    if len(words) > 1 and words[0] in ("The", "the"):
        start += span.index(words[1])
        words = words[1:]
    if not words:
        return start, start
    last = words[-1]
    return start, text.index(last, start) + len(last)


def find_aliases(section: str, text: str) -> list[AliasSpan]:
    out: list[AliasSpan] = []
    for pattern in (_REFERS, _AKA, _SO_CALLED):
        for m in pattern.finditer(text):
            group = "q" if m.group("q") else "a"
            a_start, a_end = m.span(group)
            if group == "a":
                a_start, a_end = _trim(text, a_start, a_end)
            c_start, c_end = _trim(text, *m.span("c"))
            if a_end > a_start and c_end > c_start:
                out.append(AliasSpan(section, a_start, a_end, c_start, c_end))
    for m in _ACRONYM.finditer(text):
        c_start, c_end = _trim(text, *m.span("c"))
        name, acronym = text[c_start:c_end], m.group("a")
        words = name.split()
        # The definition may only cover the last words of a longer capitalised run.
        for i in range(len(words)):
            tail = " ".join(words[i:])
            if (_initials_match(tail, acronym) or _kb_pair(tail, acronym)) \
                    and len(words) - i >= 2:
                start = c_start + name.index(tail) if i else c_start
                out.append(AliasSpan(section, m.start("a"), m.end("a"), start,
                                     start + len(tail)))
                break
    return out
