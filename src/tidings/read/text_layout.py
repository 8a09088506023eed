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
from collections import Counter

from tidings.read.base import PageText
from tidings.read.layout_lines import (
    INLINE_RELATED,
    RELATED_MARKER,
    STOPWORDS,
    Line,
    clean,
    split_lines,
    word_list,
)
from tidings.read.layout_meta import (
    byline_names,
    loose_names,
    name_line,
    outlet_in,
    parse_date,
)

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
        # "- " items are links or list entries far more often than prose; a sentence-like item
        # (lower-case words, function words) is part of an article's list
        return 1.0 if line.good else -4.0
    if line.good:
        return float(line.words)
    if line.sentence_end and line.words >= 3:
        return 2.0
    return -2.0


def _list_item(line: Line) -> bool:
    """A "- " item that reads as part of the article (a clause), not a link to a section."""
    return line.words >= 5 and line.stop_ratio >= 0.1 and not _title_case(line)


def _inner_list_items(lines: list[Line]) -> list[int]:
    """Clause-like "- " items of a list that prose surrounds (an article's own list, not a menu
    or a list of other stories, which no prose follows)."""
    out: list[int] = []
    k = 0
    n = len(lines)
    while k < n:
        if not lines[k].bullet:
            k += 1
            continue
        j = k
        while j < n and (lines[j].bullet or (lines[j].words <= 6 and not lines[j].good)):
            j += 1
        items = [q for q in range(k, j) if lines[q].bullet and _list_item(lines[q])]
        intro = lines[k - 1] if k else None
        before = (
            intro is not None
            and not (intro.bullet or intro.marker)
            and (
                intro.good
                or intro.text.endswith(":")
                or (k >= 2 and lines[k - 2].good and not (intro.marker or _title_case(intro) or intro.end))
            )
        )
        after = any(
            lines[q].good and not (lines[q].bullet or lines[q].numbered) for q in range(j, min(n, j + 2))
        )
        if before and after and len(items) * 2 >= sum(1 for q in range(k, j) if lines[q].bullet):
            out.extend(items)
        k = j
    return out


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


def _teaser_shaped(ln: Line) -> bool:
    """Another story's headline as a list shows it: short, no full stop, or headline-cased."""
    if ln.words > 30 or ln.boiler or ln.marker or ln.date_only or ln.words < 3:
        return False
    return not ln.sentence_end or ln.text.endswith(("?", "!")) or _title_case(ln)


def _teaser_block(lines: list[Line], start: int, stop: int, good_after: list[int]) -> bool:
    """Whether a related-stories heading opens a list that runs to the end of the body: at least
    three headline-shaped lines, and the article's prose (a paragraph that is not a teaser's
    summary under its headline) does not resume for long after them."""
    heads = 0
    prev_teaser = False
    for k in range(start, min(stop, start + 80) + 1):
        ln = lines[k]
        if ln.boiler or ln.caption or ln.date_only:
            continue
        shaped = _teaser_shaped(ln)
        if ln.good and not shaped and (not prev_teaser or ln.words > 45):
            return heads >= 3 and good_after[k] - good_after[stop + 1] < 60
        heads += shaped
        prev_teaser = shaped
    return heads >= 3


def _teaser_heads(lines: list[Line], start: int, stop: int) -> list[str]:
    return [
        _clean_headline(lines[k].text)
        for k in range(start, min(stop + 1, start + 80))
        if _teaser_shaped(lines[k]) and _is_headline(lines[k])
    ]


#: "ASTANA, May 8, 2025 —": a dateline opening the first paragraph
_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]{2,40}[,(]")
_CRUMBS = re.compile(r"\s(?:/|›|»|>|\|)\s")
_CAMEL = re.compile(r"[a-z]{2}[A-Z][a-z]")
_TITLE_SUFFIX = re.compile(r"\s+\|\s+[^|]{1,40}$")


def _furniture(ln: Line) -> bool:
    return (
        ln.bullet
        or ln.boiler
        or ln.date_only
        or ln.marker
        or ln.caption
        or bool(ln.end)
        or byline_names(ln.text) is not None
    )


#: "By", "Written by", "Author:" alone on a line: the names follow on the next line
_BARE_BY = re.compile(r"^(?:(?:written|words|story|reported|posted) )?by\s*[:—–-]?$|^authors?:?$", re.I)
_ROLE_ONLY = re.compile(
    r"^(?:[A-Z][\w-]*\s+){0,3}(?:writer|reporter|editor|correspondent|contributor|columnist|"
    r"producer|journalist|fact checked by|reviewed by|recipe tested by)s?$",
    re.IGNORECASE,
)
#: "Credit... ", "(Jane Doe / Example Times)", "View 48 Photos", "9 of 9": photo furniture.
_PHOTO_BITS = re.compile(
    r"^(?:credit\W|\(.*/.*\)$|view \d+ (?:photos|images)|\d+ of \d+$|\d+ (?:min|minutes?) "
    r"(?:to )?read|.*\(\d{1,2}:\d{2}\)$)",
    re.IGNORECASE,
)


def content_words(text: str) -> set[str]:
    """Lower-cased words of ``text`` that are not function words, crudely de-pluralised."""
    out: set[str] = set()
    for w in word_list(text[:2000]):
        lw = w.lower()
        if lw in STOPWORDS or len(lw) < 3:
            continue
        out.add(lw[:-1] if lw.endswith("s") and len(lw) > 4 else lw)
    return out


_RELATIVE_DATE = re.compile(r"\b\d+\s*(?:mins?|minutes?|hours?|hrs?|days?|weeks?|[hmd])\s+ago\b", re.I)


def _is_meta(ln: Line, names: bool = True) -> bool:
    """A byline, a date (not a bare clock time) or (with ``names``) a short line of names."""
    if ln.date_only:
        return parse_date(ln.text) is not None or bool(_RELATIVE_DATE.search(ln.text))
    if byline_names(ln.text):
        return True
    return names and ln.words <= 6 and name_line(ln.text) is not None


def _meta_after(lines: list[Line], i: int, stop: int) -> bool:
    """A byline, date or author-name line among the next few lines after ``lines[i]``."""
    seen = 0
    for n in lines[i + 1 : stop]:
        if n.caption or n.boiler:
            continue
        if _is_meta(n):
            return True
        seen += 1
        if seen >= 3:
            break
    return False


def _head_end(lines: list[Line], s: int, e: int) -> int:
    """The body may have swallowed its own headline and standfirst: lines at its start that
    a byline or date follows. Returns the index of the first line after them."""
    for k in range(s, min(s + 8, e + 1)):
        if _is_meta(lines[k], names=False):
            while k <= e and k < s + 12 and (_is_meta(lines[k]) or _furniture(lines[k])):
                k += 1
            return k
    return s


def _title_index(
    lines: list[Line], top: int, head_end: int, body_words: set[str], repeated: Counter[str]
) -> int | None:
    """Pick the headline among the lines above the body (and the body's first lines, when a
    byline or date follows them there): near the body, shaped like a headline, followed by a
    byline, repeated on the page, and sharing words with the article's opening."""
    best: tuple[float, int] | None = None
    scores: dict[int, tuple[float, float]] = {}
    rank = 0
    for i in range(head_end - 1, top - 1, -1):
        ln = lines[i]
        text = ln.text
        if _furniture(ln) or ln.words > 40 or len(text) > 300 or ln.words < 2:
            continue
        if (name_line(text) and ln.words <= 4) or _ROLE_ONLY.match(text) or _PHOTO_BITS.match(text):
            continue
        words = content_words(text)
        overlap = len(words & body_words) / len(words) if words else 0.0
        score = 5.0 * overlap - 0.6 * min(rank, 6)
        rank += 1
        if _meta_after(lines, i, min(i + 6, len(lines))):
            score += 2.5
        if repeated[text.lower()[:60]] > 1:
            score += 1.5
        if 4 <= ln.words <= 30:
            score += 1.0
        elif ln.words <= 2:
            score -= 2.0
        if text.endswith(".") and not text.endswith("..."):
            score -= 1.0
        if text[:1].islower():
            score -= 1.5
        if ln.numbered:
            score -= 1.5
        if ln.good:
            score -= 1.0
        if len(_CRUMBS.findall(text)) >= 2 or len(_CAMEL.findall(text)) >= 2:
            score -= 3.0
        prev = lines[i - 1] if i > 0 else None
        if prev is None or _furniture(prev) or prev.words <= 3:
            score += 0.5
        scores[i] = (score, overlap)
        if best is None or score > best[0]:
            best = (score, i)
    if best is None:
        return None
    # headline, then standfirst: a standfirst right under a headline-shaped line yields to it
    score, i = best
    ln = lines[i]
    above_score = scores.get(i - 1)
    above = lines[i - 1]
    if (
        above_score
        and above_score[0] >= score - 4.0
        and above.words >= 4
        and not above.numbered
        and (
            ((ln.sentence_end or ln.good) and not above.text.endswith("."))
            or (above_score[1] >= 0.25 and ln.words > above.words)
        )
    ):
        return i - 1
    return i


def _clean_title(text: str) -> str:
    m = _TITLE_SUFFIX.search(text)
    if m and len(text) - len(m.group(0)) >= 15:
        text = text[: m.start()]
    return text.strip()


def _nearest_date(lines: list[Line], anchor: int, reach: int = 400) -> str | None:
    """The full date on the dateline or byline nearest the headline, when the header had none."""
    for dist in range(1, reach):
        for k in (anchor + dist, anchor - dist):
            if 0 <= k < len(lines):
                ln = lines[k]
                if ln.date_only or ln.words <= 12 or (ln.words <= 20 and byline_names(ln.text)):
                    found = parse_date(ln.text)
                    if found:
                        return found
    return None


def _title_case(ln: Line) -> bool:
    """Headline capitalisation: most words of four letters or more start with a capital."""
    if ln.words > 25:
        return False
    long_words = [w for w in word_list(ln.text) if len(w) >= 4 and w[:1].isalpha()]
    if len(long_words) < 3:
        return False
    return sum(1 for w in long_words if w[:1].isupper()) >= 0.8 * len(long_words)


def _prune(lines: list[Line], body: list[int]) -> list[int]:
    """Drop repeated paragraphs and runs of headline-cased lines (teasers for other stories)."""
    seen: set[str] = set()
    kept: list[int] = []
    for n, k in enumerate(body):
        key = lines[k].text.lower()
        if key in seen:
            continue
        if n + 1 < len(body) and len(key) >= 40 and key in lines[body[n + 1]].text.lower():
            continue
        seen.add(key)
        kept.append(k)
    titled = [_title_case(lines[k]) for k in kept]
    out: list[int] = []
    for n, k in enumerate(kept):
        run = titled[n] and ((n > 0 and titled[n - 1]) or (n + 1 < len(kept) and titled[n + 1]))
        if not run:
            out.append(k)
    return out


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
    inner = set(_inner_list_items(lines))
    for k in inner:
        weights[k] = 0.5
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
    body: list[int] = []
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
            if words_so_far >= 60 and _teaser_block(lines, i + 1, e, good_after):
                related.extend(_teaser_heads(lines, i + 1, e))
                e = i - 1
                break
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
        if (
            ln.good
            or (ln.sentence_end and ln.words >= 2 and not ln.bullet)
            or (ln.bullet and ((ln.words >= 6 and ln.sentence_end) or i in inner))
        ):
            body.append(i)
            words_so_far += ln.words
            i += 1
            continue
        # a short unpunctuated line: keep it only as a lone subheading before more prose
        q = i + 1
        while q <= min(e, i + 4) and (lines[q].caption or lines[q].boiler):
            q += 1
        nxt = lines[q] if q <= e else None
        p = i - 1
        while p >= max(s, i - 4) and (lines[p].caption or lines[p].boiler):
            p -= 1
        prv = lines[p] if p >= s else None
        lone = (prv is None or prv.good or prv.sentence_end) and nxt is not None and (nxt.good or q in inner)
        if lone and not ln.bullet and ln.words <= 20 and body:
            body.append(i)
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
    head_end = _head_end(lines, s, e)
    body_words: set[str] = set()
    n_words = 0
    for k in body:
        if k >= head_end and n_words < 150:
            body_words |= content_words(lines[k].text)
            n_words += lines[k].words
    repeated = Counter(ln.text.lower()[:60] for ln in lines)
    t_idx = _title_index(lines, top, head_end, body_words, repeated)
    title = _clean_title(lines[t_idx].text) if t_idx is not None else None
    if t_idx is not None and t_idx >= s:
        body = [k for k in body if k > t_idx]
    header = lines[t_idx + 1 if t_idx is not None else top : max(s, head_end)]
    published: str | None = None
    header_authors: list[str] = []
    for k, ln in enumerate(header):
        names = byline_names(ln.text)
        if names is None and _BARE_BY.match(ln.text) and k + 1 < len(header):
            # "By" on a line of its own, the names on the next
            after_by = header[k + 1].text
            names = byline_names("By " + after_by) or loose_names(after_by)
        if (
            names is None
            and k < 6
            and t_idx is not None
            and not (ln.good or ln.boiler or ln.caption or ln.bullet or ln.marker)
        ):
            near = header[max(0, k - 1) : k + 2]
            near_date = any(n.date_only or _ROLE_ONLY.match(n.text) for n in near)
            if k == 0 or near_date:
                names = loose_names(ln.text)
        if names:
            header_authors.extend(n for n in names if n not in header_authors)
        if published is None and (ln.date_only or names or ln.words <= 20):
            published = parse_date(ln.text)
    # the byline under the headline names the authors; "By" lines further down belong to quoted
    # posts or to other stories' teasers
    authors = header_authors or authors[:3]
    if published is None and t_idx is not None:
        for ln in lines[max(0, t_idx - 3) : t_idx]:
            if ln.date_only:
                published = parse_date(ln.text)
                if published:
                    break
    body = _prune(lines, body)
    paras = [lines[k].text for k in body]
    if published is None and paras and _DATELINE.match(paras[0]):
        published = parse_date(paras[0][:80])
    if published is None:
        published = _nearest_date(lines, t_idx if t_idx is not None else s)

    for para in paras[:3] + paras[-3:]:
        outlet = outlet_in(para)
        if outlet:
            break

    return PageText(
        body="\n".join(paras),
        title=title,
        authors=authors,
        outlet=outlet,
        published=published,
        published_source="text" if published else None,
        related_headlines=[h for h in dict.fromkeys(related) if h],
        warnings=warnings,
    )


__all__ = ["RELATED_MARKER", "read_page"]
