"""Questions about the clause an event word stands in, asked over spaCy's dependency parse:
who its subject is, whether it is asked, embedded, conditioned, or tells a blow without a doer."""

from __future__ import annotations

import re
from typing import Any

from .event_actors import SAYING, accident
from .event_mention import Mention as Coded

#: People who protest, riot or strike.
CROWDS = frozenset({
    "protester", "protestor", "demonstrator", "marcher", "crowd", "people", "thousand",
    "hundred", "dozen", "million", "resident", "worker", "student", "prisoner", "inmate",
    "farmer", "activist", "supporter", "citizen", "villager", "opponent", "teacher", "doctor",
    "nurse", "driver", "miner", "trucker", "employee", "fan", "youth", "woman", "man", "member",
    "group", "mob", "rioter", "striker", "local", "parent", "pensioner", "veteran", "vendor",
    "trader", "shopkeeper", "crowds", "union", "opposition", "diocese", "church", "parish",
    "congregation", "clergy", "movement", "campaigner", "victim", "family", "relative",
})
_AGENT_ENDINGS = ("ists", "ers", "ors", "ians", "ants", "ents", "ites", "ees", "ds", "ics")
VIOLENCE = re.compile(
    r"\b(?:attack|bomb|shell|strike|shoot|shot|gunm[ae]n|militant|rebel|insurgent|rocket|"
    r"missile|drone|explosi|blast|fighting|clash|troops|army|soldier|terror|airstrike|raid|"
    r"kidnapper|abductor|assailant|attacker|armed m[ae]n|stabb|knifem[ae]n|"
    r"knife[- ]?(?:attack|assault|wielding|point)|machete[- ]?(?:attack|wielding|m[ae]n)|"
    r"with (?:an? |their |his |her )?(?:knife|knives|machetes?)|behead|gunfire|gunshot|grenade|"
    r"ambush)")
#: Verbs whose subject is one side of the fighting, never its victim.
_RECIPROCAL_FIGHTING = frozenset({"clash", "fight", "battle", "skirmish", "brawl"})


def subject_holder(verb: Any) -> Any:
    """The verb whose subject ``verb`` shares: itself, or the verb a subjectless conjunct or
    open complement hangs on ("It blocked roads and forced thousands to flee")."""
    while verb.dep_ in ("conj", "xcomp") and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                     for c in verb.children):
        verb = verb.head  # "Stroke tends to strike": the subject of "tends"
    return verb


def asked(verb: Any) -> bool:
    """A yes-no question on the verb: its auxiliary stands before its subject ("Had Red Hat
    considered this?", "Will Russia invade?"); a wh-question presupposes the act."""
    aux = [c.i for c in verb.children if c.dep_ in ("aux", "auxpass")]
    subj = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(aux and subj and min(aux) < min(subj) and not any(
        t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in verb.doc[verb.left_edge.i:min(aux)]))


def blow_untold(verb: Any) -> bool:
    """The verb tells a blow without its doer: passive ("was stabbed"), or struck by a deed
    ("an explosion killed two"); not "a group that massacred", "a bat attacks" or "made
    money by attacking him"."""
    if verb.dep_ == "relcl":
        return False
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if subj:
        return all(VIOLENCE.search(c.lower_) for c in subj)
    return bool(verb.tag_ == "VBN")


def own_doer(verb: Any) -> bool:
    """"a group that makes commitments", "Investors agreed to ...": a doer named in the
    clause, though of no country, is not the group of the sentence before."""
    return verb.dep_ == "relcl" or any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")
                                       for c in verb.children)


def unowned_subject(verb: Any) -> bool:
    """The verb's own subject is no one: "it" the coder could not resolve, or a disaster."""
    return any(c.dep_ == "nsubj" and (c.lower_ == "it" or accident(c))
               for c in subject_holder(verb).children)


def crowd_subject(verb: Any) -> bool:
    """The verb's subject, if it has one, is people ("prisoners rioted", "thousands marched"),
    not a market, a trend or "you" ("the stock market rallied", "its march on coal")."""
    subj = [c for c in subject_holder(verb).children if c.dep_ == "nsubj"]
    # "what organizers estimated at 1.7 million Hongkongers marched": a counted crowd.
    return not subj or any(
        c.lemma_.lower() in CROWDS or c.pos_ == "NUM" or c.lower_ == "what" or (
            # people named by what they do or hold: "fundamentalists", "Kurds", "loyalists"
            c.tag_ in ("NNS", "NNPS") and c.lower_.endswith(_AGENT_ENDINGS))
        for c in subj)


def own_option(verb: Any) -> bool:
    """"Trump said he may declare an emergency": a speaker's word that they may act is a
    threat to, as CAMEO codes it, not a mere possibility."""
    return (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SAYING
            and any(c.dep_ == "aux" and c.lower_ in ("may", "might", "could", "can")
                    for c in verb.children)
            and any(c.dep_ == "nsubj" and c.lower_ in ("he", "she", "we", "i", "they")
                    for h in [verb, *verb.children] for c in h.children))


def abstract_subject(verb: Any, things: frozenset[str]) -> bool:
    """The verb's own subject is one of ``things``, not someone ("the promise", "the plan"),
    as opposed to "gunmen" or "a suicide bomber"."""
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and not c.ent_type_
               and c.lemma_.lower() in things for c in subject_holder(verb).children)


def embedded(head: Any) -> int:
    """How many subordinate clauses (adverbial, relative, noun complements) hold the trigger:
    the main clause's event is the sentence's news."""
    n = 0
    for t in [head, *head.ancestors]:
        if t.dep_ in ("advcl", "relcl", "acl"):
            n += 1
    return min(n, 3)


def unless(head: Any) -> bool:
    """True when the trigger's clause carries an "unless" condition."""
    holders = [head, head.head] if head.dep_ in ("xcomp", "ccomp") else [head]
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless"
                                          for m in c.children)
               for h in holders for c in h.children)


def fighters_untold(m: Coded) -> bool:
    """"The two teams clashed in Madrid": who clashes is the subject; one that names no
    actor leaves no unidentified attackers to stand in for it."""
    return m.trigger.lemma_.lower() in _RECIPROCAL_FIGHTING and any(
        c.dep_ == "nsubj" for c in m.trigger.children)


#: Verbs that name what their object is ("called the arrest unacceptable").
_NAMING = frozenset({"call", "describe", "characterize", "characterise", "label", "brand",
                     "term", "dub"})


def in_main_clause(m: Coded, sent: Any) -> bool:
    """The mention's word is the sentence's main verb, one conjoined with it, or the event
    noun of either."""
    head = m.support if m.support is not None else m.trigger
    named = False
    while head.dep_ in ("dobj", "attr", "nsubj", "nsubjpass", "pobj", "prep", "compound"
                        ) and head.head.i != head.i and head.pos_ != "VERB":
        # "called the arrest unacceptable": the deed named is not the sentence's act
        named = named or (head.dep_ == "dobj" and head.head.lemma_.lower() in _NAMING)
        head = head.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return bool(head.i == sent.root.i) and not named


def quoted(text: str, sent_start: int, pos: int) -> bool:
    """True when an opening quotation mark before ``pos`` in its sentence is still open."""
    before = text[sent_start:pos]
    opens = sum(before.count(q) for q in "“«")
    closes = sum(before.count(q) for q in "”»")
    if opens > closes:
        return True
    return before.count('"') % 2 == 1


def doer_untold(m: Coded) -> bool:
    """No one is told doing the act: a passive or a participle with no agent ("Nine jailed
    over abuse"), a noun ("an impeachment inquiry into X"), or one the subject faces ("could
    face a probe"); not a subject the story does not place ("Wikinews investigates X"), nor a
    gerund whose doer stands elsewhere ("pressed Zelensky into investigating X")."""
    verb = m.trigger
    return m.agentless or m.nominal or m.flipped or (verb.tag_ == "VBN" and not any(
        c.dep_ in ("nsubj", "agent") for c in verb.children))


def generic_you(m: Coded) -> bool:
    """Words whose subject is the generic "you" of advice ("a party you disapprove of")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "you"
               for c in m.trigger.children)




#: Modals of what may or should be, not what is.
_MAY_BE = frozenset({"can", "could", "should", "might", "may", "must", "ought"})


def unreal(verb: Any, agentless: bool) -> bool:
    """An act that did not happen: one that "would have" happened ("a law that would have
    banned noncompetes"), one of anyone or of only one who may ("only Congress may allocate
    funds": a power), or, told in a passive with no doer, one that may or should happen
    ("people can be arrested for flying the flag", "This should be banned"): an opinion or a
    power, no one's act."""
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if "would" in aux and "have" in aux and verb.tag_ == "VBN":
        return True
    subjects = [verb.head if c.lower_ in ("that", "which", "who") and verb.dep_ == "relcl"
                else c for c in verb.children if c.dep_ == "nsubj"]
    if any((d.lower_ == "any" and d.dep_ == "det") or (d.lower_ == "only" and set(aux) & _MAY_BE)
           for c in subjects for d in c.children):
        return True  # "only Congress may allocate funds", "any country that attacks NATO"
    return agentless and "be" in aux and bool(set(aux) & _MAY_BE) and not any(
        c.dep_ == "agent" for c in verb.children)
