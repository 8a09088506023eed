"""The most specific CAMEO code a mention's own words support.

A mention coded with a generic code of its family (090 investigate, 112 accuse, 190 fight) takes
the family's finer code where the words it governs name the kind: "investigated the minister
for corruption" is 091, "an inquiry into human rights abuses" 092, "accusations of fraud" 1121,
"launched air strikes" 195, "Russian drones struck Kharkiv" 195, "fired artillery" 194. A
threat (130) takes the kind of what it threatens: "threatened Iran with sanctions" 1312,
"threatened the broadcaster's licence" 132; "threatened a general strike" is dissent (133),
not force. An accusation of failings only ("accused him of weakness") is criticism (111). Help
promised to, asked of or demanded for an investigation or a court is judicial cooperation
(0313, 0213, 1013). A rejected call takes the kind of what it called for ("rejected calls for
his resignation" 1231). Aid given to, promised to or asked for the victims of a disaster or war
is humanitarian (073, 0333, 0233, 1033). A call or demand told as a noun ("renewed calls for
a ceasefire", "demands for his release") takes the code its verb's lexicon pattern gives the
same object ("called for a ceasefire" 0256, "demanded his release" 1053).

Only the mention's own phrase is read: the trigger's modifiers and complements, the objects and
prepositional phrases of its verb, and, for fighting, the head of the verb's subject (the weapon
that acts). Clauses nested in them (relative, adverbial, reported) are left out, so that a word
told of elsewhere in the sentence never makes the code."""

from __future__ import annotations

from typing import Any

from ..knowledge.event_lexicon import SPECIAL_OBJECTS, lexicon
from .event_lemmas import lemma as _lemma
from .event_wrongs import AGGRESSION, CRIME, ESPIONAGE, RIGHTS, WAR_CRIMES, wrong_deed, wrong_noun

#: Dependents whose subtrees belong to the mention's own phrase.
_PHRASE_DEPS = frozenset({"dobj", "nsubjpass", "prep", "agent", "pobj", "pcomp", "compound",
                          "amod", "nmod", "attr", "oprd", "conj", "appos", "npadvmod",
                          "dative"})
#: Clauses that tell of something else: never read for the kind.
_OTHER_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "csubj", "parataxis"})

#: Weapons that make a use of force specific, tried in order: aerial (195), artillery and
#: tanks (194), small arms (193).
WEAPONS = (
    ("195", frozenset({"drone", "airstrike", "air", "aerial", "missile", "warplane", "jet",
                       "helicopter", "bomber", "aircraft", "airplane", "plane", "gunship",
                       "air-strike", "airstrikes", "uav", "airpower", "air-raid"})),
    ("194", frozenset({"artillery", "shell", "shelling", "mortar", "howitzer", "tank",
                       "rocket", "barrage", "cannon"})),
    ("193", frozenset({"gun", "rifle", "gunfire", "bullet", "sniper", "pistol",
                       "machine-gun", "machinegun", "small-arms", "gunshot", "gunman"})),
)
#: Words that make an attack one of armed forces.
_ARMS = frozenset().union(*(w for _, w in WEAPONS), {"military", "army", "naval"}) - {
    "gun", "gunman", "pistol", "rifle", "bullet", "gunfire", "gunshot"}
#: Attacks whose modifiers name the weapon ("launched air strikes").
_ATTACKS = frozenset({"attack", "strike", "raid", "bombing", "assault", "barrage", "salvo",
                      "bombardment", "operation", "campaign", "fire", "volley", "sortie"})
#: Verbs whose object is the weapon used ("fired rockets", "launched drones").
_LAUNCHING = frozenset({"launch", "fire", "unleash", "use", "deploy", "rain", "drop", "lob"})
#: Prepositions that name the means of an attack ("with drones", "by air strikes").
_MEANS = frozenset({"with", "by", "using", "in"})
#: Fights whose "with" names the enemy, not the means.
_FIGHTING = frozenset({"clash", "fight", "battle", "skirmish", "fighting", "war", "engage"})
#: Words that make an investigation one of a crime (091) beyond the wrongs of event_wrongs.
_CRIMES = frozenset({"homicide", "shooting", "stabbing", "manslaughter",
                     "kidnapping", "abduction", "assassination", "hijacking", "rape",
                     "criminal", "robbery", "arson", "poisoning", "bombing", "cybercrime",
                     "scam", "counterfeiting", "insider", "doping", "kickback", "bribe",
                     "illegal", "unlawful", "illicit", "fraudulent", "coup", "cyberattack",
                     "cyber-attack", "ransomware", "misuse", "irregularity",
                     "financing", "leak"})
#: Words that tell of a wrongdoing suspected: an investigation of one, when no kind of abuse or
#: military action is named, is of a crime ("a probe into the minister over alleged campaign
#: financing").
_SUSPECTED = frozenset({"alleged", "allegedly", "suspected", "allegation"})
#: Abuses that make an investigation one of human rights (092), unless a crime is named
#: with them; "abuse" only as "abuses" ("child abuse" is mostly a crime).
_ABUSES = frozenset({"abuses", "mistreatment", "ill-treatment", "disappearance", "brutality",
                     "crackdown", "repression", "torture"})
_FORCED = frozenset({"enforced", "forced", "involuntary"})
#: Words that make an investigation one of military action (093).
_MILITARY = frozenset({"airstrike", "air-strike", "shelling", "incursion", "offensive",
                       "bombardment", "military"})
#: The kind of investigation each wrong named makes.
_PROBE_OF = {CRIME: "091", ESPIONAGE: "091", RIGHTS: "092", WAR_CRIMES: "094",
             AGGRESSION: "093"}
#: The kind of accusation each wrong named makes.
_ACCUSED_OF = {CRIME: "1121", RIGHTS: "1122", AGGRESSION: "1123", WAR_CRIMES: "1124",
               ESPIONAGE: "1125"}
#: Failings of conduct or character: accused of one, an actor is criticised (111), not
#: accused of a wrong.
_FAILINGS = frozenset({"weakness", "hypocrisy", "cowardice", "incompetence", "arrogance",
                       "complacency", "indifference", "inaction", "dithering", "naivety",
                       "scaremongering", "fearmongering", "grandstanding", "posturing",
                       "mismanagement", "ineptitude", "spinelessness", "timidity"})
#: Filings an accusation may be made in, by the code the accusation then takes.
_FILINGS = {"lawsuit": "115", "suit": "115", "complaint": "114"}
#: Acts of cooperation, by the code an intent, appeal or demand of them takes when they
#: serve an investigation or a court ("agreed to cooperate with prosecutors": 0313).
_JUDICIAL_KIND = {"030": "0313", "031": "0313", "020": "0213", "021": "0213",
                  "100": "1013", "101": "1013"}
_HELPING = frozenset({"cooperate", "help", "assist", "collaborate", "aid"})
#: Acts of justice one may be asked or promise to help with.
_PROBING = frozenset({"investigate", "probe", "prosecute", "solve"})
#: Opening an inquiry, asked of another: judicial cooperation asked (0213, 1013).
_OPENING = frozenset({"launch", "open", "start", "conduct", "initiate", "begin", "carry"})
_PROBES = frozenset({"investigation", "inquiry", "enquiry", "probe"})
#: Those helped, or what is helped, that make the help cooperation on judicial matters.
_JUSTICE = frozenset({"investigation", "inquiry", "probe", "investigator", "prosecutor",
                      "prosecution", "court", "tribunal", "counsel", "inquest", "detective"})
#: Words that put a request to the one who rejects it: the request's act names the kind of
#: rejection. Not offers ("declined his offer to resign" is the offerer's act, not a demand).
_REQUESTS = frozenset({"call", "demand", "request", "appeal", "plea", "pressure", "ultimatum"})
#: The act called for (a noun after "for", or the verb of "calls to ..."), by the rejection
#: it makes: of a change of leader (1231), of a release (1243), of talks (125), of mediation
#: (126), of a ceasefire (1246), of aid (122), of reform (123).
_REJECTED = {
    **dict.fromkeys(("resignation", "resign", "ouster", "removal", "step", "impeachment"),
                    "1231"),
    **dict.fromkeys(("release", "free", "freeing"), "1243"),
    **dict.fromkeys(("talk", "negotiation", "dialogue", "negotiate", "meet"), "125"),
    **dict.fromkeys(("mediation", "mediate"), "126"),
    **dict.fromkeys(("ceasefire", "truce", "armistice"), "1246"),
    **dict.fromkeys(("aid", "assistance", "bailout"), "122"),
    **dict.fromkeys(("reform",), "123"),
    **dict.fromkeys(("loan", "credit", "funding", "grant"), "1221"),
    **dict.fromkeys(("weapon", "arm", "jet", "tank", "missile", "ammunition", "munition"),
                    "1222"),
    **dict.fromkeys(("peacekeeper", "peacekeeping"), "1224"),
    **dict.fromkeys(("access", "inspection", "inspector", "monitor", "observer"), "1245"),
}
#: Verbs that begin or take up what a call asks for ("calls to resume talks").
_BEGINNING = frozenset({"resume", "hold", "start", "begin", "open", "restart", "reopen",
                        "enter", "join", "accept", "sign"})
#: Nouns of appeal and demand, with the verb whose lexicon patterns read their "for" phrase
#: ("calls for a ceasefire" as "called for a ceasefire") and whether that verb takes it as a
#: particle ("call for") or as its object ("demand a ceasefire").
_ASKING_NOUNS = {"call": ("call", "for"), "appeal": ("call", "for"), "plea": ("call", "for"),
                 "demand": ("demand", "")}
#: Recipients and causes that make aid humanitarian (073): the victims of a disaster or war.
_IN_NEED = frozenset({"victim", "survivor", "refugee", "evacuee", "displaced", "homeless",
                      "injured", "wounded", "affected", "famine", "flood", "earthquake",
                      "quake", "disaster", "hurricane", "cyclone", "typhoon", "drought",
                      "wildfire", "tsunami", "humanitarian", "starving", "hungry"})
#: Nouns of aid itself, not of cooperation in general.
AID_NOUNS = frozenset({"aid", "assistance", "relief", "help"})
#: Aid codes and their humanitarian kind: given, promised, appealed for, demanded.
_HUMANITARIAN = {"070": "073", "033": "0333", "023": "0233", "103": "1033"}
#: What a threat threatens, by the head of its object or of that object's (or the verb's)
#: "with"/"of" phrase: economic penalties (1312), aid (1311), ties (1313), legal and
#: administrative penalties, licences among them (132), protest (133), a lawsuit or a veto
#: (131), force (138) and an armed attack (1384).
_THREATENED = {
    **dict.fromkeys(("sanction", "embargo", "tariff", "blacklist"), "1312"),
    **dict.fromkeys(("aid", "funding", "fund", "assistance", "loan", "subsidy"), "1311"),
    **dict.fromkeys(("tie", "relation"), "1313"),
    **dict.fromkeys(("arrest", "prosecution", "fine", "jail", "imprisonment", "penalty",
                     "deportation", "expulsion", "closure", "punishment",
                     "licence", "license", "franchise", "permit", "accreditation",
                     "suspension", "impeachment", "dismissal"), "132"),
    **dict.fromkeys(("protest", "demonstration", "walkout"), "133"),
    **dict.fromkeys(("lawsuit", "litigation", "suit", "veto"), "131"),
    **dict.fromkeys(("crackdown", "repression"), "137"),
    **dict.fromkeys(("force", "war", "violence", "retaliation", "reprisal", "attack", "strike",
                     "response"), "138"),
    **dict.fromkeys(("invasion", "offensive", "airstrike"), "1384"),
}
#: Words that make a threatened strike a stoppage of work (133), not an armed strike (138).
_LABOUR = frozenset({"general", "hunger", "labour", "labor", "worker", "nationwide", "national",
                     "indefinite", "teacher", "doctor", "nurse", "union", "rail", "transport",
                     "employee", "staff", "pilot", "driver", "miner"})
#: Penalties an office can impose, threatened as the act itself: administrative (132).
_PUNISHING = frozenset({"fire", "dismiss", "sack", "arrest", "jail", "imprison", "prosecute",
                        "punish", "fine", "deport", "detain", "disqualify"})
#: Modifiers that make whatever is threatened armed force, or an attack with weapons of mass
#: destruction (1385).
_ARMED_KINDS = frozenset({"military", "armed"})
_WMD = frozenset({"nuclear", "chemical", "biological", "atomic"})
_UNARMED = frozenset({"legal", "diplomatic", "economic", "political", "judicial",
                      "commercial", "financial", "measured", "proportionate"})
#: Acts a warning announces whose object or "with" phrase is the means threatened.
_USING = frozenset({"use", "take", "respond", "retaliate", "strike", "hit"})
#: Seaways whose closing threatened is a blockade (1381).
_SEAWAYS = frozenset({"port", "strait", "sea", "harbour", "harbor", "coast", "waterway",
                      "canal", "shipping", "gulf", "seaport"})


def _blockade(trigger: Any) -> bool:
    """"threatened to close the Strait of Hormuz", "to blockade Ukrainian ports"."""
    acts = [c for c in trigger.children if c.dep_ == "xcomp"]
    return any(_lemma(a) in ("block", "blockade", "close", "shut") and any(
        o.dep_ == "dobj" and (_lemma(o) in _SEAWAYS or any(
            _lemma(t) in _SEAWAYS for t in o.subtree)) for o in a.children) for a in acts)


#: Words of a threat whose object is what is threatened.
_THREATS = frozenset({"threaten", "threat"})


def _threatened(trigger: Any, support: Any) -> str | None:
    """The kind of threat the trigger's object names: the object's head or a compound of it
    ("the franchise renewal"), or the head of a "with"/"of" phrase on the verb, the threat
    noun or the object ("threatened Iran with sanctions", "the threat of arrest", "warned
    Russia of new sanctions")."""
    objs = [c for h in _heads(trigger, support) for c in h.children if c.dep_ == "dobj"]
    own = any(warned_act(c, trigger) or _faced(c) for c in trigger.children)
    if _lemma(trigger) not in _THREATS and not (_lemma(trigger) == "warn" and (objs or own)):
        if _lemma(trigger) == "warn" and any(
                _labour_strike(g, trigger, support) for c in trigger.children
                if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"):
            return "133"  # "the union warned of a national strike"
        return None  # "warned Russia of sanctions" threatens; "warned of arrests" may not
    heads: list[Any] = []
    for o in objs:
        heads += [o, *(c for c in o.children if c.dep_ == "compound")]
    # "with the loss of its licence", "the threat of new sanctions"
    stack = [trigger, *objs]
    while stack:
        h = stack.pop(0)
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("with", "of"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        heads.append(g)
                        stack.append(g)
    # "warned Taiwan that it would use force": the act the warning tells of
    if _lemma(trigger) in _THREATS and any(
            c.dep_ == "xcomp" and _lemma(c) in _PUNISHING for c in trigger.children):
        return "132"  # "threatened to fire the central bank governor"
    warned = _lemma(trigger) == "warn"
    # "warned it would take military action", "would respond with nuclear weapons"
    acts = [c for c in trigger.children if _lemma(c) in _USING and (
        c.dep_ == "xcomp" or (c.dep_ == "ccomp" and (not warned or warned_act(c, trigger))))]
    # "warned that Israel would face a crushing response": what the warned one is to face
    acts += [c for c in trigger.children if _faced(c)]
    used = [o for c in acts for o in c.children if o.dep_ == "dobj"] + [
        g for c in acts for p in c.children if p.dep_ == "prep" and p.lower_ == "with"
        for g in p.children if g.dep_ == "pobj"]
    for h in heads + used:
        mods = {_lemma(m) for m in h.children if m.dep_ in ("amod", "compound")}
        if mods & _WMD:
            return "1385"  # "threatened to respond with nuclear weapons"
        if mods & _ARMED_KINDS:
            return "138"  # "threatened Iran with military action"
        if _lemma(h) == "response" and mods & _UNARMED:
            continue  # "a diplomatic response", "a legal response"
        if warned and h not in used and _THREATENED.get(_lemma(h), "")[:3] in ("133", "138"):
            # "warned its citizens of an imminent attack": whose attack is not said
            continue
        if _labour_strike(h, trigger, support):
            return "133"
        if _lemma(h) == "action" and any(m.lower_ == "legal" for m in h.children):
            return "131"  # "threatened legal action": a lawsuit, not a penalty of office
        if _lemma(h) in _THREATENED:
            return _THREATENED[_lemma(h)]
    return None


#: Auxiliaries of an act announced, and the pronouns by which a speaker names itself.
_WOULD = frozenset({"would", "will", "could", "might", "may", "'d", "'ll", "wo", "ca"})
_SELF = frozenset({"it", "he", "she", "they", "we", "i"})


def warned_act(clause: Any, verb: Any) -> bool:
    """"warned that it would impose sanctions", "threatened that he would declare martial
    law": the warner's own act announced in the clause a warning reports is what it
    threatens; not another's ("warned that Russia could attack") nor an act denied ("warned
    that they would not allow ...")."""
    if clause.dep_ != "ccomp" or _lemma(verb) not in ("warn", "threaten"):
        return False
    if not any(a.dep_ == "aux" and a.lower_ in _WOULD for a in clause.children) or any(
            a.dep_ == "neg" for a in clause.children):
        return False
    subj = [a for a in clause.children if a.dep_ == "nsubj"]
    warner = {_lemma(c) for c in verb.children if c.dep_ == "nsubj"}
    return bool(subj) and (subj[0].lower_ in _SELF or _lemma(subj[0]) in warner)


def _faced(clause: Any) -> bool:
    """"(warned that) Israel would face a crushing response": what one is told one will face."""
    return clause.dep_ == "ccomp" and _lemma(clause) == "face" and any(
        a.dep_ == "aux" and a.lower_ in _WOULD for a in clause.children)


def _labour_strike(h: Any, trigger: Any, support: Any) -> bool:
    """A strike of workers ("a national strike", threatened by a union), not an air strike."""
    if _lemma(h) != "strike":
        return False
    mods = {_lemma(c) for c in h.children if c.dep_ in ("amod", "compound", "nmod")}
    subj = {_lemma(c) for t in _heads(trigger, support) for c in t.children if c.dep_ == "nsubj"}
    return bool((mods | subj) & _LABOUR)


def _phrase(head: Any) -> list[Any]:
    """The tokens of the phrase a trigger governs, without nested clauses."""
    out: list[Any] = []
    stack = [c for c in head.children if c.dep_ in _PHRASE_DEPS]
    while stack:
        t = stack.pop()
        out.append(t)
        stack += [c for c in t.children if c.dep_ not in _OTHER_CLAUSES]
    return out


def _heads(trigger: Any, support: Any) -> list[Any]:
    """The words whose phrases say what the mention is about: the event noun and its support
    verb, or the verb."""
    return [trigger] if support is None else [trigger, support]


def _phrase_words(trigger: Any, support: Any) -> tuple[list[Any], set[str]]:
    toks = [t for h in _heads(trigger, support) for t in _phrase(h)]
    return toks, {_lemma(t) for t in toks} | {t.lower_ for t in toks}


def _weapon(trigger: Any, support: Any) -> str | None:
    """The weapon the phrase uses: named on the attack ("air strikes", "a drone attack"), as
    its means ("with artillery", "by a missile"), as what is launched ("fired rockets at"), or
    as the subject that acts ("Israeli jets struck"); never a weapon attacked ("shot down a
    drone")."""
    named: set[str] = set()

    def add(tok: Any) -> None:
        named.add(_lemma(tok))
        named.update(_lemma(c) for c in tok.children if c.dep_ in ("compound", "amod", "nmod"))

    add(trigger)
    if trigger.dep_ in ("acl", "relcl") and any(c.dep_ == "dobj" for c in trigger.children):
        # "air strikes killed 40 people", misread as a relative clause; "a suicide bombing
        # that killed 30": the attack that kills
        if (kind := _bombing_kind(trigger.head)) is not None:
            return kind
        if _lemma(trigger.head) in _ATTACKS:
            add(trigger.head)
    for h in _heads(trigger, support):
        for c in h.children:
            if c.dep_ == "nsubj":
                # "drones struck", "a drone strike hit": the weapon that acts, never the
                # defences that down it ("air defences shot down")
                if _lemma(c) in _ATTACKS:
                    add(c)
                elif _lemma(c) == "bomber" and any(
                        m.lower_ == "suicide" for m in c.children):
                    return "1831"  # "a suicide bomber attacked a convoy": a person, not a jet
                else:
                    named.add(_lemma(c))
            elif c.dep_ == "dobj" and (kind := _bombing_kind(c)) is not None:
                return kind  # "carried out a suicide bombing", "set off a car bomb"
            elif c.dep_ == "dobj" and (_lemma(c) in _ATTACKS or _lemma(h) in _LAUNCHING):
                add(c)
            elif c.dep_ in ("prep", "agent") and c.lower_ in _MEANS and not (
                    c.lower_ == "with" and (h.pos_ == "NOUN" or _lemma(h) in _FIGHTING)):
                # "killed with drones", "hit by a missile"; a fight's "with" is the enemy
                # ("clashes with the air force")
                for g in c.children:
                    if g.dep_ == "pobj":
                        # "with drones and missiles", "in an Israeli air strike"; not what a
                        # word of the phrase is about ("in retaliation for the air strike")
                        for t in (g, *g.conjuncts):
                            if _lemma(t) == "bomber" and any(
                                    m.lower_ == "suicide" for m in t.children):
                                return "1831"  # "hit by a suicide bomber"
                            add(t)
    for code, weapons in WEAPONS:
        if named & weapons:
            return code
    return None


#: Bombings by the kind of bomb named on them (CAMEO 1831-1833).
_BOMB_KINDS = {"suicide": "1831", "car": "1832", "car-bomb": "1832", "roadside": "1833"}
#: Explosives that make a bombing of a kind only when the kind is named on them.
_DEVICES = frozenset({"vest", "belt", "device", "explosive", "attack", "bomber"})


def _bombing_kind(noun: Any) -> str | None:
    """"a suicide bombing", "a car bomb blast", "a roadside bomb": the kind of bombing a noun
    names, "183" for a bombing of no kind named."""
    named_only = _lemma(noun) in _DEVICES  # "a suicide vest", "a roadside device"
    if _lemma(noun) not in ("bombing", "bomb", "blast", "explosion") and not named_only:
        return None
    mods = {_lemma(c) for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
    mods |= {_lemma(g) for c in noun.children if c.dep_ == "compound"
             for g in c.children if g.dep_ in ("compound", "amod")}
    kinds = [_BOMB_KINDS[w] for w in sorted(mods) if w in _BOMB_KINDS]
    if kinds:
        return kinds[0]
    if named_only:
        return None
    bombed = _lemma(noun) in ("bombing", "bomb") or mods & {"bomb", "bombing"}
    state = any(c.dep_ == "poss" or c.ent_type_ in ("NORP", "GPE") for c in noun.children)
    return "183" if bombed and not state else None  # "Israel's bombing": from the air


def _wrong(toks: list[Any]) -> str | None:
    nouns = [t for t in toks if t.pos_ in ("NOUN", "PROPN")]
    return wrong_noun(nouns) if nouns else None


def specify(code: str, trigger: Any, support: Any = None) -> str:
    """The finest code of the mention's family that its own phrase names; ``code`` when the
    phrase names no kind."""
    if support is None and _lemma(trigger) in _ATTEMPTING:
        # "tried to pressure Kyiv to open an inquiry": the act attempted says the kind
        act = next((c for c in trigger.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if act is not None:
            trigger = act
    finer = _finer(code, trigger, support)
    fine = finer if finer is not None else _specify(code, trigger, support)
    return _inner_kind(fine, trigger) if fine == code and support is None else fine


def _inner_kind(code: str, trigger: Any) -> str:
    """"threatened to downgrade diplomatic relations" (1313): the act a threat, appeal, demand
    or pledge governs, made specific by its own words, gives the finer code the governing
    verb makes of it; only a finer code of the same family."""
    from .event_parse import GOVERNORS, compose  # the parse helpers import this module
    if _lemma(trigger) not in GOVERNORS:
        return code
    for c in trigger.children:
        if c.dep_ != "xcomp" or c.pos_ != "VERB" or (act := _act_code(c, True)) is None:
            continue
        inner = specify(act, c)
        outer = compose(_lemma(trigger), inner) if inner != act else None
        # finer, or a sibling of a 4-digit code ("ban opposition rallies": no party banned)
        if outer and outer[:2] == code[:2] and (
                outer.startswith(code) or code[2:] == "0" or outer[:3] == code[:3]) and (
                len(outer) > len(code) or outer[2] != "0"):
            return outer
    return code


#: Verbs of attempt whose complement is the act coded.
_ATTEMPTING = frozenset({"try", "attempt", "seek"})


def _finer(code: str, trigger: Any, support: Any) -> str | None:
    """Sub-codes told apart by a word of the phrase: a meeting on a visit (042, 043), a
    grouping of trade joined (061), a change of institutions (0344 ...), a mediated
    negotiation (045), an accusation made by a filing (115, 114) or of a failing (111)."""
    if code == "040":
        return _visit(trigger, support)
    if code == "050" and _lemma(trigger) == "join" and _economic_grouping(trigger):
        return "061"
    if code == "032" and _economic_grouping(trigger):
        return "0311"
    if code == "032" and _settling(trigger):
        return "037"
    if code == "051" and _ratifying(trigger):
        return "057"
    if code in _AID_AS_COOPERATION and _cooperation_kind(trigger, support, objects=True):
        code = _AID_AS_COOPERATION[code]  # "pledged closer military cooperation": not aid
    if code in _COOPERATION_OF and (kind := _cooperation_kind(trigger, support)):
        fine = _COOPERATION_OF[code] + kind
        return fine if fine[:2] != "12" or kind in "12" else None
    if code in _INSTITUTIONAL and _institutional(trigger, support):
        return _INSTITUTIONAL[code]
    if code == "046" and trigger.dep_ == "xcomp" and _lemma(trigger.head) in _AIDING:
        return "045"  # "helped negotiate the deal": a go-between, not a party
    if code in ("130", "133", "138") and _blockade(trigger):
        return "1381"  # "threatened to close the Strait of Hormuz"
    if code == "172" and _closed_to(trigger):
        return "163"  # "closed its airspace to Israeli flights": an embargo on a country
    if code in _AID_GENERIC:
        from .event_parse import refine  # the parse helpers import this module
        kind = refine(code, [trigger, *_objects(trigger, support)])
        if kind != code:
            return kind  # "approved a new military aid package": the aid noun's kind
    if code in _MONEY_KIND and _money_given(trigger, support):
        return _MONEY_KIND[code]  # "pledged $2 billion to rebuild Gaza": economic aid
    if code == "0872" and _crowd_doer(trigger, support):
        return "082"  # "farmers ended their blockade of the crossing": dissent eased
    if code == "144" and _crowd_doer(trigger, support):
        # "truckers blocked the border crossings": passage blocked to press a demand, of
        # policy unless the sentence names another aim
        from .event_violence import protest_aim  # imports the parse helpers, which import us
        aimed = protest_aim(code, trigger.sent)
        return aimed if aimed != code else "1442"
    if code[:2] == "19" and (lone := _lone_assailant(trigger, support)):
        return lone  # "a teenager shot dead three classmates": an assault, not combat
    if code == "120" and _blame_denied(trigger, support):
        return "016"  # "rejected accusations that its forces bombed the hospital"
    if code in _FREEDOMS_OF and (kind := _freedoms_kind(trigger, support)):
        return _FREEDOMS_OF[code] + kind  # "lifted the ban on political gatherings" (0811)
    if code == "160" and any(_lemma(t) in _DIPLOMATIC for o in _objects(trigger, support)
                             for t in (o, *o.children) if t is o or t.dep_ in ("amod", "compound")):
        return "161"  # "downgraded diplomatic relations", "downgraded its embassy"
    if code == "1722" and not any(_lemma(o) in _PARTIES for o in _objects(trigger, support)) and any(
            _lemma(o) in _FREEDOMS for o in _objects(trigger, support)):
        return "1721"  # "banned opposition rallies": gatherings banned, no party
    if code == "172" and trigger.pos_ == "VERB" and (kind := next((
            k for o in _objects(trigger, support) for k in [_OUTLET_KINDS.get(_lemma(o))] if k),
            None)):
        return kind  # "shut down independent newspapers" (1721), "dissolved the party" (1722)
    if code == "081" and _trade_curb(trigger, support):
        return "085"  # "lifted its ban on Australian wine": an embargo eased
    if code == "172" and _trade_curb(trigger, support):
        return "163"  # "imposed curbs on rice exports", "tightened export controls": an embargo
    if code == "171" and _lemma(trigger) in _TAKING and any(
            _lemma(o) in _PROPERTY for o in _objects(trigger, support)):
        return "1711"  # "seized the assets of Danone": property confiscated
    if code == "030" and any(c.dep_ == "xcomp" and _lemma(c) in _UPHOLDING and any(
            _lemma(o) in _RIGHTS for d in c.children if d.dep_ == "dobj"
            for o in (d, *d.conjuncts)) for c in trigger.children):
        return "0343"  # "vowed to respect the rights of minorities"
    if code in _PEACEKEEPING_OF and any(_lemma(t) in _PEACEKEEPERS for t in (
            *_objects(trigger, support), *(o for c in trigger.children if c.dep_ == "xcomp"
                                           for o in c.children if o.dep_ == "dobj"))):
        return _PEACEKEEPING_OF[code]  # "offered to send peacekeepers to Gaza"
    if code == "030" and any(c.dep_ == "xcomp" and _lemma(c) in _HOLDING and any(
            o.dep_ == "dobj" and _lemma(o) in _VOTES for o in c.children)
            for c in trigger.children):
        return "034"  # "promised to hold elections next year": a political reform
    if code == "173" and _term_served(trigger):
        return "116"  # "was put behind bars for 22 years": a sentence, not an arrest
    if code == "173" and _lemma(trigger) in ("jail", "imprison") and any(
            _lemma(c) in _BENCH for c in trigger.children if c.dep_ == "nsubj"):
        return "116"  # "the judge jailed him for contempt": a sentence, not an arrest
    if code == "100" and _court_finding(trigger):
        return "116"  # "the court ordered the paper to pay damages": found liable
    if code == "114" and _to_court(trigger, support):
        return "115"  # "filed a complaint in federal court": a lawsuit
    if code in ("127", "1246"):
        return _plan_rejected(code, trigger, support)
    if code in _YIELDING_CODES and (ended := _ending_asked(code, trigger, support)):
        return ended
    if code in ("024", "104", "020", "100") and _policy_changed(trigger, support):
        return "0242" if code[:2] == "02" else "1042"  # "called for changes to the law"
    if code[:2] in ("02", "10") and (asked := _asked_change(code, trigger, support)):
        return asked
    if code in _LEADER_CHANGE_OF and any(_leader_changed(c) for h in _heads(trigger, support)
                                         for c in h.children if c.dep_ in ("xcomp", "ccomp")):
        return _LEADER_CHANGE_OF[code]  # "urged the junta to reinstate the ousted president"
    if code in ("020", "100") and _policy_asked(trigger, support):
        return "0242" if code == "020" else "1042"  # "asked Washington to tighten controls"
    if code in ("111", "112"):
        filed = [_FILINGS[_lemma(c)] for h in _heads(trigger, support) for c in h.children
                 if c.dep_ == "nsubj" and _lemma(c) in _FILINGS]
        if filed:
            return filed[0]  # "the lawsuit alleges that ...", "the complaint accuses Meta"
        if code == "112" and not _in_filing(trigger, support) and _failing_deed(
                trigger, support):
            return "111"
    return None


#: Codes of aid or cooperation that, with a sum of money as what is given, promised or asked
#: for, are economic aid: "pledged $2 billion" (0331), "asked China for $2 billion" (0231).
_MONEY_KIND = {"030": "0331", "033": "0331", "020": "0231", "023": "0231", "100": "1031",
               "103": "1031", "070": "071", "022": "0231", "102": "1031"}
_CURRENCIES = frozenset({"dollar", "euro", "pound", "yuan", "yen", "rupee", "ruble", "rouble",
                         "franc", "shekel", "lira", "riyal", "dirham", "peso", "won", "rand",
                         "naira", "shilling", "usd", "eur", "gbp"})


def _money_given(trigger: Any, support: Any) -> bool:
    """"pledged $2 billion", "offered 500 million euros", "asked the IMF for $3 billion": a sum
    of money is the verb's own object or what it asks for."""
    heads = _heads(trigger, support)
    objs = [c for h in heads for c in h.children if c.dep_ == "dobj"]
    objs += [g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "for"
             for g in p.children if g.dep_ == "pobj"]
    sums = [t for o in objs for t in (o, *o.conjuncts) if t.ent_type_ == "MONEY" or (
        _lemma(t) in _CURRENCIES and any(c.like_num or c.ent_type_ == "MONEY"
                                         for c in t.children)) or (
        # "a $1 billion loan", "a 50-million-euro grant"
        _lemma(t) in _FUNDING and any(c.ent_type_ == "MONEY" for c in t.subtree if c is not t))]
    # "$500 million in reconstruction aid": the aid noun says the kind
    return bool(sums) and not any(
        p.dep_ == "prep" and p.lower_ == "in" and any(_lemma(g) in AID_NOUNS for g in p.children)
        for t in (*sums, *heads) for p in t.children)


#: Aid codes whose kind the aid noun's modifiers may name.
_AID_GENERIC = frozenset({"070", "033", "023", "103"})
#: Sums lent or given whose amount makes them money ("a $1 billion loan").
_FUNDING = frozenset({"loan", "grant", "credit", "donation", "funding", "bailout"})


#: People who block roads or lift blockades as dissent, not as armed force.
_DISSENTING = frozenset({"protester", "protestor", "demonstrator", "farmer", "driver",
                         "trucker", "activist", "worker", "miner", "fisherman", "fishermen",
                         "resident", "villager", "student", "striker", "union", "campaigner",
                         "taxi", "cabbie", "crowd", "haulier", "hauler", "transporter"})


def _crowd_doer(trigger: Any, support: Any) -> bool:
    """"Polish farmers ended their blockade", "truck drivers blocked the crossings": the
    subject is people who protest."""
    verb = support if support is not None else trigger
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj and verb.dep_ in ("xcomp", "conj", "advcl"):
        subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
    # "thousands of protesters", "a group of farmers": the people counted
    subj += [g for s in subj if s.like_num or _lemma(s) in _COUNTED for p in s.children
             if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return any(_lemma(t) in _DISSENTING for s in subj for t in (s, *s.conjuncts))


_COUNTED = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens",
                      "group", "crowd", "number", "scores", "score", "million", "millions"})


#: Verbs of locking someone up whose term, named, makes a sentence (116).
_LOCKING_UP = frozenset({"put", "send", "throw", "lock", "jail", "imprison"})
_TERMS = frozenset({"year", "month", "decade", "life"})


def _term_served(trigger: Any) -> bool:
    """"was put behind bars for 22 years", "sent to prison for six months", "locked up for
    life": a term of years or months is a sentence served (116), not a custody."""
    if _lemma(trigger) not in _LOCKING_UP:
        return False
    for p in trigger.children:
        if p.dep_ == "prep" and p.lower_ == "for":
            for g in p.children:
                if g.dep_ == "pobj" and _lemma(g) in _TERMS and (_lemma(g) == "life" or any(
                        c.like_num or c.dep_ == "nummod" for c in g.children)):
                    return True
    return False


def _objects(trigger: Any, support: Any) -> list[Any]:
    """What the verb or its event noun is done to: objects, passive subjects, and their
    conjuncts."""
    objs = [c for h in _heads(trigger, support) for c in h.children
            if c.dep_ in ("dobj", "nsubjpass")]
    return [t for o in objs for t in (o, *o.conjuncts)]


#: One private person whose shooting or attack is an assault (180, killing 1823), not the
#: use of armed force (19): "a student opened fire", "was shot by a prisoner".
_LONE = frozenset({"man", "woman", "teenager", "teen", "boy", "girl", "student", "pupil",
                   "prisoner", "inmate", "gunman", "shooter", "attacker", "assailant",
                   "suspect", "youth", "worker", "employee", "passenger", "neighbour",
                   "neighbor", "customer", "patient", "resident"})
_KILLS = frozenset({"kill", "murder", "slay", "massacre"})


def _lone_assailant(trigger: Any, support: Any) -> str | None:
    verb = support if support is not None else trigger
    if verb.pos_ != "VERB":
        return None
    doers = [c for c in verb.children if c.dep_ == "nsubj"] + [
        g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    if len(doers) != 1 or doers[0].tag_ != "NN" or _lemma(doers[0]) not in _LONE or any(
            c.dep_ in ("conj", "cc") for c in doers[0].children):
        return None
    # "shot dead three classmates", with "dead" read as the object's modifier
    killed = _lemma(verb) in _KILLS or any(
        t.lower_ == "dead" for c in verb.children for t in (c, *c.children)
        if c.dep_ in ("dobj", "acomp", "oprd", "advmod") or t is c)
    return "1823" if killed else "180"


#: Acts of upholding rights: promised, an intent to provide rights (0343).
_UPHOLDING = frozenset({"respect", "protect", "uphold", "guarantee", "restore", "ensure",
                        "safeguard", "defend", "expand", "allow", "improve", "grant", "extend",
                        "recognise", "recognize", "strengthen"})
#: Aid codes whose aid, when it is peacekeepers, is military protection (0334, 074 ...).
_PEACEKEEPING_OF = {"033": "0334", "0332": "0334", "070": "074", "072": "074", "023": "0234",
                    "0232": "0234", "103": "1034", "1032": "1034"}
_PEACEKEEPERS = frozenset({"peacekeeper", "peacekeeping", "peace-keeper", "blue-helmet"})


#: What one is blamed with: rejecting it denies responsibility (016). Claims and reports only
#: as words told ("claims that it ...", "reports of ..."), not claims to land or of money.
_BLAMING = frozenset({"accusation", "allegation", "charge", "responsibility", "blame",
                      "involvement", "insinuation", "complicity", "culpability", "wrongdoing"})
_TOLD = frozenset({"claim", "report", "suggestion", "assertion", "suspicion"})


def _blame_denied(trigger: Any, support: Any) -> bool:
    """"rejected accusations that its forces bombed the hospital", "dismissed the allegations
    of forced labour", "rejected claims that it supplied drones": what is rejected is blame."""
    for o in _objects(trigger, support):
        if _lemma(o) in _BLAMING:
            return True
        if _lemma(o) in _TOLD and any(
                c.dep_ in ("acl", "ccomp") or (c.dep_ == "prep" and c.lower_ == "about") or (
                    # "reports of torture", "claims of spying"; not "the report of the panel"
                    c.dep_ == "prep" and c.lower_ == "of" and any(
                        g.dep_ == "pcomp" or (g.dep_ == "pobj" and wrong_noun([g]))
                        for g in c.children)) for c in o.children):
            return True
    return False


#: Restrictions eased (081) or imposed (163 read as an embargo) by the kind of freedom they
#: restrict: political freedoms (0811, 1721) or parties and politicians (0812, 1722).
_FREEDOMS_OF = {"081": "081", "163": "172"}
_CURBS = frozenset({"ban", "restriction", "curb", "limit", "control", "censorship",
                    "prohibition", "crackdown", "blackout", "shutdown"})
_FREEDOMS = frozenset({"gathering", "assembly", "protest", "rally", "demonstration", "march",
                       "media", "press", "newspaper", "broadcaster", "internet", "website",
                       "speech", "expression", "journalist", "ngo", "activity", "vigil",
                       "union", "religion", "worship"})
_PARTIES = frozenset({"party", "politician", "candidate", "opposition", "leader",
                      "lawmaker"})
#: What makes relations reduced diplomatic ones (161).
_DIPLOMATIC = frozenset({"diplomatic", "embassy", "mission", "representation", "ambassador",
                         "consulate"})
#: What an administrative sanction done to it makes a curb on political freedoms (1721) or a
#: ban of a party (1722).
_OUTLET_KINDS = {**dict.fromkeys(("newspaper", "broadcaster", "website", "outlet", "newsroom",
                                  "media", "ngo"), "1721"), "party": "1722"}


def _freedoms_kind(trigger: Any, support: Any) -> str | None:
    """"lifted the ban on political gatherings" (1), "eased restrictions on the press" (1),
    "lifted the ban on the pro-Kurdish party" (2); "lifted the ban on imports" names no
    freedom."""
    curbs = [o for o in (trigger, *_objects(trigger, support)) if _lemma(o) in _CURBS]
    verb = support if support is not None else trigger
    for c in curbs:
        # "on the media", on the restriction or, as the parser may hang it, on the verb
        on = [t for h in (c, verb) for p in h.children if p.dep_ == "prep" and p.lower_ in (
              "on", "against", "of") for g in p.children if g.dep_ == "pobj"
              for t in (g, *g.conjuncts)]
        for g in on:
            mods = {_lemma(m) for m in g.children if m.dep_ in ("amod", "compound")}
            if _lemma(g) in _PARTIES and (_lemma(g) != "leader" or "opposition" in mods):
                return "2"
            if _lemma(g) in _FREEDOMS or g.lower_ in _FREEDOMS or (
                    mods & {"political", "opposition"}):
                return "1"
        if {_lemma(m) for m in c.children if m.dep_ in ("amod", "compound")} & {
                "media", "press", "internet", "speech"}:
            return "1"  # "media restrictions", "the internet shutdown"
    return None


#: Trade a ban or restriction may bar: barring it is an embargo (CAMEO 163, eased 085).
_TRADE = frozenset({"import", "export", "trade", "shipment", "good", "product", "commodity",
                    "produce", "purchase", "sale", "delivery", "supply"})
#: Heads of "Australian ..." that are people or bodies, not goods ("Japanese citizens").
_NOT_GOODS = frozenset({"citizen", "national", "tourist", "visitor", "traveler", "traveller",
                        "student", "worker", "journalist", "athlete", "team", "official",
                        "diplomat", "people", "man", "woman", "migrant", "refugee",
                        "passport", "holder", "resident", "media", "party", "company",
                        "firm", "bank", "investor", "app", "website", "network", "settler",
                        "pilgrim", "fan", "player", "soldier", "sailor", "fisherman",
                        "artist", "musician", "singer", "group", "organisation",
                        "organization"})


def _national(word: Any) -> bool:
    """"Australian", "Japanese", "Moldovan" (which the parser may take for a name)."""
    return word.ent_type_ in ("NORP", "GPE") or (word.text[:1].isupper() and word.lower_.endswith(
        ("an", "ese", "ish", "i")) and word.ent_type_ != "ORG")


def _trade_curb(trigger: Any, support: Any) -> bool:
    """"lifted its ban on Australian wine", "eased restrictions on imports of Chinese
    seafood", "lifted the export ban": the ban bars goods, an embargo (085 when eased), not
    an administrative sanction (081)."""
    curbs = [o for o in (trigger, *_objects(trigger, support)) if _lemma(o) in _CURBS]
    verb = support if support is not None else trigger
    for c in curbs:
        if {_lemma(m) for m in c.children if m.dep_ in ("amod", "compound")} & _TRADE:
            return True  # "the import ban", "trade restrictions"
        on = [t for h in (c, verb) for p in h.children if p.dep_ == "prep" and p.lower_ == "on"
              for g in p.children if g.dep_ == "pobj" for t in (g, *g.conjuncts)]
        for g in on:
            mods = [m for m in g.children if m.dep_ in ("amod", "compound")]
            if _lemma(g) in _TRADE or any(_lemma(m) in _TRADE for m in mods):
                return True  # "on imports of Chinese seafood", "on wheat exports"
            if (any(_national(m) for m in mods) and g.pos_ == "NOUN"
                    and _lemma(g) not in _NOT_GOODS and g.ent_type_ == ""):
                return True  # "on British beef": goods of a country
    return False


#: Verbs of taking property, and the property whose taking is confiscation (1711).
_TAKING = frozenset({"seize", "take", "grab", "nationalize", "nationalise", "expropriate",
                     "impound", "appropriate", "confiscate"})
_PROPERTY = frozenset({"asset", "property", "land", "farm", "share", "stake", "account",
                       "fund", "estate", "business", "factory", "plant", "company", "subsidiary",
                       "holding", "house", "home", "building", "warehouse", "equipment"})


def _specify(code: str, trigger: Any, support: Any) -> str:
    if code == "183" and trigger.pos_ == "VERB" and (kind := next(
            (k for o in trigger.children if o.dep_ == "dobj"
             for k in [_bombing_kind(o)] if k not in (None, "183")), None)):
        return kind  # "detonated a car bomb in Mogadishu"
    if code == "183" and trigger.pos_ == "NOUN" and any(
            (c.dep_ == "poss" and c.ent_type_ == "GPE") or (c.dep_ == "amod" and c.ent_type_ == "NORP")
            for c in trigger.children):
        return "195"  # "Israel's bombing of Gaza", "the Russian bombing of Aleppo": from the air
    if code == "138" and any(c.dep_ == "xcomp" and _weapon(c, None) for c in trigger.children):
        return "1384"  # "threatened to launch air strikes on Beirut": a conventional attack
    if code in ("130", "138"):
        kind = _threatened(trigger, support)
        return kind if kind and (code == "130" or kind == "133") else code
    if code in _JUDICIAL_KIND and _for_justice(trigger, support, code[:2] in ("02", "10")):
        return _JUDICIAL_KIND[code]
    if code in ("020", "100") and trigger.pos_ == "NOUN" and _lemma(trigger) in _ASKING_NOUNS:
        return _asked_for(code, trigger, support)
    if code in ("020", "100") and (asked := _asked_by_verb(code, trigger, support)):
        return asked
    if code == "120":
        return _rejected(trigger, support) or code
    if code == "062" and _solo_drill(trigger, support):
        return "150"
    if code == "100" and (sent_off := _sent_away(trigger)):
        return sent_off
    if code == "166" and trigger.pos_ == "NOUN":
        return _expelled(trigger)
    if code == "072" and _to_border(trigger):
        return "154"
    if code in ("151", "152") and trigger.pos_ == "VERB":
        return _alerted(trigger) or code
    if code[:2] == "04" and _talks_failed(trigger):
        return "164"
    if code in _HUMANITARIAN:
        return _HUMANITARIAN[code] if _phrase_words(trigger, support)[1] & _IN_NEED else code
    if code in ("111", "112") and _in_filing(trigger, support):
        return _in_filing(trigger, support) or code
    if code not in ("090", "112", "190"):
        return code
    toks, words = _phrase_words(trigger, support)
    if code == "190":
        return _weapon(trigger, support) or code
    wrong = _wrong(toks)
    if code == "090":
        if wrong in _PROBE_OF:
            return _PROBE_OF[wrong]
        if words & _ABUSES and not words & _CRIMES and (
                words & _ABUSES != {"disappearance"} or words & _FORCED):
            return "092"  # "an enforced disappearance"; not "the disappearance of a ship"
        if words & _ATTACKS and words & _ARMS:
            return "093"  # "the air strike on the hospital", "a drone attack on the convoy"
        if words & _CRIMES:
            return "091"
        if words & _MILITARY:
            return "093"
        # "investigated 300 cases", "investigating the case": a case is one of a crime
        return "091" if words & _SUSPECTED or "case" in words else code
    if wrong is not None and wrong in _ACCUSED_OF:
        return _ACCUSED_OF[wrong]
    told = [wrong_deed(c) for c in trigger.children if c.dep_ == "ccomp"]
    if (deed := next((w for w in told if w in _ACCUSED_OF), None)) is not None:
        return _ACCUSED_OF[deed]  # "alleged that the ruling party bought votes"
    if _failing(trigger, support):
        return "111"
    return _accused_of(trigger, support) or code


def _accused_of(trigger: Any, support: Any) -> str | None:
    """"accusations of bombing hospitals" (1123), "allegations of torturing prisoners"
    (1122): the deed an accusation noun is "of", read as the verb "accuse of" reads it; so is
    the deed a verb's "of" tells as a gerund ("accused Moscow of launching an attack")."""
    if trigger.pos_ == "NOUN":
        holders = [trigger]
    elif trigger.pos_ == "VERB":
        holders = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    else:
        return None
    told = [g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children if g.dep_ in ("pobj", "pcomp")]
    deeds = [g for g in told if trigger.pos_ == "NOUN" or g.pos_ == "VERB"]
    for g in deeds:
        if g.pos_ == "VERB":
            wrong = wrong_deed(g)
            if wrong in _ACCUSED_OF:
                return _ACCUSED_OF[wrong]
            if _weapon(g, None) in ("194", "195"):
                return "1123"  # "accused Hezbollah of firing rockets at Israeli towns"
        words = {_lemma(t) for t in _phrase(g)} | {_lemma(g)}
        for pat in lexicon().verbs.get("accuse", ()):
            if pat.particle == "of" and pat.code != "112" and pat.objects & words:
                return pat.code
    if any(_lemma(t) in _UNLAWFUL and t.pos_ in ("ADJ", "ADV")
           for g in told for t in (g, *_phrase(g))):
        return "1121"  # "accused the firm of illegal mining"
    return None


#: Words that make the deed of an accusation a crime.
_UNLAWFUL = frozenset({"illegal", "illegally", "illicit", "unlawful", "unlawfully", "fraudulent",
                       "fraudulently", "criminal"})


def _in_filing(trigger: Any, support: Any) -> str | None:
    """"alleged in a lawsuit that ...", "accused Google in a complaint to the Commission": an
    accusation made in a filing is the filing (lawsuit 115, official complaint 114)."""
    for h in _heads(trigger, support):
        if h.pos_ != "VERB":
            continue
        for p in h.children:
            if p.dep_ == "prep" and p.lower_ in ("in", "through", "via"):
                for g in p.children:
                    if g.dep_ == "pobj" and _lemma(g) in _FILINGS:
                        return _FILINGS[_lemma(g)]
    return None


#: Military drills and the words that make them done together with a partner.
_DRILLS = frozenset({"drill", "exercise", "maneuver", "manoeuvre", "war-game", "wargame"})
_TOGETHER = frozenset({"joint", "with", "together", "alongside", "combined", "bilateral",
                       "trilateral", "multinational", "allied", "international", "among",
                       "between"})


def _solo_drill(trigger: Any, support: Any) -> bool:
    """"Iran held large military exercises in the Gulf": drills one army holds alone are a
    show of force (150); "joint drills", "exercises with Russia", "China and Russia held
    drills" are military cooperation (062)."""
    heads = _heads(trigger, support)
    if not any(_lemma(t) in _DRILLS for h in heads for t in (h, *h.children)):
        return False
    if _phrase_words(trigger, support)[1] & _TOGETHER:
        return False
    verb = support if support is not None else trigger
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and not any(
        c.dep_ == "conj" or (c.dep_ == "cc" and c.lower_ == "and")
        for s in subjects for c in s.children) and _lemma(verb) not in (
        "join", "participate", "host")


#: Verbs of leaving a country, and who is made to: forces and missions (166), people (174).
_LEAVING = frozenset({"leave", "depart", "quit", "exit"})
_LANDS = frozenset({"country", "territory", "nation", "state", "region", "kingdom", "republic"})
#: Bodies sent away (166); diplomats ordered out are individuals expelled (174), as CAMEO
#: coders code them.
_MISSIONS = frozenset({"troop", "force", "soldier", "peacekeeper", "mission", "contingent",
                       "inspector", "observer", "monitor", "agency", "ngo"})


def _sent_away(trigger: Any) -> str | None:
    """"ordered French troops to leave the country", "told the ambassador to leave within 72
    hours": an expulsion of forces or missions (166) or of people (174), not a demand."""
    if _lemma(trigger) not in ("order", "tell", "instruct", "give") or not any(
            c.dep_ == "xcomp" and _lemma(c) in _LEAVING and all(
                o.ent_type_ in ("GPE", "LOC") or _lemma(o) in _LANDS
                for o in c.children if o.dep_ == "dobj")
            for c in trigger.children):
        return None  # "ordered residents to leave their homes" is an evacuation order
    # "three diplomats were ordered to leave Norway": the passive subject is the one sent
    sent = [c for c in trigger.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
    if not sent:
        return None
    return "166" if any(_lemma(o) in _MISSIONS for o in sent) else "174"


def _to_border(verb: Any) -> bool:
    """"Egypt sent troops and tanks to the border with Gaza": forces sent to a frontier are
    forces massed (154), not arms given."""
    heads = [verb, *(o for o in verb.children if o.dep_ == "dobj")]
    return verb.pos_ == "VERB" and any(
        p.dep_ in ("prep", "dative") and p.lower_ in ("to", "toward", "towards") and _lemma(g) in (
            "border", "frontier", "boundary") for h in heads for p in h.children
        for g in p.children if g.dep_ == "pobj")


#: Verbs by which talks end without a deal.
_FAILING = frozenset({"collapse", "fail", "founder", "stall", "falter", "break"})


def _talks_failed(noun: Any) -> bool:
    """"Talks between Israel and Hamas collapsed", "negotiations broke down": talks that end
    are talks halted (164)."""
    verb = noun.head
    return noun.pos_ == "NOUN" and noun.dep_ == "nsubj" and _lemma(verb) in _FAILING and (
        _lemma(verb) != "break" or any(c.lower_ == "down" for c in verb.children))


#: What one party asks of another: not considering it is refusing it.
_ASKED = frozenset({"request", "proposal", "offer", "bid", "application", "demand", "plea",
                    "appeal", "overture"})


def asked_of(verb: Any) -> bool:
    """"would not consider requests of this nature", "will not entertain the offer": the
    verb's object is a request or offer put to its subject."""
    return any(o.dep_ in ("dobj", "nsubjpass") and _lemma(o) in _ASKED for o in verb.children)


#: Forces whose alert is a police alert (151); any other force put on alert is the military's.
_POLICE = frozenset({"police", "policeman", "officer", "gendarme", "gendarmerie", "security",
                     "riot"})


def _alerted(verb: Any) -> str | None:
    """"placed its military on high alert" (152), "police were put on alert" (151): the kind
    of alert by the force put on it, whichever of put / place the lexicon row had."""
    forces = [o for o in verb.children if o.dep_ in ("dobj", "nsubjpass")]
    if not forces:
        return None
    return "151" if any(_lemma(t) in _POLICE for o in forces for t in (o, *o.children)
                        if t.dep_ in ("dobj", "nsubjpass", "compound", "amod")) else "152"


#: Whom an expulsion sends away, when the noun's "of" phrase names them.
_SENT_KINDS = {"ambassador": "174", "envoy": "174", "diplomat": "174", "attache": "174",
               "consul": "174", "correspondent": "174", "reporter": "174", "journalist": "174",
               "peacekeeper": "1661", "inspector": "1662", "observer": "1662", "monitor": "1662",
               "agency": "1663", "ngo": "1663"}


def _expelled(noun: Any) -> str:
    """"ordered the expulsion of ten Polish diplomats" (174, people, as the verb "expelled
    diplomats" is), "the expulsion of UN peacekeepers" (1661); else 166."""
    sent = [_SENT_KINDS.get(_lemma(g)) for p in noun.children if p.dep_ == "prep"
            and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return next((k for k in sent if k), "166")


def _asked_for(code: str, trigger: Any, support: Any) -> str:
    """"renewed calls for a ceasefire" (0256), "an appeal for humanitarian aid" (0233),
    "demands for the release of prisoners" (1053): the noun's "for" phrase read by the
    lexicon patterns of its verb."""
    verb, particle = _ASKING_NOUNS[_lemma(trigger)]
    asked = [t for p in trigger.children if p.dep_ == "prep" and p.lower_ == "for"
             for g in p.children if g.dep_ == "pobj" for t in (g, *g.conjuncts)]
    return _kind_asked(code, verb, particle, asked, trigger, support) or code


def _asked_by_verb(code: str, trigger: Any, support: Any) -> str | None:
    """"appealed to its allies for military aid" (0232), "pressed the IMF for a loan" (0231),
    "lobbied Washington for the release of the sailors" (1053): what an appeal or demand is
    "for", on the verb or on the one asked, read as "called for ..." reads it."""
    if trigger.pos_ != "VERB":
        return None
    holders = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    holders += [g for p in trigger.children if p.dep_ in ("prep", "dative") and p.lower_ != "for"
                for g in p.children if g.dep_ == "pobj"]
    asked = [t for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "for"
             for g in p.children if g.dep_ == "pobj" for t in (g, *g.conjuncts)]
    verb, particle = ("call", "for") if code == "020" else ("demand", "")
    return _kind_asked(code, verb, particle, asked, trigger, support)


def _kind_asked(code: str, verb: str, particle: str, asked: list[Any], trigger: Any,
                support: Any) -> str | None:
    """The code the lexicon patterns of ``verb`` give the things asked for, with the kind of
    aid their modifiers name ("military aid")."""
    from .event_parse import refine  # the parse helpers import this module
    for a in asked:
        # "tax cuts", "price controls": the noun, or the rule it is of
        words = {_lemma(a)} | {_lemma(c) for c in a.children if c.dep_ == "compound"}
        for pat in lexicon().verbs.get(verb, ()):
            if (pat.particle == particle and pat.code[:2] == code[:2] and pat.code != code
                    and words & pat.objects):
                kind = refine(pat.code, [a])  # a call for aid, not for cooperation
                if kind in _HUMANITARIAN and _phrase_words(trigger, support)[1] & _IN_NEED:
                    return _HUMANITARIAN[kind]
                return kind
    if code in ("020", "100") and any(
            _lemma(a) in _UPHOLDING_NOUNS and any(
                _lemma(g) in _RIGHTS for p in a.children if p.dep_ == "prep"
                and p.lower_ in ("for", "of") for g in p.children if g.dep_ == "pobj")
            for a in asked):
        return "0243" if code == "020" else "1043"  # "called for respect for the rights of"
    return None


#: Nouns of upholding rights asked for.
_UPHOLDING_NOUNS = frozenset({"respect", "protection", "restoration", "guarantee",
                              "safeguarding", "recognition"})


def _rejected(trigger: Any, support: Any) -> str | None:
    """The kind of a rejected request: "rejected calls for his resignation", "dismissed
    demands for a ceasefire", "rejected calls to resign"."""
    for h in _heads(trigger, support):
        for o in h.children:
            if o.dep_ != "dobj" or _lemma(o) not in _REQUESTS:
                continue
            asked = [g for p in o.children if p.dep_ == "prep" and p.lower_ == "for"
                     for g in p.children if g.dep_ == "pobj"]
            asked += [c for c in o.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                      and any(a.lower_ == "to" for a in c.children)]
            for a in asked:
                if _lemma(a) in _REJECTED:
                    return _REJECTED[_lemma(a)]
                if a.pos_ == "VERB" and _leader_changed(a):
                    return "1231"  # "rejected demands to restore the ousted president"
                if a.pos_ == "VERB" and _lemma(a) in _BEGINNING:
                    # "calls to resume talks", "a request to hold negotiations"
                    kinds = [_REJECTED[_lemma(g)] for g in a.children
                             if g.dep_ == "dobj" and _lemma(g) in _REJECTED]
                    if kinds:
                        return kinds[0]
                if a.pos_ == "VERB" and (act := _act_code(a)):
                    # "rejected calls to lift sanctions on Iran": the refusal of the act
                    return _REFUSED_YIELD.get(act) or _REFUSED_YIELD.get(act[:3])
            if ended := _ending_asked("100", o, None):
                # "rejected calls for an end to the war": the demand's kind, refused
                return _REFUSED_OF_DEMAND.get(ended)
            for a in asked:
                # "rejected demands for early elections": what the call asks, as "called
                # for early elections" reads it
                for pat in lexicon().verbs.get("call", ()):
                    if pat.particle == "for" and _lemma(a) in pat.objects and (
                            kind := _REFUSED_APPEAL.get(pat.code)):
                        return kind
    return None


#: Appeals by the rejection of what they ask.
_REFUSED_APPEAL = {"021": "121", "0211": "1211", "0212": "1212", "023": "122", "0231": "1221",
                   "0232": "1222", "0233": "1223", "0234": "1224", "024": "123",
                   "0241": "1231", "0242": "1232", "0243": "1233", "0244": "1234",
                   "0251": "1241", "0252": "1242", "0253": "1243", "0254": "1244",
                   "025": "124", "0255": "1245", "0256": "1246", "026": "125", "028": "126"}


#: Acts of yielding whose refusal has a code of its own (as "refused to lift sanctions").
_REFUSED_YIELD = {"085": "1244", "087": "1246", "0872": "1246", "0871": "1246", "081": "1241",
                  "082": "1242", "0841": "1243", "0842": "1243", "086": "1245", "0831": "1231",
                  "0832": "1232", "0833": "1233", "0834": "1234"}
#: Demands of yielding, and the refusal of what they ask.
_REFUSED_OF_DEMAND = {"1056": "1246", "1054": "1244", "1051": "1241", "1052": "1242",
                      "1042": "1232"}


def _act_code(verb: Any, compounds: bool = False) -> str | None:
    """The code the lexicon gives a verb with its object ("lift sanctions" 085), by a pattern
    that names the object (with ``compounds``, or a compound of it: "ban opposition
    rallies"); None for a pattern open to any object."""
    objs = {_lemma(o) for o in verb.children if o.dep_ == "dobj"}
    if compounds:
        objs |= {_lemma(c) for o in verb.children if o.dep_ == "dobj" for c in o.children
                 if c.dep_ == "compound"}
    prts = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    for pat in lexicon().verbs.get(_lemma(verb), ()):
        plain = pat.objects - SPECIAL_OBJECTS
        if (not pat.particle or pat.particle in prts) and plain & objs:
            return pat.code
    return None


def _for_justice(trigger: Any, support: Any, asked: bool = False) -> bool:
    """"agreed to cooperate with the investigation", "urged them to assist prosecutors",
    "promised to testify": the act promised or asked for serves an investigation or a court.
    Asked of another ("pressured Kyiv to launch an investigation"), opening an inquiry is
    too."""
    for h in _heads(trigger, support):
        for c in h.children:
            if c.dep_ != "xcomp":
                continue
            if _lemma(c) == "testify":
                return True
            if asked and _lemma(c) in _OPENING and any(
                    g.dep_ == "dobj" and _lemma(g) in _PROBES for g in c.children):
                return True
            if _lemma(c) not in _HELPING:
                continue
            if any(d.dep_ in ("xcomp", "ccomp") and _lemma(d) in _PROBING for d in c.children):
                return True  # "asked Panama to help investigate the ring"
            helped = [g for g in c.children if g.dep_ == "dobj"] + [
                g for p in c.children if p.dep_ == "prep" and p.lower_ in ("with", "in")
                for g in p.children if g.dep_ == "pobj"]
            if any(_lemma(g) in _JUSTICE for g in helped):
                return True
    return False


def _failing(trigger: Any, support: Any) -> bool:
    """An accusation of failings only: "accused him of weakness", "accusations of hypocrisy",
    with the "of" on the verb or, as the parser may hang it, on the one accused."""
    heads = _heads(trigger, support)
    objs = [c for h in heads for c in h.children if c.dep_ == "dobj"]
    own: list[Any] = []
    failings = 0
    for h in (*heads, *objs):
        preps = [c for c in h.children if c.dep_ == "prep" and c.lower_ == "of"]
        for c in (*preps, *(d for p in preps for d in p.conjuncts)):
            if h not in objs and any(g.dep_ == "pcomp" for g in c.children):
                return False  # "of weakness and of spying on them"
            for g in c.children:
                for t in (g, *g.conjuncts) if g.dep_ == "pobj" else ():
                    failings += _lemma(t) in _FAILINGS
                    if h not in objs:
                        own.append(t)
    return failings > 0 and all(_lemma(t) in _FAILINGS for t in own)


#: Visits a meeting is held on, and who is visiting: the subject (042) or the one met (043).
_VISITS = frozenset({"visit", "trip", "tour"})


def _visit(trigger: Any, support: Any) -> str | None:
    """"met Xi during a state visit to Beijing", "during his visit to Moscow, Modi met Putin",
    "the visiting Iraqi premier met Erdogan": the visitor's meeting is a visit (042); "held
    talks with the visiting Iraqi premier" is the host's (043). A visit of someone named
    ("during Xi's visit") or a visit told in another clause leaves the meeting 040."""
    kind = None
    heads = _heads(trigger, support)
    # the one met: the object, or the "with" phrase of the verb or of its object ("held
    # talks with the visiting premier")
    met = [c for h in heads for c in h.children if c.dep_ == "dobj"]
    met += [g for h in (*heads, *met) for p in h.children
            if p.dep_ == "prep" and p.lower_ == "with" for g in p.children if g.dep_ == "pobj"]
    if any(_visiting(m) for m in met):
        return "043"
    for h in heads:
        for c in h.children:
            if c.dep_ == "nsubj" and _visiting(c):
                kind = "042"
            if c.dep_ == "prep" and c.lower_ in ("during", "on"):
                for g in c.children:
                    if g.dep_ == "pobj" and _lemma(g) in _VISITS and not any(
                            d.dep_ == "poss" and d.pos_ != "PRON" for d in g.children):
                        kind = "042"
    return kind


def _visiting(tok: Any) -> bool:
    return any(c.dep_ == "amod" and c.lower_ == "visiting" for c in tok.children)


#: Groupings that, named for trade, are economic cooperation: "joined the customs union".
_GROUPINGS = frozenset({"union", "bloc", "area", "zone", "community", "market", "partnership",
                        "pact", "agreement", "organization", "organisation", "association"})
_ECONOMIC = frozenset({"trade", "trading", "customs", "custom", "economic", "free-trade",
                       "monetary", "currency", "commercial", "tariff"})


#: Acts of entering a grouping or agreement.
_ENTERING = frozenset({"join", "sign", "ratify", "enter", "accede"})


def _economic_grouping(trigger: Any) -> bool:
    """"joined the customs union", "promised to sign the free trade agreement": entering a
    grouping or agreement of trade is economic cooperation (061, its intent 0311)."""
    acts = [trigger] if _lemma(trigger) in _ENTERING else [
        c for c in trigger.children if c.dep_ == "xcomp" and _lemma(c) in _ENTERING]
    objs = [c for a in acts for c in a.children if c.dep_ == "dobj" and _lemma(c) in _GROUPINGS]
    return any(_lemma(m) in _ECONOMIC or m.lower_ in _ECONOMIC
               for o in objs for m in o.subtree if m is not o)


def specify_intent(code: str, trigger: Any, support: Any = None) -> str:
    """An act announced for the future, recoded as an intent, takes the kind its phrase
    names: "will sign the free trade agreement" is an intent to cooperate economically."""
    if code == "032" and _economic_grouping(trigger):
        return "0311"
    return "037" if code == "032" and _settling(trigger) else code


#: Changes of policy whose object is an institution: the constitution, the courts, elections
#: (CAMEO's "change in institutions, regime").
_INSTITUTIONAL = {"0242": "0244", "0342": "0344", "1042": "1044", "1232": "1234",
                  "0832": "0834", "024": "0244", "034": "0344", "104": "1044", "123": "1234",
                  "083": "0834"}
_INSTITUTIONS = frozenset({"constitution", "constitutional", "judiciary", "electoral"})


def _institutional(trigger: Any, support: Any) -> bool:
    """"proposed amending the constitution", "demanded electoral reform": the change asked,
    promised or refused is one of institutions. Read in the phrase and in the complement that
    tells the change."""
    toks = [t for h in _heads(trigger, support) for t in _phrase(h)]
    toks += [t for h in _heads(trigger, support) for c in h.children
             if c.dep_ in ("xcomp", "ccomp") for t in c.subtree]
    return bool(({_lemma(t) for t in toks} | {t.lower_ for t in toks}) & _INSTITUTIONS)


#: Verbs of helping: "helped negotiate" is a go-between's part in the talks.
_AIDING = frozenset({"help", "assist", "facilitate"})
#: Deeds that are failings, not wrongs: "accused him of mishandling the crisis".
_FAILING_DEEDS = frozenset({"neglect", "fail", "mishandle", "mismanage", "squander", "botch",
                            "bungle"})


def _failing_deed(trigger: Any, support: Any) -> bool:
    """"accused the Fed chair of putting jobs at risk", "accused the government of
    mishandling the crisis": the deed an accusation is "of" is a failing of office, so criticism."""
    heads = _heads(trigger, support)
    objs = [c for h in heads for c in h.children if c.dep_ == "dobj"]
    deeds = [g for h in (*heads, *objs) for p in h.children
             if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    if not deeds or any(g.dep_ != "pcomp" for g in deeds):
        return False
    for g in deeds:
        risk = _lemma(g) == "put" and any(
            p.dep_ == "prep" and p.lower_ == "at" and any(_lemma(r) in ("risk", "danger")
                                                         for r in p.children)
            for p in g.children)
        if not (risk or _lemma(g) in _FAILING_DEEDS):
            return False
    return True


#: Cooperation, asked, promised, refused or given, by the prefix its kind's digit completes.
_COOPERATION_OF = {"050": "06", "060": "06", "030": "031", "031": "031", "032": "031",
                   "020": "021", "021": "021", "022": "021", "100": "101", "101": "101",
                   "102": "101", "120": "121", "121": "121"}
_COOPERATION = frozenset({"cooperation", "co-operation", "collaboration", "partnership", "tie",
                          "relation", "link"})
#: Kinds of cooperation by the digit CAMEO gives them: economic, military, judicial,
#: intelligence.
_COOPERATION_KINDS = (
    ("1", frozenset({"economic", "trade", "business", "investment", "commercial", "financial",
                     "economy"})),
    ("2", frozenset({"military", "defence", "defense", "security", "naval", "army"})),
    ("3", frozenset({"judicial", "legal", "law-enforcement", "extradition"})),
    ("4", frozenset({"intelligence"})),
)


#: Aid codes a pattern gives by a modifier ("military") that, on cooperation, are
#: cooperation of that kind ("pledged military cooperation"): their general code.
_AID_AS_COOPERATION = {"0331": "031", "0332": "031", "033": "031", "0231": "021",
                       "0232": "021", "023": "021", "1031": "101", "1032": "101", "103": "101",
                       "071": "060", "072": "060", "070": "060"}


def _cooperation_kind(trigger: Any, support: Any, objects: bool = False) -> str | None:
    """"agreed to boost economic cooperation" (0311), "sought closer defence ties" (0212):
    the kind of cooperation its own modifiers name. With ``objects``, only of cooperation
    that is the object itself ("pledged military cooperation", not "pledged military aid
    for their cooperation")."""
    heads = _heads(trigger, support)
    toks = [t for h in heads for t in (h, *_phrase(h))]
    toks += [t for h in heads for c in h.children if c.dep_ == "xcomp" for t in c.subtree]
    if objects:
        toks = [t for t in toks if t.dep_ == "dobj" or t in heads]
    mods = {_lemma(m) for t in toks if _lemma(t) in _COOPERATION
            for m in t.children if m.dep_ in ("amod", "compound", "nmod")}
    for digit, words in _COOPERATION_KINDS:
        if mods & words:
            return digit
    return None


#: Formal agreements, and what an agreement that settles a dispute ends or settles.
_AGREEMENTS = frozenset({"agreement", "deal", "accord", "treaty", "pact", "settlement",
                         "arrangement", "compromise"})
_ENDING = frozenset({"end", "resolve", "settle", "lift"})
_DISPUTES = frozenset({"dispute", "conflict", "row", "standoff", "blockade", "feud", "war",
                       "crisis", "quarrel"})


def _settling(trigger: Any) -> bool:
    """"hoped to reach an agreement with Poland to end the blockade", "will sign a deal to
    settle the border dispute": an agreement promised that ends a dispute is an intent to
    settle it (037)."""
    acts = [trigger, *(c for c in trigger.children if c.dep_ == "xcomp")]
    deals = [o for a in acts for o in a.children if o.dep_ == "dobj" and _lemma(o) in _AGREEMENTS]
    ends = [c for d in deals for c in d.children if c.dep_ == "acl"]
    ends += [c for a in acts if deals for c in a.children if c.dep_ == "advcl"]
    if any(_lemma(e) in _ENDING and any(_lemma(o) in _DISPUTES for o in e.children
                                         if o.dep_ == "dobj") for e in ends):
        return True
    return any(p.dep_ == "prep" and p.lower_ in ("on", "over", "to") and any(
        _lemma(g) in _DISPUTES for g in p.children if g.dep_ == "pobj")
        for d in deals for p in d.children)


#: Those whose endorsement of a treaty is its ratification.
_LEGISLATURES = frozenset({"parliament", "senate", "congress", "assembly", "legislature",
                           "lawmaker", "legislator", "mp", "deputy", "cabinet", "duma",
                           "bundestag", "knesset", "diet", "house"})


def _ratifying(trigger: Any) -> bool:
    """"Hungary's parliament endorsed the treaty": a legislature approving a formal agreement
    ratifies it (057); a leader welcoming a deal praises it (051)."""
    return _lemma(trigger) in ("endorse", "approve", "back", "adopt") and any(
        c.dep_ == "dobj" and _lemma(c) in _AGREEMENTS for c in trigger.children) and any(
        c.dep_ == "nsubj" and _lemma(c) in _LEGISLATURES for c in trigger.children)


#: Things proposed that, rejected, are a plan to settle a dispute (127) only when they are
#: one: "rejected the peace proposal" is 127, "rejected Tajikistan's proposal" only 120.
_PROPOSALS = frozenset({"proposal", "offer", "idea", "bid", "initiative", "draft",
                        "resolution", "suggestion", "bill", "motion", "budget", "measure",
                        "legislation", "law"})
#: Plans and deals: a rejected truce deal is a plan to settle (127), not a refusal to stop
#: fighting (1246).
_PLANS = frozenset({"plan", "proposal", "deal", "agreement", "offer", "initiative", "draft",
                    "accord", "framework", "roadmap", "blueprint"})
_SETTLING = frozenset({"peace", "ceasefire", "cease-fire", "truce", "settlement", "solution",
                       "deal", "agreement", "accord", "armistice", "two-state", "reconciliation",
                       "normalization", "normalisation", "resolution", "compromise"})


def _plan_rejected(code: str, trigger: Any, support: Any) -> str | None:
    """"rejected a proposed truce deal" is a plan to settle rejected (127), "rejected the
    ceasefire" a refusal to de-escalate (1246); "rejected the proposal of Tajikistan" names no
    plan to settle a dispute, so is a rejection (120)."""
    objs = [o for h in _heads(trigger, support) for o in h.children
            if o.dep_ in ("dobj", "nsubjpass")]
    objs += [g for h in _heads(trigger, support) for p in h.children
             if p.dep_ == "prep" and p.lower_ == "against" for g in p.children
             if g.dep_ == "pobj"]  # "voted against the bill"
    for o in objs:
        if code == "1246" and _lemma(o) in _PLANS:
            return "127"
        if code == "127" and _lemma(o) in _PROPOSALS and not any(
                _lemma(t) in _SETTLING or t.lower_ in _SETTLING
                for t in o.subtree if t is not o):
            # "rejected Beijing's offer of economic cooperation": cooperation of a kind
            kind = _cooperation_kind(trigger, support)
            return "121" + kind if kind in ("1", "2") else "120"
    return None


#: What an appeal or demand asks to be respected: rights (0243, 1043).
_RIGHTS = frozenset({"right", "freedom", "liberty"})
#: Rules and decisions an appeal asks to be changed, stopped or passed: a change of policy.
_POLICIES = frozenset({"law", "bill", "policy", "decision", "decree", "legislation", "plan",
                       "project", "programme", "program", "reform", "ban", "measure", "rule",
                       "regulation", "order", "tariff", "tax", "budget", "construction",
                       "expansion", "execution", "sentence", "deportation", "moratorium",
                       "lockdown", "restriction", "curfew", "mandate", "deadline", "limit",
                       "quota", "cap", "subsidy", "price", "hike", "fee", "rate"})
_POLICY_ACTS = frozenset({"veto", "halt", "stop", "suspend", "withdraw", "drop", "abandon",
                          "shelve", "freeze", "end", "review", "reconsider", "rethink", "revoke",
                          "rescind", "repeal", "scrap", "reverse", "overturn", "cancel",
                          "block", "pass", "adopt", "approve", "sign", "delay", "postpone",
                          "amend", "change", "commute", "abolish", "lift", "impose",
                          "introduce", "enact", "implement", "tighten", "ease", "relax",
                          "extend"})
#: "take action on climate change", "act on the crisis": a change of policy asked.
_ACTING = frozenset({"action", "step", "measure"})
#: What is asked to be done to people or things held: a release (0253, 1053).
_RETURNING = frozenset({"return", "release", "free", "repatriate", "restore", "hand",
                        "give", "send"})
#: Verbs of armed escalation: asked not to do one, an actor is asked to de-escalate.
_ESCALATING = frozenset({"attack", "invade", "strike", "bomb", "escalate", "retaliate",
                         "launch", "shell", "advance", "send", "deploy", "use", "respond",
                         "storm", "enter", "expand"})
_ARMED = frozenset({"attack", "offensive", "operation", "strike", "invasion", "troop", "force",
                    "weapon", "missile", "incursion", "assault", "raid", "escalation"})


def _asked_change(code: str, trigger: Any, support: Any) -> str | None:
    """The kind of an appeal or demand read in the act it asks for: "urged Egypt to respect
    freedom of expression" (0243), "urged the president to veto the bill" (0242), "urged
    Israel not to launch a ground offensive" (0256), "pressured him not to commute the
    sentence" (1042: not a call for release)."""
    appeal = code[:2] == "02"
    comps = [c for h in _heads(trigger, support) for c in h.children
             if c.dep_ == "xcomp" or (c.dep_ == "ccomp" and not appeal) or (
                 c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for"
                                           for m in c.children))]
    comps += [d for c in comps for d in c.conjuncts if d.pos_ == "VERB"]
    for c in comps:
        if code in ("020", "100") and _lemma(c) in _RETURNING and any(
                d.dep_ == "auxpass" for d in c.children):
            return "0253" if appeal else "1053"  # "called for the statue to be returned"
        negated = any(d.dep_ == "neg" for d in c.children)
        objs = [o for d in c.children if d.dep_ == "dobj" for o in (d, *d.conjuncts)]
        if negated and (_lemma(c) in _ESCALATING and (
                _lemma(c) in ("attack", "invade", "bomb", "shell", "escalate", "retaliate",
                              "storm") or any(_lemma(o) in _ARMED for o in objs))):
            return "0256" if appeal else "1056"
        if code not in ("020", "100") and not (negated and code[:3] in ("025", "105")):
            continue
        if code in ("020", "100") and _lemma(c) in _UPHOLDING and any(
                _lemma(o) in _RIGHTS for o in objs):
            return "0243" if appeal else "1043"
        if appeal and code == "020" and _lemma(c) in _ENDING and any(
                _lemma(o) in _DISPUTES or o.lower_ == "differences" for o in objs):
            return "027"  # "urged Serbia and Kosovo to resolve their dispute"
        if code in ("020", "100") and _lemma(c) in _HOLDING and any(
                _lemma(o) in _VOTES for o in objs):
            return "024" if appeal else "104"  # "urged the junta to hold free elections"
        if code in ("020", "100") and _lemma(c) == "refrain" and any(
                _lemma(g) in _ARMED | _VIOLENCE or any(
                    _lemma(m) in _VIOLENCE for m in g.children if m.dep_ == "amod")
                for p in c.children if p.dep_ == "prep" and p.lower_ == "from"
                for g in p.children if g.dep_ == "pobj"):
            return "0256" if appeal else "1056"  # "urged both sides to refrain from violence"
        acting = (_lemma(c) == "act" or (_lemma(c) == "take" and any(
            _lemma(o) in _ACTING for o in objs))) and any(
            p.dep_ == "prep" and p.lower_ in ("on", "against") for h in (c, *objs)
            for p in h.children)
        if acting or (_lemma(c) in _POLICY_ACTS and any(_lemma(o) in _POLICIES for o in objs)):
            return "0242" if appeal else "1042"
    return None


#: Appeals, demands and intents whose act puts in or removes a leader (0241, 1041, 0341).
_LEADER_CHANGE_OF = {"020": "0241", "100": "1041", "030": "0341"}
_REINSTATING = frozenset({"reinstate", "restore", "return"})
_REMOVING = frozenset({"oust", "remove", "replace", "depose", "dismiss", "sack", "impeach",
                       "fire", "unseat", "topple", "overthrow"})
_LEADERS = frozenset({"president", "leader", "minister", "premier", "government", "ruler",
                      "head", "chief", "governor", "mayor", "chancellor", "king", "monarch",
                      "cabinet", "regime"})


def _leader_changed(verb: Any) -> bool:
    """"to reinstate the ousted president", "restore Bazoum to power", "to remove the prime
    minister": an act that puts a leader in office or takes one out."""
    lemma = _lemma(verb)
    if lemma not in _REINSTATING | _REMOVING:
        return False
    objs = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    if lemma in _REINSTATING and any(
            p.dep_ == "prep" and p.lower_ == "to" and any(_lemma(g) in ("power", "office")
                                                          for g in p.children)
            for p in verb.children):
        return True  # "restore Bazoum to power"
    return any(_lemma(o) in _LEADERS or (o.ent_type_ == "PERSON" and lemma in _REMOVING) or any(
        _lemma(c) in _LEADERS for c in o.children if c.dep_ == "compound") for o in objs)


def _policy_asked(trigger: Any, support: Any) -> bool:
    """"urged Ottawa to ban menthol cigarettes", "asked the administration to tighten export
    controls", "urged the government to take action to curb gambling": the act asked for
    changes the rules, as the coder reads an appeal's complement."""
    from .event_parse import changes_policy  # the parse helpers import this module
    verb = support if support is not None else trigger
    if verb.pos_ != "VERB":
        return False
    acts = [c for c in verb.children if c.dep_ == "xcomp"]
    if any((_act_code(a) or "172")[:3] != "172" for a in acts):
        return False  # "urged Qatar to cut ties with Hamas": an act of its own kind
    if changes_policy(verb):
        return True
    # "to act to curb ...", "to take action to tackle ...": acting on a problem
    aims = [c for a in acts if _lemma(a) == "act" for c in a.children
            if c.dep_ in ("xcomp", "advcl")]
    aims += [c for a in acts if _lemma(a) == "take" for o in a.children
             if o.dep_ == "dobj" and _lemma(o) in _ACTING for c in o.children
             if c.dep_ in ("acl", "relcl")]
    return any(c.pos_ == "VERB" and _lemma(c) in _TACKLING for c in aims)


#: What acting on a problem does: a change of the rules asked ("act to curb gambling").
_TACKLING = frozenset({"curb", "tackle", "address", "combat", "stop", "prevent", "protect",
                       "regulate", "reduce", "end", "limit", "fight", "ban", "restrict",
                       "control", "lower", "cut", "strengthen", "improve", "reform"})


#: Nouns of ending, easing or pausing something, with the verb whose lexicon patterns tell
#: what is ended ("an end to the fighting" as "end the fighting").
_ENDING_NOUNS = {"end": "end", "halt": "halt", "cessation": "cease", "lifting": "lift",
                 "easing": "ease", "removal": "remove", "pause": "halt", "suspension": "suspend",
                 "stop": "stop", "relaxation": "relax", "withdrawal": "withdraw",
                 "scrapping": "scrap"}
#: Appeals and demands that may ask for an end: the generic ones and those whose pattern only
#: names the ending ("called for an end to ..." 025, "demanded an end to ..." 1042, "called
#: for the removal of ..." 0241, "demanded the withdrawal of ..." 106).
_YIELDING_CODES = frozenset({"020", "025", "100", "105", "1042", "0241", "1041", "106"})
#: Yielding acts ended or eased, by the appeal (02) and demand (10) for them: military action
#: (0256), sanctions (0254), administrative restrictions (0251), protest (0252), a policy (0242).
_YIELD_ASKED = {"087": ("0256", "1056"), "085": ("0254", "1054"), "081": ("0251", "1051"),
                "082": ("0252", "1052"), "0832": ("0242", "1042")}


_CHANGES = frozenset({"change", "amendment", "reform", "overhaul", "revision", "tightening",
                      "relaxation", "rollback", "repeal", "reversal", "abolition", "scrapping",
                      "loosening"})


def _policy_changed(trigger: Any, support: Any) -> bool:
    """"called for changes to the immigration law", "demanded an overhaul of the tax":
    a reform asked of a rule or policy named is a change of policy (0242, 1042)."""
    heads = _heads(trigger, support)
    asked = [c for h in heads for c in h.children if c.dep_ == "dobj"]
    asked += [g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "for"
              for g in p.children if g.dep_ == "pobj"]
    return any(_lemma(a) in _CHANGES and any(
        _lemma(t) in _POLICIES for p in a.children if p.dep_ == "prep" and p.lower_ in (
            "to", "of", "in") for g in p.children if g.dep_ == "pobj"
        for t in (g, *(c for c in g.children if c.dep_ == "compound"))) for a in asked)


def _ending_asked(code: str, trigger: Any, support: Any) -> str | None:
    """"called for an end to the fighting" (0256), "urged the lifting of the embargo on Cuba"
    (0254), "demanded an end to the curfew" (1051): an appeal or demand for the end of
    something, read as the verb of ending reads its object."""
    heads = _heads(trigger, support)
    asked = [c for h in heads for c in h.children if c.dep_ == "dobj"]
    asked += [g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "for"
              for g in p.children if g.dep_ == "pobj"]
    for a in (t for g in asked for t in (g, *g.conjuncts)):
        verb = _ENDING_NOUNS.get(_lemma(a))
        if verb is None:
            continue
        ended = [g for p in a.children if p.dep_ == "prep" and p.lower_ in ("of", "to", "in", "on")
                 for g in p.children if g.dep_ == "pobj"]
        ended += [o for g in ended for p in g.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"]  # "the state of emergency"
        words = {_lemma(t) for g in ended for t in (g, *g.conjuncts, *(
            c for c in g.children if c.dep_ in ("compound", "amod")))}
        strikes = [g for g in ended if _lemma(g) == "strike"]
        if strikes and not any(_labour_strike(g, trigger, support) for g in strikes):
            # "a pause in Israeli strikes", "an end to drone strikes": armed; "the strikes"
            # may be either
            armed = any(m.ent_type_ == "NORP" or _lemma(m) in _ARMS for g in strikes
                        for m in g.children if m.dep_ in ("amod", "compound"))
            words = (words - {"strike"}) | ({"airstrike"} if armed else set())
        for pat in lexicon().verbs.get(verb, ()):
            if pat.particle or not pat.objects & words:
                continue
            kinds = _YIELD_ASKED.get(pat.code) or _YIELD_ASKED.get(pat.code[:3])
            if kinds and (code != "106" or kinds[1] == "1042"):
                # a demanded withdrawal of forces is its own code (106); of a bill, a policy
                return kinds[0] if code[:2] == "02" else kinds[1]
    return None


#: Votes an appeal may ask to be held: a call for political reform (024).
_HOLDING = frozenset({"hold", "organise", "organize", "call", "allow", "stage"})
_VOTES = frozenset({"election", "referendum", "poll", "vote"})
#: What one is asked to refrain from that makes the appeal one to de-escalate.
_VIOLENCE = frozenset({"violence", "provocation", "provocative", "retaliation", "hostility",
                       "escalation", "escalatory", "military", "aggression", "bloodshed"})


_COURTS = frozenset({"court", "tribunal"})


def _to_court(trigger: Any, support: Any) -> bool:
    """A complaint filed in, with or before a court."""
    heads = _heads(trigger, support)
    heads += [o for h in heads for o in h.children if o.dep_ == "dobj"]
    return any(p.dep_ == "prep" and p.lower_ in ("in", "with", "before", "to", "at") and any(
        g.dep_ == "pobj" and _lemma(g) in _COURTS for g in p.children)
        for h in heads for p in h.children)


#: Those whose fine or order to pay is a finding of liability (116), not a sanction.
_BENCH = frozenset({"court", "judge", "tribunal", "jury", "magistrate"})
_DAMAGES = frozenset({"damage", "damages", "compensation", "fine", "restitution", "penalty"})


def _court_finding(trigger: Any) -> bool:
    """"the judge ordered the newspaper to pay damages": a court that awards damages finds
    liable; its order is no demand."""
    judges = [c for c in trigger.children if c.dep_ == "nsubj"] + [
        g for a in trigger.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    if not any(_lemma(j) in _BENCH for j in judges):
        return False
    return _lemma(trigger) == "order" and any(
        c.dep_ == "xcomp" and _lemma(c) == "pay" and any(
            o.dep_ == "dobj" and (_lemma(o) in _DAMAGES or o.lower_ in _DAMAGES)
            for o in c.children) for c in trigger.children)


#: Ways in and out of a country that, closed to another's traffic, make an embargo.
_GATEWAYS = frozenset({"airspace", "port", "seaport", "airport"})
_TRAFFIC = frozenset({"flight", "plane", "aircraft", "airline", "ship", "vessel", "carrier",
                      "airliner", "shipping", "cargo", "truck", "lorry"})


def _closed_to(trigger: Any) -> bool:
    """"closed its airspace to Israeli flights", "shut its ports to Russian ships"."""
    if _lemma(trigger) not in ("close", "shut"):
        return False
    heads = [trigger, *(o for o in trigger.children if o.dep_ == "dobj")]
    return any(_lemma(o) in _GATEWAYS for o in heads[1:]) and any(
        p.dep_ == "prep" and p.lower_ in ("to", "for") and any(
            g.dep_ == "pobj" and _lemma(g) in _TRAFFIC for g in p.children)
        for h in heads for p in h.children)


#: Targets of a restriction that stays administrative when they are foreign: the press, the
#: opposition, churches, schools, charities, unions, and armed or criminal groups proscribed
#: (CAMEO 172, 1721).
_RIGHTS_HOLDERS = frozenset({"MED", "OPP", "REL", "EDU", "NGO", "LAB", "JUD", "REB", "INS",
                             "UAF", "CRM", "SPY"})
#: Words of a ban that keeps another country's firms, goods or people out.
_BANNING = frozenset({"ban", "bar", "prohibit", "suspend", "restrict", "restriction", "deny",
                      "exclude", "block"})


def foreign_restriction(code: str, trigger: Any, sources: list[Any], targets: list[Any]) -> str:
    """"China banned Lithuanian beef", "Turkey barred Israeli ships from its ports",
    "restrictions on flights to Cuba": a state's ban aimed at another country, its firms or
    its goods is an embargo or sanction (163), not an administrative restriction at home
    (172); a group designated or a border sealed stays 172."""
    if code != "172" or _lemma(trigger) not in _BANNING or not sources or not targets:
        return code
    own = {a.country for a in sources}
    if None in own or not all(a.actor_code == a.country or (a.actor_code or "").endswith("GOV")
                              for a in sources):
        return code
    if any(t.country is None or t.country in own
           or (t.actor_code or "")[-3:] in _RIGHTS_HOLDERS for t in targets):
        return code
    return "163"
