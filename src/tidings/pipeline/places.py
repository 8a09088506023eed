"""The places stage: every place the article names, resolved to a country and coordinates.

Mentions come from three sources, strongest first: the dateline ("ASTANA, May 8 —",
"BISHKEK (Reuters) -"), spaCy's GPE/LOC/FAC entities looked up in the gazetteer, and a scan of
the text for names that are places beyond doubt (countries, first-level subdivisions, the
knowledge base's own places, cities of 200,000 people or more) written with capitals and not
inside a person's name. Each distinct name is then resolved in context (see
:mod:`tidings.knowledge.place_resolve`); one :class:`~tidings.model.Place` per place carries all
its mentions. :func:`event_place` picks the place of an event from its sentence.

What a name is read as depends on its neighbours: a following "province" or "state" makes it the
region ("Red Sea state", "Ghazni province"), otherwise a city beats its namesake region; a name
inside a brand ("Air Astana", "Saha Airlines", "news agency Saba"), a person's name ("Paris
Hilton", "Jordan Peterson") or a longer unknown name ("North Cotabato", "Davao del Sur") is no
place. Seas, rivers and mountains are matched so that their names are not read as places
("Gulf of Oman" is not Oman) and are then left out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..casing import Vocabulary
from ..knowledge import get_kb
from ..knowledge.gazetteer import Candidate, Gazetteer, GeoEntry, get_gazetteer
from ..knowledge.names import key
from ..knowledge.place_resolve import OUTER_KINDS, PlaceContext, best
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
#: Words after a name that say which kind of place it is ("Sughd region", "Red Sea state").
_REGION_WORDS = ("province", "region", "state", "oblast", "governorate", "prefecture", "krai",
                 "district", "county", "territory", "republic")
_KIND_AFTER = re.compile(r"\s+(?P<word>" + "|".join(_REGION_WORDS) + r"|city)\b")
_KIND_BEFORE = re.compile(r"\b(?P<word>" + "|".join(_REGION_WORDS) + r"|city|town|capital)\s+of\s+$")
#: A name inside a brand or a news outlet's name: "Air Astana", "Saha Airlines", "agency Saba".
_BRAND_BEFORE = re.compile(r"(?:\bAir|\b(?:news\s+)?(?:agency|firm|outlet|broadcaster|carrier|"
                           r"airline))\s+$")
_BRAND_AFTER = re.compile(r"\s+(?:Air|Airlines|Airline|Airways|(?:news|News)\s+(?:agency|Agency)|"
                          r"agency)\b")
#: "North Cotabato", "Davao del Sur": part of a longer name the gazetteer does not hold.
_LONGER_BEFORE = re.compile(r"\b(?:North|South|East|West|Upper|Lower)[ -]$")
_LONGER_AFTER = re.compile(r"\s+(?:del|de|do|da|di)\s+[A-Z]")
#: Place names that are also given names: followed by a capitalised word that is no place,
#: they begin a person's name ("Paris Hilton", "Victoria Beckham").
_GIVEN_NAMES = frozenset({
    "paris", "jordan", "victoria", "georgia", "chelsea", "florence", "sydney", "austin", "madison",
    "charlotte", "mary", "alexandria", "sofia", "regina", "eugene", "lincoln", "aurora", "brooklyn",
    "dallas", "chad", "adelaide", "elizabeth", "tyler", "jackson", "houston", "orlando", "india",
    "israel", "savannah", "phoenix", "troy", "santiago", "valencia", "lorraine", "york", "denver",
    "salem", "kent", "milan", "carolina", "virginia", "dakota", "nancy", "mercedes", "aden",
})
_LOCATIVE = re.compile(r"\b(?:in|to|from|near|at|via|across|outside|into|towards?|through|"
                       r"around|between|and|of|on)\s+$")
_CAPITALISED = re.compile(r" ([A-Z][a-z]+)\b")
_KIND_RANK = {"city": 0, "county": 1, "region": 2, "country": 3}


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
    #: ``region`` or ``city`` when a neighbouring word says so.
    hint: str | None = None


def _dateline_matches(text: str, gaz: Gazetteer) -> Iterator[re.Match[str]]:
    """Datelines at the start of the text or of a paragraph whose place the gazetteer holds."""
    for m in _DATELINE.finditer(text):
        if m.start() and text[m.start() - 1] != "\n":
            continue
        place = m.group("place")
        letters = [c for c in place if c.isalpha()]
        if len(letters) < 3 or not (m.group("date") or m.group("agency") or m.group("sub")
                                    or place == place.upper()):
            continue
        if gaz.candidates(place.title()):
            yield m


def dateline_spans(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Character spans of whole datelines ("SHYMKENT, May 16 — "): places of filing, never actors."""
    return [(m.start(), m.end()) for m in _dateline_matches(text, gaz)]


def find_datelines(text: str, gaz: Gazetteer) -> list[_Found]:
    """Dateline places at the start of the text or of a paragraph: the place in capitals, then
    an optional state or country, a date and an agency, then a dash."""
    out: list[_Found] = []
    for m in _dateline_matches(text, gaz):
        place = m.group("place")
        found = _Found("body", m.start("place"), m.end("place"), place,
                       gaz.candidates(place.title()), "dateline")
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
                if entity.type == "PERSON" and not self._place_named_person(entity.kb_id, m.text):
                    persons.setdefault(m.section, []).append((m.start, m.end))
                elif entity.type in PLACE_LABELS or entity.type == "PERSON":
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
            span = _TRAILING.sub("", span)
            span = span if _DOTTED.match(span) else span.rstrip(" ,.;:")
            generic = re.search(r"\s+(?:" + "|".join(_REGION_WORDS) + r"|city)$", span)
            if generic and self.gaz.candidates(span[:generic.start()]):
                span = span[:generic.start()]  # "Ghazni province": the name, read as a region
            if not span[:1].isupper() or not self._acronym_ok(span):
                continue
            cands = self.gaz.candidates(span)
            if " " not in span and self._is_noun(span):  # "Gulf" is no shortened "Gulf Province"
                cands = [c for c in cands if c.primary or c.entry.kind == "feature"]
            if cands:
                found.append(_Found(section, start, start + len(span), span, cands, "entity"))
        return found, persons

    def _place_named_person(self, kb_id: str | None, surface: str) -> bool:
        """A "person" whose whole name is a place the gazetteer knows beyond doubt ("Krasnoyarsk
        Krai", "Inner Mongolia") is a tagging slip: read it as the place."""
        if kb_id is not None:
            return False
        several_words = " " in surface.strip()
        return any(c.primary and ((_scannable(c.entry) and c.entry.kind != "city")
                                  or (c.entry.kind == "city" and several_words))
                   for c in self.gaz.candidates(surface))

    def _scan_mentions(self, section: str, text: str) -> list[_Found]:
        out = []
        for start, end, cands in self.gaz.scan(text):
            if text[end:end + 1] == "." and _DOTTED.match(text[start:end + 1]):
                end += 1  # "U.S." with its last dot
            last = text[start:end].rsplit(" ", 1)
            if len(last) == 2 and last[1] in _REGION_WORDS and self.gaz.candidates(last[0]):
                end = start + len(last[0])  # "Turkistan region": the name (a region, by the word)
                cands = self.gaz.candidates(last[0])
            surface = text[start:end]
            strong = [c for c in cands if _scannable(c.entry)]
            if len(surface.split()) == 1 and self._is_noun(surface):
                # the word list holds "Herat" as well as "Reading": a capitalised noun is a
                # place where a preposition points to one ("in Herat", "to Mashhad")
                located = _LOCATIVE.search(text[max(0, start - 12):start]) is not None
                strong = [c for c in strong if located or c.entry.curated
                          or c.entry.kind in {"country", "feature", "area", "island"}]
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
                and not (surface.isupper() and self.gaz.is_acronym(surface))  # "US", not "us"
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
        found = [f for f in found if self._in_context(article, f, persons)]
        kept: list[_Found] = []
        taken: dict[str, list[tuple[int, int]]] = {}
        for f in sorted(found, key=_rank):
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

    def _in_context(self, article: Article, f: _Found, persons: dict[str, list[tuple[int, int]]]
                    ) -> bool:
        """Read the words around a name: drop it where it is no place, and narrow its candidates
        where a word says which kind of place it is."""
        if f.source == "dateline":
            return True
        text = article.section_text(f.section)
        before, after = text[max(0, f.start - 40):f.start], text[f.end:f.end + 40]
        if _BRAND_BEFORE.search(before) or _BRAND_AFTER.match(after) or after[:1] == "$":
            return False
        if ((_LONGER_BEFORE.search(before) or _LONGER_AFTER.match(after))
                and not any(c.entry.kind == "country" for c in f.candidates)):
            return False
        given = _CAPITALISED.match(after) if key(f.text) in _GIVEN_NAMES else None
        if given and (any(s == f.end + 1 for s, _ in persons.get(f.section, []))  # "Jordan Peterson"
                      or (not self.gaz.candidates(given.group(1))
                          and given.group(1).lower() not in (*_REGION_WORDS, "city"))):
            return False
        word = _KIND_AFTER.match(after) or _KIND_BEFORE.search(before)
        if word:
            f.hint = "city" if word.group("word") in {"city", "town", "capital"} else "region"
        narrowed = _narrow(f.candidates, f.hint)
        if not narrowed:
            return False
        f.candidates = narrowed
        return True

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
        located: dict[str, GeoEntry] = {}
        for f in found:
            k = key(f.text)
            pointer = self._pointer_entry(f, ctx.without(k))
            if pointer is not None:
                f.candidates = _with_towns(self.gaz, f, pointer)
            f.entry = best(f.candidates, ctx.without(k), pointer)
            if pointer is not None and f.entry is not None and f.source != "dateline":
                located.setdefault(k, f.entry)
        for f in found:
            # "Moscow, Idaho" in the text, then "Moscow": the same town. A dateline's place
            # ("TRIPOLI, Lebanon —") says where the story was filed, not what the name means
            # further on, and a kind word ("Ghazni province") names another place.
            entry = located.get(key(f.text))
            if f.pointer is None and f.hint is None and entry is not None:
                f.entry = entry

    @staticmethod
    def _pointer_entry(f: _Found, ctx: PlaceContext) -> GeoEntry | None:
        if f.pointer is None:
            return None
        return best([c for c in f.pointer.candidates if c.entry.kind in OUTER_KINDS], ctx)

    # the stage -------------------------------------------------------------------------------

    def __call__(self, article: Article) -> Article:
        found = self.find(article)
        self.resolve(article, found)
        places: dict[str, Place] = {}
        for f in found:
            e = f.entry
            if e is None or e.kind == "feature":  # a sea or a river: matched, not a place
                continue
            place = places.get(e.id)
            if place is None:
                place = places[e.id] = Place(e.name, e.kind, e.country or None, _round(e.lat),
                                             _round(e.lon))
            place.mentions.append(Mention(f.section, f.start, f.end, f.text))
        article.places = list(places.values())
        return article


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _scannable(e: GeoEntry) -> bool:
    return (e.kind in {"country", "region", "county", "area", "island", "feature"} or e.curated
            or e.population >= SCAN_POPULATION)


_DOTTED = re.compile(r"^(?:[A-Z]\.){2,3}$")


def _rank(f: _Found) -> tuple[int, int, int]:
    """Datelines first, then the longest name, the entities' before the scan's: "Gulf of Oman"
    before an entity "Oman", a region's full name before its entity's shorter span."""
    return int(f.source != "dateline"), -(f.end - f.start), _SOURCE_RANK[f.source]


def _narrow(candidates: list[Candidate], hint: str | None) -> list[Candidate]:
    """Keep the kind a neighbouring word names; without one, a city before its namesake region
    (Ghazni, Herat, Izmir)."""
    if hint == "region":
        regions = [c for c in candidates if c.entry.kind in {"region", "county", "area"}]
        return regions or [c for c in candidates if c.entry.kind != "feature"]
    if hint == "city":
        cities = [c for c in candidates if c.entry.kind == "city"]
        return cities or candidates
    city_regions = {c.entry.admin1 for c in candidates if c.entry.kind == "city" and c.primary}
    return [c for c in candidates
            if not (c.entry.kind == "region" and c.entry.admin1 in city_regions)]


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
        if nxt is not None and any(c.entry.kind in OUTER_KINDS for c in nxt.candidates):
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
