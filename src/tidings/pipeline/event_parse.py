"""Questions the event coder asks of spaCy tokens: who owns a word, which particle or object a
verb takes, whether a clause is conditioned, how two coded words compose."""

from __future__ import annotations

import re
from typing import Any

from ..knowledge.event_lexicon import Lexicon
from .event_actors import QUANTITIES, Found
from .event_lemmas import lemma as _lemma
from .event_mention import (
    Mention,
)
from .event_modality import DENYING
from .event_specific import AID_NOUNS
from .event_wrongs import ACCUSE, CRIME, wrong_deed, wrong_noun
from .tone import polarity

#: A match score: "2-1", "5–0".
_SCORE = re.compile(r"^\d{1,2}[-–]\d{1,2}$")
#: Names that damn a deed they are given ("called the move a stunt", "a waste of time"),
#: though not negative words in general news tone.
#: Words of esteem that make a name for someone praise (the news polarity lacks them).
_KIND_NAMES = frozenset({"valued", "trusted", "respected", "esteemed", "cherished",
                         "invaluable", "indispensable", "loyal", "dedicated", "distinguished"})
_DAMNING_NAMES = frozenset({"hoax", "sham", "farce", "charade", "travesty", "mockery", "stunt",
                            "ploy", "gimmick", "maneuver", "manoeuvre", "grab", "witch-hunt",
                            "scam", "whitewash", "cover-up", "coverup", "fiasco", "blunder",
                            "mistake", "betrayal", "slap", "lie", "nonsense", "waste", "joke",
                            "circus", "theatre", "theater", "hypocrisy", "absurd", "ridiculous",
                            "shameful", "reckless", "irresponsible", "unacceptable",
                            "provocation", "violation", "disgrace", "outrage", "illegal",
                            "unlawful", "illegitimate", "unconstitutional", "traitor", "liar",
                            "thug", "propaganda", "genocide", "massacre", "apartheid",
                            "blackmail", "piracy", "barbarism", "cleansing"})
#: What one agrees to that commits one to act ("agreed to an extension of the mandate").
_UNDERTAKINGS = frozenset({"extension", "plan", "proposal", "compromise", "formula",
                           "framework", "timetable", "roadmap", "exchange", "swap",
                           "moratorium", "pause", "postponement", "delay", "handover", "transfer",
                           "resumption", "reduction", "withdrawal", "initiative"})
SUBJ = ("nsubj", "csubj")
INTENT = {"04": "036", "05": "032", "06": "031", "061": "0311", "062": "0312", "063": "0313",
           "07": "033", "071": "0331", "072": "0332", "073": "0333", "08": "035",
           "0841": "0353", "0842": "0353", "085": "0354", "087": "0356", "0871": "0356", "045": "039",
           "037": "037", "064": "0314", "081": "0351", "082": "0352", "086": "0355",
           "0831": "0341", "0832": "0342", "0833": "0343", "0834": "0344",
           "038": "038", "039": "039", "036": "036", "074": "0334", "0874": "0356"}
_REFUSE = {"04": "125", "045": "126", "06": "121", "07": "122", "0841": "1243", "0842": "1243",
           "085": "1244", "071": "1221", "072": "1222", "073": "1223", "074": "1224",
           "087": "1246", "08": "124", "061": "1211", "062": "1212", "081": "1241",
           "082": "1242", "086": "1245", "0831": "1231", "0832": "1232", "0833": "1233",
           "0834": "1234"}
_CHANGE_VERBS = frozenset({
    "change", "reform", "amend", "repeal", "scrap", "abolish", "reverse", "overturn", "relax",
    "tighten", "raise", "lower", "cut", "reduce", "increase", "introduce", "adopt", "implement",
    "enforce", "legalize", "legalise", "decriminalize", "decriminalise", "diversify",
    "reschedule", "postpone", "cancel", "revise", "reconsider", "rethink", "regulate",
    "deregulate", "privatize", "privatise", "nationalize", "nationalise", "subsidize", "tax",
    "reclassify", "delist", "liberalize", "liberalise", "overhaul", "restrict", "streamline",
    "simplify", "modernize", "modernise", "ban", "outlaw", "prohibit", "criminalize",
    "criminalise", "loosen",
})
#: Lists a thing is taken off or put on ("take cannabis off the list of banned drugs").
_LISTS = frozenset({"list", "schedule", "register", "blacklist", "whitelist", "registry"})
_POLICY_NOUNS = frozenset({
    "law", "policy", "rule", "regulation", "tax", "tariff", "limit", "cap", "quota", "ban",
    "punishment", "penalty", "sentence", "budget", "spending", "subsidy", "price", "rate",
    "restriction", "requirement", "reform", "legislation", "bill", "measure", "mandate",
    "lockdown", "curfew", "moratorium", "standard", "program", "programme", "scheme",
})
#: Unrest that happens, and the verbs it happens by.
_UNREST = frozenset({"protest", "demonstration", "rally", "riot", "strike", "unrest", "march"})
#: Verbs telling that a place lived through something ("the capital has seen protests").
_SAW = frozenset({"see", "witness", "experience"})
#: Nouns for places where unrest happens.
_VENUES = frozenset({"city", "town", "capital", "country", "region", "province", "village",
                     "district", "state", "nation", "street", "campus"})
OCCUR = frozenset({"erupt", "break", "continue", "spread", "flare", "resume", "intensify",
                    "grow", "escalate", "occur", "rage"})
#: An attempted act is the act ("tried to hack"), save an attempted assassination (185).
_ATTEMPT = {"186": "185", "1823": "185"}
#: A cooperation or a fight stopped, by the code of the act stopped: aid cut (162), talks or
#: mediation halted (164, 165), trade halted (163), an offensive halted (087).
_HALT = {"04": "164", "045": "165", "046": "164", "06": "160", "061": "163", "07": "162",
         "071": "1621", "072": "1622", "073": "1623", "18": "087", "19": "087", "20": "087"}
# Verbs that combine with the trigger of their open complement, by the inner code's root.
# Threatened assaults (kidnapping, bombing, killing) are unconventional violence (1383),
# threatened fire of guns, artillery or aircraft a conventional attack (1384); a threat to
# fight, attack or use force unspecified is 138. A threat to sue or to veto threatens no force
# (131).
_THREATEN = {"161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135",
             "166": "136", "172": "132", "1723": "1323", "1724": "1324", "175": "137",
             "11": "131", "12": "131", "14": "133", "16": "131", "17": "132", "18": "1383",
             "19": "138", "20": "138", "1721": "1321", "1722": "1322", "191": "1381", "192": "1382",
             "193": "1384", "194": "1384", "195": "1384", "204": "1385"}
_APPEAL = {"045": "028", "04": "026", "05": "022", "06": "021", "07": "023", "08": "025", "0841": "0253",
           "0842": "0253", "061": "0211", "062": "0212", "063": "0213", "064": "0214", "09": "0213",
           "071": "0231", "072": "0232", "073": "0233", "074": "0234",
           "085": "0254", "087": "0256", "0871": "0256", "081": "0251", "082": "0252",
           "086": "0255", "0831": "0241", "0832": "0242", "0833": "0243", "0834": "0244",
           "037": "027", "038": "028", "0874": "0256"}
_DEMAND = {"04": "108", "06": "101", "07": "103", "0841": "1053", "0842": "1053", "085": "1054",
           "087": "1056", "061": "1011", "062": "1012", "064": "1014", "09": "1013",
           "071": "1031", "072": "1032", "073": "1033", "074": "1034",
           "0871": "107", "063": "1013", "081": "1051", "082": "1052", "086": "1055",
           "0831": "1041", "0832": "1042", "0833": "1043", "0834": "1044",
           "045": "105", "038": "105", "0874": "106"}
GOVERNORS: dict[str, tuple[dict[str, str], str]] = {
    "threaten": (_THREATEN, "130"),
    "pledge": (INTENT, "030"), "promise": (INTENT, "030"), "vow": (INTENT, "030"),
    "agree": (INTENT, "030"), "commit": (INTENT, "030"), "offer": (INTENT, "030"),
    "urge": (_APPEAL, "020"), "appeal": (_APPEAL, "020"), "call": (_APPEAL, "020"),
    "ask": (_APPEAL, "020"), "encourage": (_APPEAL, "020"),
    "demand": (_DEMAND, "100"), "insist": (_DEMAND, "100"),
    "refuse": (_REFUSE, "120"), "reject": (_REFUSE, "120"), "decline": (_REFUSE, "120"),
    "fail": (_REFUSE, "120"),
    "attempt": (_ATTEMPT, ""), "try": (_ATTEMPT, ""),
    "swear": (INTENT, "030"), "undertake": (INTENT, "030"), "volunteer": (INTENT, "030"),
    "guarantee": (INTENT, "030"), "propose": (INTENT, "030"),
    "plead": (_APPEAL, "020"), "implore": (_APPEAL, "020"), "exhort": (_APPEAL, "020"),
    "beseech": (_APPEAL, "020"), "petition": (_APPEAL, "020"), "lobby": (_APPEAL, "020"),
    "press": (_DEMAND, "100"), "order": (_DEMAND, "100"),
    # "considering raising tariffs on Chinese cars": the option weighed, not the act (014)
    "consider": ({}, "014"), "weigh": ({}, "014"), "mull": ({}, "014"),
    "contemplate": ({}, "014"), "ponder": ({}, "014"),
    "pressure": (_DEMAND, "100"), "push": (_DEMAND, "100"), "tell": (_DEMAND, "100"),
    "lean": (_APPEAL, "020"),  # "leaning on Cairo to open the crossing"
    # "stopped sending weapons to Kyiv", "halted buying Russian oil": cooperation cut (16)
    "stop": (_HALT, ""), "halt": (_HALT, ""), "suspend": (_HALT, ""), "cease": (_HALT, ""),
}
#: Codes an order passes through unchanged: the one who orders a force to act is its source
#: ("ordered troops to withdraw", "ordered police to disperse the crowd"); so is a symbolic act
#: (017) done on one's orders ("ordered flags lowered to half-staff").
_ORDERED_ROOTS = frozenset({"08", "15", "16", "17", "18", "19", "20"})
#: Verbs of blame that also tell a blow or a crash ("slammed into the coast").
_IMPACT_VERBS = frozenset({"slam", "blast", "hammer", "batter", "pound", "smash", "bash"})
#: Prepositions that name what an act is about ("rebuked China over its drills").
ABOUT = frozenset({"over", "about", "for"})
#: Where words are said: an attack made in one is verbal.
_UTTERANCES = frozenset({"speech", "interview", "statement", "tweet", "post", "article",
                         "editorial", "column", "op-ed", "letter", "address", "podcast",
                         "broadcast", "debate", "rally", "twitter", "x", "facebook",
                         "instagram", "social", "media", "remark", "sermon", "book"})
#: Prepositions that say where an agent is from ("by researchers at Oxford University").
_AGENT_LINKS = frozenset({"at", "of", "from"})
_BOMBS = frozenset({"bomb", "bombing", "bomber", "car-bomb", "suicide", "roadside"})
MEASURES = frozenset({"part", "some", "most", "all", "portion", "much", "half", "share", "tons",
                       "tonnes", "ton", "tonne", "batch", "shipment", "consignment", "amount",
                       "millions", "billions", "worth", "load", "loads", "package", "lot",
                       "dose", "doses", "kilogram", "kilograms", "kg", "litre", "litres",
                       "liter", "liters", "truckload", "truckloads", "container", "containers",
                       "truck", "trucks", "lorry", "lorries", "planeload", "planeloads",
                       "series", "flurry", "raft", "wave", "round", "slew", "host", "set",
                       "number", "string", "spate", "barrage", "volley", "salvo", "list", "litany"})
#: Codes about aid, whose "for X" names the receiver.
_AID_CODES = frozenset({"033", "023", "103", "162", "122"})
#: Kinds of aid named on the aid noun: generic code -> {modifier: specific code}.
_AID_KINDS = {"humanitarian": "073", "relief": "073", "medical": "073", "food": "073",
              "military": "072", "defense": "072", "defence": "072", "economic": "071",
              "financial": "071", "budget": "071", "security": "072", "development": "071"}
#: Violence that is a crime when a person is accused of it ("accused of killing four
#: students"); a state accused of killing is accused of something else.
_VIOLENT_CRIMES = frozenset({"kill", "murder", "rape", "stab", "shoot", "assault", "rob",
                             "kidnap", "abduct", "molest", "strangle", "poison", "beat"})
#: Private people an accusation of violence may name ("accused the man of stabbing ...").
_PRIVATE = frozenset({"man", "woman", "suspect", "teenager", "boy", "girl", "student",
                      "driver", "gunman", "attacker", "assailant", "defendant", "accused",
                      "he", "she", "him", "her", "officer", "guard", "teacher", "doctor"})
#: Words that make a claim about someone damning ("claimed Iran is unduly influencing ...").
_DAMNING_CLAIMS = frozenset({"unduly", "illegally", "unlawfully", "improperly", "wrongfully",
                             "fraudulently", "corruptly", "interfere", "meddle", "rig",
                             "cheat", "collude", "bully", "intimidate", "manipulate"})
_PEACEKEEPING = frozenset({"peacekeeper", "peacekeeping", "peace-keeping", "peacekeepers"})
_OWN_FORCES = ("MIL", "COP", "SPY", "GOV")
#: Verbs of material help whose passive participle, with its "by" agent, qualifies what was
#: given or helped in any text: "a programme funded by the Foundation", "missiles, supplied
#: by Iran, ...".
_GIVING = frozenset({"fund", "finance", "supply", "sponsor", "bankroll", "arm", "equip",
                     "subsidize", "subsidise", "donate", "cofinance", "co-finance"})
#: Adverbs that make a phrasal verb with the verb before them ("turned away", "stepped down").
_PARTICLE_WORDS = frozenset({"away", "back", "down", "out", "off", "up", "aside", "over",
                             "forward", "ahead", "apart", "along", "around", "through",
                             "ablaze", "alight"})
#: Words that tell an investigation is going on: "is under way", "is ongoing".
_UNDER_WAY = frozenset({"underway", "ongoing", "continuing", "open", "active", "way"})
#: What "shot at" aims at ("Two gunmen shot at police"), unlike the place of a shooting.
_AIMED_AT = frozenset({"police", "policeman", "officer", "soldier", "troop", "protester",
                       "demonstrator", "crowd", "people", "civilian", "guard", "patrol",
                       "convoy", "car", "vehicle", "motorcade", "army", "militant", "rebel"})
#: Theme words by lexicon: built once, not for every section a coder reads.
_THEMES: dict[int, frozenset[str]] = {}


def second_objects(verb: Any) -> list[Any]:
    """"called the move a 'smash and grab'", parsed with the name as an object of the object:
    the name given."""
    return [g for o in verb.children if o.dep_ == "dobj" for g in o.children
            if g.dep_ in ("dobj", "appos") and g.pos_ in ("NOUN", "PROPN")
            and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in g.children)]


def ordered_clauses(verb: Any) -> list[Any]:
    """What an order orders: "ordered the army to leave", "ordered him held in detention"."""
    return [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")] + [
        a for o in verb.children if o.dep_ == "dobj" for a in o.children
        if a.dep_ == "acl" and a.pos_ == "VERB"]


def lone_assent(m: Mention) -> bool:
    """"X agreed" with no partner and no one else agreeing, or "X and Y agree that ..." with
    none named: an opinion, not an intent ("agreed to postpone the rally" is an undertaking,
    and stays)."""
    if _lemma(m.trigger) != "agree" or m.code != "030":
        return False
    kids = list(m.trigger.children)
    if any(c.dep_ == "xcomp" for c in kids):
        return False
    if any(_lemma(g) in _UNDERTAKINGS for c in kids if c.dep_ == "prep" and c.lower_ == "to"
           for g in c.children if g.dep_ == "pobj"):
        return False  # "agreed to a six-month extension of the mission": an undertaking
    subjects = [t for c in kids if c.dep_ == "nsubj" for t in (c, *c.conjuncts)]
    if any(c.dep_ == "ccomp" for c in kids) and not public_actor(m.sources, subjects, orgs=True) and not any(
            c.dep_ == "prep" and c.lower_ in ("with", "to", "on") for c in kids):
        return True  # "Melody and Nariman agree that they didn't mind": a shared view
    return not m.targets and len(m.sources) < 2


def public_actor(sources: list[Found], subjects: list[Any], *, orgs: bool) -> bool:
    """True when a state or office holder acts (with ``orgs``, any organisation too): a
    subject named as a country or people, or an actor coded with a role ("USAGOV"), not a
    private person ("CAN")."""
    kinds = ("GPE", "NORP", "ORG") if orgs else ("GPE", "NORP")
    return any(t.ent_type_ in kinds for t in subjects) or any(
        f.actor is not None and len(f.actor.actor_code or "") > 3 for f in sources)


def crash_impact(m: Mention) -> bool:
    """A storm, a car or a shell "slammed into" something: a crash, no criticism (which takes
    its target as an object: "slammed the plan")."""
    verb = m.trigger
    return m.code[:2] == "11" and m.support is None and _lemma(verb) in _IMPACT_VERBS and any(
        c.dep_ == "prep" and c.lower_ in ("into", "onto") for c in verb.children) and not any(
        c.dep_ == "dobj" for c in verb.children)


def main_words(clause: Any) -> list[Any]:
    """A clause's words without those of its adverbial clauses ("if Pakistan won")."""
    skip = {t.i for a in clause.subtree if a.dep_ == "advcl" and a.i != clause.i
            for t in a.subtree}
    return [t for t in clause.subtree if t.i not in skip]


def owned(tok: Any) -> bool:
    """True when a possessive pronoun qualifies ``tok`` ("its troops", "their arms")."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her", "our")
               for c in tok.children)


def topic_of(noun: Any, found: dict[int, Mention]) -> bool:
    """True when an event noun names what a coded verb's act is about ("rebuked China over
    its military drills", "praised Chile for its mediation"): the reason for the act, no
    second event of its subject."""
    return (noun.dep_ == "pobj" and noun.head.lower_ in ABOUT and noun.head.dep_ == "prep"
            and noun.head.head.i in found and noun.head.head.pos_ == "VERB")


def conditioned(verb: Any) -> list[Any]:
    """The subjects of "if"/"unless" clauses in a verb's clause or the clause it reports."""
    heads = [verb, *[c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]]
    return [s for h in heads for c in h.children if (c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)) or inverted_if(c) is not None
            for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]


def appositive(obj: Any) -> Any:
    """"attacked a rival, Senator Ted Cruz of Texas", parsed with the name hanging from the
    verb: a common noun object is the name set after it between commas."""
    after = obj.right_edge.i + 1
    if obj.dep_ != "dobj" or obj.pos_ != "NOUN" or obj.ent_type_ or after + 1 >= len(obj.doc):
        return obj
    if obj.doc[after].text != ",":
        return obj
    return next((c for c in obj.head.children if c.dep_ in ("npadvmod", "appos", "dobj")
                 and c.pos_ == "PROPN" and c.left_edge.i == after + 1), obj)


def named_person(tok: Any) -> bool:
    """A named person, or a noun set beside one ("his predecessor, Barack Obama")."""
    return tok.ent_type_ == "PERSON" or any(c.dep_ == "appos" and c.ent_type_ == "PERSON"
                                            for c in tok.children)


def _topics(tok: Any) -> list[Any]:
    """The "over", "about" or "for" phrases on a token: what an act is about."""
    return [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ABOUT]


#: Where a person is set upon: "attacked the senator on the street" is no issue raised.
_ATTACKED_ON = frozenset({"street", "road", "way", "border", "ground", "stage", "bus", "train",
                          "campus", "doorstep", "premises", "plane", "flight", "beach", "bridge",
                          "sidewalk", "pavement", "platform", "trail", "set", "field"})


def verbal_attack(verb: Any, objects: list[Any]) -> bool:
    """"attacked Senator Cruz over his birth in Canada", "attacked Biden for accumulating
    wealth", "attacked Drudge as a consistent opponent": a person attacked over something
    they said, did or are, or named as something, is attacked in words."""
    if any(g.lemma_.lower() in _UTTERANCES for p in verb.children
           if p.dep_ == "prep" and p.lower_ in ("in", "on", "during")
           for g in p.children if g.dep_ == "pobj"):
        return True  # "attacked migrant workers in a speech", "on Twitter"
    persons = [o for o in objects if named_person(o)]
    if not persons and any(named_person(s) for s in verb.children if s.dep_ == "nsubj"):
        # "Orban attacked the EU over migration": a body a named person attacks over an issue
        persons = [o for o in objects if o.ent_type_ == "ORG"]
    if not persons:
        return False
    heads = (verb, *persons)
    if any(g.dep_ == "pobj" and g.pos_ == "NOUN" and not g.ent_type_
           for h in heads for p in _topics(h) for g in p.children):
        return True
    # an act or a name given as the reason, from a named speaker other than a country (not "a
    # mob attacked him for insulting ...", "Israel attacked the commander for planning ...");
    # ORG too, as the parser tags some surnames so
    clause = verb.head if verb.dep_ in ("xcomp", "conj") else verb
    subjects = [c for c in (*verb.children, *clause.children) if c.dep_ == "nsubj"]
    if not subjects or not all(c.ent_type_ in ("PERSON", "NORP", "ORG")
                               or c.pos_ == "PRON" for c in subjects):
        return False
    named_as = [g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "as"
                for g in p.children if g.dep_ == "pobj"]
    if any(g.dep_ == "pcomp" or (g.pos_ == "NOUN" and not g.ent_type_
           and g.lemma_.lower() not in _ATTACKED_ON) for h in heads for p in h.children
           if p.dep_ == "prep" and p.lower_ == "on" for g in p.children):
        return True  # "attacked Trump on his taxes", "on paying fewer taxes": on an issue
    return any(g.dep_ == "pcomp" and g.pos_ == "VERB"
               for h in heads for p in _topics(h) for g in p.children) or any(
        g.pos_ == "NOUN" and not g.ent_type_ for g in named_as)


def lost_subject(clause: Any) -> Any | None:
    """"announced on Twitter the FAA and the NTSB were to investigate", parsed with the names
    as the object of "on": a finite reported clause with no subject takes the noun phrase
    that ends just before it."""
    finite = clause.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in clause.children)
    if clause.dep_ != "ccomp" or not finite or any(
            c.dep_ in (*SUBJ, "nsubjpass", "expl") for c in clause.children):
        return None
    edge = clause.left_edge.i
    if edge == 0 or clause.doc[edge].dep_ == "mark":
        return None
    return next((t for t in clause.head.subtree if t.dep_ in ("pobj", "dobj")
                 and t.pos_ in ("PROPN", "NOUN") and t.right_edge.i == edge - 1), None)


def agent_chain(verb: Any, agent: Any) -> list[Any]:
    """The "at", "of" and "from" phrases that continue a passive's "by" agent, inside it or
    hanging from the verb right after it ("criticised by researchers at the Observatory at
    Oxford University")."""
    chain = [t for t in agent.subtree if t.dep_ == "prep" and t.lower_ in _AGENT_LINKS]
    end = agent.right_edge.i
    for c in sorted((c for c in verb.children if c.i > agent.i), key=lambda c: c.i):
        if c.i != end + 1 or c.dep_ != "prep" or c.lower_ not in _AGENT_LINKS:
            break
        chain.append(c)
        end = c.right_edge.i
    return chain


def charged_that(verb: Any) -> Any | None:
    """"charged that Pakistan sheltered terrorists": the clause charged, when "charge" takes
    a that-clause (an accusation, never an arrest), also when the parser read the clause as
    the object noun."""
    if _lemma(verb) != "charge":
        return None
    for c in verb.children:
        if c.dep_ in ("ccomp", "dobj") and any(m.dep_ == "mark" and m.lower_ == "that"
                                                for m in c.children):
            return c
    return None


#: Court papers a claim is made in: who the claim names is sued (115) or complained of (114).
_SUIT_PAPERS = {"lawsuit": "115", "suit": "115", "countersuit": "115", "complaint": "114"}


def claimed_in_suit(verb: Any) -> tuple[str, Any, list[Any]] | None:
    """"alleges in a lawsuit that Google copied its articles": the code of the legal act a
    claim is made in, when it is one, and the that-clauses claimed (the parser may hang them
    on the noun)."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            for g in c.children:
                if g.dep_ == "pobj" and _lemma(g) in _SUIT_PAPERS:
                    return _SUIT_PAPERS[_lemma(g)], g, [
                        t for t in (*verb.children, *g.children) if t.dep_ in (
                            "ccomp", "relcl", "acl") and any(
                            m.dep_ == "mark" and m.lower_ == "that" for m in t.children)]
    return None


def infinitive(tok: Any) -> bool:
    """A "to" clause with no subject of its own ("sworn to fight")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and not any(
        c.dep_ in SUBJ for c in tok.children)


def is_condition(m: Mention) -> bool:
    """True when the mention is the condition of another clause ("if the US deploys
    missiles", "vowed protests until Sweden joined the agreement"): a condition reports no
    event. An "until" clause is one in the present tense or under a promise, threat, demand
    or future ("protests will go on until the minister resigns"); in a past narrative it
    happened ("fighting went on until the army withdrew")."""
    tok = m.trigger if m.support is None else m.support
    for t in [tok, *list(tok.ancestors)[:2]]:
        if (should := inverted_if(t)) is not None and tok.i > should.i:
            return True  # not the main clause the parser hung under it
        if t.dep_ != "advcl":
            continue
        marks = {c.lower_ for c in t.children if c.dep_ == "mark"}
        if marks & {"if", "unless"}:
            return True
        if "until" in marks and (t.tag_ in ("VBZ", "VBP") or any(
                _lemma(h) in GOVERNORS or any(
                    c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll")
                    for c in h.children) for h in [t.head, *list(t.head.ancestors)[:1]])):
            return True  # "until Israel withdraws": not done yet
    return False


#: Words of liking a deed: what one is "happy to" or "enjoys" doing is a disposition told.
_RELISHING = frozenset({"happy", "glad", "delighted", "pleased", "content", "enjoy", "relish",
                        "love", "like"})


def relished(m: Mention) -> bool:
    """"soldiers are happy to kill civilians", "the rebels enjoy torturing prisoners": violence
    one is said to like doing, in the present, is a charge of character, no attack."""
    tok = m.trigger if m.support is None else m.support
    while tok.dep_ == "conj" and tok.head.pos_ == "VERB" and not (
            tok.tag_ == "VBG" and _lemma(tok.head) in _RELISHING):
        tok = tok.head  # "enjoy looting villages and killing farmers"
    head = tok.head
    verbs = [head, *(c for c in head.children if c.dep_ in ("aux", "cop"))]
    if head.dep_ == "acomp":
        verbs.append(head.head)  # "are happy to kill"
    return m.code[:2] in ("17", "18", "19", "20") and tok.dep_ in ("xcomp", "acomp", "conj") and (
        _lemma(head) in _RELISHING) and any(t.tag_ in ("VBP", "VBZ") for t in verbs)


def inverted_if(clause: Any) -> Any | None:
    """"would cut ties should Israel annex the land": the "should" of a condition told by
    inversion, the auxiliary before its subject (the parser hangs the clause as a complement,
    a conjunct or the root)."""
    should = [c for c in clause.children if c.dep_ == "aux" and c.lower_ == "should"]
    subjects = [c.i for c in clause.children if c.dep_ in SUBJ]
    return should[0] if should and subjects and min(subjects) > should[0].i else None


#: Instruments of law: what they allow or may lead to is no one's act yet.
_INSTRUMENTS = frozenset({"bill", "law", "legislation", "measure", "act", "decree", "amendment",
                          "rule", "regulation", "provision", "proposal", "reform", "ordinance",
                          "policy", "change", "clause", "statute", "draft", "plan", "order"})
#: Verbs of permission whose clause names what the permitted may do.
_PERMITTING = frozenset({"allow", "let", "permit", "enable", "empower", "authorize",
                         "authorise", "entitle"})
#: Verbs of consequence whose object is an effect ("could lead to arrests").
_LEADING_TO = {"lead": "to", "result": "in", "pave": "for"}
_MAY = frozenset({"could", "might", "may", "would", "can"})


def mere_effect(m: Mention) -> bool:
    """True when the act is only what a law would allow ("a bill that would allow police to
    detain protesters", "the decree permits the army to expel foreigners") or what something
    may lead to ("the law could lead to arrests"): a power or a risk, no act of anyone's.
    ("The crackdown led to the arrest of dozens" happened, and stays.)"""
    tok = m.trigger if m.support is None else m.support
    while tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        tok = tok.head  # "a bill that would allow people living in or visiting Hong Kong"
    if m.support is None and tok.dep_ == "pobj":
        verb = tok.head.head
        if _LEADING_TO.get(_lemma(verb)) == tok.head.lower_ and any(
                c.dep_ == "aux" and c.lower_ in _MAY for c in verb.children):
            return True
    if tok.dep_ == "acl" and _lemma(tok.head) in ("power", "right", "authority"):
        tok = tok.head.head  # "would give police the power to seize property"
    elif tok.dep_ in ("xcomp", "ccomp", "advcl") and _lemma(tok.head) in _PERMITTING:
        tok = tok.head
    else:
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("that", "which") and tok.dep_ == "relcl":
        subj = tok.head
    return subj is not None and _lemma(subj) in _INSTRUMENTS


#: Armed men and police: where they arrive or head to is a deployment, no visit.
_ARMED = frozenset({"soldier", "troop", "force", "army", "unit", "marine", "paratrooper",
                    "commando", "militant", "fighter", "gunman", "rebel", "insurgent", "militia",
                    "police", "policeman", "officer", "tank", "convoy", "warship", "reinforcement"})
#: Forces and weapons whose coming somewhere is no visit.
_MOVING = _ARMED | {"military", "armour", "armor", "jihadist", "drone", "missile", "rocket",
                    "warplane", "bomber", "jet"}


def forces_arrive(subjects: list[Any]) -> bool:
    """"Israeli soldiers arrived at the building", "a group of troops headed to the border",
    "drones flew to Moscow": a move of forces or weapons, not a visit (042)."""
    subjects = subjects + [g for c in subjects if _lemma(c) in ("group", "contingent", "column")
                           for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                           for g in p.children if g.dep_ == "pobj"]
    return any(_lemma(c) in _MOVING for c in subjects)


#: Weapons and blows that hit what they hit in war: "Russian missiles hit Kyiv".
_STRIKING_MEANS = _MOVING | {"shell", "bomb", "strike", "airstrike", "artillery", "shelling",
                             "projectile", "munition", "warhead", "mortar"}


def armed_hit(subjects: list[Any]) -> bool:
    """"Russian drones hit Odesa", "Israeli jets hit Beirut": forces or weapons, not a storm,
    sanctions or a rival's words ("Trump hit Biden over the border")."""
    return any(_lemma(c) in _STRIKING_MEANS for c in subjects)

def emergency_over(m: Mention) -> bool:
    """"The WHO declared that it was no longer a public health emergency": an emergency ended,
    not imposed (1724)."""
    if m.code != "1724":
        return False
    clauses = [t.head for t in m.trigger.subtree if _lemma(t) == "emergency"
               and t.dep_ in ("attr", "acomp")]
    return any(d.dep_ == "neg" and d.i < t.i for c in clauses for t in c.subtree
               for d in t.children)


def faced_compound(m: Mention) -> bool:
    """"The Czech Republic has faced shooting tragedies before": the event noun misread as a
    verb under "faced", whose subject suffered, not did, it."""
    verb = m.trigger
    return m.support is None and verb.tag_ == "VBG" and verb.dep_ == "xcomp" and _lemma(
        verb.head) in ("face", "suffer", "endure", "experience", "witness", "see") and any(
        c.dep_ == "dobj" and c.i == verb.i + 1 for c in verb.children)


#: Duties one is "charged with": a task given, no accusation.
_DUTIES = frozenset({"oversee", "coordinate", "implement", "draft", "ensure", "protect",
                     "guard", "monitor", "supervise", "develop", "review", "negotiate", "write",
                     "build", "chart", "steer", "design", "prepare", "investigate", "find",
                     "maintain", "deliver", "promote", "represent", "advise", "administer",
                     "shape", "craft", "rebuild", "probe", "examine", "assess", "evaluate"})


def tasked_with(m: Mention) -> bool:
    """"The envoy was charged with overseeing the talks": a task, no charge (173). Verbs of
    duty only: "charged with running a drug ring" or "with plotting" may be a crime."""
    verb = m.trigger
    return m.support is None and _lemma(verb) == "charge" and not any(
        c.dep_ == "agent" for c in verb.children) and any(
        _lemma(g) in _DUTIES and g.tag_ == "VBG" and not any(
            c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children)
            for c in g.children)
        for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
        for g in p.children if g.dep_ in ("pcomp", "pobj"))


def forces_used(m: Mention) -> bool:
    """"the proxy forces Iran uses to attack Israel": forces used are troops, not the use of
    force on a crowd (175)."""
    verb = m.trigger
    used = [c for c in verb.children if c.dep_ == "dobj"] or (
        [verb.head] if verb.dep_ == "relcl" else [])
    return m.code == "175" and _lemma(verb) == "use" and any(
        t.lower_ in ("forces", "proxies", "militias", "troops") for t in used)


#: Bodies, never "he" or "she": "A jury convicted Smith, and he received ..." is Smith.
_BODIES = frozenset({"jury", "court", "government", "ministry", "committee", "council",
                     "parliament", "commission", "agency", "department", "board", "panel",
                     "tribunal", "administration", "cabinet", "party", "company", "firm",
                     "group", "union", "team", "senate", "congress", "assembly", "authority",
                     "bank", "university", "army", "military", "navy", "police", "coalition"})


def agrees_in_number(tok: Any, want: str) -> bool:
    plural = tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children)
    if want == "pl":
        # "UNICEF said they had delivered ...": a body's acronym takes "they".
        return (plural or tok.ent_type_ in ("ORG", "NORP") or tok.lower_ in QUANTITIES
                or (tok.text.isupper() and len(tok.text) > 1))
    if want == "person":
        return not plural and (tok.ent_type_ == "PERSON" or (
            tok.pos_ == "NOUN" and _lemma(tok) not in _BODIES))
    return not plural and tok.ent_type_ != "PERSON"


#: Plural numbers that count a sum on their own ("billions in aid").
_COUNTS = frozenset({"hundreds", "thousands", "millions", "billions", "trillions"})


#: What a sum is given "in" as aid ("billions in loans").
_GIFTS = AID_NOUNS | {"loan", "grant", "funding", "credit", "donation", "weapon", "arm",
                     "ammunition", "equipment"}


def counted(tok: Any) -> bool:
    """A sum or count that what it is "in" names: "billions in aid", "5 billion euros in
    aid" (a noun counted by a number)."""
    return tok.lower_ in _COUNTS or (tok.pos_ == "NOUN" and any(
        c.dep_ == "nummod" and c.pos_ == "NUM" for c in tok.children))


def through_quantity(tok: Any) -> Any:
    """The noun a quantity stands for: "part of a military aid program" -> program."""
    amount = tok.ent_type_ == "MONEY" and tok.pos_ == "NUM"
    if tok.lower_ in MEASURES or amount:
        # "$400 million in military aid", "part of a military aid program"
        inner = [g for c in tok.children if c.dep_ == "prep"
                 and (c.lower_ == "of" or (amount and c.lower_ == "in"))
                 for g in c.children if g.dep_ == "pobj"]
        if inner:
            return inner[0]
    if counted(tok):
        # "billions in aid", "5 billion euros in loans" (not "in damages")
        gifts = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                 for g in c.children if g.dep_ == "pobj" and _lemma(g) in _GIFTS]
        if gifts:
            return gifts[0]
    return tok


def refine(code: str, theme: list[Any]) -> str:
    """A more specific code from the theme noun's modifiers ("humanitarian aid" is 073); a
    call for aid, not for cooperation, is an appeal for aid (023)."""
    if code == "021" and any(_lemma(t) in AID_NOUNS for t in theme):
        code = "023"
    if code in ("070", "033", "0331", "023", "103", "162", "122"):
        # the aid noun itself, or the one a sum is counted in ("$1 billion in military aid")
        nouns = theme + [g for t in theme for p in t.children if p.dep_ == "prep"
                         and p.lower_ in ("in", "of") for g in p.children if g.dep_ == "pobj"]
        # "a military aid package": the aid noun compounded
        nouns += [c for t in nouns for c in t.children
                  if c.dep_ == "compound" and _lemma(c) in AID_NOUNS]
        mods = {_lemma(c) for t in nouns for c in t.children if c.dep_ in ("amod", "compound")}
        for word, specific in _AID_KINDS.items():
            if word in mods:
                return specific if code == "070" else code[:3] + specific[2]
    return code


def charged_with(verb: Any) -> str | None:
    """The specific accusation of "accused X of <deed>": by the deed its gerunds or nouns
    name ("of laundering money" 1121, "of spying" 1125); violence by a person is a crime
    ("accused of killing four students"), by a state something else."""
    accused = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    deeds = [g for h in (verb, *accused) for c in h.children
             if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ in ("pcomp", "pobj")]
    deeds = [d for g in deeds for d in (g, *g.conjuncts)]
    for d in deeds:
        code = wrong_deed(d) if d.pos_ == "VERB" else wrong_noun([d])
        if code is not None and code != ACCUSE:
            return code
    persons = bool(accused) and all(
        a.ent_type_ == "PERSON" or (a.pos_ in ("NOUN", "PRON") and _lemma(a) in _PRIVATE)
        for a in accused)
    if persons and any(d.pos_ == "VERB" and _lemma(d) in _VIOLENT_CRIMES for d in deeds):
        return CRIME
    return None


def is_conflict(code: str) -> bool:
    """Verbal or material conflict (quad class 3 or 4): roots 10 to 20."""
    return code[:2] >= "10"


def namers_of(verb: Any, names: list[Any]) -> Any | None:
    """The "by" phrase of a passive naming ("was branded a traitor by the Kremlin"), on the
    verb or, as the parser may hang it, on the name."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    heads = [verb, *names, *[c for c in verb.children if c.dep_ == "dobj"]]
    return next((c for h in heads for c in h.children
                 if c.dep_ in ("agent", "prep") and c.lower_ == "by"), None)


def own_words(tok: Any) -> list[Any]:
    """A phrase's words without the clauses nested in it ("a student who may have been
    influenced by shootings" names a student, not a shooting)."""
    out = [tok]
    for c in tok.children:
        if c.dep_ not in ("relcl", "acl", "advcl", "ccomp"):
            out += own_words(c)
    return out


def name_tone(tok: Any) -> int:
    """A word's tone as a name for a deed: its news polarity, or damning ("a political stunt",
    "a witch hunt")."""
    tone = polarity(tok.lower_, _lemma(tok))
    if tone == 0 and tok.lower_ in _KIND_NAMES:
        return 1  # "a deeply valued member of the team", "a trusted ally"
    if tone == 0 and (_lemma(tok) in _DAMNING_NAMES or (
            tok.lower_ == "hunt" and any(c.lower_ == "witch" for c in tok.children))):
        return -1
    return tone


def claim_tone(tok: Any) -> int:
    tone = polarity(tok.lower_, _lemma(tok))
    return -1 if tone == 0 and _lemma(tok) in _DAMNING_CLAIMS else tone


def word_forms(tok: Any) -> set[str]:
    return {_lemma(tok), tok.lower_}


def peacekeeping(tok: Any) -> bool:
    """True when a phrase names peacekeepers ("a deployment of UN peacekeeping troops")."""
    heads = [tok] + [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"]
    return any(_lemma(h) in _PEACEKEEPING or tok.lower_ in _PEACEKEEPING or any(
        _lemma(c) in _PEACEKEEPING for c in h.children if c.dep_ in ("compound", "amod"))
        for h in heads)


def addressed(m: Mention) -> list[Found]:
    """Who an order's addressee leaves as target: not the orderer's own forces ("ordered
    troops to withdraw"), but a party made to act ("ordered the newspaper to close")."""
    own = {f.actor.country for f in m.sources if f.actor is not None}
    return [f for f in m.targets if f.actor is None or not (
        (f.actor.actor_code or "").endswith(_OWN_FORCES)
        and (f.actor.country in own or f.actor.country is None))]


def given_by_agent(verb: Any) -> bool:
    """A passive participle of material help with its "by" agent, qualifying a noun."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and _lemma(verb) in _GIVING
            and verb.head.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ == "agent" for c in verb.children))


def particles_of(verb: Any) -> dict[str, Any]:
    """The verb's particles and prepositions by word, for the lexicon's ``particle`` column.

    The parser often reads a phrasal verb's particle as an adverb ("stepped down", "turned
    away a ship"), sometimes hung on the object; such a word counts only right after the
    verb or after its object, where English puts a particle. A particle followed by a
    preposition also counts as the pair ("pulled out of", "came back to", "came out
    against"), keyed by both words and standing for the preposition; an ordinary
    prepositional phrase ("turned to China") makes no pair."""
    out = {c.lower_: c for c in verb.children if c.dep_ in ("prt", "prep", "agent")}
    doc = verb.doc
    for c in verb.children:
        # "called for the marbles to be returned": "for" read as the mark of a clause
        if c.dep_ in ("advcl", "ccomp") and verb.i + 1 < len(doc) and (
                doc[verb.i + 1].lower_ == "for" and doc[verb.i + 1].head.i == c.i
                and doc[verb.i + 1].dep_ == "mark"):
            out.setdefault("for", doc[verb.i + 1])
        # "took the Commission to court": "to court" misread as an infinitive of a noun
        if c.dep_ == "xcomp" and c.pos_ == "NOUN" and (to := next(
                (a for a in c.children if a.dep_ == "aux" and a.lower_ == "to"), None)):
            out.setdefault("to", to)
    slots = {verb.i + 1} | {o.right_edge.i + 1 for o in verb.children if o.dep_ == "dobj"}
    for i in sorted(slots):
        if i >= len(doc):
            continue
        tok = doc[i]
        if ((tok.lower_ in _PARTICLE_WORDS and tok.dep_ in ("advmod", "prt")
                and (tok.head.i == verb.i or tok.head.head.i == verb.i))
                or _counted_particle(tok, verb)):
            out.setdefault(tok.lower_, tok)
    for word, p in list(out.items()):
        if word not in _PARTICLE_WORDS:
            continue
        nxt = p.i + 1
        while nxt < len(doc) and doc[nxt].dep_ == "advmod" and doc[nxt].pos_ == "ADV" and (
                doc[nxt].lower_ not in _PARTICLE_WORDS):
            nxt += 1  # "came out strongly against"
        if nxt < len(doc) and doc[nxt].dep_ == "prep" and doc[nxt].head.i in (verb.i, p.i):
            out.setdefault(f"{word} {doc[nxt].lower_}", doc[nxt])
    return out


def _counted_particle(tok: Any, verb: Any) -> bool:
    """"handed over 13 hostages": a particle the tagger saw, read by the parser as the
    number's "over" (more than 13) of the verb's object."""
    number = tok.head
    return (tok.tag_ == "RP" and tok.dep_ in ("quantmod", "advmod")
            and tok.lower_ in _PARTICLE_WORDS and number.like_num
            and number.head.dep_ == "dobj" and number.head.head.i == verb.i)


def particle_objects(p: Any) -> list[Any]:
    """What a particle governs: its objects, or those of the preposition it heads ("pulled
    out of the deal"); a "for" that marks a clause governs the clause's verb ("called for
    the marbles to be returned"), a "to" read as an infinitive's the noun after it."""
    if p.dep_ == "mark" or (p.dep_ == "aux" and p.head.pos_ == "NOUN"):
        return [p.head]
    return [g for c in [p, *(c for c in p.children if c.dep_ == "prep" and c.i == p.i + 1)]
            for g in c.children if g.dep_ in ("pobj", "pcomp")]


def scoreline(verb: Any, objects: list[Any]) -> bool:
    """A match score on the verb or its object ("beat Argentina 2-1", "thrashed China 5–0",
    "shot Italy 3-0 ahead"): a game, not violence."""
    for t in (c for h in [verb, *objects] for c in h.children):
        if _SCORE.match(t.text):
            return True
        nxt = t.doc[t.i + 1:t.i + 3]
        if t.text.isdigit() and len(t.text) <= 2 and len(nxt) == 2 and nxt[0].text in (
                "-", "–") and nxt[1].text.isdigit() and len(nxt[1].text) <= 2:
            return True
    return False


def bomb_blast(subject: Any) -> bool:
    """"a bomb rocked", "a suicide blast rocked", not "a gas blast rocked": a blast told as a
    bombing."""
    return _lemma(subject) in _BOMBS or (_lemma(subject) in ("blast", "explosion") and any(
        _lemma(c) in _BOMBS for c in subject.children if c.dep_ in ("compound", "amod")))


def under_way(noun: Any) -> bool:
    """"an investigation is under way", "a probe is ongoing", "the death is under
    investigation": an investigation told as going on, not talked about ("an inquiry would
    be a waste of time")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "under":
        return True
    clause = noun.head if noun.dep_ == "nsubj" else subject_misread(noun)
    return clause is not None and _lemma(clause) == "be" and any(
        t.lower_ in _UNDER_WAY for c in clause.children
        if c.dep_ in ("acomp", "advmod", "prep", "attr") for t in c.subtree)


def subject_misread(noun: Any) -> Any | None:
    """"Police have indicated a probe is ongoing", parsed with "a probe" as the object of
    "indicated": the subjectless reported clause right after the object, whose subject it is."""
    if noun.dep_ != "dobj":
        return None
    return next((c for c in noun.head.children if c.dep_ == "ccomp"
                 and c.left_edge.i == noun.right_edge.i + 1
                 and not any(s.dep_ in (*SUBJ, "nsubjpass", "expl") for s in c.children)),
                None)


def fold_attack_means(found: dict[int, Mention]) -> None:
    """"Five Palestinians were killed in an Israeli airstrike", "a soldier was killed by
    Russian shelling": the attack named as the means is the killing's doer and kind, one event
    rather than a killing by no one and an attack on no one."""
    for m in list(found.values()):
        if m.nominal or m.support is not None or m.code[:2] not in ("18", "19"):
            continue
        doer = any(f.actor is not None or f.anaphor is not None for f in m.sources)
        means = [(c.lower_, found[g.i]) for c in m.trigger.children
                 if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by", "during")
                 for g in c.children if g.dep_ == "pobj" and g.i in found]
        means = [(p, n) for p, n in means if n.nominal and n.code[:2] in ("18", "19") and (
            (not doer and any(f.actor is not None for f in n.sources)) or (doer and p == "by"))]
        if not means and not doer:
            means = _attack_subject(m, found) or _attack_clause(m, found)
        if not means and not doer:
            # "ten people were killed in a suicide bombing": the kind of an attack whose doers
            # go unnamed
            means = [("in", n) for c in m.trigger.children if c.dep_ == "prep"
                     and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"
                     and (n := found.get(g.i)) is not None and n.nominal and n.agentless
                     and n.code[:2] in ("18", "19")]
        if not means:
            if m.code in ("180", "182", "190") and (kind := _bombed_by(m.trigger)):
                m.code = kind  # "a bomb blast killed nine", "killed by a roadside bomb"
            continue
        n = means[0][1]
        if not doer:
            m.sources = n.sources
        if n.code != "190":
            m.code = n.code  # "killed in an airstrike": the weapon's code
        m.agentless = False
        m.tokens = m.tokens + n.tokens
        del found[n.trigger.i]


#: Bombings by the kind of bomb named on them (CAMEO 1831-1833).
_BOMB_KINDS = {"suicide": "1831", "car": "1832", "car-bomb": "1832", "roadside": "1833"}


def _bombed_by(verb: Any) -> str | None:
    """"A bomb blast killed nine", "were wounded in a roadside explosion", "killed by an
    explosive device": the bombing (183, 1831-1833) that is the harm's means; not "Israeli
    bombing" (from the air) nor a blast with no bomb named."""
    means = [c for c in verb.children if c.dep_ == "nsubj"] + [
        g for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by")
        for g in c.children if g.dep_ == "pobj"]
    for g in means:
        mods = {_lemma(c) for c in g.children if c.dep_ in ("compound", "amod", "nmod")}
        if _lemma(g) not in ("bomb", "bombing", "blast", "explosion", "device", "explosive"):
            continue
        if any(c.dep_ == "poss" or c.ent_type_ in ("NORP", "GPE") for c in g.children):
            continue  # "Israel's bombing", "the Russian bombing": from the air
        if kinds := sorted(_BOMB_KINDS[w] for w in mods if w in _BOMB_KINDS):
            return kinds[0]
        if _lemma(g) in ("bomb", "bombing") or mods & {"bomb", "explosive", "improvised"}:
            return "183"
    return None


#: Nouns of an attack that a group claims ("claimed the bombing that killed 30").
_CLAIMED_ATTACKS = frozenset({"attack", "bombing", "blast", "explosion", "strike", "raid",
                              "ambush", "assault", "shooting", "massacre", "killing",
                              "kidnapping", "abduction", "assassination"})


def claimed_deeds(found: dict[int, Mention]) -> None:
    """"Al-Shabaab claimed responsibility for the attack, which killed 20 police officers",
    "Boko Haram claimed an attack that killed 40 farmers": the killing told of the claimed
    attack is the claimant's."""
    for claim in list(found.values()):
        if claim.code != "015" or claim.nominal or _lemma(claim.trigger) not in ("claim", "take"):
            continue
        doers = [f for f in claim.sources if f.actor is not None]
        if not doers:
            continue
        for m in found.values():
            deed = m.trigger.head
            if (m.nominal or m.code[:2] not in ("18", "19", "20") or m.trigger.dep_ != "relcl"
                    or _lemma(deed) not in _CLAIMED_ATTACKS
                    or any(f.actor is not None and f.actor.country for f in m.sources)):
                continue
            gov = deed.head.head if deed.dep_ == "pobj" else deed.head
            if deed.dep_ == "pobj" and gov.dep_ == "dobj" and _lemma(gov) in ("responsibility",
                                                                              "credit"):
                gov = gov.head
            if gov.i == claim.trigger.i:
                m.sources = doers
                m.agentless = False


#: Acts of the law that armed men do as violence: verb -> code.
_ARMED_SEIZURES = {"seize": "181", "execute": "1823"}
#: Doers whose seizing is hostage taking: armed men named by role or by word.
_ARMED_DOERS = frozenset({"gunman", "gunmen", "kidnapper", "abductor", "assailant", "attacker",
                          "militant", "rebel", "insurgent", "jihadist", "pirate", "bandit"})


def armed_seizures(found: dict[int, Mention]) -> None:
    """"Gunmen seized two journalists", "kidnappers seized a tourist", "militants executed ten
    soldiers", "troops executed prisoners of war": armed men take hostages and kill captives;
    they do not arrest or carry out sentences (a state's execution of the condemned stays
    173)."""
    for m in found.values():
        verb = m.trigger
        if m.code != "173" or m.nominal or _lemma(verb) not in _ARMED_SEIZURES:
            continue
        killing = _lemma(verb) == "execute"
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
        subj += [g for s in subj if s.dep_ == "agent" for g in s.children if g.dep_ == "pobj"]
        roles = {(f.actor.actor_code or "")[-3:] for f in m.sources if f.actor is not None}
        armed = {"UAF", "REB", "INS", "SEP"} | ({"MIL"} if killing else set())
        worded = any(_lemma(s) in _ARMED_DOERS | (_SOLDIERS if killing else frozenset()) or (
            _lemma(s) == "man" and any(a.lower_ == "armed" for a in s.children)) for s in subj)
        if (roles and roles <= armed) or (not roles and worded) or (killing and _war_captives(verb)):
            m.code = _ARMED_SEIZURES[_lemma(verb)]


#: Verbs that stop another's undertaking ("blocked Ukraine's bid to join NATO").
_THWARTING = frozenset({"block", "veto", "thwart", "torpedo", "scupper", "derail", "stall",
                        "hold", "obstruct", "reject", "oppose"})


#: Texts put to a vote: what a blocked one says is not said by anyone.
_DRAFTS = frozenset({"resolution", "draft", "bill", "motion", "proposal", "text", "statement",
                     "declaration", "amendment"})


def thwarted(found: dict[int, Mention]) -> None:
    """"Germany blocked Ukraine's bid to join NATO", "vetoed a resolution calling for a
    ceasefire": the joining and the calling stopped by a rejection are not told as done."""
    for m in list(found.values()):
        verb = m.trigger
        if m.code[:2] != "12" or m.nominal or _lemma(verb) not in _THWARTING:
            continue
        for o in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
            for i, n in list(found.items()):
                t = n.trigger
                if t.i == verb.i or t.i == o.i or not any(a.i == o.i for a in t.ancestors):
                    continue
                path = [t, *(a for a in t.ancestors if a.i != o.i and o.is_ancestor(a))]
                if any((x.dep_ == "acl" and (x.tag_ == "VBG" or any(
                        a.dep_ == "aux" and a.lower_ == "to" for a in x.children)))
                       or (x.dep_ == "relcl" and _lemma(o) in _DRAFTS and any(
                           c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in x.children))
                       for x in path):
                    # "bid to join", "resolution calling for", "the resolution, which
                    # condemned"; not "claims that its troops shelled"
                    del found[i]


#: Soldiers, whose executing is killing captives, not a court's sentence carried out.
_SOLDIERS = frozenset({"soldier", "troop", "force", "fighter", "paratrooper", "marine",
                       "commando", "militia", "militiaman", "mercenary", "sniper"})


def _war_captives(verb: Any) -> bool:
    """"executed prisoners of war", "executed captured soldiers", "surrendering troops were
    executed": captives of war killed."""
    held = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    for o in (t for h in held for t in (h, *h.conjuncts)):
        mods = {_lemma(c) for c in o.children if c.dep_ in ("amod", "compound", "acl")}
        if _lemma(o) in ("pow", "pows") or (_lemma(o) == "prisoner" and any(
                p.dep_ == "prep" and p.lower_ == "of" and any(
                    _lemma(g) == "war" for g in p.children) for p in o.children)):
            return True
        if _lemma(o) in _SOLDIERS | {"soldier"} and mods & {"capture", "captured", "surrender",
                                                              "surrendering", "wounded"}:
            return True
    return False


def _attack_clause(m: Mention, found: dict[int, Mention]) -> list[tuple[str, Mention]]:
    """"Nine police officers were wounded when militants attacked their checkpoint": the
    attack of the "when" clause is the wounding's doer; its targets join the wounding's."""
    for c in m.trigger.children:
        n = found.get(c.i)
        if (c.dep_ == "advcl" and n is not None and not n.nominal
                and (n.code[:2] in ("18", "19") or n.code == "175")
                and any(k.dep_ in ("mark", "advmod") and k.lower_ in ("when", "as")
                        for k in c.children)
                and any(f.actor is not None for f in n.sources)):
            m.targets = m.targets + [f for f in n.targets if f not in m.targets]
            return [("", n)]
    return []


def _attack_subject(m: Mention, found: dict[int, Mention]) -> list[tuple[str, Mention]]:
    """"Israel's bombardment of Gaza has killed 300 people", "the Russian shelling of Kherson
    wounded five": the attack that is the killing's subject is one event with it; its doer and
    targets join the killing's."""
    verb = m.trigger
    subj = [found[c.i] for c in verb.children if c.dep_ == "nsubj" and c.i in found]
    if verb.dep_ == "acl" and verb.head.i in found and any(c.dep_ == "dobj" for c in verb.children):
        subj.append(found[verb.head.i])  # "air strikes killed 40 people", misread as a relative
    subj = [n for n in subj if n.nominal and n.code[:2] in ("18", "19")]
    if not subj:
        return []
    m.targets = m.targets + [f for f in subj[0].targets if f not in m.targets]
    return [("", subj[0])]


def object_words(verb: Any, heads: list[Any]) -> set[str]:
    """The words a pattern's objects are matched against: the object heads, their modifiers,
    what they are "of" ("the lifting of sanctions") and the verb's open complements."""
    words: set[str] = set()
    for h in heads:
        words |= word_forms(h)
        words |= {_lemma(c) for c in h.children if c.dep_ in ("compound", "amod")}
        for a in h.children:
            if (a.dep_ == "appos" and a.pos_ == "NOUN" and a.left_edge.i > 0
                    and a.doc[a.left_edge.i - 1].text != ","):
                # "designated Meta an extremist organisation": the second object, read as an
                # apposition with no comma, says what the first is made
                words |= word_forms(a) | {_lemma(c) for c in a.children
                                      if c.dep_ in ("compound", "amod")}
        if _lemma(h) == "old" and any(_lemma(c) in ("year", "month") for c in h.children):
            words.add("person")  # "the 49-year-old was bailed": someone of that age
        amount = h.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL") or h.pos_ == "NUM" or (
            counted(h))
        if h.ent_type_ == "MONEY" or any(c.tag_ == "$" for c in h.children):
            words.add("sum")  # "gave $2 billion to Pakistan": a sum of money
        words |= {_lemma(g) for c in h.children if c.dep_ == "prep"
                  for g in c.children if g.dep_ == "pcomp"
                  or (g.dep_ == "pobj" and (c.lower_ == "of" or (amount and c.lower_ == "in")))}
    denying = _lemma(verb) in DENYING
    for c in verb.children:
        if c.dep_ == "oprd" and c.pos_ == "ADJ" and _lemma(verb) == "leave":
            words.add(_lemma(c))  # "left five people dead": the state the act left them in
        if c.dep_ == "xcomp" and not (denying and c.pos_ in ("VERB", "AUX")):
            # an act denied ("denied supplying drones") is no thing denied ("denied aid")
            words |= word_forms(c)
        if c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "conj" and c.pos_ == "AUX"):
            # "ruled the practice is unconstitutional" (with a long subject, parsed as a
            # conjoined "is"), "found it to be unlawful", "declared the law unconstitutional"
            # (the adjective heads its own clause)
            words |= {_lemma(g) for g in c.children if g.dep_ in ("acomp", "attr", "oprd")}
            if c.pos_ == "ADJ":
                words.add(_lemma(c))
    return words


def for_whom(code: str) -> bool:
    """Acts whose "for X" names whom they are for: aid, support and praise, sympathy, and
    arrest warrants ("issued a warrant for Putin")."""
    return code[:2] in ("05", "07") or code[:3] in _AID_CODES or code in ("018", "173")


def happening(noun: Any) -> bool:
    """"Protests erupted in Minsk": unrest told as happening, its people unnamed. So too
    "there were protests in Minsk" and "Minsk has seen protests" (a place that saw them)."""
    if _lemma(noun) not in _UNREST:
        return False
    head = noun.head
    if noun.dep_ == "nsubj" and _lemma(head) in OCCUR:
        return True
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children) or any(
            c.dep_ == "mark" for c in head.children):
        return False  # "there could be protests", "if Paris sees protests": none yet
    if noun.dep_ == "attr" and _lemma(head) == "be" and any(
            c.dep_ == "expl" for c in head.children):
        return True
    if noun.dep_ == "dobj" and _lemma(head) in _SAW and not any(
            c.dep_ == "prep" and c.lower_ == "as" for c in head.children):
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        if head.dep_ == "relcl" and subjects and subjects[0].tag_ in ("WDT", "WP"):
            subjects = [head.head]  # "a city that has seen protests"
        return any(s.ent_type_ in ("GPE", "LOC", "FAC") or _lemma(s) in _VENUES
                   for s in subjects)
    return False


def bare_verb(clause: Any) -> bool:
    """A clause whose verb stands bare ("insisted that he resign"): a mandative subjunctive."""
    if any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return False
    # "that Iran release": a present form after a singular subject is no indicative; nor
    # is one told in the past ("insisted that US troops leave"), save of one's own ("that its
    # forces remain", what they still do).
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    return clause.tag_ == "VB" or (clause.tag_ == "VBP" and (
        any(c.tag_ in ("NN", "NNP") for c in subjects)
        or (clause.head.tag_ == "VBD" and not any(
            p.dep_ == "poss" and p.pos_ == "PRON" for c in subjects for p in c.children))))


def changes_policy(verb: Any) -> bool:
    """The verb's complement asks for or promises a change of what is done: a verb of change
    ("reschedule", "diversify", "repeal") or a rule as its object ("set limits", "impose
    stricter punishment")."""
    comps = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
    # "declared its intent to impose stricter punishment": the noun's infinitive
    comps += [c for o in verb.children if o.dep_ == "dobj" for c in o.children
              if c.dep_ == "acl" and c.pos_ == "VERB"]
    comps += [d for c in comps for d in c.children if d.dep_ == "conj" and d.pos_ == "VERB"]
    return any(_lemma(c) in _CHANGE_VERBS or any(
        o.dep_ == "dobj" and _lemma(o) in _POLICY_NOUNS for o in c.children) or any(
        # "taking cannabis off the banned list", "put the group on the terror list"
        p.dep_ in ("prep", "prt") and p.lower_ in ("off", "on", "from", "onto") and any(
            _lemma(g) in _LISTS for g in p.children) for p in c.children) or (
        # "make repairs easier", "make housing more affordable": a change of the rules
        _lemma(c) == "make" and any(t.dep_ != "amod" and (t.tag_ == "JJR" or (
            t.pos_ == "ADJ" and any(a.lower_ in ("more", "less") for a in t.children)))
            for t in c.subtree)) for c in comps)


def for_clause(clause: Any) -> bool:
    """A "to" clause brought in by "for" ("called for the president to resign")."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in clause.children) and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in clause.children)


def stray_subject(verb: Any) -> bool:
    """"US troops had defeated ISIS and Turkey would be moving into Syria": a conjoined verb
    with no subject of its own right after a noun the parser hung on the first verb's object
    (its own subject, misread)."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    first = min([c.i for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i]
                + [verb.i])
    before = verb.doc[first - 1] if first > 0 else None
    return before is not None and before.dep_ == "conj" and before.pos_ in ("NOUN", "PROPN")


def verb_as_noun(tok: Any) -> bool:
    """"France thanks Morocco for help": a headline verb the parser took for a noun, yet
    with a subject and an object of its own."""
    if tok.pos_ != "NOUN" or tok.dep_ != "ROOT" or not any(c.dep_ == "dobj" for c in tok.children):
        return False
    if tok.tag_ == "NN":
        # "Gunmen storm hotel in Mogadishu": a plain form after a plural subject
        return any(c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS") for c in tok.children)
    return tok.tag_ == "NNS" and any(  # not "Cyberattack forces X"
        c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in tok.children)


def in_state(tok: Any) -> bool:
    """"Britain is in talks with Japan", "have been in contact": the copula of a main clause
    with a state of its own ("in" and a noun), read as a verb for the lexicon's "be in" rows."""
    return (tok.pos_ == "AUX" and tok.lemma_ == "be" and tok.dep_ not in ("aux", "auxpass")
            and any(c.dep_ == "prep" and c.lower_ == "in" for c in tok.children))


def invited_to(found: dict[int, Mention]) -> None:
    """"accepted an invitation to visit Vietnam": whom the visit or meeting invited to is
    with is the target of the acceptance (036); the inner act is no event of its own."""
    for m in list(found.values()):
        if m.code != "036" or m.targets:
            continue
        nouns = [m.trigger] + [c for c in m.trigger.children if c.dep_ == "dobj"]
        for c in (c for n in nouns if _lemma(n) == "invitation" for c in n.children):
            inner = found.get(c.i)
            if c.dep_ == "acl" and inner is not None and inner.code[:2] == "04":
                del found[c.i]
                m.targets, m.tokens = list(inner.targets), m.tokens + inner.tokens


def compose(outer: str, inner: str) -> str | None:
    table, default = GOVERNORS[outer]
    if outer == "order" and (inner[:2] in _ORDERED_ROOTS or inner == "017"):
        return inner
    if table is _ATTEMPT:
        return table.get(inner, inner)
    if table is _HALT:
        # a gerund stopped that is no cooperation or fight ("stopped talking") is no event
        return next((table[k] for k in (inner, inner[:3], inner[:2]) if k in table), None)
    if table is _REFUSE and is_conflict(inner):
        # Refusing or failing to fight or punish is no event of its own.
        return None
    if table is INTENT and is_conflict(inner):
        # A pledge to fight or punish is a threat, not an intent to cooperate.
        return recode_threat(inner)
    for key in (inner, inner[:3], inner[:2]):
        if key in table:
            return table[key]
    return default


def left_dead(verb: Any) -> bool:
    """"shot dead", "stabbed to death": a headline verb whose result tells its subject was hurt."""
    return any((c.dep_ in ("oprd", "acomp", "advmod") and c.lower_ == "dead") or (
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children))
        for c in verb.children)


def aimed(verb: Any) -> bool:
    """"Two gunmen shot at police": "at" names who is aimed at, so the subject acted."""
    return any(c.dep_ == "prep" and c.lower_ == "at" and any(
        g.dep_ == "pobj" and (_lemma(g) in _AIMED_AT or g.ent_type_ in ("PERSON", "NORP", "ORG"))
        for g in c.children) for c in verb.children)


def pro_prefixed(tok: Any) -> bool:
    """"pro-Trump protest", "pro-Russian rally": the one supported names no actor of the act."""
    doc = tok.doc
    return tok.lower_.startswith("pro-") or (
        tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "pro")


def theme_words(lex: Lexicon) -> frozenset[str]:
    """Event nouns and every verb pattern's object words."""
    found = _THEMES.get(id(lex))
    if found is None:
        found = _THEMES[id(lex)] = frozenset(lex.nouns) | frozenset(
            w for pats in lex.verbs.values() for p in pats for w in p.objects)
    return found


def recode_threat(code: str) -> str:
    """A conflictual act announced for the future is a threat (CAMEO 13); so is a lawsuit
    ("said it would sue", "vowed to take the matter to court": 131)."""
    if code[:2] in ("14", "16", "17", "18", "19", "20") or code[:3] == "115":
        return compose("threaten", code) or "130"
    return code


def recode_intent(code: str) -> str:
    """A cooperative act announced for the future is an intent to do it (CAMEO 03)."""
    if "04" <= code[:2] <= "08":
        return compose("pledge", code) or "030"
    return code


def recode_refusal(code: str) -> str | None:
    """A cooperative act denied ("did not sign", "will not accept") is a rejection (CAMEO 12);
    an intent refused is the refusal of the act intended."""
    if code[:2] == "03":
        inner = {v: k for k, v in INTENT.items()}.get(code)
        code = inner or "06"
    return compose("refuse", code)


#: Verbs of going away from a place; with the place named, a demand of them is one of withdrawal.
_LEAVING_VERBS = frozenset({"withdraw", "pull", "leave", "retreat", "evacuate", "quit", "exit",
                            "get", "move"})
#: Words naming the land a force is told to leave ("get out of the region").
_LANDS = frozenset({"country", "region", "territory", "area", "land", "soil", "zone", "gulf",
                    "sea", "border", "base", "city", "town", "province", "peninsula",
                    "island", "strait"})


def leaves_place(clause: Any) -> bool:
    """"foreign forces should get out of the region", "US troops must leave Iraq": a verb of
    going away whose object, or "from" / "out of" phrase, is a land (not "leave office")."""
    lemma = _lemma(clause)
    if lemma not in _LEAVING_VERBS:
        return False
    parts = particles_of(clause)
    if lemma in ("get", "move", "pull") and "out" not in parts and "out of" not in parts:
        return False
    heads = [c for c in clause.children if c.dep_ == "dobj"] + [
        g for w in ("from", "out of", "of") if w in parts for g in particle_objects(parts[w])]
    return any(_lemma(h) in _LANDS or h.ent_type_ in ("GPE", "LOC") or (
        h.pos_ == "PROPN" and h.ent_type_ in ("PERSON", "")) for h in heads)  # "leave Mali"



def struck_place(noun: Any) -> bool:
    """"strikes on Gaza", "a strike against militant positions": aimed "on" or "against" a
    place, people or their forces (not "a strike on Monday"); the phrase may hang on the verb
    the strikes are the means of ("were killed in Israeli strikes on Gaza")."""
    holders = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "by") and noun.head.head.pos_ == "VERB":
        holders.append(noun.head.head)
    return any(c.dep_ == "prep" and c.lower_ in ("on", "against") and any(
        g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME", "ORG", "EVENT") and (
            g.ent_type_ in ("GPE", "LOC", "FAC", "NORP") or g.pos_ == "PROPN"
            or _lemma(g) in _LANDS | _AIMED_AT)
        for g in c.children) for h in holders for c in h.children)

#: Verbs that tell an act will (not) happen: "there will be no talks", "no aid will come".
_COMING = frozenset({"be", "come", "happen", "resume", "continue", "flow", "go"})
#: Acts withheld until a condition is met, by root or word: the threat each makes (CAMEO 13).
_WITHHELD = {"04": "134", "07": "1311"}
_WITHHELD_WORDS = {"support": "1311", "backing": "1311", "money": "1311", "funding": "1311",
                   # "no ceasefire until the hostages are freed": de-escalation refused (1246)
                   "ceasefire": "1246", "cease-fire": "1246", "truce": "1246"}


def _denied(noun: Any) -> bool:
    """"no talks", and "no more talks" (the "no" parsed under "more")."""
    return any((c.dep_ == "det" and c.lower_ == "no") or (
        c.dep_ == "amod" and c.lower_ in ("more", "further")
        and any(g.lower_ == "no" for g in c.children)) for c in noun.children)


def withheld(noun: Any, code: str) -> tuple[str, list[Any]] | None:
    """"there will be no more talks unless Israel halts the fighting", "no support will come
    without reform in Syria": an act said not to come until a condition is met threatens its
    halt (134 for talks, 1311 for aid). The threat's code and the words whose actors the
    condition is on, or None."""
    threat = _WITHHELD_WORDS.get(_lemma(noun)) or _WITHHELD.get(code[:2])
    # "indicated no support will come ...": the subject misread as the object of "indicated"
    verb = noun.head if noun.dep_ in ("attr", "nsubj") else subject_misread(noun)
    if threat is None or verb is None or _lemma(verb) not in _COMING or not _denied(noun):
        return None
    terms = [c for h in (verb, noun) for c in h.children if c.dep_ == "advcl" and any(
             m.dep_ == "mark" and m.lower_ in ("unless", "until") for m in c.children)]
    on = [s for c in terms for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    # "until Ukraine withdraws" misread as a noun: the country named in the condition
    on += [t for c in terms if not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
           for t in c.subtree if t.ent_type_ == "GPE"]
    on += [t for c in (*verb.children, *noun.children) if c.dep_ == "prep"
           and c.lower_ in ("without", "unless", "until") for t in c.subtree
           if t.pos_ == "PROPN" or t.dep_ == "poss"]
    if not on and not terms and not any(
            c.dep_ == "prep" and c.lower_ in ("without", "unless", "until")
            for c in (*verb.children, *noun.children)):
        return None
    return threat, on


#: Words for a crowd of the public ("thousands of people", "protesters", "residents").
_CROWDS = frozenset({"people", "crowd", "thousand", "hundred", "dozen", "protester",
                     "demonstrator", "supporter", "activist", "resident", "citizen", "relative",
                     "family", "student", "worker", "opponent", "woman", "man", "mother",
                     "villager", "farmer", "youth", "crowds", "throng", "mob", "marcher"})


def crowd(subject: Any) -> bool:
    """A subject that names a crowd: "thousands of people", "protesters", "a crowd"."""
    return _lemma(subject) in _CROWDS or any(
        _lemma(g) in _CROWDS for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children if g.dep_ == "pobj")


#: Verbs of a ruling whose clause says what is to be ("ruled that he cannot appear on it").
RULING = frozenset({"rule", "decide", "determine", "find", "hold", "conclude", "declare"})
_STANDING = frozenset({"appear", "run", "stand", "remain", "compete", "be", "serve", "hold"})
_RACES = frozenset({"ballot", "election", "race", "primary", "office", "presidency", "vote",
                    "poll", "polls"})
_BARRED = frozenset({"ineligible", "disqualified", "disqualify", "barred", "bar", "ban",
                     "banned"})


def kept_off_ballot(clause: Any) -> bool:
    """A ruling's clause that keeps its subject out of a race: "(ruled that) Trump could not
    appear on the ballot", "(decided) he is ineligible for office", "... was disqualified
    from the ballot"."""
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    raced = any(c.dep_ == "prep" and any(_lemma(g) in _RACES for g in c.subtree)
                for c in clause.children) or any(
        _lemma(c) in _RACES for c in clause.subtree if c.dep_ in ("pobj", "dobj"))
    if not subject or not raced:
        return False
    negated = any(c.dep_ == "neg" or c.lower_ in ("cannot", "can't") for c in clause.children)
    if negated and _lemma(clause) in _STANDING:
        return True
    return not negated and (_lemma(clause) in _BARRED or any(
        c.dep_ in ("acomp", "oprd") and c.lower_ in _BARRED for c in clause.children))


def opening_name(verb: Any) -> Any | None:
    """"Sweden suspended aid to Zimbabwe", parsed with the country as a noun adverb of a past
    participle: a name opening the sentence right before a subjectless, non-passive past verb
    is its subject (not "Monday", a date)."""
    if verb.tag_ not in ("VBD", "VBN") or any(
            c.dep_ in ("auxpass", "aux", "nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    names = [c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN"
             and c.i < verb.i and c.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
             and c.left_edge.i == verb.sent.start and c.i + 1 == verb.i]
    return names[0] if names else None


def counted_in(verb: Any, obj: Any) -> Any:
    """"withheld $95 million in aid to Egypt", parsed with "in aid" on the verb: the noun a sum
    is counted in is the object, wherever the parser hung its "in" phrase."""
    if not (obj.ent_type_ == "MONEY" and obj.pos_ == "NUM"):
        return obj
    inner = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
             and c.i == obj.right_edge.i + 1 for g in c.children if g.dep_ == "pobj"]
    return inner[0] if inner else obj


def warned_against(act: Any) -> bool:
    """"warned NATO against sending troops to Ukraine", "cautioned Seoul against joining the
    drills": the act warned against is no act done."""
    return act.dep_ == "pcomp" and act.head.lower_ == "against" and _lemma(act.head.head) in (
        "warn", "caution")


def threat_of(act: Any) -> bool:
    """"Russia's threat to cut gas supplies", "a threat to impose tariffs": the act is what a
    threat noun threatens."""
    return act.dep_ == "acl" and _lemma(act.head) == "threat" and act.head.pos_ == "NOUN" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in act.children)


#: Words of an "on" phrase that tell why or when, not on whom: "arrest on fraud charges".
_GROUNDS = frozenset({"charge", "suspicion", "allegation", "accusation", "ground", "count",
                      "basis", "order", "warrant", "behalf", "day", "night", "morning",
                      "evening", "weekend"})


def patient_phrase(noun: Any) -> bool:
    """"the crackdown on Uyghurs", "the arrest of the reporter": an act noun whose "on" / "of"
    / "against" phrase names the one it is done to (not "his arrest on fraud charges", "on
    Sunday")."""
    return any(c.dep_ == "prep" and c.lower_ in ("of", "on", "against") and any(
        g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") and _lemma(g) not in _GROUNDS
        for g in c.children) for c in noun.children)


def comma_party(verb: Any, subj: Any) -> list[Any]:
    """"Blinken, Wang hold talks": a headline's comma for "and". Two names opening the sentence
    with a comma between, subjects of a plural present verb: the one the parser hung elsewhere
    (an adverbial clause, an apposition) is a second subject (not "Yesterday, Wang held", nor
    "Paris, France: Macron says")."""
    if verb.tag_ not in ("VBP", "VB") or subj.tag_ != "NNP" or any(
            c.dep_ in ("aux", "auxpass") for c in verb.children):
        return []
    names = ("", "GPE", "ORG", "NORP", "PERSON")
    second = [c for c in subj.children if c.dep_ == "appos" and c.tag_ == "NNP"
              and c.ent_type_ in names and c.left_edge.i == subj.i + 2 and c.i < verb.i]
    if second and subj.left_edge.i == verb.sent.start and subj.nbor().text == ",":
        return second  # "Macron, Scholz discuss ...": the second name read as an apposition
    if subj.left_edge.i < 2:
        return []
    comma = verb.doc[subj.left_edge.i - 1]
    first = verb.doc[comma.i - 1]
    if comma.text != "," or first.tag_ != "NNP" or first.ent_type_ not in names:
        return []
    if first.left_edge.i != verb.sent.start or first.head != verb or first.dep_ in (
            "nsubj", "nsubjpass", "appos"):
        return []
    return [first]


_AID_GOODS = frozenset({"aid", "assistance", "relief"})
_AID_CARRIERS = frozenset({"convoy", "shipment", "consignment", "cargo", "supply", "truck",
                           "flight", "ship", "plane"})
_REACHING = frozenset({"reach", "arrive", "enter", "land"})


def aid_arrives(verb: Any) -> tuple[Any, list[Any], list[Any]] | None:
    """"Aid from the UAE reaches Gaza", "Saudi aid arrives in Yemen", "a Turkish aid convoy
    entered Idlib": aid that reaches a place is aid given (070). The aid, the givers named on
    it ("from X", "Saudi") and the places reached; None for another subject."""
    if _lemma(verb) not in _REACHING or verb.pos_ != "VERB":
        return None
    aid = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if aid is None or not (_lemma(aid) in _AID_GOODS or (_lemma(aid) in _AID_CARRIERS and any(
            _lemma(c) in _AID_GOODS | {"humanitarian"} for c in aid.children
            if c.dep_ in ("compound", "amod")))):
        return None
    givers = [g for c in aid.children if c.dep_ == "prep" and c.lower_ == "from"
              for g in c.children if g.dep_ == "pobj"] + [
        c for c in aid.subtree if c.dep_ in ("amod", "compound", "poss") and c.i < aid.i
        and c.ent_type_ in ("GPE", "NORP", "ORG")]
    places = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "to", "into")
        for g in c.children if g.dep_ == "pobj"]
    return (aid, givers, places) if givers and places else None


def noun_clause_object(verb: Any) -> Any | None:
    """"Turkey blocks Sweden's NATO bid", parsed with "NATO bid" as a reported clause whose
    subject is "NATO": a clause with no verb anywhere in it is a noun phrase, the object; or
    the other way round, "Austria blocks Romania's Schengen bid" with "bid" the root and the
    verb its clause: the root noun after the verb is the object."""
    head = verb.head
    if verb.dep_ == "ccomp" and head.dep_ == "ROOT" and head.pos_ == "NOUN" and head.i > verb.i \
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return head
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "NOUN"
                 and c.i > verb.i and not any(t.pos_ in ("VERB", "AUX") for t in c.subtree)),
                None)


def adjective_subject(verb: Any) -> Any | None:
    """"Hungary vetoes EU aid to Ukraine", parsed with the country as an adjective of the verb:
    a named place or body opening the sentence right before a subjectless finite verb is its
    subject."""
    if verb.tag_ not in ("VBZ", "VBD", "VBP") or any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "amod" and c.i + 1 == verb.i
                 and c.left_edge.i == verb.sent.start
                 and c.ent_type_ in ("GPE", "ORG", "PERSON")), None)


def name_read_as_verb(verb: Any) -> Any | None:
    """"Belize suspends ties with Israel", parsed with "Belize" as a verb whose complement is
    the real verb: a named place or body opening the sentence right before it is its subject."""
    head = verb.head
    if verb.dep_ != "xcomp" or verb.tag_ not in ("VBZ", "VBD", "VBP") or head.i + 1 != verb.i \
            or head.i != verb.sent.start or head.dep_ != "ROOT":
        return None
    return head if head.ent_type_ in ("GPE", "ORG", "PERSON") else None
