"""Known people: office holders and public figures, with name variants and dated roles.

The data lives in ``data/people.csv`` (one row a person) and ``data/people_roles.csv`` (one row a
term of office); ``data/PEOPLE.md`` documents both. Everything is read once and cached.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tidings.errors import KnowledgeDataError

DATA_DIR = Path(__file__).parent / "data"
PEOPLE_CSV = DATA_DIR / "people.csv"
ROLES_CSV = DATA_DIR / "people_roles.csv"

#: Short kind codes used in the roles file, and the names the API uses.
KINDS: dict[str, str] = {
    "hos": "head_of_state",
    "hog": "head_of_government",
    "hosg": "head_of_state_and_government",
    "fm": "foreign_minister",
    "dm": "defence_minister",
    "cb": "central_bank",
    "igo": "igo_head",
    "fig": "public_figure",
}
#: Default title text for kinds whose title is the same everywhere.
DEFAULT_TITLES: dict[str, str] = {
    "fm": "Minister of Foreign Affairs",
    "dm": "Minister of Defence",
    "cb": "central bank governor",
}
#: CAMEO actor role codes a role may carry.
ROLE_CODES = frozenset({
    "GOV", "MIL", "OPP", "PTY", "JUD", "LEG", "MED", "BUS", "CVL", "HRI", "NGO", "IGO", "ELI",
    "EDU", "REL", "LAB", "REB", "SPY", "COP", "CRM", "ENV",
})
#: Codes of the international bodies a role may belong to (``org`` column), with their CAMEO-style
#: actor codes.
ORG_ACTOR_CODES: dict[str, str] = {
    "UN": "IGOUNO",
    "NATO": "IGOWSTNAT",
    "EU": "IGOEUREEC",
    "ECB": "IGOEURECB",
    "IMF": "IGOIMF",
    "WB": "IGOWBK",
    "WTO": "IGOWTO",
    "WHO": "IGOUNOWHO",
    "SCO": "IGOSCO",
    "CSTO": "IGOCST",
    "AU": "IGOAFRAFU",
    "OAU": "IGOAFROAU",
    "IAEA": "IGOUNOIAE",
    "OSCE": "IGOEURSCE",
    "ARL": "IGOMEAARL",
}
ORGS = frozenset(ORG_ACTOR_CODES)
#: Order in which roles held at the same time are preferred by ``role_on``.
_KIND_RANK = {"hosg": 0, "hos": 1, "hog": 2, "igo": 3, "fm": 4, "dm": 5, "cb": 6, "fig": 7}
_TITLE_ALIASES = {
    "foreign minister": "fm",
    "defense_minister": "dm",
    "defence minister": "dm",
    "defense minister": "dm",
    "central_bank_governor": "cb",
    "central bank governor": "cb",
}
_INTERIM = frozenset({"acting", "interim", "caretaker"})
_ISO3 = re.compile(r"^[A-Z]{3}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: Honorifics that appear in name variants ("King Charles", "President Xi") but are not names.
TITLE_WORDS = frozenset({
    "King", "Queen", "Prince", "Princess", "Emperor", "Sultan", "Emir", "Sheikh", "President",
    "Dr", "Sir", "Lord", "Ayatollah", "Grand", "Duke", "Daw", "Jr", "Mr", "Mrs", "Ms",
})
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.]*", re.UNICODE)


@dataclass(frozen=True)
class Role:
    """One term in one office (or one standing public role)."""

    kind: str  # short code, see KINDS
    code: str  # CAMEO actor role: GOV, MIL, OPP, MED, BUS, ...
    title: str
    country: str  # ISO3 of the state the office belongs to; "" for an international body
    org: str  # code of the international body, "" for a national office
    start: str | None
    end: str | None  # None while in office
    approximate: bool

    @property
    def kind_name(self) -> str:
        return KINDS[self.kind]

    @property
    def actor_code(self) -> str:
        """CAMEO-style actor code: country plus role (``RUSGOV``), or the body's code (``IGOUNO``)."""
        if self.org:
            return ORG_ACTOR_CODES.get(self.org, "IGO")
        return self.country + self.code

    def covers(self, date: str) -> bool:
        """True when the role was held on ``date`` (ISO), both ends inclusive."""
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    variants: tuple[str, ...]
    surnames: tuple[str, ...]
    gender: str  # "m", "f" or "" when not recorded
    country: str  # ISO3
    qid: str  # Wikidata QID, "" when not certain
    roles: tuple[Role, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.variants)


def normalise_name(text: str) -> str:
    """Case-, diacritics-, hyphen- and dot-insensitive key for a name."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.replace("ı", "i").replace("ø", "o").replace("đ", "d").replace("ł", "l")
    plain = re.sub(r"[-‐‑–—.'’`ʻʼ]", " ", plain.casefold())
    return " ".join(plain.split())


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


def _date(value: str, where: str) -> str | None:
    value = value.strip()
    if not value:
        return None
    if not _DATE.match(value):
        raise KnowledgeDataError(f"bad date {value!r} in {where}")
    return value


def _read_roles(path: Path, countries: dict[str, str]) -> dict[str, list[Role]]:
    roles: dict[str, list[Role]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        for n, row in enumerate(rows, start=2):
            where = f"{path.name} row {n}"
            pid = (row.get("person") or "").strip()
            kind = (row.get("kind") or "").strip()
            if pid not in countries:
                raise KnowledgeDataError(f"unknown person {pid!r} in {where}")
            if kind not in KINDS:
                raise KnowledgeDataError(f"unknown kind {kind!r} in {where}")
            org = (row.get("org") or "").strip()
            country = (row.get("country") or "").strip() or ("" if org else countries[pid])
            title = (row.get("title") or "").strip() or DEFAULT_TITLES.get(kind, "")
            roles.setdefault(pid, []).append(Role(
                kind=kind,
                code=(row.get("code") or "").strip() or "GOV",
                title=title,
                country=country,
                org=org,
                start=_date(row.get("start") or "", where),
                end=_date(row.get("end") or "", where),
                approximate=bool((row.get("approx") or "").strip()),
            ))
    return roles


@dataclass(frozen=True)
class _Index:
    people: tuple[Person, ...]
    by_name: dict[str, tuple[Person, ...]]
    by_surname: dict[str, tuple[Person, ...]]
    by_last_name: dict[str, tuple[Person, ...]]
    by_country: dict[str, tuple[tuple[Person, Role], ...]]


def _group(pairs: Iterable[tuple[str, Person]]) -> dict[str, tuple[Person, ...]]:
    out: dict[str, list[Person]] = {}
    for key, person in pairs:
        bucket = out.setdefault(key, [])
        if person not in bucket:
            bucket.append(person)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _index() -> _Index:
    try:
        with PEOPLE_CSV.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(line for line in handle if not line.startswith("#")))
        countries = {(r.get("id") or "").strip(): (r.get("country") or "").strip() for r in rows}
        roles = _read_roles(ROLES_CSV, countries)
    except OSError as exc:
        raise KnowledgeDataError(f"cannot read people data: {exc}") from exc
    people = []
    for row in rows:
        pid = row["id"].strip()
        name = row["name"].strip()
        surnames = _split(row.get("surnames") or "") or (name.split()[-1],)
        people.append(Person(
            id=pid, name=name, variants=_split(row.get("variants") or ""), surnames=surnames,
            gender=(row.get("gender") or "").strip(), country=countries[pid],
            qid=(row.get("qid") or "").strip(),
            roles=tuple(sorted(roles.get(pid, []), key=lambda r: r.start or "")),
        ))
    surname_keys: list[tuple[str, Person]] = []
    for p in people:
        surname_keys += [(normalise_name(s), p) for s in p.surnames]
        surname_keys += [(normalise_name(v), p) for v in p.variants if len(v.split()) == 1]
    by_country: dict[str, list[tuple[Person, Role]]] = {}
    for p in people:
        for r in p.roles:
            by_country.setdefault(r.country or r.org, []).append((p, r))
    return _Index(
        people=tuple(people),
        by_name=_group((normalise_name(n), p) for p in people for n in p.names),
        by_surname=_group(surname_keys),
        by_last_name=_group((normalise_name(n.split()[-1]), p) for p in people for n in p.names
                            if n.split()),
        by_country={k: tuple(v) for k, v in by_country.items()},
    )


def people() -> list[Person]:
    """Every known person, in file order."""
    return list(_index().people)


def find_person(name: str) -> list[Person]:
    """People whose full name or a variant is ``name`` (ignoring case, accents, hyphens, dots)."""
    return list(_index().by_name.get(normalise_name(name), ()))


def by_surname(surname: str) -> list[Person]:
    """People known by ``surname`` alone (their surnames and one-word variants)."""
    return list(_index().by_surname.get(normalise_name(surname), ()))


def by_last_name(word: str) -> list[Person]:
    """Everyone whose name or a variant ends in ``word``, those known by it alone or not
    ("Graham": Bill Graham, and Lindsey Graham, whose bare surname points elsewhere)."""
    return list(_index().by_last_name.get(normalise_name(word), ()))


def role_on(person: Person, date: str | None = None) -> Role | None:
    """The role ``person`` held on ``date``; with no date, the latest role (a current one first)."""
    if not person.roles:
        return None
    if date is None:
        return max(person.roles, key=lambda r: (r.end is None, r.end or "", r.start or "",
                                               -_KIND_RANK[r.kind]))
    held = [r for r in person.roles if r.covers(date)]
    if not held:
        return None
    return min(held, key=lambda r: (_KIND_RANK[r.kind], _neg(r.start)))


def _neg(date: str | None) -> str:
    """Sort key putting later dates first."""
    return "".join(chr(0x7F - ord(c)) for c in (date or ""))


def _kind_filter(title_kind: str) -> tuple[frozenset[str], str]:
    """Kind codes to accept and a title phrase to require, for an ``office_holder`` query."""
    key = title_kind.strip().casefold().replace("-", " ")
    if key in ("head_of_state", "head of state"):
        return frozenset({"hos", "hosg"}), ""
    if key in ("head_of_government", "head of government"):
        return frozenset({"hog", "hosg"}), ""
    for short, long in KINDS.items():
        if key in (short, long, long.replace("_", " ")):
            return frozenset({short}), ""
    if key in _TITLE_ALIASES:
        return frozenset({_TITLE_ALIASES[key]}), ""
    return frozenset(KINDS), normalise_name(title_kind)


def office_holder(country: str, title_kind: str, date: str) -> Person | None:
    """Who held an office of ``country`` (ISO3 or an org code) on ``date``.

    ``title_kind`` is a kind (head_of_state, head_of_government, foreign_minister,
    defence_minister, central_bank, igo_head) or words of a title ("president", "chancellor").
    On a handover day the incoming holder wins.
    """
    kinds, phrase = _kind_filter(title_kind)
    best: tuple[tuple[int, int, str], Person] | None = None
    for person, role in _index().by_country.get(country.strip().upper(), ()):
        if role.kind not in kinds or not role.covers(date):
            continue
        words = normalise_name(role.title).split()
        acting = bool(words) and words[0] in _INTERIM
        if phrase:
            head = " ".join(words[1:] if acting else words)
            if head != phrase and not head.startswith(phrase + " "):
                continue
        rank = (_KIND_RANK[role.kind] if phrase else 0, int(acting), _neg(role.start))
        if best is None or rank < best[0]:
            best = (rank, person)
    return best[1] if best else None


@lru_cache(maxsize=1)
def _given_names() -> Counter[str]:
    return Counter(name.split()[0] for name in (p.name for p in _index().people) if " " in name)


def given_name_count(word: str) -> int:
    """How many known people's names open with ``word`` ("Joseph": Joseph Kabila, Joseph
    Muscat ...): a word that often does is a given name more than anyone's surname."""
    return _given_names()[word]


@lru_cache(maxsize=1)
def person_name_words() -> frozenset[str]:
    """Every capitalised word of every known name and variant (hyphenated parts included)."""
    words: set[str] = set()
    for person in _index().people:
        for name in (*person.names, *person.surnames):
            for word in _NAME_WORD.findall(name):
                word = word.rstrip(".")
                for part in (word, *word.split("-")):
                    if part[:1].isupper() and len(part) > 1 and part not in TITLE_WORDS:
                        words.add(part)
    return frozenset(words)


def valid_iso3(code: str) -> bool:
    return bool(_ISO3.match(code))
