"""The gazetteer: every country, first-level subdivision and city of about 50,000 people or more.

Read once from ``data/gazetteer.tsv.gz`` (built by ``tools/build_gazetteer.py`` from GeoNames and
ISO 3166-2; see ``data/GAZETTEER.md``) and merged with the knowledge base's own countries and
hand-written places (``countries.csv``, ``places.csv``), whose names and coordinates win.
:meth:`Gazetteer.candidates` answers a name with every entry it may mean; choosing one in context
is :mod:`tidings.knowledge.place_resolve`'s job.
"""

from __future__ import annotations

import gzip
import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from ..errors import KnowledgeDataError
from .names import is_acronym, key

TABLE = Path(__file__).parent / "data" / "gazetteer.tsv.gz"
TOWNS = Path(__file__).parent / "data" / "gazetteer_towns.tsv.gz"
#: Hand-written press abbreviations of regions ("Ida.", "Ont."), merged in at load time.
ABBREVIATIONS = Path(__file__).parent / "data" / "region_abbreviations.csv"
#: Hand-written second-level areas ("Norfolk", "County Cork"), merged in at load time.
COUNTIES = Path(__file__).parent / "data" / "counties.csv"
#: A word; a possessive "'s" is not part of it ("Tajikistan's"), an inner apostrophe is ("Xi'an").
_TOKEN = re.compile(r"[^\W_]+(?:[.'’](?![sS]\b)[^\W_]+)*")
#: A state abbreviation of datelines ("Va.", "N.Y."): looked up only when written with its dot.
_ABBREVIATION = re.compile(r"^(?:[A-Z][a-z]{0,4}\.|(?:[A-Z]\.){2,3}|[A-Z]\.[A-Z][a-z]\.)$")
#: Kinds that are places but no country, region or city: macro-regions and islands; features
#: (seas, rivers, mountains) are looked up only so that their names are not read as places.
OTHER_KINDS = ("area", "island", "feature")
#: A hand-written place and a table entry of its kind closer than this (km) are the same place.
SAME_PLACE_KM = {"city": 60.0, "region": 400.0}
#: Kinds of place that lie inside one country and may stand for a body's home or a town's
#: region: a first-level region, a county (second-level, ``counties.csv``) or a city.
LOCAL_KINDS = ("city", "county", "region")
#: Seas, gulfs and straits, which the table may hold as a region or province of the same name
#: ("Red Sea" State of Sudan): a name with one of these words is water, no land's.
WATERS = re.compile(r"\b(?:Sea|Ocean|Gulf|Straits?|Channel)\b")
#: Words after a first-level region's name that say what it is ("Donetsk Oblast", "Idlib
#: Governorate"): the name without them is the region.
_REGION_SUFFIXES = frozenset({"oblast", "province", "governorate", "prefecture", "krai",
                              "region", "voivodeship", "oblys", "okrug"})


@dataclass(frozen=True, slots=True)
class GeoEntry:
    """One place: ``kind`` is ``country``, ``region`` (first-level subdivision), ``county``
    (a second-level area of ``counties.csv``: "Norfolk", "County Cork"), ``city``,
    ``area`` (a macro-region: "Siberia", "Central Asia"; ``country`` empty when it spans several),
    ``island``, ``feature`` (a sea, river or mountain range) or another kind from ``places.csv``
    (``lake``); ``admin1`` links cities to their region."""

    id: str
    kind: str
    name: str
    country: str
    admin1: str
    lat: float | None
    lon: float | None
    population: int
    curated: bool = False


@dataclass(frozen=True, slots=True)
class Candidate:
    entry: GeoEntry
    #: True when the name is the entry's own name (or a hand-written variant), not a GeoNames
    #: alternate spelling or a shortened form.
    primary: bool


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


class Gazetteer:
    """Name → candidate places; build it once (:func:`get_gazetteer`)."""

    def __init__(self, path: Path = TABLE) -> None:
        self.entries: list[GeoEntry] = []
        self.neighbours: dict[str, frozenset[str]] = {}
        self._index: dict[str, dict[int, bool]] = {}
        self._acronym: set[str] = set()
        self._abbreviations: dict[str, list[int]] = {}
        self.max_words = 1
        self._countries: dict[str, int] = {}
        self._towns: dict[str, list[GeoEntry]] | None = None
        self._admin1: dict[str, GeoEntry] | None = None
        self._load(path)
        self._merge_knowledge_base()
        self._merge_counties()
        self._merge_abbreviations()

    # loading --------------------------------------------------------------------------------

    def _load(self, path: Path) -> None:
        try:
            with gzip.open(path, "rt", encoding="utf-8") as f:
                lines = f.read().splitlines()
        except OSError as exc:
            raise KnowledgeDataError(f"cannot read the gazetteer table {path}: {exc}") from exc
        for line in lines:
            if line.startswith(("#", "kind\t")) or not line:
                continue
            kind, id_, name, country, admin1, lat, lon, pop, variants, extra = line.split("\t")
            entry = GeoEntry(id_, kind, name, country, admin1, float(lat) if lat else None,
                             float(lon) if lon else None, int(pop or 0))
            n = self._append(entry)
            if kind == "country":
                self._countries[country] = n
                self.neighbours[country] = frozenset(x for x in extra.split(",") if x)
                continue  # country names come from the knowledge base
            self._add(name, n, True)
            for v in variants.split("|"):
                if kind == "region" and _ABBREVIATION.match(v):
                    self._abbreviations.setdefault(key(v), []).append(n)
                else:
                    self._add(v, n, False)

    def _append(self, entry: GeoEntry) -> int:
        self.entries.append(entry)
        return len(self.entries) - 1

    def _add(self, surface: str, n: int, primary: bool) -> None:
        k = key(surface)
        if not k:
            return
        if is_acronym(surface) and k not in self._index:
            self._acronym.add(k)
        slot = self._index.setdefault(k, {})
        slot[n] = slot.get(n, False) or primary
        self.max_words = max(self.max_words, k.count(" ") + 1)

    def _merge_knowledge_base(self) -> None:
        from . import get_kb

        kb = get_kb()
        for c in kb.countries.values():
            n = self._countries.get(c.iso3)
            if n is None:
                n = self._append(GeoEntry(c.iso3, "country", c.name, c.iso3, "", c.lat, c.lon, 0))
                self._countries[c.iso3] = n
            else:
                self.entries[n] = replace(self.entries[n], name=c.name, curated=True)
            for surface in (c.name, *c.variants):
                self._add(surface, n, True)
        for p in kb.places.values():
            kind = "city" if p.kind == "capital" else p.kind
            same = self._same_place(p.name, p.country, kind, p.lat, p.lon)
            if same is None:
                same = self._append(GeoEntry(p.id, kind, p.name, p.country, "", p.lat, p.lon, 0,
                                             curated=True))
            else:
                old = self.entries[same]
                self.entries[same] = replace(old, name=p.name, lat=p.lat, lon=p.lon, curated=True)
            for surface in (p.name, *p.variants):
                self._add(surface, same, True)

    def _merge_counties(self) -> None:
        """Counties written for the project, each linked to its first-level region's admin-1
        code, so that a town of that region beside it counts as context."""
        try:
            lines = COUNTIES.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise KnowledgeDataError(f"cannot read {COUNTIES}: {exc}") from exc
        regions = {(e.country, key(e.name)): e for e in self.entries if e.kind == "region"}
        for line in lines:
            if line.startswith(("#", "name,")) or not line.strip():
                continue
            name, country, region, lat, lon, variants = line.split(",")
            outer = regions.get((country, key(region)))
            if outer is None:
                raise KnowledgeDataError(f"{COUNTIES.name}: no region {region!r} in {country}")
            n = self._append(GeoEntry(f"county:{country}:{key(name).replace(' ', '-')}",
                                      "county", name, country, outer.admin1, float(lat),
                                      float(lon), 0))
            for surface in (name, *(v for v in variants.split("|") if v)):
                self._add(surface, n, True)

    def _merge_abbreviations(self) -> None:
        """Abbreviations written for the project win over the table's for the same form."""
        try:
            lines = ABBREVIATIONS.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise KnowledgeDataError(f"cannot read {ABBREVIATIONS}: {exc}") from exc
        regions = {(e.country, key(e.name)): n for n, e in enumerate(self.entries)
                   if e.kind == "region"}
        for line in lines:
            if line.startswith(("#", "country,")) or not line.strip():
                continue
            country, name, forms = line.split(",")
            n = regions.get((country, key(name)))
            if n is None:
                raise KnowledgeDataError(f"{ABBREVIATIONS.name}: no region {name!r} in {country}")
            for form in forms.split("|"):
                self._abbreviations[key(form)] = [n]

    def _same_place(self, name: str, country: str, kind: str, lat: float, lon: float) -> int | None:
        best: tuple[float, int] | None = None
        for n in self._index.get(key(name), {}):
            e = self.entries[n]
            if e.country != country or e.kind != kind or e.lat is None or e.lon is None:
                continue
            d = distance_km(lat, lon, e.lat, e.lon)
            if d <= SAME_PLACE_KM.get(kind, 60.0) and (best is None or d < best[0]):
                best = (d, n)
        return best[1] if best else None

    # lookups --------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, name: str) -> bool:
        return key(name) in self._index

    def country(self, iso3: str) -> GeoEntry | None:
        n = self._countries.get(iso3)
        return self.entries[n] if n is not None else None

    def region_by_admin1(self, admin1: str) -> GeoEntry | None:
        """The first-level region with GeoNames admin-1 code ``admin1`` ("US.KY")."""
        if self._admin1 is None:
            self._admin1 = {e.admin1: e for e in self.entries if e.kind == "region" and e.admin1}
        return self._admin1.get(admin1)

    def is_acronym(self, name: str) -> bool:
        """True for a name the data writes in capitals ("US", "UAE")."""
        return key(name) in self._acronym

    def candidates(self, name: str) -> list[Candidate]:
        """Every place ``name`` may mean (accents, case, dots and hyphens folded)."""
        k = key(name)
        if name.endswith(".") and k in self._abbreviations:
            return [Candidate(self.entries[n], True) for n in self._abbreviations[k]]
        if k in self._acronym and not name.replace(".", "").isupper():
            return []
        found = [Candidate(self.entries[n], primary) for n, primary in self._index.get(k, {}).items()]
        stem, _, last = name.rstrip().rpartition(" ")
        if not found and stem and last.lower() in _REGION_SUFFIXES and last[:1].isupper():
            found = [Candidate(c.entry, True) for c in self.candidates(stem)
                     if c.entry.kind == "region"]
        return found

    def towns_in(self, name: str, outer: GeoEntry) -> list[GeoEntry]:
        """Small towns called ``name`` inside ``outer`` (a region or a country): read only when
        a text points to one ("Paris, Texas")."""
        if self._towns is None:
            self._towns = self._load_towns()
        return [t for t in self._towns.get(key(name), [])
                if t.country == outer.country and (outer.kind == "country" or t.admin1 == outer.admin1)]

    def towns_named(self, name: str) -> list[GeoEntry]:
        """Every small town called ``name``, wherever it is."""
        if self._towns is None:
            self._towns = self._load_towns()
        return list(self._towns.get(key(name), []))

    @staticmethod
    def _load_towns() -> dict[str, list[GeoEntry]]:
        towns: dict[str, list[GeoEntry]] = {}
        try:
            with gzip.open(TOWNS, "rt", encoding="utf-8") as f:
                lines = f.read().splitlines()
        except OSError as exc:
            raise KnowledgeDataError(f"cannot read the towns table {TOWNS}: {exc}") from exc
        for line in lines:
            if line.startswith("#") or not line:
                continue
            id_, name, ascii_name, country, admin1, lat, lon, pop = line.split("\t")
            entry = GeoEntry(id_, "city", name, country, admin1, float(lat), float(lon), int(pop))
            for k in {key(name), key(ascii_name)} - {""}:
                towns.setdefault(k, []).append(entry)
        return towns

    def scan(self, text: str) -> list[tuple[int, int, list[Candidate]]]:
        """Longest non-overlapping names in running text, as (start, end, candidates)."""
        tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
        keys = [key(text[s:e]) for s, e in tokens]
        out: list[tuple[int, int, list[Candidate]]] = []
        i = 0
        while i < len(tokens):
            for n in range(min(self.max_words, len(tokens) - i), 0, -1):
                start, end = tokens[i][0], tokens[i + n - 1][1]
                if " ".join(keys[i : i + n]) in self._index:
                    found = self.candidates(text[start:end])
                    if found:
                        out.append((start, end, found))
                        i += n
                        break
            else:
                i += 1
        return out


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The gazetteer, loaded on first use and shared afterwards."""
    return Gazetteer()
