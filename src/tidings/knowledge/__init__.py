"""The project's own knowledge: countries, organisations, people, roles, places, codebooks."""

from __future__ import annotations

from functools import lru_cache

from .base import KnowledgeBase
from .records import Country, Org, Place, Seat

__all__ = ["Country", "KnowledgeBase", "Org", "Place", "Seat", "get_kb", "proper_name_words"]


@lru_cache(maxsize=1)
def get_kb() -> KnowledgeBase:
    """The knowledge base, loaded on first use and shared afterwards."""
    return KnowledgeBase()


@lru_cache(maxsize=1)
def proper_name_words() -> frozenset[str]:
    """Single words that are parts of known proper names (countries, places, people, bodies).

    Used to keep such words capitalised when a Title Case headline is re-cased.
    """
    words = set(get_kb().proper_name_words())
    try:
        from .people import person_name_words
    except ImportError:
        return frozenset(words)
    words.update(person_name_words())
    return frozenset(words)
