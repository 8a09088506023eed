"""The entities stage: named mentions from spaCy, clustered per document and coded as actors.

Mentions of one person, organisation or place cluster under one canonical name (its fullest
form): "Vladimir Putin", "Putin", "President Putin", and role phrases that point to him ("the
Russian President"). Spans spaCy gets wrong are repaired first: titles and country words are cut
from names ("Hong Kong Carrie Lam"), facilities and natural features named by a following noun
("X pipeline project", "Y river") are set apart, and junk (bracketed fragments, time zones, single
common words read as names in headlines) is dropped; names spaCy misses that the knowledge
base holds (countries, capitals, organisations, a leader's surname in a headline) are added.
Clusters are then coded by :class:`~tidings.knowledge.resolve.ActorResolver`, places read
against the gazetteer in the article's context ("Georgia" beside Utah is the US state); aliases
stated in the text merge clusters.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..casing import Vocabulary
from ..knowledge import get_kb
from ..knowledge import people as kb_people
from ..knowledge.gazetteer import LOCAL_KINDS, GeoEntry, get_gazetteer
from ..knowledge.names import key
from ..knowledge.place_resolve import PlaceContext, best, big_region, pointer_after, town
from ..knowledge.resolve import ActorResolver, code, given_name_town, role_on
from ..model import Alias, Article, Entity, Mention
from . import rolecoref
from .aliases import find_aliases
from .places import dateline_spans
from .registry import stage
from .story_focus import mention_weight

LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "FAC",
          "NORP": "NORP"}
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.I)
_TRAILING = re.compile(r"(?:['’]s|['’])$")
#: Titles that may precede a name inside spaCy's PERSON span; they are not part of the name.
#: Titles of office before a surname ("President Trump", "Senator Warren").
_OFFICES = frozenset({"president", "minister", "premier", "chancellor", "senator", "sen",
                      "governor", "king", "queen", "prince", "emir", "sultan", "ayatollah"})
_TITLES = {
    "president", "prime", "minister", "chair", "chairman", "chairwoman", "premier", "king",
    "queen", "prince", "mr", "mrs", "ms", "dr", "sir", "general", "gen", "colonel", "senator",
    "sen", "rep", "governor", "mayor", "ambassador", "secretary", "chancellor", "judge",
    "analyst", "journalist", "former", "deputy", "foreign", "defence", "defense", "lawyer",
    "activist", "taoiseach", "ayatollah", "grand", "sheikh", "emir", "sultan", "akim", "chief",
    "executive", "sitting", "retired", "late", "legislator", "spokesman", "spokeswoman",
    "spokesperson", "opposition", "leader", "blogger", "poet", "writer", "director", "head",
    "representative", "commissioner", "speaker", "envoy", "archbishop", "bishop", "pope",
    "politician", "economist", "businessman", "businesswoman", "diplomat", "playwright",
    "sheriff", "detective", "sergeant", "sgt", "lieutenant", "lt", "captain", "capt",
    "inspector", "superintendent", "constable", "trooper", "justice", "rabbi", "imam",
    "reverend", "rev", "pastor", "cardinal", "congressman", "congresswoman", "assemblyman",
    "assemblywoman", "councilman", "councilwoman", "councillor", "councilor", "attorney",
}
#: Nouns after a name that make it a facility or a natural feature, not an actor.
_FAC_HEADS = frozenset({
    "pipeline", "project", "plant", "airport", "port", "station", "dam", "railway", "highway",
    "checkpoint", "crossing", "bridge", "reservoir", "refinery", "field", "mine", "terminal",
    "corridor", "route", "canal", "tunnel", "stadium", "square",
})
#: Nouns after a name that make it a place: "Ghazni province", "the Maidan Wardak provincial
#: council".
_GPE_HEADS = frozenset({"province", "provincial", "region", "regional", "district", "county",
                        "prefecture", "oblast", "governorate", "municipality"})
#: Prepositions of place: a name the knowledge base does not hold after one ("in Maidan Shahr",
#: "Amid Qarvana Tensions") is a place, not a person or a body.
_LOCATIVE = re.compile(r"\b(?:in|near|amid|outside|across|throughout|(?:town|city|village|"
                       r"port|province|district|region|outskirts|suburbs?) of)\s+$", re.I)
#: Words before a name that make it a place when the gazetteer holds a town of that name
#: ("took control of Goma", "advanced towards Avdiivka"); a person named so is rarer there.
_TOWN_POINTERS = re.compile(r"\b(?:control of|capture of|fall of|siege of|streets of|"
                            r"into|towards?|entered|captured|seized|took over|overran|"
                            r"recaptured|retook|liberated|shelled|besieged)\s+$", re.I)
_LOC_HEADS = frozenset({"river", "lake", "sea", "mountains", "mountain", "desert", "valley",
                        "steppe", "gulf", "bay", "island", "islands", "peninsula"})
#: Never actors: clock zones, diseases, currencies read as organisations.
_NOT_ENTITIES = frozenset({"utc", "gmt", "covid-19", "covid", "sars-cov-2", "coronavirus",
                           "am", "pm", "tenge", "ruble", "rouble", "yuan", "som"})
#: Group nouns that open a description, not a name ("Citizens of the United Kingdom").
_GROUPS = frozenset({"citizens", "residents", "associates", "supporters", "members",
                     "friends", "relatives", "officials", "people", "workers"})
#: Nouns between a country word and a name that say what kind of body it is.
_ORG_KINDS = {
    "company": "BUS", "firm": "BUS", "giant": "BUS", "group": "BUS", "bank": "BUS",
    "operator": "BUS", "developer": "BUS", "carrier": "BUS", "airline": "BUS",
    "producer": "BUS", "conglomerate": "BUS", "broadcaster": "MED", "newspaper": "MED",
    "agency": None, "outlet": "MED", "party": "PTY", "university": "EDU", "charity": "NGO",
    "enterprise": "BUS", "manufacturer": "BUS", "maker": "BUS", "supplier": "BUS",
    "contractor": "BUS", "exporter": "BUS", "importer": "BUS", "lender": "BUS",
    "insurer": "BUS", "miner": "BUS", "refiner": "BUS", "retailer": "BUS", "startup": "BUS",
    "shipbuilder": "BUS", "automaker": "BUS", "carmaker": "BUS", "daily": "MED",
    "ngo": "NGO", "foundation": "NGO",
}
_ORG_HEAD_ROLES = {
    "engineering": "BUS", "company": "BUS", "corporation": "BUS", "group": "BUS",
    "holding": "BUS", "bank": "BUS", "airlines": "BUS", "airways": "BUS", "motors": "BUS",
    "mining": "BUS", "industries": "BUS", "technologies": "BUS", "energy": "BUS",
    "party": "PTY", "university": "EDU", "institute": "EDU", "news": "MED", "times": "MED",
    "herald": "MED", "post": "MED", "tv": "MED", "radio": "MED",
}
#: Bodies named after the town or region they serve ("Toronto Police", "Chelyabinsk Regional
#: Court"): the head words of such names and the role a body of that kind plays.
_LOCAL_BODY_ROLES = {
    "police": "COP", "constabulary": "COP", "sheriff": "COP", "court": "JUD",
    "prosecutor": "JUD", "prosecutors": "JUD", "council": "GOV", "government": "GOV",
    "administration": "GOV", "mayoralty": "GOV", "legislature": "LEG", "assembly": "LEG",
    "duma": "LEG", "parliament": "LEG", "university": "EDU", "hospital": "HLH",
}
#: Words that may stand between the place and the head ("Toronto Police Service").
_LOCAL_BODY_WORDS = frozenset({
    "service", "department", "force", "office", "regional", "city", "municipal", "district",
    "county", "state", "provincial", "metropolitan", "high", "supreme", "superior", "civil",
    "criminal", "appeals", "federal", "oblast", "krai", "region", "fire", "rescue",
})
#: Words that make a name opening with a place a public body's ("Florida Highway Patrol",
#: "Rogaland Fire and Rescue", "Florida State Board of Trustees", "Ohio State").
_PLACE_BODY_WORDS = frozenset({
    "state", "university", "college", "school", "schools", "academy", "board", "trustees",
    "patrol", "police", "sheriff", "troopers", "office", "department", "government",
    "prosecutor", "prosecutors", "court", "council", "fire", "rescue", "authority",
    "commission", "legislature", "assembly", "senate", "guard", "administration", "ministry",
    "agency", "hospital", "corrections", "parliament", "cabinet", "municipality", "constabulary",
    "service", "services", "emergency",
})
_PLACE_BODY_ROLES = {"patrol": "COP", "troopers": "COP", "guard": "MIL", "senate": "LEG",
                     "university": "EDU", "college": "EDU", "school": "EDU", "schools": "EDU",
                     "academy": "EDU", "ministry": "GOV", "cabinet": "GOV"}
#: A body's name that runs on past spaCy's span: "Rogaland Fire" + " and Rescue".
_BODY_RUNS_ON = re.compile(r"(?: (?:and|&) [A-Z][a-z]+)(?: [A-Z][a-z]+)*")
_NAME_GLUE = frozenset({"of", "and", "for", "the", "&"})
#: Words after a firm's own name that a story drops after naming it in full ("Mahan Air").
_FIRM_WORDS = frozenset({"air", "airlines", "airways", "airline", "group", "inc", "corp",
                         "corporation", "company", "co", "holdings", "ltd", "limited", "plc",
                         "llc", "motors", "industries", "technologies", "petroleum", "energy",
                         "telecom", "pharmaceuticals"})
#: Bodies a story names by their kind alone once it has named them in full ("Parliament").
_BARE_BODIES = frozenset({"parliament", "senate", "assembly", "congress", "duma", "cabinet",
                          "legislature", "government", "ministry", "council"})
#: Second-level units whose names are rarely known places: "Fayette County", "Caddo Parish".
_COUNTY_WORDS = frozenset({"county", "parish", "borough", "township"})
#: Words of bodies' names: a span holding one is not a person's name.
_INSTITUTIONAL = frozenset({
    "court", "council", "assembly", "parliament", "senate", "ministry", "department", "police",
    "agency", "committee", "commission", "union", "league", "federation", "party", "front",
    "movement", "service", "bank", "company", "group", "institute", "university", "fund",
    "foundation", "office", "bureau", "news", "army", "forces", "association", "coalition",
})
#: Last words of a body's name that may go on with "of" and its country's name.
_BODY_HEADS = _INSTITUTIONAL | frozenset({"church", "guild", "society", "chamber", "conference",
                                          "synod", "corporation", "academy", "council", "board",
                                          "congress", "authority", "organisation",
                                          "organization"})
#: Role nouns that name one person (so a name right after one is a person's).
_PERSON_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman", "lawmaker", "legislator",
                           "official", "minister", "senator", "judge", "lawyer", "activist",
                           "journalist", "reporter", "correspondent", "adviser", "advisor",
                           "envoy", "ambassador", "chairman", "chairwoman", "founder",
                           "commander", "prosecutor", "candidate", "mayor", "governor"})
_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december"})
#: Offices ranked as the resolver ranks them (head of state first).
_OFFICE_RANK = {"hosg": 0, "hos": 1, "hog": 2, "igo": 3, "fm": 4, "dm": 5, "cb": 6, "fig": 7}
#: Types of the names a following ", region" may place.
_POINTABLE = frozenset({"GPE", "LOC"})
#: Types of the names the gazetteer may place.
#: "the Philippine city of X": the country a town is said to be in.
_TOWN_OF = re.compile(r"\b([A-Z][a-z]+)\s+(?:city|town|village|province|port|municipality)"
                      r"\s+of\s+$")
#: A people's word that names something else before these nouns ("Greek life", "the Greek
#: system": American college fraternities and sororities).
NOT_A_PEOPLE = frozenset({("greek", w) for w in (
    "life", "letter", "letters", "row", "system", "organization", "organizations",
    "organisation", "organisations", "chapter", "chapters", "house", "houses", "council")})
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC", "NORP"})
#: "the city of X", "the town of X": what follows is a town.
_TOWN_BEFORE = re.compile(r"\b(?:city|town|village|suburb|township|borough|municipality)\s+of\s+$",
                          re.I)
_CAP_WORD = re.compile(r"[A-Z][\w'’-]+")
_POSSESSOR = re.compile(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+$")
_PARTICLES = {"bin", "al", "van", "von", "de", "da", "ibn", "del", "di", "le", "la", "el", "d"}
#: Two countries named by their compass words before one shared name: "North and South Korea".
_PAIRED = re.compile(r"\b(North|South|East|West) and (North|South|East|West) ([A-Z][a-z]+)\b")
#: Football clubs: a town's name and a club word ("Manchester United"), or a club word and a
#: town's ("Real Madrid"). A sports club is no political actor, whatever country its town is in.
_CLUB = re.compile(r"^(?:(?:[A-Z][\w'.-]+ ){1,2}(?:United|FC|F\.C\.|Rovers|Wanderers|Hotspur|"
                   r"Albion)|(?:Real|Atletico|Atlético|FC|AC|Inter|Bayern|Borussia|Sporting) "
                   r"[A-Z][\w'.-]+)$")
#: Words that place something in a part of a country: "eastern Congo", "the north-east of".
_COMPASS = re.compile(r"\b(?:north|south|east|west|northern|southern|eastern|western|"
                      r"(?:north|south)-?(?:east|west)(?:ern)?)\s+$", re.I)


@dataclass
class _Cluster:
    name: str
    type: str
    mentions: list[Mention] = field(default_factory=list)
    country: str | None = None
    actor_code: str | None = None
    kb_id: str | None = None


@dataclass
class _Raw:
    label: str
    surface: str
    mention: Mention


def _clean(text: str, start: int) -> tuple[str, int]:
    """Strip a leading article, a trailing possessive and punctuation; return text and start."""
    m = _LEADING.match(text)
    if m:
        text, start = text[m.end():], start + m.end()
    text = _TRAILING.sub("", text).rstrip(" ,.;:-–—")
    return text, start


def _order(m: Mention) -> tuple[int, int, int]:
    rank = 0 if m.section == "title" else 1 if m.section == "body" else 2
    idx = int(m.section.split(":")[1]) if m.section.startswith("related:") else 0
    return (rank, idx, m.start)


def _words(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]

#: A country name just before or after a mention, joined to it as in a list.
#: A capital this populous is what its name means, whatever region abroad shares it.
_SMALL_CAPITAL = 100_000
_LIST_BEFORE = re.compile(r"\b([A-Z][\w-]+(?: [A-Z][\w-]+)?)(?:,| and|, and) $")
_LIST_AFTER = re.compile(r"(?:,| and|, and) ([A-Z][\w-]+(?: [A-Z][\w-]+)?)\b")

class EntityStage:
    def __init__(self, resolver: ActorResolver | None, vocab: Vocabulary | None = None) -> None:
        self.resolver = resolver
        self.kb = get_kb()
        self.vocab = vocab

    # ------------------------------------------------------------------ mentions

    def _is_titleword(self, word: str) -> bool:
        low = word.lower().rstrip(".")
        return low in _TITLES or self.kb.country_for(word) is not None

    def _known_thing(self, name: str) -> bool:
        kb = self.kb
        return (kb.country_for(name) is not None or kb.place(name) is not None
                or kb.organisation(name) is not None or kb.seat(name) is not None)

    def _split_person(self, label: str, surface: str, start: int, section: str,
                      out: list[_Raw]) -> bool:
        """"Kazakh President Kassym-Jomart Tokayev" (ORG) or "Hong Kong Carrie Lam" (GPE):
        a person after a prefix of titles and country words. Adds the pieces; True if split."""
        if self._known_thing(surface):
            return False
        spans = _words(surface)
        for i in range(1, len(spans)):
            head = surface[: spans[i - 1][1]]
            tail = surface[spans[i][0] :]
            n_tail = len(spans) - i
            known = bool(kb_people.find_person(tail))
            if not known and any(w.lower() in _INSTITUTIONAL for w in tail.split()):
                continue
            prefix_ok = all(self._is_titleword(surface[a:b]) for a, b in spans[:i]) or \
                self.kb.country_for(head) is not None
            if known or (prefix_ok and 2 <= n_tail <= 3 and label != "PERSON"
                         and all(surface[a].isupper() for a, _ in spans[i:])
                         and not self._known_thing(tail)):
                if not (known or prefix_ok):
                    continue
                t0 = start + spans[i][0]
                out.append(_Raw("PERSON", tail, Mention(section, t0, t0 + len(tail), tail)))
                iso3 = self.kb.country_for(head)
                if (iso3 is not None and self.kb.country(iso3).name.lower() == head.lower()) \
                        or self.kb.place(head) is not None:
                    out.append(_Raw("GPE", head, Mention(section, start, start + len(head),
                                                         head)))
                return True
        return False

    def _glued_bodies(self, surface: str) -> list[tuple[int, int]] | None:
        """Spans of two bodies the knowledge base knows that spaCy read as one name across a
        lower-case "the" ("Twitter the Federal Aviation Administration"); None otherwise."""
        m = re.search(r" the ", surface)
        if m is None:
            return None
        head, tail = surface[: m.start()], surface[m.end() :]
        if self.kb.organisation(surface) is not None or self.kb.organisation(tail) is None \
                or self.kb.organisation(head) is None:
            return None
        return [(0, m.start()), (m.end(), len(surface))]

    def _extend_left(self, text: str, surface: str, start: int) -> tuple[str, int]:
        """"Temir Zholy" after "Kazakhstan", "Khan" after "Sadiq": take the word before when the
        longer name is a known body, place or person."""
        m = re.search(r"([A-Z][\w.-]*)\s+$", text[max(0, start - 30) : start])
        if m is None or (self.vocab is not None and self.vocab.kind(m.group(1)) == "function"):
            return surface, start
        longer = m.group(1) + text[start - len(m.group(0)) + len(m.group(1)) : start] + surface
        if self.kb.organisation(longer) is not None or self.kb.place(longer) is not None or (
                " " not in surface and len(kb_people.find_person(longer)) == 1):
            # ... and "Sadiq Khan" read as "Khan": the given name spaCy left out
            return longer, start - len(m.group(0))
        return surface, start

    def _strip_titles(self, text: str, start: int) -> tuple[str, int]:
        if self._known_thing(text):
            return text, start
        spans = _words(text)
        i = 0
        while i < len(spans) - 1 and self._is_titleword(text[spans[i][0] : spans[i][1]]):
            i += 1
        if i == 1 and len(spans) == 2 and self._given_name(text[: spans[0][1]],
                                                           text[spans[1][0] :]):
            return text, start
        if i:
            cut = spans[i][0]
            return text[cut:], start + cut
        return text, start

    def _given_name(self, first: str, rest: str) -> bool:
        """A country's name that opens a two-word name is a given name ("Jordan Peterson",
        "Chad Johnson", "Georgia Smith") unless the other word is a known person's surname
        ("Ukraine Zelensky" in a headline) or the first is a demonym or a title."""
        iso3 = self.kb.country_for(first)
        if iso3 is None or first.lower() in _TITLES:
            return False
        land = self.kb.country(iso3)
        if key(first) not in {key(n) for n in (land.name, *land.variants)}:
            return False
        return not kb_people.by_surname(rest) and not kb_people.find_person(rest)

    def _headline_junk(self, surface: str, section: str) -> bool:
        """A single common English word read as a person in a headline ("Daughter", "Bill")."""
        if section == "body" or " " in surface or self.vocab is None:
            return False
        kind = self.vocab.kind(surface)
        if kb_people.find_person(surface) or (kb_people.by_surname(surface) and (
                kind == "noun" or len(surface) <= 3)):
            return False  # "Xi" is a word too
        return kind is not None

    def _plausible(self, text: str, label: str, section: str) -> bool:
        if not any(c.isalpha() for c in text) or any(c in text for c in "[]{}<>|"):
            return False
        if text.lower() in _NOT_ENTITIES or not (text[0].isupper() or text[0].isdigit()):
            return False
        words = text.split()
        if words[0].lower() in _GROUPS and len(words) > 1:
            return False
        if label != "NORP" and section != "body" and " " not in text and self.vocab is not None \
                and self.vocab.kind(text) == "common" and not self._known_thing(text) \
                and not (len(text) <= 3 and kb_people.by_surname(text)):
            return False  # "Fall" in "Reservoir Levels Fall"; short surnames ("Xi") stay
        if label == "PERSON":
            if not all(w[0].isupper() or w.lower() in _PARTICLES or w[0] in "ʻ'’"
                       for w in words) or len(words) > 5:
                return False
            if self._headline_junk(text, section):
                return False
        return True

    def _person_after_role(self, text: str, surface: str, start: int) -> bool:
        """An unknown two- or three-word "organisation" right after a role noun is a person:
        "a State Department spokesperson, Morgan Ortagus"."""
        words = surface.split()
        if not 2 <= len(words) <= 3 or self._known_thing(surface) or any(
                w.lower() in _INSTITUTIONAL or w.lower() in _ORG_HEAD_ROLES or not w[0].isupper()
                for w in words):
            return False
        m = re.search(r"([a-z]+),?\s+$", text[max(0, start - 30) : start])
        return m is not None and (m.group(1) in _TITLES or (
            self.kb.role_for(m.group(1)) is not None and m.group(1) in _PERSON_NOUNS))

    def _placelike(self, text: str, surface: str, start: int, following: str) -> bool:
        """A name read as a person or body that the text uses as a place: a place noun after
        it, a preposition of place before it, or a word of taking or reaching a town before a
        one-word name the gazetteer holds as a town; and no known person or institution word."""
        if kb_people.find_person(surface) or kb_people.by_surname(surface) or any(
                w.lower() in _INSTITUTIONAL for w in surface.split()):
            return False
        if following in _GPE_HEADS:
            return True
        end = start + len(surface)
        if text[end : end + 2] in ("'s", "’s"):
            return False
        before = text[max(0, start - 16) : start]
        return _LOCATIVE.search(before) is not None or (
            _TOWN_POINTERS.search(before) is not None and " " not in surface
            and any(c.primary and c.entry.kind == "city"
                    for c in get_gazetteer().candidates(surface)))

    def _place_body(self, surface: str) -> bool:
        """True for a name that opens with a region or town the gazetteer knows and goes on
        with the words of a public body ("Rogaland Fire", "Moscow State University"); never
        for a person the knowledge base knows."""
        words = surface.split()
        if len(words) < 2 or kb_people.find_person(surface):
            return False
        for n in range(min(3, len(words) - 1), 0, -1):
            rest = words[n:]
            if any(_bare(w) in _PLACE_BODY_WORDS for w in rest) and all(
                    w[:1].isupper() or w.lower() in _NAME_GLUE for w in rest) and any(
                    x.primary and x.entry.kind in LOCAL_KINDS
                    for x in get_gazetteer().candidates(" ".join(words[:n]))):
                return True
        return False

    def _opens_role_phrase(self, text: str, surface: str, start: int) -> bool:
        """A capitalised common word opening a sentence before the role noun it qualifies
        ("Riot police", "Border guards", "Security forces fired"): no name; a state or large
        city is one all the same ("Texas police", "Idaho prosecutors")."""
        if " " in surface or self.vocab is None or self.vocab.kind(surface) not in (
                "common", "noun") or self._known_thing(surface) or kb_people.by_surname(surface) \
                or not _sentence_start(text, start):
            return False
        if (place := town(surface)) is not None and (
                place.kind == "region" or place.population >= 100_000):
            return False
        m = re.match(r" ([a-z]+)(?: ([a-z]+))?", text[start + len(surface) : start + len(surface)
                                                       + 40])
        if m is None:
            return False
        phrases = [f"{surface.lower()} {m.group(1)}"]
        if m.group(2):
            phrases.append(f"{phrases[0]} {m.group(2)}")
        return any(self.kb.role_for(p) for p in phrases) or (
            self.kb.role_for(m.group(1)) is not None and m.group(1).endswith("s"))

    def _of_country(self, spans: list[tuple[str, int, int]], text: str
                    ) -> list[tuple[str, int, int]]:
        """A body's name that spaCy cut before "of (the)" and a country's name ("Communist
        Party" + "of the Russian Federation", "Episcopal Church" + "of the United States") is
        one name; a body the knowledge base knows by the short name alone stays apart."""
        out: list[tuple[str, int, int]] = []
        for label, start, end in spans:
            prev = out[-1] if out else None
            if prev is not None and prev[0] == "ORG" and label == "GPE" \
                    and re.fullmatch(r" of (?:the )?", text[prev[2] : start]):
                body, land = text[prev[1] : prev[2]], text[start:end]
                iso3 = self.kb.country_for(land)
                if iso3 is not None and key(land) in self._country_keys(iso3) \
                        and _bare(body.split()[-1]) in _BODY_HEADS \
                        and self.kb.organisation(_LEADING.sub("", body)) is None:
                    out[-1] = ("ORG", prev[1], end)
                    continue
            out.append((label, start, end))
        return out

    def _next_word(self, text: str, end: int) -> str:
        m = re.match(r"\s+([A-Za-z]+)", text[end : end + 30])
        return m.group(1) if m else ""

    def mentions(self, article: Article) -> list[_Raw]:
        raw: list[_Raw] = []
        for section, doc in article.docs.items():
            text = article.section_text(section)
            paired = self._paired(section, text)
            raw += [r for r, _ in paired]
            for ent_label, ent_start, ent_end in self._of_country(_joined(doc.ents, text), text):
                label = LABELS.get(ent_label)
                if label is None or any(a < ent_end and ent_start < b for _, (a, b) in paired):
                    continue
                span = text[ent_start:ent_end].split("\n", 1)[0]
                if label == "PERSON" and span.find("(") > 0:
                    span = span[: span.index("(")]  # "Ron Johnson(R-Wisc": the name only
                surface, start = _clean(span, ent_start)
                if not surface:
                    continue
                glued = self._glued_bodies(surface) if label == "ORG" else None
                if glued is not None:
                    # "on Twitter the Federal Aviation Administration": two names, not one.
                    for a, b in glued:
                        raw.append(_Raw("ORG", surface[a:b], Mention(
                            section, start + a, start + b, surface[a:b])))
                    continue
                surface, start = self._extend_left(text, surface, start)
                if (label != "NORP" or kb_people.find_person(surface.split(" ", 1)[-1])) \
                        and len(surface.split()) >= 2 and \
                        self._split_person(label, surface, start, section, raw):
                    continue
                if label == "PERSON":
                    surface, start = self._strip_titles(surface, start)
                    last = surface.split()[-1] if surface else ""
                    if " " in surface and last.lower() in _TITLES and \
                            not kb_people.find_person(surface):
                        # "Almaty Akim": a role of a place, not a name.
                        surface = surface[: surface.rindex(" ")]
                        label = "GPE" if self._known_thing(surface) else ""
                    elif " " not in surface and surface.lower() in _TITLES:
                        continue
                    before = text[max(0, start - 5) : start].lower()
                    if " " not in surface and before.endswith((" on ", " via ")):
                        label = "ORG"  # "on Twitter", "via Telegram"
                if not label or not surface or not self._plausible(surface, label, section):
                    continue
                if self._opens_role_phrase(text, surface, start):
                    continue
                if label == "ORG" and self._person_after_role(text, surface, start):
                    label = "PERSON"
                if label in ("PERSON", "ORG", "GPE") and _CLUB.match(surface) and \
                        not self._known_thing(surface):
                    label = "CLUB"
                following = self._next_word(text, start + len(surface)).lower()
                if label == "NORP" and (surface.lower(), following) in NOT_A_PEOPLE:
                    continue  # "Greek life": American college fraternities, not Greeks
                if label in ("ORG", "GPE", "PERSON", "FAC", "LOC") and not self._known_thing(
                        surface):
                    if following in _FAC_HEADS or surface.split()[-1].lower() in _FAC_HEADS:
                        label = "FAC"
                    elif following in _LOC_HEADS:
                        label = "LOC"
                    elif label in ("PERSON", "ORG") and self._placelike(
                            text, surface, start, following):
                        label = "GPE"
                    elif label in ("PERSON", "FAC") and self._place_body(surface):
                        label = "ORG"  # "Rogaland Fire" read as a person
                if label == "ORG":
                    more = _BODY_RUNS_ON.match(text, start + len(surface))
                    if more is not None and all(_bare(w) in _PLACE_BODY_WORDS for w in
                                                more.group(0).split()[1:]):
                        surface = text[start : more.end()]  # "Rogaland Fire" + "and Rescue"
                raw.append(_Raw(label, surface, Mention(section, start, start + len(surface),
                                                        surface)))
            raw += self._known_people(article, section, text,
                                      [(r.mention.start, r.mention.end) for r in raw
                                       if r.mention.section == section])
            parsed = doc.text
            cased = parsed if len(parsed) == len(text) else text
            raw += self._known_names(section, text, cased,
                                     [(r.mention.start, r.mention.end) for r in raw
                                      if r.mention.section == section])
        return raw + self._given_names(article, raw)

    def _paired(self, section: str, text: str) -> list[tuple[_Raw, tuple[int, int]]]:
        """"North and South Korea": each compass word with the shared name is a country of its
        own; the raw mentions and the span of the whole phrase they replace."""
        out: list[tuple[_Raw, tuple[int, int]]] = []
        for m in _PAIRED.finditer(text):
            first, second = f"{m.group(1)} {m.group(3)}", f"{m.group(2)} {m.group(3)}"
            if self.kb.country_for(first) is None or self.kb.country_for(second) is None:
                continue
            span = (m.start(), m.end())
            out.append((_Raw("GPE", first, Mention(section, m.start(1), m.end(1),
                                                   m.group(1))), span))
            out.append((_Raw("GPE", second, Mention(section, m.start(2), m.end(3),
                                                    text[m.start(2):m.end(3)])), span))
        return out

    def _given_names(self, article: Article, raw: list[_Raw]) -> list[_Raw]:
        """A full name's given name standing alone ("Ivanka and Jared, both 42, met ...") is
        that person when one person of the article bears it, and the word is no surname of
        another, no place, no part of a longer name and, if an English word too, read as a name."""
        owners: dict[str, set[str]] = {}
        surnames: set[str] = set()
        for r in raw:
            words = r.surface.split()
            if r.label == "PERSON" and 2 <= len(words) <= 4:
                owners.setdefault(words[0], set()).add(words[-1].lower())
                surnames.add(words[-1].lower())
        given = {w for w, last in owners.items()
                 if len(last) == 1 and self._given_name_alone(w, surnames)}
        if not given:
            return []
        out: list[_Raw] = []
        for section, doc in article.docs.items():
            taken = [(r.mention.start, r.mention.end) for r in raw if r.mention.section == section]
            for tok in doc:
                if tok.text not in given or any(a < tok.idx + len(tok) and tok.idx < b
                                                for a, b in taken):
                    continue
                prev = doc[tok.i - 1] if tok.i > 0 else None
                nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
                if (nxt is not None and nxt.text[:1].isupper()) or (
                        prev is not None and prev.text[:1].isupper() and not tok.is_sent_start):
                    continue  # part of a longer name ("Jared Kushner", "Hurricane Ian")
                if self.vocab is not None and self.vocab.kind(tok.text) is not None and not (
                        tok.pos_ == "PROPN" or tok.ent_type_):
                    continue  # "Will", "Mark" as words
                end = tok.idx + len(tok)
                out.append(_Raw("PERSON", tok.text, Mention(section, tok.idx, end, tok.text)))
        return out

    def _given_name_alone(self, word: str, surnames: set[str]) -> bool:
        return (len(word) >= 3 and word.isalpha() and word.istitle()
                and word.lower() not in _TITLES and word.lower() not in surnames
                and word.lower() not in _MONTHS and not self._known_thing(word)
                and not any(c.primary for c in get_gazetteer().candidates(word))
                and (self.vocab is None or self.vocab.kind(word) != "function"))

    def _known_names(self, section: str, text: str, cased: str,
                     taken: list[tuple[int, int]]) -> list[_Raw]:
        """Countries, capitals and places, and organisations the knowledge base holds, where
        spaCy found nothing ("Gazprom Resumes Gas Deliveries to Uzbekistan", "on Twitter").

        A hit must be written as a name (capitalised; an acronym in capitals) and stand apart
        from other capitalised words of the (re-cased) text, so "Georgia" in "Georgia Smith" or
        "Washington" in an unknown "Washington Gazette" is left alone. In running text a single
        common English word is taken only as a company's or outlet's name mid-sentence."""
        kb = self.kb
        headline = section != "body"
        out: list[_Raw] = []
        hits: list[tuple[int, int, str]] = []
        hits += [(a, b, "ORG") for a, b, _ in kb.org_names.scan(text)]
        hits += [(a, b, "GPE") for a, b, iso3 in kb.country_names.scan(text)
                 if key(text[a:b]) in self._country_keys(iso3)]
        hits += [(a, b, "GPE") for a, b, _ in kb.place_names.scan(text)]
        hits += [(a, b, "ORG") for a, b, _ in kb.seat_names.scan(text)]
        for start, end, label in sorted(hits, key=lambda h: (h[0], -(h[1] - h[0]))):
            surface = text[start:end]
            if any(a < end and start < b for a, b in taken) or not self._name_like(surface) \
                    or text[end : end + 1] in ("$", "€", "£", "¥"):  # "US$30,000"
                continue
            if not self._stands_apart(cased, start, end):
                continue
            if " " not in surface and not surface.isupper():
                kind = self.vocab.kind(surface) if self.vocab is not None else None
                org = kb.org_names.get(surface, plural=False)
                brand = org is not None and org.role in ("BUS", "MED")
                if kind == "function" or not cased[start].isupper():
                    continue  # the headline re-caser read it as a common word
                if kind is not None and not headline and _sentence_start(text, start):
                    continue  # "Reading" opening a sentence says nothing
                if kind == "common" and not brand:
                    continue
            taken.append((start, end))
            out.append(_Raw(label, surface, Mention(section, start, end, surface)))
        return out

    def _country_keys(self, iso3: str) -> set[str]:
        """Keys of a country's names and variants (not its demonyms)."""
        c = self.kb.country(iso3)
        return {key(n) for n in (c.name, *c.variants)}

    @staticmethod
    def _name_like(surface: str) -> bool:
        words = surface.replace("-", " ").split()
        return bool(words) and all(w[0].isupper() or w[0].isdigit() or w.lower() in
                                   ("of", "the", "and", "for", "de", "&") for w in words) \
            and words[0][0].isupper()

    @staticmethod
    def _stands_apart(cased: str, start: int, end: int) -> bool:
        """No capitalised word joins the span by a space on either side (a hyphen may:
        "Moscow-Beijing ties"), except at the start of a sentence."""
        before = re.search(r"([\w'’.&]+) $", cased[max(0, start - 40) : start])
        after = re.match(r" ([\w'’&]+)", cased[end : end + 40])
        if after and after.group(1)[0].isupper():
            return False
        if before and before.group(1)[0].isupper():
            return _sentence_start(cased, start - len(before.group(0)))
        return True

    def _known_people(self, article: Article, section: str, text: str,
                      taken: list[tuple[int, int]]) -> list[_Raw]:
        """Known people's names that spaCy missed: full names anywhere, a lone surname in office
        on the date when it is no English word ("Zelenskyy Tasks Umerov")."""
        out: list[_Raw] = []
        words = [(m.start(), m.end()) for m in _CAP_WORD.finditer(text)]
        i = 0
        while i < len(words):
            hit = 0
            for n in (3, 2, 1):
                if i + n > len(words):
                    continue
                start, end = words[i][0], words[i + n - 1][1]
                if any(text[words[j][1] : words[j + 1][0]] != " " for j in range(i, i + n - 1)):
                    continue
                if any(a < end and start < b for a, b in taken):
                    continue
                name = text[start:end]
                if n > 1:
                    found = kb_people.find_person(name)
                else:
                    found = _in_office(kb_people.by_surname(name), article.anchor_date)
                    kind = self.vocab.kind(name) if self.vocab is not None else "function"
                    if kind is not None and (kind == "function" or name.lower() in _MONTHS
                                             or not _leads_state(found, article.anchor_date)):
                        found = []  # "Trump" is a word too, but it names a head of state
                if len(found) == 1:
                    out.append(_Raw("PERSON", name, Mention(section, start, end, name)))
                    hit = n
                    break
            i += hit or 1
        return out

    # ------------------------------------------------------------------ clustering

    def _cluster(self, raw: list[_Raw], article: Article) -> list[_Cluster]:
        by_key: dict[tuple[str, str], _Cluster] = {}
        # Longest names first, so short forms ("Putin") attach to the full one.
        for r in sorted(raw, key=lambda r: (-len(r.surface.split()), _order(r.mention))):
            key = (r.label, r.surface.lower())
            cluster = by_key.get(key)
            if cluster is None and r.label == "PERSON":
                words = r.surface.lower().split()
                matches = {id(c): c for (lab, _), c in by_key.items() if lab == "PERSON" and (
                    (len(words) == 1 and words[0] in c.name.lower().split())
                    or (len(words) > 1 and c.name.lower().split()[0] == words[0]
                        and c.name.lower().split()[-1] == words[-1]))}
                if len(matches) > 1 and len(words) == 1:
                    # "John McCain's widow Cindy McCain ... McCain said": the one bearer named
                    # other than as a possessor of someone else
                    acting = [c for c in matches.values() if not all(
                        _possessor(article, m) for m in c.mentions)]
                    matches = {id(c): c for c in acting[:1]} if len(acting) == 1 else matches
                if len(matches) == 1 and not (
                        len(words) == 1 and self._titled_other(article, r, *matches.values())):
                    cluster = next(iter(matches.values()))
            if cluster is None and r.label == "ORG" and " " not in r.surface:
                # "Franz Wagner ... Wagner said": the surname of a person named in full,
                # which the tagger read as a body (the Wagner Group)
                bearers = {id(c): c for (lab, _), c in by_key.items() if lab == "PERSON"
                           and c.name.split()[-1] == r.surface
                           and "'s " not in c.name.replace("’", "'")}
                firm = self.kb.organisation(r.surface)
                if len(bearers) == 1 and " " in (bearer := next(iter(bearers.values()))).name \
                        and (firm is None or firm.role not in ("BUS", "MED")):
                    cluster = bearer
            if cluster is None and r.label in ("PERSON", "ORG") and " " not in r.surface and (
                    self.kb.country_for(r.surface, capitals=True) is None):
                # "Mahan" after "Mahan Air": a firm's short name, not a person.
                firms = {id(c): c for (lab, _), c in by_key.items() if lab == "ORG"
                         and c.name.split()[0] == r.surface and len(c.name.split()) > 1
                         and all(_bare(w) in _FIRM_WORDS for w in c.name.split()[1:])}
                if len(firms) == 1:
                    cluster = next(iter(firms.values()))
            if cluster is None:
                cluster = _Cluster(r.surface, r.label)
                by_key[key] = cluster
            else:
                by_key.setdefault(key, cluster)
            cluster.mentions.append(r.mention)
        seen: dict[int, _Cluster] = {}
        for c in by_key.values():
            seen.setdefault(id(c), c)
        return _merge_types(list(seen.values()), self._known_thing)

    @staticmethod
    def _titled_other(article: Article, r: _Raw, cluster: _Cluster) -> bool:
        """"President Trump" beside "Melania Trump": a surname under an office title is the
        known office holder of that surname, not a namesake the knowledge base does not know."""
        before = article.section_text(r.mention.section)[max(0, r.mention.start - 30):
                                                          r.mention.start].split()
        return bool(before) and before[-1].lower().strip(".") in _OFFICES and bool(
            kb_people.by_surname(r.surface)) and not kb_people.find_person(cluster.name)

    # ------------------------------------------------------------------ coding

    def _votes(self, article: Article, clusters: list[_Cluster], related: bool,
               pointed: dict[int, str] | None = None) -> Counter[str]:
        """Country votes from the mentions in the headline and body, or in related headlines."""
        votes: Counter[str] = Counter()
        for c in clusters:
            n = sum(mention_weight(article, m) for m in c.mentions
                    if m.section.startswith("related:") == related)
            if not n:
                continue
            iso3 = (pointed or {}).get(id(c)) or self.kb.country_for(c.name)
            if iso3 is None and not (c.type == "PERSON" and given_name_town(c.name)):
                place = self.kb.place(c.name)  # ("Mary and Joseph": people, not the town)
                iso3 = place.country if place else None
            if iso3 is None and c.type == "PERSON":
                found = kb_people.find_person(c.name)
                iso3 = found[0].country if len(found) == 1 else None
            if iso3 is None:
                seat = self.kb.seat(c.name)
                iso3 = seat[0] if seat else None
            if iso3 is not None and len(iso3) == 3 and iso3.isalpha():
                votes[iso3] += n
        return votes

    def _org_context(self, article: Article, c: _Cluster) -> None:
        """Country (and role) of an unknown organisation from a possessive or a country word
        just before it: "China's Tengri Engineering", "the Kazakh company X"."""
        head_role = _ORG_HEAD_ROLES.get(c.name.split()[-1].lower())
        for m in c.mentions:
            before = article.section_text(m.section)[max(0, m.start - 40) : m.start]
            pm = _POSSESSOR.search(before)
            iso3 = self.kb.country_for(pm.group(1)) if pm else None
            role = head_role
            if iso3 is None:
                words = re.findall(r"[A-Za-z][\w-]*", before)[-3:]
                if words and words[-1].lower() in _ORG_KINDS:
                    role = _ORG_KINDS[words[-1].lower()] or head_role
                    iso3 = next((self.kb.country_for(w) for w in words[:-1]
                                 if self.kb.country_for(w)), None)
            if iso3 is not None:
                c.country = iso3
                c.actor_code = code(iso3, role)
                return

    def _country_in_name(self, c: _Cluster) -> bool:
        """Country of an unknown body whose name holds one country's name or demonym
        ("Iranian Chess Federation", "Native American Rights Fund"); "Latin American" and
        names of two countries give none."""
        hits = {iso for a, _, iso in self.kb.country_hits(c.name)
                if not re.search(r"\b(?:Latin|North|South|Central|Pan)[ -]$", c.name[:a])}
        if len(hits) != 1:
            return False
        iso3 = hits.pop()
        if iso3 not in self.kb.countries:
            return False
        c.country = iso3
        head = c.name.split()[-1].lower()
        c.actor_code = code(iso3, _ORG_HEAD_ROLES.get(head) or self.kb.role_for(head))
        return True

    def _local_body(self, c: _Cluster) -> None:
        """Country (and role) of a body named after the one town or region it serves:
        "Toronto Police" is Canada's police; "Victoria Police" names towns of six countries
        and stays unknown."""
        words = c.name.split()
        role = None
        while len(words) > 1 and (words[-1].lower() in _LOCAL_BODY_ROLES
                                  or words[-1].lower() in _LOCAL_BODY_WORDS):
            head = words.pop().lower()
            role = role or _LOCAL_BODY_ROLES.get(head)
        if role is None or len(words) == len(c.name.split()):
            return
        place = " ".join(words)
        iso3 = self.kb.country_for(place)
        if iso3 is None:
            homes = {x.entry.country for x in get_gazetteer().candidates(place)
                     if x.primary and x.entry.kind in LOCAL_KINDS and x.entry.country}
            iso3 = homes.pop() if len(homes) == 1 else None
        if iso3 is not None and iso3 in self.kb.countries:
            c.country = iso3
            c.actor_code = code(iso3, role)

    @staticmethod
    def _named_in_full(article: Article, c: _Cluster, name: str, clusters: list[_Cluster],
                       bare: dict[int, str]) -> None:
        """"Parliament" after "the Parliament of Iraq" or "the Iraqi Parliament" is that body,
        not the story's country's: the one country of the bodies named in full with that word
        before it (and the same entity when one body is)."""
        first = min((m.section, m.start) for m in c.mentions)
        word = name.lower()
        homes = {(o.country, o.actor_code, o.name) for o in clusters
                 if o is not c and id(o) not in bare and o.type == "ORG" and o.country
                 and any((m.section, m.start) < first and word in article.section_text(
                     m.section)[m.start:m.end].lower().split() for m in o.mentions)}
        if len({iso for iso, _, _ in homes}) == 1:
            c.country, c.actor_code, full = homes.pop()
            c.name = full if not homes else name  # one body: the same entity

    def _body_of_place(self, c: _Cluster) -> None:
        """Country (and role) of a public body named "<body> of <place>" ("Parliament of New
        South Wales", "University of California"), when one country has a region or a city
        of that name."""
        m = re.fullmatch(r"(.+?) of (?:the )?([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})", c.name)
        if m is None:
            return
        words = [_bare(w) for w in m.group(1).split()]
        if not any(w in _PLACE_BODY_WORDS or w in _LOCAL_BODY_ROLES for w in words):
            return
        homes = {x.entry.country for x in get_gazetteer().candidates(m.group(2))
                 if x.primary and x.entry.kind in LOCAL_KINDS and x.entry.country}
        iso3 = homes.pop() if len(homes) == 1 else None
        if iso3 is None or iso3 not in self.kb.countries:
            return
        role = next((r for w in words if (r := _LOCAL_BODY_ROLES.get(w)
                                          or _PLACE_BODY_ROLES.get(w))), None)
        c.country, c.actor_code = iso3, code(iso3, role)

    def _resolve(self, article: Article, clusters: list[_Cluster]) -> list[_Cluster]:
        if self.resolver is None:
            return clusters
        res = self.resolver
        countries = res.article_countries([c.name for c in clusters])
        pointed = self._pointed(article, clusters)
        main = res.focus_country(self._votes(article, clusters, False, pointed))
        side = res.focus_country(self._votes(article, clusters, True, pointed))

        def focus_of(c: _Cluster) -> str | None:
            return side if all(m.section.startswith("related:") for m in c.mentions) else main

        bare = {id(c): c.name for c in clusters
                if c.type == "ORG" and c.name.lower() in _BARE_BODIES}
        for c in clusters:
            if c.type not in ("PERSON", "CLUB"):
                focus = focus_of(c)
                res.resolve(c, article, countries, focus)
                # A country the name itself holds ("Kyrgyz Court") before the story's.
                if ((c.type == "ORG" and c.country is None) or (
                        c.type == "ORG" and c.country == focus and c.actor_code is None)
                        ) and not self._country_in_name(c):
                    self._org_context(article, c)
                if c.type == "ORG" and c.country is None:
                    self._local_body(c)
                if c.type == "ORG" and c.country is None:
                    self._body_of_place(c)
        for c in clusters:
            if id(c) in bare:
                self._named_in_full(article, c, bare[id(c)], clusters, bare)
        self._gazetteer_places(article, clusters)
        for c in clusters:
            if id(c) in pointed and c.type in _POINTABLE:
                c.country = c.actor_code = pointed[id(c)]
        places = [c for c in clusters if c.type == "GPE"]
        for c in clusters:
            if c.type == "ORG" and c.kb_id is None and (c.country is None or (
                    c.country == focus_of(c) and c.actor_code is None)):
                self._named_after_place(c, places)
        for c in clusters:
            if c.type == "ORG" and c.country is None and c.kb_id is None:
                self._spelled_out(c, clusters)
        # Outlets are no evidence of where the people they quote come from ("told the BBC").
        known = _surfaces(c for c in clusters if c.type in ("ORG", "GPE")
                          and not (c.actor_code or "").endswith("MED"))
        persons = [c for c in clusters if c.type == "PERSON"]
        for c in persons:
            res.resolve(c, article, countries, focus_of(c), known)
        # People the KB knows tell the country of the others named beside them.
        known.update(_surfaces(c for c in persons if c.kb_id and c.type == "PERSON"))
        for c in persons:
            if c.type == "PERSON" and c.kb_id is None:
                c.country = c.actor_code = None
                res.resolve(c, article, countries, focus_of(c), known)
                iso = self._described_next(article, c, persons)
                if iso is not None and iso != c.country and res.titled_country(
                        article, c) is None:
                    role = (c.actor_code or "")[3:] if c.country else ""
                    c.country, c.actor_code = iso, iso + role
        self._congo(article, clusters)
        return _merge_same_name(clusters)

    def _congo(self, article: Article, clusters: list[_Cluster]) -> None:
        """"Congo" alone is the Democratic Republic where the text puts something in its east
        or west ("eastern Congo") or names its places and groups (Goma, the M23) and none
        of the Republic's."""
        for c in clusters:
            if c.country != "COG" or c.type != "GPE" or any(
                    key(m.text) != "congo" for m in c.mentions):
                continue
            others = {o.country for o in clusters if o is not c and (
                o.type != "GPE" or self._known_thing(o.name) or {
                    x.entry.country for x in get_gazetteer().candidates(o.name) if x.primary
                } == {o.country})}  # not towns it placed
            placed = any(_COMPASS.search(article.section_text(m.section)[max(0, m.start - 20)
                                                                         : m.start])
                         for m in c.mentions)
            if placed or ("COD" in others and "COG" not in others):
                c.country = c.actor_code = "COD"
                c.name = self.kb.country("COD").name
                for o in clusters:
                    # a town placed by "in Congo" alone is the Democratic Republic's too
                    if o.country == "COG" and o.type == "GPE" and o.kb_id is None and \
                            self.kb.place(o.name) is None and self.kb.country_for(o.name) is None:
                        o.country = o.actor_code = "COD"

    def _described_next(self, article: Article, c: _Cluster, persons: list[_Cluster]
                        ) -> str | None:
        """The country of a demonym the next sentence calls the person by, when the person is
        the only one its sentence names: "... activist Greta Thunberg. The sixteen-year-old
        Swede is ...", "... charged Joe Bloggs. The Australian man was ..."."""
        for m in c.mentions:
            text = article.section_text(m.section)
            ends = [i for i in (text.find(ch, m.end) for ch in ".!?") if i >= 0]
            if not ends:
                continue
            start = max(text.rfind(ch, 0, m.start) for ch in ".!?\n") + 1
            end = min(ends)
            if any(o is not c and o.type == "PERSON" and any(
                    n.section == m.section and start <= n.start < end for n in o.mentions)
                    for o in persons):
                continue
            said = _DESCRIBED.match(text, end + 1)
            if said is None:
                continue
            iso = self.kb.country_for(said.group(1))
            if iso is None or iso not in self.kb.countries:
                continue
            land = self.kb.country(iso)
            if key(said.group(1)) not in {key(n) for n in (land.name, *land.variants)}:
                return iso
        return None

    @staticmethod
    def _spelled_out(c: _Cluster, clusters: list[_Cluster]) -> None:
        """An acronym the text never ties to a name ("The CFDA condemns ..." after "the Council
        of Fashion Designers of America") is the one body of the article whose capitalised
        words it spells."""
        if not (c.name.isalpha() and c.name.isupper() and 3 <= len(c.name) <= 6):
            return
        found = {(o.country, o.actor_code) for o in clusters if o is not c and o.type == "ORG"
                 and o.country and "".join(
                     w[0] for w in o.name.split() if w[:1].isupper()) == c.name}
        if len(found) == 1:
            c.country, c.actor_code = found.pop()

    def _named_after_place(self, c: _Cluster, places: list[_Cluster]) -> None:
        """Country (and role) of a body named after the place it serves, when the knowledge
        base does not hold it: "Florida Highway Patrol", "Rogaland Fire and Rescue", "Idaho
        State Board of Education". The rest of the name must hold a word of a public body, so
        "Paris Agreement" or "Victoria Park" are left alone; a name several countries' places
        bear takes the one the article's places are in. A county's unknown name ("Fayette
        County Sheriff's Office") takes the country of the article's regions."""
        words = c.name.split()
        for n in range(min(3, len(words) - 1), 0, -1):
            rest = [_bare(w) for w in words[n:]]
            if not any(w in _PLACE_BODY_WORDS for w in rest) or not all(
                    w[:1].isupper() or w.lower() in _NAME_GLUE for w in words[n:]):
                continue
            if rest[0] in _COUNTY_WORDS:
                iso3 = _one(_region_countries(places)) or _one(
                    {p.country for p in places if p.country})
            else:
                iso3 = _place_country(" ".join(words[:n]), places)
            if iso3 is None or iso3 not in self.kb.countries:
                continue
            role = next((r for w in reversed(rest) if (r := _LOCAL_BODY_ROLES.get(w)
                                                       or _PLACE_BODY_ROLES.get(w))), None)
            c.country, c.actor_code = iso3, code(iso3, role)
            return

    def _pointed(self, article: Article, clusters: list[_Cluster]) -> dict[int, str]:
        """Countries of places the text locates by a region or country after a comma:
        "Moscow, Idaho" is in the United States whatever the knowledge base's Moscow is, and
        an unknown "Albrightsville, Pennsylvania" too. A region's dateline abbreviation read
        as a name of its own ("Fla" of "TALLAHASSEE, Fla.") is that region. Keyed by the
        cluster's id; a name that is a country's is never re-read."""
        out: dict[int, str] = {}
        regions: list[tuple[str, int, GeoEntry]] = []
        datelines = {"body": dateline_spans(article.body, get_gazetteer())}
        for c in clusters:
            region = self._region_abbreviation(article, c) if c.kb_id is None else None
            if region is not None:
                c.type, out[id(c)] = "GPE", region
                continue
            if c.type not in _POINTABLE or self.kb.country_for(c.name) is not None:
                continue
            found: set[str] = set()
            for m in c.mentions:
                if len(c.mentions) > 1 and any(a <= m.start < b for a, b in datelines.get(
                        m.section, ())):
                    continue  # "TRIPOLI, Lebanon —" files the story; "Tripoli" may be Libya's
                outer = pointer_after(article.section_text(m.section), m.end, c.name)
                if outer is not None and len(outer.country) == 3:
                    found.add(outer.country)
                    if outer.kind == "region":
                        regions.append((m.section, m.end, outer))
            if len(found) == 1:
                out[id(c)] = found.pop()
        for c in clusters:
            # "Athens, Georgia": the name that places a town is the region, even where it is
            # a country's name too, when every mention of it does so.
            held = [r for m in c.mentions for sec, end, r in regions
                    if m.section == sec and 0 < m.start - end <= 3 and key(c.name) == key(r.name)]
            if c.type in _POINTABLE and held and len(held) == len(c.mentions):
                out[id(c)] = held[0].country
        return out

    def _region_abbreviation(self, article: Article, c: _Cluster) -> str | None:
        """The country of a region's abbreviation read without its dot after a place and a
        comma or in a legislator's party tag: "Fla" of "TALLAHASSEE, Fla.", "Ont" of "London,
        Ont.", "Ky" of "(R-Ky.)"."""
        gaz = get_gazetteer()
        if " " in c.name or gaz.candidates(c.name):
            return None
        region = next((x.entry for x in gaz.candidates(c.name + ".")
                       if x.entry.kind == "region"), None)
        if region is None or len(region.country) != 3:
            return None
        for m in c.mentions:
            text = article.section_text(m.section)
            if text[m.end : m.end + 1] != "." or not re.search(
                    r"(?:\w,[ \t]*|\([DRI][-–])$", text[max(0, m.start - 3) : m.start]):
                return None
        return region.country

    def _gazetteer_places(self, article: Article, clusters: list[_Cluster]) -> None:
        """Places by the gazetteer, read in the article's context as the places stage reads
        them: "Georgia" beside Florida and Utah is the US state, and a town the knowledge
        base does not hold gets its country."""
        gaz = get_gazetteer()
        cands = {id(c): gaz.candidates(c.name) for c in clusters if c.type in _PLACE_TYPES}
        places = [c for c in clusters if c.type == "GPE" or (c.type == "LOC" and any(
            x.primary and x.entry.kind in LOCAL_KINDS for x in cands[id(c)]))]
        for c in clusters:
            if c.type in ("FAC", "NORP") and c.country is None and any(
                    x.primary and x.entry.kind in ("county", "region") for x in cands[id(c)]) \
                    and (self.vocab is None or self.vocab.kind(c.name) is None):
                # "Kildare", "Wicklow": a county read as a group or a building ("Western" is
                # a word before it is a region)
                c.type = "GPE"
                places.append(c)
        named: Counter[str] = Counter()
        for c in clusters:
            found = cands.get(id(c))
            if c.type == "NORP" and c.country:
                named[c.country] += len(c.mentions)
            elif found and all(x.entry.kind == "country" for x in found):
                named[found[0].entry.country] += len(c.mentions)
            elif c.type in _PLACE_TYPES and c.country and len(c.country) == 3 and all(
                    x.entry.country == c.country for x in found or ()):
                # "South London", a place of one country only: "Norfolk" beside it is the
                # English county, not the Virginia city.
                named[c.country] += len(c.mentions)
        ctx = PlaceContext(named=named)
        for c in places:
            entry = best(cands[id(c)], ctx)
            if entry is not None:
                ctx.places[key(c.name)] = entry
        for c in places:
            entry = best(cands[id(c)], ctx.without(key(c.name)))
            if entry is not None and entry.kind not in ("country", "region") and (
                    home := self._named_home(article, c, cands[id(c)], named, ctx)) is not None:
                # "Valencia" in a story about the Philippines: its town, not Spain's city
                c.country = c.actor_code = home
                continue
            if (home := self._small_capital_namesake(c, entry, named, ctx)) is not None:
                c.country = c.actor_code = home
                continue
            if entry is None or entry.country == c.country or len(entry.country) != 3:
                continue
            as_country = self.kb.country_for(c.name) is not None
            if as_country and entry.kind != "country" and self._listed_with_countries(
                    article, c):
                continue  # "Bulgaria, Romania, Turkey and Georgia": the country
            if (" " not in c.name and self.vocab is not None and entry.country not in named
                    and self.vocab.kind(c.name) == "common" and not any(
                        _LOCATIVE.search(article.section_text(m.section)[max(0, m.start - 12)
                                                                         : m.start])
                        for m in c.mentions)):
                continue  # "the Central district": a word before it is Paraguay's region
            if (as_country and entry.kind != "country") or (
                    not as_country and self.kb.place(c.name) is None):
                c.country = c.actor_code = entry.country
        context = set(named) | {e.country for e in ctx.places.values() if e.country}
        for c in places:
            if c.country is None and c.type == "GPE" and not cands[id(c)]:
                c.country = c.actor_code = self._small_town_country(article, c, context)

    def _small_capital_namesake(self, c: _Cluster, entry: Any, named: Counter[str],
                                ctx: PlaceContext) -> str | None:
        """A small capital the knowledge base holds by a name that a big region abroad bears
        too, in a text that names neither the capital's country nor a place in it: the
        context's reading of the name, else the region's ("Victoria police": Australia's)."""
        capital = self.kb.place(c.name)
        others = [o for k, o in ctx.places.items() if k != key(c.name)]
        if capital is None or capital.kind != "capital" or capital.country in named or any(
                o.country == capital.country for o in others):
            return None
        if any(x.entry.country == capital.country and x.entry.population >= _SMALL_CAPITAL
               for x in get_gazetteer().candidates(c.name)):
            return None
        if entry is not None and entry.country != capital.country and len(entry.country) == 3 \
                and (entry.country in named or any(o.country == entry.country for o in others)):
            return str(entry.country)
        return big_region(c.name)

    def _named_home(self, article: Article, c: _Cluster, found: list[Any],
                    named: Counter[str], ctx: PlaceContext) -> str | None:
        """The country the article names most (twice at least) when it has a town of ``c``'s
        name and the likeliest reading lies in a country the article neither names nor places
        anything in."""
        entry = best(found, ctx.without(key(c.name)))
        if entry is None or entry.country in named or any(
                o.country == entry.country for k, o in ctx.places.items() if k != key(c.name)):
            return None
        if self.kb.country_for(c.name) is not None or self.kb.place(c.name) is not None:
            return None
        top = max(named.values(), default=0)
        lead = {iso for iso, n in named.items() if n == top and n >= 2}
        for m in c.mentions:
            said = _TOWN_OF.search(article.section_text(m.section)[max(0, m.start - 40):m.start])
            if said is not None and (iso := self.kb.country_for(said.group(1))) is not None:
                lead = {iso}  # "the Philippine city of Valencia"
        homes = {x.entry.country for x in found if x.entry.country in lead
                 and x.entry.kind in LOCAL_KINDS} | {
            t.country for t in get_gazetteer().towns_named(c.name) if t.country in lead}
        return homes.pop() if len(homes) == 1 else None

    def _listed_with_countries(self, article: Article, c: _Cluster) -> bool:
        """Whether a mention of ``c`` stands in a list beside a country's name ("Romania,
        Turkey and Georgia", "Georgia and Armenia")."""
        for m in c.mentions:
            text = article.section_text(m.section)
            before = _LIST_BEFORE.search(text[max(0, m.start - 40): m.start])
            after = _LIST_AFTER.match(text[m.end: m.end + 40])
            if any(g is not None and self.kb.country_for(g.group(1)) is not None
                   for g in (before, after)):
                return True
        return False

    def _small_town_country(self, article: Article, c: _Cluster, context: set[str]
                            ) -> str | None:
        """The country of a town below the gazetteer's floor ("the city of Calabasas"): the one
        country with towns of that name, where the text calls it a town or the article's
        other places or countries are there, else the one of the article's countries."""
        homes = {t.country for t in get_gazetteer().towns_named(c.name) if len(t.country) == 3}
        here = homes & context
        if len(here) == 1:
            return here.pop()
        called = any(_TOWN_BEFORE.search(article.section_text(m.section)[max(0, m.start - 30)
                                                                          : m.start])
                     for m in c.mentions)
        return homes.pop() if len(homes) == 1 and called else None

    # ------------------------------------------------------------------ aliases, roles

    def _aliases(self, article: Article, clusters: list[_Cluster]) -> list[_Cluster]:
        found = []
        for section, text in article.sections():
            found += find_aliases(section, text)
        for a in found:
            text = article.section_text(a.section)
            alias = text[a.alias_start : a.alias_end]
            canonical = _at(clusters, a.section, a.canonical_start, a.canonical_end)
            target = canonical
            alias_clusters = []
            for section, stext in article.sections():
                for m in re.finditer(re.escape(alias), stext):
                    hit = _at(clusters, section, m.start(), m.end())
                    if hit is not None and hit is not canonical and hit not in alias_clusters:
                        alias_clusters.append(hit)
                    if target is not None:
                        _absorb(target, Mention(section, m.start(), m.end(), alias))
            name = canonical.name if canonical else text[a.canonical_start : a.canonical_end]
            for hit in alias_clusters:
                if target is None:
                    continue
                if hit.type == "PERSON" and target.type != "PERSON":
                    continue
                if target.country is None and hit.country is not None \
                        and not self._other_body(alias, target.name):
                    target.country, target.actor_code, target.kb_id = \
                        hit.country, hit.actor_code, hit.kb_id
                    if hit.type == "ORG" and target.type == "ORG" and \
                            len(hit.name) > len(target.name):
                        target.name = name = hit.name
                for hm in hit.mentions:
                    _absorb(target, hm)
                clusters.remove(hit)
            if alias.lower() != name.lower() and \
                    all(x.alias != alias for x in article.aliases):
                article.aliases.append(Alias(alias, name))
        return clusters

    def _other_body(self, alias: str, spelled: str) -> bool:
        """True when the knowledge base's body for ``alias`` is not the one the article spells
        out: "Congressional Black Caucus (CBC)" is no Canadian broadcaster, while "the National
        Security Committee (KNB)" is the KNB. The body's full names and the spelled-out name
        then share no word but glue."""
        org = self.kb.organisation(alias)
        if org is None:
            return False
        words = {w for w in key(spelled).split() if w not in _NAME_GLUE}
        forms = [f for f in (org.name, *org.variants) if " " in f.strip()]
        return bool(words) and bool(forms) and all(
            not words & set(key(f).split()) for f in forms)

    def _roles(self, article: Article, clusters: list[_Cluster]) -> list[_Cluster]:
        date = article.anchor_date
        people = []
        for c in clusters:
            if c.type == "PERSON":
                found = kb_people.find_person(c.name)
                people.append((c, found[0] if len(found) == 1 else None))
        for section, text in article.sections():
            doc = article.docs.get(section)
            parsed = doc.text if doc is not None else text
            scan = parsed if len(parsed) == len(text) else text
            for ref in rolecoref.find_role_refs(section, scan):
                mention = Mention(section, ref.start, ref.end, text[ref.start : ref.end])
                if _at([c for c in clusters if c.type == "PERSON"], section, ref.start,
                       ref.end) is not None:
                    continue
                hits = [c for c, p in people if p is not None and rolecoref.matches(ref, p, date)]
                if len(hits) == 1:
                    hits[0].mentions.append(mention)
                    continue
                if hits or ref.country is None or any(
                        p is not None and any(r.kind in ref.kinds and r.country == ref.country
                                              for r in p.roles) for _, p in people):
                    continue
                holder = rolecoref.holder(ref, date)
                if holder is None or self.resolver is None:
                    continue
                new = _Cluster(holder.name, "PERSON", [mention])
                self.resolver.code_person(new, holder, date)
                clusters.append(new)
                people.append((new, holder))
        return clusters

    # ------------------------------------------------------------------ entry point

    def __call__(self, article: Article) -> Article:
        clusters = self._cluster(self.mentions(article), article)
        clusters = self._resolve(article, clusters)
        clusters = self._aliases(article, clusters)
        clusters = self._roles(article, clusters)
        clusters = [c for c in clusters if self._keep(c) and not self._opening_plural(c, article)]
        clusters.sort(key=lambda c: _order(min(c.mentions, key=_order)))
        article.entities = [
            Entity(id=f"e{i}", name=c.name, type="ORG" if c.type == "CLUB" else c.type,
                   country=c.country,
                   actor_code=c.actor_code, kb_id=c.kb_id,
                   mentions=sorted(c.mentions, key=_order))
            for i, c in enumerate(clusters, start=1)
        ]
        return article

    def _keep(self, c: _Cluster) -> bool:
        """Drop single lower-case words, pure numbers and bare role nouns ("President")."""
        name = c.name.strip()
        if not name or not any(ch.isalpha() for ch in name) or name[0].islower():
            return False
        if c.type in ("ORG", "PERSON") and c.country is None and c.kb_id is None:
            words = name.lower().split()
            if all(w in _TITLES or self.kb.role_for(w) for w in words):
                return False
            if len(words) == 1 and self.vocab is not None and c.actor_code != "PTY" and \
                    self.vocab.kind(name) in ("common", "function") and not name.isupper():
                # (a party named by a common word whose country the story leaves open stays)
                return False
        return True


    def _opening_plural(self, c: _Cluster, article: Article) -> bool:
        """"Missiles struck a power plant in Odesa": a plural common noun capitalised only
        because it opens its sentences, read by the parser as a name."""
        name = c.name.strip()
        if (self.vocab is None or c.kb_id is not None or " " in name or not name.endswith("s")
                or name.endswith("ss") or name.isupper() or name[:-1].lower() not in self.vocab.nouns
                or self.kb.country_for(name) or self.kb.place(name) is not None):
            return False
        return all(re.search(r"(?:^|[.!?:\n][\s\"“'‘]*)$",
                             article.section_text(m.section)[max(0, m.start - 5):m.start])
                   for m in c.mentions)


def _bare(word: str) -> str:
    """A word of a name folded for lookup: "Sheriff's" is "sheriff"."""
    return _TRAILING.sub("", word).lower()


#: The next sentence calling someone by a demonym: "The sixteen-year-old Swede is ...", "The
#: Australian man was ...".
_DESCRIBED = re.compile(r"[ \t\"“]*The (?:[\w-]+ ){0,2}?([A-Z][a-z]+)"
                        r"(?: (?:man|woman|boy|girl|teenager|national|citizen))?,? "
                        r"(?:is|was|has|had|will|would|said|told|added|denied|pleaded|faces|"
                        r"appeared|became|remains|later|also|then)\b")


def _one(found: set[str]) -> str | None:
    return next(iter(found)) if len(found) == 1 else None


def _region_countries(places: list[_Cluster]) -> set[str]:
    """Countries of the first-level regions the article's place names may be ("Georgia" is a
    US state as well as a country)."""
    return {x.entry.country for p in places for x in get_gazetteer().candidates(p.name)
            if x.primary and x.entry.kind == "region" and len(x.entry.country) == 3}


def _place_country(name: str, places: list[_Cluster]) -> str | None:
    """The country of the region or town ``name``: the one country of the places bearing it,
    else the one of those the article's places are in, else that of a place ten times as
    populous as all its namesakes together (Florida, not the Uruguayan department), else that
    of a region of millions that outnumbers each of them (Victoria, Australia's state)."""
    found = [x.entry for x in get_gazetteer().candidates(name)
             if x.primary and x.entry.kind in LOCAL_KINDS and len(x.entry.country) == 3]
    homes = {e.country for e in found}
    here = _one(homes) or _one(homes & {p.country for p in places if p.country})
    if here is not None or not found:
        return here
    top = max(found, key=lambda e: e.population)
    rest = sum(e.population for e in found if e is not top)
    return top.country if top.population >= 10 * rest else big_region(name)


def _joined(ents: Iterable[Any], text: str) -> list[tuple[str, int, int]]:
    """spaCy's entities as (label, start, end), a person's name and a name that touches it
    across one space joined into one ("Amy Berman" + "Jackson", "Zine El Abidine" + "Ben
    Ali"); a one-word place or body after a full name is taken as its last part."""
    out: list[tuple[str, int, int]] = []
    for ent in ents:
        label, start, end = ent.label_, ent.start_char, ent.end_char
        prev = out[-1] if out else None
        if prev is not None and prev[0] == "PERSON" and text[prev[2] : start] == " " and (
                label == "PERSON" or (label in ("GPE", "ORG") and " " not in ent.text
                                      and " " in text[prev[1] : prev[2]])):
            out[-1] = ("PERSON", prev[1], end)
        else:
            out.append((label, start, end))
    return out


def _in_office(people: list[kb_people.Person], date: str | None) -> list[kb_people.Person]:
    """Those holding an office on ``date``; among several, the highest office if it is one
    person's ("Rahmon" in 2025: the president, not his daughter's public role)."""
    if not date:
        return []
    held = [(p, r) for p in people if (r := role_on(p, date)) is not None]
    if len(held) > 1:
        rank = sorted(_OFFICE_RANK.get(r.kind, 9) for _, r in held)
        if rank[0] < rank[1]:
            return [p for p, r in held if _OFFICE_RANK.get(r.kind, 9) == rank[0]]
    return [p for p, _ in held]


def _leads_state(people: list[kb_people.Person], date: str | None) -> bool:
    """True for one head of state or government in office on ``date``."""
    if len(people) != 1 or not date:
        return False
    held = role_on(people[0], date)
    return held is not None and held.kind in ("hos", "hog", "hosg")


def _sentence_start(text: str, start: int) -> bool:
    """True when nothing but a sentence end, a quote or a line break precedes ``start``."""
    before = text[max(0, start - 4) : start].rstrip(" \"“‘'«(")
    return not before or before[-1] in ".!?:\n"


def _surfaces(clusters: Iterable[_Cluster]) -> dict[str, str | None]:
    """Every name and mention text of ``clusters`` with the cluster's country."""
    out: dict[str, str | None] = {}
    for c in clusters:
        for text in (c.name, *(m.text for m in c.mentions)):
            if len(text) > 2 and text[0].isupper():
                out.setdefault(text, c.country)
    return out


def _at(clusters: Iterable[_Cluster], section: str, start: int, end: int) -> _Cluster | None:
    """The cluster with a mention inside, or covering, the span."""
    for c in clusters:
        for m in c.mentions:
            if m.section == section and m.start < end and start < m.end:
                return c
    return None


def _absorb(target: _Cluster, mention: Mention) -> None:
    """Add ``mention`` to ``target``, replacing any of its mentions inside it."""
    target.mentions = [m for m in target.mentions if not (
        m.section == mention.section and mention.start <= m.start and m.end <= mention.end)]
    if not any(m.section == mention.section and m.start <= mention.start
               and mention.end <= m.end for m in target.mentions):
        target.mentions.append(mention)


def _possessor(article: Article, mention: Mention) -> bool:
    """A name written as the possessor of another noun ("John McCain's widow") or as another
    person's relative ("whose husband John McCain", "her son Hunter Biden")."""
    text = article.section_text(mention.section)
    if text[mention.end:mention.end + 3].startswith(("'s ", "’s ", "' ", "’ ")):
        return True
    return _RELATIVE_BEFORE.search(text[max(0, mention.start - 30):mention.start]) is not None


_RELATIVE_BEFORE = re.compile(
    r"\b(?:whose|her|his|their)\s+(?:late\s+)?(?:husband|wife|son|daughter|father|mother|"
    r"brother|sister|widow|widower)\s*,?\s*$", re.IGNORECASE)


def _merge_types(clusters: list[_Cluster], known: Callable[[str], bool]) -> list[_Cluster]:
    """One name read with several labels becomes one cluster (most mentions win, a person on a
    tie); a lone surname read as a place or body joins the one person it names."""
    by_name: dict[str, list[_Cluster]] = {}
    for c in clusters:
        by_name.setdefault(c.name.lower(), []).append(c)
    out: list[_Cluster] = []
    for group in by_name.values():
        if len(group) > 1 and not known(group[0].name):
            group.sort(key=lambda c: (len(c.mentions), c.type == "PERSON"), reverse=True)
            head = group[0]
            for other in group[1:]:
                head.mentions.extend(other.mentions)
            out.append(head)
        else:
            out.extend(group)
    persons = [c for c in out if c.type == "PERSON" and " " in c.name]
    singles = {c.name.lower(): c for c in out if c.type == "PERSON" and " " not in c.name}
    result: list[_Cluster] = []
    for c in out:
        if c.type not in ("PERSON", "NORP") and not known(c.name):
            words = c.name.lower().split()
            if len(words) == 1:
                owners = [p for p in persons if words[0] in p.name.lower().split()[1:]]
                if len(owners) == 1:
                    owners[0].mentions.extend(c.mentions)
                    continue
            elif 2 <= len(words) <= 4 and any(w in singles for w in words[1:]):
                c.type = "PERSON"
                for w in words[1:]:
                    single = singles.pop(w, None)
                    if single is not None and single in out:
                        c.mentions.extend(single.mentions)
                        single.mentions = []
        result.append(c)
    return [c for c in result if c.mentions]


def _merge_same_name(clusters: list[_Cluster]) -> list[_Cluster]:
    """Clusters the knowledge base gave one canonical name ("Putin", "Vladimir Putin") become one."""
    by_key: dict[tuple[str, str], _Cluster] = {}
    out: list[_Cluster] = []
    for c in clusters:
        key = (c.type, c.name.lower())
        if key in by_key:
            by_key[key].mentions.extend(c.mentions)
        else:
            by_key[key] = c
            out.append(c)
    return out


@stage("entities", requires=("docs",), assigns=("entities",))
def make_entities() -> Callable[[Article], Article]:
    from .. import spacy_model

    return EntityStage(ActorResolver(), Vocabulary.from_nlp(spacy_model.load()))
