"""Dates for event mentions: the day a sentence names, else the day the story last named.

Date mentions come from the ``dates`` stage (``article.dates``) when it ran, else from the same
rules run here over the section (:func:`tidings.pipeline.dates.find_dates`). In the body a
narrative keeps its day: a sentence without a day of its own takes the last day named before
it ("On May 8, ... The leaders then held talks" are both May 8). A date after the article's own
date marks the mention as planned ("launching the route in 2027").
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..model import Article

_DAY = re.compile(r"^(?:\d{4}|XXXX)-\d{2}-\d{2}$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def _find(text: str, doc: Any, anchor: str | None) -> list[tuple[int, int, str]]:
    from .dates import find_dates

    parsed: date | None = None
    if anchor:
        try:
            parsed = date.fromisoformat(anchor[:10])
        except ValueError:
            parsed = None
    return [(f.start, f.end, f.value) for f in find_dates(text, doc, parsed)]


class SectionDates:
    def __init__(self, article: Article) -> None:
        self.article = article
        self.anchor = article.anchor_date
        self._have_stage = bool(article.dates)
        self._by_section: dict[str, list[tuple[int, int, str]]] = {}
        for d in article.dates:
            self._by_section.setdefault(d.section, []).append((d.start, d.end, d.value))
        self._carried: str | None = None

    def _mentions(self, section: str) -> list[tuple[int, int, str]]:
        if section not in self._by_section:
            if self._have_stage:
                self._by_section[section] = []
            else:
                doc = self.article.docs.get(section)
                try:
                    found = _find(self.article.section_text(section), doc, self.anchor)
                except Exception:
                    found = []
                self._by_section[section] = found
        return self._by_section[section]

    def future_spans(self, section: str, start: int, end: int) -> list[int]:
        """Start offsets of the dates in ``start:end`` that lie after the article's date."""
        return [s for s, _, v in self._mentions(section)
                if start <= s < end and self._after_anchor(v)]

    def for_sentence(self, section: str, start: int, end: int) -> tuple[str | None, bool, bool]:
        """(day, named in this sentence, names a time after the article's date)."""
        inside = [v for s, _, v in self._mentions(section) if start <= s < end]
        future = any(self._after_anchor(v) for v in inside)
        days = [v for v in inside if _DAY.match(v)]
        if days:
            return days[0], True, future
        if inside or section != "body":
            return None, False, future
        return self._carried, False, future

    def carry(self, section: str, day: str | None) -> None:
        if section == "body" and day is not None:
            self._carried = day

    def _after_anchor(self, value: str) -> bool:
        if not self.anchor:
            return False
        first = value.split("/", 1)[0]
        if first.startswith("XXXX") or not first[:4].isdigit():
            return False
        week = _WEEK.match(first)
        if week:
            # "last week" is 2020-W01: compare the week's first day, not the text.
            try:
                first = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1
                                             ).isoformat()
            except ValueError:
                return False
        elif not all(part.isdigit() for part in first.split("-")):
            return False  # a season or quarter ("2020-SU", "2020-Q1"): not a planned date
        return first > self.anchor[: len(first)]
