"""Actors of events: a parse token (the head of a noun phrase) becomes zero or more ActorRefs.

An actor is a named entity (taken from ``article.entities``, with its country and CAMEO actor code,
looked up in the knowledge base where the entity stage left them empty), a seat of government
("the Kremlin"), an organisation, a country or capital, or a role noun ("police", "Hungarian
officials") whose country comes from the demonyms and country names in its noun phrase.
Conjoined phrases give one actor per conjunct ("Uzbekistan, Afghanistan and Pakistan").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..knowledge import get_kb
from ..knowledge.gazetteer import WATERS, get_gazetteer
from ..knowledge.place_resolve import town
from ..knowledge.resolve import sports_report
from ..model import ActorRef, Article, Entity
from .entities import NOT_A_PEOPLE
from .nlp import unbracket
from .places import dateline_spans

#: Dependents that belong to a noun phrase's own words (its modifiers), for lookups.
_NP_DEPS = frozenset({"compound", "amod", "nmod", "poss", "det", "nummod", "npadvmod", "case",
                      "quantmod", "advmod", "punct"})
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday"})
#: Words a name never ends with: a name the tagger ran on into the next phrase.
_STRAY_ENDS = frozenset({"of", "and", "the", "in", "for", "from", "at", "on", "by", "with"})
#: Hedging adverbs that may stand before a noun phrase without naming anyone.
_HEDGES = frozenset({"reportedly", "allegedly", "apparently", "reported", "purportedly",
                     "possibly", "probably", "also", "even", "only"})
#: Plural anaphors that stand for the actors of the event before ("they", "the two sides").
PLURAL_ANAPHORS = frozenset({"they", "them", "both", "leader", "side", "country", "party",
                             "nation", "president", "head", "delegation"})
#: Role nouns that stand for the parties of the event before only in the plural ("the foreign
#: ministers agreed"; "the foreign minister" is one person).
_PLURAL_ONLY_ANAPHORS = frozenset({"minister", "envoy", "negotiator", "diplomat", "official",
                                   "government"})
#: Personal pronouns: anaphors that stand for one actor or for the last group that acted.
PRONOUNS = frozenset({"he", "she", "they", "them", "him", "her", "we", "i", "you", "it", "us"})
#: "I" and "we": whoever says the words they stand in.
FIRST_PERSON = frozenset({"i", "we", "me", "us"})
#: What the speaker feels or sends, standing for the speaker ("my heart goes out to ...",
#: "our thoughts are with ...").
FEELINGS = frozenset({"heart", "thought", "prayer", "condolence", "sympathy", "sympathies"})
#: The speaker's state when "our" owns them ("our government", "our country").
_OWN_STATE = frozenset({"government", "country", "nation", "state", "administration",
                        "army", "military", "troop", "force", "navy", "ministry", "cabinet",
                        "parliament"})
#: Verbs of saying: their subject speaks the words of their complement.
SAYING = frozenset({
    "say", "tell", "write", "tweet", "post", "add", "note", "state", "declare", "insist",
    "argue", "stress", "remark", "comment", "assert", "maintain", "reply", "respond",
    "exclaim", "complain", "lament", "posit", "contend", "conclude", "observe", "announce",
    "suggest", "believe", "think", "feel", "indicate", "reiterate", "emphasize", "emphasise",
    "explain", "confirm", "underline", "underscore", "affirm", "reaffirm",
})
#: Heads that make a phrase with a country in it an actor of that country ("the Chinese side").
_TITLES = frozenset({"president", "chair", "chairman", "premier", "minister", "prime", "king",
                     "leader", "general", "mr", "mrs", "ms", "dr", "sheikh", "emir", "sultan"})
#: Words for a part or number of a group: the actor is the group ("thousands of students").
QUANTITIES = frozenset({"thousands", "hundreds", "dozens", "tens", "millions", "scores",
                        "group", "groups", "some", "many", "most", "part", "all", "members",
                        "number", "crowd", "crowds", "handful", "several", "few",
                        "deployment", "contingent", "batch", "patch", "detachment",
                        "delegation", "team"})
#: Heads that stand for the organisation named on them ("al-Qaeda's network", "PKK fighters").
_GROUP_HEADS = frozenset({"network", "group", "movement", "organization", "organisation",
                          "faction", "militia", "fighter", "militant", "guerrilla", "rebel",
                          "member", "leader", "cell", "wing", "force", "gunman", "supporter",
                          "commander", "spokesman", "official", "insurgent", "forum",
                          "bloc", "alliance", "coalition", "summit", "body", "council",
                          "committee", "commission", "delegation", "mission", "team",
                          "secretariat", "agency", "court", "tribunal", "inspector",
                          "monitor", "observer", "peacekeeper", "chief", "boss"})
#: Non-state armed groups the knowledge base lacks, by normalised name: (country, actor code).
#: Groups active across borders take CAMEO's ``IMG`` (international militarised group).
_ARMED_GROUPS: dict[str, tuple[str, str]] = {}
for _names, _country, _code in (
    ("al-qaeda|al qaeda|al-qaida|al qaida|alqaeda|al-qa'ida", "IMG", "IMGREB"),
    ("islamic state|isis|isil|daesh|is|islamic state of iraq and the levant|"
     "islamic state of iraq and syria|islamic state of iraq", "IMG", "IMGREB"),
    ("pkk|kurdistan workers' party|kurdistan workers party|kurdistan workers", "TUR", "TURREB"),
    ("eta", "ESP", "ESPSEP"),
    ("ira|irish republican army|provisional ira", "GBR", "GBRREB"),
    ("farc|revolutionary armed forces of colombia", "COL", "COLREB"),
    ("eln|national liberation army", "COL", "COLREB"),
    ("ltte|tamil tigers|liberation tigers|liberation tigers of tamil eelam", "LKA", "LKAREB"),
    ("kla|kosovo liberation army|uck", "SRB", "SRBREB"),
    ("al-shabaab|al shabaab|shabaab|al-shabab|al shabab", "SOM", "SOMREB"),
    ("boko haram", "NGA", "NGAREB"),
    ("islamic jihad|palestinian islamic jihad", "PSE", "PSEREB"),
    ("fatah|plo|palestine liberation organization|palestinian liberation organization",
     "PSE", "PSEGOV"),
    ("unita", "AGO", "AGOREB"),
    ("ruf|revolutionary united front", "SLE", "SLEREB"),
    ("spla|splm|spla/m|splm/a|sudan people's liberation army", "SDN", "SDNREB"),
    ("lra|lord's resistance army", "UGA", "UGAREB"),
    ("shining path|sendero luminoso", "PER", "PERREB"),
    ("houthis|houthi|ansar allah", "YEM", "YEMREB"),
    ("abu sayyaf", "PHL", "PHLREB"),
    ("milf|moro islamic liberation front", "PHL", "PHLREB"),
    ("jemaah islamiyah", "IDN", "IDNREB"),
    ("lashkar-e-taiba|lashkar-e-toiba|let", "PAK", "PAKREB"),
    ("jaish-e-mohammed|jaish-e-muhammad", "PAK", "PAKREB"),
    ("gia|armed islamic group", "DZA", "DZAREB"),
    ("khmer rouge", "KHM", "KHMREB"),
    ("contras", "NIC", "NICREB"),
    ("zapatistas|zapatista army of national liberation|ezln", "MEX", "MEXREB"),
    ("hamas", "PSE", "PSEREB"),
    ("hezbollah|hizbollah|hizbullah", "LBN", "LBNREB"),
    ("taliban", "AFG", "AFGREB"),
):
    for _n in _names.split("|"):
        _ARMED_GROUPS[_n] = (_country, _code)


def armed_group(text: str) -> tuple[str, str] | None:
    """(country, actor code) of a non-state armed group named by ``text``."""
    name = text.strip().lower().replace("’", "'")
    name = name[4:] if name.startswith("the ") else name
    name = name.removesuffix("'s")
    if name == "is" and text.strip() != "IS":
        return None
    return _ARMED_GROUPS.get(name)
#: Nouns that, with "the", stand for a group named just before ("the group said").
_GROUP_NOUNS = frozenset({"group", "movement", "militia", "organisation", "organization"})
#: Kinds of group that may stand before those nouns ("the militant group").
_GROUP_KINDS = frozenset({"militant", "armed", "rebel", "islamist", "jihadist", "extremist",
                          "terrorist", "paramilitary", "insurgent", "rights", "human",
                          "advocacy", "campaign", "environmental", "resistance", "shiite",
                          "sunni", "islamic", "militia"})
#: Nouns for one private person, whom "from <place>" gives a country.
_INDIVIDUALS = frozenset({"man", "woman", "boy", "girl", "child", "teenager", "tourist",
                          "missionary", "student", "traveller", "traveler", "businessman",
                          "businesswoman", "pilgrim", "worker", "volunteer", "backpacker",
                          "hiker", "climber", "sailor", "fisherman", "driver", "couple",
                          "retiree", "pensioner", "academic", "researcher", "nurse", "doctor",
                          "teacher", "engineer", "contractor", "blogger", "writer", "artist"})
#: Plurals of a name two states share.
_TWO_STATES = {"koreas": ("PRK", "KOR"), "sudans": ("SDN", "SSD"), "congos": ("COD", "COG")}
#: Weapons and units that stand for the forces using them ("Israeli tanks fired").
_FORCES = {"tank": "MIL", "helicopter": "MIL", "warplane": "MIL", "jet": "MIL", "warship": "MIL",
           "gunboat": "MIL", "bulldozer": "MIL", "artillery": "MIL", "aircraft": "MIL",
           "drone": "MIL", "navy": "MIL", "vessel": "MIL", "forces": "MIL", "unit": "MIL"}
#: Words of rank that keep a role noun anaphoric ("the foreign ministers", "the two leaders").
_RANKS = frozenset({"foreign", "top", "senior", "visiting", "two", "three", "four", "both",
                    "respective", "defence", "defense"})
#: Dependencies inside one noun phrase's own words (names, titles, coordination).
_PHRASE_DEPS = frozenset({"compound", "amod", "appos", "conj", "cc", "nmod", "poss", "det",
                          "punct", "flat"})
#: Heads that, with "rights" in their phrase, name a human-rights NGO.
_RIGHTS_BODIES = frozenset({"group", "organization", "organisation", "watchdog", "ngo",
                            "campaigner", "activist", "monitor"})
#: Nouns for the people of a body: "members of X" act as X.
_MEMBERS = frozenset({"member", "supporter", "leader", "activist", "follower", "representative",
                      "delegate", "delegation", "official", "militant", "fighter", "envoy",
                      "spokesman", "spokeswoman", "spokesperson", "emissary", "loyalist"})
#: Groups named by the cause they stand for ("conservative groups") are civil society.
_CAUSE_GROUPS = frozenset({"group", "organization", "organisation", "movement", "coalition",
                           "campaign", "network", "association"})
_CAUSES = frozenset({"conservative", "liberal", "progressive", "right-wing", "left-wing",
                     "nationalist", "pro-democracy", "anti-government", "environmental",
                     "feminist", "civic", "advocacy", "anti-war", "pro-life", "pro-choice",
                     "anti-abortion", "civil", "grassroots", "opposition", "pro-government"})
#: Those who speak for a body ("a spokesman for the PMF").
_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "envoy",
                     "emissary", "delegate"})
#: People who work for a body, which acts through them ("researchers at Oxford University").
_STAFF = frozenset({"researcher", "expert", "scientist", "economist", "analyst", "academic",
                    "professor", "scholar", "staff", "employee", "lawyer", "attorney",
                    "investigator", "specialist", "staffer", "aide", "adviser", "advisor"})
#: Bodies and people that act for one person ("the Biden administration", "Trump's lawyers",
#: "Erdogan's government"): the role they give the person's country; None keeps the person's
#: own code (a campaign, a spokesman) and "" gives the country alone (supporters, family).
_ENTOURAGE = {
    "administration": "GOV", "government": "GOV", "cabinet": "GOV", "regime": "GOV",
    "campaign": None, "team": None, "office": None, "aide": None, "adviser": None,
    "advisor": None, "spokesman": None, "spokeswoman": None, "spokesperson": None,
    "lawyer": "", "attorney": "", "ally": "", "supporter": "", "follower": "",
    "loyalist": "", "family": "",
}
#: Acts of armed force that stand for the military of the country that names them
#: ("killed by a US airstrike", "Russian shelling hit the town").
_FORCE_NOUNS = frozenset({"airstrike", "strike", "attack", "bombing", "bombardment", "shelling", "raid",
                          "missile", "rocket", "drone", "offensive", "incursion", "invasion",
                          "fire", "artillery", "gunfire", "airstrikes"})
#: Weapons fired, which stand for the body named on them.
_ARMS = frozenset({"missile", "rocket", "drone", "mortar", "shell", "projectile"})
#: Weapons that fly to where they strike: a sentence's place is their target's, not their
#: owner's ("A drone strike killed two militants in Somalia").
#: ("bomber" is left out: a suicide bomber is a man on the ground.)
_AIRBORNE = frozenset({"drone", "missile", "rocket", "warplane", "jet", "aircraft", "plane",
                       "airstrike", "projectile"})


def airborne(a: ActorRef) -> bool:
    """An actor named by an airborne weapon and no body ("a drone"; "government warplanes"
    are the government's, "Israeli warplanes" have their own country)."""
    words = a.name.lower().split()
    return bool(words) and words[-1].removesuffix("s") in _AIRBORNE and not any(
        get_kb().role_for(w) for w in words[:-1])


#: Participles that name who leads or backs a thing ("the US-led coalition").
#: Verbs of writing or calling to someone, whose addressee a parse may read as the subject of
#: the request that follows ("wrote Merrick Garland asking him to ...").
_WRITING = frozenset({"write", "email", "call", "phone", "text", "message", "petition", "cable"})
_ASKED = frozenset({"him", "her", "them"})


def addressee_read_as_subject(verb: Any) -> Any | None:
    """The writing verb whose subject does ``verb`` when the parse reads the addressee
    right after it as ``verb``'s subject: "Two senators wrote Attorney General Merrick Garland
    asking him to release the files" (the senators ask; "him" is Garland)."""
    head = verb.head
    if verb.dep_ != "ccomp" or verb.tag_ != "VBG" or head.lemma_.lower() not in _WRITING:
        return None
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subj) != 1 or subj[0].left_edge.i != head.i + 1 or subj[0].pos_ != "PROPN" or any(
            c.dep_ == "dobj" for c in head.children):
        return None
    if not any(c.dep_ == "dobj" and c.lower_ in _ASKED for c in verb.children):
        return None
    return head


def subject_read_as_object(verb: Any) -> Any | None:
    """The subject of a coordinated verb that the parse joined to the first verb's object:
    "Apple released a phone and Samsung criticised it", "A drone crossed the border and
    Poland shot it down" ("Samsung", "Poland" read as more things released or crossed)."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0 or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    name = verb.doc[verb.i - 1]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    if (name.dep_ != "conj" or name.right_edge.i != verb.i - 1 or name.head.dep_ not in (
            "dobj", "pobj") or not any(c.dep_ == "cc" for c in name.head.children)
            or name.head.i < verb.head.i or name.head.i > verb.i):
        return None
    if name.pos_ == "PROPN" or (name.pos_ == "NOUN" and any(
            c.lower_ == "the" for c in name.children)):
        return name
    return None


#: Territories with no army of their own, whose soldiers serve the power that holds them.
_NO_ARMY = frozenset({"PSE", "ESH"})


def soldiers_abroad(a: ActorRef, iso: str) -> bool:
    """Soldiers the text gives no country, in a territory with no army of its own ("Two
    soldiers were killed in Gaza"): the place is not theirs."""
    return a.actor_code == "MIL" and iso in _NO_ARMY


_LEADING = frozenset({"lead", "back", "sponsor", "direct", "run", "fund", "command"})
#: Participles that seat a body in a country ("a group based in Trinidad", "companies
#: registered in Kyrgyzstan").
_SEATED = frozenset({"base", "register", "headquarter", "incorporate", "locate", "station"})
#: Prepositions that place a group in a country ("rebels in Zimbabwe").
_LOCATING = frozenset({"in", "throughout", "across", "from", "inside"})
#: Heads that name things, not people, even with a demonym ("Russian oil").
_THINGS = frozenset({"oil", "gas", "goods", "product", "products", "market", "markets",
                     "economy", "currency", "price", "prices", "border", "territory", "soil",
                     "airspace", "waters", "side", "language", "culture", "history", "media",
                     "law", "laws", "interests", "policy", "policies", "position", "positions",
                     "target", "targets", "homes", "home", "village", "villages", "town",
                     "ambitions", "efforts", "plans", "rights", "relations", "ties", "statues",
                     "forces", "lines", "buildings", "exports", "imports",
                     "companies", "firms", "banks", "assets", "funds", "elections", "cities"})
#: People held by a group named before them ("Hamas hostage X"), not members of it.
_HELD = frozenset({"hostage", "captive", "abductee", "prisoner", "detainee"})
#: Mishaps and forces of nature: never the actor of an event ("a fire killed three").
ACCIDENTS = frozenset({"fire", "blaze", "crash", "collapse", "accident", "storm", "flood",
                       "flooding", "earthquake", "quake", "avalanche", "landslide", "disease",
                       "outbreak", "virus", "epidemic", "pandemic", "heatwave", "drought",
                       "hurricane", "typhoon", "cyclone", "tornado", "wildfire", "derailment",
                       "pileup", "tsunami", "eruption", "illness", "cancer"})


def accident(tok: Any) -> bool:
    """A mishap or force of nature, not a body named after one ("Rogaland Fire and Rescue")."""
    return tok.lemma_.lower() in ACCIDENTS and tok.ent_type_ not in ("ORG", "FAC", "PERSON")


_GENERIC_HEADS = frozenset({"side", "delegation", "state", "nation", "country", "republic",
                            "capital", "people", "camp", "regime", "leadership", "head"})


#: Event nouns that also name the people doing them ("the delegation", "peacekeepers").
_PEOPLE_EVENT_NOUNS = frozenset({"delegation", "peacekeeper", "convoy", "mission", "patrol",
                                 "opposition", "security", "service"})


@lru_cache(maxsize=1)
def _event_nouns() -> frozenset[str]:
    """Nouns the lexicon codes as events ("talks in Moscow", "sanctions on Iran"): things
    done, never a group named by where it is."""
    from ..knowledge.event_lexicon import lexicon

    return frozenset(lexicon().nouns) - _PEOPLE_EVENT_NOUNS


@lru_cache(maxsize=256)
def _party_homes(word: str) -> frozenset[str]:
    """Countries with a party named by ``word`` ("Labour": Britain's, New Zealand's, ...)."""
    kb = get_kb()
    word = word.lower()
    forms = (f"{word} party", f"{word}s", f"{word.rstrip('s')}ic party")
    out = set()
    for org in kb.organisations.values():
        if org.role != "PTY" or org.country not in kb.countries:
            continue
        for surface in (org.name, *org.variants):
            low = f" {surface.lower()} "
            if any(f" {form} " in low or f" {form} (" in low for form in forms):
                out.add(org.country)
    return frozenset(out)


@lru_cache(maxsize=1)
def _generic_words() -> frozenset[str]:
    return get_kb().generic_words()


@lru_cache(maxsize=1)
def _kingdoms() -> frozenset[str]:
    """Countries whose names call them kingdoms."""
    kb = get_kb()
    return frozenset(iso for iso, land in kb.countries.items()
                     if any("kingdom" in n.lower() for n in (land.name, *land.variants)))


@dataclass
class Found:
    """An actor and whether it came from an anaphor (it then needs an antecedent)."""

    actor: ActorRef | None
    anaphor: str | None = None
    #: Where the anaphor stands in its section's text (-1: unknown).
    at: int = -1


@lru_cache(maxsize=4096)
def _person_lookup(name: str, date: str | None) -> tuple[str | None, str | None]:
    try:
        from ..knowledge import people
    except ImportError:
        return None, None
    found = people.find_person(name)
    if not found and " " not in name:
        found = people.by_surname(name)
    if len(found) != 1:
        return None, None
    person = found[0]
    role = people.role_on(person, date)
    country = person.country or None
    if role is not None and role.country:
        return role.country, role.country + role.code
    if role is not None and role.org:
        # The UN's Secretary-General acts for the UN (CAMEO's IGOUNO), not for Ghana.
        return role.actor_code, role.actor_code
    return country, country


def _igo_office(name: str, date: str | None) -> str | None:
    """The code of the international body whose office the person ``name`` holds on
    ``date`` (the latest office without a date), if any."""
    code = _person_lookup(name, date)[1]
    return code if code is not None and code.startswith("IGO") else None


@lru_cache(maxsize=8192)
def lookup_name(text: str, label: str, date: str | None) -> tuple[str | None, str | None]:
    """(country, actor code) for a name of an entity of spaCy type ``label``."""
    kb = get_kb()
    if label == "PERSON":
        return _person_lookup(text, date)
    seat = kb.seat(text)
    if seat is not None:
        return seat[0], seat[0] + seat[1]
    org = kb.organisation(text)
    if org is not None:
        return org.country, org.code
    group = armed_group(text)
    if group is not None:
        return group
    iso3 = kb.country_for(text, capitals=True)
    if iso3 is not None:
        return iso3, iso3
    place = kb.place(text)
    if place is not None and label in ("GPE", "LOC", "FAC"):
        return place.country, place.country
    if label == "PERSON" or label == "ORG":
        return None, None
    found = kb.countries_in(text)
    if len(found) == 1:
        return found[0], found[0]
    return None, None


class ActorFinder:
    """Resolves tokens of one section's parse to actors."""

    def __init__(self, article: Article, section: str, doc: Any, date: str | None) -> None:
        self.text = unbracket(article.section_text(section))  # names read without "[the]"
        self.section = section
        self.doc = doc
        self.date = date
        self.kb = get_kb()
        self._article = article
        self._sports: bool | None = None
        self._by_char: dict[int, Entity] = {}
        self._spans: dict[str, tuple[int, int]] = {}
        for ent in article.entities:
            for m in ent.mentions:
                if m.section == section:
                    for i in range(m.start, m.end):
                        self._by_char[i] = ent
        self._ent_labels = {e.id: e.type for e in article.entities}
        self._entities = article.entities
        self._home: str | None = None
        self._datelines = dateline_spans(self.text, get_gazetteer())
        ents = {e.id: e for e in article.entities}
        #: The section's quotes whose speaker is a known actor with a country: "I" and "we"
        #: inside them are the speaker (a block quote with its attribution on the next line).
        self._voiced = [(q.start, q.end, ents[q.speaker_entity]) for q in article.quotes
                        if q.section == section and q.speaker_entity in ents
                        and ents[q.speaker_entity].country]

    # noun phrases --------------------------------------------------------------------------

    def np_tokens(self, tok: Any) -> list[Any]:
        out = [tok]
        stack = [c for c in tok.children if c.dep_ in _NP_DEPS]
        while stack:
            c = stack.pop()
            out.append(c)
            stack.extend(c.children)
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                out.extend(prep.subtree)
        out.sort(key=lambda t: t.i)
        # A clause the parser folded in before the noun ("The airport was evacuated and local
        # police warned ...") or a hedge before it ("stabbed reportedly several people") is no
        # part of whom the phrase names.
        cut = max((t.i for t in out if t.i < tok.i and t.pos_ in ("VERB", "AUX") and (
                   t.dep_ not in ("amod", "compound", "nmod") or t.nbor().dep_ == "cc")),
                  default=-1)
        while any(t.i <= cut for t in out) or (
                out[0].i < tok.i and (out[0].dep_ == "cc" or out[0].lower_ in _HEDGES)):
            out = [t for t in out if t.i > cut] if any(t.i <= cut for t in out) else out[1:]
        return out

    def np_text(self, tok: Any) -> str:
        # A punctuation mark the parser made a phrase's head ("... Education (C-MORE)") is
        # kept rather than leave no phrase at all.
        toks = [t for t in self.np_tokens(tok) if t.dep_ != "punct" or t.i != tok.i] or [tok]
        if len(toks) > 1 and toks[-1].i == tok.sent.end - 1 and toks[-1].is_punct:
            toks.pop()  # the sentence's full stop, when the phrase is the sentence's root
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
        text = " ".join(self.text[start:end].split()).strip(" ,;:'\"“”‘’")
        text = _tidy(text)
        for suffix in ("'s", "’s"):
            text = text.removesuffix(suffix)
        return text[4:] if text[:4].lower() == "the " else text

    def surface(self, tok: Any) -> str:
        return self.text[tok.idx: tok.idx + len(tok)]

    # actors --------------------------------------------------------------------------------

    def entity_at(self, tok: Any) -> Entity | None:
        return self._by_char.get(tok.idx)

    def conjuncts(self, tok: Any) -> list[Any]:
        return [tok, *[c for c in tok.conjuncts if c.i > tok.i and not (
            c.i + 1 < len(c.doc) and subject_read_as_object(c.doc[c.right_edge.i + 1]) == c)]]

    def find(self, tok: Any, *, target: bool = False, loose: bool = True) -> list[Found]:
        """Actors for ``tok`` and its conjuncts; empty when none is an actor."""
        out: list[Found] = []
        heads = self.conjuncts(tok)
        if len(heads) == 1:
            split = self._coordinated(tok, target=target, loose=loose)
            if split:
                return split
        else:
            one = self._one_name(heads)
            if one is not None:
                return [one]
        shared = None
        for i, head in enumerate(heads):
            found = self._members(head, target=target, loose=loose) or self.head(
                head, target=target, loose=loose) or [
                # "his former rival, Joe Biden": the apposition names whom the noun means.
                f for c in head.children if c.dep_ == "appos"
                for f in self.head(c, target=target, loose=loose) if f.actor is not None] or [
                f for c in _identified(head)
                for f in self.head(c, target=target, loose=loose) if f.actor is not None]
            if i == 0 and found:
                shared = next((f.actor.country for f in found if f.actor is not None
                               and f.actor.country), None)
            for f in found:
                if f.actor is not None and f.actor.country is None and shared and i > 0:
                    f.actor.country = shared
                    f.actor.actor_code = shared + (f.actor.actor_code or "")
            out.extend(found)
        return out

    def _members(self, tok: Any, *, target: bool, loose: bool) -> list[Found]:
        """"World leaders including Iran's Zarif and Britain's Johnson": a group the phrase
        names by its members acts as those members."""
        if self.entity_at(tok) is not None or tok.pos_ != "NOUN":
            return []
        named = [g for c in tok.children if c.dep_ == "prep" and (
                     c.lower_ in ("including", "like") or (
                         c.lower_ == "as" and any(a.lower_ == "such" for a in c.children)))
                 for g in c.children if g.dep_ == "pobj"]
        return [f for g in named for f in self.find(g, target=target, loose=loose)
                if f.actor is not None and f.actor.country]

    def _coordinated(self, tok: Any, *, target: bool, loose: bool) -> list[Found]:
        """Named parties joined by "and" that the parser folded into one phrase ("US President
        Donald Trump and Turkish President Recep Tayyip Erdogan spoke")."""
        words, todo = [tok], [tok]
        while todo:  # the phrase's own words, not its prepositional or clausal parts
            for c in todo.pop().children:
                if c.dep_ in _PHRASE_DEPS:
                    words.append(c)
                    todo.append(c)
        if not any(t.dep_ == "cc" and t.lower_ == "and" for t in words):
            return []
        named: dict[str, tuple[Any, Entity]] = {}
        for t in words:
            ent = self.entity_at(t)
            if ent is None or ent.id in named or ent.type not in ("PERSON", "ORG", "GPE"):
                continue
            if ent.type == "GPE" and t.dep_ in ("compound", "amod", "poss", "nmod") and not any(
                    c.dep_ == "conj" for c in t.children):
                continue  # "US President ...": a title's country, not a party ("North and
                # South Korea" are two)
            named[ent.id] = (t, ent)
        if len(named) < 2:
            return []
        one = self._one_name([t for t, _ in named.values()])
        if one is not None:
            return [one]
        out: list[Found] = []
        for t, ent in named.values():
            if ent.country or ent.actor_code:
                # The entity's own coding: the folded phrase's other titles are not its own.
                out.append(Found(ActorRef(name=_tidy(ent.name), entity=ent.id,
                                          actor_code=ent.actor_code, country=ent.country)))
            else:
                out += [f for f in self.head(t, target=target, loose=loose)
                        if f.actor is not None]
        return out if len({f.actor.entity or f.actor.name for f in out if f.actor}) >= 2 else []

    def _one_name(self, toks: list[Any]) -> Found | None:
        """One known name with "and" in it that the parser or the tagger cut in two ("the
        Islamic State of Iraq and the Levant"), read whole from its first to its last part."""
        spans = [(m.start, m.end) for t in toks if (e := self.entity_at(t)) is not None
                 for m in e.mentions if m.section == self.section and m.start <= t.idx < m.end]
        if len(spans) < 2:
            return None
        whole = self.text[min(spans)[0]:max(end for _, end in spans)]
        if not re.search(r"\band\b", whole) or "," in whole:
            return None
        country, code = self._named(whole)
        return Found(ActorRef(name=whole, actor_code=code, country=country)) if code else None

    def quote_speaker(self, tok: Any) -> list[Found]:
        """The speaker of the quote ``tok`` stands in, when the quotes stage knows one."""
        return [Found(ActorRef(name=_tidy(ent.name), entity=ent.id, actor_code=ent.actor_code,
                               country=ent.country))
                for start, end, ent in self._voiced if start <= tok.idx < end][:1]

    def _first_person(self, tok: Any, *, target: bool) -> list[Found]:
        """"I" and "we" are whoever says the words: the known speaker of the quote they stand
        in, else the subject of the verb of saying they hang on ("He tweeted, 'I want ...'")."""
        speaker = self.quote_speaker(tok)
        if speaker:
            return speaker
        for anc in tok.ancestors:
            if anc.pos_ == "VERB" and anc.lemma_.lower() in SAYING:
                subj = [c for c in anc.children if c.dep_ == "nsubj"]
                if subj and subj[0].lower_ not in FIRST_PERSON and not (
                        subj[0].left_edge.i <= tok.i <= subj[0].right_edge.i):
                    # ("My colleague and I said": the speaker is no one named apart from "I")
                    return self.find(subj[0], target=target)
        return []

    def head(self, tok: Any, *, target: bool = False, loose: bool = True) -> list[Found]:
        if any(start <= tok.idx < end for start, end in self._datelines):
            return []
        lower = tok.lower_
        if lower in QUANTITIES or tok.pos_ == "NUM":
            inner = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"]
            if inner:
                return self.find(inner[0], target=target, loose=loose)
        if tok.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL",
                             "QUANTITY") or accident(tok):
            return []
        if lower in FIRST_PERSON and tok.pos_ == "PRON":
            return self._first_person(tok, target=target)
        if tok.lemma_.lower() in FEELINGS and not target:
            # "My heart goes out to ...", "Our thoughts are with ...": the speaker's.
            mine = [c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("my", "our")]
            if mine:
                return self._first_person(mine[0], target=target)
        if tok.lemma_.lower() in _OWN_STATE and (
                ours := [c for c in tok.children if c.dep_ == "poss" and c.lower_ == "our"]):
            # "'Our government will not recognise Kosovo,' said the Serbian president": the
            # speaker's state.
            iso = next((f.actor.country for f in self._first_person(ours[0], target=target)
                        if f.actor is not None and f.actor.country), None)
            if iso is not None:
                held = self.kb.role_for(tok.lower_) or self.kb.role_for(tok.lemma_.lower())
                return [Found(ActorRef(name=self.np_text(tok), actor_code=iso + (held or ""),
                                       country=iso))]
        if lower in PRONOUNS and not tok.text.isupper():
            if lower in ("they", "them", "he", "she", "him", "her") or (
                    lower == "it" and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB"):
                return [Found(None, lower, tok.idx)]
            return []
        if tok.text in ("North", "South") and any(c.lower_ == "the" for c in tok.children) \
                and (half := self._korea_half(tok.text)) is not None:
            # "Seoul said the North fired two missiles": in a Korean story, a Korea
            return [Found(ActorRef(name=self.kb.countries[half].name, actor_code=half,
                                   country=half))]
        if lower in _TWO_STATES:
            # "the two Koreas": both states of the shared name
            return [Found(ActorRef(name=self.kb.countries[iso].name, actor_code=iso, country=iso))
                    for iso in _TWO_STATES[lower]]
        home = self._diaspora(tok)
        if home is not None:
            return [Found(ActorRef(name=self.np_text(tok), actor_code=home, country=home))]
        ent = self.entity_at(tok)
        if ent is None and tok.tag_ in ("NNS", "NNPS", "NNP") and tok.text[:1].isupper() and (
                self.kb.country_names.get(tok.text, plural=False) is None) and (
                iso := self.kb.country_names.get(tok.text)) is not None:
            # "Hongkongers marched", "Kosovars protested": a country's people the recogniser
            # did not name.
            return [Found(ActorRef(name=self.np_text(tok), actor_code=iso, country=iso))]
        if ent is not None and ent.name.lower().removeprefix("tropical ").split()[0] in (
                ACCIDENTS):
            return []  # "Typhoon Phanfone", "Hurricane Maria": a storm is no actor
        kind = self.kb.role_for(ent.name.lower()) if ent is not None and (
            ent.type == "ORG" and " " not in ent.name and ent.country is None) else None
        if kind is None and tok.text == "House" and not any(
                c.dep_ == "compound" for c in tok.children):
            kind = "LEG"
        if kind is not None:
            # "the Senate", "the House": a body named by its kind, of the country it is
            # placed in, else the one named in full before ("the Parliament of Iraq"), else
            # the story's.
            iso = next(iter(self._located(tok)), None)
            earlier = self._named_earlier(tok) if iso is None else None
            if earlier is not None:
                return [Found(earlier)]
            return [Found(ActorRef(name=tok.text, actor_code=(iso or "") + kind, country=iso))]
        if ent is not None and ent.type in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"):
            found = self._from_entity(ent, tok)
            if not found and (ent.type == "PERSON" or (
                    ent.type == "ORG" and len(ent.name.split()) > 1) or self._lone_body(ent, tok)):
                # A person or body the KB does not know still acts and is acted on ("Trump
                # congratulated Pelosi", "jailed members of the banned Movement for ...");
                # the country may come from its own words ("Republican Representatives"),
                # the other side or the place.
                own = (self.np_countries(tok, self.np_text(tok)) or self._located(tok)
                       ) if ent.type == "ORG" else []
                iso = own[0] if len(own) == 1 else None
                found = [Found(ActorRef(name=_tidy(ent.name), entity=ent.id, actor_code=iso,
                                        country=iso))]
            return found
        if tok.pos_ not in ("NOUN", "PROPN", "PRON"):
            return []
        if lower == "kingdom" and any(c.lower_ == "the" for c in tok.children) and not any(
                c.dep_ in ("compound", "amod", "nmod", "poss") and (
                    self.kb.country_for(c.text) or getattr(self.entity_at(c), "country", None))
                for c in tok.children) and (realm := self._kingdom(tok)):
            # ("the Gulf kingdom", "the oil-rich kingdom" too; "the Saudi kingdom" is named)
            return [Found(ActorRef(name=self.kb.countries[realm].name, actor_code=realm,
                                   country=realm))]
        if (antecedent := self._group_named_before(tok)) is not None:
            return [Found(antecedent)]
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _RIGHTS_BODIES and "rights" in {
                t.lower_ for t in self.np_tokens(tok)}:
            # "a human rights group protested": CAMEO's human-rights NGO.
            return [Found(ActorRef(name=self.np_text(tok), actor_code="NGOHRI",
                                   country="NGOHRI"))]
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _ENTOURAGE:
            principal = self._principal(tok)
            if principal is not None:
                return [Found(principal)]
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _MEMBERS | _STAFF:
            # "members of the Association", "activists from the Fatah party", "researchers at
            # Oxford University": the body acts.
            preps = ("of", "from", "at", "with", "for") if tok.lemma_.lower() in _STAFF else (
                "of", "from", "for") if tok.lemma_.lower() in _VOICES else ("of", "from")
            bodies = [f for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
                      for g in c.children if g.dep_ == "pobj"
                      for f in self._body_found(g, target=target)]
            if bodies:
                return bodies
        np = self.np_text(tok)
        if tok.pos_ == "PROPN":
            person = self._proper(tok, np)
            if person is not None:
                return [Found(person)]
        if self.section == "title" and tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and (
                tok.text[:1].isupper() and not any(c.dep_ in ("det", "poss", "compound", "amod")
                                                   for c in tok.children)):
            # "Tokayev To Visit Beijing": a headline's name the tagger read as a noun
            country, code = _person_lookup(tok.text, self.date)
            if country is not None:
                return [Found(ActorRef(name=tok.text, actor_code=code, country=country))]
        for text in (np, self.surface(tok)):
            country, code = self._named(text)
            if country is not None and code is not None and code.startswith(country) and (
                    (read := self._reread_country(tok, country)) is not None):
                # "Congo's army" in a story the entity stage found to be about the DRC
                country, code = read, read + code[len(country):]
            if country is not None or code is not None:
                return [Found(ActorRef(name=text, actor_code=code, country=country))]
        countries = self.np_countries(tok, np)
        compound = " ".join([c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")
                             and c.i == tok.i - 1] + [lower])
        role = ((self.kb.role_for(compound) if " " in compound else None)  # "fire service"
                or self.kb.role_for(tok.lemma_.lower()) or self.kb.role_for(lower)
                or (_FORCES.get(tok.lemma_.lower()) if not (
                    target and tok.lemma_.lower() == "vessel") else None))
        # ("seized the vessel": a ship acted on is no navy's unless the text says whose)
        if role == "LEG" and tok.lemma_.lower() == "deputy" and any(
                self.kb.role_for(t.lower_) == "COP" for t in self.np_tokens(tok) if t.i != tok.i):
            role = "COP"  # "the sheriff's deputies", "deputies of the county sheriff"
        if role is None and tok.lemma_.lower() in _CAUSE_GROUPS and any(
                c.dep_ in ("amod", "compound") and c.lower_ in _CAUSES for c in tok.children):
            role = "CVL"  # "conservative groups", "pro-democracy organisations": civil society
        if not countries and (role is not None or tok.tag_ in ("NNS", "NNPS")):
            # "police in Paris"; an office "of" a place: "the governor of Louisiana"
            countries = self._located(tok, _LOCATING | {"of"} if role else _LOCATING)
            if role == "MIL" and set(countries) <= _NO_ARMY:
                countries = []  # "troops in Gaza" (troops "from" a country are its own)
        if not countries and role is None and tok.tag_ == "NN" and \
                tok.lemma_.lower() in _INDIVIDUALS and (
                    origin := self._located(tok, ("from",))) and len(origin) == 1:
            # "a missionary from Calgary", "a tourist from Germany": where the person is from
            return [Found(ActorRef(name=np, actor_code=origin[0], country=origin[0]))]
        if role == "JUD" and self._in_the_hague(tok):
            # "the court in The Hague", "a Hague tribunal": the world's courts sit there, the
            # criminal one trying people, the UN's judging states.
            words = {t.lemma_.lower() for t in tok.sent}
            igo = "IGOICC" if words & {"criminal", "crime", "warrant", "suspect", "trial"} \
                else "IGOUNOICJ"
            return [Found(ActorRef(name=np, actor_code=igo, country=igo))]
        if not countries and role is not None:
            countries = self._region_owner(tok) or self._possessor_home(tok)
        if (role is not None or tok.lemma_.lower() in _GROUP_HEADS) and (
                joint := self._joint_parties(tok, role, np)):
            return [Found(a) for a in joint]
        if role is not None or tok.lemma_.lower() in _GROUP_HEADS | _ARMS:
            # ("Hezbollah missiles", "Hamas rockets": the group firing them)
            body = self._body_of(tok)
            if body is not None:
                return [Found(body)]
        if role is not None and not countries and tok.tag_ in ("NN", "NNP") and _definite(tok) and not any(
                c.dep_ in ("compound", "amod", "poss", "prep") for c in tok.children):
            named = self._named_earlier(tok)
            if named is not None:
                return [Found(named)]
        if role is not None:
            if not countries and _definite(tok) and (tok.lemma_.lower() in PLURAL_ANAPHORS or (
                    tok.lemma_.lower() in _PLURAL_ONLY_ANAPHORS and tok.tag_ == "NNS")):
                if tok.tag_ == "NNS" and (group := self._group_named_earlier(tok)):
                    return [Found(a) for a in group]
                return [Found(None, tok.lemma_.lower(), tok.idx)]
            c = countries[0] if len(countries) == 1 else None
            if len(countries) > 1 and tok.tag_ in ("NNS", "NNPS"):
                return [Found(ActorRef(name=np, actor_code=iso + role, country=iso))
                        for iso in countries]
            return [Found(ActorRef(name=np, actor_code=(c or "") + role, country=c))]
        if tok.lemma_.lower() in PLURAL_ANAPHORS and not countries and _definite(tok):
            return [Found(None, tok.lemma_.lower(), tok.idx)]
        if len(countries) == 1 and tok.lemma_.lower() in _FORCE_NOUNS and any(
                c.dep_ in ("amod", "compound", "poss", "nmod") for c in tok.children):
            # "a United States military airstrike", "Russian shelling": that country's forces.
            return [Found(ActorRef(name=np, actor_code=countries[0] + "MIL",
                                   country=countries[0]))]
        # ("abused the rights of Tibetans": a people's rights are no party; the owners are)
        if countries and ((target and loose and lower != "rights")
                          or tok.lemma_.lower() in _GENERIC_HEADS):
            if (tok.lemma_.lower() in _event_nouns() or any(
                    c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)) and (owners := [
                    iso for iso in self._modifier_countries(tok) if iso in countries]):
                # "Russia's invasion of Ukraine", "Serbia's suppression of unrest in Kosovo":
                # the deed is its doer's, not its victim's.
                countries = owners
            # "a Turkish army post": the army's, not just Turkey's.
            part = next((r for c in tok.children if c.dep_ == "compound"
                         for r in [self.kb.role_for(c.lemma_.lower())] if r), "")
            return [Found(ActorRef(name=np, actor_code=iso + part, country=iso))
                    for iso in countries]
        led = self._leader(tok)
        if led is not None and tok.pos_ == "NOUN" and lower not in _THINGS:
            # "the Saudi-led coalition", "Iran-backed militias": the leader's group
            return [Found(ActorRef(name=np, actor_code=led + (
                self.kb.role_for(tok.lemma_.lower()) or ""), country=led))]
        own = self._modifier_countries(tok) or (
            self._located(tok) if tok.tag_ in ("NNS", "NNPS") else [])
        if (tok.pos_ == "NOUN" and len(own) == 1 and lower not in _THINGS
                and tok.lemma_.lower() not in _event_nouns()
                and (tok.tag_ == "NNS" or self._demonym(tok)
                     or any(c.dep_ == "poss" for c in tok.children))):
            # "Palestinian prisoners", "Burundian militiamen": a group named by its country;
            # "a Turkish army post": the army's.
            part = next((r for c in tok.children if c.dep_ == "compound"
                         for r in [self.kb.role_for(c.lemma_.lower())] if r), "")
            return [Found(ActorRef(name=np, actor_code=own[0] + part, country=own[0]))]
        if (tok.tag_ == "NNS" and len(own) > 1 and lower not in _THINGS
                and tok.lemma_.lower() not in _event_nouns()):
            # "his Greek, Cypriot and French counterparts": one party for each country
            return [Found(ActorRef(name=np, actor_code=iso, country=iso)) for iso in own]
        return []

    def _lone_body(self, ent: Entity, tok: Any) -> bool:
        """"Harvard sued the administration", "Yale condemned the attack": a one-word body
        the knowledge base does not know still acts when it is a name in running text, the
        subject or object of the verb, and no common word the recogniser took for one."""
        return (ent.type == "ORG" and " " not in ent.name and self.section == "body"
                and tok.tag_ == "NNP" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
                and ent.name.lower() not in _generic_words()
                and self.kb.role_for(ent.name.lower()) is None)

    def _joint_parties(self, tok: Any, role: str | None, np: str) -> list[ActorRef]:
        """"Israeli and Hezbollah forces", "Syrian and Iranian-backed fighters": a group
        named by two coordinated parties is each of them, a state's with the group's role,
        a named body's or armed group's with its own code."""
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
        words = list(dict.fromkeys(x for c in mods for x in (c, *c.conjuncts)))
        if len(words) < 2 or not any(c.dep_ == "cc" for w in words for c in w.children):
            return []
        out: list[ActorRef] = []
        for w in words:
            ent = self.entity_at(w)
            name = ent.name if ent is not None else w.text
            group = armed_group(name)
            if group is not None:
                out.append(ActorRef(name=name, actor_code=group[1], country=group[0]))
            elif ent is not None and ent.type == "ORG" and ent.country and ent.actor_code:
                out.append(ActorRef(name=_tidy(ent.name), entity=ent.id, actor_code=ent.actor_code,
                                    country=ent.country))
            elif (iso := (ent.country if ent is not None and ent.type in ("GPE", "NORP")
                          else self.kb.country_for(w.text))) and iso in self.kb.countries:
                out.append(ActorRef(name=f"{w.text} {tok.text}", actor_code=iso + (role or ""),
                                    country=iso))
            else:
                return []
        return out if len({a.actor_code for a in out}) >= 2 else []

    def _korea_half(self, word: str) -> str | None:
        """"The North" and "the South" of a story that names a Korea or its capitals."""
        named = {e.country for e in self._entities if e.type in ("GPE", "ORG", "PERSON")}
        if not named & {"PRK", "KOR"}:
            return None
        return "PRK" if word == "North" else "KOR"

    def _kingdom(self, tok: Any) -> str | None:
        """"The kingdom" is the kingdom last named before it ("Saudi Arabia ... the kingdom
        said"), else the story's when that is one."""
        realms = _kingdoms()
        last: tuple[int, str] | None = None
        for ent in self._entities:
            if ent.type != "GPE" or ent.country not in realms:
                continue
            for m in ent.mentions:
                if m.section == self.section and m.start < tok.idx and (
                        last is None or m.start > last[0]):
                    last = (m.start, ent.country)
        if last is not None:
            return last[1]
        home = self._story_home()
        return home if home in realms else None

    def _in_the_hague(self, tok: Any) -> bool:
        """True when ``tok`` is placed in The Hague ("the court in The Hague", "a Hague
        court", "the Hague-based tribunal")."""
        near = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                for g in c.children if g.dep_ == "pobj"]
        near += [t for c in tok.children if c.dep_ in ("compound", "amod", "nmod")
                 for t in c.subtree]
        after = tok.doc[tok.i + 1:tok.i + 4]
        if len(after) == 3 and after[0].lower_ in ("in", "at") and after[1].lower_ == "the":
            near.append(after[2])  # the parser hung "in The Hague" on the verb
        return any((ent := self.entity_at(t)) is not None and ent.country == "NLD"
                   and t.lower_ == "hague" for t in near)

    def _body_found(self, g: Any, *, target: bool) -> list[Found]:
        """The body a person works for, named by ``g``; a unit of no known country is
        placed by the body it belongs to ("the Migration Observatory at Oxford University")."""
        found = [f for f in self.find(g, target=target, loose=False) if f.actor is not None]
        if any(f.actor is not None and f.actor.country for f in found):
            return found
        outer = [f for c in g.children if c.dep_ == "prep" and c.lower_ in ("at", "of")
                 for h in c.children if h.dep_ == "pobj" and self.entity_at(h) is not None
                 for f in self.find(h, target=target, loose=False)
                 if f.actor is not None and f.actor.country and f.actor.entity is not None]
        return outer[:1] or found

    def _group_named_before(self, tok: Any) -> ActorRef | None:
        """"Hamas rejected the deal. The group also said ...": "the group" (or "the militant
        group", "the movement") doing something stands for the armed group or the NGO the
        sentence before or this one named last, when no other "group" came between."""
        if (tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lemma_.lower() not in _GROUP_NOUNS
                or tok.dep_ not in ("nsubj", "nsubjpass", "poss")
                or not any(c.lower_ == "the" for c in tok.children) or any(
                    c.dep_ in ("prep", "appos", "relcl", "acl") or (
                        c.dep_ in ("amod", "compound", "nmod")
                        and c.lower_ not in _GROUP_KINDS) for c in tok.children)):
            return None
        start = tok.sent.start
        before = self.doc[start - 1].sent.start if start > 0 else start
        for t in reversed(self.doc[before:tok.i]):
            if t.lemma_.lower() in _GROUP_NOUNS and t.pos_ == "NOUN":
                return None  # "a group of migrants ... the group": another group
            ent = self.entity_at(t)
            if t.pos_ == "PROPN" and (armed := armed_group(
                    ent.name if ent is not None else t.text)) is not None:
                return ActorRef(name=ent.name if ent is not None else t.text,
                                entity=ent.id if ent is not None else None,
                                actor_code=armed[1], country=armed[0])
            if ent is None or ent.type != "ORG" or not ent.actor_code:
                continue
            code = ent.actor_code
            if code.endswith("REB") or code.startswith(("NGO", "IMG")):
                return ActorRef(name=_tidy(ent.name), entity=ent.id, actor_code=code,
                                country=ent.country)
        return None

    def _named_earlier(self, tok: Any) -> ActorRef | None:
        """"the administration" after "the Biden administration", "the ministry" after "the
        Kazakh foreign ministry", "Parliament" after "the Parliament of Iraq": the body last
        named in full with the same head noun."""
        lemma = tok.lemma_.lower()
        if lemma == "government":
            return None  # the story's own government, whatever others were named
        for t in reversed(self.doc[max(0, tok.i - 2000):tok.i]):
            if t.lemma_.lower() != lemma or t.pos_ not in ("NOUN", "PROPN") or not any(
                    c.dep_ in ("compound", "amod", "poss") or (
                        c.dep_ == "prep" and c.lower_ == "of") for c in t.children):
                continue
            found = [f.actor for f in self.head(t) if f.actor is not None and f.actor.country]
            if len(found) == 1:
                return found[0]
            return None
        return None

    def _group_named_earlier(self, tok: Any) -> list[ActorRef]:
        """"the foreign ministers" after "the foreign ministers of Egypt, Greece and France":
        the countries the last phrase with the same plural head named (two or more)."""
        lemma = tok.lemma_.lower()
        for t in reversed(self.doc[max(0, tok.i - 2000):tok.i]):
            if t.lemma_.lower() != lemma or t.tag_ != "NNS":
                continue
            found = [f.actor for f in self.head(t) if f.actor is not None and f.actor.country]
            if len({a.country for a in found}) >= 2:
                return found
        return []

    def _diaspora(self, tok: Any) -> str | None:
        """The country an ethnic group lives in, as CAMEO codes it: "Bosnian Serbs" are
        Bosnia's, "Iraqi Kurds" Iraq's; the group's own demonym names no actor here."""
        if tok.tag_ != "NNPS" and not (tok.tag_ == "NNS" and tok.text[:1].isupper()):
            return None
        own = self.kb.country_for(tok.text)
        homes = {iso for c in tok.children if c.dep_ in ("amod", "compound")
                 and c.i == tok.i - 1 and c.text[:1].isupper()
                 for iso in [self.kb.country_for(c.text)] if iso and iso != own}
        if not homes and own and (any(c.lower_ == "ethnic" for c in tok.children) or any(
                c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)):
            # "ethnic Albanians in south Serbia", "the Albanians of southern Serbia"
            homes = {iso for iso in self._located(tok, ("in", "of")) if iso != own}
            if not homes and tok.dep_ in ("nsubj", "nsubjpass") and any(
                    c.lower_ == "ethnic" for c in tok.children):
                # "ethnic Albanians demonstrated in Serbia": where their act happens.
                homes = {iso for iso in self._located(tok.head, ("in",)) if iso != own}
        return homes.pop() if len(homes) == 1 else None

    def _principal(self, tok: Any) -> ActorRef | None:
        """The person an entourage noun acts for ("the Trump campaign", "Putin's spokesman",
        "lawyers for Assange"), coded by that person's country."""
        heads = [c for c in tok.children if c.dep_ in ("compound", "poss")] + [
            g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
            for g in c.children if g.dep_ == "pobj"]
        for c in heads:
            ent = self.entity_at(c)
            if ent is None or ent.type != "PERSON" or not ent.country:
                continue
            role = _ENTOURAGE[tok.lemma_.lower()]
            code = ent.actor_code or ent.country if role is None else ent.country + role
            return ActorRef(name=self.np_text(tok), actor_code=code, country=ent.country)
        return None

    def _region_owner(self, tok: Any) -> list[str]:
        """The country of a state, province or city named before a role noun ("Goa's
        government", "Kerala police") that the recogniser left unnamed or uncoded."""
        for c in tok.children:
            if c.dep_ not in ("poss", "compound") or c.pos_ != "PROPN" or not c.text[:1].isupper():
                continue
            ent = self.entity_at(c)
            if ent is not None and (ent.type not in ("GPE", "LOC") or ent.country):
                continue
            name = self.text[c.left_edge.idx:c.idx + len(c)]
            place = town(name)
            if place is not None and len(place.country) == 3 and (
                    place.kind != "city" or place.population >= 100_000):
                return [place.country]
        return []

    def _possessor_home(self, tok: Any) -> list[str]:
        """The country of a leader named as the owner of a role noun ("Lukashenko's regime",
        "‘Ortega’s government", which the tagger may leave unnamed after a curly quote)."""
        for c in tok.children:
            if c.pos_ not in ("PROPN", "NOUN") or not c.text[:1].isupper() or not (
                    c.dep_ == "poss" or (c.dep_ == "nmod" and any(
                        g.dep_ == "case" and g.lower_ in ("'s", "’s") for g in c.children))):
                continue
            ent = self.entity_at(c)
            if ent is not None and ent.type == "PERSON" and ent.country in self.kb.countries:
                return [str(ent.country)]
            if ent is None:
                country, _ = _person_lookup(self.text[c.left_edge.idx:c.idx + len(c)].lstrip(
                    "‘'\"“"), self.date)
                if country in self.kb.countries:
                    return [str(country)]
        return []

    def _body_of(self, tok: Any) -> ActorRef | None:
        """The organisation a role noun belongs to: "Red Cross officials", "NATO troops"."""
        for c in tok.children:
            if c.dep_ not in ("compound", "nmod", "poss") or c.lemma_.lower() in _HELD:
                continue  # "Hamas hostage X": held by the group, not of it
            ent = self.entity_at(c)
            if ent is not None and ent.type == "ORG" and ent.actor_code and ent.country:
                return ActorRef(name=self.np_text(tok), entity=None, actor_code=ent.actor_code,
                                country=ent.country)
            name = ent.name if ent is not None else self.text[c.left_edge.idx:c.idx + len(c)]
            group = armed_group(name) or armed_group(self.text[c.left_edge.idx:c.idx + len(c)])
            if group is not None:
                return ActorRef(name=name, entity=ent.id if ent is not None else None,
                                actor_code=group[1], country=group[0])
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
        if len(mods) > 1 and (group := armed_group(
                self.text[mods[0].left_edge.idx:tok.idx].strip())) is not None:
            # "al-Shabaab militants" parsed as three modifiers: the group they spell
            return ActorRef(name=self.np_text(tok), actor_code=group[1], country=group[0])
        return None

    def np_countries(self, tok: Any, np: str) -> list[str]:
        """Countries named in a noun phrase, by name or demonym or as a recognised place; not
        a country's name inside a place of another's ("New Mexico", "New Jersey")."""
        toks = self.np_tokens(tok)
        places = [ent for t in toks if (ent := self.entity_at(t)) is not None
                  and ent.type == "GPE" and ent.country]
        out: list[str] = []
        for start, end, iso in self.kb.country_hits(np):
            word = np[start:end]
            if (word.lower(), (np[end:].split() or [""])[0].lower()) in NOT_A_PEOPLE:
                continue  # "Greek life organizations"
            if iso and iso not in out and not any(ent.country != iso and word != ent.name
                                          and word in ent.name for ent in places):
                out.append(iso)
        for t in toks:
            ent = self.entity_at(t)
            if (ent is not None and ent.type in ("GPE", "NORP") and ent.country
                    and ent.country not in out and t.i != tok.i):
                out.append(ent.country)
            party = self._party_country(t) if t.i != tok.i else None
            if party and party not in out:
                out.append(party)  # "Republican senators", "Labour MPs"
        led = self._leader(tok)
        # "the United States-led Iraq War": the leader's; "the Kremlin-backed governor"
        return [led] if led in out or (led is not None and not out) else out

    def _leader(self, tok: Any) -> str | None:
        """The country that leads, backs or runs a thing ("the Saudi-led coalition")."""
        for c in tok.children:
            if c.dep_ == "amod" and c.lemma_.lower() in _LEADING:
                for g in c.subtree:
                    ent = self.entity_at(g) if g.i != c.i else None
                    if ent is not None and ent.country in self.kb.countries:
                        return str(ent.country)
                    # "the Kremlin-backed governor": a seat of government the recogniser
                    # left unnamed inside the hyphenated word
                    seat = self.kb.seat(g.text) if ent is None and g.i != c.i and (
                        g.text[:1].isupper()) else None
                    if seat is not None and seat[0] in self.kb.countries:
                        return str(seat[0])
        return None

    def _party_country(self, tok: Any) -> str | None:
        """The country of a political party named by a modifier ("Republican", "Labour")."""
        word = tok.text
        if not word[:1].isupper() or tok.pos_ not in ("ADJ", "PROPN", "NOUN"):
            return None
        ent = self.entity_at(tok)
        if ent is not None and ent.type not in ("NORP", "ORG") and " " in ent.name:
            return None  # "the Good Move plan": a word of another name, not the Good Party
        if tok.lower_ in _CAUSES and tok.head.lemma_.lower() in _CAUSE_GROUPS:
            return None  # "Conservative groups": a cause, not the Conservative Party
        for name in (word + " Party", word + "s", word.rstrip("s") + "ic Party"):
            org = self.kb.organisation(name)
            if org is not None and org.role == "PTY" and org.country in self.kb.countries:
                # "Conservative MPs" in a story about Canada: Canada's Conservatives.
                home = self._story_home()
                if home is not None and home != org.country and home in _party_homes(word):
                    return home
                if home is not None and home != org.country and tok.lower_ in _CAUSES:
                    return None  # "Conservative activists" in an American story: a creed
                return str(org.country)
        return None

    def _story_home(self) -> str | None:
        """The country two thirds of the story's places and people belong to (two mentions
        at least)."""
        if self._home is None:
            votes: Counter[str] = Counter()
            for ent in self._entities:
                if ent.type in ("GPE", "PERSON") and ent.country in self.kb.countries:
                    votes[ent.country] += len(ent.mentions)
            top = votes.most_common(1)
            self._home = top[0][0] if top and top[0][1] >= 2 and (
                top[0][1] * 3 >= sum(votes.values()) * 2) else ""
        return self._home or None

    def _modifier_countries(self, tok: Any) -> list[str]:
        """Countries in the words that modify ``tok`` ("Iraqi", "Russia's"), not in its
        prepositional phrases."""
        out: list[str] = []
        for c in tok.children:
            if c.dep_ not in ("amod", "compound", "nmod", "poss"):
                continue
            for t in c.subtree:
                ent = self.entity_at(t)
                if ent is not None:
                    iso = ent.country if ent.type in ("GPE", "NORP") else None
                else:
                    iso = self.kb.country_for(t.text) if t.pos_ == "ADJ" and not (
                        _not_a_people(t)) else None
                iso = iso or self._party_country(t)
                if iso and iso not in out:
                    out.append(iso)
        return out

    def _demonym(self, tok: Any) -> bool:
        """True when a country adjective qualifies ``tok`` directly ("a US national")."""
        for c in tok.children:
            ent = self.entity_at(c)
            if c.dep_ in ("amod", "compound") and (
                (ent is not None and ent.type == "NORP")
                or (c.pos_ == "ADJ" and self.kb.country_for(c.text))
                or (c.text.isupper() and ent is not None and ent.type == "GPE")
            ):
                return True
        return False

    def _located(self, tok: Any, locating: Iterable[str] = _LOCATING) -> list[str]:
        """The country a group is placed in: "rebels in the Ivory Coast", "students
        throughout Indonesia", "a group based in Trinidad"; not the parties of a joint act
        ("signed by both governments in Brussels": where they signed)."""
        if tok.tag_ == "NNS" and _definite(tok) and (
                tok.lemma_.lower() in PLURAL_ANAPHORS | _PLURAL_ONLY_ANAPHORS) and any(
                c.lower_ in ("both", "two", "three") for c in tok.children):
            return []
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in locating]
        preps += [p for c in tok.children if c.dep_ == "acl" and c.lemma_ in _SEATED
                  for p in c.children if p.dep_ == "prep" and p.lower_ == "in"]
        for prep in preps:
            for g in prep.children:
                if g.dep_ != "pobj":
                    continue
                ent = self.entity_at(g)
                if ent is not None and ent.type in ("GPE", "LOC") and ent.country:
                    # "troops from North and South Korea", "police in Mali and Niger": each
                    # coordinated place.
                    return list(dict.fromkeys([ent.country] + [
                        e.country for t in _coordinated_words(g)
                        if (e := self.entity_at(t)) is not None and e.type in ("GPE", "LOC")
                        and e.country and len(e.country) == 3]))
                found = self.kb.countries_in(self.np_text(g))
                if len(found) == 1:
                    return found
                place = town(ent.name) if ent is not None and ent.type in ("GPE", "LOC") and (
                    not WATERS.search(ent.name)) else None  # "in the Gulf": at sea
                if place is not None:
                    # A state or city the recogniser left uncoded ("the governor of Louisiana").
                    return [place.country]
        return []

    def _proper(self, tok: Any, np: str) -> ActorRef | None:
        """A proper name the recogniser missed ("Chinese Chair Xi Jinping")."""
        chain = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        words = [t for t in self.np_tokens(tok) if t.pos_ == "PROPN"
                 and (t.i == tok.i or t in chain or t.head in chain)]
        name_toks = [t for t in words if self.kb.role_for(t.lower_) is None
                     and t.lower_ not in _TITLES and not self.kb.countries_in(t.text)]
        if not name_toks:
            return None
        start = name_toks[0].idx
        name = self.text[start:tok.idx + len(tok)]
        prev = tok.doc[name_toks[0].i - 1] if name_toks[0].i > 0 else None
        if " " not in name and prev is not None and prev.pos_ == "PROPN" \
                and prev.text[:1].isupper() and prev not in words:
            country, code = None, None  # "Capitol Hill": the end of another name
        else:
            country, code = _person_lookup(name, self.date)
        if country is None:
            found = self.kb.countries_in(np)
            if len(found) != 1:
                return None
            country = found[0]
            role = next((r for t in self.np_tokens(tok) if t.i != tok.i
                         for r in [self.kb.role_for(t.lower_)] if r), None)
            code = country + (role or "")
        return ActorRef(name=name, actor_code=code, country=country)

    def _reread_country(self, tok: Any, iso: str) -> str | None:
        """The country the entity stage gave a country name of the phrase, where the story
        made it another than the name alone reads ("Congo" for the DRC)."""
        for t in self.np_tokens(tok):
            ent = self.entity_at(t)
            if (ent is not None and ent.type == "GPE" and ent.country in self.kb.countries
                    and ent.country != iso and self.kb.country_for(t.text) == iso):
                return str(ent.country)
        return None

    def _named(self, text: str) -> tuple[str | None, str | None]:
        if not text or not text[0].isupper():
            return None, None
        seat = self.kb.seat(text)
        if seat is not None:
            return seat[0], seat[0] + seat[1]
        org = self.kb.organisation(text)
        if org is not None:
            return org.country, org.code
        group = armed_group(text)
        if group is not None:
            return group
        iso3 = self.kb.country_names.get(text, plural=False)
        if iso3 is not None and " " not in text.strip():
            return iso3, iso3
        return None, None

    def _affiliation(self, ent: Entity, tok: Any) -> tuple[str, str] | None:
        """(country, code) from the title words before a person's name: "Israeli Prime
        Minister X", "U.N. Secretary-General X", "X of Russia"."""
        own = {m.start for m in ent.mentions}
        role = None
        # "Hamas hostage X": a group that holds the person gives no side
        held = any(t.lemma_.lower() in _HELD for t in self.np_tokens(tok))
        for t in self.np_tokens(tok):
            if t.i == tok.i or self.entity_at(t) is ent:
                continue
            other = self.entity_at(t)
            if (other is not None and other.type == "ORG" and other.country
                    and other.actor_code and t.idx not in own and not held):
                return other.country, other.actor_code
            iso = None
            if other is not None and other.type in ("GPE", "NORP") and other.country:
                iso = other.country
            elif t.pos_ in ("ADJ", "PROPN") and t.text[:1].isupper():
                iso = self.kb.country_for(t.text)
            role = role or (self.kb.role_for(t.lower_) if t.pos_ in ("NOUN", "PROPN") else None)
            if iso:
                return iso, iso + (role or "")
        return None

    def _sporting(self) -> bool:
        """The article is a sports report ("Wagner scored 30 points": a player)."""
        if self._sports is None:
            self._sports = sports_report(t for _, t in self._article.sections())
        return self._sports

    def _from_entity(self, ent: Entity, tok: Any) -> list[Found]:
        country, code = ent.country, ent.actor_code
        # a one-word name the entities stage left uncoded in a sports report is a player's
        played = " " not in ent.name and not ent.actor_code and self._sporting()
        group = armed_group(ent.name) if ent.type != "GPE" and not played else None
        if group is not None:
            # "Islamic State of Iraq and the Levant" is no actor of Iraq's.
            return [Found(ActorRef(name=_tidy(ent.name), entity=ent.id, actor_code=group[1],
                                   country=group[0]))]
        if ent.type == "GPE" and ent.name == "Brussels" and (union := next(
                (e for e in self._entities if (e.actor_code or "").startswith("IGOEUR")),
                None)) is not None:
            # "Brussels criticised Budapest" in a story about the EU: the Union, not Belgium
            return [Found(ActorRef(name=_tidy(ent.name), entity=ent.id, actor_code="IGOEUREEC",
                                   country=union.country))]
        if ent.type == "PERSON":
            aff = self._affiliation(ent, tok)
            if aff is not None and aff[0] != country:
                country, code = aff
            elif code is not None and code.endswith("IGO"):
                body = _igo_office(ent.name, self.date)
                if body is not None:
                    country = code = body
        if country is None and code is None:
            if ent.type == "NORP" or (ent.type == "GPE" and "-" in ent.name):
                many = self.kb.countries_in(ent.name, capitals=ent.type == "GPE")
                if len(many) > 1:
                    return [Found(ActorRef(name=self.kb.countries[c].name, actor_code=c,
                                           country=c)) for c in many]
            if (ent.type != "PERSON" or " " in ent.name) and not played:
                # a lone surname the entities stage left unlinked ("Khan" after "Zara Khan")
                country, code = lookup_name(ent.name, ent.type, self.date)
            if country is None and ent.type == "ORG" and not played:
                # "KNB Anti-Corruption Service": try the whole phrase around the entity.
                country, code = self._named(self.np_text(tok))
        if country is None and code is None:
            np = self.np_text(tok)
            found = self.kb.countries_in(np)
            if len(found) == 1:
                country = found[0]
                role = None
                for t in self.np_tokens(tok):
                    if t.i != tok.i and t.pos_ in ("NOUN", "PROPN"):
                        role = role or self.kb.role_for(t.lower_)
                code = country + (role or "")
        if country is None and code is None:
            return []
        return [Found(ActorRef(name=_tidy(ent.name), entity=ent.id, actor_code=code, country=country))]


def _tidy(name: str) -> str:
    """A name cut inside its brackets ("Free Trade Area (AfCFTA") ends before them; one that
    runs on into the next phrase ("Patrice Talon of Benin" read as "Patrice Talon of") or
    starts with the day before it ("on Sunday Presidents ...") loses the stray word."""
    if name.count("(") > name.count(")"):
        name = name[:name.rindex("(")].rstrip() or name
    head, _, rest = name.partition(" ")
    if rest and head.lower() in _WEEKDAYS:
        name = rest
    body, _, last = name.rpartition(" ")
    return body if body and last in _STRAY_ENDS else name


def _not_a_people(tok: Any) -> bool:
    """A people's word before a noun it does not qualify as theirs ("Greek life")."""
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and (tok.lower_, nxt.lower_) in NOT_A_PEOPLE


def _coordinated_words(tok: Any) -> list[Any]:
    """The conjuncts of ``tok`` and of its modifiers ("North and South Korea": South)."""
    return [*tok.conjuncts, *(x for c in tok.children if c.dep_ in ("nmod", "compound")
                              and c.conjuncts for x in (c, *c.conjuncts))]


def _identified(tok: Any) -> list[Any]:
    """Whom a noun turns out to be: "a man identified as X", "detained the man, later named
    as X" (the parser hangs the second on the verb)."""
    if tok.pos_ != "NOUN":
        return []
    clauses = [c for c in tok.children if c.dep_ == "acl"]
    if tok.dep_ in ("dobj", "nsubjpass"):
        clauses += [c for c in tok.head.children if c.dep_ == "advcl" and c.i > tok.i
                    and not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)]
    return [g for c in clauses if c.tag_ == "VBN" and c.lemma_.lower() in ("identify", "name")
            for p in c.children if p.dep_ == "prep" and p.lower_ == "as"
            for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]


def _definite(tok: Any) -> bool:
    """"the leaders", "both sides", "all three nations" — not "leaders" in general, nor a
    leader named by what he leads ("the opposition leader")."""
    kids = {c.lower_ for c in tok.children}
    return bool(kids & {"the", "both", "two", "these", "those"} or (
        "all" in kids and any(c.dep_ == "nummod" for c in tok.children))) and (
        not any(c.dep_ in ("compound", "amod") and c.lower_ not in _RANKS
                for c in tok.children))
