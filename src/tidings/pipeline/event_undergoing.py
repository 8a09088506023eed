"""Acts undergone, told by a copula and a noun of exposure: "has been subject to criticism
from Pakistan", "became the target of sanctions", "is the object of accusations". The one the
copula is said of undergoes the act; who does it is named by "from" (or the act's own words)."""

from __future__ import annotations

from typing import Any

from .event_lemmas import lemma as _lemma

#: Nouns and adjectives of exposure, with the preposition that names what one is exposed to.
_EXPOSED = {"subject": ("to", "of"), "target": ("of",), "object": ("of",), "focus": ("of",)}
#: Copulas that carry them ("has been", "became", "remains").
_COPULAS = frozenset({"be", "become", "remain"})
#: Roots of acts that befall the one exposed to them (inquiries, judgements, threats, protest,
#: coercion, force).
BEFALLING = frozenset({"09", "11", "12", "13", "14", "16", "17", "18", "19"})


def undergone_under(noun: Any) -> bool:
    """Whether ``noun`` is what a copula's subject is exposed to: "criticism" in "has been
    subject to criticism", "sanctions" in "became the target of sanctions"."""
    prep = noun.head
    exposed = prep.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _EXPOSED.get(
            _lemma(exposed), ()):
        return False
    copula = exposed.head
    return exposed.dep_ in ("acomp", "attr") and _lemma(copula) in _COPULAS and any(
        c.dep_ == "nsubj" for c in copula.children)

