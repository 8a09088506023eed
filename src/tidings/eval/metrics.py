"""Scoring helpers shared by the evaluation commands."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class PRF:
    precision: float
    recall: float
    f1: float

    @classmethod
    def from_counts(cls, tp: float, n_pred: float, n_gold: float) -> PRF:
        p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
        r = tp / n_gold if n_gold else (1.0 if not n_pred else 0.0)
        f = 2 * p * r / (p + r) if p + r else 0.0
        return cls(p, r, f)


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    w = words(text)
    if len(w) < n:
        return Counter([tuple(w)]) if w else Counter()
    return Counter(tuple(w[i : i + n]) for i in range(len(w) - n + 1))


def shingle_prf(predicted: str, gold: str, n: int = 4) -> PRF:
    """Body-text precision/recall/F1 over word n-gram shingles (multiset overlap)."""
    p, g = shingles(predicted, n), shingles(gold, n)
    tp = sum((p & g).values())
    return PRF.from_counts(tp, sum(p.values()), sum(g.values()))
