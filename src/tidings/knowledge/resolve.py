"""Actor coding: give an entity cluster its canonical name, country, CAMEO actor code and KB id.

People are looked up by full name, then by surname; the role they held on the article's date gives
the actor code (someone out of office is coded with the country alone). A surname alone only
resolves to a known person who held an office on the date or whose country the article names.
Places and countries are coded by their country, organisations and seats of government by the
knowledge base's codes. People the knowledge base does not hold take country and role from their
context: the words before a mention ("Kazakh journalist X", "Energy Minister X"), an apposition
after it ("X, a Kazakh economist", "X, the Prime Minister of Tunisia", "X of the Y Institute"),
and failing those the article's focus country.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, Protocol

from . import get_kb
from . import people as kb_people

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
#: Types whose name may turn out to be a person the knowledge base knows.
_RETYPE = {"ORG", "GPE", "NORP", "LOC", "FAC"}
#: Kinds of office ranked as people_role_on ranks them (head of state first).
_KIND_RANK = {"hosg": 0, "hos": 1, "hog": 2, "igo": 3, "fm": 4, "dm": 5, "cb": 6, "fig": 7}
#: Head words that make an unnamed body national ("Constitutional Court"), so the article's focus
#: country may be given to it; media, companies and charities are not guessed.
_STATE_HEADS = frozenset({
    "court", "council", "assembly", "parliament", "senate", "ministry", "department", "police",
    "agency", "committee", "commission", "yuan", "duma", "congress", "government", "office",
    "service", "directorate", "bureau", "army", "guard", "prosecutor",
})
#: Words that open an apposition ("X, a Kazakh economist"), not a verb phrase ("X, was").
_APPOSITION_OPENERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "one",
                                 "former", "then", "now", "head", "chief", "deputy"})
#: A clause ends here: an apposition is read up to it.
_CLAUSE_END = re.compile(r"[.;:!?\n]|\bsaid\b|\bsays\b|\btold\b|\bwho\b|\bwhich\b")


class Cluster(Protocol):
    name: str
    type: str
    mentions: list[Any]
    country: str | None
    actor_code: str | None
    kb_id: str | None


def code(country: str | None, role: str | None) -> str | None:
    """CAMEO actor code from a country and a role ("KAZ" + "GOV")."""
    if not country:
        return None
    return country + (role or "") if role and role != country else country


def role_on(person: kb_people.Person, date: str | None) -> kb_people.Role | None:
    """The role held on ``date``, an office of the person's own country first (a monarch of
    several realms is coded for the home one)."""
    if date is None:
        return kb_people.role_on(person)
    held = [r for r in person.roles if r.covers(date)]
    if not held:
        return None
    return min(held, key=lambda r: ((r.country or r.org) != person.country,
                                    _KIND_RANK.get(r.kind, 9)))


class ActorResolver:
    def __init__(self) -> None:
        self.kb = get_kb()

    # ------------------------------------------------------------------ people

    def person(self, name: str, article_countries: set[str], date: str | None
               ) -> kb_people.Person | None:
        """A known person for a full name, or for a surname when the article makes it likely."""
        found = kb_people.find_person(name)
        single = False
        if not found and " " not in name:
            found, single = kb_people.by_surname(name), True
        elif not found:
            last = name.split()[-1]
            first = name.split()[0].lower()
            found = [p for p in kb_people.by_surname(last)
                     if first in p.name.lower().split()[0]]
        if not found:
            return None

        def score(p: kb_people.Person) -> tuple[bool, bool]:
            return (role_on(p, date) is not None if date else False,
                    p.country in article_countries)

        if single:
            found = [p for p in found if any(score(p))]
            if not found:
                return None
        if len(found) == 1:
            return found[0]
        ranked = sorted(found, key=score, reverse=True)
        return ranked[0] if score(ranked[0]) > score(ranked[1]) else None

    def code_person(self, cluster: Cluster, person: kb_people.Person, date: str | None) -> None:
        cluster.type = "PERSON"
        cluster.name = person.name
        cluster.kb_id = person.qid or None
        held = role_on(person, date)
        cluster.country = (held.country or person.country) if held else person.country
        if held and held.org and not held.country:
            cluster.country = person.country
        cluster.actor_code = code(cluster.country, held.code if held else None)

    def context(self, article: Any, cluster: Cluster, known: dict[str, str | None]
                ) -> tuple[str | None, str | None]:
        """Country and role from a title before a mention or an apposition after it.

        ``known`` maps entity names of the article to their countries ("the agency" aside, a
        named body in an apposition gives its country: "X, a spokeswoman for Kaspi Bank")."""
        country = role = None
        for m in cluster.mentions:
            text = article.section_text(m.section)
            before = text[max(0, m.start - 60) : m.start].split("\n")[-1]
            words = _WORD.findall(before)[-4:]
            if any(w.lower() in ("former", "ex", "late", "then") for w in words):
                words = [w for w in words if self.kb.country_for(w)]
            # Only the words right before the name form its title: stop at a lower-case word
            # that is not a role noun ("met Energy Minister X" gives "Energy Minister").
            for i in range(len(words)):
                phrase = " ".join(words[i:])
                role = role or self.kb.role_for(phrase.lower())
                country = country or self.kb.country_for(words[i])
            after = text[m.end : m.end + 120]
            opener = re.match(r",\s+(\w+)", after)
            if opener and opener.group(1).lower() not in _APPOSITION_OPENERS and \
                    not self.kb.country_for(opener.group(1)):
                after = ""
            if after.startswith((",", " of ", " from ", " (")):
                clause = _CLAUSE_END.split(after[1:], maxsplit=1)[0]
                clause = clause.split(",")[0] if after.startswith(" ") else \
                    ",".join(clause.split(",")[:2])
                found = self.kb.countries_in(clause, capitals=True)
                for name, iso3 in known.items():
                    if iso3 and name in clause:
                        found.append(iso3)
                for p in self.kb.place_names.scan(clause):
                    found.append(p[2].country)
                if found and not country:
                    country = found[0]
                low = clause.lower()
                for w in _WORD.findall(low)[:6]:
                    r = self.kb.role_for(w)
                    if r and not role:
                        role = r
                        break
            if country and role:
                break
        return country, role

    def describe(self, phrase: str, article_countries: set[str] | None = None
                 ) -> tuple[str | None, str | None]:
        """Country and role for an unnamed actor described by role: "a regional tax official in
        Aqmola" gives (KAZ, GOV). The events stage uses it for actors that have no name."""
        words = _WORD.findall(phrase)
        role = None
        for i in range(len(words)):
            role = role or self.kb.role_for(" ".join(words[i:]).lower())
        for w in reversed(words):
            role = role or self.kb.role_for(w.lower())
        country = next(iter(self.kb.countries_in(phrase, capitals=True)), None)
        if country is None:
            for _, _, place in self.kb.place_names.scan(phrase):
                country = place.country
                break
        if country is None and article_countries and len(article_countries) == 1:
            country = next(iter(article_countries))
        return country, role

    # ------------------------------------------------------------------ entry point

    def resolve(self, cluster: Cluster, article: Any, article_countries: set[str],
                focus: str | None = None, known: dict[str, str | None] | None = None) -> None:
        date = article.anchor_date
        if cluster.type == "PERSON" or (cluster.type in _RETYPE
                                        and self._not_a_thing(cluster.name)):
            likely = article_countries | {focus} if focus else article_countries
            person = self.person(cluster.name, likely, date)
            if person is not None:
                self.code_person(cluster, person, date)
                return
        if cluster.type == "PERSON":
            iso3 = self.kb.country_for(cluster.name)
            if iso3 is not None:
                cluster.type = "NORP"  # "Kazakh" read as a name in a headline
                cluster.country = cluster.actor_code = iso3
                return
            if not self._not_a_thing(cluster.name):
                cluster.type = "ORG" if self.kb.seat(cluster.name) or \
                    self.kb.organisation(cluster.name) else "GPE"
            else:
                country, role = self.context(article, cluster, known or {})
                cluster.country = country or focus
                cluster.actor_code = code(cluster.country, role)
                return
        if self._thing(cluster, article_countries, focus):
            return
        if cluster.type == "ORG" and focus and cluster.name.split()[-1].lower() in _STATE_HEADS:
            land = self.kb.country(focus)
            body = None
            for word in (*land.demonyms[:1], land.name):
                body = body or self.kb.organisation(f"{word} {cluster.name}")
            if body is not None:
                cluster.country, cluster.actor_code = body.country or None, body.code
                if cluster.name.lower() in {f.lower() for i in self.kb.institutions
                                            for f in i.forms}:
                    cluster.name = body.name
                return
            cluster.country = focus
        elif cluster.type == "GPE" and focus:
            cluster.country = cluster.actor_code = focus

    def _thing(self, cluster: Cluster, article_countries: set[str], focus: str | None) -> bool:
        """Code a seat, organisation, country or place; False when the KB knows none."""
        seat = self.kb.seat(cluster.name)
        if seat is not None:
            cluster.country, role = seat
            cluster.actor_code = code(cluster.country, role)
            cluster.type = "ORG"
            return True
        org = self.kb.organisation(cluster.name)
        if org is not None and cluster.name.isupper() and org.country and len(org.country) == 3 \
                and org.country not in article_countries and not org.code.startswith(("IGO", "NGO")):
            org = None  # an acronym of a foreign body the article gives no sign of ("NIS")
        if org is not None and cluster.type in ("GPE", "LOC") \
                and self.kb.country_for(cluster.name) is not None:
            org = None
        if org is not None:
            cluster.name = org.name if len(org.name) < 60 else cluster.name
            cluster.country = org.country or None
            cluster.actor_code = org.code
            cluster.type = "ORG"
            return True
        iso3 = self.kb.country_for(cluster.name)
        if iso3 is not None and cluster.type != "NORP":
            cluster.country = cluster.actor_code = iso3
            if cluster.type in ("GPE", "LOC", "ORG", "FAC"):
                cluster.type = "GPE"
                cluster.name = self.kb.country(iso3).name
            return True
        if iso3 is not None:
            cluster.country = cluster.actor_code = iso3
            return True
        place = self.kb.place(cluster.name)
        if place is not None:
            cluster.country = cluster.actor_code = place.country
            if cluster.type in ("ORG", "PERSON", "FAC", "LOC"):
                cluster.type = "GPE"
            canonical = self.kb.canonical_place_name(cluster.name)
            if canonical and cluster.name.isupper():
                cluster.name = canonical
            return True
        return False

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

    def focus_country(self, votes: Counter[str]) -> str | None:
        """The country an article is mostly about: the top of ``votes`` (one per mention of a
        country, demonym, place, seat or known person), if it clearly leads."""
        if not votes:
            return None
        (top, n), *rest = votes.most_common(2)
        total = sum(votes.values())
        if n < 2 or n / total < 0.35 or (rest and rest[0][1] == n):
            return None
        return top
