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

from collections.abc import Iterable
from typing import Any

from ..knowledge.event_lexicon import Lexicon, Pattern
from ..model import ActorRef
from .entities import _CLUB
from .event_actors import (
    FIRST_PERSON,
    QUANTITIES,
    ActorFinder,
    Found,
    _event_nouns,
    accident,
    addressee_read_as_subject,
    subject_read_as_object,
)
from .event_documents import issuer_verb, kind_of
from .event_lemmas import lemma as _lemma
from .event_lemmas import misread_plural as _misread_plural
from .event_mention import (
    Mention,
)
from .event_modality import PLAN_NOUNS, PLAN_VERBS, REPORTING_VERBS
from .event_parse import (
    ABOUT,
    GOVERNORS,
    MEASURES,
    OCCUR,
    RULING,
    SUBJ,
    addressed,
    adjective_subject,
    agent_chain,
    agrees_in_number,
    aid_arrives,
    aimed,
    appositive,
    armed_hit,
    armed_seizures,
    bare_verb,
    bomb_blast,
    changes_policy,
    charged_that,
    charged_with,
    claim_tone,
    claimed_deeds,
    claimed_in_suit,
    comma_party,
    compose,
    conditioned,
    counted_in,
    crash_impact,
    crowd,
    emergency_over,
    faced_compound,
    fold_attack_means,
    for_clause,
    for_whom,
    forces_arrive,
    forces_used,
    given_by_agent,
    happening,
    in_state,
    infinitive,
    inverted_if,
    invited_to,
    is_condition,
    is_conflict,
    kept_off_ballot,
    leaves_place,
    left_dead,
    lone_assent,
    lost_subject,
    main_words,
    mere_effect,
    name_read_as_verb,
    name_tone,
    named_person,
    namers_of,
    noun_clause_object,
    object_words,
    opening_name,
    ordered_clauses,
    own_words,
    owned,
    particle_objects,
    particles_of,
    patient_phrase,
    peacekeeping,
    pro_prefixed,
    public_actor,
    refine,
    relished,
    scoreline,
    second_objects,
    stray_subject,
    struck_place,
    subject_misread,
    tasked_with,
    theme_words,
    threat_of,
    through_quantity,
    thwarted,
    topic_of,
    under_way,
    verb_as_noun,
    verbal_attack,
    warned_against,
    withheld,
    word_forms,
)
from .event_referents import done_to_head, referent_words
from .event_specific import WEAPONS, warned_act
from .event_undergoing import BEFALLING, undergone_under
from .event_violence import act_condemned, retort, worded_attack
from .event_wrongs import alleged_arming, background_accusation, punished_wrong

TARGET_PREPS = frozenset({"on", "against", "with", "to", "toward", "towards", "into", "at",
                          "upon", "from", "over"})
#: Roots whose "in X" names the target's territory ("arrived in Astana", "strikes in Gaza").
#: Courses of action whose doing is done by who pursues them ("a policy of confiscating land").
_COURSES = frozenset({"policy", "campaign", "strategy", "practice", "programme", "program",
                      "tactic", "plan"})
_IN_TARGET_ROOTS = frozenset({"042", "061", "1723", "1724", "18", "19", "20"})
def _own_rally(noun: Any) -> bool:
    """"Trump held his first rally", "a Biden rally": one person's rally, a campaign's, is
    no protest unless it is against something."""
    if any(c.dep_ == "prep" and c.lower_ in ("against", "over", "for") for c in noun.children):
        return False
    return any((c.dep_ == "poss" and c.lower_ in ("his", "her")) or (
        c.dep_ in ("poss", "compound") and c.ent_type_ == "PERSON") for c in noun.children)


#: Matters that "surrounding X" says are about X, not a siege of X.
_ABOUTS = frozenset({"event", "circumstance", "controversy", "question", "mystery", "debate",
                     "issue", "scandal", "speculation", "uncertainty", "secrecy", "rumour",
                     "rumor", "concern", "confusion", "allegation", "fact", "detail", "row",
                     "dispute", "tension", "drama", "case", "story", "legend", "myth", "hype",
                     "furore", "furor", "outcry", "criticism", "doubt", "suspicion"})
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
#: What one takes or makes to do something oneself ("took steps to ban the party").
_STEPS = frozenset({"step", "measure", "action", "effort", "move", "attempt", "bid"})
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
#: Where an event noun standing alone reports an event: as a clause's subject or object, or
#: a headline's head ("Talks between X and Y"); not inside a title ("envoy for talks").
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "ROOT", "attr", "conj", "appos"})
_OBJ = ("dobj", "attr", "oprd", "acomp")

#: Appeals, intents and demands whose act is a change of policy (CAMEO 0242, 0342, 1042).
_POLICY_CHANGE = {"020": "0242", "030": "0342", "100": "1042"}
#: Money given: a promise of it is an intent to provide economic aid (0331).
_MONEY_AID = frozenset({"payout", "compensation", "money", "fund", "funding", "aid",
                        "assistance", "grant", "loan", "subsidy", "payment", "relief"})
#: Governors whose own patterns name another act: with an open complement ("pressured Mexico
#: to act", "pushed Congress to pass it") they only ask for that act.
_ONLY_GOVERNING = frozenset({"pressure", "push", "tell"})
#: Governors whose event-noun object is the act promised or threatened ("promised protests",
#: "pledged talks"): the noun's code composed as for an infinitive.
_NOUN_GOVERNORS = frozenset({"promise", "pledge", "vow", "threaten", "swear", "guarantee"})
#: Governors whose object is the one asked ("urged Iran to ..."): the target.
_ADDRESSING = frozenset({"urge", "ask", "call", "encourage", "appeal", "plead", "implore",
                         "exhort", "beseech", "petition", "lobby", "press", "order",
                         "pressure", "push", "tell", "lean"})


#: Roles of people who speak for an institution ("they" in their words is the institution).
_INSTITUTION_ROLES = frozenset({"COP", "GOV", "MIL", "JUD", "LEG", "SPY"})
#: Pronouns that may take an antecedent in their sentence, with the number they need.
_ANAPHORS = {"it": "sg", "he": "person", "she": "person", "they": "pl", "we": "pl"}
_POSSESSIVES = {"its": "sg", "their": "pl", "his": "person", "her": "person"}
_ANAPHORS.update(_POSSESSIVES)
#: Adjectives that govern an intended act like "pledge" does ("willing to withdraw").
_INTENT_ADJECTIVES = frozenset({"willing", "ready", "prepared", "determined", "eager"})
_INABILITY = frozenset({"unable", "powerless", "impossible"})
#: Verbs whose gerund complement is not done ("opposed sending troops", "avoided naming
#: Russia"): the act is dropped; the verb keeps its own event, if it has one.
_NOT_DOING = frozenset({"oppose", "avoid", "forgo", "shun", "resist"})
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
                      "due", "bill", "believe", "think", "say", "report",
                      # "the BBC was forced to apologise": one made to act does the act
                      "force", "compel", "oblige"})
#: Prepositions that set talks beside the main clause's act ("after talks with X, Y said").
_AROUND_TALKS = frozenset({"after", "following", "during", "in", "at", "before"})
#: What a leader phones another to do ("called Zelensky to discuss the attacks").
_PHONED_FOR = frozenset({"discuss", "talk", "congratulate", "thank", "express", "offer", "convey",
                         "wish", "brief", "update", "inform", "confer", "consult", "review",
                         "coordinate", "condole"})
#: Ties two parties have ("relations between Israel and Bahrain").
_TIES = frozenset({"tie", "relation", "relationship", "cooperation", "partnership"})
_PACTS = frozenset({"agreement", "deal", "accord", "pact", "treaty"})
#: Readiness to help or work with someone ("stands ready to work with Pakistan"), and the acts.
_READY = frozenset({"ready", "willing", "prepared", "eager", "open", "keen"})
_HELPING = frozenset({"help", "assist", "work", "cooperate", "collaborate", "aid", "support"})
_OPEN_TO = frozenset({"open", "ready", "receptive", "amenable", "prepared", "willing"})
#: Verbs that carry an intent noun with their subject as its holder ("made an offer").
_INTENT_SUPPORT = frozenset({"make", "extend", "announce", "unveil", "put", "present", "table",
                             "submit", "have", "outline", "draw", "express", "voice", "renew",
                             "repeat", "reiterate", "reaffirm", "confirm", "give", "issue",
                             "signal", "state", "declare", "propose", "be"})
#: Nouns that carry an intended act ("an offer to mediate", "plans for talks").
_INTENT_NOUNS = frozenset({"offer", "plan", "proposal", "pledge", "promise", "commitment",
                           "readiness", "willingness", "intention", "intent"})
#: Nouns of refusing whose infinitive is the act refused, by the verb that composes them.
_REFUSAL_NOUNS = {"refusal": "refuse", "unwillingness": "refuse", "reluctance": "refuse"}
_DEMAND_SUPPORT = frozenset({"make", "issue", "reiterate", "repeat", "renew", "press", "voice",
                             "present", "put", "submit", "deliver", "send", "insist"})
#: Words whose that-clause is a demand on the clause's subject ("demanded that the US cancel").
_DEMAND_WORDS = frozenset({"demand", "insist", "urge", "ask", "request", "call"})
#: Of those, the verbs that ask rather than demand: their clause is an appeal (02).
_APPEALING = {"urge": "urge", "ask": "ask", "call": "call", "request": "ask"}


#: Prepositions whose object may do the gerund after it ("opposed to Sweden joining NATO").
#: Acts done to someone for what they did ("arrested them after they stormed ...").
_FOR_DEEDS = frozenset({"arrest", "detain", "jail", "imprison", "charge", "punish", "fine",
                        "sue", "sentence", "expel", "deport", "ban", "fire", "sack", "suspend",
                        "accuse", "condemn", "criticise", "criticize", "blame", "thank",
                        "praise", "congratulate", "reward", "sanction", "denounce", "rebuke",
                        "slam", "fault", "censure", "commend", "chastise", "castigate"})
#: Prepositions of the deed one is judged for ("criticised X for detaining", "accused X of").
_DEED_PREPS = frozenset({"for", "of", "over"})
#: Prepositions of time whose gerund's doer is the main clause's subject ("after meeting");
#: not "before", whose act may never come ("would need approval before filing a complaint");
#: "in" of a gerund is the act itself ("addressed the conflict in mediating the accords").
_WHEN_PREPS = frozenset({"after", "while", "since", "upon", "when", "in"})
#: Verbs of answering an act, whose "by" phrase is the answer: "responded by imposing ...".
_ANSWERING = frozenset({"retaliate", "respond", "react", "reply", "answer", "hit"})
_GERUND_PREPS = frozenset({"to", "for", "of", "about", "over", "against"})
#: What is read or watched online or in print: access to it cut off is censorship (1721).
_MEDIA = frozenset({"website", "internet", "web", "platform", "app", "newspaper", "outlet",
                    "broadcaster", "media", "vpn", "youtube", "twitter", "facebook", "instagram",
                    "whatsapp", "telegram", "tiktok", "wikipedia", "signal", "google", "x",
                    "news", "messenger", "social"})
#: Verbs that cut off access ("blocked access to", "restricted access to").
#: Verbs of putting a text or plan forward, whose rejection targets the one who did.
_PROPOSING = frozenset({"propose", "table", "submit", "introduce", "draft", "sponsor",
                        "present", "offer", "put", "circulate"})
_CUTTING_OFF = frozenset({"block", "restrict", "limit", "curb", "cut", "deny", "suspend",
                          "throttle", "shut", "ban", "disable", "bar"})


#: Codes of acts done between two other parties ("a mediation effort between X and Y").
_MEDIATING = frozenset({"045"})


#: Nouns of asking: the act asked for ("a request to China to provide data") is not the asker's.
_ASKINGS = frozenset({"request", "call", "appeal", "demand", "plea", "invitation", "order",
                      "ultimatum", "summons", "petition"})
#: Verbs of going into a country that are an incursion when armed forces do them.
_INCURSION = frozenset({"enter", "cross", "roll", "push", "move", "infiltrate"})
#: Subjects that make going into a country an incursion ("Turkish troops entered Syria").
_ARMED = frozenset({"troop", "force", "soldier", "tank", "army", "military", "unit",
                    "paratrooper", "commando", "marine", "armour", "armor", "column",
                    "militant", "rebel", "fighter", "insurgent", "jihadist", "militia"})
#: Verbs of a crowd coming together, a demonstration when a crowd does it at a seat of power.
_GATHERING = frozenset({"gather", "assemble", "mass", "converge", "congregate"})
#: Verbs of shaking a place that tell of a bombing when a blast does them.
_SHAKING = frozenset({"rock", "shake", "rip"})
#: Verbs whose object is the means, not a doer: "used the law to open a probe".
_INSTRUMENTAL = frozenset({"use", "invoke", "employ", "utilize", "utilise", "wield", "leverage"})
#: Intransitive verbs whose subject is the bomb ("a car bomb exploded", "went off").
_GOING_OFF = frozenset({"explode", "detonate", "go"})
#: Verbs telling of the dead of an attack ("died in a car bombing").
_PERISHING = frozenset({"die", "perish"})
#: Verbs telling, in the passive, of those an attack hit ("were wounded in", "were killed in").
_HARMED = frozenset({"injure", "wound", "hurt", "maim", "kill"})
#: Nouns that are an armed attack when aimed at a place, and a walkout otherwise.
_STRIKE_NOUNS = frozenset({"strike"})


#: Verbs by which an office holder has a symbolic act done ("declared flags would be flown").
_DECREEING = frozenset({"declare", "order", "announce", "direct", "decree", "proclaim"})
#: Military goods: sent to another state they are military aid, not a deployment.
_MATERIEL = frozenset({"equipment", "hardware", "materiel", "material", "gear", "supply"})
#: Support given in a way that makes it aid ("backed Kyiv militarily").
_AIDED_BY = {"financially": "071", "economically": "071", "militarily": "072"}
#: Verbs of backing that such a manner makes aid, whatever their object.
_BACKING = frozenset({"support", "back", "help", "assist", "aid", "sustain"})
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


_CAUSATIVES = frozenset({"let", "allow", "permit", "make", "help", "order", "force", "have"})
#: Verbs whose clause names the accused as its subject: "alleged (that) Iran had armed them".
_ALLEGING = frozenset({"allege"})


#: Verbs of offering an act: an intent only when the act is one of politics.
_OFFERING = frozenset({"offer", "propose"})
#: Roles of those who can change a state's policy.
_STATE_ROLES = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "PTY", "OPP"})


#: Violent verbs whose headline past ("Four teenagers shot at a party") tells of the victims.
#: Animals: what they attack or kill is no one's political act.
_ANIMALS = frozenset({"bat", "dog", "bear", "shark", "snake", "bee", "wasp", "crocodile",
                      "alligator", "tiger", "lion", "leopard", "wolf", "elephant", "hippo",
                      "boar", "jackal", "monkey", "bull", "horse", "cow", "puma", "cougar"})
#: Relatives: "his family" acts for itself, of his country, never as the man himself.
#: Persons told by pronoun: the people a family affair is between.
_PERSONAL = frozenset({"his", "her", "their", "my", "our", "he", "she", "him", "they", "them",
                       "i", "me", "we", "us"})
_KIN = frozenset({"family", "relative", "parent", "wife", "husband", "widow", "widower", "son",
                  "daughter", "mother", "father", "brother", "sister", "child", "sibling",
                  "grandson", "granddaughter", "fiancée", "fiance", "fiancé", "fiancee"})
#: Things that befall a body, beside the lexicon's event nouns and accidents.
_MISHAPS = frozenset({"cyberattack", "cyber-attack", "hack", "ransomware", "outage", "breach",
                      "crisis", "shortage", "blackout", "glitch"})

#: Figures and markets, which move a bank or a government without coercing it.
_MARKET_FORCES = frozenset({"data", "datum", "figure", "number", "statistic", "inflation", "price",
                            "rate", "yield", "growth", "slowdown", "downturn", "recession",
                            "cost", "market", "report", "survey", "index", "decline", "rise",
                            "fall", "drop", "surge", "deficit", "debt", "unemployment"})
_WOUNDING = frozenset({"shoot", "stab", "kill", "wound", "injure", "beat", "behead", "gun"})


class SentenceCoder:
    def __init__(self, lexicon: Lexicon, finder: ActorFinder, *, headline: bool) -> None:
        self.lex = lexicon
        self.finder = finder
        self.headline = headline
        self.theme_words = theme_words(lexicon)
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
            if lemma in self.lex.verbs and (tok.pos_ == "VERB" or verb_as_noun(tok)
                                          or in_state(tok)):
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
                if topic_of(tok, found):
                    continue
                m = self._noun(tok)
                if m is not None and m.nominal and tok.dep_ == "dobj" and (
                        tok.head.dep_ == "xcomp" or (tok.head.dep_ == "advcl" and _lemma(
                            tok.head.head) in _ADDRESSING)) and tok.head.head.i in found:
                    continue  # "urged Hungary to lift its veto": the veto is what is asked about
                if m is not None and (m.support is None or m.support.i not in found):
                    found[tok.i] = m
        fold_attack_means(found)
        claimed_deeds(found)
        armed_seizures(found)
        thwarted(found)
        self._demands(sent, found)
        self._withholdings(sent, found)
        self._ballot_rulings(sent, found)
        self._intent_nouns(sent, found)
        self._ready_to_help(sent, found)
        self._aid_reaching(sent, found)
        self._ties_between(found)
        self._stressed_needs(sent, found)
        invited_to(found)
        self._characterizations(sent, found)
        self._allegations(sent, found)
        self._subject_to_blame(sent, found)
        out = [m for m in self._combine(found) if not lone_assent(m) and not is_condition(m)
               and not mere_effect(m)
               and not self._private_choice(m) and not crash_impact(m)
               and not _family_affair(m)
               and not emergency_over(m) and not _no_one_in_particular(m)
               and not faced_compound(m) and not tasked_with(m) and not forces_used(m)
               and not relished(m)]
        for m in out:
            if (doers := self._suffered_by(m)) is not None:
                m.sources = doers
                m.targets = [f for s in self._subjects(m.trigger.head)
                             for f in self.actors(s, target=True)]
            if m.code[:2] == "12" and not any(f.actor is not None and f not in m.sources
                                              for f in m.targets):
                m.targets = m.targets + self._proposers(m)
            if m.code[:2] == "13" and not any(f.actor is not None for f in m.targets):
                m.targets = m.targets + self._condition_subjects(m)
            if m.code[:2] == "09" and not any(f.actor is not None or f.anaphor is not None
                                              for f in m.sources):
                teller = self._reporting_authority(m.support if m.support is not None
                                                   else m.trigger)
                if teller:
                    m.sources, m.agentless = teller, False
        return out

    def _proposers(self, m: Mention) -> list[Found]:
        """"Russia proposed an amendment that was vetoed by the U.S.": the one whose proposal
        a relative clause rejects is the rejection's target."""
        verb = m.trigger
        if m.nominal or verb.dep_ != "relcl" or verb.head.dep_ != "dobj" or _lemma(
                verb.head.head) not in _PROPOSING:
            return []
        return [f for s in self._subjects(verb.head.head) for f in self.actors(s, target=True)
                if f.actor is not None]

    def _suffered_by(self, m: Mention) -> list[Found] | None:
        """"Ukraine has faced shelling by Russian forces": a gerund under "faced" read as a
        verb, whose "by" phrase names the doers (none when it has none); the subject of
        "faced" is the one hit. None for any other mention."""
        verb = m.trigger
        if m.support is not None or verb.tag_ != "VBG" or verb.dep_ != "xcomp" or _lemma(
                verb.head) not in ("face", "suffer", "endure", "experience", "witness"):
            return None
        return [f for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                for g in c.children if g.dep_ == "pobj" for f in self.finder.find(g)
                if f.actor is not None]

    def _reporting_authority(self, tok: Any) -> list[Found]:
        """"Police said a murder case had been opened", "an inquiry is under way, officials
        said": the police, court or government that tells of an investigation whose doer is
        not named is the one investigating."""
        cur = subject_misread(tok) or tok  # "indicated a probe is ongoing": the probe's clause
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
                    s.dep_ in SUBJ for s in c.children
                ) or inverted_if(c) is not None:
                    continue  # "said it would retaliate should X strike": a condition
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
                    or (lemma in _DEMAND_WORDS and (lemma != "insist" or must or bare_verb(c)))
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
                # "urged that Iran free the journalists" appeals (02); "demanded that",
                # "insisted that", "said Y must" demand (10)
                outer = _APPEALING.get(lemma, "demand") if rep.pos_ == "VERB" else "demand"
                code = compose(outer, inner.code) if inner is not None else (
                    "020" if outer != "demand" else "100")
                if code == "1056" and _lemma(c) in _WITHDRAWING:
                    code = "106"  # "demanded that Russia withdraw its troops"
                elif code == "100" and leaves_place(c):
                    code = "106"  # "said foreign powers should get out of the region"
                anchor = rep if rep.pos_ == "VERB" else rep.head
                found.pop(rep.i, None)
                if not targets and inner is not None:
                    targets = inner.targets
                found[anchor.i] = Mention(code or "100", anchor, sources, targets,
                                          tokens=[anchor, c], confidence=0.6)

    def _withholdings(self, sent: Any, found: dict[int, Mention]) -> None:
        """"Hamas said there would be no more talks unless Israel halted the fighting": a
        threat to halt talks (or aid) by who says so, on whom the condition is."""
        for noun in sent:
            pats = self.lex.nouns.get(_lemma(noun)) if noun.pos_ == "NOUN" else None
            hit = withheld(noun, pats[-1].code) if pats else None
            if hit is None:
                continue
            code, on = hit
            rep = noun.head
            while rep.dep_ in ("ccomp", "conj") and rep.head.pos_ == "VERB":
                rep = rep.head
            # "indicated no support will come ...": the subject misread as the object, its
            # clause (not the reporting verb, whose object would read as denied) the anchor
            misread = subject_misread(noun)
            if (rep is noun.head and misread is None) or _lemma(rep) not in REPORTING_VERBS | {
                    "indicate", "warn"}:
                continue
            sources = [f for s in self._subjects(rep) for f in self.actors(s)]
            # whom the act withheld was for ("no talks with Kyiv", "no aid to Hungary")
            on += [g for c in (noun, noun.head) for p in c.children if p.dep_ == "prep"
                   and p.lower_ in ("with", "to", "for") for g in particle_objects(p)]
            targets = [f for t in on for f in self.finder.find(t, target=True)
                       if f.actor is not None]
            if not any((f.actor is not None and f.actor.country) or f.anaphor is not None
                       for f in sources):
                continue  # "the union said there will be no talks until ...": no state's word
            found.pop(noun.i, None)
            anchor = rep if misread is None else misread
            found.pop(rep.i, None)
            found[anchor.i] = Mention(code, anchor, sources, targets, tokens=[rep, noun],
                                      confidence=0.6)

    def _ballot_rulings(self, sent: Any, found: dict[int, Mention]) -> None:
        """"The court ruled that Trump could not appear on the ballot", "decided he was
        ineligible for office": a politician banned by the ruling body (1722)."""
        for verb in sent:
            if verb.pos_ != "VERB" or _lemma(verb) not in RULING:
                continue
            for c in verb.children:
                if c.dep_ != "ccomp":
                    continue
                # "ruled he was an insurrectionist whose name could not appear on the ballot"
                whose = [r for a in c.children if a.dep_ == "attr" for r in a.children
                         if r.dep_ == "relcl" and kept_off_ballot(r)]
                if not whose and not kept_off_ballot(c):
                    continue
                sources = [f for s in self._subjects(verb) for f in self.actors(s)]
                # "the amendment bars Trump from the ballot": the one barred is the object
                kept = [s for s in c.children if s.dep_ == "nsubj"] if whose else [
                    o for o in c.children if o.dep_ == "dobj"] or [
                    s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
                # "the candidate's name could not appear": the name's owner is kept off
                kept = [p for k in kept for p in ([g for g in k.children if g.dep_ == "poss"]
                                                  if _lemma(k) == "name" else []) or [k]]
                targets = [f for s in kept for f in self.actors(s, target=True)]
                if not any(f.actor is not None for f in sources) or not any(
                        f.actor is not None for f in targets):
                    continue
                for t in c.subtree:
                    found.pop(t.i, None)  # the clause's own words are the ruling's content
                found[verb.i] = Mention("1722", verb, sources, targets, tokens=[verb, c],
                                        confidence=0.6)

    def _allegations(self, sent: Any, found: dict[int, Mention]) -> None:
        """"X claimed Iran is unduly influencing the government": a claim that someone did
        wrong, in damning words, accuses them (112)."""
        for verb in sent:
            suit = claimed_in_suit(verb)
            if verb.pos_ != "VERB" or (verb.i in found and not suit) or (
                    _lemma(verb) not in _CLAIMING and not suit):
                continue
            charged = charged_that(verb)
            for clause in suit[2] if suit else verb.children:
                if clause.dep_ != "ccomp" and not (charged is not None and clause.i == charged.i
                                                   ) and not suit:
                    continue
                if clause.i in found and not charged and not suit:
                    continue
                tones = [claim_tone(t) for t in clause.subtree]
                if not charged and not suit and (
                        tones.count(-1) == 0 or tones.count(-1) < tones.count(1)):
                    continue
                agent = [g for c in clause.children if c.dep_ == "agent"
                         for g in c.children if g.dep_ == "pobj"]
                # "charged that Pakistan sheltered terrorists", read as a noun phrase: the
                # name before the participle.
                accused = agent or [c for c in clause.children if c.dep_ == "nsubj" or (
                    clause.pos_ == "NOUN" and c.dep_ in ("nmod", "compound") and c.i < clause.i)]
                if suit:  # "that Apple's rules were unfair": the rules' maker is sued
                    accused += [p for t in accused for p in t.children if p.dep_ == "poss"]
                targets = [f for t in accused for f in self.finder.find(t, target=True)]
                if not any(f.actor is not None for f in targets):
                    continue
                sources = [f for s in self._subjects(verb) for f in self.actors(s)]
                words = {_lemma(t) for t in clause.subtree}
                # "claimed Biden won by fraud": what they are accused of, as "accuse of X".
                code = suit[0] if suit else next((p.code for p in self.lex.verbs.get("accuse", ())
                                     if p.particle == "of" and p.objects & words), "112")
                if charged is not None or suit:
                    for t in [*clause.subtree, *suit[1:2]] if suit else clause.subtree:
                        found.pop(t.i, None)  # the deed charged is alleged, not reported
                found[verb.i] = Mention(code, verb, sources, targets, tokens=[verb, clause],
                                        confidence=0.5)
                break

    def _subject_to_blame(self, sent: Any, found: dict[int, Mention]) -> None:
        """"X has been subject to a barrage of criticism from Y", "X became the target of
        condemnation": the one so described is judged (flipped as in "faced criticism")."""
        for noun in sent:
            pat = next((p for p in self.lex.nouns.get(_lemma(noun), ())
                        if p.code[:2] == "11"), None)
            if pat is None or noun.i in found or noun.pos_ != "NOUN":
                continue
            cur = noun
            if cur.dep_ == "pobj" and cur.head.lower_ == "of" and _lemma(cur.head.head) in _VOLLEYS:
                cur = cur.head.head  # "a barrage of criticism"
            if cur.dep_ != "pobj":
                continue
            held = cur.head.head
            if not ((cur.head.lower_ == "to" and _lemma(held) == "subject"
                     and held.dep_ in ("acomp", "oprd"))
                    or (cur.head.lower_ == "of" and _lemma(held) in ("target", "object")
                        and held.dep_ == "attr")):
                continue
            verb = held.head
            targets = [f for s in self._subjects(verb) for f in self.actors(s, target=True)]
            sources = [f for h in (noun, cur) for c in h.children
                       if c.lower_ == "from" or (c.lower_ == "including" and any(
                           g.lower_ == "from" for g in c.children))
                       for p in ([c] if c.lower_ == "from" else
                                 [g for g in c.children if g.lower_ == "from"])
                       for g in p.children if g.dep_ == "pobj" for f in self.finder.find(g)
                       if f.actor is not None]
            if not any(f.actor is not None or f.anaphor for f in targets):
                continue
            found[noun.i] = Mention(pat.code, noun, sources, targets, support=verb,
                                    tokens=[verb, noun], confidence=0.6, flipped=True,
                                    plover=pat.plover)

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
            # "described Russia's actions as genocide": "as" on the verb, or read on its object
            names += [g for h in (verb, *objs) for c in h.children
                      if c.dep_ == "prep" and c.lower_ == "as"
                      for g in c.children if g.dep_ in ("pobj", "amod")]
            names += second_objects(verb)
            if not objs and len(names) == 1 and names[0].pos_ == "NOUN":
                # "called the American move a provocation", misread as the move's object
                inner = [c for c in names[0].children if c.dep_ == "dobj"]
                if inner:
                    objs, names = names, inner
            namers = namers_of(verb, names)
            if namers is not None:
                # "the move was described as a provocation by Argentina": the name's "by"
                objs = [c for c in verb.children if c.dep_ == "nsubjpass"]
                names = names or [c for c in verb.children if c.dep_ == "dobj"]
            if not objs or not names:
                continue
            tone = sum(name_tone(t) for n in names for t in own_words(n)
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

    def _ties_between(self, found: dict[int, Mention]) -> None:
        """"The accords normalized relations between Israel and Bahrain": ties made between
        two parties by a thing (a deal, a visit) are the parties' own act."""
        for m in found.values():
            if m.code[:2] != "05" or m.nominal or any(f.actor is not None for f in m.sources):
                continue
            # "restored ties between X and Y", "ties between X and Y were restored", "an
            # agreement was reached between X and Y"
            holders = [m.trigger] + [o for o in m.trigger.children if o.dep_ in (
                "dobj", "nsubjpass") and _lemma(o) in _TIES | _PACTS]
            parties = [f for o in holders for c in o.children
                       if c.dep_ == "prep" and c.lower_ == "between"
                       for g in c.children if g.dep_ == "pobj" for f in self.finder.find(g)
                       if f.actor is not None]
            if len(parties) >= 2:
                m.sources = parties

    def _ready_to_help(self, sent: Any, found: dict[int, Mention]) -> None:
        """"China stands ready to work with Pakistan", "is willing to help Ukraine": readiness
        to help or work with an actor is an intent to cooperate (030), though helping alone is
        no coded act."""
        for adj in sent:
            if (_lemma(adj) not in _READY or adj.dep_ not in ("acomp", "oprd")
                    or adj.head.i in found or adj.i in found):
                continue
            # "ready to help", "open to working with"
            acts = [c for c in adj.children if c.dep_ == "xcomp"] + [
                g for c in adj.children if c.dep_ == "prep" and c.lower_ == "to"
                for g in c.children if g.dep_ == "pcomp"]
            for act in (a for a in acts if _lemma(a) in _HELPING and a.i not in found):
                partners = [c for c in act.children if c.dep_ == "dobj"] + [
                    g for c in act.children if c.dep_ == "prep" and c.lower_ == "with"
                    for g in c.children if g.dep_ == "pobj"]
                targets = [f for p in partners for f in self.finder.find(p, target=True)
                           if f.actor is not None]
                sources = [f for s in self._subjects(adj.head) for f in self.actors(s)]
                if any(f.actor is not None and f.actor.country for f in targets) and any(
                        f.actor is not None and f.actor.country for f in sources):
                    found[adj.i] = Mention("030", adj, sources, targets, tokens=[adj, act],
                                           confidence=0.7)

    def _aid_reaching(self, sent: Any, found: dict[int, Mention]) -> None:
        """"Aid from the UAE reaches Gaza": aid as the subject of its arrival is aid given (070),
        by the country named on it to the place it reaches (not a visit, 042)."""
        for verb in sent:
            told = aid_arrives(verb)
            if told is None:
                continue
            aid, givers, places = told
            sources = [f for g in givers for f in self.finder.find(g) if f.actor is not None]
            targets = [f for p in places for f in self.finder.find(p, target=True)
                       if f.actor is not None]
            if any(f.actor is not None and f.actor.country for f in sources) and any(
                    f.actor is not None and f.actor.country for f in targets):
                found[verb.i] = Mention("070", verb, sources, targets, tokens=[aid, verb],
                                        confidence=0.7)

    def _intent_nouns(self, sent: Any, found: dict[int, Mention]) -> None:
        """An intent carried by a noun: "an offer to mediate", "plans for talks with Iran",
        "a proposal to lift sanctions" is the intent to do the inner act (CAMEO 03)."""
        for noun in sent:
            if noun.pos_ != "NOUN" or _lemma(noun) not in _INTENT_NOUNS | _REFUSAL_NOUNS.keys():
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
            # "Moscow's refusal to release the journalist": the refusal of the act (1243)
            code = compose(_REFUSAL_NOUNS.get(_lemma(noun), "pledge"), inner.code)
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
                code = compose("call", inner.code) or ""
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
            ante = self._antecedent(owner)
            if _lemma(tok) in _KIN and owner.lower_ != "its":
                # "his family mourned him": the relatives, of his country, are not he
                return [Found(ActorRef(name=f"{owner.lower_} {tok.lower_}", actor_code=a.country,
                                       country=a.country))
                        for a in actors_of(ante) if a.country][:1] or found
            return ante or found
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
                    if o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN") and (agrees_in_number(o, want) or (
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
                    if o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN") and agrees_in_number(o, want):
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
                if not (agrees_in_number(c, want) or (named is not None and (
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
                    if o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN") and agrees_in_number(o, want):
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
        if given_by_agent(verb) or (
                verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN")
                and any(c.dep_ == "agent" for c in verb.children)
                and any(p.code[:2] in ("17", "18", "19", "20")
                        for p in self.lex.verbs.get(_lemma(verb), ()))
                and any(f.actor is not None for f in self.finder.find(verb.head))) or (
                done_to_head(verb, self.lex.verbs.get(_lemma(verb), ()), self.finder)):
            # "a programme funded by the Foundation", "activists detained by the police":
            # what (or who) underwent the act ("an area occupied by the Roman army" names
            # no one)
            return verb.head
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
        if verb.dep_ == "ROOT" and not aimed(verb) and not any(
                c.dep_ in ("dobj", "aux", "auxpass", "nsubjpass", "ccomp", "xcomp", "dative",
                           "attr", "oprd") for c in verb.children):
            return next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return None

    @staticmethod
    def _passive_antecedent(verb: Any, objs: list[Any]) -> list[Any]:
        """"the deal, which was signed by Iran", "sanctions that were imposed by the EU": what
        a passive relative clause qualifies is the thing undergoing its act."""
        if verb.dep_ != "relcl" or verb.head.pos_ != "NOUN" or not any(
                c.dep_ == "nsubjpass" and c.lower_ in ("which", "that") for c in verb.children):
            return objs
        return [o for o in objs if o.lower_ not in ("which", "that")] + [verb.head]

    def _objects(self, verb: Any) -> list[Any]:
        objs = [appositive(counted_in(verb, through_quantity(c))) for c in verb.children
                if (c.dep_ in _OBJ or c.dep_ == "nsubjpass") and not _source_described(verb, c)]
        if _lemma(verb) == "declare" and (grata := [t for t in verb.subtree
                                                     if t.lower_ == "grata"]):
            # "declared the German ambassador persona non grata", however the parser reads it:
            # the person declared is an object too
            return grata[:1] + [t for t in verb.subtree if verb.i < t.i < grata[0].i
                                and t.pos_ in ("NOUN", "PROPN")
                                and t.lower_ not in ("persona", "non")]
        # "held dozens of workers hostage": the complement read as a clause of its own
        objs += [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "advcl")
                 and c.pos_ == "NOUN" and (_lemma(c) in ("hostage", "captive") or any(
                     d.dep_ == "det" and d.lower_ in ("whatever", "whichever")
                     for d in c.children))]  # "provide whatever help it can", misread
        reduced = self._reduced_subject(verb)
        if reduced is not None:
            objs.append(reduced)
        if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and not any(
                c.dep_ in ("nsubjpass", "dobj") and c.lower_ not in ("that", "which")
                for c in verb.children) and any(c.dep_ in SUBJ and c.lower_ not in (
                    "who", "that", "which") for c in verb.children):
            # "a deal it brokered", "the sanctions that Russia imposed": what the clause
            # qualifies is its object ("people who returned" are its subject).
            objs = [o for o in objs if o.lower_ not in ("that", "which")] + [verb.head]
        objs = self._passive_antecedent(verb, objs)
        if not objs and verb.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in verb.children):
            # "ordered the flags to be lowered": the governor's object undergoes the act.
            objs = [through_quantity(c) for c in verb.head.children if c.dep_ == "dobj"]
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
            objs = [through_quantity(o) for c in verb.children
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
            # "Biden hosts Japanese Prime Minister", the bare role read as the verb's
            # apposition (a verb has none): it is the object
            objs = [c for c in verb.children if c.dep_ == "appos" and c.i > verb.i
                    and c.pos_ in ("NOUN", "PROPN") and verb.pos_ == "VERB"][:1]
        if not objs:
            # "provide whatever help we can", parsed with the help as the object of "can"
            objs = [o for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "AUX"
                    for o in c.children if o.dep_ == "dobj" and o.i < c.i and any(
                        d.lower_ in ("whatever", "any") for d in o.children)][:1]
        if not objs and (noun := noun_clause_object(verb)) is not None:
            objs = [noun]
        if not objs and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            # "surrounded and threatened the senator", parsed with the object on the first
            # verb: an object after both verbs is both verbs'.
            objs = [through_quantity(o) for o in verb.head.children
                    if o.dep_ == "dobj" and o.i > verb.i][:1]
        return [o for head in objs for o in self.finder.conjuncts(head)]

    def _verb(self, verb: Any) -> Mention | None:
        particles = particles_of(verb)
        objects = self._objects(verb)
        if _lemma(verb) == "call" and (any(c.dep_ == "oprd" for c in verb.children)
                                       or second_objects(verb)):
            return None  # "called him a liar": naming, not a phone call
        if charged_that(verb) is not None:
            return None  # an accusation, read with the clause (see _allegations)
        if _lemma(verb) == "blame" and verb.dep_ == "xcomp" and _lemma(verb.head) == "be" and (
                not objects):
            return None  # "X is to blame": X is blamed (read with the reported words)
        if _lemma(verb) == "blame":
            # "blamed the drought on climate change": the object is the harm, the one blamed
            # is "on" (on the verb, or read as on the object)
            on = [g for h in (verb, *[o for o in objects if o.dep_ == "dobj"])
                  for c in h.children if c.dep_ == "prep" and c.lower_ == "on"
                  for g in particle_objects(c)]
            if on:
                objects = on
        if background_accusation(verb):
            return None  # "killed by a mob after he was accused of blasphemy": no accuser
        if alleged_arming(verb):
            return None  # "said Iran arms the rebels": an accusation, read as speech
        if _lemma(verb) == "order" and not ordered_clauses(verb):
            return None  # "ordered an inquiry" is the inquiry's support verb
        if _lemma(verb) == "tell" and not self._told_to_act(verb):
            return None  # "told reporters that ...": words said, read as speech
        if any(accident(s) or (_lemma(s) in _ANIMALS and s.is_lower)
               for s in self._subjects(verb)):
            return None  # "an earthquake struck", "the fire killed three", "a bat attacked"
        if _lemma(verb) in ("release", "free") and self._product(verb, objects):
            return None
        if _lemma(verb) == "surround" and verb.dep_ == "acl" and _lemma(verb.head) in _ABOUTS:
            return None  # "the events surrounding their deaths": what a matter is about
        if _lemma(verb) in ("force", "compel") and _befalls(self._subjects(verb)):
            return None  # "cyberattack forces firm to go offline": no one coerces
        stop = self.lex.stops.get(_lemma(verb))
        if stop is not None:
            withs = [g for w, c in particles.items() if w == "with"
                     for g in particle_objects(c) if g.dep_ == "pobj"]
            heads = objects + [g for w, c in particles.items() if w != "with"
                               for g in particle_objects(c) if g.dep_ == "pobj"] + [
                c for c in verb.children if c.dep_ == "npadvmod"]  # "shot up 10 percent"
            # What one is charged "with" counts by its own word: "charged with money
            # laundering" charges no money.
            words = object_words(verb, heads) | {w for g in withs for w in word_forms(g)} | {
                c.lower_ for c in verb.children if c.dep_ == "ccomp" and not any(
                    d.dep_ == "mark" for d in c.children)}  # "struck a leggy pose", misparsed
            if any(_club(h) for h in heads):
                words.add("club")  # "he supported Manchester United like his dad"
            if words & stop or scoreline(verb, objects):
                return None
        pats = self.lex.verbs[_lemma(verb)]
        aid = next((_AIDED_BY[c.lower_] for c in verb.children
                    if c.dep_ == "advmod" and c.lower_ in _AIDED_BY), None)
        if aid is not None and _lemma(verb) in _BACKING and objects:
            # "the olympiad was supported financially by the region": aid, whatever is aided
            pats = (Pattern(aid, "verb", _lemma(verb), "", frozenset({"*"}), frozenset(),
                            "aid given"),)
        media = [g for o in objects for g in self._media_reached(o)]
        if media and _lemma(verb) in _CUTTING_OFF:
            # "blocked access to Instagram", "restricted access to news websites"
            pat = Pattern("1721", "verb", _lemma(verb), "", frozenset({"*"}), frozenset(),
                          "censor")
            return self._verb_roles(pat, verb, particles, media)
        if retort(verb):
            pats = (Pattern("111", "verb", _lemma(verb), "at", frozenset(), frozenset(),
                            "retort"),)
        if _lemma(verb) in _ONLY_GOVERNING and any(c.dep_ == "xcomp" for c in verb.children):
            code = GOVERNORS[_lemma(verb)][1]
            pats = (Pattern(code, "verb", _lemma(verb), "", frozenset(), frozenset(), ""),)
        for pat in pats:
            theme = self._match(pat, verb, particles, objects)
            if theme is False:
                continue
            if pat.code == "190" and _lemma(verb) in _INCURSION and (stray_subject(verb) or not any(
                    _lemma(s) in _ARMED for s in self._subjects(verb))):
                continue  # "the president entered Syria" is a visit; troops entering invade
            if pat.code == "042" and forces_arrive(self._subjects(verb)):
                continue  # "Russian troops arrived in Mariupol", "drones flew to Moscow"
            if pat.code == "141" and _lemma(verb) in _GATHERING and not any(
                    crowd(s) for s in self._subjects(verb)):
                continue  # "thousands gathered outside parliament"; lawmakers posing do not
            if pat.code == "183" and _lemma(verb) in _SHAKING and not any(
                    bomb_blast(s) for s in self._subjects(verb)):
                continue  # "a blast rocked Quetta"; "the scandal rocked Quetta" is no bomb
            if pat.code == "173" and _lemma(verb) in ("jail", "imprison") and punished_wrong(verb):
                pat = Pattern("116", "verb", _lemma(verb), "", frozenset(), frozenset(),
                              "jailed for a crime (a sentence)")
            if pat.code == "116" and _lemma(verb) == "condemn" and act_condemned(objects):
                continue  # "condemned the jailing of X to eight years": words, no sentence
            if pat.code == "173" and _lemma(verb) == "pick" and not _law_told(verb):
                continue  # "police picked up two activists"; "I will be picked up at eight"
            if pat.code == "173" and _lemma(verb) == "try" and not _on_trial(verb):
                continue  # "was tried for treason"; "she tried Botox", "Try Focus Mode"
            if pat.code == "190" and _lemma(verb) == "hit" and "*actor" in pat.objects and not (
                    armed_hit(self._subjects(verb))):
                continue  # "drones hit Odesa"; "the storm hit Florida", "Trump hit Biden"
            if not pat.objects and not pat.particle and _lemma(verb) in _NOUN_GOVERNORS:
                pat = self._promised_act(verb, objects) or pat
            if pat.code == "190" and _lemma(verb) == "attack" and (
                    verbal_attack(verb, objects) or worded_attack(verb, objects)):
                pat = Pattern("111", "verb", "attack", "", frozenset({"*"}), frozenset(),
                              "attack verbally")
            elif pat.code == "111" and "*" in pat.objects and _lemma(verb) == "attack" and any(
                    {_lemma(s), s.lower_.removesuffix("s"), s.lower_.replace("men", "man")}
                    & (_ARMED | {"gunman", "attacker", "assailant"})
                    for s in self._subjects(verb)):
                # "gunmen attacked a kibbutz": armed men attack whatever they attack
                pat = Pattern("190", "verb", "attack", "", frozenset({"*"}), frozenset(),
                              "armed attack")
            asker = self._asker(verb) if pat.code[:2] == "12" and not objects else None
            if _lemma(verb) == "decline" and not objects and asker is None and not any(
                    c.dep_ == "xcomp" for c in verb.children):
                return None  # "exports declined": no request turned down
            m = self._verb_roles(pat, verb, particles, objects)
            if asker is not None:
                self._refusal_roles(m, verb, asker)
            return m
        return self._bare_appeal(verb, particles, objects)

    def _product(self, verb: Any, objects: list[Any]) -> bool:
        """"released Android 15", "Red Hat released Red Hat Enterprise Linux": a product put
        out (a name with a version number, or a firm's non-person name), no captive freed."""
        if any(o.pos_ == "PROPN" and any(c.dep_ == "nummod" and c.i > o.i for c in o.children)
               for o in objects):
            return True
        if not objects or any(o.pos_ != "PROPN" or o.ent_type_ == "PERSON" for o in objects):
            return False
        firms = [f.actor for s in self._subjects(verb) for f in self.actors(s)
                 if f.actor is not None]
        return bool(firms) and all((a.actor_code or "").endswith("BUS") for a in firms)

    def _sealed(self, verb: Any) -> Mention | None:
        """"the accord signed by Sudan and South Sudan", "the truce agreed between Armenia and
        Azerbaijan": a participle qualifying the agreement it seals, the parties its sources.
        So too a lawsuit or complaint: "a lawsuit filed by Texas against Pfizer" (115), whom
        it is "against" its target."""
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ != "NOUN":
            return None
        noun = verb.head
        pat = next((p for p in self.lex.nouns.get(_lemma(noun), ()) if _lemma(verb) in p.support
                    and p.code[:3] in ("057", "087", "114", "115")), None)
        if pat is None:
            return None
        parties = [f for c in verb.children if c.dep_ in ("agent", "prep")
                   and c.lower_ in ("by", "between") for g in particle_objects(c)
                   for f in self.finder.find(g)]
        against = [f for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"
                   for g in particle_objects(c) for f in self.finder.find(g, target=True)
                   ] if pat.code[:2] == "11" else []
        if not any(f.actor is not None and (f.actor.country or pat.code[:2] != "11")
                   for f in parties + against):
            return None  # "a lawsuit filed against the company by customers": no state's case
        return Mention(pat.code, verb, parties, against, tokens=[verb, noun], confidence=0.6,
                       plover=pat.plover)

    def _asker(self, verb: Any) -> Any | None:
        """"X asked Y to send tanks, but Y refused": the verb of asking a bare refusal answers,
        when the two are conjoined."""
        head = verb.head
        if verb.dep_ == "conj" and head.pos_ == "VERB" and _lemma(head) in _ASKING_VERBS and (
                not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)):
            return head
        return None

    def _refusal_roles(self, m: Mention, verb: Any, asker: Any) -> None:
        """"X asked Y to delay the ruling, but he declined": the one asked refuses the asker; a
        pronoun refusing is the one asked, not the nearest name before it."""
        asked = [f for c in asker.children if c.dep_ == "dobj" for f in self.actors(c)]
        if asked and all(s.tag_ == "PRP" and s.lower_ not in ("i", "we")
                         for s in self._subjects(verb)):
            m.sources = asked
            m.targets = []
        if not m.targets:
            m.targets = [f for s in self._subjects(asker) for f in self.actors(s, target=True)]

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
        if lemma not in _ADDRESSING or GOVERNORS[lemma][1] != "020" or not any(
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

    def _told_to_act(self, verb: Any) -> bool:
        """"told Kosovo to withdraw its police": an actor told to do something is asked for
        it (a demand); not "told residents to stay indoors" or "told reporters to wait"."""
        if not any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to"
                                             for a in c.children) for c in verb.children):
            return False
        return any(f.actor is not None and (f.actor.actor_code or "")[-3:] not in ("MED", "CVL")
                   for o in verb.children if o.dep_ == "dobj"
                   and _lemma(o) not in _ANYONE | _USERS and not crowd(o)
                   for f in self.finder.head(o, target=True))

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
            code = compose(_lemma(verb), fitting[0].code)
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
        # a comment ("agreed with France") is never what "agreed with France to ..." is
        if (not pat.particle or pat.code[:2] == "01") and _lemma(verb) in GOVERNORS and xcomps:
            # "declined to comment": the complement's verb may name the pattern's own act,
            # when that act is of another kind than the governor's (composing covers the rest).
            default = GOVERNORS[_lemma(verb)][1]
            return pat.code == default or (pat.code[:2] != default[:2] and any(
                _lemma(c) in pat.objects for c in xcomps))
        heads = [h for h in objects if not _chatter(h)]
        if pat.particle in particles:
            heads += particle_objects(particles[pat.particle])
        if "-" in pat.objects and not objects:
            if pat.code[:2] == "14" and _shown(verb):
                return False
            if pat.code == "143" and (subjects := self._subjects(verb)) and all(
                    s.ent_type_ == "PERSON" and s.tag_ == "NNP" and not any(
                        c.dep_ == "conj" for c in s.children) for s in subjects):
                return False  # "Alvarez struck twice": one player scores; workers strike
            if GOVERNORS.get(_lemma(verb), ({}, ""))[1] == "030" and not any(
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
            for f in self.finder.head(h, target=True, loose=is_conflict(pat.code))
        ) or (not is_conflict(pat.code) and any(
            h.pos_ == "PROPN" and h.ent_type_ in ("", "PERSON") and h.text[:1].isupper()
            and not any(d.lower_ in ("a", "an") for d in h.children) for h in heads
        ))):
            # "congratulated Pelosi": a name the recogniser missed is still someone.
            # A news outlet spoken to or visited is an interview, not a consultation; one
            # called on to act is asked ("called on CNN to fire him").
            return True
        return bool((object_words(verb, heads) | referent_words(heads)) & pat.objects)

    def _prompted(self, verb: Any) -> list[Any]:
        """"The attack prompted Israel to launch strikes", "the row led Kenya to recall its
        envoy": a cause, no actor, moves the object to act; the object is the doer. One
        who prompts ("Washington pushed Kyiv to ...") stays the party (composed elsewhere)."""
        if _lemma(verb) not in _PROMPTING or any(
                f.actor is not None or f.anaphor for s in self._subjects(verb)
                for f in self.actors(s)):
            return []
        return [c for c in verb.children if c.dep_ == "dobj"]

    def _subjects(self, verb: Any) -> list[Any]:
        cur = addressee_read_as_subject(verb) or verb
        for _ in range(4):
            subj = [c for c in cur.children if c.dep_ in SUBJ] or [
                # "he can and may declare": the subject hangs from a coordinated auxiliary
                s for c in cur.children if c.dep_ == "aux" for s in c.children
                if s.dep_ in SUBJ] or [
                # "Also investigating is the highway patrol": a subject put after its verb
                s for c in cur.children if c.dep_ == "aux" and c.lemma_ == "be"
                and cur.tag_ == "VBG" and c.i > cur.i for s in c.children
                if s.dep_ == "attr" and s.pos_ in ("NOUN", "PROPN")]
            if subj:
                # "India, Japan agree to ...": a headline's first party read as a noun adverb
                subj = [c for c in cur.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN"
                        and c.ent_type_ == "GPE" and c.i + 1 < subj[0].i
                        and c.nbor().text == ","] + subj
                subj = comma_party(cur, subj[0]) + subj
                out = []
                for s in subj:
                    if s.lower_ in ("which", "who", "that") and cur.dep_ == "relcl":
                        issued = issuer_verb(cur.head)  # "issued a statement that condemned"
                        out += self._subjects(issued) if issued is not None else [cur.head]
                    else:
                        out.append(s)
                return out
            if cur.dep_ in ("relcl", "acl") and _lemma(cur.head) in _STEPS and (
                    cur.head.dep_ == "dobj" and _lemma(cur.head.head) in ("take", "make")
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)):
                cur = cur.head.head  # "took steps to ban the party": who takes them
                continue
            if cur.dep_ == "relcl" and not any(c.dep_ == "nsubjpass" for c in cur.children):
                return [cur.head]
            if cur.dep_ == "ROOT" and (first := opening_name(cur) or adjective_subject(cur)
                                       ) is not None:
                return [first]  # "Sweden suspended aid to ...", "Sweden" read as a noun adverb
            if (named := name_read_as_verb(cur)) is not None:
                return [named]  # "Belize suspends ties with Israel", "Belize" read as a verb
            if cur.dep_ == "ROOT" and cur.tag_ in ("VBZ", "VBD", "VBP"):
                # "Kyrgyz parliament votes to ...": the subject parsed as the verb's compound
                named = [c for c in cur.children if c.dep_ == "compound" and c.i < cur.i
                         and c.pos_ in ("NOUN", "PROPN")]
                if named:
                    return named[-1:]
            lost = lost_subject(cur) or subject_read_as_object(cur)
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
                        and not (_lemma(c) in _STEPS and _lemma(cur.head) in ("take", "make"))
                        for c in cur.head.children):
                    # "urged Iran to stop": the object acts ("voted 66 to 27 to"); what a
                    # thing prompted ("the attack prompted Israel to strike") is the object's
                    return self._prompted(cur.head)
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
            if cur.dep_ == "pcomp" and cur.tag_ == "VBG" and cur.head.lower_ == "by" and (
                    cur.head.dep_ == "prep" and _lemma(cur.head.head) in _ANSWERING):
                cur = cur.head.head  # "Russia retaliated by expelling 30 diplomats"
                continue
            if cur.dep_ == "pcomp" and cur.head.lower_ == "in" and _lemma(cur.head.head) in (
                    "role", "part") and _lemma(cur.head.head.head) == "play":
                cur = cur.head.head.head  # "played a key role in brokering the truce"
                continue
            if cur.dep_ == "pcomp" and cur.tag_ == "VBG" and cur.head.lower_ in _DEED_PREPS and (
                    cur.head.dep_ == "prep" and _lemma(cur.head.head) in _FOR_DEEDS):
                # "criticised Israel for detaining children", "accused Iran of arming ...":
                # the one judged for the deed did it ("Israel was criticised for ...")
                judged = [c for c in cur.head.head.children if c.dep_ in ("dobj", "nsubjpass")
                          and c.pos_ in ("NOUN", "PROPN", "PRON")]
                if judged:
                    return judged[:1]
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
            if self.headline and (cur.dep_ == "acl" or (
                    cur.dep_ == "xcomp" and cur.head.pos_ in ("NOUN", "PROPN"))) and (
                    cur.tag_ == "VB") and (
                    cur.head.dep_ == "ROOT" and cur.i > cur.head.i) and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in cur.children) and not any(
                    c.dep_ == "poss" for c in cur.head.children) and any(
                    f.actor is not None for f in self.finder.find(cur.head)):
                # "EU to impose sanctions on Iran": who is to act ("Tokayev To Visit", the
                # name read as a noun the verb completes)
                return [cur.head]
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
                if (up.pos_ == "VERB" or in_state(up)) and up.i != cur.i:
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
        preps = TARGET_PREPS if is_conflict(code) else TARGET_PREPS - _TOPIC_PREPS - _CONFLICT_PREPS
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
        if for_whom(code) or code[:3] == "032":
            preps = preps | {"for"}  # "aid for Bosnia", "support for Serbia" (vowed or given)
        if code[:3] in ("023", "075"):
            preps = preps | {"in"}  # "sought refuge in Germany"
        if code[:3] == "042":
            preps = preps - {"from"}  # "travelled from Louisiana to Florida": the way home
        if code[:3] in ("045", "039"):
            preps = preps | {"between"}  # "mediate between X and Y"
        if code[:2] == "15":
            # "massed troops along the border", "strengthened its forces in Lebanon"
            preps = preps | {"along", "near", "on", "in", "inside"}
        outs = [c for c in verb.children if c.dep_ in ("prt", "prep", "advmod")
                and c.lower_ in ("out", "away", "back", "off")]  # "pulled out of Beirut"
        reasons: list[Any] = []
        for h in holders + outs:
            for c in h.children:
                if h is not verb and c.lower_ in own:
                    continue
                if c.dep_ in ("prep", "dative") and (
                    c.lower_ in preps or (h in outs and c.lower_ == "of")
                    or (c.lower_ in ("in", "inside") and (code[:2] in _IN_TARGET_ROOTS
                                                         or code[:3] in _IN_TARGET_ROOTS))
                ):
                    # not "killed in Israeli strikes": the means, not the one hit
                    found = [g for g in c.children if g.dep_ == "pobj" and not (
                        c.lower_ == "in" and is_conflict(code) and self._violent(g))]
                    if c.lower_ == "over" and code[:2] in ("16", "17"):
                        # "sanctions on Iran over drones": the reason (but "complained to
                        # the UN over Israeli raids" names whom)
                        reasons += found
                    else:
                        out += found
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
        return out or reasons

    def _verb_roles(self, pat: Pattern, verb: Any, particles: dict[str, Any],
                    objects: list[Any]) -> Mention:
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
            self._reduced_subject(verb) is not None) or (
            # "The resolution was, after a day of debate, rejected by China", the participle
            # parsed apart from its "was"
            verb.tag_ == "VBN" and verb.dep_ == "advcl" and _lemma(verb.head) == "be"
            and verb.head.i < verb.i and "by" in particles and particles["by"].dep_ == "agent")
        misplaced = namers_of(verb, []) if passive and "by" not in particles and (
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
        loose = is_conflict(pat.code)
        for o in objects:
            if o.dep_ == "nsubjpass":
                continue
            if given_by_agent(verb) and o.i == verb.head.i:
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
                    owned(o) or not any(f.actor is not None and f.actor.country
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
                chain = agent_chain(verb, agent)
                if not any(f.actor is not None for f in sources):
                    # "by researchers at the Observatory at Oxford University": where the
                    # agents are from.
                    sources += next((found for p in chain for g in p.children
                                     if g.dep_ == "pobj"
                                     for found in [[f for f in finder.find(g)
                                                    if f.actor is not None]] if found), [])
            elif pat.code[:2] == "04" and "between" in particles:
                # "talks were held between X and Y": the parties hold them
                sources += [f for g in particle_objects(particles["between"])
                            for f in finder.find(g)]
            elif pat.code == "017" and verb.dep_ == "ccomp" and _lemma(verb.head) in _DECREEING:
                # "declared flags would be flown at half-mast": the one who declared it
                sources += [f for s in self._subjects(verb.head) for f in finder.find(s)]
            for c in verb.children:
                if c.dep_ == "nsubjpass" and _misread_plural(c) and _lemma(c) in pat.objects:
                    theme.append(c)  # "Tributes were paid": the thing paid, not a party
                    continue
                if c.dep_ == "nsubjpass":
                    doers = self._doers(c) if c.pos_ == "NOUN" and any(
                        d.dep_ == "prep" and d.lower_ == "of" for d in c.children) else []
                    # "the deportation of refugees by Pakistan was criticised": the doer
                    found = doers or finder.find(c, target=True, loose=loose)
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
                if not own and _lemma(s) in self.lex.nouns and is_conflict(pat.code):
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
            theme += [g for g in particle_objects(particles[pat.particle])
                      if g.dep_ == "pobj" and (_lemma(g) in pat.objects or (
                          " " in pat.particle and not pat.objects
                          and _lemma(g) in self.theme_words))]
            if " " in pat.particle:
                # "came out against the plan by Washington", "came out in support of Kyiv":
                # the phrase's object stands for a direct object, and so do its owners.
                targets += [f for g in particle_objects(particles[pat.particle])
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
            if t.head.lower_ in ABOUT and t.pos_ == "NOUN" and not t.ent_type_ and (
                    struck or any(named_person(o) for o in objects)):
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
            targets += [f for s in conditioned(verb) for f in finder.find(s, target=True)
                        if f.actor is not None]
        tokens = [verb, *theme]
        code = refine(pat.code, theme)
        if code == "100" and _lemma(verb) == "order" and any(
                _lemma(t) in _CUSTODY for c in ordered_clauses(verb) for t in c.subtree):
            code = "173"  # "the court ordered B.K. held in pre-trial detention"
        if code == "154" and _lemma(verb) in ("send", "ship") and any(
                _lemma(t) in _MATERIEL for t in theme) and (to := [
                g for c in verb.children if c.lower_ == "to" for g in c.children
                if g.dep_ == "pobj"]) and all(g.pos_ == "PROPN" for g in to) and {
                f.actor.country for f in targets if f.actor is not None} - {
                f.actor.country for f in sources if f.actor is not None} - {None, ""}:
            code = "072"  # "sent military equipment to Saudi Arabia": arms given to another
        if code == "173" and _lemma(verb) == "charge" and (charged := [
                o for o in objects if o.dep_ == "dobj"]) and all(
                o.ent_type_ == "GPE" for o in charged):
            code = "112"  # "Kyiv charged Moscow with genocide": a state is accused, not indicted
        if code == "112" and _lemma(verb) in _ACCUSING | {"charge"}:
            code = charged_with(verb) or code
        if code[:2] == "05" and (aid := next((_AIDED_BY[c.lower_] for c in verb.children
                                               if c.dep_ == "advmod" and c.lower_ in _AIDED_BY),
                                              None)):
            code = aid  # "supported financially by the region": economic aid
        if code == "015" and any(g.dep_ == "neg" for o in objects for g in o.subtree):
            code = "016"  # "pleaded not guilty": a denial
        if code in _POLICY_CHANGE and changes_policy(verb):
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
            peacekeeping(t) for t in [*self._subjects(verb), *objects]
        ):
            code = "074"  # peacekeepers arriving or deployed: protection for the host
        conf = 0.55 + (0.1 if pat.objects - {"-", "*", "*actor"} or pat.particle else 0.0)
        return Mention(code, verb, sources, targets, tokens=tokens, confidence=conf,
                       agentless=passive and "by" not in particles,
                       plover=pat.plover if code == pat.code else "")

    def _noun(self, noun: Any) -> Mention | None:
        if _lemma(noun) == "rally" and _own_rally(noun):
            return None
        pats = self.lex.nouns[_lemma(noun)]
        mods = {_lemma(c) for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
        mods |= kind_of(noun)  # "a note of protest"
        if _lemma(noun) in _STRIKE_NOUNS and struck_place(noun):
            mods.add("military")  # "Israeli strikes on Gaza": a strike on a place is no walkout
        head = noun.head
        support = None
        if noun.dep_ in ("dobj", "nsubjpass", "attr") and head.pos_ in ("VERB", "AUX"):
            support = head
        elif noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB" and not (
                head.lower_ == "into" and any(c.dep_ == "dobj" for c in head.head.children)):
            # not "opened an investigation into the fire": the object's phrase, misattached
            support = head.head
        elif (noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in MEASURES
              and head.head.dep_ in ("dobj", "nsubjpass") and head.head.head.pos_ == "VERB"):
            support = head.head.head  # "unveiled a flurry of sanctions against ..."
        elif (noun.dep_ == "pobj" and head.lower_ == "in" and head.head.dep_ == "dobj"
              and head.head.head.pos_ == "VERB" and through_quantity(head.head).i == noun.i):
            support = head.head.head  # "announced $2 billion in military aid to Ukraine"
        elif (noun.dep_ == "pobj" and head.lower_ == "in" and head.head.ent_type_ == "DATE"
              and head.head.dep_ == "dobj" and head.head.head.pos_ == "VERB"):
            support = head.head.head  # "faces up to ten years in prison"
        elif undergone_under(noun):
            support = head.head.head  # "has been subject to criticism from Pakistan"
        elif noun.dep_ == "nsubj" and _lemma(head) in _GOING_OFF and (
                _lemma(head) != "go" or any(c.lower_ == "off" for c in head.children)):
            support = head  # "a car bomb exploded near the embassy", "a bomb went off"
        stop = self.lex.stops.get(_lemma(noun))
        if stop is not None and stop & (mods | {
                _lemma(g) for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "on")
                for g in c.children if g.dep_ == "pobj"}):
            return None  # "the withdrawal of the bill", "a flood warning", "attacks on voting"
        fitting = [p for p in pats if not (p.objects - {"+"}) or (p.objects & mods)]
        if _lemma(noun) in _REASONED_IDIOMS and (support is None or not any(
                c.dep_ == "prep" and c.lower_ in _REASON_PREPS for c in support.children)):
            # "came under fire near Bakhmut" is shooting; "... for the raid", blame
            fitting = [p for p in fitting if p.code[:2] != "11"]
        adj = head.head
        if (noun.dep_ == "pobj" and head.lower_ in ("to", "for") and _lemma(adj) in _OPEN_TO
                and ((adj.dep_ == "acomp" and adj.head.pos_ in ("AUX", "VERB")) or (
                    adj.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in adj.children)))):
            # "said it was open to talks", "is ready for dialogue": an intent to meet (036);
            # a headline drops the "is": "Kremlin says Putin open to talks"
            for pat in fitting:
                if pat.code[:2] in ("04", "06"):
                    m = self._supported(pat, noun, adj.head if adj.dep_ == "acomp" else adj)
                    if m is not None:
                        m.code = compose("pledge", pat.code) or "030"
                    return m
            return None
        if (self.headline and noun.dep_ == "pobj" and head.lower_ == "in"
                and head.head.dep_ == "ROOT" and head.head.pos_ in ("NOUN", "PROPN")):
            return self._headline_in_talks(fitting, noun, head.head)
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
                if undergone_under(noun) and pat.code[:2] in BEFALLING and (
                        "+" not in pat.objects or "face" in pat.support):
                    return self._supported(pat, noun, support)
            for pat in fitting:
                if _lemma(support) in FLIP_SUPPORT and "+" not in pat.objects and not (
                        noun.dep_ == "pobj" and head.lower_ in _REASON_PREPS):
                    # "came under attack", not "came under fire for the raid"
                    return self._supported(pat, noun, support)
        for pat in fitting:
            if "+" not in pat.objects:
                return self._nominal(pat, noun)
        if support is None and any(c.dep_ == "poss" for c in noun.children):
            return next((m for pat in fitting if (m := self._owned_act(pat, noun))), None)
        return None

    def _owned_act(self, pat: Pattern, noun: Any) -> Mention | None:
        """"Israel's blockade of Gaza", "Moscow's support for Assad": an act that needs a verb
        to be told ("imposed a blockade") stands alone when one country's it is and another's
        it is aimed at."""
        m = self._nominal(pat, noun)
        if m is None:
            return None
        doers = {f.actor.country for f in m.sources if f.actor is not None and f.actor.country}
        aimed = {f.actor.country for f in m.targets if f.actor is not None and f.actor.country}
        return m if doers and aimed and not doers & aimed else None

    def _headline_in_talks(self, fitting: list[Pattern], noun: Any, who: Any) -> Mention | None:
        """"Kenyan president in talks with Somali leader": a headline's copula left out; the
        one named first is in the talks, with whom "with" names."""
        pat = next((p for p in fitting if p.code[:3] in ("040", "046")), None)
        sources = [f for f in self.actors(who) if f.actor is not None]
        if pat is None or not sources:
            return None
        targets = [f for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"
                   for g in c.children if g.dep_ == "pobj"
                   for f in self.finder.find(g, target=True)]
        return Mention(pat.code, noun, sources, targets, tokens=[noun], confidence=0.6)

    def _supported(self, pat: Pattern, noun: Any, verb: Any) -> Mention | None:
        flip = _lemma(verb) in FLIP_SUPPORT and _lemma(verb) not in pat.support
        if undergone_under(noun) and pat.code[:2] in BEFALLING:
            flip = True  # "X has been the target of sanctions from Y": X undergoes them
        if _lemma(verb) in ("face", "receive", "suffer", "undergo", "come") and pat.code[:2] in (
            "11", "16", "17", "18", "19", "07"
        ):
            flip = True  # "faces allegations", "received criticism": the subject is the target
        if _lemma(verb) == "serve" and _lemma(noun) in ("sentence", "term"):
            flip = True  # "is serving a life sentence": the convict, not the court
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
                found = self.actors(s, target=flip)
                if flip and not any(f.actor is not None or f.anaphor for f in found):
                    # "Trump's remarks drew praise from X": the remarks' owner is judged
                    found = [f for c in s.children if c.dep_ == "poss"
                             for f in self.finder.find(c, target=True) if f.actor is not None]
                subj += found
        own_src, own_tgt = self._noun_actors(pat, noun)
        targets = own_tgt + [f for t in self._target_heads(verb, pat.code, [])
                             for f in finder.find(t, target=True, loose=is_conflict(pat.code))]
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
            if (pat.code[:2] == "07" or pat.code == "042") and subj:
                # "the UN votes to ramp up Gaza aid": the place named on aid given by another
                # is where it goes; "Scholz begins China visit": where the visit goes
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
        if not sources and pat.code[:2] == "04" and noun.dep_ == "pobj" and (
                noun.head.lower_ in _AROUND_TALKS and noun.head.head.pos_ == "VERB") and any(
                f.actor is not None for f in targets):
            # "After talks with Erdogan, Putin said ...", "In a call with Netanyahu, Biden
            # urged ...": the talks are had by the one the main clause tells of
            sources = [f for s in self._subjects(noun.head.head) for f in self.actors(s)]
        if not sources and pat.code[:2] == "04" and under_way(noun):
            # "Kenyan officials confirmed talks with Somalia are ongoing": the side that tells
            # of its own talks is in them
            sources = self._reporting_authority(noun)
        agentless = False
        if not sources and pat.code[:2] in ("18", "19", "20") and (
                hurt := self._casualties_of(noun)):
            targets, agentless = targets + hurt, True
        if not any(f.actor is not None or f.anaphor is not None for f in sources + targets
                   ) and not happening(noun):
            sources = self._reporting_authority(noun) if (
                pat.code[:2] == "09" and under_way(noun)) else []
            if not sources:
                return None  # "his arrest" names its party; "the arrest" alone does not
        return Mention(pat.code, noun, sources, targets, nominal=True, tokens=[noun],
                       confidence=0.5, plover=pat.plover, agentless=agentless)

    def _casualties_of(self, noun: Any) -> list[Found]:
        """"Three police officers died in a car bombing", "five were hurt in an airstrike":
        the dead and hurt of an attack whose doers go unnamed are whom it hit."""
        verb = noun.head.head
        if noun.dep_ != "pobj" or noun.head.lower_ != "in" or verb.pos_ != "VERB":
            return []
        lemma = _lemma(verb)
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        if lemma not in _PERISHING and not (lemma in _HARMED and passive):
            return []
        hit = [c for c in verb.children if c.dep_ == "nsubjpass"] if passive else [
            s for s in self._subjects(verb)]
        return [f for s in hit for f in self.actors(s, target=True) if f.actor is not None]

    def _noun_actors(self, pat: Pattern, noun: Any) -> tuple[list[Found], list[Found]]:
        finder = self.finder
        victim = pat.code[:2] in ("17", "18") or pat.code.startswith("084")
        # "Navalny's arrest" is his; "Beijing's crackdown on Uyghurs", "Russia's arrest of the
        # reporter" name the one acted on in a phrase, and the owner is the doer
        owned_by_victim = victim and not patient_phrase(noun)
        sources: list[Found] = []
        targets: list[Found] = []
        for c in noun.children:
            if c.dep_ == "poss":
                owner = self._antecedent(c) if c.lower_ in _POSSESSIVES else finder.find(c)
                if not owner and victim and pat.code[:2] == "17" and c.lower_ in ("his", "her"):
                    # "resulted in his arrest": the person the story told of
                    owner = [Found(None, anaphor="he" if c.lower_ == "his" else "she",
                                   at=c.idx)]
                (targets if owned_by_victim else sources).extend(owner)
            elif c.dep_ in ("compound", "amod", "nmod") and not pro_prefixed(c) and (
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
                        if not any(d.dep_ == "prep" and d.lower_ == "by" for d in noun.children):
                            sources.extend(self._doers_under_of(noun))
                        if not found and pat.code[:2] != "04":
                            # "a suspension of air links with Serbia": the thing's partner.
                            found = [f for p in g.children if p.dep_ == "prep"
                                     and p.lower_ in ("with", "to", "against")
                                     for h in p.children if h.dep_ == "pobj"
                                     for f in finder.find(h, target=True)]
                        (sources if pat.code[:2] == "04" else targets).extend(found)
                    elif (c.lower_ in TARGET_PREPS and (
                        is_conflict(pat.code)
                        or c.lower_ not in _TOPIC_PREPS | _CONFLICT_PREPS
                    )) or (c.lower_ == "in" and pat.code[:3] in _IN_TARGET_ROOTS) or (
                        c.lower_ == "for" and for_whom(pat.code)):
                        targets.extend(finder.find(g, target=True, loose=is_conflict(pat.code)))
            elif c.dep_ == "acl" and _lemma(c) in ("target", "hit", "aim"):
                for g in c.children:
                    if g.dep_ == "dobj":
                        targets.extend(finder.find(g, target=True))
        if noun.dep_ == "nsubj" and pat.code[:2] == "19" and _lemma(noun.head) in OCCUR:
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
                for f in self.finder.find(g, target=True) if f.actor is not None
                ] or self._doers_under_of(noun)

    def _doers_under_of(self, noun: Any) -> list[Found]:
        """"The expulsion of Russian diplomats by Poland", the parser hanging "by Poland" on
        the diplomats: the act's doer, when it names a party of a country."""
        return [f for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"
                for b in g.children if b.dep_ == "prep" and b.lower_ == "by"
                for h in b.children if h.dep_ == "pobj"
                for f in self.finder.find(h, target=True)
                if f.actor is not None and f.actor.country]

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
            if lemma is None or (lemma in ("force", "compel") and _befalls(
                    [t for t in sent if t.i < tok.i and t.pos_ in ("NOUN", "PROPN")])):
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
                preps = TARGET_PREPS if is_conflict(pat.code) else TARGET_PREPS - _TOPIC_PREPS
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
            if warned_against(tok) and tok.head.head.i in found:
                drop.add(i)  # "warned NATO against sending troops": the warning is the event
                continue
            if threat_of(tok) and (code := compose("threaten", m.code)) is not None:
                # "Russia's threat to cut gas supplies", "made a threat to impose tariffs":
                # the act threatened makes the threat's code
                outer = next((o for o in found.values() if o is not m
                              and o.trigger.i == tok.head.i), None)
                if outer is None:
                    m.act, m.code = m.code, code
                    continue
                outer.code, outer.act = code, m.code
                outer.targets = outer.targets + [t for t in m.targets if t not in outer.targets]
                outer.tokens += m.tokens
                drop.add(i)
                continue
            gov = tok.head if tok.dep_ in ("xcomp", "ccomp") else None
            if tok.dep_ == "advcl" and (infinitive(tok) or for_clause(tok)) and (
                    _lemma(tok.head) in GOVERNORS):
                gov = tok.head  # "have sworn to fight", parsed as an adverbial clause
            # "ruled out sending missiles", "ruled out resigning" (its gerund misread as an
            # adverbial clause): a refusal, nothing sent
            ruled_out = tok.dep_ in ("xcomp", "advcl") and tok.tag_ == "VBG" and _lemma(
                tok.head) == "rule" and any(c.dep_ == "prt" and c.lower_ == "out"
                                            for c in tok.head.children)
            if ruled_out:
                gov = tok.head
            if gov is None or gov.i == tok.i:
                continue
            glem = "refuse" if ruled_out else _lemma(gov)
            if glem == "tell" and gov.i not in found:
                continue  # "was told to leave", "told reporters to wait": no one's demand
            open_comp = tok.dep_ == "xcomp" or ruled_out or (tok.dep_ == "advcl" and (
                infinitive(tok) or for_clause(tok))) or (
                # "ordered the flags be lowered": what is ordered done, by no one named.
                glem == "order" and tok.dep_ == "ccomp" and m.agentless)
            # "called for the president to resign": the one the clause has act is asked to
            asked = list(m.sources) if glem in _ADDRESSING and for_clause(tok) else []
            if for_clause(tok) and glem not in _ADDRESSING:
                continue
            if gov.i in found and warned_act(tok, gov) and compose("threaten", m.code) not in (
                    "130", "137"):
                # "warned that it would impose sanctions"; "would use force" is read by the
                # warning's own words (force against a country is no repression)
                glem, open_comp = "threaten", True
            if glem == "call" and open_comp and _lemma(tok) in _PHONED_FOR and any(
                    c.dep_ in ("dobj", "oprd") for c in gov.children) and not any(
                    c.dep_ == "prep" and c.lower_ in ("on", "upon") and not any(
                        g.ent_type_ in ("DATE", "TIME") for g in c.children)
                    for c in gov.children):
                # "called Zelensky to discuss the attacks": a phone call about the act, no
                # appeal ("called on X to" is one); talks are the call itself
                call = found.get(gov.i) or self._governed(gov, glem, m)
                if call is not None:
                    call.code, call.act = "041", ""
                    call.targets = [f for c in gov.children if c.dep_ in ("dobj", "oprd")
                                    for f in self.finder.find(c, target=True)]
                    found[gov.i] = call
                if m.code[:2] == "04":
                    drop.add(i)
                continue
            if gov.i in found and glem in GOVERNORS and open_comp:
                outer = found[gov.i]
                code = compose(glem, m.code)
                if code is not None:
                    if glem == "order" and code == m.code:
                        outer.targets = addressed(outer)
                    outer.code = code
                    outer.act = m.code
                    outer.targets = outer.targets + [t for t in asked + m.targets
                                                     if t not in outer.targets]
                    outer.tokens += m.tokens
                    outer.confidence = max(outer.confidence, m.confidence)
                    drop.add(i)
            elif open_comp and (glem in _INABILITY or (glem in _NOT_DOING and tok.tag_ == "VBG")):
                drop.add(i)  # "police have been unable to question him": nothing happened
            elif open_comp and (glem in GOVERNORS or glem in _INTENT_ADJECTIVES):
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
        if m.code[:3] == "034" and not public_actor(m.sources, self._subjects(verb), orgs=False) and not {
                (f.actor.actor_code or "")[-3:] for f in m.sources if f.actor is not None
        } & _STATE_ROLES:
            return True  # a reform only a state body, party or office holder can make
        # what is offered: "to host talks", "that the two countries (should) hold a summit";
        # not a clause the parser hung on from the next line of a page ("... offer X News is")
        clauses = [c for c in verb.children if c.dep_ == "xcomp" or (
            c.dep_ == "advcl" and infinitive(c)) or (c.dep_ == "ccomp" and (
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
        said = [t for c in clauses for t in main_words(c)]
        return not any(t.ent_type_ in ("GPE", "NORP", "ORG") or (
            t.pos_ == "NOUN" and _lemma(t) in self.lex.nouns) for t in said)

    def _private_choice(self, m: Mention) -> bool:
        """"She was considering selling her stake", "Apple may be considering a larger iPad":
        an option weighed (014) by no state, body or office holder (a firm's is business) is
        no policy option."""
        if m.code != "014" or GOVERNORS.get(_lemma(m.trigger), ({}, ""))[1] != "014":
            return False
        return not public_actor([f for f in m.sources if f.actor is None or not (
            f.actor.actor_code or "").endswith(("BUS", "MED", "EDU"))],
                                self._subjects(m.trigger), orgs=False)

    def _governed(self, gov: Any, glem: str, inner: Mention) -> Mention | None:
        """A verb of intent, appeal, demand, refusal or threat with no event of its own,
        made the event of its complement: "offered to hand over" is an offer (031)."""
        code = compose("pledge" if glem in _INTENT_ADJECTIVES else glem, inner.code)
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


def _chatter(tok: Any) -> bool:
    """"talk of rate cuts", "all talk about a deal": speculation, not talks held (which are
    plural: "abandoned talks with Iran")."""
    return tok.lower_ == "talk" and any(c.dep_ == "prep" and c.lower_ in ("of", "about")
                                        for c in tok.children)


def _kin(tok: Any) -> bool:
    """"his wife", "their monstrous father Alfonso": a relative of someone named by pronoun."""
    return any(_lemma(t) in _KIN and any(c.dep_ == "poss" and c.lower_ in _PERSONAL
                                         for c in t.children)
               for t in (tok, *(c for c in tok.children if c.dep_ in ("compound", "appos"))))


def _family_affair(m: Mention) -> bool:
    """An act between relatives ("their father had beaten their mother", "Laura paid tribute
    to her son", a film's "Celie ... their father Alfonso, who has been raping Celie"): a
    family's private life. The other side must be a relative too, or one named before the
    relative's "his", "her" or "their" (whom it refers to); "his father was shot by Sirhan"
    is no family affair."""
    verb = m.support if m.support is not None else m.trigger
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects = [verb.head if s.lower_ in ("who", "that") and verb.dep_ == "relcl" else s
                for s in subjects]
    others = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ in ("dative", "agent") or (
            c.dep_ == "prep" and c.lower_ in ("to", "against", "with"))
        for g in c.children if g.dep_ == "pobj"]
    kin = [t for t in subjects + others if _kin(t)]
    if not subjects or not others or not kin:
        return False  # "Their father was arrested": the one who arrested him is untold
    first = min(t.left_edge.i for t in kin)
    return all(_kin(t) or ((t.ent_type_ == "PERSON" or t.lower_ in _PERSONAL) and any(
        w.lower_ == t.lower_ for w in t.sent if w.i < first)) for t in subjects + others)


#: People at large, named by no place or group.
_ANYBODY = frozenset({"people", "person", "public", "everyone", "everybody", "anyone",
                      "anybody"})
#: Working people: their quitting is of a job, no office.
#: Verbs by which a cause moves someone to act ("the attack prompted Israel to strike").
_PROMPTING = frozenset({"prompt", "lead", "spur", "drive", "cause", "inspire", "provoke",
                        "move", "motivate", "push", "force", "compel", "encourage"})
#: Nouns of a quantity of blame heaped on someone ("a barrage of criticism").
_VOLLEYS = frozenset({"barrage", "wave", "torrent", "storm", "flurry", "flood", "chorus",
                      "hail", "volley", "stream", "lot", "deal"})
_STAFF = frozenset({"worker", "employee", "staff", "nurse", "doctor", "teacher", "presenter",
                    "host", "player", "coach", "manager", "volunteer", "official"})


def _source_described(verb: Any, obj: Any) -> bool:
    """"..., according to Airwars, a London-based group": the description of a source,
    parsed as a second object of the verb, undergoes nothing."""
    return obj.dep_ == "dobj" and obj.left_edge.i > 0 and obj.doc[obj.left_edge.i - 1].text == ","\
        and any(c.dep_ == "prep" and c.lower_ == "according" and c.i < obj.i
                for c in verb.children)

#: Words that make "picked up" an arrest: who arrests, or what follows one.
_LAW_WORDS = frozenset({"police", "policeman", "officer", "agent", "security", "authority",
                        "arrest", "detain", "detention", "custody", "suspect", "charge",
                        "soldier", "militia", "interrogation", "questioning", "prosecutor"})


def _law_told(verb: Any) -> bool:
    """The sentence tells of the law or its agents, or names who picked someone up by an
    organisation's name ("was picked up by the FSB")."""
    return any(_lemma(t) in _LAW_WORDS for t in verb.sent) or any(
        c.dep_ == "agent" and any(g.ent_type_ in ("ORG", "NORP") for g in c.subtree)
        for c in verb.children)

def _club(tok: Any) -> bool:
    """``tok`` heads the name of a sports club ("Manchester United", "Real Madrid")."""
    span = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return span is not None and bool(_CLUB.match(span.text))


#: Words that make "try" a trial.
_TRIAL_WORDS = frozenset({"court", "judge", "tribunal", "trial", "jury", "prosecutor",
                          "prosecution", "charge", "crime", "absentia", "treason", "murder",
                          "espionage", "spy", "terrorism", "corruption", "fraud", "verdict",
                          "indict", "accuse", "convict", "acquit", "sentence", "war"})


def _on_trial(verb: Any) -> bool:
    """"try" told as a trial: passive ("was tried in Moscow"), by a state ("Iran tried him
    for smuggling") or with words of the law in the sentence ("the court will try him"),
    not a thing tried out."""
    return any(c.dep_ in ("nsubjpass", "auxpass") or (c.dep_ == "nsubj" and c.ent_type_ in (
        "GPE", "NORP")) for c in verb.children) or any(
        _lemma(t) in _TRIAL_WORDS for t in verb.sent)


def _bare(tok: Any, words: frozenset[str]) -> bool:
    """``tok`` is one of ``words`` qualified by nothing that places it ("people", not
    "Hong Kong people" nor "the people of Gaza")."""
    return _lemma(tok) in words and not any(
        (c.dep_ in ("amod", "compound", "poss", "nmod", "prep", "relcl", "acl")
         and c.lower_ not in ("many", "most", "some", "few", "ordinary", "other"))
        or c.ent_type_ in ("GPE", "NORP") for c in tok.children)


def _no_one_in_particular(m: Mention) -> bool:
    """Words, help or dealings of people at large ("people reject ideas", "the people
    collaborate in their community", "people will ask him to say his line"), unless they
    address a state ("people demanded answers from the government"); a thing that "will
    appeal to most people" (please them); an animal killed ("explosives kill a jackal");
    workers quitting their jobs: no act between political actors. Dissent and force of
    "people" stay ("People marched in Tehran")."""
    verb = m.support if m.support is not None else m.trigger
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    drawn = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
             for g in c.children if g.dep_ == "pobj"]
    if m.code[:2] < "14" and m.support is None and subjects and all(
            _bare(t, _ANYBODY) for t in subjects) and not any(
                f.actor is not None and f.actor.country
                and not (f.actor.actor_code or "").endswith(("BUS", "MED"))
                for f in m.targets):
        return True
    if m.code[:2] == "17" and not m.sources and subjects and all(
            t.lower_ in ("that", "this", "it", "which") or _lemma(t) in _MARKET_FORCES
            for t in subjects):
        return True  # "that could put pressure on the central bank", "data pressured the Fed"
    if m.code[:2] < "14" and not m.sources and not subjects and m.targets and all(
            f.actor is not None and f.actor.name.lower() in _ANYBODY and not f.actor.country
            for f in m.targets):
        return True  # "one way is to ask people to refrain": advice, no one advising
    if _lemma(verb) == "appeal" and drawn and all(_bare(t, _ANYBODY) and any(
            d.lower_ in ("most", "many", "all") for d in t.children) for t in drawn) and not any(
            c.dep_ in ("xcomp", "advcl", "ccomp") and any(a.lower_ == "to" for a in c.children)
            for h in (verb, *drawn) for c in h.children):
        return True  # "the browser will appeal to most people": it will please them
    if m.code[:2] in ("18", "19", "20") and any(
            _lemma(t) in _ANIMALS | {"canine", "jackal", "deer", "cat", "bird", "animal"}
            for t in objects + [c for c in verb.children if c.dep_ == "nsubjpass"]):
        return True
    subjects += [g for t in subjects if _lemma(t) in ("number", "group", "dozen", "hundred")
                 for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"]
    return m.code == "0831" and any(_lemma(t) in _STAFF and not any(
        c.dep_ in ("compound", "amod") and c.ent_type_ for c in t.children) for t in subjects)


def _befalls(subjects: list[Any]) -> bool:
    """Subjects that are things happening (an attack, sanctions, a flood), not a doer."""
    return bool(subjects) and all(_lemma(s) in _event_nouns() | _MISHAPS or accident(s)
                                  for s in subjects)


def _shown(verb: Any) -> bool:
    """"2023 demonstrated that ...", "as demonstrated by its rallies", "demonstrated loyalty":
    a thing shown, no demonstration in the street."""
    if verb.dep_ == "amod":
        return True
    deps = {c.dep_ for c in verb.children}
    return _lemma(verb) == "demonstrate" and bool(
        deps & {"ccomp", "agent", "auxpass"} or ("mark" in deps and not deps & set(SUBJ) and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)))


def actors_of(found: Iterable[Found]) -> list[Any]:
    return [f.actor for f in found if f.actor is not None]
