"""The ``dates`` stage: every temporal expression in every section, normalised to an ISO value.

Own rules cover the common forms (dateparser is not used: it is slow and guesses too freely).
Values, resolved against ``article.anchor_date`` (published, else the reference date):

- a day: ``2025-05-08``; a month: ``2025-05``; a year: ``2025``; an ISO week: ``2025-W19``;
- a range, as an ISO 8601 interval ``START/END`` of days: "the first half of 2025" is
  ``2025-01-01/2025-06-30``, "the 1990s" ``1990-01-01/1999-12-31``, "May 1-5" ``2025-05-01/2025-05-05``,
  "January-May" and "the first five months" ``2025-01-01/2025-05-31``;
- "by the end of the year" is the anchor's year, "on the 15th" that day of the anchor's month (or the
  month before), fixed holidays ("Christmas Eve") their day;
- with no anchor, an unknown year is written ``XXXX`` ("May 8" -> ``XXXX-05-08``, "in March" ->
  ``XXXX-03``); expressions that need the anchor entirely ("yesterday", "last year") are dropped.

Direction: "May 8", "in March" and "on Thursday" mean the latest such day or month on or before the
anchor, unless the governing verb is plainly future ("will", "is scheduled for", headline "to
visit"), then the earliest on or after it. "last Tuesday" is strictly before, "next Tuesday"
strictly after. Durations ("six years", "10 days", "the past decade") are not dates.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..model import Article, DateMention
from .numbers import NUMBER, parse_number
from .registry import stage

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_MON = (
    r"(?:(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\b|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b\.?)"
)
_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_YEAR = r"(?:1[89]\d{2}|20\d{2})(?!\d|,\d|\.\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d%])"
_DASH = r"\s*(?:-|–|—|to|through|until)\s*"
_NOT_AMOUNT = r"(?!\s*(?:%|percent|per\s*cent|million|billion|thousand|trillion|bn\b|people))"
#: Words after which a bare month or year is a date ("in March", "since 2019").
_CUE = (
    r"(?:in|since|by|during|until|till|from|through|of|before|after|between|and|to|early|late"
    r"|mid-?|end\s+of|start\s+of|beginning\s+of|fiscal|year|on|for|last|next|this|around)"
)
_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
#: Entity types a weekday, month or year can be part of without being a date ("Sunday Times").
_NAME_ENTS = frozenset({"ORG", "PERSON", "WORK_OF_ART", "FAC", "PRODUCT", "LAW", "EVENT"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_FUTURE_VERBS = frozenset({"schedule", "plan", "slate", "due", "expect", "set", "intend", "aim"})
#: Verbs that, in the present tense, are about the future ("analysts expect a cut in July").
_FORECAST_VERBS = frozenset({"expect", "plan", "intend", "aim", "forecast", "predict", "project"})
_COUNT_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11,
}  # fmt: skip
#: Fixed-date holidays news names instead of a date: (month, day).
HOLIDAYS = {
    "christmas eve": (12, 24), "christmas day": (12, 25), "new year's eve": (12, 31),
    "new year's day": (1, 1), "victory day": (5, 9), "international women's day": (3, 8),
}  # fmt: skip


@dataclass
class Found:
    start: int
    end: int
    value: str


@dataclass
class _Ctx:
    """What a pattern handler needs to resolve one match."""

    anchor: date | None
    future: bool
    text: str


Handler = Callable[[re.Match[str], _Ctx], str | None]


def _month(word: str) -> int:
    return MONTHS[word.lower()[:3]]


def _day_str(d: date) -> str:
    return d.isoformat()


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year_of_day(anchor: date, month: int, day: int, future: bool) -> date | None:
    """The latest ``month``/``day`` on or before the anchor (earliest on or after when future)."""
    step = 1 if future else -1
    for k in range(0, 9):
        y = anchor.year + step * k
        d = _safe_date(y, month, day)
        if d is None:
            continue
        if (d >= anchor) if future else (d <= anchor):
            return d
    return None


def resolve_day_month(anchor: date | None, month: int, day: int, future: bool) -> str | None:
    if anchor is None:
        return f"XXXX-{month:02d}-{day:02d}" if _safe_date(2000, month, day) else None
    d = _year_of_day(anchor, month, day, future)
    return _day_str(d) if d else None


def resolve_month(anchor: date | None, month: int, mode: str, future: bool) -> str:
    """A month with no year: ``mode`` is "last", "next", "this" or "" (bare)."""
    if anchor is None:
        return f"XXXX-{month:02d}"
    y = anchor.year
    if mode == "last":
        y = y if month < anchor.month else y - 1
    elif mode == "next":
        y = y if month > anchor.month else y + 1
    elif mode == "this":
        pass
    elif future:
        y = y if month >= anchor.month else y + 1
    else:
        y = y if month <= anchor.month else y - 1
    return f"{y}-{month:02d}"


def resolve_weekday(anchor: date, weekday: int, mode: str, future: bool) -> str:
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if mode == "last":
        d = anchor - timedelta(days=back or 7)
    elif mode in ("next", "coming"):
        d = anchor + timedelta(days=ahead or 7)
    elif future:
        d = anchor + timedelta(days=ahead)
    else:
        d = anchor - timedelta(days=back)
    return _day_str(d)


def _shift_months(y: int, m: int, delta: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + delta
    return k // 12, k % 12 + 1


def _range(y1: int, m1: int, y2: int, m2: int) -> str:
    last = calendar.monthrange(y2, m2)[1]
    return f"{y1}-{m1:02d}-01/{y2}-{m2:02d}-{last:02d}"


def _year_from(m: re.Match[str], ctx: _Ctx, group: str, rel: str | None, last_month: int = 0) -> int | None:
    """A year written out, or from "this/last/next year" against the anchor; with neither, the
    latest year in which ``last_month`` (the end of a quarter or half) is over by the anchor."""
    if m.group(group):
        return int(m.group(group))
    if ctx.anchor is None:
        return None
    if rel is None:
        if not last_month:
            return None
        end = date(ctx.anchor.year, last_month, calendar.monthrange(ctx.anchor.year, last_month)[1])
        return ctx.anchor.year if end <= ctx.anchor or ctx.future else ctx.anchor.year - 1
    return ctx.anchor.year + {"this": 0, "the": 0, "last": -1, "next": 1}.get(rel.lower(), 0)


# --- handlers, one per pattern ---


def _iso(m: re.Match[str], ctx: _Ctx) -> str | None:
    d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return _day_str(d) if d else None


def _numeric(m: re.Match[str], ctx: _Ctx) -> str | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    day_first = m["sep"] == "." or a > 12
    d = _safe_date(y, b, a) if day_first else _safe_date(y, a, b)
    return _day_str(d) if d else None


def _day_range(m: re.Match[str], ctx: _Ctx) -> str | None:
    month = _month(m["mon"])
    d1, d2 = int(re.sub(r"\D", "", m["d1"])), int(re.sub(r"\D", "", m["d2"]))
    if d2 <= d1:
        return None
    if m["y"]:
        y = int(m["y"])
    elif ctx.anchor is None:
        y = 0
    else:
        first = _year_of_day(ctx.anchor, month, d1, ctx.future)
        if first is None:
            return None
        y = first.year
    if _safe_date(y or 2000, month, d2) is None:
        return None
    ys = f"{y:04d}" if y else "XXXX"
    return f"{ys}-{month:02d}-{d1:02d}/{ys}-{month:02d}-{d2:02d}"


def _day_month(m: re.Match[str], ctx: _Ctx) -> str | None:
    month, day = _month(m["mon"]), int(re.sub(r"\D", "", m["day"]))
    if m["y"]:
        d = _safe_date(int(m["y"]), month, day)
        return _day_str(d) if d else None
    return resolve_day_month(ctx.anchor, month, day, ctx.future)


def _month_year(m: re.Match[str], ctx: _Ctx) -> str | None:
    y = _year_from(m, ctx, "y", m["rel"])
    return None if y is None else f"{y}-{_month(m['mon']):02d}"


def _half(m: re.Match[str], ctx: _Ctx) -> str | None:
    n = _ORDINAL.get((m["n"] or "").lower()) or int(m["h"] or 0)
    y = _year_from(m, ctx, "y", m["rel"], 6 * n)
    if y is None:
        return None
    return _range(y, 1, y, 6) if n == 1 else _range(y, 7, y, 12) if n == 2 else None


def _quarter(m: re.Match[str], ctx: _Ctx) -> str | None:
    q = _ORDINAL.get((m["n"] or "").lower()) or int(m["q"] or 0)
    if not 1 <= q <= 4:
        return None
    y = _year_from(m, ctx, "y", m["rel"], 3 * q)
    if y is None:
        return None
    return _range(y, 3 * q - 2, y, 3 * q)


def _decade(m: re.Match[str], ctx: _Ctx) -> str | None:
    y = int(m["y"])
    return f"{y}-01-01/{y + 9}-12-31"


def _year_range(m: re.Match[str], ctx: _Ctx) -> str | None:
    y1, tail = int(m["y1"]), m["y2"]
    y2 = int(tail) if len(tail) == 4 else (y1 // 100) * 100 + int(tail)
    if not y1 < y2 <= y1 + 50:
        return None
    return f"{y1}-01-01/{y2}-12-31"


def _relative_day(m: re.Match[str], ctx: _Ctx) -> str | None:
    if ctx.anchor is None:
        return None
    w = re.sub(r"\s+", " ", m["w"].lower())
    delta = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(w, 0)
    return _day_str(ctx.anchor + timedelta(days=delta))


def _weekday(m: re.Match[str], ctx: _Ctx) -> str | None:
    if ctx.anchor is None:
        return None
    mode = (m["mode"] or "").lower()
    return resolve_weekday(ctx.anchor, WEEKDAYS.index(m["wd"].lower()), mode, ctx.future)


def _relative_period(m: re.Match[str], ctx: _Ctx) -> str | None:
    a = ctx.anchor
    if a is None:
        return None
    delta = {"last": -1, "next": 1, "this": 0}[m["mode"].lower()]
    unit = m["unit"].lower()
    if unit == "year":
        return str(a.year + delta)
    if unit == "month":
        y, mo = _shift_months(a.year, a.month, delta)
        return f"{y}-{mo:02d}"
    iso = (a + timedelta(weeks=delta)).isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def _ago(m: re.Match[str], ctx: _Ctx) -> str | None:
    a = ctx.anchor
    if a is None:
        return None
    word = m["n"].lower()
    n = 1 if word in ("a", "an") else parse_number(word)
    if n is None or n != int(n):
        return None
    k = int(n)
    unit = m["unit"].lower()
    if unit == "day":
        return _day_str(a - timedelta(days=k))
    if unit == "week":
        return _day_str(a - timedelta(weeks=k))
    if unit == "month":
        y, mo = _shift_months(a.year, a.month, -k)
        return f"{y}-{mo:02d}"
    return str(a.year - k * (10 if unit == "decade" else 1))


def _month_only(m: re.Match[str], ctx: _Ctx) -> str | None:
    mode = (m["mode"] or "").lower()
    return resolve_month(ctx.anchor, _month(m["mon"]), mode, ctx.future)


def _year(m: re.Match[str], ctx: _Ctx) -> str | None:
    return m["y"]


def _month_range(m: re.Match[str], ctx: _Ctx) -> str | None:
    """ "January-May 2025", "January–May": the months as one interval of days."""
    if not (_capitalised(m["m1"]) and _capitalised(m["m2"])):
        return None
    m1, m2 = _month(m["m1"]), _month(m["m2"])
    if m1 == m2:
        return None
    if m["y"]:
        y2 = int(m["y"])
    elif ctx.anchor is None:
        last = calendar.monthrange(2001, m2)[1]
        return f"XXXX-{m1:02d}-01/XXXX-{m2:02d}-{last:02d}"
    else:
        y2 = int(resolve_month(ctx.anchor, m2, "", ctx.future)[:4])
    return _range(y2 if m1 < m2 else y2 - 1, m1, y2, m2)


def _first_months(m: re.Match[str], ctx: _Ctx) -> str | None:
    """ "the first nine months of 2025", "9 months of 2024": January to the end of month N."""
    word = m["n"].lower()
    n = _COUNT_WORDS.get(word) or (int(word) if word.isdigit() else 0)
    if not 2 <= n <= 11:
        return None
    if not (m["first"] or m["y"] or m["rel"]):
        return None
    y = _year_from(m, ctx, "y", m["rel"], n)
    return None if y is None else _range(y, 1, y, n)


def _part_of_period(m: re.Match[str], ctx: _Ctx) -> str | None:
    """ "by the end of the year", "the start of the month": the anchor's year or month."""
    if ctx.anchor is None:
        return None
    if m["unit"].lower() == "year":
        return str(ctx.anchor.year)
    return f"{ctx.anchor.year}-{ctx.anchor.month:02d}"


def _day_of_month(m: re.Match[str], ctx: _Ctx) -> str | None:
    """ "on the 15th": that day of the anchor's month, or of the month before (after if future)."""
    a = ctx.anchor
    if a is None:
        return None
    day = int(m["day"])
    y, mo = a.year, a.month
    if ctx.future and day < a.day:
        y, mo = _shift_months(y, mo, 1)
    elif not ctx.future and day > a.day:
        y, mo = _shift_months(y, mo, -1)
    d = _safe_date(y, mo, day)
    return _day_str(d) if d else None


def _holiday(m: re.Match[str], ctx: _Ctx) -> str | None:
    key = re.sub(r"\s+", " ", m["h"].lower()).replace("’", "'")
    month, day = HOLIDAYS[key]
    return resolve_day_month(ctx.anchor, month, day, ctx.future)


_I = re.IGNORECASE
#: (pattern, handler, may be part of a name: skip it inside an ORG, PERSON ... entity)
PATTERNS: list[tuple[re.Pattern[str], Handler, bool]] = [
    (re.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d-])"), _iso, False),
    (
        re.compile(r"(?<![\d.,/])(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?!\d)"),
        _numeric,
        False,
    ),
    (
        re.compile(rf"\b(?P<mon>{_MON})\s+(?P<d1>{_DAY}){_DASH}(?P<d2>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?", _I),
        _day_range,
        False,
    ),
    (
        re.compile(
            rf"(?<![\d.,])(?P<d1>{_DAY}){_DASH}(?P<d2>{_DAY})\s+(?:of\s+)?(?P<mon>{_MON})"
            rf"(?:,?\s+(?P<y>{_YEAR}))?",
            _I,
        ),
        _day_range,
        False,
    ),
    (
        re.compile(
            rf"(?:\b{_WD},?\s+)?(?:the\s+)?(?<![\d.,])(?P<day>{_DAY})\s+(?:of\s+)?(?P<mon>{_MON})"
            rf"(?:,?\s+(?P<y>{_YEAR}))?",
            _I,
        ),
        _day_month,
        False,
    ),
    (
        re.compile(rf"(?:\b{_WD},?\s+)?\b(?P<mon>{_MON})\s+(?P<day>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?", _I),
        _day_month,
        False,
    ),
    (
        re.compile(rf"\b(?P<m1>{_MON})\s*(?:-|–|—)\s*(?P<m2>{_MON})(?:,?\s+(?P<y>{_YEAR}))?", _I),
        _month_range,
        False,
    ),
    (
        re.compile(rf"\b(?P<mon>{_MON})\s+(?:of\s+)?(?:(?P<y>{_YEAR})|(?P<rel>last|this|next)\s+year\b)", _I),
        _month_year,
        False,
    ),
    (
        re.compile(
            r"\b(?:the\s+)?(?P<first>first\s+)?(?P<n>two|three|four|five|six|seven|eight|nine|ten"
            r"|eleven|\d{1,2})\s+months\b(?:\s+of\s+(?:(?P<y>"
            rf"{_YEAR})|(?P<rel>this|last|next|the)\s+year\b))?",
            _I,
        ),
        _first_months,
        False,
    ),
    (
        re.compile(
            r"\b(?:end|start|beginning|middle|rest)\s+of\s+the\s+(?P<unit>year|month)\b"
            r"(?!\s+(?:before|after|earlier|ago)\b)",
            _I,
        ),
        _part_of_period,
        False,
    ),
    (
        re.compile(
            r"(?<=\bon\s)the\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
            r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|but|at|in|when|while|with|after|before|until)\b)",
            _I,
        ),
        _day_of_month,
        False,
    ),
    (
        re.compile(
            r"\b(?P<h>Christmas\s+(?:Eve|Day)|New\s+Year['’]s\s+(?:Eve|Day)|Victory\s+Day"
            r"|International\s+Women['’]s\s+Day)\b"
        ),
        _holiday,
        False,
    ),
    (
        re.compile(
            r"\b(?:the\s+)?(?P<n>first|second|1st|2nd)\s+half\b(?:\s+of\s+"
            rf"(?:(?P<y>{_YEAR})|(?P<rel>this|last|next|the)\s+year))?"
            rf"|\bH(?P<h>[12])\s+(?P<y2>{_YEAR})",
            _I,
        ),
        lambda m, c: _half(m, c) if not m["h"] else _range_h(m),
        False,
    ),
    (
        re.compile(
            r"\b(?:the\s+)?(?P<n>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b(?:\s+of\s+"
            rf"(?:(?P<y>{_YEAR})|(?P<rel>this|last|next|the)\s+year))?"
            rf"|\bQ(?P<q>[1-4])\s+(?P<y2>{_YEAR})",
            _I,
        ),
        lambda m, c: _quarter(m, c) if not m["q"] else _range_q(m),
        False,
    ),
    (re.compile(r"\b(?:the\s+)?(?P<y>(?:1[89]|20)\d0)s\b", _I), _decade, False),
    (
        re.compile(rf"(?<![\d,.$])(?P<y1>{_YEAR})\s*(?:-|–|—)\s*(?P<y2>\d{{4}}|\d{{2}})(?![\d%])"),
        _year_range,
        False,
    ),
    (
        re.compile(
            r"\b(?P<w>yesterday|today|tomorrow|tonight|last\s+night"
            r"|this\s+(?:morning|afternoon|evening))\b",
            _I,
        ),
        _relative_day,
        False,
    ),
    (
        re.compile(
            rf"(?:\b(?P<mode>last|next|this|coming)\s+)?\b(?P<wd>{_WD})"
            r"(?:\s+(?:morning|afternoon|evening|night))?\b",
            _I,
        ),
        _weekday,
        True,
    ),
    (
        re.compile(r"\b(?:(?:earlier|later)\s+)?(?P<mode>last|next|this)\s+(?P<unit>year|month|week)\b", _I),
        _relative_period,
        False,
    ),
    (
        re.compile(rf"\b(?P<n>an?|{NUMBER})\s+(?P<unit>day|week|month|year|decade)s?\s+ago\b", _I),
        _ago,
        False,
    ),
    (
        re.compile(
            rf"(?:\b(?P<mode>last|next|this)\s+)?\b(?P<mon>{_MON})(?!\s*\d)",
            _I,
        ),
        _month_only,
        True,
    ),
    (
        re.compile(rf"(?<![\d,.$])\b(?P<y>{_YEAR}){_NOT_AMOUNT}", _I),
        _year,
        True,
    ),
]


def _range_h(m: re.Match[str]) -> str:
    y = int(m["y2"])
    return _range(y, 1, y, 6) if m["h"] == "1" else _range(y, 7, y, 12)


def _range_q(m: re.Match[str]) -> str:
    y, q = int(m["y2"]), int(m["q"])
    return _range(y, 3 * q - 2, y, 3 * q)


_LOOKBEHIND_CUE = re.compile(rf"\b{_CUE}[\s-]$", _I)
_NEEDS_CUE: frozenset[Handler] = frozenset({_month_only, _year})


def _cued(text: str, start: int) -> bool:
    """Whether a bare month or year follows a word that makes it a date ("in", "since", "mid-")."""
    return _LOOKBEHIND_CUE.search(text[max(0, start - 20) : start]) is not None


_YEAR_ONLY = re.compile(rf"(?:the\s+year\s+)?(?P<y>{_YEAR})", _I)


def _is_future(doc: Any, start: int, end: int) -> bool:
    """Whether the verb governing the span at ``start:end`` is plainly about the future."""
    if doc is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    tok = span.root
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX"):
            break
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    else:
        return False
    kids = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    if kids & _FUTURE_AUX:
        return True
    if tok.lemma_.lower() in _FUTURE_VERBS and tok.tag_ == "VBN":
        return True
    if tok.lemma_.lower() in _FORECAST_VERBS and tok.tag_ in ("VBP", "VBZ"):
        return True
    if "to" in kids:
        head = tok.head
        return head.i == tok.i or head.lemma_.lower() in _FUTURE_VERBS or head.lower_ in ("due", "set")
    return False


def _in_name(doc: Any, start: int, end: int) -> bool:
    if doc is None:
        return False
    return any(e.label_ in _NAME_ENTS and e.start_char < end and start < e.end_char for e in doc.ents)


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def find_dates(text: str, doc: Any = None, anchor: date | None = None) -> list[Found]:
    """Every date expression in ``text`` with its value; ``doc`` (spaCy) refines when given."""
    taken: list[tuple[int, int]] = []
    found: list[Found] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for pattern, handler, cautious in PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.span()
            if s == e or not free(s, e):
                continue
            named = m.groupdict()
            word = named.get("mon") or named.get("wd")
            if word is not None and not _capitalised(word):
                continue
            if cautious and _in_name(doc, s, e):
                continue
            if handler in _NEEDS_CUE and not named.get("mode") and not _cued(text, s):
                continue
            ctx = _Ctx(anchor, _is_future(doc, s, e), text)
            value = handler(m, ctx)
            if value is None:
                continue
            taken.append((s, e))
            found.append(Found(s, e, value))
    if doc is not None:
        for ent in doc.ents:
            if ent.label_ != "DATE" or not free(ent.start_char, ent.end_char):
                continue
            surface = text[ent.start_char : ent.end_char]
            ym = _YEAR_ONLY.fullmatch(re.sub(r"^the\s+", "", surface, flags=_I))
            if ym is None or (ent.end < len(doc) and doc[ent.end].tag_ == "NNS"):
                continue
            s = ent.start_char + surface.find(ym["y"])
            found.append(Found(s, s + 4, ym["y"]))
            taken.append((s, s + 4))
    found.sort(key=lambda f: f.start)
    return found


def parse_anchor(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


class DatesStage:
    def __call__(self, article: Article) -> Article:
        anchor = parse_anchor(article.anchor_date)
        if article.anchor_date and anchor is None:
            article.add_error("dates", f"unreadable anchor date {article.anchor_date!r}")
        out: list[DateMention] = []
        for section, text in article.sections():
            doc = article.docs.get(section)
            for f in find_dates(text, doc, anchor):
                out.append(DateMention(text[f.start : f.end], f.value, section, f.start, f.end))
        article.dates = out
        return article


@stage("dates", requires=("docs",), assigns=("dates",))
def make_dates() -> Callable[[Article], Article]:
    return DatesStage()
