"""The knowledge base: countries, seats of government, organisations, role nouns and place names.

Everything is read from the CSV files in ``data/`` (see ``data/README.md``) once, by
:func:`tidings.knowledge.get_kb`, and answered from in-memory name indexes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from ..errors import UnknownCode
from . import records
from .names import NameIndex, key
from .records import Country, Institution, Org, Place, Renaming, Seat

_WORD = re.compile(r"[^\W\d_][\w'’]*")
_TOKEN = re.compile(r"[^\W_]+(?:[.'’&][^\W_]+)*\.?")


class KnowledgeBase:
    """Lookups over the project's own data files; build it once (``get_kb()``)."""

    def __init__(self) -> None:
        self.countries: dict[str, Country] = {c.iso3: c for c in records.read_countries()}
        self._iso2 = {c.iso2: c.iso3 for c in self.countries.values()}
        self.country_names: NameIndex[str] = NameIndex()
        self.capitals: NameIndex[str] = NameIndex()
        for c in self.countries.values():
            for surface in (c.name, *c.variants, *c.demonyms):
                self.country_names.add(surface, c.iso3)
        for c in self.countries.values():
            self.capitals.add(c.capital, c.iso3)

        self.seats: list[Seat] = records.read_seats()
        self.seat_names: NameIndex[Seat] = NameIndex()
        for s in self.seats:
            for surface in (s.name, *s.variants):
                self.seat_names.add(surface, s)

        self.organisations: dict[str, Org] = {}
        self.org_names: NameIndex[Org] = NameIndex()
        for org in (*records.read_igos(), *records.read_organisations()):
            self.organisations[org.id] = org
            for surface in (org.name, *org.acronyms, *org.variants):
                self.org_names.add(surface, org)

        self.institutions: list[Institution] = records.read_institutions()
        self.institution_forms: NameIndex[Institution] = NameIndex()
        for inst in self.institutions:
            for form in inst.forms:
                self.institution_forms.add(form, inst)

        self.roles: NameIndex[str] = NameIndex()
        for noun, role in records.read_roles():
            self.roles.add(noun, role)

        self.places: dict[str, Place] = {}
        self.place_names: NameIndex[Place] = NameIndex()
        for p in records.read_places():
            self.places[p.id] = p
            for surface in (p.name, *p.variants):
                self.place_names.add(surface, p)
        self._add_capitals_as_places()

        self.renamings: list[Renaming] = records.read_renamings()
        self._renamed: dict[str, list[Renaming]] = defaultdict(list)
        self._former: dict[str, list[Renaming]] = defaultdict(list)
        for r in self.renamings:
            self._renamed[r.place].append(r)
            for surface in (r.name, *r.variants):
                self._former[key(surface)].append(r)
        self._with_capitals: NameIndex[str] | None = None
        self._masking: NameIndex[str] | None = None

    def _add_capitals_as_places(self) -> None:
        order = sorted(self.countries.values(), key=lambda c: c.kind != "sovereign")
        for c in order:
            if c.kind == "uninhabited" or self.place_names.get(c.capital, plural=False):
                continue
            place = Place(f"capital-{c.iso3.lower()}", c.capital, "capital", c.iso3, c.lat, c.lon)
            self.places[place.id] = place
            self.place_names.add(place.name, place)

    # countries ------------------------------------------------------------------------------

    def country(self, code: str) -> Country:
        """The country with this ISO 3166-1 alpha-3 (or alpha-2) code."""
        c = code.strip().upper()
        iso3 = self._iso2.get(c, c)
        if iso3 not in self.countries:
            raise UnknownCode(f"no country with code {code!r}")
        return self.countries[iso3]

    def country_for(self, text: str, *, capitals: bool = False) -> str | None:
        """ISO3 for a country name, variant, demonym or adjective (and, if asked, a capital)."""
        found = self.country_names.get(text)
        if found is None and capitals:
            found = self.capitals.get(text, plural=False)
        return found

    def countries_in(self, text: str, *, capitals: bool = False) -> list[str]:
        """Every country named in ``text``, in order, once each: "Chinese-Russian" → CHN, RUS.

        With ``capitals``, a capital stands for its country too ("Moscow-Beijing ties").
        """
        out: list[str] = []
        for _, _, iso3 in self.country_hits(text, capitals=capitals):
            if iso3 and iso3 not in out:
                out.append(iso3)
        return out

    def country_hits(self, text: str, *, capitals: bool = False,
                     proper: bool = False) -> list[tuple[int, int, str]]:
        """Where ``text`` names a country: (start, end, ISO3), the ISO3 of a place holding
        another country's name being its own ("British Columbia" names Canada, not Britain;
        "" for a sea or a region of several)."""
        index = self._capital_index() if capitals else self.country_names
        hits = index.scan(text, proper=proper)
        masks = self._masking_index().scan(text) if hits else []
        return [(start, end, next((c for s, e, c in masks if s <= start and end <= e), iso3))
                for start, end, iso3 in hits]

    def _masking_index(self) -> NameIndex[str]:
        """Places whose name holds another country's name, to their own country ("" for a
        sea or a region of several): "New South Wales", "Inner Mongolia", "South China Sea"
        name no GBR, MNG or CHN (``country_word_places.csv``)."""
        if self._masking is None:
            index: NameIndex[str] = NameIndex()
            for r in records.rows("country_word_places.csv"):
                index.add(r["name"], r["country"])
            self._masking = index
        return self._masking

    def _capital_index(self) -> NameIndex[str]:
        if self._with_capitals is None:
            index: NameIndex[str] = NameIndex()
            for c in self.countries.values():
                for surface in (c.name, *c.variants, *c.demonyms):
                    index.add(surface, c.iso3)
            for c in self.countries.values():
                if c.capital and key(c.capital) not in index:
                    index.add(c.capital, c.iso3)
            self._with_capitals = index
        return self._with_capitals

    # seats, organisations, roles ------------------------------------------------------------

    def seat(self, text: str) -> tuple[str, str] | None:
        """(country, role) for a seat of government used for its occupant: "the Kremlin"."""
        s = self.seat_names.get(text, plural=False)
        return (s.country, s.role) if s else None

    def organisation(self, text: str) -> Org | None:
        """An organisation by name, acronym or variant ("NATO", "the FSB", "Gazprom"), or a
        national body named generically with its country ("Kazakh Foreign Ministry",
        "Supreme Court of Kyrgyzstan", "Russia's central bank")."""
        org = self.org_names.get(text, plural=False)
        return org if org is not None else self._generic_body(text)

    def body_of(self, text: str, iso3: str) -> Org | None:
        """The body of country ``iso3`` that a name several countries' bodies share stands
        for: "Congress" in India is the Indian National Congress, "the Conservatives" in
        Canada the Conservative Party of Canada; None when ``iso3`` has no body of that name."""
        words = key(text).removeprefix("the ").split()
        if not words:
            return None
        stems = [*words[:-1], words[-1].removesuffix("s")]
        for org in self.organisations.values():
            if org.country != iso3:
                continue
            for surface in (org.name, *org.variants):
                have = key(surface).split()
                if any(have[i:i + len(stems)] == stems or have[i:i + len(words)] == words
                       for i in range(len(have))):
                    return org
        return None

    def _generic_body(self, text: str) -> Org | None:
        spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
        for i in range(1, len(spans)):
            left, right = text[: spans[i][0]], text[spans[i][0] :]
            if key(text[spans[i][0] : spans[i][1]]) == "of" and i + 1 < len(spans):
                inst = self.institution_forms.get(left, plural=False)
                iso3 = self.country_for(text[spans[i + 1][0] :])
            else:
                inst = self.institution_forms.get(right, plural=False)
                iso3 = self.country_for(left)
            if inst is not None and iso3 is not None:
                return self._body(inst, iso3)
        return None

    def _body(self, inst: Institution, iso3: str) -> Org:
        form = inst.forms[0]
        title = form if form.isupper() else " ".join(w.capitalize() for w in form.split())
        name = f"{title} of {self.countries[iso3].name}"
        return Org(f"{iso3.lower()}-{inst.kind}", name, iso3 + inst.role, iso3, inst.role,
                   inst.type)

    def role_for(self, noun: str) -> str | None:
        """CAMEO role code for a generic noun ("police" → COP, "lawmakers" → LEG); a longer
        phrase falls back to its last words ("senior officials" → GOV)."""
        role = self.roles.get(noun)
        if role is not None:
            return role
        words = noun.split()
        if len(words) > 1 and words[-1] in ("general", "generals") and (
                office := self.role_for(" ".join(words[:-1]))) is not None:
            return office  # "consul general", "attorney general": the office, no army rank
        for i in range(1, len(words)):
            role = self.roles.get(" ".join(words[i:]))
            if role is not None:
                return role
        return None

    # places -----------------------------------------------------------------------------------

    def place(self, text: str) -> Place | None:
        """A city, region or capital by its name, a transliteration variant or a former name."""
        found = self.place_names.get(text, plural=False)
        if found is None:
            for r in self._former.get(key(text), ()):
                if r.place in self.places:
                    return self.places[r.place]
        return found

    def name_on(self, ref: str, day: date) -> str:
        """The official name of a place (id) or country (ISO3) on ``day``."""
        for r in self._renamed.get(ref, ()):
            if r.covers(day):
                return r.name
        return self.places[ref].name if ref in self.places else self.countries[ref].name

    def canonical_place_name(self, text: str, on_date: date | None = None) -> str | None:
        """The name a place goes by today (``Nur-Sultan`` → ``Astana``, ``Kiev`` → ``Kyiv``), or
        the official name it had on ``on_date`` (``Astana`` on 2020-01-01 → ``Nur-Sultan``).
        Countries count too (``Burma`` → ``Myanmar``). None for a name the base does not hold."""
        k = key(text)
        if on_date is not None:
            for r in self._former.get(k, ()):
                if r.covers(on_date):
                    return r.name
        ref = self._place_ref(text)
        if ref is None:
            return None
        if on_date is None:
            return self.places[ref].name if ref in self.places else self.countries[ref].name
        return self.name_on(ref, on_date)

    def _place_ref(self, text: str) -> str | None:
        p = self.place_names.get(text, plural=False)
        if p is not None:
            return p.id
        iso3 = self.country_names.get(text, plural=False)
        if iso3 is not None and key(text) != key(iso3):
            return iso3
        former = self._former.get(key(text))
        return former[0].place if former else None

    # words ------------------------------------------------------------------------------------

    def name_surfaces(self) -> Iterable[str]:
        """Every name, variant, demonym, acronym and former name the base holds."""
        for c in self.countries.values():
            yield from (c.name, *c.variants, *c.demonyms, c.capital)
        for s in self.seats:
            yield from (s.name, *s.variants)
        for org in self.organisations.values():
            yield from (org.name, *org.acronyms, *org.variants)
        for p in self.places.values():
            yield from (p.name, *p.variants)
        for r in self.renamings:
            yield from (r.name, *r.variants)

    def generic_words(self) -> frozenset[str]:
        """Lower-case words that are common English, not names: the common-words list plus
        every word of the role nouns and generic institution forms that no seat of government
        uses ("house" stays a name word for "White House")."""
        phrases = [n for n, _ in records.read_roles()]
        phrases += [f for inst in self.institutions for f in inst.forms]
        generic = {w.lower() for phrase in phrases for w in _WORD.findall(phrase)}
        seats = {w.lower() for s in self.seats for n in (s.name, *s.variants)
                 for w in _WORD.findall(n)}
        return frozenset(records.read_common_words() | (generic - seats))

    def proper_name_words(self) -> frozenset[str]:
        """Single capitalised words of the names the base holds, common English words left out."""
        generic = self.generic_words()
        out: set[str] = set()
        for surface in self.name_surfaces():
            for word in _WORD.findall(surface):
                if word[0].isupper() and len(word) > 1 and word.lower() not in generic:
                    out.add(word)
        return frozenset(out)
