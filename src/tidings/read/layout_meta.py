"""Bylines, author lines, dates and outlet names in a plain-text page dump."""

from __future__ import annotations

import re
from datetime import date

from tidings.read.layout_lines import DATE_WORDS, wordset

_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}

#: "By NAME ...", "Original Author: NAME", "Written by NAME", "Author: NAME".
_BYLINE = re.compile(
    r"^(?:(?!(?:photo|image|video|illustration|graphic|photograph|fact|checked|reviewed|"
    r"medically|edited|styled|styling|produced|recipe|tested|developed|directed|designed|"
    r"hosted|narrated|presented|sponsored|powered|brought|made)s?\b)[A-Z][a-z]+\s+){0,2}"
    r"(?:(?:original |written |words |text |story |reported |posted )?by|"
    r"(?:original )?authors?|written by|reporter|words|text|posted by|reporting)\s*[:|]?\s+"
    r"(?P<names>\S.{0,200})$",
    re.IGNORECASE,
)
#: "NAME, reporting from CITY"
_REPORTING_FROM = re.compile(
    r"^(?P<names>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),?\s+reporting from\b", re.UNICODE
)
_PARTICLES = wordset("de da van von der den al bin el la le du of")
_NAME_TOKEN = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]*|de|da|van|von|der|den|al|bin|el|la|le|du|of)$")
_NAME_STOP = re.compile(
    r"\s+" + DATE_WORDS + r"\s*\d.*$|"
    r"\s+(?:on|at|in|for|updated|published|posted|last|from|via|and more|the)\b.*$|"
    r"\s*(?:[|•·—–@]|\s-\s|\d).*$|\s+(?:staff|senior|chief|special|contributing|associate|"
    r"deputy|managing|political|foreign|business|news)\b.*$",
    re.IGNORECASE,
)
#: "More by NAME", "Stories by NAME": links to an author's other work, not a byline
_MORE_BY = re.compile(r"^(?:more|other|latest|all|see|view|read|stories|articles|posts)\b", re.I)
_LOWER_NON_NAME = re.compile(r"\b(?:submitting|clicking|signing|logging|continuing|using)\b", re.I)

_DATEISH = re.compile(r"\d|\b(?:published|posted|updated)\b", re.IGNORECASE)

#: A four-digit year, possibly glued to a clock time after it ("Dec 22 20234:46 AM").
_YEAR = r"(?P<year>(?:19|20)\d{2})(?:(?!\d)|(?=\d{1,2}:\d{2}))"
#: A month name may be glued to the word before it ("updatedSep 4, 2023").
_MON_START = r"(?:\b|(?<=[a-z])(?=[A-Z]))"

_DATE_PATTERNS = [
    # May 8, 2025 / Dec. 23, 2023 / December 22 2023
    re.compile(
        _MON_START + r"(?P<mon>" + DATE_WORDS + r")\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+" + _YEAR,
        re.IGNORECASE,
    ),
    # 22 December 2023
    re.compile(
        r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>" + DATE_WORDS + r"),?\s+" + _YEAR,
        re.IGNORECASE,
    ),
    # 2023-12-22, 2023-12-22T10:52:01Z
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})(?!\d)"),
    # 12/22/23, 12/22/2023 or 12-22-2023 (US order, as in "12/22/23 11:35 AM ET")
    re.compile(r"\b(?P<mnum>\d{1,2})([/-])(?P<day>\d{1,2})\2(?P<year>\d{4}|\d{2})(?!\d)"),
    # 22.12.2023
    re.compile(r"\b(?P<day>\d{1,2})\.(?P<mnum>\d{1,2})\.(?P<year>\d{4})(?!\d)"),
]

#: "(Reuters) -", "(AP) —" at the start of a paragraph, possibly after a dateline.
_AGENCY_PAREN = re.compile(r"^[^()]{0,80}?\((?P<o>[A-Z][A-Za-z.&' ]{1,30})\)\s*[-—–]{1,2}\s")
_OUTLET_NAME = r"(?:[A-Z][\w-]*(?:\.[a-z]{2,}){1,2}|[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,2})"
#: "..., reports Kazinform.kz." / "... writes Steppe Herald." at the end of a paragraph.
_REPORTS = re.compile(
    r"\b(?:reports|reported|writes|wrote)\s+(?:the\s+)?(?P<o>" + _OUTLET_NAME + r")[\s.,;:”\"]*$"
)
#: "..., AFP reported." / "Interfax reports" closing a sentence.
_X_REPORTED = re.compile(
    r"(?:^|[,;—–]\s+|\s)(?:the\s+)?(?P<o>" + _OUTLET_NAME + r")\s+"
    r"(?:reported|reports|news agency reported)[\s.”\"]*$"
)
_NOT_OUTLET = frozenset({"I", "US", "UN", "EU", "UK", "USA", "NATO", "KNB", "FBI", "CEO", "TV"})


def parse_date(text: str) -> str | None:
    """First full calendar date in ``text`` as ISO, or None."""
    head = text[:300]
    best: tuple[int, str] | None = None
    for pat in _DATE_PATTERNS:
        m = pat.search(head)
        if not m:
            continue
        gd = m.groupdict()
        try:
            year = int(gd["year"])
            if year < 100:
                year += 2000
            month = int(gd["mnum"]) if gd.get("mnum") else _MONTHS[gd["mon"].lower()[:3]]
            iso = date(year, month, int(gd["day"])).isoformat()
        except (ValueError, KeyError):
            continue
        if not 1990 <= year <= 2100:
            continue
        if best is None or m.start() < best[0]:
            best = (m.start(), iso)
    return best[1] if best else None


#: "Emma BatyPublished: ...": a name glued to the word after it
_GLUED_META = re.compile(r"([a-z])(Published|Updated|Posted|Last|Follow|Contributor|Reporter)\b")
#: "Janelle Ash FOXBusiness": a trailing word in capitals or camel case is an outlet, not a name
_ORG_TAIL = re.compile(r"\s+(?:[A-Z]{2,}\w*|[A-Z][a-z]+[A-Z]\w*)\b.*$")
#: "... | By NAME", "Dec 19, 2023 by NAME", "Published By : NAME" inside a dateline
_INNER_BY = re.compile(r"(?:^|[\s|•·,])by\s*:?\s+(?P<names>[A-Z].{0,120})$", re.IGNORECASE)


def _split_names(chunk: str) -> list[str]:
    chunk = _GLUED_META.sub(r"\1 \2", chunk)
    chunk = re.sub(r"([a-z])([A-Z][a-z]+ \d)", r"\1 \2", chunk)
    chunk = _NAME_STOP.sub("", chunk.strip())
    parts = re.split(r"\s*(?:,|&|\band\b|\bи\b)\s*", chunk)
    names: list[str] = []
    for part in parts:
        part = part.strip(" .:;'\"")
        if len(part.split()) > 2:
            part = _ORG_TAIL.sub("", part)
        toks = part.split()
        while len(toks) > 2 and toks[-1].lower().strip(".") in _ROLE_WORDS:
            toks.pop()
        part = " ".join(toks)
        if len(toks) < 2 or len(toks) > 6:
            continue
        if not all(_NAME_TOKEN.match(t) for t in toks) or not toks[0][:1].isupper():
            continue
        if part.lower() in {"associated press", "the associated press", "reuters", "afp", "staff"}:
            continue
        names.append(part)
    return names


_ROLE_WORDS = wordset(
    """staff writer writers senior reporter reporters editor editors correspondent contributor
    columnist news associate deputy managing chief executive contributing freelance wellness
    health science politics political business sports tech technology culture opinion digital
    producer director analyst ms rdn ld phd md dr jr sr network today team desk international
    national global special investigative editorial guidelines policy standards"""
)


def name_line(line: str) -> list[str] | None:
    """Names on a byline that lacks "By": "Jessica Rendall Wellness Writer", "A, B and C"."""
    if len(line) > 100 or line.endswith((".", "!", "?", ":")) or any(c.isdigit() for c in line):
        return None
    names: list[str] = []
    for part in re.split(r"\s*(?:,|&|\band\b)\s*", line.strip()):
        toks = part.split()
        if not toks:
            continue
        k = 0
        while k < len(toks) and k < 3 and _NAME_TOKEN.match(toks[k]):
            tok = toks[k]
            if tok.lower().strip(".") in _ROLE_WORDS or (tok.isupper() and len(tok) > 2):
                break
            if tok in _PARTICLES and k == 0:
                break
            k += 1
        if k == 0 and all(t.isupper() or t.lower() in _ROLE_WORDS for t in toks):
            continue
        if k < 2:
            return None
        rest = toks[k:]
        if any(not (t[:1].isupper() or t.lower() in _ROLE_WORDS) for t in rest):
            return None
        names.append(" ".join(toks[:k]))
    return names or None


def loose_names(line: str) -> list[str] | None:
    """Names on an author line without "By", with a date, outlet or handle after them:
    "Jane Doe | December 22, 2023", "Jane Doe, Example.com", "Jane Doe@janedoe"."""
    if len(line) > 160:
        return None
    line = _GLUED_META.sub(r"\1 \2", line)
    line = _NAME_STOP.sub("", line.strip())
    if not line:
        return None
    names = name_line(line)
    if names is None and "," in line:
        names = name_line(line.split(",", 1)[0])
    return names


def byline_names(line: str) -> list[str] | None:
    """Author names when ``line`` is a byline or author line, else None."""
    if len(line) > 220 or _LOWER_NON_NAME.search(line[:40]) or _MORE_BY.match(line):
        return None
    m = _BYLINE.match(line) or _REPORTING_FROM.match(line)
    if not m and len(line) <= 160 and _DATEISH.search(line):
        m = _INNER_BY.search(line)
    if not m:
        return None
    names = _split_names(m.group("names"))
    return names or None


def outlet_in(line: str) -> str | None:
    """An outlet the text names as its source ("reports Example.kz", "(Reuters) -", "AFP reported")."""
    if len(line) > 5000:
        line = line[:300] + " " + line[-300:]
    m = _AGENCY_PAREN.match(line)
    if m and len(m.group("o").split()) <= 3:
        return m.group("o").strip()
    tail = line[-200:]
    m = _REPORTS.search(tail)
    if m and m.group("o") not in _NOT_OUTLET:
        return m.group("o").strip()
    m = _X_REPORTED.search(tail)
    if m and m.group("o") not in _NOT_OUTLET:
        return m.group("o").strip()
    return None
