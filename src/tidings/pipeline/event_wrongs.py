"""Wrongdoings and the CAMEO accusations they make: "committed fraud" and "broke the law" are
crimes (1121), "tortured prisoners" a human-rights abuse (1122), "meddled in the vote"
aggression (1123), "war crimes" 1124, "spied" espionage (1125), "lied" an accusation (112).

Shared by the lexicon-driven coder ("accused X of stealing funds") and the reader of reported
words ("X said Y broke the law")."""

from __future__ import annotations

from typing import Any

from .event_lemmas import lemma as _lemma

CRIME, RIGHTS, AGGRESSION, WAR_CRIMES, ESPIONAGE, ACCUSE = (
    "1121", "1122", "1123", "1124", "1125", "112")
#: Wrongdoings named by a noun ("committed fraud", "guilty of treason"), by two words first.
_WRONG_PHRASES = {
    "war crime": WAR_CRIMES, "ethnic cleansing": WAR_CRIMES, "crime against humanity":
    WAR_CRIMES, "human right": RIGHTS, "rights abuse": RIGHTS, "rights violation": RIGHTS,
    "money laundering": CRIME, "tax evasion": CRIME, "tax fraud": CRIME,
    "election fraud": CRIME, "voter fraud": CRIME, "arbitrary arrest": RIGHTS,
    "arbitrary detention": RIGHTS, "enforced disappearance": RIGHTS,
    "extrajudicial killing": RIGHTS, "police brutality": RIGHTS,
    "sexual harassment": CRIME, "sexual assault": CRIME, "sexual abuse": CRIME,
    "vote buying": CRIME, "vote-buying": CRIME, "excessive force": RIGHTS,
}
_WRONG_NOUNS = {
    **dict.fromkeys(("crime", "fraud", "corruption", "bribery", "embezzlement", "theft",
                     "perjury", "murder", "laundering", "extortion", "racketeering",
                     "smuggling", "obstruction", "graft", "misconduct", "felony", "terrorism",
                     "cover-up", "coverup", "misappropriation", "trafficking"), CRIME),
    **dict.fromkeys(("torture", "persecution", "discrimination", "oppression",
                     "enslavement", "crackdown", "repression"), RIGHTS),
    **dict.fromkeys(("aggression", "interference", "meddling"), AGGRESSION),
    **dict.fromkeys(("genocide", "atrocity", "massacre"), WAR_CRIMES),
    **dict.fromkeys(("espionage", "spying", "treason", "hacking", "sabotage", "subversion"),
                    ESPIONAGE),
    **dict.fromkeys(("violation", "wrongdoing", "deception", "collusion"), ACCUSE),
}
#: Verbs that commit a wrongdoing named by their object ("committed fraud").
_COMMITTING = frozenset({"commit", "perpetrate"})
#: Laws and rules: breaking one is a crime.
_LAWS = frozenset({"law", "rule", "constitution", "statute", "regulation", "ethic", "ethics",
                   "oath", "sanction", "embargo", "tax"})
#: Help given to armed groups: said of a state by another, an accusation ("said Iran arms
#: the rebels"), not the help itself.
_ARMING = frozenset({"fund", "finance", "support", "arm", "back", "sponsor", "harbor", "harbour",
                     "shelter", "train", "equip", "bankroll"})
_ARMED_GROUPS = frozenset({"terrorist", "terrorism", "terror", "militant", "extremist", "jihadist",
                           "insurgent", "insurgency", "militia", "rebel", "separatist",
                           "guerrilla", "paramilitary", "proxy"})
#: Verbs and objects that name a wrongdoing together, in the order they are tried.
_WRONG_PAIRS: tuple[tuple[frozenset[str], frozenset[str], str], ...] = (
    # captives of war killed or tortured: a war crime; the condemned or detained: an abuse
    (frozenset({"execute", "kill", "murder", "shoot", "torture", "mistreat", "abuse"}),
     frozenset({"prisoner of war", "pow", "captive", "captured soldier", "wounded soldier",
                "surrendering soldier", "hostage"}), WAR_CRIMES),
    (frozenset({"execute"}), frozenset({"civilian", "villager", "resident"}), WAR_CRIMES),
    (frozenset({"execute", "hang", "torture"}),
     frozenset({"prisoner", "detainee", "protester", "protestor", "dissident", "activist",
                "child", "juvenile", "minor", "inmate", "opponent", "critic"}), RIGHTS),
    (frozenset({"violate", "abuse", "trample", "infringe", "breach"}),
     frozenset({"right", "human right"}), RIGHTS),
    (frozenset({"violate", "breach", "infringe", "encroach"}),
     frozenset({"sovereignty", "airspace", "territory", "border", "integrity", "water"}),
     AGGRESSION),
    (frozenset({"break", "violate", "flout", "breach", "contravene", "circumvent", "evade",
                "dodge", "bust"}), _LAWS, CRIME),
    (frozenset({"violate", "breach", "break"}),
     frozenset({"ceasefire", "cease-fire", "truce", "armistice"}), AGGRESSION),
    (frozenset({"violate", "breach", "break", "renege"}),
     frozenset({"agreement", "accord", "treaty", "deal", "resolution", "promise", "pledge",
                "commitment", "obligation", "convention", "charter"}), ACCUSE),
    (frozenset({"abuse", "misuse"}),
     frozenset({"power", "office", "position", "authority", "fund", "money", "privilege",
                "post"}), CRIME),
    (frozenset({"abuse", "mistreat", "brutalize", "brutalise"}),
     frozenset({"prisoner", "detainee", "child", "woman", "minority", "protester",
                "civilian", "migrant", "refugee", "worker", "people"}), RIGHTS),
    (frozenset({"steal", "pass", "sell", "leak"}),
     frozenset({"secret", "classified document", "classified information",
                "classified material"}), ESPIONAGE),
    (_ARMING, _ARMED_GROUPS, ACCUSE),
    (frozenset({"divert", "funnel", "channel", "pocket", "skim", "misuse"}),
     frozenset({"fund", "money", "wage", "salary", "revenue", "profit", "cash", "proceeds",
                "aid", "donation", "budget", "earnings"}), CRIME),
    (frozenset({"obstruct", "pervert", "impede"}),
     frozenset({"justice", "investigation", "inquiry", "probe"}), CRIME),
    (frozenset({"rig", "steal", "fix", "buy"}),
     frozenset({"election", "vote", "ballot", "poll", "referendum", "race"}), CRIME),
    (frozenset({"use", "employ"}), frozenset({"excessive force"}), RIGHTS),
    (frozenset({"use", "deploy", "employ", "drop", "fire"}),
     frozenset({"chemical weapon", "biological weapon", "nerve agent", "barrel bomb",
                "cluster munition", "cluster bomb", "white phosphorus", "poison gas"}),
     WAR_CRIMES),
    (frozenset({"harass", "ram", "intercept", "board"}),
     frozenset({"vessel", "ship", "boat", "fisherman", "aircraft", "plane", "crew",
                "coast guard", "warship", "patrol"}), AGGRESSION),
    (frozenset({"take", "accept", "receive", "pay", "solicit", "pocket"}),
     frozenset({"bribe", "kickback", "payoff", "backhander"}), CRIME),
    (frozenset({"hide", "conceal", "bury", "suppress", "destroy", "shred"}),
     frozenset({"evidence", "record", "document", "file"}), CRIME),
    (frozenset({"fabricate", "falsify", "doctor", "forge", "fake", "manipulate"}),
     frozenset({"evidence", "document", "data", "result", "figure", "record", "signature",
                "vote", "ballot", "election", "statistic"}), CRIME),
    (frozenset({"spread", "disseminate", "peddle", "push", "plant", "fabricate"}),
     frozenset({"disinformation", "misinformation", "lie", "propaganda", "falsehood",
                "false information", "fake news", "conspiracy theory"}), ACCUSE),
    (frozenset({"incite", "stoke", "foment", "instigate"}),
     frozenset({"violence", "hatred", "hate", "riot", "unrest", "terrorism", "genocide",
                "insurrection"}), ACCUSE),
)
#: Verbs that name a wrongdoing whatever their object ("stole", "meddled", "spied").
_WRONG_VERBS = {
    **dict.fromkeys(("steal", "embezzle", "launder", "bribe", "defraud", "extort", "loot",
                     "plunder", "smuggle", "swindle", "rig", "falsify", "misappropriate",
                     "siphon", "racketeer", "perjure"), CRIME),
    **dict.fromkeys(("lie", "cheat", "deceive", "mislead", "spoof", "collude"), ACCUSE),
    **dict.fromkeys(("oppress", "enslave", "discriminate"), RIGHTS),
    **dict.fromkeys(("meddle", "interfere"), AGGRESSION),
    **dict.fromkeys(("spy", "hack", "eavesdrop", "wiretap"), ESPIONAGE),
}
#: Adverbs that make whatever is done a wrongdoing ("is unduly influencing").
_WRONG_MANNER = {
    **dict.fromkeys(("illegally", "unlawfully", "fraudulently", "corruptly", "criminally"),
                    CRIME),
    **dict.fromkeys(("unduly", "improperly", "wrongfully", "deceitfully"), ACCUSE),
    "arbitrarily": RIGHTS,
}


def _phrases(nouns: list[Any]) -> list[str]:
    """The words nouns name, each with the longer names it makes with its modifiers first:
    "war crime", "human right", "crime against humanity", "crime"."""
    out: list[str] = []
    for n in nouns:
        head = _lemma(n)
        for c in n.children:
            if c.dep_ in ("compound", "amod", "nmod"):
                out += [f"{_lemma(c)} {head}", f"{c.lower_} {head}"]
            elif c.dep_ == "prep":
                out += [f"{head} {c.lower_} {_lemma(g)}" for g in c.children if g.dep_ == "pobj"]
        out.append(head)
    return out


def wrong_noun(nouns: list[Any]) -> str | None:
    """The accusation a wrongdoing named by a noun makes: "fraud" 1121, "war crimes" 1124."""
    words = _phrases(nouns)
    for w in words:
        if w in _WRONG_PHRASES:
            return _WRONG_PHRASES[w]
    return next((_WRONG_NOUNS[w] for w in words if w in _WRONG_NOUNS), None)


def deed_objects(verb: Any) -> list[Any]:
    """What a verb is done to: its object (the subject of a passive) and the objects of its
    prepositions ("meddled in the election")."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for p in verb.children if p.dep_ in ("prep", "prt")
             for g in p.children if g.dep_ == "pobj"]
    return [o for x in objs for o in (x, *x.conjuncts)]


def wrong_deed(verb: Any) -> str | None:
    """The accusation a verb makes of its doer: "broke the law" 1121, "spied" 1125, "is
    unduly influencing" 112; None for a verb that names no wrongdoing."""
    lemma = _lemma(verb)
    objs = deed_objects(verb)
    if lemma in _COMMITTING:
        return wrong_noun(objs)
    words = set(_phrases(objs))
    for verbs, nouns, code in _WRONG_PAIRS:
        if lemma in verbs and words & nouns:
            return code
    preps = {c.lower_ for c in verb.children if c.dep_ in ("prep", "prt")}
    if lemma == "cover" and "up" in preps:
        return CRIME
    if lemma == "lie" and verb.lower_ != "lied" and not preps & {"to", "about"}:
        return None  # "lies on the river", "lay in ruins"
    if lemma == "discriminate" and "against" not in preps:
        return None  # "discriminate between"
    if lemma in _WRONG_VERBS:
        return _WRONG_VERBS[lemma]
    return next((_WRONG_MANNER[c.lower_] for c in verb.children
                 if c.dep_ == "advmod" and c.lower_ in _WRONG_MANNER), None)


#: Who passes sentence: jailing done by them is a sentence.
_BENCHES = frozenset({"court", "judge", "jury", "tribunal", "magistrate", "justice"})
#: Prepositions that give the reason one is punished ("jailed due to fraud").
_REASONS = frozenset({"due", "because", "owing", "over", "for"})


def punished_wrong(verb: Any) -> str | None:
    """The wrongdoing a verb of punishment names as its reason: "jailed due to sexual abuse",
    "imprisoned because of fraud", "jailed over corruption" (a sentence for a crime, not an
    arrest); None when no wrongdoing is named."""
    if not any(c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and _lemma(c) in _BENCHES)
               for c in verb.children):
        return None  # "police jailed the men over the riot": a detention
    nouns = []
    for p in verb.children:
        if p.dep_ != "prep" or p.lower_ not in _REASONS:
            continue
        heads = [p, *(c for c in p.children if c.dep_ in ("pcomp", "prep"))]
        nouns += [g for h in heads for g in h.children if g.dep_ == "pobj"]
    return wrong_noun([n for x in nouns for n in (x, *x.conjuncts)]) or next(
        (CRIME for n in nouns for x in (n, *n.conjuncts) if _lemma(x) in _FELONIES), None)


#: Crimes of violence or against persons that the list of wrongdoings leaves to the courts.
_FELONIES = frozenset({"rape", "abuse", "assault", "manslaughter", "robbery", "burglary",
                       "kidnapping", "stabbing", "arson", "blasphemy", "sedition", "offence",
                       "offense", "homicide", "harassment", "stalking"})


def arming(verb: Any) -> bool:
    """"Iran backs the rebels", "the militants are funded by Iran": help to an armed group."""
    return _lemma(verb) in _ARMING and bool(set(_phrases(deed_objects(verb))) & _ARMED_GROUPS)


#: Verbs that put a clause as someone's claim.
_CLAIMING = frozenset({"say", "claim", "allege", "charge", "insist", "tell", "add", "state",
                       "note", "assert", "contend", "maintain", "argue", "believe", "suspect"})


def alleged_arming(verb: Any) -> bool:
    """"Yemen said Iran arms the rebels", "according to Yemen, the rebels are backed by Iran":
    help to an armed group told as another's claim, which accuses the helper (read with the
    reported words) rather than telling the help; "Iran said it backs the rebels" is the
    help, in its own words."""
    if not arming(verb):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "according" for c in verb.children):
        return True
    doers = [g for a in verb.children if a.dep_ == "agent" for g in a.children
             if g.dep_ == "pobj"] + [c for c in verb.children if c.dep_ == "nsubj"]
    return (verb.dep_ in ("ccomp", "parataxis") and _lemma(verb.head) in _CLAIMING
            and bool(doers) and not any(d.pos_ == "PRON" for d in doers))


#: Marks of a clause that tells what came before or around the sentence's own news.
_BACKGROUND_MARKS = frozenset({"after", "before", "when", "since", "because", "as", "once"})


def background_accusation(verb: Any) -> bool:
    """"Was lynched by a mob after he was accused of blasphemy": an accusation by no one
    named, told as what led to the sentence's news, is no act of anyone the story knows."""
    return (_lemma(verb) == "accuse" and verb.dep_ == "advcl"
            and any(c.dep_ == "auxpass" for c in verb.children)
            and not any(c.dep_ == "agent" for c in verb.children)
            and any(c.dep_ == "mark" and c.lower_ in _BACKGROUND_MARKS for c in verb.children))
