"""Choosing which place a name means, from what else the article says.

Each candidate gets a score: a prior by kind (a country before a first-level subdivision before a
city, cities by population), a bonus when the name is the place's own name rather than an
alternate spelling, and context: the countries the article names, the countries and regions of
the other places it mentions, the dateline's place, and an explicit pointer ("Paris, Texas").
"Georgia" beside Atlanta or Texas is the US state; beside Tbilisi or alone, the country.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from .gazetteer import LOCAL_KINDS, Candidate, GeoEntry, get_gazetteer

#: A sea or a river is what its name means unless the text says otherwise ("Red Sea state").
PRIOR = {"country": 3.5, "region": 2.0, "area": 2.5, "island": 2.2, "feature": 5.0,
         "county": 2.2}
PRIMARY = 0.5
CURATED = 0.3
NAMED_COUNTRY = 0.6
PLACE_COUNTRY = 1.2
NEIGHBOUR = 0.3
CONTAINS = 0.8
PEER = 0.6
DATELINE = 1.0
POINTER = 5.0
REGION_OVER_TOWN = 1.0


#: Kinds that are peers: "Kent" beside "Essex", "Norfolk" beside "Scotland".
_AREAS = ("region", "county")


def prior(entry: GeoEntry) -> float:
    if entry.kind in PRIOR:
        return PRIOR[entry.kind]
    return 0.5 + 0.4 * math.log10(max(entry.population, 10_000))


@dataclass
class PlaceContext:
    """What the article says about where it is, outside the name being resolved."""

    #: Countries named in the text (names and demonyms): weak evidence.
    named: Counter[str] = field(default_factory=Counter)
    #: Country of each other place name, with its admin-1 code and kind.
    places: dict[str, GeoEntry] = field(default_factory=dict)
    dateline: GeoEntry | None = None

    def without(self, name_key: str) -> PlaceContext:
        places = {k: v for k, v in self.places.items() if k != name_key}
        return PlaceContext(self.named, places, self.dateline)


def score(c: Candidate, ctx: PlaceContext, pointer: GeoEntry | None = None) -> float:
    e = c.entry
    s = prior(e) + (PRIMARY if c.primary else 0.0)
    if e.curated and e.kind != "country":
        s += CURATED
    others = [o for o in ctx.places.values() if o.kind != "feature"]
    place_countries = {o.country for o in others if o.kind != "country" and o.country}
    if e.country in place_countries:
        s += PLACE_COUNTRY
    elif ctx.named.get(e.country) or any(o.country == e.country for o in others):
        s += NAMED_COUNTRY
    neighbours = get_gazetteer().neighbours.get(e.country, frozenset())
    if e.kind == "country" and (neighbours & (place_countries | set(ctx.named))):
        s += NEIGHBOUR
    if e.kind in _AREAS and any(o.kind in _AREAS and o.country == e.country for o in others):
        s += PEER
    if e.admin1 and any(o.admin1 == e.admin1 and o is not e for o in others):
        s += CONTAINS
    if ctx.dateline is not None and ctx.dateline is not e and ctx.dateline.country == e.country:
        s += DATELINE
    if pointer is not None and _inside(e, pointer):
        s += POINTER
    return s


def _inside(e: GeoEntry, outer: GeoEntry) -> bool:
    if outer.kind == "country":
        return e.country == outer.country and e is not outer
    return bool(outer.admin1) and e.admin1 == outer.admin1 and e is not outer


def best(candidates: list[Candidate], ctx: PlaceContext,
         pointer: GeoEntry | None = None) -> GeoEntry | None:
    """The most likely place, or None when there is no candidate."""
    if not candidates:
        return None
    scored = [(score(c, ctx, pointer), c) for c in candidates]
    top_score, top = max(scored, key=lambda sc: (sc[0], sc[1].entry.population))
    e = top.entry
    if e.kind == "city" and not e.curated:
        # A province of millions before a town of its name abroad that nothing in the text
        # favours: "Ontario" is Canada's, not California's.
        big = [c for s, c in scored if c.primary and c.entry.kind == "region"
               and c.entry.country != e.country and s >= top_score - REGION_OVER_TOWN
               and c.entry.population >= 20 * max(e.population, 10_000)]
        if big:
            return max(big, key=lambda c: c.entry.population).entry
    return e


def town(name: str, ctx: PlaceContext | None = None) -> GeoEntry | None:
    """The city, county or first-level region ``name`` most likely means, by its own name
    only ("Louisiana", "Samarra", "Norfolk"); None when the gazetteer holds none."""
    return best([c for c in get_gazetteer().candidates(name)
                 if c.primary and c.entry.kind in LOCAL_KINDS and c.entry.country],
                ctx or PlaceContext())


#: Kinds of place a town may be pointed into: "Moscow, Idaho", "Ashford, Kent", "Tbilisi, Georgia".
OUTER_KINDS = ("region", "county", "country")
#: What may follow a place's name as its region or country: ", Idaho", ", Ida.", ", Nova Scotia".
_POINTER = re.compile(r",[ \t]*([A-Z][\w.'’-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+)?[A-Z][\w.'’-]*){0,3})")
#: The pointer is one item of a list of places ("Moscow, Kyiv and Minsk").
_LIST_GOES_ON = re.compile(r"[ \t]*(?:,[ \t]*|[ \t]+(?:and|or|&)[ \t]+)(?P<next>[A-Z][\w'’-]*)")


#: Words that open a sentence's introductory clause or phrase ("After Russia attacked Kyiv,").
_OPENERS = frozenset({"after", "before", "when", "while", "as", "since", "once", "until",
                      "although", "though", "because", "if", "unless", "whereas", "in", "at",
                      "from", "near", "outside", "inside", "across", "throughout"})


def _clause_subject(text: str, end: int, after: int) -> bool:
    """"After Russia attacked Kyiv, Poland summoned the ambassador": the comma closes an
    introductory clause and the name after it opens the main one, running on into words;
    "In Moscow, Idaho, the mayor said" keeps its pointer (a comma or stop follows it)."""
    start = max(text.rfind(c, 0, end) for c in ".!?\n") + 1
    intro = text[start:end].split()
    if not intro or intro[0].lower() not in _OPENERS or "," in text[start:end]:
        return False
    rest = text[after:after + 3]
    return bool(re.match(r"[ \t]+[\w(]", rest))


def pointer_after(text: str, end: int, inner: str | None = None) -> GeoEntry | None:
    """The first-level region, county or country written right after a place name that ends at ``end``
    ("Moscow, Idaho", "TALLAHASSEE, Fla. (AP)", "London, Ont."), which the place lies in; None
    when the words after the comma are no such place, run on into a longer name ("Paris,
    Georgia Smith said") or continue a list of places ("Moscow, Kyiv and Minsk"). ``inner``
    (the place's own name) chooses between a region and a country of one name."""
    m = _POINTER.match(text, end, min(len(text), end + 80))
    if m is None or _clause_subject(text, end, m.end()):
        return None
    gaz = get_gazetteer()
    surface = m.group(1)
    found = [c for c in gaz.candidates(surface) if c.primary and c.entry.kind in OUTER_KINDS]
    if not found and surface.endswith("."):
        surface = surface.rstrip(".")
        found = [c for c in gaz.candidates(surface) if c.primary
                 and c.entry.kind in OUTER_KINDS]
    if not found:
        return None
    more = _LIST_GOES_ON.match(text, m.end())
    if more is not None:
        nxt = [c.entry for c in gaz.candidates(more.group("next"))]
        if nxt and not all(e.kind == "country" and e.country == found[0].entry.country
                           for e in nxt):
            return None
    if inner is not None and len(found) > 1:
        # "Tbilisi, Georgia" is the country's, "Athens, Georgia" the state's: the reading
        # that holds a place called ``inner``, if only one does.
        holding = [c for c in found if any(_inside(x.entry, c.entry) for x in
                                           gaz.candidates(inner) if x.primary)]
        if len(holding) == 1:
            return holding[0].entry
    regions = [c.entry for c in found if c.entry.kind == "region"]
    return regions[0] if len(regions) == 1 else found[0].entry if len(found) == 1 else None


#: A first-level region this populous outweighs a small capital or towns of its name abroad.
BIG_REGION = 1_000_000


def big_region(name: str) -> str | None:
    """The country of the one first-level region of a million people or more called ``name``,
    when it outnumbers every other place of that name ("Victoria": Australia's state, not the
    Seychelles' capital or the Canadian city); None when there is none or several."""
    found = get_gazetteer().candidates(name)
    big = [c.entry for c in found if c.primary and c.entry.kind == "region"
           and c.entry.population >= BIG_REGION and len(c.entry.country) == 3]
    if len(big) != 1 or any(c.entry.kind == "country" for c in found):
        return None
    region = big[0]
    if any(c.entry is not region and c.entry.population >= region.population for c in found):
        return None
    return region.country
