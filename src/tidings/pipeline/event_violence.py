"""Which kind of conflict a violent or dissenting act is: organised fighting or assault,
a crowd's demonstration or an official's complaint, and what a protest aims at."""

from __future__ import annotations

import re
from typing import Any

from ..model import ActorRef
from .event_clauses import (
    CROWDS,
    VIOLENCE,
    crowd_subject,
    subject_holder,
)
from .event_mention import Mention as Coded
from .event_parse import left_dead

#: What dissent demands, as CAMEO's fourth digit codes it (141x, 142x, 143x, 144x, 145x).
#: Words of a protest's demand: with no other aim named, a demanded change of policy.
_DEMANDING = frozenset({"demand", "insist", "urge"})
_PROTEST_AIMS = (
    ("1", frozenset({"resignation", "resign", "ouster", "oust", "impeachment", "removal",
                     "dismissal", "step"})),
    ("3", frozenset({"right", "freedom", "liberty", "equality", "abortion", "discrimination"})),
    ("4", frozenset({"regime", "constitution", "election", "electoral", "independence",
                     "autonomy", "democracy", "referendum", "institution", "extradition"})),
    ("2", frozenset({"policy", "law", "bill", "decision", "reform", "tax", "price", "wage",
                     "pension", "salary", "pay", "quarry", "mine", "mining", "project", "plan",
                     "lockdown", "restriction", "ban", "brexit", "tariff"})),
)
#: Acts of a government that are dissent when a crowd does them: verb -> (code, crowd's code).
_CROWD_ACTS = {"protest": ("114", "141"), "boycott": ("163", "143"), "walk": ("164", "143"),
               **dict.fromkeys(("surround", "besiege", "blockade", "encircle"), ("191", "144"))}
#: Crowds whose besieging a building or a person obstructs passage (144), not a siege (191).
_BESIEGERS = frozenset({"protester", "protestor", "demonstrator", "marcher", "crowd", "mob",
                        "farmer", "activist", "supporter", "student", "worker", "resident",
                        "villager", "opponent", "trucker", "driver"})
#: Crowds coming together: what they demand while doing it is a demonstration.
_GATHERING = frozenset({"gather", "assemble", "converge", "march", "rally", "throng", "mass"})
#: People whose violence is a riot (145), not an armed attack.
_DISSENTERS = frozenset({"protester", "protestor", "demonstrator", "rioter", "marcher",
                         "looter"})
#: What a delegation walks out of: talks stay talks broken off (164).
_TALKS = frozenset({"talk", "negotiation", "meeting", "summit", "conference", "dialogue"})
#: Arrests, detentions, court findings and charges of a crime: with no place named, the
#: authorities of the country of the one arrested, convicted or charged.
_COURT_CODES = frozenset({"116", "172", "173", "1121"})
#: Verbs of violence that say it themselves ("was assassinated in Tehran"); their nouns often
#: recall history ("the assassination of John F. Kennedy").
_VIOLENT_VERBS = frozenset({"assassinate", "stab"})
#: Verbs of violence that say it themselves when the place is named on them ("was kidnapped
#: in northern Mali"), not in a clause about elsewhere.
_PLACED_VIOLENCE = frozenset({"kidnap", "abduct", "murder", "behead"})
#: Subjects that kill or wound by hand ("a stabbing killed three").
_STABBING = re.compile(r"\b(?:stabbing|(?:knife|machete) (?:attack|assault)|knifem[ae]n)")
#: Actor roles of people with no armed organisation behind them (a person with no role: "").
_PRIVATE_ROLES = frozenset({"", "CVL", "LAB", "EDU", "MED", "BUS", "CRM", "REL", "HLH", "AGR",
                            "ELI", "REF"})
_FORCE_ROLES = frozenset({"COP", "MIL", "SPY"})
#: Armed groups, whose clash with the police is fighting, not a riot.
_ARMED_ROLES = frozenset({"UAF", "REB", "INS"})
_KILLING = frozenset({"kill", "murder", "slay", "slaughter", "behead"})
_PROTESTERS = re.compile(r"\b(?:protest|demonstrat|marcher|rioter|crowd|activist|students?\b)")
#: The authority behind an agentless passive, by CAMEO code or root.
#: Terms on which, and places from which, an authority lets a person go.
_BAIL_TERMS = frozenset({"bail", "bond", "parole", "probation", "licence", "license",
                         "recognizance", "recognisance"})
_CUSTODY_PLACES = frozenset({"custody", "prison", "jail", "gaol", "detention", "penitentiary"})


def court(code: str) -> bool:
    """Acts of courts and police: sentences, arrests, sanctions, charges of a crime."""
    return code in _COURT_CODES or code[:3] in _COURT_CODES


def custodial_release(trigger: Any) -> str | None:
    """The authority that lets someone out of its custody ("released on bail", "freed from
    prison", "was paroled"); captors releasing hostages are no authority."""
    if trigger.lemma_.lower() in ("bail", "parole"):
        return "JUD"
    for c in trigger.children:
        if c.dep_ != "prep":
            continue
        words = {g.lemma_.lower() for g in c.children if g.dep_ == "pobj"}
        if c.lower_ == "on" and words & _BAIL_TERMS:
            return "JUD"
        if c.lower_ == "from" and words & _CUSTODY_PLACES:
            return "GOV"
    return None


def attackers(iso: str) -> ActorRef:
    """CAMEO's unidentified armed force (UAF) of a country: attackers the text does not name."""
    return ActorRef(name="unidentified attackers", actor_code=iso + "UAF", country=iso)


#: A blast or explosion, which alone may be a mishap (gas, a factory, a mine).
_BLAST = re.compile(r"blast|explosi")
#: Words that make a blast a bombing, in the sentence or elsewhere in the story.
_BOMBING = re.compile(
    r"\b(?:bomb|attack|suicide|explosive|ied\b|improvised|terror|militant|insurgent|jihad|"
    r"grenade|rocket|missile|drone|shell|airstrike|air strike|gunm[ae]n|roadside|"
    r"car[- ]bomb|detonat|claimed responsibility|minefield|landmine|land mine|ordnance|"
    r"mortar)")
#: What blows up by mishap: a blast of these is no attack, whatever the story.
_MISHAP_BLASTS = re.compile(
    r"\b(?:gas|boiler|fireworks?|factory|plant|miners?|mining|coal|colliery|cylinder|leak|tanker|"
    r"refinery|warehouse|chemical|pipeline|transformer|methane|dust|accident(?:al)?)\b")


def violent(m: Coded, sent: Any, story: str = "") -> bool:
    """Whether the sentence tells of violence, not a mishap or a figure of speech. A blast
    or explosion with no other word of violence is an attack only when the sentence or the
    story (``story``: its headline; the sentence's document is read too) tells of a bombing
    and the sentence names no mishap ("a gas explosion", "a blast at a coal mine")."""
    lemma = m.trigger.lemma_.lower()
    text = sent.text.lower()
    found = [x.group(0) for x in VIOLENCE.finditer(text)]
    if found and all(_BLAST.match(w) for w in found):
        return not _MISHAP_BLASTS.search(text) and bool(
            _BOMBING.search(text) or _BOMBING.search(story.lower())
            or _BOMBING.search(sent.doc.text.lower()))
    return bool(found) or (not m.nominal and (
        lemma in _VIOLENT_VERBS or (lemma in _PLACED_VIOLENCE and any(
            c.dep_ == "prep" and c.lower_ in ("in", "near", "outside", "off")
            and any(t.ent_type_ in ("GPE", "LOC") for t in c.subtree)
            for c in m.trigger.children))))


def violence_kind(code: str, sources: list[ActorRef], targets: list[ActorRef], head: Any,
                   sent: Any, people: frozenset[str]) -> str:
    """CAMEO keeps fighting (19) for organised armed force: a lone worker or a named private
    person who stabs or shoots commits assault (180, 1823 when someone is killed); police or
    troops firing on protesters at home use violent repression (175)."""
    if code == "182" and any(c.lower_ in ("fatally", "mortally") for c in head.children):
        return "1823"  # "fatally stabbed a teacher"
    if code[:2] == "19" and any(
            _STABBING.search(head.doc[c.left_edge.i:c.right_edge.i + 1].text.lower())
            for c in head.children if c.dep_ == "nsubj"):
        # "a mass stabbing killed three people": a knife is no armed force
        return "1823" if head.lemma_.lower() in _KILLING else "180"
    if code == "145" and sources and all(
            (a.actor_code or "")[-3:] in _ARMED_ROLES for a in sources):
        return "190"  # "gunmen clashed with police": armed men fight, they do not riot
    if code[:2] not in ("18", "19") or not sources:
        return code
    roles = {(a.actor_code or "")[3:] for a in sources}
    if code == "190" and roles == {"COP"} and any(
            t.lemma_.lower() == "raid" for t in (head, *head.children)):
        return "173"  # "German police carried out raids": a police search, not combat
    if code[:2] == "19" and roles <= _PRIVATE_ROLES and all(
            a.entity in people if a.entity else (a.actor_code or "")[3:] for a in sources):
        killed = head.lemma_.lower() in _KILLING or any(
            c.lower_ == "dead" for c in head.children) or any(
            t.lemma_.lower() in _KILLING and t.pos_ == "VERB" for t in sent)
        return "1823" if killed else "180"
    home = {a.country for a in sources if a.country}
    dispersed = any(t.dep_ in ("dobj", "pobj") and _PROTESTERS.search(t.lower_)
                    for t in head.subtree)
    if roles & _FORCE_ROLES and len(home) == 1 and ((targets and all(
            (a.country in home or not a.country) and (
                _PROTESTERS.search(a.name.lower()) or dispersed)
            for a in targets)) or (not targets and dispersed)):
        # "opened fire to disperse demonstrators", with the crowd in the purpose clause
        return "175"
    return code


def crowd_dissent(code: str, trigger: Any, support: Any = None) -> str:
    """"Supporters protested the ruling" is a demonstration (141), not an official complaint;
    "nurses walked out", "lawyers boycotted the courts", "doctors launched a strike" a strike
    or boycott (143); "protesters stormed parliament", "rioters torched police cars" a riot
    (145)."""
    if code[:2] in ("02", "10") and trigger.dep_ in ("xcomp", "advcl") and (
            trigger.head.lemma_.lower() in _GATHERING) and any(
            c.dep_ == "nsubj" and (c.lemma_.lower() in CROWDS or c.pos_ == "NUM" or (
                c.tag_ in ("NNS", "NNPS") and c.ent_type_ == "NORP"))
            for c in trigger.head.children):
        return "141"  # "crowds gathered in Hong Kong to demand democracy": a demonstration
    verb = support if support is not None else trigger
    holder = verb.head if verb.dep_ == "advcl" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) else subject_holder(verb)
    subj = [c for c in holder.children if c.dep_ == "nsubj"]
    if not subj or not crowd_subject(holder) or left_dead(verb):
        return code  # "Five protesters shot dead in Khartoum": the crowd was shot
    if code[:2] in ("18", "19") and any(t.lemma_.lower() == "strike" and t.pos_ == "NOUN" for t in (
            trigger, *(c for c in verb.children if c.dep_ == "dobj"))):
        return "143"  # "doctors launched an indefinite strike": a labour strike
    if (code[:2] == "18" or code[:3] in ("190", "193", "194", "195", "196")
            or code[:4] in ("1711", "1712")) and any(
            c.lemma_.lower() in _DISSENTERS for c in subj):
        return "145"  # "demonstrators attacked police", "protesters set fire to parliament"
    rule = _CROWD_ACTS.get(trigger.lemma_.lower()) if trigger.pos_ == "VERB" else None
    if rule is None or not code.startswith(rule[0]):
        return code
    if rule[1] == "144" and not any(t.lemma_.lower() in _BESIEGERS for c in subj
                                    for t in (c, *c.subtree) if t.dep_ in ("nsubj", "pobj")):
        return code  # "troops surrounded the city" is a siege; fans around a star no protest
    if rule[0] == "164" and any(g.lemma_.lower() in _TALKS for c in trigger.children
                                if c.dep_ == "prep" for g in c.subtree):
        return code  # "the delegation walked out of the talks"
    return rule[1]


def mission_country(sent: Any, countries_in: Any) -> str | None:
    """"Hundreds demonstrated outside the Russian embassy in Kyiv": the one country whose
    embassy or consulate the sentence names (by adjective or "of")."""
    found: set[str] = set()
    for t in sent:
        if t.lemma_.lower() not in ("embassy", "consulate"):
            continue
        words = [w.text for w in t.lefts] + [w.text for c in t.children
                                              if c.dep_ == "prep" and c.lower_ == "of"
                                              for w in c.subtree]
        found.update(countries_in(" ".join(words)))
    return found.pop() if len(found) == 1 else None


def protest_aim(code: str, sent: Any) -> str:
    """"Rally against the bill" is 1412, "protest demanding his resignation" 1411: the aim
    named in the sentence gives a dissent code its fourth digit."""
    if code not in ("141", "142", "143", "144", "145"):
        return code
    words = {t.lemma_.lower() for t in sent}
    for digit, aims in _PROTEST_AIMS:
        if words & aims:
            return code + digit
    if words & _DEMANDING:
        return code + "2"  # "blocking the crossings, demanding that the EU reinstate permits"
    return code




#: People and bodies whose attacks are words: they hold office or speak in politics, bearing
#: no arms ("the opposition attacked the government over the tax hike").
_SPEAKERS = frozenset({
    "opposition", "party", "lawmaker", "legislator", "senator", "congressman", "congresswoman",
    "mp", "politician", "minister", "president", "premier", "chancellor", "leader", "critic",
    "campaigner", "activist", "union", "candidate", "spokesman", "spokeswoman", "spokesperson",
    "official", "governor", "mayor", "commentator", "columnist", "newspaper", "editorial",
    "democrat", "republican", "conservative", "liberal", "socialist", "democrats",
    "republicans", "rival", "challenger", "envoy", "ambassador", "diplomat", "pope", "cleric"})
#: Bodies attacked in words: governments and their offices, parties, leaders and rulings.
_ATTACKED_BODIES = _SPEAKERS | frozenset({
    "government", "administration", "ministry", "cabinet", "coalition", "parliament",
    "congress", "senate", "commission", "court", "judiciary", "judge", "ruling", "regulator",
    "authority", "establishment", "elite", "media", "press", "prime"})
#: Issues an attack in words is over: acts, words and measures, not a time or a place.
_ISSUES = frozenset({
    "hike", "increase", "rise", "cut", "policy", "decision", "plan", "move", "law", "bill",
    "budget", "reform", "handling", "response", "remark", "comment", "statement", "speech",
    "stance", "position", "record", "failure", "deal", "agreement", "tax", "spending", "price",
    "inflation", "economy", "corruption", "scandal", "appointment", "veto", "vote", "delay",
    "approach", "strategy", "proposal", "measure", "crisis", "rhetoric", "claim", "report",
    "ban", "tariff", "sanction", "treatment", "silence", "inaction", "refusal", "u-turn",
    "reversal", "crackdown", "lockdown", "mandate", "migration", "immigration", "visit",
    "ties", "support", "neglect", "mismanagement", "incompetence", "lie"})


#: Words and measures, which only words attack ("attacked the British migration deal").
_MEASURES = frozenset({
    "budget", "deal", "agreement", "reform", "strategy", "approach", "record", "rhetoric",
    "ruling", "verdict", "report", "claim", "tax", "tariff", "legislation", "idea", "response",
    "remark", "comment", "speech", "proposal", "decision", "policy", "stance", "initiative",
    "rule", "mandate", "ban", "move", "law", "bill", "plan"})


def worded_attack(verb: Any, objects: list[Any]) -> bool:
    """"The opposition attacked the government over the tax hike", "lawmakers attacked the
    minister for his handling of the crisis": a speaker bearing no arms who attacks an office
    or a body over an issue attacks it in words, as does anyone who attacks a measure or
    words ("attacked the Italian budget"). "Rebels attacked the army over the weekend"
    stays fighting: neither side speaks, and a weekend is no issue."""
    if any(o.lemma_.lower() in _MEASURES for o in objects):
        return True  # "attacked the Italian budget": no arms reach a budget
    clause = verb.head if verb.dep_ in ("xcomp", "conj") else verb
    subjects = [c for c in (*verb.children, *clause.children) if c.dep_ == "nsubj"]
    if not subjects or not all(s.lemma_.lower() in _SPEAKERS or s.lower_ in _SPEAKERS
                               for s in subjects):
        return False
    if not any(o.lemma_.lower() in _ATTACKED_BODIES or o.ent_type_ in ("PERSON", "ORG")
               for o in objects):
        return False
    return any(g.dep_ == "pobj" and g.lemma_.lower() in _ISSUES
               for h in (verb, *objects) for p in h.children
               if p.dep_ == "prep" and p.lower_ in ("over", "for", "about")
               for g in p.children)


#: Verbs of a blow that, struck "back at" someone over words or a measure, are a retort.
_BLOWS = frozenset({"fire", "hit", "strike", "shoot", "lash", "swing", "punch", "snap"})
#: Words and writings a retort answers ("fired back at the EU over the report").
_SAYINGS = frozenset({"criticism", "accusation", "allegation", "charge", "report", "remark",
                      "comment", "statement", "claim", "tweet", "post", "article", "speech",
                      "warning", "threat", "question", "suggestion", "insult", "attack",
                      "critique", "resolution", "sanction", "complaint", "demand", "call"})
_UTTERED_IN = frozenset({"statement", "tweet", "post", "speech", "interview", "letter",
                         "editorial", "article", "briefing", "conference", "address"})


def retort(verb: Any) -> bool:
    """"Russia fired back at the EU over the sanctions", "Beijing hit back at Canberra over
    the report", "struck back at critics in a statement": a blow struck back in words.
    Troops firing back at gunmen over a ridge name no saying, and stay fire."""
    if verb.lemma_.lower() not in _BLOWS or not any(
            c.dep_ in ("advmod", "prt") and c.lower_ == "back" for c in verb.children):
        return False
    preps = [p for p in verb.children if p.dep_ == "prep"]
    preps += [q for p in preps for g in p.children if g.dep_ == "pobj"
              for q in g.children if q.dep_ == "prep"]
    if not any(p.lower_ == "at" for p in preps):
        return False
    for p in preps:
        words = {g.lemma_.lower() for g in p.children if g.dep_ == "pobj"}
        if p.lower_ in ("over", "about", "for", "after") and words & (
                _SAYINGS | _ISSUES | _MEASURES) and "attack" not in words:
            return True
        if p.lower_ in ("in", "on") and words & _UTTERED_IN:
            return True
    return False


#: Acts of a court or a state that can be condemned in words ("condemned the jailing of ...").
_CONDEMNED_ACTS = frozenset({"sentence", "sentencing", "jailing", "imprisonment", "decision",
                             "verdict", "ruling", "execution", "detention", "arrest",
                             "conviction", "punishment", "treatment", "move", "order",
                             "judgment", "judgement", "trial", "exile", "killing", "hanging",
                             "flogging", "stoning", "beating", "caning", "shooting"})


def act_condemned(objects: list[Any]) -> bool:
    """"Condemned the jailing of the journalist to eight years": an act is condemned in words,
    not a person to a sentence ("condemned the rapper to death")."""
    return any(o.pos_ == "NOUN" and (o.lemma_.lower() in _CONDEMNED_ACTS
                                     or o.lower_.endswith(("ment", "tion", "sion")))
               for o in objects)

