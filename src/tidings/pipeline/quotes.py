"""The quotes stage: who said what, as direct and reported (indirect) speech.

Direct quotes are found from quotation marks (typographic “”, straight "", guillemets «», single
‘’ and straight ') paired within a paragraph, plus two mark-less layouts of page dumps: a block
quote line followed by an attribution line ("Carter said, opening the session.") and a line after a
lead-in ending in ":" with a cue verb. A quoted stretch counts as a quotation only when it is
attributed: a cue verb and speaker right after it (``"...," X said`` / ``"...," said X``), a lead-in
before it (``X said: "..."``, ``Tokayev: "..."``), or it opens a sentence right after another
attributed quote (the second half of a quote split around its cue). Short quoted phrases inside a
sentence with no attribution (scare quotes, quoted names) are left out.

Choices worth knowing:
- A quote split around its cue gives **two** records, each with its own exact span and the same
  speaker, so every span stays a clean slice of the section text.
- A multi-paragraph quote (an opening mark at each paragraph, a closing one only at the end) is one
  record whose span runs across the paragraphs; its ``text`` is that exact slice, inner marks kept.
- An unclosed mark never runs past its paragraph unless the multi-paragraph pattern holds.
- ``cue`` is the cue verb's surface form, lower-cased ("said", "emphasized"); "according to" for
  that phrase.
- Reported speech (``X said that ...``, ``... , X said``, ``X told reporters ...``,
  ``According to X, ...``) comes from the dependency parse: ``kind="indirect"`` with the reported
  clause as the span; after the cue it runs to the sentence's end (stopping where a direct quote
  begins), without "that" or a leading "on Friday" / "in a statement" of the cue.
- Attributions to news media ("..., reports Tengri.kz", "the Post reported that ...",
  "according to local media, ...") are **not** quotes: they source the article's information,
  not anyone's speech. A person quoted *to* an outlet ("X told Reuters ...") is.
- A dateline ("UFA, May 14 — ") is never part of a quote or of its speaker.

Speakers resolve to entities: the entity whose mention holds the speaker phrase's head word; a
pronoun to the nearest preceding person (filtered by gender where honorifics tell it); a role noun
("the minister") to the person the article names with that role; anything else keeps its text with
``speaker_entity`` None.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..model import Article, Entity, Quote
from .registry import stage

# --- cue verbs ---------------------------------------------------------------------------------

_REGULAR = [
    "add",
    "state",
    "note",
    "explain",
    "emphasize",
    "emphasise",
    "stress",
    "declare",
    "announce",
    "remark",
    "ask",
    "answer",
    "insist",
    "warn",
    "argue",
    "claim",
    "continue",
    "comment",
    "observe",
    "recall",
    "acknowledge",
    "conclude",
    "urge",
    "suggest",
    "underline",
    "confirm",
    "complain",
    "predict",
    "vow",
    "promise",
    "assert",
    "exclaim",
    "shout",
    "joke",
    "recount",
    "tweet",
    "reply",
    "reiterate",
    "caution",
    "concede",
    "describe",
    "respond",
    "maintain",
    "allege",
    "reveal",
    "report",
    "elaborate",
]
_IRREGULAR = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "writing"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "quip": ("quip", "quips", "quipped"),
}
#: Cue words that introduce a quote only from a lead-in ending in ":" or ","
#: (``The statement read: "..."``), never from a bare ``X read "..."``.
_LEAD_IN_ONLY = frozenset({"read", "reads", "speak", "speaks", "spoke", "speaking"})


def _forms(base: str) -> set[str]:
    if base.endswith("y"):
        return {base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    if base.endswith("e"):
        return {base, base + "s", base + "d", base[:-1] + "ing"}
    if base.endswith(("s", "sh")):
        return {base, base + "es", base + "ed", base + "ing"}
    return {base, base + "s", base + "ed", base + "ing"}


CUE_FORMS: frozenset[str] = frozenset(
    {f for b in _REGULAR for f in _forms(b)} | {f for fs in _IRREGULAR.values() for f in fs}
)
#: Verbs whose clausal complement is taken as reported speech.
INDIRECT_LEMMAS = frozenset(
    [
        "say",
        "tell",
        "add",
        "state",
        "announce",
        "claim",
        "argue",
        "warn",
        "explain",
        "note",
        "insist",
        "confirm",
        "stress",
        "emphasize",
        "emphasise",
        "declare",
        "acknowledge",
        "admit",
        "suggest",
        "write",
        "predict",
        "allege",
        "reveal",
        "report",
        "indicate",
        "reiterate",
        "assert",
        "maintain",
    ]
)
_CUE_RE = "|".join(sorted(CUE_FORMS, key=len, reverse=True))
_ADVERBS = (
    r"(?:(?:also|later|then|further|previously|earlier|had|has|have|would|once|again|"
    r"recently|reportedly|separately|quickly|simply|only|publicly|told|on)\s+)*"
)
#: A dot that does not end a speaker phrase: titles and initials ("Dr. Livermore", "Jessie K. Liu").
_ABBR = r"\b(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|St|Jr|Sr|U\.S|U\.K|[A-Z])\."
_SPEAKER_CHARS = rf"(?:{_ABBR}|[^.!?\"“”«»\n])"

#: ``"...," X said`` — the speaker before the cue.
_AFTER_SPK_CUE = re.compile(
    rf"^\s*[,;:]?\s*(?P<spk>(?=\w){_SPEAKER_CHARS}{{1,90}}?)\s+{_ADVERBS}(?P<cue>{_CUE_RE})\b",
    re.IGNORECASE,
)
#: ``"...," said X, the ...`` — the cue before the speaker.
_AFTER_CUE_SPK = re.compile(
    rf"^\s*[,;:]?\s*(?P<cue>{_CUE_RE})\s+(?P<spk>(?:{_ABBR}|[^.,;!?\"“”«»\n]){{1,80}})", re.IGNORECASE
)
#: A line that only attributes: ``Carter said, opening the session.`` / ``Helen Carter said.``
_ATTRIBUTION_LINE = re.compile(
    rf"^\s*(?P<spk>[A-Za-z][\w .'’-]{{0,70}}?)\s+{_ADVERBS}(?P<cue>{_CUE_RE})\s*(?:[,.;:]|$)",
    re.IGNORECASE,
)
#: ``said Agriculture Minister Dauren Seitkhanov.`` — the cue first, under a block ending in ",".
_ATTRIBUTION_LINE_CUE_FIRST = re.compile(
    rf"^\s*(?P<cue>{_CUE_RE})\s+(?P<spk>(?:{_ABBR}|[^.,;!?\"“”«»\n]){{2,80}}?)\s*(?:[,.;]|$)"
)
_CUE_WORD = re.compile(rf"\b(?:{_CUE_RE})\b", re.IGNORECASE)
_OWNER = re.compile(
    r"(?P<spk>\b[\w.-]+(?: [\w.-]+){0,3}?)['’]s (?:\w+ ){0,2}?"
    r"(?:statement|website|tweet|post|letter|message|release|announcement|communiqu[eé]|blog)\b"
)
_LEAD_CUE_WORD = re.compile(
    rf"\b(?:{'|'.join(sorted(CUE_FORMS | _LEAD_IN_ONLY, key=len, reverse=True))})\b", re.IGNORECASE
)
#: ``According to U.S. Attorney Bash, the manifesto ...: "..."`` — a lead-in sourced by "according to".
_ACCORDING_LEAD = re.compile(r"\baccording to (?P<spk>[^,:;]{2,80})", re.IGNORECASE)
#: ``Tokayev:`` / ``Kassym-Jomart Tokayev:`` — a name lead-in (headlines, interview lines).
_NAME_COLON = re.compile(r"^\s*(?P<spk>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*:\s*$")
_HEADLINE_NAME_QUOTE = re.compile(
    r"^\s*(?P<spk>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*:\s+(?P<q>\S.*?)\s*$"
)
#: A mark-less headline after "Name:" is speech only when it sounds like speech.
_SPEECHY = re.compile(
    r"\b(?:I|I'm|I’m|we|We|our|Our|us|my|My|me|you|You|your|Your|must|should|will|won't|won’t|"
    r"cannot|can't|can’t|shall|need to|let's|let’s)\b"
)
#: Words that cannot end the speaker of an attribution line ("I must say, ...").
_NOT_ATTRIBUTION_END = {
    "i",
    "we",
    "you",
    "must",
    "will",
    "would",
    "can",
    "could",
    "should",
    "to",
    "not",
    "might",
    "may",
    "let",
    "shall",
    "did",
    "do",
    "does",
}
_NOT_SPEAKER_START = {"in", "on", "at", "during", "to", "after", "with", "that", "it", "of"}
_SENT_END = re.compile(r"[.!?…][\"”’»)]?\s+")
_WORD = re.compile(r"\w+")
_PARA = re.compile(r"[^\n]+")

_PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f"}
_PLAIN_PRONOUNS = {"they", "we", "i", "it", "you"}
_MALE_TITLES = re.compile(r"\b(?:Mr|Sir|King|Prince|Lord|Mister)\.?\s+$")
_FEMALE_TITLES = re.compile(r"\b(?:Mrs|Ms|Miss|Madam|Madame|Lady|Queen|Princess|Dame)\.?\s+$")
_INDEFINITE = {"a", "an", "some", "one", "several", "many", "two", "three", "sources", "officials"}
#: A dateline opening a paragraph: ``UFA, May 14 — `` / ``MOSCOW (Reuters) - `` / ``ALMATY — ``.
DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'’ -]{1,30}[A-Z]|[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    r"(?:,\s*[^\n—–]{1,30}?)?(?:\s*\([^)\n]{1,30}\))?\s*(?:—|–|--| - )\s*"
)
#: Nouns naming something written: the speaker is its author (``Trump's statement read: ...``).
_DOCUMENT_NOUNS = {
    "statement", "website", "site", "tweet", "post", "letter", "message", "note", "release",
    "announcement", "communique", "communiqué", "blog", "page", "report", "account", "notice",
}  # fmt: skip
#: Singular nouns that stand for a group and may be "they".
_COLLECTIVE = {
    "department", "government", "ministry", "police", "agency", "family", "company", "committee",
    "office", "court", "army", "navy", "military", "council", "service", "party", "union",
    "commission", "administration", "firm", "bank", "group", "board", "team", "embassy", "kremlin",
}  # fmt: skip
#: Words of a title before a name: dropped when a speaker's name is read off a phrase.
_TITLES = {
    "president", "prime", "minister", "secretary", "attorney", "general", "judge", "justice",
    "senator", "sen.", "rep.", "representative", "governor", "gov.", "mayor", "chancellor", "dr.",
    "mr.", "mrs.", "ms.", "prof.", "professor", "chief", "deputy", "vice", "foreign", "spokesman",
    "spokeswoman", "spokesperson", "ambassador", "commissioner", "director", "chairman", "chair",
    "ceo", "legislator", "cardinal", "archbishop", "bishop", "king", "queen", "prince", "sheikh",
    "emir", "lt.", "col.", "gen.", "capt.", "sgt.", "officer", "detective", "inspector", "head",
    "lead", "author", "lawyer", "colonel", "captain", "sergeant", "lieutenant", "speaker",
}  # fmt: skip
#: Speakers that are news media: "reports X", "X reported", "according to X" attribute the
#: article's information to a publication, which is not speech (see ``is_media``).
_MEDIA_WORDS = re.compile(
    r"\b(?:media|newspapers?|paper|outlets?|broadcasters?|channels?|TV|television|radio|news|"
    r"tabloids?|magazines?|press reports?|wire services?)\b",
    re.IGNORECASE,
)
_OUTLET_NAME = re.compile(
    r"(?:\w\.(?:com|kz|ru|org|net|uk|cn|kg|uz|tj|info|ua|by|am|ge|az|io)\b|-TV\b|"
    r"\b(?:Times|Post|Journal|Gazette|Herald|Tribune|Telegraph|Guardian|Ledger|Daily|Chronicle|"
    r"Observer|Press|Wire|Reuters|Interfax|TASS|Xinhua|Bloomberg|CNN|BBC|NPR|AFP|Al Jazeera|"
    r"Kyodo|Yonhap|Anadolu|RIA Novosti|Kommersant|Vedomosti|Eurasianet|RFE/RL)\b)"
)


# --- quotation marks ---------------------------------------------------------------------------


@dataclass
class _Marked:
    """A stretch of text inside quotation marks: ``start:end`` is the content."""

    start: int
    end: int
    open_at: int
    close_at: int | None


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _PARA.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _role(text: str, i: int, family: str) -> str | None:
    """``open``, ``close``, ``either`` or None (not a mark of ``family`` here)."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if family == "curly":
        return {"“": "open", "„": "open", "”": "close"}.get(ch)
    if family == "guillemet":
        return {"«": "open", "»": "close"}.get(ch)
    if family == "straight":
        if ch != '"':
            return None
        left = prev.isspace() or prev in "([{—–-:/"
        right = nxt.isspace() or nxt in ".,;:!?)]}—–-"
        if left and not right:
            return "open"
        if right and not left:
            return "close"
        return "either"
    if family == "single":
        if ch == "‘":
            return None if prev.isalnum() else "open"
        if ch == "’":
            return "close" if not nxt.isalnum() and not prev.isspace() else None
        if ch == "'":
            if (prev.isspace() or prev in '([:—–“"') and nxt.isalnum():
                return "open"
            if not prev.isspace() and not nxt.isalnum() and prev not in "sS":
                return "close"
            if prev in "sS" and not nxt.isalnum():
                return "close_weak"
        return None
    return None


_FAMILY_CHARS = {"curly": "“„”", "guillemet": "«»", "straight": '"', "single": "‘’'"}


def _starts_with_opener(text: str, para: tuple[int, int], family: str) -> bool:
    return _role(text, para[0], family) in ("open", "either")


def _pair_family(
    text: str, paras: list[tuple[int, int]], family: str, taken: list[tuple[int, int]]
) -> list[_Marked]:
    """Pair the marks of one family; a stretch never crosses a paragraph break unless the
    multi-paragraph pattern holds (every paragraph of it opens with a mark)."""
    chars = _FAMILY_CHARS[family]
    out: list[_Marked] = []
    pending: int | None = None  # position of an unclosed opener
    for pi, (ps, pe) in enumerate(paras):
        continuing = pending is not None
        for i in range(ps, pe):
            if text[i] not in chars or any(a <= i < b for a, b in taken):
                continue
            role = _role(text, i, family)
            if role is None:
                continue
            if continuing and i == ps:
                continue  # the re-opening mark of a multi-paragraph quote
            if pending is None:
                if role in ("open", "either"):
                    pending = i
            elif role in ("close", "either", "close_weak"):
                out.append(_Marked(pending + 1, i, pending, i))
                pending = None
            elif role == "open":
                pending = i  # the earlier opener was never closed
        if pending is not None:
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            if nxt is not None and _starts_with_opener(text, nxt, family):
                continue
            if pe - pending > 2 and family != "single":  # a lone ' is mostly an apostrophe
                out.append(_Marked(pending + 1, pe, pending, None))
            pending = None
    return out


def find_marked(text: str) -> list[_Marked]:
    """Every quoted stretch of ``text``, outermost only, in order."""
    paras = _paragraphs(text)
    found: list[_Marked] = []
    taken: list[tuple[int, int]] = []
    for family in ("guillemet", "curly", "straight", "single"):
        for m in _pair_family(text, paras, family, taken):
            close = m.close_at + 1 if m.close_at is not None else m.end
            if any(a <= m.open_at < b for a, b in taken):
                continue
            found.append(m)
            taken.append((m.open_at, close))
    found.sort(key=lambda m: m.start)
    return found


# --- speakers ----------------------------------------------------------------------------------


@dataclass
class _Speaker:
    text: str | None
    entity: Entity | None


class _Context:
    """One section of one article: its text, Doc, paragraphs and the entity mentions in it."""

    def __init__(self, article: Article, section: str) -> None:
        self.article = article
        self.section = section
        self.text = article.section_text(section)
        self.doc: Any = article.docs.get(section)
        self.paras = _paragraphs(self.text)
        self.mentions: list[tuple[int, int, Entity]] = sorted(
            ((m.start, m.end, e) for e in article.entities for m in e.mentions if m.section == section),
            key=lambda t: t[0],
        )
        self._quoted: list[tuple[int, int]] | None = None

    def quoted(self, pos: int) -> bool:
        """Whether ``pos`` lies inside quotation marks."""
        if self._quoted is None:
            self._quoted = [(m.open_at, m.close_at or m.end) for m in find_marked(self.text)]
        return any(a <= pos < b for a, b in self._quoted)

    def para_of(self, pos: int) -> int:
        for i, (s, e) in enumerate(self.paras):
            if s <= pos <= e:
                return i
        return -1

    def token_at(self, pos: int) -> Any:
        if self.doc is None:
            return None
        span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def head(self, start: int, end: int) -> tuple[int, int, str]:
        """The head word of a phrase: from the parse where there is one, else its last word."""
        if self.doc is not None:
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is not None and len(span):
                root = span.root
                return root.idx, root.idx + len(root), root.pos_
        words = list(_WORD.finditer(self.text, start, end))
        if not words:
            return start, end, ""
        w = words[-1]
        return w.start(), w.end(), ""

    def entity_at(self, start: int, end: int) -> Entity | None:
        for s, e, ent in self.mentions:
            if s < end and start < e:
                return ent
        return None


def _gender(ent: Entity, article: Article) -> str | None:
    for m in ent.mentions:
        try:
            before = article.section_text(m.section)[max(0, m.start - 12) : m.start]
        except (KeyError, IndexError, ValueError):
            continue
        if _MALE_TITLES.search(before):
            return "m"
        if _FEMALE_TITLES.search(before):
            return "f"
    return None


def dateline_end(text: str, start: int) -> int:
    """Where the body of a paragraph opening at ``start`` begins, past a dateline if it has one."""
    m = DATELINE.match(text, start)
    return m.end() if m is not None else start


def is_media(phrase: str, outlet: str | None = None) -> bool:
    """Whether a speaker phrase names a news outlet or the media ("local news sources", "CNN",
    "Tengri.kz", the article's own outlet)."""
    phrase = phrase.strip()
    if outlet and phrase.lower().removeprefix("the ") == outlet.lower().removeprefix("the "):
        return True
    return bool(_MEDIA_WORDS.search(phrase) or _OUTLET_NAME.search(phrase))


def _trim_speaker(text: str, start: int, end: int) -> tuple[int, int]:
    """Cut an appositive or relative clause off a speaker phrase: ``Lavrov, the minister,``;
    a dateline or a dash-set-off stretch before it never belongs to it."""
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start < 60:
        start = max(start, dateline_end(text, line_start))
    dash = max(text.rfind("—", start, end), text.rfind(" – ", start, end))
    if dash >= 0 and dash + 2 < end:
        start = dash + 1
    seg = text[start:end]
    cut = re.search(r",|\s+(?:who|which|whose|that)\s", seg)
    if cut and cut.start() > 0:
        end = start + cut.start()
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in ".)":
        end -= 1
    while start < end and text[start] in " ,;:—–-":
        start += 1
    for lead in ("and ", "but ", "as "):
        if text[start:end].lower().startswith(lead):
            start += len(lead)
    return start, end


def _prefer_full_name(ctx: _Context, ent: Entity) -> Entity:
    """A one-word name ("Kovacs", "Tokayev") that ends a longer person's name is that person."""
    if " " in ent.name:
        return ent
    for other in ctx.article.entities:
        if other.type == "PERSON" and other.name.endswith(" " + ent.name):
            return other
    return ent


def _appositive_person(ctx: _Context, start: int, end: int) -> Entity | None:
    """``the president of the league, Jamel Msallem,`` — a person set off by a comma."""
    for s, _e, ent in ctx.mentions:
        if start <= s <= end + 3 and ent.type == "PERSON" and (ctx.text[start:s].rstrip()[-1:] == ","):
            return ent
    return None


def _resolve(ctx: _Context, start: int, end: int, at: int) -> _Speaker:
    """Resolve the speaker phrase ``start:end``; ``at`` is where the quote is."""
    full = (start, end)
    start, end = _trim_speaker(ctx.text, start, end)
    if end <= start:
        return _Speaker(None, None)
    phrase = ctx.text[start:end]
    owner = _document_owner(ctx, start, end)
    if owner is not None:
        return _resolve(ctx, owner[0], owner[1], at)
    hs, he, _pos = ctx.head(start, end)
    head_word = ctx.text[hs:he].lower()
    ent = ctx.entity_at(hs, he)
    if ent is None and not ctx.text[hs:he].islower():
        last = list(_WORD.finditer(ctx.text, start, end))
        if last:
            cand = ctx.entity_at(last[-1].start(), last[-1].end())
            ent = cand if cand is not None and cand.type == "PERSON" else None
    if ent is not None:
        ent = _prefer_full_name(ctx, ent)
        return _Speaker(ent.name, ent)
    lowered = phrase.lower()
    if lowered in _PRONOUNS:
        person = _nearest_person(ctx, min(start, at), _PRONOUNS[lowered])
        if isinstance(person, Entity):
            return _Speaker(person.name, person)
        return _Speaker(person or phrase, None)
    if lowered == "they":
        group = _group_antecedent(ctx, start)
        if group is not None:
            return _resolve(ctx, group[0], group[1], at)
    if lowered in _PLAIN_PRONOUNS:
        return _Speaker(phrase, None)
    ent = _appositive_person(ctx, *full)
    if ent is not None:
        return _Speaker(ent.name, ent)
    first = lowered.split()[0]
    if head_word.isalpha() and ctx.text[hs:he].islower() and first not in _INDEFINITE:
        ent = _by_role(ctx, head_word, at)
        if ent is not None:
            return _Speaker(ent.name, ent)
    if not ctx.text[hs:he].islower():
        name = _proper_name(ctx, hs, he)
        if name is not None:
            ent = _person_named(ctx, ctx.text[name[0] : name[1]])
            return _Speaker(ent.name if ent else ctx.text[name[0] : name[1]], ent)
        if len(phrase.split()) <= 4 and first not in _INDEFINITE:
            ent = ctx.entity_at(start, end) or _person_named(ctx, phrase)
    elif len(phrase.split()) <= 4 and first not in _INDEFINITE:
        # "his wife Mary" names Mary; "US authorities" does not name the United States
        cand = ctx.entity_at(start, end)
        ent = cand if cand is not None and cand.type == "PERSON" else None
    return _Speaker(ent.name if ent else phrase, ent)


def _document_owner(ctx: _Context, start: int, end: int) -> tuple[int, int] | None:
    """``Trump's statement`` / ``a statement from the ministry``: the author of a written text."""
    if ctx.doc is None:
        return None
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span) or span.root.lemma_.lower() not in _DOCUMENT_NOUNS:
        return None
    for c in span.root.children:
        if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN"):
            return c.left_edge.idx, c.idx + len(c)
        if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
            for obj in c.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                    return obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)
    return None


def _proper_name(ctx: _Context, hs: int, he: int) -> tuple[int, int] | None:
    """The name a proper-noun head carries, titles and place words before it left out
    ("U.S. Attorney Bash" -> "Bash", "Regina Ip from the pro-Beijing camp" -> "Regina Ip")."""
    tok = ctx.token_at(hs)
    if tok is None or tok.pos_ != "PROPN":
        return None
    left = tok
    while left.i > 0:
        prev = left.nbor(-1)
        word = prev.text.lower()
        covered = ctx.entity_at(prev.idx, prev.idx + len(prev))
        if prev.pos_ != "PROPN" or word in _TITLES or (covered is not None and covered.type != "PERSON"):
            break
        left = prev
    if left.text.lower() in _TITLES:
        return None
    return left.idx, tok.idx + len(tok)


def _group_antecedent(ctx: _Context, before: int) -> tuple[int, int] | None:
    """What "they" stands for: the nearest preceding plural or collective subject outside
    quotation marks in this paragraph or the one before, a speaker of a cue verb first."""
    if ctx.doc is None:
        return None
    pi = ctx.para_of(before)
    floor = ctx.paras[max(pi - 1, 0)][0] if pi >= 0 else 0
    speech: tuple[int, int] | None = None
    other: tuple[int, int] | None = None
    for tok in ctx.doc:
        if tok.idx >= before:
            break
        if tok.idx < floor or tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if ctx.quoted(tok.idx):
            continue
        ent = ctx.entity_at(tok.idx, tok.idx + len(tok))
        group = tok.tag_ in ("NNS", "NNPS") or tok.lemma_.lower() in _COLLECTIVE
        if not group and not (ent is not None and ent.type == "ORG"):
            continue
        span = (tok.left_edge.idx, tok.idx + len(tok))
        other = span
        if tok.head.lemma_.lower() in INDIRECT_LEMMAS:
            speech = span
    return speech or other


def _person_named(ctx: _Context, phrase: str) -> Entity | None:
    """A bare surname ("Tokayev" in a headline) that ends a person's full name in the article."""
    if not phrase[:1].isupper():
        return None
    for ent in ctx.article.entities:
        if ent.type == "PERSON" and (ent.name == phrase or ent.name.endswith(" " + phrase)):
            return ent
    return None


def _subject_rank(ctx: _Context, start: int, end: int) -> int:
    """2 for the subject of a main clause, 1 for any other subject, 0 otherwise."""
    if ctx.doc is None:
        return 0
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return 0
    tok = span.root
    while tok.dep_ in ("appos", "compound", "conj") and tok.head is not tok:
        tok = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return 0
    return 2 if tok.head.dep_ == "ROOT" else 1


def _nearest_person(ctx: _Context, before: int, gender: str) -> Entity | str | None:
    """The person a pronoun refers to: the nearest preceding person who is a sentence subject,
    else the nearest person; with no person entity, the nearest proper-noun subject's text."""
    best: list[Entity | None] = [None, None, None]  # nearest person by subject rank
    for s, e, ent in ctx.mentions:
        if s >= before:
            break
        if ent.type != "PERSON":
            continue
        g = _gender(ent, ctx.article)
        if g is not None and g != gender:
            continue
        best[_subject_rank(ctx, s, e)] = ent
    if any(best):
        return best[2] or best[1] or best[0]
    if ctx.doc is None:
        return None
    name: str | None = None
    for tok in ctx.doc:
        if tok.idx >= before:
            break
        if tok.dep_ == "nsubj" and tok.pos_ == "PROPN":
            left = tok
            while left.i > 0 and left.nbor(-1).dep_ == "compound" and left.nbor(-1).pos_ == "PROPN":
                left = left.nbor(-1)
            name = ctx.text[left.idx : tok.idx + len(tok)]
    return name


def _by_role(ctx: _Context, role: str, at: int) -> Entity | None:
    """The named entity the article gives the role ``role`` (nearest before ``at``, else after)."""
    word = re.compile(rf"\b{re.escape(role)}\b", re.IGNORECASE)
    before: Entity | None = None
    after: Entity | None = None
    for s, e, ent in ctx.mentions:
        if ent.type == "PERSON":
            line_start = ctx.text.rfind("\n", 0, s) + 1
            window = ctx.text[max(line_start, s - 40) : s]
            window = re.split(r"[.;!?]", window)[-1]
            tail = ctx.text[e : e + 60].split(".")[0]
            hit = bool(word.search(window)) or bool(
                tail.startswith(",") and word.search(tail[1:].split(",")[0])
            )
        else:
            hit = bool(word.search(ctx.text[s:e]))
        if not hit:
            continue
        if s < at:
            before = ent
        elif after is None:
            after = ent
    return before or after


# --- the stage ---------------------------------------------------------------------------------


@dataclass
class _Found:
    start: int
    end: int
    speaker: _Speaker
    cue: str | None
    kind: str


def _clean_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def _final_punct(inner: str) -> str:
    """The quote's last punctuation mark, read through an editor's bracket ("heal us[,]")."""
    inner = inner.rstrip()
    bracket = re.search(r"\[([.,!?…])\]$", inner)
    return bracket.group(1) if bracket else inner[-1:]


_ABBR_END = re.compile(rf"(?:{_ABBR}|\b(?:a\.m|p\.m|Mt|No|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)$")


def _sentence_start(text: str, para_start: int, pos: int) -> int:
    start = para_start
    for m in _SENT_END.finditer(text, para_start, pos):
        if text[m.start()] == "." and _ABBR_END.search(text, max(para_start, m.start() - 6), m.start() + 1):
            continue  # "U.S. Attorney", "Dr. Livermore": not a sentence end
        start = m.end()
    return start


def _antecedent(subj: Any, verb: Any) -> Any:
    """``the Navy, who told it ...``: a relative pronoun stands for the noun its clause modifies."""
    if subj.lower_ in ("who", "which", "that"):
        if verb.dep_ == "relcl":
            return verb.head
        prev = subj.i - 1
        while prev >= 0 and subj.doc[prev].is_punct:
            prev -= 1
        if prev >= 0 and subj.doc[prev].pos_ in ("NOUN", "PROPN"):
            return subj.doc[prev]
    return subj


class QuoteFinder:
    """Finds the quotes of one section."""

    def __init__(self, article: Article, section: str) -> None:
        self.ctx = _Context(article, section)
        self.text = self.ctx.text
        self.outlet = article.outlet

    def run(self) -> list[_Found]:
        direct = self._marked() + self._blocks() + self._headline()
        direct.sort(key=lambda f: f.start)
        spans = [(f.start, f.end) for f in direct]
        indirect = []
        for f in self._indirect():
            for a, _b in spans:
                if f.start < a < f.end:  # a reported clause stops where a direct quote begins
                    f.end = _clean_span(self.text, f.start, a - 1)[1]
                    while f.end > f.start and self.text[f.end - 1] in '"“«‘ .':
                        f.end -= 1
            if len(self.text[f.start : f.end].split()) >= 3 and not any(
                a < f.end and f.start < b for a, b in spans
            ):
                indirect.append(f)
        return sorted(direct + indirect, key=lambda f: f.start)

    # direct quotes in marks
    def _marked(self) -> list[_Found]:
        out: list[_Found] = []
        text = self.text
        marked = find_marked(text)
        for idx, m in enumerate(marked):
            s, e = _clean_span(text, m.start, m.end)
            if e <= s or not _WORD.search(text[s:e]):
                continue
            pi = self.ctx.para_of(m.open_at)
            para_start = self.ctx.paras[pi][0] if pi >= 0 else 0
            nxt = marked[idx + 1] if idx + 1 < len(marked) else None
            prev = marked[idx - 1] if idx else None
            after = self._after(m, s, e, nxt)
            if after is not None and self._scare(m, s, e, para_start, prev):
                after = None
            before = self._before(m, s, e, para_start, prev, pi)
            # ``"A," X said`` attributes forwards; ``X said: "A."`` backwards.
            trailing_comma = _final_punct(text[m.start : m.end]) == ","
            found = (after or before) if trailing_comma else (before or after)
            if found is None:
                found = self._continuation(m, s, e, para_start, pi, out)
            if found is not None:
                out.append(found)
        return out

    def _after(self, m: _Marked, s: int, e: int, nxt: _Marked | None) -> _Found | None:
        if m.close_at is None:
            return None
        text = self.text
        pi = self.ctx.para_of(m.close_at)
        pe = self.ctx.paras[pi][1] if pi >= 0 else len(text)
        limit = min(pe, nxt.open_at if nxt else pe)
        after = text[m.close_at + 1 : limit]
        inner = text[m.start : m.end].rstrip()
        if not (_final_punct(inner) in ",!?…—–-:" or after.startswith(",")):
            return None
        base = m.close_at + 1
        for rx in (_AFTER_SPK_CUE, _AFTER_CUE_SPK):
            hit = rx.match(after)
            if hit is None:
                continue
            spk = hit.group("spk")
            if len(spk.split()) > 10 or (_CUE_WORD.search(spk) and rx is _AFTER_SPK_CUE):
                continue
            if rx is _AFTER_CUE_SPK and spk.split()[0].lower() in _NOT_SPEAKER_START:
                continue
            if rx is _AFTER_SPK_CUE and self._clause_in(base + hit.start("spk"), base + hit.end("spk")):
                continue
            rest = after[hit.end("cue") :] if rx is _AFTER_SPK_CUE else after[hit.end() :]
            if nxt is not None and _final_punct(inner) in ".?!" and re.fullmatch(r"\s*[,:]\s*", rest):
                continue  # ``"...?" X said, "..."``: the cue introduces the next quote
            sp = _resolve(self.ctx, base + hit.start("spk"), base + hit.end("spk"), s)
            return _Found(s, e, sp, hit.group("cue").lower(), "direct")
        return None

    def _clause_in(self, start: int, end: int) -> bool:
        """Whether a would-be speaker phrase holds a verb of its own clause ("had about 750,000
        followers on Facebook, and wrote"): then it is no speaker."""
        if self.ctx.doc is None:
            return False
        span = self.ctx.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and any(
            t.pos_ in ("VERB", "AUX")
            and t.tag_ in ("VBD", "VBZ", "VBP")
            and t.dep_ in ("ROOT", "conj", "ccomp")
            for t in span
        )

    def _scare(self, m: _Marked, s: int, e: int, para_start: int, prev: _Marked | None) -> bool:
        """A short quoted phrase inside a sentence is a scare quote or a quoted name."""
        lo = _sentence_start(self.text, para_start, m.open_at)
        if prev is not None and prev.close_at is not None and prev.close_at + 1 > lo:
            return False
        return bool(self.text[lo : m.open_at].strip()) and len(self.text[s:e].split()) <= 3

    def _lead_in(self, lead_start: int, lead_end: int, at: int) -> _Found | None:
        """A lead-in ``lead_start:lead_end`` ending in ":" or "," with a cue verb, or ``Name:``."""
        lead = self.text[lead_start:lead_end]
        stripped = lead.rstrip()
        name = _NAME_COLON.match(lead)
        if name:
            sp = _resolve(self.ctx, lead_start + name.start("spk"), lead_start + name.end("spk"), at)
            return _Found(0, 0, sp, None, "direct")
        cues = list(_LEAD_CUE_WORD.finditer(lead))
        if not cues and stripped.endswith(":"):
            doc_verb = self._document_verb(lead_start, lead_end)
            if doc_verb is not None:
                return _Found(0, 0, self._subject_of(doc_verb, lead_start, at), None, "direct")
        if not cues:
            acc = _ACCORDING_LEAD.search(lead)
            if acc is None or not stripped.endswith(":"):
                return None
            s0, e0 = lead_start + acc.start("spk"), lead_start + acc.end("spk")
            return _Found(0, 0, _resolve(self.ctx, s0, e0, at), "according to", "direct")
        cue = cues[-1]
        tail = lead[cue.end() :].strip()
        ends_ok = stripped.endswith((":", ",")) or (not tail and cue.group(0).lower() not in _LEAD_IN_ONLY)
        if not ends_ok or len(tail.split()) > 12:
            return None
        return _Found(
            0, 0, self._subject_of(lead_start + cue.start(), lead_start, at), cue.group(0).lower(), "direct"
        )

    def _document_verb(self, start: int, end: int) -> int | None:
        """``The Department issued a statement ...:`` — the verb whose object is a written text."""
        if self.ctx.doc is None:
            return None
        span = self.ctx.doc.char_span(start, end, alignment_mode="expand")
        for t in span if span is not None else []:
            if t.lemma_.lower() in _DOCUMENT_NOUNS and t.dep_ == "dobj":
                return int(t.head.idx)
        return None

    def _subject_of(self, cue_pos: int, lead_start: int, at: int) -> _Speaker:
        owner = _OWNER.search(self.text, lead_start, cue_pos)
        if owner is not None and len(self.text[owner.end() : cue_pos].split()) <= 4:
            return _resolve(self.ctx, owner.start("spk"), owner.end("spk"), at)
        tok = self.ctx.token_at(cue_pos)
        hops = 0
        while tok is not None and hops < 4:
            subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                st = _antecedent(subj[0], tok)
                return _resolve(self.ctx, st.left_edge.idx, st.right_edge.idx + len(st.right_edge), at)
            if tok.dep_ in ("conj", "xcomp", "advcl", "ccomp") and tok.head is not tok:
                tok = tok.head
                hops += 1
                continue
            break
        for s, e, _ent in self.ctx.mentions:
            if lead_start <= s and e <= cue_pos and not self.text[e:cue_pos].strip(" ,"):
                return _resolve(self.ctx, s, e, at)
        words = list(_WORD.finditer(self.text, lead_start, cue_pos))
        if not words:
            return _Speaker(None, None)
        take = words[-3:]
        return _resolve(self.ctx, take[0].start(), take[-1].end(), at)

    def _before(
        self, m: _Marked, s: int, e: int, para_start: int, prev: _Marked | None, pi: int
    ) -> _Found | None:
        text = self.text
        lo = _sentence_start(text, para_start, m.open_at)
        if prev is not None and prev.close_at is not None and prev.close_at + 1 > lo:
            lo = prev.close_at + 1
        if text[lo : m.open_at].strip():
            found = self._lead_in(lo, m.open_at, s)
            if (
                found is not None
                and m.close_at is None
                and not (
                    text[lo : m.open_at].rstrip().endswith(":")
                    or _CUE_WORD.search(text[lo : m.open_at].rstrip(" ,").rsplit(" ", 1)[-1])
                )
            ):
                return None  # an unclosed mark needs a firm lead-in
        elif m.open_at == para_start and pi > 0:
            ps, pe = self.ctx.paras[pi - 1]
            if not text[ps:pe].rstrip().endswith(":"):
                return None
            found = self._lead_in(_sentence_start(text, ps, pe), pe, s)
        else:
            return None
        if found is None:
            return None
        found.start, found.end = s, e
        return found

    def _continuation(
        self, m: _Marked, s: int, e: int, para_start: int, pi: int, prior: list[_Found]
    ) -> _Found | None:
        """A quote opening a sentence right after an attributed one continues its speaker."""
        if not prior:
            return None
        text = self.text
        lo = _sentence_start(text, para_start, m.open_at)
        if text[lo : m.open_at].strip():
            return None
        inner = text[s:e]
        if _final_punct(inner) not in ".!?…," and len(inner.split()) < 4:
            return None
        close = m.close_at if m.close_at is not None else e
        rest = text[close + 1 : self.ctx.paras[pi][1]] if pi >= 0 else ""
        if rest.strip() and not re.match(r"^\s*(?:[.!?]|$|[\"“‘«A-Z])", rest):
            return None
        last = prior[-1]
        if self.ctx.para_of(last.start) not in (pi, pi - 1):
            return None
        if last.speaker.text is None:
            return None
        return _Found(s, e, last.speaker, last.cue, "direct")

    # mark-less layouts of page dumps
    def _blocks(self) -> list[_Found]:
        out: list[_Found] = []
        text = self.text
        paras = self.ctx.paras
        marks = set('“”«»"')
        for i, (ps, pe) in enumerate(paras):
            body = text[ps:pe]
            if any(c in marks for c in body) or len(body.split()) < 4:
                continue
            if i + 1 < len(paras):
                ns, ne = paras[i + 1]
                line = text[ns:ne]
                hit = _ATTRIBUTION_LINE.match(line)
                if (
                    hit
                    and len(line.split()) <= 14
                    and len(hit.group("spk").split()) <= 6
                    and hit.group("spk").split()[-1].lower() not in _NOT_ATTRIBUTION_END
                ):
                    sp = _resolve(self.ctx, ns + hit.start("spk"), ns + hit.end("spk"), ps)
                    s, e = _clean_span(text, ps, pe)
                    out.append(_Found(s, e, sp, hit.group("cue").lower(), "direct"))
                    continue
                inv = _ATTRIBUTION_LINE_CUE_FIRST.match(line)
                if inv and body.rstrip().endswith(",") and len(line.split()) <= 14:
                    sp = _resolve(self.ctx, ns + inv.start("spk"), ns + inv.end("spk"), ps)
                    s, e = _clean_span(text, ps, pe)
                    out.append(_Found(s, e, sp, inv.group("cue").lower(), "direct"))
                    continue
            if i > 0:
                qs, qe = paras[i - 1]
                prev = text[qs:qe].rstrip()
                if prev.endswith(":") and len(prev) > 1:
                    found = self._lead_in(_sentence_start(text, qs, qe), qe, ps)
                    if found is not None and found.cue is not None:
                        found.start, found.end = _clean_span(text, ps, pe)
                        out.append(found)
        return out

    def _headline(self) -> list[_Found]:
        if self.ctx.section == "body":
            return []
        text = self.text
        if any(c in text for c in '“”«»"‘') or find_marked(text):
            return []
        hit = _HEADLINE_NAME_QUOTE.match(text)
        if hit is None or not _SPEECHY.search(hit.group("q")):
            return []
        sp = _resolve(self.ctx, hit.start("spk"), hit.end("spk"), hit.start("q"))
        s, e = _clean_span(text, hit.start("q"), hit.end("q"))
        return [_Found(s, e, sp, None, "direct")]

    # reported speech from the parse
    def _indirect(self) -> list[_Found]:
        doc = self.ctx.doc
        if doc is None:
            return []
        out: list[_Found] = []
        for tok in doc:
            if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                f = self._according(tok)
                if f is not None:
                    out.append(f)
                continue
            if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in INDIRECT_LEMMAS:
                continue
            f = self._reported(tok)
            if f is not None:
                out.append(f)
        return out

    def _subject(self, verb: Any) -> Any:
        """The cue verb's subject, climbing from a participle or conjoined verb to the clause
        that has one (``..., saying that``, ``wept and said``, ``by saying they ...``)."""
        tok = verb
        for _hop in range(4):
            subj = [c for c in tok.children if c.dep_ == "nsubj"]
            if subj:
                return _antecedent(subj[0], tok)
            if tok.dep_ not in ("conj", "advcl", "xcomp", "pcomp", "prep") or tok.head is tok:
                return None
            tok = tok.head
        return None

    def _reported(self, tok: Any) -> _Found | None:
        """``X said (that) CLAUSE`` / ``CLAUSE, X said`` / ``CLAUSE, X said, CLAUSE``."""
        comp = [c for c in tok.children if c.dep_ == "ccomp"]
        subj = self._subject(tok)
        text = self.text
        if subj is None or subj.lower_ in ("it", "there"):
            return None
        sent = tok.sent
        if comp:
            c = comp[0]
            toks = [t for t in c.subtree if not (t.dep_ == "mark" and t.head is c and t.i < c.i)]
            if len(toks) < 3:
                return None
            s, e = toks[0].idx, toks[-1].idx + len(toks[-1])
            if c.i > tok.i and subj.i < tok.i:
                # ``X said CLAUSE``: the clause runs to the sentence's end (the parse often
                # hangs its later parts on the cue verb), from an object the parse split off
                e = sent.end_char
                if tok.lemma_.lower() != "tell":
                    objs = [d for d in tok.children if d.dep_ == "dobj" and tok.i < d.i < c.i]
                    if objs:
                        s = objs[0].left_edge.idx
        elif tok.dep_ == "parataxis" and subj.i < tok.i and tok.head.i > tok.i:
            # ``In the wake of X, Y said, the lions were killed``: the clause after the aside
            after = tok.right_edge.i + 1
            if after >= sent.end:
                return None
            s, e = tok.doc[after].idx, sent.end_char
        else:
            return None
        s, e = _clean_span(text, s, e)
        s = max(s, self._body_start(s))
        s += _lead_strip(text[s:e])
        that = re.match(r"that\s+", text[s:e], re.IGNORECASE)
        if that:
            s += that.end()
        while e > s and text[e - 1] in ".!?":
            e -= 1
        s, e = _clean_span(text, s, e)
        if len(text[s:e].split()) < 3:
            return None
        phrase = (subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge))
        body = self._body_start(subj.idx)
        if subj.idx < body < tok.idx:  # the parse took the dateline for the subject
            phrase = (body, tok.idx)
        if is_media(text[_trim_speaker(text, *phrase)[0] : _trim_speaker(text, *phrase)[1]], self.outlet):
            return None
        sp = _resolve(self.ctx, phrase[0], phrase[1], s)
        return _Found(s, e, sp, tok.lower_, "indirect")

    def _body_start(self, pos: int) -> int:
        """Past the dateline of the paragraph holding ``pos``, when ``pos`` is inside it."""
        pi = self.ctx.para_of(pos)
        if pi < 0:
            return pos
        end = dateline_end(self.text, self.ctx.paras[pi][0])
        return end if pos < end else pos

    def _according(self, tok: Any) -> _Found | None:
        to = tok.doc[tok.i + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"]
        if not objs:
            return None
        obj = objs[0]
        sent = tok.sent
        ph_start = tok.idx
        ph_end = obj.right_edge.idx + len(obj.right_edge)
        for ms, me, _ent in self.ctx.mentions:  # the parse may cut a name ("Committee | to Protect ...")
            if ms < ph_end < me:
                ph_end = me
        rest = [t for t in tok.doc[obj.right_edge.i + 1 : sent.end] if t.idx >= ph_end]
        verb_after = len(rest) >= 3 and any(
            t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.dep_ != "relcl" for t in rest
        )
        if sent.start_char >= ph_start - 1 or verb_after:
            s, e = ph_end, sent.end_char
        else:
            s, e = sent.start_char, ph_start
        s, e = _clean_span(self.text, s, e)
        s = max(s, self._body_start(s))
        while e > s and self.text[e - 1] in ".!?,":
            e -= 1
        s, e = _clean_span(self.text, s, e)
        if len(self.text[s:e].split()) < 3 or is_media(self.text[obj.left_edge.idx : ph_end], self.outlet):
            return None
        sp = _resolve(self.ctx, obj.left_edge.idx, ph_end, s)
        return _Found(s, e, sp, "according to", "indirect")


_LEAD_TIME = re.compile(
    r"(?:(?:on|late|early|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"week|month|year|night|morning|evening|afternoon)|yesterday|today|earlier|later|"
    r"in a statement|in an interview(?: with [^,]{1,40})?|on (?:its|his|her|their) website)\s*,?\s+",
    re.IGNORECASE,
)


def _lead_strip(content: str) -> int:
    """How much of a reported clause's start is the cue's time or channel ("on Friday it had
    detained" -> "it had detained"), which the parse sometimes puts inside the clause."""
    m = _LEAD_TIME.match(content)
    if m is None or len(content[m.end() :].split()) < 3:
        return 0
    return m.end()


def find_quotes(article: Article) -> list[Quote]:
    quotes: list[Quote] = []
    for section, _text in article.sections():
        for f in QuoteFinder(article, section).run():
            quotes.append(
                Quote(
                    text=article.section_text(section)[f.start : f.end],
                    speaker=f.speaker.text if f.speaker.entity is None else f.speaker.entity.name,
                    speaker_entity=f.speaker.entity.id if f.speaker.entity else None,
                    cue=f.cue,
                    kind=f.kind,
                    section=section,
                    start=f.start,
                    end=f.end,
                )
            )
    return quotes


def _stage(article: Article) -> Article:
    article.quotes = find_quotes(article)
    return article


@stage("quotes", requires=("docs", "entities"), assigns=("quotes",))
def make_quotes() -> Callable[[Article], Article]:
    return _stage


def quote_spans(quotes: Iterable[Quote]) -> list[tuple[str, int, int]]:
    return [(q.section, q.start, q.end) for q in quotes]
