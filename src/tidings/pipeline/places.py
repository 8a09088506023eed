"""The places stage: every place the article names, resolved to a country and coordinates.

Mentions come from three sources, strongest first: the dateline ("ASTANA, May 8 —",
"BISHKEK (Reuters) -"), spaCy's GPE/LOC/FAC entities looked up in the gazetteer, and a scan of
the text for names that are places beyond doubt (countries, first-level subdivisions, the
knowledge base's own places, cities of 200,000 people or more) written with capitals and not
inside a person's name. Each distinct name is then resolved in context (see
:mod:`tidings.knowledge.place_resolve`); one :class:`~tidings.model.Place` per place carries all
its mentions. :func:`event_place` picks the place of an event from its sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from ..casing import Vocabulary
from ..knowledge import get_kb
from ..knowledge.gazetteer import Candidate, Gazetteer, GeoEntry, get_gazetteer
from ..knowledge.names import key
from ..knowledge.place_resolve import PlaceContext, best
from ..model import Article, Mention, Place, PlaceRef
from .registry import stage

PLACE_LABELS = {"GPE", "LOC", "FAC"}
#: Cities this large are found in running text even where spaCy saw no place.
SCAN_POPULATION = 200_000
_PARTICLES = {"of", "on", "de", "la", "le", "el", "al", "and", "upon", "du", "des", "di", "da",
              "am", "an", "der", "sur", "del", "y", "i"}
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.I)
_TRAILING = re.compile(r"(?:['’]s|['’])$")
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
          r"(?:,\s*\d{4})?")
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z'’.\-]*(?:\s[A-Z][A-Z'’.\-]*){0,3})"
    r"(?:,\s*(?P<sub>[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?))?"
    r"(?P<date>,?\s*" + _MONTH + r")?"
    r"(?P<agency>\s*\([A-Za-z][\w .&-]{0,30}\))?"
    r"\s*(?:—|–|--|-|:)\s",
    re.M,
)
_SOURCE_RANK = {"dateline": 0, "entity": 1, "scan": 2}
_KIND_RANK = {"city": 0, "region": 2, "country": 3}


@dataclass
class _Found:
    section: str
    start: int
    end: int
    text: str
    candidates: list[Candidate]
    source: str
    pointer: _Found | None = None
    entry: GeoEntry | None = None


def find_datelines(text: str, gaz: Gazetteer) -> list[_Found]:
    """Dateline places at the start of the text or of a paragraph: the place in capitals, then
    an optional state or country, a date and an agency, then a dash."""
    out: list[_Found] = []
    for m in _DATELINE.finditer(text):
        if m.start() and text[m.start() - 1] != "\n":
            continue
        place = m.group("place")
        letters = [c for c in place if c.isalpha()]
        if len(letters) < 3 or not (m.group("date") or m.group("agency") or m.group("sub")
                                    or place == place.upper()):
            continue
        cands = gaz.candidates(place.title())
        if not cands:
            continue
        found = _Found("body", m.start("place"), m.end("place"), place, cands, "dateline")
        sub = m.group("sub")
        if sub and gaz.candidates(sub):
            pointer = _Found("body", m.start("sub"), m.end("sub"), sub, gaz.candidates(sub),
                             "dateline")
            found.pointer = pointer
            out.append(pointer)
        out.append(found)
    return out


class PlaceStage:
    def __init__(self, gaz: Gazetteer, vocabulary: Vocabulary | None = None) -> None:
        self.gaz = gaz
        self.vocabulary = vocabulary

    # finding ---------------------------------------------------------------------------------

    def _entity_mentions(self, article: Article) -> tuple[list[_Found], dict[str, list[
            tuple[int, int]]]]:
        """Places among the entities (the entities stage's types win over spaCy's labels), and
        the spans of people's names, where no place is looked for."""
        spans: list[tuple[str, int, int, str]] = []
        persons: dict[str, list[tuple[int, int]]] = {}
        for entity in article.entities:
            for m in entity.mentions:
                if entity.type == "PERSON":
                    persons.setdefault(m.section, []).append((m.start, m.end))
                elif entity.type in PLACE_LABELS:
                    spans.append((m.section, m.start, m.end, entity.type))
        for section, doc in article.docs.items():
            for ent in getattr(doc, "ents", ()):
                if ent.label_ in PLACE_LABELS:
                    spans.append((section, ent.start_char, ent.end_char, ent.label_))
        found: list[_Found] = []
        for section, start, end, _label in spans:
            span = article.section_text(section)[start:end].split("\n", 1)[0]
            lead = _LEADING.match(span)
            if lead:
                span, start = span[lead.end():], start + lead.end()
            span = _TRAILING.sub("", span).rstrip(" ,.;:")
            if not span[:1].isupper() or not self._acronym_ok(span):
                continue
            cands = self.gaz.candidates(span)
            if " " not in span and self._is_noun(span):  # "Gulf" is no shortened "Gulf Province"
                cands = [c for c in cands if c.primary]
            if cands:
                found.append(_Found(section, start, start + len(span), span, cands, "entity"))
        return found, persons

    def _scan_mentions(self, section: str, text: str) -> list[_Found]:
        out = []
        for start, end, cands in self.gaz.scan(text):
            surface = text[start:end]
            strong = [c for c in cands if _scannable(c.entry)]
            if len(surface.split()) == 1 and self._is_noun(surface):
                strong = [c for c in strong if c.entry.kind == "country" or c.entry.curated]
            if strong and self._looks_like_name(surface) and not self._in_compound(text, start, end):
                out.append(_Found(section, start, end, surface, strong, "scan"))
        return out

    def _is_noun(self, word: str) -> bool:
        return self.vocabulary is not None and self.vocabulary.kind(word) is not None

    def _in_compound(self, text: str, start: int, end: int) -> bool:
        """Part of a hyphenated name that is not a pair of places ("Agence France-Presse", but
        not "Moscow-Beijing")."""
        before = re.search(r"([^\W\d_]+)-$", text[max(0, start - 30):start])
        after = re.match(r"-([^\W\d_]+)", text[end:end + 30])
        return any(m is not None and not self.gaz.candidates(m.group(1)) for m in (before, after))

    def _looks_like_name(self, surface: str) -> bool:
        words = surface.replace("-", " ").split()
        if not words or not words[0][:1].isupper():
            return False
        if any(not w[:1].isupper() and w.lower() not in _PARTICLES for w in words):
            return False
        if (len(words) == 1 and self.vocabulary is not None
                and self.vocabulary.kind(surface) in {"function", "common"}):
            return False
        return (len(surface) > 2 or surface.isupper()) and self._acronym_ok(surface)

    def _acronym_ok(self, surface: str) -> bool:
        """A short name in capitals ("NIS") is a place only where the data writes it so ("US")."""
        letters = [c for c in surface if c.isalpha()]
        return not (surface.isupper() and len(letters) <= 5) or self.gaz.is_acronym(surface)

    def find(self, article: Article) -> list[_Found]:
        found = find_datelines(article.body, self.gaz)
        ents, persons = self._entity_mentions(article)
        found += ents
        for section, text in article.sections():
            found += self._scan_mentions(section, text)
        kept: list[_Found] = []
        taken: dict[str, list[tuple[int, int]]] = {}
        for f in sorted(found, key=lambda f: (_SOURCE_RANK[f.source], -(f.end - f.start))):
            spans = taken.setdefault(f.section, [])
            if any(f.start < e and s < f.end for s, e in spans):
                continue
            if f.source == "scan" and any(f.start < e and s < f.end
                                          for s, e in persons.get(f.section, [])):
                continue
            spans.append((f.start, f.end))
            kept.append(f)
        _link_pointers(kept, article)
        return sorted(kept, key=lambda f: (f.section != "title", f.section, f.start))

    # resolving -------------------------------------------------------------------------------

    def resolve(self, article: Article, found: list[_Found]) -> None:
        kb = get_kb()
        named: Counter[str] = Counter()
        for _, text in article.sections():
            for start, end, iso3 in kb.country_names.scan(text):
                # a name that may be something else ("Georgia") is no evidence for its country
                surface = _TRAILING.sub("", text[start:end])
                if all(c.entry.kind == "country" for c in self.gaz.candidates(surface)):
                    named[iso3] += 1
        ctx = PlaceContext(named=named)
        dateline = next((f for f in found if f.source == "dateline" and f.pointer is None
                         and not any(g.pointer is f for g in found)), None)
        first: dict[str, GeoEntry] = {}
        for f in found:
            k = key(f.text)
            if k not in first:
                entry = best(f.candidates, ctx, self._pointer_entry(f, ctx))
                if entry is not None:
                    first[k] = entry
        if dateline is not None:
            ctx.dateline = first.get(key(dateline.text))
        ctx.places = first
        for f in found:
            k = key(f.text)
            pointer = self._pointer_entry(f, ctx.without(k))
            if pointer is not None:
                f.candidates = _with_towns(self.gaz, f, pointer)
            f.entry = best(f.candidates, ctx.without(k), pointer)

    @staticmethod
    def _pointer_entry(f: _Found, ctx: PlaceContext) -> GeoEntry | None:
        if f.pointer is None:
            return None
        return best([c for c in f.pointer.candidates if c.entry.kind in {"region", "country"}], ctx)

    # the stage -------------------------------------------------------------------------------

    def __call__(self, article: Article) -> Article:
        found = self.find(article)
        self.resolve(article, found)
        places: dict[str, Place] = {}
        for f in found:
            e = f.entry
            if e is None:
                continue
            place = places.get(e.id)
            if place is None:
                place = places[e.id] = Place(e.name, e.kind, e.country, _round(e.lat), _round(e.lon))
            place.mentions.append(Mention(f.section, f.start, f.end, f.text))
        article.places = list(places.values())
        return article


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _scannable(e: GeoEntry) -> bool:
    return e.kind in {"country", "region"} or e.curated or e.population >= SCAN_POPULATION


def _with_towns(gaz: Gazetteer, f: _Found, pointer: GeoEntry) -> list[Candidate]:
    """A name that points into a region or country where no known place has it may be a
    small town there: add those."""
    inside = [c for c in f.candidates if c.entry.country == pointer.country
              and (pointer.kind == "country" or c.entry.admin1 == pointer.admin1)]
    if inside:
        return f.candidates
    return [*f.candidates, *(Candidate(t, True) for t in gaz.towns_in(f.text, pointer))]


def _link_pointers(found: list[_Found], article: Article) -> None:
    """"Paris, Texas": a place followed by a comma and a region or country points into it."""
    by_start = {(f.section, f.start): f for f in found}
    for f in found:
        if f.pointer is not None:
            continue
        text = article.section_text(f.section)
        m = re.match(r",\s*", text[f.end:f.end + 4])
        if not m:
            continue
        nxt = by_start.get((f.section, f.end + m.end()))
        if nxt is not None and any(c.entry.kind in {"region", "country"} for c in nxt.candidates):
            f.pointer = nxt


def event_place(article: Article, section: str, start: int, end: int) -> PlaceRef | None:
    """The place of an event told in ``section[start:end]``: the most specific place the
    sentence names (a city before a region before a country), else the dateline's city."""
    inside: list[tuple[int, int, Place]] = []
    for place in article.places:
        for m in place.mentions:
            if m.section == section and start <= m.start and m.end <= end:
                inside.append((_KIND_RANK.get(place.kind or "", 1), m.start, place))
    if not inside and section == "body":
        head = article.body[:80]
        for place in article.places:
            if any(m.section == "body" and m.start < 40 and _DATELINE.match(head[m.start:])
                   for m in place.mentions):
                inside.append((0, 0, place))
    if not inside:
        return None
    place = min(inside, key=lambda t: (t[0], t[1]))[2]
    return PlaceRef(place.name, place.country, place.lat, place.lon)


@stage("places", requires=("docs", "entities"), assigns=("places",))
def make_places() -> Callable[[Article], Article]:
    from .. import spacy_model

    try:
        vocabulary: Vocabulary | None = Vocabulary.from_nlp(spacy_model.load())
    except Exception:  # the word list only sharpens precision; go on without it
        vocabulary = None
    return PlaceStage(get_gazetteer(), vocabulary)
