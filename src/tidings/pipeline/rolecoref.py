"""Role-noun coreference: "the Russian President", "the Chinese leader", "the prime minister".

A role noun phrase that is not followed by a name points to an actor: the person of the article
who held that office of that country on the article's date, or, when the article names nobody in
it, the office holder the knowledge base gives for that country and date. Each reference becomes
a mention of that person's entity (its text is the role phrase, e.g. "Russian President").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..knowledge import get_kb
from ..knowledge import people as kb_people
from ..knowledge.resolve import role_on

#: Role nouns and the office kinds they name.
TITLES: dict[str, frozenset[str]] = {
    "president": frozenset({"hos", "hosg"}),
    "leader": frozenset({"hos", "hosg"}),
    "head of state": frozenset({"hos", "hosg"}),
    "king": frozenset({"hos"}),
    "queen": frozenset({"hos"}),
    "emir": frozenset({"hos", "hosg"}),
    "prime minister": frozenset({"hog", "hosg"}),
    "premier": frozenset({"hog", "hosg"}),
    "chancellor": frozenset({"hog"}),
    "foreign minister": frozenset({"fm"}),
    "defence minister": frozenset({"dm"}),
    "defense minister": frozenset({"dm"}),
    "pope": frozenset({"hosg"}),
    "pontiff": frozenset({"hosg"}),
}
#: Offices of one state only, which name it without a country word ("the Pope").
_OWN_STATE = {"pope": "VAT", "pontiff": "VAT"}
_KIND_QUERY = {"hos": "head_of_state", "hosg": "head_of_state", "hog": "head_of_government",
               "fm": "foreign_minister", "dm": "defence_minister"}
_TITLE_RE = "|".join(sorted((re.escape(t) for t in TITLES), key=len, reverse=True))
_PHRASE = re.compile(
    rf"\b(?P<det>[Tt]he\s+|[Ii]ts\s+)?(?P<adj>[A-Z][\w-]*(?:['’]s)?\s+)?(?P<title>(?i:{_TITLE_RE}))\b"
    rf"(?P<after>\s+(?:of\s+(?P<of>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)|[A-Z][\w-]*)?)?")


@dataclass(frozen=True)
class RoleRef:
    section: str
    start: int
    end: int
    country: str | None
    kinds: frozenset[str]


def find_role_refs(section: str, text: str) -> list[RoleRef]:
    """Role phrases that stand for a person: a determiner or a country before, no name after."""
    kb = get_kb()
    out: list[RoleRef] = []
    for m in _PHRASE.finditer(text):
        after = m.group("after") or ""
        of_country = kb.country_for(m.group("of")) if m.group("of") else None
        if after.strip() and not of_country:
            continue  # "President Putin": a title of a name, handled with the name
        adj = (m.group("adj") or "").strip()
        country = kb.country_for(adj) if adj else None
        if adj and country is None:
            if adj.lower() in ("the", "its", "a", "an"):
                adj = ""
            else:
                continue  # "Council President", "Vice President": another office
        country = country or of_country or _OWN_STATE.get(m.group("title").lower())
        if not m.group("det") and country is None:
            continue
        if not m.group("title")[0].isupper() and not m.group("det"):
            continue
        start = m.start("adj") if adj else m.start("title")
        end = m.end("after") if of_country else m.end("title")
        out.append(RoleRef(section, start, end, country, TITLES[m.group("title").lower()]))
    return out


def holder(ref: RoleRef, date: str | None) -> kb_people.Person | None:
    """Who held the office on ``date`` according to the knowledge base."""
    if ref.country is None or date is None:
        return None
    for kind in sorted(ref.kinds):
        person = kb_people.office_holder(ref.country, _KIND_QUERY[kind], date)
        if person is not None:
            held = role_on(person, date)
            if held is not None and held.kind in ref.kinds:
                return person
    return None


def matches(ref: RoleRef, person: kb_people.Person, date: str | None) -> bool:
    held = role_on(person, date)
    if held is None or held.kind not in ref.kinds:
        return False
    return ref.country is None or (held.country or person.country) == ref.country
