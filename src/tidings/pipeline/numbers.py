"""Numbers as written in English news: digits with separators, scale words, written-out numbers.

Shared by the ``amounts`` and ``dates`` stages. ``NUMBER`` is a regex fragment (no groups of its
own) matching one number; :func:`parse_number` turns its text into a float.
"""

from __future__ import annotations

import re

UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip

#: Scale words and abbreviations to their multipliers.
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "lakh": 1e5, "million": 1e6, "m": 1e6, "mn": 1e6,
    "mln": 1e6, "mil": 1e6, "crore": 1e7, "billion": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9,
    "trillion": 1e12, "tn": 1e12, "trn": 1e12, "trln": 1e12,
}  # fmt: skip
#: Abbreviations too ambiguous to trust without a currency beside them ("100m race", "5k run").
BARE_ONLY_WITH_MONEY = frozenset({"m", "k", "b", "mil"})

_UNIT_ALT = "|".join(sorted(UNITS, key=len, reverse=True))
_TENS_ALT = "|".join(TENS)
WORD_NUMBER = (
    rf"(?:(?:{_TENS_ALT})(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine)\b)?"
    rf"|(?:half\s+)?a\s+dozen|(?:{_UNIT_ALT})"
    r"|(?:half(?:\s+a)?|a)(?=\s+(?:hundred|thousand|million|billion|trillion)\b))(?![\w-])"
)
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
NUMBER = rf"(?:{DIGITS}|{WORD_NUMBER})"
SCALE = (
    r"(?:\s*-?\s*(?:hundred|thousand|million|billion|trillion|lakh|crore)\b"
    r"|\s?(?:bn|mn|mln|bln|tn|trn|trln|mil|m|k|b)\b)"
)

_WS = re.compile(r"[\s-]+")


def parse_number(text: str) -> float | None:
    """The value of one number as matched by ``NUMBER`` ("1,000", "31.5", "twenty-one")."""
    t = text.strip().lower()
    if t and (t[0].isdigit()):
        try:
            return float(t.replace(",", ""))
        except ValueError:
            return None
    words = [w for w in _WS.split(t) if w]
    if words and words[0] == "half" and "dozen" not in words:
        return 0.5
    if words == ["a"]:
        return 1.0
    if words[-2:] == ["a", "dozen"]:
        return 6.0 if words[0] == "half" else 12.0
    total = 0
    for w in words:
        if w in TENS:
            total += TENS[w]
        elif w in UNITS:
            total += UNITS[w]
        else:
            return None
    return float(total)


def scale_value(scale: str | None) -> float:
    if not scale:
        return 1.0
    return SCALES.get(scale.strip(" -").lower(), 1.0)
