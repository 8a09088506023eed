"""Name keys and a name index: how a surface form ("the U.S.", "Élysée", "Guinea-Bissau") is matched.

A key is the surface folded to lower case without accents or dots, with hyphens, slashes and other
punctuation as single spaces, and without a leading "the". Acronyms (all capitals in the data, such
as "US", "CAR", "AP") are only matched when the text is not written all in lower case, so "us" or
"car" never become countries.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import Generic, TypeVar

T = TypeVar("T")

_APOSTROPHES = str.maketrans({"’": "'", "ʻ": "'", "ʼ": "'", "‘": "'", "`": "'"})
_SEPARATORS = re.compile(r"[^\w'&+]+")
_TOKEN = re.compile(r"[^\W_]+(?:[.'’&][^\W_]+)*\.?")


@lru_cache(maxsize=131072)
def fold(text: str) -> str:
    """Lower case without accents, with one kind of apostrophe."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.casefold().translate(_APOSTROPHES)


@lru_cache(maxsize=131072)
def key(text: str) -> str:
    """The lookup key of a surface form."""
    k = _SEPARATORS.sub(" ", fold(text).replace(".", "")).strip()
    k = " ".join(k.split())
    if k.startswith("the "):
        k = k[4:]
    return k


def is_acronym(surface: str) -> bool:
    """True for "US", "U.S.", "RFE/RL", "G7": capitals (and digits), no lower-case letter."""
    letters = [c for c in surface if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6


@lru_cache(maxsize=131072)
def _variants(k: str) -> tuple[str, ...]:
    return tuple(variants_of(k))


@lru_cache(maxsize=512)
def _words_of(text: str) -> tuple[tuple[tuple[int, int, str], ...], tuple[str, ...]]:
    """The words of running text with their keys; several indexes scan the same sentence."""
    tokens = tuple((m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text))
    return tokens, tuple(key(t[2]) for t in tokens)


def variants_of(k: str) -> Iterator[str]:
    """The key itself, then without a possessive, then without a plural ``s``."""
    yield k
    if k.endswith("'s"):
        yield k[:-2]
    elif k.endswith("s'") or (k.endswith("s") and len(k) > 3):
        yield k[:-1]


class NameIndex(Generic[T]):
    """Keys to values, first value wins; later clashing values are kept in ``clashes``."""

    def __init__(self) -> None:
        self._values: dict[str, T] = {}
        self._acronym_only: dict[str, bool] = {}
        self.clashes: list[tuple[str, T, T]] = []
        self.max_words = 1
        #: First words of every key: a scan skips a position whose word starts no name.
        self._first_words: set[str] = set()

    def add(self, surface: str, value: T) -> None:
        k = key(surface)
        if not k:
            return
        acronym = is_acronym(surface)
        if k in self._values:
            if self._values[k] != value:
                self.clashes.append((k, self._values[k], value))
                return
            self._acronym_only[k] = self._acronym_only[k] and acronym
            return
        self._values[k] = value
        self._acronym_only[k] = acronym
        self._first_words.add(k.split(" ", 1)[0])
        self.max_words = max(self.max_words, k.count(" ") + 1)

    def __contains__(self, k: str) -> bool:
        return k in self._values

    def __len__(self) -> int:
        return len(self._values)

    def _allowed(self, k: str, surface: str) -> bool:
        """An acronym key needs capitals: all of them up to three letters ("US", not "Us"),
        one at least beyond ("Nato" as the British press writes it)."""
        if not self._acronym_only.get(k):
            return True
        letters = [c for c in surface if c.isalpha()]
        if len(letters) <= 3:
            return all(c.isupper() for c in letters)
        return surface != surface.lower()

    def get(self, text: str, *, plural: bool = True) -> T | None:
        """The value for the whole of ``text`` (possessive and, if ``plural``, plural stripped)."""
        k = key(text)
        for candidate in variants_of(k) if plural else (k,):
            if candidate in self._values and self._allowed(candidate, text):
                return self._values[candidate]
        return None

    def scan(self, text: str, *, proper: bool = False) -> list[tuple[int, int, T]]:
        """Non-overlapping longest matches in running text, as (start, end, value); with
        ``proper``, only those written with a capital, as names are ("some male frogs" names
        no Malé)."""
        tokens, keys = _words_of(text)
        found: list[tuple[int, int, T]] = []
        i = 0
        first_words = self._first_words
        while i < len(tokens):
            hit = None
            if (proper and not tokens[i][2][:1].isupper()) or not any(
                    v in first_words for v in _variants(keys[i])):
                i += 1
                continue
            for n in range(min(self.max_words, len(tokens) - i), 0, -1):
                joined = " ".join(keys[i : i + n])
                surface = text[tokens[i][0] : tokens[i + n - 1][1]]
                for candidate in variants_of(joined):
                    if candidate in self._values and (
                        not self._acronym_only[candidate] or surface.replace(".", "").isupper()
                    ):
                        hit = (n, self._values[candidate])
                        break
                if hit:
                    break
            if hit:
                n, value = hit
                found.append((tokens[i][0], tokens[i + n - 1][1], value))
                i += n
            else:
                i += 1
        return found
