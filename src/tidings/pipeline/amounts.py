"""The ``amounts`` stage: money, percentages and counted things, fully scaled, in every section.

A figure is found by pattern over the section text (so "$5m", "18.2 bn USD" and "10-20%" are
seen whatever the tokenizer does), then read against the spaCy parse for what it measures.

- ``unit``: an ISO 4217 code for money (see :mod:`.currencies`), ``%`` for percentages,
  ``percentage points`` for those, otherwise the counted noun as written, lower-cased
  ("people", "apartments", "years"; "dead", "injured" for casualty counts), or a measure joined
  to the number or written with a slash ("1,200-megawatt": ``megawatt``; "8 m/s": ``m/s``).
- ``value`` is fully scaled; a range ("between 10 and 20 percent", "10-20%") gives its low end in
  ``value`` and its high end in ``value_max``. ``approximate`` is set by a qualifier ("nearly",
  "over", "at least", ...), not by a range.
- ``text`` is the figure with its unit and without the qualifier ("150 million tenge").
- ``what``: the noun phrase the figure measures, from the parse ("turnover ($X in 2023)",
  "X in unpaid wages", "X% of the budget", "a $X deal", "exports rose to $X"); ``None`` if unclear.
- ``year``: a year the sentence ties to the figure ("in 2024" on the figure or on its verb).

Never figures: dates and years, ordinals, times, numbered things ("Article 5"), phone numbers,
parts of names ("COVID-19", "Boeing 737"), counts with neither a noun nor a scale word ("the
toll rose from 14 to 31"; "2.8 million" alone is kept, unit None), and the word "one" as a
count (too often a pronoun: "one of them").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..model import Amount, Article
from ..prefixed_words import prefixed
from .currencies import (
    DOLLAR_ADJECTIVES,
    ISO_CODES,
    NAME_ADJECTIVES,
    PREFIX_SIGNS,
    SUFFIX_NAMES,
    disambiguate,
    settle_by_adjective,
)
from .dates import find_dates
from .numbers import BARE_ONLY_WITH_MONEY, DIGITS, NUMBER, SCALE, parse_number, scale_value
from .registry import stage


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_ISO = rf"(?-i:{_alt(ISO_CODES)})"
_SIGNS = [s for s in PREFIX_SIGNS if s not in ("Rs", "Rs.", "RMB")]
_PREFIX = rf"(?:{_alt(_SIGNS)}\s?|(?-i:RMB|Rs\.?)\s?|{_ISO}\s?)"
_ADJ = _alt(list(DOLLAR_ADJECTIVES) + list(NAME_ADJECTIVES))
_NAMES = _alt(list(SUFFIX_NAMES))
_PERCENT = r"%|percent\b|per\s?cent\b|pct\b|percentage[\s-]points?\b"

FIGURE = re.compile(
    rf"(?:(?<![A-Za-z])(?P<pre>{_PREFIX})|(?<![\w.,])(?<![A-Za-z]-))"
    rf"(?P<num>{NUMBER})(?P<scale>{SCALE})?"
    rf"(?:(?P<pct>\s?(?:{_PERCENT}))"
    rf"|\s+(?:(?P<adj>{_ADJ})\s+)?(?P<cur>{_NAMES})(?![\w'])"
    rf"|\s?(?P<iso>{_ISO})\b)?"
    r"(?![\w]|-[A-Za-z])",
    re.IGNORECASE,
)

_QUALIFIER = re.compile(
    r"\b(?:nearly|about|around|over|more\s+than|some|almost|up\s+to|roughly|at\s+least"
    r"|less\s+than|approximately|approx\.|an\s+estimated|estimated|close\s+to|under|fewer\s+than"
    r"|as\s+many\s+as|as\s+much\s+as|upwards\s+of|in\s+excess\s+of|just\s+over|just\s+under"
    r"|well\s+over|circa|nigh\s+on)\s*$|~\s*$",
    re.IGNORECASE,
)
_QUALIFIER_AFTER = re.compile(r"^(?:\s+or\s+(?:so|more)\b|-?plus\b|\+)", re.IGNORECASE)
_NUMBERED = re.compile(
    r"\b(?:article|articles|section|chapter|clause|paragraph|part|no\.?|number|item|resolution"
    r"|flight|route|highway|platform|room|gate|page|pages|pp?\.|vol\.?|volume|episode|season"
    r"|level|grade|phase|version|annex|bus|lane|unit|district|block|building|apartment|house"
    r"|plot|case|code|model|line|category|class|type|stage|round|game|match|term|act|number"
    r"|rule|order|decree|law|protocol|tier|step|point)\s*$|#\s*$",
    re.IGNORECASE,
)
_TIME_AFTER = re.compile(r"^(?:\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|gmt\b|utc\b|hrs?\b)|:\d)", re.I)
_PHONE = re.compile(
    r"(?<![\w.])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){2,}(?![\w.])"
)
_YEARLIKE = re.compile(r"(?:1[89]|20)\d\d")
_RANGE_SEP = re.compile(r"^\s*(?:-|–|—|to)\s*$")
_AND_SEP = re.compile(r"^\s+and\s+$")
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+(?:\S+\s+)?$", re.IGNORECASE)
_BY = re.compile(r"\bby\s+(?:\S+\s+)?$", re.IGNORECASE)
#: Measures written joined to their number ("a 1,200-megawatt plant") or with a slash ("8 m/s").
MEASURE = re.compile(
    rf"(?<![\w.,])(?P<num>{DIGITS})(?P<scale>{SCALE})?"
    r"(?:-(?P<unit>(?:mega|giga|kilo)watts?|[mgk]w|km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?"
    r"|tonnes?|tons?|hectares?|kg|kilograms?|lit(?:re|er)s?)(?![\w-])"
    r"|\s?(?P<slash>km/h|km/s|m/s)(?![\w/]))",
    re.IGNORECASE,
)
_YEAR_AFTER = re.compile(r"^\s*,?\s*(?:in|for|during|of|by)\s+(?:fiscal\s+|FY\s*)?((?:19|20)\d\d)\b")

_ANY_ANCHOR = date(2000, 1, 1)
CASUALTY = frozenset(
    {"dead", "killed", "injured", "wounded", "missing", "hurt", "arrested", "detained", "stranded",
     "displaced", "evacuated", "homeless"}
)  # fmt: skip
NOT_COUNT_NOUNS = frozenset({"times", "time", "o'clock", "th", "%", "percent", "am", "pm"})
#: Verbs whose subject is what an amount in their object measures ("exports rose to $X").
MEASURE_VERBS = frozenset(
    [
        "reach",
        "total",
        "amount",
        "stand",
        "rise",
        "fall",
        "grow",
        "increase",
        "decrease",
        "decline",
        "drop",
        "climb",
        "exceed",
        "hit",
        "top",
        "be",
        "cost",
        "value",
        "estimate",
        "surge",
        "jump",
        "slump",
        "plunge",
        "shrink",
        "expand",
        "double",
        "equal",
        "account",
        "make",
        "represent",
        "soar",
        "go",
        "come",
        "hover",
        "remain",
        "near",
        "approach",
        "slide",
        "dip",
        "edge",
        "tumble",
        "gain",
        "lose",
        "narrow",
        "widen",
        "weaken",
        "strengthen",
        "appreciate",
        "depreciate",
        "slip",
        "sink",
        "lift",
        "ease",
        "stay",
        "peak",
    ]
)
#: Prepositions after a figure that name what it measures, for money and percentages.
WHAT_PREPS = frozenset({"of", "in", "for", "on"})
_PLACE_OR_TIME = frozenset({"DATE", "TIME", "GPE", "LOC", "CARDINAL", "MONEY", "PERCENT"})
_NAME_ENTS = frozenset(
    {"ORG", "PERSON", "WORK_OF_ART", "FAC", "PRODUCT", "LAW", "EVENT", "GPE", "LOC", "NORP"}
)
#: Prepositions that tie a year to a figure ("in 2024", "for 2025"); "on 8 May 2025" does not.
_YEAR_PREPS = frozenset({"in", "for", "during", "by", "of", "as"})
_WEAK_HEADS = frozenset(
    {"total", "sum", "amount", "figure", "number", "tune", "worth", "value", "excess", "upwards"}
)
#: Period nouns that are never what a figure measures ("up 9% year on year").
_PERIOD_NOUNS = frozenset({"year", "month", "quarter", "week", "day"})
#: A figure just before an opening bracket: "¥18.6bn (about $2.6bn)" converts, it names nothing.
_FIGURE_BEFORE_BRACKET = re.compile(
    r"\d[\d.,]*(?:\s*[^\s(]+){0,2}\s*\(\s*(?:about|approximately|around|roughly|nearly|some|~)?\s*$",
    re.IGNORECASE,
)


@dataclass
class Figure:
    start: int
    end: int
    value: float
    unit: str | None
    kind: str  # "money" | "percent" | "count"
    has_scale: bool
    num_start: int
    num_end: int
    value_max: float | None = None
    sign: str = ""
    settled: bool = False  # the currency is fixed by its adjective ("Turkmen manat")


def _money_code(m: re.Match[str]) -> tuple[str | None, str, bool]:
    """The currency code, the sign or name it was read from, and whether an adjective settled it."""
    pre = (m["pre"] or "").strip()
    if pre:
        return PREFIX_SIGNS.get(pre) or pre.upper(), pre, False
    if m["iso"]:
        return m["iso"], m["iso"], False
    if m["cur"]:
        name = re.sub(r"\s+", " ", m["cur"].lower())
        code, settled = SUFFIX_NAMES[name], False
        if m["adj"]:
            code, settled = settle_by_adjective(code, m["adj"])
        return code, name, settled
    return None, "", False


def scan(text: str) -> list[Figure]:
    """Every figure in ``text`` by pattern, before any parse-based judgement."""
    out: list[Figure] = []
    for m in FIGURE.finditer(text):
        number = parse_number(m["num"])
        if number is None:
            continue
        scale = (m["scale"] or "").strip(" -").lower()
        code, sign, settled = _money_code(m)
        if scale in BARE_ONLY_WITH_MONEY and code is None:
            continue
        end = m.end()
        if m["cur"] and _not_money(m, number, bool(scale), text):
            code, sign, end = None, "", m.end("scale") if m["scale"] else m.end("num")
        value = number * scale_value(scale)
        if m["pct"]:
            unit = "percentage points" if "point" in m["pct"].lower() else "%"
            kind = "percent"
        elif code:
            unit, kind = code, "money"
        else:
            unit, kind = None, "count"
        if kind == "count" and m["num"].strip().lower() == "one" and not scale:
            continue
        out.append(
            Figure(
                m.start(), end, value, unit, kind, bool(scale), m.start("num"),
                m.end("scale") if m["scale"] else m.end("num"), sign=sign, settled=settled,
            )
        )  # fmt: skip
    measures = _measures(text)
    if measures:
        spans = [(f.start, f.end) for f in measures]
        out = sorted(
            [f for f in out if not _overlaps((f.start, f.end), spans)] + measures,
            key=lambda f: f.start,
        )
    return _merge_ranges(text, out)


def _measures(text: str) -> list[Figure]:
    out: list[Figure] = []
    for m in MEASURE.finditer(text):
        number = parse_number(m["num"])
        scale = (m["scale"] or "").strip(" -").lower()
        if number is None or scale in BARE_ONLY_WITH_MONEY:
            continue
        unit = (m["unit"] or m["slash"]).lower()
        num_end = m.end("scale") if m["scale"] else m.end("num")
        out.append(
            Figure(
                m.start(), m.end(), number * scale_value(scale), unit, "measure", bool(scale),
                m.start("num"), num_end,
            )
        )  # fmt: skip
    return out


def _not_money(m: re.Match[str], number: float, scaled: bool, text: str) -> bool:
    """Currency names that are also common words: "won", "sum", pounds of weight."""
    name = m["cur"].lower()
    if name in ("won", "sum", "pound", "pounds") and not (scaled or number >= 100):
        return True
    return name.startswith("pound") and re.match(r"\s+of\b", text[m.end() :]) is not None


def _merge_ranges(text: str, figs: list[Figure]) -> list[Figure]:
    out: list[Figure] = []
    i = 0
    while i < len(figs):
        a = figs[i]
        b = figs[i + 1] if i + 1 < len(figs) else None
        if b is not None and _is_range(text, a, b):
            low = a.value
            if not a.has_scale and b.has_scale:
                low *= b.value / max(parse_number(_bare(text, b)) or 1.0, 1e-12)
            if low < b.value:
                unit = a.unit or b.unit
                kind = a.kind if a.unit else b.kind
                out.append(
                    Figure(
                        a.start, b.end, low, unit, kind, a.has_scale or b.has_scale,
                        a.num_start, b.num_end, b.value, a.sign or b.sign, a.settled or b.settled,
                    )
                )  # fmt: skip
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _bare(text: str, f: Figure) -> str:
    """The number alone of a figure, without its scale word."""
    m = re.match(NUMBER, text[f.num_start : f.num_end], re.IGNORECASE)
    return m.group(0) if m else "1"


def _is_range(text: str, a: Figure, b: Figure) -> bool:
    if a.unit and b.unit and a.unit != b.unit:
        return False
    if a.unit and not b.unit and a.kind != "money":
        return False
    gap = text[a.end : b.start]
    before = text[max(0, a.start - 20) : a.start]
    if _AND_SEP.match(gap):
        return _BETWEEN.search(before) is not None
    if _RANGE_SEP.match(gap):
        # "rose by 25 tenge to 230 tenge" is a change and a level, "by 5 to 10%" a range.
        return _FROM.search(before) is None and not (a.unit and _BY.search(before))
    return False


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def _excluded(text: str, f: Figure, blocked: list[tuple[int, int]], doc: Any) -> bool:
    if _overlaps((f.num_start, f.num_end), blocked):
        return True
    if f.kind != "count":
        return False
    before = text[max(0, f.start - 20) : f.start]
    after = text[f.end : f.end + 12]
    if _NUMBERED.search(before) or _TIME_AFTER.match(after) or before.endswith(":"):
        return True
    if doc is None:
        return False
    span = doc.char_span(f.num_start, f.num_end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return True
    if any(t.ent_type_ in _NAME_ENTS for t in span):
        return True
    prev = doc[span.start - 1] if span.start > 0 else None
    return prev is not None and prev.pos_ == "PROPN" and prev.ent_type_ not in ("", "MONEY")


def _count_noun(f: Figure, doc: Any) -> Any:
    """The noun a bare figure counts ("48 apartments"), or a casualty word ("39 dead")."""
    span = doc.char_span(f.num_start, f.num_end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    last = span[-1]
    root = span.root
    head = root.head
    if (
        root.dep_ in ("nummod", "amod", "compound", "quantmod", "nmod")
        and head.i > last.i
        and head.i - last.i <= 4
        and (head.pos_ == "NOUN" or head.tag_ == "NNPS")
    ):
        noun = head
    elif (last.i + 1 < len(doc) and doc[last.i + 1].pos_ == "NOUN" and doc[last.i + 1].tag_ == "NNS") or (
        last.i + 1 < len(doc) and doc[last.i + 1].lower_ in CASUALTY
    ):
        noun = doc[last.i + 1]
    else:
        return None
    if noun.lower_ in NOT_COUNT_NOUNS or not (noun.is_alpha or prefixed(noun.text)):
        return None
    if any(t.is_punct for t in doc[last.i + 1 : noun.i]) or noun.lower_.startswith("old"):
        return None
    return noun


_WORD_LEFT = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*-$")
_WORD_RIGHT = re.compile(r"^-[A-Za-z]+(?:-[A-Za-z]+)*")


def _hyphenated(text: str, start: int, end: int) -> tuple[int, int]:
    """The whole hyphenated word around a token ("co-petitioners", split by the tokenizer)."""
    left = _WORD_LEFT.search(text[max(0, start - 30) : start])
    right = _WORD_RIGHT.match(text[end : end + 30])
    return start - (len(left.group(0)) if left else 0), end + (len(right.group(0)) if right else 0)


def _noun_phrase(tok: Any, text: str, after: int) -> str | None:
    """Surface text of the noun phrase headed by ``tok`` (its left part), minus determiners."""
    toks = [t for t in tok.doc[tok.left_edge.i : tok.i + 1] if t.idx >= after]
    while toks and (
        toks[0].dep_ in ("det", "predet", "punct", "cc", "case", "prep", "advmod")
        or (toks[0].dep_ == "poss" and toks[0].pos_ == "PRON")
        or toks[0].like_num
        or toks[0].pos_ in ("SYM", "ADP")
    ):
        toks = toks[1:]
    if not toks:
        return None
    phrase = text[toks[0].idx : toks[-1].idx + len(toks[-1])].strip()
    return phrase if any(c.isalpha() for c in phrase) else None


def _good_object(tok: Any) -> bool:
    return (
        tok.pos_ in ("NOUN", "PROPN")
        and tok.ent_type_ not in _PLACE_OR_TIME
        and tok.lower_ not in _PERIOD_NOUNS
    )


def _what(f: Figure, span: Any, text: str) -> tuple[str | None, Any]:
    """The noun phrase ``f`` measures and its head token."""
    inside = {t.i for t in span}
    root = span.root
    preps = WHAT_PREPS if f.kind != "count" else {"of"}
    for t in span:
        for child in t.children:
            if child.dep_ == "prep" and child.lower_ in preps and child.i not in inside:
                objs = [c for c in child.children if c.dep_ == "pobj" and _good_object(c)]
                if objs:
                    return _noun_phrase(objs[0], text, f.end), objs[0]
    if f.kind == "count":
        return None, None
    head = root.head
    before = text[max(0, f.start - 40) : f.start]
    if _FIGURE_BEFORE_BRACKET.search(before):
        return None, None
    if root.dep_ == "appos" and head.pos_ in ("NOUN", "PROPN"):
        return _noun_phrase(head, text, 0), head
    if before.rstrip().endswith("(") and span.start >= 2:
        prev = span.doc[span.start - 2]
        if prev.pos_ == "NOUN":
            return _noun_phrase(prev, text, 0), prev
    if (
        root.dep_ in ("nummod", "compound", "nmod", "amod", "quantmod")
        and head.i > span.end - 1
        and head.pos_ == "NOUN"
        and head.lower_ not in _WEAK_HEADS
        and head.lower_ not in _PERIOD_NOUNS
    ):
        return _noun_phrase(head, text, f.end), head
    if root.dep_ == "pobj" and head.lower_ in ("of", "at") and head.head.pos_ == "NOUN":
        noun = head.head
        if noun.lower_ not in _WEAK_HEADS:
            return _noun_phrase(noun, text, 0), noun
    verb = _governing_verb(root)
    if verb is None:
        return None, None
    if verb.lemma_.lower() in MEASURE_VERBS:
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
        if subj:
            return _noun_phrase(subj[0], text, 0), subj[0]
    if f.kind == "money" and root.dep_ == "dobj":
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in ("on", "for", "in"):
                objs = [c for c in child.children if c.dep_ == "pobj" and _good_object(c)]
                if objs:
                    return _noun_phrase(objs[0], text, 0), objs[0]
    return None, None


def _governing_verb(tok: Any) -> Any:
    """The first verb above ``tok`` through object and prepositional links, if near."""
    t = tok
    for _ in range(4):
        if t.dep_ not in ("dobj", "pobj", "prep", "attr", "npadvmod", "nsubj", "nsubjpass", "appos"):
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def _year(f: Figure, span: Any, what_tok: Any, text: str) -> int | None:
    m = _YEAR_AFTER.match(text[f.end : f.end + 30])
    if m:
        return int(m.group(1))
    anchors = {t.i for t in span}
    if what_tok is not None:
        anchors.add(what_tok.i)
    t = span.root
    for _ in range(4):
        if t.head.i == t.i or (t.dep_ == "pobj" and t.head.head.pos_ in ("NOUN", "PROPN")):
            break
        t = t.head
        anchors.add(t.i)
        if t.pos_ in ("VERB", "AUX"):
            break
    best: tuple[int, int] | None = None
    for tok in span.sent:
        if tok.i in anchors or not _YEARLIKE.fullmatch(tok.text):
            continue
        a = _attachment(tok)
        if a is not None and a.i in anchors:
            dist = abs(tok.i - span.start)
            if best is None or dist < best[0]:
                best = (dist, int(tok.text))
    return best[1] if best else None


def _attachment(year: Any) -> Any:
    """What the date phrase holding ``year`` hangs from ("in the first half of 2025" -> verb)."""
    t = year
    for _ in range(6):
        if t.head.i == t.i:
            return None
        if t.dep_ == "prep" and t.head.ent_type_ != "DATE":
            return t.head if t.lower_ in _YEAR_PREPS else None
        if (
            t.dep_ in ("npadvmod", "nmod", "appos", "compound")
            and t.ent_type_ == "DATE"
            and (t.head.ent_type_ != "DATE")
        ):
            return t.head
        t = t.head
    return None


def _approximate(text: str, f: Figure) -> bool:
    before = text[max(0, f.start - 30) : f.start]
    if f.start and text[f.start - 1 : f.start] not in (" ", "~", "(") and not before.endswith("~"):
        return False
    return bool(_QUALIFIER.search(before) or _QUALIFIER_AFTER.match(text[f.end : f.end + 10]))


def extract(text: str, doc: Any, section: str, document: str) -> list[Amount]:
    """The amounts in one section's ``text`` (``doc`` is its spaCy Doc, or None)."""
    # Any anchor will do: only the spans matter here, so relative dates ("ten years ago") count.
    blocked = [(d.start, d.end) for d in find_dates(text, doc, _ANY_ANCHOR)]
    blocked += [m.span() for m in _PHONE.finditer(text) if sum(c.isdigit() for c in m[0]) >= 7]
    out: list[Amount] = []
    for f in scan(text):
        if _excluded(text, f, blocked, doc):
            continue
        raw = text[f.num_start : f.num_end]
        yearlike = _YEARLIKE.fullmatch(raw) is not None
        if f.kind == "count" and yearlike and f.value_max is None and doc is None:
            continue
        end, what, year = f.end, None, None
        span = doc.char_span(f.start, f.end, alignment_mode="expand") if doc else None
        if f.kind == "count":
            if doc is None:
                continue
            noun = _count_noun(f, doc)
            if noun is None and not (f.has_scale and f.value >= 1000):
                continue
            if noun is not None:
                if yearlike and noun.tag_ != "NNS":
                    continue
                w_start, w_end = _hyphenated(text, noun.idx, noun.idx + len(noun))
                f.unit = text[w_start:w_end].lower()
                end = max(end, w_end)
            span = doc.char_span(f.num_start, end, alignment_mode="expand")
        elif f.kind == "measure":
            pass
        elif f.sign == "¥" and span is not None:
            f.unit = disambiguate("JPY", "¥", span.sent.text, document)
        elif f.unit and not f.settled:
            f.unit = disambiguate(f.unit, f.sign, span.sent.text if span else text, document)
        what_tok = None
        if span is not None:
            what, what_tok = _what(f, span, text)
            if what_tok is not None and f.start <= what_tok.idx < end:
                what, what_tok = None, None
            year = _year(f, span, what_tok, text)
        out.append(
            Amount(
                text=text[f.start : end], value=f.value, unit=f.unit, what=what, year=year,
                approximate=_approximate(text, f), section=section, start=f.start, end=end,
                value_max=f.value_max,
            )
        )  # fmt: skip
    return out


class AmountsStage:
    def __call__(self, article: Article) -> Article:
        document = f"{article.title or ''}\n{article.body}"
        out: list[Amount] = []
        for section, text in article.sections():
            out.extend(extract(text, article.docs.get(section), section, document))
        article.amounts = out
        return article


@stage("amounts", requires=("docs",), assigns=("amounts",))
def make_amounts() -> Callable[[Article], Article]:
    return AmountsStage()
