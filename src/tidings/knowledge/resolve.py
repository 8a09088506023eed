"""Actor coding: give an entity cluster its canonical name, country, CAMEO actor code and KB id.

People are looked up by full name, then by surname; the role they held on the article's date gives
the actor code (a former president is coded with the role held then, or with the country alone).
Places and countries are coded by their country, organisations and seats of government by the
knowledge base's codes. People the knowledge base does not hold take country and role from the
words just before a mention ("Kazakh journalist X", "Analyst X", "Russian President X").
"""

from __future__ import annotations

import re
from typing import Any, Protocol

from . import get_kb
from . import people as kb_people

_WORDS_BEFORE = re.compile(r"([A-Za-z][\w'’-]*)\W*$")
#: Types whose name may turn out to be a person the knowledge base knows.
_RETYPE = {"ORG", "GPE", "NORP", "LOC", "FAC"}


class Cluster(Protocol):
    name: str
    type: str
    mentions: list[Any]
    country: str | None
    actor_code: str | None
    kb_id: str | None


def _code(country: str | None, role: str | None) -> str | None:
    if not country:
        return None
    return country + (role or "") if role and role != country else country


class ActorResolver:
    def __init__(self) -> None:
        self.kb = get_kb()

    # ------------------------------------------------------------------ people

    def _person(self, name: str, article_countries: set[str], date: str | None
                ) -> kb_people.Person | None:
        found = kb_people.find_person(name)
        if not found and " " not in name:
            found = kb_people.by_surname(name)
        elif not found:
            last = name.split()[-1]
            found = [p for p in kb_people.by_surname(last)
                     if name.split()[0].lower() in p.name.lower().split()[0]]
        if not found:
            return None
        if len(found) == 1:
            return found[0]
        # Several namesakes: prefer one in office on the date, then one from a country in the text.
        def score(p: kb_people.Person) -> tuple[int, int]:
            return (kb_people.role_on(p, date) is not None if date else 0,
                    p.country in article_countries)

        ranked = sorted(found, key=score, reverse=True)
        return ranked[0] if score(ranked[0]) > score(ranked[1]) else None

    def _context(self, article: Any, cluster: Cluster) -> tuple[str | None, str | None]:
        """Country and role from the words before any mention ("Kazakh journalist X")."""
        country = role = None
        for m in cluster.mentions:
            before = article.section_text(m.section)[max(0, m.start - 60) : m.start]
            words = re.findall(r"[A-Za-z][\w'’-]*", before.split("\n")[-1])[-4:]
            for i in range(len(words)):
                phrase = " ".join(words[i:])
                role = role or self.kb.role_for(phrase.lower())
                country = country or self.kb.country_for(words[i])
            if country and role:
                break
        return country, role

    # ------------------------------------------------------------------ entry point

    def resolve(self, cluster: Cluster, article: Any, article_countries: set[str]) -> None:
        date = article.anchor_date
        if cluster.type == "PERSON" or cluster.type in _RETYPE:
            person = self._person(cluster.name, article_countries, date)
            if person is not None and (cluster.type == "PERSON" or self._not_a_thing(cluster.name)):
                cluster.type = "PERSON"
                cluster.name = person.name
                cluster.kb_id = person.qid or None
                held = kb_people.role_on(person, date) if date else kb_people.role_on(person)
                cluster.country = (held.country or person.country) if held else person.country
                cluster.actor_code = _code(cluster.country, held.code if held else None)
                return
        if cluster.type == "PERSON" and self.kb.country_for(cluster.name):
            cluster.type = "NORP"  # "Kazakh" read as a name in a headline
        if cluster.type == "PERSON":
            country, role = self._context(article, cluster)
            cluster.country = country
            cluster.actor_code = _code(country, role)
            return
        seat = self.kb.seat(cluster.name)
        if seat is not None:
            cluster.country, role = seat
            cluster.actor_code = _code(cluster.country, role)
            return
        org = self.kb.organisation(cluster.name)
        if org is not None and cluster.name.isupper() and org.country and len(org.country) == 3 \
                and org.country not in article_countries and not org.code.startswith(("IGO", "NGO")):
            org = None  # an acronym of a foreign body the article gives no sign of ("NIS")
        if org is not None:
            cluster.name = org.name if len(org.name) < 60 else cluster.name
            cluster.country = org.country or None
            cluster.actor_code = org.code
            if cluster.type not in ("ORG",):
                cluster.type = "ORG"
            return
        iso3 = self.kb.country_for(cluster.name)
        if iso3 is not None:
            cluster.country = iso3
            cluster.actor_code = iso3
            if cluster.type in ("GPE", "LOC", "ORG") and cluster.type != "NORP":
                cluster.type = "GPE"
                cluster.name = self.kb.country(iso3).name
            return
        place = self.kb.place(cluster.name)
        if place is not None:
            cluster.country = place.country
            cluster.actor_code = place.country
            if cluster.type in ("ORG", "PERSON", "FAC", "LOC"):
                cluster.type = "GPE"

    def _not_a_thing(self, name: str) -> bool:
        """True when ``name`` is not a country, place or organisation the KB knows."""
        kb = self.kb
        return (kb.country_for(name) is None and kb.place(name) is None
                and kb.organisation(name) is None and kb.seat(name) is None)

    def article_countries(self, names: list[str]) -> set[str]:
        out: set[str] = set()
        for name in names:
            iso3 = self.kb.country_for(name)
            if iso3:
                out.add(iso3)
        return out
