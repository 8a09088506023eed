"""The event coder: CAMEO-coded event mentions from one sentence's dependency parse.

Triggers come from the event lexicon (:mod:`tidings.knowledge.event_lexicon`):

- a verb with its pattern's particle and object ("impose" + sanctions, "call" + for);
- an event noun carried by a support verb ("held talks", "face sanctions") or standing on its
  own with actors of its own ("talks between X and Y", "X's visit to Y", "Israeli strikes").

Roles: the subject is the source (in a passive, the ``by`` agent), the object the target when it
is an actor, else the objects of target prepositions (on, against, with, to, ...) hanging on the
verb or on its object noun. A verb that governs another trigger through an open complement
combines with it ("threatened to impose sanctions" is 1312, "agreed to meet" 036); a verb of
intention passes its subject down and makes the inner event planned. Headlines whose parse has no
verb for a lexicon verb ("Uzbekistan, Afghanistan, and Pakistan sign agreement") are read with a
shallow rule: actors before the verb word, object after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..knowledge.event_lexicon import Lexicon, Pattern
from ..model import ActorRef
from .event_actors import FIRST_PERSON, QUANTITIES, ActorFinder, Found, accident
from .event_lemmas import lemma as _lemma
from .event_lemmas import misread_plural as _misread_plural
from .event_modality import PLAN_NOUNS, PLAN_VERBS, REPORTING_VERBS
from .event_specific import AID_NOUNS, WEAPONS
from .event_wrongs import ACCUSE, CRIME, wrong_deed, wrong_noun
from .tone import polarity

TARGET_PREPS = frozenset({"on", "against", "with", "to", "toward", "towards", "into", "at",
                          "upon", "from", "over"})
#: Roots whose "in X" names the target's territory ("arrived in Astana", "strikes in Gaza").
#: Courses of action whose doing is done by who pursues them ("a policy of confiscating land").
_COURSES = frozenset({"policy", "campaign", "strategy", "practice", "programme", "program",
                      "tactic", "plan"})
_IN_TARGET_ROOTS = frozenset({"042", "061", "1723", "1724", "18", "19", "20"})
#: Support verbs whose subject undergoes the event ("Kazakhstan could face sanctions").
FLIP_SUPPORT = frozenset({"face", "receive", "suffer", "undergo", "get", "come", "hit"})
#: Verbs whose "by" (or "to") in a reduced relative names whose thing it is: its owner or
#: author ("a plant operated by Gazprom", "a resolution drafted by Russia").
_OWNING = frozenset({"belong", "own", "operate", "run", "draft", "propose", "sponsor",
                     "submit", "table", "author", "introduce", "present", "put", "issue"})
#: Verbs of a withdrawal demanded (CAMEO 106, not de-escalation in general).
_WITHDRAWING = frozenset({"withdraw", "pull", "leave", "retreat", "evacuate", "quit", "exit"})
#: Nouns of leaving a place, whose "from" names the place left, not the doer.
_LEAVING = frozenset({"withdrawal", "pullout", "pull-out", "exit", "departure", "retreat",
                      "evacuation"})
#: Anger drawn from someone, named with "of" ("drew the ire of Beijing").
_WRATH = frozenset({"ire", "wrath", "anger", "fury", "displeasure", "scorn", "condemnation",
                    "criticism"})
#: Verbs of asking whose request a conjoined "but Y refused" turns down.
_ASKING_VERBS = frozenset({"ask", "urge", "request", "invite", "press", "implore", "beg",
                           "petition", "call"})
#: Verbs by which the subject, or its deed, brings on others' judgement ("the plan drew (or
#: sparked) criticism from Kyiv"): whoever judges is the source, the subject the target.
_DRAWING = frozenset({"draw", "attract", "earn", "incur", "spark", "trigger", "provoke",
                      "prompt", "invite", "elicit", "stir", "fuel", "generate", "arouse"})
#: Verbs by which the subject obtains aid or backing from another ("secured a loan from
#: China", "won the backing of Poland"): the giver is the source.
_OBTAINING = frozenset({"receive", "get", "secure", "obtain", "win", "accept", "gain", "land",
                        "garner", "clinch", "enlist"})
#: Spans of time a doer spends on an act ("spent weeks shooting down drones"): no object that acts.
_SPANS = frozenset({"hour", "day", "night", "week", "month", "year", "time", "weekend"})
#: A match score: "2-1", "5–0".
_SCORE = re.compile(r"^\d{1,2}[-–]\d{1,2}$")
#: Prepositions that name a topic, not a target, outside conflict ("agreement on railways").
_TOPIC_PREPS = frozenset({"on", "over"})
#: Prepositions that give the reason for what befalls the subject, not what befalls it.
_REASON_PREPS = frozenset({"for", "over", "after", "despite", "amid", "because"})
#: Prepositions naming whom an act of force fell on ("the attack on Israel").
_VICTIM_PREPS = frozenset({"on", "against", "in", "at"})
#: Nouns that make an idiom of judgement only with a reason ("came under fire for").
_REASONED_IDIOMS = frozenset({"fire"})
#: Prepositions that name a target only of conflict ("fired at", not "a hearing at the court").
_CONFLICT_PREPS = frozenset({"at"})
#: Verbs that name a thing: with a damning word for it they criticise, a kind one praises.
_NAMING = frozenset({"call", "describe", "characterize", "characterise", "label", "brand",
                     "term", "dub", "denounce", "see", "regard", "consider"})
#: Things someone did: damning them criticises the doer even when the doer goes unnamed.
_DEEDS = frozenset({"attack", "move", "decision", "policy", "plan", "statement", "remark",
                    "comment", "proposal", "law", "bill", "operation", "strike", "invasion",
                    "action", "conduct", "announcement", "admission", "handling", "response",
                    "killing", "raid", "offensive", "deal", "agreement", "vote", "ruling",
                    "notion", "idea", "suggestion", "claim", "allegation", "accusation",
                    "report", "proclamation", "declaration", "order", "package",
                    "sanction", "measure", "step", "listing", "designation", "ban"})
#: Names that damn a deed they are given ("called the move a stunt", "a waste of time"),
#: though not negative words in general news tone.
_DAMNING_NAMES = frozenset({"hoax", "sham", "farce", "charade", "travesty", "mockery", "stunt",
                            "ploy", "gimmick", "maneuver", "manoeuvre", "grab", "witch-hunt",
                            "scam", "whitewash", "cover-up", "coverup", "fiasco", "blunder",
                            "mistake", "betrayal", "slap", "lie", "nonsense", "waste", "joke",
                            "circus", "theatre", "theater", "hypocrisy", "absurd", "ridiculous",
                            "shameful", "reckless", "irresponsible", "unacceptable",
                            "provocation", "violation", "disgrace", "outrage", "illegal",
                            "unlawful", "illegitimate", "unconstitutional", "traitor", "liar",
                            "thug", "propaganda"})
#: Verbs of learning news: "sorry to hear" is sympathy, "saddened to learn of" grief.
LEARNING = frozenset({"learn", "hear", "read", "see", "receive"})
#: Words of custody: an order that someone be held in them is a detention.
_CUSTODY = frozenset({"detention", "custody", "jail", "prison", "arrest", "house"})
#: Verbs whose passive form is a stance of the subject ("is committed", "is opposed").
_STANCES = frozenset({"commit", "oppose", "prepare", "determine", "dedicate", "resolve",
                       "engage"})
#: Verbs that put a claim about someone: in damning words, an accusation.
_CLAIMING = frozenset({"claim", "allege", "charge", "contend", "assert"})
_INSTRUMENTS = frozenset({"help", "support", "assistance", "backing", "aid", "cooperation",
                          "consent", "approval", "participation", "blessing", "permission"})
#: What one agrees to that commits one to act ("agreed to an extension of the mandate").
_UNDERTAKINGS = frozenset({"extension", "plan", "proposal", "compromise", "formula",
                           "framework", "timetable", "roadmap", "exchange", "swap",
                           "moratorium", "pause", "postponement", "delay", "handover", "transfer",
                           "resumption", "reduction", "withdrawal", "initiative"})
_SUBJ = ("nsubj", "csubj")
#: Where an event noun standing alone reports an event: as a clause's subject or object, or
#: a headline's head ("Talks between X and Y"); not inside a title ("envoy for talks").
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "ROOT", "attr", "conj", "appos"})
_OBJ = ("dobj", "attr", "oprd", "acomp")

# Verbs that combine with the trigger of their open complement, by the inner code's root.
_THREATEN = {"161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135",
             "166": "136", "172": "132", "1723": "1323", "1724": "1324", "175": "137",
             "14": "133", "16": "131", "17": "132", "18": "138", "19": "138", "20": "138",
             "1722": "1321", "191": "1381", "192": "1382", "204": "1385"}
_INTENT = {"04": "036", "05": "032", "06": "031", "061": "0311", "062": "0312", "063": "0313",
           "07": "033", "071": "0331", "072": "0332", "073": "0333", "08": "035",
           "0841": "0353", "085": "0354", "087": "0356", "0871": "0356", "045": "039",
           "037": "037", "064": "0314", "081": "0351", "082": "0352", "086": "0355",
           "0831": "0341", "0832": "0342", "0833": "0343", "0834": "0344"}
_APPEAL = {"045": "028", "04": "026", "05": "022", "06": "021", "07": "023", "08": "025", "0841": "0253",
           "061": "0211", "062": "0212", "063": "0213", "064": "0214", "09": "0213",
           "071": "0231", "072": "0232", "073": "0233", "074": "0234",
           "085": "0254", "087": "0256", "0871": "0256", "081": "0251", "082": "0252",
           "086": "0255", "0831": "0241", "0832": "0242", "0833": "0243", "0834": "0244"}
_DEMAND = {"04": "108", "06": "101", "07": "103", "0841": "1053", "085": "1054", "087": "1056",
           "061": "1011", "062": "1012", "064": "1014", "09": "1013",
           "071": "1031", "072": "1032", "073": "1033", "074": "1034",
           "0871": "107", "063": "1013", "081": "1051", "082": "1052", "086": "1055",
           "0831": "1041", "0832": "1042", "0833": "1043", "0834": "1044"}
_REFUSE = {"04": "125", "045": "126", "06": "121", "07": "122", "0841": "1243", "085": "1244",
           "087": "1246", "08": "124", "061": "1211", "062": "1212", "081": "1241",
           "082": "1242", "086": "1245", "0831": "1231", "0832": "1232", "0833": "1233",
           "0834": "1234"}
#: Appeals, intents and demands whose act is a change of policy (CAMEO 0242, 0342, 1042).
_POLICY_CHANGE = {"020": "0242", "030": "0342", "100": "1042"}
_CHANGE_VERBS = frozenset({
    "change", "reform", "amend", "repeal", "scrap", "abolish", "reverse", "overturn", "relax",
    "tighten", "raise", "lower", "cut", "reduce", "increase", "introduce", "adopt", "implement",
    "enforce", "legalize", "legalise", "decriminalize", "decriminalise", "diversify",
    "reschedule", "postpone", "cancel", "revise", "reconsider", "rethink", "regulate",
    "deregulate", "privatize", "privatise", "nationalize", "nationalise", "subsidize", "tax",
})
_POLICY_NOUNS = frozenset({
    "law", "policy", "rule", "regulation", "tax", "tariff", "limit", "cap", "quota", "ban",
    "punishment", "penalty", "sentence", "budget", "spending", "subsidy", "price", "rate",
    "restriction", "requirement", "reform", "legislation", "bill", "measure", "mandate",
    "lockdown", "curfew", "moratorium", "standard", "program", "programme", "scheme",
})
#: Unrest that happens, and the verbs it happens by.
_UNREST = frozenset({"protest", "demonstration", "rally", "riot", "strike", "unrest", "march"})
_OCCUR = frozenset({"erupt", "break", "continue", "spread", "flare", "resume", "intensify",
                    "grow", "escalate", "occur", "rage"})
#: Money given: a promise of it is an intent to provide economic aid (0331).
_MONEY_AID = frozenset({"payout", "compensation", "money", "fund", "funding", "aid",
                        "assistance", "grant", "loan", "subsidy", "payment", "relief"})
#: An attempted act is the act ("tried to hack"), save an attempted assassination (185).
_ATTEMPT = {"186": "185", "1823": "185"}
_GOVERNORS: dict[str, tuple[dict[str, str], str]] = {
    "threaten": (_THREATEN, "130"),
    "pledge": (_INTENT, "030"), "promise": (_INTENT, "030"), "vow": (_INTENT, "030"),
    "agree": (_INTENT, "030"), "commit": (_INTENT, "030"), "offer": (_INTENT, "030"),
    "urge": (_APPEAL, "020"), "appeal": (_APPEAL, "020"), "call": (_APPEAL, "020"),
    "ask": (_APPEAL, "020"), "encourage": (_APPEAL, "020"),
    "demand": (_DEMAND, "100"), "insist": (_DEMAND, "100"),
    "refuse": (_REFUSE, "120"), "reject": (_REFUSE, "120"), "decline": (_REFUSE, "120"),
    "fail": (_REFUSE, "120"),
    "attempt": (_ATTEMPT, ""), "try": (_ATTEMPT, ""),
    "swear": (_INTENT, "030"), "undertake": (_INTENT, "030"), "volunteer": (_INTENT, "030"),
    "guarantee": (_INTENT, "030"), "propose": (_INTENT, "030"),
    "plead": (_APPEAL, "020"), "implore": (_APPEAL, "020"), "exhort": (_APPEAL, "020"),
    "beseech": (_APPEAL, "020"), "petition": (_APPEAL, "020"), "lobby": (_APPEAL, "020"),
    "press": (_DEMAND, "100"), "order": (_DEMAND, "100"),
    # "considering raising tariffs on Chinese cars": the option weighed, not the act (014)
    "consider": ({}, "014"), "weigh": ({}, "014"), "mull": ({}, "014"),
    "contemplate": ({}, "014"), "ponder": ({}, "014"),
    "pressure": (_DEMAND, "100"), "push": (_DEMAND, "100"),
}
#: Governors whose own patterns name another act: with an open complement ("pressured Mexico
#: to act", "pushed Congress to pass it") they only ask for that act.
_ONLY_GOVERNING = frozenset({"pressure", "push"})
#: Governors whose event-noun object is the act promised or threatened ("promised protests",
#: "pledged talks"): the noun's code composed as for an infinitive.
_NOUN_GOVERNORS = frozenset({"promise", "pledge", "vow", "threaten", "swear", "guarantee"})
#: Governors whose object is the one asked ("urged Iran to ..."): the target.
_ADDRESSING = frozenset({"urge", "ask", "call", "encourage", "appeal", "plead", "implore",
                         "exhort", "beseech", "petition", "lobby", "press", "order",
                         "pressure", "push"})
#: Codes an order passes through unchanged: the one who orders a force to act is its source
#: ("ordered troops to withdraw", "ordered police to disperse the crowd"); so is a symbolic act
#: (017) done on one's orders ("ordered flags lowered to half-staff").
_ORDERED_ROOTS = frozenset({"08", "15", "16", "17", "18", "19", "20"})


#: Roles of people who speak for an institution ("they" in their words is the institution).
_INSTITUTION_ROLES = frozenset({"COP", "GOV", "MIL", "JUD", "LEG", "SPY"})
#: Pronouns that may take an antecedent in their sentence, with the number they need.
_ANAPHORS = {"it": "sg", "he": "person", "she": "person", "they": "pl", "we": "pl"}
_POSSESSIVES = {"its": "sg", "their": "pl", "his": "person", "her": "person"}
_ANAPHORS.update(_POSSESSIVES)
#: Adjectives that govern an intended act like "pledge" does ("willing to withdraw").
_INTENT_ADJECTIVES = frozenset({"willing", "ready", "prepared", "determined", "eager"})
_INABILITY = frozenset({"unable", "powerless", "impossible"})
#: Adjectives whose "to" or "for" names a meeting or cooperation wished for ("open to talks").
#: Verbs that press a need ("stressed the need for talks") and the needs pressed.
_STRESSING = frozenset({"stress", "emphasise", "emphasize", "underline", "underscore",
                        "highlight", "reiterate", "reaffirm", "insist"})
_NEEDS = frozenset({"need", "necessity", "importance", "urgency"})
#: Things needed that are no event noun, with the appeal they make.
_SETTLING = {"solution": "027", "settlement": "027", "resolution": "027", "compromise": "027",
             "reconciliation": "027", "restraint": "025", "de-escalation": "025",
             "calm": "025"}
#: Passive verbs whose subject does the act of their complement ("is expected to visit").
_RAISING = frozenset({"expect", "schedule", "set", "slated", "poise", "plan", "tip",
                      "due", "bill", "believe", "think", "say", "report"})
_OPEN_TO = frozenset({"open", "ready", "receptive", "amenable", "prepared", "willing"})
#: Verbs that carry an intent noun with their subject as its holder ("made an offer").
_INTENT_SUPPORT = frozenset({"make", "extend", "announce", "unveil", "put", "present", "table",
                             "submit", "have", "outline", "draw", "express", "voice", "renew",
                             "repeat", "reiterate", "reaffirm", "confirm", "give", "issue",
                             "signal", "state", "declare", "propose", "be"})
#: Nouns that carry an intended act ("an offer to mediate", "plans for talks").
_INTENT_NOUNS = frozenset({"offer", "plan", "proposal", "pledge", "promise", "commitment",
                           "readiness", "willingness", "intention", "intent"})
_DEMAND_SUPPORT = frozenset({"make", "issue", "reiterate", "repeat", "renew", "press", "voice",
                             "present", "put", "submit", "deliver", "send", "insist"})
#: Words whose that-clause is a demand on the clause's subject ("demanded that the US cancel").
_DEMAND_WORDS = frozenset({"demand", "insist", "urge", "ask", "request", "call"})


def _second_objects(verb: Any) -> list[Any]:
    """"called the move a 'smash and grab'", parsed with the name as an object of the object:
    the name given."""
    return [g for o in verb.children if o.dep_ == "dobj" for g in o.children
            if g.dep_ in ("dobj", "appos") and g.pos_ in ("NOUN", "PROPN")
            and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in g.children)]


def _ordered_clauses(verb: Any) -> list[Any]:
    """What an order orders: "ordered the army to leave", "ordered him held in detention"."""
    return [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")] + [
        a for o in verb.children if o.dep_ == "dobj" for a in o.children
        if a.dep_ == "acl" and a.pos_ == "VERB"]


def _lone_assent(m: Mention) -> bool:
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
    if any(c.dep_ == "ccomp" for c in kids) and not _public(m.sources, subjects, orgs=True) and not any(
            c.dep_ == "prep" and c.lower_ in ("with", "to", "on") for c in kids):
        return True  # "Melody and Nariman agree that they didn't mind": a shared view
    return not m.targets and len(m.sources) < 2


def _public(sources: list[Found], subjects: list[Any], *, orgs: bool) -> bool:
    """True when a state or office holder acts (with ``orgs``, any organisation too): a
    subject named as a country or people, or an actor coded with a role ("USAGOV"), not a
    private person ("CAN")."""
    kinds = ("GPE", "NORP", "ORG") if orgs else ("GPE", "NORP")
    return any(t.ent_type_ in kinds for t in subjects) or any(
        f.actor is not None and len(f.actor.actor_code or "") > 3 for f in sources)


#: Verbs of blame that also tell a blow or a crash ("slammed into the coast").
_IMPACT_VERBS = frozenset({"slam", "blast", "hammer", "batter", "pound", "smash", "bash"})


def _impact(m: Mention) -> bool:
    """A storm, a car or a shell "slammed into" something: a crash, no criticism (which takes
    its target as an object: "slammed the plan")."""
    verb = m.trigger
    return m.code[:2] == "11" and m.support is None and _lemma(verb) in _IMPACT_VERBS and any(
        c.dep_ == "prep" and c.lower_ in ("into", "onto") for c in verb.children) and not any(
        c.dep_ == "dobj" for c in verb.children)


def _main_words(clause: Any) -> list[Any]:
    """A clause's words without those of its adverbial clauses ("if Pakistan won")."""
    skip = {t.i for a in clause.subtree if a.dep_ == "advcl" and a.i != clause.i
            for t in a.subtree}
    return [t for t in clause.subtree if t.i not in skip]


def _owned(tok: Any) -> bool:
    """True when a possessive pronoun qualifies ``tok`` ("its troops", "their arms")."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her", "our")
               for c in tok.children)


#: Prepositions whose object may do the gerund after it ("opposed to Sweden joining NATO").
#: Acts done to someone for what they did ("arrested them after they stormed ...").
_FOR_DEEDS = frozenset({"arrest", "detain", "jail", "imprison", "charge", "punish", "fine",
                        "sue", "sentence", "expel", "deport", "ban", "fire", "sack", "suspend",
                        "accuse", "condemn", "criticise", "criticize", "blame", "thank",
                        "praise", "congratulate", "reward", "sanction"})
#: Prepositions of time whose gerund's doer is the main clause's subject ("after meeting");
#: not "before", whose act may never come ("would need approval before filing a complaint").
_WHEN_PREPS = frozenset({"after", "while", "since", "upon", "when"})
_GERUND_PREPS = frozenset({"to", "for", "of", "about", "over", "against"})
#: What is read or watched online or in print: access to it cut off is censorship (1721).
_MEDIA = frozenset({"website", "internet", "web", "platform", "app", "newspaper", "outlet",
                    "broadcaster", "media", "vpn", "youtube", "twitter", "facebook", "instagram",
                    "whatsapp", "telegram", "tiktok", "wikipedia", "signal", "google", "x",
                    "news", "messenger", "social"})
#: Verbs that cut off access ("blocked access to", "restricted access to").
_CUTTING_OFF = frozenset({"block", "restrict", "limit", "curb", "cut", "deny", "suspend",
                          "throttle", "shut", "ban", "disable", "bar"})
#: Prepositions that name what an act is about ("rebuked China over its drills").
_ABOUT = frozenset({"over", "about", "for"})


def _topic_of(noun: Any, found: dict[int, Mention]) -> bool:
    """True when an event noun names what a coded verb's act is about ("rebuked China over
    its military drills", "praised Chile for its mediation"): the reason for the act, no
    second event of its subject."""
    return (noun.dep_ == "pobj" and noun.head.lower_ in _ABOUT and noun.head.dep_ == "prep"
            and noun.head.head.i in found and noun.head.head.pos_ == "VERB")


#: Codes of acts done between two other parties ("a mediation effort between X and Y").
_MEDIATING = frozenset({"045"})


def _conditioned(verb: Any) -> list[Any]:
    """The subjects of "if"/"unless" clauses in a verb's clause or the clause it reports."""
    heads = [verb, *[c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]]
    return [s for h in heads for c in h.children if c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]


def _appositive(obj: Any) -> Any:
    """"attacked a rival, Senator Ted Cruz of Texas", parsed with the name hanging from the
    verb: a common noun object is the name set after it between commas."""
    after = obj.right_edge.i + 1
    if obj.dep_ != "dobj" or obj.pos_ != "NOUN" or obj.ent_type_ or after + 1 >= len(obj.doc):
        return obj
    if obj.doc[after].text != ",":
        return obj
    return next((c for c in obj.head.children if c.dep_ in ("npadvmod", "appos", "dobj")
                 and c.pos_ == "PROPN" and c.left_edge.i == after + 1), obj)


def _person(tok: Any) -> bool:
    """A named person, or a noun set beside one ("his predecessor, Barack Obama")."""
    return tok.ent_type_ == "PERSON" or any(c.dep_ == "appos" and c.ent_type_ == "PERSON"
                                            for c in tok.children)


def _topics(tok: Any) -> list[Any]:
    """The "over", "about" or "for" phrases on a token: what an act is about."""
    return [c for c in tok.children if c.dep_ == "prep" and c.lower_ in _ABOUT]


#: Where words are said: an attack made in one is verbal.
_UTTERANCES = frozenset({"speech", "interview", "statement", "tweet", "post", "article",
                         "editorial", "column", "op-ed", "letter", "address", "podcast",
                         "broadcast", "debate", "rally", "twitter", "x", "facebook",
                         "instagram", "social", "media", "remark", "sermon", "book"})


def _verbal_attack(verb: Any, objects: list[Any]) -> bool:
    """"attacked Senator Cruz over his birth in Canada", "attacked Biden for accumulating
    wealth", "attacked Drudge as a consistent opponent": a person attacked over something
    they said, did or are, or named as something, is attacked in words."""
    if any(g.lemma_.lower() in _UTTERANCES for p in verb.children
           if p.dep_ == "prep" and p.lower_ in ("in", "on", "during")
           for g in p.children if g.dep_ == "pobj"):
        return True  # "attacked migrant workers in a speech", "on Twitter"
    persons = [o for o in objects if _person(o)]
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
    return any(g.dep_ == "pcomp" and g.pos_ == "VERB"
               for h in heads for p in _topics(h) for g in p.children) or any(
        g.pos_ == "NOUN" and not g.ent_type_ for g in named_as)


def _lost_subject(clause: Any) -> Any | None:
    """"announced on Twitter the FAA and the NTSB were to investigate", parsed with the names
    as the object of "on": a finite reported clause with no subject takes the noun phrase
    that ends just before it."""
    finite = clause.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in clause.children)
    if clause.dep_ != "ccomp" or not finite or any(
            c.dep_ in (*_SUBJ, "nsubjpass", "expl") for c in clause.children):
        return None
    edge = clause.left_edge.i
    if edge == 0 or clause.doc[edge].dep_ == "mark":
        return None
    return next((t for t in clause.head.subtree if t.dep_ in ("pobj", "dobj")
                 and t.pos_ in ("PROPN", "NOUN") and t.right_edge.i == edge - 1), None)


#: Prepositions that say where an agent is from ("by researchers at Oxford University").
_AGENT_LINKS = frozenset({"at", "of", "from"})


def _agent_chain(verb: Any, agent: Any) -> list[Any]:
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


def _charged_that(verb: Any) -> Any | None:
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


def _infinitive(tok: Any) -> bool:
    """A "to" clause with no subject of its own ("sworn to fight")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and not any(
        c.dep_ in _SUBJ for c in tok.children)


def _condition(m: Mention) -> bool:
    """True when the mention is the condition of another clause ("if the US deploys
    missiles", "vowed protests until Sweden joined the agreement"): a condition reports no
    event. An "until" clause is one in the present tense or under a promise, threat, demand
    or future ("protests will go on until the minister resigns"); in a past narrative it
    happened ("fighting went on until the army withdrew")."""
    tok = m.trigger if m.support is None else m.support
    for t in [tok, *list(tok.ancestors)[:2]]:
        if t.dep_ != "advcl":
            continue
        marks = {c.lower_ for c in t.children if c.dep_ == "mark"}
        if marks & {"if", "unless"}:
            return True
        if "until" in marks and (t.tag_ in ("VBZ", "VBP") or any(
                _lemma(h) in _GOVERNORS or any(
                    c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll")
                    for c in h.children) for h in [t.head, *list(t.head.ancestors)[:1]])):
            return True  # "until Israel withdraws": not done yet
    return False


def _agrees(tok: Any, want: str) -> bool:
    plural = tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children)
    if want == "pl":
        # "UNICEF said they had delivered ...": a body's acronym takes "they".
        return (plural or tok.ent_type_ in ("ORG", "NORP") or tok.lower_ in QUANTITIES
                or (tok.text.isupper() and len(tok.text) > 1))
    if want == "person":
        return not plural and (tok.ent_type_ == "PERSON" or tok.pos_ == "NOUN")
    return not plural and tok.ent_type_ != "PERSON"


@dataclass
class Mention:
    """One coded event mention in a sentence, before dates, places and merging."""

    code: str
    trigger: Any
    sources: list[Found]
    targets: list[Found]
    nominal: bool = False
    support: Any = None
    tokens: list[Any] = field(default_factory=list)
    confidence: float = 0.5
    flipped: bool = False
    #: A passive with no "by" agent ("was arrested in Lebanon").
    agentless: bool = False
    #: The pattern's own PLOVER category where its wording is finer than the code.
    plover: str = ""
    #: The act promised, threatened, asked for or refused, when the code composes one: "043"
    #: in "offered to host talks" (036), where the host alone is a party.
    act: str = ""


#: Nouns of asking: the act asked for ("a request to China to provide data") is not the asker's.
_ASKINGS = frozenset({"request", "call", "appeal", "demand", "plea", "invitation", "order",
                      "ultimatum", "summons", "petition"})
#: Verbs of going into a country that are an incursion when armed forces do them.
_INCURSION = frozenset({"enter", "cross", "roll", "push", "move", "infiltrate"})
#: Subjects that make going into a country an incursion ("Turkish troops entered Syria").
_ARMED = frozenset({"troop", "force", "soldier", "tank", "army", "military", "unit",
                    "paratrooper", "commando", "marine", "armour", "armor", "column",
                    "militant", "rebel", "fighter", "insurgent", "jihadist", "militia"})
#: Verbs of shaking a place that tell of a bombing when a blast does them.
_SHAKING = frozenset({"rock", "shake", "rip"})
_BOMBS = frozenset({"bomb", "bombing", "bomber", "car-bomb", "suicide", "roadside"})
#: Verbs whose object is the means, not a doer: "used the law to open a probe".
_INSTRUMENTAL = frozenset({"use", "invoke", "employ", "utilize", "utilise", "wield", "leverage"})
#: Intransitive verbs whose subject is the bomb ("a car bomb exploded", "went off").
_GOING_OFF = frozenset({"explode", "detonate", "go"})
_MEASURES = frozenset({"part", "some", "most", "all", "portion", "much", "half", "share", "tons",
                       "tonnes", "ton", "tonne", "batch", "shipment", "consignment", "amount",
                       "millions", "billions", "worth", "load", "loads", "package", "lot",
                       "dose", "doses", "kilogram", "kilograms", "kg", "litre", "litres",
                       "liter", "liters", "truckload", "truckloads", "container", "containers",
                       "truck", "trucks", "lorry", "lorries", "planeload", "planeloads",
                       "series", "flurry", "raft", "wave", "round", "slew", "host", "set",
                       "number", "string", "spate", "barrage", "volley", "salvo", "list", "litany"})


def _through_quantity(tok: Any) -> Any:
    """The noun a quantity stands for: "part of a military aid program" -> program."""
    amount = tok.ent_type_ == "MONEY" and tok.pos_ == "NUM"
    if tok.lower_ in _MEASURES or amount:
        # "$400 million in military aid", "part of a military aid program"
        inner = [g for c in tok.children if c.dep_ == "prep"
                 and (c.lower_ == "of" or (amount and c.lower_ == "in"))
                 for g in c.children if g.dep_ == "pobj"]
        if inner:
            return inner[0]
    return tok


#: Codes about aid, whose "for X" names the receiver.
_AID_CODES = frozenset({"033", "023", "103", "162", "122"})
#: Kinds of aid named on the aid noun: generic code -> {modifier: specific code}.
_AID_KINDS = {"humanitarian": "073", "relief": "073", "medical": "073", "food": "073",
              "military": "072", "defense": "072", "defence": "072", "economic": "071",
              "financial": "071", "budget": "071", "security": "072"}


def _refine(code: str, theme: list[Any]) -> str:
    """A more specific code from the theme noun's modifiers ("humanitarian aid" is 073); a
    call for aid, not for cooperation, is an appeal for aid (023)."""
    if code == "021" and any(_lemma(t) in AID_NOUNS for t in theme):
        code = "023"
    if code in ("070", "033", "0331", "023", "103", "162", "122"):
        # the aid noun itself, or the one a sum is counted in ("$1 billion in military aid")
        nouns = theme + [g for t in theme for p in t.children if p.dep_ == "prep"
                         and p.lower_ in ("in", "of") for g in p.children if g.dep_ == "pobj"]
        mods = {_lemma(c) for t in nouns for c in t.children if c.dep_ in ("amod", "compound")}
        for word, specific in _AID_KINDS.items():
            if word in mods:
                return specific if code == "070" else code[:3] + specific[2]
    return code


#: Verbs by which an office holder has a symbolic act done ("declared flags would be flown").
_DECREEING = frozenset({"declare", "order", "announce", "direct", "decree", "proclaim"})
#: Support given in a way that makes it aid ("backed Kyiv militarily").
_AIDED_BY = {"financially": "071", "economically": "071", "militarily": "072"}
#: The public at large: no one in particular to appeal to.
_ANYONE = frozenset({"people", "public", "resident", "citizen", "everyone", "everybody",
                     "other", "person", "anyone", "anybody", "viewer", "reader", "listener"})
#: People who use a product or service: their complaints are no political act.
_USERS = frozenset({"user", "customer", "consumer", "client", "subscriber", "buyer", "owner",
                    "passenger", "fan", "gamer", "player", "shopper", "traveller", "traveler"})
#: The public and a product's users: what they do as a crowd is no political act.
_NO_ACTORS = _ANYONE | _USERS
#: Verbs of accusing whose "of" names the wrong: "accused him of stealing funds" (1121).
_ACCUSING = frozenset({"accuse", "suspect"})
#: Violence that is a crime when a person is accused of it ("accused of killing four
#: students"); a state accused of killing is accused of something else.
_VIOLENT_CRIMES = frozenset({"kill", "murder", "rape", "stab", "shoot", "assault", "rob",
                             "kidnap", "abduct", "molest", "strangle", "poison", "beat"})
#: Private people an accusation of violence may name ("accused the man of stabbing ...").
_PRIVATE = frozenset({"man", "woman", "suspect", "teenager", "boy", "girl", "student",
                      "driver", "gunman", "attacker", "assailant", "defendant", "accused",
                      "he", "she", "him", "her", "officer", "guard", "teacher", "doctor"})


def _charged_with(verb: Any) -> str | None:
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


def _conflict(code: str) -> bool:
    """Verbal or material conflict (quad class 3 or 4): roots 10 to 20."""
    return code[:2] >= "10"


def _namers(verb: Any, names: list[Any]) -> Any | None:
    """The "by" phrase of a passive naming ("was branded a traitor by the Kremlin"), on the
    verb or, as the parser may hang it, on the name."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    heads = [verb, *names, *[c for c in verb.children if c.dep_ == "dobj"]]
    return next((c for h in heads for c in h.children
                 if c.dep_ in ("agent", "prep") and c.lower_ == "by"), None)


def _own_words(tok: Any) -> list[Any]:
    """A phrase's words without the clauses nested in it ("a student who may have been
    influenced by shootings" names a student, not a shooting)."""
    out = [tok]
    for c in tok.children:
        if c.dep_ not in ("relcl", "acl", "advcl", "ccomp"):
            out += _own_words(c)
    return out


def _name_tone(tok: Any) -> int:
    """A word's tone as a name for a deed: its news polarity, or damning ("a political stunt",
    "a witch hunt")."""
    tone = polarity(tok.lower_, _lemma(tok))
    if tone == 0 and (_lemma(tok) in _DAMNING_NAMES or (
            tok.lower_ == "hunt" and any(c.lower_ == "witch" for c in tok.children))):
        return -1
    return tone


#: Words that make a claim about someone damning ("claimed Iran is unduly influencing ...").
_DAMNING_CLAIMS = frozenset({"unduly", "illegally", "unlawfully", "improperly", "wrongfully",
                             "fraudulently", "corruptly", "interfere", "meddle", "rig",
                             "cheat", "collude", "bully", "intimidate", "manipulate"})


def _claim_tone(tok: Any) -> int:
    tone = polarity(tok.lower_, _lemma(tok))
    return -1 if tone == 0 and _lemma(tok) in _DAMNING_CLAIMS else tone


def _forms(tok: Any) -> set[str]:
    return {_lemma(tok), tok.lower_}


_PEACEKEEPING = frozenset({"peacekeeper", "peacekeeping", "peace-keeping", "peacekeepers"})


def _peacekeeping(tok: Any) -> bool:
    """True when a phrase names peacekeepers ("a deployment of UN peacekeeping troops")."""
    heads = [tok] + [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"]
    return any(_lemma(h) in _PEACEKEEPING or tok.lower_ in _PEACEKEEPING or any(
        _lemma(c) in _PEACEKEEPING for c in h.children if c.dep_ in ("compound", "amod"))
        for h in heads)


_OWN_FORCES = ("MIL", "COP", "SPY", "GOV")
_CAUSATIVES = frozenset({"let", "allow", "permit", "make", "help", "order", "force", "have"})
#: Verbs whose clause names the accused as its subject: "alleged (that) Iran had armed them".
_ALLEGING = frozenset({"allege"})


def _addressed(m: Mention) -> list[Found]:
    """Who an order's addressee leaves as target: not the orderer's own forces ("ordered
    troops to withdraw"), but a party made to act ("ordered the newspaper to close")."""
    own = {f.actor.country for f in m.sources if f.actor is not None}
    return [f for f in m.targets if f.actor is None or not (
        (f.actor.actor_code or "").endswith(_OWN_FORCES)
        and (f.actor.country in own or f.actor.country is None))]


#: Verbs of offering an act: an intent only when the act is one of politics.
_OFFERING = frozenset({"offer", "propose"})
#: Roles of those who can change a state's policy.
_STATE_ROLES = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "PTY", "OPP"})
#: Verbs of material help whose passive participle, with its "by" agent, qualifies what was
#: given or helped in any text: "a programme funded by the Foundation", "missiles, supplied
#: by Iran, ...".
_GIVING = frozenset({"fund", "finance", "supply", "sponsor", "bankroll", "arm", "equip",
                     "subsidize", "subsidise", "donate", "cofinance", "co-finance"})


def _given(verb: Any) -> bool:
    """A passive participle of material help with its "by" agent, qualifying a noun."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and _lemma(verb) in _GIVING
            and verb.head.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ == "agent" for c in verb.children))


#: Adverbs that make a phrasal verb with the verb before them ("turned away", "stepped down").
_PARTICLE_WORDS = frozenset({"away", "back", "down", "out", "off", "up", "aside", "over",
                             "forward", "ahead", "apart", "along", "around", "through",
                             "ablaze", "alight"})


def _particles(verb: Any) -> dict[str, Any]:
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
    slots = {verb.i + 1} | {o.right_edge.i + 1 for o in verb.children if o.dep_ == "dobj"}
    for i in sorted(slots):
        if i >= len(doc):
            continue
        tok = doc[i]
        if (tok.lower_ in _PARTICLE_WORDS and tok.dep_ in ("advmod", "prt")
                and (tok.head.i == verb.i or tok.head.head.i == verb.i)):
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


def _particle_objects(p: Any) -> list[Any]:
    """What a particle governs: its objects, or those of the preposition it heads ("pulled
    out of the deal"); a "for" that marks a clause governs the clause's verb ("called for
    the marbles to be returned")."""
    if p.dep_ == "mark":
        return [p.head]
    return [g for c in [p, *(c for c in p.children if c.dep_ == "prep" and c.i == p.i + 1)]
            for g in c.children if g.dep_ in ("pobj", "pcomp")]


def _scoreline(verb: Any, objects: list[Any]) -> bool:
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


#: Words that tell an investigation is going on: "is under way", "is ongoing".
_UNDER_WAY = frozenset({"underway", "ongoing", "continuing", "open", "active", "way"})


def _bomb_blast(subject: Any) -> bool:
    """"a bomb rocked", "a suicide blast rocked", not "a gas blast rocked": a blast told as a
    bombing."""
    return _lemma(subject) in _BOMBS or (_lemma(subject) in ("blast", "explosion") and any(
        _lemma(c) in _BOMBS for c in subject.children if c.dep_ in ("compound", "amod")))


def _under_way(noun: Any) -> bool:
    """"an investigation is under way", "a probe is ongoing", "the death is under
    investigation": an investigation told as going on, not talked about ("an inquiry would
    be a waste of time")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "under":
        return True
    return noun.dep_ == "nsubj" and _lemma(noun.head) == "be" and any(
        t.lower_ in _UNDER_WAY for c in noun.head.children
        if c.dep_ in ("acomp", "advmod", "prep", "attr") for t in c.subtree)


def _fold_attack_means(found: dict[int, Mention]) -> None:
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
        if not means:
            continue
        n = means[0][1]
        if not doer:
            m.sources = n.sources
        if n.code != "190":
            m.code = n.code  # "killed in an airstrike": the weapon's code
        m.agentless = False
        m.tokens = m.tokens + n.tokens
        del found[n.trigger.i]


def _object_words(verb: Any, heads: list[Any]) -> set[str]:
    """The words a pattern's objects are matched against: the object heads, their modifiers,
    what they are "of" ("the lifting of sanctions") and the verb's open complements."""
    words: set[str] = set()
    for h in heads:
        words |= _forms(h)
        words |= {_lemma(c) for c in h.children if c.dep_ in ("compound", "amod")}
        for a in h.children:
            if (a.dep_ == "appos" and a.pos_ == "NOUN" and a.left_edge.i > 0
                    and a.doc[a.left_edge.i - 1].text != ","):
                # "designated Meta an extremist organisation": the second object, read as an
                # apposition with no comma, says what the first is made
                words |= _forms(a) | {_lemma(c) for c in a.children
                                      if c.dep_ in ("compound", "amod")}
        amount = h.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL") or h.pos_ == "NUM"
        if h.ent_type_ == "MONEY" or any(c.tag_ == "$" for c in h.children):
            words.add("sum")  # "gave $2 billion to Pakistan": a sum of money
        words |= {_lemma(g) for c in h.children if c.dep_ == "prep"
                  for g in c.children if g.dep_ == "pcomp"
                  or (g.dep_ == "pobj" and (c.lower_ == "of" or (amount and c.lower_ == "in")))}
    for c in verb.children:
        if c.dep_ == "xcomp":
            words |= _forms(c)
        if c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "conj" and c.pos_ == "AUX"):
            # "ruled the practice is unconstitutional" (with a long subject, parsed as a
            # conjoined "is"), "found it to be unlawful", "declared the law unconstitutional"
            # (the adjective heads its own clause)
            words |= {_lemma(g) for g in c.children if g.dep_ in ("acomp", "attr", "oprd")}
            if c.pos_ == "ADJ":
                words.add(_lemma(c))
    return words


def _for_whom(code: str) -> bool:
    """Acts whose "for X" names whom they are for: aid, support and praise, sympathy, and
    arrest warrants ("issued a warrant for Putin")."""
    return code[:2] in ("05", "07") or code[:3] in _AID_CODES or code in ("018", "173")


def happening(noun: Any) -> bool:
    """"Protests erupted in Minsk": unrest told as happening, its people unnamed."""
    return noun.dep_ == "nsubj" and _lemma(noun) in _UNREST and _lemma(noun.head) in _OCCUR


def _bare(clause: Any) -> bool:
    """A clause whose verb stands bare ("insisted that he resign"): a mandative subjunctive."""
    if any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return False
    # "that Iran release": a present form after a singular subject is no indicative.
    return clause.tag_ == "VB" or (clause.tag_ == "VBP" and any(
        c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in clause.children))


def _changes_policy(verb: Any) -> bool:
    """The verb's complement asks for or promises a change of what is done: a verb of change
    ("reschedule", "diversify", "repeal") or a rule as its object ("set limits", "impose
    stricter punishment")."""
    comps = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
    # "declared its intent to impose stricter punishment": the noun's infinitive
    comps += [c for o in verb.children if o.dep_ == "dobj" for c in o.children
              if c.dep_ == "acl" and c.pos_ == "VERB"]
    comps += [d for c in comps for d in c.children if d.dep_ == "conj" and d.pos_ == "VERB"]
    return any(_lemma(c) in _CHANGE_VERBS or any(
        o.dep_ == "dobj" and _lemma(o) in _POLICY_NOUNS for o in c.children) or (
        # "make repairs easier", "make housing more affordable": a change of the rules
        _lemma(c) == "make" and any(t.dep_ != "amod" and (t.tag_ == "JJR" or (
            t.pos_ == "ADJ" and any(a.lower_ in ("more", "less") for a in t.children)))
            for t in c.subtree)) for c in comps)


def _for_clause(clause: Any) -> bool:
    """A "to" clause brought in by "for" ("called for the president to resign")."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in clause.children) and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in clause.children)


def _stray_subject(verb: Any) -> bool:
    """"US troops had defeated ISIS and Turkey would be moving into Syria": a conjoined verb
    with no subject of its own right after a noun the parser hung on the first verb's object
    (its own subject, misread)."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    first = min([c.i for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i]
                + [verb.i])
    before = verb.doc[first - 1] if first > 0 else None
    return before is not None and before.dep_ == "conj" and before.pos_ in ("NOUN", "PROPN")


def _verb_as_noun(tok: Any) -> bool:
    """"France thanks Morocco for help": a headline verb the parser took for a noun, yet
    with a subject and an object of its own."""
    return (tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and tok.tag_ == "NNS"
            and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in tok.children)
            and any(c.dep_ == "dobj" for c in tok.children))  # not "Cyberattack forces X"


def _invited_to(found: dict[int, Mention]) -> None:
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


def _compose(outer: str, inner: str) -> str | None:
    table, default = _GOVERNORS[outer]
    if outer == "order" and (inner[:2] in _ORDERED_ROOTS or inner == "017"):
        return inner
    if table is _ATTEMPT:
        return table.get(inner, inner)
    if table is _REFUSE and _conflict(inner):
        # Refusing or failing to fight or punish is no event of its own.
        return None
    if table is _INTENT and _conflict(inner):
        # A pledge to fight or punish is a threat, not an intent to cooperate.
        return recode_threat(inner)
    for key in (inner, inner[:3], inner[:2]):
        if key in table:
            return table[key]
    return default


#: Violent verbs whose headline past ("Four teenagers shot at a party") tells of the victims.
_WOUNDING = frozenset({"shoot", "stab", "kill", "wound", "injure", "beat", "behead", "gun"})


#: What "shot at" aims at ("Two gunmen shot at police"), unlike the place of a shooting.
_AIMED_AT = frozenset({"police", "policeman", "officer", "soldier", "troop", "protester",
                       "demonstrator", "crowd", "people", "civilian", "guard", "patrol",
                       "convoy", "car", "vehicle", "motorcade", "army", "militant", "rebel"})


def left_dead(verb: Any) -> bool:
    """"shot dead", "stabbed to death": a headline verb whose result tells its subject was hurt."""
    return any((c.dep_ in ("oprd", "acomp", "advmod") and c.lower_ == "dead") or (
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children))
        for c in verb.children)


def _aimed(verb: Any) -> bool:
    """"Two gunmen shot at police": "at" names who is aimed at, so the subject acted."""
    return any(c.dep_ == "prep" and c.lower_ == "at" and any(
        g.dep_ == "pobj" and (_lemma(g) in _AIMED_AT or g.ent_type_ in ("PERSON", "NORP", "ORG"))
        for g in c.children) for c in verb.children)


def _pro(tok: Any) -> bool:
    """"pro-Trump protest", "pro-Russian rally": the one supported names no actor of the act."""
    doc = tok.doc
    return tok.lower_.startswith("pro-") or (
        tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "pro")


#: Theme words by lexicon: built once, not for every section a coder reads.
_THEMES: dict[int, frozenset[str]] = {}


def _theme_words(lex: Lexicon) -> frozenset[str]:
    """Event nouns and every verb pattern's object words."""
    found = _THEMES.get(id(lex))
    if found is None:
        found = _THEMES[id(lex)] = frozenset(lex.nouns) | frozenset(
            w for pats in lex.verbs.values() for p in pats for w in p.objects)
    return found


class SentenceCoder:
    def __init__(self, lexicon: Lexicon, finder: ActorFinder, *, headline: bool) -> None:
        self.lex = lexicon
        self.finder = finder
        self.headline = headline
        self.theme_words = _theme_words(lexicon)
        #: Mentions by sentence start: the reported-words reader asks again for a sentence.
        self._coded: dict[int, list[Mention]] = {}

    # triggers ------------------------------------------------------------------------------

    def code(self, sent: Any) -> list[Mention]:
        """The event mentions of a sentence (computed once per sentence)."""
        if sent.start not in self._coded:
            self._coded[sent.start] = self._code(sent)
        return self._coded[sent.start]

    def _code(self, sent: Any) -> list[Mention]:
        found: dict[int, Mention] = {}
        for tok in sent:
            lemma = _lemma(tok)
            if lemma in self.lex.verbs and (tok.pos_ == "VERB" or _verb_as_noun(tok)):
                m = self._sealed(tok) or self._verb(tok)
                if m is not None:
                    found[tok.i] = m
        for i, m in list(found.items()):
            doer = self._gerund_doer(m.trigger)
            if doer is not None:
                gov = doer.head.head if doer.dep_ == "pobj" else doer.head
                if gov.i in found and found[gov.i].code[:2] <= "13":
                    del found[i]  # what is opposed or feared, not done ("objected to X joining")
        if self.headline and not found:
            shallow = self._shallow_headline(sent)
            if shallow is not None:
                return [shallow]
        for tok in sent:
            if (tok.pos_ in ("NOUN", "PROPN") and _lemma(tok) in self.lex.nouns
                    and tok.ent_type_ not in ("DATE", "TIME", "ORG", "WORK_OF_ART", "LAW")):
                if tok.head.i in found and tok.dep_ in ("dobj", "nsubjpass", "pobj"):
                    continue
                if tok.dep_ == "pobj" and any(
                        a.i in found and any(t.i == tok.i for t in found[a.i].tokens)
                        for a in list(tok.ancestors)[1:3]):
                    continue  # the theme of a verb's particle ("participated in talks")
                if _topic_of(tok, found):
                    continue
                m = self._noun(tok)
                if m is not None and m.nominal and tok.dep_ == "dobj" and (
                        tok.head.dep_ == "xcomp" and tok.head.head.i in found):
                    continue  # "urged Hungary to lift its veto": the veto is what is asked about
                if m is not None and (m.support is None or m.support.i not in found):
                    found[tok.i] = m
        _fold_attack_means(found)
        self._demands(sent, found)
        self._intent_nouns(sent, found)
        self._stressed_needs(sent, found)
        _invited_to(found)
        self._characterizations(sent, found)
        self._allegations(sent, found)
        out = [m for m in self._combine(found) if not _lone_assent(m) and not _condition(m)
               and not self._private_choice(m) and not _impact(m)]
        for m in out:
            if m.code[:2] == "13" and not any(f.actor is not None for f in m.targets):
                m.targets = m.targets + self._condition_subjects(m)
            if m.code[:2] == "09" and not any(f.actor is not None or f.anaphor is not None
                                              for f in m.sources):
                teller = self._reporting_authority(m.support if m.support is not None
                                                   else m.trigger)
                if teller:
                    m.sources, m.agentless = teller, False
        return out

    def _reporting_authority(self, tok: Any) -> list[Found]:
        """"Police said a murder case had been opened", "an inquiry is under way, officials
        said": the police, court or government that tells of an investigation whose doer is
        not named is the one investigating."""
        cur = tok
        while cur.dep_ != "ccomp" and cur.head.i != cur.i:
            if cur.dep_ in ("relcl", "acl", "advcl", "pcomp"):
                return []  # a deed the investigation is about, not the investigation
            cur = cur.head
        tellers = [cur.head] if cur.dep_ == "ccomp" else [
            c for c in cur.children if c.dep_ in ("parataxis", "ccomp")]
        out: list[Found] = []
        for rep in tellers:
            if _lemma(rep) not in REPORTING_VERBS | {"indicate"}:
                continue
            out += [f for s in rep.children if s.dep_ == "nsubj" for f in self.finder.find(s)
                    if f.actor is not None
                    and (f.actor.actor_code or "")[-3:] in _INSTITUTION_ROLES]
        return out

    def _condition_subjects(self, m: Mention) -> list[Found]:
        """Whom a conditional threat is aimed at: "... if the United States goes ahead"."""
        out: list[Found] = []
        for tok in m.tokens:
            for c in tok.children:
                if c.dep_ == "advcl" and any(k.dep_ == "mark" and k.lower_ in ("if", "unless")
                                             for k in c.children):
                    out += [f for s in c.children if s.dep_ == "nsubj"
                            for f in self.finder.find(s, target=True)]
        return out

    def _demands(self, sent: Any, found: dict[int, Mention]) -> None:
        """"X said Y must do Z", "X demanded that Y do Z", "X's demand that Y do Z": a demand
        of X on Y, combined with Z's code when Z is coded."""
        for rep in sent:
            lemma = _lemma(rep)
            clauses = []
            for c in rep.children:
                if c.dep_ not in ("ccomp", "acl") or not any(
                    s.dep_ in _SUBJ for s in c.children
                ):
                    continue
                if lemma in ("ask", "wonder", "inquire") and (
                        c.left_edge.tag_ in ("WRB", "WP", "WDT")
                        or c.left_edge.lower_ in ("whether", "if")):
                    continue  # "asked where the money went": a question, not a demand
                # "X said Y must do Z" is a demand on Y; "we should" is none.
                must = any(a.dep_ == "aux" and a.lower_ in ("must", "should") for a in c.children
                           ) and not any(s.dep_ == "nsubj" and s.lower_ in FIRST_PERSON
                                         and s.pos_ == "PRON" for s in c.children)
                that = any(a.dep_ == "mark" and a.lower_ == "that" for a in c.children)
                asked = any(o.dep_ == "dobj" and _lemma(o) in _DEMAND_WORDS
                            for o in rep.children)
                verbal = rep.pos_ == "VERB" and c.dep_ == "ccomp" and (
                    (lemma in REPORTING_VERBS and must)
                    or (lemma in _DEMAND_WORDS and (lemma != "insist" or must or _bare(c)))
                    or (asked and that))  # "insists the election was stolen": a claim
                nominal = rep.pos_ == "NOUN" and lemma == "demand" and that and (
                    _lemma(rep.head) in _DEMAND_SUPPORT or rep.dep_ in ("nsubj", "ROOT")
                    or (rep.dep_ == "pobj" and _lemma(rep.head.head) in _DEMAND_SUPPORT))
                if verbal or nominal:
                    clauses.append(c)
            for c in clauses:
                if rep.pos_ == "NOUN":
                    sources = self._owners_of_noun(rep)
                else:
                    sources = [f for s in self._subjects(rep) for f in self.actors(s)]
                targets = [f for s in self._subjects(c) for f in self.actors(s, target=True)]
                if (not targets and lemma in REPORTING_VERBS and lemma not in _DEMAND_WORDS
                        ) or any(s.dep_ == "nsubj" and s.pos_ == "PRON"
                                 and s.lower_ in ("you", "one") for s in c.children):
                    continue  # "said astronomers should ...", "insisted you had to": no one
                inner = found.pop(c.i, None)
                for t in c.subtree:
                    if t.i in found and t.dep_ == "xcomp" and t.head.i == c.i:
                        found.pop(t.i)  # "demanded that X refuse to recognize Y"
                code = _compose("demand", inner.code) if inner is not None else "100"
                if code == "1056" and _lemma(c) in _WITHDRAWING:
                    code = "106"  # "demanded that Russia withdraw its troops"
                anchor = rep if rep.pos_ == "VERB" else rep.head
                found.pop(rep.i, None)
                if not targets and inner is not None:
                    targets = inner.targets
                found[anchor.i] = Mention(code or "100", anchor, sources, targets,
                                          tokens=[anchor, c], confidence=0.6)

    def _allegations(self, sent: Any, found: dict[int, Mention]) -> None:
        """"X claimed Iran is unduly influencing the government": a claim that someone did
        wrong, in damning words, accuses them (112)."""
        for verb in sent:
            if verb.i in found or verb.pos_ != "VERB" or _lemma(verb) not in _CLAIMING:
                continue
            charged = _charged_that(verb)
            for clause in verb.children:
                if clause.dep_ != "ccomp" and not (charged is not None and clause.i == charged.i):
                    continue
                if clause.i in found and not charged:
                    continue
                tones = [_claim_tone(t) for t in clause.subtree]
                if not charged and (tones.count(-1) == 0 or tones.count(-1) < tones.count(1)):
                    continue
                agent = [g for c in clause.children if c.dep_ == "agent"
                         for g in c.children if g.dep_ == "pobj"]
                # "charged that Pakistan sheltered terrorists", read as a noun phrase: the
                # name before the participle.
                accused = agent or [c for c in clause.children if c.dep_ == "nsubj" or (
                    clause.pos_ == "NOUN" and c.dep_ in ("nmod", "compound") and c.i < clause.i)]
                targets = [f for t in accused for f in self.finder.find(t, target=True)]
                if not any(f.actor is not None for f in targets):
                    continue
                sources = [f for s in self._subjects(verb) for f in self.actors(s)]
                words = {_lemma(t) for t in clause.subtree}
                # "claimed Biden won by fraud": what they are accused of, as "accuse of X".
                code = next((p.code for p in self.lex.verbs.get("accuse", ())
                             if p.particle == "of" and p.objects & words), "112")
                if charged is not None:
                    for t in clause.subtree:
                        found.pop(t.i, None)  # the deed charged is alleged, not reported
                found[verb.i] = Mention(code, verb, sources, targets, tokens=[verb, clause],
                                        confidence=0.5)
                break

    def _characterizations(self, sent: Any, found: dict[int, Mention]) -> None:
        """"X called the move a 'smash and grab'", "described the attack as a violation":
        naming a thing with a damning word criticises it (111); naming someone with a kind
        one ("called Biden a decent man") praises them (051)."""
        for verb in sent:
            if verb.i in found or verb.pos_ != "VERB" or _lemma(verb) not in _NAMING:
                continue
            objs = [c for c in verb.children if c.dep_ == "dobj"]
            names = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp")
                     and c.pos_ in ("NOUN", "PROPN", "ADJ")]
            names += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                      for g in c.children if g.dep_ in ("pobj", "amod")]
            names += _second_objects(verb)
            if not objs and len(names) == 1 and names[0].pos_ == "NOUN":
                # "called the American move a provocation", misread as the move's object
                inner = [c for c in names[0].children if c.dep_ == "dobj"]
                if inner:
                    objs, names = names, inner
            namers = _namers(verb, names)
            if namers is not None:
                # "the move was described as a provocation by Argentina": the name's "by"
                objs = [c for c in verb.children if c.dep_ == "nsubjpass"]
                names = names or [c for c in verb.children if c.dep_ == "dobj"]
            if not objs or not names:
                continue
            tone = sum(_name_tone(t) for n in names for t in _own_words(n)
                       if namers is None or t.i not in {g.i for g in namers.subtree})
            if tone == 0:
                continue
            sources = [f for s in self._subjects(verb) for f in self.actors(s)] if (
                namers is None) else [f for g in namers.children if g.dep_ == "pobj"
                                      for f in self.finder.find(g)]
            own = {o.i: self.finder.find(o, target=True) for o in objs}
            targets = [f for o in objs for f in (own[o.i] or self._owners(o, ("of", "by")))]
            named = [f for found in own.values() for f in found if f.actor is not None]
            if tone > 0 and not named:
                continue  # warm words for a thing are no praise of anyone
            if not any(f.actor is not None for f in targets) and not any(
                    _lemma(o) in _DEEDS for o in objs):
                continue  # "called the crisis the worst in the world": no one criticised
            found[verb.i] = Mention("111" if tone < 0 else "051", verb, sources, targets,
                                    tokens=[verb], confidence=0.55)

    def _intent_nouns(self, sent: Any, found: dict[int, Mention]) -> None:
        """An intent carried by a noun: "an offer to mediate", "plans for talks with Iran",
        "a proposal to lift sanctions" is the intent to do the inner act (CAMEO 03)."""
        for noun in sent:
            if noun.pos_ != "NOUN" or _lemma(noun) not in _INTENT_NOUNS:
                continue
            inner: Mention | None = None
            for c in noun.children:
                if c.dep_ == "acl" and c.pos_ == "VERB":
                    inner = found.pop(c.i, None)
                    carried = next((k for k, fm in found.items() if fm.support is not None
                                    and fm.support.i == c.i), None)
                    if inner is None and carried is not None:
                        inner = found.pop(carried)  # "readiness to resume talks with X"
                    if inner is None and _lemma(c) in self.lex.verbs:
                        inner = self._verb(c)
                elif c.dep_ == "prep" and c.lower_ in ("for", "of"):
                    for g in c.children:
                        if g.dep_ == "pobj" and _lemma(g) in self.lex.nouns:
                            inner = found.pop(g.i, None) or self._inner_noun(g)
                if inner is not None:
                    break
            if inner is None:
                continue
            code = _compose("pledge", inner.code)
            if code is None:
                continue
            head = noun.head if noun.dep_ in ("dobj", "attr", "nsubjpass") and noun.head.pos_ in (
                "VERB", "AUX") else None
            if head is not None and head.i in found and _lemma(head) not in _INTENT_SUPPORT:
                continue  # "rejected an offer to host": the rejection is the event
            own = found.pop(noun.i, None)
            sources = self._owners_of_noun(noun) or list(inner.sources)
            if head is not None:
                found.pop(head.i, None)
            anchor = head if head is not None else noun
            found[anchor.i] = Mention(
                code, noun, sources, list(inner.targets), support=head,
                tokens=[anchor, noun, *inner.tokens], nominal=head is None,
                confidence=max(0.55, own.confidence if own else 0.0), act=inner.code)

    def _stressed_needs(self, sent: Any, found: dict[int, Mention]) -> None:
        """"stressed the need for a political solution", "underlined the importance of
        dialogue with Pakistan", "the need to resume talks": an appeal for the act (CAMEO 02)."""
        for verb in sent:
            if verb.pos_ != "VERB" or _lemma(verb) not in _STRESSING or verb.i in found or (
                    verb.dep_ == "acl"):  # "discussed the developments with X emphasising":
                continue  # a noun's clause, whose subject the parse loses
            need = next((c for c in verb.children if c.dep_ == "dobj"
                         and _lemma(c) in _NEEDS), None)
            if need is None:
                continue
            inner: Mention | None = None
            code = ""
            for c in need.children:
                if c.dep_ == "acl" and c.pos_ == "VERB":
                    inner = found.get(c.i) or next(
                        (fm for fm in found.values()
                         if fm.support is not None and fm.support.i == c.i), None)
                for g in (g for g in c.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
                          and g.dep_ == "pobj"):
                    if g.i in found:
                        inner = found[g.i]
                    elif _lemma(g) in self.lex.nouns:
                        inner = self._inner_noun(g)
                    else:
                        code = _SETTLING.get(_lemma(g), "")
            if inner is not None and not inner.targets and inner.code[:2] != "08":
                continue  # "the importance of small-group discussions": talks with no one
            if inner is not None:
                code = _compose("call", inner.code) or ""
                found.pop(inner.trigger.i, None)
            if not code:
                continue
            sources = [f for s in self._subjects(verb) for f in self.actors(s)]
            found[verb.i] = Mention(code, verb, sources,
                                    list(inner.targets) if inner is not None else [],
                                    tokens=[verb, need], confidence=0.55,
                                    act=inner.code if inner is not None else "")

    def _inner_noun(self, noun: Any) -> Mention | None:
        """An event noun inside an intent ("plans for talks with X"): its code and actors."""
        pat = self.lex.nouns[_lemma(noun)][0]
        sources, targets = self._noun_actors(pat, noun)
        return Mention(pat.code, noun, sources, targets, nominal=True, tokens=[noun])

    def _owners_of_noun(self, noun: Any) -> list[Found]:
        """Who holds a demand or plan: its possessor, else the subject of its verb."""
        for c in noun.children:
            if c.dep_ == "poss":
                found = (self._antecedent(c) if c.lower_ in _POSSESSIVES
                         else self.finder.find(c))
                if found:
                    return found
        if noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
            return [f for s in self._subjects(noun.head) for f in self.actors(s)]
        return []

    def actors(self, tok: Any, *, target: bool = False) -> list[Found]:
        """Actors for a subject; a pronoun ("it", "they", "he") takes the subject of a clause
        above it in the same sentence ("Syria says it will withdraw")."""
        found = self.finder.find(tok, target=target)
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVES),
                     None)
        if owner is not None and not any(f.actor is not None and f.actor.country
                                         for f in found):
            # "Bosnian Serbs said their forces had withdrawn": the forces are the Serbs'.
            return self._antecedent(owner) or found
        if tok.lower_ not in _ANAPHORS or any(f.actor is not None for f in found):
            return found
        ante = self._antecedent(tok)
        return ante if ante else found

    def _antecedent(self, pron: Any) -> list[Found]:
        want = _ANAPHORS[pron.lower_]
        cur, prev = pron.head, pron
        for _ in range(8):
            if prev.dep_ == "pcomp" and cur.dep_ == "prep" and cur.lower_ in ("of", "for"):
                # "Trump accused Biden of saying he wanted a ban": the one accused of or
                # praised for the saying said it
                for o in cur.head.children:
                    named = self.finder.entity_at(o) if o.dep_ == "dobj" else None
                    if o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN") and (_agrees(o, want) or (
                            want == "person" and named is not None and named.type == "PERSON")):
                        found = [f for f in self.finder.find(o) if f.actor is not None]
                        if found:
                            return found
            if prev.dep_ == "advcl" and _lemma(cur) in _FOR_DEEDS and any(
                    c.dep_ == "mark" and c.lower_ in ("after", "because", "as", "when")
                    for c in prev.children):
                # "Police arrested 40 protesters after they stormed a station": the one
                # punished or praised for the deed did it.
                for o in cur.children:
                    if o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN") and _agrees(o, want):
                        found = [f for f in self.finder.find(o) if f.actor is not None]
                        if found:
                            return found
            for c in cur.children:
                if c.dep_ not in ("nsubj", "nsubjpass") or c.i == pron.i or c.i > pron.i:
                    continue
                if c.pos_ not in ("NOUN", "PROPN"):
                    continue
                if want == "person" and _lemma(cur) in REPORTING_VERBS and sum(
                        t.is_quote for t in pron.doc[pron.sent.start:pron.i]) % 2:
                    continue  # '"He got $750,000," the stepfather told WLUK': not the speaker
                named = self.finder.entity_at(c)
                if not (_agrees(c, want) or (named is not None and (
                        # "Olaf Scholz" tagged ORG, "the Houthis" PERSON by the parser
                        (want == "person" and named.type == "PERSON")
                        or (want == "pl" and named.type in ("ORG", "NORP")
                            and c.lower_.endswith("s"))))):
                    if want == "pl" and pron.lower_ == "they" and _lemma(cur) in REPORTING_VERBS:
                        # "Sheriff Lee said they arrested one person": the body the official
                        # speaks for.
                        return self._body_of_official(c)
                    continue
                found = [f for f in self.finder.find(c) if f.actor is not None]
                if found:
                    return found
            if cur.dep_ == "xcomp" and pron.lower_ in _POSSESSIVES and _lemma(
                    cur.head) not in _NOUN_GOVERNORS | {"offer"}:
                # "urged Hungary to lift its veto": the one asked to act owns the thing.
                for o in cur.head.children:
                    if o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN") and _agrees(o, want):
                        found = [f for f in self.finder.find(o) if f.actor is not None]
                        if found:
                            return found
            if cur.head.i == cur.i:
                break
            cur, prev = cur.head, cur
        return []

    def _body_of_official(self, tok: Any) -> list[Found]:
        """The institution of a person coded with a country and a role (police, government,
        army, court): "they" in what the person says."""
        out = []
        for f in self.finder.find(tok):
            a = f.actor
            code = (a.actor_code or "") if a is not None else ""
            if a is not None and a.country and code[3:6] in _INSTITUTION_ROLES:
                out.append(Found(ActorRef(name=f"{a.name}'s office", actor_code=code[:6],
                                          country=a.country)))
        return out

    def _reduced_subject(self, verb: Any) -> Any | None:
        """Headline passives without "was": "Kazakh official detained in Aqmola", "Opposition
        leader arrested after protests", "Sanctions imposed on Russian banks". The one the act
        falls on. Verbs that can stand without an object ("Leaders met", "Protesters
        marched", any protest) keep their subject."""
        if _given(verb):
            return verb.head  # "a programme funded by the Foundation": what was funded
        if not self.headline or verb.tag_ not in ("VBD", "VBN"):
            return None
        if verb.dep_ == "ROOT" and _lemma(verb) in _WOUNDING and left_dead(verb) and not any(
                c.dep_ in ("dobj", "aux", "auxpass", "nsubjpass") for c in verb.children):
            # "Two police officers shot dead in Almaty": the ones shot
            return next((c for c in verb.children if c.dep_ == "nsubj"), None)
        pats = self.lex.verbs.get(_lemma(verb), ())
        if not pats or any("-" in p.objects or p.code[:2] == "14" for p in pats):
            return None
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and (verb.head.dep_ == "ROOT" or (
                verb.head.dep_ == "appos" and verb.head.head.dep_ == "ROOT")) and (
                verb.head.pos_ in ("NOUN", "PROPN", "NUM")):
            # "Nine jailed over abuse": a count of people; "Charlottesville, Virginia killer
            # sentenced to life": the one after the place
            return verb.head
        if verb.dep_ == "ROOT" and not _aimed(verb) and not any(
                c.dep_ in ("dobj", "aux", "auxpass", "nsubjpass", "ccomp", "xcomp", "dative",
                           "attr", "oprd") for c in verb.children):
            return next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return None

    def _objects(self, verb: Any) -> list[Any]:
        objs = [_appositive(_through_quantity(c)) for c in verb.children
                if c.dep_ in _OBJ or c.dep_ == "nsubjpass"]
        if _lemma(verb) == "declare" and (grata := [t for t in verb.subtree
                                                     if t.lower_ == "grata"]):
            # "declared the German ambassador persona non grata", however the parser reads it:
            # the person declared is an object too
            return grata[:1] + [t for t in verb.subtree if verb.i < t.i < grata[0].i
                                and t.pos_ in ("NOUN", "PROPN")
                                and t.lower_ not in ("persona", "non")]
        # "held dozens of workers hostage": the complement read as a clause of its own
        objs += [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "advcl")
                 and c.pos_ == "NOUN" and _lemma(c) in ("hostage", "captive")]
        reduced = self._reduced_subject(verb)
        if reduced is not None:
            objs.append(reduced)
        if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and not any(
                c.dep_ in ("nsubjpass", "dobj") and c.lower_ not in ("that", "which")
                for c in verb.children) and any(c.dep_ in _SUBJ for c in verb.children):
            # "a deal it brokered", "the sanctions that Russia imposed": what the clause
            # qualifies is its object.
            objs = [o for o in objs if o.lower_ not in ("that", "which")] + [verb.head]
        if not objs and verb.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in verb.children):
            # "ordered the flags to be lowered": the governor's object undergoes the act.
            objs = [_through_quantity(c) for c in verb.head.children if c.dep_ == "dobj"]
        if _lemma(verb) in _CAUSATIVES:
            # "let UN inspectors visit": the one let is the clause's subject.
            objs += [s for c in verb.children if c.dep_ == "ccomp"
                     for s in c.children if s.dep_ == "nsubj"]
        elif _lemma(verb) in _ALLEGING and not objs:
            # "alleged Iran had armed them": the accused is the clause's named subject.
            objs += [s for c in verb.children if c.dep_ == "ccomp"
                     for s in c.children if s.dep_ == "nsubj" and any(
                         t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
                         for t in (s, *s.children))]
        if not objs:
            # "declared tomorrow a day of mourning", the object read as an adverbial noun
            objs = [c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "NOUN"
                    and any(d.lower_ in ("a", "an") for d in c.children)
                    and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)]
        if not objs:
            # "granted Stanton a full pardon", parsed as the pardon in apposition to the one
            # pardoned: the apposition is the object.
            objs = [a for c in verb.children if c.dep_ == "dative"
                    for a in c.children if a.dep_ == "appos" and a.pos_ == "NOUN"]
        if not objs:
            # "donated and delivered goods": conjoined verbs share the later one's object.
            objs = [_through_quantity(o) for c in verb.children
                    if c.dep_ == "conj" and c.pos_ == "VERB"
                    for o in c.children if o.dep_ == "dobj"][:1]
        if not objs:
            # "denounced as an ugly crime Serbia's suppression of the unrest": the object
            # shifted after the "as" phrase, read as its apposition.
            objs = [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                    for g in c.children if g.dep_ == "pobj"
                    for a in g.children if a.dep_ == "appos" and a.i > g.i][:1]
        if not objs:
            # "captured Bakhmut", an unknown name right after the verb read as an adverb: a
            # named entity there is the object.
            objs = [c for c in verb.children if c.dep_ in ("advmod", "npadvmod")
                    and c.i == verb.i + 1 and c.text[:1].isupper() and c.ent_type_ in (
                        "GPE", "LOC", "FAC", "ORG", "PERSON", "NORP")]
        if not objs:
            # "provide whatever help we can", parsed with the help as the object of "can"
            objs = [o for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "AUX"
                    for o in c.children if o.dep_ == "dobj" and o.i < c.i and any(
                        d.lower_ in ("whatever", "any") for d in o.children)][:1]
        if not objs and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            # "surrounded and threatened the senator", parsed with the object on the first
            # verb: an object after both verbs is both verbs'.
            objs = [_through_quantity(o) for o in verb.head.children
                    if o.dep_ == "dobj" and o.i > verb.i][:1]
        return [o for head in objs for o in self.finder.conjuncts(head)]

    def _verb(self, verb: Any) -> Mention | None:
        particles = _particles(verb)
        objects = self._objects(verb)
        if _lemma(verb) == "call" and (any(c.dep_ == "oprd" for c in verb.children)
                                       or _second_objects(verb)):
            return None  # "called him a liar": naming, not a phone call
        if _charged_that(verb) is not None:
            return None  # an accusation, read with the clause (see _allegations)
        if _lemma(verb) == "blame" and verb.dep_ == "xcomp" and _lemma(verb.head) == "be" and (
                not objects):
            return None  # "X is to blame": X is blamed (read with the reported words)
        if _lemma(verb) == "blame":
            # "blamed the drought on climate change": the object is the harm, the one blamed
            # is "on" (on the verb, or read as on the object)
            on = [g for h in (verb, *[o for o in objects if o.dep_ == "dobj"])
                  for c in h.children if c.dep_ == "prep" and c.lower_ == "on"
                  for g in _particle_objects(c)]
            if on:
                objects = on
        if _lemma(verb) == "order" and not _ordered_clauses(verb):
            return None  # "ordered an inquiry" is the inquiry's support verb
        if any(accident(s) for s in self._subjects(verb)):
            return None  # "an earthquake struck", "the fire killed three"
        stop = self.lex.stops.get(_lemma(verb))
        if stop is not None:
            withs = [g for w, c in particles.items() if w == "with"
                     for g in _particle_objects(c) if g.dep_ == "pobj"]
            heads = objects + [g for w, c in particles.items() if w != "with"
                               for g in _particle_objects(c) if g.dep_ == "pobj"] + [
                c for c in verb.children if c.dep_ == "npadvmod"]  # "shot up 10 percent"
            # What one is charged "with" counts by its own word: "charged with money
            # laundering" charges no money.
            words = _object_words(verb, heads) | {w for g in withs for w in _forms(g)}
            if words & stop or _scoreline(verb, objects):
                return None
        pats = self.lex.verbs[_lemma(verb)]
        media = [g for o in objects for g in self._media_reached(o)]
        if media and _lemma(verb) in _CUTTING_OFF:
            # "blocked access to Instagram", "restricted access to news websites"
            pat = Pattern("1721", "verb", _lemma(verb), "", frozenset({"*"}), frozenset(),
                          "censor")
            return self._verb_roles(pat, verb, particles, media)
        if _lemma(verb) in _ONLY_GOVERNING and any(c.dep_ == "xcomp" for c in verb.children):
            code = _GOVERNORS[_lemma(verb)][1]
            pats = (Pattern(code, "verb", _lemma(verb), "", frozenset(), frozenset(), ""),)
        for pat in pats:
            theme = self._match(pat, verb, particles, objects)
            if theme is False:
                continue
            if pat.code == "190" and _lemma(verb) in _INCURSION and (_stray_subject(verb) or not any(
                    _lemma(s) in _ARMED for s in self._subjects(verb))):
                continue  # "the president entered Syria" is a visit; troops entering invade
            if pat.code == "183" and _lemma(verb) in _SHAKING and not any(
                    _bomb_blast(s) for s in self._subjects(verb)):
                continue  # "a blast rocked Quetta"; "the scandal rocked Quetta" is no bomb
            if not pat.objects and not pat.particle and _lemma(verb) in _NOUN_GOVERNORS:
                pat = self._promised_act(verb, objects) or pat
            if pat.code == "190" and _lemma(verb) == "attack" and _verbal_attack(verb, objects):
                pat = Pattern("111", "verb", "attack", "", frozenset({"*"}), frozenset(),
                              "attack verbally")
            asker = self._asker(verb) if pat.code[:2] == "12" and not objects else None
            if _lemma(verb) == "decline" and not objects and asker is None and not any(
                    c.dep_ == "xcomp" for c in verb.children):
                return None  # "exports declined": no request turned down
            m = self._verb_roles(pat, verb, particles, objects)
            if asker is not None and not m.targets:
                m.targets = [f for s in self._subjects(asker) for f in self.actors(s, target=True)]
            return m
        return self._bare_appeal(verb, particles, objects)

    def _sealed(self, verb: Any) -> Mention | None:
        """"the accord signed by Sudan and South Sudan", "the truce agreed between Armenia and
        Azerbaijan": a participle qualifying the agreement it seals, the parties its sources."""
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ != "NOUN":
            return None
        noun = verb.head
        pat = next((p for p in self.lex.nouns.get(_lemma(noun), ()) if _lemma(verb) in p.support
                    and p.code[:3] in ("057", "087")), None)
        if pat is None:
            return None
        parties = [f for c in verb.children if c.dep_ in ("agent", "prep")
                   and c.lower_ in ("by", "between") for g in _particle_objects(c)
                   for f in self.finder.find(g)]
        if not any(f.actor is not None for f in parties):
            return None
        return Mention(pat.code, verb, parties, [], tokens=[verb, noun], confidence=0.6,
                       plover=pat.plover)

    def _asker(self, verb: Any) -> Any | None:
        """"X asked Y to send tanks, but Y refused": the verb of asking a bare refusal answers,
        when the two are conjoined."""
        head = verb.head
        if verb.dep_ == "conj" and head.pos_ == "VERB" and _lemma(head) in _ASKING_VERBS and (
                not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)):
            return head
        return None

    def _media_reached(self, obj: Any) -> list[Any]:
        """What "access to" reaches when it is a website, platform, app or news outlet."""
        if _lemma(obj) != "access":
            return []
        out = []
        for c in obj.children:
            if c.dep_ != "prep" or c.lower_ != "to":
                continue
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                words = {_lemma(g), g.lower_} | {_lemma(m) for m in g.children
                                                 if m.dep_ in ("compound", "amod")}
                if words & _MEDIA or any((f.actor.actor_code or "").endswith("MED")
                                         for f in self.finder.find(g) if f.actor is not None):
                    out.append(g)
        return out

    def _bare_appeal(self, verb: Any, particles: dict[str, Any],
                     objects: list[Any]) -> Mention | None:
        """"asked the company to move quickly", "asked them to release the records": an actor
        asked to do something the lexicon has no code for is still asked (020); a coded act
        asked for is composed later ("asked Iran to free the sailors", 0253)."""
        lemma = _lemma(verb)
        if lemma not in _ADDRESSING or _GOVERNORS[lemma][1] != "020" or not any(
                c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to"
                                          for a in c.children) for c in verb.children):
            return None
        if verb.dep_ == "csubj" or (verb.dep_ == "acl"
                                    and verb.head.dep_ in ("dobj", "pobj", "conj")):
            return None  # "wrote to A and B asking them ...", "placards asking": no one asks
        asked = [o for o in objects if o.dep_ == "dobj"]
        if not any(f.actor is not None or f.anaphor for o in asked
                   if _lemma(o) not in _ANYONE for f in self.finder.head(o, target=True)):
            return None  # "asked people to let police know": no one in particular
        pat = Pattern("020", "verb", lemma, "", frozenset({"*actor"}), frozenset(), "appeal")
        return self._verb_roles(pat, verb, particles, asked)

    def _promised_act(self, verb: Any, objects: list[Any]) -> Pattern | None:
        """"promised protests", "vowed talks": an event noun as the object of a verb of intent
        or threat is the act promised; its pattern with the composed code, when the noun
        names one kind of act (all its patterns share a root)."""
        for o in objects:
            if o.dep_ != "dobj" or _lemma(o) not in self.lex.nouns:
                continue
            mods = {_lemma(c) for c in o.children if c.dep_ in ("compound", "amod")}
            fitting = [p for p in self.lex.nouns[_lemma(o)]
                       if "+" not in p.objects and (not p.objects or p.objects & mods)]
            if not fitting or len({p.code[:2] for p in fitting}) > 1:
                continue
            code = _compose(_lemma(verb), fitting[0].code)
            if code is not None:
                return Pattern(code, "verb", _lemma(verb), "", frozenset({"*"}), frozenset(),
                               fitting[0].note)
        return None

    def _match(self, pat: Pattern, verb: Any, particles: dict[str, Any],
               objects: list[Any]) -> bool:
        if pat.particle and pat.particle not in particles:
            return False
        if not pat.objects:
            return True
        xcomps = [c for c in verb.children if c.dep_ == "xcomp"]
        if not pat.particle and _lemma(verb) in _GOVERNORS and xcomps:
            # "declined to comment": the complement's verb may name the pattern's own act,
            # when that act is of another kind than the governor's (composing covers the rest).
            default = _GOVERNORS[_lemma(verb)][1]
            return pat.code == default or (pat.code[:2] != default[:2] and any(
                _lemma(c) in pat.objects for c in xcomps))
        heads = list(objects)
        if pat.particle in particles:
            heads += _particle_objects(particles[pat.particle])
        if "-" in pat.objects and not objects:
            if _GOVERNORS.get(_lemma(verb), ({}, ""))[1] == "030" and not any(
                    c.dep_ in ("xcomp", "ccomp") for c in verb.children):
                return False  # "offered to resign", never "now offers up to 3x zoom"
            if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ not in (
                    "who", "that", "which") for c in verb.children):
                return False  # "something he demonstrated": the noun is the object
            # "gave in": a particle, not a preposition with an object ("gave in his notice");
            # "asked for the vote to be delayed": a "for" marking a clause has none either.
            if pat.particle and heads and particles[pat.particle].dep_ == "mark":
                # "asked for his name to be withheld": a source's anonymity, no appeal
                return not any(_lemma(c) in ("name", "identity") for h in heads
                               for c in h.children if c.dep_ in ("nsubj", "nsubjpass"))
            return not (pat.particle and heads)
        if "*" in pat.objects and objects:
            return True
        if "*place" in pat.objects and any(
                (ent := self.finder.entity_at(h)) is not None and ent.type in ("GPE", "LOC", "FAC")
                for h in heads):
            return True
        # "supported Turkey's bid": a thing an actor owns stands for the actor.
        # Not for meetings and hosting: "received the party's nomination" hosts no one.
        owned = [c for h in heads for c in h.children if c.dep_ == "poss"
                 and c.lower_ not in _POSSESSIVES] if pat.code[:2] != "04" else []
        if "*actor" in pat.objects and (any(
            (f.actor is not None and ((xcomps and _lemma(verb) in _ADDRESSING)
                                      or not (f.actor.actor_code or "").endswith("MED")))
            or f.anaphor for h in heads + owned
            for f in self.finder.head(h, target=True, loose=_conflict(pat.code))
        ) or (not _conflict(pat.code) and any(
            h.pos_ == "PROPN" and h.ent_type_ in ("", "PERSON") and h.text[:1].isupper()
            and not any(d.lower_ in ("a", "an") for d in h.children) for h in heads
        ))):
            # "congratulated Pelosi": a name the recogniser missed is still someone.
            # A news outlet spoken to or visited is an interview, not a consultation; one
            # called on to act is asked ("called on CNN to fire him").
            return True
        return bool(_object_words(verb, heads) & pat.objects)

    def _subjects(self, verb: Any) -> list[Any]:
        cur = verb
        for _ in range(4):
            subj = [c for c in cur.children if c.dep_ in _SUBJ] or [
                # "he can and may declare": the subject hangs from a coordinated auxiliary
                s for c in cur.children if c.dep_ == "aux" for s in c.children
                if s.dep_ in _SUBJ] or [
                # "Also investigating is the highway patrol": a subject put after its verb
                s for c in cur.children if c.dep_ == "aux" and c.lemma_ == "be"
                and cur.tag_ == "VBG" and c.i > cur.i for s in c.children
                if s.dep_ == "attr" and s.pos_ in ("NOUN", "PROPN")]
            if subj:
                # "India, Japan agree to ...": a headline's first party read as a noun adverb
                subj = [c for c in cur.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN"
                        and c.ent_type_ == "GPE" and c.i + 1 < subj[0].i
                        and c.nbor().text == ","] + subj
                out = []
                for s in subj:
                    if s.lower_ in ("which", "who", "that") and cur.dep_ == "relcl":
                        out.append(cur.head)
                    else:
                        out.append(s)
                return out
            if cur.dep_ == "relcl" and not any(c.dep_ == "nsubjpass" for c in cur.children):
                return [cur.head]
            if cur.dep_ == "ROOT" and cur.tag_ in ("VBZ", "VBD", "VBP"):
                # "Kyrgyz parliament votes to ...": the subject parsed as the verb's compound
                named = [c for c in cur.children if c.dep_ == "compound" and c.i < cur.i
                         and c.pos_ in ("NOUN", "PROPN")]
                if named:
                    return named[-1:]
            lost = _lost_subject(cur)
            if lost is not None:
                return [lost]
            if cur.dep_ == "xcomp" and cur.head.pos_ == "ADJ" and cur.head.dep_ == "acomp":
                cur = cur.head.head  # "France is ready to contribute troops"
                continue
            if cur.dep_ == "xcomp" and {_lemma(cur.head), cur.head.lower_} & _RAISING and any(
                    c.dep_ == "auxpass" for c in cur.head.children):
                # "is expected to visit Pyongyang", "is scheduled to travel to Seoul"
                raised = [c for c in cur.head.children if c.dep_ == "nsubjpass"]
                if raised:
                    return raised
            if cur.dep_ in ("conj", "xcomp") and cur.head.pos_ in ("VERB", "AUX"):
                if cur.dep_ == "xcomp" and _lemma(cur.head) not in _INSTRUMENTAL and any(
                        c.dep_ == "dobj" and c.pos_ != "NUM" and _lemma(c) not in _SPANS
                        for c in cur.head.children):
                    return []  # "urged Iran to stop": the object acts ("voted 66 to 27 to")
                cur = cur.head
                continue
            if cur.dep_ == "advcl" and (cur.tag_ == "VBN" or (
                    cur.pos_ == "ADJ" and cur.lower_.endswith("ed"))):
                return []  # "Encouraged by her doctor, X took lessons": X was acted on
            if cur.dep_ == "pcomp" and cur.head.lower_ == "of" and _lemma(
                    cur.head.head) in _COURSES and cur.head.head.dep_ == "dobj":
                cur = cur.head.head.head  # "instituted a policy of confiscating land"
                continue
            doer = self._gerund_doer(cur)
            if doer is not None:
                return [doer]
            if cur.dep_ == "pcomp" and cur.tag_ == "VBG" and cur.head.lower_ in _WHEN_PREPS and (
                    cur.head.dep_ == "prep" and cur.head.head.pos_ == "VERB") and (
                    cur.head.i < cur.head.head.i
                    or _lemma(cur.head.head) not in REPORTING_VERBS):
                # "After meeting Biden, Xi said ...", "was detained after visiting Taiwan": the
                # one the main clause is about (not who "told" the words that follow).
                cur = cur.head.head
                told = [c for c in cur.children if c.dep_ == "nsubjpass"]
                if told:
                    return told
                continue
            if cur.dep_ in ("pcomp", "advcl") and (cur.head.pos_ == "VERB" or (
                    cur.head.pos_ == "AUX" and cur.tag_ == "VBG")):
                cur = cur.head  # "authorities are at the spot, providing assistance"
                continue
            if (cur.dep_ == "acl" and cur.tag_ in ("VBD", "VBN") and cur.head.dep_ == "ROOT"
                    and cur.head.pos_ in ("NOUN", "PROPN") and cur.i > cur.head.i
                    and any(c.dep_ == "dobj" for c in cur.children)):
                return [cur.head]  # "A US-led coalition bombed ...", the verb read as a modifier
            if cur.dep_ == "acl" and _lemma(cur.head) in _ASKINGS and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
                return []  # "sent requests to TikTok to provide data": the one asked would
            if self.headline and cur.dep_ == "acl" and cur.tag_ == "VB" and (
                    cur.head.dep_ == "ROOT" and cur.i > cur.head.i) and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in cur.children) and not any(
                    c.dep_ == "poss" for c in cur.head.children) and any(
                    f.actor is not None for f in self.finder.find(cur.head)):
                return [cur.head]  # "EU to impose sanctions on Iran": who is to act
            if cur.dep_ == "acl":
                # "the decision by (or of) Russia to close the border", "Moscow's plan to
                # build": whose the noun is, when it names an actor.
                owner = [c for c in cur.head.children if c.dep_ == "poss"
                         and c.lower_ not in _POSSESSIVES] + [
                    g for c in cur.head.children if c.dep_ in ("prep", "agent")
                    and (c.lower_ == "by" or (c.lower_ == "of" and cur.tag_ == "VB"))
                    for g in c.children if g.dep_ == "pobj"]
                if any(f.actor is not None for o in owner for f in self.finder.find(o)):
                    return owner
                people = {_lemma(cur.head), *(_lemma(g) for c in cur.head.children
                                              if c.lower_ == "of" for g in c.children)}
                if cur.tag_ == "VBG" and cur.head.tag_ == "NNS" and not people & _NO_ACTORS and any(
                        f.actor is not None for f in self.finder.find(cur.head)):
                    return [cur.head]  # "protesters demanding ...": the people it names
                # "issued a declaration demanding ...", "converged for a rally to protest ...",
                # "posted a message on Twitter blaming Iran": the verb the phrase hangs from.
                up = cur.head
                for _ in range(4):
                    if up.pos_ == "VERB" or up.dep_ not in ("dobj", "attr", "pobj", "prep"):
                        break
                    up = up.head
                if up.pos_ == "VERB" and up.i != cur.i:
                    cur = up
                    continue
            break
        return []

    def _gerund_doer(self, verb: Any) -> Any | None:
        """"objected to Sweden joining NATO", "opposed Finland joining NATO", parsed with the
        gerund hanging from the verb or from the name: the actor named just before the gerund
        does it."""
        if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl") or verb.i == 0:
            return None
        if _lemma(verb) in _ADDRESSING and any(c.dep_ == "dobj" for c in verb.children):
            return None  # "wrote to the secretary asking him to ...": the one asked follows
        prev = verb.doc[verb.i - 1]
        if prev.pos_ not in ("PROPN", "NOUN") or not (
                (prev.dep_ == "pobj" and prev.head.lower_ in _GERUND_PREPS and (
                    verb.head.i == prev.i or (verb.dep_ == "advcl"
                                              and verb.head.i == prev.head.head.i)))
                or (prev.dep_ == "dobj" and verb.dep_ == "advcl" and verb.head.i == prev.head.i)
        ) or _lemma(prev) in _NO_ACTORS:
            return None
        if any(f.actor is not None and f.actor.country for f in self.finder.find(prev)):
            return prev
        return None

    def _target_heads(self, verb: Any, code: str, theme: list[Any],
                      particle: str = "") -> list[Any]:
        out: list[Any] = []
        holders = [verb, *theme]
        preps = TARGET_PREPS if _conflict(code) else TARGET_PREPS - _TOPIC_PREPS - _CONFLICT_PREPS
        # "engaged in talks in Istanbul": the particle names the theme on the verb, not a
        # party on the theme
        own = {particle.split()[-1]} - preps if particle else set()
        preps = preps | own
        if code[:3] == "112":
            preps = preps - {"of"}  # "accused him of obstruction of Congress": the wrong
        if code[:3] in ("114", "115"):
            preps = preps - {"at", "before"}  # "a complaint against China at the WTO": a venue
        if code[:2] == "08":
            preps = preps | {"on"}  # "lifted the blockade on X"
        if _for_whom(code):
            preps = preps | {"for"}  # "aid for Bosnia", "support for Serbia"
        if code[:3] in ("023", "075"):
            preps = preps | {"in"}  # "sought refuge in Germany"
        if code[:3] in ("045", "039"):
            preps = preps | {"between"}  # "mediate between X and Y"
        if code[:2] == "15":
            # "massed troops along the border", "strengthened its forces in Lebanon"
            preps = preps | {"along", "near", "on", "in", "inside"}
        outs = [c for c in verb.children if c.dep_ in ("prt", "prep", "advmod")
                and c.lower_ in ("out", "away", "back", "off")]  # "pulled out of Beirut"
        for h in holders + outs:
            for c in h.children:
                if h is not verb and c.lower_ in own:
                    continue
                if c.dep_ in ("prep", "dative") and (
                    c.lower_ in preps or (h in outs and c.lower_ == "of")
                    or (c.lower_ in ("in", "inside") and (code[:2] in _IN_TARGET_ROOTS
                                                         or code[:3] in _IN_TARGET_ROOTS))
                ):
                    out += [g for g in c.children if g.dep_ == "pobj"]
                if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON"):
                    out.append(c)
                if c.dep_ == "acl" and _lemma(c) in ("target", "against", "aim", "hit", "carry"):
                    out += [g for g in c.children if g.dep_ == "dobj"]
                if c.dep_ == "acl" and h is not verb:
                    for p in c.children:
                        if p.dep_ == "prep" and p.lower_ in ("against", "on"):
                            out += [g for g in p.children if g.dep_ == "pobj"]
                if code[:2] == "14" and h is verb and c.dep_ == "prep" and c.lower_ == "in":
                    # "marched in protest against Chinese interference": what it is against
                    out += [t for g in c.children if g.dep_ == "pobj"
                            and _lemma(g) in ("protest", "opposition", "defiance")
                            for p in g.children if p.dep_ == "prep"
                            and p.lower_ in ("against", "at", "over")
                            for t in p.children if t.dep_ == "pobj"]
        return out

    def _verb_roles(self, pat: Pattern, verb: Any, particles: dict[str, Any],
                    objects: list[Any]) -> Mention:
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
            self._reduced_subject(verb) is not None) or (
            # "The resolution was, after a day of debate, rejected by China", the participle
            # parsed apart from its "was"
            verb.tag_ == "VBN" and verb.dep_ == "advcl" and _lemma(verb.head) == "be"
            and verb.head.i < verb.i and "by" in particles and particles["by"].dep_ == "agent")
        misplaced = _namers(verb, []) if passive and "by" not in particles and (
            _lemma(verb) in _NAMING) else None
        if misplaced is not None:
            # "was branded a traitor by the Kremlin": the "by" read as the name's
            particles = {**particles, "by": misplaced}
            objects = [o for o in objects if o.i != misplaced.head.i]
        stance = passive and _lemma(verb) in _STANCES and "by" not in particles
        if stance:
            # "Vietnam is committed to opening up": a stance, its subject holds it.
            passive = False
            objects = [o for o in objects if o.dep_ != "nsubjpass"]
        finder = self.finder
        sources: list[Found] = []
        targets: list[Found] = []
        theme: list[Any] = []
        loose = _conflict(pat.code)
        for o in objects:
            if o.dep_ == "nsubjpass":
                continue
            if _given(verb) and o.i == verb.head.i:
                # "the rebels' missiles, supplied by Iran": whose the thing given is (the
                # phrase as a whole holds the agent).
                targets += (finder.find(o, target=True) if o.pos_ == "PROPN"
                            else self._owners(o, ("of", "for")))
                continue
            doers = self._doers(o) if o.pos_ == "NOUN" and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in o.children) else []
            if doers:
                targets += doers  # "condemned the invasion of Ukraine by Russia": the doer
                continue
            found = finder.find(o, target=True, loose=loose and _lemma(o) not in pat.objects)
            if found and _lemma(o) in pat.objects and not pat.code.startswith("084") and (
                    _owned(o) or not any(f.actor is not None and f.actor.country
                                         for f in found)):
                # "withdrew its troops", "massed troops": the actor's own means, a theme.
                theme.append(o)
            elif found:
                targets += found
            else:
                if _lemma(o) in self.theme_words:
                    theme.append(o)
                    targets += self._modifier_actors(o)
                # "praised Haiti's efforts", "rejected calls by Belarus", "attacked a camp
                # for Congolese refugees", "welcomed the truce between X and Y": whose thing
                # the object is.
                targets += self._owners(o, ("of", "in", "inside", "for", "from", "by") if loose
                                        else ("of", "by", "from", "between")
                                        if pat.code[:3] == "051" else ("of", "by", "from"))
        chain: list[Any] = []
        if passive:
            agent = particles.get("by")
            if agent is not None:
                for g in agent.children:
                    if g.dep_ == "pobj":
                        sources += finder.find(g)
                chain = _agent_chain(verb, agent)
                if not any(f.actor is not None for f in sources):
                    # "by researchers at the Observatory at Oxford University": where the
                    # agents are from.
                    sources += next((found for p in chain for g in p.children
                                     if g.dep_ == "pobj"
                                     for found in [[f for f in finder.find(g)
                                                    if f.actor is not None]] if found), [])
            elif pat.code[:2] == "04" and "between" in particles:
                # "talks were held between X and Y": the parties hold them
                sources += [f for g in _particle_objects(particles["between"])
                            for f in finder.find(g)]
            elif pat.code == "017" and verb.dep_ == "ccomp" and _lemma(verb.head) in _DECREEING:
                # "declared flags would be flown at half-mast": the one who declared it
                sources += [f for s in self._subjects(verb.head) for f in finder.find(s)]
            for c in verb.children:
                if c.dep_ == "nsubjpass" and _misread_plural(c) and _lemma(c) in pat.objects:
                    theme.append(c)  # "Tributes were paid": the thing paid, not a party
                    continue
                if c.dep_ == "nsubjpass":
                    found = finder.find(c, target=True, loose=loose)
                    targets += found
                    if not any(f.actor is not None and f.actor.country for f in found):
                        if _lemma(c) in self.theme_words:
                            theme.append(c)
                        # "a camp for Congolese refugees was attacked": whose thing was hit.
                        targets += self._owners(c, ("of", "in", "inside", "for") if loose
                                                else ("of", "by"))
        else:
            for s in self._subjects(verb):
                own = self.actors(s)
                if not own and _lemma(s) in self.lex.nouns and _conflict(pat.code):
                    # "US Predator attacks killed ...": the attackers named on the attack,
                    # not the place ("a Kabul car bombing").
                    own = [f for c in s.children if c.dep_ in ("amod", "compound", "poss")
                           and self._names_a_party(c)
                           for f in self.finder.find(c) if f.actor is not None]
                sources += own
            if stance:
                sources += [f for c in verb.children if c.dep_ == "nsubjpass"
                            for f in self.actors(c)]
        if pat.particle in particles:
            # "participated in talks with China": the thing the particle names is the theme.
            theme += [g for g in _particle_objects(particles[pat.particle])
                      if g.dep_ == "pobj" and (_lemma(g) in pat.objects or (
                          " " in pat.particle and not pat.objects
                          and _lemma(g) in self.theme_words))]
            if " " in pat.particle:
                # "came out against the plan by Washington", "came out in support of Kyiv":
                # the phrase's object stands for a direct object, and so do its owners.
                targets += [f for g in _particle_objects(particles[pat.particle])
                            for f in self._owners(g, ("of", "by"))]
        held = theme + [o for o in objects if o not in theme and o.dep_ == "dobj"
                        and o.pos_ == "NOUN" and not self.finder.find(o, target=True)]
        struck = any(f.actor is not None for f in targets)
        hit = struck or any(o.dep_ == "dobj" and _lemma(o) not in self.lex.nouns
                            for o in objects)
        for t in self._target_heads(verb, pat.code, held, pat.particle):
            if pat.particle == "by" and t.head.lower_ == "by":
                continue
            if any(t.head.i == p.i for p in chain):
                continue  # part of the agent phrase: who acts, never a target
            if t.head.lower_ in _ABOUT and t.pos_ == "NOUN" and not t.ent_type_ and (
                    struck or any(_person(o) for o in objects)):
                continue  # "attacked Cruz over his birth in Canada": a topic, no party
            if (pat.code[:2] in ("18", "19", "20") or pat.code[:3] == "175") and (
                    t.head.lower_ not in pat.particle.split()) and (
                    (struck and t.head.lower_ in ("in", "inside"))
                    or (hit and t.head.lower_ == "with")):
                continue  # "shot three protesters in Nairobi", "beat them with batons"
            if _lemma(t) in self.lex.nouns and any(t.i == h.i for h in theme):
                continue  # "pulled out of the talks": the event left, not a party
            if t.head.lower_ == "with" and (_lemma(t) in _INSTRUMENTS or any(
                    _lemma(t) in weapons for _, weapons in WEAPONS)):
                continue  # "with Albania's help", "with artillery": a means, not a target
            if t.head.lower_ == "with" and any(c.dep_ in ("acl", "relcl") and c.tag_ == "VBG"
                                               for c in t.children):
                continue  # "banned the airline, with officials saying ...": an aside
            # "inspectors to facilities in central Iran": a place stands for its country.
            # "came to Rittenhouse's defence": whose thing it is.
            targets += finder.find(t, target=True, loose=loose) or [
                f for c in t.children if c.dep_ == "poss" and c.lower_ not in _POSSESSIVES
                for f in finder.find(c, target=True)] or [
                f for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "inside")
                for g in c.children if g.dep_ == "pobj" for f in finder.find(g, target=True)]
        mark = particles.get("for")
        if mark is not None and mark.dep_ == "mark" and _lemma(verb) in _ADDRESSING:
            # "called for CNN to fire its anchor": the one the clause asks to act.
            targets += [f for s in mark.head.children if s.dep_ == "nsubj"
                        for f in finder.find(s, target=True) if f.actor is not None]
        for c in verb.children:
            if c.dep_ == "xcomp":
                for o in c.children:
                    if o.dep_ == "dobj" and (_lemma(o) not in self.theme_words
                                             or pat.code[:2] == "13"):
                        found = finder.find(o, target=True)
                        if not found and pat.code[:2] == "13":
                            # "threatened to destroy Iran's economy": whose thing is threatened
                            found = self._owners(o, ("of",)) + self._modifier_actors(o)
                        targets += found
                if pat.code[:2] in ("02", "10", "13"):
                    # "threatened to deliver blows to the United States"
                    targets += [f for t in self._target_heads(c, pat.code, [])
                                for f in finder.find(t, target=True)]
        if not any(f.actor is not None for f in targets):
            # "announced restrictions on flights to Cuba": the party one step further in.
            targets += [f for t in theme for c in t.children if c.dep_ == "prep"
                        and c.lower_ in ("on", "against", "for", "of")
                        for g in c.children if g.dep_ == "pobj"
                        for p in g.children if p.dep_ == "prep"
                        and p.lower_ in ("to", "from", "with", "against")
                        for h in p.children if h.dep_ == "pobj"
                        for f in finder.find(h, target=True) if f.actor is not None]
        if not any(f.actor is not None for f in targets):
            # "delayed military aid that had been slated for Ukraine": whom the thing was for
            # ("US$400 million in military aid": the thing counted).
            things = theme + [g for t in theme for c in t.children
                              if c.dep_ == "prep" and c.lower_ in ("in", "of")
                              for g in c.children if g.dep_ == "pobj"] + [
                t.head.head for t in theme if t.dep_ == "pobj" and t.head.lower_ in ("in", "of")]
            targets += [f for t in things for c in t.children if c.dep_ in ("relcl", "acl")
                        for p in c.children if p.dep_ == "prep" and p.lower_ in ("for", "to")
                        for g in p.children if g.dep_ == "pobj"
                        for f in finder.find(g, target=True) if f.actor is not None]
        if pat.code[:2] in ("11", "12"):
            # "condemned the attack on Israel": the victims of the deed judged are not whom
            # the judgement is against.
            deeds = [o for o in objects if self._violent(o)]
            victims = {(f.actor.name, f.actor.country) for o in deeds + [verb] * bool(deeds)
                       for c in o.children if c.dep_ == "prep" and c.lower_ in _VICTIM_PREPS
                       for g in c.children if g.dep_ == "pobj"
                       for f in finder.find(g, target=True) if f.actor is not None}
            targets = [f for f in targets if f.actor is None
                       or (f.actor.name, f.actor.country) not in victims]
        if pat.code[:2] in ("11", "12") and not any(
                f.actor is not None and f.actor.country for f in targets):
            # "attacked the proclamation of the Heights as Israeli territory by the President
            # of the United States": the doer of the deed judged, however deep its "by".
            targets += self._deed_doers(verb, objects)
        if pat.code[:2] == "13" and not any(f.actor is not None for f in targets):
            # "warned it would respond if Taiwan declared independence": whoever the
            # condition is on.
            targets += [f for s in _conditioned(verb) for f in finder.find(s, target=True)
                        if f.actor is not None]
        tokens = [verb, *theme]
        code = _refine(pat.code, theme)
        if code == "100" and _lemma(verb) == "order" and any(
                _lemma(t) in _CUSTODY for c in _ordered_clauses(verb) for t in c.subtree):
            code = "173"  # "the court ordered B.K. held in pre-trial detention"
        if code == "112" and _lemma(verb) in _ACCUSING:
            code = _charged_with(verb) or code
        if code[:2] == "05" and (aid := next((_AIDED_BY[c.lower_] for c in verb.children
                                               if c.dep_ == "advmod" and c.lower_ in _AIDED_BY),
                                              None)):
            code = aid  # "supported financially by the region": economic aid
        if code == "015" and any(g.dep_ == "neg" for o in objects for g in o.subtree):
            code = "016"  # "pleaded not guilty": a denial
        if code in _POLICY_CHANGE and _changes_policy(verb):
            code = _POLICY_CHANGE[code]  # "urged states not to reschedule their elections"
        elif code == "030" and any(_lemma(t) in _MONEY_AID for c in verb.children
                                   if c.dep_ in ("xcomp", "ccomp") for t in c.subtree):
            code = "0331"  # "promised each victim will be subject to a payout"
        if code == "055" and any(
                t.lower_ == "sorry" and any(c.dep_ in ("xcomp", "prep") and (
                    _lemma(c) in LEARNING or c.lower_ == "about") for c in t.children)
                for t in verb.subtree):
            code = "018"  # "sorry to hear of the accident": sympathy, not an apology
        if code[:3] in ("042", "154") and any(
            _peacekeeping(t) for t in [*self._subjects(verb), *objects]
        ):
            code = "074"  # peacekeepers arriving or deployed: protection for the host
        conf = 0.55 + (0.1 if pat.objects - {"-", "*", "*actor"} or pat.particle else 0.0)
        return Mention(code, verb, sources, targets, tokens=tokens, confidence=conf,
                       agentless=passive and "by" not in particles,
                       plover=pat.plover if code == pat.code else "")

    def _noun(self, noun: Any) -> Mention | None:
        pats = self.lex.nouns[_lemma(noun)]
        mods = {_lemma(c) for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
        head = noun.head
        support = None
        if noun.dep_ in ("dobj", "nsubjpass", "attr") and head.pos_ in ("VERB", "AUX"):
            support = head
        elif noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB" and not (
                head.lower_ == "into" and any(c.dep_ == "dobj" for c in head.head.children)):
            # not "opened an investigation into the fire": the object's phrase, misattached
            support = head.head
        elif (noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _MEASURES
              and head.head.dep_ in ("dobj", "nsubjpass") and head.head.head.pos_ == "VERB"):
            support = head.head.head  # "unveiled a flurry of sanctions against ..."
        elif (noun.dep_ == "pobj" and head.lower_ == "in" and head.head.ent_type_ == "DATE"
              and head.head.dep_ == "dobj" and head.head.head.pos_ == "VERB"):
            support = head.head.head  # "faces up to ten years in prison"
        elif noun.dep_ == "nsubj" and _lemma(head) in _GOING_OFF and (
                _lemma(head) != "go" or any(c.lower_ == "off" for c in head.children)):
            support = head  # "a car bomb exploded near the embassy", "a bomb went off"
        stop = self.lex.stops.get(_lemma(noun))
        if stop is not None and stop & (mods | {
                _lemma(g) for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"}):
            return None  # "the withdrawal of the bill", "a flood warning"
        fitting = [p for p in pats if not (p.objects - {"+"}) or (p.objects & mods)]
        if _lemma(noun) in _REASONED_IDIOMS and (support is None or not any(
                c.dep_ == "prep" and c.lower_ in _REASON_PREPS for c in support.children)):
            # "came under fire near Bakhmut" is shooting; "... for the raid", blame
            fitting = [p for p in fitting if p.code[:2] != "11"]
        if (noun.dep_ == "pobj" and head.lower_ in ("to", "for") and head.head.dep_ == "acomp"
                and _lemma(head.head) in _OPEN_TO and head.head.head.pos_ in ("AUX", "VERB")):
            # "said it was open to talks", "is ready for dialogue": an intent to meet (036)
            for pat in fitting:
                if pat.code[:2] in ("04", "06"):
                    m = self._supported(pat, noun, head.head.head)
                    if m is not None:
                        m.code = _compose("pledge", pat.code) or "030"
                    return m
            return None
        if (noun.dep_ == "pobj" and head.lower_ in ("on", "for") and head.head.pos_ == "AUX"
                and _lemma(head.head) == "be"):
            # "is on a three-day visit to India", "was in Moscow for talks with Lavrov"
            for pat in fitting:
                if pat.code[:3] in ("040", "042", "046") and "+" not in pat.objects:
                    return self._supported(pat, noun, head.head)
        if support is not None:
            for pat in fitting:
                if _lemma(support) in pat.support:
                    return self._supported(pat, noun, support)
            for pat in fitting:
                if _lemma(support) in FLIP_SUPPORT and "+" not in pat.objects and not (
                        noun.dep_ == "pobj" and head.lower_ in _REASON_PREPS):
                    # "came under attack", not "came under fire for the raid"
                    return self._supported(pat, noun, support)
        for pat in fitting:
            if "+" not in pat.objects:
                return self._nominal(pat, noun)
        return None

    def _supported(self, pat: Pattern, noun: Any, verb: Any) -> Mention | None:
        flip = _lemma(verb) in FLIP_SUPPORT and _lemma(verb) not in pat.support
        if _lemma(verb) in ("face", "receive", "suffer", "undergo", "come") and pat.code[:2] in (
            "11", "16", "17", "18", "19", "07"
        ):
            flip = True  # "faces allegations", "received criticism": the subject is the target
        if (_lemma(verb) in ("stand", "go") and _lemma(noun) == "trial") or (
                _lemma(verb) in ("remain", "stay") and _lemma(noun) == "custody"):
            if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ":
                return None  # "declared unfit to stand trial", "is able to stand trial"
            flip = True  # "stands trial", "remains in custody": the accused
        if _lemma(verb) in _DRAWING and pat.code[:2] in ("05", "11", "12", "13"):
            flip = True  # "the plan drew criticism from Kyiv": Kyiv judges the plan's owner
        obtained = _lemma(verb) in _OBTAINING and pat.code[:2] in ("05", "07")
        if obtained:
            flip = True  # "secured a loan from China", "won the backing of Poland"
        finder = self.finder
        subj: list[Found] = []
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if passive:
            for c in verb.children:
                if c.dep_ == "agent":
                    subj += [f for g in c.children if g.dep_ == "pobj" for f in finder.find(g)]
        else:
            for s in self._subjects(verb):
                subj += self.actors(s, target=flip)
        own_src, own_tgt = self._noun_actors(pat, noun)
        targets = own_tgt + [f for t in self._target_heads(verb, pat.code, [])
                             for f in finder.find(t, target=True, loose=_conflict(pat.code))]
        if flip:
            # "drew criticism from Poland", "received praise from China": who gives it.
            givers = [f for h in (noun, verb) for c in h.children
                      if c.dep_ == "prep" and (c.lower_ == "from" or (
                          (obtained or _lemma(noun) in _WRATH) and h is noun
                          and c.lower_ == "of"))
                      for g in c.children if g.dep_ == "pobj" for f in finder.find(g)
                      if f.actor is not None]
            given = {(f.actor.name, f.actor.country) for f in givers if f.actor is not None}
            targets = [f for f in targets if f.actor is None
                       or (f.actor.name, f.actor.country) not in given]
            if _lemma(noun) == "warrant" and _lemma(verb) in ("receive", "get") and not passive:
                subj = []  # "Interpol received a warrant from Iran": passed on, not its target
            sources, targets = own_src + givers, subj + targets
            if obtained and pat.code[:2] == "05" and not givers:
                return None  # "won support among voters": no one named who gives it
        else:
            if pat.code[:2] == "07" and subj:
                # "the UN votes to ramp up Gaza aid": the place named on aid given by another
                # is where it goes
                given_by = {f.actor.country for f in subj if f.actor is not None}
                moved = [f for f in own_src if f.actor is not None and f.actor.country
                         and f.actor.country not in given_by]
                own_src = [f for f in own_src if f not in moved]
                targets = targets + [f for f in moved if f not in targets]
            sources = subj + own_src
        return Mention(pat.code, noun, sources, targets, support=verb, tokens=[verb, noun],
                       plover=pat.plover,
                       confidence=0.6, flipped=flip,
                       # "an inquiry was opened in Turkey": the authorities of the place
                       agentless=pat.code[:2] in ("09", "17") and (
                           (passive and not subj) or (flip and not sources)))

    def _nominal(self, pat: Pattern, noun: Any) -> Mention | None:
        if noun.dep_ not in _NOMINAL_DEPS and not (
            noun.dep_ == "pobj" and noun.head.head.pos_ in ("VERB", "AUX")
        ):
            return None
        sources, targets = self._noun_actors(pat, noun)
        if not sources and pat.code[:2] in ("05", "11", "12", "13") and noun.dep_ == "pobj" and (
                noun.head.lower_ == "in" and noun.head.head.pos_ == "VERB"):
            # "In a rare rebuke of China, Vietnam summoned ...": the rebuke is the doer's
            sources = [f for s in self._subjects(noun.head.head) for f in self.actors(s)]
        if not any(f.actor is not None or f.anaphor is not None for f in sources + targets
                   ) and not happening(noun):
            sources = self._reporting_authority(noun) if (
                pat.code[:2] == "09" and _under_way(noun)) else []
            if not sources:
                return None  # "his arrest" names its party; "the arrest" alone does not
        return Mention(pat.code, noun, sources, targets, nominal=True, tokens=[noun],
                       confidence=0.5, plover=pat.plover)

    def _noun_actors(self, pat: Pattern, noun: Any) -> tuple[list[Found], list[Found]]:
        finder = self.finder
        victim = pat.code[:2] in ("17", "18") or pat.code.startswith("084")
        sources: list[Found] = []
        targets: list[Found] = []
        for c in noun.children:
            if c.dep_ == "poss":
                owner = self._antecedent(c) if c.lower_ in _POSSESSIVES else finder.find(c)
                if not owner and victim and pat.code[:2] == "17" and c.lower_ in ("his", "her"):
                    # "resulted in his arrest": the person the story told of
                    owner = [Found(None, anaphor="he" if c.lower_ == "his" else "she",
                                   at=c.idx)]
                (targets if victim else sources).extend(owner)
            elif c.dep_ in ("compound", "amod", "nmod") and not _pro(c) and (
                finder.entity_at(c) is not None or c.pos_ in ("PROPN", "ADJ")
            ):
                found = [f for f in finder.find(c) if f.actor is not None]
                sources.extend(found)
            elif c.dep_ == "nsubj":
                # "Thousands protest in Belgrade", "Police raid home of ...": a headline verb
                # read as a noun keeps its subject
                sources.extend(finder.find(c))
            elif c.dep_ == "compound" and pat.code[:2] in ("18", "19") and any(
                    _lemma(c) in kind for _, kind in WEAPONS):
                # "Russian missile strikes", "an Israeli drone attack": the weapon's owner
                sources += [f for a in c.children if a.dep_ in ("amod", "compound", "nmod")
                            and (finder.entity_at(a) is not None or a.pos_ in ("PROPN", "ADJ"))
                            for f in finder.find(a) if f.actor is not None]
            elif c.dep_ == "prep":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                for g in objs:
                    if c.lower_ == "between" and pat.code[:3] in _MEDIATING:
                        targets.extend(finder.find(g, target=True))  # "mediation between"
                    elif c.lower_ == "from" and _lemma(noun) in _LEAVING:
                        # "troop withdrawal from Syria": the place left
                        targets.extend(finder.find(g, target=True))
                    elif c.lower_ == "between" or c.lower_ in ("by", "from"):
                        sources.extend(finder.find(g))
                    elif c.lower_ == "of" and _lemma(noun) in _LEAVING:
                        # "the withdrawal of Russian forces": those who leave; "of forces
                        # from Panama", as the parser often attaches it: the place left
                        left = [f for p in g.children if p.dep_ == "prep" and p.lower_ == "from"
                                for h in p.children if h.dep_ == "pobj"
                                for f in finder.find(h, target=True)]
                        targets.extend(left)
                        gone = {f.actor.country for f in left if f.actor is not None}
                        sources.extend(f for f in finder.find(g) if f.actor is not None
                                       and f.actor.country and f.actor.country not in gone)
                    elif c.lower_ == "of":
                        found = finder.find(g, target=True)
                        if not found and pat.code[:2] != "04":
                            # "a suspension of air links with Serbia": the thing's partner.
                            found = [f for p in g.children if p.dep_ == "prep"
                                     and p.lower_ in ("with", "to", "against")
                                     for h in p.children if h.dep_ == "pobj"
                                     for f in finder.find(h, target=True)]
                        (sources if pat.code[:2] == "04" else targets).extend(found)
                    elif (c.lower_ in TARGET_PREPS and (
                        _conflict(pat.code)
                        or c.lower_ not in _TOPIC_PREPS | _CONFLICT_PREPS
                    )) or (c.lower_ == "in" and pat.code[:3] in _IN_TARGET_ROOTS) or (
                        c.lower_ == "for" and _for_whom(pat.code)):
                        targets.extend(finder.find(g, target=True, loose=_conflict(pat.code)))
            elif c.dep_ == "acl" and _lemma(c) in ("target", "hit", "aim"):
                for g in c.children:
                    if g.dep_ == "dobj":
                        targets.extend(finder.find(g, target=True))
        if noun.dep_ == "nsubj" and pat.code[:2] == "19" and _lemma(noun.head) in _OCCUR:
            # "clashes erupted between Armenian and Azerbaijani troops": the parties hang on
            # the verb
            sources += [f for c in noun.head.children if c.dep_ == "prep"
                        and c.lower_ == "between" for g in c.children if g.dep_ == "pobj"
                        for f in finder.find(g)]
        return sources, targets

    def _names_a_party(self, tok: Any) -> bool:
        """True unless ``tok`` is a place name ("Kabul" in "a Kabul car bombing")."""
        ent = self.finder.entity_at(tok)
        return ent is None or ent.type in ("NORP", "ORG")

    def _doers(self, noun: Any) -> list[Found]:
        """The actors an act noun's "by" names: "the invasion of Ukraine by Russia"."""
        return [f for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                for g in c.children if g.dep_ == "pobj"
                for f in self.finder.find(g, target=True) if f.actor is not None]

    def _owners(self, noun: Any, preps: tuple[str, ...] = ("of", "in", "inside")
                ) -> list[Found]:
        """Whose thing it is: "the decision of the Moldovan government", "Tajikistan's plan".
        An act's "by" names its doer, and then its "of" the one it fell on ("the arrest of a
        journalist by Russian police"): the doer alone is the act's owner."""
        if "by" in preps and "of" in preps and self._doers(noun):
            preps = tuple(p for p in preps if p != "of")
        out: list[Found] = []
        for c in noun.children:
            if c.dep_ == "poss":
                out += self.finder.find(c, target=True)
            elif c.dep_ == "prep" and c.lower_ in preps:
                out += [f for g in c.children if g.dep_ == "pobj"
                        for f in self.finder.find(g, target=True)]
            elif c.dep_ == "acl" and _lemma(c) in _OWNING:
                # "oil facilities belonging to Saudi Aramco", "a plant operated by Gazprom",
                # "a resolution drafted by Russia"
                out += [f for p in c.children if p.dep_ in ("prep", "agent")
                        and p.lower_ in ("to", "by")
                        for g in p.children if g.dep_ == "pobj"
                        for f in self.finder.find(g, target=True)]
        return out

    def _violent(self, noun: Any) -> bool:
        """An act of force named by a noun: "attack", "shelling", "invasion"."""
        return noun.pos_ == "NOUN" and any(
            p.code[:2] in ("18", "19", "20") for p in self.lex.nouns.get(_lemma(noun), ()))

    def _deed_doers(self, verb: Any, objects: list[Any]) -> list[Found]:
        """Actors named by "by" inside the verb's own clause after its object (not inside a
        clause of their own)."""
        if not any(o.dep_ == "dobj" for o in objects):
            return []
        first = min(o.i for o in objects if o.dep_ == "dobj")
        out: list[Found] = []
        for tok in verb.subtree:
            if tok.i <= first or tok.lower_ != "by" or tok.dep_ not in ("prep", "agent"):
                continue
            up = tok.head
            while up.i != verb.i and up.pos_ not in ("VERB", "AUX"):
                up = up.head
            if up.i == verb.i:
                out += [f for g in tok.children if g.dep_ == "pobj"
                        for f in self.finder.find(g, target=True)
                        if f.actor is not None and f.actor.country]
        return out

    def _modifier_actors(self, noun: Any) -> list[Found]:
        """Countries named on an event noun ("Russian-Chinese talks") as its participants."""
        out: list[Found] = []
        for c in noun.children:
            if c.dep_ in ("amod", "compound", "nmod") and self.finder.entity_at(c) is not None:
                out += [f for f in self.finder.find(c) if f.actor is not None]
        return out

    # headlines -----------------------------------------------------------------------------

    def _shallow_headline(self, sent: Any) -> Mention | None:
        """A verb word the parser read as a noun: actors before it, its object after it."""
        for tok in sent:
            if tok.pos_ in ("VERB", "AUX") and tok.i > sent.start:
                return None
            if tok.i == sent.start or tok.nbor(-1).pos_ not in ("PROPN", "NOUN"):
                continue
            lemma = self._verb_lemma(tok.lower_)
            if lemma is None:
                continue
            after = [t for t in sent if t.i > tok.i]
            obj = next((t for t in after if t.pos_ in ("NOUN", "PROPN")
                        and t.dep_ not in ("compound", "amod")), None)
            obj_words = {_lemma(obj), obj.lower_} if obj is not None else set()
            for pat in self.lex.verbs[lemma]:
                plain = pat.objects - {"-", "*", "*actor"}
                if pat.particle or (plain and not (plain & obj_words)):
                    continue
                # "Chile thanks Argentina for ...": an actor pattern takes a named object
                named = [f for f in self.finder.head(obj, target=True) if f.actor is not None
                         ] if obj is not None and "*actor" in pat.objects else []
                if not plain and pat.objects and not named:
                    continue
                sources: list[Found] = []
                seen: set[int] = set()
                for t in sent:
                    if t.i >= tok.i:
                        break
                    f = self._shallow_actor(t, seen)
                    sources.extend(f)
                targets: list[Found] = list(named)
                preps = TARGET_PREPS if _conflict(pat.code) else TARGET_PREPS - _TOPIC_PREPS
                for t in after:
                    if t.dep_ == "pobj" and t.head.lower_ in preps:
                        targets.extend(self.finder.find(t, target=True))
                if not sources and not (pat.code[:2] == "14" and tok.nbor(-1).lower_ in QUANTITIES):
                    return None  # "Thousands march in Belgrade": a crowd, of the place
                return Mention(pat.code, tok, sources, targets, tokens=[tok] + (
                    [obj] if obj is not None else []), confidence=0.5)
        return None

    def _shallow_actor(self, tok: Any, seen: set[int]) -> list[Found]:
        if tok.i in seen or tok.pos_ not in ("PROPN", "NOUN"):
            return []
        ent = self.finder.entity_at(tok)
        if ent is not None:
            if id(ent) in seen:
                return []
            seen.add(id(ent))
            return [f for f in self.finder.head(tok) if f.actor is not None]
        if any(c.dep_ == "compound" for c in tok.children):
            return []
        seen.add(tok.i)
        return [f for f in self.finder.head(tok) if f.actor is not None]

    def _verb_lemma(self, word: str) -> str | None:
        for cand in (word, word[:-1] if word.endswith("s") else "",
                     word[:-2] if word.endswith("es") else ""):
            if cand and cand in self.lex.verbs:
                return cand
        return None

    # combining -----------------------------------------------------------------------------

    def _combine(self, found: dict[int, Mention]) -> list[Mention]:
        """Fold a trigger into the verb that governs it through an open complement."""
        drop: set[int] = set()
        for i, m in sorted(found.items()):
            tok = m.trigger if m.support is None else m.support
            gov = tok.head if tok.dep_ in ("xcomp", "ccomp") else None
            if tok.dep_ == "advcl" and (_infinitive(tok) or _for_clause(tok)) and (
                    _lemma(tok.head) in _GOVERNORS):
                gov = tok.head  # "have sworn to fight", parsed as an adverbial clause
            if gov is None or gov.i == tok.i:
                continue
            glem = _lemma(gov)
            open_comp = tok.dep_ == "xcomp" or (tok.dep_ == "advcl" and (
                _infinitive(tok) or _for_clause(tok))) or (
                # "ordered the flags be lowered": what is ordered done, by no one named.
                glem == "order" and tok.dep_ == "ccomp" and m.agentless)
            # "called for the president to resign": the one the clause has act is asked to
            asked = list(m.sources) if glem in _ADDRESSING and _for_clause(tok) else []
            if _for_clause(tok) and glem not in _ADDRESSING:
                continue
            if gov.i in found and glem in _GOVERNORS and open_comp:
                outer = found[gov.i]
                code = _compose(glem, m.code)
                if code is not None:
                    if glem == "order" and code == m.code:
                        outer.targets = _addressed(outer)
                    outer.code = code
                    outer.act = m.code
                    outer.targets = outer.targets + [t for t in asked + m.targets
                                                     if t not in outer.targets]
                    outer.tokens += m.tokens
                    outer.confidence = max(outer.confidence, m.confidence)
                    drop.add(i)
            elif open_comp and glem in _INABILITY:
                drop.add(i)  # "police have been unable to question him": nothing happened
            elif open_comp and (glem in _GOVERNORS or glem in _INTENT_ADJECTIVES):
                governed = self._governed(gov, glem, m)
                if governed is not None:
                    found[gov.i] = governed
                drop.add(i)
            elif (glem in PLAN_VERBS or glem in PLAN_NOUNS) and not m.sources:
                for s in self._subjects(gov):
                    m.sources += self.actors(s)
        drop |= {i for i, m in found.items() if self._idle_offer(m, found)}
        return [m for i, m in sorted(found.items()) if i not in drop]

    def _idle_offer(self, m: Mention, found: dict[int, Mention]) -> bool:
        """An offer or proposal that is no intent of politics: of an act with no code of its own
        ("offered to kiss members of the crowd", "offering to disrobe"), or a reform proposed
        by no state body, party or office holder ("sex workers proposed to change positions")."""
        verb = m.trigger
        if m.support is not None or _lemma(verb) not in _OFFERING or any(
                c.dep_ == "dobj" for c in verb.children):
            return False  # "offered aid", "proposed a peace plan": the lexicon's own objects
        if m.code[:3] == "034" and not _public(m.sources, self._subjects(verb), orgs=False) and not {
                (f.actor.actor_code or "")[-3:] for f in m.sources if f.actor is not None
        } & _STATE_ROLES:
            return True  # a reform only a state body, party or office holder can make
        # what is offered: "to host talks", "that the two countries (should) hold a summit";
        # not a clause the parser hung on from the next line of a page ("... offer X News is")
        clauses = [c for c in verb.children if c.dep_ == "xcomp" or (
            c.dep_ == "advcl" and _infinitive(c)) or (c.dep_ == "ccomp" and (
                c.tag_ == "VB" or any(d.dep_ == "mark" and d.lower_ == "that"
                                      for d in c.children)))]
        if not clauses:
            return True
        if m.code != "030" or m.act:
            return False
        inner = {t.i for c in clauses for t in c.subtree}
        if any(j in inner for j, o in found.items() if o is not m):
            return False  # "proposed that the two countries hold a summit"
        # "offered to host talks", "to send experts to Syria": the act is about parties or a
        # matter of politics, not "to disrobe if Pakistan won" (whose condition is no act)
        said = [t for c in clauses for t in _main_words(c)]
        return not any(t.ent_type_ in ("GPE", "NORP", "ORG") or (
            t.pos_ == "NOUN" and _lemma(t) in self.lex.nouns) for t in said)

    def _private_choice(self, m: Mention) -> bool:
        """"She was considering selling her stake": an option weighed (014) by no state, body
        or office holder is no policy option."""
        if m.code != "014" or _GOVERNORS.get(_lemma(m.trigger), ({}, ""))[1] != "014":
            return False
        return not _public(m.sources, self._subjects(m.trigger), orgs=False)

    def _governed(self, gov: Any, glem: str, inner: Mention) -> Mention | None:
        """A verb of intent, appeal, demand, refusal or threat with no event of its own,
        made the event of its complement: "offered to hand over" is an offer (031)."""
        code = _compose("pledge" if glem in _INTENT_ADJECTIVES else glem, inner.code)
        if code is None:
            return None
        holder = gov.head if gov.pos_ == "ADJ" and gov.dep_ == "acomp" else gov
        sources = list(inner.sources) or [f for s in self._subjects(holder)
                                          for f in self.actors(s)]
        targets = list(inner.targets)
        if glem in _ADDRESSING and not (glem == "order" and code == inner.code):
            addressees = [c for c in gov.children if c.dep_ == "dobj"] + [
                g for c in gov.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
                for g in c.children if g.dep_ == "pobj"]
            targets = [f for a in addressees for f in self.finder.find(a, target=True)]
            targets += [t for t in inner.targets if t not in targets]
        return Mention(code, gov, sources, targets, tokens=[gov, *inner.tokens],
                       confidence=max(0.55, inner.confidence), act=inner.code)


def recode_intent(code: str) -> str:
    """A cooperative act announced for the future is an intent to do it (CAMEO 03)."""
    if "04" <= code[:2] <= "08":
        return _compose("pledge", code) or "030"
    return code


def recode_refusal(code: str) -> str | None:
    """A cooperative act denied ("did not sign", "will not accept") is a rejection (CAMEO 12);
    an intent refused is the refusal of the act intended."""
    if code[:2] == "03":
        inner = {v: k for k, v in _INTENT.items()}.get(code)
        code = inner or "06"
    return _compose("refuse", code)


def recode_threat(code: str) -> str:
    """A conflictual act announced for the future is a threat (CAMEO 13)."""
    if code[:2] in ("14", "16", "17", "18", "19", "20"):
        return _compose("threaten", code) or "130"
    return code


def actors_of(found: Iterable[Found]) -> list[Any]:
    return [f.actor for f in found if f.actor is not None]
