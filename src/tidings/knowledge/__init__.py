"""The project's own knowledge: countries, organisations, people, roles, places, codebooks."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def proper_name_words() -> frozenset[str]:
    """Single words that are parts of known proper names (countries, places, people, bodies).

    Used to keep such words capitalised when a Title Case headline is re-cased.
    """
    return frozenset()
