"""The plain-text page-dump reader: what a reader copies from a browser, back into an article.

The body is found the way boilerplate removers find it in HTML, with lines standing in for text
blocks: each line gets a weight (long punctuated prose counts for its length, menus, list items
and furniture count against), and the body is the run of lines with the largest total weight
(a maximum-sum segment, linear time). Inside that run, furniture, captions, author lines and
"Read also" headlines are dropped; a related-stories list right after it is collected. Title,
authors, date and outlet come from the lines around the body's start.
"""

from __future__ import annotations

import re

from tidings.read.base import PageText
from tidings.read.layout_lines import (
    INLINE_RELATED,
    RELATED_MARKER,
    Line,
    clean,
    split_lines,
)
from tidings.read.layout_meta import byline_names, name_line, outlet_in, parse_date

#: Inputs beyond this many characters are cut (with a warning) to keep the reader's time bounded.
MAX_CHARS = 3_000_000
#: How far above the body the title and byline are looked for (in non-empty lines).
HEADER_WINDOW = 40


def _weight(line: Line) -> float:
    if line.end:
        return float("-inf")
    if line.marker:
        return -15.0
    if line.boiler or line.caption or line.date_only or byline_names(line.text):
        return -5.0
    if line.bullet:
        # "- " items are links or list entries far more often than prose
        return 1.0 if line.good else -4.0
    if line.good:
        return float(line.words)
    if line.sentence_end and line.words >= 3:
        return 2.0
    return -2.0


def _best_segment(weights: list[float]) -> tuple[int, int]:
    """Indices (start, end inclusive) of the maximum-sum contiguous segment (Kadane)."""
    best, best_s, best_e = float("-inf"), 0, -1
    cur, cur_s = 0.0, 0
    for i, w in enumerate(weights):
        if w == float("-inf"):
            cur, cur_s = 0.0, i + 1
            continue
        if cur <= 0:
            cur, cur_s = w, i
        else:
            cur += w
        if cur > best:
            best, best_s, best_e = cur, cur_s, i
    return best_s, best_e


_HEADLINE_META = re.compile(
    r"^(?:\d+|\d+\s*(?:min|mins|minutes?|hours?|hrs?|days?|weeks?|h|m|d)\s*(?:ago|read)?|"
    r"(?:by\s+)?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}|[\w &/-]{1,25}\s*/\s*.+ago)$"
)


def _is_headline(line: Line) -> bool:
    """Shape of another story's headline: a few words, no trailing full stop, no furniture."""
    if line.boiler or line.marker or line.date_only or line.good:
        return False
    text = line.text
    if not 3 <= line.words <= 30 or len(text) > 220:
        return False
    if text.endswith((".", ":", ";", ",")) and not text.endswith("..."):
        return False
    return text[:1].isupper() or text[:1].isdigit() or text[:1] in "‘'\"“«"


def _clean_headline(text: str) -> str:
    text = re.sub(r"^\d{1,3}[.)]\s+", "", text)
    text = re.sub(r"\s+(?:\d+\s*(?:min|minutes?|hours?|days?|weeks?)\s+ago)$", "", text)
    return text.strip(" \t-–—•")


def _collect_list(lines: list[Line], start: int, limit: int) -> tuple[list[str], int]:
    """Headlines of a list beginning at ``start``; returns them and the index after the list."""
    heads: list[str] = []
    i = start
    misses = 0
    while i < min(len(lines), limit):
        ln = lines[i]
        if _is_headline(ln):
            heads.append(_clean_headline(ln.text))
            misses = 0
        elif ln.date_only or (ln.words <= 4 and _HEADLINE_META.match(ln.text)):
            misses += 1
        else:
            break
        if misses > 3:
            break
        i += 1
    return heads, i


#: "ASTANA, May 8, 2025 —": a dateline opening the first paragraph
_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]{2,40}[,(]")
_CRUMBS = re.compile(r"\s(?:/|›|»|>|\|)\s")
_CAMEL = re.compile(r"[a-z]{2}[A-Z][a-z]")
_TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{1,40}$")


def _furniture(ln: Line) -> bool:
    return (
        ln.bullet or ln.boiler or ln.date_only or ln.marker or ln.caption or bool(ln.end)
        or byline_names(ln.text) is not None
    )


def _title_index(lines: list[Line], start: int, stop: int, page_lower: str) -> int | None:
    """Pick the headline among the lines above the body (indices in ``[start, stop)``)."""
    best: tuple[float, int] | None = None
    rank = 0
    for i in range(stop - 1, start - 1, -1):
        ln = lines[i]
        text = ln.text
        if _furniture(ln) or ln.good or not 3 <= ln.words <= 30 or len(text) > 250:
            continue
        if name_line(text) and ln.words <= 4:
            continue
        score = 2.0 - 0.8 * rank
        rank += 1
        after = [n for n in lines[i + 1 : i + 5] if not (n.caption or n.boiler or n.bullet)][:2]
        if any(byline_names(n.text) or n.date_only or name_line(n.text) for n in after):
            score += 3.0
        if page_lower.count(text.lower()[:200]) > 1:
            score += 2.0
        if 4 <= ln.words <= 25:
            score += 1.0
        if text.endswith(".") and not text.endswith("..."):
            score -= 2.5
        if text[:1].islower():
            score -= 1.5
        if ln.numbered:
            score -= 1.5
        if len(_CRUMBS.findall(text)) >= 2 or len(_CAMEL.findall(text)) >= 2:
            score -= 3.0
        prev = lines[i - 1] if i > 0 else None
        if prev is None or _furniture(prev) or prev.words <= 3:
            score += 1.0
        if best is None or score > best[0]:
            best = (score, i)
    return best[1] if best else None


def _clean_title(text: str) -> str:
    m = _TITLE_SUFFIX.search(text)
    if m and len(text) - len(m.group(0)) >= 15:
        text = text[: m.start()]
    return text.strip()


def read_page(text: str) -> PageText:
    """Read a plain-text page dump into title, authors, outlet, date, body and related headlines."""
    warnings: list[str] = []
    if not isinstance(text, str):
        text = str(text, "utf-8", "replace") if isinstance(text, bytes | bytearray) else ""
    if len(text) > MAX_CHARS:
        warnings.append(f"layout: page cut to its first {MAX_CHARS} characters")
        text = text[:MAX_CHARS]
    lines = split_lines(clean(text))
    if not lines:
        return PageText(body="", warnings=warnings)

    weights = [_weight(ln) for ln in lines]
    # readers' comments look like prose; whatever follows a comments heading counts for less
    prose_words, damp = 0, 1.0
    for k, ln in enumerate(lines):
        if ln.end == "comments" and prose_words >= 100:
            damp = 0.3
        if weights[k] > 0:
            prose_words += ln.words
            weights[k] *= damp
    s, e = _best_segment(weights)
    if e < s:
        return PageText(body="", warnings=[*warnings, "layout: no body text found"])

    authors: list[str] = []
    related: list[str] = []
    body: list[str] = []
    outlet: str | None = None

    def add_authors(names: list[str]) -> None:
        for n in names:
            if n not in authors:
                authors.append(n)

    # good_after[k]: prose words in lines[k:], so "how much article is left" costs O(1)
    good_after = [0] * (len(lines) + 1)
    for k in range(len(lines) - 1, -1, -1):
        ln = lines[k]
        good_after[k] = good_after[k + 1] + (ln.words if ln.good and not ln.bullet else 0)
    i = s
    words_so_far = 0
    while i <= e:
        ln = lines[i]
        names = byline_names(ln.text)
        if names:
            add_authors(names)
            i += 1
            continue
        if ln.marker:
            heads, j = _collect_list(lines, i + 1, len(lines))
            related.extend(heads)
            resume = next((k for k in range(j, min(j + 3, e + 1)) if lines[k].good), None)
            if resume is None and words_so_far >= 40:
                rest = good_after[j] - good_after[e + 1]
                if rest < 0.5 * words_so_far:
                    e = i - 1
                    break
                if words_so_far < 0.25 * rest:
                    # what came before was a teaser or gallery, not the article's start
                    body.clear()
                    words_so_far = 0
            i = max(j, i + 1)
            continue
        m = INLINE_RELATED.match(ln.text) if ln.words <= 35 else None
        if m and not ln.good:
            related.append(_clean_headline(m.group(1)))
            i += 1
            continue
        if ln.boiler or ln.caption or ln.date_only:
            i += 1
            continue
        if ln.good or (ln.sentence_end and ln.words >= 2 and not ln.bullet) or (
            ln.bullet and ln.words >= 6 and ln.sentence_end
        ):
            body.append(ln.text)
            words_so_far += ln.words
            i += 1
            continue
        # a short unpunctuated line: keep it only as a lone subheading before more prose
        nxt = lines[i + 1] if i + 1 <= e else None
        prv = lines[i - 1] if i - 1 >= s else None
        lone = (prv is None or prv.good or prv.sentence_end) and nxt is not None and nxt.good
        if lone and not ln.bullet and ln.words <= 20 and body:
            body.append(ln.text)
        i += 1

    # What follows the body: author lines, then related lists (marked, or a run of headlines).
    j, scanned = e + 1, 0
    while j < len(lines) and scanned < 8:
        ln = lines[j]
        scanned += 1
        names = byline_names(ln.text)
        if ln.end:
            break
        if names:
            add_authors(names)
            j += 1
            continue
        if ln.marker:
            heads, j2 = _collect_list(lines, j + 1, len(lines))
            related.extend(heads)
            j = max(j2, j + 1)
            continue
        heads, j2 = _collect_list(lines, j, len(lines))
        if len(heads) >= 3:
            related.extend(heads)
            j = j2
            continue
        if not _furniture(ln):
            break
        j += 1

    # Header: the title and byline above the body.
    top = max(0, s - HEADER_WINDOW)
    page_lower = text.lower() if len(text) < 2_000_000 else ""
    t_idx = _title_index(lines, top, s, page_lower)
    title = _clean_title(lines[t_idx].text) if t_idx is not None else None
    header = lines[t_idx + 1 if t_idx is not None else top : s]
    published: str | None = None
    header_authors: list[str] = []
    for k, ln in enumerate(header):
        names = byline_names(ln.text)
        if names is None and k < 6 and t_idx is not None and not (
            ln.good or ln.boiler or ln.caption or ln.bullet or ln.marker
        ):
            near_date = any(n.date_only for n in header[max(0, k - 1) : k + 2])
            if k == 0 or near_date:
                names = name_line(ln.text)
        if names:
            header_authors.extend(n for n in names if n not in header_authors)
        if published is None and (ln.date_only or names or ln.words <= 20):
            published = parse_date(ln.text)
    if header_authors:
        authors[:0] = [n for n in header_authors if n not in authors]
    if published is None and t_idx is not None:
        for ln in lines[max(0, t_idx - 3) : t_idx]:
            if ln.date_only:
                published = parse_date(ln.text)
                if published:
                    break
    if published is None and body and _DATELINE.match(body[0]):
        published = parse_date(body[0][:80])

    for para in body[:3] + body[-3:]:
        outlet = outlet_in(para)
        if outlet:
            break

    return PageText(
        body="\n".join(body),
        title=title,
        authors=authors,
        outlet=outlet,
        published=published,
        published_source="text" if published else None,
        related_headlines=[h for h in dict.fromkeys(related) if h],
        warnings=warnings,
    )


__all__ = ["RELATED_MARKER", "read_page"]
