"""The records of the knowledge base and how each is read from its CSV file in ``data/``."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

DATA = Path(__file__).parent / "data"

#: CAMEO role (actor type) codes the data may use; PTY (political party) is this project's own.
ROLE_CODES = frozenset({
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "SEP", "UAF", "SPY", "PTY",
    "BUS", "MED", "EDU", "CVL", "LAB", "AGR", "HLH", "REF", "CRM", "HRI", "ENV", "REL",
    "ELI", "MOD", "RAD", "DEV", "IGO", "NGO", "MNC",
})


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str
    name: str
    kind: str  # sovereign, territory, uninhabited, partially-recognised
    variants: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str
    lat: float
    lon: float


@dataclass(frozen=True)
class Seat:
    """A building or street that stands for a government ("the Kremlin")."""

    name: str
    variants: tuple[str, ...]
    country: str
    role: str
    stands_for: str


@dataclass(frozen=True)
class Org:
    """An organisation: ``code`` is its CAMEO-style actor code, ``country`` what goes in a
    document's ``country`` field (ISO3, ``EUR`` for EU bodies, the IGO/NGO code otherwise)."""

    id: str
    name: str
    code: str
    country: str
    role: str
    type: str
    acronyms: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()
    parent: str | None = None


@dataclass(frozen=True)
class Institution:
    """A kind of national body named generically ("foreign ministry", "supreme court")."""

    kind: str
    forms: tuple[str, ...]
    role: str
    type: str


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    kind: str
    country: str
    lat: float
    lon: float
    variants: tuple[str, ...] = ()


@dataclass(frozen=True)
class Renaming:
    """A former official name in force from ``start`` (inclusive) to ``end`` (exclusive)."""

    place: str  # a place id, or an ISO3 code for a country
    name: str
    variants: tuple[str, ...]
    start: date | None
    end: date | None
    note: str = ""

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


def split(cell: str | None) -> tuple[str, ...]:
    return tuple(p.strip() for p in (cell or "").split("|") if p.strip())


_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def parse_date(cell: str) -> date | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; a partial date means its first day."""
    cell = cell.strip()
    if not cell:
        return None
    m = _PARTIAL_DATE.match(cell)
    if not m:
        raise ValueError(f"bad date {cell!r}")
    return date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))


def rows(name: str) -> Iterator[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f)


def read_countries() -> list[Country]:
    return [
        Country(r["iso3"], r["iso2"], r["name"], r["kind"], split(r["variants"]),
                split(r["demonyms"]), r["capital"], float(r["lat"]), float(r["lon"]))
        for r in rows("countries.csv")
    ]


def read_seats() -> list[Seat]:
    return [Seat(r["name"], split(r["variants"]), r["country"], r["role"], r["stands_for"])
            for r in rows("seats.csv")]


def read_igos() -> list[Org]:
    out = []
    for r in rows("igos.csv"):
        role = "NGO" if r["code"].startswith("NGO") else "IGO"
        out.append(Org(r["code"], r["name"], r["code"], r["country"], role, r["type"],
                       split(r["acronyms"]), split(r["variants"]), r["parent"] or None))
    return out


def read_organisations() -> list[Org]:
    return [
        Org(r["id"], r["name"], r["country"] + r["role"], r["country"], r["role"], r["type"],
            split(r["acronyms"]), split(r["variants"]))
        for r in rows("organisations.csv")
    ]


def read_institutions() -> list[Institution]:
    return [Institution(r["kind"], split(r["forms"]), r["role"], r["type"])
            for r in rows("institutions.csv")]


def read_roles() -> list[tuple[str, str]]:
    return [(r["noun"], r["role"]) for r in rows("roles.csv")]


def read_places() -> list[Place]:
    return [Place(r["id"], r["name"], r["kind"], r["country"], float(r["lat"]), float(r["lon"]),
                  split(r["variants"]))
            for r in rows("places.csv")]


def read_renamings() -> list[Renaming]:
    return [Renaming(r["place"], r["name"], split(r["variants"]), parse_date(r["start"]),
                     parse_date(r["end"]), r["note"])
            for r in rows("renamings.csv")]


def read_common_words() -> frozenset[str]:
    text = (DATA / "common_words.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))
