"""Actor coding: give an entity cluster its canonical name, country, CAMEO actor code and KB id.

People are looked up by full name, then by surname; the role they held on the article's date gives
the actor code (someone out of office is coded with the country alone). A surname alone only
resolves to a known person who held an office on the date (or in the eight years before it) or
whose country the article names.
Places and countries are coded by their country, organisations and seats of government by the
knowledge base's codes. People the knowledge base does not hold take country and role from their
context: the words before a mention ("Kazakh journalist X", "Energy Minister X"), an apposition
after it ("X, a Kazakh economist", "X, the Prime Minister of Tunisia", "X of the Y Institute"),
a named body just before the title ("a State Department spokesperson, X"); failing those, the
one country the sentences of their mentions name, and only then the article's focus country,
when those sentences name no other country (a story about Cuba does not make the US
transport secretary Cuban). A place the KB does not hold is treated the same way.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any, Protocol

from spacy.lang.en.stop_words import STOP_WORDS

from . import get_kb
from . import people as kb_people
from .gazetteer import LOCAL_KINDS, WATERS, get_gazetteer
from .names import key

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
#: Roles of bodies whose bare names several countries share ("Congress", "the Conservatives").
_SHARED_ROLES = frozenset({"LEG", "PTY", "GOV", "JUD"})
#: National bodies whose acronym the world press uses bare, with no sign of their country.
_KNOWN_ABROAD = frozenset({"CIA", "FBI", "NASA", "NSA", "FSB", "KGB", "GRU", "SVR", "MI5", "MI6",
                           "GCHQ", "IRGC", "PLA", "KNB", "NKVD", "DEA", "ISI", "SBU", "NIH",
                           "HHS", "FDA", "FEMA", "ATF"})
#: Acronyms of a world body that a country's armed body shares, with the words that tell a
#: story of that country's war: "RSF" in a Sudan story is the Rapid Support Forces, not
#: Reporters Without Borders, unless the story is about the press (not just "told reporters").
_SHARED_ACRONYMS = {"RSF": ("sdn-rsf", "SDN", re.compile(
    r"\b(?:Darfur|Kordofan|Janjaweed|El[- ]Fasher|paramilitar\w*|SAF)\b"))}
#: A preposition right before a name that makes it a place ("in Mary", not "Mary and Joseph").
_PLACED = re.compile(r"\b(?:in|from|near|of|to|at|outside)\s+$")
#: Words of a sports report, where a one-word name of an armed group is a player's.
_SPORT = re.compile(r"\b(?:points|rebounds|assists|teammates?|coach|season|playoffs?|innings|"
                    r"quarterback|touchdowns?|scored|league|NBA|NFL|NHL|MLB|UEFA|FIFA)\b")


def given_name_town(name: str) -> bool:
    """A town named like people ("Mary", Turkmenistan's): read as a person's name, a given
    name, not the town."""
    kb = get_kb()
    place = kb.place(name)
    return place is not None and place.kind == "city" and (
        kb.country_for(name) is None and kb_people.given_name_count(name) >= 2)


def sports_report(texts: Iterable[str]) -> bool:
    """True when a text reads as a sports report (two sports words at least)."""
    return len({m.group(0).lower() for t in texts for m in _SPORT.finditer(t)}) >= 2


_PRESS = re.compile(r"(?<!told )\b(?:journalists?|reporters?|editors?|bloggers?|"
                    r"press freedom|media freedom|newspapers?|(?:press|media) index)\b",
                    re.IGNORECASE)
#: A bay is water too when a name is read for an actor's country (an event may still take
#: place in "Guantanamo Bay").
_BAY = re.compile(r"\bBay\b")
#: Words that open an apposition ("X, a Kazakh economist"), not a verb phrase ("X, was").
_APPOSITION_OPENERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "one",
                                 "former", "then", "now", "head", "chief", "deputy"})
#: A clause ends here: an apposition is read up to it.
_CLAUSE_END = re.compile(r"[.;:!?\n]|\bsaid\b|\bsays\b|\btold\b|\bwho\b|\bwhich\b")
#: Words before a country's name that put something beside it, not in it: "a kibbutz near
#: the border of Gaza", "deported to Rwanda", "talks with Iran".
_BESIDE = re.compile(r"\b(?:near|outside|beyond|across|bordering|border\s+(?:of|with)|"
                     r"to|into|towards|toward|against|with)\s+(?:the\s+)?(?:[\w'’-]+\s+)?$",
                     re.IGNORECASE)
#: Nouns a country's name may modify that say nothing of whose a person is: "the Rwanda
#: plan", "the Gaza border", "the Ukraine war".
_ABOUT = re.compile(r"\s*(?:'s\s+|’s\s+)?(?:plan|plans|deal|scheme|policy|bill|war|border|"
                    r"conflict|crisis|strip|frontier|fence|visit|trip|talks|invasion)\b")
#: Kinds of settlement found in one country only: "Kfar Aza, a kibbutz near Gaza" is Israel's.
_SETTLEMENTS = {"kibbutz": "ISR", "kibbutzim": "ISR", "moshav": "ISR"}
_SETTLEMENT_WORDS = re.compile(r"\b(?:" + "|".join(_SETTLEMENTS) + r")\b", re.IGNORECASE)


#: "X is a Turkish national", "X, a Kazakh citizen, ...": nationality said outright.
_NATIONALITY = re.compile(r"(?:,|\s+(?:is|was))\s+an?\s+([A-Z][\w-]+)\s+(?:national|citizen|"
                          r"passport holder)\b")
#: "Libyan national X", "a British citizen, X": the nationality said right before the name.
_NATIONAL_BEFORE = re.compile(r"\b([A-Z][\w-]+)\s+(?:national|citizen|passport holder),?\s*$")
#: A US legislator's party and state after the name: "(D-Mass.)", "(R-Ky.)", "(R-WI)".
_PARTY_TAG = re.compile(r"[ \t]*\((?:D|R|I|Dem|Rep|Ind)\.?[ \t]*[-–][ \t]*"
                        r"(?P<state>[A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*)?)[ \t]*[,)]")
#: A diplomat's title naming the country posted to ("Israel's ambassador to Nigeria, X",
#: "Ambassador to Kenya X"): that country is the host's, the sender's the word before.
_POSTED = re.compile(r"(?:\b([A-Z][\w.-]*)(?:'s|’s)?\s+)?(?:[Aa]mbassador|[Ee]nvoy|[Cc]onsul"
                     r"(?:[- ][Gg]eneral)?|[Hh]igh [Cc]ommissioner|[Ee]missary)\s+(?:to|in)\s+"
                     r"(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3},?\s*$")
#: Kinship nouns: an apposition naming a relative says nothing of the person's country.
_KIN = frozenset({"wife", "husband", "fiancée", "fiancee", "fiancé", "fiance", "son",
                  "daughter", "mother", "father", "brother", "sister", "widow", "widower",
                  "partner", "girlfriend", "boyfriend", "niece", "nephew", "cousin", "uncle",
                  "aunt", "grandson", "granddaughter"})
#: People a body holds, not people of that body ("a Hamas hostage", "an ISIS captive").
_HELD = frozenset({"hostage", "hostages", "captive", "captives", "abductee", "prisoner",
                   "detainee", "kidnapping", "kidnap", "victim"})
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")
#: Lower-case words a title before a name may hold ("Minister of Energy", "the then").
_TITLE_GLUE = frozenset({"of", "the", "for", "and", "former", "ex", "late", "then", "deputy",
                         "vice", "acting"})

#: Titles of an office in a body, written capitalised between its name and the holder's
#: ("NIH Director X", "HHS Inspector General X").
_OFFICE_TITLES = frozenset({"director", "secretary", "administrator", "commissioner", "chief",
                            "inspector", "general", "head", "chair", "chairman", "chairwoman",
                            "spokesperson", "spokesman", "spokeswoman", "president",
                            "minister", "ambassador", "counsel", "officer", "deputy",
                            "assistant", "associate", "principal", "executive", "governor",
                            "superintendent", "commander", "attorney", "undersecretary"})


def _title_words(words: list[str], kb: Any) -> list[str]:
    """The words right before a name that form its title: the run back to the first
    lower-case word that is neither a role noun nor title glue ("met Energy Minister X"
    gives "Energy Minister"; "from New Jersey to Manhattan. Kelly" gives nothing)."""
    out: list[str] = []
    for w in reversed(words):
        if w[:1].islower() and w.lower() not in _TITLE_GLUE and not kb.role_for(w.lower()):
            break
        out.insert(0, w)
    return out


def _us_state_tag(after: str) -> bool:
    """True when ``after`` opens with a US legislator's party-state tag: the state written
    out, in its press abbreviation or its postal code ("Kentucky", "Ky.", "KY")."""
    tag = _PARTY_TAG.match(after)
    if tag is None:
        return False
    state = tag.group("state")
    gaz = get_gazetteer()
    found = gaz.candidates(state) or gaz.candidates(state.rstrip(".") + ".")
    if any(c.entry.kind == "region" and c.entry.country == "USA" for c in found):
        return True
    return bool(re.fullmatch(r"[A-Z]{2}", state)) and gaz.region_by_admin1(f"US.{state}") \
        is not None



#: How long after leaving office a person is still the one news means by their surname alone.
_NEWS_MEMORY_YEARS = 8


def _water(name: str) -> bool:
    return WATERS.search(name) is not None or _BAY.search(name) is not None


def _gazetteer_country(name: str) -> str | None:
    """The one country the gazetteer's places called ``name`` lie in (towns of 20,000 people
    at least); None when it holds none or several."""
    if _water(name):
        return None  # "the Red Sea" is no province of Sudan's
    gaz = get_gazetteer()
    found = {c.entry.country for c in gaz.candidates(name) if c.entry.kind in LOCAL_KINDS}
    found |= {t.country for t in gaz.towns_named(name) if t.population >= 20_000}
    return found.pop() if len(found) == 1 and len(next(iter(found))) == 3 else None


def _recent(person: kb_people.Person, date: str) -> bool:
    """In an office on ``date`` or in the years just before it ("Trump" in 2024)."""
    since = f"{int(date[:4]) - _NEWS_MEMORY_YEARS:04d}{date[4:10]}" if date[:4].isdigit() else ""
    return any((r.start is None or r.start <= date) and (r.end is None or r.end >= since)
               for r in person.roles)

def _big_place(name: str) -> bool:
    """A name the gazetteer holds as a region or a city of a million: in an undated text,
    where no office can be checked, "Lagos police" is the city's, not Ricardo Lagos's."""
    return any(c.primary and (c.entry.kind == "region" or (
        c.entry.kind == "city" and c.entry.population >= 1_000_000))
        for c in get_gazetteer().candidates(name))


def _attributive(article: Any, cluster: Cluster) -> bool:
    """A group's word used before a noun ("a Christian man", "Sunni clerics"), which names no
    one, however many people bear it as a surname."""
    return cluster.type == "NORP" and " " not in cluster.name and all(
        re.match(r" [a-z]", article.section_text(m.section)[m.end:m.end + 2])
        for m in cluster.mentions)


def _verb_before(article: Any, mention: Any, before: str) -> bool:
    """True when the parse has a verb in the stretch of ``before`` (the text right before
    ``mention``) after its last comma, bracket or quote."""
    doc = article.docs.get(mention.section)
    if doc is None or not len(doc) or doc[-1].idx + len(doc[-1].text_with_ws) != len(
            article.section_text(mention.section)):
        return False  # (the doc's length from its last token: ``doc.text`` is built anew)
    start = mention.start - len(re.split(r"[,;:()\"“”—–]", before)[-1])
    if start >= mention.start:
        return False
    span = doc.char_span(start, mention.start, alignment_mode="expand")
    return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span
                                    if start <= t.idx < mention.start)


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
        # Undated: the highest office the person held (the latest of equal rank), which the
        # news most often means ("Rishi Sunak" is the prime minister he was, not the
        # opposition leader he became for four months).
        if not person.roles:
            return None
        top = min(_KIND_RANK.get(r.kind, 9) for r in person.roles)
        return max((r for r in person.roles if _KIND_RANK.get(r.kind, 9) == top),
                   key=lambda r: (r.end is None, r.end or "", r.start or ""))
    held = [r for r in person.roles if r.covers(date)]
    if not held:
        return None
    return min(held, key=lambda r: ((r.country or r.org) != person.country,
                                    _KIND_RANK.get(r.kind, 9)))


#: Titles of political office, which a holder of any political role may be called by
#: ("Senator", "Minister", "Chairman"); other titles ("Judge", "General") name their office.
_POLITICAL_TITLES = frozenset({"GOV", "LEG", "OPP", "PTY"})


def _misnamed(people: list[kb_people.Person], title: str | None) -> bool:
    """True when a title names an office none of ``people`` held: "Judge Miller" is no
    company chief called Miller. Titles of political office fit any political role."""
    return title is not None and title not in _POLITICAL_TITLES and not any(
        r.code == title for p in people for r in p.roles)


#: Abbreviated titles, read as titles only right before a name ("Sen. Graham").
_TITLE_SHORT = {"Sen": "LEG", "Rep": "LEG", "Gov": "GOV"}


#: Titles of one country's legislators right before a name ("Congressman X", "Rep. X").
_US_TITLE = re.compile(r"\b(?:Congress(?:wo)?man|Assembly(?:wo)?man|Reps?\.)\s+$")

#: Words of American politics in a surname's sentence, with the body each one names.
_US_POLITICS = re.compile(r"\b(?:(Senat)(?:e|or|ors)\b|(Congress)(?:ional)?\b|(Republican)s?\b|"
                          r"(Democrat)s?\b|(GOP)\b)|(\([DR][-–]\w)")
#: The body a word of ``_US_POLITICS`` names; a party tag "(R-Wis.)" names none abroad.
_US_BODY = {"Senat": "Senate", "Congress": "Congress", "Republican": "Republicans",
            "Democrat": "Democrats", "GOP": "GOP"}

#: Styles spoken before a sovereign's or a pope's given name.
_STYLES = frozenset({"King", "Queen", "Pope", "Prince", "Princess", "Emperor", "Empress",
                     "Sultan", "Emir", "Sheikh", "Patriarch"})


#: Capitalised words before a name that are no given name ("on Tuesday Mitsotakis met").
_CALENDAR = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday", "january", "february", "march", "april", "may", "june",
                       "july", "august", "september", "october", "november", "december",
                       "today", "yesterday", "tonight"})


class ActorResolver:
    def __init__(self) -> None:
        self.kb = get_kb()
        self._generic: frozenset[str] | None = None

    def _someone_else(self, article: Any, person: kb_people.Person, surname: str) -> bool:
        """True when the article gives ``surname`` only to others: it writes it after a given
        name that is not the known person's ("Usman Khan ... Khan" is not Imran Khan) and
        never writes the person's own full name."""
        if self._generic is None:
            self._generic = self.kb.generic_words()
        own = {w for n in person.names for w in kb_people.normalise_name(n).split()}
        full = [kb_people.normalise_name(n) for n in person.names if " " in n.strip()]
        given = re.compile(r"\b([A-Z][\w'’-]+)\s+(?:[A-Z]\.\s+)?" + re.escape(surname)
                           + r"\b")
        other = False
        for section, text in article.sections():
            plain = kb_people.normalise_name(text)
            if any(re.search(rf"\b{re.escape(f)}\b", plain) for f in full):
                return False
            if section != "body":
                continue  # a headline capitalises its verbs ("Putin Praises Lukashenko")
            for m in given.finditer(text):
                word = m.group(1)
                if kb_people.normalise_name(word) in own or word.lower() in self._generic \
                        or word.lower() in _CALENDAR \
                        or not all(part[:1].isupper() for part in word.split("-")) \
                        or word in _STYLES or word in kb_people.TITLE_WORDS \
                        or self.kb.role_for(word.lower()) or self.kb.country_for(word):
                    continue
                other = True
        return other

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

        def score(p: kb_people.Person) -> tuple[bool, bool, int]:
            held = role_on(p, date) if date else None
            return (held is not None, p.country in article_countries,
                    -_KIND_RANK.get(held.kind, 9) if held else -10)

        if single:
            # a surname alone: someone in office on the date or in the years before it, or of
            # a country the article names
            found = [p for p in found if (_recent(p, date) if date else not _big_place(name))
                     or score(p)[1]]
            if kb_people.given_name_count(name) >= 3:
                # "Mary and Joseph": a common given name alone is no known bearer's surname
                # (Haiti's Claude Joseph) unless the article names the bearer's country.
                found = [p for p in found if score(p)[1] or p.name.split()[0] == name]
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

    def titled_country(self, article: Any, cluster: Cluster) -> str | None:
        """A country a person's own title or a stated nationality gives ("US Senator X",
        "Libyan national X", "X, a Turkish citizen")."""
        for m in cluster.mentions:
            text = article.section_text(m.section)
            before = _SENTENCE_END.split(text[max(0, m.start - 60) : m.start])[-1]
            if (posted := _POSTED.search(before)) is not None:
                iso = self.kb.country_for(posted.group(1)) if posted.group(1) else None
                if iso is not None:
                    return str(iso)
                continue
            told = _NATIONAL_BEFORE.search(before) or _NATIONALITY.match(
                text[m.end : m.end + 120])
            found = [self.kb.country_for(w) for w in _title_words(
                _WORD.findall(before)[-4:], self.kb)] + [
                self.kb.country_for(told.group(1)) if told else None]
            iso = next((f for f in found if f), None)
            if iso is not None:
                return iso
        return None

    def context(self, article: Any, cluster: Cluster, known: dict[str, str | None]
                ) -> tuple[str | None, str | None]:
        """Country and role from a title before a mention or an apposition after it.

        ``known`` maps entity names of the article to their countries ("the agency" aside, a
        named body in an apposition gives its country: "X, a spokeswoman for Kaspi Bank")."""
        country = role = None
        for m in cluster.mentions:
            text = article.section_text(m.section)
            before = _SENTENCE_END.split(text[max(0, m.start - 60) : m.start])[-1]
            if (posted := _POSTED.search(before)) is not None:
                # "Israel's ambassador to Nigeria, X": Israel's diplomat, not Nigeria's
                sender = self.kb.country_for(posted.group(1)) if posted.group(1) else None
                if sender is not None:
                    return sender, "GOV"
                role = role or "GOV"
                continue
            words = _title_words(_WORD.findall(before)[-4:], self.kb)
            if any(w.lower() in ("former", "ex", "late", "then") for w in words):
                words = [w for w in words if self.kb.country_for(w)]
            # The longest role and the first country among the title's words.
            for i in range(len(words)):
                phrase = " ".join(words[i:])
                role = role or self.kb.role_for(phrase.lower())
                # "South Sudanese politician": the two-word demonym before the one-word one
                country = country or self.kb.country_for(" ".join(words[i:i + 2])) or (
                    self.kb.country_for(words[i]))
            if country is None:
                country = self._phrase_nationality(before, _verb_before(article, m, before))
            # A named body just before the title: "a State Department spokesperson, X".
            for name, iso3 in known.items():
                at = before.rfind(name)
                if country is None and iso3 and len(iso3) == 3 and at >= 0 and \
                        self._title_after_body(before[at + len(name):]):
                    country = iso3
            told = _NATIONAL_BEFORE.search(before)
            if told and self.kb.country_for(told.group(1)):
                return self.kb.country_for(told.group(1)), role
            after = text[m.end : m.end + 120]
            if _us_state_tag(after) or (country is None and _US_TITLE.search(
                    text[max(0, m.start - 20):m.start])):  # ("Rep." ends no sentence)
                return "USA", "LEG"
            said = _NATIONALITY.match(after)
            if said and self.kb.country_for(said.group(1)):
                # "X is a Turkish national": the text says it outright.
                return self.kb.country_for(said.group(1)), role
            if re.match(r",\s*[\"“‘']", after):
                after = ""  # 'X, "I noticed then that Chad was ..."': a quote, no apposition
            opener = re.match(r",\s+(\w+)", after)
            if opener and opener.group(1).lower() in _KIN:
                after = ""  # "X, fiancée of journalist Y": Y's country is not X's
            if opener and opener.group(1).lower() not in _APPOSITION_OPENERS and \
                    not self.kb.country_for(opener.group(1)):
                after = ""
            if after.startswith((",", " of ", " from ", " (")):
                clause = _CLAUSE_END.split(after[1:], maxsplit=1)[0]
                clause = clause.split(",")[0] if after.startswith(" ") else \
                    ",".join(clause.split(",")[:2])
                if after.startswith(" ("):
                    # "X (center) stands with Russian envoys": the bracket, not the verb after
                    clause = clause.split(")")[0]
                found = self._named_in(clause, known, beside=False)
                body = [iso for name, iso in known.items() if iso and iso[:3] in ("IGO", "NGO")
                        and after.startswith(" of ") and name in clause]
                if not found and body and not country:
                    # "X of Reporters Without Borders", "X of the UN": the body's own code,
                    # its name no role ("Reporters").
                    return body[0], role
                serves = self._body_before_country(clause, known) \
                    if after.startswith(",") and not country else None
                if serves is not None:
                    # "X, the UN special envoy for Yemen", "X, a NATO spokeswoman": the
                    # world body X speaks for, not the country X deals with.
                    return serves, None
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

    def _body_before_country(self, clause: str, known: dict[str, str | None]) -> str | None:
        """The code of an international body or NGO an apposition names before any country
        ("the UN special envoy for Yemen"), if it names one."""
        hits = [(a, org.code) for a, _, org in self.kb.org_names.scan(clause)
                if org.code.startswith(("IGO", "NGO"))]
        hits += [(i, iso) for name, iso in known.items() if iso and iso[:3] in ("IGO", "NGO")
                 and (i := clause.find(name)) >= 0]
        if not hits:
            return None
        at, body = min(hits)
        countries = [a for a, _, _ in self.kb.country_hits(clause)]
        return body if not countries or at < min(countries) else None

    def _phrase_nationality(self, before: str, verb: bool = False) -> str | None:
        """The nationality that opens a long title before a name: "Japanese professional
        wrestler and Netflix star X" is Japanese whatever Netflix is; a clause with a verb
        is no title ("the Norwegian committee cited this in awarding X")."""
        if verb:
            return None
        phrase = re.split(r"[,;:()\"“”—–]", before)[-1]
        words = _WORD.findall(phrase)
        while words and words[0].lower() in ("the", "a", "an", "former", "ex", "late"):
            words = words[1:]
        if not 2 <= len(words) <= 8:
            return None
        return self.kb.country_for(words[0])

    def _title_after_body(self, between: str) -> bool:
        """True when the words between a body's name and a person's are a title of that body:
        lower-case words ("a State Department spokesperson, X") or capitalised role nouns
        ("NIH Director X", "HHS Secretary X", "FBI Deputy Director X")."""
        m = re.fullmatch(r"((?:\s+[\w-]+){1,3}),?\s*", between)
        if m is None:
            return False
        words = [w.lower() for w in m.group(1).split()]
        if set(words) & _HELD:
            return False  # "Hamas hostage X": the body holds the person, not employs them
        if words[-1] in STOP_WORDS:
            return False  # "troops left Afghanistan though X": a clause, not a title
        return m.group(1) == m.group(1).lower() or (
            words[-1] in _OFFICE_TITLES and all(w in _OFFICE_TITLES or w in _TITLE_GLUE
                                                for w in words))

    def sentence_country(self, article: Any, cluster: Cluster, known: dict[str, str | None]
                         ) -> str | None:
        """The one country named in the sentences of a person's mentions (by a country word, a
        capital, a known place or a named body of the article), for someone the text describes
        by role: "US Secretary of State Mike Pompeo sent a letter to Elaine Chao, the Secretary
        of Transportation". None when the sentences name no country or several. ``known`` maps
        names of the article's entities (people the KB knows among them) to their countries."""
        found = self._sentence_countries(article, cluster, known)
        return found.pop() if len(found) == 1 else None

    def _sentence_countries(self, article: Any, cluster: Cluster, known: dict[str, str | None],
                            weak: set[str] | None = None, *, peoples: bool = True) -> set[str]:
        """Countries the sentences of the cluster's mentions name; for a person or an unknown
        place, not those named only beside, towards or against something (in ``weak``)."""
        found: set[str] = set()
        for m in cluster.mentions:
            text = article.section_text(m.section)
            start = max(text.rfind(c, 0, m.start) for c in ".!?\n") + 1
            ends = [i for i in (text.find(c, m.end) for c in ".!?\n") if i >= 0]
            end = min(ends, default=len(text))
            # A person's name is no country the sentence names ("Chad Ellery"); a place's
            # may be ("South Lebanon").
            before = text[start : m.start]
            held = re.search(r"(?:[\w'’-]+\s+){1,2}$", before)
            if cluster.type == "PERSON" and held and set(
                    _WORD.findall(held.group(0).lower())) & _HELD:
                # "Hamas hostage X": the captor's name is not X's country
                before = before[: held.start()] + " " * len(held.group(0))
            own = text[m.start:m.end]
            hits = self.kb.country_hits(own) if cluster.type != "PERSON" else []
            if hits and all(self._demonym(own[a:b], iso) for a, b, iso in hits):
                # "Ukrainian Village" (in Chicago) is named after a people, not in their land
                own = " " * len(own)
            sentence = before + " " * (m.end - m.start) + text[m.end : end] \
                if cluster.type == "PERSON" else before + own + text[m.end : end]
            found.update(self._named_in(sentence, known, beside=cluster.type not in (
                "PERSON", "GPE"), weak=weak, peoples=peoples))
        return found

    def _named_in(self, text: str, known: dict[str, str | None], *, beside: bool = True,
                  weak: set[str] | None = None, peoples: bool = True) -> list[str]:
        """Countries ``text`` names, in order: country words, capitals and places, and the
        article's named entities. The article's own reading of a name wins over the KB's
        ("Georgia" beside Florida and Utah is the US state). Without ``beside``, a country
        named as somewhere beside, towards or against ("near Gaza", "deported to Rwanda",
        "the Rwanda plan") is not counted but added to ``weak``; a kind of settlement of one
        country names that country ("a kibbutz")."""
        kb = self.kb
        hits = [*kb.country_hits(text, proper=True), *kb.capitals.scan(text, proper=True),
                *((a, b, p.country) for a, b, p in kb.place_names.scan(text, proper=True)
                  if not (given_name_town(text[a:b]) and not _PLACED.search(text, 0, a)))]
        hits += [(i, i + len(name), iso3) for name, iso3 in known.items()
                 if iso3 and len(iso3) == 3 and (i := text.find(name)) >= 0]
        if not beside:
            hits += [(m.start(), m.end(), _SETTLEMENTS[m.group(0).lower()])
                     for m in _SETTLEMENT_WORDS.finditer(text)]
        out: list[str] = []
        for a, b, iso3 in sorted(hits):
            iso3 = known.get(text[a:b]) or iso3
            if not beside and ((_BESIDE.search(text[max(0, a - 40):a])
                                and not self._demonym(text[a:b], iso3))
                               or _ABOUT.match(text, b)):
                # ("an adviser to the Ukrainian president" is Ukraine's all the same)
                if weak is not None and len(iso3) == 3:
                    weak.add(iso3)
                continue
            if not peoples and self._demonym(text[a:b], iso3):
                continue  # a people's name, no country's ("Russian troops")
            if len(iso3) == 3 and iso3 not in out:
                out.append(iso3)
        return out

    def _titled(self, article: Any, cluster: Cluster) -> kb_people.Person | None:
        """A lone surname right after a title ("Former Prime Minister Massimov") is the one
        person the knowledge base knows by it, if that person ever held an office. Where
        several office holders of one country share it ("President Bush" in an undated
        text), the one in office last stands for them: the country is certain."""
        if " " in cluster.name:
            return None
        found = [p for p in kb_people.by_surname(cluster.name) if p.roles]
        if not found or len({p.country for p in found}) != 1:
            return None
        if len(found) > 1 and article.anchor_date is not None:
            return None  # a dated text has its own office holder, found by date
        title = self._title(article, cluster)
        if title is not None and not _misnamed(found, title):
            return max(found, key=lambda p: max(
                (r.end is None, r.end or "", r.start or "") for r in p.roles))
        return None

    def _office_namesake(self, article: Any, cluster: Cluster, person: kb_people.Person | None,
                         likely: set[str]) -> kb_people.Person | None:
        """"Senator Graham": a surname under the title of an office is the namesake known to
        have held that office (a US senator), not one known by the bare surname who held
        others (a Canadian minister); with none known, someone unknown ("Senator Smith" in a
        text that never names Australia is not Australia's Stephen Smith)."""
        if person is not None and person.country != "USA" and (any(
                _US_TITLE.search(article.section_text(m.section)[max(0, m.start - 40):m.start])
                for m in cluster.mentions) or (
                " " not in cluster.name and self._title(article, cluster) is None
                and self._american_sentence(article, cluster, person.country or ""))):
            # "Rep. Smith" is an American legislator, not Australia's Stephen Smith.
            person = next((p for p in kb_people.by_last_name(cluster.name)
                           if p.country == "USA" and any(r.code == "LEG" for r in p.roles)), None)
        title = self._title(article, cluster) if person is not None else None
        if person is None or title is None or " " in cluster.name or any(
                r.code == title for r in person.roles):
            return person
        held = [p for p in kb_people.by_last_name(cluster.name)
                if any(r.code == title for r in p.roles)]
        if held and len({p.country for p in held}) == 1:
            return max(held, key=lambda p: max(
                (r.end is None, r.end or "", r.start or "") for r in p.roles if r.code == title))
        if title == "LEG" and person.country != "USA" and person.country not in likely:
            return None
        return person  # ("Senator Harris", "Senator Obama": their later offices are known)

    def _american_sentence(self, article: Any, cluster: Cluster, home: str) -> bool:
        """Every sentence of a bare surname names a body of American politics that the
        country of the person known by it lacks ("Johnson's request for a Senate briefing"
        is no British prime minister's: Britain has no Senate)."""
        for m in cluster.mentions:
            text = article.section_text(m.section)
            start = max(text.rfind(ch, 0, m.start) for ch in ".!?\n") + 1
            ends = [i for i in (text.find(ch, m.end) for ch in ".!?\n") if i >= 0]
            words = _US_POLITICS.finditer(text[start:min(ends, default=len(text))])
            if not any(w.group(6) or self.kb.body_of(_US_BODY[next(g for g in w.groups() if g)],
                                                      home) is None for w in words):
                return False
        return True

    def _styled(self, article: Any, cluster: Cluster) -> kb_people.Person | None:
        """A monarch or pope named by style and given name, which the recogniser leaves out of
        the name ("King Charles", "Pope Francis"): the one person known by the two together."""
        for m in cluster.mentions:
            before = _WORD.findall(article.section_text(m.section)[max(0, m.start - 12):m.start])
            if before and before[-1] in _STYLES:
                found = kb_people.find_person(f"{before[-1]} {cluster.name}")
                if len(found) == 1:
                    return found[0]
        return None

    def _title(self, article: Any, cluster: Cluster) -> str | None:
        """The role of a title right before one of the cluster's mentions ("Judge" JUD)."""
        for m in cluster.mentions:
            before = article.section_text(m.section)[max(0, m.start - 40) : m.start]
            words = _WORD.findall(before)[-3:]
            while words and not words[0][:1].isupper():
                words = words[1:]  # a title is capitalised ("Judge"), a description not
            role = self.kb.role_for(" ".join(words).lower()) if words else None
            if role is None and words and before.rstrip().endswith(f"{words[-1]}."):
                role = _TITLE_SHORT.get(words[-1])  # "Sen. Graham", "Rep. Omar"
            if role is not None:
                return role
        return None

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
                                        and self._not_a_thing(cluster.name)
                                        and not _attributive(article, cluster)):
            likely = article_countries | {focus} if focus else article_countries
            person = self.person(cluster.name, likely, date)
            if person is not None and " " not in cluster.name and _misnamed(
                    [person], self._title(article, cluster)):
                person = None  # "Judge Miller" is not the gas company's Miller
            person = person or self._titled(article, cluster) or self._styled(article, cluster)
            person = self._office_namesake(article, cluster, person, likely)
            if " " not in cluster.name and all(
                    m.section.startswith("related:") for m in cluster.mentions) and (
                    person is None or (date is not None and role_on(person, date) is None)
            ) and self._title(article, cluster) is None:
                # "Barry ..." in a related story's headline: only someone in office on the
                # date is known by the surname alone there, not a namesake of years past
                # ("Former Prime Minister Massimov" is titled, and keeps its reading).
                cluster.country = cluster.actor_code = None
                return
            if person is not None and " " not in cluster.name and self._title(
                    article, cluster) is None and self._someone_else(article, person,
                                                                     cluster.name):
                person = None  # "Usman Khan ... Khan"; not "Melania Trump ... President Trump"
            if person is not None:
                self.code_person(cluster, person, date)
                if role_on(person, date) is None and cluster.country:
                    # Out of the KB's offices: a title in the text still gives the role
                    # ("Senator Marco Rubio" before he was Secretary of State).
                    _, role = self.context(article, cluster, known or {})
                    if role:
                        cluster.actor_code = code(cluster.country, role)
                return
        if cluster.type == "PERSON":
            iso3 = self.kb.country_for(cluster.name)
            if iso3 is not None:
                cluster.type = "NORP"  # "Kazakh" read as a name in a headline
                cluster.country = cluster.actor_code = iso3
                return
            if not self._not_a_thing(cluster.name) and not given_name_town(cluster.name):
                cluster.type = "ORG" if self.kb.seat(cluster.name) or \
                    self.kb.organisation(cluster.name) else "GPE"
            else:
                country, role = self.context(article, cluster, known or {})
                if country is None and " " not in cluster.name:
                    # "Bush met Putin": office holders known by the surname, all of one
                    # country, say whose it is better than the sentence around it.
                    holders = [p for p in kb_people.by_surname(cluster.name) if p.roles
                               and not self._someone_else(article, p, cluster.name) and (
                                   kb_people.given_name_count(cluster.name) < 3
                                   or p.name.split()[0] == cluster.name
                                   or self._title(article, cluster) is not None)]
                    title = self._title(article, cluster)
                    if _misnamed(holders, title):
                        holders = []
                    if title == "LEG":  # "Senator Smith": a legislator of the story's lands
                        holders = [p for p in holders if any(r.code == "LEG" for r in p.roles)
                                   or p.country in article_countries]
                    homes = {p.country for p in holders}
                    country = homes.pop() if len(homes) == 1 else None
                if country is None:
                    country = self.sentence_country(article, cluster, known or {})
                if country is None and focus:
                    weak: set[str] = set()
                    named = self._sentence_countries(article, cluster, known or {}, weak)
                    # Not the country the person goes to, faces or stands beside ("X said
                    # he would send migrants to Rwanda" in a lone sentence).
                    country = focus if (not named and focus not in weak) or (
                        focus in named) else None
                cluster.country = country
                cluster.actor_code = code(cluster.country, role)
                return
        if self._thing(cluster, article, article_countries | ({focus} if focus else set()),
                       focus):
            return
        if cluster.type == "ORG" and focus and cluster.name.split()[-1].lower() in _STATE_HEADS:
            land = self.kb.country(focus)
            body = None
            # A body of the KB's own first ("Senate" in a US story is the United States
            # Senate), then a generic one ("Parliament of Kyrgyzstan").
            for word in (land.name, *land.variants, *land.demonyms[:1]):
                body = body or self.kb.org_names.get(f"{word} {cluster.name}", plural=False)
            for word in (*land.demonyms[:1], land.name):
                body = body or self.kb.organisation(f"{word} {cluster.name}")
            if body is not None:
                cluster.country, cluster.actor_code = body.country or None, body.code
                if cluster.name.lower() in {f.lower() for i in self.kb.institutions
                                            for f in i.forms}:
                    cluster.name = body.name
                return
            cluster.country = focus
        elif cluster.type == "GPE" and not _water(cluster.name):
            # A place the KB does not hold: the one country its sentences name, else the
            # article's focus unless those sentences point elsewhere (a sea is no one's).
            weak = set()
            named = self._sentence_countries(article, cluster, known or {}, weak)
            where = _gazetteer_country(cluster.name)
            if len(named) == 1 and where is not None and where not in named and not (
                    self._sentence_countries(article, cluster, {}, peoples=False)):
                # "Russian troops killed civilians in Bucha": a people named beside an
                # unknown town is who acts there, not where the town is.
                named = {where}
            if len(named) == 1:
                cluster.country = cluster.actor_code = named.pop()
            elif focus and ((not named and focus not in weak) or focus in named):
                cluster.country = cluster.actor_code = focus

    def _thing(self, cluster: Cluster, article: Any, article_countries: set[str],
               focus: str | None = None) -> bool:
        """Code a seat, organisation, country or place; False when the KB knows none."""
        seat = self.kb.seat(cluster.name)
        if seat is not None:
            cluster.country, role = seat
            cluster.actor_code = code(cluster.country, role)
            cluster.type = "ORG"
            return True
        org = self.organisation(cluster.name)
        if org is not None and org.parent and self._generic_form_of_member(cluster.name, org) \
                and not self._names_parent(article, org):
            org = None  # "the Security Council" in a story that never names the UN
        if org is not None and cluster.name.isupper() and org.country and len(org.country) == 3 \
                and org.country not in article_countries and not org.code.startswith(("IGO", "NGO")) \
                and org.role not in ("BUS", "MED") and cluster.name not in _KNOWN_ABROAD \
                and not self._spelled_out(article, org, cluster.name):
            org = None  # an acronym of a foreign body the article gives no sign of ("NIS")
        if org is not None and cluster.name in _SHARED_ACRONYMS and (
                other := self._armed_namesake(article, org, cluster.name)) is not None:
            org = other
        if org is not None and cluster.name.isupper() and self._spells_other(article, org,
                                                                             cluster.name):
            org = None  # "CBC" after "the Congressional Black Caucus": not the broadcaster
        if org is not None and cluster.type in ("GPE", "LOC") \
                and self.kb.country_for(cluster.name) is not None:
            org = None
        if org is not None and org.role == "MIL" and " " not in cluster.name and sports_report(
                t for _, t in article.sections()):
            org = None  # "Wagner scored 30 points": a player, not the Wagner Group
        if org is not None and focus and focus != org.country and focus in self.kb.countries \
                and org.country in self.kb.countries and org.role in _SHARED_ROLES \
                and not self.kb.countries_in(cluster.name) \
                and (own := self.kb.body_of(cluster.name, focus)) is not None \
                and org.country not in self._sentence_countries(article, cluster, {}):
            # "Congress" in a story about India is the Indian National Congress, unless its
            # sentences name the United States ("Modi addressed Congress in Washington").
            org = own
        if org is not None and org.role == "PTY" and (
                home := self._party_home(article, cluster, org, focus)) != org.country:
            # "the Conservatives" in a Canadian story: Canada's party of the name; in a story
            # of a country with none, a party of no country the text tells.
            org = self.kb.body_of(cluster.name, home) if home else None
            if org is None or org.role != "PTY":
                cluster.type = "ORG"
                cluster.country, cluster.actor_code = None, "PTY"
                return True
        if org is not None:
            cluster.name = org.name if len(org.name) < 60 else cluster.name
            cluster.country = org.country or None
            cluster.actor_code = org.code
            cluster.type = "ORG"
            return True
        iso3 = self.kb.country_for(cluster.name)
        if iso3 is not None and cluster.type != "NORP":
            cluster.country = cluster.actor_code = iso3
            land = self.kb.country(iso3)
            if key(cluster.name) not in {key(n) for n in (land.name, *land.variants)}:
                cluster.type = "NORP"  # "Kazakh" read as a place: a demonym
            elif cluster.type in ("GPE", "LOC", "ORG", "FAC"):
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

    def _party_home(self, article: Any, cluster: Cluster, org: Any, focus: str | None
                    ) -> str | None:
        """The country a party named bare ("Labour", "the Democrats") belongs to: the
        story's (its focus, else the one country its headline names) when that is not the
        party's and the party's sentences do not name the party's own country; else the
        party's."""
        if self.kb.countries_in(cluster.name) or org.country not in self.kb.countries:
            return org.country
        headline = self.kb.countries_in(article.title or "")
        home = focus or (headline[0] if len(headline) == 1 else None)
        if home is None or home not in self.kb.countries or org.country in (
                self._sentence_countries(article, cluster, {})):
            return org.country
        return home

    def organisation(self, name: str) -> Any:
        """The KB's organisation for ``name``, also when the name opens with another form of
        its country's name than the KB lists ("United States Department of State" for "US
        Department of State")."""
        org = self.kb.organisation(name)
        if org is not None:
            return org
        words = name.split()
        for n in range(min(3, len(words) - 1), 0, -1):
            iso3 = self.kb.country_names.get(" ".join(words[:n]), plural=False)
            if iso3 is None:
                continue
            land = self.kb.country(iso3)
            rest = " ".join(words[n:])
            for form in (land.name, *land.variants, *land.demonyms):
                org = self.kb.org_names.get(f"{form} {rest}", plural=False)
                if org is not None and org.country == iso3:
                    return org
            return None
        return None

    def _armed_namesake(self, article: Any, org: Any, acronym: str) -> Any:
        """The armed body an acronym stands for in a story of its country's war ("RSF
        fighters shelled Omdurman"), unless the story spells out ``org`` or is about the
        press; None when the acronym keeps its first reading."""
        body_id, iso3, cues = _SHARED_ACRONYMS[acronym]
        body = self.kb.organisations[body_id]
        if self._spelled_out(article, body, acronym):
            return body
        text = " ".join(t for _, t in article.sections())
        if self._spelled_out(article, org, acronym) or _PRESS.search(text):
            return None
        return body if iso3 in self._named_in(text, {}) or cues.search(text) else None

    def _spelled_out(self, article: Any, org: Any, acronym: str) -> bool:
        """True when the article names ``org`` by more than the acronym ("the National
        Institutes of Health (NIH)"): the acronym is then that body, wherever it sits."""
        return any(found is org and text[start:end] != acronym
                   for _, text in article.sections()
                   for start, end, found in self.kb.org_names.scan(text))

    def _demonym(self, word: str, iso3: str) -> bool:
        """True when ``word`` is an adjective of the country ``iso3`` ("Ukrainian")."""
        land = self.kb.countries.get(iso3)
        return land is not None and key(word) in {key(d) for d in land.demonyms}

    def _spells_other(self, article: Any, org: Any, acronym: str) -> bool:
        """True when the article names a body whose capitalised words ``acronym`` spells,
        and that body is not ``org``: the acronym is the article's own shorthand for it."""
        if not (acronym.isalpha() and 2 < len(acronym) <= 6):
            return False
        own = {key(n) for n in (org.name, *org.variants)}
        run = re.compile(r"\b(?=([A-Z][\w'’.-]*(?:\s+(?:(?:of|and|for|the|on|in|&)\s+)*"
                         r"[A-Z][\w'’.-]*){" + str(len(acronym) - 1) + "}))")
        for _, text in article.sections():
            for m in run.finditer(text):
                words = [w for w in m.group(1).split() if w[:1].isupper()]
                if "".join(w[0] for w in words) == acronym and key(m.group(1)) not in own and (
                        not any(len({key(w) for w in words} & set(n.split())) * 2 >= len(words)
                                for n in own)):
                    # ("International Labor Office" is the ILO's other name, not another body)
                    return True
        return False

    def _generic_form_of_member(self, name: str, org: Any) -> bool:
        """True when ``name`` is a bare institution noun ("Security Council") that the KB
        gives to a member body of an international organisation."""
        return self.kb.institution_forms.get(name, plural=False) is not None \
            and org.code.startswith("IGO")

    def _names_parent(self, article: Any, org: Any) -> bool:
        """True when the article names the body ``org`` belongs to, or ``org`` in full."""
        for _, text in article.sections():
            for start, end, found in self.kb.org_names.scan(text):
                if found.code == org.parent or (found.code.startswith(org.parent or "-")
                                                and found is not org):
                    return True
                if found is org and not self._generic_form_of_member(text[start:end], org):
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
